"""Every notebook runs through papermill in the ``smoke`` profile, and what it writes is checked for content."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from learnat_core.evaluation.statistics import rate
from learnat_core.llm.models import model_identity
from learnat_core.orchestration.profiles import load_profile
from learnat_core.orchestration.reproduce import plan_runs, run_notebooks
from learnat_core.orchestration import handoffs
from learnat_core.orchestration.handoffs import DirectSFTHandoff, FinalHandoff, SFTHandoff, SynthesisHandoff

pytestmark = pytest.mark.slow  # runs the notebooks with papermill: `pytest -m "not slow"` skips it for a quick loop


REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def smoke_results(tmp_path_factory) -> Path:
    results = tmp_path_factory.mktemp("results")
    runs = plan_runs(load_profile("smoke", REPO / "configs"), REPO / "notebooks", results)
    summaries = run_notebooks(runs)
    assert [s["status"] for s in summaries] == ["ok"] * len(runs)
    return results / "smoke"


def _printed(notebook: Path) -> str:
    """Everything the code cells of an executed notebook printed."""
    import nbformat

    cells = nbformat.read(notebook, as_version=4).cells
    return "".join(o.get("text", "") for c in cells if c.cell_type == "code" for o in c.outputs)


def _nonempty(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0


def _assert_wilson_row(row: pd.Series) -> None:
    """An EX cell is a whole number of correct answers out of ``questions``, with that count's Wilson interval."""
    questions = int(row["questions"])
    correct = round(row["ex_pct"] * questions / 100)
    assert abs(100 * correct / questions - row["ex_pct"]) <= 0.005, row.to_dict()  # tables round to 2 places
    interval = rate(correct, questions)
    assert (row["ex_ci_low"], row["ex_ci_high"]) == pytest.approx((interval.ex_ci_low, interval.ex_ci_high), abs=0.01)


