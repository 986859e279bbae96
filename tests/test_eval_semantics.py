"""The comparison rules on hand-made results: spider (test-suite EX), bird (official EX), learnat (released)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from learnat_core.errors import ConfigError
from learnat_core.evaluation.query_text import has_order_by, spider_rewrite
from learnat_core.evaluation.sandbox import RowBound
from learnat_core.evaluation.semantics import (
    SEMANTICS_NAMES,
    BirdSemantics,
    LearnatSemantics,
    SpiderSemantics,
    denotations_match,
    get_semantics,
)

UNORDERED = "SELECT a, b FROM t"
ORDERED = "SELECT a, b FROM t ORDER BY a"

spider = SpiderSemantics()
bird = BirdSemantics()
learnat = LearnatSemantics()


def test_registry_knows_the_three_rules_and_rejects_others() -> None:
    assert SEMANTICS_NAMES == ("spider", "bird", "learnat")
    assert [get_semantics(name).name for name in SEMANTICS_NAMES] == list(SEMANTICS_NAMES)
    assert get_semantics("spider", keep_distinct=True) == SpiderSemantics(keep_distinct=True)
    with pytest.raises(ConfigError, match="unknown semantics 'ts'; known: spider, bird, learnat"):
        get_semantics("ts")


# --- spider ---------------------------------------------------------------------------------------------


def test_spider_ignores_column_order() -> None:
    assert spider.equal([(1, "a"), (2, "b")], [("a", 1), ("b", 2)], UNORDERED)
    assert spider.equal([(1, 2, 3, 4, 5)], [(5, 4, 3, 2, 1)], UNORDERED)
    assert not spider.equal([(1, "a"), (2, "b")], [("a", 2), ("b", 1)], UNORDERED)


def test_spider_needs_one_permutation_for_all_rows() -> None:
    # each row matches under some permutation, but no single permutation matches both rows
    assert not spider.equal([(1, 2), (3, 4)], [(2, 1), (3, 4)], UNORDERED)


def test_spider_compares_bags_of_rows() -> None:
    assert spider.equal([(1,), (1,), (2,)], [(2,), (1,), (1,)], UNORDERED)
    assert not spider.equal([(1,), (1,), (2,)], [(1,), (2,), (2,)], UNORDERED)
    assert not spider.equal([(1,), (2,)], [(1,), (2,), (2,)], UNORDERED)


def test_spider_row_order_matters_only_with_order_by_in_the_gold() -> None:
    assert spider.equal([(1, "x"), (2, "y")], [(2, "y"), (1, "x")], UNORDERED)
    assert not spider.equal([(1, "x"), (2, "y")], [(2, "y"), (1, "x")], ORDERED)
    assert spider.equal([(1, "x"), (2, "y")], [("x", 1), ("y", 2)], ORDERED)
    literal = "SELECT a, b FROM t WHERE c = 'order by'"  # the official text test would call this ordered
    assert spider.equal([(1, "x"), (2, "y")], [(2, "y"), (1, "x")], literal)


def test_spider_empty_results_and_widths() -> None:
    assert spider.equal([], [], UNORDERED)
    assert not spider.equal([], [(1,)], UNORDERED)
    assert not spider.equal([(1,)], [], UNORDERED)
    assert not spider.equal([(1, 2)], [(1, 2, 2)], UNORDERED)


def test_spider_keeps_the_official_quick_rejection_quirk() -> None:
    # ints and floats are equal, but the official pre-check sorts cells by str(value) + type name
    assert spider.equal([(1, "a")], [("a", 1.0)], UNORDERED)
    assert not spider.equal([(1, "1.5")], [("1.5", 1.0)], UNORDERED)


def test_spider_repeated_columns_do_not_explode() -> None:
    wide = [(None,) * 12, (None,) * 12]
    assert spider.equal(wide, wide, UNORDERED)
    assert denotations_match([(1,) * 10 + (2,)], [(2,) + (1,) * 10], ordered=True)


def test_spider_prepare_drops_distinct_outside_string_literals() -> None:
    sql = "SELECT DISTINCT name, count(DISTINCT x) FROM t WHERE note = 'distinct' AND y = \"distinct\""
    assert spider.prepare(sql) == "SELECT  name, count( x) FROM t WHERE note = 'distinct' AND y = \"distinct\""
    assert SpiderSemantics(keep_distinct=True).prepare(sql) == sql
    assert spider_rewrite("select distinct a\nfrom t where b = 'é' and c in (select\n DISTINCT c from u)") == (
        "select  a\nfrom t where b = 'é' and c in (select\n  c from u)"
    )


def test_spider_prepare_applies_the_official_text_fixes() -> None:
    assert spider.prepare("SELECT a FROM t WHERE a > = 1 AND b ! = 2 AND c < = 3") == (
        "SELECT a FROM t WHERE a >= 1 AND b != 2 AND c <= 3"
    )
    assert spider.prepare("SELECT a FROM t WHERE b = '> ='") == "SELECT a FROM t WHERE b = '> ='"
    assert spider.prepare("SELECT YEAR(CURDATE()) - age FROM t") == "SELECT 2020 - age FROM t"


def test_order_by_is_found_on_tokens() -> None:
    assert has_order_by("SELECT a FROM t ORDER\n  BY a")
    assert has_order_by("SELECT a FROM (SELECT a FROM t ORDER BY a LIMIT 3)")
    assert not has_order_by("SELECT 'order by' FROM t")


# --- bird -----------------------------------------------------------------------------------------------


def test_bird_compares_sets_of_rows_with_column_order() -> None:
    assert bird.equal([(1, "a"), (2, "b")], [(2, "b"), (1, "a")], ORDERED)
    assert bird.equal([(1,), (1,), (2,)], [(2,), (1,)], UNORDERED)
    assert not bird.equal([(1, "a")], [("a", 1)], UNORDERED)
    assert bird.equal([], [], UNORDERED)
    assert not bird.equal([(1,)], [], UNORDERED)
    assert bird.prepare("SELECT DISTINCT a FROM t") == "SELECT DISTINCT a FROM t"


# --- learnat --------------------------------------------------------------------------------------------


def test_learnat_looks_at_the_first_five_rows_only() -> None:
    gold = [(i,) for i in range(10)]
    assert learnat.equal(gold, gold[:5] + [(99,)] * 5, UNORDERED)
    assert not learnat.equal(gold, [(99,)] + gold[1:], UNORDERED)


def test_learnat_compares_rows_in_order_as_sets_of_cells() -> None:
    assert learnat.equal([(1, "a"), (2, "b")], [("a", 1), ("b", 2)], UNORDERED)
    assert not learnat.equal([(1,), (2,)], [(2,), (1,)], UNORDERED)
    assert learnat.equal([(1, 1, 2)], [(2, 1)], UNORDERED)  # duplicate cells vanish in a set


def test_learnat_counts_distinct_rows_then_zips_to_the_shorter_result() -> None:
    assert not learnat.equal([(1,), (1,)], [(1,), (2,)], UNORDERED)
    assert not learnat.equal([(1,), (1,), (2,)], [(1,), (2,)], UNORDERED)
    assert learnat.equal([(1,), (2,), (2,)], [(1,), (2,)], UNORDERED)
    assert learnat.equal([], [], UNORDERED)


def test_learnat_gold_error_and_y_rerun_quirks() -> None:
    assert learnat.gold_error_is_correct and not spider.gold_error_is_correct and not bird.gold_error_is_correct
    assert learnat.fetch_limit == 5 and spider.fetch_limit is None
    sql = "SELECT name FROM t WHERE active = 'Y' AND paid = 'Y'"
    assert learnat.rerun_sql(sql, []) == "SELECT name FROM t WHERE active = 1 AND paid = 1"
    assert learnat.rerun_sql(sql, [("x",)]) is None
    assert learnat.rerun_sql("SELECT name FROM t WHERE active = 'N'", []) is None
    assert spider.rerun_sql(sql, []) is None and bird.rerun_sql(sql, []) is None


@pytest.mark.parametrize("rule", [spider, bird, learnat], ids=lambda rule: rule.name)
@pytest.mark.parametrize(
    "rows",
    [[], [(1,)], [(1, 1.0, True, "1", None, b"x")], [(2, "b"), (1, "a"), (2, "b")], [(1, "1.5"), (1.0, "1.5")]],
)
def test_every_rule_counts_a_result_as_equal_to_itself(rule, rows: list[tuple]) -> None:
    # the evaluator relies on this to skip comparing a prediction whose query is the gold query
    assert rule.equal(rows, rows, ORDERED) and rule.equal(rows, list(rows), UNORDERED)


_ROWS = st.lists(st.tuples(st.sampled_from([1, 2, 1.0, "1"]), st.sampled_from([1, 2, "x"])), max_size=5)


@settings(max_examples=300, deadline=None)
@given(gold=_ROWS, pred=_ROWS, gold_sql=st.sampled_from([UNORDERED, ORDERED]))
def test_a_prediction_past_the_rejection_bound_never_matches(gold: list, pred: list, gold_sql: str) -> None:
    for rule in (spider, bird):
        bound = rule.rejection_bound(gold)
        counted = len(set(pred)) if bound.distinct else len(pred)
        if counted > bound.rows:
            assert not rule.equal(gold, pred, gold_sql)
    assert learnat.rejection_bound(gold) is None  # it reads 5 rows of every result anyway


def test_rejection_bounds_count_rows_or_distinct_rows() -> None:
    rows = [(1, "a"), (1, "a"), (2, "b")]
    assert spider.rejection_bound(rows) == RowBound(3)
    assert bird.rejection_bound(rows) == RowBound(2, distinct=True)
    assert spider.rejection_bound([]) == RowBound(0)
