"""The prepared GPU check: the kit's SFT and MDPO trainers (``learnat_core.training``) on random-initialised
models of Qwen2.5-Coder-0.5B's and 7B's architecture, then the vLLM backend when vLLM is importable, in one
command; tokens/s and peak GPU memory of each run go to one JSON (``learnat_core.studies.training_runs.
throughput_table`` reads it beside the cpu profile's figures).

Each model is its public config.json (the values below) with random bf16 weights and the tests' tiny BPE
tokenizer (``learnat_core.llm.models.tiny_model_path``; no pretrained weights travel). Training data: a
rule-proposer synthesis (40% noisy steps, so there are pairs) of ``--questions`` bundled Spider train
questions in the cpu profile's prompt style. Both stages use LoRA, gradient checkpointing and bf16 (``on``
with CUDA, ``auto`` without), ``--steps`` optimizer steps each; MDPO starts from the SFT run's merged model.
Peak GPU memory is reset before each run; peak RSS is the process's. Without CUDA, or with ``--tiny``, the
architectures shrink to 2 layers of width 64 (the same code path, so CI runs it end to end on CPU).

    python scripts/gpu_check.py [--out results/gpu_check/gpu_check.json] [--tiny] [--steps 4]
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import importlib.util
import json
import platform
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("learnat_core") is None:  # the kit's wheel is not installed: use this checkout
    sys.path.insert(0, str(REPO))

import learnat_core  # noqa: E402
from learnat_core.data import locate  # noqa: E402
from learnat_core.errors import LearnatError  # noqa: E402
from learnat_core.llm import GenerationConfig, make_backend  # noqa: E402
from learnat_core.llm.models import tiny_model_path  # noqa: E402
from learnat_core.synthesis.config import SynthesisConfig  # noqa: E402
from learnat_core.synthesis.pipeline import round_proposers, select_examples  # noqa: E402
from learnat_core.synthesis.runner import synthesize  # noqa: E402
from learnat_core.training.data import read_sft_records  # noqa: E402
from learnat_core.training.mdpo import MDPORunConfig, train_mdpo  # noqa: E402
from learnat_core.training.run import TrainResult, resolve_bf16  # noqa: E402
from learnat_core.training.sft import SFTRunConfig, train_sft  # noqa: E402

_QWEN2 = {"max_position_embeddings": 32768, "rope_theta": 1_000_000.0, "rms_norm_eps": 1e-6, "hidden_act": "silu",
          "use_sliding_window": False}
ARCHITECTURES: dict[str, dict[str, Any]] = {
    # config.json of Qwen/Qwen2.5-Coder-0.5B and Qwen/Qwen2.5-Coder-7B on the Hugging Face hub
    "qwen2.5-coder-0.5b": {**_QWEN2, "hidden_size": 896, "intermediate_size": 4864, "num_hidden_layers": 24,
                           "num_attention_heads": 14, "num_key_value_heads": 2, "vocab_size": 151936,
                           "tie_word_embeddings": True},
    "qwen2.5-coder-7b": {**_QWEN2, "hidden_size": 3584, "intermediate_size": 18944, "num_hidden_layers": 28,
                         "num_attention_heads": 28, "num_key_value_heads": 4, "vocab_size": 152064,
                         "tie_word_embeddings": False},
}
TINY_SHAPE = {"hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
              "num_key_value_heads": 2, "max_position_embeddings": 2048}
SYNTHESIS = SynthesisConfig(schema_style="compact", instructions=False)  # the cpu profile's prompts
PACKAGES = ("torch", "transformers", "accelerate", "peft", "trl", "datasets", "pyarrow", "pandas", "sqlglot", "apted",
            "vllm", "learnat-kit")


@dataclasses.dataclass(frozen=True)
class Sizes:
    """How big one check is: steps, batches and lengths of both stages, and vLLM's prompts and tokens."""

    steps: int
    sft_batch: int
    mdpo_batch: int
    max_length: int
    max_prompt_length: int
    vllm_prompts: int
    vllm_tokens: int
    questions: int  # synthesised train questions, the source of both stages' data


GPU_SIZES = Sizes(steps=4, sft_batch=8, mdpo_batch=4, max_length=1024, max_prompt_length=896, vllm_prompts=64,
                  vllm_tokens=128, questions=48)
