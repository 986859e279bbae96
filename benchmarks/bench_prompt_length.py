"""Benchmark: what prompt length costs at evaluation on a CPU, through the kit's inference pipeline.

The same model answers the same ``--n`` Spider dev questions (``evaluation_set``, seed 0) twice with
``run_inference``: once with the released prompt layout (``learnat`` schema text and the nine admin
instructions, the baseline) and once with the ``cpu`` profile's (``compact`` schema, no instructions).
Both use mode ``--mode``, greedy decoding, ``--batch-size`` and ``--max-new-tokens``, and no completion
cache. Prints mean prompt and answer tokens, seconds per question of each, and the ratio.

    python benchmarks/bench_prompt_length.py [--n 32] [--mode decomposition] [--batch-size 16]
        [--max-new-tokens 160] [--model SPEC]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from learnat_core.evaluation.predictions import read_records
from learnat_core.inference import InferenceConfig, run_inference
from learnat_core.llm import open_model
from learnat_core.studies.model_eval import evaluation_set

LAYOUTS = {"released (learnat schema + instructions)": {"schema_style": "learnat", "instructions": True},
           "cpu profile (compact schema, no instructions)": {"schema_style": "compact", "instructions": False}}


def main(args: argparse.Namespace) -> None:
    """Time both prompt layouts and print the measurements."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    split, examples = evaluation_set("spider", "dev", args.n, seed=0)
    backend = open_model("hf", args.model, cached=False)
    seconds = {}
    print(f"model {args.model}; {len(examples)} Spider dev questions, mode {args.mode}, batch {args.batch_size}, "
          f"greedy, max_new_tokens {args.max_new_tokens}")
    with tempfile.TemporaryDirectory(prefix="learnat-bench-prompts-") as folder:
        for name, layout in LAYOUTS.items():
            config = InferenceConfig(mode=args.mode, sample_values=0, demo_k=0, retries=0,
                                     batch_size=args.batch_size, max_new_tokens=args.max_new_tokens, **layout)
            out = Path(folder) / f"{layout['schema_style']}.jsonl"
            start = time.perf_counter()
            run_inference(examples, backend, config, out, split=split, progress=False)
            seconds[name] = time.perf_counter() - start
            records = read_records(out)
            prompt = sum(r.prompt_tokens for r in records) / len(records)
            answer = sum(r.completion_tokens for r in records) / len(records)
            print(f"{name}: prompt {prompt:.0f} tokens, answer {answer:.0f} tokens, "
                  f"{seconds[name] / len(records):.2f} s/question ({seconds[name]:.1f} s)")
    baseline, short = seconds.values()
    print(f"released / cpu-profile time: {baseline / short:.2f}x")


def make_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=32, help="how many Spider dev questions")
    parser.add_argument("--mode", default="decomposition", choices=("direct", "decomposition"))
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--max-new-tokens", type=int, default=160)
    parser.add_argument("--model", default="smollm2-135m-instruct", help="a model spec as for open_model")
    return parser


if __name__ == "__main__":
    main(make_parser().parse_args())
