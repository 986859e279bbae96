"""Scoring a model through the inference pipeline: one resumable run per (model, settings), EX per level.

Notebooks 02 and 04-07 all ask the same question of different models and prompts ("what EX does this model
reach on these questions under this inference setting?"), so they share these functions: the evaluation
sample, one scored run as per-question rows, and the per-level table.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from learnat_core.data import DataSplit, Example, locate, sample_examples
from learnat_core.evaluation.hardness import example_level
from learnat_core.evaluation.predictions import InferenceRecord, read_records
from learnat_core.evaluation.statistics import COMPARISON_COLUMNS, paired_comparison
from learnat_core.inference import InferenceConfig, evaluate_records, run_inference
from learnat_core.inference.pipeline import RESUME_FREE_SETTINGS
from learnat_core.llm import Backend
from learnat_core.orchestration.stages import claim_stage, stage_dir

PREDICTIONS = "predictions.jsonl"


def evaluation_set(dataset: str, split: str, size: int | None, seed: int = 0,
                   data_root: str | Path | None = None) -> tuple[DataSplit, list[Example]]:
    """The split and a seeded sample of ``size`` questions whose database is present (all when None)."""
    data = locate(dataset, split, data_root)
    missing = set(data.missing_databases())
    return data, sample_examples([e for e in data.load() if e.db_id not in missing], size, seed)


def predictions_file(runs_dir: str | Path, backend: Backend, split: DataSplit, examples: Sequence[Example],
                     config: InferenceConfig) -> Path:
    """The prediction JSONL of this model, split, question set and inference setting, in its stage folder
    under ``runs_dir``: the same request made by another notebook or an ablation variant finds it done."""
    return stage_dir(runs_dir, "inference", _inference_settings(backend, split, examples, config)) / PREDICTIONS


def predictions(examples: Sequence[Example], backend: Backend, split: DataSplit, runs_dir: str | Path, *,
                config: InferenceConfig, progress: bool = True) -> Path:
    """Run (or resume) inference into the model's stage folder under ``runs_dir`` and return the prediction
    file; the folder is locked meanwhile, so parallel variants that ask for the same run wait for one another
    instead of writing one file twice."""
    settings = _inference_settings(backend, split, examples, config)
    with claim_stage(runs_dir, "inference", settings) as folder:
        run_inference(examples, backend, config, folder / PREDICTIONS, split=split, progress=progress)
    return folder / PREDICTIONS


def evaluate_model(label: str, examples: Sequence[Example], backend: Backend, split: DataSplit,
                   runs_dir: str | Path, *, config: InferenceConfig, progress: bool = True) -> pd.DataFrame:
    """``predictions`` scored under ``config.semantics``; one row per question (see ``score_records``)."""
    path = predictions(examples, backend, split, runs_dir, config=config, progress=progress)
    return score_records(label, examples, split, path, semantics=config.semantics)


def _inference_settings(backend: Backend, split: DataSplit, examples: Sequence[Example],
                        config: InferenceConfig) -> dict:
    ids = hashlib.sha256("\n".join(sorted(example.id for example in examples)).encode()).hexdigest()[:16]
    inference = {key: value for key, value in config.to_dict().items() if key not in RESUME_FREE_SETTINGS}
    return {"model": backend.identity(), "inference": inference, "dataset": split.dataset,
            "split": split.split, "questions": len(examples), "question_ids": ids}


def score_run(label: str, examples: Sequence[Example], backend: Backend, split: DataSplit, out_path: str | Path, *,
              config: InferenceConfig, progress: bool = True) -> pd.DataFrame:
    """Run (or resume) inference into ``out_path`` and score it; one row per question: ``model`` (= label),
    id, level, ex, status, pred_status, steps, tokens, seconds."""
    run_inference(examples, backend, config, out_path, split=split, progress=progress)
    return score_records(label, examples, split, out_path, semantics=config.semantics)


def score_records(label: str, examples: Sequence[Example], split: DataSplit, path: str | Path, *,
                  semantics: str | None = None) -> pd.DataFrame:
    """Score a saved prediction file again (under another ``semantics``, say) without generating anything."""
    asked = {example.id: example for example in examples}
    records = [record for record in read_records(path) if record.id in asked]
    verdicts, _ = evaluate_records(records, split, semantics=semantics)
    return pd.DataFrame([
        {"model": label, "id": record.id, "level": example_level(asked[record.id]), "ex": verdict.ex,
         "status": record.status, "pred_status": verdict.pred_status, "steps": len(record.steps),
         "tokens": record.prompt_tokens + record.completion_tokens, "seconds": record.seconds}
        for record, verdict in zip(records, verdicts)
    ], columns=["model", "id", "level", "ex", "status", "pred_status", "steps", "tokens", "seconds"])


def paired_comparisons(per_question: pd.DataFrame, pairs: Sequence[tuple[str, str]], by: str = "model",
                       *, seed: int = 0) -> pd.DataFrame:
    """One row per (a, b) in ``pairs``: EX of ``a`` minus ``b`` on the questions both answered, with the paired
    bootstrap interval and the exact McNemar p-value (``learnat_core.evaluation.statistics``)."""
    verdicts = per_question.pivot_table(index="id", columns=by, values="ex", aggfunc="first")
    rows = []
    for a, b in pairs:
        both = verdicts[[a, b]].dropna()
        rows.append(paired_comparison(a, both[a].astype(bool), b, both[b].astype(bool), seed=seed).to_dict())
    return pd.DataFrame(rows, columns=list(COMPARISON_COLUMNS)).round({"a_ex_pct": 2, "b_ex_pct": 2,
                                                                        "delta_pts": 2, "delta_ci_low": 2,
                                                                        "delta_ci_high": 2})


def disagreements(rows: pd.DataFrame, count: int = 3) -> list[str]:
    """Up to ``count`` question ids of ``rows`` (one verdict ``ex`` per system and question), in order, that some
    systems answer correctly and others not."""
    verdicts = rows.groupby("id", sort=False)["ex"].agg(["min", "max"])
    return list(verdicts[verdicts["min"] != verdicts["max"]].index[:count])


def side_by_side(rows: pd.DataFrame, examples: Sequence[Example], ids: Sequence[str], *, name: str = "model") -> str:
    """Each system's answer (its row of ``rows``: ``name``, ``id``, ``ex``, ``pred_status`` and the
    ``predictions`` file holding its answers) to each question of ``ids``: sub-questions, final SQL and verdict
    under the question and its gold query, as text to print."""
    by_id = {example.id: example for example in examples}
    records: dict[str, dict[str, InferenceRecord]] = {}
    blocks = []
    for question_id in ids:
        example = by_id[question_id]
        lines = [f"Q{question_id} ({example.db_id}): {example.question}", f"  gold: {example.gold_sql}"]
        for row in rows[rows["id"] == question_id].to_dict("records"):
            if row["predictions"] not in records:
                records[row["predictions"]] = {record.id: record for record in read_records(row["predictions"])}
            record = records[row["predictions"]][question_id]
            lines.append(f"  [{row[name]}] " + ("correct" if row["ex"] else f"wrong ({row['pred_status']})"))
            lines.extend(f"    sub-question {number}: {step.sub_question}" for number, step in enumerate(record.steps, 1))
            lines.append(f"    final SQL: {record.final_sql or '(none)'}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
