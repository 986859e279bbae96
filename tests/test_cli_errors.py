"""What a user can get wrong on the command line: one line on stderr and exit 2, never a traceback; a run that
could only fail stops before it starts; Ctrl-C is exit 130 with nothing partial written; a closed pipe is quiet."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_process import REPO, learnat_command, learnat_env, run_learnat, start_learnat
from openai_server import OpenAIServer

from learnat_core.files import write_text_atomic

GOLD = "SELECT Name FROM singer WHERE Age > 40"
ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def _assert_one_line_error(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1, result.stderr
    assert all(word in result.stderr for word in words), result.stderr


def _write_pairs(path: Path, pairs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(pair) + "\n" for pair in pairs), encoding="utf-8")
    return path


@pytest.fixture()
def db_root(tmp_path: Path, bundled_root: Path) -> Path:
    """A private database root with copies of concert_singer and pets_1."""
    root = tmp_path / "databases"
    for db_id in ("concert_singer", "pets_1"):
        shutil.copytree(bundled_root / "spider" / "database" / db_id, root / db_id)
    return root


@pytest.fixture()
def pairs(tmp_path: Path) -> Path:
    return _write_pairs(tmp_path / "pairs.jsonl", [{"id": "1", "db_id": "concert_singer", "gold": GOLD, "pred": GOLD}])


def _eval_pairs(db_root: Path, pairs: Path, out: Path | str, *extra: str) -> subprocess.CompletedProcess:
    return run_learnat("eval-pairs", "--db-root", str(db_root), "--pairs", str(pairs), "--out", str(out),
                       "--no-progress", *extra)


def test_out_in_a_new_folder_is_created(tmp_path: Path, db_root: Path, pairs: Path) -> None:
    result = _eval_pairs(db_root, pairs, tmp_path / "newdir" / "x.jsonl", "--table-csv", str(tmp_path / "t" / "t.csv"))
    assert result.returncode == 0, result.stderr
    assert json.loads((tmp_path / "newdir" / "x.jsonl").read_text())["ex"] == 1
    assert (tmp_path / "t" / "t.csv").is_file()


def test_out_naming_a_folder_is_one_line(tmp_path: Path, db_root: Path, pairs: Path) -> None:
    _assert_one_line_error(_eval_pairs(db_root, pairs, tmp_path), "--out", "is a folder, not a file")


@pytest.mark.parametrize("workers", ["-3", "0", "two"])
def test_workers_must_be_a_positive_integer(tmp_path: Path, db_root: Path, pairs: Path, workers: str) -> None:
    result = _eval_pairs(db_root, pairs, tmp_path / "o.jsonl", "--workers", workers)
    _assert_one_line_error(result, "--workers", "expected a positive integer")


def test_ast_check_on_a_file_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    source = tmp_path / "latin1.sql"
    source.write_bytes("SELECT 'café' FROM t\n".encode("latin-1"))
    _assert_one_line_error(run_learnat("ast-check", str(source)), str(source), "not UTF-8")


def test_an_unknown_dialect_is_refused_by_the_parser(tmp_path: Path) -> None:
    source = tmp_path / "q.sql"
    source.write_text("SELECT 1\n", encoding="utf-8")
    _assert_one_line_error(run_learnat("ast-check", str(source), "--dialect", "nosuch"), "--dialect", "invalid choice")


def test_synthesize_out_dir_naming_a_file_is_one_line(tmp_path: Path) -> None:
    existing = tmp_path / "existing"
    existing.write_text("", encoding="utf-8")
    result = run_learnat("synthesize", "--dataset", "spider", "--ids", "16", "--out-dir", str(existing), "--no-progress")
    _assert_one_line_error(result, "--out-dir", "is a file, not a folder")


@pytest.mark.parametrize("to_file", [False, True], ids=["print", "out-file"])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, to_file: bool) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` having exited: every write fails with EPIPE
    argv = ["ast-check", str(REPO / "learnat_core" / "bundled" / "spider" / "dev_gold.sql")]
    try:
        result = subprocess.run(learnat_command(*argv, *(["--out", "/dev/stdout"] if to_file else [])), cwd=REPO,
                                env=learnat_env(), stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=600)
    finally:
        os.close(write_end)
    assert result.returncode == 141 and result.stderr == ""


def test_a_database_root_without_the_databases_stops_before_the_run(tmp_path: Path, pairs: Path) -> None:
    (tmp_path / "empty").mkdir()
    out = tmp_path / "o.jsonl"
    _assert_one_line_error(_eval_pairs(tmp_path / "empty", pairs, out), "none of the 1 databases", "empty")
    assert not out.exists()
    _assert_one_line_error(_eval_pairs(tmp_path / "absent", pairs, out), "--db-root", "no such folder")


def test_eval_on_a_data_root_without_databases_stops_before_the_run(tmp_path: Path, bundled_root: Path) -> None:
    root = tmp_path / "root"
    (root / "spider").mkdir(parents=True)
    for name in ("dev.json", "tables.json"):
        shutil.copy(bundled_root / "spider" / name, root / "spider" / name)
    predictions = _write_pairs(tmp_path / "pred.jsonl", [{"id": "0", "pred": "SELECT 1"}])
    result = run_learnat("eval", "--dataset", "spider", "--pred", str(predictions), "--data-root", str(root),
                      "--no-progress")
    _assert_one_line_error(result, "databases is under", str(root / "spider" / "database"))


def test_infer_with_a_missing_demo_pool_stops_before_loading_the_model(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("LEARNAT_CACHE_DIR", str(tmp_path / "cache"))
    result = run_learnat("infer", "--dataset", "spider", "--model", "smollm2-135m-instruct", "--mode", "decomposition_adr",
                      "--demo-pool", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "pred.jsonl"), "--no-progress")
    _assert_one_line_error(result, "demo_pool", "no such file")
    assert not (tmp_path / "cache").exists()  # SmolLM2 was neither converted nor loaded


def test_data_verify_on_a_dataset_folder_says_it_is_not_a_data_root(bundled_root: Path) -> None:
    result = run_learnat("data", "verify", "--data-root", str(bundled_root / "spider"))
    _assert_one_line_error(result, "learnat data verify: error:", "is not a data root", f"give its parent, {bundled_root}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_dead_server_fails_before_the_run(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_free_port()}/v1"
    out = tmp_path / "pred.jsonl"
    result = run_learnat("infer", "--dataset", "spider", "--limit", "2", "--model", "served", "--backend", "openai",
                      "--base-url", url, "--out", str(out), "--no-progress")
    _assert_one_line_error(result, f"no server answers at {url}/models")
    assert not out.exists()


def _opened_by_some_process(paths: set[str]) -> bool:
    """Whether a process (the command or one of its workers) holds one of ``paths`` open."""
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        try:
            if any(os.readlink(fd) in paths for fd in fd_dir.iterdir()):
                return True
        except OSError:  # a process that ended, or one we may not look into
            continue
    return False


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="finds the running query through /proc")
@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_stops_eval_pairs_with_exit_130_and_no_table(tmp_path: Path, db_root: Path, workers: str) -> None:
    pairs = _write_pairs(tmp_path / "slow.jsonl", [
        {"id": "1", "db_id": "concert_singer", "gold": ENDLESS, "pred": GOLD},
        {"id": "2", "db_id": "pets_1", "gold": ENDLESS, "pred": GOLD},
    ])
    out, table = tmp_path / "verdicts.jsonl", tmp_path / "table.csv"
    argv = ("eval-pairs", "--db-root", str(db_root), "--pairs", str(pairs), "--out", str(out),
            "--table-csv", str(table), "--timeout", "600", "--workers", workers, "--no-progress")
    # its own process group, signalled as a terminal's Ctrl-C signals the command and its workers
    process = start_learnat(*argv)
    databases = {str((db_root / db_id / f"{db_id}.sqlite").resolve()) for db_id in ("concert_singer", "pets_1")}
    while process.poll() is None and not _opened_by_some_process(databases):
        time.sleep(0.05)  # until a query runs
    os.killpg(process.pid, signal.SIGINT)
    stdout, stderr = process.communicate(timeout=300)
    assert process.returncode == 130, stderr
    assert stderr == "learnat eval-pairs: interrupted\n" and stdout == ""
    assert not out.exists() and not table.exists()


@pytest.fixture()
def gated_server() -> Iterator[OpenAIServer]:
    """Answers one chat request, then holds the next ones until released and fails them (so a run waits on it)."""
    with OpenAIServer(lambda messages, index: "SELECT count(*) FROM singer", hold_after=1) as server:
        yield server


def test_ctrl_c_stops_infer_with_exit_130_and_a_rerun_resumes(tmp_path: Path, gated_server: OpenAIServer) -> None:
    out = tmp_path / "pred.jsonl"
    argv = ("infer", "--dataset", "spider", "--limit", "3", "--model", "served", "--backend", "openai",
            "--base-url", gated_server.url, "--backend-option", "max_retries=0", "--mode", "direct", "--retries", "0",
            "--batch-size", "1", "--questions-per-call", "1", "--workers", "1", "--out", str(out), "--no-progress")
    process = start_learnat(*argv)  # one question per call: its line is written before the next request is held
    while process.poll() is None and not (out.is_file() and out.read_text().endswith("\n")):
        time.sleep(0.05)  # until the first question's line is written; the second request is held
    os.killpg(process.pid, signal.SIGINT)
    gated_server.release()  # the held request ends (an error) once the command has been told to stop
    stdout, stderr = process.communicate(timeout=300)
    assert process.returncode == 130, stderr
    assert stderr.splitlines()[-1] == "learnat infer: interrupted" and "EX of" not in stdout
    assert len(out.read_text().splitlines()) == 1  # the question done before Ctrl-C is kept

    rerun = run_learnat(*argv)
    assert rerun.returncode == 0, rerun.stderr
    assert "3 questions, 2 written now, 1 already done" in rerun.stdout and "EX of 3 questions" in rerun.stdout


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600)])
def test_atomic_writes_get_the_mode_of_a_plain_open(tmp_path: Path, umask: int, mode: int) -> None:
    previous = os.umask(umask)
    try:
        written = write_text_atomic(tmp_path / "sub" / "file.txt", "text\n")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(written.stat().st_mode) == mode and written.read_text() == "text\n"
    assert [path.name for path in written.parent.iterdir()] == ["file.txt"]  # no temporary file left
