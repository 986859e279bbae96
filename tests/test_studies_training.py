"""Notebooks 04/05's study functions on a small real synthesis run (noisy rule proposer, bundled Spider train)
and the tiny model: baseline data, stage reuse, matched budget, curves, cost table, labels and inference."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from learnat_core.data import locate
from learnat_core.errors import ConfigError, DataError
from learnat_core.inference import InferenceConfig
from learnat_core.llm.models import tiny_model_path
from learnat_core.orchestration import handoffs, stages
from learnat_core.orchestration.handoffs import DirectSFTHandoff, SFTHandoff, SynthesisHandoff
from learnat_core.orchestration.profiles import load_profile, notebook_parameters
from learnat_core.prompting.contract import read_prompt_settings
from learnat_core.studies import pipeline, training_runs
from learnat_core.studies.learning_curve import checkpoints, curve_sentence, learning_curve
from learnat_core.studies.model_eval import evaluation_set
from learnat_core.synthesis import SynthesisConfig, synthesize
from learnat_core.synthesis.pipeline import round_proposers, select_examples, write_pool
from learnat_core.training import MDPORunConfig, SFTRunConfig
from learnat_core.training.data import read_preference_pairs, read_sft_records
from learnat_core.training.run import torch_threads


pytestmark = pytest.mark.slow  # trains models: `pytest -m "not slow"` skips it for a quick loop


@pytest.fixture(autouse=True, scope="module")
def tiny(tmp_path_factory) -> Iterator[Path]:
    """The tiny model on one torch thread (a busy 2-core box punishes more)."""
    with torch_threads(1):
        yield tiny_model_path(tmp_path_factory.getbasetemp() / "llm-cache")


@pytest.fixture(scope="module")
def synthesis(tmp_path_factory) -> SynthesisHandoff:
    """A synthesis handoff of 6 bundled Spider train questions searched with the noisy rule proposer."""
    out = tmp_path_factory.mktemp("pipeline")
    split = locate("spider", "train")
    config = SynthesisConfig(simulations=8, schema_style="compact", instructions=False)
    run_dir = out / "runs" / "synthesis"
    synthesize(select_examples(split, sample_size=6, seed=0), round_proposers("ast-rules", config, split, noise=0.3),
               config, run_dir, split=split, progress=False)
    pool, _ = write_pool(run_dir)
    handoffs.write(out, SynthesisHandoff(run_dir, run_dir / "sft.jsonl", run_dir / "pairs.jsonl", Path(pool),
                                         "spider", "train", 6, 0, "ast-rules", "ast_mcts"))
    return handoffs.read(out, SynthesisHandoff)


def sft_config(tiny: Path, **changes) -> SFTRunConfig:
    settings = {"model": str(tiny), "max_steps": 2, "per_device_train_batch_size": 2, "max_length": 2048,
                "max_context": 4096, "learning_rate": 1e-3, "logging_steps": 1, "disable_tqdm": True}
    return training_runs.run_config(SFTRunConfig, {**settings, **changes})


def test_prompt_settings_are_the_synthesis_runs(synthesis):
    assert training_runs.prompt_settings(synthesis) == {"prompt_style": "kit", "schema_style": "compact", "sample_values": 0, "instructions": False,
                                                   "gold_schema": False}
    broken = dataclasses.replace(synthesis, run_dir=synthesis.run_dir.parent)
    with pytest.raises(DataError, match="run.json"):
        training_runs.prompt_settings(broken)


def test_direct_sft_file_asks_the_searched_questions_with_the_same_schema(synthesis, tmp_path):
    path = training_runs.direct_sft_file(synthesis, tmp_path)
    decomposition, direct = read_sft_records(synthesis.sft_file), read_sft_records(path)
    searched = select_examples(locate("spider", "train"), sample_size=6, seed=0)
    assert [(r.question_id, r.db_id) for r in direct] == [(e.id, e.db_id) for e in searched]
    by_question = {r.question_id: r for r in direct}
    gold = {e.id: e.gold_sql for e in searched}
    for before in decomposition:  # every solved question, with the schema text its trajectory was trained on
        after = by_question[before.question_id]
        assert after.messages[-1]["content"] == f"```sql\n{gold[after.question_id].strip()}\n```"
        schema = before.messages[1]["content"].split("【Question】")[0].split("】", 1)[1].strip()
        assert schema and schema in after.messages[1]["content"]
        assert "Sub question" not in after.messages[-1]["content"]
        assert "admin instructions" not in before.messages[0]["content"] + after.messages[0]["content"]
    written = path.stat().st_mtime_ns
    assert training_runs.direct_sft_file(synthesis, tmp_path) == path and path.stat().st_mtime_ns == written


def test_profile_direct_sft_is_the_model_notebook_04_trains(tmp_path):
    profile = load_profile("smoke")
    result, prompts = training_runs.profile_direct_sft(profile, tmp_path)
    settings = notebook_parameters(profile, "04_sft")
    assert result.global_step == settings["max_steps"] and Path(result.model_dir).is_dir()
    synthesis = notebook_parameters(profile, "03_decomposition_synthesis")
    assert prompts["schema_style"] == synthesis["schema_style"] and prompts["instructions"] is False
    again, _ = training_runs.profile_direct_sft(profile, tmp_path)
    assert again == result  # found done in its stage folder
    assert len([p for p in tmp_path.glob("sft-*") if p.is_dir()]) == 1


def test_outcome_trajectories_are_labelled_by_execution(synthesis):
    samples = training_runs.outcome_trajectories(synthesis)
    successes = {(r.question_id, r.messages[-1]["content"]) for r in read_sft_records(synthesis.sft_file)}
    labelled = {(s.question_id, s.completion): s.correct for s in samples}
    assert successes and all(labelled[key] for key in successes)
    assert any(not s.correct for s in samples)
    assert len(labelled) == len(samples)  # each distinct answer once


def test_outcome_pairs_file_prefers_a_correct_whole_answer(synthesis, tmp_path):
    path, dropped = training_runs.outcome_pairs_file(synthesis, tmp_path, seed=0)
    pairs = read_preference_pairs(path)
    correct = {(s.question_id, s.completion): s.correct for s in training_runs.outcome_trajectories(synthesis)}
    assert pairs and len({p.question_id for p in pairs}) == len(pairs)  # one pair per question
    for pair in pairs:
        assert correct[(pair.question_id, pair.chosen)] and not correct[(pair.question_id, pair.rejected)]
        assert (pair.margin, pair.prefix, pair.chosen_final, pair.rejected_final) == (1.0, "", True, True)
    assert set(dropped) == {"all_correct", "all_wrong"}
    assert training_runs.outcome_pairs_file(synthesis, tmp_path, seed=0) == (path, dropped)


def test_sft_stage_is_reused_and_the_direct_baseline_gets_the_same_budget(synthesis, tiny, tmp_path):
    config = sft_config(tiny)
    first = training_runs.train_sft_stage(tmp_path, config, synthesis.sft_file)
    assert Path(first.model_dir).is_dir() and first.global_step == 2
    again = training_runs.train_sft_stage(tmp_path, dataclasses.replace(config, disable_tqdm=False, cpu_threads=1),
                                     synthesis.sft_file)
    assert again == first  # the finished run, not a new one
    other = training_runs.train_sft_stage(tmp_path, sft_config(tiny, learning_rate=5e-4), synthesis.sft_file)
    assert Path(other.output_dir).parent == tmp_path and other.output_dir != first.output_dir

    epochs = sft_config(tiny, max_steps=None, num_train_epochs=1.0)
    decomposition = training_runs.train_sft_stage(tmp_path, epochs, synthesis.sft_file)
    budget = training_runs.matched_budget(decomposition, epochs)
    assert budget == {"max_steps": decomposition.global_step, "per_device_train_batch_size": 2,
                      "gradient_accumulation_steps": 1}
    direct_file = training_runs.direct_sft_file(synthesis, tmp_path)
    direct = training_runs.train_sft_stage(tmp_path, dataclasses.replace(epochs, **budget), direct_file)
    # the same budget on every searched question (the decomposition file lacks the unsolved ones)
    assert direct.global_step == decomposition.global_step
    assert direct.examples == len(Path(direct_file).read_text().splitlines()) >= decomposition.examples

    logs = {"sft": training_runs.copy_log(first, tmp_path / "training", "sft_decomposition"),
            "direct": training_runs.copy_log(direct, tmp_path / "training", "direct_sft")}
    assert logs["sft"].is_file() and logs["sft"].with_suffix(".summary.json").is_file()
    curves = training_runs.training_curves(logs)
    assert list(curves.columns) == ["run", "step", "metric", "value"]
    assert set(curves["metric"]) == {"loss", "mean_token_accuracy"}
    assert sorted(curves[(curves["run"] == "sft") & (curves["metric"] == "loss")]["step"]) == [1, 2]
    table = training_runs.results_table({"sft_decomposition": first, "direct_sft": direct})
    assert list(table["run"]) == ["sft_decomposition", "direct_sft"]
    assert (table["tokens"] > 0).all() and (table["peak_rss_mb"] > 0).all()
    assert table.loc[0, "examples"] == first.examples and table.loc[0, "dropped_reasons"] == "none"


def test_mdpo_stage_logs_rewards_and_counts_dropped_pairs(synthesis, tiny, tmp_path):
    sft = training_runs.train_sft_stage(tmp_path, sft_config(tiny, max_steps=1), synthesis.sft_file)
    config = training_runs.run_config(MDPORunConfig, {"margin_offset": "released", "max_steps": 2,
                                                  "per_device_train_batch_size": 2, "lora": False,
                                                  "max_length": 3072, "max_prompt_length": 2816, "max_context": 4096,
                                                  "learning_rate": 1e-4, "logging_steps": 1, "disable_tqdm": True})
    result = training_runs.train_mdpo_stage(tmp_path, config, synthesis.pairs_file, sft.model_dir)
    assert result.global_step == 2 and Path(result.model_dir).is_dir()
    pairs = read_preference_pairs(synthesis.pairs_file)
    assert result.examples + sum(result.dropped.values()) == len(pairs)
    assert result.dropped["nonpositive_margin"] == sum(p.margin <= 0 for p in pairs)
    curves = training_runs.training_curves({"mdpo": result.log_file}, training_runs.MDPO_METRICS)
    assert set(training_runs.MDPO_METRICS) <= set(curves["metric"])
    assert training_runs.train_mdpo_stage(tmp_path, config, synthesis.pairs_file, sft.model_dir) == result


def test_pair_table_has_one_row_per_pair(synthesis):
    table = training_runs.pair_table(synthesis.pairs_file)
    assert len(table) == len(read_preference_pairs(synthesis.pairs_file))
    assert ((table["chosen_reward"] - table["rejected_reward"] - table["margin"]).abs() < 1e-6).all()


def test_settings_are_checked_before_any_work():
    with pytest.raises(ConfigError, match="training settings: unknown keys learning_rat"):
        training_runs.run_config(SFTRunConfig, {"learning_rat": 1e-4})
    with pytest.raises(ConfigError, match="sft_data must be one of"):
        training_runs.choose("sft_data", "trajectories", stages.SFT_DATA)
    with pytest.raises(ConfigError, match="eval_mode"):
        training_runs.final_inference("adr", trained("decomposition", "decomposition"), "pool.jsonl",
                                 demo_strategy="embedding", demo_k=3)


@pytest.mark.parametrize(("preference", "offset", "init", "label"), [
    ("step_margin", "paper", "sft", "mdpo_paper"), ("step_margin", "released", "sft", "mdpo_released"),
    ("step_margin", "none", "sft", "dpo_step"), ("outcome", "none", "sft", "dpo_outcome"),
    ("step_margin", "paper", "base", "mdpo_paper_from_base"), ("none", "paper", "sft", "sft_decomposition"),
])
def test_final_label(preference, offset, init, label):
    assert training_runs.final_label(preference, offset, init, "sft_decomposition") == label


def trained(mode: str, sft_data: str) -> SFTHandoff:
    """An SFT handoff of a model answering in ``mode`` after training on ``sft_data``."""
    return SFTHandoff(model_dir=Path("model"), mode=mode, label=f"sft_{sft_data}", base_model="tiny",
                      sft_data=sft_data, inference=None)


def test_final_inference_answers_as_the_model_was_trained():
    decomposition = trained("decomposition", "decomposition")
    adr = training_runs.final_inference("auto", decomposition, "pool.jsonl", demo_strategy="embedding", demo_k=3)
    assert (adr.mode, adr.demo_pool, adr.demo_k, adr.demo_strategy) == ("decomposition_adr", "pool.jsonl", 3, "embedding")
    direct = training_runs.final_inference("auto", trained("direct", "direct"), "pool.jsonl",
                                      demo_strategy="embedding", demo_k=3, semantics="learnat")
    assert (direct.mode, direct.demo_pool, direct.demo_k, direct.semantics) == ("direct", None, 0, "learnat")
    base = training_runs.final_inference("direct", trained("decomposition", "none"), "pool.jsonl",
                                    demo_strategy="fixed", demo_k=1)
    assert (base.mode, base.demo_k, base.demo_pool) == ("direct", 1, None)


def test_beside_paper_puts_runs_next_to_the_papers_rows(tmp_path):
    pd.DataFrame({"model": ["sft", "sft"], "level": ["easy", "all"], "questions": [3, 3], "ex_pct": [33.3, 33.3],
                  "ex_ci_low": [6.1, 6.1], "ex_ci_high": [79.2, 79.2], "executes_pct": [50.0, 50.0],
                  "mean_tokens": [10.0, 10.0]}).to_csv(tmp_path / "sft_ex_by_level.csv", index=False)
    table = training_runs.beside_paper(tmp_path, ["sft", "absent"], "spider", "dev")
    ours, paper = table[table["source"] == "this run"], table[table["source"] == "paper"]
    assert list(ours["model"]) == ["sft", "sft"] and list(ours["ex_ci_high"]) == [79.2, 79.2]
    assert paper["ex_ci_low"].isna().all() and paper["questions"].isna().all()  # the paper publishes no interval
    assert set(paper["model"]) == {"paper: LearNAT", "paper: only DPO"}
    assert paper[(paper["model"] == "paper: LearNAT") & (paper["level"] == "all")]["ex_pct"].item() == 86.4
    assert set(training_runs.beside_paper(tmp_path, ["sft"], "spider", "train")["source"]) == {"this run"}


def test_unreadable_synthesis_settings_are_a_data_error(synthesis, tmp_path):
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "run.json").write_text(json.dumps({"config": {"k": 3, "bogus": 1}}))
    with pytest.raises(DataError, match="synthesis settings"):
        training_runs.synthesis_config(dataclasses.replace(synthesis, run_dir=tmp_path / "run"))


def test_learning_curve_scores_every_kept_checkpoint_and_reuses_the_final_run(synthesis, tiny, tmp_path):
    adapters = training_runs.train_sft_stage(tmp_path, sft_config(tiny, save_steps=1), synthesis.sft_file)
    with pytest.raises(DataError, match="adapters only"):
        checkpoints(adapters.output_dir)
    result = training_runs.train_sft_stage(tmp_path, sft_config(tiny, save_steps=1, lora=False), synthesis.sft_file)
    run_dir = Path(result.output_dir)
    split, examples = evaluation_set("spider", "dev", 3, seed=0)
    config = InferenceConfig(mode="direct", demo_k=0, retries=0, max_new_tokens=8, batch_size=3)
    final = training_runs.score_model("final", result.model_dir, examples, split, tmp_path, config, max_context=4096,
                                      progress=False)
    inference_runs = sorted(tmp_path.glob("inference-*/"))
    curve = learning_curve({"sft": (run_dir, config)}, examples, split, tmp_path, base_model=tiny,
                           max_context=4096, progress=False)
    assert list(curve["step"]) == [0, 1, 2]
    assert list(curve["examples_seen"]) == [0, 2, 4]  # batch 2, no accumulation, one process
    assert curve["model_dir"].iloc[-1] == result.model_dir  # the final weights: the merged model already scored
    assert curve["ex_pct"].iloc[-1] == pytest.approx(100 * final["ex"].mean())
    assert len(sorted(tmp_path.glob("inference-*/"))) == len(inference_runs) + 2  # base and step 1 only
    assert (curve["questions"] == 3).all() and (curve["ex_ci_low"] <= curve["ex_pct"]).all()
    assert (curve["ex_pct"] <= curve["ex_ci_high"]).all()
    assert curve["p_value"].isna().tolist() == [True, False, False]  # each point against the one before it
    assert curve["delta_vs_previous_pts"].iloc[1:].tolist() == pytest.approx(curve["ex_pct"].diff().iloc[1:].tolist(),
                                                                           abs=0.01)
    assert curve_sentence(curve, "sft").startswith("sft: EX ") and "after 4 (3 questions" in curve_sentence(curve, "sft")
    empty = tmp_path / "empty"
    (empty / "checkpoints").mkdir(parents=True)
    with pytest.raises(DataError, match="no checkpoint"):
        checkpoints(empty)


def test_margin_sentence_says_whether_the_margin_reached_the_offset(tmp_path):
    log = tmp_path / "mdpo.csv"
    pd.DataFrame({"step": [1, 2, 3], "loss": [1.2, 1.0, 0.9], "rewards/margins": [0.0, 0.2, 0.44],
                  "rewards/offsets": [0.78, 0.78, 0.78], "rewards/offset_accuracies": [0.0, 0.0, 0.25]}).to_csv(log)
    sentence = training_runs.margin_sentence(log)
    assert sentence.startswith("steps 1–3: reward margin 0.000 → 0.440 against a mean offset of 0.780")
    assert "25% of the step's pairs" in sentence and "has not reached the offset" in sentence
    pd.DataFrame({"step": [1, 2], "rewards/margins": [0.1, 1.5], "rewards/offsets": [0.8, 0.8]}).to_csv(log)
    assert training_runs.margin_sentence(log).endswith("the margin has passed the offset")


def test_sft_stage_trains_the_model_and_its_direct_baseline_on_one_budget(synthesis, tiny, tmp_path):
    files = pipeline.sft_data_files(synthesis, "decomposition", True, tmp_path)
    assert files["decomposition"] == synthesis.sft_file and files["direct"].is_file()
    assert set(pipeline.sft_data_files(synthesis, "decomposition", False, tmp_path)) == {"decomposition"}
    stage = pipeline.sft_stage(files, sft_config(tiny), "decomposition", True, tmp_path)
    assert stage.label == "sft_decomposition" and set(stage.runs) == {"sft_decomposition", "direct_sft"}
    assert stage.runs["direct_sft"].global_step == stage.runs["sft_decomposition"].global_step == 2
    direct_dir = Path(stage.runs["direct_sft"].model_dir)
    assert stage.scored_models() == {"sft_decomposition": (stage.model_dir, "decomposition"),
                                     "direct_sft": (direct_dir, "direct")}
    taught = training_runs.synthesis_config(synthesis).prompt_settings()  # the prompt contract, carried along
    assert read_prompt_settings(stage.model_dir) == taught
    assert read_prompt_settings(direct_dir) == dataclasses.replace(taught, mode="direct")
    sft, direct = stage.handoffs("tiny", {"sft_decomposition": InferenceConfig(mode="decomposition")})
    assert (sft.model_dir, sft.sft_data, sft.inference.mode) == (stage.model_dir, "decomposition", "decomposition")
    assert type(direct) is DirectSFTHandoff and (direct.model_dir, direct.inference) == (direct_dir, None)
    base = pipeline.sft_stage(files, sft_config(tiny), "none", True, tmp_path)  # no SFT; the baseline is found done
    assert (base.label, base.model_dir, set(base.runs)) == ("base", Path(tiny), {"direct_sft"})
    assert base.runs["direct_sft"] == stage.runs["direct_sft"] and list(base.scored_models()) == ["direct_sft"]
    assert base.handoffs("tiny", {})[0].mode == "decomposition"  # the base is asked to decompose, as in 05
    named = pipeline.sft_stage(files, sft_config(tiny, model="tiny"), "none", False, tmp_path)
    assert named.model_dir == Path("tiny")  # the name, resolved when loaded: handoffs name no cache folder
    with pytest.raises(ConfigError, match="sft_data must be one of"):
        pipeline.sft_stage(files, sft_config(tiny), "trajectories", True, tmp_path)


def test_preference_plan_chooses_the_start_model_offset_and_label(synthesis, tiny, tmp_path):
    sft = SFTHandoff(model_dir=tmp_path / "sft", mode="decomposition", label="sft_decomposition",
                     base_model=str(tiny), sft_data="decomposition", inference=None)
    plan = pipeline.preference_plan(sft, "step_margin", "paper", "sft")
    assert (plan.start, plan.offset, plan.label) == (tmp_path / "sft", "paper", "mdpo_paper")
    assert pipeline.preference_pairs(plan, synthesis, tmp_path) == (synthesis.pairs_file, {})
    outcome = pipeline.preference_plan(sft, "outcome", "paper", "base")  # outcome pairs carry no margin
    assert (outcome.start, outcome.offset, outcome.label) == (Path(tiny), "none", "dpo_outcome_from_base")
    config = training_runs.run_config(MDPORunConfig, {"margin_offset": "paper", "max_steps": 1, "lora": False,
                                                      "per_device_train_batch_size": 2, "max_length": 3072,
                                                      "max_prompt_length": 2816, "max_context": 4096,
                                                      "logging_steps": 1, "disable_tqdm": True})
    dpo = pipeline.preference_plan(sft, "step_margin", "none", "base")
    trained = pipeline.preference_stage(dpo, config, synthesis.pairs_file, tmp_path)  # the plan's offset wins
    assert trained.stage == "mdpo-none" and trained.global_step == 1
    assert read_prompt_settings(trained.model_dir) == read_prompt_settings(synthesis.run_dir)  # beside the pairs
    final = pipeline.final_handoff(dpo, trained, InferenceConfig(mode="decomposition"))
    assert (final.model_dir, final.label, final.offset, final.init) == (Path(trained.model_dir), "dpo_step_from_base",
                                                                        "none", "base")
    base = SFTHandoff(model_dir=Path("tiny"), mode="decomposition", label="base", base_model="tiny", sft_data="none",
                      inference=None)  # as sft_stage hands on an untrained base: by its name (w/o SFT)
    from_name = pipeline.preference_stage(pipeline.preference_plan(base, "step_margin", "paper", "sft"), config,
                                          synthesis.pairs_file, tmp_path)
    keyed = json.loads((Path(from_name.output_dir) / "stage.json").read_text())["settings"]["start_model"]
    assert from_name.global_step == 1 and keyed == "tiny"  # the stage key names the model, not its cache folder
    nothing = pipeline.preference_plan(sft, "none", "paper", "sft")
    assert pipeline.preference_stage(nothing, config, synthesis.pairs_file, tmp_path) is None
    kept = pipeline.final_handoff(nothing, None, InferenceConfig(mode="direct"))
    assert (kept.model_dir, kept.label, kept.mode) == (tmp_path / "sft", "sft_decomposition", "direct")
    for bad, message in ((("dpo", "paper", "sft"), "preference must be one of"),
                         (("step_margin", "paper", "scratch"), "init must be one of")):
        with pytest.raises(ConfigError, match=message):
            pipeline.preference_plan(sft, *bad)
