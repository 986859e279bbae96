"""The bundle builder: what it selects, what it writes, and that the committed bundle is reproducible."""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

import pytest

from learnat_core.data import load_examples
from learnat_core.data.bundle import build_bundle
from learnat_core.data.commands import register
from learnat_core.errors import DataError

# Rows of 1 kB padding per database, which set the databases' sizes.
PADDING_ROWS = {"dev_a": 1, "tiny": 1, "small": 20, "medium": 40, "huge": 400}


def _make_db(path: Path, rows: int) -> None:
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, pad TEXT)")
        connection.executemany("INSERT INTO t (pad) VALUES (?)", [("x" * 1000,)] * rows)


def _question(db_id: str, number: int) -> dict:
    return {"db_id": db_id, "query": f"SELECT {number} FROM t", "question": f"q{number}?", "sql": {"big": "parse"}}


@pytest.fixture()
def spider_dir(tmp_path) -> Path:
    """A miniature official Spider folder; dev_gone's database is absent, like wta_1."""
    root = tmp_path / "spider"
    for db_id, rows in PADDING_ROWS.items():
        _make_db(root / "database" / db_id / f"{db_id}.sqlite", rows)
    dev = [_question(db_id, n) for n, db_id in enumerate(["dev_a", "dev_gone", "dev_a"])]
    train = [_question(db_id, n) for n, db_id in enumerate(["tiny", "huge", "small", "medium", "dev_a", "tiny"])]
    (root / "dev.json").write_text(json.dumps(dev), encoding="utf-8")
    (root / "train_spider.json").write_text(json.dumps(train), encoding="utf-8")
    (root / "dev_gold.sql").write_text("".join(f"{q['query']}\t{q['db_id']}\n" for q in dev), encoding="utf-8")
    others = "SELECT 1 FROM geo_t\tgeo\n"  # train_others lines come between, on databases train_spider lacks
    gold = "".join(f"{q['query']}  \t{q['db_id']}\n" + (others if n == 2 else "") for n, q in enumerate(train))
    (root / "train_gold.sql").write_text(gold, encoding="utf-8")
    databases = ("dev_a", "geo", "huge", "medium", "small", "tiny")
    tables = [{"db_id": db_id, "table_names_original": ["t"]} for db_id in databases]
    (root / "tables.json").write_text(json.dumps(tables), encoding="utf-8")
    return root


def _size(spider_dir: Path, db_id: str) -> int:
    return (spider_dir / "database" / db_id / f"{db_id}.sqlite").stat().st_size


def test_builder_keeps_dev_questions_with_databases_and_their_official_ids(spider_dir, tmp_path):
    out = tmp_path / "root" / "spider"
    summary = build_bundle(spider_dir, out, train_budget_bytes=10**9, max_db_bytes=10**9)
    dev = json.loads((out / "dev.json").read_text(encoding="utf-8"))
    assert [(q["id"], q["db_id"]) for q in dev] == [(0, "dev_a"), (2, "dev_a")]
    assert set(dev[0]) == {"id", "db_id", "query", "question"}
    assert (out / "dev_gold.sql").read_text(encoding="utf-8") == "SELECT 0 FROM t\tdev_a\nSELECT 2 FROM t\tdev_a\n"
    assert summary.dev_databases == ("dev_a",) and summary.dev_questions == 2
    assert "dev_gone (1 questions)" in (out / "README.md").read_text(encoding="utf-8")
    assert [ex.id for ex in load_examples("spider", "dev", out.parent)] == ["0", "2"]


