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

from learnat_core.evaluation.hardness import BIRD_LEVELS, SPIDER_LEVELS
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
    "cpu": "Small-scale: SmolLM2-135M-Instruct trained for minutes on a 2-core CPU on several hundred synthesised "
           "trajectories, asked with the gold schema (the oracle setting of the released code, in training and "
           "evaluation alike) and scored on one seeded sample of Spider dev questions shared by every model, so "
           "that each comparison is paired. These numbers show what the pipeline does end to end and how its parts "
           "behave at small scale; they are **not** a reproduction of the paper's Qwen2.5-Coder-7B results: read "
           "every rate with its 95% interval and every difference with its paired test (the claims table). "
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


LEVEL_ORDER = (*SPIDER_LEVELS, *BIRD_LEVELS, "all")
"""Difficulty levels in the order figures show them: Spider's easy to extra, BIRD's simple to challenging, all."""


def level_bars(table: pd.DataFrame, *, title: str, hue: str = "model") -> Figure:
    """EX (%) per difficulty level (``LEVEL_ORDER``) and ``hue`` as grouped bars, each with its Wilson 95% interval
    where the table has one (``ex_ci_low`` / ``ex_ci_high``; the paper publishes none), legend beside the axes."""
    import matplotlib.pyplot as plt

    levels = [level for level in LEVEL_ORDER if level in set(table["level"])]
    groups = list(dict.fromkeys(table[hue]))
    width = 0.8 / len(groups)
    figure, axes = plt.subplots(figsize=(10, 4))
    for number, name in enumerate(groups):
        rows = table[table[hue] == name].set_index("level").reindex(levels).dropna(subset=["ex_pct"])
        x = [levels.index(level) + (number - (len(groups) - 1) / 2) * width for level in rows.index]
        interval = None
        if {"ex_ci_low", "ex_ci_high"} <= set(rows.columns) and rows["ex_ci_low"].notna().any():
            interval = [(rows["ex_pct"] - rows["ex_ci_low"]).fillna(0), (rows["ex_ci_high"] - rows["ex_pct"]).fillna(0)]
        bars = axes.bar(x, rows["ex_pct"], width, yerr=interval, capsize=2, label=name)
        axes.bar_label(bars, fmt="%.0f", fontsize=6, padding=1)  # a 0 % bar shows as "0", not as nothing
    counts = table.dropna(subset=["questions"]).groupby("level")["questions"].max() if "questions" in table else {}
    axes.set_xticks(range(len(levels)), [f"{level}\nn={int(counts[level])}" if level in counts else level
                                         for level in levels])
    axes.set(ylabel="EX (%), Wilson 95% interval", xlabel="", title=title)
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    figure.tight_layout()
    return figure


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
    each model (official semantics, each schema setting scored) with its interval, the ablation deltas with
    theirs, and the preliminary gains. Missing tables are skipped."""
    root = Path(profile_root)
    rows = []
    main = root / "evaluation" / "main_results_spider.csv"
    if main.is_file():
        table = pd.read_csv(main)
        for _, row in table[table["semantics"].isin(["spider", "paper"])].iterrows():
            measured = row["semantics"] != "paper"
            rows.append({"what": "Spider dev EX, all levels (%)",
                         "item": f"{row['model']} ({row['schema']} schema)" if measured else row["model"],
                         "measured" if measured else "paper": row["all"],
                         **({"ci_low": row.get("ex_ci_low"), "ci_high": row.get("ex_ci_high"),
                             "questions": row.get("questions")} if measured else {})})
    ablations = root / "ablations" / "ablation_table.csv"
    if ablations.is_file():
        for _, row in pd.read_csv(ablations).iterrows():
            rows.append({"what": "ablation: EX delta vs full (points)", "item": row["label"],
                         "measured": row["delta_pts"], "ci_low": row.get("delta_ci_low"),
                         "ci_high": row.get("delta_ci_high"), "questions": row["questions"],
                         "paper": row["paper_delta_pts"]})
    gains = root / "preliminary" / "gains_vs_paper.csv"
    if gains.is_file():
        paired_file = root / COMPARISON_FILES["preliminary"]
        paired = pd.read_csv(paired_file) if paired_file.is_file() else pd.DataFrame(columns=["a", "b"])
        versus_direct = paired[paired["b"] == "direct"].set_index("a")  # each gain's paired interval
        for _, row in pd.read_csv(gains).iterrows():
            test = versus_direct.loc[row["condition"]] if row["condition"] in versus_direct.index else {}
            rows.append({"what": "preliminary: EX gain over direct (points)", "item": row["condition"],
                         "measured": row["measured_gain_pts"], "ci_low": test.get("delta_ci_low"),
                         "ci_high": test.get("delta_ci_high"), "questions": test.get("questions"),
                         "paper": row["paper_gain_pts"]})
    return pd.DataFrame(rows, columns=["what", "item", "measured", "ci_low", "ci_high", "questions", "paper"])


COMPARISON_FILES = {"preliminary": Path("preliminary") / "paired_comparisons.csv",
                    "main": Path("evaluation") / "main_comparisons.csv",
                    "ablation": Path("ablations") / "paired_comparisons.csv"}
"""Where each study saves its paired comparisons (notebooks 02, 06, 07)."""
PAIRED_FILE = Path("evaluation") / "paired_comparisons.csv"
"""Every paired comparison of a profile in one table (``collect_comparisons``)."""

CLAIMS: tuple[tuple[str, str, str, str, str], ...] = (
    ("LearNAT's final model beats the untrained backbone", "main", "final", "backbone", "no_learnat"),
    ("Direct-SQL fine-tuning alone beats the untrained backbone (the kit's control; no paper row)", "main",
     "direct_sft", "backbone", ""),
    ("Decomposition SFT beats Direct-SQL SFT at the same budget (the kit's control; no paper row)", "main", "sft",
     "direct_sft", ""),
    ("MDPO improves on its SFT start (w/o MDPO)", "main", "final", "sft", "no_mdpo"),
    ("MDPO beats standard DPO on the same pairs", "ablation", "full", "mdpo_to_dpo", "mdpo_to_dpo"),
    ("The SFT warm-up matters (w/o SFT)", "ablation", "full", "no_sft", "no_sft"),
    ("A given correct decomposition helps the model (+30.4 in the paper)", "preliminary", "given_decomposition",
     "direct", "given_subtasks"),
    ("The model's own decomposition helps a little (+3.4 in the paper)", "preliminary", "self_decomposition",
     "direct", "self_decomposition"),
    ("A given decomposition helps more than the model's own", "preliminary", "given_decomposition",
     "self_decomposition", "given_vs_self"),
)
"""The paper's claims that a paired comparison can test: (claim, study, a, b, paper row). ``a`` is the system
the claim says is better; main rows are named by role, ablation rows by variant (``full`` is the pipeline)."""


def collect_comparisons(profile_root: str | os.PathLike) -> pd.DataFrame:
    """The paired comparisons the studies saved (``COMPARISON_FILES``), in one table with a ``study`` column;
    written to ``PAIRED_FILE``. Main rows name their systems by role too (``a_role``, ``b_role``)."""
    root = Path(profile_root)
    frames = [pd.read_csv(root / path).assign(study=study) for study, path in COMPARISON_FILES.items()
              if (root / path).is_file()]
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    if len(table):
        save_table(table, root / PAIRED_FILE.with_suffix(""),
                   caption="Every paired comparison of this profile: EX of a minus b on the same questions (points), "
                           "95% paired bootstrap interval, exact McNemar p")
    return table


def claims(comparisons: pd.DataFrame, *, alpha: float = 0.05) -> pd.DataFrame:
    """``CLAIMS`` judged by the paired comparisons: supported (a better, McNemar p < ``alpha``), contradicted
    (b better, p < ``alpha``) or undecided at this scale, with the measured difference and its interval beside
    the paper's; a claim whose comparison was not run is marked so."""
    from learnat_core.paper_results import load_paper_table

    paper = _paper_deltas(load_paper_table("ablations"), load_paper_table("synthesis"))
    rows = []
    for claim, study, a, b, paper_row in CLAIMS:
        found = _comparison(comparisons, study, a, b)
        row = {"claim": claim, "a": a, "b": b, "paper_delta_pts": paper.get(paper_row)}
        if found is None:
            rows.append({**row, "verdict": "not run in this profile"})
            continue
        delta, p_value = found["delta_pts"], found["p_value"]
        verdict = "undecided" if p_value >= alpha or delta == 0 else ("supported" if delta > 0 else "contradicted")
        rows.append({**row, **found, "verdict": verdict})
    return pd.DataFrame(rows, columns=["claim", "verdict", "a", "b", "questions", "delta_pts", "delta_ci_low",
                                       "delta_ci_high", "p_value", "paper_delta_pts"])


