"""Benchmark: the kit's evaluator against the official ``eval_exec_match`` and a loop in its structure.

Builds ``--n`` Spider dev (gold, prediction) pairs, where the prediction is, by a fixed rule, the gold
itself, the gold of another question on the same database, a perturbation of the gold (a dropped or
flipped condition, another literal, ...: many return more rows than the gold), or a broken query; scores
them with ``evaluate_pairs`` (``spider`` semantics, default timeout) with and without early rejection,
and with a per-item loop that connects, runs the gold, runs the prediction, compares with the same
semantics and closes, as test-suite-sql-eval does (its connection decodes text in Python, as the official
one does). The loop calls the kit's own rewrite, comparison and hardness code, so it shares the kit's
token cache. With ``--official DIR``, a checkout of test-suite-sql-eval
(``git clone https://github.com/taoyds/test-suite-sql-eval``; the kit never ships it), its
``exec_eval.eval_exec_match`` is imported from there and timed on the same pairs too, one call per item as
its ``evaluation.py`` makes (plug_value and keep_distinct off). Prints every wall time (``--repeat``
alternating runs, caches cleared before each), the speed-ups of the medians and of the best runs (other
processes only ever slow a run down), and the verdicts that agree: ex, gold/pred status and hardness with
the loop and without early rejection, ex with the official function (an item it stops on, a gold query
that fails, is None there and counts as differing), listing the first items that differ.

    python benchmarks/bench_evaluator.py [--n 1500] [--workers 2] [--repeat 3] [--data-root DIR] [--official DIR]
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from learnat_core.data import Example, locate
from learnat_core.errors import SqlParseError
from learnat_core.evaluation.evaluator import Pair, Verdict, db_path_for, evaluate_pairs
from learnat_core.evaluation.hardness import classify_hardness, hardness_counts, spider_hardness
from learnat_core.evaluation.query_text import tokenize
from learnat_core.evaluation.semantics import SpiderSemantics
from learnat_core.sql_ast import perturbations

_SHOWN_DIFFERENCES = 5

_BROKEN = (
    "SELEC name FROM {table}",  # syntax error
    "SELECT no_such_column FROM {table}",
    "SELECT * FROM no_such_table",
    "SELECT count(* FROM {table}",  # unbalanced parenthesis
)


def build_pairs(examples: Sequence[Example], n: int) -> list[Pair]:
    """``n`` pairs cycling through ``examples``: 4 in 10 predict the gold, 2 in 10 the gold of the next
    question on the same database, 3 in 10 a perturbation of the gold drawn with seed ``i`` (that sibling
    gold when the gold has none), 1 in 10 a broken query."""
    by_db: dict[str, list[Example]] = {}
    for example in examples:
        by_db.setdefault(example.db_id, []).append(example)
    pairs = []
    for i in range(n):
        example = examples[i % len(examples)]
        siblings = by_db[example.db_id]
        sibling = siblings[(siblings.index(example) + 1) % len(siblings)].gold_sql
        kind = i % 10
        if kind < 4:
            pred = example.gold_sql
        elif kind < 6:
            pred = sibling
        elif kind < 9:
            pred = _perturbed(example.gold_sql, seed=i) or sibling
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


def official_exec_match(pairs: Sequence[Pair], db_root: Path, exec_eval: ModuleType) -> list[int | None]:
    """The official ``eval_exec_match`` per item, as its ``evaluation.py`` calls it; None where it fails
    (it asserts that the gold query runs)."""
    verdicts: list[int | None] = []
    for pair in pairs:
        try:
            verdicts.append(exec_eval.eval_exec_match(
                db=str(db_path_for(db_root, pair.db_id)), p_str=pair.pred, g_str=pair.gold,
                plug_value=False, keep_distinct=False, progress_bar_for_each_datapoint=False,
            ))
        except Exception:  # the official script stops here; the benchmark records the item and goes on
            verdicts.append(None)
    return verdicts


def load_official(checkout: Path) -> ModuleType:
    """test-suite-sql-eval's ``exec_eval`` module, imported from a checkout (it imports its own ``parse``)."""
    if not (checkout / "exec_eval.py").is_file():
        raise SystemExit(f"--official: no exec_eval.py in {checkout} (git clone "
                         "https://github.com/taoyds/test-suite-sql-eval)")
    sys.path.insert(0, str(checkout.resolve()))
    return importlib.import_module("exec_eval")


