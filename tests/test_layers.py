"""The package's layers stay apart: import-linter checks the ``[tool.importlinter]`` contract of pyproject.toml,
function-local imports included, so an import from a higher layer fails here naming the module and line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_no_module_imports_from_a_higher_layer() -> None:
    pytest.importorskip("importlinter.cli", reason="import-linter is a dev dependency: pip install -e '.[dev]'")
    # In a subprocess: import-linter configures logging in-process, which would silence later tests' loggers.
    check = (f"import sys; from importlinter.cli import lint_imports; "
             f"sys.exit(lint_imports(config_filename={str(ROOT / 'pyproject.toml')!r}, no_cache=True, no_logo=True))")
    result = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
