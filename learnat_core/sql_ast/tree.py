"""The typed SQL tree: ``AstNode`` (kind, own label, ordered children) and ``SqlTree`` (a parsed query)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from sqlglot import exp

from learnat_core.sql_ast.graph import graph_of, labelled_walk
from learnat_core.sql_ast.node_kinds import NodeKind
from learnat_core.sql_ast.scopes import Scopes, scopes_of


@dataclass(frozen=True)
class AstNode:
    """One node of the SQL tree: its paper kind, its own label (``>``, ``WHERE``, ``singer.age``) and children.

    ``scope`` is None for a node in its parent's query scope; a node that opens a nested query scope (a
    subquery, one side of a set operation) has its role there: ``"left"``/``"right"`` for the sides of
    EXCEPT, whose order matters, else ``""``. ``sqlglot_type`` and ``fallback`` record where the node came
    from, so coverage of the kind table can be checked. These three take no part in equality.
    """

    kind: NodeKind
    label: str
    children: tuple[AstNode, ...] = ()
    sqlglot_type: str = field(default="", compare=False)
    fallback: bool = field(default=False, compare=False)
    scope: str | None = field(default=None, compare=False)

    @cached_property
    def text(self) -> str:
        """Canonical rendering of the subtree, built bottom-up: ``>(operand:t.a, operand:1)``."""
        if not self.children:
            return self.label
        return f"{self.label}({', '.join(f'{child.kind.value}:{child.text}' for child in self.children)})"

    @cached_property
    def size(self) -> int:
        """Number of nodes in this subtree, the ``|T|`` of the paper's structural similarity."""
        return 1 + sum(child.size for child in self.children)

    def walk(self) -> Iterator[AstNode]:
        """All nodes of the subtree in pre-order (parent before children, children left to right)."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True, repr=False)
class SqlTree:
    """A parsed, normalised query: the typed tree, the sqlglot expression it came from, and its graph (N, E);
    ``labelled`` has each node's (set label, parent's set label or None), in pre-order.

    Two trees are equal when their typed trees are equal, whatever the SQL text they were parsed from.
    """

    root: AstNode
    expression: exp.Expression = field(compare=False)
    dialect: str = field(default="sqlite", compare=False)
    nodes: frozenset[str] = field(init=False, compare=False)
    edges: frozenset[tuple[str, str]] = field(init=False, compare=False)
    labelled: tuple[tuple[str, str | None], ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        labelled = tuple((label, parent_label) for _, label, parent_label in labelled_walk(self.root))
        node_set, edge_set = graph_of(labelled)
        object.__setattr__(self, "labelled", labelled)
        object.__setattr__(self, "nodes", node_set)
        object.__setattr__(self, "edges", edge_set)

    @cached_property
    def scopes(self) -> Scopes:
        """The labels grouped by query scope, for matching scopes onto another tree's."""
        return scopes_of(self.nodes, self.edges)

    @cached_property
    def sql(self) -> str:
        """The normalised SQL text (sqlglot's rendering of the normalised expression)."""
        return self.expression.sql(dialect=self.dialect)

    def fallback_types(self) -> Counter[str]:
        """sqlglot types in this tree that the kind table does not cover (their nodes got the default kind)."""
        return Counter(node.sqlglot_type for node in self.root.walk() if node.fallback)

    def __len__(self) -> int:
        return self.root.size

    def __repr__(self) -> str:
        return f"SqlTree({self.sql!r})"
