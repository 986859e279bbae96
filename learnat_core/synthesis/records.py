"""The per-question result file of a synthesis run, ``<out_dir>/trees/<question_id>.json``: what resume reads.

One JSON object per question, rewritten atomically (temporary file, then rename) after each attempt::

    {"question_id": "12", "db_id": "concert_singer", "question": "...", "evidence": "", "gold_sql": "...",
     "schema_text": "...",
     "attempts": [{"round": 1, "proposer": "ast-rules", "status": "searched", "reason": "",
                   "result": {SearchResult.to_dict(): success, best, tokens, counts, tree, ...}}]}

``status`` is ``searched`` (``result`` holds the search), ``skipped`` (``reason`` says why, e.g.
``gold_exec: error: no such table: x``; the question is not retried) or ``error`` (an unexpected failure
while searching, retried on resume). A question gets one attempt per round until one succeeds.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from learnat_core.errors import DataError
from learnat_core.synthesis.mcts import SearchResult
from learnat_core.files import write_text_atomic

SEARCHED = "searched"
SKIPPED = "skipped"
ERROR = "error"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True)
class Attempt:
    """One round's try at a question: who proposed, what happened, and the search when there was one."""

    round: int
    proposer: str
    status: str
    reason: str = ""
    result: SearchResult | None = None

    @property
    def success(self) -> bool:
        """Whether this attempt found a successful decomposition."""
        return self.result is not None and self.result.success

    def to_dict(self) -> dict:
        """The attempt as a JSON-ready dict."""
        return {"round": self.round, "proposer": self.proposer, "status": self.status, "reason": self.reason,
                "result": None if self.result is None else self.result.to_dict()}


@dataclass(frozen=True)
class QuestionRecord:
    """A question of the run with the schema text its prompts showed, and its attempts in round order."""

    question_id: str
    db_id: str
    question: str
    evidence: str
    gold_sql: str
    schema_text: str
    attempts: tuple[Attempt, ...] = ()

    @property
    def succeeded(self) -> Attempt | None:
        """The attempt that found a successful decomposition, if any."""
        return next((attempt for attempt in self.attempts if attempt.success), None)

    def needs_attempt(self, round_number: int) -> bool:
        """Whether round ``round_number`` must still search this question (no success before it, not
        skipped, and no finished attempt of that round)."""
        earlier = [attempt for attempt in self.attempts if attempt.round < round_number]
        if any(attempt.success or attempt.status == SKIPPED for attempt in earlier):
            return False
        return not any(a.round == round_number and a.status != ERROR for a in self.attempts)

    def with_attempt(self, attempt: Attempt) -> QuestionRecord:
        """This record with ``attempt`` replacing any attempt of the same round."""
        kept = [a for a in self.attempts if a.round != attempt.round]
        return replace(self, attempts=tuple(sorted([*kept, attempt], key=lambda a: a.round)))

    def to_dict(self) -> dict:
        """The record as the JSON object of its file."""
        return {"question_id": self.question_id, "db_id": self.db_id, "question": self.question,
                "evidence": self.evidence, "gold_sql": self.gold_sql, "schema_text": self.schema_text,
                "attempts": [attempt.to_dict() for attempt in self.attempts]}


TREES_DIR = "trees"
"""The folder of the per-question result files, under a run's ``out_dir``."""


def record_path(out_dir: str | os.PathLike, question_id: str) -> Path:
    """``<out_dir>/trees/<question_id>.json``, with characters unsafe in file names replaced by ``_``."""
    return Path(out_dir) / TREES_DIR / f"{_UNSAFE.sub('_', question_id)}.json"


def read_record(path: str | os.PathLike) -> QuestionRecord:
    """The record in ``path``; a missing, unreadable or malformed file raises DataError naming it."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        attempts = tuple(
            Attempt(int(item["round"]), str(item["proposer"]), str(item["status"]), str(item["reason"]),
                    None if item["result"] is None else SearchResult.from_dict(item["result"]))
            for item in data["attempts"]
        )
        return QuestionRecord(str(data["question_id"]), data["db_id"], data["question"], data["evidence"],
                              data["gold_sql"], data["schema_text"], attempts)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DataError(f"{path}: cannot read a synthesis record ({error})") from None
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise DataError(f"{path}: malformed synthesis record ({type(error).__name__}: {error})") from None


def write_record(path: str | os.PathLike, record: QuestionRecord) -> None:
    """Write ``record`` to ``path`` atomically."""
    write_text_atomic(path, json.dumps(record.to_dict(), ensure_ascii=False, indent=1) + "\n")
