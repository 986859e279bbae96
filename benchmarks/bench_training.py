"""Benchmark: training throughput and peak memory of SFT and MDPO, and MDPO with reference log-probs
precomputed once against a reference forward at every step, in the same run.

Data (bundled Spider train, ``random.Random(0)`` order): the SFT examples are the prompt of
the kit's first CPU probe (a short system instruction, the compact schema and the question) answered by
the gold SQL; an MDPO pair asks the same, prefers the gold SQL as one "Sub question 1 / SubSQL1" step
over the gold SQL of the next question (a wrong query) with a margin in (0, 1]. Of those that fit
``--max-length`` tokens (MDPO prompts: 64 fewer), exactly one epoch of ``--steps`` batches is kept, so
precomputing covers the same pairs as the per-step reference. Each measurement runs in a fresh process
(so its peak memory is its own), with LoRA (r 16) and the given precision, for ``--steps`` optimizer steps:

* ``sft``: batch ``--sft-batch`` examples;
* ``mdpo-precomputed``: batch ``--mdpo-batch`` pairs, reference log-probs computed before training;
* ``mdpo-per-step``: the same with a reference forward in every step.

Printed per measurement: wall time of the whole call (model load, data, reference precompute, training,
merge), the training loop's seconds and non-padding input tokens/s, and peak RSS; then the ratios
per-step / precomputed of the loop time and of the whole call.

    python benchmarks/bench_training.py [--model smollm2-135m-instruct|tiny|FOLDER] [--steps 8]
        [--sft-batch 8] [--mdpo-batch 4] [--max-length 384] [--bf16 off|on|auto] [--threads N]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import multiprocessing
import os
import random
import tempfile
import time
from pathlib import Path

from learnat_core.data import load_examples, load_schemas, locate, schema_text
from learnat_core.llm.models import resolve_model
from learnat_core.training.data import PreferencePair, SFTRecord, fit_pairs, fit_sft, write_records

SYSTEM = "Translate the question into one SQLite query for the schema. Reply with the SQL only."
MEASUREMENTS = ("sft", "mdpo-precomputed", "mdpo-per-step")


def build_data(folder: Path, model: str, args: argparse.Namespace) -> tuple[Path, Path]:
    """Write ``--steps`` batches of SFT records and of preference pairs from Spider train into ``folder``."""
    from transformers import AutoTokenizer

    examples = load_examples("spider", "train")
    random.Random(0).shuffle(examples)
    examples = examples[: 2 * args.steps * max(args.sft_batch, args.mdpo_batch) + 1]
    schemas = load_schemas(locate("spider", "train"))
    records, pairs = [], []
    rng = random.Random(0)
    for example, other in zip(examples, examples[1:]):
        prompt = ({"role": "system", "content": SYSTEM}, {"role": "user", "content": (
            f"Schema:\n{schema_text(schemas[example.db_id], style='compact')}\nQuestion: {example.question}")})
        records.append(SFTRecord(example.id, example.db_id, "gold", (*prompt, {"role": "assistant",
                                 "content": example.gold_sql})))
        step = "Sub question 1: {question}\nSubSQL1:\n```sql\n{sql}\n```"
        margin = round(rng.uniform(0.05, 1.0), 3)
        pairs.append(PreferencePair(example.id, example.db_id, "gold", 0, prompt, "",
                                    step.format(question=example.question, sql=example.gold_sql),
                                    step.format(question=example.question, sql=other.gold_sql),
                                    margin, 0.0, margin, "invalid", chosen_final=True, rejected_final=True))
    tokenizer = AutoTokenizer.from_pretrained(model)
    records = fit_sft(records, tokenizer, args.max_length).kept[: args.steps * args.sft_batch]
    pairs = fit_pairs(pairs, tokenizer, args.max_length, args.max_length - 64).kept[: args.steps * args.mdpo_batch]
    return write_records(folder / "sft.jsonl", records), write_records(folder / "pairs.jsonl", pairs)


def measure(kind: str, options: dict) -> dict:
    """Train one measurement in this process; returns its timings and memory."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from learnat_core.training.mdpo import MDPORunConfig, train_mdpo
    from learnat_core.training.sft import SFTRunConfig, train_sft

    common = {"output_dir": str(Path(options["work"]) / kind), "max_steps": options["steps"],
              "max_length": options["max_length"], "bf16": options["bf16"], "cpu_threads": options["threads"],
              "logging_steps": 1, "save_steps": options["steps"], "disable_tqdm": True}
    start = time.perf_counter()
    if kind == "sft":
        config = SFTRunConfig(model=options["model"], per_device_train_batch_size=options["sft_batch"], **common)
        result = train_sft(config, options["sft_file"])
    else:
        config = MDPORunConfig(per_device_train_batch_size=options["mdpo_batch"],
                               max_prompt_length=options["max_length"] - 64,
                               precompute_ref_log_probs=kind == "mdpo-precomputed", **common)
        result = train_mdpo(config, options["pairs_file"], options["model"])
    return {"kind": kind, "wall": time.perf_counter() - start, "loop": result.seconds, "tokens": result.tokens,
            "tokens_per_second": result.tokens_per_second, "peak_rss_mb": result.peak_rss_mb,
            "examples": result.examples, "dropped": result.dropped}


