"""Drawing a typed tree with matplotlib: nodes coloured by kind, chosen steps' subtrees ringed in colour."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from learnat_core.sql_ast.graph import node_label
from learnat_core.sql_ast.node_kinds import NodeKind
from learnat_core.sql_ast.relations import AccumulatedAst, coverage_mask
from learnat_core.sql_ast.tree import AstNode, SqlTree

if TYPE_CHECKING:
    from matplotlib.figure import Figure

KIND_COLOURS = {NodeKind.CLAUSE: "tab:blue", NodeKind.OPERATOR: "tab:orange", NodeKind.OPERAND: "tab:green"}
STEP_COLOURS = ("tab:red", "tab:purple", "tab:brown", "tab:pink", "tab:olive", "tab:cyan", "tab:gray")
_NODE_SIZE = 220
_RING_GROWTH = 160
_MAX_LABEL = 22

Highlight = SqlTree | AccumulatedAst | frozenset[str] | set[str]


def render(
    tree: SqlTree,
    highlight: Mapping[str, Highlight] | None = None,
    *,
    first_only: bool = False,
) -> Figure:
    """Draw ``tree`` top-down; ``highlight`` maps a legend name to a step (tree or accumulation: the nodes it
    covers, edges included) or to a set of own node labels (``operand:singer``, in any scope), ringed in
    turn; ``first_only`` rings each node once, for the first highlight that covers it (for a sequence of
    growing accumulations: the step that first covered it). Save it with ``learnat_core.reporting.save_figure``.
    """
    from matplotlib.figure import Figure  # here, so that importing the AST package does not load matplotlib

    nodes = list(tree.root.walk())
    positions = _layout(tree.root)
    width = max(x for x, _ in positions.values()) + 1
    depth = -min(y for _, y in positions.values()) + 1
    figure = Figure(figsize=(max(6.0, 1.1 * width), max(3.0, 1.1 * depth + 1)))
    axes = figure.add_subplot()
    for node in nodes:
        for child in node.children:
            (x0, y0), (x1, y1) = positions[id(node)], positions[id(child)]
            axes.plot([x0, x1], [y0, y1], color="0.6", linewidth=1, zorder=1)
    ringed: set[int] = set()
    for rank, (name, step) in enumerate((highlight or {}).items(), start=1):
        marked = [node for node, covered in zip(nodes, _mask(tree, step))
                  if covered and not (first_only and id(node) in ringed)]
        ringed.update(id(node) for node in marked)
        axes.scatter(
            [positions[id(node)][0] for node in marked],
            [positions[id(node)][1] for node in marked],
            s=_NODE_SIZE + rank * _RING_GROWTH,
            facecolors="none",
            edgecolors=STEP_COLOURS[(rank - 1) % len(STEP_COLOURS)],
            linewidths=2,
            label=name,
            zorder=2,
        )
    for kind, colour in KIND_COLOURS.items():
        members = [node for node in nodes if node.kind is kind]
        axes.scatter(
            [positions[id(node)][0] for node in members],
            [positions[id(node)][1] for node in members],
            s=_NODE_SIZE,
            color=colour,
            label=kind.value,
            zorder=3,
        )
    for node in nodes:
        axes.annotate(
            _short(node.label), positions[id(node)], xytext=(0, -14), textcoords="offset points",
            ha="center", va="top", fontsize=7,
        )
    axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False, markerscale=0.5)
    axes.set_axis_off()
    axes.margins(0.08, 0.15)
    figure.tight_layout()
    return figure


def _layout(root: AstNode) -> dict[int, tuple[float, float]]:
    """A tidy top-down layout: leaves on consecutive columns, each parent centred over its children."""
    positions: dict[int, tuple[float, float]] = {}
    _place(root, 0, positions, itertools.count())
    return positions


def _place(node: AstNode, depth: int, positions: dict[int, tuple[float, float]], leaves: Iterator[int]) -> float:
    if node.children:
        xs = [_place(child, depth + 1, positions, leaves) for child in node.children]
        x = (xs[0] + xs[-1]) / 2
    else:
        x = float(next(leaves))
    positions[id(node)] = (x, -float(depth))
    return x


def _mask(tree: SqlTree, step: Highlight) -> tuple[bool, ...]:
    if isinstance(step, (SqlTree, AccumulatedAst)):
        return coverage_mask(tree, step)
    return tuple(node_label(node) in step for node in tree.root.walk())


def _short(label: str) -> str:
    return label if len(label) <= _MAX_LABEL else label[: _MAX_LABEL - 1] + "…"
