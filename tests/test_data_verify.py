"""``learnat data verify``: checksums of the shared copy, of the bundle, and of corrupted copies."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from learnat_core.data import locate
from learnat_core.data.commands import register
from learnat_core.data.manifest import official_manifest
from learnat_core.data.verify import verify_root


def _run_verify(root: Path, capsys) -> tuple[int, str]:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["data", "verify", "--data-root", str(root)])
    code = args.func(args)
    return code, capsys.readouterr().out


def _statuses(report) -> dict[str, str]:
    return {check.path: check.status for group in report.groups for check in group.checks}


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(root).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*")}


def test_shared_copy_is_ok_except_what_is_known_to_be_missing(shared_data, capsys):
    report = verify_root(shared_data)
    statuses = _statuses(report)
    missing = sorted(path for path, status in statuses.items() if status == "missing")
    bird_dbs = [f"bird/dev/dev_databases/{db}/{db}.sqlite" for db in ("california_schools", "financial", "superhero")]
    assert set(bird_dbs) <= set(missing) and len(missing) == 17
    assert {"spider/database/wta_1/wta_1.sqlite", "spider/database/soccer_1/soccer_1.sqlite",
            "spider/database/baseball_1/baseball_1.sqlite", "spider/train_others.json",
            "bird/train/train.json", "bird/train/train_tables.json"} <= set(missing)
    assert set(statuses.values()) == {"ok", "missing"} and list(statuses.values()).count("ok") == 251
    code, out = _run_verify(shared_data, capsys)
    assert code == 0
    assert "spider/database/wta_1/wta_1.sqlite: missing (62 dev questions cannot be executed)" in out
    assert "bird dev databases: 0 of 11 present" in out
    assert out.rstrip().endswith("no checksum mismatch")


def test_corrupted_file_is_a_mismatch_and_exit_1(shared_data, tmp_path, capsys):
    shutil.copytree(shared_data / "spider", tmp_path / "spider", ignore=shutil.ignore_patterns("database"))
    with open(tmp_path / "spider" / "dev_gold.sql", "ab") as handle:
        handle.write(b"SELECT 1\tconcert_singer\n")
    before = _snapshot(tmp_path)
    code, out = _run_verify(tmp_path, capsys)
    assert code == 1
    assert "spider/dev_gold.sql: mismatch" in out and "checksum mismatches: 1" in out
    assert "spider/tables.json" not in out  # intact files are only counted as ok
    assert _snapshot(tmp_path) == before  # verify writes nothing


def test_a_different_copy_of_a_reference_file_is_unchecked_not_corrupt(shared_data, tmp_path):
    (tmp_path / "spider").mkdir()
    (tmp_path / "spider" / "train_spider.json").write_text("[]", encoding="utf-8")
    shutil.copy(shared_data / "spider" / "dev.json", tmp_path / "spider" / "dev.json")
    statuses = _statuses(verify_root(tmp_path))
    assert statuses["spider/train_spider.json"] == "present-unchecked"
    assert statuses["spider/dev.json"] == "ok"


def test_bundled_root_is_checked_against_its_own_sums(bundled_root, capsys):
    code, out = _run_verify(bundled_root, capsys)
    assert code == 0
    assert "spider bundle: 113 of 113 present: 113 ok" in out
    assert "bird/: not in this root" in out


def test_corrupted_bundle_copy_is_caught(bundled_root, tmp_path, capsys):
    copy = tmp_path / "root"
    shutil.copytree(bundled_root, copy)
    db_path = copy / "spider" / "database" / "pets_1" / "pets_1.sqlite"
    data = bytearray(db_path.read_bytes())
    data[-1] ^= 0xFF
    db_path.write_bytes(bytes(data))
    (copy / "spider" / "dev_gold.sql").unlink()
    code, out = _run_verify(copy, capsys)
    assert code == 1
    assert "spider/database/pets_1/pets_1.sqlite: mismatch" in out
    assert "spider/dev_gold.sql: missing" in out


def test_missing_files_alone_do_not_fail(tmp_path, capsys):
    (tmp_path / "spider").mkdir()
    code, out = _run_verify(tmp_path, capsys)
    assert code == 0 and "spider questions and schemas: 0 of 6 present: 6 missing" in out


def test_bird_dev_databases_are_looked_for_where_the_loader_finds_them(tmp_path):
    group = next(group for group in official_manifest() if group.name == "bird dev databases")
    assert len(group.dirs) == 4
    for number, folder in enumerate(group.dirs):
        root = tmp_path / str(number)
        (root / "bird" / "dev").mkdir(parents=True)
        (root / "bird" / "dev" / "dev.json").write_text("[]", encoding="utf-8")
        db_path = root / folder / "dev_databases" / "financial" / "financial.sqlite"
        db_path.parent.mkdir(parents=True)
        db_path.write_bytes(b"not the real database")
        assert locate("bird", "dev", root).db_path("financial") == db_path
        assert _statuses(verify_root(root))[f"{folder}/dev_databases/financial/financial.sqlite"] == "mismatch"
