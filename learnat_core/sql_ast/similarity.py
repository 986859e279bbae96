"""AST similarity, the reward of the paper's decomposition search: ``α·sim_node + (1−α)·sim_struct``.

Methods (one function each, chosen by name):

* ``paper``: ``sim_node`` is the Jaccard overlap ``|N(a) ∩ N(b)| / |N(a) ∪ N(b)|``, a step's labels
  first placed in gold's query scopes (see ``accumulate``). It is 1 exactly when the node sets agree, and for a step that is a subtree of gold (the only case the paper
  rewards) it equals ``|N(a)| / |N(gold)|``, the covered fraction the released size ratio approximates.
  ``sim_struct = 1 − TED(a, b) / max(|a|, |b|)`` with the exact APTED distance, floored at 0 (TED can
  exceed ``max(|a|, |b|)`` only when no ancestry can be aligned, i.e. unrelated structures).
  For an ``AccumulatedAst`` (a set pair, not a tree) ``sim_struct`` compares gold with gold restricted to
  the accumulation: removing the uncovered node occurrences is a sequence of deletions, so that TED is
  exactly their number and ``sim_struct`` is the covered fraction of gold's node occurrences.
* ``released``: the authors' code: ``min(1, |sub| / |full|)`` (capped, the code is not) and
  ``1 − TED'/max(|sub|, |full|)`` with their index-aligned ``TED'``. The code scores the current sub-SQL,
  so an accumulation is scored by its last step.
* ``string``: ``difflib.SequenceMatcher`` ratio of the normalised SQL texts (the "S-sim" ablation); an
  accumulation is scored by its last step.
"""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher

from learnat_core.errors import ConfigError
from learnat_core.sql_ast.edit_distance import released_edit_distance, tree_edit_distance
from learnat_core.sql_ast.relations import AccumulatedAst, Graph, accumulate, coverage_mask
from learnat_core.sql_ast.tree import SqlTree


def similarity(a: Graph, b: SqlTree, alpha: float = 0.7, method: str = "paper") -> float:
    """Similarity in [0, 1] of ``a`` (a step's tree or a prefix's accumulated AST) to ``b`` (the gold tree).

    >>> from learnat_core.sql_ast import parse
    >>> round(similarity(parse("SELECT a FROM t WHERE a > 1"), parse("SELECT a FROM t WHERE a < 1")), 3)
    0.787
    """
    if method not in SIMILARITY_METHODS:
        raise ConfigError(f"unknown similarity method {method!r}; choose one of {', '.join(SIMILARITY_METHODS)}")
    if not 0.0 <= alpha <= 1.0:
        raise ConfigError(f"alpha must lie in [0, 1], got {alpha}")
    if not isinstance(b, SqlTree):
        raise ConfigError("the reference (second argument) must be a SqlTree, not an accumulated AST")
    return SIMILARITY_METHODS[method](a, b, alpha)


def _paper(a: Graph, b: SqlTree, alpha: float) -> float:
    placed = accumulate([a], b) if isinstance(a, SqlTree) else a  # a step's labels in gold's scope ids
    node_sim = len(placed.nodes & b.nodes) / len(placed.nodes | b.nodes)
    if isinstance(a, AccumulatedAst):
        struct_sim = sum(coverage_mask(b, a)) / len(b)
    else:
        struct_sim = max(0.0, 1.0 - tree_edit_distance(a.root, b.root) / max(len(a), len(b)))
    return alpha * node_sim + (1.0 - alpha) * struct_sim


def _released(a: Graph, b: SqlTree, alpha: float) -> float:
    sub = _current_step(a)
    if sub is None:
        return 0.0
    node_sim = min(1.0, len(sub) / len(b))
    struct_sim = max(0.0, 1.0 - released_edit_distance(sub.root, b.root) / max(len(sub), len(b)))
    return alpha * node_sim + (1.0 - alpha) * struct_sim


def _string(a: Graph, b: SqlTree, alpha: float) -> float:
    sub = _current_step(a)
    return 0.0 if sub is None else SequenceMatcher(None, sub.sql, b.sql).ratio()


def _current_step(a: Graph) -> SqlTree | None:
    if isinstance(a, SqlTree):
        return a
    return a.steps[-1] if a.steps else None


SIMILARITY_METHODS: dict[str, Callable[[Graph, SqlTree, float], float]] = {
    "paper": _paper,
    "released": _released,
    "string": _string,
}
"""Similarity methods by name: each takes (candidate, gold tree, alpha)."""