def test_every_notebook_has_one_parameters_cell_and_an_introduction() -> None:
    import nbformat

    for path in sorted((REPO / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1, path.name
        assert nb.cells[0].cell_type == "markdown" and "Paper" in nb.cells[0].source, path.name
        assert nb.cells[-1].cell_type == "markdown" and "take away" in nb.cells[-1].source.lower(), path.name
        assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), f"{path.name} has outputs"


EXERCISE_NOTEBOOKS = ("01_ast_analysis", "02_preliminary_experiment", "03_decomposition_synthesis", "04_sft", "05_mdpo",
                      "06_evaluation", "07_ablations")


@pytest.mark.parametrize("name", EXERCISE_NOTEBOOKS)
def test_exercises_ask_a_question_run_a_cell_and_explain_in_a_collapsed_cell(name: str) -> None:
    import nbformat

    cells = nbformat.read(REPO / "notebooks" / f"{name}.ipynb", as_version=4).cells
    start = next(i for i, c in enumerate(cells) if c.cell_type == "markdown" and c.source.startswith("## Exercises"))
    asks = [i for i, c in enumerate(cells) if i > start and c.source.startswith("**Exercise")]
    assert len(asks) >= 2, name
    for i in asks:
        question, code, reading = cells[i], cells[i + 1], cells[i + 2]
        assert "?" in question.source and code.cell_type == "code" and code.source.strip(), (name, i)
        assert reading.cell_type == "markdown" and reading.source.startswith("<details>"), (name, i)


def test_papermill_reads_every_parameter_the_cell_assigns() -> None:
    import ast

    import nbformat
    import papermill

    for path in sorted((REPO / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        cell = next(c for c in nbformat.read(path, as_version=4).cells if "parameters" in c.metadata.get("tags", []))
        assigned = {target.id for node in ast.parse(cell.source).body if isinstance(node, ast.Assign)
                    for target in node.targets}
        assert set(papermill.inspect_notebook(str(path))) == assigned, path.name


def test_01_ast_analysis_outputs(smoke_results: Path) -> None:
    out = smoke_results / "ast"
    for stem in ("figure2_steps_as_subtrees", "ast_size_by_level", "similarity_vs_execution"):
        assert _nonempty(out / f"{stem}.png") and _nonempty(out / f"{stem}.svg"), stem
    classes = pd.read_csv(out / "step_classes.csv")
    assert list(classes["class"]) == ["progressive", "redundant", "invalid", "progressive", "progressive"]
    kinds = pd.read_csv(out / "ast_kinds_by_level.csv")
    assert {"dataset", "level", "clause", "operator", "operand", "size", "queries"} <= set(kinds.columns)
    assert set(kinds["level"]) <= {"easy", "medium", "hard", "extra", "simple", "moderate", "challenging"}
    agreement = pd.read_csv(out / "similarity_vs_execution.csv")
    assert list(agreement["method"]) == ["paper", "released", "string"]
    assert (agreement["pairs"] > 0).all()
    assert "profile=smoke" in (out / "similarity_vs_execution.md").read_text()
    assert _nonempty(smoke_results / "notebooks" / "01_ast_analysis.ipynb")


def test_02_preliminary_experiment_outputs(smoke_results: Path) -> None:
    out = smoke_results / "preliminary"
    table = pd.read_csv(out / "ex_by_condition.csv")
    assert {"condition", "level", "questions", "ex_pct", "executes_pct", "mean_tokens"} <= set(table.columns)
    overall = table[table["level"] == "all"].set_index("condition")
    assert set(overall.index) == {"direct", "self_decomposition", "given_decomposition"}
    assert (overall["questions"] == 4).all()
    for _, row in overall.iterrows():
        _assert_wilson_row(row)  # a whole number of the 4 questions, with that count's interval
    assert (overall["mean_tokens"] > 0).all()
    gains = pd.read_csv(out / "gains_vs_paper.csv").set_index("condition")
    assert gains.loc["given_decomposition", "paper_gain_pts"] == 30.4
    assert gains.loc["self_decomposition", "paper_gain_pts"] == 3.4
    for condition in overall.index:
        assert sum(1 for _ in (out / "runs" / f"{condition}.jsonl").open()) == 4
    assert _nonempty(out / "ex_by_condition.png") and _nonempty(out / "ex_by_condition.svg")
    paired = pd.read_csv(out / "paired_comparisons.csv")
    assert list(zip(paired["a"], paired["b"])) == [("self_decomposition", "direct"), ("given_decomposition", "direct"),
                                                   ("given_decomposition", "self_decomposition")]
    assert (paired["questions"] == 4).all() and paired["p_value"].between(0, 1).all()
    assert (paired["delta_ci_low"] <= paired["delta_pts"]).all() and (paired["delta_pts"] <= paired["delta_ci_high"]).all()
    # The conditions were asked of the Direct-SQL SFT model (sql_model), trained here into the stage folder that
    # notebook 04 then reused: the profile holds one direct and one decomposition SFT run, not two direct ones.
    assert "model=Direct-SQL SFT (sft-" in (smoke_results / "notebooks" / "02_preliminary_experiment.ipynb").read_text()
    trained = sorted(p for p in (smoke_results / "runs").glob("sft-*") if p.is_dir())
    assert len(trained) == 2, trained
    printed = _printed(smoke_results / "notebooks" / "02_preliminary_experiment.ipynb")
    assert "  [given_decomposition] " in printed or "nothing to contrast" in printed  # the answers, on screen


def test_03_decomposition_synthesis_outputs(smoke_results: Path) -> None:
    import json

    out = smoke_results / "synthesis"
    for stem in ("search_tree", "figure5_step1_ast", "figure5_steps_on_gold", "baseline_methods", "round_gains",
                 "pair_margins"):
        assert _nonempty(out / f"{stem}.png") and _nonempty(out / f"{stem}.svg"), stem
    nodes = pd.read_csv(out / "search_tree_nodes.csv", keep_default_na=False)  # the drawn tree, readable without runs/
    assert {"id", "parent", "class", "reward", "visits", "success", "sql", "added"} <= set(nodes.columns)
    assert nodes["success"].astype(bool).any() and (nodes.loc[1:, "added"] != "").all()
    methods = pd.read_csv(out / "baseline_methods.csv")
    assert list(methods["method"]) == ["cot", "naive_mcts_self", "naive_mcts_oracle", "dsp"] * 2
    assert methods["paper_success_rate_pct"].fillna(-1).tolist() == [59.07, 71.55, -1, 80.0] * 2
    llm, rules = methods.iloc[:4], methods.iloc[4:]
    by_method = rules.set_index("method")["evaluation_calls"]  # only the self-evaluated search asks a judge
    assert by_method["naive_mcts_self"] > 0 and by_method.drop("naive_mcts_self").eq(0).all()
    assert (llm["questions"] == 2).all() and llm["proposer"].str.startswith("llm:").all() and (llm["tokens"] > 0).all()
    assert (rules["questions"] == 4).all() and (rules["proposer"] == "ast-rules+noise0.3").all()
    assert (rules["successes"] > 0).all() and (rules["tokens"] == 0).all()
    assert "profile=smoke" in (out / "baseline_methods.md").read_text()
    audit = pd.read_csv(out / "success_rule_audit.csv").set_index("quantity")["value"]
    assert int(audit["questions"]) == 4 and int(audit["old_rule_trajectories"]) >= int(audit["old_rule_accepted_wrongly"])
    assert _nonempty(out / "success_rule_rejected.csv")
    gains = pd.read_csv(out / "round_gains.csv")
    assert list(gains["round"])[0] == 1 and {"cumulative_success_rate_pct", "paper_gain_pct"} <= set(gains.columns)
    overview = pd.read_csv(out / "run_overview.csv").set_index("quantity")["value"]
    assert overview["questions"] == 6 and overview["sft_records"] > 0 and overview["pairs"] > 0
    counts = pd.read_csv(out / "records_by_proposer.csv")
    assert set(counts["output"]) == {"sft", "pairs"} and set(counts["proposer"]) == {"ast-rules+noise0.3"}
    classes = pd.read_csv(out / "node_classes.csv").set_index("class")["nodes"]
    assert classes["progressive"] > 0
    margins = pd.read_csv(out / "pair_margins.csv")
    assert margins["count"].sum() == overview["pairs"] and (margins["min"] > 0).all()
    handoff = handoffs.read(smoke_results, SynthesisHandoff)
    stored = json.loads((smoke_results / "handoffs" / "synthesis.json").read_text())
    assert stored["run_dir"].startswith("runs/") and set(stored["relative_paths"]) == {"sft_file", "pairs_file",
                                                                                  "pool_file", "run_dir"}
    assert handoff.run_dir.is_absolute() and handoff.run_dir.is_relative_to(smoke_results)
    assert handoff.proposer == "ast-rules+noise0.3" and handoff.method == "ast_mcts"
    for path in (handoff.sft_file, handoff.pairs_file, handoff.pool_file):
        assert _nonempty(path), path
    assert sum(1 for line in handoff.sft_file.open() if line.strip()) == overview["sft_records"]
    assert handoff.run_dir.parent == smoke_results / "runs"


def test_04_sft_outputs(smoke_results: Path) -> None:

    training, evaluation = smoke_results / "training", smoke_results / "evaluation"
    runs = pd.read_csv(training / "sft_runs.csv")
    assert list(runs["run"]) == ["sft_decomposition", "direct_sft"]
    assert (runs["steps"] == 2).all() and (runs["tokens"] > 0).all() and (runs["peak_rss_mb"] > 0).all()
    assert runs["examples"].nunique() == 1 and runs["examples"].iloc[0] > 0  # same questions, same budget
    assert "profile=smoke" in (training / "sft_runs.md").read_text()
    for label in ("sft_decomposition", "direct_sft"):
        log = pd.read_csv(training / f"{label}.csv")
        assert list(log["step"]) == [1, 2] and log["loss"].notna().all()
        table = pd.read_csv(evaluation / f"{label}_ex_by_level.csv")
        overall = table[table["level"] == "all"].iloc[0]
        assert overall["model"] == label and overall["questions"] == 4
        _assert_wilson_row(overall)
    proposers = pd.read_csv(training / "trained_proposer_methods.csv")  # the trained model in the synthesis loop
    assert list(proposers["proposer"]) == ["llm:sft_decomposition"] * 3 + ["ast-rules+noise0.3"] * 3
    assert (proposers["questions"] == 2).all() and (proposers["tokens"].iloc[:3] > 0).all()
    for stem in (training / "sft_curves", evaluation / "sft_ex_by_level", training / "trained_proposer_methods"):
        assert _nonempty(stem.with_suffix(".png")) and _nonempty(stem.with_suffix(".svg")), stem
    sft, direct = handoffs.read(smoke_results, SFTHandoff), handoffs.read(smoke_results, DirectSFTHandoff)
    assert sft.inference.mode == "decomposition" and direct.inference.mode == "direct"
    assert (sft.sft_data, sft.mode, sft.label) == ("decomposition", "decomposition", "sft_decomposition")
    assert (direct.sft_data, direct.mode, direct.label) == ("direct", "direct", "direct_sft")
    for handoff in (sft, direct):
        assert (handoff.model_dir / "config.json").is_file()
        assert handoff.model_dir.parent.parent == smoke_results / "runs"


def test_05_mdpo_outputs(smoke_results: Path) -> None:

    training, evaluation = smoke_results / "training", smoke_results / "evaluation"
    run = pd.read_csv(training / "mdpo_paper_run.csv").iloc[0]
    assert run["stage"] == "mdpo-paper" and run["steps"] == 2 and run["examples"] > 0 and run["tokens"] > 0
    log = pd.read_csv(training / "mdpo_paper.csv")
    metrics = {"loss", "rewards/chosen", "rewards/rejected", "rewards/margins", "rewards/offsets",
               "rewards/offset_accuracies"}
    assert metrics <= set(log.columns) and list(log["step"]) == [1, 2]
    assert (log["rewards/offsets"] > 0).all()  # the paper's offset Δr of the synthesis pairs
    pairs = pd.read_csv(training / "mdpo_paper_pairs.csv").set_index("column")
    assert pairs.loc["margin", "min"] > 0 and pairs.loc["margin", "count"] == run["examples"] + run["dropped"]
    for stem in ("mdpo_paper_curves", "mdpo_paper_margins"):
        assert _nonempty(training / f"{stem}.png") and _nonempty(training / f"{stem}.svg"), stem
    final = pd.read_csv(evaluation / "final_ex_by_level.csv")
    assert final.equals(pd.read_csv(evaluation / "mdpo_paper_ex_by_level.csv"))
    overall = final[final["level"] == "all"].iloc[0]
    assert overall["model"] == "mdpo_paper" and overall["questions"] == 4
    _assert_wilson_row(overall)
    assert "decomposition_adr" in (evaluation / "final_ex_by_level.md").read_text()
    compare = pd.read_csv(evaluation / "final_vs_sft_vs_paper.csv")
    assert {"sft_decomposition", "mdpo_paper", "paper: LearNAT", "paper: only DPO"} <= set(compare["model"])
    assert _nonempty(evaluation / "final_vs_sft_vs_paper.png")
    against = pd.read_csv(evaluation / "mdpo_paper_vs_sft_decomposition.csv").iloc[0]  # the same 4 questions
    assert (against["a"], against["b"], against["questions"]) == ("mdpo_paper", "sft_decomposition", 4)
    start = pd.read_csv(evaluation / "sft_decomposition_ex_by_level.csv").set_index("level").loc["all"]
    assert against["delta_pts"] == pytest.approx(overall["ex_pct"] - start["ex_pct"], abs=0.01)
    handoff = handoffs.read(smoke_results, FinalHandoff)
    assert (handoff.mode, handoff.label, handoff.preference, handoff.offset) == ("decomposition_adr", "mdpo_paper",
                                                                               "step_margin", "paper")
    assert handoff.inference.demo_pool and handoff.inference.demo_k == 1
    assert (handoff.model_dir / "config.json").is_file()
    printed = _printed(smoke_results / "notebooks" / "05_mdpo.ipynb")
    assert "by embedding; the pool holds" in printed and "\nembedding:\n  1. [" in printed  # ADR's retrieval, on screen
    assert "\nfixed:\n  1. [" in printed


def test_06_evaluation_outputs(smoke_results: Path) -> None:
    out = smoke_results / "evaluation"
    table = pd.read_csv(out / "main_results_spider.csv")
    measured = table[table["semantics"] != "paper"]
    assert {"dataset", "model", "schema", "semantics", "all", "questions"} <= set(table.columns)
    assert set(measured["semantics"]) == {"spider", "bird", "learnat"} and set(measured["schema"]) == {"full", "gold"}
    assert {"backbone (no training)"} < set(measured["model"])  # plus every model the pipeline handed on
    assert len(set(measured["model"])) == 4  # backbone, Direct-SQL SFT, SFT, final
    assert (measured["questions"] == 4).all()
    for _, row in measured.iterrows():  # every semantics and schema: a whole count with its interval
        _assert_wilson_row(row)
    paper = table[table["semantics"] == "paper"].set_index("model")
    assert paper.loc["paper: LearNAT (Qwen2.5-Coder-7B)", "all"] == 86.4
    assert "small-scale" in (out / "main_results_spider.md").read_text()
    assert not (out / "main_results_bird.csv").exists()  # no BIRD databases in the bundled data
    overall = measured[measured["semantics"] == "spider"]
    assert (overall["ex_ci_low"] <= overall["ex_pct"]).all() and (overall["ex_pct"] <= overall["ex_ci_high"]).all()
    assert (overall["ex_pct"] == overall["all"]).all()
    paired = pd.read_csv(out / "main_comparisons.csv")
    assert list(zip(paired["a_role"], paired["b_role"])) == [("direct_sft", "backbone"), ("sft", "backbone"),
                                                             ("final", "backbone"), ("sft", "direct_sft"),
                                                             ("final", "direct_sft"), ("final", "sft")]
    assert (paired["questions"] == 4).all() and set(paired["dataset"]) == {"spider"}
    effect = pd.read_csv(out / "semantics_and_schema_effect.csv")
    assert {"spider", "bird", "learnat"} <= set(effect.columns)
    assert _nonempty(out / "main_results_spider.png") and _nonempty(out / "main_results_spider.svg")
    printed = _printed(smoke_results / "notebooks" / "06_evaluation.ipynb")
    assert "  gold: " in printed or "nothing to contrast" in printed  # the models' own answers, on screen


def test_07_ablations_outputs(smoke_results: Path) -> None:
    out = smoke_results / "ablations"
    table = pd.read_csv(out / "ablation_table.csv").set_index("variant")
    assert list(table.index) == ["full", "mdpo_to_dpo", "released_first5_ex"]
    assert table.loc["full", "delta_pts"] == 0 and table.loc["mdpo_to_dpo", "paper_delta_pts"] == -1.3
    assert (table["questions"] == 4).all()
    paired = pd.read_csv(out / "paired_comparisons.csv").set_index("a")
    assert list(paired.index) == ["mdpo_to_dpo", "released_first5_ex"] and set(paired["b"]) == {"full"}
    assert table.loc["mdpo_to_dpo", "p_value"] == paired.loc["mdpo_to_dpo", "p_value"]
    assert pd.isna(table.loc["full", "p_value"])  # full is what the others are compared with
    for variant in table.index:  # each variant ran the pipeline notebooks into its own folder
        assert _nonempty(out / variant / "notebooks" / "05_mdpo.ipynb")
        assert json.loads((out / variant / "manifest.json").read_text())["variant"]["name"] == variant
    curve = pd.read_csv(out / "multi_call_curve.csv")
    measured = curve[~curve["model"].str.startswith("paper")]
    assert list(measured["calls"]) == [1, 3] and (measured["questions"] == 3).all()
    assert measured["tokens_per_question"].is_monotonic_increasing
    assert ((measured["ex_ci_low"] <= measured["ex_pct"]) & (measured["ex_pct"] <= measured["ex_ci_high"])).all()
    for stem in ("ablation_deltas", "multi_call_curve"):
        assert _nonempty(out / f"{stem}.png") and _nonempty(out / f"{stem}.svg")


def test_08_report(smoke_results: Path) -> None:
    report = (smoke_results / "REPORT.md").read_text()
    assert report.startswith("# LearNAT kit: results of the `smoke` profile")
    assert "pipeline check" in report and "## Measured beside the paper" in report
    for section in ("ast/", "preliminary/", "synthesis/", "training/", "evaluation/", "ablations/"):
        assert f"folder `{section}`" in report, section
    headline = pd.read_csv(smoke_results / "report" / "headline.csv")
    assert {"Spider dev EX, all levels (%)", "ablation: EX delta vs full (points)"} <= set(headline["what"])
    assert _nonempty(smoke_results / "report" / "overview.png")
    assert "## The paper's claims at this scale" in report
    judged = pd.read_csv(smoke_results / "report" / "claims.csv").set_index(["a", "b"])
    assert set(judged["verdict"]) <= {"supported", "contradicted", "undecided", "not run in this profile"}
    assert judged.loc[("final", "backbone"), "paper_delta_pts"] == 9.4
    assert judged.loc[("full", "no_sft"), "verdict"] == "not run in this profile"  # not in the smoke list
    collected = pd.read_csv(smoke_results / "evaluation" / "paired_comparisons.csv")
    assert set(collected["study"]) == {"preliminary", "main", "ablation"} and len(collected) == 3 + 6 + 2
    linked = re.findall(r"\]\(([^)]+)\)", report)
    assert linked and all((smoke_results / link).is_file() for link in linked)
    manifest = json.loads((smoke_results / "manifest.json").read_text())
    earlier = [entry for entry in manifest["notebooks"] if entry["notebook"] != "08_figures_and_tables"]
    assert len(earlier) == 7 and all(f"{entry['notebook']} {entry['seconds']:.0f} s" in report for entry in earlier)
    assert f"({sum(entry['seconds'] for entry in earlier) / 60:.1f} min in all before this report; " in report
    assert "finished after this report was written" in report  # 08 writes it before the run's end is recorded
    assert manifest["models"]["tiny"] == model_identity("tiny")  # the model the smoke parameters name


def test_ablate_without_notebooks_claims_the_notebooks_stage_folders_and_rewrites_their_results(
        smoke_results: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from learnat_core.cli import main
    from learnat_core.orchestration.ablation import RESULT_FILE, VERDICTS_FILE

    variant = smoke_results / "ablations" / "mdpo_to_dpo"
    kept = (RESULT_FILE, VERDICTS_FILE, Path("handoffs/final.json"), Path("handoffs/sft.json"))
    written = {path: (variant / path).read_text() for path in kept}
    for path in written:
        (variant / path).unlink()  # what the runner must write again, from the stage folders the notebooks left
    stage_folders = sorted(path.name for path in (smoke_results / "runs").iterdir())
    notebooks_before = {path: path.stat().st_mtime_ns for path in (variant / "notebooks").iterdir()}

    assert main(["ablate", "--profile", "smoke", "--results-dir", str(smoke_results.parent), "--only", "full",
                 "mdpo_to_dpo", "--no-notebooks"]) == 0
    assert sorted(path.name for path in (smoke_results / "runs").iterdir()) == stage_folders  # nothing retrained
    assert {path: (variant / path).read_text() for path in written} == written
    assert {path: path.stat().st_mtime_ns for path in (variant / "notebooks").iterdir()} == notebooks_before
    printed = capsys.readouterr().out
    table = pd.read_csv(variant / RESULT_FILE)
    assert re.search(rf"mdpo_to_dpo\s+4\s+{table.loc[table['level'] == 'all', 'ex_pct'].iloc[0]:g}", printed), printed
