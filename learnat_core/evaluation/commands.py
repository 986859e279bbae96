"""The ``learnat eval-pairs`` and ``learnat eval`` commands: execution accuracy with a per-level table."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from learnat_core.arguments import add_workers_flag, existing_dir, output_file, positive_float
from learnat_core.data import Example, locate
from learnat_core.data.flags import add_dataset_flags
from learnat_core.errors import ConfigError
from learnat_core.evaluation.evaluator import Pair, absent_databases, evaluate_pairs
from learnat_core.evaluation.formats import (
    PREDICTION_FORMATS,
    detect_format,
    read_prediction_file,
    read_spider_gold,
    read_spider_predictions,
)
from learnat_core.evaluation.hardness import DATASET_LEVELS, example_level
from learnat_core.evaluation.pairs import read_pairs, write_verdicts
from learnat_core.evaluation.sandbox import DEFAULT_TIMEOUT
from learnat_core.evaluation.semantics import DEFAULT_SEMANTICS, SEMANTICS_NAMES

_SHOWN_IDS = 10


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``eval-pairs`` (a JSONL file of pairs) and ``eval`` (predictions for a dataset split)."""
    pairs = subparsers.add_parser("eval-pairs", help="score (gold, prediction) pairs of a JSONL file by execution")
    pairs.add_argument("--db-root", required=True, type=existing_dir, help="folder of <db_id>/<db_id>.sqlite databases")
    pairs.add_argument("--pairs", required=True, type=Path, help='JSONL lines {"id", "db_id", "gold", "pred"}')
    pairs.add_argument("--semantics", default="spider", choices=SEMANTICS_NAMES,
                       help="comparison rule (default: spider)")
    pairs.add_argument("--out", required=True, type=output_file, help="verdicts JSONL to write")
    _add_run_options(pairs)
    pairs.set_defaults(func=_eval_pairs)

    run = subparsers.add_parser("eval", help="score predictions for a Spider/BIRD split by execution")
    add_dataset_flags(run)
    run.add_argument("--pred", required=True, type=Path,
                     help="predictions: learnat infer's records, JSONL lines {\"id\", \"pred\"}, a Spider file "
                          "(one SQL per line, in question order) or BIRD's predict_dev.json")
    run.add_argument("--format", default="auto", choices=("auto", *PREDICTION_FORMATS),
                     help="format of --pred (default: auto, detected from its content)")
    run.add_argument("--gold", type=Path,
                     help="spider format: the gold file (SQL<TAB>db_id lines) the predictions pair with, "
                          "instead of the split's questions in order")
    run.add_argument("--semantics", choices=SEMANTICS_NAMES,
                     help="comparison rule (default: spider for Spider, bird for BIRD)")
    run.add_argument("--out", type=output_file, help="verdicts JSONL to write")
    _add_run_options(run)
    run.set_defaults(func=_eval_dataset)


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--timeout", type=positive_float, default=DEFAULT_TIMEOUT,
                        help=f"seconds per query (default: {DEFAULT_TIMEOUT:g})")
    add_workers_flag(parser)
    parser.add_argument("--keep-distinct", action="store_true", help="spider semantics: do not drop DISTINCT")
    parser.add_argument("--no-early-rejection", action="store_true",
                        help="run every prediction to the end instead of stopping once it cannot match")
    parser.add_argument("--table-csv", type=output_file, help="also write the per-level table as CSV")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")


def _eval_pairs(args: argparse.Namespace) -> int:
    pairs = read_pairs(args.pairs)
    absent = absent_databases(args.db_root, (pair.db_id for pair in pairs))
    if absent:
        _note(f"{len(absent)} databases are missing under {args.db_root}; their pairs count as gold errors", absent)
    _evaluate(args, pairs, args.db_root, args.semantics, levels=None)
    return 0


def _eval_dataset(args: argparse.Namespace) -> int:
    split = locate(args.dataset, args.split, args.data_root)
    fmt = detect_format(args.pred) if args.format == "auto" else args.format
    if args.gold:
        pairs = _gold_file_pairs(args, fmt)
        absent = absent_databases(split.db_root, (pair.db_id for pair in pairs))
    else:  # no database there: stop before noting anything about the predictions
        examples = split.load()
        absent = absent_databases(split.db_root, (example.db_id for example in examples))
        pairs = _split_pairs(args, examples, fmt)
    if absent:
        _note(f"{len(absent)} databases are missing under {split.db_root}; their questions count as wrong", absent)
    semantics = args.semantics or DEFAULT_SEMANTICS[args.dataset]
    _evaluate(args, pairs, split.db_root, semantics, levels=DATASET_LEVELS[args.dataset])
    return 0


def _split_pairs(args: argparse.Namespace, examples: Sequence[Example], fmt: str) -> list[Pair]:
    """Pairs of the split's questions with the predictions of ``--pred``, noting ids that do not match."""
    predictions = read_prediction_file(args.pred, fmt, examples)
    unknown = sorted(set(predictions) - {example.id for example in examples})
    if unknown:
        _note(f"{len(unknown)} predictions have ids not in {args.dataset}/{args.split} and were ignored", unknown)
    missing = [example.id for example in examples if example.id not in predictions]
    if missing:
        _note(f"{len(missing)} questions have no prediction and count as wrong", missing)
    return [
        Pair(example.id, example.db_id, example.gold_sql, predictions.get(example.id), example_level(example))
        for example in examples
    ]


def _gold_file_pairs(args: argparse.Namespace, fmt: str) -> list[Pair]:
    """Pairs of a Spider gold file's lines with the lines of a Spider prediction file (ids: line indices)."""
    if fmt != "spider":
        raise ConfigError(f"--gold pairs a Spider prediction file by line; {args.pred} is in the {fmt} format")
    gold = read_spider_gold(args.gold)
    predictions = read_spider_predictions(args.pred, len(gold))
    return [Pair(str(index), db_id, sql, pred) for index, ((sql, db_id), pred) in enumerate(zip(gold, predictions))]


def _evaluate(
    args: argparse.Namespace, pairs: Sequence[Pair], db_root: Path, semantics: str, levels: Sequence[str] | None
) -> None:
    from learnat_core.evaluation.tables import level_table, render_table, to_csv  # pandas: only when scoring

    started = time.perf_counter()
    verdicts = evaluate_pairs(
        pairs,
        db_root,
        semantics=semantics,
        timeout=args.timeout,
        workers=args.workers,
        keep_distinct=args.keep_distinct,
        progress=not args.no_progress,
        early_rejection=not args.no_early_rejection,
    )
    wall = time.perf_counter() - started
    if args.out:
        write_verdicts(args.out, verdicts)
    table = level_table(verdicts, levels)
    if args.table_csv:
        to_csv(table, args.table_csv)
    distinct = " (--keep-distinct)" if args.keep_distinct else ""
    print(f"semantics: {semantics}{distinct}  pairs: {len(verdicts)}  workers: {args.workers}  "
          f"timeout: {args.timeout:g} s  wall time: {wall:.2f} s")
    print(render_table(table))


def _note(message: str, ids: Sequence[str]) -> None:
    shown = ", ".join(ids[:_SHOWN_IDS]) + (", ..." if len(ids) > _SHOWN_IDS else "")
    print(f"note: {message}: {shown}", file=sys.stderr)
