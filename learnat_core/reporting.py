"""Reporting: every table saved as CSV and Markdown, every figure as PNG and SVG, and the study report
(``REPORT.md``) that indexes a profile's saved results beside the paper's numbers. The report reads saved
results only and computes nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from learnat_core.files import write_text_atomic


SECTIONS: dict[str, tuple[str, str]] = {
    "ast": ("01_ast_analysis", "SQL ASTs, steps as subtrees, AST vs string similarity"),
    "preliminary": ("02_preliminary_experiment", "Can a model decompose by itself? (the motivating study)"),
    "synthesis": ("03_decomposition_synthesis", "Decomposition Synthesis Procedure: AST-guided MCTS and baselines"),
    "training": ("04_sft, 05_mdpo", "SFT and margin-aware DPO: curves and run costs"),
    "evaluation": ("04_sft, 05_mdpo, 06_evaluation", "EX per difficulty level, semantics and schema settings"),
    "ablations": ("07_ablations", "Ablations and the multi-call study"),
    "report": ("08_figures_and_tables", "Overview: measured beside the paper"),
}
"""Result folder -> (notebooks that write it, what it holds), in the paper's order."""

SCALE_NOTES: dict[str, str] = {
    "smoke": "A pipeline check with a tiny randomly initialised model on a handful of questions. Every number here "
             "only shows that the code ran; none of them measures anything about LearNAT.",
    "cpu": "Small-scale: SmolLM2-135M-Instruct trained for minutes on a 2-core CPU, a few hundred synthesised "
           "trajectories, and 100 Spider dev questions (95% intervals of several points). These numbers show what "
           "the pipeline does end to end and how its parts behave at small scale; they are **not** a reproduction "
           "of the paper's Qwen2.5-Coder-7B results, and differences of a few points between variants are noise. "
           "Decomposition training data in this profile come from the rule-based gold-AST proposer (`ast-rules`), "
           "not from a language model; each table says which proposer made its data.",
    "full": "The paper's settings (Qwen2.5-Coder-7B-Instruct, an LLM proposer for synthesis, Spider and BIRD dev). "
            "Compare with the paper's numbers, keeping in mind the evaluation semantics and schema setting of each row.",
}


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


def artifacts(profile_root: str | os.PathLike) -> pd.DataFrame:
    """One row per saved table (CSV + Markdown), figure (PNG + SVG) or per-item data file (a CSV alone) in the
    section folders of ``profile_root``: section, stem, kind, caption (a table's first Markdown line), and which
    of a table's or figure's two files are missing."""
    root = Path(profile_root)
    rows = []
    for section in SECTIONS:
        folder = root / section
        if not folder.is_dir():
            continue
        stems = sorted({path.stem for path in folder.iterdir() if path.suffix in {".csv", ".md", ".png", ".svg"}})
        for stem in stems:
            for kind, pair in (("table", (".csv", ".md")), ("figure", (".png", ".svg"))):
                present = [suffix for suffix in pair if (folder / f"{stem}{suffix}").is_file()]
                if present == [".csv"]:  # a per-item data file behind the tables, not a table to show
                    kind = "data"
                if present:
                    rows.append({"section": section, "stem": stem, "kind": kind, "caption": _caption(folder / f"{stem}.md")
                                 if kind == "table" else "",
                                 "missing": "" if kind == "data" else ", ".join(sorted(set(pair) - set(present)))})
    return pd.DataFrame(rows, columns=["section", "stem", "kind", "caption", "missing"])


def _caption(markdown: Path) -> str:
    if not markdown.is_file():
        return ""
    first = markdown.read_text(encoding="utf-8").split("\n", 1)[0]
    return "" if first.startswith("|") else first


