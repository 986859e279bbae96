"""Margin-aware DPO (paper §4.1-4.2): step-level preference pairs, with the AST reward gap Δr of each pair
as an offset inside the sigmoid, on top of the SFT model (which is also the reference).

    loss = -log σ(β·h − offset)
    h = [log πθ(y_w|x) − log πref(y_w|x)] − [log πθ(y_l|x) − log πref(y_l|x)]

with sequence log-probs summed over the continuation's tokens and, per ``offset`` variant,

* ``paper``: offset = Δr (the paper's L_MDPO);
* ``released``: offset = α·log Δr (the authors' code, an ODPO fork); pairs with Δr ≤ 0 are dropped and
  counted before training, so the log is never NaN. This is not a margin: Δr is a gap of similarities in
  [0, 1], so Δr ≤ 1 and α·log Δr ≤ 0 for every pair, and the loss asks only for β·h > α·log Δr, a weaker
  constraint than plain DPO's β·h > 0 (the weaker the closer the two rewards);
* ``none``: offset = 0, plain DPO (the "MDPO → standard DPO" ablation, and outcome-reward DPO).

MarginDPOTrainer uses trl's DPOTrainer unchanged except for the offset: −log σ(β·h − m) equals
−log σ(β·(h − m/β)), so adding m/β to each pair's reference log-prob of the chosen continuation gives the
exact loss (tests/test_training_mdpo.py checks it). That shift would also shift trl's logged rewards; they are
corrected back, so ``rewards/chosen``, ``rewards/rejected`` and ``rewards/margins`` are the true implicit
rewards β·log πθ/πref, ``rewards/offsets`` is the mean offset, and ``rewards/offset_accuracies`` is the
share of pairs whose reward margin exceeds its offset (trl's accuracy under the shift; for ``none`` it is
the usual reward accuracy).

A pair's prompt is its chat messages rendered with the generation prompt, followed by the assistant text
of the steps already taken; its continuations are the step texts, with the end-of-turn token only on a
text that ends the solution (see ``learnat_core.training.data``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from trl import DPOConfig, DPOTrainer

from learnat_core.errors import ConfigError, DataError
from learnat_core.llm.models import resolve_model
from learnat_core.training.data import (
    PreferencePair,
    fit_pairs,
    pair_prompt,
    positive_margins,
    read_preference_pairs,
)
from learnat_core.training.run import PreparedData, RunConfig, TrainResult, execute_run, kit_default, load_tokenizer

STAGE = "mdpo"
OFFSET_VARIANTS = ("paper", "released", "none")


def margin_offset(margin: torch.Tensor, variant: str, alpha: float = 1.0) -> torch.Tensor:
    """The offset subtracted from β·h for reward gaps ``margin`` (Δr): Δr (``paper``), α·log Δr
    (``released``: ≤ 0 for every Δr ≤ 1, i.e. weaker than DPO; DataError for a Δr ≤ 0) or 0 (``none``)."""
    if variant == "paper":
        return margin
    if variant == "released":
        if bool((margin <= 0).any()):
            raise DataError("the released offset α·log Δr needs Δr > 0; drop such pairs first (positive_margins)")
        return alpha * torch.log(margin)
    if variant == "none":
        return torch.zeros_like(margin)
    raise ConfigError(f"unknown offset variant {variant!r}; choose one of {', '.join(OFFSET_VARIANTS)}")


@dataclass
class MarginDPOConfig(DPOConfig):
    """trl's DPOConfig plus the offset. Only the sigmoid loss with reverse KL and summed log-probs is
    supported (the MDPO formula); other loss settings raise a ConfigError."""

    margin_offset: str = field(default="paper", metadata={
        "help": "Offset subtracted from β·h: paper (Δr, the paper's L_MDPO), released (α·log Δr, the authors' "
        "code: ≤ 0 for every Δr ≤ 1, so weaker than plain DPO, not a margin) or none (plain DPO).",
        "choices": list(OFFSET_VARIANTS)})
    margin_alpha: float = field(default=1.0, metadata={
        "help": "α of the released offset α·log Δr (the released config uses 1.0)."})

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.margin_offset not in OFFSET_VARIANTS:
            raise ConfigError(f"margin_offset must be one of {', '.join(OFFSET_VARIANTS)}, got {self.margin_offset!r}")
        if not (self.beta > 0 and self.margin_alpha > 0):
            raise ConfigError(f"beta and margin_alpha must be positive, got {self.beta} and {self.margin_alpha}")
        unsupported = {"loss_type": (self.loss_type, ["sigmoid"]), "f_divergence_type": (self.f_divergence_type,
                       "reverse_kl"), "ld_alpha": (self.ld_alpha, None), "use_weighting": (self.use_weighting, False),
                       "label_smoothing": (self.label_smoothing, 0.0)}
        bad = [f"{name}={value!r}" for name, (value, expected) in unsupported.items() if value != expected]
        if bad:
            raise ConfigError(f"MarginDPOTrainer implements the sigmoid MDPO loss only; unsupported: {', '.join(bad)}")


# trl 1.16's DPOTrainer has no public hook for a per-pair loss term (no ``dpo_loss`` to override, no loss_type with
# an offset), so MarginDPOTrainer relies on these private parts of it: ``_prepare_dataset`` (its result's
# ``chosen_ids``/``rejected_ids`` columns), ``_set_signature_columns_if_needed`` (``_signature_columns``),
# ``_compute_loss`` (reading ``ref_chosen_logps``/``ref_rejected_logps`` from the batch when
# ``precompute_ref_logps`` is set), ``_metrics`` (the logged rewards it corrects) and ``_tokenizer``. pyproject.toml
# pins trl to that minor version; the exact-loss tests (tests/test_training_mdpo.py) guard a move to another.
class MarginDPOTrainer(DPOTrainer):
    """trl's DPOTrainer with a per-pair offset: loss = −log σ(β·h − offset(Δr)), Δr from the ``margin`` column.

    The dataset needs ``prompt``, ``chosen``, ``rejected`` and ``margin`` columns, and may have boolean
    ``chosen_final``/``rejected_final`` columns: then a continuation that is not final (flag false or its
    column absent) loses the end-of-turn token trl appends; without either column trl's rule stands
    (end-of-turn on both). The margin reaches the loss only, never the model's forward pass. Reference
    log-probs are precomputed once (``precompute_ref_log_probs``) or computed every step.
    """

    def __init__(self, model: Any, args: MarginDPOConfig, **kwargs: Any):
        if not isinstance(args, MarginDPOConfig):
            raise ConfigError(f"MarginDPOTrainer needs a MarginDPOConfig, got {type(args).__name__}")
        train_dataset = kwargs.get("train_dataset")
        if train_dataset is None or "margin" not in train_dataset.column_names:
            raise ConfigError("MarginDPOTrainer needs a train_dataset with a 'margin' column (0.0 for plain DPO)")
        if args.precompute_ref_log_probs and args.world_size > 1 and not train_dataset.cache_files:
            kwargs["train_dataset"] = _shared_on_disk(train_dataset, args)
        super().__init__(model=model, args=args, **kwargs)
        self.data_collator = _MarginCollator(self.data_collator)
        # From here on the loss reads reference log-probs from the batch: precomputed columns when there
        # are, otherwise _compute_loss puts them there with a reference forward at each step.
        self.precompute_ref_logps = True

    def _prepare_dataset(self, dataset: Any, processing_class: Any, args: DPOConfig, dataset_name: str) -> Any:
        dataset = super()._prepare_dataset(dataset, processing_class, args, dataset_name)
        if not {"chosen_final", "rejected_final"} & set(dataset.column_names):
            return dataset
        with args.main_process_first(local=False, desc=f"end-of-turn removal of the {dataset_name} dataset"):
            return dataset.map(_drop_unfinished_eos, fn_kwargs={"eos": self._tokenizer.eos_token_id},
                               desc=f"Removing end-of-turn from unfinished steps of the {dataset_name} dataset")

    def _set_signature_columns_if_needed(self) -> None:
        super()._set_signature_columns_if_needed()
        if "margin" not in self._signature_columns:
            self._signature_columns = [*self._signature_columns, "margin"]

    def _compute_loss(self, model: Any, inputs: dict, return_outputs: bool) -> Any:
        margin = inputs.pop("margin")
        if "ref_chosen_logps" not in inputs:
            reference = self.ref_model if self.ref_model is not None else model
            inputs["ref_chosen_logps"], inputs["ref_rejected_logps"] = self.compute_ref_log_probs(reference, inputs)
        offset = margin_offset(margin.to(inputs["ref_chosen_logps"]), self.args.margin_offset, self.args.margin_alpha)
        inputs["ref_chosen_logps"] = inputs["ref_chosen_logps"] + offset / self.beta
        result = super()._compute_loss(model, inputs, return_outputs)
        self._unshift_logged_rewards(offset)
        return result

    def _unshift_logged_rewards(self, offset: torch.Tensor) -> None:
        """Undo the shift in the metrics trl just logged: the chosen rewards and margins are low by the offset."""
        metrics = self._metrics["train" if self.model.training else "eval"]
        shift = self.accelerator.gather(offset.detach()).mean().item()
        metrics["rewards/chosen"][-1] += shift
        metrics["rewards/margins"][-1] += shift
        metrics["rewards/offsets"].append(shift)
        metrics["rewards/offset_accuracies"].extend(metrics.pop("rewards/accuracies"))


@dataclass(frozen=True)
class _MarginCollator:
    """trl's preference collator plus the batch's ``margin`` tensor."""

    inner: Callable[[list[dict]], dict]

    def __call__(self, examples: list[dict]) -> dict:
        batch = self.inner(examples)
        batch["margin"] = torch.tensor([float(example["margin"]) for example in examples], dtype=torch.float32)
        return batch


def _shared_on_disk(dataset: Any, args: MarginDPOConfig) -> Any:
    """``dataset`` saved by the main process under ``args.output_dir`` and loaded on every rank. trl's reference
    log-prob precompute writes its result as a map cache on rank 0 and reads it back on every rank; an in-memory
    dataset's cache path is random per process, so the other ranks would not find it (FileNotFoundError)."""
    from datasets import load_from_disk

    folder = Path(args.output_dir) / "train-dataset"
    with args.main_process_first(local=False, desc="saving the train dataset"):
        if args.process_index == 0:
            shutil.rmtree(folder, ignore_errors=True)
            dataset.save_to_disk(str(folder))
        return load_from_disk(str(folder))


