"""Typed handoffs: each kind round-trips through its JSON file, paths come back absolute and stored relative, and a
missing, unknown, mistyped or null field is one DataError naming the file, the field and the notebook to rerun."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from learnat_core.errors import DataError
from learnat_core.inference import InferenceConfig
from learnat_core.orchestration import handoffs
from learnat_core.orchestration.handoffs import DirectSFTHandoff, FinalHandoff, SFTHandoff, SynthesisHandoff


def synthesis(out: Path) -> SynthesisHandoff:
    run = out / "runs" / "synthesis-abc"
    return SynthesisHandoff(run, run / "sft.jsonl", run / "pairs.jsonl", run / "pool.jsonl", "spider", "train",
                            None, 3, "ast-rules+noise0.3", "ast_mcts")


def test_every_kind_round_trips_with_its_paths_stored_relative(tmp_path):
    inference = InferenceConfig(mode="decomposition_adr", demo_k=1, demo_pool=str(tmp_path / "runs" / "pool.jsonl"))
    written = [synthesis(tmp_path),
               SFTHandoff(model_dir=tmp_path / "runs" / "sft-1" / "merged", mode="decomposition",
                          label="sft_decomposition", base_model="tiny", sft_data="decomposition",
                          inference=InferenceConfig(mode="decomposition")),
               DirectSFTHandoff(model_dir=tmp_path / "runs" / "sft-2" / "merged", mode="direct", label="direct_sft",
                                base_model="tiny", sft_data="direct", inference=None),
               FinalHandoff(model_dir=tmp_path / "runs" / "mdpo-1" / "merged", mode="decomposition_adr",
                            label="mdpo_paper", inference=inference, preference="step_margin", offset="paper",
                            init="sft")]
    for handoff in written:
        path = handoffs.write(tmp_path, handoff)
        assert path == tmp_path / "handoffs" / f"{handoff.NAME}.json"
        assert handoffs.present(tmp_path, type(handoff))
        assert handoffs.read(tmp_path, type(handoff)) == handoff
    stored = json.loads((tmp_path / "handoffs" / "final.json").read_text())
    assert stored["model_dir"] == "runs/mdpo-1/merged" and stored["inference"]["demo_pool"] == "runs/pool.jsonl"
    assert json.loads((tmp_path / "handoffs" / "sft.json").read_text())["inference"]["mode"] == "decomposition"
    assert not handoffs.present(tmp_path / "elsewhere", SFTHandoff)


def _stored(tmp_path: Path, **changes) -> None:
    handoffs.write(tmp_path, synthesis(tmp_path))
    path = tmp_path / "handoffs" / "synthesis.json"
    values = {**json.loads(path.read_text()), **changes}
    path.write_text(json.dumps({key: value for key, value in values.items() if value != "<drop>"}))


@pytest.mark.parametrize(("changes", "message"), [
    ({"seed": "<drop>"}, "lacks seed"),
    ({"rounds": 3}, "has unknown rounds"),
    ({"seed": "3"}, "field 'seed' should be int, got str '3'"),
    ({"seed": True}, "field 'seed' should be int, got bool"),
    ({"dataset": None}, "field 'dataset' is null"),
    ({"sft_file": 7}, "field 'sft_file' should be Path, got int 7"),
])
def test_a_bad_field_is_one_line_naming_the_file_and_the_notebook(tmp_path, changes, message):
    _stored(tmp_path, **changes)
    with pytest.raises(DataError, match=message) as error:
        handoffs.read(tmp_path, SynthesisHandoff)
    assert "synthesis.json" in str(error.value) and "run notebook 03_decomposition_synthesis again" in str(error.value)
    assert "\n" not in str(error.value)


def test_optional_fields_take_null_and_settings_are_checked(tmp_path):
    _stored(tmp_path, sample_size=None)
    assert handoffs.read(tmp_path, SynthesisHandoff).sample_size is None
    handoffs.write(tmp_path, FinalHandoff(model_dir=tmp_path / "m", mode="direct", label="x", inference=InferenceConfig(),
                                          preference="none", offset="paper", init="sft"))
    path = tmp_path / "handoffs" / "final.json"
    path.write_text(json.dumps({**json.loads(path.read_text()), "inference": {"mode": "telepathy"}}))
    with pytest.raises(DataError, match="field 'inference': not inference settings .*run notebook 05_mdpo again"):
        handoffs.read(tmp_path, FinalHandoff)
    path.write_text(json.dumps({**json.loads(path.read_text()), "inference": None}))
    with pytest.raises(DataError, match="field 'inference' is null"):
        handoffs.read(tmp_path, FinalHandoff)


def test_a_missing_handoff_names_the_notebook_that_writes_it(tmp_path):
    with pytest.raises(DataError, match="run notebook 04_sft with output_dir="):
        handoffs.read(tmp_path, DirectSFTHandoff)
