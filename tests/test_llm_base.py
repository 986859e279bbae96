"""The backend interface: decoding settings, usage totals, the factory and a light package import."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from learnat_core.errors import ConfigError
from learnat_core.llm import GenerationConfig, Usage, make_backend


def test_importing_the_package_loads_no_heavy_library():
    code = "import sys, learnat_core.llm; print(sorted({'torch', 'transformers', 'vllm', 'openai'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"n": 2}, "greedy decoding gives one answer"),
        ({"do_sample": True, "temperature": 0}, "temperature > 0"),
        ({"top_p": 0}, "top_p"),
        ({"max_new_tokens": 0}, "max_new_tokens"),
        ({"batch_size": 0}, "batch_size"),
    ],
)
def test_generation_config_rejects_bad_settings(settings, message):
    with pytest.raises(ConfigError, match=message):
        GenerationConfig(**settings)


def test_decoding_key_keeps_only_what_changes_an_answer():
    greedy = GenerationConfig(max_new_tokens=9, stop=[";"], temperature=0.2, seed=1, batch_size=3)
    assert greedy.stop == (";",)
    assert greedy.decoding_key() == {"max_new_tokens": 9, "do_sample": False, "stop": [";"]}
    sampled = GenerationConfig(max_new_tokens=9, do_sample=True, temperature=0.2, top_p=0.9, seed=1, n=4)
    assert sampled.decoding_key() == {
        "max_new_tokens": 9, "do_sample": True, "stop": [], "temperature": 0.2, "top_p": 0.9, "seed": 1,
    }


def test_usage_totals_are_safe_across_threads():
    usage = Usage()

    def work() -> None:
        for _ in range(500):
            usage.record(prompt_tokens=3, completion_tokens=2, completions=1, seconds=0.5)
            usage.record_retry()

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    usage.record_hits(7)
    assert usage.as_dict() == {
        "prompt_tokens": 6000, "completion_tokens": 4000, "completions": 2000, "calls": 2000,
        "retries": 2000, "seconds": 1000.0, "cache_hits": 7,
    }


def test_unknown_backend_lists_the_valid_ones():
    with pytest.raises(ConfigError, match="unknown backend 'llamacpp'; choose one of hf, openai, vllm"):
        make_backend("llamacpp", model="x")
