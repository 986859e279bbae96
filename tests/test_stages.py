"""Stage folders are content-addressed and handoffs name the notebook to run first."""

from __future__ import annotations

import json
import threading
import time

import pytest

from learnat_core.errors import DataError
from learnat_core.orchestration.stages import claim_stage, has_handoff, read_handoff, runs_folder, stage_dir, stage_key, write_handoff


def test_same_settings_give_the_same_folder_and_others_a_new_one(tmp_path) -> None:
    first = stage_dir(tmp_path, "sft", {"lr": 2e-4, "steps": 40})
    again = stage_dir(tmp_path, "sft", {"steps": 40, "lr": 2e-4})  # key order does not matter
    other = stage_dir(tmp_path, "sft", {"lr": 2e-4, "steps": 41})
    assert first == again != other
    assert first.name.startswith("sft-") and first.is_dir()
    assert json.loads((first / "stage.json").read_text()) == {"stage": "sft", "settings": {"lr": 2e-4, "steps": 40}}
    assert stage_key({"a": 1}) != stage_key({"a": "1"})


def test_claim_stage_serialises_two_writers(tmp_path) -> None:
    order: list[str] = []

    def work(name: str) -> None:
        with claim_stage(tmp_path, "synthesis", {"k": 3}):
            order.append(f"{name} in")
            time.sleep(0.2)
            order.append(f"{name} out")

    threads = [threading.Thread(target=work, args=(name,)) for name in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert order[0].endswith("in") and order[1] == order[0].replace("in", "out")


def test_handoff_round_trip_and_a_clear_error_when_missing(tmp_path) -> None:
    assert not has_handoff(tmp_path, "sft")
    with pytest.raises(DataError, match="run notebook 04_sft with output_dir="):
        read_handoff(tmp_path, "sft", produced_by="04_sft")
    write_handoff(tmp_path, "sft", model_dir=tmp_path / "merged", mode="decomposition")
    assert has_handoff(tmp_path, "sft")
    assert read_handoff(tmp_path, "sft", produced_by="04_sft") == {"mode": "decomposition",
                                                                 "model_dir": str(tmp_path / "merged")}
    (tmp_path / "handoffs" / "sft.json").write_text("{torn")
    with pytest.raises(DataError, match="not valid JSON.*run notebook 04_sft again"):
        read_handoff(tmp_path, "sft", produced_by="04_sft")


def test_runs_folder_defaults_to_the_output_folder(tmp_path) -> None:
    assert runs_folder(tmp_path) == tmp_path / "runs"
    assert runs_folder(tmp_path, tmp_path / "shared") == tmp_path / "shared"


def test_a_handoff_stores_nearby_paths_relative_so_a_moved_results_folder_still_reads(tmp_path) -> None:
    profile, far = tmp_path / "repo" / "results" / "cpu", "/opt/models/qwen"
    variant = profile / "ablations" / "full"
    write_handoff(variant, "final", model_dir=profile / "runs" / "mdpo-1" / "merged", base_model=far,
                  inference={"demo_pool": str(profile / "runs" / "synthesis-2" / "pool.jsonl"), "demo_k": 1})
    text = (variant / "handoffs" / "final.json").read_text()
    assert str(tmp_path) not in text  # no machine path in the file
    stored = json.loads(text)
    assert stored["model_dir"] == "../../runs/mdpo-1/merged" and stored["base_model"] == far  # far away: kept as is
    assert sorted(stored["relative_paths"]) == ["inference.demo_pool", "model_dir"]
    moved = tmp_path / "elsewhere" / "cpu"
    (tmp_path / "elsewhere").mkdir()
    profile.rename(moved)  # a fresh clone, or the folder copied to another machine
    read = read_handoff(moved / "ablations" / "full", "final", produced_by="05_mdpo")
    assert read == {"model_dir": str(moved.resolve() / "runs" / "mdpo-1" / "merged"), "base_model": far,
                    "inference": {"demo_pool": str(moved.resolve() / "runs" / "synthesis-2" / "pool.jsonl"),
                                  "demo_k": 1}}
