"""The full profile's plan (Qwen2.5-Coder-7B on one node of 8 GPUs and on several): accelerate commands, memory
per GPU of each training stage, synthesis over a served model, and the cost of a BIRD-train run. Every number on
the page is computed here from the shipped run configs, the cpu profile's measured synthesis CSVs and the
formulas below; the assumptions are parameters, printed on the page.

    python scripts/scale_plan.py [--output docs/scaling.md] [--gpus-per-node 8] [--gpu-memory-gb 80]
"""

from __future__ import annotations

import argparse
import csv
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
GB = 1e9
BIRD_TRAIN_QUESTIONS = 9428
PAPER_TOKENS_PER_CALL = 1800  # the paper via NOTE-ICLR (docs/sources.md): "LearNAT single call ≈ 1.8K tokens"
OPTIMIZER_STATES = {"adamw_torch": 2, "adamw_torch_fused": 2, "rmsprop": 1, "sgd": 0}


@dataclass(frozen=True)
class ModelShape:
    """A decoder's size: parameters and the dimensions the activation and LoRA formulas need."""

    name: str
    params: float
    hidden: int
    layers: int
    intermediate: int
    kv_dim: int
    vocab: int

    def lora_params(self, rank: int) -> int:
        """Parameters of a rank-``rank`` LoRA on every linear layer of the blocks: r·(d_in + d_out) per projection."""
        h, kv, f = self.hidden, self.kv_dim, self.intermediate
        projections = [(h, h), (h, kv), (h, kv), (h, h), (h, f), (h, f), (f, h)]  # q k v o gate up down
        return rank * self.layers * sum(d_in + d_out for d_in, d_out in projections)

    def layer_params(self) -> float:
        """Parameters of one block: the whole model less the input and output embeddings (untied), over the layers."""
        return (self.params - 2 * self.vocab * self.hidden) / self.layers


# config.json of Qwen/Qwen2.5-Coder-7B-Instruct (28 layers, 28 query / 4 key-value heads of 128), 7.61B parameters
QWEN_CODER_7B = ModelShape("Qwen2.5-Coder-7B-Instruct", 7.61e9, 3584, 28, 18944, 4 * 128, 152064)


@dataclass(frozen=True)
class Stage:
    """One training setup: what is trained, how, on how many GPUs."""

    label: str
    lora_rank: int | None
    optimizer_states: int
    gpus: int
    sharded: bool
    reference_copy: bool
    sequences: int
    seq_len: int


def memory_per_gpu(shape: ModelShape, stage: Stage) -> dict[str, float]:
    """Bytes per GPU by part. bf16 weights (2 B/param); LoRA adapters in fp32 (weights and grads 4 B each, PEFT's
    default); full fine-tuning with bf16 grads (2 B) and an fp32 master copy (4 B), as DeepSpeed and FSDP mixed
    precision keep; optimizer states 4 B each (Adam: 2, RMSprop: 1). ZeRO-3 / FSDP divide all of these and the
    reference copy by the GPUs, and gather two blocks at a time (the one computing and the one prefetched)."""
    trainable = shape.lora_params(stage.lora_rank) if stage.lora_rank else shape.params
    per_param = (4 + 4) if stage.lora_rank else (2 + 4)
    share = stage.gpus if stage.sharded else 1
    parts = {
        "weights": 2 * shape.params / share,
        "trainable": (per_param + 4 * stage.optimizer_states) * trainable / share,
        "reference": 2 * shape.params / share if stage.reference_copy else 0.0,
        "gathered": 2 * 2 * shape.layer_params() if stage.sharded else 0.0,
        "activations": activation_bytes(shape, stage.seq_len, stage.sequences),
    }
    return {**parts, "total": sum(parts.values())}


