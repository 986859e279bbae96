"""The package's layers stay apart: import-linter checks the ``[tool.importlinter]`` contract of pyproject.toml,
function-local imports included, so an import from a higher layer fails here naming the module and line."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_no_module_imports_from_a_higher_layer(capsys) -> None:
    cli = pytest.importorskip("importlinter.cli", reason="import-linter is a dev dependency: pip install -e '.[dev]'")
    code = cli.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    assert code == 0, capsys.readouterr().out
