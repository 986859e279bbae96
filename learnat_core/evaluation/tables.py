"""Per-level execution-accuracy tables (Spider hardness or BIRD difficulty): one builder, ``ex_by_level``, with
Wilson intervals, behind the notebooks' tables, the main results and the ``learnat eval``/``infer`` output
(``level_table``); CSV and text renderings."""

from __future__ import annotations

import os
from collections.abc import Sequence

import pandas as pd

from learnat_core.evaluation.evaluator import Verdict
from learnat_core.evaluation.hardness import BIRD_LEVELS, SPIDER_LEVELS
from learnat_core.evaluation.statistics import rate
from learnat_core.files import write_text_atomic

RATE_COLUMNS = ("questions", "ex_pct", "ex_ci_low", "ex_ci_high", "executes_pct")
ERROR_COLUMNS = ("pred_errors", "pred_timeouts", "gold_errors", "gold_timeouts")
UNLABELLED = "unlabelled"


def ex_by_level(per_question: pd.DataFrame, by: str | Sequence[str] | None = None) -> pd.DataFrame:
    """EX (%) with its Wilson 95% interval (``ex_ci_low``, ``ex_ci_high``), question count, executable share
    (%) and, with a ``tokens`` column, mean tokens per ``by`` value(s) and level, plus "all"; ``per_question``
    holds one row per question with ``level``, ``ex`` (0/1) and ``pred_status``."""
    keys = [by] if isinstance(by, str) else list(by or ())

    def summarise(group: pd.DataFrame) -> pd.Series:
        ex = rate(int(group["ex"].sum()), len(group))
        row = {"questions": ex.questions, "ex_pct": ex.ex_pct, "ex_ci_low": ex.ex_ci_low, "ex_ci_high": ex.ex_ci_high,
               "executes_pct": 100.0 * (group["pred_status"] == "ok").mean()}
        if "tokens" in group:
            row["mean_tokens"] = group["tokens"].mean()
        return pd.Series(row)

    by_level = per_question.groupby([*keys, "level"], sort=False).apply(summarise, include_groups=False).reset_index()
    overall = (per_question.groupby(keys, sort=False).apply(summarise, include_groups=False).reset_index() if keys
               else summarise(per_question).to_frame().T)
    overall["level"] = "all"
    table = pd.concat([by_level, overall], ignore_index=True)
    table["questions"] = table["questions"].astype(int)
    return table.round(2)


def level_table(verdicts: Sequence[Verdict], levels: Sequence[str] | None = None) -> pd.DataFrame:
    """``ex_by_level`` of ``verdicts`` indexed by level, "all" last, with the numbers of predicted/gold queries
    that failed or timed out (``ERROR_COLUMNS``); a level without questions has NaN rates.

    ``levels`` defaults to Spider's or BIRD's canonical order, whichever the verdicts' labels use; verdicts
    with another label or none are counted in an "unlabelled" row (and in "all")."""
    levels = tuple(levels) if levels is not None else _infer_levels(verdicts)
    frame = pd.DataFrame({"level": [v.hardness if v.hardness in levels else UNLABELLED for v in verdicts],
                          "ex": [v.ex for v in verdicts], "pred_status": [v.pred_status for v in verdicts],
                          "pred_errors": [v.pred_status == "error" for v in verdicts],
                          "pred_timeouts": [v.pred_status == "timeout" for v in verdicts],
                          "gold_errors": [v.gold_status == "error" for v in verdicts],
                          "gold_timeouts": [v.gold_status == "timeout" for v in verdicts]})
    rows = [*levels, *([UNLABELLED] if levels and (frame["level"] == UNLABELLED).any() else []), "all"]
    errors = frame.groupby("level")[list(ERROR_COLUMNS)].sum()
    errors.loc["all"] = frame[list(ERROR_COLUMNS)].sum()
    rates = ex_by_level(frame).set_index("level") if len(frame) else pd.DataFrame(columns=list(RATE_COLUMNS))
    table = pd.concat([rates, errors], axis=1).reindex(rows)
    counts = ["questions", *ERROR_COLUMNS]
    table[counts] = table[counts].fillna(0).astype(int)
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


def _one_decimal(value: float) -> str:
    return f"{value:.1f}"


def _cell(value: object) -> str:
    if isinstance(value, float):
        return "-" if pd.isna(value) else _one_decimal(value)
    return str(value)
