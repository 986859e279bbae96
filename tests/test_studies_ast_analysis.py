"""Notebook 01's experiment functions on the bundled Spider data."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest

from learnat_core.data import locate, sample_examples
from learnat_core.reporting import save_figure, save_table
from learnat_core.sql_ast import EQUIVALENT_RULES, parse, perturbations
from learnat_core.studies import ast_analysis as study


@pytest.fixture(scope="module")
def dev_sample():
    split = locate("spider", "dev")
    return split, sample_examples(split.load(), 25, seed=1)


def test_sample_is_seeded_and_ordered(dev_sample) -> None:
    split, sample = dev_sample
    again = sample_examples(split.load(), 25, seed=1)
    assert [e.id for e in sample] == [e.id for e in again]
    assert [int(e.id) for e in sample] == sorted(int(e.id) for e in sample)
    assert sample_examples(sample, None) == sample


def test_ast_profile_counts_every_node_once(dev_sample) -> None:
    _, sample = dev_sample
    table = study.ast_profile(sample)
    assert (table["error"] == "").all()
    assert (table["clause"] + table["operator"] + table["operand"] == table["size"]).all()
    assert set(table["level"]) <= {"easy", "medium", "hard", "extra"}
    summary = study.kind_summary(table)
    assert summary["queries"].sum() == len(sample)
    assert list(summary["level"]) == [lv for lv in study.LEVEL_ORDER if lv in set(table["level"])]


def test_step_table_classes_and_monotone_reward() -> None:
    gold = "SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer)"
    table = study.step_table(gold, ["SELECT avg(age) FROM singer", "SELECT avg(T9.age) FROM singer AS T9",
                                    "SELECT max(age) FROM singer", gold])
    assert list(table["class"]) == ["progressive", "redundant", "invalid", "progressive"]
    assert table["prefix_reward"].is_monotonic_increasing
    assert table["prefix_reward"].iloc[-1] == 1.0


def test_equivalent_rewrites_keep_tree_and_result(dev_sample) -> None:
    split, sample = dev_sample
    for example in sample:
        gold_tree = parse(example.gold_sql)
        connection = sqlite3.connect(f"file:{split.db_path(example.db_id)}?mode=ro", uri=True)
        expected = sorted(map(repr, connection.execute(example.gold_sql).fetchall()))
        for variant in perturbations(example.gold_sql, rules=EQUIVALENT_RULES):
            assert parse(variant.sql) == gold_tree, (variant.kind, variant.sql)
            assert sorted(map(repr, connection.execute(variant.sql).fetchall())) == expected, variant.sql
        connection.close()


def test_perturbation_study_scores_every_pair(dev_sample) -> None:
    split, sample = dev_sample
    pairs = study.perturbation_study(sample, split.db_root, per_query=2, workers=1)
    assert len(pairs) > len(sample)
    assert pairs["equivalent"].any() and (~pairs["equivalent"]).any()
    assert (pairs.loc[pairs["equivalent"], "ex"] == 1).all()
    assert (pairs.loc[pairs["equivalent"], "sim_paper"] == 1.0).all()
    for method in ("paper", "released", "string"):
        assert pairs[f"sim_{method}"].between(0, 1).all()
    agreement = study.similarity_vs_execution(pairs)
    assert list(agreement["method"]) == ["paper", "released", "string"]
    assert agreement["auc"].between(0, 1).all()
    sweep = study.alpha_sweep(pairs, sample, alphas=[0.0, 0.7, 1.0]).set_index("alpha")
    paper = agreement.set_index("method").loc["paper"]
    assert sweep.loc[0.7, "auc"] == paper["auc"] and sweep.loc[0.7, "spearman"] == paper["spearman"]  # the same score
    assert sweep["auc"].nunique() > 1  # α changes the ranking: node and structure similarity differ


def test_auc_matches_definition() -> None:
    scores = pd.Series([0.9, 0.8, 0.3, 0.1, 0.5])
    labels = pd.Series([1, 1, 0, 0, 1])
    # every positive outranks every negative
    assert study._auc(scores, labels) == 1.0
    assert study._auc(pd.Series([0.5, 0.5]), pd.Series([1, 0])) == 0.5


def test_reporting_writes_csv_markdown_png_svg(tmp_path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    table = pd.DataFrame({"level": ["easy", "all"], "ex": [50.0, 40.0]})
    csv, md = save_table(table, tmp_path / "t", caption="caption (profile=smoke)")
    assert pd.read_csv(csv).equals(table)
    assert md.read_text().startswith("caption (profile=smoke)") and "| easy" in md.read_text()
    figure = Figure()
    figure.add_subplot().plot([0, 1], [0, 1])
    png, svg = save_figure(figure, tmp_path / "f")
    assert png.read_bytes()[:4] == b"\x89PNG" and b"<svg" in svg.read_bytes()[:500]
