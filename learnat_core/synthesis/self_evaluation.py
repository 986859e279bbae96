"""Self-evaluation of proposed steps: the node value of naive MCTS as the paper describes it (``reward="self"``),
the signal the paper replaces with the AST reward because it is unreliable (GPT-4: 46.35 % accurate on BIRD).

* An ``LLMProposer`` scores its own step: ``evaluation_prompt`` asks the model for a number from 0 to 10,
  ``read_score`` turns the first number of the reply into a score in [0, 1] (0 when it holds none), and the
  call's tokens count into the method's cost.
* A proposer without a model (the rule proposers) gets ``SimulatedSelfJudge``: a good/bad verdict that
  agrees with the gold map's truth with probability ``accuracy`` (the paper's measured 46.35 % by default),
  seeded per step. It is named ``simulated-self-judge(p=…)`` so that its rows are never read as a model's
  judgement.
"""

from __future__ import annotations

import random
import re

from learnat_core.decomposition import Step
from learnat_core.errors import ConfigError
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.state import Proposer, SearchState, SelfEvaluation, SelfEvaluator

SCALE = 10
"""The self-evaluation prompt asks for a score from 0 to ``SCALE``."""

_NUMBER = re.compile(r"\d+(?:\.\d+)?")


class SimulatedSelfJudge:
    """A stand-in for a model judging its own step: right with probability ``accuracy``, seeded per step."""

    def __init__(self, accuracy: float = SynthesisConfig.self_judge_accuracy) -> None:
        if not 0.0 <= accuracy <= 1.0:
            raise ConfigError(f"the simulated judge's accuracy must lie in [0, 1], got {accuracy!r}")
        self.accuracy = accuracy
        self.name = f"simulated-self-judge(p={accuracy:g})"

    def evaluate(self, state: SearchState, step: Step, *, truth: bool, seed: int = 0) -> SelfEvaluation:
        """Score 1 for a "good" verdict, 0 for "bad"; the verdict is ``truth`` with probability ``accuracy``."""
        prefix = "|".join(done.sub_sql for done in state.steps)
        rng = random.Random(f"{seed}|{state.question_id}|{prefix}|{step.sub_sql}")
        verdict = truth if rng.random() < self.accuracy else not truth
        return SelfEvaluation(1.0 if verdict else 0.0)


def self_evaluator(proposer: Proposer, config: SynthesisConfig) -> SelfEvaluator:
    """The proposer itself when it can judge its steps (an ``LLMProposer``), else the simulated judge."""
    return proposer if isinstance(proposer, SelfEvaluator) else SimulatedSelfJudge(config.self_judge_accuracy)


def evaluation_prompt(state: SearchState, step: Step) -> list[dict[str, str]]:
    """The short chat prompt asking a model to score ``step`` as the next step after ``state`` (no gold SQL)."""
    done = "".join(f"{index}. {item.sub_question}\n   {item.sub_sql}\n" for index, item in enumerate(state.steps, 1))
    evidence = f"Evidence: {state.evidence}\n" if state.evidence else ""
    user = (f"Database schema:\n{state.schema_text}\n\nQuestion: {state.question}\n{evidence}\n"
            f"Steps so far:\n{done or '(none)'}\n"
            f"Proposed next step:\n{step.sub_question}\n{step.sub_sql}\n\n"
            f"How likely is the proposed step to be a correct step towards the SQL that answers the question? "
            f"Reply with one number from 0 (wrong) to {SCALE} (certainly right) and nothing else.")
    return [{"role": "system", "content": "You are a data science expert."}, {"role": "user", "content": user}]


def read_score(text: str) -> float:
    """The first number of a reply over ``SCALE``, clipped to [0, 1]; 0 when the reply holds no number."""
    found = _NUMBER.search(text)
    return 0.0 if found is None else min(1.0, float(found.group()) / SCALE)
