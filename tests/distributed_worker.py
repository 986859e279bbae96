"""A training stage as ``accelerate launch`` runs it, observed: ``launch.main`` with two test callbacks.

    accelerate launch ... tests/distributed_worker.py --stage sft --config RUN.yaml --record DIR [--stop-after N]

Each rank writes ``DIR/batches.<rank>.json`` (the only file the test adds on rank > 0): per optimizer step, the
token ids (padding stripped) of every sequence its model was fed. ``--stop-after N`` ends every rank with an error right after the checkpoint of
step N is saved, as a crash would (the rerun resumes from that checkpoint).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from transformers import TrainerCallback

from learnat_core.training.launch import main


class BatchRecorder(TrainerCallback):
    """Records, per optimizer step, the unpadded token ids of each sequence that reached the model's embeddings."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.steps: dict[int, list[list[int]]] = {}
        self._step = 0
        self._pad: int | None = None

    def on_train_begin(self, args, state, control, model=None, processing_class=None, **kwargs):
        """Hook the input embeddings of the model about to train."""
        self._pad = processing_class.pad_token_id
        model.get_input_embeddings().register_forward_hook(self._record)

    def on_step_begin(self, args, state, control, **kwargs):
        """Batches seen from here on belong to the next optimizer step."""
        self._step = state.global_step + 1

    def on_step_end(self, args, state, control, **kwargs):
        """Rewrite this rank's record (a run stopped later keeps the steps it made)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / f"batches.{args.process_index}.json").write_text(json.dumps(self.steps))

    def _record(self, module, inputs, output) -> None:
        rows = self.steps.setdefault(self._step, [])
        rows.extend([token for token in row if token != self._pad] for row in inputs[0].tolist())


class StopAfter(TrainerCallback):
    """Fails every rank once the checkpoint of step ``step`` is written on all of them."""

    def __init__(self, step: int):
        self.step = step

    def on_save(self, args, state, control, **kwargs):
        """After the checkpoint of ``step``: wait for every rank, then fail."""
        if state.global_step == self.step:
            import torch.distributed as dist

            if dist.is_initialized():
                dist.barrier()
            raise SystemExit(f"stopped after the checkpoint of step {self.step}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--record", type=Path, required=True)
    parser.add_argument("--stop-after", type=int)
    known, rest = parser.parse_known_args()
    callbacks = [BatchRecorder(known.record), *([StopAfter(known.stop_after)] if known.stop_after else [])]
    sys.exit(main(rest, callbacks))
