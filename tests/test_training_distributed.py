"""SFT then MDPO on the tiny model in two real processes (``accelerate launch``, DDP over gloo on CPU), against the
same runs in one process with the same global batch: disjoint shards per rank, one writer, the same losses and
merged weights, and resumption of an interrupted two-process run. FSDP on CPU is refused with a reason.

Tolerances (fp32 throughout): the two runs compute the same sums in another order (each rank reduces half the
batch, gloo adds the halves) and pad each half to its own length, so they differ by float rounding only. Losses:
measured 2e-7 (SFT) and 2e-6 (MDPO) relative, bound 1e-5 and 1e-4. Weights are compared by how far the two
final models are apart relative to how far training moved them, ‖θ₂ − θ₁‖ / ‖θ₁ − θ₀‖: measured 2e-6 (SFT, LoRA
merged) and 7e-5 (MDPO, all parameters), bound 1e-4 and 1e-2. MDPO's bound is loose because Adam's first steps
are ±lr for any nonzero gradient, so a parameter whose gradient is rounding noise can step the other way in one
run (one such parameter gave a largest difference of 1.3e-4 = 1.3 lr); a wrong shard, or a lost or doubled
example, changes the update itself and gives a ratio near 1. Dropout is 0: masks are drawn per rank, so with
dropout the runs would agree in distribution only.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import torch
import yaml
from safetensors.torch import load_file

from learnat_core.llm.models import tiny_model_path
from learnat_core.training.data import PreferencePair, SFTRecord, write_records

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
WORKER = REPO / "tests" / "distributed_worker.py"
ACCELERATE = Path(sys.executable).with_name("accelerate")
STEPS = 4
SFT = {"max_steps": STEPS, "save_steps": 2, "learning_rate": 1e-2, "max_length": 128, "lora_dropout": 0.0}
MDPO = {"max_steps": STEPS, "save_steps": 2, "learning_rate": 1e-4, "max_length": 128, "max_prompt_length": 96,
        "lora": False}
GLOBAL_BATCH = 4
SYSCALLS = "openat,rename,renameat,renameat2,mkdir,mkdirat"
WRITE = re.compile(r'(openat)\(AT_FDCWD, "([^"]+)", [^)]*O_(?:WRONLY|RDWR|CREAT)|(mkdir)\("([^"]+)"'
                   r'|(rename\w*)\((?:AT_FDCWD, )?"[^"]+", (?:AT_FDCWD, )?"([^"]+)"')


def launch(tmp: Path, name: str, stage: str, data: dict, settings: dict, processes: int,
           stop_after: int | None = None, config_file: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``stage`` as ``name`` through the observed launcher in ``processes`` processes (traced with strace
    per rank when there are two and strace exists); its records land in ``tmp/name.record``."""
    run = {**data, **settings, "output_dir": str(tmp / name), "log_dir": str(tmp / name / "logs"),
           "per_device_train_batch_size": GLOBAL_BATCH // processes, "logging_steps": 1, "disable_tqdm": True,
           "bf16": "off", "cpu_threads": 1}
    config = tmp / f"{name}.yaml"
    config.write_text(yaml.safe_dump(run))
    worker = [str(WORKER), "--record", str(tmp / f"{name}.record"), "--stage", stage, "--config", str(config),
              *(["--stop-after", str(stop_after)] if stop_after else [])]
    if processes == 1:
        command = [sys.executable, *worker]
    else:
        trace = ["strace", "-f", "-qq", "-e", f"trace={SYSCALLS}", "-o", f"{tmp}/{name}.trace.$RANK"]
        command = [str(ACCELERATE), "launch", "--config_file", str(config_file or REPO / "configs/accelerate/cpu_ddp.yaml"),
                   "--num_processes", str(processes), "--no_python", "sh", "-c",
                   f'exec {" ".join(trace) if shutil.which("strace") else ""} "$@"', "sh", sys.executable, *worker]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
           "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)


