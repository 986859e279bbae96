"""Dynamic batching: concurrent calls of threads share one call of the wrapped backend, each gets its own answers,
calls with other settings are kept apart, and an error reaches every caller of its batch."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import pytest

from learnat_core.errors import ConfigError
from learnat_core.llm import BackendError, BatchingBackend, Completion, GenerationConfig, make_backend
from learnat_core.llm.base import Backend, as_messages


class _Echo(Backend):
    """Answers each prompt with its own text after ``delay`` seconds; records every call's prompts and config."""

    name = "echo"

    def __init__(self, delay: float = 0.05, fail: str | None = None) -> None:
        super().__init__("echo-model")
        self.delay, self.fail = delay, fail
        self.calls: list[tuple[list, GenerationConfig]] = []
        self._lock = threading.Lock()

    def generate(self, prompts: Sequence, config: GenerationConfig | None = None) -> list[list[Completion]]:
        with self._lock:
            self.calls.append((list(prompts), config))
        time.sleep(self.delay)
        texts = [as_messages(prompt)[-1]["content"] for prompt in prompts]
        if self.fail in texts:
            raise BackendError(f"cannot answer {self.fail}")
        return [[Completion(f"{text}#{i}", 1, 1, 0.0, "stop") for i in range(config.n)] for text in texts]

    def count_tokens(self, prompt) -> int:
        return 1


def _ask_at_once(backend: Backend, asks: list[tuple[list[str], GenerationConfig]]) -> list:
    """Each ask from its own thread, all released together; each thread's answers or error, in ask order."""
    start = threading.Barrier(len(asks))

    def ask(item: tuple[list[str], GenerationConfig]):
        start.wait()
        try:
            return backend.generate(*item)
        except BackendError as error:
            return error

    with ThreadPoolExecutor(max_workers=len(asks)) as pool:
        return list(pool.map(ask, asks))


def test_concurrent_calls_share_one_call_and_each_gets_its_own_answers():
    inner = _Echo()
    asks = [([f"q{i}", f"r{i}"], GenerationConfig(n=2, do_sample=True, seed=i)) for i in range(8)]
    answers = _ask_at_once(BatchingBackend(inner, gather_seconds=0.2), asks)
    assert [[[c.text for c in cs] for cs in got] for got in answers] == [
        [[f"q{i}#0", f"q{i}#1"], [f"r{i}#0", f"r{i}#1"]] for i in range(8)]
    assert len(inner.calls) == 1 and len(inner.calls[0][0]) == 16
    assert inner.calls[0][1].n == 2 and inner.calls[0][1].seed in range(8)  # one caller's seed samples the batch


def test_calls_with_other_settings_or_beyond_the_limit_go_in_other_batches():
    inner = _Echo()
    greedy, longer = GenerationConfig(max_new_tokens=8), GenerationConfig(max_new_tokens=64)
    asks = [([f"a{i}"], greedy) for i in range(4)] + [([f"b{i}"], longer) for i in range(2)]
    answers = _ask_at_once(BatchingBackend(inner, gather_seconds=0.2, max_prompts=3), asks)
    assert [got[0][0].text for got in answers] == [f"a{i}#0" for i in range(4)] + ["b0#0", "b1#0"]
    sizes = sorted((config.max_new_tokens, len(prompts)) for prompts, config in inner.calls)
    assert sizes == [(8, 1), (8, 3), (64, 2)]


def test_an_error_reaches_every_caller_of_its_batch_and_the_next_batch_runs():
    inner = _Echo(fail="bad")
    backend = BatchingBackend(inner, gather_seconds=0.2)
    answers = _ask_at_once(backend, [(["bad"], GenerationConfig()), (["good"], GenerationConfig())])
    assert all(isinstance(got, BackendError) and "cannot answer bad" in str(got) for got in answers)
    assert backend.generate(["good"])[0][0].text == "good#0"
    with pytest.raises(ConfigError, match="max_prompts"):
        BatchingBackend(inner, max_prompts=0)


def test_greedy_answers_of_the_real_tiny_model_do_not_depend_on_the_batch():
    tiny = make_backend("hf", model="tiny", progress=False)
    questions = ["How many singers?", "List all stadium names.", "hi", "Which concerts were held in 2014?"]
    config = GenerationConfig(max_new_tokens=6)
    alone = [tiny.generate([question], config)[0][0].text for question in questions]
    batched = _ask_at_once(BatchingBackend(tiny, gather_seconds=0.3), [([q], config) for q in questions])
    assert [got[0][0].text for got in batched] == alone
    assert tiny.usage.calls < 2 * len(questions)  # the four threaded calls ran in fewer than four model calls
