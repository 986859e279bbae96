"""Per-level EX tables and the JSONL readers/writers of the evaluator."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from learnat_core.errors import DataError
from learnat_core.evaluation.evaluator import Pair, Verdict
from learnat_core.evaluation.pairs import read_pairs, read_predictions, write_verdicts
from learnat_core.evaluation.tables import level_table, render_table, to_csv


def _verdict(ex: int, level: str | None, pred_status: str = "ok", gold_status: str = "ok") -> Verdict:
    return Verdict("i", "db", ex, gold_status, pred_status, level)


def test_spider_levels_in_canonical_order_with_counts() -> None:
    verdicts = [
        _verdict(1, "hard"),
        _verdict(0, "easy", pred_status="timeout"),
        _verdict(1, "easy"),
        _verdict(0, "extra", pred_status="error", gold_status="error"),
    ]
    table = level_table(verdicts)
    assert list(table.index) == ["easy", "medium", "hard", "extra", "all"]
    assert table.loc["easy"].tolist() == [2, 50.0, 9.45, 90.55, 50.0, 0, 1, 0, 0]  # Wilson 95% interval of 1/2
    assert table.loc["medium", "questions"] == 0 and math.isnan(table.loc["medium", "ex_pct"])
    assert table.loc["all"].tolist() == [4, 50.0, 15.0, 85.0, 50.0, 1, 1, 1, 0]


def test_bird_levels_unlabelled_rows_and_explicit_levels() -> None:
    verdicts = [_verdict(1, "challenging"), _verdict(1, None), _verdict(0, "simple")]
    table = level_table(verdicts)
    assert list(table.index) == ["simple", "moderate", "challenging", "unlabelled", "all"]
    assert table.loc["unlabelled", "questions"] == 1
    assert list(level_table(verdicts, ["simple"]).index) == ["simple", "unlabelled", "all"]
    assert list(level_table([_verdict(1, None)]).index) == ["all"]


def test_render_and_csv(tmp_path: Path) -> None:
    table = level_table([_verdict(1, "easy"), _verdict(0, "easy")])
    text = render_table(table).splitlines()
    assert text[0].split() == ["level", "questions", "ex_pct", "ex_ci_low", "ex_ci_high", "executes_pct",
                               "pred_errors", "pred_timeouts", "gold_errors", "gold_timeouts"]
    assert text[1].split() == ["easy", "2", "50.0", "9.4", "90.5", "100.0", "0", "0", "0", "0"]
    assert text[2].split()[:3] == ["medium", "0", "-"]
    markdown = render_table(table, markdown=True).splitlines()
    assert markdown[0].startswith("| level | questions | ex_pct |") and markdown[1].startswith("| --- | ---: |")
    assert markdown[2] == "| easy | 2 | 50.0 | 9.4 | 90.5 | 100.0 | 0 | 0 | 0 | 0 |"
    to_csv(table, tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_text().splitlines()[1] == "easy,2,50.00,9.45,90.55,100.00,0,0,0,0"


def test_pairs_round_trip_and_verdict_lines(tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text(
        '{"id": 1, "db_id": "d", "gold": "SELECT 1", "pred": "SELECT 2"}\n\n'
        '{"id": "b", "db_id": "d", "gold": "SELECT 1", "pred": "", "difficulty": "simple"}\n'
    )
    assert read_pairs(path) == [Pair("1", "d", "SELECT 1", "SELECT 2"), Pair("b", "d", "SELECT 1", "", "simple")]
    out = tmp_path / "verdicts.jsonl"
    write_verdicts(out, [Verdict("1", "d", 1, "ok", "ok", "easy"), Verdict("b", "d", 0, "ok", "error", None, "", "é")])
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == [
        {"id": "1", "ex": 1, "gold_status": "ok", "pred_status": "ok", "hardness": "easy"},
        {"id": "b", "ex": 0, "gold_status": "ok", "pred_status": "error", "hardness": None, "pred_error": "é"},
    ]


def test_predictions_accept_sql_as_an_alias(tmp_path: Path) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text('{"id": 0, "pred": "SELECT 1"}\n{"id": "1", "sql": "SELECT 2"}\n')
    assert read_predictions(path) == {"0": "SELECT 1", "1": "SELECT 2"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": 0, "pred": "x"}\n{"id": 1}\n', "pred.jsonl:2: missing key 'pred'"),
        ('{"id": 0, "pred": null}\n', "pred.jsonl:1: 'pred' must be a string, got NoneType"),
        ('{"id": true, "pred": "x"}\n', "pred.jsonl:1: 'id' must be a string or an integer, got bool"),
        ('{"pred": "x"}\n', "pred.jsonl:1: missing key 'id'"),
        ('\n\n{"id": 0, "pred": "x"\n', "pred.jsonl:3: not valid JSON"),
    ],
)
def test_malformed_prediction_lines_name_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "pred.jsonl"
    path.write_text(content)
    with pytest.raises(DataError, match=message):
        read_predictions(path)
