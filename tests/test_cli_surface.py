"""The command line's surface: ``--help`` and the evaluation verbs load no heavy library they do not use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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
