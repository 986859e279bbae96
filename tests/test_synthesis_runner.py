"""The synthesis runner on bundled Spider questions: the files it writes (read back by the training loaders),
resume, skipped questions, the self-improving demonstration pool over rounds, threads, and the tiny model
end to end."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest

from learnat_core.data import Example, load_schemas, locate, schema_text
from learnat_core.decomposition import Step
from learnat_core.errors import ConfigError
from learnat_core.llm import GenerationConfig, HFBackend, HFBackendConfig, tiny_model_path
from learnat_core.prompting import format_solution, render_prompt
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.proposers import LLMProposer
from learnat_core.synthesis.records import read_record, record_path
from learnat_core.synthesis.runner import synthesize
from learnat_core.synthesis.state import Proposal, SearchState
from learnat_core.training.data import read_preference_pairs, read_sft_records


SPLIT = locate("spider", "dev")
EXAMPLES = {example.id: example for example in SPLIT.load() if example.id in {"0", "12", "28"}}
PLANS = {  # a valid decomposition per question; the last step is the gold query
    "0": [Step("How many singers are there?", "SELECT count(*) FROM singer")],
    "12": [Step("What is the average age of all singers?", "SELECT avg(age) FROM singer"),
           Step("Which songs are by singers older than average?",
                "SELECT song_name FROM singer WHERE age > (SELECT avg(age) FROM singer)")],
    "28": [Step("Which stadiums had a concert?", "SELECT stadium_id FROM concert"),
           Step("Which stadiums had no concert?",
                "SELECT name FROM stadium WHERE stadium_id NOT IN (SELECT stadium_id FROM concert)")],
}
DISTRACTOR = Step("Which rows are there?", "SELECT * FROM singer WHERE singer_id < 0")  # invalid: prunable
CONFIG = SynthesisConfig(simulations=10)


class PlanProposer:
    """Proposes the next step of the question's plan (when it knows the question) and a distractor; counts calls."""

    def __init__(self, plans: dict = PLANS, name: str = "llm:planned"):
        self.plans = plans
        self.name = name
        self.calls: list[str] = []
        self.seeds: list[int] = []

    def propose(self, state: SearchState, k: int, *, seed: int = 0) -> list[Proposal]:
        self.calls.append(state.question_id)
        self.seeds.append(seed)
        plan = self.plans.get(state.question_id, [])
        known = [plan[len(state.steps)]] if len(state.steps) < len(plan) else []
        return [Proposal(step, prompt_tokens=100, completion_tokens=20) for step in [*known, DISTRACTOR]][:k]


def _examples(*ids: str) -> list[Example]:
    return [EXAMPLES[question_id] for question_id in ids]


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_files_have_the_documented_formats_and_the_training_loaders_read_them(tmp_path):
    summary = synthesize(_examples("0", "12", "28"), PlanProposer(), CONFIG, tmp_path, split=SPLIT, progress=False)
    assert (summary.questions, summary.searched, summary.successes, summary.success_rate) == (3, 3, 3, 1.0)
    example = EXAMPLES["12"]
    schema = schema_text(load_schemas(SPLIT)["concert_singer"], style=CONFIG.schema_style)
    prompt = render_prompt("decomposition", schema=schema, question=example.question, evidence=example.evidence)

    sft = {line["question_id"]: line for line in _jsonl(tmp_path / "sft.jsonl")}
    assert set(sft) == {"0", "12", "28"}
    assert set(sft["12"]) == {"question_id", "db_id", "proposer", "messages", "meta"}
    assert sft["12"]["messages"] == [*prompt, {"role": "assistant", "content": format_solution(PLANS["12"])}]
    assert (sft["12"]["db_id"], sft["12"]["proposer"]) == ("concert_singer", "llm:planned")
    assert sft["12"]["meta"] == {"round": 1}

    pairs = _jsonl(tmp_path / "pairs.jsonl")
    assert len(pairs) == summary.pairs == 5  # one per plan step, against the distractor
    second = next(pair for pair in pairs if pair["question_id"] == "12" and pair["step_index"] == 1)
    assert set(second) == {"question_id", "db_id", "proposer", "step_index", "prompt_messages", "prefix", "chosen",
                           "rejected", "chosen_reward", "rejected_reward", "margin", "rejected_class",
                           "chosen_final", "rejected_final", "meta"}
    assert second["prompt_messages"] == prompt
    assert second["prefix"] == format_solution(PLANS["12"][:1]) + "\n"
    assert second["prefix"] + second["chosen"] == format_solution(PLANS["12"])
    assert second["prefix"] + second["rejected"] == format_solution([PLANS["12"][0], DISTRACTOR])
    assert second["chosen"].startswith("Sub question 2:") and second["rejected_class"] == "invalid"
    assert (second["chosen_reward"], second["rejected_reward"], second["margin"]) == (1.0, 0.0, 1.0)
    assert second["chosen_final"] and second["rejected_final"]
    first = next(pair for pair in pairs if pair["question_id"] == "12" and pair["step_index"] == 0)
    assert first["prefix"] == "" and not first["chosen_final"] and 0 < first["margin"] < 1

    assert len(read_sft_records(tmp_path / "sft.jsonl")) == 3
    assert len(read_preference_pairs(tmp_path / "pairs.jsonl")) == 5

    with open(tmp_path / "synthesis_summary.csv", newline="") as handle:
        rows = {row["question_id"]: row for row in csv.DictReader(handle)}
    assert rows["12"]["success"] == "True" and rows["12"]["steps"] == "2" and rows["12"]["invalid"] == "2"
    assert rows["12"]["proposer_calls"] == "2" and rows["12"]["tokens"] == "480"
    saved = json.loads((tmp_path / "summary.json").read_text())
    assert saved["records_by_proposer"] == {"sft": {"llm:planned": 3}, "pairs": {"llm:planned": 5}}
    assert saved["config"] == CONFIG.to_dict() and saved["tokens_per_success"] == pytest.approx(1200 / 3)
    assert read_record(record_path(tmp_path, "12")).succeeded.result.best == tuple(PLANS["12"])


