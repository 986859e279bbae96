"""The paper's relations between trees: subtree inclusion, the accumulated AST of a prefix, step classes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from learnat_core.sql_ast.graph import labelled_walk
from learnat_core.sql_ast.tree import SqlTree


@dataclass(frozen=True)
class AccumulatedAst:
    """``AT^sum``: the union of the node and edge sets of a decomposition prefix, plus the steps themselves.

    It has ``nodes`` and ``edges`` like a ``SqlTree``, so it goes wherever a tree's (N, E) does.
    """

    nodes: frozenset[str] = frozenset()
    edges: frozenset[tuple[str, str]] = frozenset()
    steps: tuple[SqlTree, ...] = ()


class StepClass(str, Enum):
    """How a decomposition step relates to the gold AST and to the prefix before it (paper §2.1)."""

    PROGRESSIVE = "progressive"
    REDUNDANT = "redundant"
    INVALID = "invalid"


Graph = SqlTree | AccumulatedAst


def is_subtree(sub: Graph, full: Graph) -> bool:
    """The paper's ``isSubtree``: ``N(sub) ⊆ N(full)`` and ``E(sub) ⊆ E(full)``.

    >>> from learnat_core.sql_ast import parse
    >>> gold = parse("SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer)")
    >>> is_subtree(parse("SELECT avg(age) FROM singer"), gold), is_subtree(parse("SELECT max(age) FROM singer"), gold)
    (True, False)
    """
    return sub.nodes <= full.nodes and sub.edges <= full.edges


def accumulate(trees: Iterable[SqlTree]) -> AccumulatedAst:
    """The accumulated AST of a prefix: ``(∪ N(y_j), ∪ E(y_j))`` over its steps, in order."""
    steps = tuple(trees)
    return AccumulatedAst(
        frozenset().union(*(tree.nodes for tree in steps)),
        frozenset().union(*(tree.edges for tree in steps)),
        steps,
    )


def classify(step: SqlTree, prefix: AccumulatedAst | Iterable[SqlTree], gold: SqlTree) -> StepClass:
    """Progressive (a subtree of gold adding to the prefix), redundant (covered by it) or invalid (not in gold).

    >>> from learnat_core.sql_ast import parse
    >>> classify(parse("SELECT max(age) FROM singer"), [], parse("SELECT avg(age) FROM singer")).value
    'invalid'
    """
    if not is_subtree(step, gold):
        return StepClass.INVALID
    accumulated = prefix if isinstance(prefix, AccumulatedAst) else accumulate(prefix)
    return StepClass.REDUNDANT if is_subtree(step, accumulated) else StepClass.PROGRESSIVE


def coverage_mask(tree: SqlTree, by: Graph) -> tuple[bool, ...]:
    """For each node of ``tree`` in pre-order: whether ``by`` contains it -- its label and the edge to its parent.

    This is ``tree`` restricted to ``by``: the part of a gold tree that a step or a prefix accounts for.
    """
    return tuple(
        label in by.nodes and (parent is None or (parent, label) in by.edges)
        for _, label, parent in labelled_walk(tree.root)
    )
