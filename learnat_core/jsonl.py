"""Reading JSON Lines files of one object per line, with errors that name the file and the line.

Files written line by line while a run goes on (predictions) may end in a half-written line when the run is
interrupted; ``read_lines(..., torn_tail=True)`` drops that one line with a warning and says so, so the
caller can rewrite the file before appending. Anywhere else a malformed line is a DataError.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from learnat_core.errors import DataError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class JsonLines:
    """The objects of a file as ``("file:line", object)`` pairs, and whether its tail was damaged (a dropped
    incomplete last line, or no final newline)."""

    objects: list[tuple[str, dict]]
    damaged: bool


def read_lines(path: str | os.PathLike, *, torn_tail: bool = False) -> JsonLines:
    """Every non-blank line of ``path`` as a JSON object; DataError for a missing or unreadable file, a line
    that is not JSON (except, with ``torn_tail``, the last one, dropped with a warning) or not an object."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path} is missing (cannot read it)")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataError(f"cannot read {path}: {error}") from error
    lines = text.splitlines()
    last = max((number for number, line in enumerate(lines, start=1) if line.strip()), default=0)
    objects, damaged = [], bool(text) and not text.endswith("\n")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            if torn_tail and number == last:
                logger.warning("%s: incomplete last line (an interrupted write) dropped", where)
                damaged = True
                continue
            raise DataError(f"{where}: not valid JSON ({error.msg} at column {error.colno})") from error
        if not isinstance(record, dict):
            raise DataError(f"{where}: expected a JSON object, got {type(record).__name__}")
        objects.append((where, record))
    return JsonLines(objects, damaged)


def read_objects(path: str | os.PathLike) -> Iterator[tuple[str, dict]]:
    """Yield ``("file:line", object)`` for every non-blank line (``read_lines`` without a torn tail)."""
    yield from read_lines(path).objects
