"""The AST as the paper's graph ``AT = (N, E)``: a set of labelled nodes and a set of labelled edges.

Label design: **clauses are containers, expressions are atoms.**

* A clause node (SELECT, FROM, JOIN, WHERE, GROUP BY, ..., SUBQUERY, UNION) is labelled by its kind and
  keyword only, e.g. ``clause:WHERE``. So a partial query -- a subset of gold's clauses, select items,
  joins or top-level conjuncts (WHERE/HAVING/ON are spread into one child per condition) -- is a subtree of
  gold in the paper's sense ``N1 ⊆ N2 ∧ E1 ⊆ E2``, as decomposition steps need.
* An operator or operand node is labelled by its kind and the canonical rendering of its whole subtree,
  built bottom-up, e.g. ``operator:>(operand:singer.age, operand:30)``. Two different columns, or
  ``a > 1`` and ``a < 1``, or ``a = 1`` and ``b = 1``, can therefore never share a label, and nothing in a
  label depends on where the node sits: a subquery used as a standalone step has exactly the labels it
  has inside the outer query, so it is a subtree of it.
* An edge is the pair (parent label, child label).

Node and edge sets are sets: a column used twice is one node. Known limit of any position-free labelling:
clause labels are shared between the scopes of one query, so a step mixing the WHERE conditions of an inner
query into the outer one can pass the inclusion test (the released code's rooted match rejects it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from learnat_core.sql_ast.node_kinds import NodeKind

if TYPE_CHECKING:
    from learnat_core.sql_ast.relations import AccumulatedAst
    from learnat_core.sql_ast.tree import AstNode, SqlTree


def node_label(node: AstNode) -> str:
    """The set label of ``node`` (see the module docstring for why clauses and atoms differ).

    >>> from learnat_core.sql_ast import parse
    >>> node_label(parse("SELECT a FROM t WHERE a > 1").root.children[-1].children[0])
    'operator:>(operand:t.a, operand:1)'
    """
    return f"clause:{node.label}" if node.kind is NodeKind.CLAUSE else f"{node.kind.value}:{node.text}"


def label_graph(root: AstNode) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The node set N and edge set E of the tree under ``root``."""
    node_set: set[str] = set()
    edge_set: set[tuple[str, str]] = set()
    for _, label, parent_label in labelled_walk(root):
        node_set.add(label)
        if parent_label is not None:
            edge_set.add((parent_label, label))
    return frozenset(node_set), frozenset(edge_set)


def labelled_walk(root: AstNode) -> Iterator[tuple[AstNode, str, str | None]]:
    """(node, its label, its parent's label or None) for every node, in pre-order."""
    stack: list[tuple[AstNode, str | None]] = [(root, None)]
    while stack:
        node, parent_label = stack.pop()
        label = node_label(node)
        yield node, label, parent_label
        stack.extend((child, label) for child in reversed(node.children))


def nodes(tree: SqlTree | AccumulatedAst) -> frozenset[str]:
    """The labelled node set N of a tree or of an accumulated AST."""
    return tree.nodes


def edges(tree: SqlTree | AccumulatedAst) -> frozenset[tuple[str, str]]:
    """The labelled edge set E, as (parent label, child label) pairs, of a tree or an accumulated AST."""
    return tree.edges
