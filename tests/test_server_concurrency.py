"""``learnat synthesize --proposer llm`` and ``learnat infer`` against an OpenAI-compatible server on 127.0.0.1
with many calls in flight: every question answered once, tokens as the server counted them, 429s retried no
sooner than their Retry-After, and a run killed with SIGKILL resumed with nothing redone or lost."""

from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path

from cli_process import run_learnat, start_learnat
from openai_server import TIMER_SLACK, OpenAIServer, sql_answers, synthesis_step

from learnat_core.data import Example, locate

WORKERS = 16
RETRY_AFTER = 0.3  # seconds


def _distinct(examples: list[Example], count: int) -> list[Example]:
    """The first ``count`` examples, whose question texts (the server's keys) are all different."""
    chosen = examples[:count]
    assert len({example.question for example in chosen}) == count
    return chosen


def _assert_retries_waited(server: OpenAIServer, rate_limited: int) -> None:
    """Each 429 was answered, and the same question was asked again no sooner than its Retry-After."""
    limited = [exchange for exchange in server.exchanges if exchange.status == 429]
    assert len(limited) == rate_limited
    for refused in limited:
        later = [exchange.received for exchange in server.exchanges
                 if exchange.key == refused.key and exchange.received > refused.answered]
        assert later and min(later) >= refused.answered + refused.retry_after - TIMER_SLACK, refused


def test_synthesis_at_16_workers_is_killed_and_resumed_with_nothing_redone(tmp_path: Path,
                                                                          bundled_root: Path) -> None:
    examples = _distinct(locate("spider", "train", bundled_root).load(), 40)
    done_before_kill = 10
    server = OpenAIServer(synthesis_step, hold_after=WORKERS + done_before_kill)  # the 429s count as requests
    server.rate_limit(WORKERS, RETRY_AFTER)
    out = tmp_path / "synthesis"
    argv = ("synthesize", "--dataset", "spider", "--split", "train", "--data-root", str(bundled_root),
            "--ids", ",".join(example.id for example in examples), "--proposer", "llm", "--backend", "openai",
            "--model", "served", "--base-url", server.url, "--parallel", str(WORKERS), "--rounds", "1",
            "--out-dir", str(out), "--no-progress")
    with server:
        process = start_learnat(*argv)
        trees = out / "trees"
        while process.poll() is None and len(list(trees.glob("*.json"))) < done_before_kill:
            time.sleep(0.05)  # until the answered questions are written; the next requests are held
        process.kill()
        process.communicate(timeout=60)
        written = {path.stem for path in trees.glob("*.json")}
        assert len(written) == done_before_kill and sum(server.answered().values()) == done_before_kill
        server.release()

        rerun = run_learnat(*argv)
        assert rerun.returncode == 0, rerun.stderr
        assert "40/40 searched questions solved" in rerun.stdout
    assert server.answered() == {example.question: 1 for example in examples}  # nothing redone, nothing lost
    assert {path.stem for path in trees.glob("*.json")} == {example.id for example in examples}
    _assert_retries_waited(server, WORKERS)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["prompt_tokens"] + summary["completion_tokens"] == server.tokens_sent() > 0


def test_inference_with_16_calls_in_flight(tmp_path: Path, bundled_root: Path) -> None:
    examples = _distinct(locate("spider", "dev", bundled_root).load(), 3 * WORKERS)
    server = OpenAIServer(sql_answers({example.question: example.gold_sql for example in examples}))
    server.barrier = threading.Barrier(WORKERS)  # a request is answered once 16 are in flight together
    server.rate_limit(WORKERS, RETRY_AFTER)
    out = tmp_path / "pred.jsonl"
    with server:
        result = run_learnat("infer", "--dataset", "spider", "--data-root", str(bundled_root),
                             "--limit", str(len(examples)), "--model", "served", "--backend", "openai",
                             "--base-url", server.url, "--backend-option", f"concurrency={WORKERS}", "--mode", "direct",
                             "--retries", "0", "--batch-size", str(len(examples)), "--workers", "1", "--out", str(out),
                             "--no-progress")
    assert result.returncode == 0, result.stderr
    assert server.max_in_flight == WORKERS
    assert server.answered() == {example.question: 1 for example in examples}
    _assert_retries_waited(server, WORKERS)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(record["id"] for record in records) == sorted(example.id for example in examples)
    assert sum(record["prompt_tokens"] + record["completion_tokens"] for record in records) == server.tokens_sent()
    assert re.search(rf"^ +all +{len(examples)} +100\.0 ", result.stdout, re.M), result.stdout  # each the gold SQL
