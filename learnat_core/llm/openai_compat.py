"""Any server that speaks the OpenAI chat-completions protocol (OpenAI, vLLM serve, GLM, llama.cpp...).

``POST {base_url}/chat/completions`` through one ``requests.Session``, prompts spread over at most
``concurrency`` threads. Rate limits (429), server errors (5xx), timeouts and connection failures are
retried with exponential backoff (``backoff`` seconds, doubling, at most ``max_backoff``; a
``Retry-After`` header is honoured up to ``max_backoff``) for at most ``max_retries`` retries; any other
4xx fails at once with the server's message. ``probe`` checks that a server answers before a run starts.

Several samples are asked for with the ``n`` parameter; a server that returns fewer choices is then
asked once per remaining sample (with ``seed + k`` for sample ``k`` when a seed is set, so the samples
differ). Token counts come from the response's ``usage``; when a server leaves it out they are estimated
locally at four characters a token (the same estimate ``count_tokens`` gives), and a response's
completion tokens are split over its choices in proportion to their length.
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from learnat_core.errors import ConfigError
from learnat_core.llm.base import (
    FINISH_STOP,
    Backend,
    BackendError,
    Completion,
    GenerationConfig,
    Message,
    Prompt,
    as_messages,
)

API_KEY_ENVS = ("OPENAI_API_KEY", "LEARNAT_API_KEY")
_log = logging.getLogger(__name__)
_CHARS_PER_TOKEN = 4
PROBE_TIMEOUT = 10.0  # seconds the server has to answer the probe


@dataclass(frozen=True)
class OpenAIBackendConfig:
    """Where the server is and how hard to try.

    ``api_key``: else ``$OPENAI_API_KEY``, else ``$LEARNAT_API_KEY``, else no Authorization header (local
    servers). ``timeout``: seconds per request. ``concurrency``: most requests in flight at once.
    """

    model: str
    base_url: str = "https://api.openai.com/v1"
    api_key: str | None = None
    timeout: float = 120.0
    max_retries: int = 5
    backoff: float = 1.0
    max_backoff: float = 60.0
    concurrency: int = 4

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_url", self.base_url.rstrip("/"))
        if not self.model:
            raise ConfigError("model must name the served model")
        if self.concurrency < 1 or self.max_retries < 0 or self.timeout <= 0:
            raise ConfigError("concurrency must be >= 1, max_retries >= 0 and timeout > 0")

    def resolved_api_key(self) -> str | None:
        """The key from the config, else from the first environment variable of API_KEY_ENVS that is set."""
        return self.api_key or next((os.environ[name] for name in API_KEY_ENVS if os.environ.get(name)), None)


class _TransientError(Exception):
    """A response worth retrying (429 or 5xx), with the server's Retry-After in seconds if it sent one."""

    def __init__(self, status: int, message: str, retry_after: float | None):
        super().__init__(f"HTTP {status}: {message}")
        self.status = status
        self.message = message
        self.retry_after = retry_after


