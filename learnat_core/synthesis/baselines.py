"""The paper's synthesis baselines beside the DSP search, all run through the same search, proposer and
success rule so that only the method differs, and a comparison of their success rate and cost (the paper:
DSP 80.00 % vs CoT 59.07 % and naive MCTS 71.55 %, and 56 % fewer tokens than naive MCTS).

* ``cot``: one sampled decomposition, no search: one proposal at a time from the root, each accepted
  whatever its class (no pruning), until a step is a success or ``max_depth`` steps; a failed or
  unparseable proposal ends it. (The paper's CoT writes the whole decomposition in one reply; stepping
  keeps the same proposer and judge for every method.)
* ``naive_mcts_self``: naive MCTS as the paper describes it: no pruning, each node valued by the proposer's
  own judgement of its step (``reward="self"``): an LLM proposer is asked (its tokens and calls are
  counted); a rule proposer gets the *simulated* judge, right with probability ``self_judge_accuracy``.
* ``naive_mcts_oracle``: the kit's variant: no pruning, rewarded only by a success, which the gold map
  decides (an oracle no real naive MCTS has).
* ``dsp``: the search with AST-guided pruning and the AST-similarity reward.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

from tqdm import tqdm

from learnat_core.data import DataSplit, Example, load_schemas
from learnat_core.errors import ConfigError
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.judge import QuestionError
from learnat_core.synthesis.mcts import SearchResult, search
from learnat_core.synthesis.questions import SearchInput, search_input
from learnat_core.synthesis.self_evaluation import self_evaluator
from learnat_core.synthesis.state import Proposer, SearchState

_VARIANTS: dict[str, Callable[[SynthesisConfig], SynthesisConfig]] = {
    "cot": lambda config: replace(config, k=1, pruning=False, reward="outcome", simulations=config.max_depth,
                                  stop_at_success=True),
    "naive_mcts_self": lambda config: replace(config, pruning=False, reward="self"),
    "naive_mcts_oracle": lambda config: replace(config, pruning=False, reward="outcome"),
    "dsp": lambda config: replace(config, pruning=True, reward="ast"),
}
SEARCH_METHODS = tuple(_VARIANTS)
"""Method names, in the paper's order: CoT, naive MCTS (self-evaluated, then the oracle variant), DSP."""


@dataclass(frozen=True)
class MethodComparison:
    """One method over a set of questions: success rate and what the successes cost.

    ``node_value`` names what valued the nodes (``ast-similarity``, ``oracle-outcome``, or the self-judge:
    the LLM proposer's name, or ``simulated-self-judge(p=…)``). ``calls`` are proposer calls plus
    self-evaluation calls (a simulated judge's count what a model would have been asked).
    ``tokens_per_success`` / ``calls_per_success`` divide every token / call the method spent (failed
    searches included) by its successes; ``tokens_to_first_success`` / ``calls_to_first_success`` average,
    over successful questions, what was spent up to the first success (the cost of finding one
    decomposition). All are None without a success.
    """

    method: str
    proposer: str
    node_value: str
    questions: int
    skipped: int
    successes: int
    success_rate: float
    proposer_calls: int
    evaluation_calls: int
    prompt_tokens: int
    completion_tokens: int
    tokens_per_success: float | None
    calls_per_success: float | None
    tokens_to_first_success: float | None
    calls_to_first_success: float | None
    seconds: float

    @property
    def calls(self) -> int:
        """Proposer calls plus self-evaluation calls."""
        return self.proposer_calls + self.evaluation_calls

    @property
    def tokens(self) -> int:
        """Prompt plus completion tokens, self-evaluations included."""
        return self.prompt_tokens + self.completion_tokens

    @property
    def questions_per_minute(self) -> float:
        """Questions searched per minute of wall time."""
        return 60.0 * self.questions / self.seconds if self.seconds > 0 else 0.0


def method_config(method: str, config: SynthesisConfig) -> SynthesisConfig:
    """``config`` with the settings that make it ``method`` (everything else, budget included, is kept)."""
    if method not in _VARIANTS:
        raise ConfigError(f"unknown synthesis method {method!r}; choose one of {', '.join(SEARCH_METHODS)}")
    return _VARIANTS[method](config)


