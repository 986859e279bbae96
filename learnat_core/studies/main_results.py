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
from learnat_core.evaluation.tables import ex_by_level
from learnat_core.inference import InferenceConfig
from learnat_core.llm import Backend
from learnat_core.orchestration.stages import has_handoff, read_handoff
from learnat_core.paper_results import load_paper_table
from learnat_core.studies.model_eval import evaluation_set, predictions, score_records

ROLES = ("backbone", "direct_sft", "sft", "final")
"""The models of the main table: the untrained backbone (direct prompt), Direct-SQL SFT and decomposition SFT
(notebook 04), and the pipeline's final model (notebook 05)."""

_HANDOFFS = {"direct_sft": "04_sft", "sft": "04_sft", "final": "05_mdpo"}
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
    for role, notebook in _HANDOFFS.items():
        if has_handoff(output_dir, role):
            handoff = read_handoff(output_dir, role, produced_by=notebook)
            inference = handoff.get("inference")
            specs.append(ModelSpec(role, handoff.get("label", role), str(handoff["model_dir"]), handoff["mode"],
                                   tuple(sorted(inference.items())) if inference else None))
    return specs


def final_inference(output_dir: str | Path) -> InferenceConfig:
    """The inference settings notebook 05 evaluated the final model with (so its run is reused here)."""
    return InferenceConfig(**read_handoff(output_dir, "final", produced_by="05_mdpo")["inference"])


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
    """One row per (model, schema setting, semantics, question). Each model is scored with ``spec.config``;
    the models whose role is in ``gold_schema_roles`` once more with the gold schema (the released code's
    oracle setting); each semantics re-scores the same saved answers."""
    frames = []
    for spec, backend in models.items():
        for schema in ("full", "gold") if spec.role in gold_schema_roles else ("full",):
            run_config = dataclasses.replace(spec.config(final), gold_schema=schema == "gold")
            path = predictions(examples, backend, split, runs_dir, config=run_config, progress=progress)
            for rule in semantics:
                frame = score_records(spec.label, examples, split, path, semantics=rule)
                frames.append(frame.assign(dataset=split.dataset, schema=schema, semantics=rule))
    return pd.concat(frames, ignore_index=True)


def main_table(per_question: pd.DataFrame, levels: Sequence[str]) -> pd.DataFrame:
    """EX (%) per level and overall, one row per (dataset, model, schema, semantics), plus the question count:
    ``ex_by_level``'s ``ex_pct`` spread over one column per level."""
    keys = ["dataset", "model", "schema", "semantics"]
    long = ex_by_level(per_question, by=keys)
    wide = long.pivot_table(index=keys, columns="level", values="ex_pct", sort=False)
    wide = wide.reindex(columns=[*levels, "all"])  # every level of the benchmark, in its order (NaN: none sampled)
    wide["questions"] = long[long["level"] == "all"].set_index(keys)["questions"]
    return wide.reset_index()


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
