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

``best_mapping`` finds the mapping that carries the most of the smaller graph's labels into the larger
one (a tree DP over scopes, with a bitmask matching of sibling scopes), so one search answers both the
subtree test (all labels carried) and where an invalid step's labels best sit in gold's coordinates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from learnat_core.sql_ast.graph import ROOT_SCOPE, scoped, split_label

Item = tuple[str, ...]
"""One scope-local label: ``("node", own)``, ``("edge", parent own, child own)`` within the scope, or
``("entry", parent own, child own)`` for the edge from the enclosing scope into it."""

ROLES = ("left", "right")


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

    @lru_cache(maxsize=None)
    def best(scope: str, image: str) -> tuple[int, tuple[tuple[str, str], ...]]:
        kids, places = source.children[scope], target.children[image]

        @lru_cache(maxsize=None)
        def match(index: int, used: int) -> tuple[int, tuple[tuple[str, str], ...]]:
            if index == len(kids):
                return 0, ()
            options = [match(index + 1, used)]  # this nested scope maps nowhere
            for position, place in enumerate(places):
                if not used >> position & 1 and _role(place) == _role(kids[index]):
                    score, pairs = best(kids[index], place)
                    rest_score, rest = match(index + 1, used | 1 << position)
                    options.append((score + rest_score, pairs + rest))
            return max(options, key=lambda option: option[0])

        score, pairs = match(0, 0)
        return weight(scope, image) + score, ((scope, image), *pairs)

    score, pairs = max((best(ROOT_SCOPE, image) for image in images), key=lambda option: option[0])
    return score, dict(pairs)


def overlap(source: Scopes, target: Scopes) -> Callable[[str, str], int]:
    """The weight of plain inclusion: how many of a source scope's items the target scope has."""
    return lambda scope, image: len(source.items[scope] & target.items[image])


def rename(source: Scopes, mapping: dict[str, str], spare: str) -> tuple[set[str], set[tuple[str, str]]]:
    """The node and edge labels of ``source`` in the target's scope ids; a scope the mapping leaves out gets a
    fresh id under its parent's image (``<image>.?<spare><n>``), so its labels match nothing there."""
    images = dict(mapping)
    for scope in sorted(source.items, key=len):  # parents before children
        if scope not in images:
            images[scope] = f"{images[_parent(scope)]}.?{spare}{len(images)}"
    node_set: set[str] = set()
    edge_set: set[tuple[str, str]] = set()
    for scope, items in source.items.items():
        image = images[scope]
        for kind, *labels in items:
            if kind == "node":
                node_set.add(scoped(image, labels[0]))
            else:
                outer = image if kind == "edge" else images[_parent(scope)]
                edge_set.add((scoped(outer, labels[0]), scoped(image, labels[1])))
    return node_set, edge_set


def _parent(scope: str) -> str | None:
    head, dot, _ = scope.rpartition(".")
    return head if dot else None


def _role(scope: str) -> str:
    last = scope.rpartition(".")[2]
    return last if last in ROLES else ""
