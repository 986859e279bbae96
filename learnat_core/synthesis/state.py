"""What the decomposition search hands a proposer, and what a proposer hands back.

A ``Proposer`` suggests candidate next steps (sub-question, sub-SQL) for a search state; the search
(``mcts``), the baselines and the preliminary experiment all talk to proposers through this interface, so an
LLM (``llm:<model>``) and the rule-based gold-AST decomposer (``ast-rules``) are interchangeable, and every
record says which one made it. A ``SelfEvaluator`` scores a proposed step for naive MCTS's self-evaluated
node value (``SynthesisConfig.reward="self"``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from learnat_core.decomposition import Step


@dataclass(frozen=True)
class SearchState:
    """A node's view of the problem: the question and its context, plus the steps accepted so far."""

    question_id: str
    db_id: str
    question: str
    schema_text: str
    gold_sql: str
    evidence: str = ""
    steps: tuple[Step, ...] = ()

    def extended(self, step: Step) -> SearchState:
        """The state after accepting ``step``."""
        return SearchState(self.question_id, self.db_id, self.question, self.schema_text, self.gold_sql,
                           self.evidence, self.steps + (step,))


@dataclass(frozen=True)
class Proposal:
    """One candidate next step, or the reason none could be read from the proposer's reply.

    ``failure`` is None when ``step`` is set; otherwise a short kind (``no_json``, ``bad_json``,
    ``missing_field``, ``empty_sql``, ``empty_output``, ``backend_error``, ``prompt_too_long``, ...).
    ``perturbed`` marks a step a noisy proposer corrupted on purpose: it never counts as a success.
    """

    step: Step | None
    failure: str | None = None
    raw: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    perturbed: bool = False


@runtime_checkable
class Proposer(Protocol):
    """Suggests up to ``k`` candidate next steps for a state; ``name`` is recorded with every output."""

    name: str

    def propose(self, state: SearchState, k: int, *, seed: int = 0) -> list[Proposal]:
        """Return at most ``k`` proposals (fewer when no more distinct ones exist)."""
        ...


@dataclass(frozen=True)
class SelfEvaluation:
    """A judge's score in [0, 1] for one proposed step, what asking cost, and its reply."""

    score: float
    prompt_tokens: int = 0
    completion_tokens: int = 0
    raw: str = ""


@runtime_checkable
class SelfEvaluator(Protocol):
    """Scores a proposed step as the proposer's own judgement (naive MCTS's node value, ``reward="self"``)."""

    name: str

    def evaluate(self, state: SearchState, step: Step, *, truth: bool, seed: int = 0) -> SelfEvaluation:
        """Score ``step`` as the next step after ``state``; ``truth`` (whether the gold map calls it right) is
        read only by a simulated judge."""
        ...
