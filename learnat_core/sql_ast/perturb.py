"""Deterministic, syntactically valid perturbations of a gold query, for similarity-vs-execution experiments.

Each rule in ``RULES`` picks target nodes of the sqlglot expression and edits one of them in a copy, so a
query yields one variant per (rule, target); duplicates and no-op edits are dropped. ``EQUIVALENT_RULES``
are rewrites that keep the meaning (new table aliases, swapped conjuncts or ``=`` sides, identifier case):
their text changes while the normalised AST and the result do not, which is what separates AST from
string similarity.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlglot import exp

from learnat_core.sql_ast.parse import parse_expression

_FLIPPED = {exp.EQ: exp.NEQ, exp.NEQ: exp.EQ, exp.GT: exp.LT, exp.LT: exp.GT, exp.GTE: exp.LTE, exp.LTE: exp.GTE}
_SWAPPED_AGGREGATE = {exp.Max: exp.Min, exp.Min: exp.Max, exp.Avg: exp.Sum, exp.Sum: exp.Avg}


@dataclass(frozen=True)
class Perturbed:
    """One perturbed query and the rule that made it."""

    sql: str
    kind: str


@dataclass(frozen=True)
class _Rule:
    kind: str
    targets: Callable[[exp.Expression], bool]
    edit: Callable[[exp.Expression], None]


def _is_conjunct(node: exp.Expression) -> bool:
    return isinstance(node.parent, exp.And) and node.arg_key in ("this", "expression")


def _drop_conjunct(node: exp.Expression) -> None:
    conjunction = node.parent
    keep = conjunction.expression if node.arg_key == "this" else conjunction.this
    conjunction.replace(keep)


def _flip(node: exp.Expression) -> None:
    node.replace(_FLIPPED[type(node)](this=node.this, expression=node.expression))


def _change_literal(node: exp.Expression) -> None:
    if node.is_string:
        node.replace(exp.Literal.string(node.this + "x"))
    else:
        number = float(node.this)
        node.replace(exp.Literal.number(int(number) + 1 if number.is_integer() else number * 2))


def _swap_direction(node: exp.Expression) -> None:
    # Reverse the whole order, NULL placement included, so no explicit NULLS FIRST/LAST appears.
    node.set("desc", not node.args.get("desc"))
    node.set("nulls_first", not node.args.get("nulls_first"))


def _swap_aggregate(node: exp.Expression) -> None:
    node.replace(_SWAPPED_AGGREGATE[type(node)](this=node.this))


def _unreferenced_join(node: exp.Expression) -> bool:
    """A join whose table no column outside its own ON condition refers to, so dropping it stays well-formed."""
    if not isinstance(node, exp.Join) or not isinstance(node.parent, exp.Select):
        return False
    name = node.this.alias_or_name.lower()
    on = node.args.get("on")
    outside = (column for column in node.parent.find_all(exp.Column) if on is None or not _has_ancestor(column, on))
    return all(column.table.lower() != name for column in outside)


def _has_ancestor(node: exp.Expression, ancestor: exp.Expression) -> bool:
    while node.parent is not None:
        node = node.parent
        if node is ancestor:
            return True
    return False


def _is_one_of_several_select_items(node: exp.Expression) -> bool:
    return isinstance(node.parent, exp.Select) and node.arg_key == "expressions" and len(node.parent.expressions) > 1


def _pop(node: exp.Expression) -> None:
    node.pop()


RULES: tuple[_Rule, ...] = (
    _Rule("drop_condition", _is_conjunct, _drop_conjunct),
    _Rule("drop_where", lambda node: isinstance(node, exp.Where), _pop),
    _Rule("flip_comparison", lambda node: type(node) in _FLIPPED, _flip),
    _Rule("change_literal", lambda node: isinstance(node, exp.Literal), _change_literal),
    _Rule("swap_direction", lambda node: isinstance(node, exp.Ordered), _swap_direction),
    _Rule("drop_order_by", lambda node: isinstance(node, exp.Order), _pop),
    _Rule("drop_limit", lambda node: isinstance(node, exp.Limit), _pop),
    _Rule("change_aggregate", lambda node: type(node) in _SWAPPED_AGGREGATE, _swap_aggregate),
    _Rule("drop_join", _unreferenced_join, _pop),
    _Rule("drop_distinct", lambda node: isinstance(node, exp.Distinct) and isinstance(node.parent, exp.Select), _pop),
    _Rule("drop_select_item", _is_one_of_several_select_items, _pop),
)
"""The perturbation rules, in the order their variants are listed."""


def _unaliased_table(node: exp.Expression) -> bool:
    return isinstance(node, exp.Table) and not node.alias and node.find_ancestor(exp.Select) is not None


def _alias_table(table: exp.Table) -> None:
    """Give ``table`` a fresh alias and requalify the columns of its own SELECT that named the table."""
    select = table.find_ancestor(exp.Select)
    alias = f"A{sum(1 for _ in select.find_all(exp.Table))}"
    for column in select.find_all(exp.Column):
        if column.table.lower() == table.name.lower() and column.find_ancestor(exp.Select) is select:
            column.set("table", exp.to_identifier(alias))
    table.set("alias", exp.TableAlias(this=exp.to_identifier(alias)))


def _swap_operands(node: exp.Expression) -> None:
    left, right = node.this, node.expression
    node.set("this", right)
    node.set("expression", left)


def _plain_equality(node: exp.Expression) -> bool:
    """An ``=`` with no double-quoted bare name on either side (Spider's "x" literals only read as values on
    the right), so swapping its sides keeps both the meaning and the normalised tree."""
    return isinstance(node, exp.EQ) and not any(
        isinstance(side, exp.Column) and not side.table and side.this.quoted for side in (node.this, node.expression))


def _upper_identifiers(root: exp.Expression) -> None:
    # Quoted identifiers are left alone: in Spider a double-quoted "name" is often a string literal.
    for identifier in root.find_all(exp.Identifier):
        if not identifier.quoted:
            identifier.set("this", identifier.this.upper())


EQUIVALENT_RULES: tuple[_Rule, ...] = (
    _Rule("alias_table", _unaliased_table, _alias_table),
    _Rule("swap_conjuncts", lambda node: isinstance(node, exp.And), _swap_operands),
    _Rule("swap_equality_sides", _plain_equality, _swap_operands),
    _Rule("upper_identifiers", lambda node: node.parent is None, _upper_identifiers),
)
"""Meaning-preserving rewrites, in the order their variants are listed."""


def perturbations(sql: str, *, seed: int = 0, n: int | None = None, dialect: str = "sqlite",
                  rules: tuple[_Rule, ...] = RULES) -> list[Perturbed]:
    """Variants of ``sql`` under ``rules`` (the perturbations by default, or ``EQUIVALENT_RULES``): all of
    them in rule order, or ``n`` of them drawn with ``seed``.

    >>> [p.kind for p in perturbations("SELECT name FROM singer WHERE age > 30 ORDER BY age DESC")][:3]
    ['drop_where', 'flip_comparison', 'change_literal']
    >>> [p.sql for p in perturbations("SELECT name FROM singer", rules=EQUIVALENT_RULES)]
    ['SELECT name FROM singer AS A1', 'SELECT NAME FROM SINGER']
    """
    expression = parse_expression(sql, dialect)
    seen = {expression.sql(dialect=dialect)}
    variants = []
    for rule in rules:
        for variant in _variants(expression, rule):
            text = variant.sql(dialect=dialect)
            if text not in seen:
                seen.add(text)
                variants.append(Perturbed(text, rule.kind))
    if n is None or n >= len(variants):
        return variants
    return [variants[index] for index in sorted(random.Random(seed).sample(range(len(variants)), n))]


def _variants(expression: exp.Expression, rule: _Rule) -> Iterator[exp.Expression]:
    """One edited copy of ``expression`` per node the rule targets (nodes matched by pre-order position)."""
    targets = [index for index, node in enumerate(expression.walk(bfs=False)) if rule.targets(node)]
    for index in targets:
        copy = expression.copy()
        rule.edit(list(copy.walk(bfs=False))[index])
        yield copy
