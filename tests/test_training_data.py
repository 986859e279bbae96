"""Training data: sft.jsonl / pairs.jsonl checked line by line, the direct-SQL and outcome-reward builders,
margin and length filters."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from learnat_core.data import load_examples, load_schemas, locate, schema_text
from learnat_core.errors import ConfigError, DataError
from learnat_core.llm.models import tiny_model_path
from learnat_core.training.data import (
    DIRECT_SQL_PROPOSER,
    PreferencePair,
    SFTRecord,
    TrajectorySample,
    direct_sql_examples,
    fit_pairs,
    fit_sft,
    outcome_pairs,
    pair_prompt,
    positive_margins,
    read_preference_pairs,
    read_sft_records,
    read_trajectory_samples,
    write_records,
)


PROMPT = [{"role": "system", "content": "You write SQL."}, {"role": "user", "content": "How many singers?"}]
STEP_1 = "Sub question 1: How many singers are there?\nSubSQL1:\n```sql\nSELECT count(*) FROM singer\n```"


def sft_line(**changes) -> dict:
    line = {"question_id": "7", "db_id": "concert_singer", "proposer": "ast-rules",
            "messages": [*PROMPT, {"role": "assistant", "content": STEP_1}]}
    return {**line, **changes}


def pair_line(**changes) -> dict:
    line = {"question_id": 7, "db_id": "concert_singer", "proposer": "llm:glm-4-plus", "step_index": 0,
            "prompt_messages": PROMPT, "prefix": "", "chosen": STEP_1,
            "rejected": "Sub question 1: Which singers?\nSubSQL1:\n```sql\nSELECT name FROM singer\n```",
            "chosen_reward": 1.0, "rejected_reward": 0.25, "margin": 0.75, "rejected_class": "invalid"}
    return {**line, **changes}


def write_lines(path: Path, lines: list) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


@pytest.fixture(scope="module")
def tokenizer(tmp_path_factory):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_model_path(tmp_path_factory.getbasetemp() / "llm-cache"))


def test_valid_files_are_read_into_records(tmp_path):
    sft = read_sft_records(write_lines(tmp_path / "sft.jsonl", [sft_line(), "", sft_line(question_id=8)]))
    assert [r.question_id for r in sft] == ["7", "8"]
    assert sft[0].messages[-1] == {"role": "assistant", "content": STEP_1}
    pairs = read_preference_pairs(write_lines(tmp_path / "pairs.jsonl", [pair_line(chosen_final=True, meta={"n": 1})]))
    assert pairs[0].question_id == "7" and pairs[0].chosen_final and not pairs[0].rejected_final
    assert pairs[0].margin == 0.75 and pairs[0].meta == {"n": 1}


BAD_PAIRS = [
    (pair_line(margin="0.75"), "margin must be a number"),
    (pair_line(chosen_reward=True), "chosen_reward must be a number"),
    ({k: v for k, v in pair_line().items() if k != "rejected_reward"}, "missing keys: rejected_reward"),
    (pair_line(extra=1), "unknown keys: extra"),
    (pair_line(margin=0.5), "is not chosen_reward - rejected_reward"),
    (pair_line(step_index=-1), "step_index must be a non-negative integer"),
    (pair_line(chosen="  "), "chosen is empty"),
    (pair_line(prompt_messages=[*PROMPT, {"role": "assistant", "content": "x"}]),
     "roles are [system, user, assistant]"),
    (pair_line(prompt_messages=[{"role": "user"}]), "exactly role and content"),
    (pair_line(chosen_final="yes"), "chosen_final must be true or false"),
    ('{"question_id": 7, "margin": NaN}', "missing keys"),
    ('{"question_id": 7,', "not valid JSON"),
    ("[1, 2]", "expected a JSON object"),
]


@pytest.mark.parametrize(("bad", "message"), BAD_PAIRS)
def test_a_bad_pair_line_is_a_data_error_naming_file_and_line(tmp_path, bad, message):
    path = write_lines(tmp_path / "pairs.jsonl", [pair_line(), bad])
    with pytest.raises(DataError, match=rf"pairs\.jsonl:2: .*{re.escape(message)}"):
        read_preference_pairs(path)


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_rewards_and_margins_are_rejected(tmp_path, value):
    for key in ("margin", "chosen_reward"):
        text = json.dumps(pair_line()).replace(f'"{key}": {pair_line()[key]}', f'"{key}": {value}')
        path = write_lines(tmp_path / "pairs.jsonl", [text])
        with pytest.raises(DataError, match=rf"pairs\.jsonl:1: {key} must be finite"):
            read_preference_pairs(path)


@pytest.mark.parametrize(("bad", "message"), [
    (sft_line(messages=PROMPT), "roles are [system, user], expected [system, user, assistant] or [user, assistant]"),
    (sft_line(messages=[PROMPT[1], PROMPT[0], {"role": "assistant", "content": "x"}]), "roles are [user, system"),
    (sft_line(messages=[*PROMPT, {"role": "assistant", "content": ""}]), "the assistant message is empty"),
    (sft_line(messages="hello"), "messages must be a non-empty list"),
    (sft_line(db_id=3), "db_id must be a string"),
])
def test_a_bad_sft_line_is_a_data_error_naming_file_and_line(tmp_path, bad, message):
    path = write_lines(tmp_path / "sft.jsonl", [sft_line(), sft_line(), bad])
    with pytest.raises(DataError, match=rf"sft\.jsonl:3: .*{re.escape(message)}"):
        read_sft_records(path)


def test_empty_and_missing_files_are_data_errors(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n\n")
    with pytest.raises(DataError, match="empty.jsonl holds no records"):
        read_sft_records(tmp_path / "empty.jsonl")
    with pytest.raises(DataError, match="nowhere.jsonl is missing"):
        read_preference_pairs(tmp_path / "nowhere.jsonl")


def test_records_round_trip_through_an_atomically_written_file(tmp_path):
    pairs = read_preference_pairs(write_lines(tmp_path / "in.jsonl", [pair_line(), pair_line(question_id="8")]))
    written = write_records(tmp_path / "out" / "pairs.jsonl", pairs)
    assert read_preference_pairs(written) == pairs
    assert [p.name for p in written.parent.iterdir()] == ["pairs.jsonl"]  # no temporary file left


def test_released_variant_keeps_only_positive_margins():
    pairs = [PreferencePair("1", "d", "p", 0, tuple(PROMPT), "", "a", "b", r, 0.5, r - 0.5, "invalid")
             for r in (0.9, 0.5, 0.4, 0.7)]
    selection = positive_margins(pairs)
    assert [p.margin for p in selection.kept] == pytest.approx([0.4, 0.2])
    assert selection.dropped == {"nonpositive_margin": 2}


def test_direct_sql_examples_answer_each_question_with_its_gold_sql():
    examples = load_examples("spider", "train")[:40]
    schemas = load_schemas(locate("spider", "train"))
    texts = {db: schema_text(schemas[db], style="compact") for db in {e.db_id for e in examples}}
    picked = [examples[3], examples[10]]
    direct = direct_sql_examples(picked, texts)
    assert [(d.question_id, d.db_id) for d in direct] == [(e.id, e.db_id) for e in picked]
    for record, example in zip(direct, picked, strict=True):
        system, user, answer = record.messages
        assert record.proposer == DIRECT_SQL_PROPOSER
        assert example.question in user["content"] and texts[example.db_id] in user["content"]
        assert answer == {"role": "assistant", "content": f"```sql\n{example.gold_sql}\n```"}
        assert "Sub question" not in system["content"] + user["content"]
    with pytest.raises(DataError, match="no schema text"):
        direct_sql_examples(picked[:1], {})


def _sample(question: str, completion: str, correct: bool) -> TrajectorySample:
    prompt = ({"role": "user", "content": f"question {question}"},)
    return TrajectorySample(question, "db", prompt, completion, correct, "llm:sft")


def test_outcome_pairs_pair_correct_with_wrong_answers_per_question():
    samples = [_sample("1", "good a", True), _sample("1", "good b", True), _sample("1", "bad a", False),
               _sample("1", "bad b", False), _sample("1", "bad b", False),  # a repeated answer counts once
               _sample("2", "good", True), _sample("2", "good too", True), _sample("3", "bad", False)]
    one = outcome_pairs(samples)
    assert one.dropped == {"all_correct": 1, "all_wrong": 1}
    (pair,) = one.kept
    assert pair.question_id == "1" and pair.chosen.startswith("good") and pair.rejected.startswith("bad")
    assert (pair.chosen_reward, pair.rejected_reward, pair.margin) == (1.0, 0.0, 1.0)
    assert pair.chosen_final and pair.rejected_final and pair.prefix == "" and pair.proposer == "llm:sft"
    every = outcome_pairs(samples, max_pairs_per_question=10)
    assert sorted((p.chosen, p.rejected) for p in every.kept) == [
        ("good a", "bad a"), ("good a", "bad b"), ("good b", "bad a"), ("good b", "bad b")]
    assert outcome_pairs(samples, seed=3) == outcome_pairs(list(reversed(samples)), seed=3)
    with pytest.raises(ConfigError):
        outcome_pairs(samples, max_pairs_per_question=0)


def test_trajectory_samples_are_read_and_checked(tmp_path):
    good = {"question_id": 1, "db_id": "d", "prompt_messages": PROMPT, "completion": "SELECT 1", "correct": True}
    assert read_trajectory_samples(write_lines(tmp_path / "s.jsonl", [good]))[0].correct is True
    with pytest.raises(DataError, match=r"s\.jsonl:1: correct must be true or false"):
        read_trajectory_samples(write_lines(tmp_path / "s.jsonl", [{**good, "correct": 1}]))


def test_length_filters_drop_and_count_and_fail_clearly_when_nothing_fits(tokenizer, tmp_path):
    short = SFTRecord("1", "d", "p", (*PROMPT, {"role": "assistant", "content": "SELECT 1"}))
    long = SFTRecord("2", "d", "p", (*PROMPT, {"role": "assistant", "content": "SELECT 1 " * 200}))
    full = len(tokenizer.apply_chat_template(list(short.messages), tokenize=True, return_dict=True)["input_ids"])
    assert fit_sft([short, long], tokenizer, full) == fit_sft([short, long], tokenizer, full + 1)
    selection = fit_sft([short, long], tokenizer, full)
    assert selection.kept == (short,) and selection.dropped == {"too_long": 1}
    with pytest.raises(ConfigError, match=rf"none of the 2 examples fits max_length={full - 1}"):
        fit_sft([short, long], tokenizer, full - 1)

    pair = read_preference_pairs(write_lines(tmp_path / "pairs.jsonl", [pair_line(chosen_final=True)]))[0]
    prompt_ids = tokenizer(text=pair_prompt(pair, tokenizer))["input_ids"]
    chosen_ids = tokenizer(text=pair_prompt(pair, tokenizer) + pair.chosen + tokenizer.eos_token)["input_ids"]
    rejected_ids = tokenizer(text=pair_prompt(pair, tokenizer) + pair.rejected)["input_ids"]
    longest = max(len(chosen_ids), len(rejected_ids))
    assert fit_pairs([pair], tokenizer, longest, len(prompt_ids)).kept == (pair,)
    assert fit_pairs([pair, pair], tokenizer, longest + 5, len(prompt_ids)).dropped == {"too_long": 0}
    with pytest.raises(ConfigError, match="none of the 1 examples"):
        fit_pairs([pair], tokenizer, longest - 1, len(prompt_ids))
    with pytest.raises(ConfigError, match="none of the 1 examples"):
        fit_pairs([pair], tokenizer, longest, len(prompt_ids) - 1)


def test_a_pair_prompt_is_the_opened_chat_followed_by_the_steps_taken(tokenizer, tmp_path):
    pair = read_preference_pairs(write_lines(tmp_path / "p.jsonl", [pair_line(prefix=STEP_1 + "\n", step_index=1)]))[0]
    text = pair_prompt(pair, tokenizer)
    assert text == tokenizer.apply_chat_template(PROMPT, tokenize=False, add_generation_prompt=True) + STEP_1 + "\n"
    assert text.endswith("```\n") and "<|im_start|>assistant\n" in text

