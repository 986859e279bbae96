"""Benchmark: the kit's evaluator against a sequential loop in the official scripts' structure.

Builds about ``--n`` Spider dev (gold, prediction) pairs, where the prediction is, by a fixed rule, the
gold itself, the gold of another question on the same database, or a broken query; scores them with
``evaluate_pairs`` (``spider`` semantics) and with a per-item loop that connects, runs the gold, runs the
prediction, compares with the same semantics and closes, as test-suite-sql-eval does (its connection
decodes text in Python, as the official one does); then prints both wall times (``--repeat`` alternating
runs, caches cleared before each), the speed-up of the medians and of the best runs (other processes only
ever slow a run down), and the share of identical verdicts (ex, gold/pred status, hardness). The loop
calls the kit's own rewrite, comparison and hardness code, so it shares the kit's token cache.

    python benchmarks/bench_evaluator.py [--n 1000] [--workers 2] [--repeat 3] [--data-root DIR]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from learnat_core.data import Example, locate
from learnat_core.evaluation.evaluator import Pair, db_path_for, evaluate_pairs
from learnat_core.evaluation.hardness import classify_hardness, hardness_counts, spider_hardness
from learnat_core.evaluation.query_text import tokenize
from learnat_core.evaluation.semantics import SpiderSemantics

_BROKEN = (
    "SELEC name FROM {table}",  # syntax error
    "SELECT no_such_column FROM {table}",
    "SELECT * FROM no_such_table",
    "SELECT count(* FROM {table}",  # unbalanced parenthesis
)


def build_pairs(examples: Sequence[Example], n: int) -> list[Pair]:
    """``n`` pairs cycling through ``examples``: 6 in 10 predict the gold, 3 in 10 the gold of the next
    question on the same database, 1 in 10 a broken query."""
    by_db: dict[str, list[Example]] = {}
    for example in examples:
        by_db.setdefault(example.db_id, []).append(example)
    pairs = []
    for i in range(n):
        example = examples[i % len(examples)]
        kind = i % 10
        if kind < 6:
            pred = example.gold_sql
        elif kind < 9:
            siblings = by_db[example.db_id]
            pred = siblings[(siblings.index(example) + 1) % len(siblings)].gold_sql
        else:
            pred = _BROKEN[(i // 10) % len(_BROKEN)].format(table=_first_table(example.gold_sql))
        pairs.append(Pair(id=f"{i}:{example.id}", db_id=example.db_id, gold=example.gold_sql, pred=pred))
    return pairs


def official_loop(pairs: Sequence[Pair], db_root: Path) -> list[tuple]:
    """Score pairs one by one in the official structure (connect, gold, pred, compare, close)."""
    rule = SpiderSemantics()
    verdicts = []
    for pair in pairs:
        gold_sql, pred_sql = rule.prepare(pair.gold), rule.prepare(pair.pred)
        connection = sqlite3.connect(db_path_for(db_root, pair.db_id).as_uri() + "?mode=ro", uri=True)
        connection.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
        gold_status, gold_rows = _fetch_all(connection, gold_sql)
        pred_status, pred_rows = _fetch_all(connection, pred_sql)
        connection.close()
        ex = int(gold_status == pred_status == "ok" and rule.equal(gold_rows, pred_rows, gold_sql))
        hardness = classify_hardness(hardness_counts(pair.gold))  # parsed per item, as the official does
        verdicts.append((ex, gold_status, pred_status, hardness))
    return verdicts


def main(argv: Sequence[str] | None = None) -> None:
    """Run both evaluators on the same pairs and print timings and agreement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="number of pairs (default 1000)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes for the kit (default 2)")
    parser.add_argument("--repeat", type=int, default=3, help="alternating runs of each; medians are shown")
    parser.add_argument("--data-root", default=None, help="data root holding spider/ (default: bundled)")
    args = parser.parse_args(argv)

    split = locate("spider", "dev", args.data_root)
    examples = [ex for ex in split.load() if split.db_path(ex.db_id).is_file()]
    pairs = build_pairs(examples, args.n)

    kit_times, baseline_times = [], []
    for _ in range(args.repeat):
        kit, seconds = _timed(lambda: evaluate_pairs(pairs, split.db_root, workers=args.workers, progress=False))
        kit_times.append(seconds)
        baseline, seconds = _timed(lambda: official_loop(pairs, split.db_root))
        baseline_times.append(seconds)

    same = sum((v.ex, v.gold_status, v.pred_status, v.hardness) == b for v, b in zip(kit, baseline))
    kit_seconds, baseline_seconds = statistics.median(kit_times), statistics.median(baseline_times)
    print(f"pairs: {len(pairs)} on {len({p.db_id for p in pairs})} databases ({split.db_root})")
    print(f"EX (kit): {100 * sum(v.ex for v in kit) / len(kit):.1f}%")
    print(f"kit evaluate_pairs, {args.workers} workers: {kit_seconds:.2f} s (runs: {_seconds(kit_times)})")
    print(f"official-structure sequential loop: {baseline_seconds:.2f} s (runs: {_seconds(baseline_times)})")
    best = min(baseline_times) / min(kit_times)
    print(f"speed-up: {baseline_seconds / kit_seconds:.1f}x (medians), {best:.1f}x (best runs)")
    print(f"identical verdicts: {same}/{len(pairs)} ({100 * same / len(pairs):.1f}%)")


def _timed(run: Callable[[], list]) -> tuple[list, float]:
    """Run with cold caches (token and hardness caches are cleared first); return the result and seconds."""
    tokenize.cache_clear()
    spider_hardness.cache_clear()
    started = time.perf_counter()
    result = run()
    return result, time.perf_counter() - started


def _seconds(times: list[float]) -> str:
    return ", ".join(f"{t:.2f}" for t in times)


def _fetch_all(connection: sqlite3.Connection, sql: str) -> tuple[str, list | None]:
    try:
        return "ok", connection.execute(sql).fetchall()
    except (sqlite3.Error, ValueError):
        return "error", None


def _first_table(sql: str) -> str:
    words = sql.replace("(", " ").split()
    lowered = [word.lower() for word in words]
    return words[lowered.index("from") + 1] if "from" in lowered else "sqlite_master"


if __name__ == "__main__":
    main()
