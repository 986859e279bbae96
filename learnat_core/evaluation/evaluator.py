"""Execution accuracy of (gold, prediction) pairs: parallel over databases, each distinct query run once.

Pairs are grouped by database into chunks, each run by one worker process with a reused read-only
connection; within a chunk every distinct prepared query is executed once, so a gold result is shared by
all pairs that use it and a prediction equal to any gold or other prediction reuses its result. A chunk
is a whole database unless a database holds more than 1/(2 x workers) of the pairs; then it is split,
keeping the pairs of each gold query together. Every per-item problem becomes a status.

The gold result of a pair is known before its prediction runs, so the prediction is fetched only until
its rows exceed the rule's rejection bound (e.g. more rows than the gold result under ``spider``): the
mismatch is then decided, the verdict is the one the full run would give (ex 0), and the item says
``rejected_early``. A result stopped that way is reused only where it decides too; a gold query, or a
prediction facing a larger bound, runs again in full.
"""

from __future__ import annotations

import gc
import logging
import math
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from learnat_core.errors import ConfigError, DataError, SqlParseError
from learnat_core.evaluation.hardness import spider_hardness
from learnat_core.evaluation.sandbox import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, ExecResult, RowBound, execute
from learnat_core.evaluation.semantics import Semantics, get_semantics

logger = logging.getLogger(__name__)

NO_PREDICTION = "no prediction"


@dataclass(frozen=True)
class Pair:
    """One item to score: the gold and predicted SQL on database ``db_id`` (``pred`` None: none given).

    ``difficulty`` is an optional level label (e.g. BIRD's) reported instead of computed Spider hardness."""

    id: str
    db_id: str
    gold: str
    pred: str | None
    difficulty: str | None = None


@dataclass(frozen=True)
class Verdict:
    """The score of one pair under a semantics, with what happened to each of its two queries."""

    id: str
    db_id: str
    ex: int  # 1 when the prediction counts as correct
    gold_status: str  # ok / error / timeout
    pred_status: str
    hardness: str | None  # Spider hardness (spider semantics) or the pair's difficulty label
    gold_error: str = ""  # the message when the status is not ok
    pred_error: str = ""
    seconds: float = 0.0  # gold plus predicted run time (a result shared between pairs counts its one run)
    rejected_early: str = ""  # why fetching the prediction stopped early (with the row count), if it did


@dataclass(frozen=True)
class _Settings:
    semantics: str
    keep_distinct: bool
    timeout: float
    max_rows: int
    early_rejection: bool


@dataclass(frozen=True)
class _Chunk:
    db_path: str
    items: tuple[tuple[int, Pair], ...]  # (position in the input, pair)


def db_path_for(db_root: str | os.PathLike, db_id: str) -> Path:
    """Where a database lives in the Spider/BIRD layout: ``<db_root>/<db_id>/<db_id>.sqlite``."""
    return Path(db_root) / db_id / f"{db_id}.sqlite"


def absent_databases(db_root: str | os.PathLike, db_ids: Iterable[str]) -> list[str]:
    """The db_ids whose SQLite file is not under ``db_root``, sorted; DataError when none is there (a run on
    a wrong database folder would only score gold errors)."""
    wanted = sorted(set(db_ids))
    absent = [db_id for db_id in wanted if not db_path_for(db_root, db_id).is_file()]
    if wanted and len(absent) == len(wanted):
        raise DataError(f"none of the {len(wanted)} databases is under {db_root} "
                        f"(looked for {db_path_for(db_root, wanted[0])} and the like)")
    return absent


