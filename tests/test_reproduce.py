"""The profile loader and the papermill runner, on small real notebooks made in a temp folder."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import nbformat
import pytest

from learnat_core.cli import main
from learnat_core.errors import ConfigError
from learnat_core.llm.models import model_identity
from learnat_core.orchestration.profiles import PROFILE_NAMES, load_profile, notebook_parameters
from learnat_core.orchestration.reproduce import model_identities, plan_runs, run_notebooks
from learnat_core.orchestration.run_manifest import git_commit

pytestmark = pytest.mark.slow  # runs the notebooks: `pytest -m "not slow"` skips it for a quick loop


REPO = Path(__file__).resolve().parents[1]


def _notebook(path: Path, parameters: str, body: str) -> Path:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell(parameters)
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell, nbformat.v4.new_code_cell(body)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    nbformat.write(nb, path)
    return path


@pytest.fixture
def kit(tmp_path: Path) -> dict[str, Path]:
    notebooks, configs = tmp_path / "notebooks", tmp_path / "configs"
    notebooks.mkdir()
    configs.mkdir()
    _notebook(notebooks / "01_first.ipynb", "profile = 'x'\noutput_dir = ''\nsize = 1",
              "from pathlib import Path\nPath(output_dir, 'first.txt').write_text(str(size * 2))")
    (configs / "smoke.yaml").write_text("profile: smoke\ncommon: {}\nnotebooks:\n  01_first: {size: 21}\n")
    return {"notebooks": notebooks, "configs": configs, "results": tmp_path / "results"}


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_shipped_profiles_load_and_match_shipped_notebooks(name: str) -> None:
    profile = load_profile(name, REPO / "configs")
    runs = plan_runs(profile, REPO / "notebooks", REPO / "results")
    assert [r.name for r in runs] == sorted(profile.notebooks)
    assert all(r.parameters["profile"] == name for r in runs)
    assert {r.parameters["output_dir"] for r in runs} == {str((REPO / "results" / name).resolve())}


@pytest.mark.parametrize("notebook", sorted((REPO / "notebooks").glob("[0-9][0-9]_*.ipynb")), ids=lambda p: p.stem)
def test_a_notebook_run_by_hand_uses_the_kit_kernel_and_writes_to_scratch(notebook: Path) -> None:
    import papermill

    assert json.loads(notebook.read_text())["metadata"]["kernelspec"]["name"] == "learnat"
    assert papermill.inspect_notebook(str(notebook))["output_dir"]["default"] == '"../results/scratch"'


def test_notebook_parameters_are_its_defaults_then_the_profile(kit: dict[str, Path]) -> None:
    profile = load_profile("smoke", kit["configs"])
    assert notebook_parameters(profile, "01_first", kit["notebooks"]) == {"profile": "smoke", "output_dir": "",
                                                                         "size": 21}
    _notebook(kit["notebooks"] / "02_second.ipynb", "profile = 'x'\nlimit = None\nnames = ['a', 'b']", "pass")
    assert notebook_parameters(profile, "02_second", kit["notebooks"]) == {"profile": "smoke", "limit": None,
                                                                          "names": ["a", "b"]}
    with pytest.raises(ConfigError, match="03_third.ipynb not found"):
        notebook_parameters(profile, "03_third", kit["notebooks"])
    _notebook(kit["notebooks"] / "04_fourth.ipynb", "profile = 'x'\nwhen = len('ab')", "pass")
    with pytest.raises(ConfigError, match="not a literal"):
        notebook_parameters(profile, "04_fourth", kit["notebooks"])


def test_unknown_profile_and_bad_yaml_are_config_errors(kit: dict[str, Path]) -> None:
    with pytest.raises(ConfigError, match="unknown profile 'tiny'"):
        load_profile("tiny", kit["configs"])
    (kit["configs"] / "cpu.yaml").write_text("profile: cpu\nbogus: 1\n")
    with pytest.raises(ConfigError, match="unknown keys bogus"):
        load_profile("cpu", kit["configs"])


def test_runner_executes_then_resume_skips(kit: dict[str, Path]) -> None:
    runs = plan_runs(load_profile("smoke", kit["configs"]), kit["notebooks"], kit["results"])
    first = run_notebooks(runs)
    assert first[0]["status"] == "ok"
    assert (kit["results"] / "smoke" / "first.txt").read_text() == "42"
    manifest = json.loads((kit["results"] / "smoke" / "manifest.json").read_text())
    assert manifest["profile"] == "smoke" and manifest["packages"]["papermill"]
    first = manifest["notebooks"][0]
    assert first["notebook"] == "01_first" and first["status"] == "ok" and first["seconds"] > 0
    assert run_notebooks(runs, resume=True)[0]["status"] == "skipped (done)"
    again = json.loads((kit["results"] / "smoke" / "manifest.json").read_text())
    assert again["notebooks"] == [first]  # a resumed run keeps the record of the notebook it skipped
    stale = {"notebook": "01_first", "status": "ok", "seconds": 999.0, "finished": None}
    other = {"notebook": "00_other", "status": "ok", "seconds": 5.0, "finished": None}
    (kit["results"] / "smoke" / "manifest.json").write_text(json.dumps({**again, "notebooks": [other, stale]}))
    run_notebooks(runs)
    entries = json.loads((kit["results"] / "smoke" / "manifest.json").read_text())["notebooks"]
    assert entries[0] == other and entries[1]["seconds"] != 999.0  # a rerun notebook's old entry is replaced


def test_stderr_progress_goes_to_the_log_and_stdout_stays_in_the_notebook(kit: dict[str, Path]) -> None:
    _notebook(kit["notebooks"] / "02_noisy.ipynb", "profile = 'x'\noutput_dir = ''",
              "import warnings\nfrom tqdm import tqdm\nfor _ in tqdm(range(3), desc='work'):\n    pass\n"
              "warnings.warn('a library warning')\nprint('the result: 42')")
    (kit["configs"] / "smoke.yaml").write_text("profile: smoke\ncommon: {}\nnotebooks:\n  01_first: {}\n  02_noisy: {}\n")
    runs = plan_runs(load_profile("smoke", kit["configs"]), kit["notebooks"], kit["results"])
    run_notebooks([run for run in runs if run.name == "02_noisy"])
    executed = nbformat.read(kit["results"] / "smoke" / "notebooks" / "02_noisy.ipynb", as_version=4)
    outputs = [output for cell in executed.cells for output in cell.get("outputs", [])]
    assert [output.get("text") for output in outputs] == ["the result: 42\n"]
    log = (kit["results"] / "smoke" / "logs" / "02_noisy.log").read_text()
    assert "work: 100%" in log and "a library warning" in log and "the result" not in log


def test_the_executed_copy_and_the_manifest_name_no_machine_path(kit: dict[str, Path]) -> None:
    _notebook(kit["notebooks"] / "01_first.ipynb", "profile = 'x'\noutput_dir = ''\nsize = 1",
              "from pathlib import Path\nprint(Path(output_dir).resolve() / 'table.csv')")
    runs = plan_runs(load_profile("smoke", kit["configs"]), kit["notebooks"], kit["results"])
    run_notebooks(runs)
    executed = (kit["results"] / "smoke" / "notebooks" / "01_first.ipynb").read_text()
    root = str(kit["notebooks"].parent.resolve())
    assert root not in executed  # parameters, outputs and papermill's metadata alike
    printed = [o["text"] for c in nbformat.reads(executed, as_version=4).cells for o in c.get("outputs", [])]
    assert printed == ["../results/smoke/table.csv\n"]  # relative to notebooks/, where it ran: still a valid path
    manifest_text = (kit["results"] / "smoke" / "manifest.json").read_text()
    manifest = json.loads(manifest_text)
    assert manifest["parameters"]["01_first"]["output_dir"] == "." and "parameters.01_first.output_dir" in manifest[
        "relative_paths"]
    assert manifest["data_root"].startswith("bundled (") and root not in manifest_text


def test_manifest_names_every_model_the_parameters_use() -> None:
    assert model_identities([{"model": "tiny"}, {"base_model": "tiny", "model": None}]) == {
        "tiny": model_identity("tiny")}
    served = model_identities([{"model": "glm-4-plus", "backend": "openai", "base_url": "http://127.0.0.1:9/v1"}])
    assert served == {"glm-4-plus": {"model": "glm-4-plus", "served_by": "http://127.0.0.1:9/v1"}}


def test_commit_is_dirty_for_changed_code_but_not_for_regenerated_results(tmp_path: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=kit", "-c", "user.email=kit@example.org", *args], cwd=tmp_path,
                       check=True, capture_output=True)

    (tmp_path / "results" / "cpu").mkdir(parents=True)
    (tmp_path / "results" / "cpu" / "table.csv").write_text("ex\n1\n")
    (tmp_path / "code.py").write_text("x = 1\n")
    git("init", "-q")
    git("add", ".")
    git("commit", "-qm", "first")
    clean = git_commit(tmp_path)
    assert clean is not None and len(clean) == 40
    (tmp_path / "results" / "cpu" / "table.csv").write_text("ex\n2\n")  # a run rewrote its committed results
    assert git_commit(tmp_path) == clean
    (tmp_path / "code.py").write_text("x = 2\n")
    assert git_commit(tmp_path) == clean + "-dirty"


def test_undeclared_parameter_and_unknown_notebook_fail_before_running(kit: dict[str, Path]) -> None:
    (kit["configs"] / "cpu.yaml").write_text("profile: cpu\nnotebooks:\n  01_first: {sizes: 3}\n")
    with pytest.raises(ConfigError, match="does not declare parameter\\(s\\) \\['sizes'\\]"):
        plan_runs(load_profile("cpu", kit["configs"]), kit["notebooks"], kit["results"])
    with pytest.raises(ConfigError, match="unknown notebook"):
        plan_runs(load_profile("smoke", kit["configs"]), kit["notebooks"], kit["results"], only=["09"])
    assert not kit["results"].exists()


def test_results_folder_of_another_profile_is_refused(kit: dict[str, Path]) -> None:
    folder = kit["results"] / "smoke"
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text(json.dumps({"profile": "cpu"}))
    with pytest.raises(ConfigError, match="holds results of profile 'cpu'"):
        plan_runs(load_profile("smoke", kit["configs"]), kit["notebooks"], kit["results"])


def test_reproduce_resumes_by_default_and_overwrite_reruns(kit: dict[str, Path], capsys) -> None:
    argv = ["reproduce", "--profile", "smoke", "--config-dir", str(kit["configs"]),
            "--notebooks-dir", str(kit["notebooks"]), "--results-dir", str(kit["results"])]
    assert main(argv) == 0 and " ok " in capsys.readouterr().out
    assert main(argv) == 0 and "skipped (done)" in capsys.readouterr().out
    assert main([*argv, "--overwrite"]) == 0 and " ok " in capsys.readouterr().out


def test_failing_notebook_names_cell_and_exits_nonzero(kit: dict[str, Path], capsys) -> None:
    _notebook(kit["notebooks"] / "02_broken.ipynb", "profile = 'x'\noutput_dir = ''", "1 / 0")
    code = main(["reproduce", "--profile", "smoke", "--config-dir", str(kit["configs"]),
                 "--notebooks-dir", str(kit["notebooks"]), "--results-dir", str(kit["results"])])
    assert code == 2
    message = capsys.readouterr().err
    # papermill's injected-parameters cell runs first, so the failing cell is In [3] of the executed copy
    assert "notebook 02_broken failed in cell In [3]: ZeroDivisionError" in message
