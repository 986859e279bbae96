"""One training run, as SFT and MDPO share it: the settings every run has, the output folder, resuming
after an interruption, publishing the final model, and the result record.

Output folder (``output_dir``)::

    run.json                      settings and data fingerprints, written when training (re)starts
    checkpoints/checkpoint-<N>/   trainer checkpoints every ``save_steps`` steps and at the end (resume points)
    adapter/                      the final LoRA adapter (LoRA runs)
    merged/                       the final plain model and tokenizer, adapter merged in: what inference and
                                  the next stage load; built in a hidden folder and renamed, so it is whole
    train_result.json             the TrainResult, written last

Calling the same training again: with the same settings and data after ``train_result.json`` exists, it
returns that result without training; otherwise it resumes from the last checkpoint (``resume``), which
also extends a finished run to a larger ``max_steps`` or ``num_train_epochs`` (the schedule is then re-planned over
the new length; the first resumed step still uses the learning rate the checkpoint ended with). Settings
other than the length of the run, checkpointing, logging and threads must match the checkpoint's (a
ConfigError says which differ), and so must the starting model and the data files (by SHA-256). With
``resume=False`` the checkpoints in ``output_dir`` are deleted and training starts over.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transformers import TrainingArguments

from learnat_core.errors import ConfigError, DataError
from learnat_core.files import write_text_atomic
from learnat_core.prompting.contract import PromptSettings, inherited_prompt_settings, write_prompt_settings
from learnat_core.training.logs import TrainingLog

# A bf16 setting's name, by what it may be written as (a TRL/Transformers boolean is accepted too).
BF16_SETTINGS = {"auto": "auto", "on": "on", "true": "on", "off": "off", "false": "off"}
_CPUINFO = Path("/proc/cpuinfo")  # Linux only; elsewhere (macOS) bf16 on CPU is not assumed
# Settings that change how a run executes or reports, not what it trains.
RUNTIME_ONLY = frozenset({"disable_tqdm", "report_to", "cpu_threads"})
# Settings that may change between a checkpoint and its resumption: how long to train, checkpoints, logs.
RESUMABLE_CHANGES = frozenset({"num_train_epochs", "max_steps", "save_steps", "save_total_limit", "resume",
                               "logging_steps", "log_dir", "run_name"}) | RUNTIME_ONLY

# What `accelerate launch` sets for an FSDP or DeepSpeed config, and the distributed type it should give.
_REQUESTED_BACKENDS = {"ACCELERATE_USE_FSDP": "FSDP", "ACCELERATE_USE_DEEPSPEED": "DEEPSPEED"}


def kit_default(config_class: type, name: str, default: Any) -> Any:
    """A dataclass field that gives ``config_class``'s field ``name`` the kit's ``default``, keeping its help text."""
    return field(default=default, metadata=config_class.__dataclass_fields__[name].metadata)


@dataclass
class RunConfig:
    """The kit's fields of a training run, put before trl's config class (``SFTRunConfig(RunConfig, SFTConfig)``,
    ``MDPORunConfig(RunConfig, MarginDPOConfig)``), so that every TRL/Transformers field passes through under its
    own name. It adds the run folder, LoRA, the ``bf16: auto`` precision, torch threads and the context check, and
    changes a few TrainingArguments defaults (one epoch, adamw_torch, seed 0, a checkpoint every 50 steps and 2
    kept, non-padding token counts for the CSV log, progress bars on, no activation checkpointing).

    ``output_dir`` is the run's folder (layout in the module docstring); the trainer gets a copy of the config
    whose ``output_dir`` is ``<output_dir>/checkpoints`` and whose ``run_name`` is the log stem.
    """

    output_dir: str | None = field(default=None, metadata={
        "help": "The run's folder (required): run.json, checkpoints/, adapter/, merged/ and train_result.json."})
    max_context: int | None = field(default=None, metadata={
        "help": "The model's context for the max_length check, or None for its max_position_embeddings; set it to "
        "train a rotary-position model beyond its configured context (the smoke profile's tiny model)."})
    lora: bool = field(default=True, metadata={
        "help": "Train a LoRA adapter (merged into the model at the end) instead of all weights."})
    lora_r: int = field(default=16, metadata={"help": "LoRA rank (the paper gives none; 16 is a common default)."})
    lora_alpha: int = field(default=32, metadata={"help": "LoRA scaling numerator (the update is scaled by alpha/r)."})
    lora_dropout: float = field(default=0.05, metadata={"help": "Dropout on the LoRA branch, in [0, 1)."})
    lora_target_modules: list[str] = field(default_factory=lambda: ["all-linear"], metadata={
        "help": "Module names to adapt, or all-linear for every linear layer but the output head."})
    bf16: str = field(default="auto", metadata={
        "help": "auto: bf16 mixed precision wherever the hardware supports it (a CUDA GPU with bf16, or a CPU with "
        "AVX512-BF16 or AMX), fp32 elsewhere; on (or true): bf16, a ConfigError where unsupported; off (or false): "
        "fp32, deterministic across machines. Resolved to a boolean when the config is built."})
    log_dir: str | None = field(default=None, metadata={
        "help": "Folder of the CSV log and its summary (e.g. results/<profile>/training); None: <output_dir>/logs."})
    resume: bool = field(default=True, metadata={
        "help": "Continue from the last checkpoint in output_dir when there is one; false deletes the checkpoints "
        "there and starts over (a finished run with the same settings is still returned as is)."})
    cpu_threads: int | None = field(default=None, metadata={
        "help": "Torch CPU threads during the run, or None for torch's default (one per core); 1 avoids the "
        "slowdown of several threads on a CPU shared with other jobs."})
    num_train_epochs: float = kit_default(TrainingArguments, "num_train_epochs", 1.0)
    optim: str = kit_default(TrainingArguments, "optim", "adamw_torch")
    seed: int = kit_default(TrainingArguments, "seed", 0)
    save_steps: float = kit_default(TrainingArguments, "save_steps", 50)
    save_total_limit: int | None = kit_default(TrainingArguments, "save_total_limit", 2)
    include_num_input_tokens_seen: str = kit_default(TrainingArguments, "include_num_input_tokens_seen", "non_padding")
    disable_tqdm: bool | None = kit_default(TrainingArguments, "disable_tqdm", False)
    gradient_checkpointing: bool | None = kit_default(TrainingArguments, "gradient_checkpointing", None)

    def __post_init__(self) -> None:
        import torch

        if self.output_dir is None:
            raise ConfigError("output_dir is required: the run's folder")
        if isinstance(self.lora_target_modules, str):
            self.lora_target_modules = [self.lora_target_modules]
        if self.max_steps is None:  # the notebooks' "no step limit"
            self.max_steps = -1
        self._check_values()
        self.bf16 = False if self.fp16 and self.bf16 == "auto" else resolve_bf16(self.bf16)
        self.use_cpu = self.use_cpu or not torch.cuda.is_available()
        try:
            super().__post_init__()
        except ConfigError:
            raise
        except ValueError as error:  # TrainingArguments' own checks: one line, as the kit's
            raise ConfigError(str(error)) from None

    def _check_values(self) -> None:
        optional = {"max_context": self.max_context, "cpu_threads": self.cpu_threads,
                    "save_total_limit": self.save_total_limit,
                    "max_steps": None if self.max_steps == -1 else self.max_steps}
        positive = {"learning_rate": self.learning_rate, "num_train_epochs": self.num_train_epochs,
                    "per_device_train_batch_size": self.per_device_train_batch_size,
                    "gradient_accumulation_steps": self.gradient_accumulation_steps, "max_length": self.max_length,
                    "lora_r": self.lora_r, "lora_alpha": self.lora_alpha, "save_steps": self.save_steps,
                    "logging_steps": self.logging_steps,
                    **{name: value for name, value in optional.items() if value is not None}}
        bad = [f"{name}={value!r}" for name, value in positive.items()
               if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0]
        if bad:
            raise ConfigError(f"these settings must be positive numbers: {', '.join(bad)}")
        if not 0 < self.adam_beta2 < 1:
            raise ConfigError(f"adam_beta2 must be in (0, 1), got {self.adam_beta2}")
        if not 0 <= self.lora_dropout < 1:
            raise ConfigError(f"lora_dropout must be in [0, 1), got {self.lora_dropout}")
        if self.warmup_steps < 0 or self.max_grad_norm < 0:
            raise ConfigError(f"warmup_steps and max_grad_norm must be >= 0, got {self.warmup_steps} and "
                              f"{self.max_grad_norm}")

    def as_dict(self) -> dict[str, Any]:
        """The settings, every TRL/Transformers field included, as plain JSON values."""
        return json.loads(json.dumps(self.to_dict()))


@dataclass(frozen=True)
class TrainResult:
    """What a finished run produced and cost (``train_result.json``).

    ``model_dir``: the merged model folder; ``examples``: training examples (pairs) used, after filtering,
    and ``dropped`` how many were left out, per reason; ``train_loss``: mean loss over this session's steps
    (None when it ran none); ``tokens``: non-padding input tokens over the whole run; ``seconds`` and
    ``tokens_per_second``: this session; ``peak_rss_mb``/``peak_gpu_mb``: peak memory of the process;
    ``precision``: ``bf16`` or ``fp32``, as ``RunConfig.bf16`` resolved on this machine.
    """

    stage: str
    model_dir: str
    output_dir: str
    global_step: int
    resumed_from_step: int
    train_loss: float | None
    examples: int
    dropped: dict[str, int]
    seconds: float
    tokens: int
    tokens_per_second: float
    peak_rss_mb: float
    peak_gpu_mb: float | None
    log_file: str
    config: dict[str, Any] = field(default_factory=dict)
    precision: str = "fp32"

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready values."""
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class PreparedData:
    """A stage's training data ready for a trainer: the dataset, the tokenizer that measured it, how many
    examples it holds and, per reason, how many were dropped."""

    dataset: Any
    tokenizer: Any
    examples: int
    dropped: dict[str, int]


