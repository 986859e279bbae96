"""Inference over a split: prompts generated in batches, answers parsed and checked by execution, retried or
voted, and one line per question appended to the prediction file as soon as the question is done.

Per call of ``questions_per_call`` questions, attempt 0 is one backend call: greedy with one sample (the paper's
single call), or ``samples`` sampled answers for self-consistency. With one sample and ``retries`` > 0 the
final SQL is run in the read-only sandbox, and the questions whose SQL does not execute (error, timeout, or
no SQL at all) are sampled again together, attempt k with seed ``seed + k``, until it executes or the
retries are spent; the last attempt is kept, as in the released code. Sampled answers depend on which
questions share a call, so a resumed run reproduces them only through a completion cache.

Failures are per question: a prompt that cannot be built (no schema, no database), a prompt longer than the
model's context, and a BackendError of one call (every question of that call) each become a status and the
run goes on. On restart with the same ``out_path`` the questions already written are skipped; lines with
status ``backend_error`` and an incomplete last line are dropped and redone. A restart with other settings
(batch size and scoring rule aside) is refused rather than mixed into the same file.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm.auto import tqdm

from learnat_core.data import DataSplit, Example
from learnat_core.decomposition import Step
from learnat_core.errors import ConfigError
from learnat_core.evaluation import execute
from learnat_core.inference.config import InferenceConfig
from learnat_core.inference.prompts import BuiltPrompt, PromptBuilder, PromptError
from learnat_core.evaluation.predictions import (
    BACKEND_ERROR,
    OK,
    PROMPT_TOO_LONG,
    Candidate,
    InferenceRecord,
    claim_settings,
    load_for_resume,
    write_record,
)
from learnat_core.inference.voting import result_hash, vote
from learnat_core.llm import FINISH_PROMPT_TOO_LONG, Backend, BackendError, Completion, GenerationConfig
from learnat_core.prompting import extract_sql, parse_decomposition
from learnat_core.prompting.output_parser import EMPTY_OUTPUT, NO_SQL_BLOCK

logger = logging.getLogger(__name__)

RESUME_FREE_SETTINGS = ("batch_size", "questions_per_call", "semantics")
"""InferenceConfig fields a resumed (or reused) run may change: the batch size only decides which questions
share a call, the scoring rule no answer at all."""


@dataclass(frozen=True)
class InferenceSummary:
    """What a run did. Counts and tokens cover every record of the asked questions in ``out_path`` (those
    skipped on resume included); ``seconds``, ``cache_hits`` and ``usage`` cover this call only."""

    out_path: Path
    total: int  # questions asked for
    skipped: int  # already in out_path (resume)
    written: int  # lines written by this call
    redone: int  # backend_error lines dropped on resume to be tried again
    statuses: dict[str, int]
    prompt_tokens: int
    completion_tokens: int
    seconds: float  # wall time of this call
    cache_hits: int  # completions replayed from the completion cache
    usage: dict[str, float]  # the backend's usage during this call (tokens the model really processed)

    def describe(self) -> str:
        """A few lines for a terminal or a notebook."""
        statuses = ", ".join(f"{status} {count}" for status, count in sorted(self.statuses.items()))
        return "\n".join([
            f"{self.out_path}: {self.total} questions, {self.written} written now, {self.skipped} already done"
            + (f", {self.redone} redone after a backend error" if self.redone else ""),
            f"statuses: {statuses or '-'}",
            f"tokens: {self.prompt_tokens} prompt + {self.completion_tokens} completion "
            f"({(self.prompt_tokens + self.completion_tokens) / max(self.total, 1):.0f} per question)",
            f"wall time: {self.seconds:.1f} s, cache hits: {self.cache_hits}",
        ])


@dataclass(frozen=True)
class _Answer:
    """One generated answer read back: its steps and its candidate (final SQL, statuses, tokens)."""

    steps: tuple[Step, ...]
    candidate: Candidate


@dataclass
class _Job:
    """One question in flight: its prompt and everything generated for it so far."""

    example: Example
    prompt: BuiltPrompt | None
    status: str | None = None  # set when the question ends without an answer to keep
    error: str = ""
    raw: list[str] = field(default_factory=list)
    answers: list[_Answer] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0

    def fail(self, status: str, error: str) -> None:
        """End the question with ``status``; whatever it generated before stays in its raw outputs."""
        self.status, self.error = status, error


def run_inference(
    examples: Iterable[Example],
    backend: Backend,
    config: InferenceConfig,
    out_path: str | Path,
    *,
    split: DataSplit,
    progress: bool = True,
) -> InferenceSummary:
    """Answer every example with ``backend`` under ``config``, appending one line per question to
    ``out_path`` (see ``records``), skipping the questions it already holds, and summarise the run."""
    started = time.perf_counter()
    usage_before = backend.usage.as_dict()
    examples = list(examples)
    repeated = sorted(id_ for id_, count in Counter(e.id for e in examples).items() if count > 1)
    if repeated:
        raise ConfigError(f"question ids must be unique; repeated: {', '.join(repeated[:10])}")
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    settings = {k: v for k, v in config.to_dict().items() if k not in RESUME_FREE_SETTINGS}
    claim_settings(out_path, {**settings, "backend": backend.name, "model": backend.model_id})
    done, redone = load_for_resume(out_path)
    finished = {record.id for record in done}
    todo = [example for example in examples if example.id not in finished]
    if len(todo) < len(examples):
        logger.info("%s: %d of %d questions already done, skipped", out_path, len(examples) - len(todo), len(examples))
    new, spent = [], 0
    builder = PromptBuilder(config, split) if todo else None
    with out_path.open("a", encoding="utf-8") as handle, tqdm(
        total=len(examples), initial=len(examples) - len(todo), desc=f"infer [{config.mode}]", unit="question",
        disable=not progress,
    ) as bar:
        for start in range(0, len(todo), config.questions_per_call):
            jobs = [_job(builder, example) for example in todo[start : start + config.questions_per_call]]
            for job in _solve(jobs, backend, config, split):
                record = _record(job, config)
                write_record(handle, record)
                new.append(record)
                bar.update(1)
                spent += record.prompt_tokens + record.completion_tokens
                bar.set_postfix(tokens=spent, refresh=False)
    asked = {example.id for example in examples}
    records = [record for record in done if record.id in asked] + new
    usage = {key: value - usage_before[key] for key, value in backend.usage.as_dict().items()}
    return InferenceSummary(
        out_path=out_path,
        total=len(examples),
        skipped=len(examples) - len(todo),
        written=len(new),
        redone=redone,
        statuses=dict(Counter(record.status for record in records)),
        prompt_tokens=sum(record.prompt_tokens for record in records),
        completion_tokens=sum(record.completion_tokens for record in records),
        seconds=time.perf_counter() - started,
        cache_hits=int(usage["cache_hits"]),
        usage=usage,
    )


def _job(builder: PromptBuilder, example: Example) -> _Job:
    try:
        return _Job(example, builder.build(example))
    except PromptError as error:
        return _Job(example, None, status=error.status, error=str(error))


def _solve(jobs: Sequence[_Job], backend: Backend, config: InferenceConfig, split: DataSplit) -> Iterator[_Job]:
    """Yield each job once it is finished: unpromptable ones at once, the others after the attempt that ends them."""
    yield from (job for job in jobs if job.prompt is None)
    pending = [job for job in jobs if job.prompt is not None]
    attempts = 1 + (config.retries if config.samples == 1 else 0)
    for attempt in range(attempts):
        if not pending:
            return
        try:
            answers = backend.generate([list(job.prompt.messages) for job in pending], _generation(config, attempt))
            if len(answers) != len(pending):
                raise BackendError(f"the backend answered {len(answers)} of {len(pending)} prompts")
        except BackendError as error:
            for job in pending:
                job.fail(BACKEND_ERROR, str(error))
            yield from pending
            return
        again = []
        for job, completions in zip(pending, answers):
            _take(job, completions, config, split)
            last = job.answers[-1].candidate if job.answers else None
            retry = job.status is None and attempt + 1 < attempts and last is not None and last.exec_status != OK
            if retry:
                again.append(job)
            else:
                yield job
        pending = again


def _generation(config: InferenceConfig, attempt: int) -> GenerationConfig:
    """Attempt 0: greedy with one sample, else ``samples`` sampled answers; retry k: one sample, seed + k."""
    sampled = attempt > 0 or config.samples > 1
    return GenerationConfig(
        max_new_tokens=config.max_new_tokens,
        temperature=config.temperature,
        top_p=config.top_p,
        do_sample=sampled,
        n=config.samples if attempt == 0 else 1,
        seed=config.seed + attempt if sampled else None,
        batch_size=config.batch_size,
    )


def _take(job: _Job, completions: Sequence[Completion], config: InferenceConfig, split: DataSplit) -> None:
    """Add one call's completions to a job: raw texts, tokens, time, and each answer read and checked."""
    if not completions:
        job.fail(BACKEND_ERROR, "the backend returned no completion for this prompt")
        return
    if any(completion.finish_reason == FINISH_PROMPT_TOO_LONG for completion in completions):
        length = completions[0].prompt_tokens
        job.fail(PROMPT_TOO_LONG, f"the prompt ({length} tokens) leaves no room for an answer in the model's context")
        return
    job.prompt_tokens += completions[0].prompt_tokens
    for completion in completions:
        answer, exec_seconds = _read(completion, config, split.db_path(job.example.db_id))
        job.raw.append(completion.text)
        job.answers.append(answer)
        job.completion_tokens += completion.completion_tokens
        job.seconds += completion.seconds + exec_seconds


