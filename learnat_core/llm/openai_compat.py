"""Any server that speaks the OpenAI chat-completions protocol (OpenAI, vLLM serve, GLM, llama.cpp...).

Requests go through the ``openai`` SDK's async client, at most ``concurrency`` in flight per ``generate``
call. The SDK retries rate limits (429), server errors (5xx), timeouts and connection failures at most
``max_retries`` times, waiting what the server's ``Retry-After``/``retry-after-ms`` asks for (up to two
minutes; a longer wait fails at once) or else its own jittered exponential backoff; any other 4xx fails at
once with the server's message. Ctrl-C cancels the requests in flight instead of waiting for them. ``probe``
checks that a server answers before a run starts. The SDK is imported when a backend is built, so importing
this module stays light.

Several samples are asked for with the ``n`` parameter; a server that returns fewer choices is then
asked once per remaining sample (with ``seed + k`` for sample ``k`` when a seed is set, so the samples
differ). Token counts come from the response's ``usage``; when a server leaves it out they are estimated
locally at four characters a token (the same estimate ``count_tokens`` gives), and a response's
completion tokens are split over its choices in proportion to their length.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import time
from collections.abc import Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

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
    continues_answer,
)

if TYPE_CHECKING:
    import httpx
    import openai

API_KEY_ENVS = ("OPENAI_API_KEY", "LEARNAT_API_KEY")
_log = logging.getLogger(__name__)
_CHARS_PER_TOKEN = 4
PROBE_TIMEOUT = 10.0  # seconds the server has to answer the probe
_RETRY_COUNT = "x-stainless-retry-count"  # the SDK numbers each attempt of a request in this header
_T = TypeVar("_T")


@dataclass(frozen=True)
class OpenAIBackendConfig:
    """Where the server is and how hard to try.

    ``api_key``: else ``$OPENAI_API_KEY``, else ``$LEARNAT_API_KEY``, else no Authorization header (local
    servers). ``timeout``: seconds per request. ``max_retries``: retries per request after the first
    attempt. ``concurrency``: most requests in flight at once.
    """

    model: str
    base_url: str = "https://api.openai.com/v1"
    api_key: str | None = None
    timeout: float = 120.0
    max_retries: int = 5
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


class OpenAIBackend(Backend):
    """Chat completions through the ``openai`` SDK, with its retries and bounded concurrency."""

    name = "openai"

    def __init__(self, config: OpenAIBackendConfig):
        super().__init__(config.model)
        self.config = config
        self._n_supported = True

    def identity(self) -> dict[str, Any]:
        """Served model name and server URL."""
        return {"model": self.config.model, "base_url": self.config.base_url}

    def probe(self) -> None:
        """One ``GET {base_url}/models``, not retried: BackendError when nothing answers there or the key is
        refused, instead of every request failing after its retries. Any other answer counts as a live server."""
        _run(self._probe())

    def count_tokens(self, prompt: Prompt) -> int:
        """An estimate (four characters a token): the served model's tokenizer is not available here."""
        return sum(_estimate_tokens(message["content"]) for message in as_messages(prompt))

    def generate(self, prompts: Sequence[Prompt], config: GenerationConfig | None = None) -> list[list[Completion]]:
        """``config.n`` completions per prompt in input order; the first failure cancels the other requests."""
        return _run(self._generate([as_messages(prompt) for prompt in prompts], config or GenerationConfig()))

    def _client(self, *, max_retries: int, timeout: float, watch: bool) -> openai.AsyncOpenAI:
        """A client for one event loop; ``watch`` counts and logs the retries of its requests."""
        import openai

        hooks = {"request": [self._on_request], "response": [self._on_response]} if watch else {}
        return openai.AsyncOpenAI(
            base_url=self.config.base_url,
            api_key=self.config.resolved_api_key() or "unused",  # the SDK insists on one; see _headers
            timeout=timeout,
            max_retries=max_retries,
            http_client=openai.DefaultAsyncHttpxClient(event_hooks=hooks),
        )

    def _headers(self) -> dict[str, Any]:
        """Headers for each request: without a key, no Authorization header at all (local servers)."""
        import openai

        return {} if self.config.resolved_api_key() else {"Authorization": openai.Omit()}

    async def _probe(self) -> None:
        import openai

        url = f"{self.config.base_url}/models"
        timeout = min(self.config.timeout, PROBE_TIMEOUT)
        async with self._client(max_retries=0, timeout=timeout, watch=False) as client:
            try:
                await client.models.list(extra_headers=self._headers())
            except openai.APIConnectionError as error:
                cause = type(error.__cause__ or error).__name__
                raise BackendError(f"no server answers at {url} ({cause}); is it running?") from error
            except openai.APIStatusError as error:
                if error.status_code in (401, 403):
                    raise BackendError(f"{url}: {_message(error.response)}", error.status_code) from error
            except openai.APIError:  # an answer the SDK cannot read is still a live server
                pass

    async def _generate(self, prompts: list[list[Message]], config: GenerationConfig) -> list[list[Completion]]:
        limit = asyncio.Semaphore(self.config.concurrency)
        client = self._client(max_retries=self.config.max_retries, timeout=self.config.timeout, watch=True)

        async def complete(messages: list[Message]) -> list[Completion]:
            async with limit:
                return await self._complete(client, messages, config)

        async with client:
            tasks = [asyncio.ensure_future(complete(messages)) for messages in prompts]
            try:
                return list(await asyncio.gather(*tasks))
            finally:  # after a failure or a cancellation (Ctrl-C), stop the other requests before closing
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)

    async def _complete(self, client: openai.AsyncOpenAI, messages: list[Message],
                        config: GenerationConfig) -> list[Completion]:
        completions: list[Completion] = []
        while len(completions) < config.n:
            wanted = config.n - len(completions) if self._n_supported else 1
            seed = None if config.seed is None else config.seed + len(completions)
            got = await self._request(client, messages, config, wanted, seed)
            if not got:
                raise BackendError(f"{self.config.base_url} returned no choices")
            if len(got) < wanted:
                self._n_supported = False
            completions.extend(got)
        return completions[: config.n]

    async def _request(self, client: openai.AsyncOpenAI, messages: list[Message], config: GenerationConfig, n: int,
                       seed: int | None) -> list[Completion]:
        import openai
        from openai.types.chat import ChatCompletion

        options: dict[str, Any] = {"model": self.config.model, "messages": messages,
                                   "max_tokens": config.max_new_tokens, "extra_headers": self._headers()}
        if config.do_sample:
            options.update(temperature=config.temperature, top_p=config.top_p)
            if seed is not None:
                options["seed"] = seed
        else:
            options["temperature"] = 0
        if n > 1:
            options["n"] = n
        if config.stop:
            options["stop"] = list(config.stop)
        if continues_answer(messages):  # vLLM's and SGLang's chat extension; other servers answer a new turn
            options["extra_body"] = {"continue_final_message": True, "add_generation_prompt": False}
        start = time.perf_counter()
        try:
            response = await client.chat.completions.create(**options)
        except openai.APIError as error:
            raise _backend_error(error) from error
        seconds = time.perf_counter() - start
        if not isinstance(response, ChatCompletion):  # the SDK hands back the body of a non-JSON answer as text
            raise BackendError(f"the server answered with something that is not JSON: {str(response)[:200]!r}")
        choices = response.choices or []
        texts = [(choice.message.content if choice.message else None) or "" for choice in choices]
        usage = response.usage
        prompt_tokens = usage.prompt_tokens if usage else self.count_tokens(messages)
        completion_tokens = usage.completion_tokens if usage else sum(_estimate_tokens(text) for text in texts)
        self.usage.record(
            prompt_tokens=prompt_tokens, completion_tokens=completion_tokens, completions=len(texts), seconds=seconds
        )
        return [
            Completion(text, prompt_tokens, tokens, seconds / len(texts), choice.finish_reason or FINISH_STOP)
            for choice, text, tokens in zip(choices, texts, _split_tokens(completion_tokens, texts))
        ]

    async def _on_request(self, request: httpx.Request) -> None:
        """Count each retry the SDK sends."""
        if _attempt(request) > 1:
            self.usage.record_retry()

    async def _on_response(self, response: httpx.Response) -> None:
        """Log each rate limit or server error, which the SDK retries while it has retries left."""
        if response.status_code == 429 or response.status_code >= 500:
            await response.aread()
            _log.warning("%s: HTTP %d: %s (attempt %d of %d)", self.config.base_url, response.status_code,
                         _message(response), _attempt(response.request), self.config.max_retries + 1)


