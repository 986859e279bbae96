"""Step classification with scope-aware labels and the equivalences a proposer writes naturally (issue 12)."""

from __future__ import annotations

import pytest

from learnat_core.errors import SqlParseError
from learnat_core.sql_ast import Normalization, StepClass, accumulate, classify, is_subtree, parse, same_graph

INVALID, PROGRESSIVE, REDUNDANT = StepClass.INVALID, StepClass.PROGRESSIVE, StepClass.REDUNDANT
SCHEMA = {
    "Singer": {"Singer_ID": "int", "Name": "text", "Age": "int", "Country": "text"},
    "concert": {"concert_id": "int", "singer_id": "int", "year": "int", "stadium_id": "int"},
    "stadium": {"stadium_id": "int", "name": "text", "capacity": "int"},
}


def _off(option: str) -> Normalization:
    return Normalization(**{option: False})


# --- scopes ------------------------------------------------------------------------------------------------


def test_a_filter_of_the_inner_query_moved_to_the_outer_query_is_invalid():
    gold = parse("SELECT name FROM people WHERE age = (SELECT max(age) FROM people WHERE country = 'FR')")
    assert classify(parse("SELECT name FROM people WHERE country = 'FR'"), [], gold) is INVALID
    moved = parse("SELECT name FROM people WHERE country = 'FR' AND age = (SELECT max(age) FROM people)")
    assert classify(moved, [], gold) is INVALID
    assert classify(parse("SELECT max(age) FROM people WHERE country = 'FR'"), [], gold) is PROGRESSIVE


def test_a_filter_of_the_outer_query_moved_into_the_subquery_is_invalid():
    gold = parse("SELECT name FROM people WHERE country = 'FR' AND age = (SELECT max(age) FROM people)")
    assert classify(parse("SELECT max(age) FROM people WHERE country = 'FR'"), [], gold) is INVALID
    assert classify(parse("SELECT name FROM people WHERE country = 'FR'"), [], gold) is PROGRESSIVE


def test_a_standalone_inner_query_step_is_progressive_and_then_the_gold_query_completes_it():
    gold = parse("SELECT name FROM people WHERE age = (SELECT max(age) FROM people)")
    inner = parse("SELECT max(T1.age) FROM people AS T1")
    assert classify(inner, [], gold) is PROGRESSIVE
    assert classify(gold, [inner], gold) is PROGRESSIVE
    assert classify(inner, [inner, gold], gold) is REDUNDANT
    assert same_graph(accumulate([inner, gold], gold), gold)
    # A derived table is a scope too: its query alone is a subtree, a clause of the outer query inside it is not.
    derived = parse("SELECT count(*) FROM (SELECT country FROM people WHERE age > 30 GROUP BY country) AS t")
    assert classify(parse("SELECT country FROM people WHERE age > 30 GROUP BY country"), [], derived) is PROGRESSIVE
    assert classify(parse("SELECT count(*) FROM people WHERE age > 30"), [], derived) is INVALID


def test_steps_are_placed_in_the_subquery_they_fit_and_repeats_are_redundant():
    gold = parse("SELECT name FROM people WHERE age > (SELECT avg(age) FROM people) "
                 "AND height < (SELECT avg(height) FROM people)")
    age, height = parse("SELECT avg(age) FROM people"), parse("SELECT avg(height) FROM people")
    assert [classify(step, [age, height][:i], gold) for i, step in enumerate([age, height])] == [PROGRESSIVE] * 2
    assert classify(age, [age, height], gold) is REDUNDANT
    assert classify(parse("SELECT avg(age) FROM people WHERE height > 2"), [], gold) is INVALID


def test_a_step_equal_to_either_side_of_a_union_is_a_subtree():
    gold = parse("SELECT name FROM people WHERE age > 30 UNION SELECT name FROM people WHERE country = 'FR'")
    left, right = parse("SELECT name FROM people WHERE age > 30"), parse("SELECT name FROM people WHERE country = 'FR'")
    assert classify(left, [], gold) is PROGRESSIVE and classify(right, [left], gold) is PROGRESSIVE
    assert classify(gold, [left, right], gold) is PROGRESSIVE  # the UNION itself is still to come
    assert same_graph(parse("SELECT name FROM people WHERE country = 'FR' UNION SELECT name FROM people "
                            "WHERE age > 30"), gold)  # the sides of UNION are a set


def test_a_clause_of_one_side_of_a_set_operation_moved_to_the_other_side_is_not_a_subtree():
    intersect = parse("SELECT name FROM people WHERE age > 30 INTERSECT SELECT name FROM people WHERE country = 'FR'")
    moved = parse("SELECT name FROM people INTERSECT SELECT name FROM people WHERE age > 30 AND country = 'FR'")
    assert classify(moved, [], intersect) is INVALID
    assert classify(parse("SELECT name FROM people WHERE age > 30 AND country = 'FR'"), [], intersect) is INVALID
    gold = parse("SELECT name FROM people WHERE age > 30 EXCEPT SELECT name FROM people WHERE country = 'FR'")
    assert classify(parse("SELECT name FROM people EXCEPT SELECT name FROM people WHERE age > 30"), [], gold) is INVALID
    swapped = parse("SELECT name FROM people WHERE country = 'FR' EXCEPT SELECT name FROM people WHERE age > 30")
    assert classify(swapped, [], gold) is INVALID  # the sides of EXCEPT are ordered
    assert classify(parse("SELECT name FROM people EXCEPT SELECT name FROM people"), [], gold) is PROGRESSIVE


