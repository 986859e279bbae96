"""End to end with the real tiny model: every mode on bundled Spider dev questions, and ``learnat infer``.

The tiny model writes nonsense, so these tests check what the pipeline does with a real backend (lines,
retries, tokens, demonstrations, context limits), not accuracy.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil

import pytest

from learnat_core.data import load_examples, locate
from learnat_core.decomposition import Decomposition, Step, write_decompositions
from learnat_core.evaluation.predictions import STATUSES, read_records
from learnat_core.inference import MODES, InferenceConfig, run_inference
from learnat_core.inference.config import as_trained
from learnat_core.inference.commands import register
from learnat_core.llm import HFBackend, make_backend, tiny_model_path
from learnat_core.prompting.contract import PromptSettings, write_prompt_settings


SPLIT = locate("spider", "dev")
EXAMPLES = SPLIT.load()[:6]  # three pairs of paraphrases on concert_singer
PARAPHRASE = {"0": "1", "1": "0", "2": "3", "3": "2", "4": "5", "5": "4"}


@pytest.fixture(scope="module")
def tiny_folder(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tiny_model_path(tmp_path_factory.getbasetemp() / "llm-cache"))


@pytest.fixture(scope="module")
def tiny(tiny_folder: str) -> HFBackend:
    """The tiny model with room for the kit's prompts (its RoPE positions go past the 512 it was built with)."""
    return make_backend("hf", model=tiny_folder, device="cpu", max_context=4096, progress=False)