def test_builder_draws_train_databases_under_the_budget_and_size_cap(spider_dir, tmp_path):
    budget = _size(spider_dir, "tiny") + _size(spider_dir, "small") + _size(spider_dir, "medium")
    cap = _size(spider_dir, "medium")
    summary = build_bundle(spider_dir, tmp_path / "out", train_budget_bytes=budget, max_db_bytes=cap)
    assert summary.train_databases == ("medium", "small", "tiny")  # not huge (too big), not dev_a (a dev db)
    train = json.loads((tmp_path / "out" / "train_spider.json").read_text(encoding="utf-8"))
    assert [q["id"] for q in train] == [0, 2, 3, 5]
    gold = (tmp_path / "out" / "train_gold.sql").read_text(encoding="utf-8").splitlines()
    kept = [(0, "tiny"), (2, "small"), (3, "medium"), (5, "tiny")]
    assert gold == [f"SELECT {n} FROM t  \t{db_id}" for n, db_id in kept]
    tables = json.loads((tmp_path / "out" / "tables.json").read_text(encoding="utf-8"))
    assert [t["db_id"] for t in tables] == ["dev_a", "medium", "small", "tiny"]
    copied = sorted(path.parent.name for path in (tmp_path / "out" / "database").glob("*/*.sqlite"))
    assert copied == ["dev_a", "medium", "small", "tiny"]


def test_a_tight_budget_takes_only_what_fits(spider_dir, tmp_path):
    budget = _size(spider_dir, "small")
    summary = build_bundle(spider_dir, tmp_path / "out", train_budget_bytes=budget, max_db_bytes=10**9)
    sizes = [_size(spider_dir, db_id) for db_id in summary.train_databases]
    assert summary.train_databases and sum(sizes) <= budget


def test_same_seed_same_bytes(spider_dir, tmp_path):
    for name in ("one", "two"):
        build_bundle(spider_dir, tmp_path / name, train_budget_bytes=_size(spider_dir, "medium"), seed=3)
    assert (tmp_path / "one" / "SHA256SUMS").read_bytes() == (tmp_path / "two" / "SHA256SUMS").read_bytes()


def test_sums_cover_every_file(spider_dir, tmp_path):
    build_bundle(spider_dir, tmp_path / "out")
    listed = {line.split("  ", 1)[1] for line in (tmp_path / "out" / "SHA256SUMS").read_text().splitlines()}
    written = {p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*") if p.is_file()}
    assert listed == written - {"SHA256SUMS"}


def test_builder_refuses_a_non_empty_output(spider_dir, tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("mine")
    with pytest.raises(DataError, match="not empty"):
        build_bundle(spider_dir, tmp_path / "out")


def test_builder_rejects_gold_sql_that_does_not_line_up(spider_dir, tmp_path):
    (spider_dir / "dev_gold.sql").write_text("SELECT 1\tdev_gone\nSELECT 0\tdev_a\nSELECT 2\tdev_a\n", encoding="utf-8")
    with pytest.raises(DataError, match="dev_gold.sql does not line up"):
        build_bundle(spider_dir, tmp_path / "out")


def test_bundle_command_reports_counts(spider_dir, tmp_path, capsys):
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    argv = ["data", "bundle", "--from", str(spider_dir), "--out-dir", str(tmp_path / "out"), "--seed", "1"]
    args = parser.parse_args(argv)
    assert args.func(args) == 0
    assert "dev 2 questions on 1 databases" in capsys.readouterr().out


def test_committed_bundle_is_reproducible_and_small(shared_data, bundled_root, tmp_path):
    summary = build_bundle(shared_data / "spider", tmp_path / "spider")
    committed = bundled_root / "spider"
    assert (tmp_path / "spider" / "SHA256SUMS").read_bytes() == (committed / "SHA256SUMS").read_bytes()
    assert (summary.dev_questions, len(summary.dev_databases)) == (972, 19)
    assert summary.total_bytes == sum(p.stat().st_size for p in committed.rglob("*") if p.is_file()) < 6_000_000


def test_committed_bundle_readme_credits_spider(bundled_root):
    readme = (bundled_root / "spider" / "README.md").read_text(encoding="utf-8")
    for needed in ("Spider 1.0", "Yu et al., 2018", "Yale LILY", "CC BY-SA 4.0", "share-alike", "Random(0)"):
        assert needed in readme