# --- equivalences ------------------------------------------------------------------------------------------


def test_inner_join_order_is_a_set_of_tables_and_on_conditions():
    gold = parse("SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.singer_id = T2.singer_id "
                 "JOIN stadium AS T3 ON T2.stadium_id = T3.stadium_id WHERE T2.year > 2000")
    reordered = ("SELECT singer.name FROM stadium JOIN concert ON stadium.stadium_id = concert.stadium_id "
                 "INNER JOIN singer ON concert.singer_id = singer.singer_id WHERE concert.year > 2000")
    assert parse(reordered) == gold and classify(parse(reordered), [], gold) is PROGRESSIVE
    two = parse("SELECT singer.name FROM concert JOIN singer ON concert.singer_id = singer.singer_id")
    assert classify(two, [], gold) is PROGRESSIVE
    assert parse(reordered, normalize=_off("inner_join_order")) != parse(gold.sql, normalize=_off("inner_join_order"))


def test_outer_joins_keep_their_order():
    left = parse("SELECT a.x FROM a LEFT JOIN b ON a.id = b.id")
    assert parse("SELECT a.x FROM b LEFT JOIN a ON a.id = b.id") != left
    assert parse("SELECT a.x FROM a LEFT JOIN b ON b.id = a.id") == left


def test_qualified_aliased_and_unqualified_columns_are_one_operand_with_the_schema():
    gold_sql = ("SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.singer_id = T2.singer_id "
                "WHERE T2.year > 2000 AND T1.Age < 40")
    gold = parse(gold_sql, schema=SCHEMA)
    for written in ("SELECT name FROM singer JOIN concert ON singer.singer_id = concert.singer_id "
                    "WHERE year > 2000 AND age < 40",
                    "SELECT singer.name FROM concert JOIN singer ON concert.singer_id = singer.singer_id "
                    "WHERE concert.year > 2000 AND singer.age < 40"):
        assert parse(written, schema=SCHEMA) == gold
    step = "SELECT name FROM singer JOIN concert ON singer.singer_id = concert.singer_id WHERE year > 2000"
    assert classify(parse(step, schema=SCHEMA), [], gold) is PROGRESSIVE
    assert classify(parse(step), [], gold) is INVALID  # without the schema ``name`` stays unattributed
    unqualified = "SELECT name FROM singer JOIN concert ON singer.singer_id = concert.singer_id"
    assert parse(unqualified, schema=SCHEMA, normalize=_off("qualify_with_schema")) == parse(unqualified)


def test_schema_qualification_leaves_ambiguous_and_unknown_columns_alone_and_finds_correlated_ones():
    ambiguous = parse("SELECT singer_id FROM singer JOIN concert ON singer.singer_id = concert.singer_id", schema=SCHEMA)
    assert "q|operand:singer_id" in ambiguous.nodes
    assert "q|operand:nope" in parse("SELECT nope FROM singer JOIN concert ON 1 = 1", schema=SCHEMA).nodes
    correlated = "SELECT name FROM singer WHERE 2000 < (SELECT max(year) FROM concert WHERE year > age)"
    assert "q.1|operand:singer.age" in parse(correlated, schema=SCHEMA).nodes
    assert "q.1|operand:concert.age" in parse(correlated).nodes  # the single-table guess, without a schema


def test_comparison_direction_and_equality_operand_order():
    gold = parse("SELECT name FROM people WHERE age > 56 AND country = 'FR'")
    assert classify(parse("SELECT name FROM people WHERE 56 < age"), [], gold) is PROGRESSIVE
    assert parse("SELECT name FROM people WHERE 'FR' = country AND 56 < age") == gold
    assert parse("SELECT a FROM t WHERE 3 >= b") == parse("SELECT a FROM t WHERE b <= 3")
    assert parse("SELECT a FROM t WHERE 'x' != b") == parse("SELECT a FROM t WHERE b <> 'x'")
    assert parse("SELECT a FROM t WHERE 3 >= b") != parse("SELECT a FROM t WHERE b >= 3")
    assert parse("SELECT a FROM t WHERE 56 < b", normalize=_off("comparison_direction")) != parse(
        "SELECT a FROM t WHERE b > 56", normalize=_off("comparison_direction"))


def test_and_or_operand_order():
    gold = parse("SELECT name FROM people WHERE (age > 30 OR country = 'FR') AND height < 2")
    assert parse("SELECT name FROM people WHERE height < 2 AND (country = 'FR' OR 30 < age)") == gold
    assert classify(parse("SELECT name FROM people WHERE country = 'FR' OR age > 30"), [], gold) is PROGRESSIVE
    assert parse("SELECT a FROM t WHERE x = 1 OR y = 2", normalize=_off("commutative_order")) != parse(
        "SELECT a FROM t WHERE y = 2 OR x = 1", normalize=_off("commutative_order"))


def test_bad_input_with_a_schema_is_a_one_line_parse_error():
    with pytest.raises(SqlParseError, match="^syntax error"):
        parse("SELECT FROM WHERE", schema=SCHEMA)
    assert is_subtree(parse("SELECT name FROM singer", schema={}), parse("SELECT name FROM singer"))