def load_tokenizer(source: str, max_length: int, max_context: int | None = None) -> Any:
    """The tokenizer of ``source``; ConfigError when ``max_length`` exceeds the model's context (``max_context``,
    else its ``max_position_embeddings``)."""
    from transformers import AutoConfig, AutoTokenizer

    context = max_context or getattr(AutoConfig.from_pretrained(source).get_text_config(), "max_position_embeddings",
                                     None)
    if context is not None and max_length > context:
        raise ConfigError(f"max_length={max_length} exceeds the context of {source} ({context} tokens)")
    return AutoTokenizer.from_pretrained(source)


def _load_model(source: str) -> Any:
    """The causal LM at ``source`` in the dtype it was saved in."""
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(source, dtype="auto")


def resolve_bf16(setting: str | bool) -> bool:
    """Whether to train in bf16 mixed precision under ``setting`` (see RunConfig.bf16) on this machine."""
    import torch

    name = BF16_SETTINGS.get(str(setting).lower())
    if name is None:
        raise ConfigError(f"bf16 must be one of auto, on, off (or true, false), got {setting!r}")
    if name == "off":
        return False
    cuda = torch.cuda.is_available()
    supported = torch.cuda.is_bf16_supported() if cuda else _cpu_has_bf16()
    if name == "auto":
        return supported
    if not supported:
        raise ConfigError("bf16='on' but this machine has no bf16 support (a CUDA GPU with bf16, or a CPU with "
                          "AVX512-BF16 or AMX); use 'auto' or 'off'")
    return True


