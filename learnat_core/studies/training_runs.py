"""Notebooks 04 and 05 (paper §4): the training stages inside shared stage folders, the data of their
baselines (Direct-SQL SFT, outcome-reward DPO), the curves and costs of the runs, and the scoring of a
trained model through the inference pipeline.

Training runs, derived data files and inference runs each live in ``stages.claim_stage`` folders under
``runs_dir``, keyed by everything that changes their product (model, settings, data content), so an
ablation variant that shares a stage with the full pipeline reuses it. The CSV logs are copied next to the
notebook's other outputs under the run's label.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from learnat_core.data import DataSplit, Example, load_schemas, locate
from learnat_core.errors import ConfigError, DataError
from learnat_core.evaluation import Pair, evaluate_pairs
from learnat_core.evaluation.statistics import COMPARISON_COLUMNS
from learnat_core.files import reject_unknown_keys
from learnat_core.inference import InferenceConfig
from learnat_core.llm import open_model
from learnat_core.orchestration import stages
from learnat_core.orchestration.handoffs import SFTHandoff, SynthesisHandoff
from learnat_core.orchestration.profiles import Profile, notebook_parameters
from learnat_core.paper_results import only_dpo_breakdown
from learnat_core.prompting.contract import TEMPLATE_FIELDS, write_prompt_settings
from learnat_core.prompting.output_parser import parse_decomposition
from learnat_core.studies.model_eval import evaluate_model, paired_comparisons
from learnat_core.synthesis import SynthesisConfig
from learnat_core.synthesis.pipeline import select_examples
from learnat_core.synthesis.questions import QuestionError, search_input
from learnat_core.training.data import (
    TrajectorySample,
    direct_sql_examples,
    outcome_pairs,
    read_preference_pairs,
    read_sft_records,
    write_records,
)
from learnat_core.training.mdpo import MDPORunConfig, train_mdpo
from learnat_core.training.run import RESUMABLE_CHANGES, RunConfig, TrainResult, file_sha256
from learnat_core.training.sft import SFTRunConfig, train_sft

SFT_METRICS = ("loss", "mean_token_accuracy")
MDPO_METRICS = ("loss", "rewards/chosen", "rewards/rejected", "rewards/margins", "rewards/offsets",
                "rewards/offset_accuracies")
# Run settings that do not change what a run trains (where it lives, how it logs, checkpoints or shows progress).
_NOT_PRODUCT = (RESUMABLE_CHANGES - {"num_train_epochs", "max_steps"}) | {"output_dir"}


def choose(name: str, value: str, allowed: Sequence[str]) -> str:
    """``value`` when it is one of ``allowed``; else a ConfigError naming the parameter and its choices."""
    if value not in allowed:
        raise ConfigError(f"{name} must be one of {', '.join(allowed)}; got {value!r}")
    return value


def synthesis_config(synthesis: SynthesisHandoff) -> SynthesisConfig:
    """The settings of the synthesis run behind a ``synthesis`` handoff (``<run_dir>/run.json``)."""
    path = synthesis.run_dir / "run.json"
    try:
        return SynthesisConfig.from_dict(json.loads(path.read_text(encoding="utf-8"))["config"])
    except (OSError, ValueError, KeyError, TypeError, ConfigError) as error:
        raise DataError(f"{path}: cannot read the synthesis settings ({error}); run notebook 03 again") from None


def prompt_settings(synthesis: SynthesisHandoff) -> dict[str, Any]:
    """The InferenceConfig prompt fields (prompt style, schema style, sample values, admin instructions,
    gold-schema filter) the training prompts were written with, so a trained model is asked the way it was taught."""
    return synthesis_config(synthesis).prompt_settings().template()


def direct_sft_file(synthesis: SynthesisHandoff, runs_dir: str | os.PathLike,
                    data_root: str | os.PathLike | None = None) -> Path:
    """The Direct-SQL SFT data of a synthesis run: the questions it searched (its seeded sample, solved or
    not) with the same prompt settings and schema text, answered by the gold SQL (``direct_sft_data``)."""
    split = locate(synthesis.dataset, synthesis.split, data_root)
    examples = select_examples(split, sample_size=synthesis.sample_size, seed=synthesis.seed)
    return direct_sft_data(examples, split, synthesis_config(synthesis), runs_dir, data_root)


def direct_sft_data(examples: Sequence[Example], split: DataSplit, config: SynthesisConfig,
                    runs_dir: str | os.PathLike, data_root: str | os.PathLike | None = None) -> Path:
    """Direct-SQL SFT data (question → gold SQL) for ``examples`` with ``config``'s prompt settings, written once
    into a ``direct-data`` stage folder. It needs no search result, so notebook 02 can train the Direct-SQL
    model before notebook 03 runs; a question whose schema text cannot be made (its gold query does not parse
    for the gold-schema filter) is left out, as the search leaves it out."""
    ids = hashlib.sha256("\n".join(sorted(f"{e.db_id}/{e.id}" for e in examples)).encode()).hexdigest()[:16]
    prompts = config.prompt_settings().template()
    settings = {"dataset": split.dataset, "split": split.split, "data_root": str(data_root), "questions": ids,
                "prompt": prompts}
    with stages.claim_stage(runs_dir, "direct-data", settings) as folder:
        target = folder / "direct_sft.jsonl"
        if not target.is_file():
            schemas, texts, kept = load_schemas(split), {}, []
            for example in examples:
                try:
                    texts[example.db_id, example.id] = search_input(example, split, schemas, config).state.schema_text
                except QuestionError:
                    continue
                kept.append(example)
            write_records(target, [direct_sql_examples([example], {example.db_id: texts[example.db_id, example.id]},
                                                       instructions=config.instructions,
                                                       prompt_style=config.prompt_style)[0] for example in kept])
        write_prompt_settings(folder, config.prompt_settings("direct"))
        return target


def profile_direct_sft(profile: Profile, runs_dir: str | os.PathLike,
                       data_root: str | os.PathLike | None = None) -> tuple[TrainResult, dict[str, Any]]:
    """The Direct-SQL SFT model that notebook 04 of ``profile`` trains as its baseline (notebook 04's training
    settings, notebook 03's questions and prompt settings), trained here or found done in its stage folder,
    and the prompt settings to ask it with."""
    synthesis = notebook_parameters(profile, "03_decomposition_synthesis")
    sft = notebook_parameters(profile, "04_sft")
    split = locate(synthesis["dataset"], synthesis["split"], data_root)
    examples = select_examples(split, sample_size=synthesis["sample_size"], seed=synthesis["seed"])
    config = SynthesisConfig(**{name: synthesis[name] for name in TEMPLATE_FIELDS if name in synthesis})
    data = direct_sft_data(examples, split, config, runs_dir, data_root)
    result = train_sft_stage(runs_dir, sft_run_config(sft), data)
    return result, config.prompt_settings().template()


def outcome_trajectories(synthesis: SynthesisHandoff, data_root: str | os.PathLike | None = None
                         ) -> list[TrajectorySample]:
    """Whole answers the synthesis left for each question (its successful trajectories, and every path that
    ends in a rejected step: prefix + that step), each labelled only by executing its final SQL against the
    gold query: the input of outcome-reward DPO (no step structure, no margin)."""
    records, pairs = read_sft_records(synthesis.sft_file), read_preference_pairs(synthesis.pairs_file)
    answers = [(r.question_id, r.db_id, tuple(r.messages[:-1]), r.messages[-1]["content"], r.proposer)
               for r in records]
    for pair in pairs:
        answers += [(pair.question_id, pair.db_id, pair.prompt_messages, pair.prefix + text, pair.proposer)
                    for text in (pair.chosen, pair.rejected)]
    answers = list({(a[0], a[1], a[3]): a for a in answers}.values())
    split = locate(synthesis.dataset, synthesis.split, data_root)
    gold = {(e.db_id, e.id): e.gold_sql for e in split.load()}
    missing = sorted({a[0] for a in answers if (a[1], a[0]) not in gold})
    if missing:
        raise DataError(f"questions {', '.join(missing[:5])} are not in {synthesis.dataset}/{synthesis.split}")
    verdicts = evaluate_pairs(
        [Pair(str(i), a[1], gold[(a[1], a[0])], parse_decomposition(a[3]).final_sql) for i, a in enumerate(answers)],
        split.db_root, semantics=synthesis_config(synthesis).semantics, workers=1, progress=False)
    return [TrajectorySample(a[0], a[1], a[2], a[3], bool(v.ex), a[4]) for a, v in zip(answers, verdicts, strict=True)]


def outcome_pairs_file(synthesis: SynthesisHandoff, runs_dir: str | os.PathLike,
                       data_root: str | os.PathLike | None = None, *, max_pairs_per_question: int = 1,
                       seed: int = 0) -> tuple[Path, dict[str, int]]:
    """Outcome-reward preference pairs (correct vs wrong whole answer, rewards 1/0) written once into an
    ``outcome-data`` stage folder; also how many questions gave no pair, per reason."""
    settings = {"sft_file": file_sha256(synthesis.sft_file), "pairs_file": file_sha256(synthesis.pairs_file),
                "dataset": synthesis.dataset, "split": synthesis.split, "data_root": str(data_root),
                "max_pairs_per_question": max_pairs_per_question, "seed": seed}
    with stages.claim_stage(runs_dir, "outcome-data", settings) as folder:
        target, counts = folder / "outcome_pairs.jsonl", folder / "dropped.json"
        if not (target.is_file() and counts.is_file()):
            selection = outcome_pairs(outcome_trajectories(synthesis, data_root), max_pairs_per_question, seed)
            if not selection.kept:
                raise DataError(f"no question of {synthesis.sft_file} has both a correct and a wrong answer, so "
                                "outcome-reward DPO has no pair to train on")
            write_records(target, selection.kept)
            counts.write_text(json.dumps(dict(selection.dropped)) + "\n", encoding="utf-8")
        return target, json.loads(counts.read_text(encoding="utf-8"))


def run_config(config_class: type[RunConfig], settings: Mapping[str, Any]) -> RunConfig:
    """``config_class`` (SFTRunConfig or MDPORunConfig) built from notebook settings named as its fields, trl's
    included (``output_dir`` is set by the stage functions); an unknown setting is a ConfigError naming it."""
    fields = [spec.name for spec in dataclasses.fields(config_class) if spec.init]
    reject_unknown_keys("training settings", settings, fields, hint=f"valid: the fields of {config_class.__name__}")
    return config_class(**{"output_dir": "", **settings})


def fields_of(config_class: type, parameters: Mapping[str, Any]) -> dict[str, Any]:
    """The ``parameters`` of a notebook named as ``config_class``'s fields (``output_dir`` aside: the notebook's
    output folder, not a run's); the others, such as the evaluation's, are not its settings."""
    fields = {spec.name for spec in dataclasses.fields(config_class) if spec.init} - {"output_dir"}
    return {key: value for key, value in parameters.items() if key in fields}


def sft_run_config(parameters: Mapping[str, Any]) -> SFTRunConfig:
    """Notebook 04's SFTRunConfig from its parameters (``fields_of``), logging every step and checkpointing
    twice a run."""
    return _logged_run_config(SFTRunConfig, fields_of(SFTRunConfig, parameters))


def mdpo_run_config(parameters: Mapping[str, Any], offset: str) -> MDPORunConfig:
    """Notebook 05's MDPORunConfig from its parameters (``fields_of``) with the plan's margin ``offset``, logging
    every step and checkpointing twice a run."""
    return _logged_run_config(MDPORunConfig, {**fields_of(MDPORunConfig, parameters), "margin_offset": offset})


def _logged_run_config(config_class: type[RunConfig], settings: Mapping[str, Any]) -> RunConfig:
    steps = settings.get("max_steps")
    return run_config(config_class, {**settings, "logging_steps": 1, "save_steps": max(10, (steps or 100) // 2)})


def train_sft_stage(runs_dir: str | os.PathLike, config: SFTRunConfig, train_file: str | os.PathLike) -> TrainResult:
    """SFT of ``config.model`` on ``train_file`` in an ``sft`` stage folder (``_in_stage``)."""
    return _in_stage(runs_dir, "sft", config, train_file, None, lambda run: train_sft(run, train_file))


def train_mdpo_stage(runs_dir: str | os.PathLike, config: MDPORunConfig, pairs_file: str | os.PathLike,
                     start_model: str | os.PathLike) -> TrainResult:
    """MDPO (or DPO) of ``start_model``, also the reference, on ``pairs_file`` in an ``mdpo`` stage folder; a named
    model (an untrained base, as w/o SFT starts from) is keyed by its name."""
    return _in_stage(runs_dir, "mdpo", config, pairs_file, str(start_model),
                     lambda run: train_mdpo(run, pairs_file, start_model))


def _in_stage(runs_dir: str | os.PathLike, stage: str, config: RunConfig, data_file: str | os.PathLike,
              start_model: str | None, train: Callable[[RunConfig], TrainResult]) -> TrainResult:
    """Train in the stage folder keyed by the config's product settings, the start model and the data's
    content (``output_dir`` set to that folder); a finished run there is returned as is."""
    product = {key: value for key, value in config.as_dict().items() if key not in _NOT_PRODUCT}
    settings = {"config": product, "start_model": start_model, "data": file_sha256(data_file)}
    with stages.claim_stage(runs_dir, stage, settings) as folder:
        return train(dataclasses.replace(config, output_dir=str(folder)))


def copy_log(result: TrainResult, log_dir: str | os.PathLike, label: str) -> Path:
    """Copy a run's CSV log (and its summary) to ``<log_dir>/<label>.csv``; the copy's path."""
    target = Path(log_dir) / f"{label}.csv"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(result.log_file, target)
    summary = Path(result.log_file).with_suffix(".summary.json")
    if summary.is_file():
        shutil.copyfile(summary, target.with_suffix(".summary.json"))
    return target


def training_curves(logs: Mapping[str, str | os.PathLike], metrics: Sequence[str] = SFT_METRICS) -> pd.DataFrame:
    """The logged ``metrics`` of each run's CSV log, long format: run, step, metric, value (metrics a log
    lacks are left out)."""
    frames = []
    for run, path in logs.items():
        log = pd.read_csv(path)
        present = [metric for metric in metrics if metric in log.columns]
        long = log.melt(id_vars=["step"], value_vars=present, var_name="metric", value_name="value")
        frames.append(long.dropna(subset=["value"]).assign(run=run))
    columns = ["run", "step", "metric", "value"]
    return pd.concat(frames, ignore_index=True)[columns] if frames else pd.DataFrame(columns=columns)


def margin_sentence(log_file: str | os.PathLike) -> str:
    """Whether a preference run's implicit reward margin reached its offset: the first and last logged
    ``rewards/margins`` and ``rewards/offsets`` and the last share of pairs past their offset, as one sentence."""
    log = pd.read_csv(log_file).dropna(subset=["rewards/margins"])
    if log.empty:
        return f"{Path(log_file).name}: no reward margins logged"
    first, last = log.iloc[0], log.iloc[-1]
    margin, offset = last["rewards/margins"], last.get("rewards/offsets", 0.0)
    share = last.get("rewards/offset_accuracies")
    past = "" if share is None or pd.isna(share) else f"; {100 * share:.0f}% of the step's pairs are past their offset"
    verdict = ("the margin has passed the offset" if margin > offset else
               "the margin has not reached the offset yet: the loss still pushes every pair")
    return (f"steps {int(first['step'])}–{int(last['step'])}: reward margin {first['rewards/margins']:.3f} → "
            f"{margin:.3f} against a mean offset of {offset:.3f}{past}; {verdict}")


def results_table(results: Mapping[str, TrainResult]) -> pd.DataFrame:
    """One row per run: stage, steps, examples used and dropped, loss, seconds, tokens, tokens/s, peak RSS."""
    return pd.DataFrame([
        {"run": label, "stage": r.stage, "steps": r.global_step, "examples": r.examples,
         "dropped": sum(r.dropped.values()),
         "dropped_reasons": ", ".join(f"{k}={v}" for k, v in sorted(r.dropped.items()) if v) or "none",
         "train_loss": None if r.train_loss is None else round(r.train_loss, 4), "seconds": r.seconds,
         "tokens": r.tokens, "tokens_per_second": r.tokens_per_second, "peak_rss_mb": r.peak_rss_mb}
        for label, r in results.items()
    ])


THROUGHPUT_COLUMNS = ["source", "device", "run", "stage", "precision", "steps", "tokens_per_second", "peak_gpu_mb",
                      "peak_rss_mb"]


def throughput_table(gpu_check: str | os.PathLike, cpu_runs: Sequence[str | os.PathLike] = (),
                     cpu_label: str = "cpu profile") -> pd.DataFrame:
    """Training throughput of the GPU check (the JSON of ``scripts/gpu_check.py``: one row per architecture and
    stage) beside CPU runs (``results_table`` CSVs such as ``results/cpu/training/sft_runs.csv``)."""
    path = Path(gpu_check)
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
        runs = report["runs"]
        source, device, tiny = f"gpu check {report['date'][:10]}", report["device"], report["tiny"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DataError(f"{path}: not a GPU check report ({type(error).__name__}: {error})") from None
    rows = [{"source": source, "device": device, "run": run["architecture"] + (" (tiny)" if tiny else ""),
             **{column: run[column] for column in THROUGHPUT_COLUMNS[3:]}} for run in runs]
    for table in cpu_runs:
        for row in pd.read_csv(table).to_dict("records"):
            rows.append({"source": cpu_label, "device": "cpu", "precision": None, "peak_gpu_mb": None,
                         **{column: row[column] for column in ("run", "stage", "steps", "tokens_per_second",
                                                               "peak_rss_mb")}})
    return pd.DataFrame(rows, columns=THROUGHPUT_COLUMNS)


def score_model(label: str, model_dir: str | os.PathLike, examples: Sequence[Example], split: DataSplit,
                runs_dir: str | os.PathLike, config: InferenceConfig, *, max_context: int | None = None,
                backend: str = "hf", progress: bool = True) -> pd.DataFrame:
    """Score the model folder ``model_dir`` (``backend`` hf or vllm; no completion cache, since a retrained
    folder keeps its path) on ``examples`` under ``config`` in its ``inference`` stage folder
    (``model_eval.evaluate_model``); one row per question."""
    generator = open_model(choose("backend", backend, ("hf", "vllm")), str(model_dir), max_context=max_context,
                           cached=False)
    return evaluate_model(label, examples, generator, split, runs_dir, config=config, progress=progress)


def final_inference(eval_mode: str, sft: SFTHandoff, pool_file: str | os.PathLike, *, demo_strategy: str, demo_k: int,
                    **settings: Any) -> InferenceConfig:
    """The InferenceConfig notebook 05 scores its final model with. ``eval_mode`` auto: ``decomposition_adr``
    (``demo_k`` demonstrations chosen by ``demo_strategy`` from ``pool_file``) for a model that decomposes,
    ``direct`` for a direct-SQL model. A direct-SQL fine-tuned model answers as it was trained, without
    demonstrations; otherwise ``demo_k`` applies in every mode (the fixed ones outside ADR)."""
    mode = choose("eval_mode", eval_mode, stages.EVAL_MODES)
    if mode == "auto":
        mode = "decomposition_adr" if sft.mode == "decomposition" else "direct"
    shots = 0 if mode == "direct" and sft.sft_data == "direct" else demo_k
    return InferenceConfig(mode=mode, demo_strategy=demo_strategy, demo_k=shots,
                           demo_pool=str(pool_file) if mode == "decomposition_adr" else None, **settings)


def matched_budget(result: TrainResult, config: RunConfig) -> dict[str, int]:
    """The compute budget of a finished run, for a baseline trained on the same budget: its optimizer steps,
    batch size and gradient accumulation (equal steps of equal batches; the paper is silent, see
    ``direct_sql_examples``)."""
    return {"max_steps": result.global_step, "per_device_train_batch_size": config.per_device_train_batch_size,
            "gradient_accumulation_steps": config.gradient_accumulation_steps}


def final_label(preference: str, offset: str, init: str, sft_label: str) -> str:
    """The name of notebook 05's final model: ``mdpo_<offset>`` (``dpo_step`` without offset), ``dpo_outcome``,
    or the SFT model's label when there is no preference stage; ``_from_base`` when it started from the base."""
    if preference == "none":
        return sft_label
    name = "dpo_outcome" if preference == "outcome" else ("dpo_step" if offset == "none" else f"mdpo_{offset}")
    return name + ("_from_base" if init == "base" else "")


