"""Per-level execution-accuracy tables (Spider hardness or BIRD difficulty) as DataFrames, CSV and text."""

from __future__ import annotations

import os
from collections.abc import Sequence

import pandas as pd

from learnat_core.evaluation.evaluator import Verdict
from learnat_core.evaluation.hardness import BIRD_LEVELS, SPIDER_LEVELS
from learnat_core.files import write_text_atomic

COLUMNS = ("count", "ex_pct", "pred_errors", "pred_timeouts", "gold_errors", "gold_timeouts")
UNLABELLED = "unlabelled"


def level_table(verdicts: Sequence[Verdict], levels: Sequence[str] | None = None) -> pd.DataFrame:
    """EX per level plus "all": ``count``, ``ex_pct`` (EX in percent, NaN for an empty level) and the
    numbers of predicted/gold queries that failed or timed out.

    ``levels`` defaults to Spider's or BIRD's canonical order, whichever the verdicts' labels use; verdicts
    with another label or none are counted in an "unlabelled" row (and in "all")."""
    levels = tuple(levels) if levels is not None else _infer_levels(verdicts)
    groups = {level: [v for v in verdicts if v.hardness == level] for level in levels}
    unlabelled = [v for v in verdicts if v.hardness not in levels]
    if levels and unlabelled:
        groups[UNLABELLED] = unlabelled
    groups["all"] = list(verdicts)
    table = pd.DataFrame([_row(group) for group in groups.values()], index=list(groups), columns=COLUMNS)
    table.index.name = "level"
    return table


def to_csv(table: pd.DataFrame, path: str | os.PathLike) -> None:
    """Write a level table as CSV (one row per level, EX rounded to 2 decimals)."""
    write_text_atomic(path, table.to_csv(float_format="%.2f"))


def render_table(table: pd.DataFrame, *, markdown: bool = False) -> str:
    """The table as aligned plain text, or as a Markdown pipe table; EX shown with one decimal, "-" if empty."""
    flat = table.reset_index()
    if not markdown:
        return flat.to_string(index=False, float_format=_one_decimal, na_rep="-")
    rows = [[_cell(value) for value in row] for row in flat.itertuples(index=False, name=None)]
    lines = [list(flat.columns), ["---"] + ["---:"] * len(table.columns), *rows]
    return "\n".join("| " + " | ".join(line) + " |" for line in lines)


def _infer_levels(verdicts: Sequence[Verdict]) -> tuple[str, ...]:
    labels = {v.hardness for v in verdicts}
    for levels in (SPIDER_LEVELS, BIRD_LEVELS):
        if labels & set(levels):
            return levels
    return ()


def _row(group: Sequence[Verdict]) -> list:
    return [
        len(group),
        100.0 * sum(v.ex for v in group) / len(group) if group else float("nan"),
        sum(v.pred_status == "error" for v in group),
        sum(v.pred_status == "timeout" for v in group),
        sum(v.gold_status == "error" for v in group),
        sum(v.gold_status == "timeout" for v in group),
    ]


def _one_decimal(value: float) -> str:
    return f"{value:.1f}"


def _cell(value: object) -> str:
    if isinstance(value, float):
        return "-" if pd.isna(value) else _one_decimal(value)
    return str(value)