def _lora_config(config: RunConfig) -> Any:
    """The PEFT LoraConfig of a LoRA run, None for full fine-tuning."""
    if not config.lora:
        return None
    from peft import LoraConfig

    targets = list(config.lora_target_modules)
    return LoraConfig(r=config.lora_r, lora_alpha=config.lora_alpha, lora_dropout=config.lora_dropout,
                      target_modules="all-linear" if targets == ["all-linear"] else targets, task_type="CAUSAL_LM")


def execute_run(
    stage: str,
    config: RunConfig,
    model: str,
    data_files: Sequence[str | os.PathLike],
    prepare: Callable[[], PreparedData],
    trainer_class: type,
    callbacks: Sequence[Any] = (),
) -> TrainResult:
    """Run (or resume, or return the finished result of) one training run of ``stage`` from ``model`` (a
    folder or hub id; the base a LoRA adapter is merged into).

    ``prepare`` reads and filters the data (errors surface before any model is loaded). ``trainer_class`` (a
    trl trainer) gets the config as its ``args`` (``output_dir``: the checkpoints folder, ``run_name``: the log
    stem), the model, the data, the LoRA config and the callbacks (the CSV log, then ``callbacks``).
    """
    output = Path(config.output_dir)
    settings = {"stage": stage, "model": model, "config": config.as_dict(), "data": _fingerprints(data_files)}
    finished = _finished_result(output, settings)
    if finished is not None:
        return finished
    data = prepare()
    prompt = inherited_prompt_settings(data_files, model)  # the prompt contract the model is published with
    checkpoint = _resume_point(output, settings) if config.resume else None
    log = TrainingLog(Path(config.log_dir) if config.log_dir else output / "logs", _stem(config, stage))
    with torch_threads(config.cpu_threads):
        arguments = dataclasses.replace(config, output_dir=str(output / "checkpoints"), run_name=_stem(config, stage))
        trainer = trainer_class(model=_load_model(model), args=arguments, train_dataset=data.dataset,
                                processing_class=data.tokenizer, peft_config=_lora_config(config),
                                callbacks=[log, *callbacks])
        _check_backend(trainer.accelerator)
        main = trainer.accelerator.is_main_process
        if main:
            if not config.resume:  # the checkpoints only: a trainer may keep its data beside them
                for checkpoint_dir in (output / "checkpoints").glob("checkpoint-*"):
                    shutil.rmtree(checkpoint_dir)
            write_text_atomic(output / "run.json", json.dumps(settings, indent=2) + "\n")
        trainer.accelerator.wait_for_everyone()
        outcome = trainer.train(resume_from_checkpoint=checkpoint)
        model_dir = _publish_model(trainer, config, output, model, prompt)
    summary = log.summary
    result = TrainResult(
        stage=stage, model_dir=str(model_dir), output_dir=str(output), global_step=trainer.state.global_step,
        resumed_from_step=summary.resumed_from_step,
        train_loss=outcome.training_loss if trainer.state.global_step > summary.resumed_from_step else None,
        examples=data.examples, dropped=dict(data.dropped), seconds=summary.seconds, tokens=summary.tokens,
        tokens_per_second=summary.tokens_per_second, peak_rss_mb=summary.peak_rss_mb,
        peak_gpu_mb=summary.peak_gpu_mb, log_file=str(log.csv_path), config=settings,
        precision="bf16" if config.bf16 else "fp32",
    )
    if main:
        write_text_atomic(output / "train_result.json", json.dumps(result.to_dict(), indent=2) + "\n")
    trainer.accelerator.wait_for_everyone()
    return result


