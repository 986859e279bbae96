"""Benchmark: what AST-guided pruning saves in the decomposition search, against naive MCTS and CoT.

The paper reports that DSP needs 56 % fewer tokens than naive MCTS (≈130K vs ≈330K) at a higher success
rate. Offline there is no LLM that writes usable steps, so the proposer here is the rule-based gold-AST
decomposer (``RuleProposer``, ``ast-rules``) with noise, standing in for an LLM that samples ``k`` steps:
sample ``i`` is the decomposer's ``i``-th next step (cycling when it has fewer than ``k``; identical
samples become one child, as identical LLM samples do), replaced with probability ``--noise`` by a wrong
step, a perturbation of it (``sql_ast.perturbations``: flipped comparison, changed literal, swapped
aggregate, dropped condition, ...), which is usually invalid against the gold AST, and never a success.
The noise is drawn from each call's seed. Unlike an LLM, the decomposer finds its way back to the gold
query after a wrong step, which favours naive MCTS's success rate. A success is the gold query
(``SynthesisConfig.success_rule``, default ``ast_or_covered``).

Methods: CoT, naive MCTS as the paper describes it (``naive_mcts_self``: no pruning, node values from a
self-judge, here the *simulated* one, right with probability 0.4635, the paper's GPT-4 figure), the kit's
oracle-reward naive MCTS (``naive_mcts_oracle``) and DSP. The proposer costs no tokens, so cost is counted
in **calls**: proposer calls (one LLM call with ``k`` samples) plus self-evaluation calls (one per judged
step, what a model would have been asked): per successful decomposition (every call of the run, failed
searches included) and up to the first success (the cost of finding one decomposition). Also printed:
success rate and questions per minute of wall time (search plus execution checks, no model time).

    python benchmarks/bench_synthesis.py [--n 100] [--noise 0.4] [--k 3] [--simulations 50] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Sequence

from learnat_core.data import locate
from learnat_core.synthesis.baselines import SEARCH_METHODS, MethodComparison, compare_methods
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.proposers import NoisyRuleProposer


def _row(comparison: MethodComparison) -> str:
    def number(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}"

    solved = f"{comparison.successes:>4}/{comparison.questions:<4}"
    return (f"{comparison.method:<17} {comparison.node_value:<30} {solved} {comparison.success_rate:>7.1%} "
            f"{comparison.proposer_calls:>6} {comparison.evaluation_calls:>6} "
            f"{number(comparison.calls_per_success):>9} {number(comparison.calls_to_first_success):>9} "
            f"{comparison.questions_per_minute:>8.0f}")


def main(argv: Sequence[str] | None = None) -> None:
    """Run every method on the same questions and proposer; print the table and DSP's ratios to naive MCTS."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="Spider dev questions, drawn with --seed (default 100)")
    parser.add_argument("--noise", type=float, default=0.4, help="probability that a correct step is corrupted")
    parser.add_argument("--k", type=int, default=3, help="proposals per expansion (default 3)")
    parser.add_argument("--simulations", type=int, default=50, help="search budget per question (default 50)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--data-root", default=None, help="data root (default: the bundled Spider subset)")
    args = parser.parse_args(argv)

    split = locate("spider", "dev", args.data_root)
    examples = split.load()
    examples = sorted(random.Random(args.seed).sample(examples, min(args.n, len(examples))), key=lambda e: int(e.id))
    config = SynthesisConfig(k=args.k, simulations=args.simulations, seed=args.seed)
    proposer = NoisyRuleProposer(args.noise)
    rows = compare_methods(examples, proposer, config, split=split, methods=SEARCH_METHODS, progress=True)

    print(f"proposer {proposer.name}, k={args.k}, simulations={args.simulations}, {len(examples)} Spider dev questions")
    print(f"{'method':<17} {'node value':<30} {'solved':>9} {'rate':>7} {'calls':>6} {'evals':>6} {'calls/ok':>9} "
          f"{'to 1st ok':>9} {'q/min':>8}")
    for row in rows:
        print(_row(row))
    by_method = {row.method: row for row in rows}
    dsp = by_method["dsp"]
    ratios = (("calls per success", "calls_per_success"), ("calls to first success", "calls_to_first_success"))
    for baseline in ("naive_mcts_self", "naive_mcts_oracle"):
        for label, attribute in ratios:
            before, after = getattr(by_method[baseline], attribute), getattr(dsp, attribute)
            if before and after is not None:
                print(f"DSP vs {baseline}, {label}: {after:.2f} / {before:.2f} = {after / before:.3f} "
                      f"({1 - after / before:.1%} fewer; the paper: 56.38 % fewer tokens than its naive MCTS)")


if __name__ == "__main__":
    main()
