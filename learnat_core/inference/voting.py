"""Self-consistency over SQL: samples vote with their execution results.

Two results are equal when they hold the same rows as multisets (row order ignored, column order kept;
``1`` and ``1.0`` are equal, as Python and SQLite compare them). The paper's multi-call figure does not say
how calls are aggregated (Figure R-1); execution-result majority voting is the common choice (e.g. DAIL-SQL,
CHESS) and the one this module implements.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from learnat_core.evaluation.predictions import Candidate


def result_hash(rows: Sequence[tuple]) -> str:
    """A fingerprint of a result as a multiset of rows (16 hex digits of a sha256): equal results, equal hashes."""
    canonical = sorted(json.dumps([_cell(value) for value in row], ensure_ascii=False) for row in rows)
    return hashlib.sha256("\n".join(canonical).encode("utf-8")).hexdigest()[:16]


def vote(candidates: Sequence[Candidate]) -> int:
    """The index of the kept candidate: the earliest member of the largest group of equal execution results.

    Ties between groups go to the group whose first member came first. Candidates that did not execute never
    win; when none executed, the earliest candidate with any SQL is kept (else the first one).
    """
    if not candidates:
        raise ValueError("vote needs at least one candidate")
    groups: dict[str, list[int]] = {}
    for index, candidate in enumerate(candidates):
        if candidate.exec_status == "ok" and candidate.result_hash is not None:
            groups.setdefault(candidate.result_hash, []).append(index)
    if groups:
        return max(groups.values(), key=lambda members: (len(members), -members[0]))[0]
    return next((index for index, candidate in enumerate(candidates) if candidate.sql), 0)


def _cell(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, bytes):
        return {"blob": value.hex()}
    return value
