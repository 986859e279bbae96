"""Benchmark: local generation throughput, and the replay of the same answers from the completion cache.

Takes ``--n`` Spider dev questions (the kit's first CPU probe's sample: ``random.Random(0)`` over the
questions not on ``wta_1``, sorted), asks the model for the SQL with a short system instruction and the
compact schema, greedy, in batches of ``--batch-size``, through a CachedBackend on a fresh cache
folder; then asks again, which is served from disk. Prints tokens/s of the first pass, the replay time
and the ratio of the two times.

    python benchmarks/bench_generation.py [--n 100] [--max-new-tokens 64] [--batch-size 8] [--model SPEC]
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time

from learnat_core.data import Example, load_examples, load_schemas, locate, schema_text
from learnat_core.llm import CachedBackend, GenerationConfig, HFBackend, HFBackendConfig, Prompt

SYSTEM = "Translate the question into one SQLite query for the schema. Reply with the SQL only."


def sample_questions(n: int) -> list[Example]:
    """``n`` Spider dev questions drawn with seed 0 from those not on wta_1, in file order."""
    examples = [example for example in load_examples("spider", "dev") if example.db_id != "wta_1"]
    chosen = sorted(random.Random(0).sample(range(len(examples)), min(n, len(examples))))
    return [examples[index] for index in chosen]


def build_prompts(examples: list[Example]) -> list[Prompt]:
    """A system instruction plus the compact schema and the question, as chat messages."""
    schemas = load_schemas(locate("spider", "dev"))
    return [
        [
            {"role": "system", "content": SYSTEM},
            {
                "role": "user",
                "content": f"Schema:\n{schema_text(schemas[ex.db_id], style='compact')}\nQuestion: {ex.question}",
            },
        ]
        for ex in examples
    ]


def main(args: argparse.Namespace) -> None:
    """Run both passes and print the measurements."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    prompts = build_prompts(sample_questions(args.n))
    config = GenerationConfig(max_new_tokens=args.max_new_tokens, batch_size=args.batch_size)

    # Model
    start = time.perf_counter()
    backend = HFBackend(HFBackendConfig(model=args.model))
    load_seconds = time.perf_counter() - start

    with tempfile.TemporaryDirectory(prefix="learnat-bench-cache-") as cache_dir:
        cached = CachedBackend(backend, cache_dir)
        # Generation
        start = time.perf_counter()
        first = cached.generate(prompts, config)
        generate_seconds = time.perf_counter() - start
        # Replay
        start = time.perf_counter()
        replay = cached.generate(prompts, config)
        replay_seconds = time.perf_counter() - start

    usage = backend.usage.as_dict()
    if not all(c.cached for cs in replay for c in cs) or [c.text for cs in replay for c in cs] != [
        c.text for cs in first for c in cs
    ]:
        raise RuntimeError("the second pass was not replayed from the cache")
    finished = sum(c.finish_reason == "stop" for cs in first for c in cs)
    print(f"model {args.model} ({backend.device}, {backend.dtype}); load {load_seconds:.1f} s")
    print(f"{len(prompts)} questions, batch {args.batch_size}, greedy, max_new_tokens {args.max_new_tokens}")
    print(f"prompt tokens {usage['prompt_tokens']}, completion tokens {usage['completion_tokens']}, "
          f"{finished} ended before the limit")
    print(f"generation: {generate_seconds:.2f} s, {usage['completion_tokens'] / generate_seconds:.1f} tokens/s, "
          f"{len(prompts) / generate_seconds:.2f} questions/s")
    print(f"replay from the cache: {replay_seconds:.3f} s ({usage['cache_hits']} hits)")
    print(f"generation / replay: {generate_seconds / replay_seconds:.0f}x")
    print(f"example answer: {first[0][0].text!r}")


def make_parser() -> argparse.ArgumentParser:
    """The command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100, help="how many Spider dev questions")
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--model", default="smollm2-135m-instruct", help="a model spec as for HFBackendConfig")
    return parser


if __name__ == "__main__":
    main(make_parser().parse_args())