TINY_SIZES = Sizes(steps=2, sft_batch=2, mdpo_batch=2, max_length=1024, max_prompt_length=896, vllm_prompts=4,
                   vllm_tokens=8, questions=6)


def architecture(name: str, tiny: bool, vocab: int) -> dict[str, Any]:
    """The Qwen2Config values of ``name``, shrunk to TINY_SHAPE (and the tokenizer's vocabulary) when ``tiny``."""
    values = ARCHITECTURES[name]
    return {**values, **TINY_SHAPE, "vocab_size": vocab} if tiny else dict(values)


def build_model(name: str, out: Path, *, tiny: bool, cuda: bool, bf16: bool) -> int:
    """Write a random-initialised Qwen2 of ``name``'s architecture and the tiny tokenizer to ``out``; its
    parameter count."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, Qwen2Config

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_path())
    config = Qwen2Config(**architecture(name, tiny, len(tokenizer)), eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
                         bos_token_id=None)
    torch.manual_seed(0)
    with torch.device("cuda" if cuda else "cpu"):  # initialised where it trains: a 7B init on CPU takes minutes
        model = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16 if bf16 else torch.float32)
    parameters = sum(parameter.numel() for parameter in model.parameters())
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    del model
    _free_memory()
    return parameters


def make_data(out: Path, questions: int) -> tuple[Path, Path]:
    """``sft.jsonl`` and ``pairs.jsonl`` of a noisy rule-proposer synthesis of ``questions`` train questions."""
    split = locate("spider", "train")
    examples = select_examples(split, sample_size=questions, seed=0)
    proposer = round_proposers("ast-rules", SYNTHESIS, split, noise=0.4)
    synthesize(examples, proposer, SYNTHESIS, out, split=split, rounds=1, progress=False)
    return out / "sft.jsonl", out / "pairs.jsonl"


def run_record(name: str, parameters: int, result: TrainResult, batch_size: int) -> dict[str, Any]:
    """One run's line of the JSON."""
    return {"architecture": name, "parameters": parameters, "stage": result.stage, "precision": result.precision,
            "steps": result.global_step, "batch_size": batch_size, "examples": result.examples,
            "dropped": result.dropped, "tokens": result.tokens, "tokens_per_second": result.tokens_per_second,
            "peak_gpu_mb": result.peak_gpu_mb, "peak_rss_mb": result.peak_rss_mb, "seconds": result.seconds,
            "train_loss": result.train_loss}


def train_both(name: str, model_dir: Path, work: Path, sft_file: Path, pairs_file: Path, sizes: Sizes,
               bf16: str) -> tuple[list[TrainResult], Path]:
    """SFT then MDPO on the SFT model; the two results and the MDPO model's folder."""
    common = {"max_steps": sizes.steps, "max_length": sizes.max_length, "lora": True, "activation_checkpointing": True,
              "bf16": bf16, "save_steps": sizes.steps, "logging_steps": 1, "disable_tqdm": True}
    _reset_peak()
    sft = train_sft(SFTRunConfig(output_dir=str(work / f"{name}-sft"), model=str(model_dir),
                                 per_device_train_batch_size=sizes.sft_batch, **common), sft_file)
    shutil.rmtree(model_dir)  # the SFT model is MDPO's start and reference; the disk holds two 7B copies at most
    _reset_peak()
    mdpo = train_mdpo(MDPORunConfig(output_dir=str(work / f"{name}-mdpo"),
                                    per_device_train_batch_size=sizes.mdpo_batch,
                                    max_prompt_length=sizes.max_prompt_length, **common), pairs_file, sft.model_dir)
    shutil.rmtree(sft.model_dir)
    return [sft, mdpo], Path(mdpo.model_dir)


