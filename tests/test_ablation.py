"""The ablation runner: grid checks before anything runs, one folder per variant, resume, failure isolation,
and the table of deltas against the full pipeline; and the shipped grid against the real notebooks."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from learnat_core.cli import main
from learnat_core.errors import ConfigError
from learnat_core.orchestration.ablation import ablation_table, load_grid, plan_ablation, run_ablation
from learnat_core.orchestration.profiles import PROFILE_NAMES, load_profile

pytestmark = pytest.mark.slow  # runs ablation variants: `pytest -m "not slow"` skips it for a quick loop


REPO = Path(__file__).resolve().parents[1]

STAGE = '''
import json, pathlib
out = pathlib.Path(output_dir)
(out / "evaluation").mkdir(parents=True, exist_ok=True)
if ex < 0:
    raise ValueError("negative ex")
runs = pathlib.Path(runs_dir)
runs.mkdir(parents=True, exist_ok=True)
with open(runs / "calls.txt", "a") as log:
    log.write(f"{output_dir}\\n")
import pandas as pd
pd.DataFrame([{"model": "m", "level": "all", "questions": 10, "ex_pct": ex, "executes_pct": 50.0,
               "mean_tokens": 1.0}]).to_csv(out / "evaluation" / "final_ex_by_level.csv", index=False)
'''


def _notebooks(folder: Path) -> Path:
    """One pipeline notebook whose result is its ``ex`` parameter (negative: it fails)."""
    folder.mkdir()
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('profile = "smoke"\noutput_dir = "."\ndata_root = None\nseed = 0\n'
                                       'runs_dir = None\nex = 10.0\nmargin_offset = "paper"')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(STAGE)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, folder / "05_stage.ipynb")
    return folder


def _grid(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


GRID = """
pipeline: [05_stage]
variants:
  full: {label: LearNAT, paper: full}
  mdpo_to_dpo: {label: MDPO -> DPO, paper: mdpo_to_dpo, set: {05_stage: {ex: 4.0, margin_offset: none}}}
  broken: {label: broken, set: {05_stage: {ex: -1.0}}}
profiles:
  smoke: [full, mdpo_to_dpo]
