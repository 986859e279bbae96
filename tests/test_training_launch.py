"""The launcher (a YAML run file, one entry point for CPU and accelerate) and the accelerate configs of the
``full`` profile."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch
import yaml

from learnat_core.errors import ConfigError
from learnat_core.llm.models import tiny_model_path
from learnat_core.training.data import SFTRecord, write_records
from learnat_core.training.launch import load_run, main
from learnat_core.training.mdpo import MDPORunConfig
from learnat_core.training.sft import SFTRunConfig


ACCELERATE_CONFIGS = Path(__file__).resolve().parents[1] / "configs" / "accelerate"


def write_yaml(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data))
    return path


def test_a_run_file_becomes_the_stage_config_and_its_data(tmp_path):
    path = write_yaml(tmp_path / "mdpo.yaml", {"pairs_file": "p.jsonl", "sft_model_dir": "sft/merged",
                                               "output_dir": "runs/mdpo", "margin_offset": "released", "beta": 0.2,
                                               "lora_target_modules": ["q_proj", "v_proj"]})
    config, data = load_run("mdpo", path)
    assert config == MDPORunConfig(output_dir="runs/mdpo", margin_offset="released", beta=0.2,
                                   lora_target_modules=["q_proj", "v_proj"])
    assert data == {"pairs_file": "p.jsonl", "sft_model_dir": "sft/merged"}
    with pytest.raises(ConfigError, match="cannot read"):
        load_run("sft", tmp_path / "missing.yaml")
    with pytest.raises(ConfigError, match="unknown stage"):
        load_run("rl", path)


def test_trl_fields_pass_through_typed_and_flags_override_the_file(tmp_path):
    path = tmp_path / "sft.yaml"  # YAML 1.1 reads 1e-4 (no dot) as a string: the parser converts it by field type
    path.write_text("train_file: s.jsonl\noutput_dir: o\nlearning_rate: 1e-4\nreport_to: wandb\nweight_decay: 0.01\n"
                    "warmup_steps: 3\nlr_scheduler_kwargs: {num_cycles: 2}\n")
    config, data = load_run("sft", path)
    assert config.learning_rate == 1e-4 and isinstance(config.learning_rate, float)
    assert config.report_to == ["wandb"] and config.weight_decay == 0.01 and config.warmup_steps == 3
    assert config.lr_scheduler_kwargs == {"num_cycles": 2} and data == {"train_file": "s.jsonl"}
    config, data = load_run("sft", path, ["--learning_rate", "3e-4", "--report_to", "none", "--max_steps", "1",
                                          "--no_lora", "--train_file", "other.jsonl", "--bf16", "false"])
    assert (config.learning_rate, config.report_to, config.max_steps, config.lora) == (3e-4, [], 1, False)
    assert config.bf16 is False and data == {"train_file": "other.jsonl"}
    with pytest.raises(ConfigError, match="unknown flags --learning_rat 1"):
        load_run("sft", path, ["--learning_rat", "1"])
    with pytest.raises(ConfigError, match="invalid float value: 'x'"):
        load_run("sft", path, ["--learning_rate", "x"])


def test_help_lists_every_field_with_its_help(capsys):
    assert main(["--stage", "mdpo", "--help"]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    for flag, text in [("--report_to", "integrations to report"), ("--margin_offset", "Offset subtracted from β·h"),
                       ("--bf16", "bf16 mixed precision wherever"), ("--pairs_file", "preference pairs"),
                       ("--learning_rate", "(default: 5e-06)"), ("--max_prompt_length", "Longest prompt")]:
        assert flag in shown and text in shown


@pytest.mark.parametrize(("content", "message"), [
    ({"train_file": "s.jsonl", "output_dir": "o", "learning_rat": 1e-4}, "unknown keys learning_rat"),
    ({"output_dir": "o"}, "required: --train_file"),
    ({"train_file": "s.jsonl"}, "output_dir"),
    ({"train_file": "s.jsonl", "output_dir": "o", "bf16": "maybe"}, "bf16 must be one of"),
    ("- a list", "expected a mapping"),
    ("key: [unclosed", "not valid YAML"),
])
def test_bad_run_files_are_config_errors(tmp_path, content, message):
    path = tmp_path / "run.yaml"
    path.write_text(content if isinstance(content, str) else yaml.safe_dump(content))
    with pytest.raises(ConfigError, match=message):
        load_run("sft", path)


def test_main_trains_the_stage_and_prints_its_result(tmp_path, tmp_path_factory, capsys):
    tiny = tiny_model_path(tmp_path_factory.getbasetemp() / "llm-cache")
    records = [SFTRecord(str(i), "db", "ast-rules", ({"role": "user", "content": f"How many rows in t{i}?"},
                                                     {"role": "assistant", "content": f"SELECT count(*) FROM t{i}"}))
               for i in range(4)]
    write_records(tmp_path / "sft.jsonl", records)
    path = write_yaml(tmp_path / "sft.yaml", {"train_file": str(tmp_path / "sft.jsonl"), "model": str(tiny),
                                              "output_dir": str(tmp_path / "run"), "max_steps": 1,
                                              "per_device_train_batch_size": 4, "disable_tqdm": True, "cpu_threads": 1})
    before = torch.get_num_threads()
    assert main(["--stage", "sft", "--config", str(path)]) == 0
    assert torch.get_num_threads() == before
    lines = capsys.readouterr().out.splitlines()  # the trainer prints its own logs first
    printed = json.loads("\n".join(lines[max(i for i, line in enumerate(lines) if line == "{"):]))
    assert printed["stage"] == "sft" and printed["global_step"] == 1 and printed["examples"] == 4
    assert Path(printed["model_dir"]).is_dir()

    (tmp_path / "sft.jsonl").write_text("not json\n")
    assert main(["--stage", "sft", "--config", str(path)]) == 2
    assert "sft.jsonl:1: not valid JSON" in capsys.readouterr().err


def test_the_module_runs_as_a_script():
    done = subprocess.run([sys.executable, "-m", "learnat_core.training.launch", "--help"],
                          capture_output=True, text=True, check=True)
    assert "--stage {mdpo,sft}" in done.stdout and "--config" in done.stdout


@pytest.mark.parametrize(("name", "kind", "section"), [("deepspeed_zero3.yaml", "DEEPSPEED", "deepspeed_config"),
                                                       ("fsdp.yaml", "FSDP", "fsdp_config")])
def test_accelerate_configs_follow_accelerates_schema(name, kind, section):
    from accelerate.commands.config.config_args import ClusterConfig
    from accelerate.commands.launch import launch_command_parser

    path = ACCELERATE_CONFIGS / name
    config = ClusterConfig.from_yaml_file(str(path))  # rejects unknown top-level keys
    assert config.distributed_type.name == kind and config.mixed_precision == "bf16"
    assert config.num_processes == 8 and not config.use_cpu
    launch_options = {action.dest for action in launch_command_parser()._actions}
    plugin = yaml.safe_load(path.read_text())[section]
    assert plugin and set(plugin) <= launch_options  # accelerate launch reads each key as its option
    if kind == "DEEPSPEED":
        assert plugin["zero_stage"] == 3 and plugin["zero3_save_16bit_model"] is True
    else:
        assert plugin["fsdp_state_dict_type"] == "FULL_STATE_DICT"  # merged/ must be a plain folder


def test_sft_defaults_follow_the_cpu_run():
    config = SFTRunConfig(output_dir="o")
    assert (config.learning_rate, config.per_device_train_batch_size, config.max_length) == (2e-4, 8, 384)
    assert config.train_sampling_strategy == "group_by_length" and config.completion_only_loss and config.lora
    assert not config.activation_checkpointing and config.optim == "adamw_torch" and config.seed == 0


def test_the_cpu_ddp_config_follows_accelerates_schema():
    from accelerate.commands.config.config_args import ClusterConfig

    config = ClusterConfig.from_yaml_file(str(ACCELERATE_CONFIGS / "cpu_ddp.yaml"))
    # accelerate's --cpu path needs MPI for several processes; its torchrun path gives DDP over gloo on CPU
    assert config.distributed_type.name == "MULTI_GPU" and config.mixed_precision == "no"
    assert config.num_processes == 2 and config.num_machines == 1
