"""The inference loop with a scripted backend: statuses, retries, voting, resume, failures per batch.

The backend is fake (fixed replies per question), everything else is real: bundled Spider dev questions,
prompts, the output parser, and SQL executed read-only on the bundled databases.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
from collections.abc import Sequence

import pytest

from learnat_core.data import locate
from learnat_core.decomposition import Decomposition, Step, write_decompositions
from learnat_core.errors import ConfigError
from learnat_core.evaluation.predictions import InferenceRecord, read_records, write_record
from learnat_core.inference import InferenceConfig, run_inference
from learnat_core.llm import Backend, BackendError, Completion, GenerationConfig, Prompt
from learnat_core.llm.base import prompt_too_long

SPLIT = locate("spider", "dev")
EXAMPLES = SPLIT.load()[:6]  # concert_singer; 0 and 1 ask for the number of singers (6)
COUNT = "SELECT count(*) FROM singer"
PROMPT_TOKENS, COMPLETION_TOKENS, SECONDS = 100, 7, 0.25


def decomposition(*sqls: str) -> str:
    """A well-formed decomposition reply with one step per SQL."""
    return "\n".join(f"Sub question {k}: step {k}?\nSubSQL{k}:\n```sql\n{sql}\n```" for k, sql in enumerate(sqls, 1))


class ScriptedBackend(Backend):
    """Replies from a script: each question (found in the prompt) gets its listed texts in order.

    Questions in ``fail`` make the whole call raise BackendError; questions in ``too_long`` are answered as
    prompts that do not fit the context. Every call's prompts (as question texts) and config are kept.
    """

    name = "scripted"

    def __init__(self, script: dict[str, Sequence[str]], fail: Sequence[str] = (), too_long: Sequence[str] = ()):
        super().__init__("scripted")
        self.replies = {question: list(texts) for question, texts in script.items()}
        self.fail, self.too_long = set(fail), set(too_long)
        self.calls: list[tuple[list[str], GenerationConfig]] = []
        self.prompts: list[Prompt] = []

    def count_tokens(self, prompt: Prompt) -> int:
        return PROMPT_TOKENS

    def generate(self, prompts: Sequence[Prompt], config: GenerationConfig | None = None) -> list[list[Completion]]:
        config = config or GenerationConfig()
        questions = [self._question(prompt) for prompt in prompts]
        self.calls.append((questions, config))
        self.prompts.extend(prompts)
        if self.fail & set(questions):
            raise BackendError("server overloaded", status=503)
        results = []
        for question in questions:
            if question in self.too_long:
                results.append(prompt_too_long(5000, config.n))
            else:
                texts = [self.replies[question].pop(0) for _ in range(config.n)]
                results.append([Completion(text, PROMPT_TOKENS, COMPLETION_TOKENS, SECONDS, "stop") for text in texts])
        self.usage.record(prompt_tokens=PROMPT_TOKENS * len(prompts), completion_tokens=0,
                          completions=len(prompts) * config.n, seconds=0.0)
        return results

    def _question(self, prompt: Prompt) -> str:
        user = prompt[-1]["content"]
        return next(q for q in (e.question for e in SPLIT.load()) if f"【Question】\n{q}\n" in user)


def script(*replies: Sequence[str]) -> dict[str, list[str]]:
    """Replies for EXAMPLES[0], EXAMPLES[1], ... in order."""
    return {example.question: list(texts) for example, texts in zip(EXAMPLES, replies)}


def run(tmp_path, backend, examples=EXAMPLES, name="pred.jsonl", **settings):
    config = InferenceConfig(**{"sample_values": 0, "demo_k": 0, **settings})
    summary = run_inference(examples, backend, config, tmp_path / name, split=SPLIT, progress=False)
    return summary, {record.id: record for record in read_records(tmp_path / name)}


def test_each_kind_of_garbage_gets_its_parse_status(tmp_path):
    replies = [
        "",
        "Sub question 1: How many singers?\nSubSQL1:\n```sql\nSELECT count(*) FROM singer",
        "I think the answer is six singers.",
        "Sub question 1:\nSubSQL1:\n```sql\nSELECT 1\n```\n" + decomposition(COUNT).replace("1", "2", 2),
        "```json\n{\"sql\": 1}\n```",
        decomposition("SELECT name FROM singer", COUNT),
    ]
    summary, records = run(tmp_path, ScriptedBackend(script(*([text] for text in replies))), retries=0)
    statuses = [records[example.id].status for example in EXAMPLES]
    assert statuses == ["empty_output", "unterminated_block", "no_sql_block", "empty_step", "no_sql_block", "ok"]
    assert summary.statuses == {"empty_output": 1, "unterminated_block": 1, "no_sql_block": 2, "empty_step": 1, "ok": 1}
    # An unclosed block and an incomplete step still give a final SQL; retries 0 executes nothing.
    assert [records[e.id].final_sql for e in EXAMPLES] == [None, COUNT, None, COUNT, None, COUNT]
    assert all(record.exec_status is None and record.retries == 0 for record in records.values())
    assert [(s.sub_question, s.sub_sql) for s in records["5"].steps] == [
        ("step 1?", "SELECT name FROM singer"), ("step 2?", COUNT)]
    assert records["0"].raw == ("",)


def test_direct_mode_reads_one_query_and_reports_missing_sql(tmp_path):
    replies = ["", "No idea.", f"```sql\n{COUNT};\n```", f"Answer: {COUNT}; -- done"]
    _, records = run(tmp_path, ScriptedBackend(script(*([text] for text in replies))), EXAMPLES[:4],
                     mode="direct", retries=0)
    assert [(records[e.id].status, records[e.id].final_sql) for e in EXAMPLES[:4]] == [
        ("empty_output", None), ("no_sql_block", None), ("ok", COUNT), ("ok", COUNT)]
    assert all(record.steps == () and record.mode == "direct" for record in records.values())


def test_retries_stop_at_the_first_executing_sql_and_keep_every_attempts_tokens(tmp_path):
    backend = ScriptedBackend(script(
        ["no SQL here", decomposition("SELECT nickname FROM singer"), decomposition(COUNT), decomposition(COUNT)],
        [decomposition(COUNT)],
    ))
    summary, records = run(tmp_path, backend, EXAMPLES[:2], retries=5)
    first, second = records["0"], records["1"]
    assert (first.retries, first.status, first.exec_status, first.final_sql) == (2, "ok", "ok", COUNT)
    assert len(first.raw) == 3 and first.raw[0] == "no SQL here"
    assert (first.prompt_tokens, first.completion_tokens) == (3 * PROMPT_TOKENS, 3 * COMPLETION_TOKENS)
    assert first.seconds >= 3 * SECONDS
    assert (second.retries, second.exec_status, len(second.raw)) == (0, "ok", 1)
    # Attempt 0 is greedy; retry k samples with seed + k, and only the question that needs it is asked again.
    assert [(len(questions), c.do_sample, c.seed) for questions, c in backend.calls] == [
        (2, False, None), (1, True, 2025), (1, True, 2026)]
    assert summary.prompt_tokens == sum(r.prompt_tokens for r in records.values()) == 4 * PROMPT_TOKENS
    assert backend.replies[EXAMPLES[0].question] == [decomposition(COUNT)]  # the fourth reply was never asked for


def test_a_write_statement_or_failing_sql_is_regenerated_and_the_last_attempt_kept(tmp_path):
    backend = ScriptedBackend(script(
        [decomposition("DROP TABLE singer"), decomposition("DELETE FROM singer"), decomposition(COUNT)],
        [decomposition("SELECT nickname FROM singer")] * 3,
    ))
    _, records = run(tmp_path, backend, EXAMPLES[:2], retries=2)
    assert (records["0"].retries, records["0"].exec_status, records["0"].final_sql) == (2, "ok", COUNT)
    assert (records["1"].retries, records["1"].exec_status, records["1"].status) == (2, "error", "ok")
    assert records["1"].final_sql == "SELECT nickname FROM singer"
    with sqlite3.connect(SPLIT.db_path("concert_singer")) as connection:
        assert connection.execute(COUNT).fetchone() == (6,)  # the sandbox refused the writes


def test_self_consistency_keeps_the_majority_result_and_records_every_candidate(tmp_path):
    backend = ScriptedBackend(script([
        decomposition("SELECT name FROM singer ORDER BY name"),
        decomposition(COUNT),
        decomposition("SELECT 6.0"),  # 6.0 equals 6
        decomposition("SELECT nickname FROM singer"),
        decomposition("SELECT name FROM singer ORDER BY name DESC"),  # same rows as the first, other order
        decomposition("SELECT count(Singer_ID) FROM singer"),
        "no SQL",
    ]))
    summary, records = run(tmp_path, backend, EXAMPLES[:1], samples=7)
    record = records["0"]
    assert (record.chosen, record.final_sql, record.retries) == (1, COUNT, 0)
    assert len(record.candidates) == len(record.raw) == 7
    hashes = [candidate.result_hash for candidate in record.candidates]
    assert hashes[1] == hashes[2] == hashes[5] and hashes[0] == hashes[4] and hashes[0] != hashes[1]
    assert [c.exec_status for c in record.candidates] == ["ok", "ok", "ok", "error", "ok", "ok", None]
    assert hashes[3] is hashes[6] is None and record.candidates[6].status == "no_sql_block"
    # One sampled call: the prompt counted once for the question, once per candidate for the multi-call curve.
    assert [(c.n, c.do_sample, c.seed) for _, c in backend.calls] == [(7, True, 2024)]
    assert (record.prompt_tokens, record.completion_tokens) == (PROMPT_TOKENS, 7 * COMPLETION_TOKENS)
    assert all(c.prompt_tokens == PROMPT_TOKENS for c in record.candidates)
    assert json.loads((tmp_path / "pred.jsonl").read_text())["chosen"] == 1


def test_vote_ties_go_to_the_earliest_group_and_failures_never_win(tmp_path):
    backend = ScriptedBackend(script(
        [decomposition("SELECT nickname FROM singer"), decomposition("SELECT 1"), decomposition(COUNT),
         decomposition("SELECT 6"), decomposition("SELECT 1")],
        [decomposition("SELECT nickname FROM singer"), "nothing", decomposition("SELECT bad FROM singer")],
    ))
    _, records = run(tmp_path, backend, EXAMPLES[:1], samples=5)
    assert (records["0"].chosen, records["0"].final_sql) == (1, "SELECT 1")
    _, records = run(tmp_path, backend, EXAMPLES[1:2], name="none.jsonl", samples=3)
    # Nothing executes: the earliest candidate with SQL is kept.
    assert (records["1"].chosen, records["1"].final_sql, records["1"].exec_status) == (
        0, "SELECT nickname FROM singer", "error")


def test_resume_skips_done_ids_and_drops_an_interrupted_last_line(tmp_path, caplog):
    answers = script(*([decomposition(COUNT)] for _ in EXAMPLES))
    run(tmp_path, ScriptedBackend(answers), EXAMPLES[:3], retries=0)
    out = tmp_path / "pred.jsonl"
    with out.open("a") as handle:
        handle.write('{"id": "3", "db_id": "concert_sin')  # killed in the middle of a write
    backend = ScriptedBackend(answers)
    config = InferenceConfig(sample_values=0, demo_k=0, retries=0)
    with caplog.at_level(logging.INFO):
        summary = run_inference(EXAMPLES, backend, config, out, split=SPLIT, progress=False)
    assert "incomplete last line" in caplog.text and "3 of 6 questions already done, skipped" in caplog.text
    assert [questions for questions, _ in backend.calls] == [[e.question for e in EXAMPLES[3:]]]
    assert (summary.total, summary.skipped, summary.written) == (6, 3, 3)
    assert summary.statuses == {"ok": 6} and summary.prompt_tokens == 6 * PROMPT_TOKENS
    assert [record.id for record in read_records(out)] == [e.id for e in EXAMPLES]
    again = run_inference(EXAMPLES, backend, config, out, split=SPLIT, progress=False)
    assert (again.skipped, again.written, len(backend.calls)) == (6, 0, 1)


def test_a_backend_error_fails_one_call_only_and_is_redone_on_resume(tmp_path):
    answers = script(*([decomposition(COUNT)] for _ in EXAMPLES))
    failing = ScriptedBackend(answers, fail=[EXAMPLES[2].question])
    summary, records = run(tmp_path, failing, retries=0, questions_per_call=2)
    assert [records[e.id].status for e in EXAMPLES] == ["ok", "ok", "backend_error", "backend_error", "ok", "ok"]
    assert records["2"].error == "HTTP 503: server overloaded" and records["3"].final_sql is None
    assert summary.statuses == {"ok": 4, "backend_error": 2}
    healthy = ScriptedBackend(answers)
    summary, records = run(tmp_path, healthy, retries=0, questions_per_call=2)
    assert (summary.skipped, summary.redone, summary.written) == (4, 2, 2)
    assert [questions for questions, _ in healthy.calls] == [[EXAMPLES[2].question, EXAMPLES[3].question]]
    assert summary.statuses == {"ok": 6} and len(records) == 6


def test_a_prompt_too_long_is_not_retried(tmp_path):
    backend = ScriptedBackend(script([], [decomposition(COUNT)]), too_long=[EXAMPLES[0].question])
    summary, records = run(tmp_path, backend, EXAMPLES[:2], retries=5)
    assert (records["0"].status, records["0"].retries, records["0"].final_sql) == ("prompt_too_long", 0, None)
    assert "5000 tokens" in records["0"].error and records["0"].prompt_tokens == 0
    assert records["1"].status == "ok" and len(backend.calls) == 1
    assert summary.statuses == {"prompt_too_long": 1, "ok": 1}


def test_questions_without_schema_or_database_get_a_status_and_no_generation(tmp_path):
    nowhere = dataclasses.replace(SPLIT, db_root=tmp_path / "no-databases")
    stray = dataclasses.replace(EXAMPLES[1], id="stray", db_id="no_such_db")
    backend = ScriptedBackend({})
    config = InferenceConfig(retries=1)
    summary = run_inference([EXAMPLES[0], stray], backend, config, tmp_path / "p.jsonl", split=nowhere,
                            progress=False)
    records = {record.id: record for record in read_records(tmp_path / "p.jsonl")}
    assert records["0"].status == "missing_database" and "no-databases" in records["0"].error
    assert records["stray"].status == "missing_schema" and "no_such_db" in records["stray"].error
    assert backend.calls == [] and summary.statuses == {"missing_database": 1, "missing_schema": 1}


def test_gold_schema_shows_only_the_tables_the_gold_sql_uses(tmp_path):
    backend = ScriptedBackend(script([decomposition(COUNT)]))
    run(tmp_path, backend, EXAMPLES[:1], retries=0, gold_schema=True)
    full = ScriptedBackend(script([decomposition(COUNT)]))
    run(tmp_path, full, EXAMPLES[:1], name="full.jsonl", retries=0)
    gold_record, full_record = read_records(tmp_path / "pred.jsonl")[0], read_records(tmp_path / "full.jsonl")[0]
    assert (gold_record.schema, full_record.schema) == ("gold", "full")
    gold_prompt, full_prompt = backend.prompts[0][-1]["content"], full.prompts[0][-1]["content"]
    assert 'CREATE TABLE "singer"' in gold_prompt and '"stadium"' not in gold_prompt and '"Song_Name"' not in gold_prompt
    assert '"stadium"' in full_prompt and '"Song_Name"' in full_prompt
    assert gold_record.prompt_hash != full_record.prompt_hash


def test_adr_ranks_by_a_draft_sql_and_falls_back_to_question_embeddings_without_one(tmp_path):
    pool = [
        ("farm", "List the hosts of all competitions.", "SELECT Hosts FROM farm_competition"),
        ("farm", "How many farms are there?", "SELECT count(*) FROM farm"),
        ("farm", "Which themes had competitions in cities above 1000 people?",
         "SELECT T2.Theme FROM city AS T1 JOIN farm_competition AS T2 ON T1.City_ID = T2.Host_city_ID "
         "WHERE T1.Population > 1000"),
    ]
    write_decompositions(tmp_path / "pool.jsonl", [
        Decomposition(f"p{k}", db_id, question, (Step(question, sql),), sql, "human")
        for k, (db_id, question, sql) in enumerate(pool)])
    draft = InferenceRecord("0", "concert_singer", "direct", "", (), (), "SELECT count(*) FROM singer", "ok", None,
                            0, 0, 0.0, 0)
    with (tmp_path / "drafts.jsonl").open("w") as handle:
        write_record(handle, draft)
    backend = ScriptedBackend(script([decomposition(COUNT)], [decomposition(COUNT)]))
    _, records = run(tmp_path, backend, EXAMPLES[:2], mode="decomposition_adr", demo_strategy="ast", demo_k=1,
                     demo_pool=str(tmp_path / "pool.jsonl"), drafts=str(tmp_path / "drafts.jsonl"), retries=0)
    assert (records["0"].demos, records["0"].demo_strategy) == (("p1",), "ast")
    assert records["1"].demo_strategy == "embedding (no usable draft SQL for ast)" and len(records["1"].demos) == 1
    assert "How many farms are there?" in backend.prompts[0][0]["content"]  # the demonstration, in the system part


def test_resuming_with_other_settings_and_repeated_ids_are_refused(tmp_path):
    backend = ScriptedBackend(script([decomposition(COUNT)], [decomposition(COUNT)]))
    run(tmp_path, backend, EXAMPLES[:1], retries=0)
    assert json.loads((tmp_path / "pred.jsonl.settings.json").read_text())["mode"] == "decomposition"
    with pytest.raises(ConfigError, match="written with other settings \\(mode 'decomposition' -> 'direct', "
                                          "samples 1 -> 3\\); use another file"):
        run(tmp_path, backend, EXAMPLES[:2], mode="direct", retries=0, samples=3)
    free_to_change = {"batch_size": 1, "questions_per_call": 1, "semantics": "bird"}
    summary, _ = run(tmp_path, backend, EXAMPLES[:2], retries=0, **free_to_change)
    assert (summary.skipped, summary.written) == (1, 1)
    with pytest.raises(ConfigError, match="question ids must be unique; repeated: 1"):
        run(tmp_path, backend, [EXAMPLES[1], EXAMPLES[1]], name="other.jsonl")


def test_resuming_with_another_model_is_refused(tmp_path):
    first = ScriptedBackend(script([decomposition(COUNT)]))
    run(tmp_path, first, EXAMPLES[:1], retries=0)
    other = ScriptedBackend(script([decomposition(COUNT)]))
    other.model_id = "another-model"
    with pytest.raises(ConfigError, match="model 'scripted' -> 'another-model'"):
        run(tmp_path, other, EXAMPLES[:1], retries=0)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"mode": "cot"}, "mode must be one of direct, decomposition, decomposition_adr, given_decomposition; got 'cot'"),
        ({"demo_strategy": "bm25"}, "demo_strategy must be one of embedding, dail, ast, random, fixed"),
        ({"schema_style": "json"}, "schema_style must be one of compact, ddl, learnat"),
        ({"semantics": "exact"}, "semantics must be one of spider, bird, learnat"),
        ({"retries": -1}, "retries must be at least 0"),
        ({"samples": 0}, "samples must be at least 1"),
        ({"temperature": 0}, "temperature must be greater than 0"),
        ({"top_p": 1.5}, r"top_p must be in \(0, 1\]"),
        ({"schema_style": "compact"}, "sample_values must be 0 with schema_style 'compact'"),
        ({"mode": "decomposition_adr", "demo_strategy": "ast"}, "give drafts"),
        ({"instructions": "no"}, "instructions must be true or false; got 'no'"),
    ],
)
def test_config_rejects_bad_values_naming_the_field(settings, message):
    with pytest.raises(ConfigError, match=message):
        InferenceConfig(**settings)


def test_given_decomposition_prompt_lists_the_gold_ast_sub_questions():
    from learnat_core.data import load_schemas, locate
    from learnat_core.inference.prompts import PromptBuilder
    from learnat_core.decomposition.gold_decomposer import gold_decomposition

    split = locate("spider", "dev")
    example = next(e for e in split.load() if "(SELECT" in e.gold_sql.upper())
    config = InferenceConfig(mode="given_decomposition", sample_values=0, demo_k=0)
    user = PromptBuilder(config, split).build(example).messages[1]["content"]
    schema = load_schemas(split)[example.db_id]
    expected = [step.sub_question for step in gold_decomposition(example, schema=schema).steps]
    assert "【Sub questions】" in user and len(expected) > 1
    for number, sub_question in enumerate(expected, start=1):
        assert f"Sub question {number}: {sub_question}" in user


@pytest.mark.parametrize("mode", ["direct", "decomposition"])
def test_instructions_setting_reaches_the_built_prompt(mode):
    from learnat_core.data import locate
    from learnat_core.inference.prompts import PromptBuilder

    split = locate("spider", "dev")
    example = split.load()[0]
    shown, hidden = (PromptBuilder(InferenceConfig(mode=mode, sample_values=0, demo_k=0, instructions=flag), split)
                     .build(example) for flag in (True, False))
    assert "Database admin instructions:" in shown.messages[0]["content"]
    assert "Database admin instructions:" not in hidden.messages[0]["content"]
    assert shown.messages[1] == hidden.messages[1] and shown.prompt_hash != hidden.prompt_hash