def evaluate_pairs(
    pairs: Iterable[Pair],
    db_root: str | os.PathLike,
    *,
    semantics: str = "spider",
    timeout: float = DEFAULT_TIMEOUT,
    workers: int | None = None,
    keep_distinct: bool = False,
    progress: bool = True,
    max_rows: int = DEFAULT_MAX_ROWS,
    early_rejection: bool = True,
) -> list[Verdict]:
    """Score every pair under the named semantics; verdicts come back in input order.

    ``workers`` processes (default: all cores; 1 runs in this process) share the per-database chunks; the
    total wall time is logged at INFO level. ``early_rejection`` False runs every prediction to the end
    (same verdicts, only slower).
    """
    get_semantics(semantics, keep_distinct=keep_distinct)  # an unknown name fails before any work
    if timeout <= 0 or max_rows <= 0:
        raise ConfigError(f"timeout and max_rows must be positive (got {timeout} and {max_rows})")
    items = list(enumerate(pairs))
    workers = workers or os.cpu_count() or 1
    settings = _Settings(semantics, keep_distinct, timeout, max_rows, early_rejection)
    max_size = len(items) if workers == 1 else math.ceil(len(items) / (2 * workers))
    chunks = _chunks(items, Path(db_root), max_size=max(max_size, 1))
    started = time.perf_counter()
    verdicts: dict[int, Verdict] = {}
    with (
        _chunk_results(chunks, settings, workers) as results,  # workers fork before tqdm starts its thread
        tqdm(total=len(items), disable=not progress, desc=f"EX [{semantics}]", unit="pair", delay=0.1) as bar,
    ):
        for chunk_verdicts in results:
            verdicts.update(chunk_verdicts)
            bar.update(len(chunk_verdicts))
    logger.info("evaluated %d pairs in %.2f s (%d workers)", len(items), time.perf_counter() - started, workers)
    return [verdicts[position] for position, _ in items]


def _chunks(items: Sequence[tuple[int, Pair]], db_root: Path, *, max_size: int) -> list[_Chunk]:
    """Per database, pack groups of pairs that share a gold query into chunks of about ``max_size``;
    the largest chunks come first so that workers finish together."""
    by_db: dict[str, dict[str, list[tuple[int, Pair]]]] = {}
    for position, pair in items:
        by_db.setdefault(pair.db_id, {}).setdefault(pair.gold, []).append((position, pair))
    chunks = []
    for db_id, groups in by_db.items():
        current: list[tuple[int, Pair]] = []
        for group in groups.values():
            if current and len(current) + len(group) > max_size:
                chunks.append(_Chunk(str(db_path_for(db_root, db_id)), tuple(current)))
                current = []
            current.extend(group)
        chunks.append(_Chunk(str(db_path_for(db_root, db_id)), tuple(current)))
    return sorted(chunks, key=lambda chunk: -len(chunk.items))


@contextmanager
def _chunk_results(chunks: list[_Chunk], settings: _Settings, workers: int) -> Iterator[Iterator[dict[int, Verdict]]]:
    """Per-chunk verdicts as they finish; with several workers every chunk is submitted on entry."""
    if workers == 1 or len(chunks) <= 1:
        yield (_evaluate_chunk(chunk, settings) for chunk in chunks)
        return
    # fork starts workers in milliseconds; sandbox connections are per process id, so none is shared
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    # workers ignore Ctrl-C: the parent gets it and stops them, so no worker prints a traceback
    with ProcessPoolExecutor(max_workers=min(workers, len(chunks)), mp_context=context,
                             initializer=signal.signal, initargs=(signal.SIGINT, signal.SIG_IGN)) as pool:
        gc.freeze()  # workers fork at the first submit; frozen objects are not copied by their garbage collector
        try:
            futures: dict[Future, _Chunk] = {pool.submit(_evaluate_chunk, c, settings): c for c in chunks}
        finally:
            gc.unfreeze()
        try:
            yield (_chunk_result(future, futures[future]) for future in as_completed(futures))
        except BaseException:  # Ctrl-C or a failure in the caller: stop now rather than finish the queued chunks
            workers_running = list(pool._processes.values())  # no public way to stop running workers before 3.14
            pool.shutdown(wait=False, cancel_futures=True)
            for process in workers_running:
                process.terminate()
            raise


def _chunk_result(future: Future, chunk: _Chunk) -> dict[int, Verdict]:
    """A finished chunk's verdicts; if its worker died, every pair in it gets an error status instead."""
    try:
        return future.result()
    except Exception as error:  # a crashed worker must not end the whole run
        return {position: _failed(pair, "evaluation worker failed", error) for position, pair in chunk.items}


