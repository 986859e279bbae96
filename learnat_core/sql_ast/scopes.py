"""Matching one graph's query scopes onto another's, the part of the subtree test that scope labels need.

Every set label names its scope (see ``graph``), so inclusion has to say which scope of the larger graph
each scope of the smaller one stands for. **The rule:** a mapping sends the smaller graph's outer scope to
*any* scope of the larger one (a step is often an inner query on its own), and each nested scope to a
distinct scope nested directly in the image of its parent, with the same role (the ``left``/``right``
sides of EXCEPT go to the same side; numbered scopes go to numbered scopes, in any order, since
conditions and the sides of UNION/INTERSECT are sets). Scope ids are then renamed by the mapping and the
paper's test ``N ⊆ N'``, ``E ⊆ E'`` applies unchanged. The edge into a nested scope (``=(...)`` to
``SUBQUERY``, ``FROM`` to a derived table) belongs to the nested scope, so a subquery moved from WHERE to
FROM does not match.

``embeds`` is the subtree test (is there a mapping carrying every label?); ``best_mapping`` finds the mapping
that carries the most labels, weighted (a tree DP over scopes with a bitmask matching of sibling scopes), to
place a step in gold's scope ids, an invalid step's labels included.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from learnat_core.sql_ast.graph import ROOT_SCOPE, scoped, split_label

Item = tuple[str, ...]
"""One scope-local label: ``("node", own)``, ``("edge", parent own, child own)`` within the scope, or
``("entry", parent own, child own)`` for the edge from the enclosing scope into it."""

ROLES = ("left", "right")
Option = tuple[int, tuple[tuple[str, str], ...]]
"""A total weight and the (source scope, target scope) pairs that earn it."""


@dataclass(frozen=True)
class Scopes:
    """A graph's labels grouped by scope: the items of each scope and the scopes nested directly in each."""

    items: dict[str, frozenset[Item]]
    children: dict[str, tuple[str, ...]]

    @property
    def size(self) -> int:
        """The number of labels (nodes and edges) of the graph."""
        return sum(map(len, self.items.values()))


def scopes_of(node_set: Iterable[str], edge_set: Iterable[tuple[str, str]]) -> Scopes:
    """Group a graph's node and edge labels by scope; scopes on the way to a present one are added empty."""
    items: defaultdict[str, set[Item]] = defaultdict(set)
    for label in node_set:
        scope, own = split_label(label)
        items[scope].add(("node", own))
    for parent, child in edge_set:
        (parent_scope, parent_own), (child_scope, child_own) = split_label(parent), split_label(child)
        items[child_scope].add(("edge" if parent_scope == child_scope else "entry", parent_own, child_own))
    return scopes_from_items(items)


def scopes_from_items(items: Mapping[str, Iterable[Item]]) -> Scopes:
    """``Scopes`` of items already grouped by scope id (the nesting follows from the ids)."""
    children: defaultdict[str, set[str]] = defaultdict(set)
    pending = list(items)
    while pending:
        scope = pending.pop()
        parent = _parent(scope)
        if parent is not None and scope not in children[parent]:
            children[parent].add(scope)
            pending.append(parent)
    every = set(items) | set(children) | {ROOT_SCOPE}
    return Scopes({scope: frozenset(items.get(scope, ())) for scope in every},
                  {scope: tuple(sorted(children.get(scope, ()))) for scope in every})


def best_mapping(source: Scopes, target: Scopes, weight: Callable[[str, str], int]) -> tuple[int, dict[str, str]]:
    """The mapping of ``source``'s scopes into ``target``'s (see the module docstring) with the largest total
    ``weight(source scope, target scope)``, and that total. Source scopes it leaves out are absent."""
    images = sorted(target.items)
    if not source.children[ROOT_SCOPE]:  # the common case, no nested scopes: the best single scope
        score, image = max(((weight(ROOT_SCOPE, image), image) for image in images), key=lambda option: option[0])
        return score, {ROOT_SCOPE: image}

    memo: dict[tuple[str, str], Option] = {}

    def best(scope: str, image: str) -> Option:
        if (scope, image) not in memo:
            score, pairs = _matching(source.children[scope], target.children[image], best)
            memo[scope, image] = (weight(scope, image) + score, ((scope, image), *pairs))
        return memo[scope, image]

    score, pairs = max((best(ROOT_SCOPE, image) for image in images), key=lambda option: option[0])
    return score, dict(pairs)