def headline(profile_root: str | os.PathLike) -> pd.DataFrame:
    """The measured numbers that have a paper counterpart, gathered from the saved tables: Spider dev EX of
    each model (official semantics, full schema), the ablation deltas, and the preliminary gains. Missing
    tables are skipped."""
    root = Path(profile_root)
    rows = []
    main = root / "evaluation" / "main_results_spider.csv"
    if main.is_file():
        table = pd.read_csv(main)
        for _, row in table[(table["schema"] == "full") & table["semantics"].isin(["spider", "paper"])].iterrows():
            rows.append({"what": "Spider dev EX, all levels (%)", "item": row["model"],
                         "measured" if row["semantics"] != "paper" else "paper": row["all"]})
    ablations = root / "ablations" / "ablation_table.csv"
    if ablations.is_file():
        for _, row in pd.read_csv(ablations).iterrows():
            rows.append({"what": "ablation: EX delta vs full (points)", "item": row["label"],
                         "measured": row["delta_pts"], "paper": row["paper_delta_pts"]})
    gains = root / "preliminary" / "gains_vs_paper.csv"
    if gains.is_file():
        for _, row in pd.read_csv(gains).iterrows():
            rows.append({"what": "preliminary: EX gain over direct (points)", "item": row["condition"],
                         "measured": row["measured_gain_pts"], "paper": row["paper_gain_pts"]})
    return pd.DataFrame(rows, columns=["what", "item", "measured", "paper"])


def write_report(profile_root: str | os.PathLike, profile: str, overview: Mapping[str, str] | None = None) -> Path:
    """Write ``<profile_root>/REPORT.md``: what made the results (from ``manifest.json``), what they can and
    cannot show, the headline beside the paper, then every table and figure by section with links."""
    root = Path(profile_root)
    manifest_path = root / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.is_file() else {}
    lines = [f"# LearNAT kit: results of the `{profile}` profile", "",
             "Regenerated by notebook `08_figures_and_tables` from saved results only. Paper: Liao et al., "
             "*LearNAT: Learning NL2SQL with AST-guided Task Decomposition for Large Language Models* "
             "(arXiv 2504.02327, ICLR 2026).", "", "## What these numbers are", "", SCALE_NOTES.get(profile, ""), ""]
    lines += _provenance(manifest)
    top = headline(root)
    if not top.empty:
        lines += ["## Measured beside the paper", "", top.to_markdown(index=False, floatfmt=".4g"), ""]
    for label, path in (overview or {}).items():
        lines += [f"![{label}]({path})", ""]
    index = artifacts(root)
    for section, (notebooks, title) in SECTIONS.items():
        rows = index[index["section"] == section]
        if rows.empty:
            continue
        lines += [f"## {title}", "", f"Notebook(s): `{notebooks}`; folder `{section}/`.", ""]
        for _, row in rows.iterrows():
            if row["kind"] == "data":
                lines.append(f"- data [{row['stem']}.csv]({section}/{row['stem']}.csv)")
            elif row["kind"] == "table":
                lines.append(f"- table [{row['stem']}]({section}/{row['stem']}.md) ([CSV]({section}/{row['stem']}.csv))"
                             + (f": {row['caption']}" if row["caption"] else ""))
            else:
                lines.append(f"- figure [{row['stem']}]({section}/{row['stem']}.png) ([SVG]({section}/{row['stem']}.svg))")
        lines.append("")
    return write_text_atomic(root / "REPORT.md", "\n".join(lines))


def _provenance(manifest: Mapping) -> list[str]:
    if not manifest:
        return []
    notebooks = manifest.get("notebooks", [])
    times = ", ".join(f"{n['notebook']} {n['seconds']:.0f} s" for n in notebooks)
    total = sum(n["seconds"] for n in notebooks) / 60
    # The report is written by the last notebook, before the runner records the end of the run.
    finished = manifest.get("finished") or "after this report was written (`manifest.json` has the time)"
    hardware = manifest.get("hardware", {})
    return ["## How they were made", "",
            f"- git commit `{manifest.get('git_commit')}`, started {manifest.get('started')}, finished {finished}",
            f"- hardware: {json.dumps(hardware, sort_keys=True)}",
            f"- data: `{manifest.get('data_root')}` (fingerprint `{manifest.get('data_fingerprint')}`)",
            f"- time per notebook: {times} ({total:.1f} min in all before this report)",
            "- parameters and package versions: `manifest.json`; executed notebooks: `notebooks/`", ""]
