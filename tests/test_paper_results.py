"""The paper's reported numbers: internal consistency of the stored tables, spot checks against paper.md,
the views over per_difficulty, and precise errors for bad names, filters and files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from learnat_core.errors import ConfigError, DataError
from learnat_core.paper_results import (
    LEVEL_WEIGHTS,
    SOURCE_TAGS,
    available_tables,
    backbones,
    default_results_dir,
    load_paper_table,
    only_dpo_breakdown,
    paper_value,
    process_vs_outcome,
    similarity_ablation,
    to_wide,
    weighted_total,
)

CSV_FILES = sorted(path.stem for path in default_results_dir().glob("*.csv"))
PER_DIFFICULTY = load_paper_table("per_difficulty")
ABLATIONS = load_paper_table("ablations")
BENCHMARKS = ("spider_dev", "bird_dev")


def _row_groups(table: pd.DataFrame) -> list[tuple[str, str, str]]:
    return sorted(set(zip(table["method"], table["backbone"], table["benchmark"])))


def test_the_expected_files_and_views_are_available():
    assert set(CSV_FILES) >= {"main_results", "per_difficulty", "ablations", "multi_call", "synthesis"}
    assert set(available_tables()) == set(CSV_FILES) | {
        "process_vs_outcome", "only_dpo_breakdown", "similarity_ablation", "backbones"}


@pytest.mark.parametrize("name", CSV_FILES)
def test_every_file_has_known_sources_boolean_flags_and_numeric_values(name):
    raw = pd.read_csv(default_results_dir() / f"{name}.csv", keep_default_na=False)
    assert set(raw["source"]) <= set(SOURCE_TAGS)
    assert set(raw["approximate"].astype(str)) <= {"True", "False"}
    table = load_paper_table(name)
    assert table["approximate"].dtype == bool
    assert table["value"].notna().all() and len(table) > 0


@pytest.mark.parametrize(("method", "backbone", "benchmark"), _row_groups(PER_DIFFICULTY))
def test_per_difficulty_weighted_mean_reproduces_the_printed_total(method, backbone, benchmark):
    rows = PER_DIFFICULTY[(PER_DIFFICULTY["method"] == method) & (PER_DIFFICULTY["backbone"] == backbone)
                          & (PER_DIFFICULTY["benchmark"] == benchmark)]
    levels = dict(zip(rows["level"], rows["value"]))
    printed = levels.pop("total")
    assert list(levels) == list(LEVEL_WEIGHTS[benchmark])
    assert weighted_total(levels) == pytest.approx(printed, abs=0.1)


def test_per_difficulty_stores_each_number_once_and_covers_seven_rows():
    keys = PER_DIFFICULTY[["method", "backbone", "benchmark", "level"]]
    assert not keys.duplicated().any()
    assert len(_row_groups(PER_DIFFICULTY)) == 7 * len(BENCHMARKS)


def test_weighted_total_uses_the_dev_set_sizes():
    assert weighted_total({"simple": 100.0, "moderate": 0.0, "challenging": 0.0}) == pytest.approx(100 * 925 / 1534)
    learnat_7b = {"easy": 95.2, "medium": 92.4, "hard": 76.4, "extra": 67.5}
    assert weighted_total(learnat_7b) == pytest.approx(86.38, abs=0.005)
    assert sum(LEVEL_WEIGHTS["spider_dev"].values()) == 1034
    assert sum(LEVEL_WEIGHTS["bird_dev"].values()) == 1534


def test_weighted_total_rejects_levels_of_no_single_benchmark():
    with pytest.raises(ConfigError, match="spider_dev: easy, medium, hard, extra"):
        weighted_total({"easy": 1.0, "medium": 1.0, "hard": 1.0})
    with pytest.raises(ConfigError):
        weighted_total({"easy": 1.0, "medium": 1.0, "hard": 1.0, "extra": 1.0, "total": 1.0})


@pytest.mark.parametrize("benchmark", BENCHMARKS)
def test_ablation_deltas_are_total_minus_full_up_to_rounding(benchmark):
    rows = ABLATIONS[ABLATIONS["benchmark"] == benchmark]
    full = paper_value(rows, variant="full")
    others = rows[rows["variant"] != "full"]
    assert len(others) == 7 and others["delta"].notna().all()
    for total, delta in zip(others["value"], others["delta"]):
        assert delta == pytest.approx(total - full, abs=0.1 + 1e-9)


@pytest.mark.parametrize("benchmark", BENCHMARKS)
def test_printed_deltas_agree_with_one_unrounded_full_total(benchmark):
    # Each printed delta d = round(t - F) with |t - total| <= 0.05, so F lies in [total - d - 0.1, total - d + 0.1];
    # all rows and the printed full total (+-0.05) must share one F, and REB's weighted mean must be in it.
    rows = ABLATIONS[ABLATIONS["benchmark"] == benchmark]
    full = paper_value(rows, variant="full")
    others = rows[rows["variant"] != "full"]
    low = max([full - 0.05, *(others["value"] - others["delta"] - 0.1)])
    high = min([full + 0.05, *(others["value"] - others["delta"] + 0.1)])
    assert low <= high + 1e-9
    breakdown = PER_DIFFICULTY[(PER_DIFFICULTY["method"] == "learnat")
                               & (PER_DIFFICULTY["backbone"] == "Qwen2.5-Coder-7B")
                               & (PER_DIFFICULTY["benchmark"] == benchmark) & (PER_DIFFICULTY["level"] != "total")]
    assert low - 1e-9 <= weighted_total(dict(zip(breakdown["level"], breakdown["value"]))) <= high + 1e-9


def test_deltas_off_by_rounding_are_exactly_the_noted_rows():
    others = ABLATIONS[ABLATIONS["variant"] != "full"]
    full = {b: paper_value(ABLATIONS, variant="full", benchmark=b) for b in BENCHMARKS}
    off = (others["delta"] - (others["value"] - others["benchmark"].map(full))).abs() > 0.05
    noted = others["note"].str.contains("0.1 off")
    assert off.sum() == 4
    assert (off == noted).all()


def test_numbers_shared_between_sources_agree():
    for benchmark in BENCHMARKS:
        main = paper_value("main_results", backbone="Qwen2.5-Coder-7B", benchmark=benchmark)
        assert main == paper_value(ABLATIONS, variant="full", benchmark=benchmark)
        for method, variant in (("learnat", "full"), ("only_dpo", "only_dpo")):
            printed = paper_value(PER_DIFFICULTY, method=method, backbone="Qwen2.5-Coder-7B",
                                  benchmark=benchmark, level="total")
            assert printed == paper_value(ABLATIONS, variant=variant, benchmark=benchmark)


@pytest.mark.parametrize(("backbone", "spider", "bird"), [
    ("Qwen2.5-Coder-7B", 86.4, 58.1), ("Qwen2.5-Coder-14B", 86.9, 61.2), ("Qwen2.5-Coder-32B", 88.4, 65.0)])
def test_main_results_spot_checks(backbone, spider, bird):
    assert paper_value("main_results", method="learnat", backbone=backbone, benchmark="spider_dev") == spider
    assert paper_value("main_results", method="learnat", backbone=backbone, benchmark="bird_dev") == bird


def test_main_results_baselines_and_the_runner_up_claim():
    assert paper_value("main_results", method="mac_sql", benchmark="bird_dev") == 59.4
    assert paper_value("main_results", backbone="CodeS-15B", benchmark="spider_dev") == 84.9
    spider = load_paper_table("main_results").query("benchmark == 'spider_dev'")
    others = spider[spider["method"] != "learnat"].sort_values("value", ascending=False)
    assert others["method"].iloc[0] == "supersql"
    assert paper_value(spider, backbone="Qwen2.5-Coder-32B") - others["value"].iloc[0] == pytest.approx(1.4)


def test_per_difficulty_and_ablation_spot_checks():
    assert paper_value("per_difficulty", method="learnat", backbone="Qwen2.5-Coder-7B", level="extra") == 67.5
    assert paper_value("per_difficulty", method="base", backbone="Meta-Llama-3-8B-Instruct", level="total",
                       benchmark="bird_dev") == 47.7
    assert paper_value("ablations", variant="no_learnat", benchmark="bird_dev") == 47.5
    assert paper_value("ablations", variant="mdpo_to_dpo", benchmark="spider_dev") == 85.1


def test_multi_call_ex_never_decreases_and_tokens_grow():
    table = load_paper_table("multi_call")
    assert table["approximate"].all()
    for metric, strictly in (("ex", False), ("tokens", True)):
        series = table[table["metric"] == metric].sort_values("calls")["value"]
        assert series.is_monotonic_increasing
        assert not strictly or series.is_unique
    assert sorted(table["calls"].unique()) == [1, 5, 10, 15, 20, 25, 30]
    assert paper_value(table, calls=25, metric="ex") == pytest.approx(63.25)
    assert "midpoint" in table.query("calls == 25 and metric == 'ex'")["note"].iloc[0]
    assert paper_value(table, calls=1, metric="ex") == paper_value(
        "main_results", backbone="Qwen2.5-Coder-7B", benchmark="bird_dev")


def test_synthesis_rates_follow_from_the_printed_gains():
    dsp = paper_value("synthesis", quantity="decomposition_success_rate", item="dsp")
    assert dsp == 80.0
    for baseline, rate in (("cot", 59.07), ("naive_mcts", 71.55)):
        gain = paper_value("synthesis", quantity="success_rate_gain_of_dsp", item=baseline)
        assert paper_value("synthesis", quantity="decomposition_success_rate", item=baseline) == rate
        assert dsp - gain == pytest.approx(rate)
    table = load_paper_table("synthesis")
    assert table.query("item == 'naive_mcts' and quantity == 'decomposition_success_rate'")["source"].item() \
        == "INFERRED"


def test_synthesis_token_figures_are_flagged_where_they_disagree():
    table = load_paper_table("synthesis")
    change = paper_value(table, quantity="token_cost_change")
    naive, dsp = (paper_value(table, quantity="token_cost", item=item) for item in ("naive_mcts", "dsp"))
    assert change == -56.38
    assert 100 * (dsp - naive) / naive == pytest.approx(-60.6, abs=0.05)
    assert table.query("quantity == 'token_cost'")["approximate"].all()
    assert naive * (1 + change / 100) == pytest.approx(144, abs=0.5)


def test_synthesis_other_reported_figures():
    gains = [paper_value("synthesis", quantity="demo_pool_gain", item=f"round_{r}") for r in (1, 2, 3)]
    assert gains == [1.99, 0.40, 0.27]
    assert paper_value("synthesis", quantity="synthesized_samples", item="learnat") == 7.2
    assert paper_value("synthesis", quantity="subtask_gain", item="given_subtasks") == 30.4
    assert paper_value("synthesis", quantity="subtask_gain", item="self_decomposition") == 3.4
    judges = {item: paper_value("synthesis", quantity="judge_accuracy", item=item)
              for item in ("sentence_transformer", "glm_4", "gpt_4_self_evaluation")}
    assert judges == {"sentence_transformer": 46.8, "glm_4": 36.0, "gpt_4_self_evaluation": 46.35}
    assert paper_value("synthesis", quantity="tokens_per_query", item="learnat") == 1.8
    assert paper_value("synthesis", quantity="tokens_per_query", item="alpha_sql") == 204.5


@pytest.mark.parametrize(("view", "printed_in", "labels"), [
    (process_vs_outcome, "R-2", ["LearNAT (PR)", "naive RL (OR)"]),
    (only_dpo_breakdown, "R-3", ["LearNAT", "only DPO"]),
    (similarity_ablation, "R-4", ["LearNAT (A-sim)", "A-sim → S-sim"]),
    (backbones, "R-5", ["base (unlabelled row)", "+ LearNAT"]),
])
def test_views_are_labelled_subsets_of_per_difficulty(view, printed_in, labels):
    table = view()
    assert list(table["label"].unique()) == labels
    assert set(load_paper_table(view.__name__)["value"]) == set(table["value"])
    expected = PER_DIFFICULTY[PER_DIFFICULTY["printed_in"].str.contains(printed_in)]
    columns = ["method", "backbone", "benchmark", "level", "value"]
    pd.testing.assert_frame_equal(table[columns], expected[columns].reset_index(drop=True))


def test_view_numbers_match_the_rebuttal_tables():
    assert paper_value(process_vs_outcome(), label="naive RL (OR)", level="extra") == 56.6
    assert paper_value(similarity_ablation(), label="A-sim → S-sim", benchmark="bird_dev", level="total") == 54.5
    table = backbones()
    assert set(table["backbone"]) == {"GLM-4-9B", "Meta-Llama-3-8B-Instruct"}
    assert paper_value(table, backbone="Meta-Llama-3-8B-Instruct", method="learnat", level="challenging") == 40.3


def test_to_wide_gives_the_printed_layout():
    wide = to_wide(process_vs_outcome())
    assert list(wide.columns.get_level_values("level")) == [
        "easy", "medium", "hard", "extra", "total", "simple", "moderate", "challenging", "total"]
    assert wide.loc[("LearNAT (PR)", "learnat", "Qwen2.5-Coder-7B"), ("spider_dev", "total")] == 86.4
    assert list(to_wide(load_paper_table("ablations")).index.get_level_values("variant"))[:2] == ["full", "no_learnat"]
    with pytest.raises(ConfigError, match="benchmark, level"):
        to_wide(load_paper_table("multi_call"))
    with pytest.raises(ConfigError, match="one value per"):
        to_wide(load_paper_table("per_difficulty").drop(columns="backbone"))


def test_unknown_table_is_a_config_error_listing_the_available_ones():
    with pytest.raises(ConfigError, match="available: .*main_results.*process_vs_outcome"):
        load_paper_table("main_result")


def test_paper_value_explains_unknown_columns_no_match_and_ambiguity():
    with pytest.raises(ConfigError, match="no column model"):
        paper_value("main_results", model="LearNAT")
    with pytest.raises(ConfigError, match="Qwen2.5-Coder-14B"):
        paper_value("main_results", method="learnat", backbone="Qwen2.5-Coder-70B")
    with pytest.raises(ConfigError, match="narrow it down.*benchmark"):
        paper_value("main_results", method="learnat", backbone="Qwen2.5-Coder-7B")


@pytest.fixture()
def copied_results(tmp_path: Path) -> Path:
    folder = tmp_path / "paper"
    shutil.copytree(default_results_dir(), folder)
    return folder


def _corrupt(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / f"{name}.csv"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(("old", "new", "message"), [
    (",REB,", ",PAPER,", r"line\(s\) \[2\] have a source tag outside"),
    (",95.2,", ",n/a,", r"line\(s\) \[2\] have a missing or non-numeric value"),
    (",REB,False,", ",REB,maybe,", r"line\(s\) \[2\] have an approximate flag"),
    ("source,", "origin,", "missing column"),
])
def test_malformed_files_are_data_errors_naming_the_line(copied_results, old, new, message):
    _corrupt(copied_results, "per_difficulty", old, new)
    with pytest.raises(DataError, match=message):
        load_paper_table("per_difficulty", copied_results)
    with pytest.raises(DataError):
        backbones(copied_results)
    assert paper_value("main_results", results_dir=copied_results, backbone="CodeS-7B", benchmark="bird_dev") == 57.0


def test_results_dir_override_and_missing_folder(copied_results, tmp_path):
    _corrupt(copied_results, "main_results", "32B,spider_dev,total,88.4", "32B,spider_dev,total,88.5")
    assert paper_value("main_results", results_dir=copied_results, backbone="Qwen2.5-Coder-32B",
                       benchmark="spider_dev") == 88.5
    (copied_results / "extra_table.csv").write_text("value,source,approximate,note\n1.0,CODE,False,\n")
    assert "extra_table" in available_tables(copied_results)
    with pytest.raises(DataError, match="not found"):
        load_paper_table("main_results", tmp_path / "absent")


def test_readme_documents_every_file_and_the_missing_values():
    readme = (default_results_dir() / "README.md").read_text()
    for name in CSV_FILES:
        assert f"{name}.csv" in readme
    assert "NOT FOUND" in readme
    for tag in {tag for name in CSV_FILES for tag in load_paper_table(name)["source"]}:
        assert tag in readme