def main(args: argparse.Namespace) -> None:
    """Run the three measurements, each in its own process, and print them."""
    model = resolve_model(args.model)
    with tempfile.TemporaryDirectory(prefix="learnat-bench-training-") as work:
        sft_file, pairs_file = build_data(Path(work), model, args)
        options = {"work": work, "model": model, "steps": args.steps, "max_length": args.max_length,
                   "bf16": args.bf16, "threads": args.threads, "sft_batch": args.sft_batch,
                   "mdpo_batch": args.mdpo_batch, "sft_file": str(sft_file), "pairs_file": str(pairs_file)}
        results = {}
        for kind in MEASUREMENTS:
            spawn = multiprocessing.get_context("spawn")
            with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
                results[kind] = pool.submit(measure, kind, options).result()
    print(f"model {args.model}; {args.steps} steps; max_length {args.max_length}; bf16 {args.bf16}; "
          f"threads {args.threads or 'default'}; SFT batch {args.sft_batch}, MDPO batch {args.mdpo_batch} pairs")
    print(f"{'run':<18}{'wall s':>9}{'loop s':>9}{'tokens':>9}{'tok/s':>9}{'peak RSS MB':>13}  kept / dropped")
    for kind, row in results.items():
        print(f"{kind:<18}{row['wall']:>9.1f}{row['loop']:>9.1f}{row['tokens']:>9}{row['tokens_per_second']:>9.1f}"
              f"{row['peak_rss_mb']:>13.0f}  {row['examples']} / {row['dropped']}")
    pre, per_step = results["mdpo-precomputed"], results["mdpo-per-step"]
    print(f"MDPO per-step / precomputed reference: loop time {per_step['loop'] / pre['loop']:.2f}x, "
          f"whole call {per_step['wall'] / pre['wall']:.2f}x")
    print(f"MDPO (precomputed) / SFT tokens/s: {pre['tokens_per_second'] / results['sft']['tokens_per_second']:.2f}x")


def make_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="smollm2-135m-instruct", help="a model spec as for SFTRunConfig.model")
    parser.add_argument("--steps", type=int, default=8, help="optimizer steps per measurement")
    parser.add_argument("--sft-batch", type=int, default=8)
    parser.add_argument("--mdpo-batch", type=int, default=4)
    parser.add_argument("--max-length", type=int, default=384)
    parser.add_argument("--bf16", default="off", choices=("auto", "on", "off"))
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: torch's)")
    return parser


if __name__ == "__main__":
    main(make_parser().parse_args())
