"""A content-addressed disk cache of completions, so re-running a notebook replays instead of regenerating.

An entry's key is the sha256 of (backend name, backend identity, prompt, decoding settings, sample
index); ``GenerationConfig.decoding_key`` decides which settings count (greedy decoding ignores
temperature, top_p and seed; ``n`` and ``batch_size`` never count). Each entry is one JSON file under
``<cache_dir>/<key[:2]>/<key>.json``, written to a temporary file and moved into place with
``os.replace``, so an interrupted run leaves whole entries or none. An entry that cannot be read is
a miss and is written again.

Sampling with ``n > 1`` stores each sample index separately: asking for more samples later reuses
the stored ones and generates only the rest. Greedy decoding allows only ``n = 1`` (see
``GenerationConfig``). A sampled entry replays the draw made first, even without a seed.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from learnat_core.files import write_text_atomic
from learnat_core.llm.base import (
    FINISH_PROMPT_TOO_LONG,
    Backend,
    BackendWrapper,
    Completion,
    GenerationConfig,
    Prompt,
)


class CompletionCache:
    """Completions on disk, one JSON file per key."""

    def __init__(self, directory: str | os.PathLike):
        self.directory = Path(directory)

    def get(self, key: str) -> Completion | None:
        """The stored completion, marked cached; None when absent or unreadable."""
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
            return replace(Completion(**entry["completion"]), cached=True)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, completion: Completion, request: dict[str, Any]) -> None:
        """Store ``completion`` (with the request that produced it, for inspection) atomically."""
        entry = {"request": request, "completion": asdict(replace(completion, cached=False))}
        write_text_atomic(self._path(key), json.dumps(entry, ensure_ascii=False))

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"


def cache_request(
    name: str, identity: dict[str, Any], prompt: Prompt, config: GenerationConfig, sample: int
) -> dict[str, Any]:
    """Everything that decides one completion of backend ``name`` (with ``Backend.identity``), as a
    JSON-able dict whose hash is the cache key."""
    return {
        "backend": name,
        "identity": identity,
        "prompt": prompt,
        "decoding": config.decoding_key(),
        "sample": sample,
    }


def cache_key(request: dict[str, Any]) -> str:
    """The sha256 of a request in canonical JSON."""
    canonical = json.dumps(request, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class CachedBackend(BackendWrapper):
    """Wraps a backend: completions already on disk are replayed, the rest are generated and stored.

    It shares the wrapped backend's ``usage``, where replays count as ``cache_hits``. Completions for
    prompts that did not fit the context are not stored (no model work went into them).
    """

    def __init__(self, backend: Backend, cache_dir: str | os.PathLike):
        super().__init__(backend)
        self.cache = CompletionCache(cache_dir)

    def generate(self, prompts: Sequence[Prompt], config: GenerationConfig | None = None) -> list[list[Completion]]:
        """Replay stored completions; generate the missing sample indices, grouped by how many each
        prompt lacks so each group is one call to the wrapped backend."""
        config = config or GenerationConfig()
        identity = self.identity()
        requests = [
            [cache_request(self.name, identity, prompt, config, sample) for sample in range(config.n)]
            for prompt in prompts
        ]
        results = [[self.cache.get(cache_key(request)) for request in row] for row in requests]
        self.usage.record_hits(sum(completion is not None for row in results for completion in row))
        missing = {  # prompt index -> the sample indices to generate
            index: [k for k, completion in enumerate(row) if completion is None] for index, row in enumerate(results)
        }
        missing = {index: lacking for index, lacking in missing.items() if lacking}
        for count in sorted({len(lacking) for lacking in missing.values()}):
            group = [index for index, lacking in missing.items() if len(lacking) == count]
            fresh = self.backend.generate([prompts[index] for index in group], replace(config, n=count))
            for index, completions in zip(group, fresh):
                for sample, completion in zip(missing[index], completions):
                    results[index][sample] = completion
                    if completion.finish_reason != FINISH_PROMPT_TOO_LONG:
                        request = requests[index][sample]
                        self.cache.put(cache_key(request), completion, request)
        return [[completion for completion in row if completion is not None] for row in results]
