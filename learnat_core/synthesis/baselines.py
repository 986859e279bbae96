"""The paper's synthesis baselines beside the DSP search, all run through the same search and judge so that
only the method differs: **CoT** decomposition, **naive MCTS**, and **DSP** (AST-guided), and a comparison
of their success rate and cost (the paper: DSP 80.00 % vs CoT 59.07 % and naive MCTS 71.55 %, and 56 %
fewer tokens than naive MCTS).

* ``cot``: one sampled decomposition, no search: one proposal at a time from the root, each accepted
  whatever its class (no pruning), until a step reproduces the gold result or ``max_depth`` steps; a failed
  or unparseable proposal ends it. It succeeds iff its last step matches gold. (The paper's CoT writes the
  whole decomposition in one reply; stepping keeps the same proposer and judge for all three methods.)
* ``naive_mcts``: the search without pruning, rewarded only by a terminal execution match.
* ``dsp``: the search with AST-guided pruning and the AST-similarity reward.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from tqdm import tqdm

from learnat_core.data import DataSplit, Example, load_schemas
from learnat_core.errors import ConfigError
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.judge import QuestionError
from learnat_core.synthesis.mcts import SearchResult, search
from learnat_core.synthesis.questions import search_input
from learnat_core.synthesis.state import Proposer, SearchState

_VARIANTS: dict[str, Callable[[SynthesisConfig], SynthesisConfig]] = {
    "cot": lambda config: replace(config, k=1, pruning=False, reward="outcome", simulations=config.max_depth,
                                  stop_at_success=True),
    "naive_mcts": lambda config: replace(config, pruning=False, reward="outcome"),
    "dsp": lambda config: replace(config, pruning=True, reward="ast"),
}
METHODS = tuple(_VARIANTS)
"""Method names, in the paper's order: CoT, naive MCTS, DSP."""


@dataclass(frozen=True)
class MethodComparison:
    """One method over a set of questions: success rate and what the successes cost.

    ``tokens_per_success`` / ``calls_per_success`` divide every token / proposer call the method spent
    (failed searches included) by its successes; ``tokens_to_first_success`` / ``calls_to_first_success``
    average, over successful questions, what was spent up to the first execution match (the cost of finding
    one decomposition). All are None without a success.
    """

    method: str
    proposer: str
    questions: int
    skipped: int
    successes: int
    success_rate: float
    proposer_calls: int
    prompt_tokens: int
    completion_tokens: int
    tokens_per_success: float | None
    calls_per_success: float | None
    tokens_to_first_success: float | None
    calls_to_first_success: float | None
    seconds: float

    @property
    def questions_per_minute(self) -> float:
        """Questions searched per minute of wall time."""
        return 60.0 * self.questions / self.seconds if self.seconds > 0 else 0.0


def method_config(method: str, config: SynthesisConfig) -> SynthesisConfig:
    """``config`` with the settings that make it ``method`` (everything else, budget included, is kept)."""
    if method not in _VARIANTS:
        raise ConfigError(f"unknown synthesis method {method!r}; choose one of {', '.join(METHODS)}")
    return _VARIANTS[method](config)


def cot_decomposition(state: SearchState, proposer: Proposer, config: SynthesisConfig, *,
                      db_path: str | os.PathLike) -> SearchResult:
    """One stepwise decomposition without search (the CoT baseline); the result's tree is a chain."""
    return search(state, proposer, method_config("cot", config), db_path=db_path)


def naive_mcts(state: SearchState, proposer: Proposer, config: SynthesisConfig, *,
               db_path: str | os.PathLike) -> SearchResult:
    """The search without AST pruning, rewarded only by a terminal execution match."""
    return search(state, proposer, method_config("naive_mcts", config), db_path=db_path)


def compare_methods(examples: Sequence[Example], proposer: Proposer, config: SynthesisConfig, *, split: DataSplit,
                    methods: Sequence[str] = METHODS, progress: bool = True) -> list[MethodComparison]:
    """Run each method on every example with the same proposer and budget; one row per method, in order.

    Questions whose gold SQL or schema is unusable are skipped (counted in ``skipped``).
    """
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
        results: list[SearchResult] = []
        unusable = 0
        for item in tqdm(inputs, desc=f"synthesis [{method}]", unit="q", disable=not progress):
            try:
                results.append(search(item.state, proposer, variant, db_path=item.db_path))
            except QuestionError:  # the gold SQL does not parse or run
                unusable += 1
        rows.append(_summarize(method, proposer.name, results, skipped + unusable, time.perf_counter() - started))
    return rows


def _summarize(method: str, proposer: str, results: list[SearchResult], skipped: int,
               seconds: float) -> MethodComparison:
    successes = [result for result in results if result.success]
    first = [result.first_success for result in successes if result.first_success is not None]
    prompt = sum(result.prompt_tokens for result in results)
    completion = sum(result.completion_tokens for result in results)
    calls = sum(result.proposer_calls for result in results)
    count = len(successes)
    return MethodComparison(
        method=method,
        proposer=proposer,
        questions=len(results),
        skipped=skipped,
        successes=count,
        success_rate=count / len(results) if results else 0.0,
        proposer_calls=calls,
        prompt_tokens=prompt,
        completion_tokens=completion,
        tokens_per_success=(prompt + completion) / count if count else None,
        calls_per_success=calls / count if count else None,
        tokens_to_first_success=_mean([f["prompt_tokens"] + f["completion_tokens"] for f in first]),
        calls_to_first_success=_mean([f["proposer_calls"] for f in first]),
        seconds=seconds,
    )


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
