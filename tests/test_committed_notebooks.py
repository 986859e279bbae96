"""The executed notebooks committed under results/cpu read cleanly: no progress bars, terminal escape codes,
kernel warnings or machine paths in their outputs, and the notebooks that evaluate models print answers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXECUTED = sorted((REPO / "results" / "cpu" / "notebooks").glob("[0-9][0-9]_*.ipynb"))
SHOWS_ANSWERS = ("02_preliminary_experiment", "06_evaluation")  # each model's answers to a few questions
PROGRESS = re.compile(r"\d+it/s|s/it\]|\|\s*\d+/\d+ \[\d")  # tqdm's rate and its "| 3/8 [00:01" counter
MACHINE_PATH = re.compile(r"(?<![\w.])(/tmp/|/home/|/root/|/Users/|/work/|/private/var/|[A-Z]:\\\\)")


def _outputs(path: Path) -> list[dict]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [output for cell in cells if cell["cell_type"] == "code" for output in cell.get("outputs", [])]


def test_every_notebook_of_the_sequence_is_committed_executed() -> None:
    sources = (REPO / "notebooks").glob("[0-9][0-9]_*.ipynb")
    assert [path.stem for path in EXECUTED] == sorted(path.stem for path in sources)


@pytest.mark.parametrize("path", EXECUTED, ids=lambda path: path.stem)
def test_outputs_hold_no_progress_escape_codes_warnings_or_machine_paths(path: Path) -> None:
    outputs = _outputs(path)
    assert outputs, "not executed"
    assert not [o for o in outputs if o["output_type"] == "stream" and o["name"] == "stderr"]
    text = json.dumps(outputs)
    assert "\\u001b[" not in text and not PROGRESS.search(text), PROGRESS.search(text)
    assert not MACHINE_PATH.search(text), text[max(0, MACHINE_PATH.search(text).start() - 80):][:200]


@pytest.mark.parametrize("stem", SHOWS_ANSWERS)
def test_notebooks_that_compare_models_print_their_answers(stem: str) -> None:
    outputs = _outputs(REPO / "results" / "cpu" / "notebooks" / f"{stem}.ipynb")
    printed = "".join("".join(output.get("text", "")) for output in outputs)
    assert "  gold: " in printed and "final SQL: " in printed
