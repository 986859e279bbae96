"""The README's "The pipeline from Python" block runs as written: synthesis, SFT, MDPO and scoring through the
stage functions, each stage in its own folder, the final model's verdicts printed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow  # trains two tiny models


def readme_block(title: str) -> str:
    """The first ```python block after the heading ``title`` in the README."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(f"### {title}\n", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_readme_pipeline_runs_every_stage(tmp_path):
    (tmp_path / "pipeline.py").write_text(readme_block("The pipeline from Python"))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LEARNAT_CACHE_DIR": str(tmp_path / "cache"),
           "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    result = subprocess.run([sys.executable, "pipeline.py"], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    assert re.search(r"^mdpo_paper \{.*\} EX \d+\.\d%$", result.stdout, re.M), result.stdout
    stages = {folder.name.rsplit("-", 1)[0] for folder in (tmp_path / "runs").iterdir() if folder.is_dir()}
    assert stages == {"synthesis", "sft", "mdpo", "inference"}
    for stage in ("sft", "mdpo"):
        (merged,) = (tmp_path / "runs").glob(f"{stage}-*/merged")
        assert (merged / "config.json").is_file()
