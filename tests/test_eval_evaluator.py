"""The evaluator: gold-as-prediction sanity check, per-item statuses, caching, learnat quirks end to end."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from learnat_core.data import locate
from learnat_core.errors import ConfigError
from learnat_core.evaluation import evaluator
from learnat_core.evaluation.evaluator import NO_PREDICTION, Pair, Verdict, evaluate_pairs


@pytest.fixture(scope="module")
def bundled_dev() -> tuple[list[Pair], Path]:
    """Gold-as-prediction pairs for every bundled Spider dev question, and the database root."""
    split = locate("spider", "dev")
    examples = split.load()
    return [Pair(ex.id, ex.db_id, ex.gold_sql, ex.gold_sql) for ex in examples], split.db_root


@pytest.fixture()
def db_root(tmp_path: Path, bundled_root: Path) -> Path:
    """A database root with a copy of concert_singer and a small ``flags`` database of Y/N-as-1/0 rows."""
    source = bundled_root / "spider" / "database" / "concert_singer"
    shutil.copytree(source, tmp_path / "concert_singer")
    (tmp_path / "flags").mkdir()
    with sqlite3.connect(tmp_path / "flags" / "flags.sqlite") as connection:
        connection.execute("CREATE TABLE t (name TEXT, active INTEGER)")
        connection.executemany("INSERT INTO t VALUES (?, ?)", [("a", 1), ("b", 0), ("c", 1)])
    connection.close()
    return tmp_path


@pytest.mark.parametrize("semantics", ["spider", "bird"])
def test_gold_as_prediction_scores_100_percent(bundled_dev: tuple[list[Pair], Path], semantics: str) -> None:
    pairs, root = bundled_dev
    verdicts = evaluate_pairs(pairs, root, semantics=semantics, workers=2, progress=False)
    assert len(pairs) == 972
    assert [v.id for v in verdicts] == [p.id for p in pairs]
    assert all(v.gold_status == v.pred_status == "ok" for v in verdicts)
    assert sum(v.ex for v in verdicts) == 972
    levels = {v.hardness for v in verdicts}
    assert levels == ({"easy", "medium", "hard", "extra"} if semantics == "spider" else {None})


def test_every_bad_item_becomes_a_status(db_root: Path) -> None:
    gold = "SELECT Name FROM singer WHERE Age > 40"
    pairs = [
        Pair("ok", "concert_singer", gold, "SELECT Name FROM singer WHERE Age >= 41"),
        Pair("syntax", "concert_singer", gold, "SELEC Name FROM singer"),
        Pair("empty", "concert_singer", gold, "  "),
        Pair("table", "concert_singer", gold, "SELECT Name FROM singers"),
        Pair("column", "concert_singer", gold, "SELECT Nam FROM singer"),
        Pair("write", "concert_singer", gold, "DELETE FROM singer"),
        Pair("none", "concert_singer", gold, None),
        Pair("nodb", "no_such_db", gold, gold),
        Pair("badgold", "concert_singer", "SELECT nope FROM singer", gold),
        Pair("slow", "concert_singer", gold, "SELECT count(*) FROM singer a, singer b, singer c, singer d, "
             "singer e, singer f, singer g, singer h, singer i, singer j, singer k"),
    ]
    verdicts = {v.id: v for v in evaluate_pairs(pairs, db_root, workers=1, timeout=0.3, progress=False)}
    assert list(verdicts) == [p.id for p in pairs]
    assert verdicts["ok"].ex == 1 and verdicts["ok"].pred_error == ""
    expected_errors = {
        "syntax": "syntax error",
        "empty": "empty query",
        "table": "no such table: singers",
        "column": "no such column: Nam",
        "write": "write statement rejected: DELETE on table singer",
        "none": NO_PREDICTION,
        "nodb": "database not found",
    }
    for item, message in expected_errors.items():
        assert verdicts[item].ex == 0 and verdicts[item].pred_status == "error", item
        assert message in verdicts[item].pred_error, item
    assert verdicts["nodb"].gold_status == "error" and "no_such_db.sqlite" in verdicts["nodb"].gold_error
    assert verdicts["badgold"] == Verdict(
        "badgold", "concert_singer", 0, "error", "ok", "easy", "no such column: nope", "", verdicts["badgold"].seconds
    )
    assert verdicts["slow"].pred_status == "timeout" and verdicts["slow"].ex == 0


def test_each_distinct_prepared_query_runs_once_per_database(db_root: Path, monkeypatch) -> None:
    calls: list[tuple[str, str]] = []
    real_execute = evaluator.execute

    def counting_execute(db_path, sql, **kwargs):
        calls.append((Path(db_path).name, sql))
        return real_execute(db_path, sql, **kwargs)

    monkeypatch.setattr(evaluator, "execute", counting_execute)
    gold_a, gold_b = "SELECT Name FROM singer", "SELECT DISTINCT Country FROM singer"
    pairs = [
        Pair("1", "concert_singer", gold_a, gold_a),
        Pair("2", "concert_singer", gold_a, "SELECT Country FROM singer"),  # = gold_b once DISTINCT is dropped
        Pair("3", "concert_singer", gold_b, gold_a),
        Pair("4", "concert_singer", gold_b, "SELECT Age FROM singer"),
        Pair("5", "flags", "SELECT name FROM t", "SELECT Name FROM singer"),  # same text, other database
    ]
    verdicts = evaluate_pairs(pairs, db_root, workers=1, progress=False)
    assert [v.ex for v in verdicts] == [1, 0, 0, 0, 0]
    assert sorted(calls) == sorted(
        [
            ("concert_singer.sqlite", "SELECT Name FROM singer"),
            ("concert_singer.sqlite", "SELECT Country FROM singer"),
            ("concert_singer.sqlite", "SELECT  Country FROM singer"),
            ("concert_singer.sqlite", "SELECT Age FROM singer"),
            ("flags.sqlite", "SELECT name FROM t"),
            ("flags.sqlite", "SELECT Name FROM singer"),
        ]
    )


def test_learnat_quirks_end_to_end(db_root: Path) -> None:
    pairs = [
        Pair("y", "flags", "SELECT name FROM t WHERE active = 1", "SELECT name FROM t WHERE active = 'Y'"),
        Pair("goldfails", "flags", "SELECT nope FROM t", "SELECT name FROM t"),
        Pair("bothfail", "flags", "SELECT nope FROM t", "SELECT nope FROM t"),
    ]
    learnat = evaluate_pairs(pairs, db_root, semantics="learnat", workers=1, progress=False)
    assert [(v.ex, v.gold_status, v.pred_status, v.hardness) for v in learnat] == [
        (1, "ok", "ok", None),
        (1, "error", "ok", None),
        (0, "error", "error", None),
    ]
    bird = evaluate_pairs(pairs, db_root, semantics="bird", workers=1, progress=False)
    assert [v.ex for v in bird] == [0, 0, 0]


def test_difficulty_labels_pass_through(db_root: Path) -> None:
    pairs = [Pair("1", "flags", "SELECT name FROM t", "SELECT name FROM t", difficulty="moderate")]
    for semantics in ("spider", "bird"):
        assert evaluate_pairs(pairs, db_root, semantics=semantics, workers=1, progress=False)[0].hardness == "moderate"


def _exploding_chunk(chunk, settings):
    raise MemoryError("boom")


def test_a_failed_worker_turns_its_pairs_into_errors(db_root: Path, monkeypatch) -> None:
    monkeypatch.setattr(evaluator, "_evaluate_chunk", _exploding_chunk)
    pairs = [Pair("1", "flags", "SELECT 1", "SELECT 1"), Pair("2", "concert_singer", "SELECT 1", "SELECT 1")]
    verdicts = evaluate_pairs(pairs, db_root, workers=2, progress=False)
    assert [v.id for v in verdicts] == ["1", "2"]
    for verdict in verdicts:
        assert verdict.ex == 0 and verdict.pred_status == verdict.gold_status == "error"
        assert verdict.pred_error == "evaluation worker failed: MemoryError: boom"


def test_bad_settings_fail_before_any_work(db_root: Path) -> None:
    pairs = [Pair("1", "flags", "SELECT 1", "SELECT 1")]
    with pytest.raises(ConfigError, match="known: spider, bird, learnat"):
        evaluate_pairs(pairs, db_root, semantics="exact", progress=False)
    with pytest.raises(ConfigError, match="must be positive"):
        evaluate_pairs(pairs, db_root, timeout=0, progress=False)


def test_no_pairs_give_no_verdicts(db_root: Path) -> None:
    assert evaluate_pairs([], db_root, progress=False) == []


def test_an_unforeseen_failure_on_one_item_becomes_its_status(db_root: Path, monkeypatch) -> None:
    real_hardness = evaluator.spider_hardness

    def fragile_hardness(sql: str) -> str:
        if "Age" in sql:
            raise RecursionError("too deep")
        return real_hardness(sql)

    monkeypatch.setattr(evaluator, "spider_hardness", fragile_hardness)
    pairs = [Pair("1", "concert_singer", "SELECT Age FROM singer", "SELECT Age FROM singer"),
             Pair("2", "concert_singer", "SELECT Name FROM singer", "SELECT Name FROM singer")]
    first, second = evaluate_pairs(pairs, db_root, workers=1, progress=False)
    assert (first.ex, first.pred_status, first.pred_error) == (0, "error", "internal error: RecursionError: too deep")
    assert (second.ex, second.hardness) == (1, "easy")


SINGERS_9 = "FROM singer a, singer b, singer c, singer d, singer e, singer f, singer g, singer h, singer i"
RUNAWAY = f"SELECT * {SINGERS_9}"  # 6^9 rows, all distinct: without early rejection it runs into the row cap
FEW_DISTINCT = f"SELECT a.Name {SINGERS_9}"  # 6^9 rows, 6 distinct ones: nothing decides early under bird
EVERYONE = "SELECT Name FROM singer WHERE Age < 100"

# (id, gold, prediction, ex, rejected_early note): each rule of early rejection, and cases where it must not
# fire; no prediction is another case's query, so no result is shared between cases
EARLY_CASES = {
    "spider": [
        ("more_rows", "SELECT Name FROM singer WHERE Age > 40", "SELECT Name FROM singer", 0,
         "stopped after 4 rows: more than the gold result's 3"),
        ("runaway", EVERYONE, RUNAWAY, 0, "stopped after 7 rows: more than the gold result's 6"),
        ("order_by_more", "SELECT Name FROM singer WHERE Age > 40 ORDER BY Age", "SELECT Country FROM singer", 0,
         "stopped after 4 rows: more than the gold result's 3"),
        ("order_by_reordered", "SELECT Name FROM singer WHERE Age > 40 ORDER BY Age",
         "SELECT Name FROM singer WHERE Age > 40 ORDER BY Age DESC", 0, ""),
        ("order_by_same", "SELECT Name FROM singer WHERE Age > 40 ORDER BY Age",
         "SELECT Name FROM singer WHERE Age >= 41 ORDER BY Age", 1, ""),
        ("empty_gold", "SELECT Name FROM singer WHERE Age > 100", "SELECT Age FROM singer", 0,
         "stopped after 1 rows: more than the gold result's 0"),
        ("empty_both", "SELECT Name FROM singer WHERE Age > 100", "SELECT Country FROM singer WHERE Age < 0", 1, ""),
        ("fewer_rows", EVERYONE, "SELECT Name FROM singer WHERE Age > 30", 0, ""),
        ("distinct_dropped", "SELECT DISTINCT Country FROM singer", "SELECT Country FROM singer WHERE Age > 0", 1, ""),
    ],
    "bird": [
        ("more_distinct", "SELECT Country FROM singer WHERE Age > 40", "SELECT Country FROM singer", 0,
         "stopped after 3 distinct rows: more than the gold result's 2"),
        ("runaway", EVERYONE, RUNAWAY, 0, "stopped after 7 distinct rows: more than the gold result's 6"),
        ("more_rows_same_set", "SELECT DISTINCT Country FROM singer", "SELECT Country FROM singer WHERE Age > 0", 1, ""),
        ("few_distinct", EVERYONE, FEW_DISTINCT, 0, ""),
        ("empty_gold", "SELECT Name FROM singer WHERE Age > 100", "SELECT Age FROM singer", 0,
         "stopped after 1 distinct rows: more than the gold result's 0"),
    ],
    "learnat": [
        ("more_rows", "SELECT Name FROM singer WHERE Age > 40", "SELECT Name FROM singer", 0, ""),
        ("runaway", EVERYONE, RUNAWAY, 0, ""),  # only the first 5 rows are read and compared
    ],
}


@pytest.mark.parametrize("semantics", sorted(EARLY_CASES))
def test_early_rejection_says_so_and_never_changes_a_verdict(db_root: Path, semantics: str) -> None:
    cases = EARLY_CASES[semantics]
    pairs = [Pair(item, "concert_singer", gold, pred) for item, gold, pred, _, _ in cases]
    early = evaluate_pairs(pairs, db_root, semantics=semantics, workers=1, progress=False, max_rows=1000)
    assert [(v.id, v.ex, v.rejected_early) for v in early] == [(item, ex, note) for item, _, _, ex, note in cases]
    assert all(v.gold_status == "ok" and v.pred_status == ("error" if v.id == "few_distinct" else "ok") for v in early)
    full = evaluate_pairs(pairs, db_root, semantics=semantics, workers=1, progress=False, early_rejection=False,
                          max_rows=1000)
    assert [v.ex for v in full] == [v.ex for v in early]
    assert all(v.rejected_early == "" for v in full)
    runaway = next(v for v in full if v.id == "runaway")
    if semantics != "learnat":  # read to the end, the runaway result runs into the row cap
        assert (runaway.pred_status, runaway.pred_error) == ("error", "result exceeds the row cap of 1000 rows")


def test_a_stopped_result_runs_again_where_it_cannot_decide(db_root: Path, monkeypatch) -> None:
    calls: list[str] = []
    real_execute = evaluator.execute

    def counting_execute(db_path, sql, **kwargs):
        calls.append(sql)
        return real_execute(db_path, sql, **kwargs)

    monkeypatch.setattr(evaluator, "execute", counting_execute)
    everyone = "SELECT Name FROM singer"
    pairs = [
        Pair("small", "concert_singer", "SELECT Name FROM singer WHERE Age > 50", everyone),  # stopped after 2 rows
        Pair("smaller", "concert_singer", "SELECT Name FROM singer WHERE Age > 60", everyone),  # 2 rows decide it
        Pair("large", "concert_singer", "SELECT Name FROM singer WHERE Age > 0", everyone),  # 6 rows: run again
        Pair("as_gold", "concert_singer", everyone, "SELECT Name FROM singer WHERE Singer_ID > 0"),
    ]
    verdicts = evaluate_pairs(pairs, db_root, workers=1, progress=False)
    assert [(v.ex, v.rejected_early) for v in verdicts] == [
        (0, "stopped after 2 rows: more than the gold result's 1"),
        (0, "stopped after 2 rows: more than the gold result's 0"),
        (1, ""),
        (1, ""),
    ]
    assert calls.count(everyone) == 2
