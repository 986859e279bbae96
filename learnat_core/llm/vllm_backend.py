"""In-process generation with vLLM (GPU machines): ``vllm.LLM`` with ``SamplingParams``, chat prompts
through ``LLM.chat``. vLLM is imported only when a backend is built; install it with
``pip install learnat-kit[vllm]``. Prompts longer than the context get a ``prompt_too_long`` completion,
as with the transformers backend, instead of failing the whole call.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from learnat_core.errors import ConfigError
from learnat_core.llm.base import Backend, Completion, GenerationConfig, Prompt, as_messages, prompt_too_long
from learnat_core.llm.models import folder_fingerprint, resolve_model


@dataclass(frozen=True)
class VLLMBackendConfig:
    """How vLLM loads the model: ``model`` as for HFBackendConfig, ``max_context`` is vLLM's
    ``max_model_len`` (default: the model's own), and the GPU settings passed to ``vllm.LLM``."""

    model: str
    dtype: str = "auto"
    max_context: int | None = None
    gpu_memory_utilization: float = 0.9
    tensor_parallel_size: int = 1


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
        self.llm = vllm.LLM(
            model=source,
            dtype=config.dtype,
            max_model_len=config.max_context,
            gpu_memory_utilization=config.gpu_memory_utilization,
            tensor_parallel_size=config.tensor_parallel_size,
        )
        self.tokenizer = self.llm.get_tokenizer()
        self.max_context = self.llm.llm_engine.model_config.max_model_len

    def identity(self) -> dict[str, Any]:
        """Model name, a fingerprint of its files (as the hf backend's) and dtype."""
        return {"model": self.config.model, "files": self._files, "dtype": self.config.dtype}

    def count_tokens(self, prompt: Prompt) -> int:
        """Prompt length in tokens after the chat template."""
        messages = as_messages(prompt)
        return len(self.tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_dict=False))

    def generate(self, prompts: Sequence[Prompt], config: GenerationConfig | None = None) -> list[list[Completion]]:
        """``config.n`` completions per prompt in input order; too-long prompts get an empty one."""
        config = config or GenerationConfig()
        lengths = [self.count_tokens(prompt) for prompt in prompts]
        fits = [index for index, length in enumerate(lengths) if length < self.max_context]
        results = [prompt_too_long(length, config.n) for length in lengths]
        if not fits:
            return results
        start = time.perf_counter()
        outputs = self.llm.chat(
            [as_messages(prompts[index]) for index in fits],
            self._vllm.SamplingParams(**sampling_params_kwargs(config)),
            use_tqdm=False,
        )
        seconds = time.perf_counter() - start
        share = seconds / (len(fits) * config.n)
        for index, output in zip(fits, outputs):
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
