"""Adaptive Demonstration Reasoning on screen: for one question, the demonstrations each retrieval strategy
takes from the synthesis pool, with the score that ranked them, so a reader sees what ADR puts in a prompt.

The query is built as inference builds it (``inference.prompts``: question, database, its schema names for
DAIL-SQL's masking). At inference a strategy that ranks by SQL (``ast``) gets a draft SQL; here, with no draft,
it is given the gold SQL (the synthesis-time setting), and its rows say so.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import pandas as pd

from learnat_core.data import DataSplit, Example, load_schemas
from learnat_core.demonstrations import STRATEGIES, DemonstrationPool, DemoQuery, ranked_demonstrations, schema_names

DEMO_COLUMNS = ["strategy", "rank", "score", "question", "db_id", "steps", "final_sql"]
SHOWN_STRATEGIES = ("embedding", "dail", "ast", "random", "fixed")


def retrieved_demonstrations(pool_file: str | os.PathLike, example: Example, split: DataSplit, *, k: int = 3,
                             strategies: Sequence[str] = SHOWN_STRATEGIES, seed: int = 0) -> pd.DataFrame:
    """One row per demonstration each strategy retrieves for ``example`` from the pool in ``pool_file``
    (``DEMO_COLUMNS``), best first; a strategy that ranks by SQL (``ast``) is given the gold SQL and is labelled
    ``<name> (gold SQL)``."""
    pool = DemonstrationPool.from_jsonl(pool_file)
    schema = load_schemas(split).get(example.db_id)
    names = schema_names(schema) if schema is not None else ()
    rows = []
    for strategy in strategies:
        needs_sql = strategy in STRATEGIES and STRATEGIES[strategy].needs_sql  # unknown: ranked_demonstrations says so
        query = DemoQuery(example.question, example.db_id, example.gold_sql if needs_sql else None, names)
        shown = f"{strategy} (gold SQL)" if needs_sql else strategy
        for rank, (demo, score) in enumerate(ranked_demonstrations(pool, query, k, strategy, seed=seed), 1):
            rows.append({"strategy": shown, "rank": rank, "score": round(score, 3), "question": demo.question,
                         "db_id": demo.db_id, "steps": len(demo.steps), "final_sql": demo.final_sql})
    return pd.DataFrame(rows, columns=DEMO_COLUMNS)


def demonstrations_text(example: Example, table: pd.DataFrame) -> str:
    """The question and, per strategy, its demonstrations with their scores, as lines for printing."""
    lines = [f"question ({example.db_id}): {example.question}"]
    for strategy, group in table.groupby("strategy", sort=False):
        lines.append(f"\n{strategy}:")
        lines += [f"  {row.rank}. [{row.score:.3f}] ({row.db_id}, {row.steps} steps) {row.question}\n"
                  f"     {row.final_sql}" for row in group.itertuples()]
    return "\n".join(lines)