def _run(coroutine: Coroutine[Any, Any, _T]) -> _T:
    """Run ``coroutine`` on a fresh event loop, in a thread of its own when this thread already runs one
    (a Jupyter kernel)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="learnat-openai") as pool:
        return pool.submit(asyncio.run, coroutine).result()


def _attempt(request: httpx.Request) -> int:
    """Which attempt of its request (1 for the first) the SDK sent ``request`` as."""
    return int(request.headers.get(_RETRY_COUNT, "0")) + 1


def _backend_error(error: openai.APIError) -> BackendError:
    """The SDK's failure as one line: the server's message and status, or the address that did not answer."""
    import openai

    attempts = _attempt(error.request)
    gave_up = f" (gave up after {attempts} attempts)" if attempts > 1 else ""
    if isinstance(error, openai.APIStatusError):
        return BackendError(_message(error.response) + gave_up, error.status_code)
    if isinstance(error, openai.APIConnectionError):
        return BackendError(f"cannot reach {error.request.url}{gave_up}: {error}")
    return BackendError(f"the server's answer could not be read: {error}")


def _message(response: httpx.Response) -> str:
    """The server's own words: OpenAI's ``{"error": {"message": ...}}``, else the body, else the reason."""
    try:
        body = response.json()
    except ValueError:
        return response.text.strip()[:500] or response.reason_phrase or "no message"
    error = body.get("error", body) if isinstance(body, dict) else body
    if isinstance(error, dict):
        return str(error.get("message") or error)
    return str(error)


def _estimate_tokens(text: str) -> int:
    return math.ceil(len(text) / _CHARS_PER_TOKEN)


def _split_tokens(total: int, texts: list[str]) -> list[int]:
    """Share a response's completion tokens over its choices in proportion to their length."""
    weights = [len(text) + 1 for text in texts]
    shares = [total * weight // sum(weights) for weight in weights]
    if shares:
        shares[-1] += total - sum(shares)
    return shares
