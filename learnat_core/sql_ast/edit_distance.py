"""Tree edit distances between typed trees: APTED (exact) and the released code's simplified variant."""

from __future__ import annotations

import zss
from apted import APTED, Config

from learnat_core.errors import ConfigError
from learnat_core.sql_ast.tree import AstNode


class _Costs(Config):
    """Unit costs: insert and delete 1 (apted's defaults), relabel 1 unless kind and own label agree."""

    def rename(self, node1: AstNode, node2: AstNode) -> int:
        """Relabel cost: 0 for the same kind and own label, else 1."""
        return int(node1.kind is not node2.kind or node1.label != node2.label)

    def children(self, node: AstNode) -> list[AstNode]:
        """Ordered children, as the list apted expects."""
        return list(node.children)


def _apted(a: AstNode, b: AstNode) -> int:
    return int(APTED(a, b, _Costs()).compute_edit_distance())


def _zhang_shasha(a: AstNode, b: AstNode) -> int:
    costs = _Costs()
    distance = zss.distance(a, b, costs.children, insert_cost=costs.insert, remove_cost=costs.delete, update_cost=costs.rename)
    return int(distance)


_ALGORITHMS = {"apted": _apted, "zss": _zhang_shasha}


def tree_edit_distance(a: AstNode, b: AstNode, *, algorithm: str = "apted") -> int:
    """Exact ordered tree edit distance with unit costs, by APTED (default: about 3x faster here than
    Zhang-Shasha, see benchmarks/bench_ast.py) or ``"zss"``; both give the same number.

    >>> from learnat_core.sql_ast import parse
    >>> tree_edit_distance(parse("SELECT a FROM t WHERE a > 1").root, parse("SELECT a FROM t WHERE a < 1").root)
    1
    """
    if algorithm not in _ALGORITHMS:
        raise ConfigError(f"unknown tree edit distance algorithm {algorithm!r}; choose one of {', '.join(_ALGORITHMS)}")
    return _ALGORITHMS[algorithm](a, b)


def released_edit_distance(a: AstNode, b: AstNode) -> int:
    """The authors' simplified distance: 1 if the roots differ, else the child-count difference plus the
    distances of children aligned by index (docs/sources.md). Not a true edit distance; kept for parity.
    """
    if a.kind is not b.kind or a.label != b.label:
        return 1
    aligned = sum(released_edit_distance(x, y) for x, y in zip(a.children, b.children))
    return abs(len(a.children) - len(b.children)) + aligned