def embeds(source: Scopes, target: Scopes) -> bool:
    """Whether some mapping (see the module docstring) carries every label of ``source`` into ``target``: the
    subtree test, pruned at the first scope that does not fit."""
    memo: dict[tuple[str, str], bool] = {}

    def fits(scope: str, image: str) -> bool:
        if (scope, image) not in memo:
            kids, places = source.children[scope], target.children[image]
            memo[scope, image] = source.items[scope] <= target.items[image] and _fitting(kids, places, fits)
        return memo[scope, image]

    return any(fits(ROOT_SCOPE, image) for image in target.items)


def _fitting(kids: tuple[str, ...], places: tuple[str, ...], fits: Callable[[str, str], bool]) -> bool:
    """Whether every nested scope in ``kids`` fits a distinct one of ``places`` with its role."""

    def match(index: int, used: int) -> bool:
        return index == len(kids) or any(
            not used >> position & 1 and _role(place) == _role(kids[index]) and fits(kids[index], place)
            and match(index + 1, used | 1 << position)
            for position, place in enumerate(places)
        )

    return match(0, 0)


def _matching(kids: tuple[str, ...], places: tuple[str, ...], best: Callable[[str, str], Option]) -> Option:
    """The best assignment of nested scopes ``kids`` to distinct ``places`` of the same role (bitmask DP)."""
    if not kids:
        return 0, ()
    memo: dict[tuple[int, int], Option] = {}

    def match(index: int, used: int) -> Option:
        if index == len(kids):
            return 0, ()
        if (index, used) not in memo:
            options = [match(index + 1, used)]  # this nested scope maps nowhere
            for position, place in enumerate(places):
                if not used >> position & 1 and _role(place) == _role(kids[index]):
                    score, pairs = best(kids[index], place)
                    rest_score, rest = match(index + 1, used | 1 << position)
                    options.append((score + rest_score, pairs + rest))
            memo[index, used] = max(options, key=lambda option: option[0])
        return memo[index, used]

    return match(0, 0)


def rename(source: Scopes, mapping: dict[str, str], spare: str) -> dict[str, frozenset[Item]]:
    """The items of ``source`` under the target's scope ids; a scope the mapping leaves out gets a fresh id
    under its parent's image (``<image>.?<spare><n>``), so its labels match nothing there."""
    images = dict(mapping)
    for scope in sorted(source.items, key=len):  # parents before children
        if scope not in images:
            images[scope] = f"{images[_parent(scope)]}.?{spare}{len(images)}"
    return {images[scope]: items for scope, items in source.items.items()}


def labels_of(items: Mapping[str, Iterable[Item]]) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The node and edge set labels of items grouped by scope id (the inverse of ``scopes_of``)."""
    node_set: set[str] = set()
    edge_set: set[tuple[str, str]] = set()
    for scope, scope_items in items.items():
        for kind, *labels in scope_items:
            if kind == "node":
                node_set.add(scoped(scope, labels[0]))
            else:
                outer = scope if kind == "edge" else _parent(scope)
                edge_set.add((scoped(outer, labels[0]), scoped(scope, labels[1])))
    return frozenset(node_set), frozenset(edge_set)


def _parent(scope: str) -> str | None:
    head, dot, _ = scope.rpartition(".")
    return head if dot else None


def _role(scope: str) -> str:
    last = scope.rpartition(".")[2]
    return last if last in ROLES else ""
