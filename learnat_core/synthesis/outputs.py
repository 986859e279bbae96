"""The files a synthesis run derives from its per-question records (all rewritten atomically on every run,
so they always match ``trees/``), in the formats ``learnat_core.training`` reads:

* ``sft.jsonl``: one line per successful trajectory, the inference prompt (``decomposition`` template,
  no demonstrations) answered by ``format_solution(steps)``, so training matches inference::

    {"question_id", "db_id", "proposer", "messages": [system, user, assistant], "meta": {"round": r}}

* ``pairs.jsonl``: one line per step pair (``learnat_core.synthesis.pairs``)::

    {"question_id", "db_id", "proposer", "step_index", "prompt_messages": [system, user], "prefix",
     "chosen", "rejected", "chosen_reward", "rejected_reward", "margin", "rejected_class",
     "chosen_final", "rejected_final", "meta": {"round", "chosen_node", "rejected_node"}}

  ``prefix`` is the assistant text of the steps before (``format_solution`` of them plus the newline that
  joins the next step; "" for the first); ``chosen`` / ``rejected`` are ``format_solution`` of the prefix
  steps plus that step, minus ``prefix``. ``chosen_final`` marks a chosen step whose SQL reproduces the
  gold result (it ends the solution); ``rejected_final`` copies it, so both continuations of a pair end
  alike and the end-of-turn token never separates them.
* ``synthesis_summary.csv``: one row per question (success, steps, tokens, seconds, node classes, ...).
* ``summary.json``: totals, success rate per round, tokens per success, the config, and how many records
  each proposer made (``ast-rules`` data is never counted as model-made).

``round`` sits in ``meta`` because the training reader accepts no other extra key.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from learnat_core.decomposition import Step
from learnat_core.prompting import format_solution, render_prompt
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.judge import NODE_CLASSES
from learnat_core.synthesis.pairs import StepPair, extract_pairs
from learnat_core.synthesis.records import ERROR, SEARCHED, SKIPPED, Attempt, QuestionRecord
from learnat_core.files import write_text_atomic

SFT_FILE = "sft.jsonl"
PAIRS_FILE = "pairs.jsonl"
TABLE_FILE = "synthesis_summary.csv"
SUMMARY_FILE = "summary.json"


@dataclass(frozen=True)
class SynthesisSummary:
    """What a run produced and cost; ``summary.json`` holds the same fields.

    ``success_rate`` is over searched questions (skipped ones excluded); ``rounds`` gives per round the
    questions attempted, their successes and rate, and the cumulative rate; ``search_seconds`` sums the
    per-question search times over all attempts, ``wall_seconds`` is this invocation's wall time.
    """

    out_dir: str
    questions: int
    searched: int
    skipped: int
    errors: int
    successes: int
    success_rate: float
    rounds: tuple[dict, ...]
    proposer_calls: int
    prompt_tokens: int
    completion_tokens: int
    tokens_per_success: float | None
    search_seconds: float
    wall_seconds: float
    class_counts: dict[str, int]
    failure_counts: dict[str, int]
    skip_reasons: dict[str, int]
    sft_records: int
    pairs: int
    pairs_dropped: int
    records_by_proposer: dict[str, dict[str, int]]
    config: dict

    def to_dict(self) -> dict:
        """The summary as a JSON-ready dict."""
        return asdict(self)


def inference_prompt(record: QuestionRecord, config: SynthesisConfig) -> list[dict[str, str]]:
    """The system and user messages the trained model will see for this question (no demonstrations)."""
    return render_prompt("decomposition", schema=record.schema_text, question=record.question, evidence=record.evidence,
                         instructions=config.instructions, prompt_style=config.prompt_style)


def sft_line(record: QuestionRecord, config: SynthesisConfig) -> dict | None:
    """The ``sft.jsonl`` line of a question's successful trajectory, or None without one."""
    attempt = record.succeeded
    if attempt is None:
        return None
    answer = {"role": "assistant", "content": format_solution(attempt.result.best)}
    return {"question_id": record.question_id, "db_id": record.db_id, "proposer": attempt.proposer,
            "messages": [*inference_prompt(record, config), answer], "meta": {"round": attempt.round}}


def pair_lines(record: QuestionRecord, config: SynthesisConfig) -> tuple[list[dict], int]:
    """The ``pairs.jsonl`` lines of every searched attempt of a question, and how many pairs were dropped."""
    lines, dropped = [], 0
    for attempt in record.attempts:
        if attempt.result is None:
            continue
        extraction = extract_pairs(attempt.result.tree, min_margin=config.min_margin, policy=config.pair_policy)
        dropped += extraction.dropped
        finals = _success_nodes(attempt.result.tree)
        lines.extend(_pair_line(record, attempt, pair, pair.chosen_node in finals, config) for pair in extraction.pairs)
    return lines, dropped


