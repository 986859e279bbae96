"""``learnat synthesize``: the Decomposition Synthesis Procedure over a dataset split, resumable, then a summary.

Every SynthesisConfig field is an option of its own (``--k``, ``--simulations``, ``--pruning`` /
``--no-pruning`` ...), so the command and the config cannot drift. Writes ``trees/``, ``sft.jsonl``,
``pairs.jsonl``, ``pool.jsonl``, ``synthesis_summary.csv`` and ``summary.json`` under ``--out-dir``; rerun the
same command to resume (finished questions are not searched again), or add ``--overwrite`` to start over.
"""

from __future__ import annotations

import argparse
import dataclasses

from learnat_core.arguments import (add_config_flags, add_parallel_flag, add_resume_flags, config_from_flags, fraction,
                                    output_dir, positive_int)
from learnat_core.data import locate
from learnat_core.data.flags import add_dataset_flags
from learnat_core.errors import ConfigError
from learnat_core.llm.flags import add_backend_flags, backend_from_flags
from learnat_core.synthesis import config as settings
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.outputs import SynthesisSummary
from learnat_core.synthesis.pipeline import (PROPOSER_KINDS, TRAINING_METHODS, clear_run, round_proposers,
                                             select_examples, training_config, write_pool)
from learnat_core.synthesis.proposers import DEFAULT_GENERATION
from learnat_core.synthesis.runner import synthesize

_CHOICES = {
    "similarity": tuple(settings.SIMILARITY_METHODS),
    "reward": settings.REWARDS,
    "success_rule": settings.SUCCESS_RULES,
    "nonprogressive_reward": settings.NONPROGRESSIVE_REWARDS,
    "pair_policy": settings.PAIR_POLICIES,
    "schema_style": tuple(settings.SCHEMA_STYLES),
    "prompt_style": tuple(settings.PROMPT_STYLES),
    "semantics": tuple(settings.SEMANTICS_NAMES),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``synthesize`` sub-command."""
    parser = subparsers.add_parser(
        "synthesize",
        help="search decompositions of a dataset split (AST-guided MCTS), write SFT data, step pairs and a pool",
        description="Resumable: rerun the same command to finish an interrupted run.",
    )
    add_dataset_flags(parser, split="train")
    parser.add_argument("--sample-size", type=positive_int, help="a seeded sample of N questions (default: all)")
    parser.add_argument("--ids", help="comma-separated question ids to search instead of a sample")
    parser.add_argument("--proposer", default="ast-rules", choices=PROPOSER_KINDS,
                        help="who proposes steps: the gold-AST rules or a model (default: ast-rules)")
    parser.add_argument("--rule-noise", type=fraction, default=0.0,
                        help="ast-rules: share of steps replaced by a perturbation, so trees have pairs (default: 0)")
    add_backend_flags(parser, required=False, use="llm proposer (required there): ")
    parser.add_argument("--max-new-tokens", type=positive_int, default=DEFAULT_GENERATION.max_new_tokens,
                        help=f"llm proposer: new tokens per sampled step (default: {DEFAULT_GENERATION.max_new_tokens})")
    parser.add_argument("--method", default="ast_mcts", choices=tuple(TRAINING_METHODS),
                        help="the search that makes the data (default: ast_mcts, the paper's DSP)")
    parser.add_argument("--rounds", type=positive_int, default=3, help="self-improving demonstration pool rounds (default: 3)")
    add_parallel_flag(parser, "questions searched", " (for HTTP backends)")
    parser.add_argument("--out-dir", required=True, type=output_dir, help="run folder to write (and resume)")
    add_resume_flags(parser, "the questions already searched in --out-dir")
    parser.add_argument("--no-progress", action="store_true", help="no progress bars")
    group = parser.add_argument_group("search settings (SynthesisConfig)")
    add_config_flags(group, SynthesisConfig, _CHOICES)
    parser.set_defaults(func=_synthesize)


def _synthesize(args: argparse.Namespace) -> int:
    config = training_config(args.method, config_from_flags(args, SynthesisConfig))
    if args.rule_noise and args.proposer != "ast-rules":
        raise ConfigError("--rule-noise is for the ast-rules proposer")
    if args.proposer == "llm" and args.model is None:
        raise ConfigError("--proposer llm needs --model (tiny, smollm2-135m-instruct, a model folder, a hub id ...)")
    if args.proposer != "llm" and args.model is not None:
        raise ConfigError(f"--model is for the llm proposer, not {args.proposer}")
    split = locate(args.dataset, args.split, args.data_root)
    ids = [item.strip() for item in args.ids.split(",") if item.strip()] if args.ids else None
    examples = select_examples(split, sample_size=args.sample_size, seed=config.seed, question_ids=ids)
    backend = backend_from_flags(args) if args.proposer == "llm" else None
    generation = dataclasses.replace(DEFAULT_GENERATION, max_new_tokens=args.max_new_tokens)
    proposer = round_proposers(args.proposer, config, split, backend=backend, generation=generation,
                               noise=args.rule_noise)
    if args.overwrite:
        clear_run(args.out_dir)
    summary = synthesize(examples, proposer, config, args.out_dir, split=split, rounds=args.rounds,
                         workers=args.parallel, progress=not args.no_progress)
    pool_file, pool_size = write_pool(args.out_dir)
    print(describe(summary, pool_size))
    print(f"files: {args.out_dir / 'sft.jsonl'}, {args.out_dir / 'pairs.jsonl'}, {pool_file}")
    return 0


def describe(summary: SynthesisSummary, pool_size: int) -> str:
    """The run's summary as a few lines: successes, rate per round, tokens, time, records per proposer."""
    tokens = summary.prompt_tokens + summary.completion_tokens
    per_success = "-" if summary.tokens_per_success is None else f"{summary.tokens_per_success:.0f}"
    lines = [
        f"{summary.successes}/{summary.searched} searched questions solved ({summary.success_rate:.1%}); "
        f"{summary.skipped} skipped, {summary.errors} errors, of {summary.questions}",
        *(f"round {item['round']}: {item['successes']}/{item['attempted']} solved ({item['success_rate']:.1%}), "
          f"cumulative {item['cumulative_success_rate']:.1%} [{', '.join(item['proposers'])}]"
          for item in summary.rounds),
        f"tokens: {tokens} ({summary.prompt_tokens} prompt + {summary.completion_tokens} completion), "
        f"{per_success} per success; {summary.proposer_calls} proposer calls",
        f"time: {summary.wall_seconds:.1f} s wall, {summary.search_seconds:.1f} s searching",
        f"nodes: {', '.join(f'{name} {count}' for name, count in summary.class_counts.items())}",
        f"written: {summary.sft_records} SFT records, {summary.pairs} pairs ({summary.pairs_dropped} dropped), "
        f"{pool_size} pool records",
    ]
    for output, counts in summary.records_by_proposer.items():
        made = ", ".join(f"{proposer} {count}" for proposer, count in counts.items()) or "none"
        lines.append(f"{output} records by proposer: {made}")
    return "\n".join(lines)
