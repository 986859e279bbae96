"""The pipeline's stages as functions, as notebooks 03 (synthesis), 04 (SFT) and 05 (preference training) run
them: each claims its content-addressed stage folder (a rerun or an ablation variant with the same settings
finds it done) and leaves a typed handoff (``orchestration.handoffs``); the variant logic (which search, which
data, which start model, which offset) lives here, not in cells. The README's "The pipeline from Python" runs
synthesis → SFT → MDPO → scoring with them.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from learnat_core.data import DataSplit, Example
from learnat_core.inference import InferenceConfig
from learnat_core.llm import Backend
from learnat_core.orchestration import stages
from learnat_core.orchestration.handoffs import DirectSFTHandoff, FinalHandoff, SFTHandoff, SynthesisHandoff
from learnat_core.studies.decomposition_synthesis import stage_settings
from learnat_core.studies.training_runs import (
    choose,
    direct_sft_file,
    final_label,
    matched_budget,
    outcome_pairs_file,
    prompt_settings,
    score_model,
    train_mdpo_stage,
    train_sft_stage,
)
from learnat_core.synthesis import SynthesisConfig, synthesize
from learnat_core.synthesis.outputs import SynthesisSummary
from learnat_core.synthesis.pipeline import (first_round_proposer, round_proposers, select_examples, training_config,
                                             write_pool)
from learnat_core.synthesis.proposers import DEFAULT_GENERATION
from learnat_core.training.mdpo import MDPORunConfig
from learnat_core.training.run import TrainResult
from learnat_core.training.sft import SFTRunConfig

DIRECT_BASELINE = "direct_sft"  # the label of the Direct-SQL SFT baseline of the same budget


@dataclass(frozen=True)
class SynthesisStage:
    """What notebook 03's synthesis run left: its handoff, its summary (searched, solved, records, pairs,
    tokens, time) and the size of its demonstration pool."""

    handoff: SynthesisHandoff
    summary: SynthesisSummary
    pool_size: int


def synthesis_stage(split: DataSplit, config: SynthesisConfig, runs_dir: str | os.PathLike, *,
                    sample_size: int | None, seed: int = 0, method: str = "ast_mcts", proposer: str = "ast-rules",
                    rule_noise: float = 0.0, backend: Backend | None = None, max_new_tokens: int = 128,
                    rounds: int = 3, workers: int = 1, data_root: str | os.PathLike | None = None,
                    llm_options: Mapping[str, object] | None = None) -> SynthesisStage:
    """Notebook 03's stage: search a seeded sample of ``sample_size`` questions of ``split`` with ``method``
    (``config`` as its search) for ``rounds`` pool rounds, the steps proposed by ``proposer`` (``ast-rules`` with
    ``rule_noise``, or ``llm`` through ``backend``, whose identity goes into the stage key with ``llm_options``),
    then write the demonstration pool."""
    examples = select_examples(split, sample_size=sample_size, seed=seed)
    search = training_config(method, config)
    generation = dataclasses.replace(DEFAULT_GENERATION, max_new_tokens=max_new_tokens)
    proposers = round_proposers(proposer, search, split, backend=backend, generation=generation, noise=rule_noise)
    name = first_round_proposer(proposers).name
    options = ({"noise": rule_noise} if proposer == "ast-rules" else
               {**(llm_options or {}), "max_new_tokens": max_new_tokens})
    settings = stage_settings(dataset=split.dataset, split=split.split, data_root=data_root, examples=examples,
                              proposer=name, method=method, config=search, rounds=rounds, **options)
    with stages.claim_stage(runs_dir, "synthesis", settings) as run_dir:
        summary = synthesize(examples, proposers, search, run_dir, split=split, rounds=rounds, workers=workers)
        pool_file, pool_size = write_pool(run_dir)
    handoff = SynthesisHandoff(run_dir, run_dir / "sft.jsonl", run_dir / "pairs.jsonl", Path(pool_file),
                               split.dataset, split.split, sample_size, seed, name, method)
    return SynthesisStage(handoff, summary, pool_size)


@dataclass(frozen=True)
class SFTStage:
    """What notebook 04 trained: the model that goes on (``label``, ``model_dir``; the base model when
    ``sft_data`` is none) and every run, the Direct-SQL baseline included, by label."""

    label: str
    model_dir: Path
    sft_data: str
    runs: Mapping[str, TrainResult]

    def scored_models(self) -> dict[str, tuple[Path, str]]:
        """The trained models to score, by label: (model folder, answer mode). An untrained base is left out
        (notebook 05 scores it as its final model)."""
        models = {}
        if self.label in self.runs:
            models[self.label] = (self.model_dir, stages.SFT_DATA_MODES[self.sft_data])
        if DIRECT_BASELINE in self.runs:
            models[DIRECT_BASELINE] = (Path(self.runs[DIRECT_BASELINE].model_dir), "direct")
        return models

    def handoffs(self, base_model: str, inference: Mapping[str, InferenceConfig]) -> list[SFTHandoff]:
        """The handoffs for notebook 05 and 06: the model that goes on, and the Direct-SQL baseline when trained,
        each with the settings it was scored with (``inference``, by label; None when not scored)."""
        found = [SFTHandoff(model_dir=self.model_dir, mode=stages.SFT_DATA_MODES[self.sft_data], label=self.label,
                            base_model=base_model, sft_data=self.sft_data, inference=inference.get(self.label))]
        if DIRECT_BASELINE in self.runs:
            found.append(DirectSFTHandoff(model_dir=Path(self.runs[DIRECT_BASELINE].model_dir), mode="direct",
                                          label=DIRECT_BASELINE, base_model=base_model, sft_data="direct",
                                          inference=inference.get(DIRECT_BASELINE)))
        return found


def sft_data_files(synthesis: SynthesisHandoff, sft_data: str, train_direct_baseline: bool,
                   runs_dir: str | os.PathLike, data_root: str | os.PathLike | None = None) -> dict[str, Path]:
    """The SFT data files the stage needs, by kind: the synthesis run's trajectories (``decomposition``) and,
    for Direct-SQL SFT or its baseline, question → gold SQL on the same questions (``direct``)."""
    choose("sft_data", sft_data, stages.SFT_DATA)
    files = {"decomposition": synthesis.sft_file}
    if sft_data == "direct" or train_direct_baseline:
        files["direct"] = direct_sft_file(synthesis, runs_dir, data_root)
    return files


def sft_stage(files: Mapping[str, Path], config: SFTRunConfig, sft_data: str, train_direct_baseline: bool,
              runs_dir: str | os.PathLike) -> SFTStage:
    """Notebook 04's stage: SFT of ``config.model`` on ``files[sft_data]`` (none: no training, the base goes
    on) and, when asked, the Direct-SQL baseline with the same steps and batch; each in its stage folder."""
    runs: dict[str, TrainResult] = {}
    if choose("sft_data", sft_data, stages.SFT_DATA) == "none":
        label, model_dir = "base", config.model  # the spec, resolved when loaded: no cache path in handoffs
    else:
        label = f"sft_{sft_data}"
        runs[label] = train_sft_stage(runs_dir, config, files[sft_data])
        model_dir = runs[label].model_dir
    if train_direct_baseline and sft_data != "direct":
        budget = matched_budget(runs[label], config) if label in runs else {}
        runs[DIRECT_BASELINE] = train_sft_stage(runs_dir, dataclasses.replace(config, **budget), files["direct"])
    return SFTStage(label, Path(model_dir), sft_data, runs)


def score_sft_models(stage: SFTStage, synthesis: SynthesisHandoff, examples: Sequence[Example], split: DataSplit,
                     runs_dir: str | os.PathLike, *, retries: int, max_new_tokens: int, batch_size: int, seed: int,
                     max_context: int | None = None, backend: str = "hf") -> dict[str, tuple[InferenceConfig,
                                                                                              pd.DataFrame]]:
    """Notebook 04's scoring: each trained model of ``stage`` (``SFTStage.scored_models``) asked as it was trained
    (its answer mode, no demonstrations, the synthesis run's prompt settings) on ``examples``, each in its
    inference stage folder; the settings and one row per question, by label."""
    scored = {}
    for name, (path, mode) in stage.scored_models().items():
        config = InferenceConfig(mode=mode, demo_k=0, retries=retries, max_new_tokens=max_new_tokens,
                                 batch_size=batch_size, seed=seed, **prompt_settings(synthesis))
        scored[name] = config, score_model(name, path, examples, split, runs_dir, config, max_context=max_context,
                                           backend=backend)
    return scored


@dataclass(frozen=True)
class PreferencePlan:
    """Notebook 05's choices: the preference data (``step_margin`` pairs, ``outcome`` pairs, or ``none``), the
    margin offset (none for outcome pairs, which carry no margin), the model it starts from and refers to
    (``init``: the SFT model or the base), and the final model's label."""

    preference: str
    offset: str
    init: str
    start: Path
    label: str


def preference_plan(sft: SFTHandoff, preference: str, margin_offset: str, init: str) -> PreferencePlan:
    """The plan of notebook 05 after the ``sft`` handoff; a bad choice is a ConfigError naming the parameter."""
    choose("preference", preference, stages.PREFERENCES)
    start = sft.model_dir if choose("init", init, stages.INITS) == "sft" else Path(sft.base_model)
    offset = "none" if preference == "outcome" else margin_offset
    return PreferencePlan(preference, offset, init, start, final_label(preference, offset, init, sft.label))


def preference_pairs(plan: PreferencePlan, synthesis: SynthesisHandoff, runs_dir: str | os.PathLike,
                     data_root: str | os.PathLike | None = None, *, pairs_per_question: int = 1,
                     seed: int = 0) -> tuple[Path, dict[str, int]]:
    """The pairs ``plan`` trains on and how many questions gave none, per reason: the synthesis run's step pairs,
    or outcome-reward pairs derived from its answers (``outcome_pairs_file``)."""
    if plan.preference == "outcome":
        return outcome_pairs_file(synthesis, runs_dir, data_root, max_pairs_per_question=pairs_per_question, seed=seed)
    return synthesis.pairs_file, {}


def preference_stage(plan: PreferencePlan, config: MDPORunConfig, pairs_file: str | os.PathLike,
                     runs_dir: str | os.PathLike) -> TrainResult | None:
    """Notebook 05's stage: MDPO (or DPO) of ``plan.start`` on ``pairs_file`` in its stage folder, with
    ``config``'s offset set from the plan; None when the plan has no preference stage."""
    if plan.preference == "none":
        return None
    if config.margin_offset != plan.offset:
        config = dataclasses.replace(config, margin_offset=plan.offset)
    return train_mdpo_stage(runs_dir, config, pairs_file, plan.start)


def final_handoff(plan: PreferencePlan, trained: TrainResult | None, inference: InferenceConfig) -> FinalHandoff:
    """Notebook 05's handoff: the trained model (or the start model without a preference stage) and the settings
    it was scored with."""
    model_dir = Path(trained.model_dir) if trained is not None else plan.start
    return FinalHandoff(model_dir=model_dir, mode=inference.mode, label=plan.label, inference=inference,
                        preference=plan.preference, offset=plan.offset, init=plan.init)