def test_training_prompts_leave_out_the_admin_instructions_when_asked(tmp_path):
    config = replace(CONFIG, instructions=False)
    synthesize(_examples("12"), PlanProposer(), config, tmp_path, split=SPLIT, progress=False)
    example = EXAMPLES["12"]
    schema = schema_text(load_schemas(SPLIT)["concert_singer"], style=config.schema_style)
    prompt = render_prompt("decomposition", schema=schema, question=example.question, evidence=example.evidence,
                           instructions=False)
    (sft,) = _jsonl(tmp_path / "sft.jsonl")
    assert sft["messages"][:2] == prompt and "admin instructions" not in prompt[0]["content"]
    assert all(pair["prompt_messages"] == prompt for pair in _jsonl(tmp_path / "pairs.jsonl"))
    with pytest.raises(ConfigError, match="instructions must be true or false, got 'no'"):
        SynthesisConfig(instructions="no")


def test_resume_loads_finished_questions_instead_of_searching_them_again(tmp_path):
    first = PlanProposer()
    before = synthesize(_examples("0", "12", "28"), first, CONFIG, tmp_path, split=SPLIT, progress=False)
    assert sorted(set(first.calls)) == ["0", "12", "28"]
    again = PlanProposer()
    after = synthesize(_examples("0", "12", "28"), again, CONFIG, tmp_path, split=SPLIT, progress=False)
    assert again.calls == []
    assert (after.successes, after.pairs) == (before.successes, before.pairs)
    assert after.proposer_calls == before.proposer_calls  # the saved searches' calls, not new ones
    record_path(tmp_path, "28").unlink()
    record_path(tmp_path, "12").write_text("{not json")  # damaged: searched again, with a warning
    third = PlanProposer()
    synthesize(_examples("0", "12", "28"), third, CONFIG, tmp_path, split=SPLIT, progress=False)
    assert sorted(set(third.calls)) == ["12", "28"]


def test_unusable_questions_are_recorded_with_their_reason_and_skipped(tmp_path):
    broken = replace(EXAMPLES["0"], id="bad-gold", gold_sql="SELECT nope FROM singer")
    unparseable = replace(EXAMPLES["0"], id="bad/parse", gold_sql="SELEC count(*) FRM singer")
    no_schema = replace(EXAMPLES["0"], id="no-db", db_id="no_such_db")
    proposer = PlanProposer()
    summary = synthesize([broken, unparseable, no_schema, EXAMPLES["0"]], proposer, CONFIG, tmp_path, split=SPLIT,
                         progress=False)
    assert proposer.calls == ["0"]
    assert (summary.searched, summary.skipped, summary.successes) == (1, 3, 1)
    assert summary.skip_reasons == {"gold_exec": 1, "gold_parse": 1, "schema": 1}
    (attempt,) = read_record(record_path(tmp_path, "bad-gold")).attempts
    assert attempt.status == "skipped" and "no such column: nope" in attempt.reason
    assert record_path(tmp_path, "bad/parse").name == "bad_parse.json"
    again = PlanProposer()
    synthesize([broken, unparseable, no_schema], again, CONFIG, tmp_path, split=SPLIT, rounds=2, progress=False)
    assert again.calls == []  # skipped questions are not retried, in any round
    with pytest.raises(ConfigError, match="share the result file"):
        synthesize([EXAMPLES["0"], replace(EXAMPLES["12"], id="0")], again, CONFIG, tmp_path, split=SPLIT)


