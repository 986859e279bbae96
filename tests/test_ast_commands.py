"""``learnat ast-check``: per-line statuses in JSONL, a grouped summary, exit codes."""

from __future__ import annotations

import json

import pytest

from learnat_core import cli


@pytest.fixture
def ast_cli(monkeypatch):
    """``cli.main`` with only this package's commands registered (the others are built elsewhere)."""
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("learnat_core.sql_ast.commands",))
    return cli.main


def test_bad_lines_get_a_status_each_and_the_run_succeeds(ast_cli, tmp_path, capsys):
    source = tmp_path / "gold.sql"
    source.write_text(
        "SELECT count(*) FROM singer\tconcert_singer\n"
        "\n"
        "SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer)\n"
        "SELECT FROM WHERE\tbroken_db\n"
        "DROP TABLE singer\n"
        "hello world\n",
        encoding="utf-8",
    )
    out = tmp_path / "out" / "ast.jsonl"
    assert ast_cli(["ast-check", str(source), "--out", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["line"] for r in records] == [1, 3, 4, 5, 6]
    assert [r["ok"] for r in records] == [True, True, False, False, False]
    assert records[0]["db_id"] == "concert_singer" and records[3]["db_id"] is None
    assert records[0]["nodes"] == {"clause": 2, "operator": 1, "operand": 2}
    assert records[1]["nodes"]["clause"] == 6 and records[1]["fallback"] == {}
    assert records[2]["error"].startswith("syntax error: ") and records[2]["position"] == 12
    assert records[3]["error"].startswith("not a SELECT query: ") and records[3]["nodes"] is None
    printed = capsys.readouterr().out
    assert "5 queries, 2 parsed, 3 failed" in printed
    assert "not a SELECT query: 2 (lines 5, 6)" in printed
    assert "syntax error: 1 (lines 4)" in printed
    assert "outside the kind table: 0" in printed


def test_missing_file_is_one_line_and_exit_2(ast_cli, tmp_path, capsys):
    assert ast_cli(["ast-check", str(tmp_path / "nope.sql")]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "no such file" in error


def test_dialect_option_is_used(ast_cli, tmp_path, capsys):
    source = tmp_path / "q.sql"
    source.write_text("SELECT a FROM t\n", encoding="utf-8")
    assert ast_cli(["ast-check", str(source), "--dialect", "mysql"]) == 0
    assert "1 queries, 1 parsed" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_info:  # an unknown dialect is a usage error, not a per-line failure
        ast_cli(["ast-check", str(source), "--dialect", "no-such-dialect"])
    error = capsys.readouterr().err
    assert exit_info.value.code == 2 and error.count("\n") == 1 and "invalid choice: 'no-such-dialect'" in error
