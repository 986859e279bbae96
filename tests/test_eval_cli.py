"""The ``learnat eval-pairs`` and ``learnat eval`` commands: outputs, read-only guarantee, one-line errors."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from learnat_core.cli import main

GOLD = "SELECT Name FROM singer WHERE Age > 40"


@pytest.fixture()
def db_root(tmp_path: Path, bundled_root: Path) -> Path:
    """A private database root with a copy of concert_singer."""
    root = tmp_path / "databases"
    shutil.copytree(bundled_root / "spider" / "database" / "concert_singer", root / "concert_singer")
    return root


def _write_lines(path: Path, lines: list) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


def _run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_eval_pairs_writes_verdicts_and_prints_the_table(tmp_path: Path, db_root: Path, capsys) -> None:
    pairs = _write_lines(
        tmp_path / "pairs.jsonl",
        [
            {"id": "a", "db_id": "concert_singer", "gold": GOLD, "pred": "SELECT Name FROM singer WHERE Age >= 41"},
            {"id": 7, "db_id": "concert_singer", "gold": GOLD, "pred": "SELECT Name FROM singer"},
            "",
            {"id": "c", "db_id": "concert_singer", "gold": GOLD, "pred": "SELECT nope FROM singer"},
        ],
    )
    out, csv = tmp_path / "verdicts.jsonl", tmp_path / "table.csv"
    argv = ["eval-pairs", "--db-root", str(db_root), "--pairs", str(pairs), "--semantics", "spider",
            "--out", str(out), "--workers", "1", "--table-csv", str(csv), "--no-progress"]
    code, stdout, stderr = _run(argv, capsys)
    assert code == 0 and stderr == ""
    assert stdout.startswith("semantics: spider  pairs: 3  workers: 1  timeout: 30 s  wall time: ")
    table = {line.split()[0]: line.split()[1:] for line in stdout.splitlines()[1:]}
    assert table["level"] == ["questions", "ex_pct", "ex_ci_low", "ex_ci_high", "executes_pct", "pred_errors",
                              "pred_timeouts", "gold_errors", "gold_timeouts"]
    assert table["easy"] == table["all"] == ["3", "33.3", "6.2", "79.2", "66.7", "1", "0", "0", "0"]
    assert table["hard"] == ["0", "-", "-", "-", "-", "0", "0", "0", "0"]
    assert _read_jsonl(out) == [
        {"id": "a", "ex": 1, "gold_status": "ok", "pred_status": "ok", "hardness": "easy"},
        {"id": "7", "ex": 0, "gold_status": "ok", "pred_status": "ok", "hardness": "easy",
         "rejected_early": "stopped after 4 rows: more than the gold result's 3"},
        {"id": "c", "ex": 0, "gold_status": "ok", "pred_status": "error", "hardness": "easy",
         "pred_error": "no such column: nope"},
    ]
    assert csv.read_text().splitlines()[:2] == [
        "level,questions,ex_pct,ex_ci_low,ex_ci_high,executes_pct,pred_errors,pred_timeouts,gold_errors,gold_timeouts",
        "easy,3,33.33,6.15,79.23,66.67,1,0,0,0",
    ]
    early = _read_jsonl(out)
    assert _run(argv + ["--no-early-rejection"], capsys)[0] == 0
    assert _read_jsonl(out) == [{k: v for k, v in line.items() if k != "rejected_early"} for line in early]


def test_eval_pairs_never_changes_a_database(tmp_path: Path, db_root: Path, capsys) -> None:
    db = db_root / "concert_singer" / "concert_singer.sqlite"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    writes = ["DROP TABLE singer", "DELETE FROM singer", "UPDATE singer SET Age = 0",
              "INSERT INTO singer DEFAULT VALUES", "CREATE TABLE x (a)", "ATTACH ':memory:' AS m",
              "PRAGMA user_version = 5", "VACUUM", "SELECT 1; DROP TABLE singer"]
    pairs = _write_lines(
        tmp_path / "pairs.jsonl",
        [{"id": str(i), "db_id": "concert_singer", "gold": GOLD, "pred": sql} for i, sql in enumerate(writes)],
    )
    out = tmp_path / "verdicts.jsonl"
    argv = ["eval-pairs", "--db-root", str(db_root), "--pairs", str(pairs), "--out", str(out), "--no-progress"]
    code, _, _ = _run(argv, capsys)
    assert code == 0
    verdicts = _read_jsonl(out)
    assert [v["pred_status"] for v in verdicts] == ["error"] * len(writes)
    assert all("rejected" in v["pred_error"] or "multiple statements" in v["pred_error"] for v in verdicts)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "db_id": "concert_singer", "gold": "SELECT 1"', "pairs.jsonl:2: not valid JSON"),
        ('{"id": "x", "db_id": "concert_singer", "gold": "SELECT 1"}', "pairs.jsonl:2: missing key 'pred'"),
        ('{"id": "x", "db_id": 3, "gold": "SELECT 1", "pred": "SELECT 1"}', "pairs.jsonl:2: 'db_id' must be a string"),
        ('{"id": null, "db_id": "d", "gold": "SELECT 1", "pred": "SELECT 1"}', "pairs.jsonl:2: 'id' must be a string"),
        ('["not", "an", "object"]', "pairs.jsonl:2: expected a JSON object, got list"),
    ],
)
def test_malformed_pairs_give_a_one_line_error(tmp_path: Path, db_root: Path, capsys, line: str, message: str) -> None:
    good = {"id": "ok", "db_id": "concert_singer", "gold": GOLD, "pred": GOLD}
    pairs = _write_lines(tmp_path / "pairs.jsonl", [good, line])
    out = tmp_path / "verdicts.jsonl"
    code, stdout, stderr = _run(
        ["eval-pairs", "--db-root", str(db_root), "--pairs", str(pairs), "--out", str(out), "--no-progress"], capsys
    )
    assert code == 2 and stdout == "" and not out.exists()
    assert stderr.startswith("learnat eval-pairs: error: ") and message in stderr
    assert len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr


def test_unknown_semantics_and_missing_files_are_one_line_errors(tmp_path: Path, db_root: Path, capsys) -> None:
    pairs = _write_lines(tmp_path / "pairs.jsonl", [{"id": "1", "db_id": "concert_singer", "gold": GOLD, "pred": GOLD}])
    base = ["eval-pairs", "--db-root", str(db_root), "--out", str(tmp_path / "o.jsonl"), "--no-progress"]
    with pytest.raises(SystemExit) as exit_info:
        main([*base, "--pairs", str(pairs), "--semantics", "ts"])
    stderr = capsys.readouterr().err
    assert exit_info.value.code == 2 and len(stderr.splitlines()) == 1
    assert "argument --semantics: invalid choice: 'ts' (choose from 'spider', 'bird', 'learnat')" in stderr
    code, _, stderr = _run([*base, "--pairs", str(tmp_path / "absent.jsonl")], capsys)
    assert code == 2 and "cannot read" in stderr and "absent.jsonl" in stderr and len(stderr.splitlines()) == 1


def test_missing_database_is_a_per_item_status(tmp_path: Path, db_root: Path, capsys) -> None:
    pairs = _write_lines(tmp_path / "pairs.jsonl", [{"id": "1", "db_id": "gone", "gold": GOLD, "pred": GOLD},
                                                    {"id": "2", "db_id": "concert_singer", "gold": GOLD, "pred": GOLD}])
    out = tmp_path / "o.jsonl"
    code, stdout, stderr = _run(
        ["eval-pairs", "--db-root", str(db_root), "--pairs", str(pairs), "--out", str(out), "--no-progress"], capsys
    )
    verdict, present = _read_jsonl(out)
    assert "1 databases are missing" in stderr and present["ex"] == 1
    assert code == 0 and verdict["ex"] == 0 and verdict["gold_status"] == verdict["pred_status"] == "error"
    assert verdict["gold_error"] == f"database not found: {db_root / 'gone' / 'gone.sqlite'}"


def test_eval_scores_a_split_from_the_data_layer(tmp_path: Path, capsys) -> None:
    predictions = _write_lines(
        tmp_path / "pred.jsonl",
        [
            {"id": "0", "pred": "SELECT count(*) FROM singer"},
            {"id": 1, "sql": "SELECT count(*) FROM singer"},
            {"id": "2", "pred": "SELECT 1"},
            {"id": "not-a-question", "pred": "SELECT 1"},
        ],
    )
    out, csv = tmp_path / "verdicts.jsonl", tmp_path / "table.csv"
    code, stdout, stderr = _run(
        ["eval", "--dataset", "spider", "--pred", str(predictions), "--out", str(out), "--table-csv", str(csv),
         "--no-progress"],
        capsys,
    )
    assert code == 0
    assert "note: 1 predictions have ids not in spider/dev and were ignored: not-a-question" in stderr
    assert "note: 969 questions have no prediction and count as wrong: 3, 4, 5" in stderr
    assert stdout.startswith("semantics: spider  pairs: 972")
    verdicts = {v["id"]: v for v in _read_jsonl(out)}
    assert len(verdicts) == 972
    assert [verdicts[i]["ex"] for i in ("0", "1", "2")] == [1, 1, 0]
    assert verdicts["3"]["pred_status"] == "error" and verdicts["3"]["pred_error"] == "no prediction"
    rows = {line.split(",")[0]: line.split(",") for line in csv.read_text().splitlines()[1:]}
    assert list(rows) == ["easy", "medium", "hard", "extra", "all"]
    assert rows["all"][1:3] == ["972", "0.21"]


def test_eval_rejects_duplicate_prediction_ids(tmp_path: Path, capsys) -> None:
    predictions = _write_lines(tmp_path / "pred.jsonl", [{"id": "0", "pred": "SELECT 1"}, {"id": 0, "sql": "SELECT 2"}])
    code, _, stderr = _run(["eval", "--dataset", "spider", "--pred", str(predictions), "--no-progress"], capsys)
    assert code == 2 and "pred.jsonl:2: duplicate id '0' (first at" in stderr and "pred.jsonl:1)" in stderr


def test_keep_distinct_and_semantics_options(tmp_path: Path, db_root: Path, capsys) -> None:
    pairs = _write_lines(
        tmp_path / "pairs.jsonl",
        [{"id": "1", "db_id": "concert_singer", "gold": "SELECT DISTINCT Country FROM singer",
          "pred": "SELECT Country FROM singer"}],
    )
    out = tmp_path / "o.jsonl"
    base = ["eval-pairs", "--db-root", str(db_root), "--pairs", str(pairs), "--out", str(out), "--no-progress"]
    scores = {}
    for options in ([], ["--keep-distinct"], ["--semantics", "bird"], ["--semantics", "learnat"]):
        code, stdout, _ = _run([*base, *options], capsys)
        assert code == 0
        scores[" ".join(options)] = (_read_jsonl(out)[0]["ex"], stdout.split("  ")[0])
    assert scores == {
        "": (1, "semantics: spider"),
        "--keep-distinct": (0, "semantics: spider (--keep-distinct)"),
        "--semantics bird": (1, "semantics: bird"),
        "--semantics learnat": (1, "semantics: learnat"),  # 3 distinct rows in both; first 3 rows agree
    }
