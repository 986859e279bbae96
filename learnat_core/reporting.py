"""Saving what the notebooks show: every table as CSV and Markdown, every figure as PNG and SVG."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure


def save_table(table: pd.DataFrame, stem: str | os.PathLike, *, caption: str = "", index: bool = False) -> list[Path]:
    """Write ``<stem>.csv`` and ``<stem>.md`` (with an optional caption line naming profile and source)."""
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    csv, markdown = stem.with_suffix(".csv"), stem.with_suffix(".md")
    table.to_csv(csv, index=index)
    text = table.to_markdown(index=index, floatfmt=".4g")
    markdown.write_text((f"{caption}\n\n" if caption else "") + text + "\n")
    return [csv, markdown]


def save_figure(figure: Figure, stem: str | os.PathLike, *, dpi: int = 150) -> list[Path]:
    """Write ``<stem>.png`` and ``<stem>.svg``; the figure should already carry its profile label."""
    stem = Path(stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    paths = [stem.with_suffix(".png"), stem.with_suffix(".svg")]
    for path in paths:
        figure.savefig(path, dpi=dpi, bbox_inches="tight")
    return paths
