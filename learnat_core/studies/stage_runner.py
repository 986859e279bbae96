"""A variant's pipeline straight through the stage functions, without papermill (``learnat ablate --no-notebooks``).

Notebooks 03 → 04 → 05 become calls of ``studies.pipeline`` with the parameters papermill would pass them (the
notebook's own defaults, then the profile's, then the variant's overrides), so a variant run either way claims
the same stage folders and writes the same results: the handoffs, ``ablation.RESULT_FILE`` and
``ablation.VERDICTS_FILE``. The notebooks' tables, figures and side studies (baselines, audits, the trained
proposer) are left out.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from learnat_core.data import locate
from learnat_core.errors import ConfigError
from learnat_core.evaluation.tables import ex_by_level
from learnat_core.llm import open_model
from learnat_core.orchestration import handoffs, stages
from learnat_core.orchestration.ablation import RESULT_FILE, VERDICTS_FILE
from learnat_core.orchestration.handoffs import FinalHandoff, SFTHandoff, SynthesisHandoff
from learnat_core.orchestration.profiles import notebook_defaults
from learnat_core.orchestration.reproduce import NotebookRun
from learnat_core.studies import pipeline, training_runs
from learnat_core.studies.model_eval import evaluation_set
from learnat_core.synthesis import SynthesisConfig

SYNTHESIS, SFT, PREFERENCE = "03_decomposition_synthesis", "04_sft", "05_mdpo"
"""The notebooks whose stages the runner calls, in order."""


def run_stages(runs: Sequence[NotebookRun]) -> FinalHandoff:
    """The stages of the planned notebook ``runs`` (one variant: 03, 04 and 05, as ``ablation.plan_ablation``
    plans them) into their output folder; the final model's handoff."""
    parameters = {run.name: {**notebook_defaults(run.source), **run.parameters} for run in runs}
    if set(parameters) != {SYNTHESIS, SFT, PREFERENCE}:
        raise ConfigError(f"the stage runner runs {SYNTHESIS}, {SFT} and {PREFERENCE}; planned: "
                          f"{', '.join(parameters) or 'nothing'}")
    output_dir = Path(parameters[SYNTHESIS]["output_dir"])
    synthesis = synthesis_step(parameters[SYNTHESIS])
    handoffs.write(output_dir, synthesis)
    return preference_step(parameters[PREFERENCE], synthesis, sft_step(parameters[SFT], synthesis))


def _runs(parameters: Mapping[str, Any]) -> Path:
    return stages.runs_folder(parameters["output_dir"], parameters["runs_dir"])


def synthesis_step(parameters: Mapping[str, Any]) -> SynthesisHandoff:
    """Notebook 03's synthesis stage (cells 2 and 4) from its parameters."""
    p = parameters
    data = locate(p["dataset"], p["split"], p["data_root"])
    backend = (open_model(p["backend"], p["model"], base_url=p["base_url"], max_context=p["max_context"],
                          progress=True) if p["proposer"] == "llm" else None)
    stage = pipeline.synthesis_stage(
        data, SynthesisConfig(**training_runs.fields_of(SynthesisConfig, p)), _runs(p), sample_size=p["sample_size"],
        seed=p["seed"], method=p["method"], proposer=p["proposer"], rule_noise=p["rule_noise"], backend=backend,
        max_new_tokens=p["max_new_tokens"], rounds=p["rounds"], workers=p["workers"], data_root=p["data_root"],
        llm_options={"backend": p["backend"], "model": p["model"]})
    return stage.handoff


def sft_step(parameters: Mapping[str, Any], synthesis: SynthesisHandoff) -> SFTHandoff:
    """Notebook 04's SFT stage after ``synthesis`` (cells 2, 4, 6 and 9: each trained model scored on the
    evaluation sample, as notebook 06 reads it back), its handoffs written."""
    p, runs = parameters, _runs(parameters)
    files = pipeline.sft_data_files(synthesis, p["sft_data"], p["train_direct_baseline"], runs, p["data_root"])
    stage = pipeline.sft_stage(files, training_runs.sft_run_config(p), p["sft_data"], p["train_direct_baseline"], runs)
    split, examples = evaluation_set(p["eval_dataset"], p["eval_split"], p["eval_size"], p["seed"], p["data_root"])
    scored = pipeline.score_sft_models(stage, synthesis, examples, split, runs, retries=p["retries"],
                                       max_new_tokens=p["max_new_tokens"], batch_size=p["eval_batch_size"],
                                       seed=p["seed"], max_context=p["max_context"], backend=p["eval_backend"])
    found = stage.handoffs(p["model"], {name: config for name, (config, _) in scored.items()})
    for handoff in found:
        handoffs.write(p["output_dir"], handoff)
    return found[0]


def preference_step(parameters: Mapping[str, Any], synthesis: SynthesisHandoff, sft: SFTHandoff) -> FinalHandoff:
    """Notebook 05's preference stage and the final model's scoring (cells 2, 4, 6 and 8): its handoff and the
    variant's result files written."""
    p, runs = parameters, _runs(parameters)
    plan = pipeline.preference_plan(sft, p["preference"], p["margin_offset"], p["init"])
    pairs_file, _ = pipeline.preference_pairs(plan, synthesis, runs, p["data_root"],
                                              pairs_per_question=p["outcome_pairs_per_question"], seed=p["seed"])
    trained = pipeline.preference_stage(plan, training_runs.mdpo_run_config(p, plan.offset), pairs_file, runs)
    split, examples = evaluation_set(p["eval_dataset"], p["eval_split"], p["eval_size"], p["seed"], p["data_root"])
    inference = training_runs.final_inference(
        p["eval_mode"], sft, synthesis.pool_file, demo_strategy=p["demo_strategy"], demo_k=p["demo_k"],
        retries=p["retries"], max_new_tokens=p["max_new_tokens"], batch_size=p["eval_batch_size"], seed=p["seed"],
        semantics=p["semantics"], **training_runs.prompt_settings(synthesis))
    final = pipeline.final_handoff(plan, trained, inference)
    per_question = training_runs.score_model(plan.label, final.model_dir, examples, split, runs, inference,
                                             max_context=p["max_context"], backend=p["eval_backend"])
    write_result(p["output_dir"], per_question)
    handoffs.write(p["output_dir"], final)
    return final


def write_result(output_dir: str | os.PathLike, per_question: pd.DataFrame) -> None:
    """A variant's result files: EX per level (``RESULT_FILE``) and the verdict per question (``VERDICTS_FILE``)."""
    result = Path(output_dir) / RESULT_FILE
    result.parent.mkdir(parents=True, exist_ok=True)
    ex_by_level(per_question, by="model").to_csv(result, index=False)
    per_question.to_csv(Path(output_dir) / VERDICTS_FILE, index=False)

