"""Execution-accuracy comparison rules (``spider``, ``bird``, ``learnat``), chosen by name from one registry.

Each rule rewrites a query before it runs (``prepare``), may ask for a re-run of an empty result
(``rerun_sql``), decides whether two results match (``equal``), and says how many predicted rows (or
distinct rows) already decide a mismatch with a known gold result (``rejection_bound``), so the evaluator
can stop a prediction there instead of running it to the end.

Deliberate differences from the official scripts (the ``spider`` rule follows test-suite-sql-eval's
``exec_eval.py``, ``bird`` follows BIRD's ``evaluation.py``, ``learnat`` the authors' ``LLM_inference.py``):

1. Every query runs read-only (``mode=ro``, ``query_only``, an authorizer that allows only reads); the
   official scripts open the database writable, so a predicted ``DROP``/``DELETE`` would change it.
2. The per-query timeout (default 30 s, as BIRD's) really stops the query (a SQLite progress handler,
   fetching included); the official Spider timeout (``asyncio.wait_for`` around blocking code) never
   fires, so it can hang, and the LearNAT code waited 360 s.
3. Results larger than the row cap (100,000 rows by default) are an error instead of exhausting memory.
4. A gold query that fails is a per-item status (the item scores 0, or 1 under ``learnat``); the official
   Spider script stops the whole run with an assertion.
5. Query-text edits (dropping DISTINCT, joining ``> =``, ``YEAR(CURDATE())``, the ORDER BY test) work on
   sqlglot tokens, so string literals are untouched and ``ORDER  BY`` with any whitespace is seen.
6. Column permutations are pruned by comparing whole-column value multisets (exact, deterministic) instead
   of sampling 20 random rows; the outcome is the same, only faster and reproducible.
7. Text that is not valid UTF-8 is decoded with replacement characters (the Spider and LearNAT scripts
   drop the bad bytes; BIRD's fails the item), and empty query text is an error rather than an empty
   result (the official scripts run it and get no rows, which can match an empty gold result).
8. The official Spider ``" value "`` -> ``" 1 "`` substitution on predictions (for models that emit a
   placeholder) is not applied: it corrupts predictions that select a column named ``value``.
9. There is one database per ``db_id`` (no test-suite distilled databases), so ``spider`` is plain EX.
10. ``learnat`` fetches only the first 5 rows of each result instead of fetching all rows and keeping 5.
11. A prediction is read only until its rows exceed ``rejection_bound`` of the gold result; it then scores 0,
    as the full result would, with status ok even where reading on would have hit the row cap or timeout.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import ClassVar

from learnat_core.errors import ConfigError
from learnat_core.evaluation.query_text import has_order_by, spider_rewrite
from learnat_core.evaluation.sandbox import RowBound

Rows = Sequence[tuple]


@dataclass(frozen=True)
class Semantics:
    """A comparison rule; subclasses override the hooks that differ from "run as is, compare exactly"."""

    name: ClassVar[str] = ""
    fetch_limit: ClassVar[int | None] = None  # fetch only this many rows of each result
    gold_error_is_correct: ClassVar[bool] = False  # score 1 when the gold query fails
    reports_hardness: ClassVar[bool] = False  # verdicts carry the Spider hardness of the gold query

    def prepare(self, sql: str) -> str:
        """The query text actually executed."""
        return sql

    def rerun_sql(self, sql: str, rows: Rows) -> str | None:
        """A replacement query to run when ``sql`` gave ``rows``, or None to keep the result."""
        return None

    def equal(self, gold_rows: Rows, pred_rows: Rows, gold_sql: str) -> bool:
        """Whether the predicted result counts as the gold one (``gold_sql``: the gold query's text)."""
        raise NotImplementedError

    def rejection_bound(self, gold_rows: Rows) -> RowBound | None:
        """A bound such that any prediction whose rows exceed it is unequal to ``gold_rows``; None: none."""
        return None


@dataclass(frozen=True)
class SpiderSemantics(Semantics):
    """test-suite-sql-eval's EX: bags of rows, any column order, row order only if the gold has ORDER BY."""

    name: ClassVar[str] = "spider"
    reports_hardness: ClassVar[bool] = True
    keep_distinct: bool = False

    def prepare(self, sql: str) -> str:
        """Apply the official text edits, dropping DISTINCT unless ``keep_distinct``."""
        return spider_rewrite(sql, keep_distinct=self.keep_distinct)

    def equal(self, gold_rows: Rows, pred_rows: Rows, gold_sql: str) -> bool:
        """Match under some column permutation, as multisets (or as sequences when the gold orders rows)."""
        return denotations_match(gold_rows, pred_rows, ordered=has_order_by(gold_sql))

    def rejection_bound(self, gold_rows: Rows) -> RowBound | None:
        """The gold row count: ordered or not, results of different sizes never match (two empty ones do)."""
        return RowBound(len(gold_rows))


@dataclass(frozen=True)
class BirdSemantics(Semantics):
    """BIRD's official EX: ``set(pred_rows) == set(gold_rows)`` (column order counts; duplicates do not)."""

    name: ClassVar[str] = "bird"

    def equal(self, gold_rows: Rows, pred_rows: Rows, gold_sql: str) -> bool:
        """Compare the sets of rows."""
        return set(gold_rows) == set(pred_rows)

    def rejection_bound(self, gold_rows: Rows) -> RowBound | None:
        """The number of distinct gold rows: a prediction with more distinct rows has a different set."""
        return RowBound(len(set(gold_rows)), distinct=True)


@dataclass(frozen=True)
class LearnatSemantics(Semantics):
    """The authors' released check (non-standard, more lenient than BIRD EX): first 5 rows only, rows
    compared in order as sets of cells, a failing gold counts as correct, ``= 'Y'`` retried as ``= 1``.

    Fetching already stops after the 5 rows the rule reads, so it needs no rejection bound."""

    name: ClassVar[str] = "learnat"
    fetch_limit: ClassVar[int | None] = 5
    gold_error_is_correct: ClassVar[bool] = True

    def rerun_sql(self, sql: str, rows: Rows) -> str | None:
        """An empty result of a query containing ``= 'Y'`` is retried with ``= 1`` (as the released code)."""
        return sql.replace("= 'Y'", "= 1") if not rows and "= 'Y'" in sql else None

    def equal(self, gold_rows: Rows, pred_rows: Rows, gold_sql: str) -> bool:
        """Same number of distinct rows among the first 5, and row by row the same set of cell values."""
        gold, pred = gold_rows[:5], pred_rows[:5]
        if len(set(gold)) != len(set(pred)):
            return False
        return all(set(g) == set(p) for g, p in zip(gold, pred))


_REGISTRY: dict[str, Callable[[bool], Semantics]] = {
    "spider": lambda keep_distinct: SpiderSemantics(keep_distinct=keep_distinct),
    "bird": lambda keep_distinct: BirdSemantics(),
    "learnat": lambda keep_distinct: LearnatSemantics(),
}
SEMANTICS_NAMES = tuple(_REGISTRY)
DEFAULT_SEMANTICS = {"spider": "spider", "bird": "bird"}
"""The comparison rule each dataset's official script uses."""


def get_semantics(name: str, *, keep_distinct: bool = False) -> Semantics:
    """The comparison rule called ``name``; ``keep_distinct`` only changes ``spider``."""
    if name not in _REGISTRY:
        raise ConfigError(f"unknown semantics {name!r}; known: {', '.join(SEMANTICS_NAMES)}")
    return _REGISTRY[name](keep_distinct)


def denotations_match(gold: Rows, pred: Rows, *, ordered: bool) -> bool:
    """test-suite-sql-eval's ``result_eq``: is there a column permutation of ``pred`` equal to ``gold``
    as a multiset of rows (as a sequence when ``ordered``)? Two empty results match."""
    if not gold and not pred:
        return True
    if len(gold) != len(pred) or len(gold[0]) != len(pred[0]):
        return False
    if not _cells_match(gold, pred, ordered=ordered):
        return False
    target = list(gold) if ordered else Counter(gold)
    for permutation in _column_permutations(gold, pred, ordered=ordered):
        permuted = [tuple(row[j] for j in permutation) for row in pred]
        if (permuted if ordered else Counter(permuted)) == target:
            return True
    return False


def _cells_match(gold: Rows, pred: Rows, *, ordered: bool) -> bool:
    """The official quick rejection: rows with their cells sorted by ``str(value) + str(type)`` must agree
    (as sequences if ordered, else as sets). Kept as is: it decides some int/float-mixed rows."""
    if len(gold[0]) == 1:  # a one-cell row is already sorted
        gold_cells, pred_cells = list(gold), list(pred)
    else:
        gold_cells, pred_cells = [_sorted_cells(row) for row in gold], [_sorted_cells(row) for row in pred]
    return gold_cells == pred_cells if ordered else set(gold_cells) == set(pred_cells)


def _sorted_cells(row: tuple) -> tuple:
    return tuple(sorted(row, key=lambda value: str(value) + str(type(value))))


def _column_permutations(gold: Rows, pred: Rows, *, ordered: bool) -> Iterator[tuple[int, ...]]:
    """Column assignments (gold column i <- pred column p[i]) whose columns agree as sequences (ordered)
    or as multisets; identical pred columns are tried once, so repeated columns do not blow up."""

    def signature(rows: Rows, column: int) -> object:
        values = [row[column] for row in rows]
        return tuple(values) if ordered else Counter(values)

    width = len(gold[0])
    pred_columns = [tuple(row[j] for row in pred) for j in range(width)]
    pred_signatures = [signature(pred, j) for j in range(width)]
    candidates = [
        [j for j in range(width) if pred_signatures[j] == gold_signature]
        for gold_signature in (signature(gold, i) for i in range(width))
    ]

    def extend(prefix: tuple[int, ...]) -> Iterator[tuple[int, ...]]:
        if len(prefix) == width:
            yield prefix
            return
        tried: set[tuple] = set()
        for j in candidates[len(prefix)]:
            if j not in prefix and pred_columns[j] not in tried:
                tried.add(pred_columns[j])
                yield from extend(prefix + (j,))

    return extend(())
