"""Intervals and paired tests: values checked against closed forms, edge cases, and determinism."""

from __future__ import annotations

import math

import numpy as np
import pytest

from learnat_core.errors import ConfigError
from learnat_core.evaluation.statistics import paired_comparison, rate


def _wilson_closed_form(k: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return 100 * (centre - half), 100 * (centre + half)


@pytest.mark.parametrize(("k", "n"), [(0, 300), (1, 100), (13, 200), (48, 300), (300, 300)])
def test_rate_is_the_wilson_interval(k, n):
    result = rate(k, n)
    low, high = _wilson_closed_form(k, n)
    assert result.ex_pct == pytest.approx(100 * k / n)
    assert (result.ex_ci_low, result.ex_ci_high) == (pytest.approx(low, abs=1e-9), pytest.approx(high, abs=1e-9))
    assert 0.0 <= result.ex_ci_low <= result.ex_pct <= result.ex_ci_high <= 100.0


def test_rate_at_zero_still_has_a_positive_upper_bound():
    assert rate(0, 100).ex_ci_high > 3.0  # "0%" on 100 questions cannot rule out a 3% system


@pytest.mark.parametrize(("k", "n"), [(1, 0), (-1, 10), (11, 10)])
def test_rate_rejects_impossible_counts(k, n):
    with pytest.raises(ConfigError, match="questions"):
        rate(k, n)


def test_mcnemar_is_the_exact_binomial_test_on_discordant_questions():
    a = [1] * 10 + [1] * 5 + [0] * 85
    b = [0] * 10 + [1] * 5 + [0] * 85
    result = paired_comparison("a", a, "b", b)
    assert (result.a_only, result.b_only, result.questions) == (10, 0, 100)
    assert result.p_value == pytest.approx(2 * 0.5**10)
    assert result.delta_pts == pytest.approx(10.0)
    assert result.direction() == "a"


def test_concordant_questions_do_not_change_the_test():
    discordant = [(1, 0)] * 7 + [(0, 1)] * 3
    small = paired_comparison("a", [x for x, _ in discordant], "b", [y for _, y in discordant])
    padded = discordant + [(1, 1)] * 50 + [(0, 0)] * 40
    large = paired_comparison("a", [x for x, _ in padded], "b", [y for _, y in padded])
    assert small.p_value == pytest.approx(large.p_value)
    assert large.direction() == "undecided"  # 7 vs 3 is not significant


def test_bootstrap_interval_brackets_the_delta_and_narrows_with_more_questions():
    rng = np.random.default_rng(3)
    a = rng.random(1200) < 0.30
    b = rng.random(1200) < 0.20
    small = paired_comparison("a", a[:100], "b", b[:100])
    large = paired_comparison("a", a, "b", b)
    for result in (small, large):
        assert result.delta_ci_low <= result.delta_pts <= result.delta_ci_high
    assert large.delta_ci_high - large.delta_ci_low < small.delta_ci_high - small.delta_ci_low


def test_bootstrap_is_deterministic_for_a_seed():
    rng = np.random.default_rng(0)
    a, b = rng.random(200) < 0.5, rng.random(200) < 0.4
    assert paired_comparison("a", a, "b", b, seed=7) == paired_comparison("a", a, "b", b, seed=7)


def test_identical_systems_get_a_point_interval_and_p_one():
    same = [1, 0, 0, 1, 0]
    result = paired_comparison("a", same, "b", same)
    assert (result.delta_pts, result.delta_ci_low, result.delta_ci_high, result.p_value) == (0.0, 0.0, 0.0, 1.0)
    assert result.direction() == "undecided"


def test_unpaired_lists_are_refused():
    with pytest.raises(ConfigError, match="equally long"):
        paired_comparison("a", [1, 0], "b", [1])


def test_docstring_examples_of_the_statistics_module():
    import doctest

    from learnat_core.evaluation import statistics as module

    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 6 and result.failed == 0


def test_comparison_sentence_says_undecided_without_significance():
    from learnat_core.evaluation.statistics import comparison_sentence, paired_comparison

    row = paired_comparison("mdpo", [1, 0] * 50, "sft", [0, 1] * 50).to_dict()
    text = comparison_sentence(row)
    assert text.startswith("mdpo − sft: +0.0 points") and "p = 1" in text
    assert text.endswith("no difference this test can detect on these 100 questions")
    worse = comparison_sentence(paired_comparison("a", [0] * 40, "b", [1] * 20 + [0] * 20).to_dict())
    assert worse.endswith("b is better on these 40 questions") and "-50.0 points" in worse
