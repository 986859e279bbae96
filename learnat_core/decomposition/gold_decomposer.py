"""The rule-based gold-AST decomposer (``ast-rules``): valid decompositions of a gold query, derived by rules.

A decomposition is built in a fixed order of construction (paper §2-§3 define what is valid, not how to
build it; this order is the kit's choice):

1. nested queries first: every nested SELECT (in WHERE, HAVING, FROM, JOIN or the select list) that runs on
   its own (no reference to an outer query's tables) becomes one step, innermost first; a nested set
   operation contributes its sides, then itself;
2. then the outer query grown clause by clause: ``SELECT ... FROM`` with all its joins, each top-level WHERE
   condition one at a time, GROUP BY, HAVING (all its conditions at once), ORDER BY with LIMIT/OFFSET;
3. a set operation at the top contributes each side, then the combination (first without its ORDER BY /
   LIMIT, if it has any);
4. the last step is always the gold query itself (its own text).

Every candidate step is re-parsed and kept only if it is a subtree of the gold AST and progressive with
respect to the steps kept before it (``sql_ast.classify``); otherwise it is merged into the next one (dropped).
If the gold query itself would be redundant after the kept steps, kept steps are dropped from the end until
it is progressive. So every returned decomposition satisfies the paper's validity conditions by
construction, and a query with nothing to split returns the one-step decomposition.

Alternatives come from the orders a valid decomposition may take: the order of the WHERE conditions
(permutations, written order first), where nested-query steps go (all ``front``, or ``just_in_time``:
right before the clause that uses them) and which side of a set operation comes first. The first
decomposition is the canonical one (written order, nested queries in front, left side first).

Sub-questions are templated from each step's normalised SQL in plain English (``sub_questions``: "What are
the names of singers whose age is greater than 30?", "What is the average age of singers?"), with the
schema's natural names when it is given; a nested query that is an earlier step is referred to as "the
result of sub question k". They are templated, not fluent: the SQL is the reference.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from sqlglot import exp
from sqlglot.dialects.sqlite import SQLite

from learnat_core.data import Example, Schema
from learnat_core.decomposition import AST_RULES, Decomposition, Step
from learnat_core.errors import ConfigError, SqlParseError
from learnat_core.sql_ast import (
    Normalization,
    SqlTree,
    StepClass,
    accumulate,
    classify,
    is_subtree,
    normalize,
    parse,
    parse_expression,
)
from learnat_core.decomposition.sub_questions import Vocabulary, sub_question
from learnat_core.sql_ast.node_kinds import chain_operands

FRONT = "front"
JUST_IN_TIME = "just_in_time"
PLACEMENTS = (FRONT, JUST_IN_TIME)
"""Where nested-query steps go: all before the outer query, or right before the clause that uses them."""


class _BacktickSQLite(SQLite):
    """SQLite that writes quoted identifiers with backquotes, as BIRD's gold SQL does: a double-quoted name
    can silently become a string in SQLite, a backquoted one cannot."""

    class Tokenizer(SQLite.Tokenizer):
        IDENTIFIERS = ["`", '"', ("[", "]")]


_TAIL_CLAUSES = ("where", "group", "having", "order", "limit", "offset")
_BASE = "base"
_CLAUSE_STAGES = {"group": ("group",), "having": ("having",), "order": ("order", "limit", "offset")}
"""The outer query's growth stages after its WHERE conditions, in order, and the clauses each one adds."""


def decompose(
    gold_sql: str,
    *,
    question: str | None = None,
    schema: Schema | None = None,
    max_decompositions: int = 8,
    max_steps: int | None = None,
    dialect: str = "sqlite",
) -> list[tuple[Step, ...]]:
    """Up to ``max_decompositions`` distinct valid decompositions of ``gold_sql``, the canonical one first.

    Each is a tuple of steps whose sub-SQL is a subtree of the gold AST and progressive given the steps
    before it; the last step's SQL is ``gold_sql`` and its sub-question is ``question`` when given. The
    sub-questions name tables and columns by ``schema``'s natural names when given. With
    ``max_steps`` (e.g. a search's depth limit; the paper gives none) the steps nearest the gold query are
    merged into it, which keeps every decomposition valid. Raises SqlParseError when ``gold_sql`` does not
    parse, ConfigError when ``max_decompositions`` or ``max_steps`` is below 1.

    >>> [step.sub_sql for step in decompose("SELECT name FROM singer WHERE age > 30")[0]]
    ['SELECT name FROM singer', 'SELECT name FROM singer WHERE age > 30']
    >>> [step.sub_question for step in decompose("SELECT name FROM singer WHERE age > 30")[0]]
    ['What are the names of singers?', 'What are the names of singers whose age is greater than 30?']
    """
    check_limits(max_decompositions, max_steps)
    gold_sql = gold_sql.strip()
    gold = _tree(gold_sql, dialect)
    raw = parse_expression(gold_sql, dialect)
    normalize(raw, replace(Normalization.disabled(), string_literals=True), source=gold_sql)
    planner = _Planner(raw, _BacktickSQLite if dialect == "sqlite" else dialect)
    found: dict[tuple, tuple[tuple[str, SqlTree], ...]] = {}
    for variant in planner.variants(max_decompositions):
        steps = _validated(planner.candidates(variant), gold_sql, gold, dialect)
        if max_steps is not None:
            steps = steps[: max_steps - 1] + steps[-1:]
        found.setdefault(tuple(tree.root for _, tree in steps), steps)
        if len(found) == max_decompositions:
            break
    vocabulary = Vocabulary.of(raw, schema)
    return [_with_questions(steps, question, vocabulary, dialect) for steps in found.values()]


