"""SFT on the tiny model: loss on the answer only, a merged model that loads and generates, resume after an
interruption or to a longer run, the finished-run shortcut, full fine-tuning, and precision settings."""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer, TrainerCallback

import learnat_core.training.run as run
from learnat_core.errors import ConfigError, DataError
from learnat_core.llm.models import tiny_model_path
from learnat_core.training.data import SFTRecord, write_records
from learnat_core.training.run import torch_threads
from learnat_core.training.sft import SFTRunConfig, train_sft


pytestmark = pytest.mark.slow  # trains models: `pytest -m "not slow"` skips it for a quick loop


SYSTEM = {"role": "system", "content": "Answer with one SQLite query."}
QUESTIONS = ["How many singers do we have?", "What is the average age of all singers?",
             "Show the name of every stadium.", "List all concert names from 2014.",
             "What are the names of singers older than 40?", "How many concerts were held in each year?",
             "Which stadium has the largest capacity?", "Count the distinct countries of singers."]
ANSWERS = ["SELECT count(*) FROM singer", "SELECT avg(age) FROM singer", "SELECT name FROM stadium",
           "SELECT concert_name FROM concert WHERE year = 2014", "SELECT name FROM singer WHERE age > 40",
           "SELECT year , count(*) FROM concert GROUP BY year",
           "SELECT name FROM stadium ORDER BY capacity DESC LIMIT 1", "SELECT count(DISTINCT country) FROM singer"]


@pytest.fixture(autouse=True, scope="module")
def tiny(tmp_path_factory) -> Iterator[Path]:
    """The tiny model, run on one torch thread: more gain it nothing, and a busy 2-core box punishes them."""
    with torch_threads(1):
        yield tiny_model_path(tmp_path_factory.getbasetemp() / "llm-cache")


@pytest.fixture(scope="module")
def train_file(tmp_path_factory) -> Path:
    records = [SFTRecord(str(i), "concert_singer", "ast-rules",
                         (SYSTEM, {"role": "user", "content": q}, {"role": "assistant", "content": a}))
               for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True))]
    return write_records(tmp_path_factory.mktemp("data") / "sft.jsonl", records)


def config(tiny: Path, output: Path, **changes) -> SFTRunConfig:
    settings = {"model": str(tiny), "output_dir": str(output), "per_device_train_batch_size": 4, "logging_steps": 1,
                "save_steps": 2, "disable_tqdm": True, "max_length": 128, "bf16": "off"}
    return SFTRunConfig(**{**settings, **changes})


class _LabelProbe(TrainerCallback):
    """Keeps the tokenized training set the trainer built (input_ids and labels)."""

    def on_train_begin(self, args, state, control, train_dataloader=None, **kwargs):
        self.rows = list(train_dataloader.dataset)


class _Interrupt(TrainerCallback):
    """Stops the run like Ctrl-C right after step ``at_step`` was logged (the CSV log runs first)."""

    def __init__(self, at_step: int):
        self.at_step = at_step

    def on_log(self, args, state, control, logs=None, **kwargs):
        if state.global_step == self.at_step:
            raise KeyboardInterrupt


def steps_logged(result) -> list[int]:
    return [int(row["step"]) for row in csv.DictReader(open(result.log_file))]


def test_sft_learns_the_answers_only_and_publishes_a_merged_model(tiny, train_file, tmp_path):
    probe = _LabelProbe()
    result = train_sft(config(tiny, tmp_path / "run", max_steps=8, learning_rate=3e-2), train_file, [probe])
    tokenizer = AutoTokenizer.from_pretrained(tiny)
    assert len(probe.rows) == 8
    for row in probe.rows:
        text = tokenizer.decode(row["input_ids"])
        answer = next(a for a in ANSWERS if f"assistant\n{a}<|im_end|>" in text)
        opened = tokenizer.decode(row["input_ids"][: row["labels"].count(-100)])
        assert opened.endswith("<|im_start|>assistant\n")  # every prompt token is masked, and only those
        learned = [label for label in row["labels"] if label != -100]
        assert learned == row["input_ids"][-len(learned):]
        assert tokenizer.decode(learned).startswith(answer + "<|im_end|>")

    assert (result.global_step, result.examples, result.dropped) == (8, 8, {"too_long": 0})
    assert result.precision == "fp32" and json.loads((tmp_path / "run" / "train_result.json").read_text())["precision"] == "fp32"
    losses = [float(row["loss"]) for row in csv.DictReader(open(result.log_file))]
    assert len(losses) == 8 and all(loss == loss and loss < 100 for loss in losses)
    assert sum(losses[-2:]) / 2 < sum(losses[:2]) / 2  # two passes over the data: the loss went down

    merged = Path(result.model_dir)
    assert merged == tmp_path / "run" / "merged" and not (merged / "adapter_config.json").exists()
    model = AutoModelForCausalLM.from_pretrained(merged)
    base = AutoModelForCausalLM.from_pretrained(tiny)
    assert not any("lora" in name for name in model.state_dict())
    changed = [name for name, weight in model.state_dict().items()
               if not torch.equal(weight, base.state_dict()[name])]
    assert any("mlp" in name for name in changed)  # the adapter was merged into the weights
    prompt = AutoTokenizer.from_pretrained(merged).apply_chat_template(
        [SYSTEM, {"role": "user", "content": QUESTIONS[0]}], add_generation_prompt=True, return_tensors="pt",
        return_dict=True)
    generated = model.generate(**prompt, max_new_tokens=6, do_sample=False)
    assert generated.shape[1] > prompt["input_ids"].shape[1]
    stored = json.loads((tmp_path / "run" / "train_result.json").read_text())
    assert stored["global_step"] == 8 and stored["model_dir"] == str(merged)


