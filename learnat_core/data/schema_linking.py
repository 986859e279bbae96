"""Gold schema linking: the tables and columns a gold SQL query uses, for the oracle-schema filter.

The query is parsed and qualified with sqlglot (dialect ``sqlite``) against the schema, so aliases
(``T1``/``T2``) resolve to tables and unqualified columns to the table in scope that has them.
``SELECT *`` is expanded, so it uses every column of its tables; ``count(*)`` uses none.

SQLite reads a double-quoted name that matches no column as a string literal, and Spider relies on
it (``WHERE name = "APG"``); such names are turned into literals before qualifying. Columns that
resolve to nothing in the schema (a few gold queries name a column their table lacks) are left out.
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.errors import OptimizeError, ParseError, TokenError
from sqlglot.optimizer.qualify import qualify
from sqlglot.optimizer.scope import traverse_scope

from learnat_core.data.schema import Schema
from learnat_core.errors import SqlParseError


def gold_schema_items(sql: str, schema: Schema) -> dict[str, set[str]]:
    """The tables (keys) and their columns (values) that ``sql`` uses, spelled as in ``schema``.

    A table used without naming any of its columns (``SELECT count(*) FROM t``) maps to an empty set.
    Raises SqlParseError when ``sql`` is not a query sqlglot can parse.
    """
    tree = _parse(sql)
    names = {t.name.lower(): (t.name, {c.name.lower(): c.name for c in t.columns}) for t in schema.tables}
    _unquote_string_literals(tree, names)
    mapping = {table.name: {column.name: "TEXT" for column in table.columns} for table in schema.tables}
    try:
        tree = qualify(tree.copy(), schema=mapping, dialect="sqlite", validate_qualify_columns=False)
    except OptimizeError:
        # The query names a column its table lacks: qualify without the schema, which still
        # resolves aliases; the unknown column is then left out below.
        tree = qualify(tree, dialect="sqlite", validate_qualify_columns=False)
    used: dict[str, set[str]] = {}
    for scope in traverse_scope(tree):
        for source in scope.sources.values():
            if isinstance(source, exp.Table) and source.name.lower() in names:
                used.setdefault(names[source.name.lower()][0], set())
        for column in scope.columns:
            source = scope.sources.get(column.table)
            if isinstance(source, exp.Table) and source.name.lower() in names:
                table_name, columns = names[source.name.lower()]
                if column.name.lower() in columns:
                    used.setdefault(table_name, set()).add(columns[column.name.lower()])
    return used


def _parse(sql: str) -> exp.Expression:
    try:
        tree = sqlglot.parse_one(sql, read="sqlite")
    except ParseError as error:
        if not error.errors:
            raise SqlParseError(f"cannot parse SQL: {error}", sql) from None
        detail = error.errors[0]
        position = _offset(sql, detail["line"], detail["col"]) - len(detail.get("highlight") or " ") + 1
        message = f"cannot parse SQL at character {position}: {detail['description']}"
        raise SqlParseError(message, sql, position) from None
    except TokenError as error:
        raise SqlParseError(f"cannot tokenize SQL: {error}", sql) from None
    if not isinstance(tree, exp.Query):
        raise SqlParseError(f"not a query: {sql[:80]!r}", sql)
    return tree


def _offset(sql: str, line: int, col: int) -> int:
    """The 0-based character offset of sqlglot's 1-based (line, col)."""
    return sum(len(text) + 1 for text in sql.split("\n")[: line - 1]) + col - 1


def _unquote_string_literals(tree: exp.Expression, names: dict[str, tuple[str, dict[str, str]]]) -> None:
    in_scope = {table.name.lower() for table in tree.find_all(exp.Table)}
    known = {column for table in in_scope if table in names for column in names[table][1]}
    for column in list(tree.find_all(exp.Column)):
        if not column.table and column.this.quoted and column.name.lower() not in known:
            column.replace(exp.Literal.string(column.name))
