"""Scoring a model: one stage folder per (model, questions, setting), reused on a second request."""

from __future__ import annotations

import pandas as pd
import pytest

from learnat_core.inference import InferenceConfig
from learnat_core.llm import make_backend, tiny_model_path
from learnat_core.evaluation.statistics import rate
from learnat_core.evaluation.tables import ex_by_level
from learnat_core.studies.model_eval import (evaluate_model, evaluation_set, paired_comparisons, predictions, predictions_file,
                                             score_records)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    folder = tiny_model_path(tmp_path_factory.getbasetemp() / "llm-cache")
    return make_backend("hf", model=str(folder), device="cpu", max_context=4096, progress=False)


def test_evaluation_set_is_a_seeded_sample_of_questions_with_databases() -> None:
    split, first = evaluation_set("spider", "dev", 10, seed=3)
    _, again = evaluation_set("spider", "dev", 10, seed=3)
    _, other = evaluation_set("spider", "dev", 10, seed=4)
    assert [e.id for e in first] == [e.id for e in again] != [e.id for e in other]
    assert len(first) == 10 and not set(e.db_id for e in first) & set(split.missing_databases())


def test_evaluate_model_writes_once_and_reuses_the_stage(tmp_path, tiny) -> None:
    split, examples = evaluation_set("spider", "dev", 3, seed=0)
    config = InferenceConfig(mode="direct", demo_k=0, retries=0, max_new_tokens=8, batch_size=3)
    first = evaluate_model("tiny", examples, tiny, split, tmp_path, config=config, progress=False)
    path = predictions_file(tmp_path, tiny, split, examples, config)
    assert path.is_file() and sum(1 for _ in path.open()) == 3
    generated = tiny.usage.as_dict()["completion_tokens"]
    second = evaluate_model("tiny", examples, tiny, split, tmp_path, config=config, progress=False)
    assert tiny.usage.as_dict()["completion_tokens"] == generated  # nothing generated again
    pd.testing.assert_frame_equal(first, second)
    assert predictions(examples, tiny, split, tmp_path, config=config, progress=False) == path
    assert tiny.usage.as_dict()["completion_tokens"] == generated
    assert list(first.columns) == ["model", "id", "level", "ex", "status", "pred_status", "steps", "tokens", "seconds"]
    assert set(first["id"]) == {e.id for e in examples} and (first["tokens"] > 0).all()
    other = predictions_file(tmp_path, tiny, split, examples, InferenceConfig(mode="direct", demo_k=1))
    assert other.parent != path.parent
    rescoring = InferenceConfig(mode="direct", demo_k=0, retries=0, max_new_tokens=8, batch_size=1, semantics="bird")
    assert predictions_file(tmp_path, tiny, split, examples, rescoring) == path  # scoring rule: same run
    rescored = score_records("tiny", examples, split, path, semantics="learnat")
    assert list(rescored["id"]) == list(first["id"])


def test_ex_by_level_adds_an_all_row_per_model() -> None:
    rows = pd.DataFrame({"model": ["a", "a", "a", "b"], "level": ["easy", "easy", "hard", "easy"],
                         "ex": [True, False, True, False], "pred_status": ["ok", "error", "ok", "ok"],
                         "tokens": [10, 20, 30, 40]})
    table = ex_by_level(rows, by="model").set_index(["model", "level"])
    assert table.loc[("a", "easy"), "ex_pct"] == 50.0 and table.loc[("a", "easy"), "questions"] == 2
    assert table.loc[("a", "all"), "ex_pct"] == pytest.approx(66.67)
    assert table.loc[("a", "all"), "executes_pct"] == pytest.approx(66.67)
    assert table.loc[("b", "all"), "mean_tokens"] == 40.0


def test_ex_by_level_carries_the_wilson_interval_of_each_cell() -> None:
    rows = pd.DataFrame({"model": ["a"] * 40, "level": ["easy"] * 30 + ["hard"] * 10,
                         "ex": [True] * 12 + [False] * 18 + [False] * 10, "pred_status": ["ok"] * 40,
                         "tokens": [1] * 40})
    table = ex_by_level(rows, by="model").set_index(["model", "level"])
    for level, (correct, questions) in {"easy": (12, 30), "hard": (0, 10), "all": (12, 40)}.items():
        expected = rate(correct, questions)
        assert table.loc[("a", level), "ex_ci_low"] == pytest.approx(expected.ex_ci_low, abs=0.01)
        assert table.loc[("a", level), "ex_ci_high"] == pytest.approx(expected.ex_ci_high, abs=0.01)
    assert table.loc[("a", "hard"), "ex_ci_high"] > 0  # 0 of 10 does not rule out a working model


def test_paired_comparisons_pair_by_question_id_and_skip_unshared_questions() -> None:
    rows = pd.DataFrame({"model": ["new"] * 4 + ["old"] * 3, "id": [1, 2, 3, 4, 3, 2, 1],
                         "ex": [True, True, False, True, False, True, False]})
    table = paired_comparisons(rows, [("new", "old")])
    row = table.iloc[0]
    assert (row["a"], row["b"], row["questions"]) == ("new", "old", 3)  # question 4 has no "old" answer
    assert (row["a_only"], row["b_only"]) == (1, 0)  # question 1: new right, old wrong; 2 both right; 3 both wrong
    assert row["delta_pts"] == pytest.approx(33.33) and row["p_value"] == pytest.approx(1.0)


def test_answers_side_by_side_show_each_models_own_answer_where_the_models_disagree(tmp_path, tiny) -> None:
    from learnat_core.evaluation.predictions import read_records
    from learnat_core.studies import main_results

    split, examples = evaluation_set("spider", "dev", 3, seed=0)
    config = InferenceConfig(mode="direct", demo_k=0, retries=0, max_new_tokens=8, batch_size=3)
    path = str(predictions(examples, tiny, split, tmp_path, config=config, progress=False))
    ids = [e.id for e in examples]
    common = dict(dataset="spider", semantics="spider", predictions=path, pred_status="ok")
    frame = pd.DataFrame([{"model": model, "role": role, "id": i, "ex": ex, "as_trained": True, **common}
                          for model, role, verdicts in (("base", "backbone", [1, 0, 0]), ("sft", "sft", [1, 1, 0]))
                          for i, ex in zip(ids, verdicts)])
    ignored = frame.assign(semantics="learnat", ex=0)  # another semantics does not make a disagreement
    assert main_results.contrasting_questions(pd.concat([frame, ignored]), count=3) == [ids[1]]
    text = main_results.answers_side_by_side(frame, examples, [ids[1]])
    record = {r.id: r for r in read_records(path)}[ids[1]]
    assert text.startswith(f"Q{ids[1]} ({examples[1].db_id}): {examples[1].question}\n  gold: {examples[1].gold_sql}")
    assert "[backbone: base] wrong (ok)" in text and "[sft: sft] correct" in text
    assert text.count(f"final SQL: {record.final_sql or '(none)'}") == 2
