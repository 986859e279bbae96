"""The ``learnat`` command: each area of the kit registers its own sub-commands here."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from learnat_core import __version__
from learnat_core.arguments import Parser
from learnat_core.errors import LearnatError

# Modules exposing ``register(subparsers)``; each sub-command sets ``func(args) -> int``.
COMMAND_MODULES = (
    "learnat_core.data.commands",
    "learnat_core.evaluation.commands",
    "learnat_core.export",
    "learnat_core.sql_ast.commands",
    "learnat_core.inference.commands",
    "learnat_core.training.commands",
    "learnat_core.synthesis.commands",
    "learnat_core.orchestration.reproduce",
    "learnat_core.studies.commands",
)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every registered sub-command."""
    parser = Parser(prog="learnat", description="LearNAT reproducibility kit")
    parser.add_argument("--version", action="version", version=f"learnat {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: parse ``argv`` and run the chosen sub-command. Kit errors, OS errors and undecodable text
    become one line and exit 2; Ctrl-C is one line and exit 130; a closed output pipe ends quietly (141)."""
    where = "learnat"
    try:
        args = build_parser().parse_args(argv)
        where = args.command_prog
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here rather than at exit
        return code
    except KeyboardInterrupt:
        print(f"{where}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing more to flush at exit
        return 141
    except (LearnatError, OSError, UnicodeDecodeError) as error:
        print(f"{where}: error: {describe_error(error)}", file=sys.stderr)
        return 2


def describe_error(error: Exception) -> str:
    """One line for a kit error, an OS error (naming its file) or a decode error."""
    if isinstance(error, OSError) and error.filename is not None:
        target = f"{error.filename} -> {error.filename2}" if error.filename2 is not None else str(error.filename)
        return f"{target}: {error.strerror or error}"
    if isinstance(error, UnicodeDecodeError):
        return f"text that is not UTF-8 ({error.reason} at byte {error.start})"
    return " ".join(str(error).split()) or type(error).__name__


if __name__ == "__main__":
    sys.exit(main())
