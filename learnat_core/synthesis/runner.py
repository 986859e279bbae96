"""``synthesize``: the Decomposition Synthesis Procedure over a set of questions, resumable, with the
paper's self-improving demonstration pool.

Rounds 1..R: round ``r`` searches every question with no success in rounds before it (and not skipped);
its proposer comes from ``proposer_factory(r, pool)``, where ``pool`` is a ``DemonstrationPool`` of the
successful decompositions of rounds < r (an ``LLMProposer`` shows the top-3 by AST similarity from it, as
the paper does). Retrying only unsolved questions is our reading of the paper's per-round gains (it does
not say). A plain proposer is used in every round. Round ``r`` offsets the sampling seed by
10,000·(r−1), so a retried question gets new samples rather than a replay.

Each finished attempt is written at once to ``<out_dir>/trees/<question_id>.json`` (see ``records``); a
rerun loads those files and searches only what is missing, then rewrites the derived files (see
``outputs``). ``<out_dir>/run.json`` holds the config: resuming with different search settings is refused
(``min_margin`` and ``pair_policy`` only shape the derived files, so they may change).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import replace
from pathlib import Path

from tqdm import tqdm

from learnat_core.data import DataSplit, Example, load_schemas
from learnat_core.decomposition import Decomposition
from learnat_core.demonstrations import DemonstrationPool
from learnat_core.errors import ConfigError, DataError
from learnat_core.prompting.contract import write_prompt_settings
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.judge import QuestionError
from learnat_core.synthesis.mcts import search
from learnat_core.synthesis.outputs import SynthesisSummary, write_outputs
from learnat_core.synthesis.questions import search_input
from learnat_core.synthesis.records import (
    ERROR,
    SEARCHED,
    SKIPPED,
    Attempt,
    QuestionRecord,
    read_record,
    record_path,
    write_record,
)
from learnat_core.synthesis.state import Proposer, SearchState
from learnat_core.files import write_text_atomic

logger = logging.getLogger(__name__)

ProposerFactory = Callable[[int, DemonstrationPool], Proposer]
"""Builds round ``r``'s proposer from the pool of earlier successes: ``factory(r, pool)``."""

RUN_FILE = "run.json"
_ROUND_SEED_STRIDE = 10_000  # round r samples with seeds offset by this times (r - 1): a retry is not a replay
_OUTPUT_ONLY = frozenset({"min_margin", "pair_policy"})


def synthesize(
    examples: Sequence[Example],
    proposer: Proposer | ProposerFactory,
    config: SynthesisConfig,
    out_dir: str | os.PathLike,
    *,
    split: DataSplit,
    rounds: int = 1,
    workers: int = 1,
    progress: bool = True,
) -> SynthesisSummary:
    """Search every example for ``rounds`` rounds and write the run's files under ``out_dir``.

    ``workers`` > 1 searches that many questions at once in threads (for HTTP-backed proposers; keep 1 for
    a local model). Unusable questions (gold SQL that does not parse or run, no schema) are recorded with
    their reason and skipped; an unexpected error in one question is recorded and retried on resume.
    """
    if rounds < 1 or workers < 1:
        raise ConfigError(f"rounds and workers must be at least 1 (got {rounds} and {workers})")
    started = time.perf_counter()
    out_dir = Path(out_dir)
    _claim(out_dir, config)
    write_prompt_settings(out_dir, config.prompt_settings())  # carried into the models trained on this run
    schemas = load_schemas(split)
    _check_file_names(examples, out_dir)
    records = {example.id: _record(example, split, schemas, config, out_dir) for example in examples}
    for number in range(1, rounds + 1):
        todo = [record for record in records.values() if record.needs_attempt(number)]
        if not todo:
            continue
        round_proposer = _round_proposer(proposer, number, records.values())
        round_config = replace(config, seed=config.seed + _ROUND_SEED_STRIDE * (number - 1))
        for record in _run_round(todo, round_proposer, round_config, split, number, workers, progress):
            write_record(record_path(out_dir, record.question_id), record)
            records[record.question_id] = record
    summary = write_outputs(list(records.values()), out_dir, config, wall_seconds=time.perf_counter() - started)
    logger.info("synthesis: %d/%d searched questions solved, %d tokens, %.1f s", summary.successes,
                summary.searched, summary.prompt_tokens + summary.completion_tokens, summary.wall_seconds)
    return summary


def demonstration_pool(records: Iterable[QuestionRecord], before_round: int) -> DemonstrationPool:
    """The successful decompositions found in rounds before ``before_round``, as a demonstration pool."""
    found = []
    for record in records:
        attempt = record.succeeded
        if attempt is not None and attempt.round < before_round:
            steps = attempt.result.best
            found.append(Decomposition(record.question_id, record.db_id, record.question, steps, steps[-1].sub_sql,
                                       attempt.proposer, record.evidence, record.gold_sql, {"round": attempt.round}))
    return DemonstrationPool(found)


