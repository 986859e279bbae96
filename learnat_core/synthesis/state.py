"""What the decomposition search hands a proposer, and what a proposer hands back.

A ``Proposer`` suggests candidate next steps (sub-question, sub-SQL) for a search state; the search
(``mcts``), the baselines and the preliminary experiment all talk to proposers through this interface, so an
LLM (``llm:<model>``) and the rule-based gold-AST decomposer (``ast-rules``) are interchangeable, and every
record says which one made it.
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
    """

    step: Step | None
    failure: str | None = None
    raw: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0


@runtime_checkable
class Proposer(Protocol):
    """Suggests up to ``k`` candidate next steps for a state; ``name`` is recorded with every output."""

    name: str

    def propose(self, state: SearchState, k: int, *, seed: int = 0) -> list[Proposal]:
        """Return at most ``k`` proposals (fewer when no more distinct ones exist)."""
        ...
