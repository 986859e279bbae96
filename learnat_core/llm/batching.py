"""Dynamic batching for a local backend: the ``generate`` calls that threads make at about the same time run as one
call of the wrapped backend, so that searches running side by side fill its batches (on two CPU cores a batch of 16
sampled rows decodes in little more time per token than 3; on a GPU the gap is larger still).

Calls are merged when their decoding settings match except for the seed; a merged call samples with the first
call's seed, so a sampled completion depends on which calls shared its batch (greedy ones do not). Put the
completion cache *outside* this wrapper (``CachedBackend(BatchingBackend(...))``): each call is then cached under
its own seed, and a rerun replays it whatever the batches were.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

from learnat_core.errors import ConfigError
from learnat_core.llm.base import Backend, BackendWrapper, Completion, GenerationConfig, Prompt


@dataclass(eq=False)  # calls are told apart by identity: two threads may ask the same thing
class _Call:
    """One thread's ``generate`` call, waiting for its answers or its error."""

    prompts: list[Prompt]
    config: GenerationConfig
    answers: list[list[Completion]] | None = None
    error: BaseException | None = None

    @property
    def done(self) -> bool:
        """Whether the call has its answers or its error."""
        return self.answers is not None or self.error is not None


class BatchingBackend(BackendWrapper):
    """Runs concurrent ``generate`` calls with equal settings (seeds aside) as one call of ``backend``.

    One waiting thread at a time leads: it waits ``gather_seconds`` for the others' calls to arrive, takes the
    oldest pending call and every later one with its settings, up to ``max_prompts`` prompts, and runs them;
    the rest wait meanwhile, so the calls made during a batch form the next one. With one thread it is the
    wrapped backend plus the gathering wait.
    """

    def __init__(self, backend: Backend, *, gather_seconds: float = 0.1, max_prompts: int = 64) -> None:
        if gather_seconds < 0 or max_prompts < 1:
            raise ConfigError(f"gather_seconds must be >= 0 and max_prompts >= 1, got {gather_seconds} and "
                              f"{max_prompts}")
        super().__init__(backend)
        self.gather_seconds = gather_seconds
        self.max_prompts = max_prompts
        self._condition = threading.Condition()
        self._pending: list[_Call] = []
        self._leading = False

    def generate(self, prompts: Sequence[Prompt], config: GenerationConfig | None = None) -> list[list[Completion]]:
        """``config.n`` completions per prompt, in order, from a batch shared with the calls of other threads."""
        call = _Call(list(prompts), config or GenerationConfig())
        with self._condition:
            self._pending.append(call)
            while not call.done:
                if self._leading:
                    self._condition.wait()
                    continue
                self._leading = True
                self._condition.release()
                try:
                    time.sleep(self.gather_seconds)
                    self._run(self._take())
                finally:
                    self._condition.acquire()
                    self._leading = False
                    self._condition.notify_all()
        if call.error is not None:
            raise call.error
        return call.answers

    def _take(self) -> list[_Call]:
        """The oldest pending call and the later ones with its settings (seed aside), within ``max_prompts``."""
        with self._condition:
            key = _settings(self._pending[0].config)
            batch, size = [], 0
            for call in self._pending:
                if _settings(call.config) == key and (not batch or size + len(call.prompts) <= self.max_prompts):
                    batch.append(call)
                    size += len(call.prompts)
            self._pending = [call for call in self._pending if call not in batch]
        return batch

    def _run(self, batch: list[_Call]) -> None:
        """Generate for every call of ``batch`` in one call of the wrapped backend and hand each its share."""
        try:
            answers = self.backend.generate([prompt for call in batch for prompt in call.prompts], batch[0].config)
        except BaseException as error:  # every caller gets the error; Ctrl-C also stops the leader
            for call in batch:
                call.error = error
            if not isinstance(error, Exception):
                raise
            return
        start = 0
        for call in batch:
            call.answers, start = answers[start : start + len(call.prompts)], start + len(call.prompts)


def _settings(config: GenerationConfig) -> GenerationConfig:
    return dataclasses.replace(config, seed=None)
