"""render(): a matplotlib figure with kind colours and highlighted steps."""

from __future__ import annotations

from matplotlib.colors import to_rgba

from learnat_core.sql_ast import NodeKind, accumulate, parse, render
from learnat_core.sql_ast.render import KIND_COLOURS, STEP_COLOURS, _layout

GOLD = parse("SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer)")
STEP = parse("SELECT avg(age) FROM singer")


def _layers(figure) -> dict[str, int]:
    """Legend label -> number of points drawn under it."""
    (axes,) = figure.axes
    return {collection.get_label(): len(collection.get_offsets()) for collection in axes.collections}


def test_nodes_are_drawn_once_each_coloured_by_kind():
    figure = render(GOLD)
    counts = _layers(figure)
    for kind in NodeKind:
        assert counts[kind.value] == sum(node.kind is kind for node in GOLD.root.walk())
    (axes,) = figure.axes
    colours = {c.get_label(): tuple(c.get_facecolor()[0]) for c in axes.collections}
    assert colours["clause"] == to_rgba(KIND_COLOURS[NodeKind.CLAUSE])
    assert len(axes.texts) == len(GOLD)


def test_highlighted_steps_ring_the_nodes_they_cover_with_a_legend_entry_each():
    figure = render(GOLD, highlight={"step 1": STEP, "steps 1-2": accumulate([STEP, GOLD], GOLD), "labels": {"operand:singer"}})
    counts = _layers(figure)
    assert counts["step 1"] == 4  # the inner query below its root SELECT (see test_ast_relations)
    assert counts["steps 1-2"] == len(GOLD)
    assert counts["labels"] == 2
    (axes,) = figure.axes
    rings = {c.get_label(): tuple(c.get_edgecolor()[0]) for c in axes.collections}
    assert rings["step 1"] == to_rgba(STEP_COLOURS[0]) and rings["steps 1-2"] == to_rgba(STEP_COLOURS[1])
    legend = [text.get_text() for text in axes.get_legend().get_texts()]
    assert {"step 1", "steps 1-2", "labels", "clause", "operator", "operand"} <= set(legend)


def test_first_only_rings_each_node_once_for_the_first_step_that_covers_it():
    highlight = {"after step 1": accumulate([STEP], GOLD), "after step 2": accumulate([STEP, GOLD], GOLD)}
    counts = _layers(render(GOLD, highlight=highlight, first_only=True))
    assert counts["after step 1"] == 4 and counts["after step 2"] == len(GOLD) - 4
    assert _layers(render(GOLD, highlight=highlight))["after step 2"] == len(GOLD)  # default: every cover


def test_layout_puts_parents_above_and_centred_over_children():
    positions = _layout(GOLD.root)
    for node in GOLD.root.walk():
        if node.children:
            xs = [positions[id(child)][0] for child in node.children]
            assert positions[id(node)][0] == (xs[0] + xs[-1]) / 2
            assert all(positions[id(child)][1] == positions[id(node)][1] - 1 for child in node.children)
    leaves = sorted(positions[id(node)][0] for node in GOLD.root.walk() if not node.children)
    assert leaves == list(range(len(leaves)))
