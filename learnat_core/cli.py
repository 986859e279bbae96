"""The ``learnat`` command: each area of the kit registers its own sub-commands here."""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from learnat_core import __version__
from learnat_core.arguments import Parser, positive_float, positive_int
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
    "learnat_core.reproduce",
    "learnat_core.ablation",
)


CHECKED_TYPES = {"timeout": positive_float, "max_new_tokens": positive_int}
"""Config fields that other commands have as plain flags: the same checked type, so a flag means the same."""


def add_config_flags(group: argparse._ArgumentGroup, config_class: type,
                     choices: Mapping[str, Sequence[Any]] | None = None) -> None:
    """One ``--flag`` per field of the config dataclass (stored as ``config_<field>``): booleans as
    ``--x/--no-x``; choices and help from the field's metadata, or ``choices`` by field name."""
    for spec in dataclasses.fields(config_class):
        text = spec.metadata.get("help", f"{config_class.__name__}.{spec.name}")
        options: dict[str, Any] = {"default": spec.default, "help": f"{text} (default: {spec.default})"}
        if isinstance(spec.default, bool):
            options["action"] = argparse.BooleanOptionalAction
        else:
            options["type"] = CHECKED_TYPES.get(spec.name) or (str if spec.default is None else type(spec.default))
            allowed = spec.metadata.get("choices") or (choices or {}).get(spec.name)
            if allowed:
                options["choices"] = allowed
            else:
                options["metavar"] = spec.name.upper()
        group.add_argument("--" + spec.name.replace("_", "-"), dest=f"config_{spec.name}", **options)


def config_from_flags(args: argparse.Namespace, config_class: type) -> Any:
    """The config dataclass built from the flags ``add_config_flags`` added."""
    return config_class(**{spec.name: getattr(args, f"config_{spec.name}") for spec in dataclasses.fields(config_class)})


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
