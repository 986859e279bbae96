"""The paper's relations between trees: subtree inclusion, the accumulated AST of a prefix, step classes.

Labels carry their query scope (see ``graph``); a smaller graph's scopes are first mapped onto the larger
one's (see ``scopes`` for the rule: the outer scope anywhere, nesting and EXCEPT sides kept), then the
paper's ``N ⊆ N'`` and ``E ⊆ E'`` is tested. An accumulated AST is kept in gold's scope ids: each step is
placed where it fits gold best, so the steps of one decomposition add up to gold's (N, E).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from learnat_core.sql_ast.scopes import Item, Scopes, best_mapping, embeds, labels_of, rename, scopes_of
from learnat_core.sql_ast.tree import SqlTree


@dataclass(frozen=True)
class AccumulatedAst:
    """``AT^sum``: the union of the node and edge sets of a decomposition prefix, plus the steps themselves.

    The labels are in the scope ids of the gold tree the steps were accumulated onto; it has ``nodes`` and
    ``edges`` like a ``SqlTree``, so it goes wherever a tree's (N, E) does.
    """

    nodes: frozenset[str] = frozenset()
    edges: frozenset[tuple[str, str]] = frozenset()
    steps: tuple[SqlTree, ...] = ()

    @cached_property
    def scopes(self) -> Scopes:
        """The labels grouped by scope."""
        return scopes_of(self.nodes, self.edges)


class StepClass(str, Enum):
    """How a decomposition step relates to the gold AST and to the prefix before it (paper §2.1)."""

    PROGRESSIVE = "progressive"
    REDUNDANT = "redundant"
    INVALID = "invalid"


Graph = SqlTree | AccumulatedAst


def is_subtree(sub: Graph, full: Graph) -> bool:
    """The paper's ``isSubtree``: ``N(sub) ⊆ N(full)`` and ``E(sub) ⊆ E(full)`` once ``sub``'s scopes are
    mapped onto ``full``'s (its outer scope onto any scope of ``full``).

    >>> from learnat_core.sql_ast import parse
    >>> gold = parse("SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer)")
    >>> is_subtree(parse("SELECT avg(age) FROM singer"), gold), is_subtree(parse("SELECT max(age) FROM singer"), gold)
    (True, False)
    """
    if sub.nodes <= full.nodes and sub.edges <= full.edges:  # the identity mapping
        return True
    source, target = sub.scopes, full.scopes
    if len(target.items) == 1:  # no other mapping: nested scopes of ``sub`` have nowhere to go
        return False
    return embeds(source, target)


def same_graph(a: Graph, b: Graph) -> bool:
    """Whether ``a`` and ``b`` have the same (N, E) up to the order of their scopes (each a subtree of the other)."""
    return is_subtree(a, b) and is_subtree(b, a)


def accumulate(trees: Iterable[SqlTree], gold: SqlTree) -> AccumulatedAst:
    """The accumulated AST of a prefix: ``(∪ N(y_j), ∪ E(y_j))`` over its steps, each placed in ``gold``'s
    scopes where most of it fits (ties: where it adds most to the steps before it); parts that fit nowhere
    get scope ids of their own, outside gold.

    >>> from learnat_core.sql_ast import parse
    >>> gold = parse("SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer)")
    >>> sorted(accumulate([parse("SELECT avg(age) FROM singer")], gold).nodes)[0]
    'q.1|clause:FROM'
    """
    steps = tuple(trees)
    if len(gold.scopes.items) == 1 and all(len(step.scopes.items) == 1 for step in steps):  # one placement each
        return AccumulatedAst(frozenset().union(*(step.nodes for step in steps)),
                              frozenset().union(*(step.edges for step in steps)), steps)
    placed: defaultdict[str, set[Item]] = defaultdict(set)
    for number, step in enumerate(steps):
        for image, items in rename(step.scopes, _placement(step.scopes, gold.scopes, placed), str(number)).items():
            placed[image] |= items
    return AccumulatedAst(*labels_of(placed), steps)


def _placement(source: Scopes, target: Scopes, so_far: Mapping[str, set[Item]]) -> dict[str, str]:
    """The scope mapping that carries most of ``source`` into ``target``, then adds most to ``so_far``."""
    scale = source.size + 1

    def weight(scope: str, image: str) -> int:
        shared = source.items[scope] & target.items[image]
        return scale * len(shared) + len(shared - so_far.get(image, set()))

    return best_mapping(source, target, weight)[1]


def classify(step: SqlTree, prefix: AccumulatedAst | Iterable[SqlTree], gold: SqlTree) -> StepClass:
    """Progressive (a subtree of gold adding to the prefix), redundant (covered by it) or invalid (not in gold).

    ``prefix`` is the steps before, or their accumulation onto ``gold``. A step is redundant when it lies in
    the part of gold the prefix covers.

    >>> from learnat_core.sql_ast import parse
    >>> classify(parse("SELECT max(age) FROM singer"), [], parse("SELECT avg(age) FROM singer")).value
    'invalid'
    """
    if not is_subtree(step, gold):
        return StepClass.INVALID
    accumulated = prefix if isinstance(prefix, AccumulatedAst) else accumulate(prefix, gold)
    covered = AccumulatedAst(accumulated.nodes & gold.nodes, accumulated.edges & gold.edges)
    if len(gold.scopes.items) == 1:  # then the covered part has one scope too: inclusion is all there is
        redundant = step.nodes <= covered.nodes and step.edges <= covered.edges
    else:
        redundant = is_subtree(step, covered)
    return StepClass.REDUNDANT if redundant else StepClass.PROGRESSIVE


def coverage_mask(tree: SqlTree, by: Graph) -> tuple[bool, ...]:
    """For each node of ``tree`` in pre-order: whether ``by`` contains it -- its label and the edge to its parent.

    This is ``tree`` restricted to ``by``: the part of a gold tree that a step (placed in ``tree``'s scopes)
    or a prefix accumulated onto it accounts for.
    """
    placed = accumulate([by], tree) if isinstance(by, SqlTree) else by
    return tuple(
        label in placed.nodes and (parent is None or (parent, label) in placed.edges) for label, parent in tree.labelled
    )
