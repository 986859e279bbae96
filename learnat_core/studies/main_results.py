"""Notebook 06's study: the paper's main table (EX per difficulty level) for the models the pipeline trained,
under each evaluation semantics and with the full or the gold schema, beside the paper's numbers.

Every model is scored through ``model_eval.evaluate_model``, so a run that notebook 04 or 05 already made
with the same settings is read back, not generated again; the other semantics only re-score saved SQL.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from learnat_core.data import DataSplit, Example
from learnat_core.errors import DataError
from learnat_core.evaluation.hardness import BIRD_LEVELS, SPIDER_LEVELS
from learnat_core.evaluation.tables import ex_by_level
from learnat_core.inference import InferenceConfig
from learnat_core.llm import Backend, open_model
from learnat_core.orchestration import handoffs
from learnat_core.orchestration.handoffs import DirectSFTHandoff, FinalHandoff, SFTHandoff
from learnat_core.paper_results import load_paper_table
from learnat_core.studies.model_eval import (
    disagreements,
    evaluation_set,
    paired_comparisons,
    predictions,
    score_records,
    side_by_side,
)

ROLES = ("backbone", "direct_sft", "sft", "final")
"""The models of the main table: the untrained backbone (direct prompt), Direct-SQL SFT and decomposition SFT
(notebook 04), and the pipeline's final model (notebook 05)."""

_HANDOFFS = {"direct_sft": DirectSFTHandoff, "sft": SFTHandoff, "final": FinalHandoff}
_PAPER_BACKBONE = "Qwen2.5-Coder-7B"


@dataclass(frozen=True)
class ModelSpec:
    """A model of the main table: its role and label, where its weights are, the mode it answers in, and the
    inference settings its notebook scored it with (None for the backbone: the final model's, in direct mode)."""

    role: str
    label: str
    model: str
    mode: str
    inference: tuple[tuple[str, object], ...] | None = None

    def config(self, final: InferenceConfig) -> InferenceConfig:
        """The settings to score this model with: its notebook's own (so that run is reused), else ``final``'s
        in this model's mode."""
        if self.inference is not None:
            return InferenceConfig(**dict(self.inference))
        return dataclasses.replace(final, mode=self.mode, demo_pool=final.demo_pool if self.mode == "decomposition_adr" else None)


def pipeline_models(output_dir: str | Path, base_model: str) -> list[ModelSpec]:
    """The plain backbone and every model the pipeline handed on under ``output_dir``, when present."""
    specs = [ModelSpec("backbone", "backbone (no training)", base_model, "direct")]
    for role, kind in _HANDOFFS.items():
        if handoffs.present(output_dir, kind):
            handoff = handoffs.read(output_dir, kind)
            inference = handoff.inference.to_dict() if handoff.inference is not None else None
            specs.append(ModelSpec(role, handoff.label, str(handoff.model_dir), handoff.mode,
                                   tuple(sorted(inference.items())) if inference else None))
    return specs


def final_inference(output_dir: str | Path) -> InferenceConfig:
    """The inference settings notebook 05 evaluated the final model with (so its run is reused here)."""
    return handoffs.read(output_dir, FinalHandoff).inference


def evaluation_sets(datasets: Sequence[str], split: str, size: int | None, seed: int,
                    data_root: str | Path | None) -> tuple[dict[str, tuple[DataSplit, list[Example]]], list[str]]:
    """The evaluation sample of each dataset that can be scored here, and why any other was skipped (no
    questions under ``data_root``, or none of its databases: BIRD ships without them)."""
    found, skipped = {}, []
    for dataset in datasets:
        try:
            data, examples = evaluation_set(dataset, split, size, seed, data_root)
        except DataError as error:
            skipped.append(f"{dataset}/{split}: {error}")
            continue
        if examples:
            found[dataset] = (data, examples)
        else:
            skipped.append(f"{dataset}/{split}: none of its databases under {data.db_root}")
    return found, skipped


def score_models(models: Mapping[ModelSpec, Backend], split: DataSplit, examples: Sequence[Example],
                 runs_dir: str | Path, *, final: InferenceConfig, semantics: Sequence[str],
                 gold_schema_roles: Sequence[str] = ("final",), progress: bool = True) -> pd.DataFrame:
    """One row per (model, schema setting, semantics, question). Each model is scored with ``spec.config``, in
    the schema setting it was trained with (``as_trained``); a model trained on full-schema prompts whose role
    is in ``gold_schema_roles`` once more with the gold schema (the released code's oracle setting). A model
    trained on gold-schema prompts is not asked with the full schema, which it never saw. Each semantics
    re-scores the same saved answers; ``predictions`` names the file they are in."""
    frames = []
    for spec, backend in models.items():
        own = spec.config(final)
        settings = [own.gold_schema] + ([True] if spec.role in gold_schema_roles and not own.gold_schema else [])
        for gold in settings:
            run_config = dataclasses.replace(own, gold_schema=gold)
            path = predictions(examples, backend, split, runs_dir, config=run_config, progress=progress)
            for rule in semantics:
                frame = score_records(spec.label, examples, split, path, semantics=rule)
                frames.append(frame.assign(dataset=split.dataset, role=spec.role, schema="gold" if gold else "full",
                                           as_trained=gold == own.gold_schema, semantics=rule, predictions=str(path)))
    return pd.concat(frames, ignore_index=True)


