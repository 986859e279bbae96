"""Benchmark: continuous batching (a finished row takes the next prompt at once) against padded batches
(``model.generate`` on one batch at a time) for greedy answers, on the same questions in the same run.

The questions and prompts are bench_generation's (Spider dev, seed 0, compact schema); the budget is the
cpu profile's evaluation budget (192 new tokens). Prints each engine's time and tokens/s, the ratio of
the padded time to each continuous one, and how many answers are the same text.

    python benchmarks/bench_batching.py [--n 100] [--max-new-tokens 192] [--batch-size 16] [--slots 16 32]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import time

from bench_generation import build_prompts, sample_questions

from learnat_core.llm import GenerationConfig, HFBackend, HFBackendConfig


def timed(backend: HFBackend, prompts: list, config: GenerationConfig) -> tuple[float, list[str], int]:
    """Seconds, answer texts and completion tokens of one greedy pass."""
    start = time.perf_counter()
    answers = backend.generate(prompts, config)
    seconds = time.perf_counter() - start
    return seconds, [a[0].text for a in answers], sum(a[0].completion_tokens for a in answers)


def main(args: argparse.Namespace) -> None:
    """Run the padded pass, then one continuous pass per slot count, and print the ratios."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    prompts = build_prompts(sample_questions(args.n))
    padded = HFBackend(HFBackendConfig(model=args.model, batching="padded", progress=False))
    config = GenerationConfig(max_new_tokens=args.max_new_tokens, batch_size=args.batch_size)
    base_seconds, base_texts, tokens = timed(padded, prompts, config)
    print(f"model {args.model} ({padded.device}, {padded.dtype}); {len(prompts)} questions, greedy, "
          f"max_new_tokens {args.max_new_tokens}, {tokens} completion tokens")
    print(f"padded batches of {args.batch_size}: {base_seconds:.1f} s, {tokens / base_seconds:.1f} tokens/s")
    continuous = HFBackend(dataclasses.replace(padded.config, batching="continuous"))
    for slots in args.slots:
        seconds, texts, tokens = timed(continuous, prompts, dataclasses.replace(config, batch_size=slots))
        same = sum(a == b for a, b in zip(texts, base_texts))
        print(f"continuous, {slots} rows: {seconds:.1f} s, {tokens / seconds:.1f} tokens/s; "
              f"padded / continuous {base_seconds / seconds:.2f}x; same answer {same}/{len(prompts)}")


def make_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100, help="how many Spider dev questions")
    parser.add_argument("--max-new-tokens", type=int, default=192)
    parser.add_argument("--batch-size", type=int, default=16, help="rows per padded batch")
    parser.add_argument("--slots", type=int, nargs="+", default=[16, 32], help="rows of the continuous batch")
    parser.add_argument("--model", default="smollm2-135m-instruct", help="a model spec as for HFBackendConfig")
    return parser


if __name__ == "__main__":
    main(make_parser().parse_args())
