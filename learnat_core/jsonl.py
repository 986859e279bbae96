"""Reading JSON Lines files of one object per line, with errors that name the file and the line."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from learnat_core.errors import DataError


def read_objects(path: str | os.PathLike) -> Iterator[tuple[str, dict]]:
    """Yield ``("file:line", object)`` for every non-blank line; DataError for a missing or unreadable file,
    a line that is not JSON, or one that is not a JSON object."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path} is missing (cannot read it)")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise DataError(f"cannot read {path}: {error}") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise DataError(f"{where}: not valid JSON ({error.msg} at column {error.colno})") from error
        if not isinstance(record, dict):
            raise DataError(f"{where}: expected a JSON object, got {type(record).__name__}")
        yield where, record