def main(argv: Sequence[str] | None = None) -> None:
    """Run every evaluator on the same pairs and print timings and agreement."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1500, help="number of pairs (default 1500)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes for the kit (default 2)")
    parser.add_argument("--repeat", type=int, default=3, help="alternating runs of each; medians are shown")
    parser.add_argument("--data-root", default=None, help="data root holding spider/ (default: bundled)")
    parser.add_argument("--official", type=Path, default=None,
                        help="a checkout of test-suite-sql-eval: also time its eval_exec_match")
    args = parser.parse_args(argv)

    exec_eval = load_official(args.official) if args.official else None
    split = locate("spider", "dev", args.data_root)
    examples = [ex for ex in split.load() if split.db_path(ex.db_id).is_file()]
    pairs = build_pairs(examples, args.n)

    def kit_run(early_rejection: bool) -> Callable[[], list]:
        return lambda: evaluate_pairs(pairs, split.db_root, workers=args.workers, progress=False,
                                      early_rejection=early_rejection)

    runs: dict[str, Callable[[], list]] = {
        "kit": kit_run(True),
        "kit without early rejection": kit_run(False),
        "official-structure sequential loop": lambda: official_loop(pairs, split.db_root),
    }
    if exec_eval is not None:
        runs["official eval_exec_match, sequential"] = lambda: official_exec_match(pairs, split.db_root, exec_eval)
    times: dict[str, list[float]] = {name: [] for name in runs}
    results: dict[str, list] = {}
    for _ in range(args.repeat):
        for name, run in runs.items():
            results[name], seconds = _timed(run)
            times[name].append(seconds)

    kit = results["kit"]
    print(f"pairs: {len(pairs)} on {len({p.db_id for p in pairs})} databases ({split.db_root})")
    print(f"EX (kit): {100 * sum(v.ex for v in kit) / len(kit):.1f}%; "
          f"rejected early: {sum(bool(v.rejected_early) for v in kit)}")
    for name in runs:
        workers = f", {args.workers} workers" if name.startswith("kit") else ""
        print(f"{name}{workers}: {statistics.median(times[name]):.2f} s (runs: {_seconds(times[name])})")
    for name in list(runs)[1:]:
        median = statistics.median(times[name]) / statistics.median(times["kit"])
        print(f"speed-up over {name}: {median:.1f}x (medians), {min(times[name]) / min(times['kit']):.1f}x (best runs)")
    _agreement("without early rejection", pairs, [_full(v) for v in kit],
               [_full(v) for v in results["kit without early rejection"]])
    _agreement("loop", pairs, [_full(v) for v in kit], results["official-structure sequential loop"])
    if exec_eval is not None:
        _agreement("official (ex)", pairs, [v.ex for v in kit], results["official eval_exec_match, sequential"])


def _full(verdict: Verdict) -> tuple:
    return verdict.ex, verdict.gold_status, verdict.pred_status, verdict.hardness


def _agreement(name: str, pairs: Sequence[Pair], kit: Sequence, other: Sequence) -> None:
    """Print how many verdicts agree and the first items that do not."""
    differing = [(pair, mine, theirs) for pair, mine, theirs in zip(pairs, kit, other) if mine != theirs]
    same = len(pairs) - len(differing)
    print(f"identical verdicts, kit vs {name}: {same}/{len(pairs)} ({100 * same / len(pairs):.1f}%)")
    for pair, mine, theirs in differing[:_SHOWN_DIFFERENCES]:
        print(f"  {pair.id}: kit {mine}, {name} {theirs}; gold {pair.gold!r}; pred {pair.pred!r}")


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


def _perturbed(sql: str, *, seed: int) -> str | None:
    """One perturbation of ``sql`` drawn with ``seed``; None when it has none or does not parse."""
    try:
        variants = perturbations(sql, seed=seed, n=1)
    except SqlParseError:
        return None
    return variants[0].sql if variants else None


def _first_table(sql: str) -> str:
    words = sql.replace("(", " ").split()
    lowered = [word.lower() for word in words]
    return words[lowered.index("from") + 1] if "from" in lowered else "sqlite_master"


if __name__ == "__main__":
    main()
