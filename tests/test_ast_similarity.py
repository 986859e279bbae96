"""similarity (paper / released / string), the two edit distances, and margins."""

from __future__ import annotations

import math

import pytest

from learnat_core.errors import ConfigError
from learnat_core.sql_ast import (
    AccumulatedAst,
    accumulate,
    margin,
    parse,
    released_edit_distance,
    similarity,
    tree_edit_distance,
)

GOLD = parse("SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer)")
AVERAGE = parse("SELECT avg(age) FROM singer")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("SELECT a FROM t WHERE a > 1", "SELECT a FROM t WHERE a < 1"),
        ("SELECT a FROM t", "SELECT a, b FROM t WHERE c = 1 ORDER BY a"),
        (AVERAGE.sql, GOLD.sql),
        ("SELECT count(*) FROM t GROUP BY a", "SELECT a FROM t UNION SELECT b FROM u"),
    ],
)
def test_tree_edit_distance_agrees_with_zhang_shasha(left, right):
    a, b = parse(left), parse(right)
    assert tree_edit_distance(a.root, b.root) == tree_edit_distance(a.root, b.root, algorithm="zss")


def test_unknown_tree_edit_distance_algorithm_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown tree edit distance algorithm"):
        tree_edit_distance(GOLD.root, GOLD.root, algorithm="hand-rolled")


def test_tree_edit_distance_counts_one_relabel_and_one_deletion():
    base = parse("SELECT a FROM t WHERE a > 1")
    assert tree_edit_distance(base.root, parse("SELECT a FROM t WHERE a < 1").root) == 1
    assert tree_edit_distance(base.root, parse("SELECT a FROM t WHERE a > 1 LIMIT 5").root) == 2


def test_released_edit_distance_aligns_children_by_index():
    # Same roots: |3 - 4| children, plus 1 for ORDER BY aligned with WHERE at index 2 (roots differ, the
    # subtree is not looked into); the real distance inserts the four nodes of WHERE t.a = 1.
    a = parse("SELECT a FROM t ORDER BY a")
    b = parse("SELECT a FROM t WHERE a = 1 ORDER BY a")
    assert released_edit_distance(a.root, b.root) == 1 + 1
    assert tree_edit_distance(a.root, b.root) == 4
    assert released_edit_distance(parse("SELECT a FROM t").root, parse("SELECT a FROM t UNION SELECT a FROM t").root) == 1


def test_paper_similarity_matches_its_definition():
    a, b = parse("SELECT a FROM t WHERE a > 1"), parse("SELECT a FROM t WHERE a < 1")
    node_sim = 6 / 8  # 7 labels each, 6 shared
    struct_sim = 1 - 1 / 8  # one relabel in trees of 8 nodes
    assert similarity(a, b) == pytest.approx(0.7 * node_sim + 0.3 * struct_sim)
    assert similarity(a, b, alpha=1.0) == pytest.approx(node_sim)
    assert similarity(a, b, alpha=0.0) == pytest.approx(struct_sim)


def test_released_similarity_uses_the_size_ratio():
    expected = 0.7 * len(AVERAGE) / len(GOLD) + 0.3 * (1 - released_edit_distance(AVERAGE.root, GOLD.root) / len(GOLD))
    assert similarity(AVERAGE, GOLD, method="released") == pytest.approx(expected)
    assert similarity(GOLD, AVERAGE, method="released") <= 1.0  # the code's ratio would exceed 1 here


def test_string_similarity_sees_text_not_structure():
    # One character apart, a different comparison in the tree.
    a, b = parse("SELECT name FROM singer WHERE age > 30"), parse("SELECT name FROM singer WHERE age < 30")
    assert similarity(a, b, method="string") > 0.95
    assert similarity(a, b, method="paper") < 0.85
    # Reordered conditions: the same tree, different text.
    c = parse("SELECT name FROM singer WHERE age > 30 AND country = 'France'")
    d = parse("SELECT name FROM singer WHERE country = 'France' AND age > 30")
    assert similarity(c, d) == 1.0
    assert similarity(c, d, method="string") < 1.0


def test_identical_trees_score_one_with_every_method():
    for method in ("paper", "released", "string"):
        assert similarity(GOLD, parse(GOLD.sql), method=method) == pytest.approx(1.0)


def test_accumulated_ast_is_scored_by_sets_and_covered_gold():
    accumulated = accumulate([AVERAGE], GOLD)
    node_sim = len(AVERAGE.nodes) / len(GOLD.nodes)  # a subtree: Jaccard is the covered fraction
    covered = 4  # the inner query's AVG age FROM singer, below its root SELECT (see test_ast_relations)
    assert similarity(accumulated, GOLD) == pytest.approx(0.7 * node_sim + 0.3 * covered / len(GOLD))
    assert similarity(accumulate([AVERAGE, GOLD], GOLD), GOLD) == 1.0
    assert similarity(AccumulatedAst(), GOLD) == 0.0


def test_accumulated_ast_grows_its_reward_with_progressive_steps():
    gold = parse("SELECT name FROM singer WHERE age > 30 AND country = 'France' ORDER BY age")
    steps = [
        parse("SELECT name FROM singer"),
        parse("SELECT name FROM singer WHERE age > 30"),
        parse("SELECT name FROM singer WHERE age > 30 AND country = 'France'"),
        gold,
    ]
    rewards = [similarity(accumulate(steps[: i + 1], gold), gold) for i in range(len(steps))]
    assert rewards == sorted(rewards) and len(set(rewards)) == len(rewards)
    assert rewards[-1] == 1.0


def test_released_and_string_score_an_accumulation_by_its_last_step():
    accumulated = accumulate([GOLD, AVERAGE], GOLD)
    for method in ("released", "string"):
        assert similarity(accumulated, GOLD, method=method) == similarity(AVERAGE, GOLD, method=method)
        assert similarity(AccumulatedAst(), GOLD, method=method) == 0.0


def test_bad_similarity_arguments_raise_config_error():
    with pytest.raises(ConfigError, match="unknown similarity method"):
        similarity(GOLD, GOLD, method="cosine")
    with pytest.raises(ConfigError, match="alpha"):
        similarity(GOLD, GOLD, alpha=1.5)
    with pytest.raises(ConfigError, match="reference"):
        similarity(GOLD, accumulate([GOLD], GOLD))


def test_margin_paper_is_the_raw_difference():
    result = margin(0.9, 0.4)
    assert result.valid and result.value == pytest.approx(0.5)


def test_margin_released_is_alpha_log_difference():
    result = margin(0.9, 0.4, variant="released", alpha=2.0)
    assert result.valid and result.value == pytest.approx(2.0 * math.log(0.5))


@pytest.mark.parametrize("variant", ["paper", "released"])
@pytest.mark.parametrize(("winner", "loser"), [(0.4, 0.4), (0.3, 0.4), (float("nan"), 0.1)])
def test_non_positive_or_nan_difference_is_invalid_with_a_reason(variant, winner, loser):
    result = margin(winner, loser, variant=variant)
    assert not result.valid
    assert result.value is None
    assert result.reason


def test_unknown_margin_variant_is_a_config_error():
    with pytest.raises(ConfigError):
        margin(1.0, 0.0, variant="ratio")
