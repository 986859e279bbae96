"""The decomposition record's JSONL format and the demonstration pool built from it."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from learnat_core.decomposition import Decomposition, Step, read_decompositions, write_decompositions
from learnat_core.demonstrations import DemonstrationPool, question_key
from learnat_core.errors import ConfigError, DataError
from learnat_core.prompting import fixed_demonstrations

RECORD = Decomposition(
    question_id="7",
    db_id="singer",
    question="How many singers are there?",
    steps=(Step("How many singers are there?", "SELECT count(*) FROM singer"),),
    final_sql="SELECT count(*) FROM singer",
    proposer="llm:glm-4-plus",
    gold_sql="SELECT count(*) FROM singer",
    meta={"reward": 1.0, "ü": "ünïcode"},
)


def _record(question: str, db_id: str = "singer", steps: int = 1) -> Decomposition:
    return Decomposition(
        question_id=question, db_id=db_id, question=question,
        steps=tuple(Step(f"part {n}", f"SELECT {n}") for n in range(steps)), final_sql="SELECT 1", proposer="ast-rules",
    )


def test_jsonl_round_trip(tmp_path):
    path = tmp_path / "deeper" / "records.jsonl"
    records = [RECORD, *fixed_demonstrations()]
    write_decompositions(path, records)
    assert read_decompositions(path) == records
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert list(first) == ["question_id", "db_id", "question", "evidence", "steps", "final_sql", "gold_sql", "proposer", "meta"]
    assert "ünïcode" in path.read_text(encoding="utf-8")


def test_optional_keys_default_blank_lines_are_skipped_and_integer_ids_read_as_text(tmp_path):
    path = tmp_path / "records.jsonl"
    minimal = {"question_id": 3, "db_id": "d", "question": "q", "steps": [], "final_sql": "SELECT 1", "proposer": "ast-rules"}
    path.write_text("\n" + json.dumps(minimal) + "\n\n", encoding="utf-8")
    (record,) = read_decompositions(path)
    assert (record.question_id, record.evidence, record.gold_sql, record.meta, record.steps) == ("3", "", None, {}, ())


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"question_id": "1"}', "missing keys: db_id, question, steps, final_sql, proposer"),
        (json.dumps({**RECORD.to_dict(), "extra": 1}), "unknown keys: extra"),
        (json.dumps({**RECORD.to_dict(), "steps": [{"sub_question": "q"}]}), r"steps\[0\] must be an object"),
        (json.dumps({**RECORD.to_dict(), "final_sql": None}), "final_sql has the wrong type"),
        (json.dumps({**RECORD.to_dict(), "proposer": "gpt"}), "proposer must be"),
    ],
)
def test_a_malformed_line_names_the_file_and_line(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(RECORD.to_dict()) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=f"bad.jsonl:2: .*{message}"):
        read_decompositions(path)


def test_missing_file_and_bad_proposer():
    with pytest.raises(DataError, match="missing"):
        read_decompositions("/nonexistent/records.jsonl")
    with pytest.raises(ConfigError, match="proposer"):
        replace(_record("q"), proposer="llm:")


def test_records_are_hashable_and_steps_become_a_tuple():
    record = Decomposition("1", "d", "q", [Step("a", "SELECT 1")], "SELECT 1", "human")
    assert record.steps == (Step("a", "SELECT 1"),)
    assert hash(record) == hash(Decomposition("1", "d", "q", (Step("a", "SELECT 1"),), "SELECT 1", "human", meta={"x": 1}))


def test_pool_skips_stepless_records_and_keeps_the_first_of_each_question():
    pool = DemonstrationPool((
        _record("How many singers?"),
        _record("how many  SINGERS"),  # the same question: case, spacing, final punctuation ignored
        _record("How many singers?", db_id="concert_singer"),  # same text, other database: kept
        _record("No steps", steps=0),
        _record("Two steps", steps=2),
    ))
    assert pool.questions == ("How many singers?", "How many singers?", "Two steps")
    assert pool.db_ids == ("singer", "concert_singer", "singer")
    assert pool.final_sqls == ("SELECT 1",) * 3
    assert (pool.skipped_empty, pool.skipped_duplicates) == (1, 1)
    assert len(pool) == 3 and pool[2].steps[1].sub_sql == "SELECT 1" and list(pool) == list(pool.records)
    assert question_key("How many singers?", "singer") == ("singer", "how many singers")


def test_pool_from_jsonl_and_derived_values_are_computed_once(tmp_path):
    path = tmp_path / "pool.jsonl"
    write_decompositions(path, [*fixed_demonstrations(), _record("No steps", steps=0)])
    pool = DemonstrationPool.from_jsonl(path)
    assert pool.records == tuple(fixed_demonstrations()) and pool.skipped_empty == 1
    calls = []
    first = pool.derived("sizes", lambda p: calls.append(1) or [len(r.steps) for r in p])
    assert pool.derived("sizes", lambda p: calls.append(1) or []) is first
    assert first == [2, 3] and calls == [1]
