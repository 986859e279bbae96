"""Adaptive Demonstration Reasoning: the pool of decompositions usable as worked examples, and the
strategies that pick the k shown with a question (embedding, DAIL-SQL, AST similarity, random, fixed)."""

from learnat_core.demonstrations.dail import mask_question, schema_names, skeleton_similarity, sql_names, sql_skeleton
from learnat_core.demonstrations.embedding import embed
from learnat_core.demonstrations.pool import DemonstrationPool, question_key
from learnat_core.demonstrations.selection import (STRATEGIES, DemoQuery, Strategy, ranked_demonstrations, scores,
                                                   select_demonstrations)

__all__ = [
    "STRATEGIES",
    "DemoQuery",
    "DemonstrationPool",
    "Strategy",
    "embed",
    "mask_question",
    "question_key",
    "ranked_demonstrations",
    "schema_names",
    "scores",
    "select_demonstrations",
    "skeleton_similarity",
    "sql_names",
    "sql_skeleton",
]
