"""JSONL files of the evaluator: (gold, prediction) pairs and predictions in, verdicts out.

Input files are checked completely before anything runs: a malformed line (bad JSON, a missing key, a
value of the wrong type, a duplicate id) raises DataError naming the file and the line number.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence

from learnat_core.errors import DataError
from learnat_core.evaluation.evaluator import Pair, Verdict
from learnat_core.files import write_text_atomic
from learnat_core.jsonl import read_objects

_PREDICTION_KEYS = ("pred", "sql")  # "sql" is accepted as an alias of "pred"


def read_pairs(path: str | os.PathLike) -> list[Pair]:
    """Read lines ``{"id", "db_id", "gold", "pred"}`` (``difficulty`` optional) into Pairs, in file order."""
    pairs = []
    for where, record in read_objects(path):
        pairs.append(
            Pair(
                id=_id(record, where),
                db_id=_text(record, "db_id", where),
                gold=_text(record, "gold", where),
                pred=_text(record, "pred", where),
                difficulty=_text(record, "difficulty", where) if record.get("difficulty") is not None else None,
            )
        )
    return pairs


def read_predictions(path: str | os.PathLike) -> dict[str, str]:
    """Read lines ``{"id", "pred"}`` (or ``"sql"`` instead of ``"pred"``) into a map from question id to SQL."""
    predictions: dict[str, str] = {}
    first_seen: dict[str, str] = {}
    for where, record in read_objects(path):
        key = next((k for k in _PREDICTION_KEYS if k in record), _PREDICTION_KEYS[0])
        question_id = _id(record, where)
        if question_id in predictions:
            raise DataError(f"{where}: duplicate id {question_id!r} (first at {first_seen[question_id]})")
        predictions[question_id] = _text(record, key, where)
        first_seen[question_id] = where
    return predictions


def write_verdicts(path: str | os.PathLike, verdicts: Sequence[Verdict]) -> None:
    """Write one JSON line per verdict: id, ex, gold_status, pred_status, hardness, and the errors and the
    ``rejected_early`` note if any."""
    lines = []
    for verdict in verdicts:
        line = {
            "id": verdict.id,
            "ex": verdict.ex,
            "gold_status": verdict.gold_status,
            "pred_status": verdict.pred_status,
            "hardness": verdict.hardness,
        }
        notes = {"gold_error": verdict.gold_error, "pred_error": verdict.pred_error,
                 "rejected_early": verdict.rejected_early}
        line.update({key: message for key, message in notes.items() if message})
        lines.append(json.dumps(line, ensure_ascii=False) + "\n")
    write_text_atomic(path, "".join(lines))


def _text(record: dict, key: str, where: str) -> str:
    if key not in record:
        raise DataError(f"{where}: missing key {key!r}")
    value = record[key]
    if not isinstance(value, str):
        raise DataError(f"{where}: {key!r} must be a string, got {type(value).__name__}")
    return value


def _id(record: dict, where: str) -> str:
    if "id" not in record:
        raise DataError(f"{where}: missing key 'id'")
    value = record["id"]
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise DataError(f"{where}: 'id' must be a string or an integer, got {type(value).__name__}")
    return str(value)