def activation_bytes(shape: ModelShape, seq_len: int, sequences: int) -> float:
    """Activations of ``sequences`` sequences of ``seq_len`` tokens with gradient checkpointing: each block's input
    kept (2·s·h bytes per layer), one block's activations recomputed at a time (34·s·h bytes in 16-bit,
    Korthikanti et al. 2022, without the s² attention term that SDPA / flash attention do not store), and the
    logits over the vocabulary in bf16 and in fp32 for the loss (6·s·V bytes)."""
    s, h = seq_len, shape.hidden
    return sequences * (2 * s * h * shape.layers + 34 * s * h + 6 * s * shape.vocab)


def largest_micro_batch(shape: ModelShape, stage: Stage, memory_gb: float, per_example: int) -> int:
    """The largest per-GPU batch (examples of ``per_example`` sequences) whose total fits ``memory_gb``, 0 if none."""
    fixed = memory_per_gpu(shape, stage)["total"] - activation_bytes(shape, stage.seq_len, stage.sequences)
    each = activation_bytes(shape, stage.seq_len, per_example)
    return max(0, math.floor((memory_gb * GB - fixed) / each))


@dataclass(frozen=True)
class SynthesisMeasure:
    """Calls and tokens per question from the cpu profile's synthesis CSVs."""

    label: str
    questions: int
    calls: int
    tokens_per_call: float | None

    @property
    def calls_per_question(self) -> float:
        return self.calls / self.questions


def measured_synthesis(folder: Path, trained_proposer: Path) -> list[SynthesisMeasure]:
    """The main search run (run_overview.csv) and each baseline method with the rule proposer; tokens per call
    from the methods that ran an LLM proposer: notebook 03's own comparison when it ran one, else notebook 04's
    trained SmolLM2 proposer (``trained_proposer``: 96 new tokens at most)."""
    overview = {row["quantity"]: float(row["value"]) for row in csv.DictReader(open(folder / "run_overview.csv"))}
    methods = list(csv.DictReader(open(folder / "baseline_methods.csv")))
    llm = [row for row in methods if row["proposer"].startswith("llm:")]
    if not llm:
        llm = [row for row in csv.DictReader(open(trained_proposer)) if row["proposer"].startswith("llm:")]
    per_call = sum(int(row["tokens"]) for row in llm) / sum(int(row["proposer_calls"]) for row in llm)
    rows = [SynthesisMeasure("kit's search run (AST-guided MCTS)", int(overview["searched"]),
                             int(overview["proposer_calls"]), None)]
    rows += [SynthesisMeasure(row["label"], int(row["questions"]), int(row["proposer_calls"]), None)
             for row in methods if not row["proposer"].startswith("llm:")]
    return [*rows, SynthesisMeasure("LLM proposer (SmolLM2)", sum(int(r["questions"]) for r in llm),
                                    sum(int(r["proposer_calls"]) for r in llm), per_call)]


def training_flops(shape: ModelShape, tokens: float, lora: bool, reference_forward: bool) -> float:
    """FLOPs of training on ``tokens`` tokens: 2P per token forward, 2P backward to the activations, 2P more for
    the weight gradients (full fine-tuning only; LoRA's are negligible), 2P to recompute the checkpointed forward,
    and 2P per token for a reference forward (MDPO's precompute)."""
    per_token = 2 + 2 + (0 if lora else 2) + 2 + (2 if reference_forward else 0)
    return per_token * shape.params * tokens


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join([*lines, *("| " + " | ".join(str(cell) for cell in row) + " |" for row in rows)])


def gb(value: float) -> str:
    return f"{value / GB:.1f}"


