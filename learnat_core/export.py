"""``learnat export``: the kit's files in the formats other tools read.

* ``--to spider`` / ``--to bird``: predictions (``learnat infer``'s records, or ``{"id", "pred"}`` lines) as
  the file test-suite-sql-eval's ``evaluation.py --pred`` reads, or BIRD's ``predict_dev.json``, for every
  question of the split in file order (``learnat_core.evaluation.formats``).
* ``--to trl-sft`` / ``--to trl-preference``: ``sft.jsonl`` / ``pairs.jsonl`` (or files already in TRL's
  format) in TRL's conversational formats (``learnat_core.training.data``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from learnat_core.arguments import output_file
from learnat_core.data import locate
from learnat_core.data.flags import add_split_flags
from learnat_core.evaluation.formats import (
    NO_SQL,
    detect_format,
    read_prediction_file,
    write_bird_predictions,
    write_spider_predictions,
)
from learnat_core.training.data import read_preference_pairs, read_sft_records, write_records

_PREDICTION_WRITERS = {"spider": write_spider_predictions, "bird": write_bird_predictions}
_TRAINING_READERS = {"trl-sft": read_sft_records, "trl-preference": read_preference_pairs}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` sub-command."""
    parser = subparsers.add_parser(
        "export", help="write predictions or training data in the official Spider/BIRD or TRL formats",
        description="Write predictions as Spider's one-SQL-per-line file or BIRD's predict_dev.json (every "
        "question of the split, in order; a question without a prediction gets an unexecutable "
        f"{NO_SQL!r}), or SFT/preference data in TRL's conversational formats.",
    )
    parser.add_argument("--to", required=True, choices=(*_PREDICTION_WRITERS, *_TRAINING_READERS),
                        help="output format (spider/bird: the dataset too)")
    parser.add_argument("--input", required=True, type=Path,
                        help="spider/bird: learnat infer's records or {id, pred} lines; trl-sft: sft.jsonl; "
                             "trl-preference: pairs.jsonl")
    parser.add_argument("--out", required=True, type=output_file, help="file to write")
    add_split_flags(parser)  # spider/bird: the questions the predictions answer
    parser.set_defaults(func=_export)


def _export(args: argparse.Namespace) -> int:
    if args.to in _TRAINING_READERS:
        records = _TRAINING_READERS[args.to](args.input)
        write_records(args.out, records, trl=True)
        print(f"{len(records)} records -> {args.out}")
        return 0
    examples = locate(args.to, args.split, args.data_root).load()
    predictions = read_prediction_file(args.input, detect_format(args.input), examples)
    _PREDICTION_WRITERS[args.to](args.out, predictions, examples)
    written = sum(1 for example in examples if predictions.get(example.id))
    if written < len(examples):
        print(f"note: {len(examples) - written} of {len(examples)} questions have no prediction "
              f"and get an unexecutable {NO_SQL!r}", file=sys.stderr)
    print(f"{len(examples)} questions ({written} predicted) -> {args.out}")
    return 0
