"""The paper's three node kinds (clause, operator, operand) as a declarative table over sqlglot classes.

Every sqlglot expression class in the Spider/BIRD gold SQL is covered by ``NODE_SPECS``: a class not listed
is looked up through its base classes (so every ``exp.Func`` is a function operator), and a class matching
nothing falls back to ``DEFAULT_SPEC`` (an operator) and is flagged so coverage can be counted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cache

from sqlglot import exp


class NodeKind(str, Enum):
    """The paper's node typology: clauses structure a query, operators combine operands."""

    CLAUSE = "clause"
    OPERATOR = "operator"
    OPERAND = "operand"


Labeller = Callable[[exp.Expression], str]


@dataclass(frozen=True)
class NodeSpec:
    """How one sqlglot class becomes a tree node.

    ``kind`` None makes the node transparent (its children are hoisted into the parent); ``label`` is fixed
    text or a function of the expression; ``leaf`` stops the descent (operands are atomic); ``flatten``
    merges nested chains of the same class (AND/OR become n-ary); ``commutative`` lets the children be put in
    canonical order; ``conjuncts`` names the arguments whose top-level AND chain is spread into separate,
    orderable children (WHERE, HAVING and JOIN ... ON hold sets of conditions); ``mirrored`` marks a
    comparison and is its label with the two operands swapped (``>`` for ``<``, ``=`` for ``=``); ``query``
    marks the classes that open a query scope (SELECT, set operations, a parenthesised subquery).
    """

    kind: NodeKind | None
    label: str | Labeller = ""
    leaf: bool = False
    flatten: bool = False
    commutative: bool = False
    conjuncts: tuple[str, ...] = ()
    mirrored: str = ""
    query: bool = False

    def label_of(self, expression: exp.Expression) -> str:
        """The node's own label for ``expression``."""
        return self.label if isinstance(self.label, str) else self.label(expression)


def _sql_text(expression: exp.Expression) -> str:
    return expression.sql(dialect="sqlite")


def _function_name(expression: exp.Expression) -> str:
    name = expression.name if isinstance(expression, exp.Anonymous) else expression.sql_name()
    return name.upper()


def _join_label(join: exp.Expression) -> str:
    # INNER, CROSS and a bare comma join are the same operation (an inner join, with or without ON).
    side = join.args.get("side") or ""
    return f"{side.upper()} JOIN".strip()


def _set_operation_label(operation: exp.Expression) -> str:
    name = operation.key.upper()
    return name if operation.args.get("distinct", True) else f"{name} ALL"


def _direction(ordered: exp.Expression) -> str:
    return "DESC" if ordered.args.get("desc") else "ASC"


def _clause(label: str | Labeller, *conjuncts: str, query: bool = False) -> NodeSpec:
    return NodeSpec(NodeKind.CLAUSE, label, conjuncts=conjuncts, query=query)


def _operator(label: str | Labeller, *, commutative: bool = False, flatten: bool = False, mirrored: str = "") -> NodeSpec:
    return NodeSpec(NodeKind.OPERATOR, label, flatten=flatten, commutative=commutative, mirrored=mirrored)


_OPERAND = NodeSpec(NodeKind.OPERAND, _sql_text, leaf=True)
_TRANSPARENT = NodeSpec(None)

