"""One entry point for a training stage on one CPU process or many GPUs, its settings in a YAML file:

    python -m learnat_core.training.launch --stage sft --config run.yaml
    accelerate launch --config_file configs/accelerate/deepspeed_zero3.yaml \\
        -m learnat_core.training.launch --stage mdpo --config run.yaml

The YAML file maps the stage's run-config fields (SFTRunConfig or MDPORunConfig) and its data:
``train_file`` for ``sft``; ``pairs_file`` and ``sft_model_dir`` for ``mdpo``. For example::

    train_file: runs/cpu/sft.jsonl
    model: smollm2-135m-instruct
    output_dir: runs/cpu/sft
    log_dir: results/cpu/training
    bf16: auto
    max_steps: 245

Unknown or missing keys are a ConfigError naming them. The main process prints the TrainResult as JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from learnat_core.errors import ConfigError, LearnatError

# stage -> (module, config class, training function, data keys in the order the function takes them)
STAGES = {
    "sft": ("learnat_core.training.sft", "SFTRunConfig", "train_sft", ("train_file",)),
    "mdpo": ("learnat_core.training.mdpo", "MDPORunConfig", "train_mdpo", ("pairs_file", "sft_model_dir")),
}


def load_run(stage: str, path: str | os.PathLike) -> tuple[Any, dict[str, str]]:
    """The run config and the data paths of ``stage`` from the YAML file ``path``."""
    if stage not in STAGES:
        raise ConfigError(f"unknown stage {stage!r}; choose one of {', '.join(STAGES)}")
    module, config_name, _, data_keys = STAGES[stage]
    config_class = getattr(importlib.import_module(module), config_name)
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"cannot read the run file {path}: {error}") from None
    except yaml.YAMLError as error:  # one line: where, and what the parser expected
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise ConfigError(f"{path}: not valid YAML{where}: {getattr(error, 'problem', None) or error}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping of settings, got {type(raw).__name__}")
    fields = [field.name for field in dataclasses.fields(config_class)]
    unknown = sorted(set(raw) - set(fields) - set(data_keys))
    missing = [key for key in data_keys if key not in raw]
    if unknown or missing:
        problems = [f"unknown keys {', '.join(unknown)}" if unknown else "",
                    f"missing {', '.join(missing)}" if missing else ""]
        raise ConfigError(f"{path}: {'; '.join(filter(None, problems))} (valid: {', '.join([*data_keys, *fields])})")
    try:
        config = config_class(**{key: value for key, value in raw.items() if key in fields})
    except TypeError as error:  # a required field is missing
        raise ConfigError(f"{path}: {error}") from None
    return config, {key: str(raw[key]) for key in data_keys}


def train_from_file(stage: str, path: str | os.PathLike, callbacks: Sequence[Any] = ()) -> Any:
    """Train ``stage`` with the settings and data of the YAML file ``path`` (``callbacks``: extra
    TrainerCallbacks); its TrainResult. The file is checked and the data read before any model is loaded."""
    config, data = load_run(stage, path)
    module, _, function, data_keys = STAGES[stage]
    return getattr(importlib.import_module(module), function)(config, *(data[key] for key in data_keys),
                                                              callbacks=callbacks)


def main(argv: Sequence[str] | None = None, callbacks: Sequence[Any] = ()) -> int:
    """Parse the arguments, train the stage (``callbacks``: extra TrainerCallbacks), print its TrainResult
    (main process); kit errors exit with 2."""
    parser = argparse.ArgumentParser(prog="python -m learnat_core.training.launch", description=__doc__.split("\n")[0])
    parser.add_argument("--stage", required=True, choices=sorted(STAGES))
    parser.add_argument("--config", required=True, help="YAML file of the run config and data paths")
    args = parser.parse_args(argv)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        result = train_from_file(args.stage, args.config, callbacks)
    except LearnatError as error:
        print(f"launch --stage {args.stage}: error: {error}", file=sys.stderr)
        return 2
    if os.environ.get("RANK", "0") == "0":
        print(json.dumps(result.to_dict(), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
