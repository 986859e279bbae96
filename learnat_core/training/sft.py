"""Warm-up SFT (paper §4.1): supervised fine-tuning on successful decomposition trajectories with trl's
SFTTrainer, loss on the assistant answer only, LoRA through PEFT by default, merged at the end.

Each ``sft.jsonl`` record becomes a conversational prompt/completion example (prompt = the system and
user messages, completion = the assistant message); with ``completion_only_loss`` the prompt tokens are
labelled -100, so only the answer and its end-of-turn token are learned. The same function trains the
direct-SQL ablation on ``direct_sql_examples`` written with ``write_records``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from trl import SFTConfig, SFTTrainer

from learnat_core.llm.models import SMOLLM2, resolve_model
from learnat_core.training.data import SFTRecord, fit_sft, read_sft_records
from learnat_core.training.run import PreparedData, RunConfig, TrainResult, execute_run, kit_default, load_tokenizer

STAGE = "sft"


@dataclass
class SFTRunConfig(RunConfig, SFTConfig):
    """Settings of an SFT run: trl's SFTConfig (every TrainingArguments field under its own name), RunConfig's
    kit fields, the model, and the defaults of the kit's measured SmolLM2 CPU run (lr 2e-4, batch 8,
    max_length 384, cosine schedule, examples of similar length batched together; the paper gives no SFT values).
    The loss is on the assistant answer only (``completion_only_loss``); ``max_length`` drops longer examples
    (counted in ``TrainResult.dropped``) rather than truncating them.
    """

    model: str = field(default=SMOLLM2, metadata={
        "help": "The model to fine-tune: a folder, a hub id, or a named local model (smollm2-135m-instruct, the "
        "cpu profile's, or tiny)."})
    learning_rate: float = kit_default(SFTConfig, "learning_rate", 2e-4)
    lr_scheduler_type: str = kit_default(SFTConfig, "lr_scheduler_type", "cosine")
    max_length: int = kit_default(SFTConfig, "max_length", 384)
    completion_only_loss: bool | None = kit_default(SFTConfig, "completion_only_loss", True)
    train_sampling_strategy: str = kit_default(SFTConfig, "train_sampling_strategy", "group_by_length")


def train_sft(config: SFTRunConfig, train_file: str | os.PathLike, callbacks: Sequence[Any] = ()) -> TrainResult:
    """Fine-tune ``config.model`` on ``train_file`` (sft.jsonl) and publish ``<output_dir>/merged``.

    The file is read and checked, and over-long examples dropped (counted in ``TrainResult.dropped``),
    before the model is loaded. ``callbacks`` are extra transformers TrainerCallbacks.
    """
    records = read_sft_records(train_file)  # a missing or malformed file stops here, before a model is converted
    source = resolve_model(config.model)
    return execute_run(
        STAGE, config, source, [train_file],
        prepare=lambda: _prepare(config, source, records),
        trainer_class=SFTTrainer,
        callbacks=callbacks,
    )


def sft_rows(records: Sequence[SFTRecord]) -> list[dict]:
    """Records as trl's conversational prompt/completion rows (completion = the assistant message)."""
    return [{"prompt": [dict(m) for m in record.messages[:-1]], "completion": [dict(record.messages[-1])]}
            for record in records]


def _prepare(config: SFTRunConfig, source: str, records: Sequence[SFTRecord]) -> PreparedData:
    from datasets import Dataset

    tokenizer = load_tokenizer(source, config.max_length, config.max_context)
    selection = fit_sft(records, tokenizer, config.max_length)
    return PreparedData(Dataset.from_list(sft_rows(selection.kept)), tokenizer, len(selection.kept),
                        dict(selection.dropped))
