"""The OpenAI-compatible backend against a real HTTP server on 127.0.0.1 (a thread, ephemeral port)."""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections import deque
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from learnat_core.errors import ConfigError
from learnat_core.llm import BackendError, GenerationConfig, OpenAIBackend, OpenAIBackendConfig, make_backend
from learnat_core.llm.openai_compat import _retry_after

GREEDY = GenerationConfig(max_new_tokens=16)


class FakeServer(ThreadingHTTPServer):
    """Answers /v1/chat/completions; ``script`` holds (status, headers, body) replies served first, in
    order; then every request succeeds. Counts requests and the most it ever had unanswered at once."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script: deque[tuple[int, dict[str, str], dict]] = deque()
        self.requests: list[dict] = []
        self.headers_seen: list[dict[str, str]] = []
        self.honour_n = True
        self.send_usage = True
        self.delay_first = 0.0
        self.barrier: threading.Barrier | None = None
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def reply(self, payload: dict) -> tuple[int, dict[str, str], dict]:
        """A successful completion echoing the last user message, ``n`` choices when honoured."""
        n = payload.get("n", 1) if self.honour_n else 1
        question = payload["messages"][-1]["content"]
        choices = [
            {"index": i, "message": {"role": "assistant", "content": f"SELECT {i} -- {question}"},
             "finish_reason": "stop"}
            for i in range(n)
        ]
        body: dict = {"object": "chat.completion", "choices": choices}
        if self.send_usage:
            body["usage"] = {"prompt_tokens": 11, "completion_tokens": 5 * n, "total_tokens": 11 + 5 * n}
        return 200, {}, body


class _Handler(BaseHTTPRequestHandler):
    server: FakeServer

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        server = self.server
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with server.lock:
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
            server.requests.append(payload)
            server.headers_seen.append(dict(self.headers))
            first = len(server.requests) == 1
            scripted = server.script.popleft() if server.script else None
        try:
            if server.barrier is not None:
                server.barrier.wait(timeout=5)
            if first and server.delay_first:
                time.sleep(server.delay_first)
            status, headers, body = scripted or server.reply(payload)
        finally:
            with server.lock:  # before answering, so the client cannot have sent its next request yet
                server.in_flight -= 1
        if self.path != "/v1/chat/completions":
            status, headers, body = 404, {}, {"error": {"message": f"no route {self.path}"}}
        data = json.dumps(body).encode()
        try:
            self.send_response(status)
            headers = {**headers, "Content-Type": "application/json", "Content-Length": str(len(data))}
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up on a slow reply
            pass

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def server() -> Iterator[FakeServer]:
    fake = FakeServer()
    thread = threading.Thread(target=fake.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield fake
    fake.shutdown()
    fake.server_close()
    thread.join(timeout=5)


def _backend(server: FakeServer, **options) -> OpenAIBackend:
    settings = {"model": "sql-model", "base_url": server.url, "timeout": 5.0, "max_retries": 3, "backoff": 0.01}
    return OpenAIBackend(OpenAIBackendConfig(**{**settings, **options}))


def test_success_reads_text_and_usage(server, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("LEARNAT_API_KEY", "sk-test")
    backend = _backend(server)
    results = backend.generate(["How many singers?", [{"role": "user", "content": "Oldest singer?"}]], GREEDY)
    assert [r[0].text for r in results] == ["SELECT 0 -- How many singers?", "SELECT 0 -- Oldest singer?"]
    assert [(r[0].prompt_tokens, r[0].completion_tokens, r[0].finish_reason) for r in results] == [(11, 5, "stop")] * 2
    usage = backend.usage.as_dict()
    assert (usage["calls"], usage["prompt_tokens"], usage["completion_tokens"], usage["retries"]) == (2, 22, 10, 0)
    sent = server.requests[0]
    assert sent["model"] == "sql-model" and sent["temperature"] == 0 and sent["max_tokens"] == 16 and "n" not in sent
    assert {h["Authorization"] for h in server.headers_seen} == {"Bearer sk-test"}


def test_missing_usage_is_estimated_locally(server):
    server.send_usage = False
    backend = _backend(server)
    completion = backend.generate(["abcdefgh"], GREEDY)[0][0]
    assert completion.prompt_tokens == backend.count_tokens("abcdefgh") == 2
    assert completion.completion_tokens == len("SELECT 0 -- abcdefgh") // 4


def test_n_samples_in_one_request(server):
    backend = _backend(server)
    config = GenerationConfig(max_new_tokens=8, do_sample=True, temperature=0.7, top_p=0.9, n=3, seed=5)
    samples = backend.generate(["q"], config)[0]
    assert [c.text for c in samples] == [f"SELECT {i} -- q" for i in range(3)]
    assert sum(c.completion_tokens for c in samples) == 15
    assert len(server.requests) == 1
    assert {k: server.requests[0][k] for k in ("n", "temperature", "top_p", "seed")} == {
        "n": 3, "temperature": 0.7, "top_p": 0.9, "seed": 5,
    }


def test_server_without_n_gets_one_request_per_sample(server):
    server.honour_n = False
    backend = _backend(server)
    samples = backend.generate(["q"], GenerationConfig(max_new_tokens=8, do_sample=True, n=3, seed=5))[0]
    assert len(samples) == 3
    assert [r.get("n") for r in server.requests] == [3, None, None]
    assert [r["seed"] for r in server.requests] == [5, 6, 7]  # distinct seeds, so distinct samples


def test_429_with_retry_after_is_retried_after_the_servers_wait(server, caplog):
    server.script.append((429, {"Retry-After": "0.05"}, {"error": {"message": "slow down"}}))
    backend = _backend(server, backoff=30.0)  # were Retry-After ignored, the wait would be 30 s
    with caplog.at_level(logging.WARNING, logger="learnat_core.llm.openai_compat"):
        assert backend.generate(["q"], GREEDY)[0][0].text == "SELECT 0 -- q"
    assert len(server.requests) == 2 and backend.usage.retries == 1 and backend.usage.calls == 1
    assert "HTTP 429: slow down" in caplog.text and "in 0.05 s" in caplog.text


def test_server_errors_are_retried_then_succeed(server):
    server.script.extend([(500, {}, {"error": {"message": "boom"}})] * 2)
    backend = _backend(server)
    assert backend.generate(["q"], GREEDY)[0][0].text == "SELECT 0 -- q"
    assert len(server.requests) == 3 and backend.usage.retries == 2


def test_persistent_server_error_gives_up_with_status(server):
    server.script.extend([(503, {}, {"error": {"message": "overloaded"}})] * 10)
    backend = _backend(server, max_retries=2)
    with pytest.raises(BackendError, match="overloaded.*3 attempts") as caught:
        backend.generate(["q"], GREEDY)
    assert caught.value.status == 503 and len(server.requests) == 3


def test_client_error_fails_at_once_with_the_servers_message(server):
    server.script.append((400, {}, {"error": {"message": "max_tokens is too large", "type": "invalid_request"}}))
    backend = _backend(server)
    with pytest.raises(BackendError) as caught:
        backend.generate(["q"], GREEDY)
    assert caught.value.status == 400 and caught.value.message == "max_tokens is too large"
    assert len(server.requests) == 1 and backend.usage.retries == 0


def test_read_timeout_is_retried(server):
    server.delay_first = 1.0
    backend = _backend(server, timeout=0.2)
    assert backend.generate(["q"], GREEDY)[0][0].text == "SELECT 0 -- q"
    assert backend.usage.retries == 1


def test_unreachable_server_gives_a_clear_error_after_bounded_retries():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    config = OpenAIBackendConfig(model="m", base_url=url, timeout=1, max_retries=2, backoff=0.01)
    backend = OpenAIBackend(config)
    with pytest.raises(BackendError, match=f"cannot reach {url}/chat/completions.*3 attempts"):
        backend.generate(["q"], GREEDY)
    assert backend.usage.retries == 2 and backend.usage.calls == 0


def test_concurrency_limit_is_respected_and_used(server):
    server.barrier = threading.Barrier(3)  # the server waits until three requests are in flight together
    backend = _backend(server, concurrency=3)
    prompts = [f"question {i}" for i in range(9)]
    results = backend.generate(prompts, GREEDY)
    assert [r[0].text for r in results] == [f"SELECT 0 -- {p}" for p in prompts]  # input order kept
    assert server.max_in_flight == 3


def test_retry_after_accepts_seconds_and_http_dates():
    assert _retry_after("2") == 2.0
    assert _retry_after(None) is None and _retry_after("soon") is None
    assert 0 < _retry_after(formatdate(time.time() + 30, usegmt=True)) <= 30
    assert _retry_after(formatdate(time.time() - 30, usegmt=True)) == 0


def test_make_backend_openai_needs_a_model():
    with pytest.raises(ConfigError, match="needs.*model"):
        make_backend("openai", base_url="http://127.0.0.1:9/v1")
