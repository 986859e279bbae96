"""Stages of the pipeline and how they hand work to each other.

Heavy work (a synthesis search, a training run, an inference run) goes into a **stage folder** named by a
hash of its settings under a shared ``runs_dir``: a notebook run again with the same settings, or an ablation
variant that shares a stage with the full pipeline, finds the folder and resumes or reuses it instead of
redoing it. A **handoff** is a small JSON file under ``<output_dir>/handoffs/`` that tells the next notebook
where the previous one left its products (``read_handoff`` names the notebook to run first when it is absent).
The variants a stage can run in (which SFT data, which preference stage, which start model, which inference
mode) are named here, so the notebooks, the studies and the ablation grid check them against one list.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from filelock import FileLock

from learnat_core.errors import DataError
from learnat_core.files import write_text_atomic
from learnat_core.paths import absolute_paths, relative_paths

SETTINGS_FILE = "stage.json"

SFT_DATA = ("decomposition", "direct", "none")
"""Notebook 04's ``sft_data``: the synthesized trajectories, question → gold SQL, or no SFT (the base model)."""
PREFERENCES = ("step_margin", "outcome", "none")
"""Notebook 05's ``preference``: MDPO on step pairs, outcome-reward DPO, or no preference stage."""
INITS = ("sft", "base")
"""Notebook 05's ``init``: the model the preference stage starts from (and uses as reference)."""
EVAL_MODES = ("auto", "direct", "decomposition", "decomposition_adr")
"""Notebook 05's ``eval_mode``: auto = as the model was trained (ADR for a decomposition model, direct for a
direct-SQL one), or an inference mode forced (the ablation runner's plain-backbone rows)."""
SFT_DATA_MODES = {"decomposition": "decomposition", "direct": "direct", "none": "decomposition"}
"""The inference mode a model answers in, by the SFT data it was trained on (the base model is prompted to
decompose, as the trajectories teach)."""


def runs_folder(output_dir: str | os.PathLike, runs_dir: str | os.PathLike | None = None) -> Path:
    """Where a notebook's stage folders go: ``runs_dir``, or ``<output_dir>/runs`` when it is None (the
    ablation runner points every variant at the profile's shared folder)."""
    return Path(runs_dir) if runs_dir else Path(output_dir) / "runs"


def stage_key(settings: Mapping[str, Any]) -> str:
    """A short stable hash of ``settings`` (JSON with sorted keys; paths and other objects as strings)."""
    text = json.dumps(settings, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def stage_dir(runs_dir: str | os.PathLike, stage: str, settings: Mapping[str, Any]) -> Path:
    """``<runs_dir>/<stage>-<key>``, created, with its settings written beside the work as ``stage.json``."""
    folder = Path(runs_dir) / f"{stage}-{stage_key(settings)}"
    folder.mkdir(parents=True, exist_ok=True)
    record = folder / SETTINGS_FILE
    if not record.exists():
        write_text_atomic(record, json.dumps({"stage": stage, "settings": settings}, indent=1, default=str) + "\n")
    return folder


@contextlib.contextmanager
def claim_stage(runs_dir: str | os.PathLike, stage: str, settings: Mapping[str, Any]) -> Iterator[Path]:
    """``stage_dir`` held under a file lock for the block, so two ablation variants running side by side
    never write one stage folder at once (the second waits, then finds the work done)."""
    folder = stage_dir(runs_dir, stage, settings)
    with FileLock(str(folder) + ".lock"):
        yield folder


RELATIVE_KEYS = "relative_paths"  # a handoff's own record of which of its values are paths relative to output_dir


def write_handoff(output_dir: str | os.PathLike, name: str, **values: Any) -> Path:
    """Record what a notebook produced for the next ones: ``<output_dir>/handoffs/<name>.json``, its paths near
    ``output_dir`` stored relative to it (``paths.relative_paths``), so a committed handoff names no machine."""
    path = Path(output_dir) / "handoffs" / f"{name}.json"
    stored, relative = relative_paths(json.loads(json.dumps(values, default=str)), output_dir)
    write_text_atomic(path, json.dumps({**stored, RELATIVE_KEYS: relative}, indent=1, sort_keys=True) + "\n")
    return path


def read_handoff(output_dir: str | os.PathLike, name: str, produced_by: str) -> dict[str, Any]:
    """The handoff ``name`` written under ``output_dir``, its paths absolute again; a DataError names the
    notebook that writes it."""
    path = Path(output_dir) / "handoffs" / f"{name}.json"
    if not path.is_file():
        raise DataError(f"{path} not found: run notebook {produced_by} with output_dir={output_dir} first")
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        raise DataError(f"{path}: not valid JSON ({error}); run notebook {produced_by} again") from None
    if not isinstance(stored, dict):
        raise DataError(f"{path}: not a handoff (a JSON object); run notebook {produced_by} again")
    return absolute_paths(stored, output_dir, stored.pop(RELATIVE_KEYS, []))


def has_handoff(output_dir: str | os.PathLike, name: str) -> bool:
    """Whether a notebook has written the handoff ``name`` under ``output_dir``."""
    return (Path(output_dir) / "handoffs" / f"{name}.json").is_file()
