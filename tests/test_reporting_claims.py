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