NODE_SPECS: dict[type[exp.Expression], NodeSpec] = {
    # clauses
    exp.Select: _clause("SELECT", query=True),
    exp.From: _clause("FROM"),
    exp.Join: _clause(_join_label, "on"),
    exp.Where: _clause("WHERE", "this"),
    exp.Group: _clause("GROUP BY"),
    exp.Having: _clause("HAVING", "this"),
    exp.Order: _clause("ORDER BY"),
    exp.Limit: _clause("LIMIT"),
    exp.Offset: _clause("OFFSET"),
    exp.Union: _clause(_set_operation_label, query=True),
    exp.Intersect: _clause(_set_operation_label, query=True),
    exp.Except: _clause(_set_operation_label, query=True),
    exp.Subquery: _clause("SUBQUERY", query=True),
    exp.With: _clause("WITH"),
    exp.CTE: _clause("CTE"),
    # operators
    exp.EQ: _operator("=", mirrored="="),
    exp.NEQ: _operator("<>", mirrored="<>"),
    exp.GT: _operator(">", mirrored="<"),
    exp.GTE: _operator(">=", mirrored="<="),
    exp.LT: _operator("<", mirrored=">"),
    exp.LTE: _operator("<=", mirrored=">="),
    exp.NullSafeEQ: _operator("IS"),
    exp.NullSafeNEQ: _operator("IS NOT"),
    exp.Is: _operator("IS"),
    exp.And: _operator("AND", commutative=True, flatten=True),
    exp.Or: _operator("OR", commutative=True, flatten=True),
    exp.Not: _operator("NOT"),
    exp.Add: _operator("+", commutative=True),
    exp.Sub: _operator("-"),
    exp.Mul: _operator("*", commutative=True),
    exp.Div: _operator("/"),
    exp.Mod: _operator("%"),
    exp.Neg: _operator("NEG"),
    exp.DPipe: _operator("||"),
    exp.Like: _operator("LIKE"),
    exp.ILike: _operator("ILIKE"),
    exp.Glob: _operator("GLOB"),
    exp.Escape: _operator("ESCAPE"),
    exp.In: _operator("IN"),
    exp.Between: _operator("BETWEEN"),
    exp.Exists: _operator("EXISTS"),
    exp.Case: _operator("CASE"),
    exp.If: _operator("IF"),
    exp.Cast: _operator("CAST"),
    exp.Distinct: _operator("DISTINCT"),
    exp.Ordered: _operator(_direction),
    exp.Window: _operator("OVER"),
    exp.Alias: _operator("AS"),
    exp.Collate: _operator("COLLATE"),
    exp.Func: _operator(_function_name),
    # operands
    exp.Column: _OPERAND,
    exp.Table: _OPERAND,
    exp.Literal: _OPERAND,
    exp.Star: _OPERAND,
    exp.Null: _OPERAND,
    exp.Boolean: _OPERAND,
    exp.DataType: _OPERAND,
    exp.Identifier: _OPERAND,
    exp.Var: _OPERAND,
    exp.Placeholder: _OPERAND,
    exp.Parameter: _OPERAND,
    # plumbing: parentheses and table aliases carry no meaning of their own
    exp.Paren: _TRANSPARENT,
    exp.TableAlias: _TRANSPARENT,
}

DEFAULT_SPEC = NodeSpec(NodeKind.OPERATOR, lambda expression: expression.key.upper())
"""Spec for sqlglot classes matched by nothing in ``NODE_SPECS``: an operator named after the class."""


def chain_operands(expression: exp.Expression, connector: type[exp.Expression]) -> Iterator[exp.Expression]:
    """Operands of a chain of ``connector`` (e.g. ``exp.And``), looking through parentheses and nesting.

    >>> import sqlglot
    >>> [e.sql() for e in chain_operands(sqlglot.parse_one("a = 1 AND (b = 2 AND (c = 3))"), exp.And)]
    ['a = 1', 'b = 2', 'c = 3']
    """
    expression = expression.unnest()
    if isinstance(expression, connector):
        yield from chain_operands(expression.this, connector)
        yield from chain_operands(expression.expression, connector)
    else:
        yield expression


def spec_for(expression: exp.Expression) -> tuple[NodeSpec, bool]:
    """The spec of ``expression``'s nearest listed class, and whether it fell back to ``DEFAULT_SPEC``.

    >>> spec_for(exp.Count(this=exp.Star()))[0].label_of(exp.Count(this=exp.Star()))
    'COUNT'
    """
    return _spec_for_class(type(expression))


@cache
def _spec_for_class(cls: type[exp.Expression]) -> tuple[NodeSpec, bool]:
    for base in cls.__mro__:
        spec = NODE_SPECS.get(base)
        if spec is not None:
            return spec, False
    return DEFAULT_SPEC, True
