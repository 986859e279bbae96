"""parse(): node kinds, each normalisation switch, and SqlParseError for bad input."""

from __future__ import annotations

import dataclasses

import pytest

from learnat_core.errors import SqlParseError
from learnat_core.sql_ast import NodeKind, Normalization, parse
from learnat_core.sql_ast.parse import EMPTY, MULTIPLE, NOT_A_QUERY, SYNTAX, TOKENIZE, UNKNOWN_DIALECT


def _without(option: str) -> Normalization:
    return dataclasses.replace(Normalization(), **{option: False})


def _kinds(sql: str) -> dict[str, NodeKind]:
    return {node.label: node.kind for node in parse(sql).root.walk()}


def test_clause_operator_and_operand_kinds():
    kinds = _kinds(
        "SELECT DISTINCT T1.name, count(*) FROM singer AS T1 JOIN concert AS T2 ON T1.id = T2.sid "
        "WHERE T1.age BETWEEN 20 AND 30 AND T2.theme LIKE '%x%' AND T1.country IN ('a', 'b') AND T1.x IS NULL "
        "GROUP BY T1.name HAVING count(*) > 1 ORDER BY T1.name DESC LIMIT 3"
    )
    for clause in ("SELECT", "FROM", "JOIN", "WHERE", "GROUP BY", "HAVING", "ORDER BY", "LIMIT"):
        assert kinds[clause] is NodeKind.CLAUSE
    for operator in ("DISTINCT", "COUNT", "=", "BETWEEN", "LIKE", "IN", "IS", "DESC", ">"):
        assert kinds[operator] is NodeKind.OPERATOR
    for operand in ("singer.name", "singer", "concert", "*", "20", "'%x%'", "NULL", "3"):
        assert kinds[operand] is NodeKind.OPERAND


def test_set_operations_subqueries_case_and_cast_are_typed():
    kinds = _kinds(
        "SELECT CASE WHEN a > 1 THEN CAST(b AS REAL) ELSE -c END FROM t WHERE NOT a IN (SELECT a FROM u) "
        "UNION SELECT a + b * 2 FROM t EXCEPT SELECT a FROM v INTERSECT SELECT a FROM w"
    )
    for clause in ("UNION", "EXCEPT", "INTERSECT", "SUBQUERY"):
        assert kinds[clause] is NodeKind.CLAUSE
    for operator in ("CASE", "CAST", "NEG", "NOT", "+", "*"):
        assert kinds[operator] is NodeKind.OPERATOR
    assert kinds["REAL"] is NodeKind.OPERAND


def test_union_all_and_left_join_keep_their_meaning():
    assert _kinds("SELECT a FROM t UNION ALL SELECT a FROM u")["UNION ALL"] is NodeKind.CLAUSE
    assert "LEFT JOIN" in _kinds("SELECT t.a FROM t LEFT JOIN u ON t.a = u.a")
    assert parse("SELECT t.a FROM t INNER JOIN u ON t.a = u.a") == parse("SELECT t.a FROM t JOIN u ON t.a = u.a")


def test_table_aliases_resolve_to_table_names():
    aliased = parse("SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.id = T2.sid")
    assert aliased == parse("SELECT singer.name FROM singer JOIN concert ON singer.id = concert.sid")
    assert "q|operand:singer.name" in aliased.nodes
    sql = "SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.id = T2.sid"
    raw = parse(sql, normalize=_without("resolve_table_aliases"))
    assert "q|operand:t1.name" in raw.nodes


def test_self_join_keeps_the_two_occurrences_apart():
    tree = parse("SELECT T1.name FROM emp AS T1 JOIN emp AS T2 ON T1.boss = T2.id WHERE T2.name = 'Ann'")
    assert tree.sql == "SELECT emp.name FROM emp JOIN emp AS emp_2 ON emp.boss = emp_2.id WHERE emp_2.name = 'Ann'"
    assert tree == parse("SELECT a.name FROM emp a JOIN emp b ON a.boss = b.id WHERE b.name = 'Ann'")


def test_derived_tables_get_positional_names():
    tree = parse("SELECT T.c FROM (SELECT count(*) AS c FROM singer) AS T")
    assert tree.sql == "SELECT derived1.c FROM (SELECT COUNT(*) AS c FROM singer) AS derived1"
    assert tree == parse("SELECT q.c FROM (SELECT count(*) AS c FROM singer) q")


def test_single_table_columns_are_qualified_only_when_asked_and_unambiguous():
    assert parse("SELECT name FROM singer") == parse("SELECT T1.name FROM singer AS T1")
    assert "q|operand:name" in parse("SELECT name FROM singer", normalize=_without("qualify_single_table")).nodes
    assert "q|operand:name" in parse("SELECT name FROM singer JOIN concert ON singer.id = concert.sid").nodes