def check_limits(max_decompositions: int, max_steps: int | None) -> None:
    """Raise ConfigError unless both limits of :func:`decompose` are at least 1 (``max_steps`` may be None)."""
    limits = {"max_decompositions": max_decompositions, "max_steps": 1 if max_steps is None else max_steps}
    for name, value in limits.items():
        if value < 1:
            raise ConfigError(f"{name} must be at least 1, got {value}")


def gold_decomposition(example: Example, *, schema: Schema | None = None, dialect: str = "sqlite") -> Decomposition:
    """The canonical ``ast-rules`` decomposition of an example's gold SQL (raises SqlParseError if it does
    not parse), worded with ``schema``'s natural names when given: the "given decomposition" of the
    preliminary experiment and a seed of the demonstration pool."""
    steps = decompose(example.gold_sql, question=example.question, schema=schema, max_decompositions=1,
                      dialect=dialect)[0]
    return Decomposition(
        question_id=example.id,
        db_id=example.db_id,
        question=example.question,
        steps=steps,
        final_sql=steps[-1].sub_sql,
        proposer=AST_RULES,
        evidence=example.evidence,
        gold_sql=example.gold_sql,
        meta={"dataset": example.dataset, "split": example.split},
    )


@dataclass(frozen=True)
class _Variant:
    """One order of construction: WHERE conditions by index, nested-query placement, set-operation sides."""

    order: tuple[int, ...]
    placement: str
    swap: bool