def score_sets(sets: Mapping[str, tuple[DataSplit, Sequence[Example]]], models: Sequence[ModelSpec],
               runs_dir: str | Path, *, backend: str, final: InferenceConfig, semantics: Sequence[str],
               gold_schema_roles: Sequence[str] = ("final",), base_url: str | None = None,
               max_context: int | None = None) -> tuple[pd.DataFrame, dict[str, dict[str, tuple[int, int]]]]:
    """``score_models`` on every evaluation set (``evaluation_sets``), each model opened on ``backend``; also the
    tokens generated or read and the cache hits of each model on each dataset."""
    frames, usage = [], {}
    for dataset, (split, examples) in sets.items():
        backends = {spec: open_model(backend, spec.model, base_url=base_url, max_context=max_context)
                    for spec in models}
        frames.append(score_models(backends, split, examples, runs_dir, final=final, semantics=semantics,
                                   gold_schema_roles=gold_schema_roles))
        counts = {spec.label: b.usage.as_dict() for spec, b in backends.items()}
        usage[dataset] = {label: (int(u["prompt_tokens"] + u["completion_tokens"]), int(u["cache_hits"]))
                          for label, u in counts.items()}
    return pd.concat(frames, ignore_index=True), usage


def contrasting_questions(per_question: pd.DataFrame, count: int = 3) -> list[str]:
    """Up to ``count`` question ids, in sample order, that some of the models (asked as trained, official
    semantics) answer correctly and others not: the questions where a class sees the models differ."""
    return disagreements(_official(per_question), count)


def answers_side_by_side(per_question: pd.DataFrame, examples: Sequence[Example], ids: Sequence[str]) -> str:
    """Each model's answer to each question of ``ids`` (asked as trained, official semantics), named by role and
    label, as ``model_eval.side_by_side`` prints it."""
    official = _official(per_question)
    return side_by_side(official.assign(name=official["role"] + ": " + official["model"]), examples, ids, name="name")


def _official(per_question: pd.DataFrame) -> pd.DataFrame:
    return per_question[per_question["as_trained"] & (per_question["semantics"] == per_question["dataset"])]


MAIN_COMPARISONS = (("direct_sft", "backbone"), ("sft", "backbone"), ("final", "backbone"),
                    ("sft", "direct_sft"), ("final", "direct_sft"), ("final", "sft"))
"""The comparisons of the main table, by role: each trained model against the backbone, decomposition SFT
against Direct-SQL SFT at the same budget, and the preference stage against its SFT start."""


def comparisons(per_question: pd.DataFrame, *, seed: int = 0) -> pd.DataFrame:
    """``MAIN_COMPARISONS`` among the models present, each asked as it was trained and scored under its
    dataset's official semantics, per dataset: EX difference, paired bootstrap interval, exact McNemar p."""
    rows = per_question[per_question["as_trained"] & (per_question["semantics"] == per_question["dataset"])]
    frames = []
    for dataset, group in rows.groupby("dataset", sort=False):
        labels = dict(zip(group["role"], group["model"]))
        roles = [(a, b) for a, b in MAIN_COMPARISONS if a in labels and b in labels and labels[a] != labels[b]]
        if roles:
            table = paired_comparisons(group, [(labels[a], labels[b]) for a, b in roles], seed=seed)
            frames.append(table.assign(study="main", dataset=dataset, a_role=[a for a, _ in roles],
                                       b_role=[b for _, b in roles]))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def main_table(per_question: pd.DataFrame, levels: Sequence[str]) -> pd.DataFrame:
    """EX (%) per level, one row per (dataset, model, schema, semantics): ``ex_by_level``'s ``ex_pct`` spread
    over one column per level, then the overall ``ex_pct`` with its Wilson interval and question count."""
    keys = ["dataset", "model", "schema", "semantics"]
    long = ex_by_level(per_question, by=keys)
    wide = long.pivot_table(index=keys, columns="level", values="ex_pct", sort=False)
    wide = wide.reindex(columns=[*levels, "all"])  # every level of the benchmark, in its order (NaN: none sampled)
    overall = long[long["level"] == "all"].set_index(keys)
    for column in ("ex_pct", "ex_ci_low", "ex_ci_high", "questions"):
        wide[column] = overall[column]
    return wide.reset_index()


def main_tables(per_question: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """``main_table`` of each benchmark scored in ``per_question`` (spider, bird) with the paper's rows below."""
    tables = {}
    for dataset, levels in (("spider", SPIDER_LEVELS), ("bird", BIRD_LEVELS)):
        rows = per_question[per_question["dataset"] == dataset]
        if len(rows):
            tables[dataset] = pd.concat([main_table(rows, levels), paper_rows(f"{dataset}_dev")], ignore_index=True)
    return tables


def paper_rows(benchmark: str) -> pd.DataFrame:
    """The paper's LearNAT (Qwen2.5-Coder-7B) per-level EX and its plain backbone's total on ``benchmark``
    (``spider_dev`` or ``bird_dev``), in ``main_table``'s layout."""
    per_level = load_paper_table("per_difficulty")
    learnat = per_level[(per_level["method"] == "learnat") & (per_level["backbone"] == _PAPER_BACKBONE)
                        & (per_level["benchmark"] == benchmark)]
    row = {level if level != "total" else "all": value for level, value in zip(learnat["level"], learnat["value"])}
    ablations = load_paper_table("ablations")
    backbone = ablations[(ablations["variant"] == "no_learnat") & (ablations["benchmark"] == benchmark)]
    rows = [{"model": f"paper: LearNAT ({_PAPER_BACKBONE})", **row},
            {"model": f"paper: {_PAPER_BACKBONE} (no training)", "all": float(backbone["value"].iloc[0])}]
    return pd.DataFrame(rows).assign(dataset=benchmark.split("_")[0], schema="full", semantics="paper")
