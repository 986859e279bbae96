"""Spider hardness from SQL text (sqlglot) against an oracle over the official parsed ``sql`` dicts.

The oracle below applies test-suite-sql-eval's counting (``count_component1``, ``count_component2``,
``count_others``) to the ``sql`` dict that Spider's dev.json ships for each question, with the official
quirks kept: the "aggregation" count reads the first field of each unit, so in WHERE it counts negated
conditions (``not_op``) and in HAVING it counts the 'and'/'or' strings plus negated conditions, not the
aggregates; ORDER BY counts aggregated operands of each value unit; a FROM subquery is a table unit.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from learnat_core.data import Example
from learnat_core.errors import SqlParseError
from learnat_core.evaluation.hardness import (
    HardnessCounts,
    classify_hardness,
    example_level,
    hardness_counts,
    spider_hardness,
)

_LIKE = 9  # index of 'like' in the official WHERE_OPS

# The official parser drops the "OR ..." that follows a comparison whose value is a column (its value
# scanner stops only at AND, commas, parentheses and clause keywords), so it sees one OR fewer in these
# join conditions. Our count is right; the level (extra) is the same either way.
SWALLOWED_OR = {225, 226, 227, 228}


def oracle_counts(sql: dict) -> HardnessCounts:
    """The official hardness counts of a parsed Spider ``sql`` dict."""
    conditions = (sql["from"]["conds"], sql["where"], sql["having"])
    units = [unit for condition in conditions for unit in condition[::2]]
    connectives = [word for condition in conditions for word in condition[1::2]]
    component1 = sum(bool(sql[key]) for key in ("where", "groupBy", "orderBy")) + (sql["limit"] is not None)
    component1 += max(len(sql["from"]["table_units"]) - 1, 0)
    component1 += connectives.count("or") + sum(unit[1] == _LIKE for unit in units)

    nested = sum(isinstance(value, dict) for unit in units for value in (unit[3], unit[4]))
    component2 = nested + sum(sql[key] is not None for key in ("intersect", "union", "except"))

    order_col_units = [col for val_unit in (sql["orderBy"] or ("", []))[1] for col in val_unit[1:] if col]
    aggregations = (
        sum(agg_id != 0 for agg_id, _ in sql["select"][1])
        + sum(bool(unit[0]) for unit in sql["where"][::2])  # not_op, read as an aggregation id
        + sum(col_unit[0] != 0 for col_unit in sql["groupBy"])
        + sum(col_unit[0] != 0 for col_unit in order_col_units)
        + len(sql["having"][1::2])  # 'and'/'or' strings count
        + sum(bool(unit[0]) for unit in sql["having"][::2])
    )
    others = (
        int(aggregations > 1)
        + int(len(sql["select"][1]) > 1)
        + int(len(sql["where"]) > 1)
        + int(len(sql["groupBy"]) > 1)
    )
    return HardnessCounts(component1, component2, others)


@pytest.fixture(scope="module")
def spider_dev(shared_data: Path) -> list[dict]:
    """Spider dev questions with the official parsed ``sql`` dicts (only the full copy has them)."""
    return json.loads((shared_data / "spider" / "dev.json").read_text(encoding="utf-8"))


def test_levels_agree_with_the_official_counting_on_every_dev_question(spider_dev: list[dict]) -> None:
    ours = [spider_hardness(item["query"]) for item in spider_dev]
    official = [classify_hardness(oracle_counts(item["sql"])) for item in spider_dev]
    assert len(spider_dev) == 1034
    assert ours == official
    assert Counter(official) == {"easy": 248, "medium": 446, "hard": 174, "extra": 166}  # the paper's split


def test_counts_agree_except_for_the_documented_parser_quirk(spider_dev: list[dict]) -> None:
    differ = {
        index
        for index, item in enumerate(spider_dev)
        if hardness_counts(item["query"]) != oracle_counts(item["sql"])
    }
    assert differ == SWALLOWED_OR
    for index in SWALLOWED_OR:
        ours, official = hardness_counts(spider_dev[index]["query"]), oracle_counts(spider_dev[index]["sql"])
        assert (ours.component1 - 1, ours.component2, ours.others) == (
            official.component1,
            official.component2,
            official.others,
        )


@pytest.mark.parametrize(
    ("sql", "counts", "level"),
    [
        ("SELECT count(*) FROM singer", (0, 0, 0), "easy"),
        ("SELECT name FROM singer WHERE age > 20", (1, 0, 0), "easy"),
        ("SELECT name, age FROM singer ORDER BY age DESC", (1, 0, 1), "medium"),
        ("SELECT T1.a FROM t1 AS T1 JOIN t2 AS T2 ON T1.id = T2.id WHERE T2.b = 1", (2, 0, 0), "medium"),
        ("SELECT a FROM t WHERE b LIKE '%x%' OR c = 2", (3, 0, 1), "hard"),
        ("SELECT a FROM t WHERE b NOT IN (SELECT b FROM s)", (1, 1, 0), "hard"),
        ("SELECT a FROM t INTERSECT SELECT a FROM s WHERE c = 1 ORDER BY a LIMIT 1", (0, 1, 0), "hard"),
        ("SELECT a, max(b), min(b) FROM t GROUP BY a HAVING count(*) > 1 AND sum(b) > 2", (1, 0, 2), "medium"),
        ("SELECT a FROM t WHERE b > (SELECT avg(b) FROM t) AND c NOT LIKE 'x'", (2, 1, 1), "extra"),
        ("SELECT max(a) - min(a) FROM (SELECT a FROM t) JOIN s", (1, 0, 0), "easy"),
    ],
)
def test_hand_written_queries(sql: str, counts: tuple[int, int, int], level: str) -> None:
    assert hardness_counts(sql) == HardnessCounts(*counts)
    assert spider_hardness(sql) == level


@pytest.mark.parametrize("sql", ["SELEC a FROM t", "", "DROP TABLE t", "SELECT 1; SELECT 2"])
def test_unparsable_or_non_select_sql_raises(sql: str) -> None:
    with pytest.raises(SqlParseError):
        hardness_counts(sql)


def test_example_level_computes_spider_and_passes_bird_through() -> None:
    spider = Example("0", "spider", "dev", "db", "q", "SELECT count(*) FROM singer")
    assert example_level(spider) == "easy"
    assert example_level(Example("1", "spider", "dev", "db", "q", "SELEC nothing")) is None
    bird = Example("2", "bird", "dev", "db", "q", "SELECT 1", difficulty="challenging")
    assert example_level(bird) == "challenging"