def _claim(out_dir: Path, config: SynthesisConfig) -> None:
    """Record the config in ``run.json``, or check that a resumed run's search settings are the same."""
    path = out_dir / RUN_FILE
    current = config.to_dict()
    if path.exists():
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))["config"]
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise DataError(f"{path}: cannot read the saved run settings ({error})") from None
        changed = sorted(key for key in set(saved) | set(current)
                         if key not in _OUTPUT_ONLY and saved.get(key) != current.get(key))
        if changed:
            details = ", ".join(f"{key}: {saved.get(key)!r} -> {current.get(key)!r}" for key in changed)
            raise ConfigError(f"{out_dir} holds a run with other search settings ({details}); use a new out_dir")
    write_text_atomic(path, json.dumps({"config": current}, indent=1) + "\n")


def _check_file_names(examples: Sequence[Example], out_dir: Path) -> None:
    """Refuse questions that would share a result file (the same id, or ids equal once made file-safe)."""
    files: dict[Path, str] = {}
    for example in examples:
        path = record_path(out_dir, example.id)
        if path in files:
            raise ConfigError(f"questions {files[path]!r} and {example.id!r} share the result file {path.name}")
        files[path] = example.id


def _record(example: Example, split: DataSplit, schemas: dict, config: SynthesisConfig,
            out_dir: Path) -> QuestionRecord:
    """The question's saved record (resume), else a new one; an unusable schema is recorded as skipped."""
    path = record_path(out_dir, example.id)
    if path.exists():
        try:
            record = read_record(path)
        except DataError as error:
            logger.warning("%s; searching question %s again", error, example.id)
        else:
            if (record.question_id, record.db_id, record.gold_sql) != (example.id, example.db_id, example.gold_sql):
                raise ConfigError(f"{path} holds another question than {example.id!r} of {example.db_id!r}")
            return record
    try:
        schema = search_input(example, split, schemas, config).state.schema_text
    except QuestionError as error:
        record = QuestionRecord(example.id, example.db_id, example.question, example.evidence, example.gold_sql, "",
                                (Attempt(1, "", SKIPPED, str(error)),))
        write_record(path, record)
        return record
    return QuestionRecord(example.id, example.db_id, example.question, example.evidence, example.gold_sql, schema)


def _round_proposer(proposer: Proposer | ProposerFactory, number: int, records: Iterable[QuestionRecord]) -> Proposer:
    if isinstance(proposer, Proposer):
        return proposer
    built = proposer(number, demonstration_pool(records, number))
    if not isinstance(built, Proposer):
        raise ConfigError(f"the proposer factory returned {type(built).__name__}, not a Proposer")
    return built


def _run_round(todo: list[QuestionRecord], proposer: Proposer, config: SynthesisConfig, split: DataSplit,
               number: int, workers: int, progress: bool) -> Iterator[QuestionRecord]:
    """Each record of ``todo`` with this round's attempt added, as attempts finish."""
    solved = tokens = 0
    with tqdm(total=len(todo), desc=f"synthesis round {number} [{proposer.name}]", unit="q",
              disable=not progress) as bar:
        for record, attempt in _attempts(todo, proposer, config, split, number, workers):
            solved += attempt.success
            tokens += attempt.result.tokens if attempt.result else 0
            bar.set_postfix(solved=solved, tokens=tokens, refresh=False)
            bar.update()
            yield record.with_attempt(attempt)


def _attempts(todo: list[QuestionRecord], proposer: Proposer, config: SynthesisConfig, split: DataSplit, number: int,
              workers: int) -> Iterator[tuple[QuestionRecord, Attempt]]:
    if workers == 1:
        for record in todo:
            yield record, _attempt(record, proposer, config, split, number)
        return
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(_attempt, record, proposer, config, split, number): record for record in todo}
        for future in as_completed(futures):
            yield futures[future], future.result()


def _attempt(record: QuestionRecord, proposer: Proposer, config: SynthesisConfig, split: DataSplit,
             number: int) -> Attempt:
    state = SearchState(record.question_id, record.db_id, record.question, record.schema_text, record.gold_sql,
                        record.evidence)
    try:
        result = search(state, proposer, config, db_path=split.db_path(record.db_id))
    except QuestionError as error:
        return Attempt(number, proposer.name, SKIPPED, str(error))
    except Exception as error:  # one question's unexpected failure must not end the run; resume retries it
        logger.exception("synthesis of question %s failed", record.question_id)
        return Attempt(number, proposer.name, ERROR, f"{type(error).__name__}: {error}")
    return Attempt(number, proposer.name, SEARCHED, result=result)
