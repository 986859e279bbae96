"""``learnat train --stage sft|mdpo --config RUN.yaml [--FIELD VALUE ...]``: one training stage on this machine
(CPU or one GPU).

The YAML file and the flags are the ones ``python -m learnat_core.training.launch`` reads (see that module), which
remains the entry point for ``accelerate launch`` on several GPUs. Examples: ``configs/training/*.yaml``.
"""

from __future__ import annotations

import argparse

from learnat_core.training.launch import add_stage_arguments, run_stage


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``train`` sub-command; its stage fields arrive as ``args.overrides`` (see ``Parser``)."""
    parser = subparsers.add_parser(
        "train", help="train one stage (SFT or MDPO) from a YAML run file and --FIELD VALUE flags",
        add_help=False, overrides="overrides",
        description="Train one stage (sft: warm-up SFT; mdpo: margin-aware DPO) with the settings and data "
        "paths of a YAML run file, overridden by --FIELD VALUE flags (every field of trl's SFTConfig / DPOConfig "
        "and the kit's; `learnat train --stage STAGE --help` lists them). Prints the TrainResult as JSON. For "
        "several GPUs use: accelerate launch --config_file configs/accelerate/deepspeed_zero3.yaml -m "
        "learnat_core.training.launch --stage STAGE --config RUN.yaml",
    )
    add_stage_arguments(parser)
    parser.set_defaults(func=lambda args: run_stage(parser, args, args.overrides))
