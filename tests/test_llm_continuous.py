"""Continuous batching on the tiny scratch model: rows refilled mid-decode answer exactly as alone."""

from __future__ import annotations

import dataclasses

import pytest

from learnat_core.llm import GenerationConfig, HFBackend, HFBackendConfig, tiny_model_path
from learnat_core.llm.continuous import greedy_continuous

from test_llm_hf import QUESTIONS, _answers


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> HFBackend:
    """The tiny model on CPU, built once per session in the shared cache folder."""
    folder = tiny_model_path(tmp_path_factory.getbasetemp() / "llm-cache")
    return HFBackend(HFBackendConfig(model=str(folder), device="cpu", progress=False))


def _alone(tiny: HFBackend, prompt: list[int], budget: int) -> list[int]:
    """``model.generate`` on one prompt, greedy, until its budget."""
    import torch

    with torch.inference_mode():
        ids = torch.tensor([prompt])
        output = tiny.model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=budget, do_sample=False,
                                     eos_token_id=None, pad_token_id=tiny.tokenizer.pad_token_id)
    return output[0, len(prompt):].tolist()


def test_rows_that_join_mid_decode_answer_as_they_would_alone(tiny):
    prompts = [tiny._prompt_ids(question) for question in QUESTIONS]
    budgets = [3, 17, 5, 11, 8]  # rows end at different steps, so later prompts join a running batch
    assert len({len(p) for p in prompts}) == len(prompts)  # joins pad the new rows and the running ones
    rows = greedy_continuous(tiny.model, prompts, budgets, eos_ids=frozenset(), pad_id=tiny.tokenizer.pad_token_id,
                             slots=2)
    assert [len(row) for row in rows] == budgets
    assert rows == [_alone(tiny, prompt, budget) for prompt, budget in zip(prompts, budgets)]


def test_an_end_token_or_a_stop_ends_only_its_own_row(tiny):
    prompts = [tiny._prompt_ids(question) for question in QUESTIONS]
    free = greedy_continuous(tiny.model, prompts, [12] * 5, eos_ids=frozenset(), pad_id=0, slots=3)
    end = free[1][4]  # the fifth token of the second answer, taken as an end token
    ended = greedy_continuous(tiny.model, prompts, [12] * 5, eos_ids=frozenset({end}), pad_id=0, slots=3)
    for row, full in zip(ended, free):
        cut = full.index(end) + 1 if end in full else len(full)
        assert row == full[:cut]
    assert len(ended[1]) <= 5
    stopped = greedy_continuous(tiny.model, prompts, [12] * 5, eos_ids=frozenset(), pad_id=0, slots=3,
                                stopped=lambda tokens: len(tokens) == 2)
    assert stopped == [full[:2] for full in free]


def test_backend_batchings_agree_and_continuous_is_one_call(tiny):
    plain = tiny.generate(QUESTIONS, GenerationConfig(max_new_tokens=12))
    config = GenerationConfig(max_new_tokens=12, batch_size=2, stop=(plain[1][0].text[4:7],))
    padded_backend = HFBackend(dataclasses.replace(tiny.config, batching="padded"))
    before = [backend.usage.as_dict()["calls"] for backend in (tiny, padded_backend)]
    continuous = tiny.generate(QUESTIONS, config)
    assert _answers(padded_backend.generate(QUESTIONS, config)) == _answers(continuous)
    assert continuous[1][0].finish_reason == "stop" and continuous[1][0].completion_tokens < 12
    after = [backend.usage.as_dict()["calls"] for backend in (tiny, padded_backend)]
    assert [a - b for a, b in zip(after, before)] == [1, 3]  # one refilled batch; five prompts in padded twos
    assert padded_backend.identity() == tiny.identity()  # the same answers, hence the same cache entries
