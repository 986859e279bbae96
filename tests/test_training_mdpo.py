"""MDPO: the margin-shifted loss checked by hand, the margin kept out of the forward pass, the end-of-turn
policy, the released variant's filter, and 2-step runs of every variant from an SFT output."""

from __future__ import annotations

import csv
import dataclasses
import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F

from learnat_core.errors import ConfigError, DataError
from learnat_core.llm.models import tiny_model_path
from learnat_core.training.data import PreferencePair, TrajectorySample, outcome_pairs, write_records
from learnat_core.training.mdpo import (
    MarginDPOConfig,
    MarginDPOTrainer,
    MDPORunConfig,
    margin_offset,
    preference_rows,
    train_mdpo,
)
from learnat_core.training.run import torch_threads
from learnat_core.training.sft import SFTRunConfig, train_sft


pytestmark = pytest.mark.slow  # trains models: `pytest -m "not slow"` skips it for a quick loop


PROMPT = ({"role": "system", "content": "You write SQL."},
          {"role": "user", "content": "Which singers are older than 30?"})
STEP_1 = "Sub question 1: How old is each singer?\nSubSQL1:\n```sql\nSELECT name , age FROM singer\n```"
MARGINS = (0.5, 1.0, 0.2, 2.0)


def step_pairs() -> list[PreferencePair]:
    """Four step-2 pairs after the same first step; the chosen step is final in the even ones."""
    return [
        PreferencePair(
            str(i), "concert_singer", "llm:test", 1, PROMPT, STEP_1 + "\n",
            "Sub question 2: Which singers are older than 30?\nSubSQL2:\n"
            f"```sql\nSELECT name FROM singer WHERE age > 3{i}\n```",
            f"Sub question 2: Which singers?\nSubSQL2:\n```sql\nSELECT count(*) FROM concert WHERE year = 201{i}\n```",
            0.25 + margin, 0.25, margin, "invalid", chosen_final=i % 2 == 0,
        )
        for i, margin in enumerate(MARGINS)
    ]


@pytest.fixture(autouse=True, scope="module")
def tiny(tmp_path_factory) -> Iterator[Path]:
    """The tiny model, run on one torch thread: more gain it nothing, and a busy 2-core box punishes them."""
    with torch_threads(1):
        yield tiny_model_path(tmp_path_factory.getbasetemp() / "llm-cache")


@pytest.fixture(scope="module")
def tokenizer(tiny):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny)


def make_trainer(tiny, tokenizer, tmp_path, offset: str, precompute: bool, model=None, **overrides) -> MarginDPOTrainer:
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM

    args = MarginDPOConfig(
        output_dir=str(tmp_path / "dpo"), per_device_train_batch_size=1, max_steps=2, learning_rate=1e-3,
        logging_steps=1, report_to="none", use_cpu=True, bf16=False, save_strategy="no", beta=0.1,
        margin_offset=offset, margin_alpha=0.5, precompute_ref_log_probs=precompute, disable_tqdm=True,
        max_length=256, activation_checkpointing=False, **overrides,
    )
    dataset = Dataset.from_list(preference_rows(step_pairs(), tokenizer))
    return MarginDPOTrainer(model or AutoModelForCausalLM.from_pretrained(tiny), args, train_dataset=dataset,
                            processing_class=tokenizer,
                            peft_config=LoraConfig(r=4, lora_alpha=8, target_modules="all-linear",
                                                   task_type="CAUSAL_LM"))


def hand_offset(margin: float, offset: str) -> float:
    """The offset of a pair with reward gap ``margin``, with α = 0.5 for the released variant."""
    if offset == "paper":
        return margin
    return 0.5 * math.log(margin) if offset == "released" else 0.0


def sequence_logps(model, batch) -> torch.Tensor:
    """Sum of the log-probs of the completion tokens, computed from the logits."""
    logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits[:, :-1]
    targets = batch["input_ids"][:, 1:]
    token_logps = torch.log_softmax(logits.float(), dim=-1).gather(-1, targets.unsqueeze(-1)).squeeze(-1)
    return (token_logps * batch["completion_mask"][:, 1:]).sum(dim=1)


