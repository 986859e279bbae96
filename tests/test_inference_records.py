"""Prediction-file records (round trip, damaged files) and the execution-result vote."""

from __future__ import annotations

import json

import pytest

from learnat_core.decomposition import Step
from learnat_core.errors import DataError
from learnat_core.evaluation.predictions import Candidate, InferenceRecord, load_for_resume, read_records
from learnat_core.inference import result_hash, vote

RECORD = InferenceRecord(
    id="7", db_id="pets_1", mode="decomposition", prompt_hash="0123456789abcdef", raw=("a", "b"),
    steps=(Step("How many pets?", "SELECT count(*) FROM pets"),), final_sql="SELECT count(*) FROM pets",
    status="ok", exec_status="ok", prompt_tokens=12, completion_tokens=34, seconds=1.5, retries=1,
    demos=("fixed-1",), candidates=(Candidate("SELECT 1", "ok", "ok", "abc", 12, 3),), chosen=0,
)


def test_a_record_survives_a_round_trip_through_json():
    data = json.loads(json.dumps(RECORD.to_dict()))
    assert list(data)[:4] == ["id", "db_id", "mode", "prompt_hash"]
    assert InferenceRecord.from_dict(data) == RECORD
    single = InferenceRecord.from_dict({**data, "candidates": [], "chosen": None})
    assert "candidates" not in single.to_dict() and "chosen" not in single.to_dict()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"status": None}, "status has the wrong type"),
        ({"prompt_tokens": True}, "prompt_tokens has the wrong type"),
        ({"steps": [{"sub_question": "q"}]}, "malformed steps"),
        ({"candidates": [{"sql": "x"}]}, "missing keys: completion_tokens, exec_status"),
    ],
)
def test_malformed_records_are_rejected_naming_the_problem(change, message):
    with pytest.raises(DataError, match=message):
        InferenceRecord.from_dict({**RECORD.to_dict(), **change})
    data = RECORD.to_dict()
    del data["retries"]
    with pytest.raises(DataError, match="missing keys: retries"):
        InferenceRecord.from_dict(data)


def _line(record: InferenceRecord) -> str:
    return json.dumps(record.to_dict()) + "\n"


def test_only_an_incomplete_last_line_is_forgiven(tmp_path, caplog):
    other = InferenceRecord.from_dict({**RECORD.to_dict(), "id": "8"})
    path = tmp_path / "pred.jsonl"
    path.write_text(_line(RECORD) + "\n" + _line(other) + '{"id": "9", "ra')
    assert [record.id for record in read_records(path)] == ["7", "8"]
    assert "pred.jsonl:4: incomplete last line (an interrupted write) dropped" in caplog.text
    path.write_text(_line(RECORD) + "not json\n" + _line(other))
    with pytest.raises(DataError, match="pred.jsonl:2: not valid JSON"):
        read_records(path)
    path.write_text(_line(RECORD) + _line(RECORD))
    with pytest.raises(DataError, match="pred.jsonl:2: id '7' already on line 1"):
        read_records(path)
    with pytest.raises(DataError, match="missing"):
        read_records(tmp_path / "absent.jsonl")


def test_resume_rewrites_the_file_without_the_lines_to_redo(tmp_path):
    failed = InferenceRecord.from_dict({**RECORD.to_dict(), "id": "8", "status": "backend_error", "final_sql": None})
    path = tmp_path / "pred.jsonl"
    path.write_text(_line(RECORD) + _line(failed) + _line(RECORD).replace('"7"', '"9"').rstrip("\n"))
    kept, dropped = load_for_resume(path)
    assert ([record.id for record in kept], dropped) == (["7", "9"], 1)
    assert path.read_text() == _line(RECORD) + _line(RECORD).replace('"7"', '"9"')  # ends with a newline again
    assert load_for_resume(tmp_path / "new.jsonl") == ([], 0)


def test_result_hash_compares_results_as_multisets_of_rows():
    rows = [(1, "a"), (2, None), (1, "a")]
    assert result_hash(rows) == result_hash(list(reversed(rows)))  # row order does not count
    assert result_hash([(1.0, "a"), (2, None), (1, "a")]) == result_hash(rows)  # 1.0 == 1
    assert result_hash([(1, "a"), (2, None)]) != result_hash(rows)  # duplicates count
    assert result_hash([("a", 1), (None, 2), ("a", 1)]) != result_hash(rows)  # column order counts
    assert result_hash([("1",)]) != result_hash([(1,)])
    assert result_hash([(b"\x00",)]) != result_hash([(b"\x01",)])
    assert result_hash([]) != result_hash([()])


def _candidate(sql: str | None, digest: str | None) -> Candidate:
    return Candidate(sql, "ok" if sql else "no_sql_block", "ok" if digest else ("error" if sql else None), digest, 1, 1)


def test_vote_picks_the_largest_group_and_breaks_ties_by_the_earliest_sample():
    assert vote([_candidate("a", "X"), _candidate("b", "Y"), _candidate("c", "Y")]) == 1
    assert vote([_candidate("e", None), _candidate("a", "X"), _candidate("b", "Y"), _candidate("c", "Y"),
                 _candidate("d", "X")]) == 1
    assert vote([_candidate(None, None), _candidate("bad", None), _candidate("worse", None)]) == 1
    assert vote([_candidate(None, None)]) == 0
    with pytest.raises(ValueError):
        vote([])
