"""scripts/scale_plan.py: its formulas against hand calculation, and docs/scaling.md as its output."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("scale_plan", REPO / "scripts" / "scale_plan.py")
plan = sys.modules["scale_plan"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(plan)
SHAPE = plan.QWEN_CODER_7B


def stage(**changes) -> plan.Stage:
    settings = dict(label="x", lora_rank=None, optimizer_states=2, gpus=8, sharded=True, reference_copy=False,
                    sequences=1, seq_len=4096)
    return plan.Stage(**{**settings, **changes})


def test_memory_matches_hand_calculation():
    full = plan.memory_per_gpu(SHAPE, stage())
    assert full["weights"] == pytest.approx(7.61e9 * 2 / 8)  # 15.2 GB of bf16 weights, over 8 GPUs
    assert full["trainable"] == pytest.approx(7.61e9 * (2 + 4 + 8) / 8)  # bf16 grads, fp32 master, Adam 2 x fp32
    with_reference = plan.memory_per_gpu(SHAPE, stage(reference_copy=True, gpus=1, sharded=False))
    assert with_reference["weights"] / 1e9 == pytest.approx(15.22) and with_reference["reference"] / 1e9 == pytest.approx(15.22)
    # LoRA r=16 on q, k, v, o (3584 -> 3584 / 512) and gate, up, down (3584 <-> 18944) of 28 layers
    per_layer = 16 * ((3584 + 3584) * 2 + (3584 + 512) * 2 + (3584 + 18944) * 3)
    assert SHAPE.lora_params(16) == 28 * per_layer == 40_370_176
    lora = plan.memory_per_gpu(SHAPE, stage(lora_rank=16, gpus=1, sharded=False))
    assert lora["trainable"] == pytest.approx(40_370_176 * (4 + 4 + 8))
    # one 4096-token sequence: 28 block inputs of 4096 x 3584 in bf16, one block recomputed, bf16 + fp32 logits
    assert lora["activations"] == 4096 * 3584 * 2 * 28 + 34 * 4096 * 3584 + 6 * 4096 * 152064


def test_training_flops_follow_6p_and_8p():
    assert plan.training_flops(SHAPE, 1e6, lora=True, reference_forward=False) == pytest.approx(6 * 7.61e9 * 1e6)
    assert plan.training_flops(SHAPE, 1e6, lora=False, reference_forward=True) == pytest.approx(10 * 7.61e9 * 1e6)


def test_the_page_is_the_scripts_output(tmp_path):
    assert plan.main(["--output", str(tmp_path / "scaling.md")]) == 0
    page = (tmp_path / "scaling.md").read_text()
    assert page == (REPO / "docs" / "scaling.md").read_text(), "rerun python scripts/scale_plan.py"
    assert "15.2 GB in bf16" in page and "40,370,176 parameters" in page
    overview = dict(line.split(",") for line in (REPO / "results/cpu/synthesis/run_overview.csv").read_text().split()[1:])
    searched, calls = int(float(overview["searched"])), int(float(overview["proposer_calls"]))
    assert f"| kit's search run (AST-guided MCTS) | {searched} | {calls} | {calls / searched:.2f} |" in page
