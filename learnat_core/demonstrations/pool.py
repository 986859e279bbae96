"""The demonstration pool: decompositions that can be shown as worked examples, one per question.

Built from Decomposition records (a list, or a JSONL file in the format documented in
``learnat_core.decomposition``): records without steps are skipped, and a question asked again on the same
database keeps its first record. Values derived from the whole pool (embeddings, parsed SQL, skeletons)
are computed once per pool and kept in memory by ``derived``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar

from learnat_core.decomposition import Decomposition, read_decompositions

T = TypeVar("T")


def question_key(question: str, db_id: str) -> tuple[str, str]:
    """What makes two questions the same: the database and the question with case, spacing and final
    punctuation ignored."""
    return db_id, " ".join(question.casefold().split()).rstrip(" ?.!")


@dataclass(frozen=True)
class DemonstrationPool:
    """Decompositions usable as demonstrations (with steps, de-duplicated by question), in input order."""

    records: tuple[Decomposition, ...]
    skipped_empty: int = field(default=0, init=False)
    skipped_duplicates: int = field(default=0, init=False)
    _derived: dict = field(default_factory=dict, init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        kept: dict[tuple[str, str], Decomposition] = {}
        given = tuple(self.records)
        with_steps = [record for record in given if record.steps]
        for record in with_steps:
            kept.setdefault(question_key(record.question, record.db_id), record)
        object.__setattr__(self, "records", tuple(kept.values()))
        object.__setattr__(self, "skipped_empty", len(given) - len(with_steps))
        object.__setattr__(self, "skipped_duplicates", len(with_steps) - len(kept))

    @classmethod
    def from_jsonl(cls, path: str | os.PathLike) -> DemonstrationPool:
        """The pool of the records in a JSONL file of decompositions."""
        return cls(read_decompositions(path))

    @property
    def questions(self) -> tuple[str, ...]:
        """Each record's question, in pool order."""
        return tuple(record.question for record in self.records)

    @property
    def db_ids(self) -> tuple[str, ...]:
        """Each record's database, in pool order."""
        return tuple(record.db_id for record in self.records)

    @property
    def final_sqls(self) -> tuple[str, ...]:
        """Each record's final SQL, in pool order."""
        return tuple(record.final_sql for record in self.records)

    def derived(self, name: str, compute: Callable[[DemonstrationPool], T]) -> T:
        """``compute(self)``, run the first time ``name`` is asked for and remembered for the pool's lifetime."""
        if name not in self._derived:
            self._derived[name] = compute(self)
        return self._derived[name]

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[Decomposition]:
        return iter(self.records)

    def __getitem__(self, index: int) -> Decomposition:
        return self.records[index]

