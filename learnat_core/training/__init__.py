"""Margin-aware training (paper §4): warm-up SFT and MDPO with TRL + PEFT, the ablations' data
(direct-SQL SFT, outcome-reward pairs), CSV training logs, and a launcher for one CPU or many GPUs.

    from learnat_core.training import MDPORunConfig, SFTRunConfig, train_mdpo, train_sft

    sft = train_sft(SFTRunConfig(output_dir="runs/cpu/sft"), "runs/cpu/sft.jsonl")
    mdpo = train_mdpo(MDPORunConfig(output_dir="runs/cpu/mdpo"), "runs/cpu/pairs.jsonl", sft.model_dir)

    accelerate launch --config_file configs/accelerate/deepspeed_zero3.yaml \\
        -m learnat_core.training.launch --stage sft --config run.yaml

Importing this package loads neither torch nor trl: each name below loads its module on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "PreferencePair": "data",
    "SFTRecord": "data",
    "Selection": "data",
    "TrajectorySample": "data",
    "direct_sql_examples": "data",
    "outcome_pairs": "data",
    "read_preference_pairs": "data",
    "read_sft_records": "data",
    "read_trajectory_samples": "data",
    "write_records": "data",
    "TrainingLog": "logs",
    "TrainingSummary": "logs",
    "MDPORunConfig": "mdpo",
    "MarginDPOConfig": "mdpo",
    "MarginDPOTrainer": "mdpo",
    "margin_offset": "mdpo",
    "train_mdpo": "mdpo",
    "RunConfig": "run",
    "TrainResult": "run",
    "SFTRunConfig": "sft",
    "train_sft": "sft",
}


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)


__all__ = sorted(_EXPORTS)
