"""An OpenAI-compatible HTTP server on 127.0.0.1 (ephemeral port, one thread per request) with scripted replies,
for the tests and ``benchmarks/bench_server.py``: the real protocol, no model.

``GET /v1/models`` lists the served model; ``POST /v1/chat/completions`` answers ``n`` choices written by an
``Answer`` function of the messages, with usage counts. Replies in ``script`` are served first, in order
(``rate_limit`` queues 429s with a Retry-After); ``hold_after`` holds the chat requests after that many until
``release``; ``latency`` delays every answer. Every finished request is logged as an ``Exchange``, keyed by
the question it asks (``question_of``), and the server counts the requests it had in flight at once.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Answer = Callable[[list[dict], int], str]
"""The text of choice ``index`` for a request's messages."""

PROMPT_TOKENS = 11  # usage sent for every answered request
TIMER_SLACK = 0.01
"""Seconds an asyncio timer may fire early (the event loop rounds to its clock resolution): a retry after a
Retry-After of w is due no sooner than w − TIMER_SLACK after the refusal."""
COMPLETION_TOKENS = 5  # per choice
_QUESTION = re.compile(r"【Question】\n(.*?)\n\n【Evidence】", re.S)
_GOLD = re.compile(r"【SQL】\n(.*?)\n\n【Sub Questions】", re.S)


def question_of(messages: list[dict]) -> str:
    """The target question of a kit prompt (the last 【Question】 section), else the last message's text."""
    content = messages[-1]["content"]
    found = _QUESTION.findall(content)
    return found[-1].strip() if found else content


def echo(messages: list[dict], index: int) -> str:
    """``SELECT <index> -- <last message>``."""
    return f"SELECT {index} -- {messages[-1]['content']}"


def synthesis_step(messages: list[dict], index: int) -> str:
    """A ``synthesis_step`` reply that solves the question in one step: the gold SQL shown in the prompt."""
    gold = _GOLD.findall(messages[-1]["content"])[-1].strip()
    return json.dumps({"sub_query": f"Sub question 1: {question_of(messages)}", "sub_sql": f"```sql\n{gold}\n```"})


def sql_answers(answers: Mapping[str, str]) -> Answer:
    """Answers a direct-mode inference prompt with ``answers[question]`` in a ```sql block."""
    return lambda messages, index: f"```sql\n{answers[question_of(messages)]}\n```"


@dataclass(frozen=True)
class Exchange:
    """One finished chat request: its question, status, monotonic arrival and answer times, and usage sent."""

    key: str
    status: int
    received: float
    answered: float
    retry_after: float | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0


class OpenAIServer(ThreadingHTTPServer):
    """The server; ``with OpenAIServer(...) as server`` serves from a thread until the block ends."""

    daemon_threads = True
    request_queue_size = 128  # socketserver's 5 drops connections beyond it, which the client retries 1 s later

    def __init__(self, answer: Answer = echo, *, model: str = "served", latency: float = 0.0,
                 hold_after: int | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answer = answer
        self.model = model
        self.latency = latency
        self.hold_after = hold_after
        self.released = threading.Event()
        self.script: deque[tuple[int, dict[str, str], dict]] = deque()
        self.requests: list[dict] = []
        self.headers_seen: list[dict[str, str]] = []
        self.exchanges: list[Exchange] = []
        self.honour_n = True
        self.send_usage = True
        self.delay_first = 0.0
        self.barrier: threading.Barrier | None = None
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The base URL a client is given, ``http://127.0.0.1:<port>/v1``."""
        return f"http://127.0.0.1:{self.server_address[1]}/v1"

    def __enter__(self) -> OpenAIServer:
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def rate_limit(self, count: int, retry_after: float) -> None:
        """Answer the next ``count`` chat requests with 429 and ``Retry-After: retry_after``."""
        reply = (429, {"Retry-After": f"{retry_after:g}"}, {"error": {"message": "rate limit reached"}})
        self.script.extend([reply] * count)

    def release(self) -> None:
        """Fail the held requests (500) and answer every later one."""
        with self.lock:
            self.hold_after = None
        self.released.set()

    def answered(self) -> Counter[str]:
        """How many requests of each question were answered with a completion (status 200)."""
        return Counter(exchange.key for exchange in self.exchanges if exchange.status == 200)

    def tokens_sent(self) -> int:
        """Prompt plus completion tokens of every usage the server sent."""
        return sum(exchange.prompt_tokens + exchange.completion_tokens for exchange in self.exchanges)

    def reply(self, payload: dict) -> tuple[int, dict[str, str], dict]:
        """A completion with ``n`` choices (one unless ``honour_n``) written by ``answer``."""
        n = payload.get("n", 1) if self.honour_n else 1
        choices = [{"index": i, "message": {"role": "assistant", "content": self.answer(payload["messages"], i)},
                    "finish_reason": "stop"} for i in range(n)]
        body: dict = {"object": "chat.completion", "model": self.model, "choices": choices}
        if self.send_usage:
            completion = COMPLETION_TOKENS * n
            body["usage"] = {"prompt_tokens": PROMPT_TOKENS, "completion_tokens": completion,
                             "total_tokens": PROMPT_TOKENS + completion}
        return 200, {}, body


class _Handler(BaseHTTPRequestHandler):
    server: OpenAIServer

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path.rstrip("/") == "/v1/models":
            self._send(200, {}, {"object": "list", "data": [{"id": self.server.model, "object": "model"}]})
        else:
            self._send(404, {}, {"error": {"message": f"no route {self.path}"}})

    def do_POST(self) -> None:  # noqa: N802
        server = self.server
        received = time.monotonic()
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with server.lock:
            server.in_flight += 1
            server.max_in_flight = max(server.max_in_flight, server.in_flight)
            server.requests.append(payload)
            server.headers_seen.append(dict(self.headers))
            number = len(server.requests)
            scripted = server.script.popleft() if server.script else None
            held = scripted is None and server.hold_after is not None and number > server.hold_after
        try:
            if server.barrier is not None:
                server.barrier.wait(timeout=30)
            if number == 1 and server.delay_first:
                time.sleep(server.delay_first)
            time.sleep(server.latency)
            if held:
                server.released.wait()
                scripted = (500, {}, {"error": {"message": "released"}})
            status, headers, body = scripted or server.reply(payload)
        finally:
            with server.lock:  # before answering, so the client cannot have sent its next request yet
                server.in_flight -= 1
        if self.path != "/v1/chat/completions":
            status, headers, body = 404, {}, {"error": {"message": f"no route {self.path}"}}
        usage = body.get("usage", {})
        retry_after = headers.get("Retry-After")
        exchange = Exchange(question_of(payload["messages"]), status, received, time.monotonic(),
                            None if retry_after is None else float(retry_after), usage.get("prompt_tokens", 0),
                            usage.get("completion_tokens", 0))
        with server.lock:
            server.exchanges.append(exchange)
        self._send(status, headers, body)

    def _send(self, status: int, headers: dict[str, str], body: dict) -> None:
        data = json.dumps(body).encode()
        try:
            self.send_response(status)
            for name, value in {**headers, "Content-Type": "application/json",
                                "Content-Length": str(len(data))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up on a slow reply, or was killed
            pass

    def log_message(self, *args: object) -> None:
        """Quiet."""
