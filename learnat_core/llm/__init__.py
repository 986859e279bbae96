"""LLM backends behind one interface: transformers (``hf``), OpenAI-compatible servers (``openai``) and
vLLM (``vllm``), each optionally wrapped in a disk cache of completions.

    backend = make_backend("hf", model="smollm2-135m-instruct", cache_dir="runs/cache")
    answers = backend.generate([[{"role": "user", "content": "..."}]], GenerationConfig(max_new_tokens=64))
    backend.usage.as_dict()  # tokens, calls, seconds, cache hits

Importing this package loads neither torch nor transformers nor vllm; a backend loads what it needs.
"""

from __future__ import annotations

import dataclasses
import os
from typing import Any

from learnat_core.errors import ConfigError
from learnat_core.llm.base import (
    FINISH_LENGTH,
    FINISH_PROMPT_TOO_LONG,
    FINISH_STOP,
    Backend,
    BackendError,
    BackendWrapper,
    Completion,
    GenerationConfig,
    Prompt,
    Usage,
    continues_answer,
)
from learnat_core.llm.batching import BatchingBackend
from learnat_core.llm.cache import CachedBackend, CompletionCache
from learnat_core.llm.hf import HFBackend, HFBackendConfig
from learnat_core.llm.models import build_tiny_model, resolve_model, smollm2_path, tiny_model_path
from learnat_core.llm.openai_compat import OpenAIBackend, OpenAIBackendConfig
from learnat_core.llm.vllm_backend import VLLMBackend, VLLMBackendConfig

BACKENDS: dict[str, tuple[type, type[Backend]]] = {
    "hf": (HFBackendConfig, HFBackend),
    "openai": (OpenAIBackendConfig, OpenAIBackend),
    "vllm": (VLLMBackendConfig, VLLMBackend),
}


def make_backend(kind: str, *, cache_dir: str | os.PathLike | None = None, **options: Any) -> Backend:
    """Build the ``kind`` backend from its config fields given as ``options``, wrapped in a
    CachedBackend when ``cache_dir`` is given; unknown kinds or options raise ConfigError."""
    if kind not in BACKENDS:
        raise ConfigError(f"unknown backend {kind!r}; choose one of {', '.join(BACKENDS)}")
    config_class, backend_class = BACKENDS[kind]
    valid = [field.name for field in dataclasses.fields(config_class)]
    unknown = sorted(set(options) - set(valid))
    if unknown:
        raise ConfigError(f"unknown option(s) {', '.join(unknown)} for the {kind} backend; valid: {', '.join(valid)}")
    try:
        config = config_class(**options)
    except TypeError as error:  # a required field is missing
        raise ConfigError(f"the {kind} backend needs {error}; valid options: {', '.join(valid)}") from error
    backend = backend_class(config)
    return CachedBackend(backend, cache_dir) if cache_dir is not None else backend


def open_model(kind: str, model: str, *, base_url: str | None = None, max_context: int | None = None,
               cached: bool = True, progress: bool = False, batching: bool = False) -> Backend:
    """The ``kind`` backend for ``model`` as the notebooks and commands use it: named local models
    (``smollm2-135m-instruct``, ``tiny``) resolved for hf and vllm, ``base_url`` for an openai server,
    ``max_context`` where the kind takes one, completions cached under the kit's cache folder, and the hf
    backend's own bar over batches only with ``progress`` (callers usually count questions themselves);
    ``batching`` merges concurrent calls of threads (``BatchingBackend``, inside the cache)."""
    from learnat_core.paths import cache_dir

    if kind == "openai":
        options: dict[str, Any] = {"model": model, "base_url": base_url}
    else:
        options = {"model": resolve_model(model)}
        if max_context:
            options["max_context" if kind == "hf" else "max_model_len"] = max_context
        if kind == "hf":
            options["progress"] = progress
    completions = cache_dir() / "completions" if cached else None
    if not batching:
        return make_backend(kind, cache_dir=completions, **options)
    backend = BatchingBackend(make_backend(kind, **options))
    return CachedBackend(backend, completions) if completions is not None else backend


__all__ = [
    "BACKENDS",
    "FINISH_LENGTH",
    "FINISH_PROMPT_TOO_LONG",
    "FINISH_STOP",
    "Backend",
    "BackendError",
    "BackendWrapper",
    "BatchingBackend",
    "CachedBackend",
    "Completion",
    "CompletionCache",
    "GenerationConfig",
    "HFBackend",
    "HFBackendConfig",
    "OpenAIBackend",
    "OpenAIBackendConfig",
    "Prompt",
    "Usage",
    "continues_answer",
    "VLLMBackend",
    "VLLMBackendConfig",
    "build_tiny_model",
    "make_backend",
    "open_model",
    "resolve_model",
    "smollm2_path",
    "tiny_model_path",
]