def cot_decomposition(state: SearchState, proposer: Proposer, config: SynthesisConfig, *,
                      db_path: str | os.PathLike) -> SearchResult:
    """One stepwise decomposition without search (the CoT baseline); the result's tree is a chain."""
    return search(state, proposer, method_config("cot", config), db_path=db_path)


def naive_mcts(state: SearchState, proposer: Proposer, config: SynthesisConfig, *, db_path: str | os.PathLike,
               value: str = "self") -> SearchResult:
    """The search without AST pruning, nodes valued by the self-judge (``value="self"``) or by the oracle
    outcome (``value="oracle"``)."""
    return search(state, proposer, method_config(f"naive_mcts_{value}", config), db_path=db_path)


def compare_methods(examples: Sequence[Example], proposer: Proposer, config: SynthesisConfig, *, split: DataSplit,
                    methods: Sequence[str] = SEARCH_METHODS, workers: int = 1, progress: bool = True
                    ) -> list[MethodComparison]:
    """Run each method on every example with the same proposer and budget; one row per method, in order.

    Questions whose gold SQL or schema is unusable are skipped (counted in ``skipped``). ``workers`` > 1 searches
    that many questions at once in threads (an HTTP backend, or a local one behind ``llm.BatchingBackend``).
    """
    if workers < 1:
        raise ConfigError(f"workers must be at least 1, got {workers}")
    variants = [method_config(method, config) for method in methods]
    schemas = load_schemas(split)
    inputs, skipped = [], 0
    for example in examples:
        try:
            inputs.append(search_input(example, split, schemas, config))
        except QuestionError:
            skipped += 1
    rows = []
    for method, variant in zip(methods, variants):
        started = time.perf_counter()

        def searched(item: SearchInput, variant: SynthesisConfig = variant) -> SearchResult | None:
            try:
                return search(item.state, proposer, variant, db_path=item.db_path)
            except QuestionError:  # the gold SQL does not parse or run
                return None

        pool = ThreadPoolExecutor(max_workers=workers) if workers > 1 else None
        try:
            found = list(tqdm((pool.map if pool else map)(searched, inputs), total=len(inputs),
                              desc=f"synthesis [{method}]", unit="q", disable=not progress))
        finally:  # Ctrl-C: the searches not started are dropped, the running ones end
            if pool:
                pool.shutdown(cancel_futures=True)
        results = [result for result in found if result is not None]
        rows.append(_summarize(method, proposer.name, node_value(proposer, variant), results,
                               skipped + len(found) - len(results), time.perf_counter() - started))
    return rows


def node_value(proposer: Proposer, config: SynthesisConfig) -> str:
    """What values a search's nodes under ``config.reward``: ``ast-similarity``, ``oracle-outcome``, or the
    self-judge's name."""
    if config.reward == "self":
        return self_evaluator(proposer, config).name
    return {"ast": "ast-similarity", "outcome": "oracle-outcome"}[config.reward]


def _summarize(method: str, proposer: str, value: str, results: list[SearchResult], skipped: int,
               seconds: float) -> MethodComparison:
    successes = [result for result in results if result.success]
    first = [result.first_success for result in successes if result.first_success is not None]
    prompt = sum(result.prompt_tokens for result in results)
    completion = sum(result.completion_tokens for result in results)
    proposer_calls = sum(result.proposer_calls for result in results)
    evaluation_calls = sum(result.evaluation_calls for result in results)
    count = len(successes)
    return MethodComparison(
        method=method,
        proposer=proposer,
        node_value=value,
        questions=len(results),
        skipped=skipped,
        successes=count,
        success_rate=count / len(results) if results else 0.0,
        proposer_calls=proposer_calls,
        evaluation_calls=evaluation_calls,
        prompt_tokens=prompt,
        completion_tokens=completion,
        tokens_per_success=(prompt + completion) / count if count else None,
        calls_per_success=(proposer_calls + evaluation_calls) / count if count else None,
        tokens_to_first_success=_mean([f["prompt_tokens"] + f["completion_tokens"] for f in first]),
        calls_to_first_success=_mean([f["proposer_calls"] + f["evaluation_calls"] for f in first]),
        seconds=seconds,
    )


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
