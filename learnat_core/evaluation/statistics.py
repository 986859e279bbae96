"""Uncertainty for small-scale numbers: a Wilson 95% interval on every rate, and a paired test on every
comparison of two systems scored on the same questions.

* ``rate``: EX with its Wilson score interval (``scipy.stats.binomtest(...).proportion_ci``), which stays
  inside [0, 100] and is honest at 0 or 1 correct answers, where the normal approximation is not.
* ``paired_comparison``: the difference in EX between two systems on the same questions, with a paired
  percentile bootstrap interval over questions (``scipy.stats.bootstrap(..., paired=True)``) and the exact
  McNemar test: a two-sided binomial test on the discordant questions (one right, the other wrong), which is
  what an exact McNemar is. Both come from SciPy; nothing here re-derives a formula.

The percentile bootstrap is the choice (not BCa) because small-scale rows are often degenerate (no
discordant question at all), where BCa is undefined; a named parameter lets a user choose another method.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from scipy import stats

from learnat_core.errors import ConfigError

CONFIDENCE = 0.95
RATE_COLUMNS = ("questions", "correct", "ex_pct", "ex_ci_low", "ex_ci_high")
COMPARISON_COLUMNS = ("a", "b", "questions", "a_ex_pct", "b_ex_pct", "delta_pts", "delta_ci_low", "delta_ci_high",
                      "a_only", "b_only", "p_value")


@dataclass(frozen=True)
class Rate:
    """A rate in percent with its Wilson interval: ``correct`` of ``questions``."""

    questions: int
    correct: int
    ex_pct: float
    ex_ci_low: float
    ex_ci_high: float

    def to_dict(self) -> dict:
        """The rate as a table row (the columns of ``RATE_COLUMNS``)."""
        return asdict(self)


@dataclass(frozen=True)
class PairedComparison:
    """System ``a`` minus system ``b`` on the same ``questions``: EX difference in points, its paired bootstrap
    interval, the discordant counts (``a_only``: a right and b wrong) and the exact McNemar p-value."""

    a: str
    b: str
    questions: int
    a_ex_pct: float
    b_ex_pct: float
    delta_pts: float
    delta_ci_low: float
    delta_ci_high: float
    a_only: int
    b_only: int
    p_value: float

    def to_dict(self) -> dict:
        """The comparison as a table row (the columns of ``COMPARISON_COLUMNS``)."""
        return asdict(self)

    def direction(self, alpha: float = 0.05) -> str:
        """``"a"`` or ``"b"`` when that system is better at level ``alpha`` (McNemar), else ``"undecided"``."""
        if self.p_value >= alpha or self.delta_pts == 0:
            return "undecided"
        return "a" if self.delta_pts > 0 else "b"


def rate(correct: int, questions: int, *, confidence: float = CONFIDENCE) -> Rate:
    """``correct`` of ``questions`` in percent with its Wilson score interval.

    >>> rate(13, 100).ex_pct, round(rate(13, 100).ex_ci_low, 1), round(rate(13, 100).ex_ci_high, 1)
    (13.0, 7.8, 21.0)
    """
    if questions < 1 or not 0 <= correct <= questions:
        raise ConfigError(f"a rate needs 0 <= correct <= questions and questions >= 1 (got {correct} of {questions})")
    interval = stats.binomtest(correct, questions).proportion_ci(confidence_level=confidence, method="wilson")
    return Rate(questions, correct, 100.0 * correct / questions, float(100.0 * interval.low), float(100.0 * interval.high))


def paired_comparison(a: str, a_correct: Sequence[bool], b: str, b_correct: Sequence[bool], *,
                      confidence: float = CONFIDENCE, resamples: int = 10_000, seed: int = 0,
                      method: str = "percentile") -> PairedComparison:
    """Compare two systems' per-question verdicts, given in the same question order.

    >>> c = paired_comparison("sft", [1, 1, 1, 0] * 25, "base", [0, 1, 1, 0] * 25)
    >>> c.delta_pts, c.a_only, c.b_only, round(c.p_value, 6)
    (25.0, 25, 0, 0.0)
    """
    first, second = np.asarray(a_correct, dtype=float), np.asarray(b_correct, dtype=float)
    if first.shape != second.shape or first.ndim != 1 or first.size == 0:
        raise ConfigError(f"paired comparison {a} vs {b}: need two equally long, non-empty verdict lists "
                          f"(got {first.size} and {second.size})")
    a_only = int(np.sum((first == 1) & (second == 0)))
    b_only = int(np.sum((first == 0) & (second == 1)))
    delta = float(_difference_pts(first, second))
    low, high = _bootstrap_interval(first, second, delta, confidence, resamples, seed, method)
    discordant = a_only + b_only
    p_value = stats.binomtest(a_only, discordant, 0.5).pvalue if discordant else 1.0
    return PairedComparison(a, b, int(first.size), float(100.0 * first.mean()), float(100.0 * second.mean()), delta,
                            low, high, a_only, b_only, float(p_value))


def scale_needed(row: Mapping[str, Any], *, alpha: float = 0.05, max_factor: int = 50) -> str:
    """How many times the questions a comparison row needs, its discordant counts scaled alike, for exact
    McNemar p < ``alpha``: one line (never within ``max_factor``× when the counts are balanced or zero).

    >>> scale_needed({"a": "sft", "b": "base", "a_only": 6, "b_only": 2, "questions": 300})
    'sft vs base: 6 vs 2 discordant on 300 questions, p < 0.05 at 3× as many (900 questions)'
    """
    a_only, b_only = int(row["a_only"]), int(row["b_only"])
    needed = next((k for k in range(1, max_factor + 1) if a_only != b_only
                   and stats.binomtest(a_only * k, (a_only + b_only) * k, 0.5).pvalue < alpha), None)
    where = (f"p < {alpha:g} at {needed}× as many ({needed * int(row['questions'])} questions)" if needed
             else f"never within {max_factor}× (balanced counts, or none)")
    return f"{row['a']} vs {row['b']}: {a_only} vs {b_only} discordant on {int(row['questions'])} questions, {where}"


def rate_sentence(name: str, row: Mapping[str, Any]) -> str:
    """One line stating a rate row (``ex_pct``, ``ex_ci_low``, ``ex_ci_high``, ``questions``) with its interval.

    >>> rate_sentence("sft", {"ex_pct": 13.0, "ex_ci_low": 9.0, "ex_ci_high": 18.4, "questions": 200})
    'sft: 13.0% EX, 95% interval [9.0, 18.4], on 200 questions'
    """
    return (f"{name}: {row['ex_pct']:.1f}% EX, 95% interval [{row['ex_ci_low']:.1f}, {row['ex_ci_high']:.1f}], "
            f"on {int(row['questions'])} questions")


def comparison_sentence(row: Mapping[str, Any], *, alpha: float = 0.05) -> str:
    """One line stating a comparison row (``COMPARISON_COLUMNS``) and what its test decides at level ``alpha``.

    >>> row = paired_comparison("sft", [1, 1, 1, 0] * 25, "base", [0, 1, 1, 0] * 25).to_dict()
    >>> comparison_sentence(row)  # doctest: +NORMALIZE_WHITESPACE
    'sft − base: +25.0 points (95% interval +17.0 to +34.0; right only by sft 25, only by base 0; exact McNemar
    p = 6e-08): sft is better on these 100 questions'
    """
    delta, p_value = row["delta_pts"], row["p_value"]
    if p_value < alpha and delta != 0:
        verdict = f"{row['a'] if delta > 0 else row['b']} is better on these {int(row['questions'])} questions"
    else:
        verdict = f"no difference this test can detect on these {int(row['questions'])} questions"
    return (f"{row['a']} − {row['b']}: {delta:+.1f} points (95% interval {row['delta_ci_low']:+.1f} to "
            f"{row['delta_ci_high']:+.1f}; right only by {row['a']} {int(row['a_only'])}, only by {row['b']} "
            f"{int(row['b_only'])}; exact McNemar p = {p_value:.2g}): {verdict}")


def _bootstrap_interval(first: np.ndarray, second: np.ndarray, delta: float, confidence: float, resamples: int,
                        seed: int, method: str) -> tuple[float, float]:
    """Paired bootstrap interval of the EX difference in points; a point interval when no question differs."""
    if np.array_equal(first - second, np.full_like(first, (first - second)[0])):
        return delta, delta  # every resample gives the same difference
    result = stats.bootstrap((first, second), _difference_pts, paired=True, vectorized=True,
                             confidence_level=confidence, n_resamples=resamples, method=method,
                             random_state=np.random.default_rng(seed))
    return float(result.confidence_interval.low), float(result.confidence_interval.high)


def _difference_pts(first: np.ndarray, second: np.ndarray, axis: int = -1) -> np.ndarray:
    return 100.0 * (np.mean(first, axis=axis) - np.mean(second, axis=axis))