def test_an_interrupted_run_resumes_from_its_last_checkpoint(tiny, train_file, tmp_path):
    settings = config(tiny, tmp_path / "run", max_steps=4, cpu_threads=1)
    with pytest.raises(KeyboardInterrupt):
        train_sft(settings, train_file, [_Interrupt(at_step=3)])
    assert (tmp_path / "run" / "checkpoints" / "checkpoint-2").is_dir()
    assert not (tmp_path / "run" / "merged").exists() and not (tmp_path / "run" / "train_result.json").exists()
    assert [int(row["step"]) for row in csv.DictReader(open(tmp_path / "run" / "logs" / "sft.csv"))] == [1, 2, 3]

    before = torch.get_num_threads()
    result = train_sft(settings, train_file)
    assert torch.get_num_threads() == before  # cpu_threads applies during the run only
    assert (result.resumed_from_step, result.global_step) == (2, 4)
    assert steps_logged(result) == [1, 2, 3, 4]  # step 3, logged before the interruption, appears once
    assert Path(result.model_dir).is_dir()

    assert train_sft(settings, train_file) == result  # finished: returned without training
    longer = train_sft(dataclasses.replace(settings, max_steps=6), train_file)
    assert (longer.resumed_from_step, longer.global_step) == (4, 6)
    assert steps_logged(longer) == [1, 2, 3, 4, 5, 6]
    assert longer.tokens > result.tokens > 0

    with pytest.raises(ConfigError, match="learning_rate differ"):
        train_sft(dataclasses.replace(settings, max_steps=8, learning_rate=1e-3), train_file)
    fresh = train_sft(dataclasses.replace(settings, max_steps=2, learning_rate=1e-3, resume=False), train_file)
    assert (fresh.resumed_from_step, fresh.global_step) == (0, 2)
    assert sorted(p.name for p in (tmp_path / "run" / "checkpoints").glob("checkpoint-*")) == ["checkpoint-2"]


def test_full_fine_tuning_writes_a_plain_model(tiny, train_file, tmp_path):
    result = train_sft(config(tiny, tmp_path / "run", max_steps=1, lora=False, learning_rate=1e-3), train_file)
    merged = Path(result.model_dir)
    assert not (tmp_path / "run" / "adapter").exists()
    assert AutoModelForCausalLM.from_pretrained(merged).num_parameters() == \
        AutoModelForCausalLM.from_pretrained(tiny).num_parameters()


def test_bad_data_and_settings_fail_before_training(tiny, train_file, tmp_path):
    (tmp_path / "bad.jsonl").write_text(train_file.read_text() + '{"question_id": "9"}\n')
    with pytest.raises(DataError, match=r"bad\.jsonl:9: missing keys"):
        train_sft(config(tiny, tmp_path / "run", max_steps=1), tmp_path / "bad.jsonl")
    with pytest.raises(ConfigError, match="none of the 8 examples fits max_length=8"):
        train_sft(config(tiny, tmp_path / "run", max_steps=1, max_length=8), train_file)
    with pytest.raises(ConfigError, match="exceeds the context"):
        train_sft(config(tiny, tmp_path / "run", max_steps=1, max_length=100_000), train_file)
    assert not (tmp_path / "run").exists()
    with pytest.raises(ConfigError, match="must be positive"):
        config(tiny, tmp_path, learning_rate=0)
    with pytest.raises(ConfigError, match="bf16 must be one of"):
        config(tiny, tmp_path, bf16="yes")


def test_bf16_is_used_only_where_the_hardware_has_it(monkeypatch):
    assert run.resolve_bf16("off") is False
    if not torch.cuda.is_available():
        monkeypatch.setattr(run, "_cpu_has_bf16", lambda: False)  # a laptop CPU without AVX512-BF16 / AMX
        assert run.resolve_bf16("auto") is False
        with pytest.raises(ConfigError, match="no bf16 support"):
            run.resolve_bf16("on")
        monkeypatch.setattr(run, "_cpu_has_bf16", lambda: True)
        assert run.resolve_bf16("on") is True
        assert run.resolve_bf16("auto") is True


def test_cpu_bf16_detection_reads_the_flags_and_fails_closed(monkeypatch, tmp_path):
    cpuinfo = tmp_path / "cpuinfo"
    monkeypatch.setattr(run, "_CPUINFO", cpuinfo)
    assert run._cpu_has_bf16() is False  # no /proc/cpuinfo (macOS): fp32
    cpuinfo.write_text("flags\t\t: fpu sse avx2 avx512f\n")
    assert run._cpu_has_bf16() is False
    cpuinfo.write_text("flags\t\t: fpu sse avx2 avx512f avx512_bf16\n")
    assert run._cpu_has_bf16() is True
