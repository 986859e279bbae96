"""The prompt contract: how a model's training prompts were written, carried from the data to the model.

A synthesis run (and the Direct-SQL data made from it) writes ``prompt_settings.json`` beside its SFT and pair
files; training copies it into the model folder it publishes (``merged/``), from the data's folder or else from
the start model's; ``learnat infer`` on that folder asks the model the same way unless a flag says otherwise.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from learnat_core.errors import DataError
from learnat_core.files import write_text_atomic

PROMPT_FILE = "prompt_settings.json"
ANSWER_MODES = ("decomposition", "direct")


@dataclass(frozen=True)
class PromptSettings:
    """The prompt a model was trained on: the answer ``mode`` (sub-questions then SQL, or SQL only), the prompt
    template style, the schema layout and sample values, the admin instructions, the gold-schema filter, and how
    many demonstrations each training prompt showed (0 for the kit's SFT data)."""

    mode: str
    prompt_style: str
    schema_style: str
    sample_values: int
    instructions: bool
    gold_schema: bool
    demonstrations: int = 0

    def __post_init__(self) -> None:
        if self.mode not in ANSWER_MODES:
            raise DataError(f"prompt settings: mode must be one of {', '.join(ANSWER_MODES)}; got {self.mode!r}")
        for name, kind in (("prompt_style", str), ("schema_style", str), ("sample_values", int),
                           ("instructions", bool), ("gold_schema", bool), ("demonstrations", int)):
            value = getattr(self, name)
            if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
                raise DataError(f"prompt settings: {name} should be {kind.__name__}, got {value!r}")

    def to_dict(self) -> dict[str, Any]:
        """The settings as a JSON-ready dict."""
        return dataclasses.asdict(self)

    def template(self) -> dict[str, Any]:
        """How the prompt text is written (``TEMPLATE_FIELDS``, named as in InferenceConfig and SynthesisConfig)."""
        return {name: getattr(self, name) for name in TEMPLATE_FIELDS}


TEMPLATE_FIELDS = tuple(field.name for field in dataclasses.fields(PromptSettings)
                        if field.name not in ("mode", "demonstrations"))
"""The settings that write the prompt text: all but the answer mode and the count of demonstrations."""


def write_prompt_settings(folder: str | os.PathLike, settings: PromptSettings) -> Path:
    """Store ``settings`` as ``<folder>/prompt_settings.json``; the file's path."""
    path = Path(folder) / PROMPT_FILE
    write_text_atomic(path, json.dumps(settings.to_dict(), indent=1, sort_keys=True) + "\n")
    return path


def read_prompt_settings(folder: str | os.PathLike) -> PromptSettings | None:
    """The settings stored in ``folder`` (a data or model folder), None when it has none; a malformed file is a
    DataError naming it."""
    path = Path(folder) / PROMPT_FILE
    if not path.is_file():
        return None
    try:
        return PromptSettings(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, DataError) as error:
        raise DataError(f"{path}: not prompt settings ({error})") from None


def inherited_prompt_settings(data_files: Iterable[str | os.PathLike], model: str | os.PathLike
                              ) -> PromptSettings | None:
    """What a model trained on ``data_files`` from ``model`` was taught with: the settings beside the first data
    file that has them, else the start model folder's (preference training on pairs without them), else None."""
    for folder in [Path(file).parent for file in data_files] + [Path(model)]:
        if folder.is_dir():
            found = read_prompt_settings(folder)
            if found is not None:
                return found
    return None
