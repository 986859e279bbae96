"""Local generation with transformers: any causal LM folder or hub id, on CPU (fp32) or GPU (bf16).

Prompts are rendered with the tokenizer's chat template, sorted by length (longest first, so a batch that does
not fit in memory fails at once) and run ``batch_size`` at a time; answers come back in input order. Greedy
calls use continuous batching (``llm/continuous.py``: a finished row takes the next prompt at once), sampled
ones left-padded ``model.generate`` batches; ``batching="padded"`` uses the latter for both. Each prompt gets
its own budget, ``min(max_new_tokens, max_context - prompt length)``, so a prompt's answer does not depend on
the batch it ran in. A prompt that leaves no room for one new token is answered with an empty completion whose
finish_reason is ``prompt_too_long``.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tqdm import tqdm

from learnat_core.errors import ConfigError
from learnat_core.llm.base import (
    FINISH_LENGTH,
    FINISH_STOP,
    Backend,
    Completion,
    GenerationConfig,
    Prompt,
    opened_answer,
    prompt_too_long,
)
from learnat_core.llm.continuous import greedy_continuous
from learnat_core.llm.models import (
    check_adapter_folder,
    check_chat_template_file,
    folder_fingerprint,
    resolve_model,
    text_fingerprint,
)

_DTYPES = ("auto", "float32", "bfloat16")
_DEVICES = ("auto", "cpu", "cuda")
_BATCHING = ("continuous", "padded")


@dataclass(frozen=True)
class HFBackendConfig:
    """How to load a transformers model.

    ``model``: a local folder, a hub id, or a named local model (``tiny``, ``smollm2-135m-instruct``).
    ``dtype``/``device``: ``auto`` means bfloat16 on CUDA and float32 on CPU. ``max_context``: prompt
    plus answer tokens, by default the model's ``max_position_embeddings``. ``chat_template``: render
    prompts with the tokenizer's template (a plain string becomes one user message), or with the Jinja
    template in the file this names; with False, only plain strings are accepted and passed as raw text
    (for base models without a template). ``adapter``: a PEFT (LoRA) adapter folder trained on ``model``,
    merged into it at load (needs peft). ``progress``: show a tqdm bar over batches. ``batching``: how greedy
    calls are batched, ``continuous`` (refill a row as soon as its answer ends) or ``padded`` (``model.generate``
    on one batch at a time); both give the same answers up to floating-point rounding, so it is not part of
    the backend's identity.
    """

    model: str
    dtype: str = "auto"
    device: str = "auto"
    max_context: int | None = None
    chat_template: bool | str = True
    adapter: str | None = None
    progress: bool = True
    batching: str = "continuous"

    def __post_init__(self) -> None:
        if self.batching not in _BATCHING:
            raise ConfigError(f"batching must be one of {', '.join(_BATCHING)}, got {self.batching!r}")
        if self.dtype not in _DTYPES:
            raise ConfigError(f"dtype must be one of {', '.join(_DTYPES)}, got {self.dtype!r}")
        if self.device not in _DEVICES:
            raise ConfigError(f"device must be one of {', '.join(_DEVICES)}, got {self.device!r}")
        if self.max_context is not None and self.max_context < 2:
            raise ConfigError(f"max_context must be at least 2, got {self.max_context}")
        if isinstance(self.chat_template, str):
            check_chat_template_file(self.chat_template)
        if self.adapter is not None:
            check_adapter_folder(self.adapter)


class HFBackend(Backend):
    """Batched greedy or sampled generation with ``AutoModelForCausalLM.generate``."""

    name = "hf"

    def __init__(self, config: HFBackendConfig):
        super().__init__(config.model)
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.config = config
        self.source = resolve_model(config.model)
        model_config = _load_config(config.model, self.source)
        self._files = folder_fingerprint(self.source)  # the files as loaded, should they change later
        self.device = _device(config.device)
        if config.dtype == "auto":
            self.dtype = torch.bfloat16 if self.device.type == "cuda" else torch.float32
        else:
            self.dtype = getattr(torch, config.dtype)
        self.tokenizer = AutoTokenizer.from_pretrained(self.source, padding_side="left")
        if isinstance(config.chat_template, str):
            self.tokenizer.chat_template = Path(config.chat_template).read_text(encoding="utf-8")
        elif config.chat_template and not self.tokenizer.chat_template:
            raise ConfigError(f"{config.model} has no chat template; use chat_template=False with plain string "
                              "prompts, or chat_template=FILE of a Jinja template")
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        model = AutoModelForCausalLM.from_pretrained(self.source, dtype=self.dtype)
        if config.adapter is not None:
            self._adapter_files = folder_fingerprint(config.adapter)
            model = _merge_adapter(model, config.adapter)
        self.model = model.to(self.device).eval()
        self.max_context = config.max_context or _context_length(model_config, config.model)
        self._eos_ids = _eos_ids(self.model.generation_config.eos_token_id, self.tokenizer.eos_token_id)

    def identity(self) -> dict[str, Any]:
        """Model name, a fingerprint of its files (and of its adapter's), dtype and prompt rendering (a template
        file by its text's hash)."""
        identity: dict[str, Any] = {
            "model": self.config.model,
            "files": self._files,
            "dtype": str(self.dtype),
            "chat_template": self.config.chat_template,
        }
        if isinstance(self.config.chat_template, str):
            identity["chat_template"] = text_fingerprint(self.tokenizer.chat_template)
        if self.config.adapter is not None:
            identity["adapter"] = self._adapter_files
        return identity

    def count_tokens(self, prompt: Prompt) -> int:
        """Prompt length in tokens after chat formatting."""
        return len(self._prompt_ids(prompt))

    def generate(self, prompts: Sequence[Prompt], config: GenerationConfig | None = None) -> list[list[Completion]]:
        """``config.n`` completions per prompt in input order; too-long prompts get an empty one."""
        config = config or GenerationConfig()
        ids = [self._prompt_ids(prompt) for prompt in prompts]
        results: list[list[Completion]] = [[] for _ in ids]
        runnable = []
        for index, prompt_ids in enumerate(ids):
            if len(prompt_ids) >= self.max_context:
                results[index] = prompt_too_long(len(prompt_ids), config.n)
            else:
                runnable.append(index)
        if self.config.batching == "continuous" and not config.do_sample and runnable:
            for index, completion in zip(runnable, self._generate_continuous([ids[i] for i in runnable], config)):
                results[index] = [completion]
            return results
        runnable.sort(key=lambda index: len(ids[index]), reverse=True)
        batches = [runnable[start : start + config.batch_size] for start in range(0, len(runnable), config.batch_size)]
        with self._seeded(config.seed if config.do_sample else None):
            for batch in tqdm(batches, desc="generate", unit="batch", disable=not self.config.progress, leave=False):
                for index, completions in zip(batch, self._generate_batch([ids[i] for i in batch], config)):
                    results[index] = completions
        return results

    def _prompt_ids(self, prompt: Prompt) -> list[int]:
        if self.config.chat_template:
            messages, opened = opened_answer(prompt)
            text = self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
            return self.tokenizer(text + opened, add_special_tokens=False).input_ids
        if not isinstance(prompt, str):
            raise ConfigError("chat messages need chat_template=True; with chat_template=False pass plain strings")
        return self.tokenizer(prompt).input_ids

    def _generate_batch(self, batch_ids: list[list[int]], config: GenerationConfig) -> list[list[Completion]]:
        import torch
        from transformers import GenerationConfig as HFGenerationConfig

        budgets = [min(config.max_new_tokens, self.max_context - len(prompt_ids)) for prompt_ids in batch_ids]
        sampling = {"temperature": config.temperature, "top_p": config.top_p, "top_k": 0} if config.do_sample else {}
        generation_config = HFGenerationConfig(
            max_new_tokens=max(budgets),
            do_sample=config.do_sample,
            num_return_sequences=config.n,
            pad_token_id=self.tokenizer.pad_token_id,
            eos_token_id=sorted(self._eos_ids),
            stop_strings=list(config.stop) or None,
            **sampling,
        )
        encoded = self.tokenizer.pad({"input_ids": batch_ids}, return_tensors="pt").to(self.device)
        start = time.perf_counter()
        with torch.inference_mode():
            output = self.model.generate(
                **encoded, generation_config=generation_config, tokenizer=self.tokenizer if config.stop else None
            )
        seconds = time.perf_counter() - start
        rows = output[:, encoded["input_ids"].shape[1] :].tolist()
        completions = [
            self._completion(row, batch_ids[k // config.n], budgets[k // config.n], config.stop, seconds / len(rows))
            for k, row in enumerate(rows)
        ]
        self._record(batch_ids, completions, seconds)
        return [completions[k * config.n : (k + 1) * config.n] for k in range(len(batch_ids))]

    def _generate_continuous(self, prompts: list[list[int]], config: GenerationConfig) -> list[Completion]:
        """Greedy completions of ``prompts`` through ``greedy_continuous``; each gets an equal share of the time."""
        budgets = [min(config.max_new_tokens, self.max_context - len(prompt_ids)) for prompt_ids in prompts]

        def stopped(tokens: list[int]) -> bool:
            return bool(config.stop) and any(s in self.tokenizer.decode(tokens, skip_special_tokens=True)
                                             for s in config.stop)

        start = time.perf_counter()
        rows = greedy_continuous(self.model, prompts, budgets, eos_ids=self._eos_ids,
                                 pad_id=self.tokenizer.pad_token_id, slots=config.batch_size, stopped=stopped,
                                 progress=self.config.progress)
        seconds = time.perf_counter() - start
        completions = [
            self._completion(row, prompt_ids, budget, config.stop, seconds / max(1, len(rows)))
            for row, prompt_ids, budget in zip(rows, prompts, budgets)
        ]
        self._record(prompts, completions, seconds)
        return completions

    def _record(self, prompts: list[list[int]], completions: list[Completion], seconds: float) -> None:
        self.usage.record(
            prompt_tokens=sum(map(len, prompts)),
            completion_tokens=sum(completion.completion_tokens for completion in completions),
            completions=len(completions),
            seconds=seconds,
        )

    def _completion(
        self, row: list[int], prompt_ids: list[int], budget: int, stop: tuple[str, ...], seconds: float
    ) -> Completion:
        """Decode one generated row, cut at its own budget, at the first end-of-sequence token or at
        the first stop string (which is left out of the text)."""
        tokens = row[:budget]
        end = next((k for k, token in enumerate(tokens) if token in self._eos_ids), None)
        if end is not None:
            tokens, finish = tokens[: end + 1], FINISH_STOP
        else:
            while tokens and tokens[-1] == self.tokenizer.pad_token_id:  # rows a stop string ended early
                tokens.pop()
            finish = FINISH_LENGTH
        text = self.tokenizer.decode(tokens, skip_special_tokens=True)
        cut = min((text.find(s) for s in stop if s in text), default=-1)
        if cut >= 0:
            text, finish = text[:cut], FINISH_STOP
        return Completion(text, len(prompt_ids), len(tokens), seconds, finish)

    @contextlib.contextmanager
    def _seeded(self, seed: int | None) -> Iterator[None]:
        """Seed torch for one call and restore the global generator state afterwards."""
        if seed is None:
            yield
            return
        import torch

        devices = [self.device.index or 0] if self.device.type == "cuda" else []
        with torch.random.fork_rng(devices=devices):
            torch.manual_seed(seed)
            yield


def _load_config(spec: str, source: str) -> Any:
    """The model's config, checked to be a causal LM; a clear ConfigError otherwise."""
    from transformers import AutoConfig
    from transformers.models.auto.modeling_auto import MODEL_FOR_CAUSAL_LM_MAPPING_NAMES

    try:
        config = AutoConfig.from_pretrained(source)
    except (OSError, ValueError) as error:
        if Path(source).is_dir():
            where = f"folder {source}"
        else:
            where = f"hub id {source!r} (needs the network and HF_HUB_OFFLINE unset)"
        raise ConfigError(f"cannot load model {spec!r} from the {where}: {error}") from error
    causal_classes = set(MODEL_FOR_CAUSAL_LM_MAPPING_NAMES.values())
    architectures = getattr(config, "architectures", None) or []
    if config.model_type not in MODEL_FOR_CAUSAL_LM_MAPPING_NAMES or (
        architectures and not causal_classes.intersection(architectures)
    ):
        found = ", ".join(architectures) or config.model_type
        raise ConfigError(f"model {spec!r} ({found}) is not a causal language model; a text generator is needed")
    return config


def _merge_adapter(model: Any, folder: str) -> Any:
    """``model`` with the PEFT adapter in ``folder`` merged into its weights."""
    try:
        from peft import PeftModel
    except ImportError as error:
        raise ConfigError(f"an adapter needs peft: pip install learnat-kit[train] ({error})") from error
    try:
        return PeftModel.from_pretrained(model, folder).merge_and_unload()
    except (RuntimeError, ValueError, KeyError) as error:  # an adapter of another architecture or size
        raise ConfigError(f"cannot apply adapter {folder}: {error}") from error


def _device(choice: str) -> Any:
    import torch

    if choice == "auto":
        choice = "cuda" if torch.cuda.is_available() else "cpu"
    if choice == "cuda" and not torch.cuda.is_available():
        raise ConfigError("device 'cuda' was asked for but torch sees no CUDA GPU")
    return torch.device(choice)


def _context_length(model_config: Any, spec: str) -> int:
    length = getattr(model_config, "max_position_embeddings", None)
    if not length:
        raise ConfigError(f"model {spec!r} does not state its context length; set max_context")
    return int(length)


def _eos_ids(*values: int | list[int] | None) -> frozenset[int]:
    """Every end-of-sequence id named by the generation config or the tokenizer."""
    ids: set[int] = set()
    for value in values:
        if isinstance(value, int):
            ids.add(value)
        elif value:
            ids.update(value)
    return frozenset(ids)
