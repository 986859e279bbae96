"""Prediction files in and out: the kit's own formats and the ones the official Spider and BIRD scripts read.

* ``records``: what ``learnat infer --out`` writes (``learnat_core.evaluation.predictions``); ``final_sql`` is the
  prediction (none when it is null or blank).
* ``jsonl``: lines ``{"id", "pred"}`` (``"sql"`` also accepted; ``learnat_core.evaluation.pairs``).
* ``spider``: one predicted SQL per line, in the order of the questions (test-suite-sql-eval's
  ``evaluation.py --pred``; text after a tab is ignored, as there). Its gold file holds ``SQL<TAB>db_id`` lines.
* ``bird``: BIRD's ``predict_dev.json``, ``{"0": "SQL\\t----- bird -----\\tdb_id", ...}`` keyed by the
  question's index in the questions file.

The two official formats are positional, so they are read against the split's questions in file order and
written for every question: one without a prediction gets ``NO_SQL``, which fails to execute, so it scores
0 there as here. Their SQL is written on one line (see ``one_line``). Problems are DataErrors naming the
file and the line.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from learnat_core.data import Example
from learnat_core.errors import ConfigError, DataError
from learnat_core.evaluation.pairs import read_predictions
from learnat_core.evaluation.predictions import read_records
from learnat_core.files import write_text_atomic

PREDICTION_FORMATS = ("records", "jsonl", "spider", "bird")
BIRD_SEPARATOR = "\t----- bird -----\t"
NO_SQL = "SELECT"  # an incomplete statement: what a question without a prediction gets in an official file

Predictions = dict[str, str | None]  # question id -> predicted SQL (None: no usable prediction)

_QUOTES = "'\"`"


def detect_format(path: str | os.PathLike) -> str:
    """The format of a prediction file from its content: a JSON object over the whole file is ``bird``,
    JSON lines are ``records`` (with ``final_sql``) or ``jsonl``, anything else ``spider``."""
    head = _read_text(Path(path)).lstrip()
    if not head.startswith("{"):
        return "spider"
    try:
        first = json.loads(head.splitlines()[0])
    except json.JSONDecodeError:
        return "bird"  # an indented JSON document
    if isinstance(first, dict) and "id" in first:
        return "records" if "final_sql" in first else "jsonl"
    return "bird"


def read_prediction_file(path: str | os.PathLike, fmt: str, examples: Sequence[Example]) -> Predictions:
    """The predictions of a file in format ``fmt`` (one of PREDICTION_FORMATS), keyed by question id;
    the positional formats are matched with ``examples`` in order."""
    if fmt == "records":
        return {record.id: record.usable_sql for record in read_records(path)}
    if fmt == "jsonl":
        return dict(read_predictions(path))
    if fmt == "spider":
        sqls = read_spider_predictions(path, len(examples))
        return {example.id: sql for example, sql in zip(examples, sqls, strict=True)}
    if fmt == "bird":
        return read_bird_predictions(path, examples)
    raise ConfigError(f"unknown prediction format {fmt!r}; known: {', '.join(PREDICTION_FORMATS)}")


def read_spider_predictions(path: str | os.PathLike, expected: int) -> list[str]:
    """The SQL of each line of a Spider prediction file; DataError unless it holds ``expected`` lines."""
    lines = _spider_lines(Path(path))
    if len(lines) != expected:
        raise DataError(f"{path} holds {len(lines)} predictions, expected one per question ({expected})")
    return [line.strip().split("\t", 1)[0] for _, line in lines]


def read_spider_gold(path: str | os.PathLike) -> list[tuple[str, str]]:
    """The ``(gold SQL, db_id)`` of each ``SQL<TAB>db_id`` line of a Spider gold file, in order."""
    gold = []
    for number, line in _spider_lines(Path(path)):
        fields = line.strip().split("\t")
        if len(fields) < 2 or not fields[1].strip():
            raise DataError(f"{path}:{number}: expected 'SQL<TAB>db_id'")
        gold.append((fields[0], fields[1].strip()))
    return gold


def read_bird_predictions(path: str | os.PathLike, examples: Sequence[Example]) -> Predictions:
    """The predictions of a BIRD ``predict_dev.json`` keyed by the id of the question at each index; DataError
    for an index out of range or a db_id other than that question's."""
    path = Path(path)
    text = _read_text(path)
    try:
        mapping = json.loads(text)
    except json.JSONDecodeError as error:
        raise DataError(f"{path}:{error.lineno}: not valid JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(mapping, dict):
        raise DataError(f"{path}: expected a JSON object of index -> 'SQL{BIRD_SEPARATOR!r}db_id'")
    predictions: Predictions = {}
    for key, value in mapping.items():
        where = f"{path}:{_line_of(text, key)}: entry {key!r}"
        if not (key.isdigit() and int(key) < len(examples)):
            raise DataError(f"{where}: not a question index (0 to {len(examples) - 1})")
        if not isinstance(value, str) or BIRD_SEPARATOR not in value:
            raise DataError(f"{where}: expected a string 'SQL{BIRD_SEPARATOR}db_id'")
        sql, _, db_id = value.rpartition(BIRD_SEPARATOR)
        example = examples[int(key)]
        if db_id.strip() != example.db_id:
            raise DataError(f"{where}: db_id {db_id.strip()!r}, but question {key} is on {example.db_id!r}")
        predictions[example.id] = sql.strip() or None
    return predictions


def write_spider_predictions(path: str | os.PathLike, predictions: Mapping[str, str | None],
                             examples: Sequence[Example]) -> Path:
    """Write one predicted SQL per line (``one_line``) for each question of ``examples``, in order."""
    return write_text_atomic(path, "".join(_official_sql(predictions, example) + "\n" for example in examples))


def write_bird_predictions(path: str | os.PathLike, predictions: Mapping[str, str | None],
                           examples: Sequence[Example]) -> Path:
    """Write BIRD's ``predict_dev.json`` mapping for each question of ``examples`` (keys: their indices)."""
    mapping = {str(index): f"{_official_sql(predictions, example)}{BIRD_SEPARATOR}{example.db_id}"
               for index, example in enumerate(examples)}
    return write_text_atomic(path, json.dumps(mapping, indent=4, ensure_ascii=False) + "\n")


def one_line(sql: str) -> str:
    """``sql`` on one line: every run of whitespace outside quoted text becomes one space; a line break or a
    tab inside quoted text becomes a space too (the official files cannot hold one)."""
    pieces, quote = [], ""
    for character in sql.strip():
        if quote:
            pieces.append(" " if character in "\r\n\t" else character)
            quote = "" if character == quote else quote
        elif character.isspace():
            if pieces and pieces[-1] != " ":
                pieces.append(" ")
        else:
            pieces.append(character)
            quote = character if character in _QUOTES else ""
    return "".join(pieces)


def _official_sql(predictions: Mapping[str, str | None], example: Example) -> str:
    sql = predictions.get(example.id)
    return one_line(sql) if sql and sql.strip() else NO_SQL


def _spider_lines(path: Path) -> list[tuple[int, str]]:
    """The numbered lines of a Spider file; a blank line before the last non-blank one is a DataError, since
    the official script reads it as the end of an interaction and shifts every line after it."""
    lines = _read_text(path).splitlines()
    numbered = [(number, line) for number, line in enumerate(lines, start=1) if line.strip()]
    last = numbered[-1][0] if numbered else 0
    blank = next((number for number, line in enumerate(lines[:last], start=1) if not line.strip()), None)
    if blank is not None:
        raise DataError(f"{path}:{blank}: blank line (every question needs one line; write {NO_SQL!r} for none)")
    return numbered


def _read_text(path: Path) -> str:
    if not path.is_file():
        raise DataError(f"{path} is missing (cannot read it)")
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DataError(f"cannot read {path}: {error}") from None


def _line_of(text: str, key: str) -> int:
    """The line where ``"key":`` first appears in a JSON text (1 when it cannot be found)."""
    match = re.search(re.escape(json.dumps(key)) + r"\s*:", text)
    return text.count("\n", 0, match.start()) + 1 if match else 1
