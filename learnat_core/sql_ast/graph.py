"""The AST as the paper's graph ``AT = (N, E)``: a set of labelled nodes and a set of labelled edges.

Label design: **clauses are containers, expressions are atoms, and every label names its query scope.**

* A clause node (SELECT, FROM, JOIN, WHERE, GROUP BY, ..., SUBQUERY, UNION) has its kind and keyword as its
  own label, e.g. ``clause:WHERE``. So a partial query -- a subset of gold's clauses, select items, joins
  or top-level conjuncts (WHERE/HAVING/ON are spread into one child per condition) -- is a subtree of gold
  in the paper's sense ``N1 ⊆ N2 ∧ E1 ⊆ E2``, as decomposition steps need.
* An operator or operand node has its kind and the canonical rendering of its whole subtree, built
  bottom-up, as its own label, e.g. ``operator:>(operand:singer.age, operand:30)``. Two different columns,
  or ``a > 1`` and ``a < 1``, or ``a = 1`` and ``b = 1``, can therefore never share a label.
* The set label is ``<scope>|<own label>``. The scope is a path: ``q`` for the outer query, then one
  component per nested query scope -- a subquery (derived table, IN/EXISTS/scalar subquery, CTE body) or a
  side of a set operation -- numbered ``1, 2, ...`` in pre-order under its parent scope, except that the
  two sides of EXCEPT, whose order matters, are ``left`` and ``right``. A parenthesised query shares the
  scope of its SUBQUERY node. So ``q.1|clause:WHERE`` (the WHERE of the first subquery) and
  ``q|clause:WHERE`` differ, and a condition moved between scopes is not a subtree.
* An edge is the pair (parent set label, child set label); the edge into a nested scope joins two scopes.

Scope ids are positions of this one tree; how a step's scopes are matched to gold's (a standalone inner
query is a subtree of the query nesting it) is the business of ``scopes`` and ``relations``.
Node and edge sets are sets: a column used twice in one scope is one node.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from learnat_core.sql_ast.node_kinds import NodeKind

if TYPE_CHECKING:
    from learnat_core.sql_ast.relations import AccumulatedAst
    from learnat_core.sql_ast.tree import AstNode, SqlTree

ROOT_SCOPE = "q"
"""The scope id of a tree's outer query."""


def node_label(node: AstNode) -> str:
    """The own label of ``node``, without its scope (see the module docstring for why clauses and atoms differ).

    >>> from learnat_core.sql_ast import parse
    >>> node_label(parse("SELECT a FROM t WHERE a > 1").root.children[-1].children[0])
    'operator:>(operand:t.a, operand:1)'
    """
    return f"clause:{node.label}" if node.kind is NodeKind.CLAUSE else f"{node.kind.value}:{node.text}"


def scoped(scope: str, label: str) -> str:
    """The set label of an own label in ``scope``: ``q.1|clause:WHERE``."""
    return f"{scope}|{label}"


def split_label(label: str) -> tuple[str, str]:
    """(scope, own label) of a set label; scope ids never hold ``|``."""
    scope, _, own = label.partition("|")
    return scope, own


def label_graph(root: AstNode) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The node set N and edge set E of the tree under ``root``."""
    return graph_of([(label, parent_label) for _, label, parent_label in labelled_walk(root)])


def graph_of(labelled: Iterable[tuple[str, str | None]]) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """N and E from (set label, parent's set label or None) pairs."""
    pairs = list(labelled)
    return frozenset(label for label, _ in pairs), frozenset((parent, label) for label, parent in pairs if parent)


def labelled_walk(root: AstNode) -> Iterator[tuple[AstNode, str, str | None]]:
    """(node, its set label, its parent's set label or None) for every node, in pre-order."""
    ordinals: Counter[str] = Counter()
    stack: list[tuple[AstNode, str, str | None]] = [(root, ROOT_SCOPE, None)]
    while stack:
        node, scope, parent_label = stack.pop()
        if node.scope is not None and parent_label is not None:  # ``scope`` is still the parent's
            ordinals[scope] += not node.scope
            scope = f"{scope}.{node.scope or ordinals[scope]}"
        label = scoped(scope, node_label(node))
        yield node, label, parent_label
        stack.extend((child, scope, label) for child in reversed(node.children))


def nodes(tree: SqlTree | AccumulatedAst) -> frozenset[str]:
    """The labelled node set N of a tree or of an accumulated AST."""
    return tree.nodes


def edges(tree: SqlTree | AccumulatedAst) -> frozenset[tuple[str, str]]:
    """The labelled edge set E, as (parent label, child label) pairs, of a tree or an accumulated AST."""
    return tree.edges
