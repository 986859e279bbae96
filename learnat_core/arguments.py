"""Checked argument types for the ``learnat`` commands (a bad number or path is one argparse error line), the
flags several commands share, defined once so that each means the same in every command, and one flag per
field of a config dataclass. The dataset flags are ``learnat_core.data.flags``, the backend flags
``learnat_core.llm.flags``."""

from __future__ import annotations

import argparse
import dataclasses
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any


def _number(kind: type, what: str, least: float, *, above: bool = False,
            most: float | None = None) -> Callable[[str], int | float]:
    """An argparse type reading ``kind`` within ``[least, most]`` (``above``: strictly greater than ``least``)."""

    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            value = None
        if value is None or not (value > least if above else value >= least) or (most is not None and value > most):
            raise argparse.ArgumentTypeError(f"expected {what}, got {text!r}")  # NaN fails every comparison
        return value

    return parse


positive_int = _number(int, "a positive integer", 1)
positive_float = _number(float, "a number > 0", 0.0, above=True)
fraction = _number(float, "a number from 0 to 1", 0.0, most=1.0)

CHECKED_TYPES = {"timeout": positive_float, "max_new_tokens": positive_int}
"""Config fields that other commands have as plain flags: the same checked type, so a flag means the same."""


def key_value(text: str) -> tuple[str, str]:
    """A ``KEY=VALUE`` pair (the value may be empty or hold more ``=``)."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    return key.strip(), value


def existing_dir(text: str) -> Path:
    """A folder to read from, which must exist."""
    path = Path(text)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is not a folder" if path.exists() else f"no such folder: {text}")
    return path


def output_file(text: str) -> Path:
    """A file to write: refused when it names an existing folder (missing parent folders are created on write)."""
    path = Path(text)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a folder, not a file")
    return path


def output_dir(text: str) -> Path:
    """A folder to write into: refused when it names an existing file (it is created when missing)."""
    path = Path(text)
    if path.exists() and not path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a file, not a folder")
    return path


_GIVEN = "config_given"  # the namespace attribute listing the config fields set on the command line


def _record_given(namespace: argparse.Namespace, dest: str) -> None:
    setattr(namespace, _GIVEN, {*getattr(namespace, _GIVEN, ()), dest.removeprefix("config_")})


class _StoreGiven(argparse._StoreAction):
    """``store``, noting that the field was given (``given_config_fields``)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        super().__call__(parser, namespace, values, option_string)
        _record_given(namespace, self.dest)


class _BooleanGiven(argparse.BooleanOptionalAction):
    """``--x/--no-x``, noting that the field was given (``given_config_fields``)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        super().__call__(parser, namespace, values, option_string)
        _record_given(namespace, self.dest)


def given_config_fields(args: argparse.Namespace) -> set[str]:
    """The config fields whose flag (``add_config_flags``) was on the command line, not left at its default."""
    return set(getattr(args, _GIVEN, ()))


def add_config_flags(group: argparse._ArgumentGroup, config_class: type,
                     choices: Mapping[str, Sequence[Any]] | None = None) -> None:
    """One ``--flag`` per field of the config dataclass (stored as ``config_<field>``): booleans as
    ``--x/--no-x``; choices and help from the field's metadata, or ``choices`` by field name. Which flags were
    given is kept for ``given_config_fields``."""
    for spec in dataclasses.fields(config_class):
        text = spec.metadata.get("help", f"{config_class.__name__}.{spec.name}")
        options: dict[str, Any] = {"default": spec.default, "help": f"{text} (default: {spec.default})",
                                   "action": _StoreGiven}
        if isinstance(spec.default, bool):
            options["action"] = _BooleanGiven
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


def add_workers_flag(parser: argparse.ArgumentParser) -> None:
    """``--workers``: the processes that execute SQL (default: all cores)."""
    parser.add_argument("--workers", type=positive_int, default=os.cpu_count() or 1,
                        help="processes that execute SQL (default: all cores; 1 runs in-process)")


def add_parallel_flag(parser: argparse.ArgumentParser, items: str, note: str = "") -> None:
    """``--parallel``: how many ``items`` run at once in threads (default: 1)."""
    parser.add_argument("--parallel", type=positive_int, default=1,
                        help=f"{items} run at once, in threads{note} (default: 1)")


def add_resume_flags(parser: argparse.ArgumentParser, kept: str) -> None:
    """``--resume`` (the default) keeps what an earlier run left (``kept``); ``--overwrite`` starts over."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--resume", dest="overwrite", action="store_false", default=False,
                       help=f"keep {kept} and do only what is missing (the default)")
    group.add_argument("--overwrite", action="store_true", help=f"start over: discard {kept} first")


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line on stderr (exit status 2), pointing at ``--help``;
    the parsed namespace's ``command_prog`` names the (sub-)command that was chosen, e.g. ``learnat data verify``.
    With ``overrides`` (a sub-command that hands its flags to another parser, e.g. ``learnat train``), the
    arguments it does not know are kept, in order, as that namespace attribute instead of being an error."""

    def __init__(self, *args: Any, overrides: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.set_defaults(command_prog=self.prog)  # the innermost chosen sub-parser's default wins
        self._overrides = overrides

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> tuple[argparse.Namespace, list[str]]:
        """argparse's, but with ``overrides`` the unknown arguments go to ``namespace.<overrides>``."""
        namespace, unknown = super().parse_known_args(args, namespace)
        if self._overrides is None:
            return namespace, unknown
        setattr(namespace, self._overrides, unknown)
        return namespace, []

    def error(self, message: str) -> None:  # type: ignore[override]
        """Print ``PROG: error: MESSAGE (see PROG --help)`` and exit with status 2."""
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")
