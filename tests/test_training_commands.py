"""``learnat train``: bad run files fail with exit 2 and a one-line message before any training; a tiny SFT run
and an MDPO run on its model work; the shipped example run files are valid."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from learnat_core.cli import main
from learnat_core.llm.models import tiny_model_path
from learnat_core.training.data import PreferencePair, SFTRecord, write_records
from learnat_core.training.launch import load_run
from learnat_core.training.run import torch_threads

pytestmark = pytest.mark.slow  # trains models: `pytest -m "not slow"` skips it for a quick loop


REPO = Path(__file__).resolve().parents[1]
PROMPT = ({"role": "system", "content": "Answer with one SQLite query."},
          {"role": "user", "content": "How many singers do we have?"})


@pytest.fixture(autouse=True, scope="module")
def tiny(tmp_path_factory) -> Iterator[Path]:
    with torch_threads(1):
        yield tiny_model_path(tmp_path_factory.getbasetemp() / "llm-cache")


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("data")
    records = [SFTRecord(str(i), "concert_singer", "ast-rules", (*PROMPT, {"role": "assistant", "content": sql}))
               for i, sql in enumerate(["SELECT count(*) FROM singer", "SELECT name FROM singer"])]
    pairs = [PreferencePair(str(i), "concert_singer", "ast-rules", 0, PROMPT, "", "SELECT count(*) FROM singer",
                            "SELECT name FROM stadium", 1.0, 0.2, 0.8, "invalid", True, True) for i in range(2)]
    return {"sft": write_records(folder / "sft.jsonl", records), "pairs": write_records(folder / "pairs.jsonl", pairs)}


def printed_result(out: str) -> dict:
    """The TrainResult JSON the command prints last (the trainer may print its log lines before it)."""
    lines = out.splitlines()
    return json.loads("\n".join(lines[len(lines) - 1 - lines[::-1].index("{"):]))


def run_file(path: Path, **settings) -> Path:
    path.write_text(yaml.safe_dump(settings), encoding="utf-8")
    return path


def sft_settings(tiny: Path, data: dict, output: Path, **changes) -> dict:
    return {"train_file": str(data["sft"]), "model": str(tiny), "output_dir": str(output), "max_steps": 1,
            "batch_size": 2, "max_length": 128, "learning_rate": 1e-3, "progress": False, **changes}


@pytest.mark.parametrize(("content", "message"), [
    ("model: [unclosed", "not valid YAML"),
    ("- a list\n- of settings\n", "expected a mapping"),
])
def test_malformed_run_file_exits_2(tmp_path, capsys, content, message):
    path = tmp_path / "run.yaml"
    path.write_text(content, encoding="utf-8")
    assert main(["train", "--stage", "sft", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("learnat train: error:") and message in err and len(err.strip().splitlines()) == 1


def test_unknown_or_missing_keys_exit_2_naming_them(tiny, data, tmp_path, capsys):
    path = run_file(tmp_path / "run.yaml", **sft_settings(tiny, data, tmp_path / "out", learning_rat=1e-3))
    assert main(["train", "--stage", "sft", "--config", str(path)]) == 2
    assert "unknown keys learning_rat" in capsys.readouterr().err
    settings = sft_settings(tiny, data, tmp_path / "out")
    del settings["train_file"]
    assert main(["train", "--stage", "sft", "--config", str(run_file(tmp_path / "run.yaml", **settings))]) == 2
    assert "missing train_file" in capsys.readouterr().err
    assert main(["train", "--stage", "mdpo", "--config", str(run_file(tmp_path / "run.yaml", output_dir="x",
                                                                       pairs_file="p.jsonl"))]) == 2
    assert "missing sft_model_dir" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(("changes", "message"), [
    ({"learning_rate": -1}, "must be positive"),
    ({"bf16": "maybe"}, "bf16 must be one of"),
    ({"train_file": "absent.jsonl"}, "missing"),
    ({"max_length": 10**6}, "exceeds the context"),
])
def test_bad_values_and_data_fail_before_training(tiny, data, tmp_path, capsys, changes, message):
    path = run_file(tmp_path / "run.yaml", **sft_settings(tiny, data, tmp_path / "out", **changes))
    assert main(["train", "--stage", "sft", "--config", str(path)]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out" / "checkpoints").exists()


def test_empty_data_file_exits_2(tiny, data, tmp_path, capsys):
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    path = run_file(tmp_path / "run.yaml", **sft_settings(tiny, data, tmp_path / "out",
                                                          train_file=str(tmp_path / "empty.jsonl")))
    assert main(["train", "--stage", "sft", "--config", str(path)]) == 2
    assert "holds no records" in capsys.readouterr().err


def test_tiny_sft_then_mdpo_from_the_command_line(tiny, data, tmp_path, capsys):
    sft = run_file(tmp_path / "sft.yaml", **sft_settings(tiny, data, tmp_path / "sft"))
    assert main(["train", "--stage", "sft", "--config", str(sft)]) == 0
    result = printed_result(capsys.readouterr().out)
    assert result["stage"] == "sft" and result["global_step"] == 1 and result["examples"] == 2
    assert (Path(result["model_dir"]) / "config.json").is_file()
    mdpo = run_file(tmp_path / "mdpo.yaml", pairs_file=str(data["pairs"]), sft_model_dir=result["model_dir"],
                    output_dir=str(tmp_path / "mdpo"), offset="released", max_steps=1, batch_size=2, max_length=128,
                    max_prompt_length=64, lora=False, progress=False)
    assert main(["train", "--stage", "mdpo", "--config", str(mdpo)]) == 0
    result = printed_result(capsys.readouterr().out)
    assert result["stage"] == "mdpo-released" and result["global_step"] == 1 and result["examples"] == 2
    assert (Path(result["model_dir"]) / "config.json").is_file()


@pytest.mark.parametrize("name", ["cpu_sft", "cpu_mdpo", "full_sft", "full_mdpo"])
def test_shipped_run_files_are_valid(name):
    stage = "sft" if name.endswith("sft") else "mdpo"
    config, data = load_run(stage, REPO / "configs" / "training" / f"{name}.yaml")
    assert set(data) == ({"train_file"} if stage == "sft" else {"pairs_file", "sft_model_dir"})
    assert config.lora is name.startswith("full_sft")
    text = (REPO / "configs" / "training" / f"{name}.yaml").read_text(encoding="utf-8")
    assert f"--stage {stage}" in text and f"configs/training/{name}.yaml" in text


def test_the_readme_command_stops_on_its_placeholder_before_converting_a_model(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LEARNAT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(REPO)
    code = main(["train", "--stage", "sft", "--config", "configs/training/cpu_sft.yaml"])
    assert code == 2 and "synthesis-XXXXXXXXXXXX/sft.jsonl" in capsys.readouterr().err
    assert not (tmp_path / "cache").exists()  # SmolLM2 was not converted for a run that could not start
