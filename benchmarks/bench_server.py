"""Benchmark: synthesis and inference against an OpenAI-compatible server at 1, 4 and 16 calls in flight.

The server is the tests' scripted one (``tests/openai_server.py``): real HTTP on 127.0.0.1, in this process,
answering every chat request after a fixed ``--latency`` (default 50 ms), so the client's concurrency shows.
Synthesis: ``--n`` Spider train questions searched by the LLM proposer (``synthesize(..., workers=W)``); the
server's reply is the gold SQL as one step, so each question costs one call. Inference: ``--n`` Spider dev
questions in direct mode, one batch, the backend's ``concurrency=W``. Printed per run: questions/s, the most
calls the server had in flight at once, and the questions/s as a ratio to the first worker count (1).

    python benchmarks/bench_server.py [--n 64] [--latency 0.05] [--workers 1 4 16]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from learnat_core.data import DataSplit, Example, locate
from learnat_core.inference.config import InferenceConfig
from learnat_core.inference.pipeline import run_inference
from learnat_core.llm import OpenAIBackend, OpenAIBackendConfig
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.proposers import LLMProposer
from learnat_core.synthesis.runner import synthesize

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from openai_server import Answer, OpenAIServer, sql_answers, synthesis_step  # noqa: E402 (the tests' server)

Run = Callable[[list[Example], DataSplit, OpenAIBackend, int, Path], None]


def _synthesis(examples: list[Example], split: DataSplit, backend: OpenAIBackend, workers: int, out: Path) -> None:
    synthesize(examples, LLMProposer(backend), SynthesisConfig(), out, split=split, rounds=1, workers=workers,
               progress=False)


def _inference(examples: list[Example], split: DataSplit, backend: OpenAIBackend, workers: int, out: Path) -> None:
    config = InferenceConfig(mode="direct", retries=0, batch_size=len(examples))
    run_inference(examples, backend, config, out / "pred.jsonl", split=split, progress=False)


def measure(run: Run, answer: Answer, examples: list[Example], split: DataSplit, workers: int,
            latency: float) -> tuple[float, int]:
    """Questions/s of one run at ``workers``, and the most calls the server had in flight."""
    with OpenAIServer(answer, latency=latency) as server, tempfile.TemporaryDirectory() as out:
        backend = OpenAIBackend(OpenAIBackendConfig(model="served", base_url=server.url, concurrency=workers))
        started = time.perf_counter()
        run(examples, split, backend, workers, Path(out))
        seconds = time.perf_counter() - started
        assert sum(server.answered().values()) >= len(examples), "a question was not answered"
        return len(examples) / seconds, server.max_in_flight


def main(argv: Sequence[str] | None = None) -> None:
    """Measure both stages at each worker count; print questions/s, calls in flight and the ratio to 1 worker."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=64, help="questions per run (default 64)")
    parser.add_argument("--latency", type=float, default=0.05, help="server seconds per request (default 0.05)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 4, 16], help="worker counts (default 1 4 16)")
    parser.add_argument("--data-root", default=None, help="data root (default: the bundled Spider subset)")
    args = parser.parse_args(argv)

    train, dev = locate("spider", "train", args.data_root), locate("spider", "dev", args.data_root)
    searched, asked = train.load()[: args.n], dev.load()[: args.n]
    stages = (("synthesis", _synthesis, synthesis_step, train, searched),
              ("inference", _inference, sql_answers({e.question: e.gold_sql for e in asked}), dev, asked))
    print(f"{args.n} questions per run, server latency {args.latency * 1000:.0f} ms per request")
    print(f"{'stage':<10} {'workers':>7} {'questions/s':>12} {'max in flight':>14} {f'ratio to {args.workers[0]}':>11}")
    for name, run, answer, split, examples in stages:
        rates = {}
        for workers in args.workers:
            rates[workers], in_flight = measure(run, answer, examples, split, workers, args.latency)
            ratio = rates[workers] / rates[args.workers[0]]
            print(f"{name:<10} {workers:>7} {rates[workers]:>12.1f} {in_flight:>14} {ratio:>10.2f}×")


if __name__ == "__main__":
    main()