"""


@pytest.fixture()
def setup(tmp_path: Path):
    configs = tmp_path / "configs"
    configs.mkdir()
    (configs / "smoke.yaml").write_text("profile: smoke\ncommon: {data_root: null, seed: 0}\nnotebooks: {}\n")
    return load_profile("smoke", configs), _notebooks(tmp_path / "notebooks"), tmp_path / "results"


def test_each_variant_runs_into_its_folder_and_failures_stay_per_variant(tmp_path, setup) -> None:
    profile, notebooks, results = setup
    grid = load_grid(_grid(tmp_path / "grid.yaml", GRID))
    variants = grid.select("smoke", ["broken", "mdpo_to_dpo"])
    assert [v.name for v in variants] == ["full", "broken", "mdpo_to_dpo"]
    plans = plan_ablation(grid, profile, variants, notebooks, results)
    summary = run_ablation(grid, plans).set_index("variant")
    assert summary.loc["full", "status"] == "ok" and summary.loc["mdpo_to_dpo", "status"] == "ok"
    assert summary.loc["broken", "status"] == "failed" and "negative ex" in summary.loc["broken", "error"]
    root = results / "smoke"
    calls = (root / "runs" / "calls.txt").read_text().split()  # every variant shares the runs folder
    assert sorted(Path(c).name for c in calls) == ["full", "mdpo_to_dpo"]  # broken raised first
    manifest = json.loads((root / "ablations" / "mdpo_to_dpo" / "manifest.json").read_text())
    assert manifest["variant"]["overrides"] == {"05_stage": {"ex": 4.0, "margin_offset": "none"}}
    table = ablation_table(grid, root).set_index("variant")
    assert list(table.index) == ["full", "mdpo_to_dpo"]  # the failed variant has no result
    assert table.loc["mdpo_to_dpo", "delta_pts"] == -6.0 and table.loc["full", "delta_pts"] == 0.0
    assert table.loc["mdpo_to_dpo", "paper_delta_pts"] == -1.3  # Spider dev, Qwen2.5-Coder-7B

    run_ablation(grid, plan_ablation(grid, profile, grid.select("smoke"), notebooks, results))  # resume
    assert len((root / "runs" / "calls.txt").read_text().split()) == 2  # nothing done twice

    broken = root / "ablations" / "broken" / "evaluation" / "final_ex_by_level.csv"
    broken.parent.mkdir(parents=True, exist_ok=True)
    broken.write_text((root / "ablations" / "full" / "evaluation" / "final_ex_by_level.csv").read_text())  # stale
    assert "broken" in set(ablation_table(grid, root)["variant"])
    run_ablation(grid, plan_ablation(grid, profile, grid.select("smoke", ["broken"]), notebooks, results))
    assert not broken.exists() and "broken" not in set(ablation_table(grid, root)["variant"])  # failed: no stale row


@pytest.mark.parametrize("text, message", [
    ("pipeline: [05_stage]\nvariants: {x: {}}\n", "needs a 'full' variant"),
    ("pipeline: [05_stage]\nvariants: {full: {}, y: {set: {04_sft: {a: 1}}}}\n", "outside the pipeline"),
    ("pipeline: [05_stage]\nvariants: {full: {}, y: {set: {05_stage: {margin_offset: log}}}}\n",
     r"variants.y.set.05_stage.margin_offset: 'log' is not one of paper, released, none"),
    ("pipeline: [05_stage]\nvariants: {full: {}}\nprofiles: {smoke: [nope]}\n", "unknown variant"),
    ("pipeline: [05_stage]\nvariants: {full: {colour: red}}\n", "variants.full: unknown keys colour"),
    ("pipeline: [05_stage\n", "not valid YAML"),
])
def test_bad_grids_are_one_line_errors(tmp_path, text, message) -> None:
    with pytest.raises(ConfigError, match=message):
        load_grid(_grid(tmp_path / "grid.yaml", text))


def test_undeclared_parameter_and_unknown_variant_fail_before_anything_runs(tmp_path, setup) -> None:
    profile, notebooks, results = setup
    grid = load_grid(_grid(tmp_path / "grid.yaml", GRID.replace("margin_offset: none", "margin_offsett: none")))
    with pytest.raises(ConfigError, match=r"notebook 05_stage does not declare parameter\(s\) \['margin_offsett'\] "
                                          r"\(set in variant 'mdpo_to_dpo'\)"):
        plan_ablation(grid, profile, grid.select("smoke"), notebooks, results)
    with pytest.raises(ConfigError, match="unknown variant"):
        grid.select("smoke", ["w/o everything"])
    assert not results.exists()


def test_cli_reports_a_bad_grid_in_one_line(tmp_path, capsys) -> None:
    code = main(["ablate", "--grid", str(_grid(tmp_path / "g.yaml", "pipeline: []\n")), "--profile", "smoke"])
    assert code == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize("profile", PROFILE_NAMES)
def test_the_shipped_grid_matches_the_notebooks(tmp_path, profile) -> None:
    grid = load_grid(REPO / "configs" / "ablations.yaml")
    plans = plan_ablation(grid, load_profile(profile, REPO / "configs"), list(grid.variants.values()),
                          REPO / "notebooks", tmp_path)
    assert set(plans) == set(grid.variants)
    paper = pd.read_csv(REPO / "results" / "paper" / "ablations.csv")
    assert {v.paper for v in grid.variants.values() if v.paper} <= set(paper["variant"])


def test_ablation_deltas_are_the_paired_differences_where_verdicts_were_saved(tmp_path) -> None:
    grid = load_grid(_grid(tmp_path / "grid.yaml", GRID))
    for name, correct in (("full", 35), ("mdpo_to_dpo", 37)):  # 11.67% and 12.33% of 300: rounded rates differ by 0.66
        folder = tmp_path / "ablations" / name / "evaluation"
        folder.mkdir(parents=True)
        pd.DataFrame({"level": ["all"], "questions": [300], "ex_pct": [round(100 * correct / 300, 2)],
                      "executes_pct": [50.0]}).to_csv(folder / "final_ex_by_level.csv", index=False)
        pd.DataFrame({"id": [str(i) for i in range(300)], "ex": [int(i < correct) for i in range(300)]}).to_csv(
            folder / "final_per_question.csv", index=False)
    table = ablation_table(grid, tmp_path).set_index("variant")
    assert table.loc["mdpo_to_dpo", "delta_pts"] == 0.67  # 2 of 300 questions, not 12.33 - 11.67
    assert table.loc["mdpo_to_dpo", "delta_ci_low"] <= 0.67 <= table.loc["mdpo_to_dpo", "delta_ci_high"]
    assert table.loc["mdpo_to_dpo", "p_value"] == 0.5  # exact McNemar: 2 discordant questions, both one way
    assert table.loc["full", "delta_pts"] == 0.0
