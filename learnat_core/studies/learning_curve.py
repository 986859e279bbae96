"""EX against training examples seen: the checkpoints a finished SFT run kept, scored on the evaluation sample
its final model was scored on, for choosing a training budget from measurements rather than guesses.

Each checkpoint is scored through the same inference stage folders as the notebooks (a checkpoint asked once
is not asked again), with the final model's inference settings, so the last point of a curve is the final
model's row of notebook 04. Only full-weight runs keep checkpoints a backend can load (a LoRA checkpoint holds
an adapter, not a model).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from learnat_core.data import DataSplit, Example
from learnat_core.errors import DataError
from learnat_core.evaluation.statistics import paired_comparison, rate
from learnat_core.inference import InferenceConfig
from learnat_core.studies.training_runs import score_model
from learnat_core.training.run import TrainResult, read_train_result

CURVE_COLUMNS = ["run", "step", "examples_seen", "questions", "ex_pct", "ex_ci_low", "ex_ci_high",
                 "delta_vs_previous_pts", "delta_ci_low", "delta_ci_high", "p_value", "model_dir"]
_CHECKPOINT = re.compile(r"checkpoint-(\d+)$")


def checkpoints(run_dir: str | os.PathLike) -> list[tuple[int, Path]]:
    """The full-weight checkpoints under ``<run_dir>/checkpoints`` as (step, folder), by step; a DataError when
    the run kept none or kept adapters only."""
    folder = Path(run_dir) / "checkpoints"
    found = sorted((int(match.group(1)), path) for path in folder.glob("checkpoint-*")
                   if (match := _CHECKPOINT.search(path.name)) and path.is_dir())
    if not found:
        raise DataError(f"{folder}: no checkpoint-<step> folder (the run kept none)")
    weights = [(step, path) for step, path in found if (path / "model.safetensors").is_file()]
    if not weights:
        raise DataError(f"{folder}: the checkpoints hold no model.safetensors (a LoRA run keeps adapters only)")
    return weights


def examples_seen(result: TrainResult, checkpoint: str | os.PathLike) -> int:
    """Training examples the run of ``result`` had seen at ``checkpoint``: its step × batch size × accumulation
    × processes (the Trainer saves one ``rng_state_<rank>.pth`` per process of a multi-process run)."""
    checkpoint = Path(checkpoint)
    state = checkpoint / "trainer_state.json"
    try:
        step = int(json.loads(state.read_text(encoding="utf-8"))["global_step"])
        config = result.config["config"]
        batch = int(config["per_device_train_batch_size"]) * int(config["gradient_accumulation_steps"])
    except (OSError, KeyError, TypeError, ValueError) as error:
        raise DataError(f"{checkpoint}: no step or batch size ({type(error).__name__}: {error})") from None
    return step * batch * max(1, len(list(checkpoint.glob("rng_state_*.pth"))))


def learning_curve(runs: Mapping[str, tuple[str | os.PathLike, InferenceConfig]], examples: Sequence[Example],
                   split: DataSplit, runs_dir: str | os.PathLike, *, base_model: str | os.PathLike | None = None,
                   max_context: int | None = None, backend: str = "hf", progress: bool = True) -> pd.DataFrame:
    """One row per checkpoint of each run (label -> (run folder, inference settings)): EX on ``examples`` with
    its Wilson interval after ``examples_seen`` training examples (``CURVE_COLUMNS``); with ``base_model``, each
    curve starts at 0 examples with the base model asked under that run's settings."""
    rows = []
    for label, (run_dir, config) in runs.items():
        final = read_train_result(run_dir)
        points = [(0, 0, Path(base_model))] if base_model is not None else []
        for step, checkpoint in checkpoints(run_dir):
            # the final weights are scored as the merged model the notebook scored, so that run is reused
            model = Path(final.model_dir) if step == final.global_step else checkpoint
            points.append((step, examples_seen(final, checkpoint), model))
        previous = None
        for step, seen, model in points:
            scored = score_model(f"{label}@{step}", model, examples, split, runs_dir, config,
                                 max_context=max_context, backend=backend, progress=progress)
            verdicts = scored.set_index("id")["ex"].astype(bool)
            rows.append(_row(label, step, seen, verdicts, previous, str(model)))
            previous = verdicts
    return pd.DataFrame(rows, columns=CURVE_COLUMNS)


def _row(label: str, step: int, seen: int, verdicts: pd.Series, previous: pd.Series | None, model_dir: str) -> dict:
    """A curve point: EX with its Wilson interval and, after the first point, the paired test against the
    run's previous point on the same questions (bootstrap interval of the difference, exact McNemar p)."""
    ex = rate(int(verdicts.sum()), len(verdicts))
    row = {"run": label, "step": step, "examples_seen": seen, "questions": ex.questions,
           "ex_pct": round(ex.ex_pct, 2), "ex_ci_low": round(ex.ex_ci_low, 2), "ex_ci_high": round(ex.ex_ci_high, 2),
           "model_dir": model_dir}
    if previous is not None:
        change = paired_comparison("this", verdicts, "previous", previous.reindex(verdicts.index))
        row.update(delta_vs_previous_pts=round(change.delta_pts, 2), delta_ci_low=round(change.delta_ci_low, 2),
                   delta_ci_high=round(change.delta_ci_high, 2), p_value=change.p_value)
    return row


def curve_sentence(curve: pd.DataFrame, label: str) -> str:
    """How ``label``'s EX moved between its first and last point, with both intervals and the paired test of the
    last point against the one before."""
    points = curve[curve["run"] == label].sort_values("examples_seen")
    if len(points) < 2:
        return f"{label}: one point only, no curve"
    first, last = points.iloc[0], points.iloc[-1]
    trend = "rose" if last["ex_pct"] > first["ex_pct"] else ("fell" if last["ex_pct"] < first["ex_pct"] else "stayed")
    return (f"{label}: EX {trend} from {first['ex_pct']:.1f}% [{first['ex_ci_low']:.1f}–{first['ex_ci_high']:.1f}] "
            f"after {first['examples_seen']} examples to {last['ex_pct']:.1f}% "
            f"[{last['ex_ci_low']:.1f}–{last['ex_ci_high']:.1f}] after {last['examples_seen']} "
            f"({last['questions']} questions; against the point before: {last['delta_vs_previous_pts']:+.1f} "
            f"points [{last['delta_ci_low']:+.1f}, {last['delta_ci_high']:+.1f}], exact McNemar p = {last['p_value']:.2g})")

