"""``learnat infer``: generate SQL for a Spider/BIRD split with a model, then print EX per level.

Every InferenceConfig field is an option of its own (``--max-new-tokens``, ``--gold-schema`` /
``--no-gold-schema`` ...), with the field's help and default, so the command and the config cannot drift.
"""

from __future__ import annotations

import argparse
import sys

from learnat_core.arguments import (add_config_flags, add_resume_flags, add_workers_flag, config_from_flags,
                                    given_config_fields, output_file, positive_int)
from learnat_core.data import locate
from learnat_core.data.flags import add_dataset_flags
from learnat_core.evaluation.evaluator import absent_databases
from learnat_core.evaluation.predictions import read_records
from learnat_core.inference.config import InferenceConfig, as_trained
from learnat_core.inference.pipeline import run_inference
from learnat_core.llm.flags import add_backend_flags, backend_from_flags


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``infer`` sub-command."""
    parser = subparsers.add_parser(
        "infer",
        help="generate SQL for a dataset split (direct, decomposition or ADR), resumable, then score it by execution",
        description="Writes one JSON line per question to --out as it goes; rerun the same command to resume.",
    )
    add_dataset_flags(parser)
    add_backend_flags(parser, required=True)
    parser.add_argument("--out", required=True, type=output_file, help="prediction JSONL to write (and resume)")
    add_resume_flags(parser, "the questions already answered in --out")
    parser.add_argument("--limit", type=positive_int, help="only the first N questions of the split")
    add_workers_flag(parser)
    parser.add_argument("--no-progress", action="store_true", help="no progress bars")
    group = parser.add_argument_group("inference settings (InferenceConfig)")
    add_config_flags(group, InferenceConfig)
    parser.set_defaults(func=_infer)


def _infer(args: argparse.Namespace) -> int:
    from learnat_core.evaluation.tables import render_table  # pandas: only when scoring
    from learnat_core.inference.scoring import evaluate_records

    config, note = as_trained(config_from_flags(args, InferenceConfig), args.model, given_config_fields(args))
    if note:
        print(note, file=sys.stderr)
    split = locate(args.dataset, args.split, args.data_root)
    examples = split.load()[: args.limit]
    absent_databases(split.db_root, (example.db_id for example in examples))  # none there: stop before generating
    config.check_files()
    backend = backend_from_flags(args)
    if args.overwrite:
        args.out.unlink(missing_ok=True)
    summary = run_inference(examples, backend, config, args.out, split=split, progress=not args.no_progress)
    print(summary.describe())
    asked = {example.id for example in examples}
    records = [record for record in read_records(args.out) if record.id in asked]
    verdicts, table = evaluate_records(
        records, split, semantics=config.semantics, workers=args.workers, progress=not args.no_progress
    )
    print(f"EX of {len(verdicts)} questions, mode {config.mode}:")
    print(render_table(table))
    return 0
