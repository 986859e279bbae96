"""Ablations as a grid: each variant is a readable set of parameter overrides of the pipeline notebooks.

``configs/ablations.yaml`` lists the pipeline (the notebooks a variant reruns, e.g. 03 → 04 → 05), the
variants (label, the paper's ablation row it mirrors, overrides per notebook) and which variants each profile
runs by default. ``learnat ablate`` runs every variant through papermill into
``results/<profile>/ablations/<variant>/`` (``--no-notebooks``: straight through the stage functions,
``studies.stage_runner``); the heavy work of a stage lives in the shared
``results/<profile>/runs/`` under a hash of its settings (``learnat_core.orchestration.stages``), so a variant only
recomputes the stages its overrides change (w/o ADR reruns the evaluation, not the training). Everything is
checked before anything runs: unknown variants, notebooks or parameters, and values outside a parameter's
choices are one-line errors.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqdm.auto import tqdm

from learnat_core.errors import ConfigError, DataError, LearnatError
from learnat_core.files import read_yaml_mapping, reject_unknown_keys
from learnat_core.orchestration.profiles import PROFILE_NAMES, Profile
from learnat_core.orchestration.reproduce import NotebookRun, plan_runs, run_notebooks
from learnat_core.orchestration.stages import EVAL_MODES, INITS, PREFERENCES, SFT_DATA

if TYPE_CHECKING:  # pandas is imported where a table is built, so that ``learnat --help`` does not load it
    import pandas as pd

FULL = "full"
"""The variant every other one is compared with: the whole pipeline with the profile's settings."""

RESULT_FILE = Path("evaluation") / "final_ex_by_level.csv"
"""What a variant's last notebook writes: EX per level of the pipeline's final model."""
VERDICTS_FILE = Path("evaluation") / "final_per_question.csv"
"""... and its verdict per question (``id``, ``ex``), for the paired comparison with ``full``."""

_GRID_KEYS = ("pipeline", "variants", "profiles")
_VARIANT_KEYS = ("label", "paper", "description", "set")


def parameter_choices() -> dict[str, tuple[Any, ...]]:
    """Allowed values of the enumerated notebook parameters, from the package's own registries."""
    from learnat_core.demonstrations import STRATEGIES
    from learnat_core.evaluation import SEMANTICS_NAMES
    from learnat_core.sql_ast import SIMILARITY_METHODS
    from learnat_core.synthesis.pipeline import TRAINING_METHODS
    from learnat_core.training.mdpo import OFFSET_VARIANTS

    return {"method": tuple(TRAINING_METHODS), "similarity": tuple(SIMILARITY_METHODS), "margin_offset": OFFSET_VARIANTS,
            "demo_strategy": tuple(STRATEGIES), "semantics": (None, *SEMANTICS_NAMES), "eval_mode": EVAL_MODES,
            "sft_data": SFT_DATA, "preference": PREFERENCES, "init": INITS}


@dataclass(frozen=True)
class Variant:
    """One ablation: a label for tables, the paper's row it mirrors (None: the kit's own), and overrides."""

    name: str
    label: str
    paper: str | None = None
    description: str = ""
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True)
class AblationGrid:
    """The pipeline notebooks, the variants by name, and the variants each profile runs by default."""

    pipeline: tuple[str, ...]
    variants: dict[str, Variant]
    profiles: dict[str, tuple[str, ...]]

    def select(self, profile: str, only: Sequence[str] | None = None) -> list[Variant]:
        """The variants to run: ``only`` (checked) or the profile's default list, ``full`` always first."""
        names = list(only) if only else list(self.profiles.get(profile, self.variants))
        unknown = sorted(set(names) - set(self.variants))
        if unknown:
            raise ConfigError(f"unknown variant(s) {unknown}; the grid has: {', '.join(self.variants)}")
        ordered = [FULL] + [name for name in dict.fromkeys(names) if name != FULL]
        return [self.variants[name] for name in ordered]


