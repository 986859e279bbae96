"""One synthesis search tree laid out and drawn for a class (notebook 03): which successful search to show, its
nodes placed top-down, the best trajectory's steps, and a figure whose every node is labelled with the SQL its
step added to its parent's, so the tree can be read without the run folder.
"""

from __future__ import annotations

import difflib
import textwrap
from collections.abc import Iterator, Sequence
from itertools import count
from typing import TYPE_CHECKING

import pandas as pd

from learnat_core.decomposition import Step
from learnat_core.sql_ast import SqlTree, parse
from learnat_core.synthesis.mcts import SearchResult
from learnat_core.synthesis.records import Attempt, QuestionRecord

if TYPE_CHECKING:
    from matplotlib.figure import Figure

NODE_COLOURS = {"root": "black", "progressive": "tab:green", "redundant": "tab:orange", "invalid": "tab:red",
                "unexecutable": "tab:brown", "unparseable": "tab:gray", "failed": "tab:purple"}


def example_tree(records: Sequence[QuestionRecord], max_nodes: int = 30) -> tuple[QuestionRecord, Attempt] | None:
    """A successful search worth drawing: the most node classes, then the most nodes, within ``max_nodes``
    (the smallest successful tree when none fits); None without a success."""
    found = [(record, record.succeeded) for record in records if record.succeeded is not None]
    if not found:
        return None

    def size(item: tuple[QuestionRecord, Attempt]) -> int:
        return sum(1 for _ in _walk(item[1].result.tree))

    fitting = [item for item in found if size(item) <= max_nodes]
    if not fitting:
        return min(found, key=size)
    return max(fitting, key=lambda item: (len(_classes(item[1].result.tree)), size(item)))


def tree_layout(tree: dict) -> pd.DataFrame:
    """The nodes of a search tree (``SearchResult.tree``) with a tidy top-down position: one row per node with
    id, parent, depth, class, reward, visits, success, whether it is on the path to a success, sql, x, y."""
    rows: list[dict] = []
    _place(tree, None, rows, count())
    return pd.DataFrame(rows)


def chosen_path(attempt: Attempt) -> list[tuple[Step, SqlTree]]:
    """The steps of the attempt's best successful trajectory with each step's parsed AST (paper's Figure 5)."""
    if attempt.result is None or attempt.result.best is None:
        return []
    return [(step, parse(step.sub_sql)) for step in attempt.result.best]


def best_path_nodes(result: SearchResult) -> list[dict]:
    """The tree nodes of the best trajectory's steps, root excluded (followed down from the root by the steps'
    SQL), for numbering them in a drawing of the tree."""
    nodes, node = [], result.tree
    for step in result.best:
        node = next(child for child in node["children"] if child["sql"] == step.sub_sql)
        nodes.append(node)
    return nodes


def _place(node: dict, parent: int | None, rows: list[dict], leaves: Iterator[int]) -> tuple[float, bool]:
    """Append ``node`` and its subtree to ``rows``; leaves on consecutive columns, parents centred above."""
    index = len(rows)
    rows.append({"id": node["id"], "parent": parent, "depth": node["depth"], "class": node["class"],
                 "reward": node["reward"], "visits": node["visits"], "success": node["success"],
                 "sql": node["sql"] or ""})
    placed = [_place(child, node["id"], rows, leaves) for child in node["children"]]
    x = (placed[0][0] + placed[-1][0]) / 2 if placed else float(next(leaves))
    on_path = node["success"] or any(reached for _, reached in placed)
    rows[index].update(on_success_path=on_path, x=x, y=-float(node["depth"]))
    return x, on_path


def _walk(node: dict) -> Iterator[dict]:
    yield node
    for child in node["children"]:
        yield from _walk(child)


def _classes(tree: dict) -> set[str]:
    return {node["class"] for node in _walk(tree)}


def step_added(parent_sql: str, sql: str, width: int = 30) -> str:
    """What a step's SQL adds to its parent's, word by word (``difflib``), cut to ``width`` characters: a node's
    label in the drawn tree (a first step's whole SQL; ``(nothing new)`` for a step that repeats its parent)."""
    before, after = parent_sql.split(), sql.split()
    added = after if not before else [word for tag, _, _, start, end in
                                      difflib.SequenceMatcher(None, before, after).get_opcodes()
                                      if tag in ("insert", "replace") for word in after[start:end]]
    text = " ".join(added) or "(nothing new)"
    return text if len(text) <= width else text[: width - 1] + "…"


def search_tree_figure(record: QuestionRecord, attempt: Attempt, title: str) -> tuple[Figure, pd.DataFrame]:
    """The attempt's search tree drawn top-down (colour: node class; gold ring: a success; thick edges and
    numbers: the best trajectory; under each node what its step added, its reward r and visits n), and the
    layout it drew with those labels, for saving beside the figure."""
    import matplotlib.pyplot as plt

    layout = tree_layout(attempt.result.tree)
    by_id = layout.set_index("id")
    layout["added"] = [step_added(by_id.loc[int(row.parent), "sql"] if pd.notna(row.parent) else "", row.sql)
                       if row.sql else "" for row in layout.itertuples()]
    best = {node["id"]: number for number, node in enumerate(best_path_nodes(attempt.result), start=1)}
    figure, axes = plt.subplots(figsize=(max(8, 1.3 * (layout["x"].max() + 1)), 1.5 * (layout["depth"].max() + 1) + 2.5))
    for node in layout.itertuples():
        if pd.notna(node.parent):  # the root has no parent
            parent = by_id.loc[int(node.parent)]
            axes.plot([parent["x"], node.x], [parent["y"], node.y], color="0.5", zorder=1,
                      linewidth=3 if node.id in best else 0.8)
    for name, group in layout.groupby("class"):
        axes.scatter(group["x"], group["y"], s=300, color=NODE_COLOURS.get(name, "tab:blue"), zorder=2,
                     edgecolors=["gold" if success else "none" for success in group["success"]], linewidths=3)
        axes.scatter([], [], s=300, color=NODE_COLOURS.get(name, "tab:blue"), label=name)  # a legend entry, unringed
    axes.scatter([], [], s=300, facecolors="none", edgecolors="gold", linewidths=3,
                 label="success: the step's SQL is the gold query\n(a redundant success restates its parent's\n"
                       "query in the gold query's own form)")
    for node in layout.itertuples():
        if node.id in best:
            axes.annotate(str(best[node.id]), (node.x, node.y), ha="center", va="center", fontsize=9,
                          color="white", fontweight="bold", zorder=3)
        label = "\n".join(textwrap.wrap(node.added, 16)[:2] + [f"r={node.reward:.2f} n={node.visits}"])
        axes.annotate(label, (node.x, node.y), xytext=(0, -13), textcoords="offset points", ha="center", va="top",
                      fontsize=6)
    steps = "\n".join(f"{number}. {by_id.loc[node_id, 'sql']}" for node_id, number in best.items())
    axes.text(0.0, -0.02, f"best trajectory (thick edges):\n{steps}", transform=axes.transAxes, ha="left", va="top",
              fontsize=7, family="monospace", wrap=True)
    axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    axes.set_axis_off()
    axes.set_title(f"Search tree of question {record.question_id}: nodes by class; under each node what its step "
                   f"added, r = reward, n = visits\n({title})", fontsize=9)
    figure.tight_layout()
    return figure, layout
