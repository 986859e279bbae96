"""The decomposition record every stage shares: a question split into (sub-question, sub-SQL) steps.

Synthesis writes these records, training reads them, inference parses model output into them and the
demonstration pool is built from them. On disk they are JSON Lines, one record per line (UTF-8, blank
lines ignored), in this documented format::

    {"question_id": "17", "db_id": "wine_1", "question": "Which wineries ...?", "evidence": "",
     "steps": [{"sub_question": "What is the average price of all wines?",
                "sub_sql": "SELECT AVG(Price) FROM wine"}, ...],
     "final_sql": "SELECT DISTINCT ...", "gold_sql": "SELECT DISTINCT ..." or null,
     "proposer": "llm:glm-4-plus", "meta": {...}}

* required: ``question_id`` (a string; an integer is read as its decimal text), ``db_id``, ``question``,
  ``steps`` (a list, possibly empty, of objects with exactly ``sub_question`` and ``sub_sql``),
  ``final_sql`` (normally the last step's SQL: the paper's final prediction is the last SQL block) and
  ``proposer`` (``"llm:<model>"`` for a model-proposed decomposition, ``"ast-rules"`` for one derived from
  the gold SQL by rules, ``"human"`` for a hand-written one such as the fixed demonstrations);
* optional: ``evidence`` (BIRD's external knowledge, default ``""``), ``gold_sql`` (default null) and
  ``meta`` (a JSON object of anything else a stage wants to keep: rewards, seeds, timings; default ``{}``).

``sub_question`` holds the question text only; the ``Sub question k:`` numbering is added when a prompt is
rendered and stripped when model output is parsed. Unknown keys are an error, so a typo cannot silently
drop a field. ``gold_decomposer`` derives such records from a gold query by rules (``ast-rules``), with
plain-English sub-questions templated by ``sub_questions``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from learnat_core.errors import ConfigError, DataError
from learnat_core.jsonl import read_objects

AST_RULES = "ast-rules"
HUMAN = "human"
LLM_PREFIX = "llm:"

_REQUIRED = ("question_id", "db_id", "question", "steps", "final_sql", "proposer")
_OPTIONAL = ("evidence", "gold_sql", "meta")
_STEP_KEYS = ("sub_question", "sub_sql")


@dataclass(frozen=True)
class Step:
    """One decomposition step: a natural-language sub-question and the SQL that answers it."""

    sub_question: str
    sub_sql: str


@dataclass(frozen=True)
class Decomposition:
    """A question decomposed into steps, with who proposed it (``"llm:<model>"``, ``"ast-rules"``, a rule variant
    such as ``"ast-rules+noise0.3"``, ``"human"``)."""

    question_id: str
    db_id: str
    question: str
    steps: tuple[Step, ...]
    final_sql: str
    proposer: str
    evidence: str = ""
    gold_sql: str | None = None
    meta: dict = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "steps", tuple(self.steps))
        rule_variant = self.proposer.startswith(AST_RULES + "+") and len(self.proposer) > len(AST_RULES) + 1
        if self.proposer not in (AST_RULES, HUMAN) and not rule_variant and not (
            self.proposer.startswith(LLM_PREFIX) and self.proposer[len(LLM_PREFIX) :]
        ):
            raise ConfigError(f"proposer must be '{LLM_PREFIX}<model>', {AST_RULES!r} (or '{AST_RULES}+<variant>') "
                              f"or {HUMAN!r}, got {self.proposer!r}")

    def to_dict(self) -> dict:
        """The record as a JSON-ready dict in the documented key order."""
        return {
            "question_id": self.question_id,
            "db_id": self.db_id,
            "question": self.question,
            "evidence": self.evidence,
            "steps": [{"sub_question": step.sub_question, "sub_sql": step.sub_sql} for step in self.steps],
            "final_sql": self.final_sql,
            "gold_sql": self.gold_sql,
            "proposer": self.proposer,
            "meta": self.meta,
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> Decomposition:
        """Build a record from a dict in the documented format; raises DataError saying what is wrong."""
        if not isinstance(data, Mapping):
            raise DataError(f"expected a JSON object, got {type(data).__name__}")
        missing = [key for key in _REQUIRED if key not in data]
        unknown = sorted(set(data) - set(_REQUIRED) - set(_OPTIONAL))
        if missing or unknown:
            raise DataError("; ".join(filter(None, (_listing("missing", missing), _listing("unknown", unknown)))))
        question_id = data["question_id"]
        if isinstance(question_id, int) and not isinstance(question_id, bool):
            question_id = str(question_id)
        for key in ("db_id", "question", "final_sql", "proposer", "evidence"):
            _expect(data.get(key, ""), str, key)
        _expect(question_id, str, "question_id")
        _expect(data.get("gold_sql"), (str, type(None)), "gold_sql")
        _expect(data.get("meta", {}), dict, "meta")
        _expect(data["steps"], list, "steps")
        try:
            return cls(
                question_id=question_id,
                db_id=data["db_id"],
                question=data["question"],
                steps=tuple(_step(item, index) for index, item in enumerate(data["steps"])),
                final_sql=data["final_sql"],
                proposer=data["proposer"],
                evidence=data.get("evidence", ""),
                gold_sql=data.get("gold_sql"),
                meta=data.get("meta", {}),
            )
        except ConfigError as error:
            raise DataError(str(error)) from None


def read_decompositions(path: str | os.PathLike) -> list[Decomposition]:
    """All records of a JSONL file in the documented format; a malformed line raises DataError naming it."""
    records = []
    for where, data in read_objects(path):
        try:
            records.append(Decomposition.from_dict(data))
        except DataError as error:
            raise DataError(f"{where}: {error}") from None
    return records


def write_decompositions(path: str | os.PathLike, records: Iterable[Decomposition]) -> None:
    """Write ``records`` to ``path`` as JSON Lines in the documented format (parent folders created)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")


def _step(item: object, index: int) -> Step:
    if not isinstance(item, dict) or sorted(item) != sorted(_STEP_KEYS):
        raise DataError(f"steps[{index}] must be an object with exactly {' and '.join(_STEP_KEYS)}")
    for key in _STEP_KEYS:
        _expect(item[key], str, f"steps[{index}].{key}")
    return Step(item["sub_question"], item["sub_sql"])


def _expect(value: object, types: type | tuple[type, ...], key: str) -> None:
    if not isinstance(value, types):
        raise DataError(f"{key} has the wrong type ({type(value).__name__})")


def _listing(what: str, keys: list[str]) -> str:
    return f"{what} keys: {', '.join(keys)}" if keys else ""
