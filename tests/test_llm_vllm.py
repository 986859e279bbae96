"""The vLLM backend where vLLM cannot run: the missing-package error, the SamplingParams arguments, and its
options (max_model_len, chat_template, a LoRA adapter) as a stand-in ``vllm`` module receives them."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from learnat_core.errors import ConfigError
from learnat_core.llm import GenerationConfig, VLLMBackend, VLLMBackendConfig, make_backend
from learnat_core.llm.vllm_backend import LORA_ID, LORA_NAME, sampling_params_kwargs


def test_missing_vllm_names_the_install_command(monkeypatch):
    monkeypatch.setitem(sys.modules, "vllm", None)  # import vllm now fails, installed or not
    with pytest.raises(ConfigError, match=r"pip install learnat-kit\[vllm\]"):
        VLLMBackend(VLLMBackendConfig(model="tiny"))
    with pytest.raises(ConfigError, match=r"learnat-kit\[vllm\]"):
        make_backend("vllm", model="tiny")


def test_greedy_becomes_temperature_zero():
    assert sampling_params_kwargs(GenerationConfig(max_new_tokens=64, stop=(";",), temperature=0.5, seed=3)) == {
        "n": 1,
        "max_tokens": 64,
        "stop": [";"],
        "temperature": 0.0,
    }


def test_sampling_keeps_temperature_top_p_seed_and_n():
    config = GenerationConfig(max_new_tokens=32, do_sample=True, temperature=0.8, top_p=0.95, n=5, seed=2024)
    assert sampling_params_kwargs(config) == {
        "n": 5,
        "max_tokens": 32,
        "stop": [],
        "temperature": 0.8,
        "top_p": 0.95,
        "seed": 2024,
    }


class _LLM:
    """Records what vllm.LLM is built and called with; answers each prompt with ``SELECT 1``."""

    built: dict[str, Any] = {}
    chats: list[dict[str, Any]] = []
    texts: list[dict[str, Any]] = []

    def __init__(self, **kwargs: Any) -> None:
        _LLM.built = kwargs
        model_config = types.SimpleNamespace(max_model_len=kwargs["max_model_len"] or 4096)
        self.llm_engine = types.SimpleNamespace(model_config=model_config)

    def get_tokenizer(self) -> Any:
        return _Tokenizer()

    def chat(self, messages: list[list[dict]], params: Any, **kwargs: Any) -> list[Any]:
        _LLM.chats.append({"prompts": len(messages), **kwargs})
        return [_answer("SELECT 1") for _ in messages]

    def generate(self, prompts: list[str], params: Any, **kwargs: Any) -> list[Any]:
        _LLM.texts.append({"prompts": list(prompts), **kwargs})
        return [_answer(f"continued {text}") for text in prompts]


class _Tokenizer:
    """One token per character; the chat template is the template file's text and each message's content."""

    def apply_chat_template(self, messages: list[dict], *, chat_template: str | None, tokenize: bool = True,
                            **_: Any) -> list[int] | str:
        text = (chat_template or "") + "".join(m["content"] for m in messages)
        return [0] * len(text) if tokenize else text

    def __call__(self, text: str, **_: Any) -> Any:
        return types.SimpleNamespace(input_ids=[0] * len(text))


def _answer(text: str) -> Any:
    return types.SimpleNamespace(outputs=[types.SimpleNamespace(text=text, token_ids=[1, 2], finish_reason="stop")])


@pytest.fixture()
def stand_in_vllm(monkeypatch: pytest.MonkeyPatch) -> type[_LLM]:
    """``vllm``, ``vllm.lora`` and ``vllm.lora.request`` as modules of stand-ins."""
    vllm, lora, request = (types.ModuleType(name) for name in ("vllm", "vllm.lora", "vllm.lora.request"))
    vllm.LLM, vllm.SamplingParams, vllm.lora, lora.request = _LLM, dict, lora, request
    request.LoRARequest = lambda name, number, path: (name, number, path)
    for module in (vllm, lora, request):
        monkeypatch.setitem(sys.modules, module.__name__, module)
    return _LLM


def test_vllm_options_reach_the_engine_and_each_chat_call(stand_in_vllm, tmp_path: Path):
    template = tmp_path / "template.jinja"
    template.write_text("{{ messages[0].content }}", encoding="utf-8")
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text(json.dumps({"peft_type": "LORA", "r": 8}))
    backend = make_backend("vllm", model=str(tmp_path), max_model_len=64, chat_template=str(template),
                           lora_path=str(adapter), max_lora_rank=8)
    built = stand_in_vllm.built
    assert (built["max_model_len"], built["enable_lora"], built["max_lora_rank"]) == (64, True, 8)
    results = backend.generate(["short", "x" * 100], GenerationConfig(max_new_tokens=4))
    assert [r[0].finish_reason for r in results] == ["stop", "prompt_too_long"]
    assert backend.count_tokens("short") == len(template.read_text()) + len("short")  # rendered with the file
    assert stand_in_vllm.chats[-1] == {"prompts": 1, "use_tqdm": False, "chat_template": template.read_text(),
                                       "lora_request": (LORA_NAME, LORA_ID, str(adapter))}
    plain = make_backend("vllm", model=str(tmp_path))
    assert "enable_lora" not in stand_in_vllm.built and stand_in_vllm.built["max_model_len"] is None
    assert set(backend.identity()) - set(plain.identity()) == {"chat_template", "lora"}


def test_a_continued_answer_is_rendered_by_the_kit_and_sent_as_text(stand_in_vllm, tmp_path: Path):
    template = tmp_path / "template.jinja"
    template.write_text("T:", encoding="utf-8")
    backend = make_backend("vllm", model=str(tmp_path), chat_template=str(template))
    opened = [{"role": "user", "content": "q?"}, {"role": "assistant", "content": "Sub question 1:"}]
    stand_in_vllm.texts.clear()
    results = backend.generate([opened, "plain"], GenerationConfig(max_new_tokens=4))
    assert [r[0].text for r in results] == ["continued T:q?Sub question 1:", "SELECT 1"]  # input order kept
    assert stand_in_vllm.texts[-1]["prompts"] == ["T:q?Sub question 1:"]
    assert stand_in_vllm.chats[-1]["prompts"] == 1
    assert backend.count_tokens(opened) == len("T:q?Sub question 1:")


def test_vllm_template_and_adapter_paths_are_checked(tmp_path: Path):
    with pytest.raises(ConfigError, match="is no file"):
        VLLMBackendConfig(model="tiny", chat_template=str(tmp_path / "missing.jinja"))
    with pytest.raises(ConfigError, match="not a PEFT adapter folder"):
        VLLMBackendConfig(model="tiny", lora_path=str(tmp_path))