def stages(sft: dict, mdpo: dict, gpus: int) -> list[Stage]:
    """The shipped full configs as stages on ``gpus`` GPUs (and the unsharded ones on one)."""
    sft_states, mdpo_states = OPTIMIZER_STATES[sft.get("optim", "adamw_torch")], OPTIMIZER_STATES[mdpo["optim"]]
    sft_args = dict(lora_rank=sft["lora_r"], optimizer_states=sft_states, sequences=sft["per_device_train_batch_size"],
                    seq_len=sft["max_length"], reference_copy=False)
    mdpo_args = dict(lora_rank=None, sequences=2 * mdpo["per_device_train_batch_size"], seq_len=mdpo["max_length"])
    return [
        Stage("LoRA SFT, 1 GPU (or DDP)", gpus=1, sharded=False, **sft_args),
        Stage(f"LoRA SFT, ZeRO-3 / FSDP over {gpus}", gpus=gpus, sharded=True, **sft_args),
        Stage("full MDPO (RMSprop), 1 GPU", gpus=1, sharded=False, optimizer_states=mdpo_states,
              reference_copy=False, **mdpo_args),
        Stage(f"full MDPO (RMSprop), ZeRO-3 over {gpus}, reference precomputed", gpus=gpus, sharded=True,
              optimizer_states=mdpo_states, reference_copy=False, **mdpo_args),
        Stage(f"full MDPO (RMSprop), FSDP over {gpus}, reference model held", gpus=gpus, sharded=True,
              optimizer_states=mdpo_states, reference_copy=True, **mdpo_args),
        Stage(f"full MDPO (AdamW), ZeRO-3 over {gpus}, reference model held", gpus=gpus, sharded=True,
              optimizer_states=2, reference_copy=True, **mdpo_args),
    ]


