"""Adaptive Demonstration Reasoning: choosing the k demonstrations shown with a question.

Strategies (``STRATEGIES``, chosen by name); each scores every record of the pool, higher first, and ties
keep pool order:

* ``embedding``: cosine similarity of the question embeddings (all-MiniLM-L6-v2, offline); the pool's
  embeddings are computed once per pool. The likely v1 inference-time ADR (paper §5, unverified).
* ``dail``: DAIL-SQL's selection. The question similarity is computed on masked questions (schema words of
  the query's own database, ``DemoQuery.schema_names``, and of each demonstration's SQL hidden; see
  ``dail``). With a draft SQL, demonstrations whose skeleton similarity to the draft's reaches
  ``SKELETON_THRESHOLD`` (DAIL-SQL's 0.85) get ``SKELETON_BONUS``, which exceeds any cosine difference,
  so they come first, in question-similarity order, and the rest follow. Without a draft only the masked
  question similarity counts.
* ``ast``: ``sql_ast.similarity`` (paper method, alpha 0.7) of each demonstration's final SQL to the query's
  SQL (gold at synthesis time, a draft at inference), the ICLR version's top-k by AST similarity; needs
  ``DemoQuery.sql``. Demonstrations whose SQL does not parse come last.
* ``random``: a seeded shuffle of the pool (same seed, same order).
* ``fixed``: the two fixed demonstrations of ``learnat_core.prompting`` in their file order (the released
  inference code); the pool passed in is not used.

Filters, applied to every strategy: the leakage guard (never the query's own question: same question text,
see ``question_key``, on the same database), ``exclude_same_question`` (the same question text on any
database) and ``exclude_same_db`` (cross-domain selection).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from learnat_core.decomposition import Decomposition
from learnat_core.demonstrations.dail import mask_question, skeleton_similarity, sql_names, sql_skeleton
from learnat_core.demonstrations.embedding import embed
from learnat_core.demonstrations.pool import DemonstrationPool, question_key
from learnat_core.errors import ConfigError, SqlParseError
from learnat_core.prompting.fixed import fixed_demonstrations
from learnat_core.sql_ast import SqlTree, parse, similarity

SKELETON_THRESHOLD = 0.85  # DAIL-SQL's threshold on skeleton similarity
SKELETON_BONUS = 2.0  # larger than any difference of two cosines, so qualifying skeletons rank first
UNPARSABLE_SCORE = -1.0  # below any AST similarity (which lies in [0, 1])


@dataclass(frozen=True)
class DemoQuery:
    """What demonstrations are chosen for: the question, its database, an optional SQL (gold or draft) and
    the names of its database schema (for ``dail`` masking, e.g. ``dail.schema_names(schema)``)."""

    question: str
    db_id: str
    sql: str | None = None
    schema_names: Collection[str] = ()


Scorer = Callable[[DemonstrationPool, DemoQuery, int], Sequence[float]]


@dataclass(frozen=True)
class Strategy:
    """A selection strategy: its scorer (one score per pool record, higher first) and what it needs."""

    name: str
    score: Scorer
    description: str
    needs_sql: bool = False
    fixed: bool = False  # ranks the fixed demonstrations instead of the pool it is given


def select_demonstrations(
    pool: DemonstrationPool,
    query: DemoQuery,
    k: int = 3,
    strategy: str = "embedding",
    exclude_same_question: bool = True,
    exclude_same_db: bool = False,
    seed: int = 0,
) -> list[Decomposition]:
    """The ``k`` best demonstrations for ``query`` by ``strategy`` (fewer if fewer pass the filters).

    Raises ConfigError for an unknown strategy, a negative k, or a strategy that needs ``query.sql`` when
    it is missing; ``ast`` raises SqlParseError when ``query.sql`` does not parse.
    """
    return [record for record, _ in ranked_demonstrations(pool, query, k, strategy, exclude_same_question,
                                                          exclude_same_db, seed)]


def ranked_demonstrations(
    pool: DemonstrationPool,
    query: DemoQuery,
    k: int = 3,
    strategy: str = "embedding",
    exclude_same_question: bool = True,
    exclude_same_db: bool = False,
    seed: int = 0,
) -> list[tuple[Decomposition, float]]:
    """``select_demonstrations``'s choice with the score that ranked each demonstration, best first (raises
    as it does)."""
    if k < 0:
        raise ConfigError(f"k must be at least 0, got {k}")
    source, values = _scored(pool, query, strategy, seed)
    own = question_key(query.question, query.db_id)
    allowed = [index for index, record in enumerate(source) if _allowed(record, own, exclude_same_question, exclude_same_db)]
    ranked = sorted(allowed, key=lambda index: -values[index])
    return [(source[index], float(values[index])) for index in ranked[:k]]


def scores(pool: DemonstrationPool, query: DemoQuery, strategy: str = "embedding", seed: int = 0) -> list[float]:
    """The score ``strategy`` gives each record it ranks (the pool's, or the fixed ones), before filtering:
    the numbers behind ``select_demonstrations``, for inspection."""
    return [float(value) for value in _scored(pool, query, strategy, seed)[1]]


def _scored(pool: DemonstrationPool, query: DemoQuery, strategy: str, seed: int) -> tuple[DemonstrationPool, Sequence[float]]:
    chosen = STRATEGIES.get(strategy)
    if chosen is None:
        raise ConfigError(f"unknown demonstration strategy {strategy!r}; choose one of {', '.join(STRATEGIES)}")
    if chosen.needs_sql and not (query.sql and query.sql.strip()):
        raise ConfigError(
            f"demonstration strategy {strategy!r} needs the query's SQL (DemoQuery.sql: the gold SQL at "
            "synthesis time or a draft at inference); none was given"
        )
    source = _fixed_pool() if chosen.fixed else pool
    return source, (chosen.score(source, query, seed) if len(source) else [])


def _allowed(record: Decomposition, own: tuple[str, str], exclude_same_question: bool, exclude_same_db: bool) -> bool:
    db_id, question = question_key(record.question, record.db_id)
    same_question, same_db = question == own[1], db_id == own[0]
    return not ((same_question and (same_db or exclude_same_question)) or (exclude_same_db and same_db))


def _embedding(pool: DemonstrationPool, query: DemoQuery, seed: int) -> Sequence[float]:
    vectors = pool.derived("embedding", lambda p: embed(p.questions))
    return vectors @ embed([query.question])[0]


def _dail(pool: DemonstrationPool, query: DemoQuery, seed: int) -> Sequence[float]:
    vectors = pool.derived("dail:masked", lambda p: embed([mask_question(r.question, sql_names(r.final_sql)) for r in p]))
    question_similarity = vectors @ embed([mask_question(query.question, query.schema_names)])[0]
    if not query.sql:
        return question_similarity
    draft = sql_skeleton(query.sql)
    skeletons = pool.derived("dail:skeletons", lambda p: [sql_skeleton(sql) for sql in p.final_sqls])
    bonus = [SKELETON_BONUS if skeleton_similarity(draft, skeleton) >= SKELETON_THRESHOLD else 0.0 for skeleton in skeletons]
    return question_similarity + np.array(bonus)


def _ast(pool: DemonstrationPool, query: DemoQuery, seed: int) -> Sequence[float]:
    target = parse(query.sql)
    trees = pool.derived("ast", lambda p: [_parsed(sql) for sql in p.final_sqls])
    return [UNPARSABLE_SCORE if tree is None else similarity(tree, target) for tree in trees]


def _random(pool: DemonstrationPool, query: DemoQuery, seed: int) -> Sequence[float]:
    return np.random.default_rng(seed).random(len(pool))


def _in_order(pool: DemonstrationPool, query: DemoQuery, seed: int) -> Sequence[float]:
    return [0.0] * len(pool)


def _parsed(sql: str) -> SqlTree | None:
    try:
        return parse(sql)
    except SqlParseError:
        return None


@lru_cache(maxsize=1)
def _fixed_pool() -> DemonstrationPool:
    return DemonstrationPool(tuple(fixed_demonstrations()))


STRATEGIES: dict[str, Strategy] = {
    strategy.name: strategy
    for strategy in (
        Strategy("embedding", _embedding, "question-embedding cosine similarity (all-MiniLM-L6-v2)"),
        Strategy("dail", _dail, "DAIL-SQL: masked-question similarity, draft-SQL skeletons above 0.85 first"),
        Strategy("ast", _ast, "AST similarity of the final SQL to the query's SQL", needs_sql=True),
        Strategy("random", _random, "a seeded random sample"),
        Strategy("fixed", _in_order, "the two fixed demonstrations", fixed=True),
    )
}
