"""Conversion of a sqlglot expression into the typed tree, driven by the ``NODE_SPECS`` table and the tree-level
switches of ``Normalization`` (commutative order, inner-join sets, comparison direction)."""

from __future__ import annotations

from sqlglot import exp

from learnat_core.sql_ast.node_kinds import NodeSpec, chain_operands, spec_for
from learnat_core.sql_ast.normalization import Normalization
from learnat_core.sql_ast.tree import AstNode

_INNER_JOIN_KINDS = ("", "INNER", "CROSS")


def build(expression: exp.Expression, options: Normalization = Normalization()) -> AstNode:
    """The typed tree of ``expression`` (a query): one node per non-transparent sqlglot node.

    ``options`` chooses the tree-level rewrites (see ``Normalization``): ``commutative_order`` and
    ``comparison_direction`` (``b = 2 AND a = 1`` and ``(1 = a) AND b = 2`` give one tree) and
    ``inner_join_order``. Nodes opening a query scope get their ``scope`` role.

    >>> import sqlglot
    >>> [f"{n.kind.value}:{n.label}" for n in build(sqlglot.parse_one("SELECT a FROM t WHERE a > 1")).walk()]
    ['clause:SELECT', 'operand:a', 'clause:FROM', 'operand:t', 'clause:WHERE', 'operator:>', 'operand:a', 'operand:1']
    """
    (root,) = _build(expression, options)
    return root


def _build(expression: exp.Expression, options: Normalization) -> list[AstNode]:
    spec, fallback = spec_for(expression)
    children = [] if spec.leaf else _children(expression, spec, options)
    if spec.kind is None:
        return children
    label = spec.label_of(expression)
    if spec.mirrored and options.comparison_direction and len(children) == 2 and _out_of_orientation(*children):
        children, label = children[::-1], spec.mirrored
    node = AstNode(spec.kind, label, tuple(children), type(expression).__name__, fallback, _scope_role(expression, spec))
    return [node]


def _out_of_orientation(left: AstNode, right: AstNode) -> bool:
    """Whether a comparison must be mirrored to put the operand with the larger canonical rendering on the
    left (``t.a > 1``, not ``1 < t.a``)."""
    return _order_key(left) < _order_key(right)


def _scope_role(expression: exp.Expression, spec: NodeSpec) -> str | None:
    """None unless ``expression`` opens a query scope; then its role: EXCEPT's ``left``/``right`` side, else ``""``
    (a numbered scope)."""
    if not spec.query or isinstance(expression.parent, exp.Subquery):  # a wrapped query shares its wrapper's scope
        return None
    if isinstance(expression.parent, exp.Except):
        return "left" if expression.arg_key == "this" else "right"
    return ""


def _children(expression: exp.Expression, spec: NodeSpec, options: Normalization) -> list[AstNode]:
    """Children in the order sqlglot declares the arguments (SELECT list, FROM, joins, WHERE, ...)."""
    order = options.commutative_order
    join_sets = options.inner_join_order and isinstance(expression, exp.Select) and expression.args.get("from_")
    children: list[AstNode] = []
    for key in expression.arg_types:
        if join_sets and key in ("from_", "joins"):
            children.extend(_from_and_joins(expression, options) if key == "from_" else ())
            continue
        value = expression.args.get(key)
        items = [item for item in (value if isinstance(value, list) else [value]) if isinstance(item, exp.Expression)]
        chain = type(expression) if spec.flatten else exp.And if key in spec.conjuncts else None
        if chain is not None:
            items = [operand for item in items for operand in chain_operands(item, chain)]
        built = [node for item in items for node in _build(item, options)]
        children.extend(sorted(built, key=_order_key) if order and key in spec.conjuncts else built)
    return sorted(children, key=_order_key) if order and spec.commutative else children


def _from_and_joins(select: exp.Select, options: Normalization) -> list[AstNode]:
    """FROM and joins with the leading inner-join chain as sets: one FROM of all its tables and one JOIN of all
    its ON conditions (both sorted); the joins from the first outer, NATURAL or USING join on keep their order."""
    from_, joins = select.args["from_"], select.args.get("joins") or []
    run = next((index for index, join in enumerate(joins) if not _is_inner(join)), len(joins))
    tables = [node for source in (from_.this, *(join.this for join in joins[:run])) for node in _build(source, options)]
    conditions = [
        node
        for join in joins[:run] if join.args.get("on") is not None
        for operand in chain_operands(join.args["on"], exp.And)
        for node in _build(operand, options)
    ]
    nodes = [_clause_node(from_, tables)]
    if conditions:
        nodes.append(_clause_node(joins[0], conditions))
    return nodes + [node for join in joins[run:] for node in _build(join, options)]


def _is_inner(join: exp.Join) -> bool:
    """Whether ``join`` is a plain, INNER, CROSS or comma join (no side, NATURAL or USING)."""
    plain = not join.args.get("side") and not join.args.get("method") and not join.args.get("using")
    return plain and (join.args.get("kind") or "").upper() in _INNER_JOIN_KINDS


def _clause_node(expression: exp.Expression, children: list[AstNode]) -> AstNode:
    """The clause node of ``expression`` with ``children`` as a set (in canonical order)."""
    spec, _ = spec_for(expression)
    return AstNode(spec.kind, spec.label_of(expression), tuple(sorted(children, key=_order_key)), type(expression).__name__)


def _order_key(node: AstNode) -> str:
    return f"{node.kind.value}:{node.text}"