class _Planner:
    """Candidate steps (SQL texts, in order) of one raw gold expression, memoised across variants."""

    def __init__(self, query: exp.Expression, writer: str | type[SQLite]) -> None:
        self.query = query
        self.writer = writer
        self.conditions: list[exp.Expression] = []
        self.nested: list[tuple[str | int, exp.Expression]] = []  # (component that uses it, nested query)
        if isinstance(query, exp.Select):
            where = query.args.get("where")
            self.conditions = list(chain_operands(where.this, exp.And)) if where else []
            self.nested = [(self._component(inner), inner) for inner in _direct_queries(query)]
        self._rendered: dict[tuple, str] = {}

    def variants(self, limit: int) -> Iterator[_Variant]:
        """The variants that can differ, canonical first: condition orders x placements x side orders."""
        orders = itertools.islice(itertools.permutations(range(len(self.conditions))), limit)
        late_nested = any(component != _BASE for component, _ in self.nested)
        placements = PLACEMENTS if late_nested else (FRONT,)
        swaps = (False, True) if any(isinstance(node, exp.SetOperation) for node in self.query.walk()) else (False,)
        for order, placement, swap in itertools.product(orders, placements, swaps):
            yield _Variant(order, placement, swap)

    def candidates(self, variant: _Variant) -> list[str]:
        """The candidate steps of ``variant`` before the gold query itself."""
        if isinstance(self.query, exp.SetOperation):
            combined = self.query.copy()
            for key in ("order", "limit", "offset"):
                combined.set(key, None)
            return self._inner_steps(self.query, variant.swap) + [combined.sql(dialect=self.writer)]
        if not isinstance(self.query, exp.Select):
            return []
        stages: list[str | int] = [_BASE, *variant.order]
        stages += [stage for stage, clauses in _CLAUSE_STAGES.items() if any(self.query.args.get(c) for c in clauses)]
        steps = []
        if variant.placement == FRONT:
            steps += [sql for _, inner in self.nested for sql in self._atomic_steps(inner, variant.swap)]
        for position, stage in enumerate(stages[:-1]):
            if variant.placement == JUST_IN_TIME:
                used = [inner for used_in, inner in self.nested if used_in == stage]
                steps += [sql for inner in used for sql in self._atomic_steps(inner, variant.swap)]
            steps.append(self._partial(stages[: position + 1]))
        return steps

    def _component(self, inner: exp.Expression) -> str | int:
        """Which part of the outer query a nested query sits in: a WHERE condition's index, a clause, or base."""
        conditions = {id(condition): index for index, condition in enumerate(self.conditions)}
        parts = {id(self.query.args.get(added[0])): stage for stage, added in _CLAUSE_STAGES.items()}
        parts.pop(id(None), None)  # clauses the query does not have
        node = inner.parent
        while node is not None and node is not self.query:
            if id(node) in conditions:
                return conditions[id(node)]
            if id(node) in parts:
                return parts[id(node)]
            node = node.parent
        return _BASE

    def _partial(self, stages: list[str | int]) -> str:
        """The outer query with only the clauses of ``stages`` (conditions in their written order)."""
        conditions = tuple(sorted(stage for stage in stages if isinstance(stage, int)))
        clauses = [clause for stage in stages if stage in _CLAUSE_STAGES for clause in _CLAUSE_STAGES[stage]]
        key = (conditions, frozenset(clauses))
        if key not in self._rendered:
            partial = self.query.copy()
            for clause in _TAIL_CLAUSES:
                partial.set(clause, None)
            if conditions:
                kept = (self.conditions[index].copy() for index in conditions)
                partial.set("where", exp.Where(this=exp.and_(*kept)))
            for clause in clauses:
                value = self.query.args.get(clause)
                partial.set(clause, value.copy() if value is not None else None)
            self._rendered[key] = partial.sql(dialect=self.writer)
        return self._rendered[key]

    def _atomic_steps(self, query: exp.Expression, swap: bool) -> list[str]:
        """A nested query's steps: its own nested queries (or sides), then itself when it runs standalone."""
        own = [query.sql(dialect=self.writer)] if _standalone(query) else []
        return self._inner_steps(query, swap) + own

    def _inner_steps(self, query: exp.Expression, swap: bool) -> list[str]:
        inner = [query.left, query.right] if isinstance(query, exp.SetOperation) else _direct_queries(query)
        if swap and isinstance(query, exp.SetOperation):
            inner.reverse()
        return [sql for part in inner for sql in self._atomic_steps(part, swap)]


def _direct_queries(query: exp.Expression) -> list[exp.Expression]:
    """Queries nested in ``query`` whose nearest enclosing query is ``query``, in written order."""
    return [
        node
        for node in query.walk(bfs=False, prune=lambda node: node is not query and _is_query(node))
        if node is not query and _is_query(node)
    ]


def _is_query(node: exp.Expression) -> bool:
    return isinstance(node, exp.Query) and not isinstance(node, exp.Subquery)


def _standalone(query: exp.Expression) -> bool:
    """Whether every qualified column of ``query`` names a table it reads itself (it is not correlated)."""
    defined = {table.alias_or_name.lower() for table in query.find_all(exp.Table)}
    defined |= {subquery.alias.lower() for subquery in query.find_all(exp.Subquery) if subquery.alias}
    return all(column.table.lower() in defined for column in query.find_all(exp.Column) if column.table)


@lru_cache(maxsize=8192)
def _tree(sql: str, dialect: str) -> SqlTree:
    return parse(sql, dialect)


def _validated(candidates: list[str], gold_sql: str, gold: SqlTree, dialect: str) -> tuple[tuple[str, SqlTree], ...]:
    """The candidates that are progressive subtrees of gold given those kept before them, then gold itself."""
    kept: list[tuple[str, SqlTree]] = []
    for sql in candidates:
        try:
            tree = _tree(sql, dialect)
        except SqlParseError:
            continue
        if tree != gold and classify(tree, [t for _, t in kept], gold) is StepClass.PROGRESSIVE:
            kept.append((sql, tree))
    while kept and is_subtree(gold, accumulate((t for _, t in kept), gold)):
        kept.pop()
    return (*kept, (gold_sql, gold))


def _with_questions(steps: tuple[tuple[str, SqlTree], ...], question: str | None, vocabulary: Vocabulary,
                    dialect: str) -> tuple[Step, ...]:
    earlier: dict[str, int] = {}
    result = []
    for number, (sql, tree) in enumerate(steps, start=1):
        last = number == len(steps)
        text = question.strip() if last and question else sub_question(tree.expression, earlier, vocabulary, dialect)
        result.append(Step(text, sql))
        earlier.setdefault(tree.sql, number)
    return tuple(result)
