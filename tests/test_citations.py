"""What the kit cites ships with it: no notebook, module, config or document points at the developers'
reference folder (paper.md, cpu_signal.md, stack.md, ../shared), which a user's clone does not have."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NOT_SHIPPED = re.compile(r"\b(?:paper|cpu_signal|stack|anchors|style)\.md\b|\.\./shared|/work/shared")
SHIPPED = ["notebooks/*.ipynb", "learnat_core/**/*.py", "learnat_core/**/*.jinja", "configs/**/*.yaml", "docs/*.md",
           "README.md", "results/paper/*.md", "scripts/*.py", "benchmarks/*.py"]


def test_nothing_the_kit_ships_cites_the_developers_reference_folder() -> None:
    files = sorted({path for pattern in SHIPPED for path in REPO.glob(pattern)})
    assert len(files) > 50  # the globs found the kit
    cited = [f"{path.relative_to(REPO)}:{number}" for path in files
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if NOT_SHIPPED.search(line)]
    assert cited == []
    assert (REPO / "docs" / "sources.md").is_file()  # where the source tags the kit cites are explained
