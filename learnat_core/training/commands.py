"""``learnat train --stage sft|mdpo --config RUN.yaml``: one training stage on this machine (CPU or one GPU).

The YAML file is the one ``python -m learnat_core.training.launch`` reads (see that module), which remains
the entry point for ``accelerate launch`` on several GPUs. Examples: ``configs/training/*.yaml``.
"""

from __future__ import annotations

import argparse
import json
import os

from learnat_core.training.launch import STAGES, train_from_file


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``train`` sub-command."""
    parser = subparsers.add_parser(
        "train", help="train one stage (SFT or MDPO) from a YAML run file",
        description="Train one stage (sft: warm-up SFT; mdpo: margin-aware DPO) with the settings and data "
        "paths of a YAML run file (keys: the stage's run-config fields plus train_file, or pairs_file and "
        "sft_model_dir). Prints the TrainResult as JSON. For several GPUs use: accelerate launch --config_file "
        "configs/accelerate/deepspeed_zero3.yaml -m learnat_core.training.launch --stage STAGE --config RUN.yaml",
    )
    parser.add_argument("--stage", required=True, choices=sorted(STAGES), help="the training stage")
    parser.add_argument("--config", required=True, metavar="RUN.yaml", help="YAML file of run settings and data paths")
    parser.set_defaults(func=_train)


def _train(args: argparse.Namespace) -> int:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    result = train_from_file(args.stage, args.config)
    print(json.dumps(result.to_dict(), indent=2))
    return 0
