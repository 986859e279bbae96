"""In-process generation with vLLM (GPU machines): ``vllm.LLM`` with ``SamplingParams``, chat prompts
through ``LLM.chat``; options under vLLM's own names (``max_model_len``, ``chat_template``, a LoRA adapter
with ``enable_lora``). vLLM is imported only when a backend is built; install it with
``pip install learnat-kit[vllm]``. Prompts longer than the context get a ``prompt_too_long`` completion,
as with the transformers backend, instead of failing the whole call. Its scheduler batches, so a caller
should hand ``generate`` all its prompts at once.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from learnat_core.errors import ConfigError
from learnat_core.llm.base import (
    Backend,
    Completion,
    GenerationConfig,
    Prompt,
    as_messages,
    continues_answer,
    opened_answer,
    prompt_too_long,
)
from learnat_core.llm.models import (
    check_adapter_folder,
    check_chat_template_file,
    folder_fingerprint,
    resolve_model,
    text_fingerprint,
)

LORA_NAME = "adapter"  # the name and id the one LoRA adapter is served under
LORA_ID = 1


@dataclass(frozen=True)
class VLLMBackendConfig:
    """How vLLM loads the model, in vLLM's terms: ``model`` as for HFBackendConfig; ``max_model_len``: prompt
    plus answer tokens (default: the model's own); ``chat_template``: a Jinja template file used instead of the
    tokenizer's; ``lora_path``: a LoRA adapter folder trained on ``model``, served with it (vLLM's
    ``enable_lora``, ranks up to ``max_lora_rank``); and the GPU settings passed to ``vllm.LLM``."""

    model: str
    dtype: str = "auto"
    max_model_len: int | None = None
    chat_template: str | None = None
    lora_path: str | None = None
    max_lora_rank: int = 16
    gpu_memory_utilization: float = 0.9
    tensor_parallel_size: int = 1

    def __post_init__(self) -> None:
        if self.chat_template is not None:
            check_chat_template_file(self.chat_template)
        if self.lora_path is not None:
            check_adapter_folder(self.lora_path)


def engine_kwargs(config: VLLMBackendConfig, source: str) -> dict[str, Any]:
    """The ``vllm.LLM`` arguments for ``config`` and the model folder or hub id ``source``."""
    kwargs: dict[str, Any] = {
        "model": source,
        "dtype": config.dtype,
        "max_model_len": config.max_model_len,
        "gpu_memory_utilization": config.gpu_memory_utilization,
        "tensor_parallel_size": config.tensor_parallel_size,
    }
    if config.lora_path is not None:
        kwargs.update(enable_lora=True, max_lora_rank=config.max_lora_rank)
    return kwargs


def sampling_params_kwargs(config: GenerationConfig) -> dict[str, Any]:
    """The ``vllm.SamplingParams`` arguments for ``config``: greedy is temperature 0; vLLM leaves stop
    strings out of the text, as the other backends do."""
    kwargs: dict[str, Any] = {"n": config.n, "max_tokens": config.max_new_tokens, "stop": list(config.stop)}
    if config.do_sample:
        kwargs.update(temperature=config.temperature, top_p=config.top_p, seed=config.seed)
    else:
        kwargs["temperature"] = 0.0
    return kwargs


class VLLMBackend(Backend):
    """vLLM's offline engine; its own scheduler batches, so ``batch_size`` is not used."""

    name = "vllm"

    def __init__(self, config: VLLMBackendConfig):
        super().__init__(config.model)
        try:
            import vllm
        except ImportError as error:
            raise ConfigError(f"the vllm backend needs vLLM: pip install learnat-kit[vllm] ({error})") from error
        self.config = config
        self._vllm = vllm
        source = resolve_model(config.model)
        self._files = folder_fingerprint(source)  # the files as loaded: a model retrained in place is another model
        self._template = None if config.chat_template is None else Path(config.chat_template).read_text("utf-8")
        self._lora = None
        if config.lora_path is not None:
            from vllm.lora.request import LoRARequest

            self._lora_files = folder_fingerprint(config.lora_path)
            self._lora = LoRARequest(LORA_NAME, LORA_ID, config.lora_path)
        self.llm = vllm.LLM(**engine_kwargs(config, source))
        self.tokenizer = self.llm.get_tokenizer()
        self.max_context = self.llm.llm_engine.model_config.max_model_len

    def identity(self) -> dict[str, Any]:
        """Model name, a fingerprint of its files (as the hf backend's) and dtype, and of the chat template file
        and LoRA adapter when given."""
        identity: dict[str, Any] = {"model": self.config.model, "files": self._files, "dtype": self.config.dtype}
        if self._template is not None:
            identity["chat_template"] = text_fingerprint(self._template)
        if self._lora is not None:
            identity["lora"] = self._lora_files
        return identity

    def count_tokens(self, prompt: Prompt) -> int:
        """Prompt length in tokens after the chat template."""
        if continues_answer(prompt):
            return len(self.tokenizer(self._opened(prompt), add_special_tokens=False).input_ids)
        return len(self.tokenizer.apply_chat_template(as_messages(prompt), chat_template=self._template,
                                                      add_generation_prompt=True, return_dict=False))

    def _opened(self, prompt: Prompt) -> str:
        """A continued answer's text: the template with the assistant turn opened, then the answer so far."""
        messages, opened = opened_answer(prompt)
        return self.tokenizer.apply_chat_template(messages, chat_template=self._template, tokenize=False,
                                                  add_generation_prompt=True) + opened

    def generate(self, prompts: Sequence[Prompt], config: GenerationConfig | None = None) -> list[list[Completion]]:
        """``config.n`` completions per prompt in input order; too-long prompts get an empty one."""
        config = config or GenerationConfig()
        lengths = [self.count_tokens(prompt) for prompt in prompts]
        fits = [index for index, length in enumerate(lengths) if length < self.max_context]
        results = [prompt_too_long(length, config.n) for length in lengths]
        if not fits:
            return results
        sampling = self._vllm.SamplingParams(**sampling_params_kwargs(config))
        chats = [index for index in fits if not continues_answer(prompts[index])]
        continued = [index for index in fits if continues_answer(prompts[index])]
        start = time.perf_counter()
        outputs = self.llm.chat([as_messages(prompts[index]) for index in chats], sampling, use_tqdm=False,
                                chat_template=self._template, lora_request=self._lora) if chats else []
        if continued:
            outputs += self.llm.generate([self._opened(prompts[index]) for index in continued], sampling,
                                         use_tqdm=False, lora_request=self._lora)
        seconds = time.perf_counter() - start
        share = seconds / (len(fits) * config.n)
        for index, output in zip(chats + continued, outputs):
            results[index] = [
                Completion(o.text, lengths[index], len(o.token_ids), share, o.finish_reason)
                for o in output.outputs
            ]
        self.usage.record(
            prompt_tokens=sum(lengths[index] for index in fits),
            completion_tokens=sum(c.completion_tokens for index in fits for c in results[index]),
            completions=len(fits) * config.n,
            seconds=seconds,
        )
        return results
