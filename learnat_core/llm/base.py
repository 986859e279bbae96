"""The one interface every LLM backend implements: decoding settings in, completions and usage out.

A prompt is either a list of chat messages (``{"role": ..., "content": ...}``) or a plain string; a
plain string is sent as one user message by chat backends. Messages that end with an assistant message ask
for a *continuation* of that answer (``continues_answer``, ``opened_answer``): the chat template with the
assistant turn opened, then that message's text as it is, which is how the trainers render a preference
pair's prefix. ``Backend.generate`` returns, for each prompt in order, ``config.n`` completions. Every backend keeps a ``Usage`` so callers can report the
time and tokens a run spent.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Union

from learnat_core.errors import ConfigError, LearnatError

Message = dict[str, str]
Prompt = Union[list[Message], str]

#: Why a completion ended: an end-of-sequence token or stop string, the max_new_tokens budget, or
#: a prompt that did not fit the model's context (then the text is empty and nothing was generated).
FINISH_STOP = "stop"
FINISH_LENGTH = "length"
FINISH_PROMPT_TOO_LONG = "prompt_too_long"


class BackendError(LearnatError):
    """A model server refused or failed a request; ``status`` is the HTTP status when there was one."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(f"HTTP {status}: {message}" if status is not None else message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class GenerationConfig:
    """Decoding settings shared by all backends.

    Greedy decoding (``do_sample=False``) is deterministic, so it ignores ``temperature``, ``top_p``
    and ``seed`` and only accepts ``n=1``: asking for several greedy samples is rejected rather
    than answered with copies. ``stop`` strings end a completion and are not part of its text.
    ``batch_size`` is how many prompts a local backend runs together; it never changes the output (beyond
    floating-point rounding).
    """

    # The released LearNAT inference calls model.generate(max_new_tokens=2048).
    max_new_tokens: int = 2048
    temperature: float = 1.0
    top_p: float = 1.0
    do_sample: bool = False
    n: int = 1
    stop: tuple[str, ...] = ()
    seed: int | None = None
    batch_size: int = 8

    def __post_init__(self) -> None:
        object.__setattr__(self, "stop", tuple(self.stop))
        for name in ("max_new_tokens", "n", "batch_size"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be at least 1, got {getattr(self, name)}")
        if not self.do_sample and self.n > 1:
            raise ConfigError(f"greedy decoding gives one answer per prompt; got n={self.n}: set do_sample=True or n=1")
        if self.do_sample and self.temperature <= 0:
            raise ConfigError(f"sampling needs temperature > 0, got {self.temperature}; use do_sample=False for greedy")
        if not 0 < self.top_p <= 1:
            raise ConfigError(f"top_p must be in (0, 1], got {self.top_p}")

    def decoding_key(self) -> dict[str, Any]:
        """The settings that decide what one completion says (not ``n`` or ``batch_size``); greedy
        decoding leaves out temperature, top_p and seed, which it does not use."""
        key: dict[str, Any] = {
            "max_new_tokens": self.max_new_tokens,
            "do_sample": self.do_sample,
            "stop": list(self.stop),
        }
        if self.do_sample:
            key.update(temperature=self.temperature, top_p=self.top_p, seed=self.seed)
        return key


@dataclass(frozen=True)
class Completion:
    """One generated answer. ``seconds`` is this completion's share of the call that produced it
    (a batch's time split evenly over its completions); ``cached`` marks a replay from disk."""

    text: str
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    finish_reason: str
    cached: bool = False


@dataclass
class Usage:
    """Running totals of the work a backend did: tokens, model calls, retries, seconds, cache hits.

    Prompt tokens count once per prompt and call, however many samples it returned. ``seconds`` sums
    the calls' durations (retry waits included; concurrent calls overlap, so it can exceed wall time).
    Replays from the cache add to ``cache_hits`` only, since they cost no model time.
    """

    prompt_tokens: int = 0
    completion_tokens: int = 0
    completions: int = 0
    calls: int = 0
    retries: int = 0
    seconds: float = 0.0
    cache_hits: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def record(self, *, prompt_tokens: int, completion_tokens: int, completions: int, seconds: float) -> None:
        """Add one model call (a batch or an HTTP request) and what it produced."""
        with self._lock:
            self.prompt_tokens += prompt_tokens
            self.completion_tokens += completion_tokens
            self.completions += completions
            self.calls += 1
            self.seconds += seconds

    def record_retry(self) -> None:
        """Add one retried request (a rate limit, a server error or a network failure)."""
        with self._lock:
            self.retries += 1

    def record_hits(self, count: int) -> None:
        """Add ``count`` completions served from the cache."""
        with self._lock:
            self.cache_hits += count

    def as_dict(self) -> dict[str, float]:
        """The totals as a plain dict, for logs and run manifests."""
        with self._lock:
            return {f.name: getattr(self, f.name) for f in fields(self) if f.compare}


class Backend(ABC):
    """A text generator: ``generate`` answers prompts with ``config.n`` completions each, in order.

    ``model_id`` is the model as the user named it (a folder, a hub id, a served model name).
    """

    name: ClassVar[str]

    def __init__(self, model_id: str) -> None:
        self.model_id = model_id
        self.usage = Usage()

    def identity(self) -> dict[str, Any]:
        """Everything besides the prompt and decoding settings that decides the output; the cache
        keys on it. Backends add what they know (weights fingerprint, dtype, server URL)."""
        return {"model": self.model_id}

    @abstractmethod
    def generate(self, prompts: Sequence[Prompt], config: GenerationConfig | None = None) -> list[list[Completion]]:
        """``config.n`` completions for each prompt, in prompt order (default config: greedy)."""

    @abstractmethod
    def count_tokens(self, prompt: Prompt) -> int:
        """How many tokens ``prompt`` takes as model input, chat formatting included."""

    def probe(self) -> None:
        """Fail fast (BackendError) when the backend cannot serve at all; a local backend has nothing to check."""


class BackendWrapper(Backend):
    """Adds behaviour around another backend (caching, counting...): it answers to the same name,
    identity and token counts, shares its ``usage``, and by default passes ``generate`` through."""

    def __init__(self, backend: Backend) -> None:
        super().__init__(backend.model_id)
        self.backend = backend
        self.name = backend.name
        self.usage = backend.usage

    def identity(self) -> dict[str, Any]:
        """The wrapped backend's identity."""
        return self.backend.identity()

    def generate(self, prompts: Sequence[Prompt], config: GenerationConfig | None = None) -> list[list[Completion]]:
        """The wrapped backend's answers."""
        return self.backend.generate(prompts, config)

    def count_tokens(self, prompt: Prompt) -> int:
        """Counted by the wrapped backend."""
        return self.backend.count_tokens(prompt)

    def probe(self) -> None:
        """The wrapped backend's check."""
        self.backend.probe()


def prompt_too_long(prompt_tokens: int, n: int) -> list[Completion]:
    """The answer to a prompt that leaves no room for a new token: ``n`` empty completions."""
    return [Completion("", prompt_tokens, 0, 0.0, FINISH_PROMPT_TOO_LONG)] * n


def continues_answer(prompt: Prompt) -> bool:
    """Whether ``prompt`` ends with an assistant message that the model is to continue."""
    return not isinstance(prompt, str) and bool(prompt) and prompt[-1].get("role") == "assistant"


def opened_answer(prompt: Prompt) -> tuple[list[Message], str]:
    """The messages to render with the assistant turn opened, and the answer text to append verbatim after it
    (``""`` unless ``prompt`` continues an answer)."""
    messages = as_messages(prompt)
    return (messages[:-1], messages[-1]["content"]) if continues_answer(prompt) else (messages, "")


def as_messages(prompt: Prompt) -> list[Message]:
    """The prompt as chat messages: a plain string becomes one user message."""
    if isinstance(prompt, str):
        return [{"role": "user", "content": prompt}]
    return [dict(message) for message in prompt]

