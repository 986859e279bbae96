"""``learnat synthesize`` on three bundled Spider train questions: the summary, the files, resume, bad input."""

from __future__ import annotations

import json

import pytest

from learnat_core.cli import main
from learnat_core.synthesis.records import read_record

IDS = "16,17,18"


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["synthesize", "--dataset", "spider", *argv])
    except SystemExit as exit_info:  # a usage error, from the parser
        code = exit_info.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_synthesize_writes_the_run_and_prints_its_summary(tmp_path, capsys) -> None:
    out = tmp_path / "run"
    code, printed, _ = _run(capsys, "--ids", IDS, "--out-dir", str(out), "--rule-noise", "0.5", "--simulations", "12",
                            "--rounds", "2", "--no-progress")
    assert code == 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["questions"] == 3 and summary["config"]["simulations"] == 12
    assert f"{summary['successes']}/3 searched questions solved" in printed
    assert "round 1:" in printed and "tokens: 0" in printed
    assert "sft records by proposer: ast-rules+noise0.5" in printed
    assert sum(1 for _ in (out / "sft.jsonl").open()) == summary["sft_records"] > 0
    assert sum(1 for _ in (out / "pool.jsonl").open()) == summary["successes"]
    assert sorted(path.stem for path in (out / "trees").glob("*.json")) == ["16", "17", "18"]


def test_resume_does_not_search_finished_questions_again(tmp_path, capsys) -> None:
    out = tmp_path / "run"
    assert _run(capsys, "--ids", "16,17", "--out-dir", str(out), "--no-progress")[0] == 0
    before = {path.name: path.read_text() for path in (out / "trees").glob("*.json")}
    code, printed, _ = _run(capsys, "--ids", IDS, "--out-dir", str(out), "--no-progress")
    assert code == 0 and "3/3 searched questions solved" in printed
    after = {path.name: path.read_text() for path in (out / "trees").glob("*.json")}
    assert set(after) == {"16.json", "17.json", "18.json"}
    assert all(after[name] == text for name, text in before.items())  # finished questions untouched
    assert read_record(out / "trees" / "18.json").attempts[0].proposer == "ast-rules"


@pytest.mark.parametrize("argv, message", [
    (["--ids", "nope"], "question id(s) nope"),
    (["--k", "0"], "k must be an integer"),
    (["--rounds", "0", "--ids", "16"], "argument --rounds: expected a positive integer, got '0'"),
    (["--proposer", "llm", "--rule-noise", "0.2"], "--rule-noise is for the ast-rules proposer"),
    (["--sample-size", "0"], "argument --sample-size: expected a positive integer, got '0'"),
    (["--method", "ast_mcts", "--similarity", "paper", "--max-new-tokens", "0"], "--max-new-tokens"),
    (["--method", "naive_mcts", "--self-judge-accuracy", "1.5"], "self_judge_accuracy must lie in [0, 1]"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, argv, message) -> None:
    code, _, err = _run(capsys, *argv, "--out-dir", str(tmp_path / "bad"), "--no-progress")
    assert code == 2
    assert message in err and err.count("\n") == 1


def test_resuming_with_other_search_settings_is_refused(tmp_path, capsys) -> None:
    out = tmp_path / "run"
    assert _run(capsys, "--ids", "16", "--out-dir", str(out), "--no-progress")[0] == 0
    code, _, err = _run(capsys, "--ids", "16", "--out-dir", str(out), "--simulations", "7", "--no-progress")
    assert code == 2 and "other search settings" in err


def test_an_unknown_choice_is_refused_by_the_parser(tmp_path, capsys) -> None:
    for argv in (["--method", "dsp"], ["--success-rule", "exec"]):
        with pytest.raises(SystemExit) as error:
            main(["synthesize", *argv, "--out-dir", str(tmp_path)])
        assert error.value.code == 2
        assert "invalid choice" in capsys.readouterr().err


def test_the_old_rows_rule_and_the_oracle_baseline_can_be_asked_for(tmp_path, capsys) -> None:
    out = tmp_path / "run"
    code, printed, _ = _run(capsys, "--ids", IDS, "--out-dir", str(out), "--method", "naive_mcts_oracle",
                            "--success-rule", "rows", "--rounds", "1", "--no-progress")
    assert code == 0 and "3/3 searched questions solved" in printed
    config = json.loads((out / "summary.json").read_text())["config"]
    assert (config["success_rule"], config["reward"], config["pruning"]) == ("rows", "outcome", False)


def test_the_llm_proposer_needs_a_model_named(tmp_path, capsys) -> None:
    code, _, err = _run(capsys, "--ids", "16", "--proposer", "llm", "--out-dir", str(tmp_path / "run"), "--no-progress")
    assert code == 2 and "--proposer llm needs --model" in err and err.count("\n") == 1
    assert not (tmp_path / "run").exists()


def test_overwrite_starts_over_where_resume_keeps(tmp_path, capsys) -> None:
    out = tmp_path / "run"
    assert _run(capsys, "--ids", "16,17", "--out-dir", str(out), "--no-progress")[0] == 0
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    code, _, err = _run(capsys, "--ids", "16", "--out-dir", str(out), "--simulations", "7", "--resume", "--no-progress")
    assert code == 2 and "other search settings" in err
    code, printed, _ = _run(capsys, "--ids", "16", "--out-dir", str(out), "--simulations", "7", "--overwrite",
                            "--no-progress")
    assert code == 0 and "of 1" in printed
    assert sorted(path.stem for path in (out / "trees").glob("*.json")) == ["16"]
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"  # only the run's own files are removed
