"""The two fixed demonstrations (the released inference code's only strategy), kept as a JSONL data file.

They are hand-written worked examples on bundled Spider train databases, in the spirit of the released
pair: a 2-step decomposition (wine_1: an average computed first, then used as a filter) and a 3-step one
(flight_1: an extreme row, the rows linked to it, then the extreme among those). Every sub-SQL is a subtree
of the final SQL and the final SQL runs on its database (checked by the tests).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from learnat_core.decomposition import Decomposition, read_decompositions

FIXED_DEMONSTRATIONS_FILE = Path(__file__).with_name("fixed_demonstrations.jsonl")


def fixed_demonstrations() -> list[Decomposition]:
    """The two fixed demonstrations, 2-step first, read once from the package data file."""
    return list(_load())


@lru_cache(maxsize=1)
def _load() -> tuple[Decomposition, ...]:
    return tuple(read_decompositions(FIXED_DEMONSTRATIONS_FILE))
