"""The prepared GPU check (scripts/gpu_check.py) run end to end on CPU at tiny size, and the table the kit reads
from its JSON beside the cpu profile's training runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from cli_process import REPO, learnat_env

from learnat_core.errors import DataError
from learnat_core.studies.training_runs import THROUGHPUT_COLUMNS, throughput_table

CPU_RUNS = [REPO / "results" / "cpu" / "training" / name for name in ("sft_runs.csv", "mdpo_paper_run.csv")]
ARCHITECTURES = ("qwen2.5-coder-0.5b", "qwen2.5-coder-7b")


@pytest.mark.slow
def test_the_check_runs_on_cpu_at_tiny_size_and_the_kit_reads_its_json(tmp_path: Path) -> None:
    out = tmp_path / "gpu_check.json"
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "gpu_check.py"), "--tiny", "--out", str(out)],
                            cwd=tmp_path, env={**learnat_env(), "TMPDIR": str(tmp_path)}, capture_output=True,
                            text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines()[-1] == str(out)  # after the trainers' logs and one line per run
    report = json.loads(out.read_text())
    assert report["tiny"] is True and report["vllm"]["status"].startswith("skipped")
    assert report["data"]["sft_records"] > 0 and report["data"]["pairs"] > 0
    runs = report["runs"]
    assert [(run["architecture"], run["stage"]) for run in runs] == [
        (name, stage) for name in ARCHITECTURES for stage in ("sft", "mdpo-paper")]
    assert all(run["steps"] == 2 and run["tokens"] > 0 and run["tokens_per_second"] > 0 for run in runs)
    assert runs[2]["parameters"] > runs[0]["parameters"]  # the 7B shape does not tie its embeddings
    assert not list(tmp_path.glob("learnat-gpu-check-*"))  # the scratch folder is removed

    table = throughput_table(out, CPU_RUNS)
    assert list(table.columns) == THROUGHPUT_COLUMNS
    assert table["run"].tolist()[:4] == [f"{name} (tiny)" for name in ARCHITECTURES for _ in range(2)]
    assert table["source"].tolist()[4:] == ["cpu profile"] * 3


def test_throughput_table_puts_the_check_beside_the_cpu_runs(tmp_path: Path) -> None:
    run = {"architecture": "qwen2.5-coder-7b", "stage": "sft", "precision": "bf16", "steps": 4,
           "tokens_per_second": 9000.0, "peak_gpu_mb": 31000.0, "peak_rss_mb": 20000.0}
    report = {"date": "2027-01-05T10:00:00+00:00", "device": "NVIDIA H200", "tiny": False, "runs": [run]}
    path = tmp_path / "gpu_check.json"
    path.write_text(json.dumps(report))
    table = throughput_table(path, CPU_RUNS[:1])
    first = table.iloc[0].to_dict()
    assert first == {"source": "gpu check 2027-01-05", "device": "NVIDIA H200", "run": "qwen2.5-coder-7b",
                     **{key: run[key] for key in THROUGHPUT_COLUMNS[3:]}}
    assert table["run"].tolist()[1:] == ["sft_decomposition", "direct_sft"]
    assert table["tokens_per_second"].tolist()[1:] == pd.read_csv(CPU_RUNS[0])["tokens_per_second"].tolist()


def test_a_file_that_is_not_a_check_report_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"runs": []}))
    with pytest.raises(DataError, match="not a GPU check report"):
        throughput_table(path)
