"""Scoring prediction files: execution accuracy per level, and the multi-call curve of Figure R-1.

Gold SQL and levels come from the split (Spider hardness of the gold SQL, or BIRD's difficulty); the
comparison rule is the dataset's official one unless ``semantics`` names another. A question whose record
has no usable SQL (a parse failure without SQL, a prompt too long, a backend error...) counts as wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from learnat_core.data import DataSplit, Example
from learnat_core.errors import ConfigError, DataError
from learnat_core.evaluation import Pair, Verdict, evaluate_pairs, example_level
from learnat_core.evaluation.hardness import DATASET_LEVELS
from learnat_core.evaluation.predictions import Candidate, InferenceRecord
from learnat_core.evaluation.tables import level_table
from learnat_core.evaluation.semantics import DEFAULT_SEMANTICS
from learnat_core.inference.voting import vote

FIGURE_R1_CALLS = (1, 5, 10, 15, 20, 25, 30)  # the "Call Times" axis of the authors' multi-call figure


def evaluate_records(
    records: Iterable[InferenceRecord],
    split: DataSplit,
    *,
    semantics: str | None = None,
    workers: int | None = None,
    progress: bool = False,
) -> tuple[list[Verdict], pd.DataFrame]:
    """Verdicts of the records' final SQL against the split's gold SQL, and the per-level EX table.

    ``semantics`` None: the dataset's official rule. Raises DataError for a record whose question is not in
    the split or sits on another database (a prediction file of another split).
    """
    records = list(records)
    examples = _examples(records, split)
    pairs = [_pair(record.id, examples[record.id], record.usable_sql) for record in records]
    verdicts = _evaluate(pairs, split, semantics, workers, progress)
    return verdicts, level_table(verdicts, DATASET_LEVELS.get(split.dataset))


def multi_call_curve(
    records: Iterable[InferenceRecord],
    m_values: Sequence[int] | None = None,
    *,
    split: DataSplit,
    semantics: str | None = None,
    workers: int | None = None,
    progress: bool = False,
) -> pd.DataFrame:
    """EX and mean tokens per question when only the first m' samples of a self-consistency run vote, for each
    m' of ``m_values``: one run with the largest m gives the whole curve, as the authors' Figure R-1.

    ``m_values`` None: the figure's call counts (1, 5, 10, ..., 30) up to the records' number of samples,
    plus that number. Tokens count each sample as a call of its own (its prompt plus its answer), as the
    figure's x-axis counts calls. A record without candidates (a one-sample run, or a question that failed
    before sampling) is its own single candidate. Columns: ``calls``, ``questions``, ``ex_pct``,
    ``tokens_per_question``; ConfigError when an m' exceeds the samples recorded.
    """
    records = list(records)
    examples = _examples(records, split)
    pools = [_candidates(record) for record in records]
    available = max((len(pool) for pool in pools), default=0)
    if m_values is None:
        m_values = sorted({m for m in FIGURE_R1_CALLS if m <= available} | ({available} if available else set()))
    too_many = [m for m in m_values if not 1 <= m <= available]
    if too_many:
        raise ConfigError(f"m_values must lie between 1 and the {available} samples recorded; got {too_many}")
    pairs, tokens = [], {}
    for m in m_values:
        spent = 0
        for record, pool in zip(records, pools):
            first = pool[:m]
            pairs.append(_pair(f"{record.id}@{m}", examples[record.id], first[vote(first)].sql))
            spent += sum(candidate.prompt_tokens + candidate.completion_tokens for candidate in first)
        tokens[m] = spent / len(records)
    verdicts = _evaluate(pairs, split, semantics, workers, progress)
    rows = []
    for position, m in enumerate(m_values):
        scored = verdicts[position * len(records) : (position + 1) * len(records)]
        rows.append({
            "calls": m,
            "questions": len(records),
            "ex_pct": 100.0 * sum(verdict.ex for verdict in scored) / len(records),
            "tokens_per_question": tokens[m],
        })
    return pd.DataFrame(rows, columns=["calls", "questions", "ex_pct", "tokens_per_question"])


def _candidates(record: InferenceRecord) -> tuple[Candidate, ...]:
    if record.candidates:
        return record.candidates
    return (Candidate(record.usable_sql, record.status, record.exec_status, None,
                      record.prompt_tokens, record.completion_tokens),)


def _examples(records: Sequence[InferenceRecord], split: DataSplit) -> dict[str, Example]:
    """The split's examples by id, checked to cover every record on the record's database."""
    examples = {example.id: example for example in split.load()}
    unknown = [record.id for record in records if record.id not in examples]
    if unknown:
        raise DataError(f"{len(unknown)} records have ids not in {split.dataset}/{split.split}: {', '.join(unknown[:10])}")
    moved = [record.id for record in records if examples[record.id].db_id != record.db_id]
    if moved:
        raise DataError(f"records {', '.join(moved[:10])} name another database than {split.dataset}/{split.split}")
    return examples


def _pair(pair_id: str, example: Example, sql: str | None) -> Pair:
    return Pair(pair_id, example.db_id, example.gold_sql, sql or None, example_level(example))


def _evaluate(
    pairs: list[Pair], split: DataSplit, semantics: str | None, workers: int | None, progress: bool
) -> list[Verdict]:
    rule = semantics or DEFAULT_SEMANTICS.get(split.dataset)
    if rule is None:
        raise ConfigError(f"no official semantics for dataset {split.dataset!r}; name one")
    return evaluate_pairs(pairs, split.db_root, semantics=rule, workers=workers, progress=progress)