def _evaluate_chunk(chunk: _Chunk, settings: _Settings) -> dict[int, Verdict]:
    """Score one chunk of pairs on one database, running every distinct prepared query once (a result
    stopped at a rejection bound runs again where it cannot decide)."""
    rule = get_semantics(settings.semantics, keep_distinct=settings.keep_distinct)
    prepared: dict[str, str] = {}
    by_prepared: dict[str, ExecResult] = {}

    def run(text: str, bound: RowBound | None = None) -> ExecResult:
        if text not in prepared:
            prepared[text] = rule.prepare(text)
        sql = prepared[text]
        if sql not in by_prepared or not _decides(by_prepared[sql], bound):
            by_prepared[sql] = _run_query(chunk.db_path, sql, rule, settings, bound)
        return by_prepared[sql]

    verdicts = {}
    for position, pair in chunk.items:
        try:
            gold = run(pair.gold)
            bound = rule.rejection_bound(gold.rows) if gold.ok and settings.early_rejection else None
            pred = ExecResult("error", error=NO_PREDICTION) if pair.pred is None else run(pair.pred, bound)
            ex = _score(rule, gold, pred, pair.gold)
            verdicts[position] = _verdict(pair, gold, pred, ex, _level(pair, rule), _rejection(pred, bound))
        except Exception as error:  # one unforeseen failure must not end the run: it becomes this item's status
            verdicts[position] = _failed(pair, "internal error", error)
    return verdicts


def _decides(result: ExecResult, bound: RowBound | None) -> bool:
    """Whether a cached result serves a query facing ``bound`` (None: the full result is needed)."""
    return result.stopped_at is None or (bound is not None and result.stopped_at > bound.rows)


def _run_query(db_path: str, sql: str, rule: Semantics, settings: _Settings, bound: RowBound | None) -> ExecResult:
    def run(text: str) -> ExecResult:
        return execute(db_path, text, timeout=settings.timeout, max_rows=settings.max_rows,
                       limit=rule.fetch_limit, stop_above=bound)

    result = run(sql)
    retry = rule.rerun_sql(sql, result.rows) if result.ok else None
    return result if retry is None else run(retry)


def _rejection(pred: ExecResult, bound: RowBound | None) -> str:
    """The ``rejected_early`` note of a prediction stopped at ``bound``; empty when it ran to the end."""
    if pred.stopped_at is None or bound is None:
        return ""
    rows = "distinct rows" if bound.distinct else "rows"
    return f"stopped after {pred.stopped_at} {rows}: more than the gold result's {bound.rows}"


def _score(rule: Semantics, gold: ExecResult, pred: ExecResult, gold_sql: str) -> int:
    if not pred.ok:
        return 0
    if not gold.ok:
        return int(rule.gold_error_is_correct)
    if pred is gold:  # the same prepared query: every rule counts a result as equal to itself
        return 1
    if pred.stopped_at is not None:  # past the rejection bound: no full result could match
        return 0
    return int(rule.equal(gold.rows, pred.rows, gold_sql))


def _level(pair: Pair, rule: Semantics) -> str | None:
    if pair.difficulty is not None or not rule.reports_hardness:
        return pair.difficulty
    try:
        return spider_hardness(pair.gold)
    except SqlParseError:
        return None


def _failed(pair: Pair, what: str, error: Exception) -> Verdict:
    failure = ExecResult("error", error=f"{what}: {type(error).__name__}: {error}")
    return _verdict(pair, failure, failure, 0, pair.difficulty)


def _verdict(
    pair: Pair, gold: ExecResult, pred: ExecResult, ex: int, level: str | None, rejected_early: str = ""
) -> Verdict:
    return Verdict(
        id=pair.id,
        db_id=pair.db_id,
        ex=ex,
        gold_status=gold.status,
        pred_status=pred.status,
        hardness=level,
        gold_error=gold.error,
        pred_error=pred.error,
        seconds=gold.seconds + pred.seconds,
        rejected_early=rejected_early,
    )
