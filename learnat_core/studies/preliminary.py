"""Notebook 02's experiment (the paper's motivating study): the same model answering directly, with its own
decomposition, and with a given correct decomposition (sub-questions from the gold AST), scored by execution.

The paper reports +30.4 EX points when human-written subtasks are given and +3.4 with self-decomposition
(500 BIRD train questions, model not stated). Here the given sub-questions come from the rule-based gold-AST
decomposer (``decomposition.gold_decomposer``): templated, so they are weaker than human-written ones.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from learnat_core.data import DataSplit, Example
from learnat_core.evaluation.tables import ex_by_level
from learnat_core.inference import InferenceConfig
from learnat_core.llm import Backend, open_model
from learnat_core.orchestration.profiles import load_profile
from learnat_core.paper_results import paper_value
from learnat_core.studies.model_eval import paired_comparisons, score_run
from learnat_core.studies.training_runs import profile_direct_sft

CONDITIONS: dict[str, str] = {
    "direct": "direct",
    "self_decomposition": "decomposition",
    "given_decomposition": "given_decomposition",
}
"""Condition name -> inference mode."""

COMPARISONS = (("self_decomposition", "direct"), ("given_decomposition", "direct"),
               ("given_decomposition", "self_decomposition"))
"""The paired comparisons of the experiment: each decomposition condition against direct, given against self."""

_PAPER_GAINS = {"self_decomposition": "self_decomposition", "given_decomposition": "given_subtasks"}


@dataclass(frozen=True)
class AskedModel:
    """The model the experiment asks: its backend, its name in captions, and the prompt settings to ask it with."""

    backend: Backend
    name: str
    prompts: dict[str, Any]


def asked_model(*, sql_model: bool, profile: str, runs_dir: str | Path, data_root: str | Path | None, model: str,
                backend: str = "hf", base_url: str | None = None, max_context: int | None = None,
                prompt_style: str = "kit", schema_style: str = "learnat", instructions: bool = True) -> AskedModel:
    """With ``sql_model``, the Direct-SQL SFT model of ``profile``'s notebook-04 settings (trained here into the
    stage folder 04 then finds done), asked as it was trained; else ``model`` on ``backend`` with the given
    prompt settings and no sample values."""
    if sql_model:
        trained, prompts = profile_direct_sft(load_profile(profile), runs_dir, data_root)
        return AskedModel(open_model("hf", trained.model_dir, max_context=max_context, progress=True, cached=False),
                          f"Direct-SQL SFT ({Path(trained.output_dir).name})", prompts)
    prompts = {"prompt_style": prompt_style, "schema_style": schema_style, "instructions": instructions,
               "sample_values": 0}
    return AskedModel(open_model(backend, model, base_url=base_url, max_context=max_context, progress=True), model,
                      prompts)


def run_conditions(examples: Sequence[Example], backend: Backend, split: DataSplit, out_dir: str | Path, *,
                   config: InferenceConfig, conditions: Mapping[str, str] = CONDITIONS,
                   progress: bool = True) -> pd.DataFrame:
    """Run each condition (resumable: ``<out_dir>/runs/<condition>.jsonl``) and score it; one row per
    (condition, question) with level, ex, status, tokens and the ``predictions`` file of its answers."""
    frames = []
    for condition, mode in conditions.items():
        path = Path(out_dir) / "runs" / f"{condition}.jsonl"
        frames.append(score_run(condition, examples, backend, split, path, config=dataclasses.replace(config, mode=mode),
                                progress=progress).assign(predictions=str(path)))
    return pd.concat(frames, ignore_index=True).rename(columns={"model": "condition"})


def condition_table(per_question: pd.DataFrame) -> pd.DataFrame:
    """EX (%) and question count per condition and level, plus "all"; executable share and mean tokens."""
    return ex_by_level(per_question, by="condition")


def gains_beside_paper(table: pd.DataFrame) -> pd.DataFrame:
    """Measured EX gain (points, all levels) of each decomposition condition over direct, beside the paper's."""
    overall = table[table["level"] == "all"].set_index("condition")["ex_pct"]
    rows = []
    for condition, item in _PAPER_GAINS.items():
        if condition in overall and "direct" in overall:
            rows.append({"condition": condition, "measured_gain_pts": round(overall[condition] - overall["direct"], 2),
                         "paper_gain_pts": paper_value("synthesis", quantity="subtask_gain", item=item)})
    return pd.DataFrame(rows)


def paired_table(per_question: pd.DataFrame, *, seed: int = 0) -> pd.DataFrame:
    """``COMPARISONS`` on the questions both conditions answered: EX difference (points), its paired bootstrap
    interval and the exact McNemar p-value."""
    return paired_comparisons(per_question, COMPARISONS, by="condition", seed=seed).assign(study="preliminary")