def _drop_unfinished_eos(example: dict, eos: int) -> dict:
    return {key: ids[:-1] if not example.get(flag, False) and ids and ids[-1] == eos else ids
            for key, flag, ids in (("chosen_ids", "chosen_final", example["chosen_ids"]),
                                   ("rejected_ids", "rejected_final", example["rejected_ids"]))}


@dataclass
class MDPORunConfig(RunConfig, MarginDPOConfig):
    """Settings of an MDPO run: MarginDPOConfig (trl's DPOConfig, every TrainingArguments field under its own name,
    and the offset), RunConfig's kit fields, and ``max_prompt_length``.

    The paper gives no values. Defaults: β = 0.1 (trl's and the DPO paper's; the released config leaves it to the
    command line), the paper's offset, LoRA with lr 5e-6 and a linear schedule, batch 4 (released), max_length
    1024 (released) with max_prompt_length 896 (the released 256 would cut schema prompts), reference log-probs
    precomputed. The released recipe itself is full-parameter: lora=False, optim=rmsprop, learning_rate=5e-7,
    lr_scheduler_type=constant_with_warmup, warmup_steps=150, max_grad_norm=10, margin_offset=released,
    margin_alpha=1.
    """

    max_prompt_length: int = field(default=896, metadata={
        "help": "Longest prompt (messages plus the steps before) kept; longer pairs are dropped and counted."})
    learning_rate: float = kit_default(MarginDPOConfig, "learning_rate", 5e-6)
    per_device_train_batch_size: int = kit_default(MarginDPOConfig, "per_device_train_batch_size", 4)
    precompute_ref_log_probs: bool = kit_default(MarginDPOConfig, "precompute_ref_log_probs", True)

    def __post_init__(self) -> None:
        super().__post_init__()
        if not 0 < self.max_prompt_length < self.max_length:
            raise ConfigError(f"max_prompt_length must be in (0, max_length={self.max_length}), "
                              f"got {self.max_prompt_length}")