def _comparison(table: pd.DataFrame, study: str, a: str, b: str) -> dict[str, float] | None:
    """Questions, difference, interval and p of a over b in ``study``; an ablation row is stored as
    variant − full, so a claim about full − variant reads it with the sign turned."""
    if table.empty:
        return None
    rows = table[table["study"] == study]
    names = ("a_role", "b_role") if study == "main" else ("a", "b")
    for first, second, sign in ((a, b, 1), (b, a, -1)):
        match = rows[(rows[names[0]] == first) & (rows[names[1]] == second)]
        if len(match):
            row = match.iloc[0]
            low, high = sorted((sign * row["delta_ci_low"] + 0.0, sign * row["delta_ci_high"] + 0.0))  # no -0
            return {"questions": int(row["questions"]), "delta_pts": sign * row["delta_pts"] + 0.0, "delta_ci_low": low,
                    "delta_ci_high": high, "p_value": float(row["p_value"])}
    return None


def _paper_deltas(ablations: pd.DataFrame, synthesis: pd.DataFrame) -> dict[str, float]:
    """The paper's difference for each claim's row: ablation rows as full − variant (Spider dev), the
    preliminary gains as given (BIRD train)."""
    spider = ablations[ablations["benchmark"] == "spider_dev"].set_index("variant")["delta"].dropna()
    gains = synthesis[synthesis["quantity"] == "subtask_gain"].set_index("item")["value"]
    deltas = {name: -float(value) for name, value in spider.items()}
    deltas.update({name: float(value) for name, value in gains.items()})
    deltas["given_vs_self"] = round(float(gains["given_subtasks"] - gains["self_decomposition"]), 2)
    return deltas


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
    judged = claims(collect_comparisons(root))
    if judged["verdict"].ne("not run in this profile").any():
        lines += ["## The paper's claims at this scale", "",
                  "Each claim is judged by its paired test on the same questions (exact McNemar, α = 0.05): "
                  "*supported* or *contradicted* when the difference is significant, *undecided* otherwise; the "
                  "interval is the paired bootstrap 95% interval of the difference in EX points. The paper's "
                  "differences were measured with Qwen2.5-Coder-7B (Spider dev; the preliminary gains on BIRD train).",
                  "", judged.to_markdown(index=False, floatfmt=".3g"), ""]
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
            f"- time per notebook: {times} ({total:.1f} min in all before this report; stage folders an earlier "
            "run left done are reused, so only a cold run times all the work)",
            "- parameters and package versions: `manifest.json`; executed notebooks: `notebooks/`", ""]