@pytest.mark.parametrize("precompute", [True, False], ids=["precomputed-ref", "ref-every-step"])
@pytest.mark.parametrize("offset", ["paper", "released", "none"])
def test_loss_equals_the_hand_computed_margin_loss(tiny, tokenizer, tmp_path, offset, precompute):
    trainer = make_trainer(tiny, tokenizer, tmp_path, offset, precompute)
    model = trainer.model
    torch.manual_seed(1)
    with torch.no_grad():  # move the policy away from the reference, so that h is not 0
        for name, parameter in model.named_parameters():
            if "lora_B" in name:
                parameter.normal_(0.0, 0.3)
    model.eval()
    metrics = trainer._metrics["eval"]
    for index, margin in enumerate(MARGINS):
        batch = trainer.data_collator([trainer.train_dataset[index]])
        assert batch["margin"].tolist() == pytest.approx([margin])
        with torch.no_grad():
            policy = sequence_logps(model, batch)
            with model.disable_adapter():
                reference = sequence_logps(model, batch)
            loss = trainer.compute_loss(model, dict(batch)).item()
        chosen, rejected = (policy - reference).tolist()
        beta_h = 0.1 * (chosen - rejected)
        expected_offset = hand_offset(margin, offset)
        expected = -F.logsigmoid(torch.tensor(beta_h - expected_offset, dtype=torch.float64)).item()
        assert abs(beta_h) > 1e-3
        assert loss == pytest.approx(expected, abs=1e-5)
        # the logged rewards are the true ones, not shifted by the offset
        assert metrics["rewards/margins"][-1] == pytest.approx(beta_h, abs=1e-5)
        assert metrics["rewards/chosen"][-1] == pytest.approx(0.1 * chosen, abs=1e-5)
        assert metrics["rewards/rejected"][-1] == pytest.approx(0.1 * rejected, abs=1e-5)
        assert metrics["rewards/offsets"][-1] == pytest.approx(expected_offset, abs=1e-6)
        assert metrics["rewards/offset_accuracies"][-1] == float(beta_h > expected_offset)
        assert "rewards/accuracies" not in metrics


@pytest.mark.parametrize("precompute", [True, False])
def test_the_margin_never_reaches_the_forward_pass(tiny, tokenizer, tmp_path, precompute):
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny)
    calls: list[set[str]] = []
    # trl's fused LM head runs the decoder stack (model.model) with the forward's other keyword arguments
    model.model.register_forward_pre_hook(lambda module, args, kwargs: calls.append(set(kwargs)), with_kwargs=True)
    trainer = make_trainer(tiny, tokenizer, tmp_path, "paper", precompute, model=model)
    trainer.train()
    assert trainer.state.global_step == 2
    reference_passes = 4 if precompute else 2  # the 4 pairs once (batches of 1), or one per step
    assert len(calls) == 2 + reference_passes
    assert all("input_ids" in keys and "margin" not in keys for keys in calls)


def test_only_final_continuations_keep_the_end_of_turn_token(tiny, tokenizer, tmp_path):
    trainer = make_trainer(tiny, tokenizer, tmp_path, "none", True)
    eos = tokenizer.eos_token_id
    for row in trainer.train_dataset:
        assert (row["chosen_ids"][-1] == eos) == row["chosen_final"]
        assert row["rejected_ids"][-1] != eos
        assert eos not in row["chosen_ids"][:-1] + row["rejected_ids"]
        assert tokenizer.decode(row["rejected_ids"]).endswith("```")


def test_margin_offsets_and_unsupported_settings():
    margins = torch.tensor([0.5, 1.0, 2.0])
    assert margin_offset(margins, "paper").tolist() == [0.5, 1.0, 2.0]
    assert margin_offset(margins, "released", 2.0).tolist() == pytest.approx([-1.386294, 0.0, 1.386294], abs=1e-5)
    assert margin_offset(margins, "none").tolist() == [0.0, 0.0, 0.0]
    with pytest.raises(DataError, match="Δr > 0"):
        margin_offset(torch.tensor([0.3, 0.0]), "released")
    with pytest.raises(ConfigError):
        margin_offset(margins, "odpo")
    with pytest.raises(ConfigError, match="sigmoid MDPO loss only"):
        MarginDPOConfig(output_dir="x", use_cpu=True, bf16=False, loss_type=["ipo"])
    with pytest.raises(ConfigError, match="margin_offset must be one of"):
        MDPORunConfig(output_dir="x", margin_offset="odpo")
    with pytest.raises(ConfigError, match="max_prompt_length"):
        MDPORunConfig(output_dir="x", max_length=128, max_prompt_length=128)


@pytest.fixture(scope="module")
def sft_model(tiny, tmp_path_factory) -> Path:
    """A 2-step LoRA SFT of the tiny model on the chosen trajectories, merged."""
    folder = tmp_path_factory.mktemp("sft")
    write_records(folder / "sft.jsonl", _trajectories())
    config = SFTRunConfig(model=str(tiny), output_dir=str(folder / "run"), max_steps=2, per_device_train_batch_size=2,
                          disable_tqdm=True, bf16="off")
    return Path(train_sft(config, folder / "sft.jsonl").model_dir)


def _trajectories():
    from learnat_core.training.data import SFTRecord

    return [SFTRecord(p.question_id, p.db_id, "llm:test", (*p.prompt_messages, {"role": "assistant",
                      "content": p.prefix + p.chosen})) for p in step_pairs()]