def _check_backend(accelerator: Any) -> None:
    """ConfigError when the accelerate config asked for FSDP or DeepSpeed and accelerate set up something else:
    it enables them on GPUs only, and on CPU would silently train plain DDP instead."""
    running = accelerator.distributed_type.name
    for variable, backend in _REQUESTED_BACKENDS.items():
        if os.environ.get(variable, "false").lower() == "true" and running != backend:
            raise ConfigError(f"the accelerate config asks for {backend} but accelerate set up {running} here "
                              f"(it enables {backend} on GPUs only); use a GPU, or a DDP config on CPU "
                              "(configs/accelerate/cpu_ddp.yaml)")


def _stem(config: RunConfig, stage: str) -> str:
    return config.run_name or stage


@contextlib.contextmanager
def torch_threads(count: int | None) -> Iterator[None]:
    """Run the block with ``count`` torch CPU threads (None: leave the setting alone), then restore it."""
    import torch

    before = torch.get_num_threads()
    if count is not None:
        torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _fingerprints(files: Sequence[str | os.PathLike]) -> dict[str, str]:
    """SHA-256 of each data file, by absolute path."""
    return {str(Path(name).resolve()): file_sha256(name) for name in files}


def file_sha256(path: str | os.PathLike) -> str:
    """SHA-256 of a file's content; DataError when it is missing."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except FileNotFoundError:
        raise DataError(f"{Path(path).resolve()} is missing") from None
    return digest.hexdigest()


def read_train_result(output_dir: str | os.PathLike) -> TrainResult:
    """The TrainResult a finished run wrote to ``<output_dir>/train_result.json``; a DataError naming the file
    when it is missing or is not one."""
    path = Path(output_dir) / "train_result.json"
    try:
        return TrainResult(**json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise DataError(f"{path} is missing: the run has not finished") from None
    except (OSError, ValueError, TypeError) as error:
        raise DataError(f"{path} is not a training result ({error}); delete it to train again") from None


def _finished_result(output: Path, settings: dict) -> TrainResult | None:
    if not (output / "train_result.json").is_file():
        return None
    result = read_train_result(output)
    same = _without_runtime(result.config) == _without_runtime(settings)
    return result if same and Path(result.model_dir).is_dir() else None


def _without_runtime(settings: dict) -> dict:
    config = {key: value for key, value in settings.get("config", {}).items() if key not in RUNTIME_ONLY}
    return {**settings, "config": config}


def _resume_point(output: Path, settings: dict) -> str | None:
    from transformers.trainer_utils import get_last_checkpoint

    folder = output / "checkpoints"
    checkpoint = get_last_checkpoint(str(folder)) if folder.is_dir() else None
    if checkpoint is None:
        return None
    try:
        started = json.loads((output / "run.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ConfigError(f"{output} holds checkpoints but no readable run.json ({error}); use another "
                          "output_dir, or set resume=False to start over there") from None
    before, now = started["config"], settings["config"]
    changed = sorted(key for key in set(before) | set(now)
                     if key not in RESUMABLE_CHANGES and before.get(key) != now.get(key))
    changed += [key for key in ("stage", "model", "data") if started.get(key) != settings[key]]
    if changed:
        raise ConfigError(f"{output} holds checkpoints of a run with other settings ({', '.join(changed)} differ); "
                          "use another output_dir, delete it, or set resume=False to start over there")
    return checkpoint


def _publish_model(trainer: Any, config: RunConfig, output: Path, base: str, prompt: PromptSettings | None) -> Path:
    """Save the final model as a plain folder ``merged/`` (LoRA: adapter saved, then merged into the base), with
    the prompt settings of its training data when they are known (``prompting.contract``)."""
    target = output / "merged"
    partial = output / ".merged.partial"
    accelerator = trainer.accelerator
    if accelerator.is_main_process:
        shutil.rmtree(partial, ignore_errors=True)
    accelerator.wait_for_everyone()
    # save_model gathers sharded weights (ZeRO-3, FSDP), so every process calls it.
    trainer.save_model(str(output / "adapter" if config.lora else partial))
    accelerator.wait_for_everyone()
    if accelerator.is_main_process:
        if config.lora:
            _merge_adapter(base, output / "adapter", partial)
        trainer.processing_class.save_pretrained(str(partial))
        if prompt is not None:
            write_prompt_settings(partial, prompt)
        _replace_folder(partial, target)
    accelerator.wait_for_everyone()
    return target


def _merge_adapter(base_source: str, adapter_dir: Path, out: Path) -> None:
    from peft import PeftModel

    merged = PeftModel.from_pretrained(_load_model(base_source), str(adapter_dir)).merge_and_unload()
    merged.save_pretrained(str(out))


def _replace_folder(new: Path, target: Path) -> None:
    """Put ``new`` at ``target``; an existing ``target`` is moved aside first and deleted after."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    new.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _cpu_has_bf16() -> bool:
    try:
        flags = _CPUINFO.read_text()
    except OSError:
        return False
    return any(flag in flags.split() for flag in ("avx512_bf16", "amx_bf16"))
