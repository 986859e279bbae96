"""The transformers backend on the tiny scratch model: batching, sampling, budgets, stops, load errors."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from learnat_core.errors import ConfigError
from learnat_core.llm import GenerationConfig, HFBackend, HFBackendConfig, make_backend, tiny_model_path


QUESTIONS = [
    "How many singers do we have?",
    "List the name, country and age of all singers ordered by age from the oldest to the youngest.",
    "hi",
    [{"role": "system", "content": "Answer with SQL."}, {"role": "user", "content": "What is the average age?"}],
    "Show the stadium names that did not host any concert in 2014.",
]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> HFBackend:
    """The tiny model, built once per session in a shared cache folder, loaded on CPU."""
    folder = tiny_model_path(tmp_path_factory.getbasetemp() / "llm-cache")
    return HFBackend(HFBackendConfig(model=str(folder), device="cpu", progress=False))


def _texts(results):
    return [[completion.text for completion in completions] for completions in results]


def _answers(results):
    """What a completion says, without its timing."""
    return [[(c.text, c.prompt_tokens, c.completion_tokens, c.finish_reason) for c in cs] for cs in results]


def test_tiny_model_folder_is_a_chat_model_reused_from_the_cache(tmp_path_factory, tiny):
    folder = Path(tiny.source)
    assert {"config.json", "model.safetensors", "tokenizer.json"} <= {p.name for p in folder.iterdir()}
    assert json.loads((folder / "config.json").read_text())["model_type"] == "qwen2"
    stamp = (folder / "model.safetensors").stat().st_mtime_ns
    assert tiny_model_path(tmp_path_factory.getbasetemp() / "llm-cache") == folder
    assert (folder / "model.safetensors").stat().st_mtime_ns == stamp
    rendered = tiny.tokenizer.apply_chat_template(QUESTIONS[3], tokenize=False, add_generation_prompt=True)
    assert rendered.startswith("<|im_start|>system\nAnswer with SQL.<|im_end|>\n")
    assert rendered.endswith("<|im_start|>assistant\n")


def test_batched_greedy_is_deterministic_and_equals_one_by_one(tiny):
    config = GenerationConfig(max_new_tokens=12, batch_size=2)
    batched = tiny.generate(QUESTIONS, config)
    assert _answers(tiny.generate(QUESTIONS, config)) == _answers(batched)
    alone = GenerationConfig(max_new_tokens=12, batch_size=1)
    one_by_one = [tiny.generate([question], alone)[0] for question in QUESTIONS]
    assert _answers(batched) == _answers(one_by_one)
    # Input order is kept although batches run longest first.
    assert [c[0].prompt_tokens for c in batched] == [tiny.count_tokens(q) for q in QUESTIONS]
    assert len(set(c[0].text for c in batched)) == len(QUESTIONS)  # the answers depend on the prompt
    assert all(c[0].completion_tokens == 12 and c[0].finish_reason == "length" for c in batched if c[0].text)


def test_usage_counts_batches_and_tokens(tiny):
    before = tiny.usage.as_dict()
    results = tiny.generate(QUESTIONS, GenerationConfig(max_new_tokens=5, batch_size=2))
    after = tiny.usage.as_dict()
    assert after["calls"] - before["calls"] == 1  # greedy: one continuously refilled batch
    assert after["completions"] - before["completions"] == 5
    assert after["prompt_tokens"] - before["prompt_tokens"] == sum(tiny.count_tokens(q) for q in QUESTIONS)
    assert after["completion_tokens"] - before["completion_tokens"] == sum(c[0].completion_tokens for c in results)
    assert after["seconds"] > before["seconds"]


def test_seeded_sampling_is_reproducible_and_gives_n_samples(tiny):
    import torch

    config = GenerationConfig(max_new_tokens=10, do_sample=True, temperature=1.0, n=3, seed=7, batch_size=2)
    first = tiny.generate(QUESTIONS[:3], config)
    assert [len(samples) for samples in first] == [3, 3, 3]
    assert _texts(tiny.generate(QUESTIONS[:3], config)) == _texts(first)
    assert all(len(set(samples)) > 1 for samples in _texts(first))
    other_seed = tiny.generate(QUESTIONS[:3], dataclasses.replace(config, seed=8))
    assert _texts(other_seed) != _texts(first)
    # Seeding one call does not reseed the caller's global generator.
    torch.manual_seed(123)
    expected = torch.rand(3)
    torch.manual_seed(123)
    tiny.generate(QUESTIONS[:1], config)
    assert torch.equal(torch.rand(3), expected)


def test_too_long_prompt_gets_its_own_status_and_budgets_are_per_prompt(tmp_path_factory, tiny):
    long_prompt = "select name from singer where age > 20 " * 200
    results = tiny.generate([QUESTIONS[0], long_prompt, QUESTIONS[2]], GenerationConfig(max_new_tokens=8))
    assert results[1][0].finish_reason == "prompt_too_long"
    assert results[1][0].text == "" and results[1][0].completion_tokens == 0
    assert results[1][0].prompt_tokens > tiny.max_context
    assert [results[0][0].finish_reason, results[2][0].finish_reason] == ["length", "length"]

    short = tiny.count_tokens(QUESTIONS[2])
    narrow = HFBackend(HFBackendConfig(model=tiny.source, device="cpu", max_context=short + 3, progress=False))
    answers = narrow.generate([QUESTIONS[2], QUESTIONS[0]], GenerationConfig(max_new_tokens=8))
    assert answers[0][0].completion_tokens == 3 and answers[0][0].finish_reason == "length"
    assert answers[1][0].finish_reason == "prompt_too_long"


def test_stop_strings_end_the_text_and_are_left_out(tiny):
    plain = tiny.generate([QUESTIONS[0]], GenerationConfig(max_new_tokens=20))[0][0].text
    stop = plain[6:9]
    cut = plain.find(stop)
    stopped = tiny.generate([QUESTIONS[0]], GenerationConfig(max_new_tokens=20, stop=(stop,)))[0][0]
    assert stopped.text == plain[:cut]
    assert stopped.finish_reason == "stop"
    assert stopped.completion_tokens < 20


def test_plain_text_prompts_without_chat_template(tiny):
    raw = HFBackend(HFBackendConfig(model=tiny.source, device="cpu", chat_template=False, progress=False))
    assert raw.count_tokens("SELECT name FROM singer") == len(tiny.tokenizer("SELECT name FROM singer").input_ids)
    assert raw.generate(["SELECT name FROM"], GenerationConfig(max_new_tokens=4))[0][0].completion_tokens == 4
    with pytest.raises(ConfigError, match="chat_template=True"):
        raw.generate([[{"role": "user", "content": "hi"}]])


def test_a_final_assistant_message_is_continued_as_the_trainers_render_a_prefix(tiny):
    opened = [{"role": "user", "content": "How many singers?"}, {"role": "assistant", "content": "Sub question 1:"}]
    text = tiny.tokenizer.apply_chat_template(opened[:1], tokenize=False, add_generation_prompt=True)
    text += "Sub question 1:"  # the turn left open, the answer so far verbatim (training.data.pair_prompt)
    assert tiny.count_tokens(opened) == len(tiny.tokenizer(text, add_special_tokens=False).input_ids)
    raw = HFBackend(HFBackendConfig(model=tiny.source, device="cpu", chat_template=False, progress=False))
    config = GenerationConfig(max_new_tokens=8)
    assert _answers(tiny.generate([opened], config)) == _answers(raw.generate([text], config))
    assert _answers(tiny.generate([opened], config)) != _answers(tiny.generate([opened[:1]], config))


def test_missing_or_empty_folder_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        HFBackend(HFBackendConfig(model=str(tmp_path / "no-such-model")))
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigError, match="cannot load model"):
        HFBackend(HFBackendConfig(model=str(tmp_path / "empty")))


def test_encoder_only_folder_is_not_a_causal_lm(tmp_path):
    from transformers import BertConfig

    config = BertConfig(hidden_size=32, num_hidden_layers=1, num_attention_heads=2, intermediate_size=64)
    config.architectures = ["BertModel"]
    config.save_pretrained(tmp_path)
    with pytest.raises(ConfigError, match="not a causal language model"):
        HFBackend(HFBackendConfig(model=str(tmp_path)))


def test_hub_id_offline_is_a_clear_error():
    with pytest.raises(ConfigError, match="needs the network"):
        HFBackend(HFBackendConfig(model="learnat-test/no-such-model"))


def test_make_backend_builds_hf_and_rejects_bad_options(tiny):
    backend = make_backend("hf", model=tiny.source, device="cpu", progress=False)
    assert isinstance(backend, HFBackend) and backend.model_id == tiny.source
    with pytest.raises(ConfigError, match="valid: model, dtype"):
        make_backend("hf", model=tiny.source, temperature=0.5)
    with pytest.raises(ConfigError, match="dtype must be one of"):
        make_backend("hf", model=tiny.source, dtype="float16")
    with pytest.raises(ConfigError, match="needs"):
        make_backend("hf")


def test_a_chat_template_file_replaces_the_models_own(tiny, tmp_path):
    template = tmp_path / "plain.jinja"
    template.write_text("{% for m in messages %}[{{ m.role }}] {{ m.content }}\n{% endfor %}"
                        "{% if add_generation_prompt %}[assistant] {% endif %}", encoding="utf-8")
    backend = HFBackend(HFBackendConfig(model=tiny.source, device="cpu", chat_template=str(template), progress=False))
    rendered = "[system] Answer with SQL.\n[user] What is the average age?\n[assistant] "
    assert backend.count_tokens(QUESTIONS[3]) == len(tiny.tokenizer(rendered, add_special_tokens=False).input_ids)
    assert backend.identity()["chat_template"] != tiny.identity()["chat_template"]
    with pytest.raises(ConfigError, match="is no file"):
        HFBackendConfig(model=tiny.source, chat_template=str(tmp_path / "missing.jinja"))


def test_an_adapter_folder_is_merged_into_the_model(tiny, tmp_path):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    lora = LoraConfig(r=4, target_modules=["q_proj", "v_proj"], init_lora_weights=False)  # not a no-op
    get_peft_model(AutoModelForCausalLM.from_pretrained(tiny.source), lora).save_pretrained(tmp_path / "adapter")
    adapted = HFBackend(HFBackendConfig(model=tiny.source, device="cpu", adapter=str(tmp_path / "adapter"),
                                        progress=False))
    base_weights, weights = tiny.model.state_dict(), adapted.model.state_dict()
    assert weights.keys() == base_weights.keys()  # merged: a plain model again, no LoRA layers left
    changed = {name for name in weights if not weights[name].equal(base_weights[name])}
    assert changed and all(".q_proj." in name or ".v_proj." in name for name in changed)
    assert adapted.identity()["adapter"] and "adapter" not in tiny.identity()
    with pytest.raises(ConfigError, match="not a PEFT adapter folder"):
        HFBackendConfig(model=tiny.source, adapter=str(tmp_path))