def load_grid(path: str | Path) -> AblationGrid:
    """Read and check an ablation grid YAML file; any problem is a ConfigError naming the entry."""
    path = Path(path)
    raw = read_yaml_mapping(path, "ablation grid")
    reject_unknown_keys(str(path), raw, _GRID_KEYS)
    if not {"pipeline", "variants"} <= set(raw):
        raise ConfigError(f"{path}: expected a mapping with keys pipeline, variants and optionally profiles")
    pipeline = tuple(raw["pipeline"] or ())
    variants = {name: _variant(path, name, entry, pipeline) for name, entry in (raw["variants"] or {}).items()}
    if FULL not in variants:
        raise ConfigError(f"{path}: the grid needs a {FULL!r} variant to compare the others with")
    profiles = {name: tuple(listed or ()) for name, listed in (raw.get("profiles") or {}).items()}
    for name, listed in profiles.items():
        if name not in PROFILE_NAMES:
            raise ConfigError(f"{path}: profiles: unknown profile {name!r}; choose from {', '.join(PROFILE_NAMES)}")
        missing = sorted(set(listed) - set(variants))
        if missing:
            raise ConfigError(f"{path}: profiles.{name} lists unknown variant(s) {missing}")
    return AblationGrid(pipeline, variants, profiles)


def _variant(path: Path, name: str, entry: Any, pipeline: tuple[str, ...]) -> Variant:
    where = f"{path}: variants.{name}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a mapping with keys among {', '.join(_VARIANT_KEYS)}")
    reject_unknown_keys(where, entry, _VARIANT_KEYS)
    overrides = entry.get("set") or {}
    if not isinstance(overrides, dict) or not all(isinstance(v, dict) for v in overrides.values()):
        raise ConfigError(f"{where}.set: expected a mapping of notebook names to parameter mappings")
    outside = sorted(set(overrides) - set(pipeline))
    if outside:
        raise ConfigError(f"{where}.set names notebook(s) {outside} outside the pipeline {list(pipeline)}")
    choices = parameter_choices()
    for notebook, parameters in overrides.items():
        for parameter, value in parameters.items():
            if parameter in choices and value not in choices[parameter]:
                raise ConfigError(f"{where}.set.{notebook}.{parameter}: {value!r} is not one of "
                                  f"{', '.join(map(str, choices[parameter]))}")
    return Variant(name, str(entry.get("label", name)), entry.get("paper"), str(entry.get("description", "")),
                   overrides)


def plan_ablation(grid: AblationGrid, profile: Profile, variants: Sequence[Variant], notebooks_dir: str | Path,
                  results_dir: str | Path) -> dict[str, list[NotebookRun]]:
    """The notebook runs of every variant, all checked against the notebooks before any of them runs."""
    return {variant.name: plan_runs(profile, notebooks_dir, results_dir, only=list(grid.pipeline),
                                    variant=variant.name, overrides=variant.overrides)
            for variant in variants}


def run_ablation(grid: AblationGrid, plans: Mapping[str, list[NotebookRun]], *, resume: bool = True,
                 workers: int = 1, runner: Callable[[list[NotebookRun]], object] | None = None) -> pd.DataFrame:
    """Run the planned variants (``full`` first, then ``workers`` at a time) through their notebooks, or through
    ``runner`` (``studies.stage_runner.run_stages``: the stages only), and return one row per variant: status,
    seconds, and the error of a variant that failed (the others still run)."""
    import pandas as pd

    if workers < 1:
        raise ConfigError(f"workers must be at least 1, got {workers}")

    def one(name: str) -> dict[str, Any]:
        started = time.perf_counter()
        if runner is not None or not (resume and plans[name][-1].is_done()):
            _forget_results(plans[name])  # a variant that fails now must not be tabulated from an earlier run
        try:
            if runner is None:
                run_notebooks(plans[name], resume=resume, progress=False,
                              manifest_fields={"variant": asdict(grid.variants[name])})
            else:
                runner(plans[name])
        except LearnatError as error:
            return {"variant": name, "status": "failed", "seconds": round(time.perf_counter() - started, 1),
                    "error": str(error)}
        return {"variant": name, "status": "ok", "seconds": round(time.perf_counter() - started, 1), "error": ""}

    names = list(plans)
    rows = []
    with tqdm(total=len(names), desc="ablation variants", unit="variant") as bar:
        if FULL in plans:  # the other variants reuse its stages
            rows.append(one(FULL))
            bar.update()
        rest = [name for name in names if name != FULL]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for row in pool.map(one, rest):
                rows.append(row)
                bar.update()
    return pd.DataFrame(rows, columns=["variant", "status", "seconds", "error"])