class OpenAIBackend(Backend):
    """Chat completions over HTTP, with retries, backoff and bounded concurrency."""

    name = "openai"

    def __init__(self, config: OpenAIBackendConfig):
        super().__init__(config.model)
        self.config = config
        self.session = requests.Session()
        adapter = HTTPAdapter(pool_maxsize=config.concurrency)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        key = config.resolved_api_key()
        if key:
            self.session.headers["Authorization"] = f"Bearer {key}"
        self._n_supported = True

    def identity(self) -> dict[str, Any]:
        """Served model name and server URL."""
        return {"model": self.config.model, "base_url": self.config.base_url}

    def probe(self) -> None:
        """One ``GET {base_url}/models``, not retried: BackendError when nothing answers there or the key is
        refused, instead of every request failing after its retries. Any other answer counts as a live server."""
        url = f"{self.config.base_url}/models"
        try:
            response = self.session.get(url, timeout=min(self.config.timeout, PROBE_TIMEOUT))
        except requests.RequestException as error:
            raise BackendError(f"no server answers at {url} ({type(error).__name__}); is it running?") from error
        if response.status_code in (401, 403):
            raise BackendError(f"{url}: {_error_message(response)}", response.status_code)

    def count_tokens(self, prompt: Prompt) -> int:
        """An estimate (four characters a token): the served model's tokenizer is not available here."""
        return sum(_estimate_tokens(message["content"]) for message in as_messages(prompt))

    def generate(self, prompts: Sequence[Prompt], config: GenerationConfig | None = None) -> list[list[Completion]]:
        """``config.n`` completions per prompt in input order; the first failure cancels what has not started."""
        config = config or GenerationConfig()
        pool = ThreadPoolExecutor(max_workers=self.config.concurrency, thread_name_prefix="learnat-openai")
        try:
            futures = [pool.submit(self._complete, as_messages(prompt), config) for prompt in prompts]
            return [future.result() for future in futures]
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _complete(self, messages: list[Message], config: GenerationConfig) -> list[Completion]:
        completions: list[Completion] = []
        while len(completions) < config.n:
            wanted = config.n - len(completions) if self._n_supported else 1
            seed = None if config.seed is None else config.seed + len(completions)
            got = self._request(messages, config, wanted, seed)
            if not got:
                raise BackendError(f"{self.config.base_url} returned no choices")
            if len(got) < wanted:
                self._n_supported = False
            completions.extend(got)
        return completions[: config.n]

    def _request(self, messages: list[Message], config: GenerationConfig, n: int, seed: int | None) -> list[Completion]:
        payload: dict[str, Any] = {
            "model": self.config.model,
            "messages": messages,
            "max_tokens": config.max_new_tokens,
        }
        if config.do_sample:
            payload.update(temperature=config.temperature, top_p=config.top_p)
            if seed is not None:
                payload["seed"] = seed
        else:
            payload["temperature"] = 0
        if n > 1:
            payload["n"] = n
        if config.stop:
            payload["stop"] = list(config.stop)
        start = time.perf_counter()
        body = self._post(payload)
        seconds = time.perf_counter() - start
        choices = body.get("choices") or []
        texts = [(choice.get("message") or {}).get("content") or "" for choice in choices]
        usage = body.get("usage") or {}
        prompt_tokens = usage.get("prompt_tokens", self.count_tokens(messages))
        completion_tokens = usage.get("completion_tokens", sum(_estimate_tokens(text) for text in texts))
        self.usage.record(
            prompt_tokens=prompt_tokens, completion_tokens=completion_tokens, completions=len(texts), seconds=seconds
        )
        return [
            Completion(text, prompt_tokens, tokens, seconds / len(texts), choice.get("finish_reason") or FINISH_STOP)
            for choice, text, tokens in zip(choices, texts, _split_tokens(completion_tokens, texts))
        ]

    def _post(self, payload: dict[str, Any]) -> dict[str, Any]:
        """One chat-completions call, retried on transient failures; BackendError when it cannot succeed."""
        url = f"{self.config.base_url}/chat/completions"
        attempts = self.config.max_retries + 1
        retrying = Retrying(
            retry=retry_if_exception_type((_TransientError, requests.Timeout, requests.ConnectionError)),
            stop=stop_after_attempt(attempts),
            wait=self._wait,
            before_sleep=self._before_sleep,
            reraise=True,
        )
        try:
            return retrying(self._post_once, url, payload)
        except _TransientError as error:
            raise BackendError(f"{error.message} (gave up after {attempts} attempts)", error.status) from error
        except requests.RequestException as error:
            raise BackendError(f"cannot reach {url} (gave up after {attempts} attempts): {error}") from error

    def _post_once(self, url: str, payload: dict[str, Any]) -> dict[str, Any]:
        response = self.session.post(url, json=payload, timeout=self.config.timeout)
        status = response.status_code
        if status == 429 or status >= 500:
            raise _TransientError(status, _error_message(response), _retry_after(response.headers.get("Retry-After")))
        if status >= 400:
            raise BackendError(_error_message(response), status)
        try:
            return response.json()
        except ValueError as error:
            message = f"the server answered with something that is not JSON: {response.text[:200]!r}"
            raise BackendError(message, status) from error

    def _before_sleep(self, state: RetryCallState) -> None:
        self.usage.record_retry()
        error = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else 0.0
        _log.warning("%s: %s; retry %d of %d in %.2f s", self.config.base_url, error, state.attempt_number,
                     self.config.max_retries, wait)

    def _wait(self, state: RetryCallState) -> float:
        """Seconds before the next attempt: the server's Retry-After when given, else exponential backoff."""
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, _TransientError) and error.retry_after is not None:
            return min(error.retry_after, self.config.max_backoff)
        return wait_exponential(multiplier=self.config.backoff, max=self.config.max_backoff)(state)


def _error_message(response: requests.Response) -> str:
    """The server's own words: OpenAI's ``{"error": {"message": ...}}``, else the body, else the reason."""
    try:
        body = response.json()
    except ValueError:
        return response.text.strip()[:500] or response.reason or "no message"
    error = body.get("error", body) if isinstance(body, dict) else body
    if isinstance(error, dict):
        return str(error.get("message") or error)
    return str(error)


def _retry_after(value: str | None) -> float | None:
    """A Retry-After header in seconds: a number of seconds or an HTTP date; None if absent or unreadable."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _estimate_tokens(text: str) -> int:
    return math.ceil(len(text) / _CHARS_PER_TOKEN)


def _split_tokens(total: int, texts: list[str]) -> list[int]:
    """Share a response's completion tokens over its choices in proportion to their length."""
    weights = [len(text) + 1 for text in texts]
    shares = [total * weight // sum(weights) for weight in weights]
    if shares:
        shares[-1] += total - sum(shares)
    return shares