@pytest.fixture(scope="module")
def pool_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A pool holding the six questions themselves (ids dev-<id>) and twelve Spider train questions."""
    sources = [(f"dev-{e.id}", e) for e in EXAMPLES] + [(f"train-{e.id}", e) for e in load_examples("spider", "train")[:12]]
    records = [Decomposition(name, e.db_id, e.question, (Step(e.question, e.gold_sql),), e.gold_sql, "human")
               for name, e in sources]
    path = tmp_path_factory.mktemp("pool") / "pool.jsonl"
    write_decompositions(path, records)
    return str(path)


@pytest.mark.parametrize("mode", MODES)
def test_every_mode_writes_one_well_formed_line_per_question(tmp_path, tiny, pool_file, mode):
    config = InferenceConfig(mode=mode, retries=2, max_new_tokens=16, batch_size=3, demo_pool=pool_file)
    before = tiny.usage.as_dict()
    summary = run_inference(EXAMPLES, tiny, config, tmp_path / "pred.jsonl", split=SPLIT, progress=False)
    used = {key: value - before[key] for key, value in tiny.usage.as_dict().items()}
    lines = (tmp_path / "pred.jsonl").read_text().splitlines()
    records = read_records(tmp_path / "pred.jsonl")
    assert len(lines) == len(records) == 6 and {r.id for r in records} == {e.id for e in EXAMPLES}
    for record in records:
        assert record.mode == mode and re.fullmatch(r"[0-9a-f]{16}", record.prompt_hash)
        assert record.status in STATUSES and record.schema == "full"
        assert len(record.raw) == record.retries + 1 <= 3
        assert record.retries == 2 or record.exec_status == "ok"  # stops early only on an executing SQL
        assert record.prompt_tokens > 0 and record.seconds > 0
    # The summary's tokens are the lines' sums, and what the model really processed.
    assert summary.prompt_tokens == sum(r.prompt_tokens for r in records) == used["prompt_tokens"]
    assert summary.completion_tokens == sum(r.completion_tokens for r in records) == used["completion_tokens"]
    assert sum(summary.statuses.values()) == 6 and (summary.written, summary.skipped) == (6, 0)
    if mode == "decomposition_adr":
        for record in records:
            assert len(record.demos) == 3 and record.demo_strategy == "embedding"
            assert f"dev-{record.id}" not in record.demos  # never the question itself
            assert f"dev-{PARAPHRASE[record.id]}" in record.demos  # its paraphrase is among the closest
    else:
        assert all(record.demos == ("fixed-1", "fixed-2") for record in records)
    if mode == "direct":
        assert all(record.steps == () for record in records)


def test_prompts_beyond_the_models_context_are_reported_not_generated(tmp_path, tiny_folder):
    short = make_backend("hf", model=tiny_folder, device="cpu", progress=False)  # the model's own 512 tokens
    summary = run_inference(EXAMPLES[:2], short, InferenceConfig(), tmp_path / "p.jsonl", split=SPLIT, progress=False)
    records = read_records(tmp_path / "p.jsonl")
    assert summary.statuses == {"prompt_too_long": 2} and short.usage.calls == 0
    assert all(r.raw == () and r.retries == 0 and r.prompt_tokens == 0 and "leaves no room" in r.error for r in records)


def _infer(capsys, *argv: str) -> str:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(["infer", *argv])
    assert args.func(args) == 0
    return capsys.readouterr().out


def test_infer_command_runs_resumes_and_prints_ex_per_level(tmp_path, tiny_folder, capsys):
    common = ["--dataset", "spider", "--model", tiny_folder, "--backend-option", "max_context=4096",
              "--backend-option", "device=cpu", "--mode", "direct", "--retries", "1", "--max-new-tokens", "8",
              "--workers", "1", "--no-progress", "--cache-dir", str(tmp_path / "cache")]
    out = _infer(capsys, *common, "--out", str(tmp_path / "a.jsonl"), "--limit", "2")
    assert "2 questions, 2 written now, 0 already done" in out and "EX of 2 questions, mode direct:" in out
    assert re.search(r"^\s*all\s+2\s", out, re.MULTILINE) and "easy" in out and "cache hits: 0" in out
    out = _infer(capsys, *common, "--out", str(tmp_path / "a.jsonl"), "--limit", "3")
    assert "3 questions, 1 written now, 2 already done" in out and "EX of 3 questions" in out
    out = _infer(capsys, *common, "--out", str(tmp_path / "b.jsonl"), "--limit", "3")  # replayed from the cache
    assert "3 written now" in out and "cache hits: 0" not in out
    assert [r.raw for r in read_records(tmp_path / "b.jsonl")] == [r.raw for r in read_records(tmp_path / "a.jsonl")]


def test_infer_options_mirror_the_config_and_bad_ones_fail_clearly(tmp_path, capsys):
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(["infer", "--dataset", "bird", "--model", "m", "--out", "x", "--gold-schema",
                              "--samples", "5", "--temperature", "0.3", "--demo-pool", "pool.jsonl"])
    assert (args.config_gold_schema, args.config_samples, args.config_temperature) == (True, 5, 0.3)
    assert (args.config_demo_pool, args.config_semantics, args.config_retries) == ("pool.jsonl", None, 4)
    with pytest.raises(SystemExit):
        parser.parse_args(["infer", "--dataset", "spider", "--model", "m", "--out", "x", "--mode", "cot"])
    assert "invalid choice: 'cot'" in capsys.readouterr().err
    args = parser.parse_args(["infer", "--dataset", "spider", "--model", "m", "--out", str(tmp_path / "x"),
                              "--base-url", "http://localhost:8000/v1"])
    with pytest.raises(Exception, match="--base-url is for the openai backend, not hf"):
        args.func(args)


def test_infer_asks_a_trained_model_the_way_it_was_trained(tmp_path, tiny_folder, capsys):
    model = tmp_path / "trained"
    shutil.copytree(tiny_folder, model)
    write_prompt_settings(model, PromptSettings("direct", "kit", "compact", 0, False, True))
    common = ["--dataset", "spider", "--model", str(model), "--backend-option", "max_context=4096",
              "--backend-option", "device=cpu", "--max-new-tokens", "4", "--workers", "1", "--no-progress",
              "--cache-dir", str(tmp_path / "cache"), "--limit", "2"]
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    args = parser.parse_args(["infer", *common, "--out", str(tmp_path / "a.jsonl")])  # no prompt flag given
    assert args.func(args) == 0
    note = capsys.readouterr().err
    records = read_records(tmp_path / "a.jsonl")
    assert {(r.mode, r.schema, len(r.demos)) for r in records} == {("direct", "gold", 0)}
    settings = json.loads((tmp_path / "a.jsonl.settings.json").read_text())
    assert {key: settings[key] for key in ("mode", "schema_style", "gold_schema", "instructions", "demo_k")} \
        == {"mode": "direct", "schema_style": "compact", "gold_schema": True, "instructions": False, "demo_k": 0}
    assert f"prompt settings of {model / 'prompt_settings.json'}: mode='direct'" in note and "given otherwise" not in note


def test_given_prompt_flags_win_and_are_named(tmp_path, tiny_folder):
    model = tmp_path / "trained"
    shutil.copytree(tiny_folder, model)
    write_prompt_settings(model, PromptSettings("decomposition", "kit", "compact", 0, False, True))
    config, note = as_trained(InferenceConfig(schema_style="ddl", demo_k=2), model, {"schema_style"})
    assert (config.mode, config.schema_style, config.gold_schema, config.demo_k) == ("decomposition", "ddl", True, 0)
    assert "given otherwise: schema_style='ddl' (trained: 'compact')" in note
    untrained, note = as_trained(InferenceConfig(demo_k=2), tiny_folder, set())
    assert untrained == InferenceConfig(demo_k=2) and "records no prompt settings" in note
    assert as_trained(InferenceConfig(), "served-model-name", set()) == (InferenceConfig(), None)
