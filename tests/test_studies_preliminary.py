"""Notebook 02's tables from hand-made per-question results (the runs themselves are tested in test_notebooks)."""

from __future__ import annotations

import pandas as pd
import pytest

from learnat_core.studies import preliminary


@pytest.fixture
def per_question() -> pd.DataFrame:
    rows = []
    for condition, hits in (("direct", [1, 0, 0, 0]), ("self_decomposition", [1, 1, 0, 0]),
                            ("given_decomposition", [1, 1, 1, 0])):
        for number, ex in enumerate(hits):
            rows.append({"condition": condition, "id": str(number), "level": "easy" if number < 2 else "hard",
                         "ex": ex, "status": "ok", "pred_status": "ok" if ex else "error", "steps": 1,
                         "tokens": 100 + number})
    return pd.DataFrame(rows)


def test_condition_table_per_level_and_overall(per_question: pd.DataFrame) -> None:
    table = preliminary.condition_table(per_question).set_index(["condition", "level"])
    assert table.loc[("direct", "all"), "ex_pct"] == 25.0
    assert table.loc[("given_decomposition", "hard"), "ex_pct"] == 50.0
    assert table.loc[("self_decomposition", "easy"), "questions"] == 2
    assert table.loc[("direct", "all"), "mean_tokens"] == 101.5


def test_gains_are_measured_against_direct_beside_the_papers(per_question: pd.DataFrame) -> None:
    gains = preliminary.gains_beside_paper(preliminary.condition_table(per_question)).set_index("condition")
    assert gains.loc["self_decomposition", "measured_gain_pts"] == 25.0
    assert gains.loc["given_decomposition", "measured_gain_pts"] == 50.0
    assert list(gains["paper_gain_pts"]) == [3.4, 30.4]