def run_vllm(model_dir: Path, sft_file: Path, sizes: Sizes) -> dict[str, Any]:
    """Greedy generation with the vLLM backend on the training prompts: completion tokens/s; or why not."""
    if importlib.util.find_spec("vllm") is None:
        return {"status": "skipped: vllm is not importable"}
    prompts = [list(record.messages[:-1]) for record in read_sft_records(sft_file)][: sizes.vllm_prompts]
    started = time.perf_counter()
    try:
        backend = make_backend("vllm", model=str(model_dir), max_model_len=2 * sizes.max_length,
                               gpu_memory_utilization=0.5)
        loaded = time.perf_counter()
        results = backend.generate(prompts, GenerationConfig(max_new_tokens=sizes.vllm_tokens))
    except (LearnatError, RuntimeError, ValueError, OSError) as error:  # recorded: the training figures stand
        return {"status": f"failed: {type(error).__name__}: {error}"}
    seconds = time.perf_counter() - loaded
    tokens = sum(completion.completion_tokens for completions in results for completion in completions)
    return {"status": "ran", "prompts": len(prompts), "completion_tokens": tokens, "load_seconds":
            round(loaded - started, 2), "seconds": round(seconds, 2), "tokens_per_second": round(tokens / seconds, 1)}


def main(argv: list[str] | None = None) -> int:
    """Run the check and write its JSON; prints a line per run, then the JSON's path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "results" / "gpu_check" / "gpu_check.json",
                        help="the JSON to write (default: results/gpu_check/gpu_check.json)")
    parser.add_argument("--tiny", action="store_true", help="tiny architectures (the default without CUDA)")
    parser.add_argument("--architectures", nargs="+", choices=tuple(ARCHITECTURES), default=list(ARCHITECTURES))
    parser.add_argument("--steps", type=int, help="optimizer steps per stage (default: 4 on a GPU, 2 tiny)")
    parser.add_argument("--questions", type=int, help="synthesised train questions (default: 48 on a GPU, 6 tiny)")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one, removed at the end)")
    args = parser.parse_args(argv)

    import torch

    started = time.perf_counter()
    cuda = torch.cuda.is_available()
    tiny = args.tiny or not cuda
    sizes = TINY_SIZES if tiny else GPU_SIZES
    sizes = dataclasses.replace(sizes, steps=args.steps or sizes.steps, questions=args.questions or sizes.questions)
    bf16 = "on" if cuda else "auto"
    work = args.work or Path(tempfile.mkdtemp(prefix="learnat-gpu-check-"))
    try:
        sft_file, pairs_file = make_data(work / "synthesis", sizes.questions)
        runs, vllm = [], {"status": "skipped: no CUDA"}
        for name in args.architectures:
            model_dir = work / name
            parameters = build_model(name, model_dir, tiny=tiny, cuda=cuda, bf16=resolve_bf16(bf16))
            results, final = train_both(name, model_dir, work, sft_file, pairs_file, sizes, bf16)
            runs += [run_record(name, parameters, result, batch) for result, batch in
                     zip(results, (sizes.sft_batch, sizes.mdpo_batch))]
            if cuda and name == args.architectures[0]:
                _free_memory()
                vllm = run_vllm(final, sft_file, sizes)
            shutil.rmtree(final)
        report = {
            "check": "scripts/gpu_check.py",
            "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "device": torch.cuda.get_device_name(0) if cuda else f"cpu ({platform.processor() or platform.machine()})",
            "gpu_memory_mb": round(torch.cuda.get_device_properties(0).total_memory / 2**20) if cuda else None,
            "tiny": tiny,
            "sizes": dataclasses.asdict(sizes),
            "versions": {"python": platform.python_version(), **{name: _version(name) for name in PACKAGES}},
            "kit": str(Path(learnat_core.__file__).parent),
            "data": {"sft_records": len(read_sft_records(sft_file)),
                     "pairs": sum(1 for line in pairs_file.read_text().splitlines() if line.strip())},
            "runs": runs,
            "vllm": vllm,
            "seconds": round(time.perf_counter() - started, 1),
        }
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    for run in runs:
        print(f"{run['architecture']} {run['stage']}: {run['tokens_per_second']:.0f} tokens/s, peak GPU "
              f"{run['peak_gpu_mb']} MB, {run['seconds']:.0f} s ({run['precision']})")
    print(f"vllm: {vllm['status']}; whole check {report['seconds']:.0f} s on {report['device']}")
    print(args.out)
    return 0


def _version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def _reset_peak() -> None:
    import torch

    if torch.cuda.is_available():
        torch.cuda.reset_peak_memory_stats()


def _free_memory() -> None:
    import torch

    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()


if __name__ == "__main__":
    sys.exit(main())
