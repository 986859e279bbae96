"""scripts/model_distance.py: the relative weight distance and the count of identical answers it prints."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import torch
from safetensors.torch import save_file

ROOT = Path(__file__).resolve().parents[1]


def test_distances_and_identical_answers_are_what_the_files_hold(tmp_path):
    for name, scale in (("sft", 1.0), ("mdpo", 1.5), ("dpo", 1.5)):
        (tmp_path / name).mkdir()
        save_file({"w": torch.full((2, 2), scale), "b": torch.zeros(3)}, tmp_path / name / "model.safetensors")
    for name, raws in (("a", ["x", "y", "z"]), ("b", ["x", "q", "z"])):
        (tmp_path / f"{name}.jsonl").write_text(
            "".join(json.dumps({"id": str(i), "raw": [raw]}) + "\n" for i, raw in enumerate(raws)))
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "model_distance.py"), "--reference",
                             str(tmp_path / "sft"), "--models", str(tmp_path / "mdpo"), str(tmp_path / "dpo"),
                             "--predictions", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")],
                            capture_output=True, text=True, check=True)
    lines = result.stdout.splitlines()
    assert lines[0].endswith("mdpo: 0.5 of the reference's norm from it")  # ||1.5 − 1|| / ||1|| per entry
    assert lines[2].endswith("dpo: 0 of the second's norm apart")
    assert lines[3].endswith("b.jsonl: 2 of 3 answers identical to " + str(tmp_path / "a.jsonl") + "'s")
