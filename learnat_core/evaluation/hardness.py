"""Difficulty levels: Spider hardness computed from SQL text, BIRD difficulty taken from the data.

Spider hardness follows test-suite-sql-eval's ``Evaluator.eval_hardness`` over its parsed ``sql`` dict,
reimplemented over sqlglot. Only the outermost SELECT is counted (the left-most one of a set operation);
a set operation and subqueries used as condition values add to component 2 only. Quirks of the official
counting that we reproduce on purpose, because the literature's split (248/446/174/166 on dev) rests on them:

- the "aggregation" count reads the first field of each unit, so in WHERE it counts *negated* conditions
  (``NOT IN``, ``NOT LIKE``, ``NOT BETWEEN``) instead of aggregates, and in HAVING it counts every
  AND/OR connective plus every negated condition, while the aggregates inside HAVING are not counted;
- in SELECT only an aggregate that is the whole item counts (``max(a) - min(a)`` counts none); in
  ORDER BY each aggregate operand of a binary arithmetic item counts;
- FROM-clause subqueries count as joined tables, not as nested queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlglot import exp

from learnat_core.errors import SqlParseError
from learnat_core.evaluation.query_text import parse

if TYPE_CHECKING:
    from learnat_core.data import Example

SPIDER_LEVELS = ("easy", "medium", "hard", "extra")
BIRD_LEVELS = ("simple", "moderate", "challenging")
DATASET_LEVELS = {"spider": SPIDER_LEVELS, "bird": BIRD_LEVELS}
"""Each dataset's levels, in their canonical order."""

_SPIDER_AGGREGATES = (exp.Max, exp.Min, exp.Count, exp.Sum, exp.Avg)
_ARITHMETIC = (exp.Add, exp.Sub, exp.Mul, exp.Div)


@dataclass(frozen=True)
class HardnessCounts:
    """The three counts behind a Spider hardness level (names as in the official evaluator)."""

    component1: int
    component2: int
    others: int


def classify_hardness(counts: HardnessCounts) -> str:
    """Map the three counts to easy/medium/hard/extra with the official thresholds."""
    comp1, comp2, others = counts.component1, counts.component2, counts.others
    if comp1 <= 1 and others == 0 and comp2 == 0:
        return "easy"
    if (others <= 2 and comp1 <= 1 and comp2 == 0) or (comp1 <= 2 and others < 2 and comp2 == 0):
        return "medium"
    if (
        (others > 2 and comp1 <= 2 and comp2 == 0)
        or (2 < comp1 <= 3 and others <= 2 and comp2 == 0)
        or (comp1 <= 1 and others == 0 and comp2 <= 1)
    ):
        return "hard"
    return "extra"


def hardness_counts(sql: str) -> HardnessCounts:
    """Count Spider's hardness components of ``sql``; raises SqlParseError when sqlglot cannot parse it."""
    select, in_set_operation = _outer_select(parse(sql))
    if select is None:
        raise SqlParseError("hardness needs a SELECT query", sql=sql)
    joins = select.args.get("joins") or []
    where, having = _condition(select, "where"), _condition(select, "having")
    conditions = [join.args.get("on") for join in joins] + [where, having]
    predicates = [pred for cond in conditions for pred in _predicates(cond)]
    table_units = (1 + len(joins)) if select.args.get("from_") else 0

    component1 = sum(bool(select.args.get(key)) for key in ("where", "group", "order", "limit"))
    component1 += max(table_units - 1, 0)
    component1 += sum(_connectives(cond).count(exp.Or) for cond in conditions)
    component1 += sum(isinstance(_positive(pred), exp.Like) for pred in predicates)

    component2 = sum(_count_subqueries(pred) for pred in predicates) + int(in_set_operation)

    group = select.args["group"].expressions if select.args.get("group") else []
    aggregations = (
        sum(_is_aggregate(item.unalias()) for item in select.expressions)
        + sum(_is_negated(pred) for pred in _predicates(where))
        + sum(_is_aggregate(item) for item in group)
        + sum(_order_aggregates(ordered.this) for ordered in _order_items(select))
        + len(_connectives(having))
        + sum(_is_negated(pred) for pred in _predicates(having))
    )
    others = (
        int(aggregations > 1)
        + int(len(select.expressions) > 1)
        + int(len(_predicates(where)) > 1)
        + int(len(group) > 1)
    )
    return HardnessCounts(component1, component2, others)


@lru_cache(maxsize=4096)
def spider_hardness(sql: str) -> str:
    """Spider hardness level (easy/medium/hard/extra) of a gold query, as the official evaluator buckets it."""
    return classify_hardness(hardness_counts(sql))


def example_level(example: Example) -> str | None:
    """The reporting level of a question: Spider hardness of its gold SQL, or BIRD's own difficulty label."""
    if example.dataset == "bird":
        return example.difficulty
    try:
        return spider_hardness(example.gold_sql)
    except SqlParseError:
        return None


def _outer_select(tree: exp.Expression) -> tuple[exp.Select | None, bool]:
    node, in_set_operation = tree, False
    while isinstance(node, (exp.SetOperation, exp.Subquery)):
        in_set_operation = in_set_operation or isinstance(node, exp.SetOperation)
        node = node.this
    return (node if isinstance(node, exp.Select) else None), in_set_operation


def _condition(select: exp.Select, key: str) -> exp.Expression | None:
    clause = select.args.get(key)
    return clause.this if clause else None


def _predicates(condition: exp.Expression | None) -> list[exp.Expression]:
    if condition is None:
        return []
    if isinstance(condition, exp.Paren):
        return _predicates(condition.this)
    if isinstance(condition, exp.Connector):
        return _predicates(condition.left) + _predicates(condition.right)
    return [condition]


def _connectives(condition: exp.Expression | None) -> list[type]:
    if isinstance(condition, exp.Paren):
        return _connectives(condition.this)
    if isinstance(condition, exp.Connector):
        return [type(condition)] + _connectives(condition.left) + _connectives(condition.right)
    return []


def _is_negated(predicate: exp.Expression) -> bool:
    return isinstance(predicate, exp.Not) or bool(predicate.args.get("negate"))


def _positive(predicate: exp.Expression) -> exp.Expression:
    return predicate.this if isinstance(predicate, exp.Not) else predicate


def _count_subqueries(node: exp.Expression) -> int:
    if isinstance(node, (exp.Subquery, exp.Query)):
        return 1
    return sum(_count_subqueries(child) for child in node.iter_expressions())


def _is_aggregate(node: exp.Expression) -> bool:
    return isinstance(node.unnest(), _SPIDER_AGGREGATES)


def _order_items(select: exp.Select) -> list[exp.Ordered]:
    order = select.args.get("order")
    return list(order.expressions) if order else []


def _order_aggregates(item: exp.Expression) -> int:
    item = item.unnest()
    if isinstance(item, _ARITHMETIC):
        return int(_is_aggregate(item.left)) + int(_is_aggregate(item.right))
    return int(_is_aggregate(item))
