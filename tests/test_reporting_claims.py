"""The report's claims table: each paper claim judged by its paired comparison (sign, significance, not run)."""

from __future__ import annotations

import pandas as pd

from learnat_core import reporting
from learnat_core.evaluation.statistics import paired_comparison


def _row(study: str, a: str, b: str, a_right: list[int], b_right: list[int], **roles: str) -> dict:
    return {**paired_comparison(a, a_right, b, b_right).to_dict(), "study": study, **roles}


def test_claims_follow_the_paired_tests_in_the_papers_direction(tmp_path) -> None:
    better, worse = [1] * 30 + [0] * 70, [0] * 100  # 30 discordant questions, all one way: p far below 0.05
    rows = [
        _row("main", "mdpo_paper", "backbone (no training)", better, worse, a_role="final", b_role="backbone"),
        _row("main", "mdpo_paper", "sft_decomposition", [1, 0] * 50, [0, 1] * 50, a_role="final", b_role="sft"),
        # ablation rows are stored as variant − full: a variant far better than full contradicts the claim
        _row("ablation", "mdpo_to_dpo", "full", better, worse),
        _row("preliminary", "given_decomposition", "direct", worse, better),
    ]
    for study, path in reporting.COMPARISON_FILES.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        pd.DataFrame([r for r in rows if r["study"] == study]).drop(columns="study").to_csv(tmp_path / path, index=False)
    collected = reporting.collect_comparisons(tmp_path)
    assert sorted(collected["study"]) == ["ablation", "main", "main", "preliminary"]
    assert (tmp_path / reporting.PAIRED_FILE).is_file()
    judged = reporting.claims(collected).set_index(["a", "b"])
    assert judged.loc[("final", "backbone"), "verdict"] == "supported"
    assert judged.loc[("final", "backbone"), "delta_pts"] == 30.0
    assert judged.loc[("final", "backbone"), "paper_delta_pts"] == 9.4
    assert judged.loc[("final", "sft"), "verdict"] == "undecided"  # 50 vs 50 discordant: p = 1
    dpo = judged.loc[("full", "mdpo_to_dpo")]
    assert dpo["verdict"] == "contradicted" and dpo["delta_pts"] == -30.0
    assert dpo["delta_ci_low"] <= -30.0 <= dpo["delta_ci_high"] <= 0
    assert judged.loc[("given_decomposition", "direct"), "verdict"] == "contradicted"
    assert judged.loc[("direct_sft", "backbone"), "verdict"] == "not run in this profile"
    assert judged.loc[("given_decomposition", "self_decomposition"), "paper_delta_pts"] == 27.0


def test_no_comparison_saved_leaves_every_claim_not_run(tmp_path) -> None:
    judged = reporting.claims(reporting.collect_comparisons(tmp_path))
    assert len(judged) == len(reporting.CLAIMS) and set(judged["verdict"]) == {"not run in this profile"}


def test_level_bars_put_levels_in_difficulty_order_with_intervals_where_measured() -> None:
    import matplotlib

    matplotlib.use("Agg")
    table = pd.DataFrame({
        "model": ["sft"] * 3 + ["paper: LearNAT"] * 2,
        "level": ["hard", "all", "easy", "easy", "all"],
        "ex_pct": [10.0, 20.0, 0.0, 90.0, 86.4],
        "ex_ci_low": [5.0, 15.0, 0.0, None, None],
        "ex_ci_high": [18.0, 26.0, 9.0, None, None],
    })
    figure = reporting.level_bars(table, title="EX")
    axes = figure.axes[0]
    assert [tick.get_text() for tick in axes.get_xticklabels()] == ["easy", "hard", "all"]
    counted = reporting.level_bars(table.assign(questions=[40, 100, 30, None, None]), title="EX").axes[0]
    assert [tick.get_text() for tick in counted.get_xticklabels()] == ["easy\nn=30", "hard\nn=40", "all\nn=100"]
    from matplotlib.container import BarContainer, ErrorbarContainer

    ours, paper = (c for c in axes.containers if isinstance(c, BarContainer))
    assert [bar.get_height() for bar in ours] == [0.0, 10.0, 20.0]  # easy, hard, all
    assert len(paper) == 2 and [bar.get_height() for bar in paper] == [90.0, 86.4]  # no bar for a level it lacks
    assert sum(isinstance(c, ErrorbarContainer) for c in axes.containers) == 1  # the measured rows carry intervals
    legend = axes.get_legend()
    assert [text.get_text() for text in legend.get_texts()] == ["sft", "paper: LearNAT"]
    assert legend.get_bbox_to_anchor().x0 > axes.get_window_extent().x1 - 1  # beside the axes, not over the bars


def test_headline_gives_the_preliminary_gains_their_paired_intervals(tmp_path) -> None:
    folder = tmp_path / "preliminary"
    folder.mkdir()
    pd.DataFrame({"condition": ["self_decomposition", "given_decomposition"], "measured_gain_pts": [-2.0, 2.0],
                  "paper_gain_pts": [3.4, 30.4]}).to_csv(folder / "gains_vs_paper.csv", index=False)
    rows = [_row("preliminary", "given_decomposition", "direct", [1, 1, 0, 1], [1, 0, 0, 1]),
            _row("preliminary", "given_decomposition", "self_decomposition", [1, 1, 0, 1], [0, 0, 0, 1])]
    pd.DataFrame(rows).to_csv(folder / "paired_comparisons.csv", index=False)
    table = reporting.headline(tmp_path).set_index("item")
    given, self_ = table.loc["given_decomposition"], table.loc["self_decomposition"]
    expected = rows[0]  # the comparison with direct, not the one with self-decomposition
    assert (given["ci_low"], given["ci_high"], given["questions"]) == (
        expected["delta_ci_low"], expected["delta_ci_high"], 4)
    assert (given["ci_low"], given["ci_high"]) != (rows[1]["delta_ci_low"], rows[1]["delta_ci_high"])
    assert pd.isna(self_["ci_low"]) and self_["paper"] == 3.4  # no saved comparison: no interval invented
