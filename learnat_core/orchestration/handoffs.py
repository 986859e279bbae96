"""Typed handoffs between the pipeline's stages: what notebook 03 (synthesis), 04 (SFT) and 05 (preference
training) leave for the notebooks after them, as frozen dataclasses.

Each is stored as ``<output_dir>/handoffs/<NAME>.json`` through ``stages.write_handoff`` (its paths relative to
``output_dir``) and read back with ``read``, which checks every field: a missing, unknown or mistyped field is
one DataError naming the file, the field and the notebook to run again.
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from learnat_core.errors import ConfigError, DataError
from learnat_core.inference import InferenceConfig
from learnat_core.orchestration.stages import write_handoff as _write_json
from learnat_core.orchestration.stages import read_handoff as _read_json
from learnat_core.orchestration.stages import has_handoff


@dataclass(frozen=True)
class SynthesisHandoff:
    """Notebook 03's products: the SFT trajectories, the preference pairs and the demonstration pool of one
    synthesis run, and the questions it searched (``dataset``/``split``, seeded ``sample_size``)."""

    NAME: ClassVar[str] = "synthesis"
    PRODUCED_BY: ClassVar[str] = "03_decomposition_synthesis"

    run_dir: Path
    sft_file: Path
    pairs_file: Path
    pool_file: Path
    dataset: str
    split: str
    sample_size: int | None
    seed: int
    proposer: str
    method: str


@dataclass(frozen=True)
class ModelHandoff:
    """What a training stage hands on about its model: where it is (a folder, or a model name for an untrained
    base), the mode it answers in and its label."""

    model_dir: Path
    mode: str
    label: str


@dataclass(frozen=True)
class SFTHandoff(ModelHandoff):
    """Notebook 04's model for the next stage: the base model it was trained from, its training data
    (``sft_data``), and the settings 04 scored it with (None: not scored there, as for an untrained base)."""

    NAME: ClassVar[str] = "sft"
    PRODUCED_BY: ClassVar[str] = "04_sft"

    base_model: str
    sft_data: str
    inference: InferenceConfig | None


@dataclass(frozen=True)
class DirectSFTHandoff(SFTHandoff):
    """Notebook 04's Direct-SQL SFT baseline (same questions and budget), for the main table."""

    NAME: ClassVar[str] = "direct_sft"


@dataclass(frozen=True)
class FinalHandoff(ModelHandoff):
    """Notebook 05's final model: the settings it was scored with, and how it was made (``preference`` stage,
    margin ``offset``, ``init`` from the SFT model or the base)."""

    NAME: ClassVar[str] = "final"
    PRODUCED_BY: ClassVar[str] = "05_mdpo"

    inference: InferenceConfig
    preference: str
    offset: str
    init: str


Handoff = TypeVar("Handoff", SynthesisHandoff, SFTHandoff, DirectSFTHandoff, FinalHandoff)


def write(output_dir: str | os.PathLike, handoff: SynthesisHandoff | SFTHandoff | FinalHandoff) -> Path:
    """Store ``handoff`` as ``<output_dir>/handoffs/<its NAME>.json``; the file's path."""
    values = {field.name: getattr(handoff, field.name) for field in dataclasses.fields(handoff)}
    values = {name: value.to_dict() if isinstance(value, InferenceConfig) else value for name, value in values.items()}
    return _write_json(output_dir, handoff.NAME, **values)


def read(output_dir: str | os.PathLike, kind: type[Handoff]) -> Handoff:
    """The ``kind`` handoff stored under ``output_dir``, every field checked against its type; a DataError
    names the file, the bad field and the notebook that writes it."""
    stored = _read_json(output_dir, kind.NAME, produced_by=kind.PRODUCED_BY)
    where = f"{Path(output_dir) / 'handoffs' / kind.NAME}.json"
    again = f"run notebook {kind.PRODUCED_BY} again"
    hints = typing.get_type_hints(kind)
    names = [field.name for field in dataclasses.fields(kind)]
    missing, unknown = [n for n in names if n not in stored], sorted(set(stored) - set(names))
    if missing or unknown:
        problem = "; ".join(filter(None, [missing and f"lacks {', '.join(missing)}",
                                          unknown and f"has unknown {', '.join(unknown)}"]))
        raise DataError(f"{where}: {problem}; {again}")
    return kind(**{name: _typed(stored[name], hints[name], f"{where}: field {name!r}", again) for name in names})


def present(output_dir: str | os.PathLike, kind: type[Handoff]) -> bool:
    """Whether the ``kind`` handoff has been written under ``output_dir``."""
    return has_handoff(output_dir, kind.NAME)


def _typed(value: Any, hint: Any, where: str, again: str) -> Any:
    """``value`` as the annotated type ``hint`` (str, int, Path, InferenceConfig, or one of them or None)."""
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    if value is None:
        if type(None) in options:
            return None
        raise DataError(f"{where} is null; {again}")
    kind = next(option for option in options if option is not type(None))
    if kind is Path and isinstance(value, str):
        return Path(value)
    if kind is InferenceConfig and isinstance(value, dict):
        try:
            return InferenceConfig(**value)
        except (TypeError, ConfigError) as error:
            raise DataError(f"{where}: not inference settings ({error}); {again}") from None
    if kind in (str, int) and isinstance(value, kind) and not isinstance(value, bool):
        return value
    raise DataError(f"{where} should be {kind.__name__}, got {type(value).__name__} {value!r}; {again}")
