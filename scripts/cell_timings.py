"""Per-cell wall time of executed notebooks (papermill's ``duration`` metadata), for planning a live class.

    python scripts/cell_timings.py results/cpu/notebooks [--min-seconds 5]

Prints, per notebook, its total and every code cell that took at least ``--min-seconds``, numbered as in the
notebook (the parameters cell is 1), with the first code line of the cell, as a Markdown table.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def cell_times(notebook: Path) -> list[tuple[int, float, str]]:
    """(code cell number, seconds, first code line) of each code cell of an executed ``notebook``."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    code = [cell for cell in cells if cell["cell_type"] == "code" and "injected-parameters" not in
            cell["metadata"].get("tags", [])]
    rows = []
    for number, cell in enumerate(code, 1):
        lines = [line.strip() for line in "".join(cell["source"]).splitlines()]
        first = next((line for line in lines if line and not line.startswith(("#", "import ", "from "))), "")
        rows.append((number, float(cell["metadata"].get("papermill", {}).get("duration") or 0.0), first[:70]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of executed notebooks, e.g. results/cpu/notebooks")
    parser.add_argument("--min-seconds", type=float, default=5.0, help="list the cells at least this long")
    args = parser.parse_args()
    print("| notebook | total | code cell | seconds | starts with |\n|---|---|---|---|---|")
    for notebook in sorted(args.folder.glob("*.ipynb")):
        rows = cell_times(notebook)
        total = sum(seconds for _, seconds, _ in rows)
        long = [row for row in rows if row[1] >= args.min_seconds]
        print(f"| {notebook.stem} | {total / 60:.1f} min | | | |")
        for number, seconds, first in long:
            print(f"| | | {number} | {seconds:.0f} | `{first.replace('|', '/')}` |")


if __name__ == "__main__":
    main()
