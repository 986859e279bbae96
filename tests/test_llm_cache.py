"""The completion cache around the real tiny model: replay, corrupt entries, keys, per-sample entries."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from learnat_core.errors import ConfigError
from learnat_core.llm import (
    Backend,
    BackendWrapper,
    CachedBackend,
    Completion,
    GenerationConfig,
    HFBackend,
    HFBackendConfig,
    Prompt,
    make_backend,
    tiny_model_path,
)
from learnat_core.llm.cache import CompletionCache, cache_key, cache_request


PROMPTS: list[Prompt] = [
    "How many singers do we have?",
    [{"role": "user", "content": "List all song names by singers above the average age."}],
    "Show name, country, age for all singers ordered by age from the oldest to the youngest.",
]
GREEDY = GenerationConfig(max_new_tokens=6, batch_size=2)


class Counting(BackendWrapper):
    """Passes calls to a real backend and records the prompts and settings of each call."""

    def __init__(self, inner: Backend):
        super().__init__(inner)
        self.calls: list[tuple[list[Prompt], GenerationConfig]] = []

    def generate(self, prompts: Sequence[Prompt], config: GenerationConfig | None = None) -> list[list[Completion]]:
        self.calls.append((list(prompts), config))
        return super().generate(prompts, config)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> HFBackend:
    folder = tiny_model_path(tmp_path_factory.getbasetemp() / "llm-cache")
    return HFBackend(HFBackendConfig(model=str(folder), device="cpu", progress=False))


@pytest.fixture()
def counting(tiny: HFBackend) -> Counting:
    return Counting(tiny)


def _entries(directory: Path) -> list[Path]:
    return sorted(directory.rglob("*.json"))


def test_second_run_is_replayed_from_disk(counting, tmp_path):
    cached = CachedBackend(counting, tmp_path)
    first = cached.generate(PROMPTS, GREEDY)
    assert len(counting.calls) == 1 and len(_entries(tmp_path)) == len(PROMPTS)
    hits_before = counting.usage.cache_hits

    replay = CachedBackend(counting, tmp_path).generate(PROMPTS, GREEDY)
    assert len(counting.calls) == 1  # the model was not asked again
    assert [[c.text for c in cs] for cs in replay] == [[c.text for c in cs] for cs in first]
    assert [c.completion_tokens for cs in replay for c in cs] == [c.completion_tokens for cs in first for c in cs]
    assert all(c.cached for cs in replay for c in cs) and not any(c.cached for cs in first for c in cs)
    assert counting.usage.cache_hits - hits_before == len(PROMPTS)


def test_truncated_entry_is_a_miss_and_is_rewritten(counting, tmp_path):
    cached = CachedBackend(counting, tmp_path)
    first = cached.generate(PROMPTS, GREEDY)
    request = cache_request(counting.name, counting.identity(), PROMPTS[1], GREEDY, 0)
    entry = tmp_path / cache_key(request)[:2] / f"{cache_key(request)}.json"
    entry.write_text(entry.read_text()[:25])  # as if a writer had been killed half-way

    again = cached.generate(PROMPTS, GREEDY)
    assert counting.calls[-1][0] == [PROMPTS[1]]  # only the damaged entry was regenerated
    assert again[1][0].text == first[1][0].text and not again[1][0].cached
    stored = json.loads(entry.read_text())
    assert stored["completion"]["text"] == first[1][0].text and stored["request"]["sample"] == 0


def test_interrupted_write_leaves_no_entry_and_no_temporary_file(tmp_path, monkeypatch):
    cache = CompletionCache(tmp_path)

    def killed(*_):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        cache.put("ab" * 32, Completion("SELECT 1", 3, 2, 0.1, "stop"), {"prompt": "x"})
    assert list(tmp_path.rglob("*")) == [tmp_path / "ab"]
    assert cache.get("ab" * 32) is None


def test_keys_follow_the_settings_that_change_an_answer(tiny):
    def key(config: GenerationConfig, sample: int = 0, prompt: Prompt = "q") -> str:
        return cache_key(cache_request(tiny.name, tiny.identity(), prompt, config, sample))

    base = key(GREEDY)
    assert key(GenerationConfig(max_new_tokens=7, batch_size=2)) != base
    assert key(GenerationConfig(max_new_tokens=6, stop=(";",))) != base
    assert key(GREEDY, prompt="q2") != base
    assert key(GREEDY, prompt=[{"role": "user", "content": "q"}]) != base
    # Greedy decoding ignores temperature, top_p and seed; batch size never matters.
    assert key(GenerationConfig(max_new_tokens=6, temperature=0.3, top_p=0.5, seed=4, batch_size=5)) == base
    sampled = GenerationConfig(max_new_tokens=6, do_sample=True, temperature=0.7, n=2, seed=1)
    assert len({key(sampled, 0), key(sampled, 1), key(replace(sampled, temperature=0.8))}) == 3
    assert key(sampled, 0) != base
    assert key(replace(sampled, n=5)) == key(sampled)


def test_each_sample_is_an_entry_and_more_samples_reuse_the_stored_ones(counting, tmp_path):
    cached = CachedBackend(counting, tmp_path)
    two = GenerationConfig(max_new_tokens=5, do_sample=True, n=2, seed=3)
    first = cached.generate(PROMPTS[:2], two)
    assert len(_entries(tmp_path)) == 4

    three = cached.generate(PROMPTS[:2], GenerationConfig(max_new_tokens=5, do_sample=True, n=3, seed=3))
    assert counting.calls[-1][1].n == 1  # only the third sample of each prompt was generated
    assert [[c.text for c in cs[:2]] for cs in three] == [[c.text for c in cs] for cs in first]
    assert [[c.cached for c in cs] for cs in three] == [[True, True, False]] * 2
    assert len(_entries(tmp_path)) == 6


def test_too_long_prompts_are_not_stored(counting, tmp_path):
    cached = CachedBackend(counting, tmp_path)
    result = cached.generate(["word " * 2000], GREEDY)
    assert result[0][0].finish_reason == "prompt_too_long"
    assert _entries(tmp_path) == []


def test_make_backend_wraps_in_the_cache(tiny, tmp_path):
    backend = make_backend("hf", model=tiny.source, device="cpu", progress=False, cache_dir=tmp_path)
    assert isinstance(backend, CachedBackend) and backend.usage is backend.backend.usage
    backend.generate(PROMPTS[:1], GREEDY)
    assert backend.generate(PROMPTS[:1], GREEDY)[0][0].cached
    assert backend.usage.as_dict()["cache_hits"] == 1 and backend.usage.calls == 1


def test_greedy_with_several_samples_is_rejected():
    with pytest.raises(ConfigError, match="greedy decoding gives one answer"):
        GenerationConfig(n=3)