@pytest.mark.parametrize("offset", ["paper", "released", "none"])
def test_two_mdpo_steps_from_the_sft_model_log_true_margins(sft_model, tmp_path, offset):
    pairs = step_pairs()
    pairs.append(dataclasses.replace(pairs[0], question_id="9", chosen_reward=0.3, rejected_reward=0.3, margin=0.0))
    write_records(tmp_path / "pairs.jsonl", pairs)
    config = MDPORunConfig(output_dir=str(tmp_path / "run"), margin_offset=offset, margin_alpha=0.5, max_steps=2,
                           per_device_train_batch_size=len(pairs), logging_steps=1, save_steps=1, max_length=256,
                           max_prompt_length=192, learning_rate=1e-3, disable_tqdm=True, bf16="off",  # fp32: exact
                           log_dir=str(tmp_path / "results" / "training"))
    result = train_mdpo(config, tmp_path / "pairs.jsonl", sft_model)
    kept = [p.margin for p in pairs if offset != "released" or p.margin > 0]
    assert result.global_step == 2 and result.examples == len(kept)
    assert result.dropped == ({"nonpositive_margin": 1, "too_long": 0} if offset == "released" else {"too_long": 0})
    assert result.tokens > 0 and result.tokens_per_second > 0 and result.peak_rss_mb > 0
    assert Path(result.log_file) == tmp_path / "results" / "training" / f"mdpo-{offset}.csv"
    rows = list(csv.DictReader(open(result.log_file)))
    assert [int(row["step"]) for row in rows] == [1, 2]
    first = {key: float(value) for key, value in rows[0].items() if value}
    # step 1: policy = reference (the SFT model), so the true rewards are 0 whatever the offset
    assert first["rewards/margins"] == pytest.approx(0.0, abs=1e-5)
    assert first["rewards/chosen"] == pytest.approx(0.0, abs=1e-5)
    offsets = torch.tensor([hand_offset(margin, offset) for margin in kept])
    assert first["rewards/offsets"] == pytest.approx(offsets.mean().item(), abs=1e-5)
    assert first["loss"] == pytest.approx(-F.logsigmoid(-offsets).mean().item(), abs=1e-5)  # -log σ(0 - offset)
    assert float(rows[1]["rewards/margins"]) != pytest.approx(0.0, abs=1e-6)  # the policy moved
    summary = json.loads((tmp_path / "results" / "training" / f"mdpo-{offset}.summary.json").read_text())
    assert summary["global_step"] == 2 and summary["tokens"] == result.tokens
    merged = Path(result.model_dir)
    assert (merged / "model.safetensors").is_file() and not (merged / "adapter_config.json").exists()
    if offset == "paper":  # a longer run resumes from the last checkpoint (adapter, optimizer, data order)
        longer = train_mdpo(dataclasses.replace(config, max_steps=3), tmp_path / "pairs.jsonl", sft_model)
        assert (longer.resumed_from_step, longer.global_step) == (2, 3)
        assert [int(row["step"]) for row in csv.DictReader(open(longer.log_file))] == [1, 2, 3]


def test_outcome_reward_dpo_trains_whole_trajectories_without_margin(sft_model, tmp_path):
    samples = [TrajectorySample(p.question_id, p.db_id, p.prompt_messages, p.prefix + text, correct, "llm:test")
               for p in step_pairs() for text, correct in ((p.chosen, True), (p.rejected, False))]
    write_records(tmp_path / "outcome.jsonl", outcome_pairs(samples).kept)
    config = MDPORunConfig(output_dir=str(tmp_path / "run"), margin_offset="none", max_steps=2,
                           per_device_train_batch_size=2, max_length=256, max_prompt_length=192, disable_tqdm=True)
    result = train_mdpo(config, tmp_path / "outcome.jsonl", sft_model)
    assert result.global_step == 2 and result.examples == 4 and result.stage == "mdpo-none"


def test_bad_pairs_fail_before_any_training(sft_model, tmp_path):
    (tmp_path / "pairs.jsonl").write_text(json.dumps({"question_id": "1"}) + "\n")
    config = MDPORunConfig(output_dir=str(tmp_path / "run"), max_steps=2, max_length=256, max_prompt_length=192)
    with pytest.raises(DataError, match=r"pairs\.jsonl:1: missing keys"):
        train_mdpo(config, tmp_path / "pairs.jsonl", sft_model)
    assert not (tmp_path / "run").exists()
    write_records(tmp_path / "pairs.jsonl", [dataclasses.replace(step_pairs()[0], chosen_reward=0.25, margin=0.0)])
    with pytest.raises(DataError, match="no pair has Δr > 0"):
        train_mdpo(dataclasses.replace(config, margin_offset="released"), tmp_path / "pairs.jsonl", sft_model)
    with pytest.raises(ConfigError, match="not a model folder"):
        train_mdpo(config, tmp_path / "pairs.jsonl", tmp_path)
