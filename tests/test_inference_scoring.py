"""Scoring prediction records against the bundled Spider dev gold SQL, and the multi-call curve."""

from __future__ import annotations

import pytest

from learnat_core.data import locate
from learnat_core.errors import ConfigError, DataError
from learnat_core.evaluation.predictions import Candidate, InferenceRecord
from learnat_core.inference import evaluate_records, multi_call_curve

SPLIT = locate("spider", "dev")
WRONG = "SELECT count(*) FROM stadium"  # 9 stadiums, 6 singers


def record(question_id: str, final_sql: str | None, *candidates: tuple[str | None, str | None], **fields):
    """A hand-made record; candidates are (sql, result hash) with 100 prompt and 10 completion tokens each."""
    made = tuple(Candidate(sql, "ok" if sql else "no_sql_block", "ok" if digest else None, digest, 100, 10)
                 for sql, digest in candidates)
    values = {
        "id": question_id, "db_id": "concert_singer", "mode": "decomposition", "prompt_hash": "0" * 16,
        "raw": (), "steps": (), "final_sql": final_sql, "status": "ok" if final_sql else "no_sql_block",
        "exec_status": None, "prompt_tokens": 100, "completion_tokens": 10 * max(len(candidates), 1),
        "seconds": 0.0, "retries": 0, "candidates": made, "chosen": 0 if made else None, **fields,
    }
    return InferenceRecord(**values)


def test_evaluate_records_scores_final_sql_and_counts_missing_sql_as_wrong():
    records = [
        record("0", "SELECT count(*) FROM singer"),
        record("1", "SELECT COUNT(Singer_ID) FROM singer"),
        record("2", "SELECT name, country, age FROM singer ORDER BY age"),  # wrong order
        record("3", None),
        record("4", "   ", status="empty_step"),
    ]
    verdicts, table = evaluate_records(records, SPLIT, workers=1)
    assert [(v.id, v.ex) for v in verdicts] == [("0", 1), ("1", 1), ("2", 0), ("3", 0), ("4", 0)]
    assert [v.pred_status for v in verdicts[3:]] == ["error", "error"]
    assert table.loc["all", "questions"] == 5 and table.loc["all", "ex_pct"] == pytest.approx(40.0)
    assert list(table.index) == ["easy", "medium", "hard", "extra", "all"]
    assert table.loc["easy", "questions"] == 2 and table.loc["medium", "questions"] == 3


def test_evaluate_records_refuses_records_of_another_split():
    with pytest.raises(DataError, match="1 records have ids not in spider/dev: 99999"):
        evaluate_records([record("99999", "SELECT 1")], SPLIT, workers=1)
    with pytest.raises(DataError, match="records 0 name another database"):
        evaluate_records([record("0", "SELECT 1", db_id="pets_1")], SPLIT, workers=1)


def test_multi_call_curve_votes_over_the_first_m_samples():
    right, also_right = "SELECT count(*) FROM singer", "SELECT 6"
    records = [
        # m=1: the wrong first sample; m=3: two right against one wrong; m=5: three wrong against two right.
        record("0", WRONG, (WRONG, "A"), (right, "B"), (also_right, "B"), (WRONG, "A"), (WRONG, "A")),
        # Right at every m (B leads or ties first).
        record("1", right, (right, "B"), (WRONG, "A"), (also_right, "B"), (WRONG, "A"), (right, "B")),
        # A question that failed before sampling: wrong at every m, its tokens counted once.
        record("2", None, status="prompt_too_long", prompt_tokens=0, completion_tokens=0),
    ]
    curve = multi_call_curve(records, (1, 3, 5), split=SPLIT, workers=1)
    assert curve["calls"].tolist() == [1, 3, 5]
    assert curve["ex_pct"].tolist() == pytest.approx([100 / 3, 200 / 3, 100 / 3])
    assert curve["tokens_per_question"].tolist() == pytest.approx([220 / 3, 660 / 3, 1100 / 3])
    assert (curve["questions"] == 3).all()
    assert multi_call_curve(records, split=SPLIT, workers=1)["calls"].tolist() == [1, 5]  # Figure R-1's, up to 5
    with pytest.raises(ConfigError, match="between 1 and the 5 samples recorded; got \\[6\\]"):
        multi_call_curve(records, (1, 6), split=SPLIT, workers=1)


def test_a_one_sample_run_gives_the_first_point_of_the_curve():
    records = [record("0", "SELECT count(*) FROM singer"), record("1", WRONG)]
    curve = multi_call_curve(records, split=SPLIT, workers=1)
    assert curve.to_dict("records") == [{"calls": 1, "questions": 2, "ex_pct": 50.0, "tokens_per_question": 110.0}]
