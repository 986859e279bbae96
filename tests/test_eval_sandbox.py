"""The read-only, time-bounded SQLite sandbox: writes are rejected precisely and never change the file."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from learnat_core.evaluation.sandbox import RowBound, execute

WRITE_STATEMENTS = {
    "DROP TABLE singer": "write statement rejected: DROP TABLE singer",
    "DELETE FROM singer": "write statement rejected: DELETE on table singer",
    "DELETE FROM singer WHERE Singer_ID = 1": "write statement rejected: DELETE on table singer",
    "UPDATE singer SET Name = 'x'": "write statement rejected: UPDATE on table singer",
    "INSERT INTO singer (Singer_ID) VALUES (99)": "write statement rejected: INSERT on table singer",
    "REPLACE INTO singer (Singer_ID) VALUES (1)": "write statement rejected: INSERT on table singer",
    "CREATE TABLE x (a)": "write statement rejected: CREATE TABLE x",
    "CREATE TEMP TABLE x (a)": "write statement rejected: CREATE TEMP TABLE x",
    "CREATE VIEW v AS SELECT 1": "write statement rejected: CREATE VIEW v",
    "CREATE INDEX i ON singer (Name)": "write statement rejected: CREATE INDEX i",
    "ALTER TABLE singer ADD COLUMN z": "write statement rejected: ALTER TABLE singer",
    "ATTACH DATABASE ':memory:' AS m": "statement rejected (read-only sandbox): ATTACH :memory:",
    "DETACH DATABASE m": "statement rejected (read-only sandbox): DETACH m",
    "PRAGMA writable_schema = ON": "statement rejected (read-only sandbox): PRAGMA writable_schema ON",
    "PRAGMA journal_mode = WAL": "statement rejected (read-only sandbox): PRAGMA journal_mode WAL",
    "PRAGMA user_version = 5": "statement rejected (read-only sandbox): PRAGMA user_version 5",
    "VACUUM": "statement rejected (read-only sandbox): VACUUM",
    "BEGIN": "statement rejected (read-only sandbox): TRANSACTION BEGIN",
    "SAVEPOINT s": "statement rejected (read-only sandbox): SAVEPOINT BEGIN s",
    "ANALYZE": "write statement rejected: INSERT on sqlite_master (ANALYZE statement)",
    "SELECT * FROM pragma_table_info('singer')": "write statement rejected: UPDATE on sqlite_master (SELECT statement)",
    "SELECT 1; DROP TABLE singer": "multiple statements in one query",
}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def concert_db(tmp_path: Path, bundled_root: Path) -> Path:
    """A private copy of the bundled concert_singer database."""
    target = tmp_path / "concert_singer" / "concert_singer.sqlite"
    target.parent.mkdir()
    shutil.copy(bundled_root / "spider" / "database" / "concert_singer" / "concert_singer.sqlite", target)
    return target


@pytest.fixture()
def world_db(bundled_root: Path) -> Path:
    """The bundled world_1 database (city has about 4,000 rows: a triple cross join never finishes)."""
    return bundled_root / "spider" / "database" / "world_1" / "world_1.sqlite"


@pytest.mark.parametrize("sql", sorted(WRITE_STATEMENTS))
def test_write_statements_are_rejected_and_leave_the_file_unchanged(concert_db: Path, sql: str) -> None:
    before, files_before = _sha256(concert_db), sorted(concert_db.parent.iterdir())
    result = execute(concert_db, sql)
    assert result.status == "error"
    assert result.error.startswith(WRITE_STATEMENTS[sql])
    assert result.rows is None
    assert _sha256(concert_db) == before
    assert sorted(concert_db.parent.iterdir()) == files_before  # no journal, no new file
    assert execute(concert_db, "SELECT count(*) FROM singer").rows == ((6,),)


def test_reads_work_and_rows_are_tuples(concert_db: Path) -> None:
    result = execute(concert_db, "SELECT Name, Age FROM singer WHERE Age > 40 ORDER BY Age;")
    assert result.status == "ok" and result.error == "" and result.seconds >= 0
    assert result.rows == (("Rose White", 41), ("John Nizinik", 43), ("Joe Sharp", 52))


def test_recursive_cte_and_functions_are_allowed(concert_db: Path) -> None:
    sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 3) SELECT upper('a'), sum(x) FROM c"
    assert execute(concert_db, sql).rows == (("A", 6),)


@pytest.mark.parametrize("sql", ["", "   \n", "-- only a comment", ";"])
def test_empty_query_is_an_error(concert_db: Path, sql: str) -> None:
    result = execute(concert_db, sql)
    assert result.status == "error" and result.error.startswith("empty query")


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("SELEC name FROM singer", 'near "SELEC": syntax error'),
        ("SELECT nope FROM singer", "no such column: nope"),
        ("SELECT * FROM nope", "no such table: nope"),
        ("SELECT 'x' \x00", "the query contains a null character"),
        ("SELECT '\ud800'", "query text cannot be encoded"),
    ],
)
def test_bad_queries_are_errors_with_sqlite_messages(concert_db: Path, sql: str, message: str) -> None:
    result = execute(concert_db, sql)
    assert result.status == "error" and message in result.error


def test_missing_database_is_an_error_and_no_file_is_created(tmp_path: Path) -> None:
    path = tmp_path / "nope" / "nope.sqlite"
    result = execute(path, "SELECT 1")
    assert result.status == "error" and result.error == f"database not found: {path}"
    assert not path.exists() and not path.parent.exists()


def test_triple_cross_join_times_out(world_db: Path) -> None:
    result = execute(world_db, "SELECT count(*) FROM city AS a, city AS b, city AS c", timeout=0.3)
    assert result.status == "timeout" and result.error == "query timed out" and result.rows is None


def test_infinite_recursive_cte_times_out(concert_db: Path) -> None:
    sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c"
    assert execute(concert_db, sql, timeout=0.3).status == "timeout"


def test_timeout_also_covers_fetching(world_db: Path) -> None:
    sql = "SELECT a.Name FROM city AS a, city AS b, city AS c"  # rows stream out; the cap is never reached
    assert execute(world_db, sql, timeout=0.3, max_rows=10**12).status == "timeout"


def test_row_cap_is_a_clear_error(world_db: Path) -> None:
    result = execute(world_db, "SELECT a.ID FROM city AS a, city AS b", max_rows=1000)
    assert result.status == "error" and result.error == "result exceeds the row cap of 1000 rows"


def test_limit_fetches_only_the_first_rows(world_db: Path) -> None:
    result = execute(world_db, "SELECT ID FROM city ORDER BY ID", limit=5, max_rows=1)
    assert result.status == "ok" and result.rows == ((1,), (2,), (3,), (4,), (5,)) and result.truncated
    assert not execute(world_db, "SELECT ID FROM city WHERE ID < 3", limit=5).truncated


def test_fetching_stops_at_the_first_row_past_a_bound(world_db: Path) -> None:
    runaway = "SELECT * FROM city AS a, city AS b, city AS c"  # 6.4e10 rows, all distinct
    for bound in (RowBound(10), RowBound(10, distinct=True), RowBound(0)):
        result = execute(world_db, runaway, stop_above=bound)
        assert result.status == "ok" and result.stopped_at == bound.rows + 1 == len(result.rows)
    duplicates = execute(world_db, "SELECT CountryCode FROM city", stop_above=RowBound(3, distinct=True))
    assert duplicates.stopped_at == 4 == len(set(duplicates.rows)) and len(duplicates.rows) > 4


def test_a_bound_that_is_not_exceeded_changes_nothing(world_db: Path) -> None:
    sql = "SELECT ID FROM city WHERE ID < 30"
    full = execute(world_db, sql)
    for bound in (RowBound(29), RowBound(29, distinct=True)):
        bounded = execute(world_db, sql, stop_above=bound)
        assert (bounded.status, bounded.rows, bounded.stopped_at) == ("ok", full.rows, None)
    few_distinct = execute(world_db, "SELECT 1 FROM city", max_rows=100, stop_above=RowBound(1, distinct=True))
    assert (few_distinct.status, few_distinct.error) == ("error", "result exceeds the row cap of 100 rows")


def test_state_never_leaks_between_queries(concert_db: Path, world_db: Path) -> None:
    assert execute(concert_db, "CREATE TEMP TABLE t (a)").status == "error"
    assert "no such table: t" in execute(concert_db, "SELECT * FROM t").error
    assert execute(world_db, "SELECT count(*) FROM city a, city b, city c", timeout=0.2).status == "timeout"
    assert execute(world_db, "SELECT count(*) FROM country").rows == ((239,),)
    assert execute(concert_db, "DELETE FROM singer").status == "error"
    assert execute(concert_db, "SELECT count(*) FROM singer").error == ""


def test_invalid_utf8_text_is_decoded_with_replacement(tmp_path: Path) -> None:
    path = tmp_path / "bad.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (a TEXT)")
        connection.execute("INSERT INTO t VALUES (CAST(X'61FF62' AS TEXT)), ('ok')")
    connection.close()
    assert execute(path, "SELECT a FROM t ORDER BY rowid").rows == (("a\ufffdb",), ("ok",))
    assert execute(path, "SELECT a FROM t WHERE a = 'ok'").rows == (("ok",),)


def test_other_threads_get_their_own_connection(concert_db: Path) -> None:
    assert execute(concert_db, "SELECT count(*) FROM singer").rows == ((6,),)
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda _: execute(concert_db, "SELECT count(*) FROM concert"), range(4)))
    assert [result.rows for result in results] == [((6,),)] * 4