def test_identifier_case_and_quoting_fold():
    assert parse('SELECT "Name" FROM `Singer`') == parse("select name from singer")
    assert parse("SELECT Name FROM Singer", normalize=_without("fold_case")) != parse("SELECT name FROM singer")
    assert parse("SELECT a FROM t WHERE b = 'Bob'") != parse("SELECT a FROM t WHERE b = 'bob'")


def test_double_quoted_values_are_string_literals():
    single = parse("SELECT name FROM singer WHERE country = 'France' AND name LIKE '%a%' AND id IN ('x', 'y')")
    double = parse('SELECT name FROM singer WHERE country = "France" AND name LIKE "%a%" AND id IN ("x", "y")')
    assert double == single
    assert "q|operand:'France'" in double.nodes
    assert parse('SELECT name FROM singer WHERE country = `France`') != single  # backquotes name a column
    kept = parse('SELECT name FROM singer WHERE country = "France"', normalize=_without("string_literals"))
    assert "q|operand:singer.france" in kept.nodes


def test_column_aliases_dropped_and_their_references_expanded():
    tree = parse("SELECT name, count(*) AS cnt FROM singer GROUP BY name ORDER BY cnt DESC")
    assert tree == parse("SELECT name, count(*) FROM singer GROUP BY name ORDER BY count(*) DESC")
    sql = "SELECT name, count(*) AS cnt FROM singer GROUP BY name ORDER BY cnt DESC"
    kept = parse(sql, normalize=_without("drop_column_aliases"))
    assert {"q|operand:cnt", "q|operator:DESC(operand:cnt)"} <= kept.nodes


def test_aliases_visible_from_outside_are_kept():
    tree = parse("SELECT T.c FROM (SELECT count(*) AS c FROM singer) AS T")
    assert "AS c" in tree.sql


def test_commutative_operands_are_ordered():
    assert parse("SELECT a FROM t WHERE b = 2 AND (1 = a OR c > 3)") == parse("SELECT a FROM t WHERE (c > 3 OR a = 1) AND b=2")
    assert parse("SELECT a * (b + c) FROM t") == parse("SELECT (c + b) * a FROM t")
    assert parse("SELECT a - b FROM t") != parse("SELECT b - a FROM t")
    assert parse("SELECT a FROM t WHERE a < b") != parse("SELECT a FROM t WHERE b < a")
    written = _without("commutative_order")
    one, other = (parse(f"SELECT a FROM t WHERE {where}", normalize=written) for where in ("b = 2 AND a = 1", "a = 1 AND b = 2"))
    assert one != other


def test_disabled_normalization_keeps_the_query_as_written():
    tree = parse('SELECT T1.Name AS n FROM Singer AS T1 WHERE T1.x = "v"', normalize=Normalization.disabled())
    assert tree.sql == 'SELECT T1.Name AS n FROM Singer AS T1 WHERE T1.x = "v"'


def test_statement_level_parentheses_are_dropped():
    assert parse("(SELECT a FROM t)") == parse("SELECT a FROM t")


@pytest.mark.parametrize(
    ("sql", "reason", "position"),
    [
        ("", EMPTY, None),
        ("   \n", EMPTY, None),
        ("SELECT FROM WHERE", SYNTAX, 12),
        ("SELECT (a FROM t", SYNTAX, 10),
        ("SELECT a FROM t\nWHERE x = 1 )", SYNTAX, 28),
        ("SELECT 'abc", TOKENIZE, None),
        ("INSERT INTO t VALUES (1)", NOT_A_QUERY, 0),
        ("DROP TABLE t", NOT_A_QUERY, 0),
        ("hello world", NOT_A_QUERY, 0),
        ("garbage text here", SYNTAX, 13),
        ("SELECT a FROM t; SELECT b FROM t", MULTIPLE, None),
    ],
)
def test_bad_sql_raises_sql_parse_error_with_reason_and_position(sql, reason, position):
    with pytest.raises(SqlParseError) as caught:
        parse(sql)
    assert str(caught.value).startswith(f"{reason}: ")
    assert caught.value.position == position
    assert caught.value.sql == sql


def test_unknown_dialect_is_a_parse_error():
    with pytest.raises(SqlParseError, match=UNKNOWN_DIALECT):
        parse("SELECT 1", dialect="no-such-dialect")


def test_trailing_semicolon_is_fine():
    assert parse("SELECT a FROM t;") == parse("SELECT a FROM t")


def test_sqlglot_types_outside_the_kind_table_fall_back_to_operators_and_are_counted():
    tree = parse("SELECT a & 1, b | 2, count(*) FROM t")
    assert tree.fallback_types() == {"BitwiseAnd": 1, "BitwiseOr": 1}
    fallback = [node for node in tree.root.walk() if node.fallback]
    assert [(node.kind, node.label) for node in fallback] == [(NodeKind.OPERATOR, "BITWISEAND"), (NodeKind.OPERATOR, "BITWISEOR")]
    assert [child.label for child in fallback[0].children] == ["t.a", "1"]
