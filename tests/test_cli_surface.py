"""The command line's surface: ``--help`` and the evaluation verbs load no heavy library they do not use; every
flag has help text and means the same in every command that has it."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from learnat_core.arguments import output_dir, output_file
from learnat_core.cli import build_parser

REPO = Path(__file__).resolve().parents[1]
HEAVY = ("torch", "transformers", "matplotlib", "pandas")
# Runs ``main(argv)`` in a fresh interpreter, then prints which heavy libraries it imported as its last line.
_PROBE = """
import json, sys
from learnat_core.cli import main
try:
    main(sys.argv[2:])
except SystemExit:
    pass
print(json.dumps([name for name in json.loads(sys.argv[1]) if name in sys.modules]))
"""


def _heavy_imports(*argv: str) -> list[str]:
    """The libraries of ``HEAVY`` that ``learnat ARGV`` imported, run in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(HEAVY), *argv], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


@pytest.mark.parametrize("argv", [["--help"], ["eval-pairs", "--help"], ["eval", "--help"], ["data", "--help"]],
                         ids=" ".join)
def test_help_imports_no_heavy_library(argv: list[str]) -> None:
    assert _heavy_imports(*argv) == []


def test_ast_check_imports_no_heavy_library(tmp_path: Path) -> None:
    queries = tmp_path / "queries.sql"
    queries.write_text("SELECT name FROM singer\nSELECT FROM\n", encoding="utf-8")
    assert _heavy_imports("ast-check", str(queries)) == []


def test_eval_pairs_loads_pandas_for_its_table_only(tmp_path: Path, bundled_root: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    gold = "SELECT count(*) FROM singer"
    pairs.write_text(json.dumps({"id": "1", "db_id": "concert_singer", "gold": gold, "pred": gold}) + "\n")
    db_root = bundled_root / "spider" / "database"
    imported = _heavy_imports("eval-pairs", "--db-root", str(db_root), "--pairs", str(pairs),
                              "--out", str(tmp_path / "verdicts.jsonl"), "--workers", "1", "--no-progress")
    assert imported == ["pandas"]


def _flags() -> dict[str, list[tuple[str, argparse.Action]]]:
    """Every option and positional of every (sub-)command, by its name: ``[(command, action), ...]``."""
    found: dict[str, list[tuple[str, argparse.Action]]] = {}

    def walk(parser: argparse.ArgumentParser, command: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, f"{command} {name}".strip())
            elif not isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
                name = action.option_strings[-1] if action.option_strings else action.dest
                found.setdefault(name, []).append((command, action))

    walk(build_parser(), "")
    return found


def test_every_flag_has_help_text() -> None:
    missing = [f"{command} {name}" for name, uses in _flags().items() for command, action in uses
               if not (action.help or "").strip()]
    assert missing == []


def _kind(action: argparse.Action) -> type:
    """The argparse action a flag's action is or extends (store, store_true, --x/--no-x ...)."""
    return next(kind for kind in type(action).__mro__ if kind.__module__ == "argparse")


def test_a_flag_shared_by_commands_has_one_type_and_one_set_of_choices() -> None:
    differing = [name for name, uses in _flags().items()
                 if len({(action.type or str, tuple(action.choices or ()), _kind(action)) for _, action in uses}) > 1]
    assert differing == []


@pytest.mark.parametrize("name, meaning", [("--workers", "processes that execute SQL"),
                                           ("--parallel", "at once, in threads"),
                                           ("--overwrite", "start over")])
def test_a_shared_flag_says_the_same_in_every_command(name: str, meaning: str) -> None:
    uses = _flags()[name]
    assert len(uses) > 1 and all(meaning in action.help for _, action in uses)


def test_out_is_a_file_and_out_dir_a_folder_everywhere() -> None:
    flags = _flags()
    assert {action.type for _, action in flags["--out"]} == {output_file}
    assert {action.type for _, action in flags["--out-dir"]} == {output_dir}
