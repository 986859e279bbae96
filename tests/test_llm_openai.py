"""The OpenAI-compatible backend against a real HTTP server on 127.0.0.1 (a thread, ephemeral port)."""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from openai_server import TIMER_SLACK, OpenAIServer

from learnat_core.errors import ConfigError
from learnat_core.llm import BackendError, GenerationConfig, OpenAIBackend, OpenAIBackendConfig, make_backend

GREEDY = GenerationConfig(max_new_tokens=16)


@pytest.fixture()
def server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as fake:
        yield fake


def _backend(server: OpenAIServer, **options) -> OpenAIBackend:
    settings = {"model": "sql-model", "base_url": server.url, "timeout": 5.0, "max_retries": 3}
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


def test_a_final_assistant_message_asks_the_server_to_continue_it(server):
    backend = _backend(server)
    opened = [{"role": "user", "content": "Oldest singer?"}, {"role": "assistant", "content": "Sub question 1:"}]
    backend.generate([opened, "Oldest singer?"], GREEDY)
    continued, plain = sorted(server.requests, key=lambda sent: len(sent["messages"]), reverse=True)
    assert (continued["continue_final_message"], continued["add_generation_prompt"]) == (True, False)
    assert continued["messages"][-1] == opened[-1]
    assert "continue_final_message" not in plain and "add_generation_prompt" not in plain


def test_server_without_n_gets_one_request_per_sample(server):
    server.honour_n = False
    backend = _backend(server)
    samples = backend.generate(["q"], GenerationConfig(max_new_tokens=8, do_sample=True, n=3, seed=5))[0]
    assert len(samples) == 3
    assert [r.get("n") for r in server.requests] == [3, None, None]
    assert [r["seed"] for r in server.requests] == [5, 6, 7]  # distinct seeds, so distinct samples


def test_429_with_retry_after_is_retried_after_the_servers_wait(server, caplog):
    server.script.append((429, {"Retry-After": "0.05"}, {"error": {"message": "slow down"}}))
    backend = _backend(server)
    with caplog.at_level(logging.WARNING, logger="learnat_core.llm.openai_compat"):
        assert backend.generate(["q"], GREEDY)[0][0].text == "SELECT 0 -- q"
    assert len(server.requests) == 2 and backend.usage.retries == 1 and backend.usage.calls == 1
    refused, answered = server.exchanges
    assert answered.received >= refused.answered + 0.05 - TIMER_SLACK  # asked again no sooner than the Retry-After
    assert "HTTP 429: slow down (attempt 1 of 4)" in caplog.text


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


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_unreachable_server_gives_a_clear_error_after_bounded_retries():
    url = f"http://127.0.0.1:{_free_port()}/v1"
    config = OpenAIBackendConfig(model="m", base_url=url, timeout=1, max_retries=2)
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


def test_generate_works_inside_a_running_event_loop(server):
    backend = _backend(server)

    async def cell() -> str:  # as a Jupyter cell runs: a synchronous call while the kernel's loop runs
        return backend.generate(["q"], GREEDY)[0][0].text

    assert asyncio.run(cell()) == "SELECT 0 -- q"


def test_probe_accepts_a_live_server_and_fails_at_once_on_a_dead_one(server):
    _backend(server).probe()
    assert server.requests == []  # it asks GET /models only
    url = f"http://127.0.0.1:{_free_port()}/v1"
    dead = OpenAIBackend(OpenAIBackendConfig(model="m", base_url=url, max_retries=3))
    with pytest.raises(BackendError, match=f"no server answers at {url}/models"):
        dead.probe()
    assert dead.usage.retries == 0


def test_make_backend_openai_needs_a_model():
    with pytest.raises(ConfigError, match="needs.*model"):
        make_backend("openai", base_url="http://127.0.0.1:9/v1")


def test_without_a_key_no_authorization_header_is_sent(server, monkeypatch):
    for name in ("OPENAI_API_KEY", "LEARNAT_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    backend = _backend(server)
    backend.probe()
    backend.generate(["q"], GREEDY)
    assert len(server.headers_seen) == 1 and "Authorization" not in server.headers_seen[0]


def test_ctrl_c_cancels_the_requests_in_flight(server):
    # Ctrl-C as in a terminal, even where the test runner was started with SIGINT ignored (a background job).
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        _interrupt_held_requests(server)
    finally:
        signal.signal(signal.SIGINT, previous)


def _interrupt_held_requests(server) -> None:
    server.hold_after = 0  # every request is held until the server is released
    backend = _backend(server, timeout=600.0, max_retries=0, concurrency=2)  # waiting on them would hang here

    def interrupt_once_both_are_held() -> None:
        while server.in_flight < 2:
            time.sleep(0.01)
        signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)  # Ctrl-C

    threading.Thread(target=interrupt_once_both_are_held, daemon=True).start()
    with pytest.raises(KeyboardInterrupt):
        backend.generate(["q1", "q2"], GREEDY)
    assert server.in_flight == 2 and server.exchanges == []  # stopped while the server still held both
