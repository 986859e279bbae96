"""``open_model``: one call builds each backend kind with the options that kind takes."""

from __future__ import annotations

from pathlib import Path

import pytest

from learnat_core.errors import ConfigError
from learnat_core.llm import CachedBackend, HFBackend, OpenAIBackend, open_model


def test_hf_resolves_named_models_and_sets_the_context(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LEARNAT_CACHE_DIR", str(tmp_path))
    backend = open_model("hf", "tiny", max_context=1024, cached=False)
    assert isinstance(backend, HFBackend)
    assert backend.config.max_context == 1024 and backend.config.progress is False
    assert Path(backend.config.model).is_dir() and Path(backend.config.model).is_relative_to(tmp_path)


def test_openai_takes_the_server_and_is_cached(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LEARNAT_CACHE_DIR", str(tmp_path))
    backend = open_model("openai", "qwen-7b", base_url="http://127.0.0.1:9/v1", max_context=1024)
    assert isinstance(backend, CachedBackend) and isinstance(backend.backend, OpenAIBackend)
    assert backend.identity() == {"model": "qwen-7b", "base_url": "http://127.0.0.1:9/v1"}


def test_unknown_kind_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown backend 'tgi'"):
        open_model("tgi", "x", cached=False)