def test_rounds_grow_the_demonstration_pool_from_earlier_successes(tmp_path):
    pools, proposers = [], []

    def factory(round_number, pool):
        pools.append((round_number, sorted(record.question_id for record in pool)))
        known = {"12": PLANS["12"]} if round_number == 1 else PLANS  # round 2 solves the rest
        proposers.append(PlanProposer(known, name=f"llm:round{round_number}"))
        return proposers[-1]

    summary = synthesize(_examples("0", "12", "28"), factory, CONFIG, tmp_path, split=SPLIT, rounds=3, progress=False)
    assert pools == [(1, []), (2, ["12"])]  # round 3 has nothing left to search
    assert max(proposers[0].seeds) < 10_000 <= min(proposers[1].seeds)  # a retry samples anew
    assert [(r["round"], r["attempted"], r["successes"]) for r in summary.rounds] == [(1, 3, 1), (2, 2, 2)]
    assert [round(r["cumulative_success_rate"], 3) for r in summary.rounds] == [0.333, 1.0]
    assert [a.round for a in read_record(record_path(tmp_path, "28")).attempts] == [1, 2]
    sft = {line["question_id"]: line for line in _jsonl(tmp_path / "sft.jsonl")}
    assert (sft["12"]["proposer"], sft["12"]["meta"], sft["28"]["proposer"], sft["28"]["meta"]) == (
        "llm:round1", {"round": 1}, "llm:round2", {"round": 2})
    assert summary.records_by_proposer["sft"] == {"llm:round1": 1, "llm:round2": 2}


def test_threads_give_the_same_files_as_one_at_a_time(tmp_path):
    for workers in (1, 3):
        synthesize(_examples("0", "12", "28"), PlanProposer(), CONFIG, tmp_path / str(workers), split=SPLIT,
                   workers=workers, progress=False)
    for name in ("sft.jsonl", "pairs.jsonl"):
        assert (tmp_path / "1" / name).read_text() == (tmp_path / "3" / name).read_text()


def test_resuming_with_other_search_settings_is_refused_but_pair_settings_may_change(tmp_path):
    synthesize(_examples("12"), PlanProposer(), CONFIG, tmp_path, split=SPLIT, progress=False)
    with pytest.raises(ConfigError, match="k: 3 -> 2"):
        synthesize(_examples("12"), PlanProposer(), replace(CONFIG, k=2), tmp_path, split=SPLIT, progress=False)
    strict = synthesize(_examples("12"), PlanProposer(), replace(CONFIG, min_margin=0.9), tmp_path, split=SPLIT,
                        progress=False)
    assert (strict.pairs, strict.pairs_dropped) == (1, 1)  # only the final step's pair has a margin above 0.9


def test_an_unexpected_failure_is_recorded_and_retried_on_resume(tmp_path):
    class Garbage:
        name = "llm:garbage"

        def propose(self, state, k, *, seed=0):
            return ["not a proposal"]

    summary = synthesize(_examples("0", "12"), Garbage(), CONFIG, tmp_path, split=SPLIT, progress=False)
    assert (summary.errors, summary.searched, summary.successes) == (2, 0, 0)
    assert "AttributeError" in read_record(record_path(tmp_path, "0")).attempts[0].reason
    retried = PlanProposer()
    summary = synthesize(_examples("0", "12"), retried, CONFIG, tmp_path, split=SPLIT, progress=False)
    assert sorted(set(retried.calls)) == ["0", "12"] and (summary.errors, summary.successes) == (0, 2)


def test_the_tiny_model_runs_one_question_end_to_end(tmp_path_factory, tmp_path):
    """The real LLM path (prompt, sampling, reply parsing, token accounting) on the tiny model, whose random
    weights write no usable step: every sample must be a recorded failure and the run must end normally.
    Its 512 positions are too few for the synthesis prompt; its rotary embeddings run longer."""
    folder = tiny_model_path(tmp_path_factory.getbasetemp() / "llm-cache")
    backend = HFBackend(HFBackendConfig(model=str(folder), device="cpu", progress=False, max_context=2048))
    proposer = LLMProposer(backend, generation=GenerationConfig(max_new_tokens=16, do_sample=True))
    summary = synthesize(_examples("12"), proposer, SynthesisConfig(k=2, simulations=1), tmp_path, split=SPLIT,
                         progress=False)
    assert (summary.searched, summary.errors, summary.proposer_calls) == (1, 0, 1)
    usage = backend.usage.as_dict()
    assert (summary.prompt_tokens, summary.completion_tokens) == (usage["prompt_tokens"], usage["completion_tokens"])
    assert summary.completion_tokens > 0
    (attempt,) = read_record(record_path(tmp_path, "12")).attempts
    assert attempt.proposer == proposer.name and proposer.name.startswith("llm:")
    result = attempt.result
    children = result.tree["children"]
    assert 1 <= len(children) <= 2 and sum(child["samples"] for child in children) == 2
    problems = sum(result.failure_counts.values())
    assert problems >= result.class_counts["failed"] + result.class_counts["unparseable"] >= 1
    assert json.loads((tmp_path / "summary.json").read_text())["failure_counts"] == result.failure_counts
