"""The ``learnat`` command: each area of the kit registers its own sub-commands here."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from learnat_core import __version__
from learnat_core.errors import LearnatError

# Modules exposing ``register(subparsers)``; each sub-command sets ``func(args) -> int``.
COMMAND_MODULES = (
    "learnat_core.data.commands",
    "learnat_core.evaluation.commands",
    "learnat_core.sql_ast.commands",
    "learnat_core.inference.commands",
    "learnat_core.training.commands",
    "learnat_core.synthesis.commands",
    "learnat_core.reproduce",
    "learnat_core.ablation",
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every registered sub-command."""
    parser = argparse.ArgumentParser(prog="learnat", description="LearNAT reproducibility kit")
    parser.add_argument("--version", action="version", version=f"learnat {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse ``argv`` and run the chosen sub-command; kit errors become one-line messages."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except LearnatError as error:
        print(f"learnat {args.command}: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