def checked(done: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> Path:
    """The launches every test below reads: SFT and MDPO in 1 process, SFT in 2 stopped after step 2 and
    resumed, MDPO in 2 from that SFT model."""
    tmp = tmp_path_factory.mktemp("distributed")
    tiny = tiny_model_path(tmp_path_factory.getbasetemp() / "llm-cache")
    write_records(tmp / "sft.jsonl", [
        SFTRecord(str(i), "db", "ast-rules", ({"role": "user", "content": f"How many rows does table t{i} hold?"},
                                              {"role": "assistant", "content": f"SELECT count(*) FROM t{i} WHERE x > {i}"}))
        for i in range(16)])
    prompt = ({"role": "system", "content": "You write SQL."}, {"role": "user", "content": "Which singers are over 30?"})
    write_records(tmp / "pairs.jsonl", [
        PreferencePair(str(i), "concert_singer", "llm:test", 1, prompt, "Step one\n",
                       f"SELECT name FROM singer WHERE age > {30 + i}", f"SELECT count(*) FROM concert WHERE year = {2010 + i}",
                       0.25 + 0.1 * i, 0.25, 0.1 * i, "invalid", chosen_final=i % 2 == 0)
        for i in range(8)])
    sft_data = {"train_file": str(tmp / "sft.jsonl"), "model": str(tiny)}
    checked(launch(tmp, "sft1", "sft", sft_data, SFT, 1))
    stopped = launch(tmp, "sft2", "sft", sft_data, SFT, 2, stop_after=2)
    assert stopped.returncode != 0 and "stopped after the checkpoint of step 2" in stopped.stderr
    (tmp / "sft2.stopped").write_text(json.dumps(sorted(p.name for p in (tmp / "sft2").iterdir())))
    shutil.move(tmp / "sft2.record", tmp / "sft2.first.record")
    checked(launch(tmp, "sft2", "sft", sft_data, SFT, 2))
    for processes in (1, 2):
        data = {"pairs_file": str(tmp / "pairs.jsonl"), "sft_model_dir": str(tmp / f"sft{processes}" / "merged")}
        checked(launch(tmp, f"mdpo{processes}", "mdpo", data, MDPO, processes))
    return tmp


def batches(record: Path) -> dict[int, list[list[Counter]]]:
    """Per step, per rank, the sequences the rank fed its model (as a multiset of token tuples)."""
    ranks = [json.loads(path.read_text()) for path in sorted(record.glob("batches.*.json"))]
    return {int(step): [Counter(map(tuple, rank[step])) for rank in ranks] for step in ranks[0]}


def losses(log: Path) -> dict[int, float]:
    rows = [line.split(",") for line in log.read_text().splitlines()]
    header = rows[0]
    return {int(row[header.index("step")]): float(row[header.index("loss")]) for row in rows[1:]}


def weights(folder: Path) -> torch.Tensor:
    tensors = load_file(folder / "model.safetensors")
    return torch.cat([tensors[key].flatten() for key in sorted(tensors)])


def relative_difference(one: Path, two: Path, start: Path) -> float:
    """‖θ₂ − θ₁‖ / ‖θ₁ − θ₀‖ of the merged models of runs ``one`` and ``two`` that started from ``start``."""
    first, second = weights(one / "merged"), weights(two / "merged")
    return ((second - first).norm() / (first - weights(start)).norm()).item()


@pytest.mark.parametrize("stage", ["sft", "mdpo"])
def test_each_rank_reads_a_disjoint_half_of_the_global_batch(runs, stage):
    single = batches(runs / f"{stage}1.record")
    double = batches(runs / f"{stage}2.record")
    if stage == "sft":  # steps 1-2 ran in the stopped launch, 3-4 in the resumed one
        double |= batches(runs / "sft2.first.record")
    assert sorted(single) == sorted(double) == list(range(1, STEPS + 1))
    forwards = 1 if stage == "sft" else 2  # DPO feeds chosen and rejected of each pair
    for step, (whole,) in single.items():
        first, second = double[step]
        assert not first & second  # disjoint shards
        assert first + second == whole  # together the 1-process batch of that step
        assert first.total() == second.total() == GLOBAL_BATCH // 2 * forwards


@pytest.mark.parametrize(("stage", "loss_tolerance", "weight_tolerance"), [("sft", 1e-5, 1e-4), ("mdpo", 1e-4, 1e-2)])
def test_two_processes_match_one_with_the_same_global_batch(runs, stage, loss_tolerance, weight_tolerance):
    stem = "sft" if stage == "sft" else "mdpo-paper"
    single, double = losses(runs / f"{stage}1" / "logs" / f"{stem}.csv"), losses(runs / f"{stage}2" / "logs" / f"{stem}.csv")
    assert sorted(double) == list(range(1, STEPS + 1))  # each step logged once, by one writer
    assert double == pytest.approx(single, rel=loss_tolerance)
    start = tiny_model_path(runs.parent / "llm-cache") if stage == "sft" else runs / "sft1" / "merged"
    assert relative_difference(runs / f"{stage}1", runs / f"{stage}2", start) <= weight_tolerance
    result = json.loads((runs / f"{stage}2" / "train_result.json").read_text())
    assert result["global_step"] == STEPS and result["examples"] == (16 if stage == "sft" else 8)


def test_an_interrupted_two_process_run_resumes_from_its_checkpoint(runs):
    assert json.loads((runs / "sft2.stopped").read_text()) == ["checkpoints", "logs", "run.json"]  # no model yet
    result = json.loads((runs / "sft2" / "train_result.json").read_text())
    assert (result["resumed_from_step"], result["global_step"]) == (2, STEPS)
    assert sorted((runs / "sft2" / "checkpoints" / "checkpoint-2").glob("rng_state_*.pth"))  # one per rank
    # the uninterrupted reference is the 1-process run, which the resumed one matches step by step
    assert losses(runs / "sft2" / "logs" / "sft.csv") == pytest.approx(losses(runs / "sft1" / "logs" / "sft.csv"),
                                                                        rel=1e-5)


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace to see which process writes what")
@pytest.mark.parametrize("name", ["sft2", "mdpo2"])
def test_only_rank_zero_writes_logs_checkpoints_and_the_model(runs, name):
    output = runs / name
    written = {}
    for rank in (0, 1):
        text = (runs / f"{name}.trace.{rank}").read_text()
        paths = {next(group for group in match.groups()[1::2] if group) for match in WRITE.finditer(text)}
        written[rank] = {Path(path).relative_to(output) for path in paths if Path(path).is_relative_to(output)}
    # rank 1 saves its own RNG state into each checkpoint (and may be first to create that folder) and, in MDPO,
    # dataset map caches of its own beside rank 0's in the shared train dataset; nothing else
    assert all(path.name == "rng_state_1.pth" or re.fullmatch(r"checkpoints/checkpoint-\d+", str(path))
               or path.parts[:2] == ("checkpoints", "train-dataset") and path.name != "state.json"
               for path in written[1]), sorted(map(str, written[1]))
    assert {Path("logs/sft.csv" if name == "sft2" else "logs/mdpo-paper.csv"), Path("train_result.json"),
            Path("run.json")} <= written[0]
    assert any(path.parts[0] in {"merged", ".merged.partial"} for path in written[0])
    assert any(path.name == "optimizer.pt" for path in written[0])


def test_fsdp_on_cpu_is_refused_with_the_reason(runs):
    data = {"train_file": str(runs / "sft.jsonl"), "model": str(runs / "sft1" / "merged")}
    done = launch(runs, "fsdp", "sft", data, SFT, 2, config_file=REPO / "configs" / "accelerate" / "fsdp.yaml")
    assert done.returncode != 0
    assert "asks for FSDP but accelerate set up MULTI_CPU here" in done.stderr
    assert not list((runs / "fsdp").glob("checkpoints/checkpoint-*")) and not (runs / "fsdp" / "merged").exists()
