"""From a run's settings to its products: the training method, the proposer of each round, the question
sample, and the demonstration pool file of the successes (shared by ``learnat synthesize`` and notebook 03).

``method`` names which search makes the training data, as the paper's ablations name them: ``ast_mcts``
(DSP, the paper's), ``naive_mcts`` ("w/o AST guide": naive MCTS as the paper describes it, valued by the
proposer's self-evaluation), ``naive_mcts_oracle`` (the kit's oracle-reward variant) or ``cot`` ("only CoT
decomposition").
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from learnat_core.data import DataSplit, Example, load_schemas, sample_examples, schema_text
from learnat_core.decomposition import AST_RULES, write_decompositions
from learnat_core.demonstrations import DemonstrationPool
from learnat_core.errors import ConfigError, DataError
from learnat_core.evaluation.evaluator import absent_databases
from learnat_core.llm import Backend, GenerationConfig
from learnat_core.prompting import fixed_demonstrations
from learnat_core.synthesis.baselines import method_config
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.proposers import DEFAULT_GENERATION, LLMProposer, NoisyRuleProposer, RuleProposer
from learnat_core.synthesis.outputs import PAIRS_FILE, SFT_FILE, SUMMARY_FILE, TABLE_FILE
from learnat_core.synthesis.records import TREES_DIR, QuestionRecord, read_record
from learnat_core.synthesis.runner import RUN_FILE, ProposerFactory, demonstration_pool
from learnat_core.synthesis.state import Proposer

TRAINING_METHODS = {"ast_mcts": "dsp", "naive_mcts": "naive_mcts_self", "naive_mcts_oracle": "naive_mcts_oracle",
                    "cot": "cot"}
"""Training-data method name -> the baseline variant of ``synthesis.baselines`` it corresponds to."""

PROPOSER_KINDS = (AST_RULES, "llm")
POOL_FILE = "pool.jsonl"


def training_config(method: str, config: SynthesisConfig) -> SynthesisConfig:
    """``config`` turned into the search of ``method``: ``ast_mcts`` keeps it as given (so its ``pruning`` and
    ``reward`` settings stay free for ablations), the others become those baselines."""
    if method not in TRAINING_METHODS:
        raise ConfigError(f"unknown method {method!r}; choose one of {', '.join(TRAINING_METHODS)}")
    return config if method == "ast_mcts" else method_config(TRAINING_METHODS[method], config)


def select_examples(split: DataSplit, *, sample_size: int | None = None, seed: int = 0,
                    question_ids: Sequence[str] | None = None) -> list[Example]:
    """The questions to search: ``question_ids`` in split order, else a seeded sample of ``sample_size``
    (all when None) of the questions whose database is present."""
    examples = split.load()
    missing = set(absent_databases(split.db_root, (example.db_id for example in examples)))
    usable = [example for example in examples if example.db_id not in missing]
    if question_ids:
        wanted = set(question_ids)
        unknown = sorted(wanted - {example.id for example in usable})
        if unknown:
            raise ConfigError(f"question id(s) {', '.join(unknown)} not in {split.dataset}/{split.split} "
                              "(or their database is missing)")
        return [example for example in usable if example.id in wanted]
    if sample_size is not None and sample_size < 1:
        raise ConfigError(f"sample_size must be at least 1 (or None for all), got {sample_size}")
    return sample_examples(usable, sample_size, seed)


def round_proposers(kind: str, config: SynthesisConfig, split: DataSplit, *, backend: Backend | None = None,
                    generation: GenerationConfig = DEFAULT_GENERATION, noise: float = 0.0,
                    demo_k: int = 3) -> Proposer | ProposerFactory:
    """The proposer of a run: ``ast-rules`` (``noise`` > 0: ``NoisyRuleProposer``, so trees have wrong
    siblings to pair) or ``llm``, whose round 1 shows the two fixed demonstrations (as the released synthesis
    prompt does) and round ``r`` ≥ 2 the top-``demo_k`` earlier successes by AST similarity (the
    self-improving pool); the gold SQL when ``config.gold_in_prompt``. Rule-made sub-questions use the split's
    natural table and column names."""
    if kind not in PROPOSER_KINDS:
        raise ConfigError(f"unknown proposer {kind!r}; choose one of {', '.join(PROPOSER_KINDS)}")
    if kind == "llm" and backend is None:
        raise ConfigError("the llm proposer needs a backend (model)")
    schemas = load_schemas(split)
    if kind == AST_RULES:
        return NoisyRuleProposer(noise, schemas=schemas) if noise > 0 else RuleProposer(schemas=schemas)

    def factory(number: int, pool: DemonstrationPool) -> Proposer:
        fixed = number == 1
        shown_pool = DemonstrationPool(tuple(fixed_demonstrations())) if fixed else pool
        shown = {record.db_id for record in shown_pool.records if record.db_id in schemas}
        texts = {db_id: schema_text(schemas[db_id], style=config.schema_style, db_path=split.db_path(db_id),
                                    sample_values=config.sample_values) for db_id in shown}
        return LLMProposer(backend, generation=generation, show_gold=config.gold_in_prompt, demonstrations=shown_pool,
                           demo_k=len(shown_pool) if fixed else demo_k, demo_strategy="fixed" if fixed else "ast",
                           demo_schemas=texts, prompt_style=config.prompt_style)

    return factory


def first_round_proposer(proposer: Proposer | ProposerFactory) -> Proposer:
    """The proposer itself, or a factory's round-1 proposer (no demonstrations yet): for one-round uses such as
    the baseline comparison, and for naming a run's proposer."""
    return proposer if isinstance(proposer, Proposer) else proposer(1, DemonstrationPool(()))


def read_question_records(out_dir: str | os.PathLike) -> list[QuestionRecord]:
    """Every per-question record of a run folder (``trees/*.json``), in file-name order."""
    folder = Path(out_dir) / "trees"
    if not folder.is_dir():
        raise DataError(f"{folder} not found: is {out_dir} a synthesis run folder?")
    return [read_record(path) for path in sorted(folder.glob("*.json"))]


def clear_run(out_dir: str | os.PathLike) -> None:
    """Remove what a synthesis run wrote under ``out_dir`` (its trees, settings and derived files), so that the
    next run starts over; other files in the folder stay."""
    out_dir = Path(out_dir)
    shutil.rmtree(out_dir / TREES_DIR, ignore_errors=True)
    for name in (RUN_FILE, SFT_FILE, PAIRS_FILE, TABLE_FILE, SUMMARY_FILE, POOL_FILE):
        (out_dir / name).unlink(missing_ok=True)


def write_pool(out_dir: str | os.PathLike, path: str | os.PathLike | None = None) -> tuple[Path, int]:
    """Write the run's successful decompositions as a Decomposition JSONL (the ADR demonstration pool;
    default ``<out_dir>/pool.jsonl``); returns the file and how many records it holds."""
    records = read_question_records(out_dir)
    last_round = max((attempt.round for record in records for attempt in record.attempts), default=0)
    pool = demonstration_pool(records, last_round + 1)
    target = Path(path) if path is not None else Path(out_dir) / POOL_FILE
    write_decompositions(target, pool.records)
    return target, len(pool.records)