def write_outputs(records: Sequence[QuestionRecord], out_dir: str | os.PathLike, config: SynthesisConfig, *,
                  wall_seconds: float = 0.0) -> SynthesisSummary:
    """Write ``sft.jsonl``, ``pairs.jsonl``, ``synthesis_summary.csv`` and ``summary.json`` for ``records``."""
    out_dir = Path(out_dir)
    sft = [line for line in (sft_line(record, config) for record in records) if line is not None]
    per_record = [pair_lines(record, config) for record in records]
    pairs = [line for lines, _ in per_record for line in lines]
    dropped = sum(count for _, count in per_record)
    write_text_atomic(out_dir / SFT_FILE, "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in sft))
    write_text_atomic(out_dir / PAIRS_FILE, "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in pairs))
    rows = [_row(record, len(lines)) for record, (lines, _) in zip(records, per_record)]
    write_text_atomic(out_dir / TABLE_FILE, _table(rows))
    summary = _summary(records, out_dir, config, sft, pairs, dropped, wall_seconds)
    write_text_atomic(out_dir / SUMMARY_FILE, json.dumps(summary.to_dict(), indent=1, ensure_ascii=False) + "\n")
    return summary


def _pair_line(record: QuestionRecord, attempt: Attempt, pair: StepPair, final: bool, config: SynthesisConfig) -> dict:
    prefix = format_solution(pair.prefix) + "\n" if pair.prefix else ""
    return {
        "question_id": record.question_id,
        "db_id": record.db_id,
        "proposer": attempt.proposer,
        "step_index": pair.step_index,
        "prompt_messages": inference_prompt(record, config),
        "prefix": prefix,
        "chosen": _continuation(pair.prefix, pair.chosen, prefix),
        "rejected": _continuation(pair.prefix, pair.rejected, prefix),
        "chosen_reward": pair.chosen_reward,
        "rejected_reward": pair.rejected_reward,
        "margin": pair.margin,
        "rejected_class": pair.rejected_class,
        "chosen_final": final,
        "rejected_final": final,
        "meta": {"round": attempt.round, "chosen_node": pair.chosen_node, "rejected_node": pair.rejected_node},
    }


def _continuation(prefix_steps: tuple[Step, ...], step: Step, prefix: str) -> str:
    full = format_solution((*prefix_steps, step))
    return full[len(prefix):]


def _success_nodes(node: dict) -> set[int]:
    found = {node["id"]} if node["success"] else set()
    for child in node["children"]:
        found |= _success_nodes(child)
    return found


def _row(record: QuestionRecord, pairs: int) -> dict:
    searched = [attempt for attempt in record.attempts if attempt.result is not None]
    last = record.succeeded or (record.attempts[-1] if record.attempts else None)
    classes = Counter()
    for attempt in searched:
        classes.update(attempt.result.class_counts)
    return {
        "question_id": record.question_id,
        "db_id": record.db_id,
        "status": last.status if last else "",
        "reason": last.reason if last else "",
        "success": record.succeeded is not None,
        "round": last.round if last else "",
        "proposer": last.proposer if last else "",
        "steps": len(record.succeeded.result.best) if record.succeeded else 0,
        "attempts": len(record.attempts),
        "proposer_calls": sum(attempt.result.proposer_calls for attempt in searched),
        "prompt_tokens": sum(attempt.result.prompt_tokens for attempt in searched),
        "completion_tokens": sum(attempt.result.completion_tokens for attempt in searched),
        "tokens": sum(attempt.result.tokens for attempt in searched),
        "seconds": round(sum(attempt.result.seconds for attempt in searched), 4),
        **{name: classes.get(name, 0) for name in NODE_CLASSES},
        "pairs": pairs,
    }


def _table(rows: list[dict]) -> str:
    buffer = io.StringIO()
    fields = list(rows[0]) if rows else ["question_id"]
    writer = csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _summary(records: Sequence[QuestionRecord], out_dir: Path, config: SynthesisConfig, sft: list[dict],
             pairs: list[dict], dropped: int, wall_seconds: float) -> SynthesisSummary:
    attempts = [attempt for record in records for attempt in record.attempts]
    results = [attempt.result for attempt in attempts if attempt.result is not None]
    skipped = [attempt for attempt in attempts if attempt.status == SKIPPED]
    searched = sum(1 for record in records if any(a.status == SEARCHED for a in record.attempts))
    successes = sum(1 for record in records if record.succeeded is not None)
    classes, failures = Counter(), Counter()
    for result in results:
        classes.update(result.class_counts)
        failures.update(result.failure_counts)
    prompt = sum(result.prompt_tokens for result in results)
    completion = sum(result.completion_tokens for result in results)
    return SynthesisSummary(
        out_dir=str(out_dir),
        questions=len(records),
        searched=searched,
        skipped=len(skipped),
        errors=sum(1 for record in records if record.attempts and record.attempts[-1].status == ERROR),
        successes=successes,
        success_rate=successes / searched if searched else 0.0,
        rounds=_rounds(records, searched),
        proposer_calls=sum(result.proposer_calls for result in results),
        prompt_tokens=prompt,
        completion_tokens=completion,
        tokens_per_success=(prompt + completion) / successes if successes else None,
        search_seconds=sum(result.seconds for result in results),
        wall_seconds=wall_seconds,
        class_counts={name: classes.get(name, 0) for name in NODE_CLASSES},
        failure_counts=dict(sorted(failures.items())),
        skip_reasons=dict(sorted(Counter(attempt.reason.split(":")[0] for attempt in skipped).items())),
        sft_records=len(sft),
        pairs=len(pairs),
        pairs_dropped=dropped,
        records_by_proposer={"sft": _by_proposer(sft), "pairs": _by_proposer(pairs)},
        config=config.to_dict(),
    )


def _rounds(records: Sequence[QuestionRecord], searched: int) -> tuple[dict, ...]:
    numbers = sorted({attempt.round for record in records for attempt in record.attempts})
    rows, cumulative = [], 0
    for number in numbers:
        tried = [a for record in records for a in record.attempts if a.round == number and a.status == SEARCHED]
        won = sum(1 for attempt in tried if attempt.success)
        cumulative += won
        rows.append({"round": number, "attempted": len(tried), "successes": won,
                     "success_rate": won / len(tried) if tried else 0.0,
                     "cumulative_success_rate": cumulative / searched if searched else 0.0,
                     "proposers": sorted({attempt.proposer for attempt in tried})})
    return tuple(rows)


def _by_proposer(lines: list[dict]) -> dict[str, int]:
    return dict(sorted(Counter(line["proposer"] for line in lines).items()))
