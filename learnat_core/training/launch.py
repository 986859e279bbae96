"""One entry point for a training stage on one CPU process or many GPUs, its settings in a YAML file and on the
command line:

    python -m learnat_core.training.launch --stage sft --config run.yaml --learning_rate 1e-4
    accelerate launch --config_file configs/accelerate/deepspeed_zero3.yaml \\
        -m learnat_core.training.launch --stage mdpo --config run.yaml

The YAML file maps the fields of the stage's config (SFTRunConfig or MDPORunConfig: trl's SFTConfig or DPOConfig,
so every TRL/Transformers field under its usual name, plus the kit's) and its data (SFTData or MDPOData). For
example::

    train_file: runs/cpu/sft.jsonl
    model: smollm2-135m-instruct
    output_dir: runs/cpu/sft
    log_dir: results/cpu/training
    bf16: auto
    max_steps: 245
    report_to: wandb

TRL's own parser (``trl.TrlParser``, a ``transformers.HfArgumentParser``) reads them: the YAML values are the
defaults, ``--field value`` flags override them, and every value is converted by its field's type (``1e-4`` is a
float). ``--stage STAGE --help`` lists every field with its help. An unknown key or flag, a missing data path or
a bad value is a ConfigError naming it. The main process prints the TrainResult as JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from learnat_core.errors import ConfigError, LearnatError
from learnat_core.files import read_yaml_mapping, reject_unknown_keys


@dataclass
class SFTData:
    """The data of an SFT run."""

    train_file: str = field(metadata={"help": "The sft.jsonl to train on (a synthesis run's, or Direct-SQL records)."})


@dataclass
class MDPOData:
    """The data and the starting model of an MDPO run."""

    pairs_file: str = field(metadata={"help": "The pairs.jsonl of step (or outcome) preference pairs."})
    sft_model_dir: str = field(metadata={
        "help": "The SFT run's merged/ folder: the model trained, and its reference."})


# stage -> (module, config class, training function, data class: its fields in the order the function takes them)
STAGES = {
    "sft": ("learnat_core.training.sft", "SFTRunConfig", "train_sft", SFTData),
    "mdpo": ("learnat_core.training.mdpo", "MDPORunConfig", "train_mdpo", MDPOData),
}


def stage_parser(stage: str, prog: str | None = None) -> Any:
    """TRL's argument parser for ``stage``'s config and data classes; its usage errors are ConfigErrors."""
    from trl import TrlParser

    if stage not in STAGES:
        raise ConfigError(f"unknown stage {stage!r}; choose one of {', '.join(STAGES)}")
    module, config_name, _, data_class = STAGES[stage]

    class StageParser(TrlParser):
        def error(self, message: str) -> None:  # type: ignore[override]
            raise ConfigError(message)

    config_class = getattr(importlib.import_module(module), config_name)
    return StageParser([config_class, data_class], prog=prog or f"learnat train --stage {stage}", allow_abbrev=False,
                       description=f"{config_class.__doc__.splitlines()[0]} (every field also a YAML key of --config)")


def load_run(stage: str, path: str | os.PathLike | None = None,
             overrides: Sequence[str] = ()) -> tuple[Any, dict[str, str]]:
    """The run config and the data paths of ``stage`` from the YAML file ``path`` (or none) and the ``--field
    value`` flags ``overrides``, which win over the file."""
    parser = stage_parser(stage)
    where = str(path) if path is not None else "the command line"
    defaults = read_yaml_mapping(path, "run file") if path is not None else {}
    fields = [spec.name for dtype in parser.dataclass_types for spec in dataclasses.fields(dtype) if spec.init]
    reject_unknown_keys(where, defaults, fields, hint=f"valid: the flags of --stage {stage} --help")
    parser.set_defaults_with_config(**defaults)
    try:
        *parsed, unknown = parser.parse_args_into_dataclasses(args=list(overrides), return_remaining_strings=True)
    except ConfigError as error:
        raise ConfigError(f"{where}: {error}") from None
    if unknown:
        raise ConfigError(f"unknown flags {' '.join(unknown)} (valid: the flags of --stage {stage} --help)")
    config, data = parsed
    return config, {key: str(value) for key, value in dataclasses.asdict(data).items()}


def train_from_file(stage: str, path: str | os.PathLike | None, callbacks: Sequence[Any] = (),
                    overrides: Sequence[str] = ()) -> Any:
    """Train ``stage`` with the settings and data of the YAML file ``path`` and the flags ``overrides``
    (``callbacks``: extra TrainerCallbacks); its TrainResult. They are checked and the data read before any model
    is loaded."""
    config, data = load_run(stage, path, overrides)
    module, _, function, _ = STAGES[stage]
    return getattr(importlib.import_module(module), function)(config, *data.values(), callbacks=callbacks)


def add_stage_arguments(parser: argparse.ArgumentParser) -> None:
    """``--stage``, ``--config`` and a ``--help`` that lists the stage's fields (the parser needs
    ``add_help=False``); the stage's fields themselves are parsed by ``run_stage``."""
    parser.add_argument("-h", "--help", action="store_true",
                        help="show this help, or with --stage every field of that stage's config, and exit")
    parser.add_argument("--stage", choices=sorted(STAGES), help="the training stage (sft: warm-up SFT; mdpo: "
                        "margin-aware DPO)")
    parser.add_argument("--config", metavar="RUN.yaml", help="YAML file of the stage's fields and data paths; "
                        "--FIELD VALUE flags after it override them")


def run_stage(parser: argparse.ArgumentParser, args: argparse.Namespace, overrides: Sequence[str],
              callbacks: Sequence[Any] = ()) -> int:
    """Show the help ``args.help`` asks for, or train ``args.stage`` from ``args.config`` and ``overrides`` and
    print its TrainResult (main process)."""
    if args.help:
        print(stage_parser(args.stage, f"{parser.prog} --stage {args.stage}").format_help() if args.stage
              else parser.format_help())
        return 0
    if args.stage is None:
        raise ConfigError("--stage is required (sft or mdpo)")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    result = train_from_file(args.stage, args.config, callbacks, overrides)
    if os.environ.get("RANK", "0") == "0":
        print(json.dumps(result.to_dict(), indent=2))
    return 0


def main(argv: Sequence[str] | None = None, callbacks: Sequence[Any] = ()) -> int:
    """Parse the arguments, train the stage (``callbacks``: extra TrainerCallbacks), print its TrainResult
    (main process); kit errors exit with 2."""
    parser = argparse.ArgumentParser(prog="python -m learnat_core.training.launch", add_help=False,
                                     description=__doc__.split("\n")[0])
    add_stage_arguments(parser)
    args, overrides = parser.parse_known_args(argv)
    try:
        return run_stage(parser, args, overrides, callbacks)
    except LearnatError as error:
        print(f"launch --stage {args.stage}: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
