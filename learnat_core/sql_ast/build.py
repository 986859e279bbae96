"""Conversion of a sqlglot expression into the typed tree, driven entirely by the ``NODE_SPECS`` table."""

from __future__ import annotations

from sqlglot import exp

from learnat_core.sql_ast.node_kinds import NodeSpec, chain_operands, spec_for
from learnat_core.sql_ast.tree import AstNode


def build(expression: exp.Expression, *, commutative_order: bool = True) -> AstNode:
    """The typed tree of ``expression`` (a query): one node per non-transparent sqlglot node.

    With ``commutative_order``, children of commutative operators and the conditions of WHERE/HAVING/ON are
    sorted by their canonical rendering, so ``b = 2 AND a = 1`` and ``(1 = a) AND b = 2`` give one tree.

    >>> import sqlglot
    >>> [f"{n.kind.value}:{n.label}" for n in build(sqlglot.parse_one("SELECT a FROM t WHERE a > 1")).walk()]
    ['clause:SELECT', 'operand:a', 'clause:FROM', 'operand:t', 'clause:WHERE', 'operator:>', 'operand:a', 'operand:1']
    """
    (root,) = _build(expression, commutative_order)
    return root


def _build(expression: exp.Expression, order: bool) -> list[AstNode]:
    spec, fallback = spec_for(expression)
    children = [] if spec.leaf else _children(expression, spec, order)
    if spec.kind is None:
        return children
    return [AstNode(spec.kind, spec.label_of(expression), tuple(children), type(expression).__name__, fallback)]


def _children(expression: exp.Expression, spec: NodeSpec, order: bool) -> list[AstNode]:
    """Children in the order sqlglot declares the arguments (SELECT list, FROM, joins, WHERE, ...)."""
    children: list[AstNode] = []
    for key in expression.arg_types:
        value = expression.args.get(key)
        items = [item for item in (value if isinstance(value, list) else [value]) if isinstance(item, exp.Expression)]
        chain = type(expression) if spec.flatten else exp.And if key in spec.conjuncts else None
        if chain is not None:
            items = [operand for item in items for operand in chain_operands(item, chain)]
        built = [node for item in items for node in _build(item, order)]
        children.extend(sorted(built, key=_order_key) if order and key in spec.conjuncts else built)
    return sorted(children, key=_order_key) if order and spec.commutative else children


def _order_key(node: AstNode) -> str:
    return f"{node.kind.value}:{node.text}"