def pair_table(path: str | os.PathLike) -> pd.DataFrame:
    """One row per preference pair of a ``pairs.jsonl``: step index, both rewards, margin, rejected class."""
    return pd.DataFrame([{"step_index": p.step_index, "chosen_reward": p.chosen_reward,
                          "rejected_reward": p.rejected_reward, "margin": p.margin, "rejected_class": p.rejected_class}
                         for p in read_preference_pairs(path)])


def against_start(per_question: pd.DataFrame, eval_dir: str | os.PathLike, label: str, start_label: str, *,
                  seed: int = 0) -> pd.DataFrame:
    """The final model ``label`` (its verdicts ``per_question``) against the model it started from, as notebook 04
    asked it (``<eval_dir>/<start_label>_per_question.csv``), on the same questions: one ``paired_comparisons``
    row, or none when there was no preference stage (the same model) or 04 did not score the start (a base)."""
    start = Path(eval_dir) / f"{start_label}_per_question.csv"
    if label == start_label or not start.is_file():
        return pd.DataFrame(columns=list(COMPARISON_COLUMNS))
    both = pd.concat([per_question, pd.read_csv(start, dtype={"id": str})])
    return paired_comparisons(both, [(label, start_label)], seed=seed)


def beside_paper(eval_dir: str | os.PathLike, labels: Sequence[str], dataset: str, split: str) -> pd.DataFrame:
    """EX (%) per level of the runs ``labels`` (their ``<label>_ex_by_level.csv`` under ``eval_dir``, those
    present) and the paper's LearNAT and "only DPO" rows of the same benchmark (rebuttal Table R-3; none
    when the paper reports no such benchmark): model, level, ex_pct, its Wilson 95% interval and questions (this
    run's rows only: the paper gives none), source."""
    frames = []
    for label in dict.fromkeys(labels):
        path = Path(eval_dir) / f"{label}_ex_by_level.csv"
        if path.is_file():
            columns = ["model", "level", "ex_pct", "ex_ci_low", "ex_ci_high", "questions"]
            frames.append(pd.read_csv(path)[columns].assign(source="this run"))
    paper = only_dpo_breakdown()
    paper = paper[paper["benchmark"] == f"{dataset}_{split}"]
    frames.append(pd.DataFrame({"model": "paper: " + paper["label"], "level": paper["level"].replace("total", "all"),
                                "ex_pct": paper["value"], "source": "paper"}))
    return pd.concat(frames, ignore_index=True)
