"""Example values of columns, read from a SQLite database opened read-only, for schema prompts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from sqlglot import exp, select

from learnat_core.errors import DataError

MAX_VALUE_CHARS = 40


def read_sample_values(
    db_path: Path, columns: Iterable[tuple[str, str]], limit: int, *, max_chars: int = MAX_VALUE_CHARS
) -> dict[tuple[str, str], tuple[str, ...]]:
    """Up to ``limit`` distinct non-null, non-blob values per (table, column), each cut to ``max_chars``.

    A column the database lacks (tables.json and the database disagree on a few Spider columns) gets
    no values rather than an error, so one stale schema entry does not break a whole prompt.
    """
    if not db_path.is_file():
        raise DataError(f"{db_path} is missing: sample values need the SQLite database there")
    try:
        with closing(sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            connection.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
            return {key: _column_values(connection, *key, limit, max_chars) for key in columns}
    except sqlite3.Error as error:
        raise DataError(f"{db_path}: cannot read sample values ({error})") from None


def _column_values(
    connection: sqlite3.Connection, table: str, column: str, limit: int, max_chars: int
) -> tuple[str, ...]:
    # SQLite reads a double-quoted name that matches no column as a string literal, so check first.
    present = {name.lower() for (name,) in connection.execute("SELECT name FROM pragma_table_info(?)", (table,))}
    if column.lower() not in present:
        return ()
    target = exp.column(column, quoted=True)
    query = (
        select(target)
        .distinct()
        .from_(exp.table_(table, quoted=True))
        .where(exp.and_(target.is_(exp.null()).not_(), exp.func("typeof", target).neq("blob")))
        .limit(limit)
    )
    rows = connection.execute(query.sql(dialect="sqlite")).fetchall()
    return tuple(_shorten(str(value), max_chars) for (value,) in rows)


def _shorten(text: str, max_chars: int) -> str:
    return text if len(text) <= max_chars else text[: max_chars - 3] + "..."
