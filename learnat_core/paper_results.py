"""The numbers the paper and the authors' rebuttal report, as tidy tables to compare reproductions with.

The CSV files live in ``results/paper/`` at the repository root (see its README for sources and what is
missing). Every file has ``value``, ``source`` (a provenance tag of ``SOURCE_TAGS``), ``approximate`` and
``note`` columns. Tables that are subsets of ``per_difficulty`` (the rebuttal's Tables R-2 to R-5) are not
stored twice: they are views computed here, loadable by name like the files.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from learnat_core.errors import ConfigError, DataError

SOURCE_TAGS = {
    "ABS-v1": "arXiv v1 abstract (primary, abstract only)",
    "ABS-ICLR": "ICLR 2026 abstract (primary, abstract only)",
    "NOTE-ICLR": "third-party note on the ICLR version (secondary; cross-checks with REB)",
    "OR": "OpenReview reviews and decision (primary for the reviews)",
    "CODE": "official repository MrBlankness/LearNAT (primary for the implementation)",
    "REB": "authors' rebuttal images of 2025-06-09 (primary, authors' own numbers)",
    "AI-SUM-v1": "LLM-written summaries of arXiv v1 (weak)",
    "INFERRED": "inference from the sources, reasoning in the note column (not a fact from the paper)",
}
"""Provenance tags of the source column of results/paper/*.csv, with their reliability."""

LEVEL_WEIGHTS = {
    "spider_dev": {"easy": 248, "medium": 446, "hard": 174, "extra": 166},
    "bird_dev": {"simple": 925, "moderate": 465, "challenging": 144},
}
"""Questions per difficulty level of the full dev sets; the printed totals are these weighted means."""

REQUIRED_COLUMNS = ("value", "source", "approximate", "note")
_NUMERIC_COLUMNS = ("value", "delta", "calls")
_ROW_KEYS = ("label", "method", "variant", "category", "backbone", "protocol")

_VIEWS = {
    "process_vs_outcome": ("R-2", {"learnat": "LearNAT (PR)", "only_dpo": "naive RL (OR)"}),
    "only_dpo_breakdown": ("R-3", {"learnat": "LearNAT", "only_dpo": "only DPO"}),
    "similarity_ablation": ("R-4", {"learnat": "LearNAT (A-sim)", "s_sim": "A-sim → S-sim"}),
    "backbones": ("R-5", {"base": "base (unlabelled row)", "learnat": "+ LearNAT"}),
}
"""View name -> (rebuttal table it reproduces, printed row label per ``method`` of ``per_difficulty``)."""


def default_results_dir() -> Path:
    """``results/paper`` of the repository this package is checked out in."""
    return Path(__file__).resolve().parents[1] / "results" / "paper"


def available_tables(results_dir: str | os.PathLike | None = None) -> list[str]:
    """Names ``load_paper_table`` accepts: the CSV stems in the results folder, then the views."""
    folder = _folder(results_dir)
    return sorted(path.stem for path in folder.glob("*.csv")) + sorted(_VIEWS)


def load_paper_table(name: str, results_dir: str | os.PathLike | None = None) -> pd.DataFrame:
    """One table of reported numbers, validated (known source tags, boolean ``approximate``, numeric values).

    ``name`` is a CSV stem (``main_results``) or a view (``process_vs_outcome``); an unknown name is a
    ConfigError listing the available ones, a malformed file a DataError naming file and rows."""
    names = available_tables(results_dir)
    if name not in names:
        raise ConfigError(f"unknown paper table {name!r}; available: {', '.join(names)}")
    if name in _VIEWS:
        return paper_view(name, results_dir)
    return _read(_folder(results_dir) / f"{name}.csv")


def paper_view(name: str, results_dir: str | os.PathLike | None = None) -> pd.DataFrame:
    """The rows of ``per_difficulty`` printed in one rebuttal table, with that table's row ``label``."""
    if name not in _VIEWS:
        raise ConfigError(f"unknown paper view {name!r}; available: {', '.join(sorted(_VIEWS))}")
    printed_in, labels = _VIEWS[name]
    table = load_paper_table("per_difficulty", results_dir)
    rows = table[table["printed_in"].str.split(";").apply(lambda tables: printed_in in tables)]
    unlabelled = sorted(set(rows["method"]) - set(labels))
    if rows.empty or unlabelled:
        raise DataError(f"per_difficulty.csv rows for Table {printed_in} do not match the view {name!r} "
                        f"(rows: {len(rows)}, methods without a label: {unlabelled})")
    view = rows.assign(label=rows["method"].map(labels))
    return view[["label", *[c for c in table.columns if c != "printed_in"]]].reset_index(drop=True)


def process_vs_outcome(results_dir: str | os.PathLike | None = None) -> pd.DataFrame:
    """Rebuttal Table R-2: LearNAT's process reward vs naive RL with an outcome reward (Qwen2.5-Coder-7B)."""
    return paper_view("process_vs_outcome", results_dir)


def only_dpo_breakdown(results_dir: str | os.PathLike | None = None) -> pd.DataFrame:
    """Rebuttal Table R-3: per-difficulty EX of the "only DPO" ablation row (same numbers as R-2)."""
    return paper_view("only_dpo_breakdown", results_dir)


def similarity_ablation(results_dir: str | os.PathLike | None = None) -> pd.DataFrame:
    """Rebuttal Table R-4: AST-based (A-sim) vs string-based (S-sim) similarity as the search reward."""
    return paper_view("similarity_ablation", results_dir)


def backbones(results_dir: str | os.PathLike | None = None) -> pd.DataFrame:
    """Rebuttal Table R-5: GLM-4-9B and Llama-3-8B-Instruct with and without LearNAT."""
    return paper_view("backbones", results_dir)


def paper_value(table: str | pd.DataFrame, *, results_dir: str | os.PathLike | None = None,
                **filters: object) -> float:
    """The single ``value`` whose row matches every ``column=value`` filter, e.g.
    ``paper_value("main_results", backbone="Qwen2.5-Coder-32B", benchmark="spider_dev")``.

    No match or several matches is a ConfigError that lists the values the filters could take."""
    frame = load_paper_table(table, results_dir) if isinstance(table, str) else table
    unknown = sorted(set(filters) - set(frame.columns))
    if unknown:
        raise ConfigError(f"no column {', '.join(unknown)} in the table; columns: {', '.join(frame.columns)}")
    mask = pd.Series(True, index=frame.index)
    for column, wanted in filters.items():
        mask &= frame[column] == wanted
    rows = frame[mask]
    if len(rows) == 1:
        return float(rows["value"].iloc[0])
    if rows.empty:
        choices = {column: sorted(frame[column].unique().tolist(), key=str) for column in filters}
        raise ConfigError(f"no row matches {filters}; values per filtered column: {choices}")
    varying = {column: sorted(rows[column].unique().tolist(), key=str) for column in rows.columns
               if column not in REQUIRED_COLUMNS and column not in filters and rows[column].nunique() > 1}
    raise ConfigError(f"{len(rows)} rows match {filters}; narrow it down with one of {varying}")


def weighted_total(levels: dict[str, float]) -> float:
    """Total EX from per-level EX, weighting each level by its question count in ``LEVEL_WEIGHTS``.

    The benchmark is recognised from the keys, which must be exactly one benchmark's levels."""
    for weights in LEVEL_WEIGHTS.values():
        if set(levels) == set(weights):
            return sum(levels[level] * count for level, count in weights.items()) / sum(weights.values())
    expected = "; ".join(f"{name}: {', '.join(weights)}" for name, weights in LEVEL_WEIGHTS.items())
    raise ConfigError(f"levels {sorted(levels)} are not one benchmark's levels ({expected})")


def to_wide(table: pd.DataFrame) -> pd.DataFrame:
    """Pivot a long table to the printed layout: one row per method/variant and backbone, one column per
    (benchmark, level), rows and columns in file order."""
    keys = [column for column in _ROW_KEYS if column in table.columns]
    if not keys or not {"benchmark", "level"} <= set(table.columns):
        raise ConfigError("to_wide needs benchmark, level and at least one of " + ", ".join(_ROW_KEYS))
    cells = [*keys, "benchmark", "level"]
    if table.duplicated(cells).any():
        raise ConfigError(f"to_wide needs one value per {', '.join(cells)}; filter the table first")
    return table.pivot_table(index=keys, columns=["benchmark", "level"], values="value", sort=False,
                             aggfunc="first")


def _folder(results_dir: str | os.PathLike | None) -> Path:
    folder = Path(results_dir) if results_dir is not None else default_results_dir()
    if not folder.is_dir():
        raise DataError(f"paper results folder {folder} not found (pass results_dir= to point at a copy)")
    return folder


def _read(path: Path) -> pd.DataFrame:
    try:
        table = pd.read_csv(path, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
        raise DataError(f"{path}: not a readable CSV ({error})") from error
    missing = [column for column in REQUIRED_COLUMNS if column not in table.columns]
    if missing:
        raise DataError(f"{path}: missing column(s) {', '.join(missing)}")
    for column in _NUMERIC_COLUMNS:
        if column in table.columns:
            table[column] = pd.to_numeric(table[column].replace("", float("nan")), errors="coerce")
    _check(path, table["value"].isna(), "a missing or non-numeric value")
    _check(path, ~table["source"].isin(list(SOURCE_TAGS)), f"a source tag outside {', '.join(SOURCE_TAGS)}")
    if table["approximate"].dtype != bool:
        flags = table["approximate"].astype(str).str.lower()
        _check(path, ~flags.isin(["true", "false"]), "an approximate flag other than True/False")
        table["approximate"] = flags == "true"
    return table


def _check(path: Path, bad: pd.Series, problem: str) -> None:
    if bad.any():
        lines = [int(index) + 2 for index in bad[bad].index]
        raise DataError(f"{path}: line(s) {lines} have {problem}")
