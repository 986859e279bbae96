"""Property tests over a small generator of Spider-like queries, each rendered with several alias styles."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from learnat_core.sql_ast import accumulate, edges, is_subtree, nodes, parse, similarity, tree_edit_distance

COLUMNS = {"singer": ("name", "age", "country", "id"), "concert": ("year", "theme", "sid", "cid")}
STYLES = (None, ("T1", "T2", "T3"), ("s", "c", "x"), ("Sg", "Cc", "Sub"))  # None: bare table names
METHODS = ("paper", "released", "string")


@dataclass(frozen=True)
class Query:
    """A query shape; ``render`` spells it with a given alias style."""

    join: bool
    select: tuple[tuple[str, str, str], ...]  # (table, column, aggregate or "")
    conditions: tuple[tuple[str, str, str, object], ...]  # (table, column, operator, value)
    subquery: tuple[str, str, str, str] | None  # (op, agg, column, country): column op (SELECT agg(column) ...)
    order: tuple[str, str, bool] | None
    limit: int | None

    def inner(self, style) -> str:
        op, aggregate, column, country = self.subquery
        alias = f" AS {style[2]}" if style else ""
        qualifier = f"{style[2]}." if style else ""
        where = f" WHERE {qualifier}country = '{country}'" if country else ""
        return f"SELECT {aggregate}({qualifier}{column}) FROM singer{alias}{where}"

    def render(self, style) -> str:
        name = {"singer": style[0] if style else "singer", "concert": style[1] if style else "concert"}
        col = lambda table, column: f"{name[table]}.{column}"  # noqa: E731
        items = [f"{aggregate}({col(t, c)})" if aggregate else col(t, c) for t, c, aggregate in self.select]
        sql = f"SELECT {', '.join(items)} FROM singer{' AS ' + style[0] if style else ''}"
        if self.join:
            sql += f" JOIN concert{' AS ' + style[1] if style else ''} ON {col('singer', 'id')} = {col('concert', 'sid')}"
        conditions = [f"{col(t, c)} {op} {value!r}" for t, c, op, value in self.conditions]
        if self.subquery:
            conditions.append(f"{col('singer', self.subquery[2])} {self.subquery[0]} ({self.inner(style)})")
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        if self.order:
            sql += f" ORDER BY {col(self.order[0], self.order[1])} {'DESC' if self.order[2] else 'ASC'}"
        if self.limit:
            sql += f" LIMIT {self.limit}"
        return sql


@st.composite
def queries(draw, subquery: bool | None = None) -> Query:
    join = draw(st.booleans())
    tables = ["singer", "concert"] if join else ["singer"]
    column = st.sampled_from(tables).flatmap(lambda t: st.tuples(st.just(t), st.sampled_from(COLUMNS[t])))
    select = draw(st.lists(st.tuples(column, st.sampled_from(["", "", "max", "count"])), min_size=1, max_size=3))
    value = st.one_of(st.integers(0, 99), st.sampled_from(["France", "Rock", "x"]))
    conditions = draw(st.lists(st.tuples(column, st.sampled_from(["=", ">", "<", "<>"]), value), max_size=3))
    has_subquery = draw(st.booleans()) if subquery is None else subquery
    inner = None
    if has_subquery:
        op, aggregate = draw(st.sampled_from([">", "<", "="])), draw(st.sampled_from(["avg", "max"]))
        inner = (op, aggregate, "age", draw(st.sampled_from(["", "France"])))
    order = draw(st.none() | st.tuples(column, st.booleans()).map(lambda pair: (*pair[0], pair[1])))
    return Query(
        join,
        tuple((t, c, aggregate) for (t, c), aggregate in select),
        tuple((t, c, op, v) for (t, c), op, v in conditions),
        inner,
        order,
        draw(st.none() | st.integers(1, 5)),
    )


styles = st.sampled_from(STYLES)


@settings(max_examples=60, deadline=None)
@given(queries(), queries(), styles)
def test_tree_is_subtree_of_itself_and_of_any_accumulation_containing_it(query, other, style):
    tree, extra = parse(query.render(style)), parse(other.render(style))
    assert is_subtree(tree, tree)
    assert is_subtree(tree, accumulate([extra, tree], tree))
    assert is_subtree(accumulate([tree], tree), tree)


@settings(max_examples=40, deadline=None)
@given(queries(), styles)
def test_similarity_of_a_tree_with_itself_is_one(query, style):
    tree = parse(query.render(style))
    for method in METHODS:
        assert similarity(tree, tree, method=method) == 1.0
    assert similarity(accumulate([tree], tree), tree) == 1.0


@settings(max_examples=60, deadline=None)
@given(queries(), queries(), queries(), st.floats(0.0, 1.0))
def test_similarity_lies_in_the_unit_interval(query, other, third, alpha):
    a, b, c = (parse(q.render(STYLES[1])) for q in (query, other, third))
    for method in METHODS:
        for candidate in (a, accumulate([a, c], b)):
            assert 0.0 <= similarity(candidate, b, alpha=alpha, method=method) <= 1.0


@settings(max_examples=60, deadline=None)
@given(queries(), styles, styles)
def test_alias_renaming_does_not_change_the_tree(query, style, other_style):
    a, b = parse(query.render(style)), parse(query.render(other_style))
    assert a == b
    assert (nodes(a), edges(a)) == (nodes(b), edges(b))


@settings(max_examples=40, deadline=None)
@given(queries(subquery=True), styles, styles)
def test_where_subquery_is_a_subtree_of_its_query(query, style, inner_style):
    assert is_subtree(parse(query.inner(inner_style)), parse(query.render(style)))


@settings(max_examples=40, deadline=None)
@given(queries(subquery=False), styles, st.sampled_from(["D", "derived", "T9"]))
def test_from_subquery_is_a_subtree_of_its_query(query, style, alias):
    inner = query.render(style)
    outer = f"SELECT {alias}.name FROM ({inner}) AS {alias} WHERE {alias}.name <> 'x'"
    assert is_subtree(parse(inner), parse(outer))


@settings(max_examples=30, deadline=None)
@given(queries(), queries())
def test_apted_distance_equals_zhang_shasha(query, other):
    a, b = parse(query.render(None)), parse(other.render(None))
    assert tree_edit_distance(a.root, b.root) == tree_edit_distance(a.root, b.root, algorithm="zss")
