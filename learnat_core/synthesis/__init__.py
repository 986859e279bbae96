"""The Decomposition Synthesis Procedure (paper §3): an MCTS over decomposition steps, guided by the gold AST.

A proposer (an LLM, or the rule-based gold-AST decomposer) suggests next steps; ``search`` classifies each
against the gold AST (progressive / redundant / invalid; unexecutable when it does not run), rewards
progressive ones by AST similarity, prunes the rest and detects success (the gold query, by AST, or a covered
rewrite with gold's names and rows); ``synthesize`` runs it over a dataset in rounds with a
self-improving demonstration pool and writes ``sft.jsonl`` and ``pairs.jsonl`` for training.
"""

from __future__ import annotations

from learnat_core.synthesis.baselines import SEARCH_METHODS, MethodComparison, compare_methods
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.judge import QuestionError
from learnat_core.synthesis.mcts import SearchResult, search
from learnat_core.synthesis.outputs import SynthesisSummary
from learnat_core.synthesis.pairs import StepPair, extract_pairs
from learnat_core.synthesis.proposers import LLMProposer, RuleProposer, make_proposer
from learnat_core.synthesis.records import read_record
from learnat_core.synthesis.runner import synthesize
from learnat_core.synthesis.state import Proposal, Proposer, SearchState

__all__ = [
    "SEARCH_METHODS",
    "LLMProposer",
    "MethodComparison",
    "Proposal",
    "Proposer",
    "QuestionError",
    "RuleProposer",
    "SearchResult",
    "SearchState",
    "StepPair",
    "SynthesisConfig",
    "SynthesisSummary",
    "compare_methods",
    "extract_pairs",
    "make_proposer",
    "read_record",
    "search",
    "synthesize",
]
