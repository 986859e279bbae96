"""The authors' multi-call study (rebuttal Figure R-1): EX and token cost when m sampled answers vote.

One self-consistency run with the largest m gives the whole curve (``inference.multi_call_curve`` lets only the
first m' samples vote); the run sits in its stage folder like any other evaluation, so it is made once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from learnat_core.data import DataSplit, Example
from learnat_core.evaluation.predictions import read_records
from learnat_core.evaluation.statistics import rate
from learnat_core.inference import InferenceConfig, multi_call_curve
from learnat_core.llm import Backend
from learnat_core.paper_results import load_paper_table
from learnat_core.studies.model_eval import predictions


def measured_curve(label: str, examples: Sequence[Example], backend: Backend, split: DataSplit,
                   runs_dir: str | Path, *, config: InferenceConfig, samples: int,
                   progress: bool = True) -> pd.DataFrame:
    """Run ``config`` with ``samples`` voted samples per question (sampling at the config's temperature) and
    return the curve: calls, questions, ex_pct with its Wilson 95% interval (ex_ci_low, ex_ci_high),
    tokens_per_question."""
    voting = dataclasses.replace(config, samples=samples)
    records = read_records(predictions(examples, backend, split, runs_dir, config=voting, progress=progress))
    curve = multi_call_curve(records, split=split, semantics=config.semantics)
    rates = [rate(round(row.ex_pct * row.questions / 100), int(row.questions)) for row in curve.itertuples()]
    return curve.assign(ex_ci_low=[r.ex_ci_low for r in rates], ex_ci_high=[r.ex_ci_high for r in rates], model=label)


def paper_curve() -> pd.DataFrame:
    """Figure R-1 as read off the chart (approximate): calls, ex_pct and tokens_per_question (tokens, not K)."""
    table = load_paper_table("multi_call")
    wide = table.pivot_table(index="calls", columns="metric", values="value").reset_index()
    return pd.DataFrame({"calls": wide["calls"].astype(int), "ex_pct": wide["ex"], "ex_ci_low": float("nan"),
                         "ex_ci_high": float("nan"), "tokens_per_question": wide["tokens"] * 1000,
                         "model": "paper (LearNAT-7B, BIRD dev, approx.)"})