def train_mdpo(
    config: MDPORunConfig,
    pairs_file: str | os.PathLike,
    sft_model_dir: str | os.PathLike,
    callbacks: Sequence[Any] = (),
) -> TrainResult:
    """Train the SFT model in ``sft_model_dir`` (a merged folder, or a named local model such as an untrained
    base, loaded from where it resolves; also the reference) on ``pairs_file``.

    The pairs are read and checked, pairs the variant cannot use (``released``: Δr ≤ 0) and over-long
    ones dropped and counted in ``TrainResult.dropped``, before the model is loaded. With LoRA the
    reference is the adapter-disabled model, i.e. the SFT model itself, so no second copy is held.
    Outcome-reward DPO is this function on ``outcome_pairs`` with ``margin_offset="none"``.
    """
    source = Path(resolve_model(sft_model_dir)).resolve()
    if not (source / "config.json").is_file():
        raise ConfigError(f"{source} is not a model folder (no config.json); give the SFT run's merged/ folder")
    stage = f"{STAGE}-{config.margin_offset}"
    return execute_run(
        stage, config, str(source), [pairs_file],
        prepare=lambda: _prepare(config, str(source), pairs_file),
        trainer_class=MarginDPOTrainer,
        callbacks=callbacks,
    )


def preference_rows(pairs: Sequence[PreferencePair], tokenizer: Any) -> list[dict]:
    """Pairs as rows of trl's string preference format plus ``margin`` and the two ``*_final`` flags."""
    return [{"prompt": pair_prompt(pair, tokenizer), "chosen": pair.chosen, "rejected": pair.rejected,
             "margin": pair.margin, "chosen_final": pair.chosen_final, "rejected_final": pair.rejected_final}
            for pair in pairs]


def _prepare(config: MDPORunConfig, source: str, pairs_file: str | os.PathLike) -> PreparedData:
    from datasets import Dataset

    pairs = read_preference_pairs(pairs_file)
    dropped: dict[str, int] = {}
    if config.margin_offset == "released":
        usable = positive_margins(pairs)
        pairs, dropped = list(usable.kept), {**dropped, **usable.dropped}
        if not pairs:
            raise DataError(f"{pairs_file}: no pair has Δr > 0, which the released offset needs")
    tokenizer = load_tokenizer(source, config.max_length, config.max_context)
    fitting = fit_pairs(pairs, tokenizer, config.max_length, config.max_prompt_length)
    dropped.update(fitting.dropped)
    return PreparedData(Dataset.from_list(preference_rows(fitting.kept, tokenizer)), tokenizer, len(fitting.kept),
                        dropped)