def _read(completion: Completion, config: InferenceConfig, db_path: Path) -> tuple[_Answer, float]:
    """Parse one answer for its steps and final SQL and, when the run executes answers, run that SQL."""
    text = completion.text
    if config.mode == "direct":
        steps, sql = (), extract_sql(text) or None
        failure = None if sql else NO_SQL_BLOCK if text.strip() else EMPTY_OUTPUT
    else:
        parsed = parse_decomposition(text)
        steps, sql, failure = parsed.steps, parsed.final_sql, parsed.failure
    exec_status = digest = None
    seconds = 0.0
    if config.executes and sql:
        result = execute(db_path, sql, timeout=config.timeout)
        exec_status, seconds = result.status, result.seconds
        digest = result_hash(result.rows) if result.ok else None
    candidate = Candidate(
        sql, failure or OK, exec_status, digest, completion.prompt_tokens, completion.completion_tokens
    )
    return _Answer(steps, candidate), seconds


def _record(job: _Job, config: InferenceConfig) -> InferenceRecord:
    """The line of a finished job: the kept answer (the vote's choice, else the last attempt) and its costs."""
    voting = config.samples > 1 and job.status is None
    chosen = vote([answer.candidate for answer in job.answers]) if voting else None
    kept = job.answers[chosen if voting else -1] if job.answers and job.status is None else None
    prompt = job.prompt
    return InferenceRecord(
        id=job.example.id,
        db_id=job.example.db_id,
        mode=config.mode,
        prompt_hash=prompt.prompt_hash if prompt else "",
        raw=tuple(job.raw),
        steps=kept.steps if kept else (),
        final_sql=kept.candidate.sql if kept else None,
        status=kept.candidate.status if kept else job.status,
        exec_status=kept.candidate.exec_status if kept else None,
        prompt_tokens=job.prompt_tokens,
        completion_tokens=job.completion_tokens,
        seconds=job.seconds,
        retries=max(len(job.answers) - 1, 0) if config.samples == 1 else 0,
        schema=prompt.schema if prompt else "full",
        demos=prompt.demos if prompt else (),
        demo_strategy=prompt.demo_strategy if prompt else "",
        error=job.error,
        candidates=tuple(answer.candidate for answer in job.answers) if voting else (),
        chosen=chosen,
    )