def render(shape: ModelShape, gpus_per_node: int, memory_gb: float, peak_tflops: float, mfu: float,
           tokens_per_example: int, throughputs: Sequence[float]) -> str:
    """The page: commands, memory, synthesis and the BIRD-train cost."""
    sft = yaml.safe_load((REPO / "configs/training/full_sft.yaml").read_text())
    mdpo = yaml.safe_load((REPO / "configs/training/full_mdpo.yaml").read_text())
    synthesis = measured_synthesis(REPO / "results/cpu/synthesis", REPO / "results/cpu/training/trained_proposer_methods.csv")
    overview = {row["quantity"]: float(row["value"])
                for row in csv.DictReader(open(REPO / "results/cpu/synthesis/run_overview.csv"))}
    success = overview["successes"] / overview["searched"]
    pairs_per_question = overview["pairs"] / overview["searched"]
    main_run = synthesis[0]

    memory_rows, sharded_fit = [], True
    for nodes in (1, 2, 4):
        gpus = nodes * gpus_per_node
        for stage in stages(sft, mdpo, gpus):
            if stage.gpus == 1 and nodes > 1:
                continue
            parts = memory_per_gpu(shape, stage)
            sharded_fit &= not stage.sharded or parts["total"] <= memory_gb * GB
            per_example = 1 if stage.lora_rank else 2
            memory_rows.append([stage.label, stage.gpus, gb(parts["weights"]), gb(parts["trainable"]),
                                gb(parts["reference"]), gb(parts["gathered"]), gb(parts["activations"]),
                                gb(parts["total"]), largest_micro_batch(shape, stage, memory_gb, per_example)])

    synthesis_rows = [[m.label, m.questions, m.calls, f"{m.calls_per_question:.2f}",
                       f"{m.tokens_per_call:.0f}" if m.tokens_per_call else "—",
                       f"{m.calls_per_question * PAPER_TOKENS_PER_CALL / 1e3:.1f}K"] for m in synthesis]
    bird_calls = BIRD_TRAIN_QUESTIONS * main_run.calls_per_question
    bird_tokens = bird_calls * PAPER_TOKENS_PER_CALL
    time_rows = [[f"{rate:,.0f}", f"{bird_tokens / rate / 3600:.1f}"] for rate in throughputs]

    sft_tokens = BIRD_TRAIN_QUESTIONS * success * tokens_per_example * sft["num_train_epochs"]
    mdpo_tokens = BIRD_TRAIN_QUESTIONS * pairs_per_question * 2 * tokens_per_example * mdpo["num_train_epochs"]
    flops = {"LoRA SFT": (sft_tokens, training_flops(shape, sft_tokens, lora=True, reference_forward=False)),
             "full MDPO": (mdpo_tokens, training_flops(shape, mdpo_tokens, lora=False, reference_forward=True))}
    cost_rows = [[name, f"{tokens / 1e6:.1f}M", f"{value:.2e}",
                  f"{value / (peak_tflops * 1e12 * mfu) / 3600:.1f}",
                  f"{value / (peak_tflops * 1e12 * mfu) / 3600 / gpus_per_node:.1f}"]
                 for name, (tokens, value) in flops.items()]

    lora = shape.lora_params(sft["lora_r"])
    logits_share = 6 * sft["max_length"] * shape.vocab / activation_bytes(shape, sft["max_length"], 1)
    return f"""# Scaling the full profile: Qwen2.5-Coder-7B on 8 GPUs and beyond

Generated by `python scripts/scale_plan.py` from `configs/training/full_sft.yaml`, `configs/training/full_mdpo.yaml`,
the cpu profile's `results/cpu/synthesis/*.csv` and the assumptions listed here; do not edit by hand
(`tests/test_scale_plan.py` checks the page is the script's output). Nothing here has run on a GPU yet.

## Commands

One node, {gpus_per_node} GPUs (DeepSpeed ZeRO-3; `configs/accelerate/fsdp.yaml` for FSDP2):

```bash
accelerate launch --config_file configs/accelerate/deepspeed_zero3.yaml \\
    -m learnat_core.training.launch --stage sft --config configs/training/full_sft.yaml
accelerate launch --config_file configs/accelerate/deepspeed_zero3.yaml \\
    -m learnat_core.training.launch --stage mdpo --config configs/training/full_mdpo.yaml
```

Several nodes (here 2 × {gpus_per_node}): the same command on every node, with its rank and the first node's
address; `output_dir` must be on a filesystem every node sees (checkpoints, and MDPO's shared copy of the pairs
under `checkpoints/train-dataset/`, which every rank reads). The effective batch is
per_device_train_batch_size × gradient_accumulation_steps × processes: scale gradient_accumulation_steps down as
processes go up to keep the paper's batch.

```bash
accelerate launch --config_file configs/accelerate/deepspeed_zero3.yaml \\
    --num_machines 2 --num_processes {2 * gpus_per_node} --machine_rank $NODE_RANK \\
    --main_process_ip $FIRST_NODE --main_process_port 29500 \\
    -m learnat_core.training.launch --stage sft --config configs/training/full_sft.yaml
```

## Memory per GPU

{shape.name}: {shape.params / 1e9:.2f}B parameters ({gb(2 * shape.params)} GB in bf16), {shape.layers} layers,
hidden {shape.hidden}, vocabulary {shape.vocab}; LoRA r={sft['lora_r']} on all linear layers:
{lora:,} parameters. Sequences of max_length ({sft['max_length']} tokens, the worst case; most are shorter), per-GPU
batch from the configs: SFT {sft['per_device_train_batch_size']} examples, MDPO {mdpo['per_device_train_batch_size']} pairs = {2 * mdpo['per_device_train_batch_size']}
sequences (chosen and rejected in one forward). GB = 10⁹ bytes.

Assumptions: bf16 weights (2 B/param); LoRA adapters, their grads and optimizer states in fp32; full fine-tuning
with bf16 grads, an fp32 master copy and fp32 optimizer states (Adam 2 states, RMSprop 1: the released MDPO recipe
uses RMSprop), i.e. 2 + 2 + 4 + 4·k B/param; ZeRO-3 / FSDP divide weights, grads, master copy, states and a held
reference model by the GPUs and gather 2 blocks at a time (2 × {gb(2 * shape.layer_params())} GB); activations
with gradient checkpointing: 2·s·h·L (block inputs) + 34·s·h (one block recomputed) + 6·s·V (logits, bf16 and
fp32) bytes per sequence, not sharded. The reference model: trl drops it when the reference log-probs are
precomputed (the kit's default), except under FSDP, where it keeps a copy; without precompute it is held in every
setup. Not counted: the CUDA context and allocator fragmentation (a few GB), temporary buffers of the
collectives. "max batch" is the largest per-GPU batch (examples; pairs for MDPO) within {memory_gb:.0f} GB.

{table(["setup", "GPUs", "weights", "trained params, grads, optimizer", "reference", "gathered blocks",
        "activations", "total GB", f"max batch ({memory_gb:.0f} GB)"], memory_rows)}

The logits dominate the activations (V = {shape.vocab}): {logits_share:.0%} of them at {sft['max_length']} tokens.
At the configs' per-GPU batches the sharded setups {"all fit" if sharded_fit else "do not all fit"} in
{memory_gb:.0f} GB; "max batch" 0 means the setup does not fit at any batch.

## Synthesis over a served model

Each synthesis thread searches one question at a time and has one proposer call in flight, so
`learnat synthesize --parallel W` keeps W calls in flight against the server (an OpenAI-compatible endpoint or
vLLM, `--backend openai`); a vLLM server batches them. Calls per question are measured on the cpu profile
(Spider, rule proposer, `results/cpu/synthesis/`); tokens per call are the trained SmolLM2 proposer's
(`results/cpu/training/trained_proposer_methods.csv`: short prompts, 96 new tokens at most), so tokens per question are scaled by the paper's ≈{PAPER_TOKENS_PER_CALL} tokens per call
(LearNAT single call ≈ 1.8K; Figure R-1: ≈1.9K per call).

{table(["run", "questions", "proposer calls", "calls / question", "tokens / call (measured)",
        f"tokens / question at {PAPER_TOKENS_PER_CALL / 1e3:.1f}K per call"], synthesis_rows)}

BIRD train, {BIRD_TRAIN_QUESTIONS:,} questions at the kit's search run's {main_run.calls_per_question:.2f} calls per
question: {bird_calls:,.0f} calls, {bird_tokens / 1e6:.1f}M tokens. Wall time is that over the server's aggregate
throughput, which depends on the served model and its GPUs (not measured here; enough threads to fill the
server's batch are needed to reach it):

{table(["server throughput (tokens/s, input)", "hours for BIRD train"], time_rows)}

## What a BIRD-train run costs

Training data from the same measured run: {success:.1%} of searched questions give an SFT trajectory and
{pairs_per_question:.2f} step pairs per question; each example ≈ {tokens_per_example} tokens (the paper's per-call
cost as the length of a prompt and its answer). SFT: {sft['num_train_epochs']} epochs of LoRA; MDPO: {mdpo['num_train_epochs']} epoch of
full-parameter training, a pair is 2 sequences, plus one reference forward per token (precomputed). FLOPs per
token: 2P forward, 2P backward to activations, 2P weight gradients (full only), 2P checkpoint recompute, 2P
reference; GPU-hours at {peak_tflops:.0f} TFLOP/s bf16 dense (H100 / H200) and {mfu:.0%} model FLOPs utilisation
(an assumption).

{table(["stage", "training tokens", "FLOPs", "GPU-hours", f"hours on {gpus_per_node} GPUs"], cost_rows)}

Synthesis ({bird_tokens / 1e6:.1f}M tokens through the served model, above) is the other cost; evaluation on BIRD
dev (1,534 questions, one call each at ≈1.8K tokens: {1534 * PAPER_TOKENS_PER_CALL / 1e6:.1f}M tokens) is small
beside it.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Write the page (default docs/scaling.md)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "scaling.md")
    parser.add_argument("--gpus-per-node", type=int, default=8)
    parser.add_argument("--gpu-memory-gb", type=float, default=80.0)
    parser.add_argument("--peak-tflops", type=float, default=989.0)
    parser.add_argument("--mfu", type=float, default=0.4)
    parser.add_argument("--tokens-per-example", type=int, default=PAPER_TOKENS_PER_CALL)
    parser.add_argument("--throughputs", type=float, nargs="+", default=[2500.0, 10000.0, 40000.0])
    args = parser.parse_args(argv)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(QWEN_CODER_7B, args.gpus_per_node, args.gpu_memory_gb, args.peak_tflops, args.mfu,
                                  args.tokens_per_example, args.throughputs), encoding="utf-8")
    print(args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
