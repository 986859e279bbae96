"""The ``learnat data`` commands: ``verify`` a data root against checksums, ``bundle`` the Spider subset."""

from __future__ import annotations

import argparse

from learnat_core.arguments import existing_dir, output_dir, positive_int
from learnat_core.data.bundle import DEFAULT_MAX_DB_BYTES, DEFAULT_TRAIN_BUDGET_BYTES, build_bundle
from learnat_core.data.verify import verify_root
from learnat_core.paths import resolve_data_root


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``data verify`` and ``data bundle`` to the ``learnat`` parser."""
    data = subparsers.add_parser("data", help="check and package Spider/BIRD data")
    commands = data.add_subparsers(dest="data_command", required=True, metavar="SUBCOMMAND")

    verify = commands.add_parser("verify", help="check a data root against checksum manifests (writes nothing)")
    verify.add_argument("--data-root", help="data root (default: $LEARNAT_DATA_ROOT, else the bundled one)")
    verify.set_defaults(func=_verify)

    bundle = commands.add_parser("bundle", help="build the bundled Spider subset from an official Spider folder")
    bundle.add_argument("--from", dest="source", required=True, type=existing_dir, help="official Spider folder")
    bundle.add_argument("--out-dir", required=True, type=output_dir, help="output folder (absent or empty)")
    bundle.add_argument("--seed", type=int, default=0, help="seed of the train database draw (default: 0)")
    bundle.add_argument("--train-budget-bytes", type=positive_int, default=DEFAULT_TRAIN_BUDGET_BYTES,
                        help=f"SQLite bytes of train databases to take (default: {DEFAULT_TRAIN_BUDGET_BYTES})")
    bundle.add_argument("--max-db-bytes", type=positive_int, default=DEFAULT_MAX_DB_BYTES,
                        help=f"skip train databases larger than this (default: {DEFAULT_MAX_DB_BYTES})")
    bundle.set_defaults(func=_bundle)


def _verify(args: argparse.Namespace) -> int:
    report = verify_root(resolve_data_root(args.data_root))
    print(report.text())
    return 1 if report.mismatches else 0


def _bundle(args: argparse.Namespace) -> int:
    summary = build_bundle(
        args.source,
        args.out_dir,
        train_budget_bytes=args.train_budget_bytes,
        max_db_bytes=args.max_db_bytes,
        seed=args.seed,
    )
    print(
        f"wrote {summary.out_dir}: dev {summary.dev_questions} questions on {len(summary.dev_databases)} databases, "
        f"train {summary.train_questions} questions on {len(summary.train_databases)} databases, "
        f"{summary.total_bytes} bytes"
    )
    return 0
