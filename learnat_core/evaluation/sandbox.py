"""Read-only, time-bounded execution of one SQL query on a SQLite database.

A query can never change a database: the file is opened with ``mode=ro``, ``PRAGMA query_only`` is on, and
an authorizer allows only reading actions (SELECT, READ, FUNCTION, RECURSIVE), naming the first action it
denies in the error. A progress handler stops a query (fetching included) at its deadline, and fetching
stops with an error past ``max_rows``. Rows are fetched in batches, so a caller that only needs to know
whether a result exceeds some size (``stop_above``) gets its answer without the rest of the result.
Connections are reused per database within a process and thread.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 100_000

_PROGRESS_STEPS = 1000  # SQLite VM instructions between two deadline checks
_BATCH_ROWS = 256  # rows per fetchmany call
_DECODE_ERROR = "Could not decode to UTF-8"
_READ_ACTIONS = frozenset(
    {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
)
_WRITE_ACTIONS = (
    "CREATE_INDEX CREATE_TABLE CREATE_TEMP_INDEX CREATE_TEMP_TABLE CREATE_TEMP_TRIGGER CREATE_TEMP_VIEW "
    "CREATE_TRIGGER CREATE_VIEW CREATE_VTABLE DELETE DROP_INDEX DROP_TABLE DROP_TEMP_INDEX DROP_TEMP_TABLE "
    "DROP_TEMP_TRIGGER DROP_TEMP_VIEW DROP_TRIGGER DROP_VIEW DROP_VTABLE INSERT UPDATE ALTER_TABLE REINDEX ANALYZE"
).split()
_OTHER_ACTIONS = "PRAGMA TRANSACTION ATTACH DETACH SAVEPOINT".split()
_ACTION_NAMES = {getattr(sqlite3, f"SQLITE_{name}"): name.replace("_", " ") for name in _WRITE_ACTIONS + _OTHER_ACTIONS}
_WRITE_CODES = frozenset(getattr(sqlite3, f"SQLITE_{name}") for name in _WRITE_ACTIONS)
_TABLE_ACTIONS = frozenset(
    {sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE, sqlite3.SQLITE_ANALYZE}
)
_SCHEMA_TABLES = frozenset({"sqlite_master", "sqlite_temp_master", "sqlite_schema", "sqlite_temp_schema"})


@dataclass(frozen=True)
class RowBound:
    """Stop fetching once more than ``rows`` rows (distinct rows when ``distinct``) have been read."""

    rows: int
    distinct: bool = False


@dataclass(frozen=True)
class ExecResult:
    """Outcome of one query: ``status`` is ok/error/timeout; ``rows`` is set only when ok.

    ``stopped_at`` is set when fetching stopped because the result exceeded a ``RowBound``: the number of
    rows (distinct rows for a distinct bound) read by then; ``rows`` then holds only the rows read."""

    status: str
    rows: tuple[tuple, ...] | None = None
    error: str = ""
    seconds: float = 0.0
    truncated: bool = False
    stopped_at: int | None = None

    @property
    def ok(self) -> bool:
        """Whether the query ran to completion and produced rows."""
        return self.status == "ok"


def execute(
    db_path: str | os.PathLike,
    sql: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int = DEFAULT_MAX_ROWS,
    limit: int | None = None,
    stop_above: RowBound | None = None,
) -> ExecResult:
    """Run ``sql`` read-only on ``db_path`` within ``timeout`` seconds; never raises for a bad query.

    With ``limit`` only the first ``limit`` rows are fetched (``truncated`` says whether more existed);
    otherwise more than ``max_rows`` rows is an error. With ``stop_above`` fetching ends, status ok, as
    soon as the rows read exceed that bound (``stopped_at`` says how many).
    """
    started = time.perf_counter()
    if not sql.strip():
        return ExecResult("error", error="empty query")
    if not os.path.isfile(db_path):
        return ExecResult("error", error=f"database not found: {db_path}")
    try:
        session = _session(os.getpid(), threading.get_ident(), os.fspath(db_path))
    except sqlite3.Error as error:
        return ExecResult("error", error=f"cannot open database {db_path}: {error}")
    result = session.run(sql, timeout=timeout, fetch=max_rows if limit is None else limit, stop_above=stop_above)
    seconds = time.perf_counter() - started
    if limit is None and result.truncated:
        return ExecResult("error", error=f"result exceeds the row cap of {max_rows} rows", seconds=seconds)
    return ExecResult(result.status, result.rows, result.error, seconds, result.truncated, result.stopped_at)


class _Session:
    """One read-only connection with its authorizer and deadline; ``run`` resets both for every query."""

    def __init__(self, path: str):
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        self.connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        self.connection.execute("PRAGMA query_only = ON")
        self.connection.set_authorizer(self._authorize)
        self.connection.set_progress_handler(self._past_deadline, _PROGRESS_STEPS)
        self.denied: tuple[int, str | None, str | None] | None = None
        self.deadline = float("inf")

    def run(self, sql: str, *, timeout: float, fetch: int, stop_above: RowBound | None) -> ExecResult:
        """Execute ``sql`` and fetch at most ``fetch`` rows (``truncated`` when there were more), stopping
        early past ``stop_above``.

        Text is decoded as strict UTF-8 (fast, in C); a result with invalid UTF-8 is fetched again with
        replacement characters, within the same deadline."""
        self.deadline = time.monotonic() + timeout
        try:
            result = self._attempt(sql, fetch, stop_above)
            if result.error.startswith(_DECODE_ERROR):
                self.connection.text_factory = _decode
                try:
                    result = self._attempt(sql, fetch, stop_above)
                finally:
                    self.connection.text_factory = str
            return result
        finally:
            self.deadline = float("inf")

    def _attempt(self, sql: str, fetch: int, stop_above: RowBound | None) -> ExecResult:
        self.denied = None
        cursor = self.connection.cursor()
        try:
            cursor.execute(sql)
            if cursor.description is None:
                return ExecResult("error", error="empty query (no statement that returns rows)")
            return _fetch(cursor, fetch, stop_above)
        except sqlite3.ProgrammingError as error:
            message = "multiple statements in one query" if "one statement" in str(error) else str(error)
            return ExecResult("error", error=message)
        except sqlite3.Error as error:
            return self._failure(sql, error)
        except ValueError as error:  # text that cannot be encoded to UTF-8 (lone surrogates)
            return ExecResult("error", error=f"query text cannot be encoded: {error}")
        finally:
            cursor.close()

    def _failure(self, sql: str, error: sqlite3.Error) -> ExecResult:
        if self.denied is not None:
            return ExecResult("error", error=_describe_denied(sql, *self.denied))
        if str(error) == "interrupted":  # the progress handler stopped the query
            if time.monotonic() >= self.deadline:
                return ExecResult("timeout", error="query timed out")
            # SQLite swallows a KeyboardInterrupt raised in the progress handler: Ctrl-C, raised again here
            raise KeyboardInterrupt
        return ExecResult("error", error=str(error))

    def _authorize(self, action: int, arg1: str | None, arg2: str | None, *_: object) -> int:
        if action in _READ_ACTIONS:
            return sqlite3.SQLITE_OK
        if self.denied is None:
            self.denied = (action, arg1, arg2)
        return sqlite3.SQLITE_DENY

    def _past_deadline(self) -> bool:
        return time.monotonic() >= self.deadline


def _fetch(cursor: sqlite3.Cursor, fetch: int, stop_above: RowBound | None) -> ExecResult:
    """Fetch up to ``fetch`` rows (one more tells ``truncated``) in batches, stopping at the first row past
    ``stop_above``: a batch is never larger than the rows still needed to exceed the bound."""
    rows: list[tuple] = []
    distinct: set[tuple] = set()
    counted = 0  # rows (distinct rows for a distinct bound) read so far
    while len(rows) <= fetch:
        size = min(_BATCH_ROWS, fetch + 1 - len(rows))
        if stop_above is not None:
            size = min(size, stop_above.rows + 1 - counted)
        batch = cursor.fetchmany(size)
        if not batch:
            break
        rows.extend(batch)
        if stop_above is not None:
            if stop_above.distinct:
                distinct.update(batch)
            counted = len(distinct) if stop_above.distinct else len(rows)
            if counted > stop_above.rows:
                return ExecResult("ok", tuple(rows), stopped_at=counted)
    return ExecResult("ok", tuple(rows[:fetch]), truncated=len(rows) > fetch)


@lru_cache(maxsize=32)
def _session(pid: int, thread: int, path: str) -> _Session:
    """The session of ``path`` for one process and thread: a forked child never uses its parent's connections."""
    return _Session(path)


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def _describe_denied(sql: str, action: int, arg1: str | None, arg2: str | None) -> str:
    """A precise message for the first action the authorizer denied."""
    kind = "write statement rejected" if action in _WRITE_CODES else "statement rejected (read-only sandbox)"
    name = _ACTION_NAMES.get(action, f"action {action}")
    if action in _TABLE_ACTIONS and arg1 in _SCHEMA_TABLES:
        return f"{kind}: {_schema_change(sql) or f'{name} on {arg1} ({sql.split()[0].upper()} statement)'}"
    if action in _TABLE_ACTIONS:
        return f"{kind}: {name} on table {arg1}"
    if action == sqlite3.SQLITE_ATTACH and not arg1:
        return f"{kind}: VACUUM"
    if action == sqlite3.SQLITE_ALTER_TABLE:
        return f"{kind}: ALTER TABLE {arg2}"
    details = " ".join(str(arg) for arg in (arg1, arg2) if arg)
    return f"{kind}: {name} {details}".rstrip()


def _schema_change(sql: str) -> str | None:
    """Name a CREATE/DROP statement (it writes the schema table) from the query text; None for others."""
    try:
        statement = sqlglot.parse_one(sql, read="sqlite")
    except SqlglotError:
        statement = None
    if isinstance(statement, (exp.Create, exp.Drop)):
        temporary = " TEMP" if statement.find(exp.TemporaryProperty) or statement.args.get("temporary") else ""
        target = (statement.args.get("tables") or [statement.this])[0]
        target = target.this if isinstance(target, exp.Schema) else target
        name = f" {target.name}" if isinstance(target, exp.Expression) and target.name else ""
        return f"{statement.key.upper()}{temporary} {statement.args.get('kind', '')}{name}"
    return None
