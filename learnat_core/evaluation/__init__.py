"""Sandboxed execution accuracy: read-only SQLite execution, comparison rules, Spider hardness, evaluator.

Per-level tables live in ``learnat_core.evaluation.tables`` (it needs pandas, which workers do not).
"""

from learnat_core.evaluation.evaluator import Pair, Verdict, evaluate_pairs
from learnat_core.evaluation.hardness import BIRD_LEVELS, SPIDER_LEVELS, example_level, spider_hardness
from learnat_core.evaluation.sandbox import ExecResult, execute
from learnat_core.evaluation.semantics import SEMANTICS_NAMES, Semantics, get_semantics

__all__ = [
    "BIRD_LEVELS",
    "SEMANTICS_NAMES",
    "SPIDER_LEVELS",
    "ExecResult",
    "Pair",
    "Semantics",
    "Verdict",
    "evaluate_pairs",
    "example_level",
    "execute",
    "get_semantics",
    "spider_hardness",
]