def _forget_results(runs: Sequence[NotebookRun]) -> None:
    """Delete the result files of the variant ``runs`` write into (their ``output_dir``) before they run again."""
    out = Path(runs[0].parameters["output_dir"])
    for path in (RESULT_FILE, VERDICTS_FILE):
        (out / path).unlink(missing_ok=True)


def ablation_table(grid: AblationGrid, profile_root: str | Path, variants: Sequence[str] | None = None,
                   *, benchmark: str = "spider_dev") -> pd.DataFrame:
    """EX of each variant's final model (all levels) and its delta against ``full``, beside the paper's
    total and delta for the same row (Qwen2.5-Coder-7B, ``benchmark``); variants not run are left out."""
    import pandas as pd

    from learnat_core.paper_results import load_paper_table

    paper = load_paper_table("ablations")
    paper = paper[paper["benchmark"] == benchmark].set_index("variant")
    rows = []
    for name in variants or list(grid.variants):
        path = Path(profile_root) / "ablations" / name / RESULT_FILE
        if not path.is_file():
            continue
        table = pd.read_csv(path)
        overall = table[table["level"] == "all"].iloc[0]
        variant = grid.variants[name]
        rows.append({"variant": name, "label": variant.label, "questions": int(overall["questions"]),
                     "ex_pct": float(overall["ex_pct"]), "executes_pct": float(overall["executes_pct"]),
                     "paper_variant": variant.paper,
                     "paper_ex_pct": paper["value"].get(variant.paper) if variant.paper else None,
                     "paper_delta_pts": paper["delta"].get(variant.paper) if variant.paper else None})
    table = pd.DataFrame(rows, columns=["variant", "label", "questions", "ex_pct", "executes_pct", "paper_variant",
                                        "paper_ex_pct", "paper_delta_pts"])
    if FULL not in set(table["variant"]):
        raise DataError(f"no result of the {FULL!r} variant under {profile_root}/ablations: run the ablations first")
    full_ex = table.loc[table["variant"] == FULL, "ex_pct"].iloc[0]
    paired = ablation_comparisons(profile_root, list(table["variant"]))
    interval = paired.set_index("a")[["delta_pts", "delta_ci_low", "delta_ci_high", "p_value"]] if len(paired) else None
    # the paired difference where verdicts were saved (exact, from the counts), else the rates' difference
    delta = (table["ex_pct"] - full_ex).round(2)
    table.insert(4, "delta_pts", delta if interval is None else table["variant"].map(interval["delta_pts"]).fillna(delta))
    for column in ("delta_ci_low", "delta_ci_high", "p_value"):
        values = table["variant"].map(interval[column]) if interval is not None else None
        table.insert(table.columns.get_loc("executes_pct"), column, values)
    return table


def ablation_comparisons(profile_root: str | Path, variants: Sequence[str], *, seed: int = 0) -> pd.DataFrame:
    """Each variant's final model against ``full``'s on the questions both answered: EX difference (points),
    paired bootstrap interval and exact McNemar p (``evaluation.statistics.paired_comparison``); variants
    without saved verdicts are left out."""
    import pandas as pd

    from learnat_core.evaluation.statistics import COMPARISON_COLUMNS, paired_comparison

    def verdicts(name: str) -> pd.Series | None:
        path = Path(profile_root) / "ablations" / name / VERDICTS_FILE
        return pd.read_csv(path, dtype={"id": str}).set_index("id")["ex"] if path.is_file() else None

    full, rows = verdicts(FULL), []
    for name in variants:
        other = verdicts(name) if name != FULL else None
        if full is None or other is None:
            continue
        both = pd.concat([other.rename("a"), full.rename("b")], axis=1, join="inner")
        rows.append(paired_comparison(name, both["a"].astype(bool), FULL, both["b"].astype(bool), seed=seed).to_dict())
    table = pd.DataFrame(rows, columns=list(COMPARISON_COLUMNS)).assign(study="ablation")
    return table.round({"a_ex_pct": 2, "b_ex_pct": 2, "delta_pts": 2, "delta_ci_low": 2, "delta_ci_high": 2})
