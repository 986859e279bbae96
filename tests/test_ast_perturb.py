"""perturbations(): deterministic, re-parsable variants, one per rule and target."""

from __future__ import annotations

import pytest

from learnat_core.errors import SqlParseError
from learnat_core.sql_ast import parse, perturbations
from learnat_core.sql_ast.perturb import RULES

GOLD = (
    "SELECT DISTINCT T1.name, max(T1.age) FROM singer AS T1 JOIN concert AS T2 ON T1.id = T2.sid "
    "JOIN stadium AS T3 ON T3.id = T2.stid WHERE T1.age > 30 AND T2.theme = 'Rock' "
    "GROUP BY T1.name ORDER BY T1.name DESC LIMIT 3"
)


def test_every_rule_fires_on_a_query_that_has_its_target():
    assert {p.kind for p in perturbations(GOLD)} == {rule.kind for rule in RULES}


def test_variants_parse_and_differ_from_gold_and_from_each_other():
    variants = perturbations(GOLD)
    gold = parse(GOLD)
    trees = [parse(p.sql) for p in variants]
    assert all(tree != gold for tree in trees)
    assert len({p.sql for p in variants}) == len(variants)


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("flip_comparison", "SELECT a FROM t WHERE a < 1 ORDER BY a DESC LIMIT 2"),
        ("change_literal", "SELECT a FROM t WHERE a > 2 ORDER BY a DESC LIMIT 2"),
        ("swap_direction", "SELECT a FROM t WHERE a > 1 ORDER BY a ASC LIMIT 2"),
        ("drop_order_by", "SELECT a FROM t WHERE a > 1 LIMIT 2"),
        ("drop_limit", "SELECT a FROM t WHERE a > 1 ORDER BY a DESC"),
        ("drop_where", "SELECT a FROM t ORDER BY a DESC LIMIT 2"),
    ],
)
def test_each_rule_makes_the_documented_edit(kind, expected):
    variants = {p.sql for p in perturbations("SELECT a FROM t WHERE a > 1 ORDER BY a DESC LIMIT 2") if p.kind == kind}
    assert expected in variants


def test_aggregate_and_condition_edits():
    sql = "SELECT max(a) FROM t WHERE b = 'x' AND c > 1"
    found = {(p.kind, p.sql) for p in perturbations(sql)}
    assert ("change_aggregate", "SELECT MIN(a) FROM t WHERE b = 'x' AND c > 1") in found
    assert ("drop_condition", "SELECT MAX(a) FROM t WHERE c > 1") in found
    assert ("change_literal", "SELECT MAX(a) FROM t WHERE b = 'xx' AND c > 1") in found


def test_a_join_still_referenced_elsewhere_is_not_dropped():
    sql = "SELECT T2.x FROM a AS T1 JOIN b AS T2 ON T1.id = T2.id"
    assert not [p for p in perturbations(sql) if p.kind == "drop_join"]


def test_sampling_is_deterministic_per_seed_and_keeps_rule_order():
    everything = perturbations(GOLD)
    first, again, other = (perturbations(GOLD, n=4, seed=seed) for seed in (1, 1, 2))
    assert first == again and first != other
    assert len(first) == 4 and all(p in everything for p in first)
    assert [everything.index(p) for p in first] == sorted(everything.index(p) for p in first)
    assert perturbations(GOLD, n=1000) == everything


def test_unparseable_gold_is_a_parse_error():
    with pytest.raises(SqlParseError):
        perturbations("SELECT FROM WHERE")
