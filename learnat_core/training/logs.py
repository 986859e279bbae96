"""Training logs: a TrainerCallback that writes every logging step's metrics to a CSV (loss, learning rate,
gradient norm, reward metrics and margins, tokens seen) and, at the end, throughput and peak memory.

The CSV is rewritten whole through a temporary file at each logging step (it stays small), so it is
never half written. After a resume it keeps the rows up to the checkpoint's step and drops those logged
after it, which the resumed run logs again, so every step appears once.
"""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from transformers import TrainerCallback

from learnat_core.files import write_text_atomic

_LEADING_COLUMNS = ("step", "epoch", "loss", "learning_rate", "grad_norm", "num_input_tokens_seen", "wall_seconds")


@dataclass(frozen=True)
class TrainingSummary:
    """What one training session cost: its steps, wall time, tokens and memory.

    ``tokens`` counts non-padding input tokens over the whole run (prompt and answer; for preference pairs
    both sequences); ``tokens_per_second`` is this session's tokens over its wall time; ``peak_rss_mb`` is
    the process's peak resident memory since it started, ``peak_gpu_mb`` the peak CUDA allocation (None on CPU).
    """

    resumed_from_step: int
    global_step: int
    seconds: float
    tokens: int
    tokens_per_second: float
    peak_rss_mb: float
    peak_gpu_mb: float | None


class TrainingLog(TrainerCallback):
    """Writes ``<stem>.csv`` (a row per logging step) and ``<stem>.summary.json`` (a TrainingSummary) in ``log_dir``."""

    def __init__(self, log_dir: str | os.PathLike, stem: str):
        self.csv_path = Path(log_dir) / f"{stem}.csv"
        self.summary_path = Path(log_dir) / f"{stem}.summary.json"
        self.rows: list[dict] = []
        self.summary: TrainingSummary | None = None
        self._start = 0.0
        self._start_tokens = 0
        self._start_step = 0

    def on_train_begin(self, args, state, control, **kwargs):
        """Keep the rows of steps up to where this session starts (0, or the resumed checkpoint's step)."""
        self._start = time.perf_counter()
        self._start_tokens = state.num_input_tokens_seen
        self._start_step = state.global_step
        self.rows = [row for row in _read_rows(self.csv_path) if int(row["step"]) <= state.global_step]

    def on_log(self, args, state, control, logs=None, **kwargs):
        """Add a row for a training log (one holding ``loss``); the final summary log and eval logs are skipped."""
        if not state.is_world_process_zero or not logs or "loss" not in logs:
            return
        self.rows.append({"step": state.global_step, "epoch": state.epoch, **logs,
                          "num_input_tokens_seen": state.num_input_tokens_seen,
                          "wall_seconds": round(time.perf_counter() - self._start, 3)})
        _write_rows(self.csv_path, self.rows)

    def on_train_end(self, args, state, control, **kwargs):
        """Write the session's TrainingSummary."""
        seconds = time.perf_counter() - self._start
        tokens = state.num_input_tokens_seen - self._start_tokens
        self.summary = TrainingSummary(
            resumed_from_step=self._start_step,
            global_step=state.global_step,
            seconds=round(seconds, 3),
            tokens=state.num_input_tokens_seen,
            tokens_per_second=round(tokens / seconds, 2) if seconds > 0 else 0.0,
            peak_rss_mb=round(_peak_rss_mb(), 1),
            peak_gpu_mb=_peak_gpu_mb(),
        )
        if state.is_world_process_zero:
            write_text_atomic(self.summary_path, json.dumps(asdict(self.summary), indent=2) + "\n")


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def _peak_gpu_mb() -> float | None:
    import torch

    return round(torch.cuda.max_memory_allocated() / 2**20, 1) if torch.cuda.is_available() else None


def _read_rows(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _write_rows(path: Path, rows: list[dict]) -> None:
    columns = [column for column in _LEADING_COLUMNS if any(column in row for row in rows)]
    for row in rows:
        columns += [key for key in row if key not in columns]
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    write_text_atomic(path, text.getvalue())
