"""How far apart trained models are: the relative weight distance between model folders and, for inference runs
of them on the same questions, how many answers are identical.

    python scripts/model_distance.py --reference SFT/merged --models MDPO/merged DPO/merged \
        [--predictions SFT.jsonl MDPO.jsonl DPO.jsonl]

Prints ||W_model − W_reference|| / ||W_reference|| over all weights for each model and between consecutive
models, and, with ``--predictions`` (the ``predictions.jsonl`` of inference stage folders), the share of
questions whose raw answers are identical to the first file's. Used to read an ablation delta of 0: two
preference runs that moved the model by ~1e-4 and differ by less give the same greedy answers.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch
from safetensors.torch import load_file


def weights(folder: Path) -> dict[str, torch.Tensor]:
    """Every tensor of a model folder's safetensors files, in float32."""
    tensors: dict[str, torch.Tensor] = {}
    for path in sorted(folder.glob("*.safetensors")):
        tensors.update({name: value.float() for name, value in load_file(path).items()})
    if not tensors:
        raise SystemExit(f"{folder}: no *.safetensors file")
    return tensors


def relative_distance(a: dict[str, torch.Tensor], b: dict[str, torch.Tensor]) -> float:
    """||a − b|| / ||b|| over the tensors both hold."""
    shared = sorted(set(a) & set(b))
    difference = torch.sqrt(sum(torch.sum((a[name] - b[name]) ** 2) for name in shared))
    norm = torch.sqrt(sum(torch.sum(b[name] ** 2) for name in shared))
    return float(difference / norm)


def answers(path: Path) -> dict[str, list[str]]:
    """Question id → raw answers of an inference run's predictions JSONL."""
    with path.open(encoding="utf-8") as lines:
        return {record["id"]: record["raw"] for record in map(json.loads, lines)}


def main() -> None:
    """Print the distances and the shares of identical answers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, required=True, help="the model folder the others started from")
    parser.add_argument("--models", type=Path, nargs="+", required=True, help="model folders to compare")
    parser.add_argument("--predictions", type=Path, nargs="*", default=[], help="predictions.jsonl files to compare")
    args = parser.parse_args()
    reference = weights(args.reference)
    loaded = [(folder, weights(folder)) for folder in args.models]
    for folder, tensors in loaded:
        print(f"{folder}: {relative_distance(tensors, reference):.3g} of the reference's norm from it")
    for (first, a), (second, b) in zip(loaded, loaded[1:]):
        print(f"{first} vs {second}: {relative_distance(a, b):.3g} of the second's norm apart")
    if args.predictions:
        base = answers(args.predictions[0])
        for path in args.predictions[1:]:
            other = answers(path)
            same = sum(base[key] == other.get(key) for key in base)
            print(f"{path}: {same} of {len(base)} answers identical to {args.predictions[0]}'s")


if __name__ == "__main__":
    main()
