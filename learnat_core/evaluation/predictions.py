"""The prediction file of an inference run: one JSON line per question, written as soon as it is done.

Line format (UTF-8 JSON Lines; keys in this order)::

    {"id": "17", "db_id": "concert_singer", "mode": "decomposition", "prompt_hash": "3f9c...",
     "schema": "full", "demos": ["fixed-1", "fixed-2"], "demo_strategy": "",
     "raw": ["Sub question 1: ..."], "steps": [{"sub_question": "...", "sub_sql": "SELECT ..."}],
     "final_sql": "SELECT ...", "status": "ok", "exec_status": "ok", "error": "",
     "prompt_tokens": 812, "completion_tokens": 64, "seconds": 1.9, "retries": 0,
     "candidates": [...], "chosen": 0}

* ``prompt_hash``: sha256 (16 hex digits) of the chat messages sent; ``schema``: ``full`` or ``gold`` (the
  oracle filter was applied); ``demos``: the demonstrations' question ids; ``demo_strategy``: the
  selection strategy actually used (decomposition_adr only, else ``""``).
* ``raw``: every generated text, in order (one per attempt; the m samples with self-consistency).
* ``status``: ``ok``, a parse failure kind of the kept answer (``empty_output``, ``unterminated_block``,
  ``no_sql_block``, ``empty_step``; an answer with such a status may still carry a ``final_sql``), or a
  reason nothing was generated or kept: ``prompt_too_long``, ``backend_error``, ``missing_schema``,
  ``missing_database``, ``database_error`` (unreadable for sample values); ``error`` holds their message.
* ``exec_status``: ``ok`` / ``error`` / ``timeout`` of the kept final SQL in the sandbox, ``null`` when the
  run executes nothing (retries 0 and one sample) or there is no SQL.
* ``prompt_tokens`` count the prompt once per backend call, ``completion_tokens`` every generated token
  (all attempts); ``seconds``: the answers' share of generation time plus the execution checks.
* ``candidates`` and ``chosen`` (self-consistency only, else omitted): every sample's ``sql``, ``status``,
  ``exec_status``, ``result_hash`` (see ``voting.result_hash``) and tokens, and the index of the one kept.

Beside the file, ``<name>.settings.json`` keeps the InferenceConfig it is written with (see
``claim_settings``), so a resumed run cannot mix settings in one file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

from learnat_core.decomposition import Step
from learnat_core.errors import ConfigError, DataError
from learnat_core.files import write_text_atomic
from learnat_core.jsonl import read_lines
from learnat_core.prompting import DECOMPOSITION_FAILURES

OK = "ok"
PROMPT_TOO_LONG = "prompt_too_long"
BACKEND_ERROR = "backend_error"
MISSING_SCHEMA = "missing_schema"
MISSING_DATABASE = "missing_database"
DATABASE_ERROR = "database_error"
GOLD_UNPARSEABLE = "gold_unparseable"  # given_decomposition only: no sub-questions can be derived
SETTINGS_SUFFIX = ".settings.json"
STATUSES = (
    OK, *DECOMPOSITION_FAILURES, PROMPT_TOO_LONG, BACKEND_ERROR, MISSING_SCHEMA, MISSING_DATABASE, DATABASE_ERROR,
    GOLD_UNPARSEABLE,
)

@dataclass(frozen=True)
class Candidate:
    """One self-consistency sample: its final SQL, parse status, execution outcome and token cost.

    ``prompt_tokens`` is the prompt's length, what this sample would cost as a call of its own."""

    sql: str | None
    status: str
    exec_status: str | None
    result_hash: str | None
    prompt_tokens: int
    completion_tokens: int

    def to_dict(self) -> dict:
        """The candidate as a JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True)
class InferenceRecord:
    """One line of a prediction file (see the module docstring for every field)."""

    id: str
    db_id: str
    mode: str
    prompt_hash: str
    raw: tuple[str, ...]
    steps: tuple[Step, ...]
    final_sql: str | None
    status: str
    exec_status: str | None
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    retries: int
    schema: str = "full"
    demos: tuple[str, ...] = ()
    demo_strategy: str = ""
    error: str = ""
    candidates: tuple[Candidate, ...] = ()
    chosen: int | None = None

    @property
    def usable_sql(self) -> str | None:
        """The final SQL when there is a non-blank one (what is scored), else None."""
        return self.final_sql if self.final_sql and self.final_sql.strip() else None

    def to_dict(self) -> dict:
        """The record as a JSON-ready dict in the documented key order (candidates only when present)."""
        data = {
            "id": self.id, "db_id": self.db_id, "mode": self.mode, "prompt_hash": self.prompt_hash,
            "schema": self.schema, "demos": list(self.demos), "demo_strategy": self.demo_strategy,
            "raw": list(self.raw),
            "steps": [{"sub_question": s.sub_question, "sub_sql": s.sub_sql} for s in self.steps],
            "final_sql": self.final_sql, "status": self.status, "exec_status": self.exec_status,
            "error": self.error, "prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens,
            "seconds": round(self.seconds, 4), "retries": self.retries,
        }
        if self.candidates:
            data.update(candidates=[c.to_dict() for c in self.candidates], chosen=self.chosen)
        return data

    @classmethod
    def from_dict(cls, data: Mapping) -> InferenceRecord:
        """Read a record back; DataError naming the key when one is missing or has the wrong type."""
        _check(data, _REQUIRED_TYPES, _OPTIONAL_TYPES)
        try:
            steps = tuple(Step(s["sub_question"], s["sub_sql"]) for s in data["steps"])
            candidates = tuple(Candidate(**_check(c, _CANDIDATE_TYPES)) for c in data.get("candidates", ()))
        except (KeyError, TypeError) as error:
            raise DataError(f"malformed steps or candidates ({error!r})") from None
        scalars = {key: data[key] for key in (*_REQUIRED_TYPES, *_OPTIONAL_TYPES) if key in data}
        return cls(
            **{**scalars, "raw": tuple(data["raw"]), "steps": steps, "demos": tuple(data.get("demos", ())),
               "candidates": candidates},
        )


_OPTIONAL_STR = (str, type(None))
_REQUIRED_TYPES = {
    "id": str, "db_id": str, "mode": str, "prompt_hash": str, "raw": list, "steps": list,
    "final_sql": _OPTIONAL_STR, "status": str, "exec_status": _OPTIONAL_STR, "prompt_tokens": int,
    "completion_tokens": int, "seconds": (int, float), "retries": int,
}
_OPTIONAL_TYPES = {
    "schema": str, "demos": list, "demo_strategy": str, "error": str, "candidates": list, "chosen": (int, type(None)),
}
_CANDIDATE_TYPES = {
    "sql": _OPTIONAL_STR, "status": str, "exec_status": _OPTIONAL_STR, "result_hash": _OPTIONAL_STR,
    "prompt_tokens": int, "completion_tokens": int,
}


def _check(data: object, required: Mapping[str, type | tuple[type, ...]], optional: Mapping | None = None) -> Mapping:
    """``data`` itself when it is an object with every required key and every key of the right type."""
    if not isinstance(data, Mapping):
        raise DataError(f"expected a JSON object, got {type(data).__name__}")
    missing = sorted(set(required) - set(data))
    if missing:
        raise DataError(f"missing keys: {', '.join(missing)}")
    for key, expected in {**required, **(optional or {})}.items():
        if key in data and (not isinstance(data[key], expected) or isinstance(data[key], bool)):
            raise DataError(f"{key} has the wrong type ({type(data[key]).__name__})")
    return data


def read_records(path: str | os.PathLike) -> list[InferenceRecord]:
    """The records of a prediction file, in file order.

    A last line that is not valid JSON (a write cut short by an interruption) is dropped with a warning;
    any other malformed line, or an id seen twice, raises DataError naming the line.
    """
    return _read(Path(path))[0]


def _read(path: Path) -> tuple[list[InferenceRecord], bool]:
    """The records, and whether the file needs rewriting (a dropped last line or no final newline)."""
    lines = read_lines(path, torn_tail=True)
    records, seen = [], {}
    for where, data in lines.objects:
        try:
            record = InferenceRecord.from_dict(data)
        except DataError as error:
            raise DataError(f"{where}: {error}") from None
        if record.id in seen:
            raise DataError(f"{where}: id {record.id!r} already on line {seen[record.id]}")
        seen[record.id] = where.rsplit(":", 1)[1]
        records.append(record)
    return records, lines.damaged


def claim_settings(path: Path, settings: Mapping[str, object]) -> None:
    """Keep the settings a prediction file is written with beside it (``<name>.settings.json``); ConfigError
    when the file already holds lines written with other settings, so one file never mixes two runs."""
    sidecar = path.with_name(path.name + SETTINGS_SUFFIX)
    if path.is_file() and path.stat().st_size and sidecar.is_file():
        try:
            before = json.loads(sidecar.read_text(encoding="utf-8"))
        except (ValueError, OSError) as error:
            raise DataError(f"cannot read {sidecar} ({error}); delete it to accept the current settings") from None
        changed = sorted(key for key in set(before) | set(settings) if before.get(key) != settings.get(key))
        if changed:
            detail = ", ".join(f"{key} {before.get(key)!r} -> {settings.get(key)!r}" for key in changed)
            raise ConfigError(f"{path} was written with other settings ({detail}); use another file or the same settings")
    write_text_atomic(sidecar, json.dumps(dict(settings), indent=1, sort_keys=True) + "\n")


def load_for_resume(path: Path, redo: Iterable[str] = (BACKEND_ERROR,)) -> tuple[list[InferenceRecord], int]:
    """The finished records of an existing prediction file, and how many were dropped to be redone.

    Records whose status is in ``redo`` (a server failure is worth another try) and an incomplete last line
    are removed, by rewriting the file atomically, so that appending continues a well-formed file.
    """
    if not path.exists():
        return [], 0
    records, damaged = _read(path)
    redo = frozenset(redo)
    kept = [record for record in records if record.status not in redo]
    if damaged or len(kept) < len(records):
        write_text_atomic(path, "".join(_line(record) for record in kept))
    return kept, len(records) - len(kept)


def write_record(handle: IO[str], record: InferenceRecord) -> None:
    """Append one record as a line and flush it, so an interruption loses at most the line being written."""
    handle.write(_line(record))
    handle.flush()


def _line(record: InferenceRecord) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False) + "\n"
