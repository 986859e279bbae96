"""The vLLM backend where vLLM cannot run: the missing-package error and the SamplingParams arguments."""

from __future__ import annotations

import sys

import pytest

from learnat_core.errors import ConfigError
from learnat_core.llm import GenerationConfig, VLLMBackend, VLLMBackendConfig, make_backend
from learnat_core.llm.vllm_backend import sampling_params_kwargs


def test_missing_vllm_names_the_install_command(monkeypatch):
    monkeypatch.setitem(sys.modules, "vllm", None)  # import vllm now fails, installed or not
    with pytest.raises(ConfigError, match=r"pip install learnat-kit\[vllm\]"):
        VLLMBackend(VLLMBackendConfig(model="tiny"))
    with pytest.raises(ConfigError, match=r"learnat-kit\[vllm\]"):
        make_backend("vllm", model="tiny")


def test_greedy_becomes_temperature_zero():
    assert sampling_params_kwargs(GenerationConfig(max_new_tokens=64, stop=(";",), temperature=0.5, seed=3)) == {
        "n": 1,
        "max_tokens": 64,
        "stop": [";"],
        "temperature": 0.0,
    }


def test_sampling_keeps_temperature_top_p_seed_and_n():
    config = GenerationConfig(max_new_tokens=32, do_sample=True, temperature=0.8, top_p=0.95, n=5, seed=2024)
    assert sampling_params_kwargs(config) == {
        "n": 5,
        "max_tokens": 32,
        "stop": [],
        "temperature": 0.8,
        "top_p": 0.95,
        "seed": 2024,
    }
