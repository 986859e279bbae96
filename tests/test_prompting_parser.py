"""Reading model replies: decomposition steps, the synthesis JSON step, direct SQL; every failure kind, and
no exception on any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from learnat_core.decomposition import Step
from learnat_core.prompting import (
    DECOMPOSITION_FAILURES,
    STEP_JSON_FAILURES,
    extract_sql,
    parse_decomposition,
    parse_step_json,
)

WELL_FORMED = """Let me break this down.

Sub question 1: What is the average price of all wines?
SubSQL1:
```sql
SELECT AVG(Price) FROM wine
```
Sub question 2: Which wines cost more than that?
SubSQL2:
```sql
SELECT Name FROM wine WHERE Price > (SELECT AVG(Price) FROM wine)
```
That answers the question."""

STEPS = (
    Step("What is the average price of all wines?", "SELECT AVG(Price) FROM wine"),
    Step("Which wines cost more than that?", "SELECT Name FROM wine WHERE Price > (SELECT AVG(Price) FROM wine)"),
)


def test_well_formed_reply():
    parsed = parse_decomposition(WELL_FORMED)
    assert parsed.failure is None
    assert parsed.steps == STEPS
    assert parsed.final_sql == STEPS[-1].sub_sql


@pytest.mark.parametrize(
    "variant",
    [
        WELL_FORMED.replace("```sql", "```SQL"),
        WELL_FORMED.replace("```sql", "```"),
        WELL_FORMED.replace("```sql", "```sqlite"),
        WELL_FORMED.replace("SubSQL1:", "Sub SQL 1:").replace("SubSQL2:", "Sub-SQL 2:"),
        WELL_FORMED.replace("SubSQL1:\n", "").replace("SubSQL2:\n", ""),  # no SQL marker at all
        WELL_FORMED.replace("Sub question 1:", "**Sub question 1:**").replace("Sub question 2:", "- Sub-question 2:"),
        WELL_FORMED.replace("Sub question", "sub Question").replace("\n", "\r\n"),
        WELL_FORMED.replace("```sql\nSELECT AVG(Price) FROM wine\n```", "```sql SELECT AVG(Price) FROM wine```"),
        WELL_FORMED + "\n\nHope this helps! The final query is above.",
    ],
)
def test_fence_and_marker_variants_give_the_same_steps(variant):
    parsed = parse_decomposition(variant)
    assert parsed.failure is None
    assert parsed.steps == STEPS
    assert parsed.final_sql == STEPS[-1].sub_sql


def test_markers_inside_blocks_and_blocks_in_other_languages_are_ignored():
    text = WELL_FORMED.replace("That answers", '```json\nSub question 3: {"x": "SELECT 9"}\n```\nThat answers')
    text = text.replace("SELECT AVG(Price) FROM wine\n", "SELECT AVG(Price) FROM wine\n-- Sub question 9: not a marker\n", 1)
    parsed = parse_decomposition(text)
    assert parsed.failure is None and len(parsed.steps) == 2
    assert parsed.steps[0].sub_sql.endswith("-- Sub question 9: not a marker")


def test_a_lone_sql_block_is_a_final_sql_without_steps():
    parsed = parse_decomposition("Here it is:\n```sql\nSELECT 1\n```")
    assert (parsed.steps, parsed.final_sql, parsed.failure) == ((), "SELECT 1", None)


@pytest.mark.parametrize(
    ("text", "failure"),
    [
        ("", "empty_output"),
        ("  \n\t ", "empty_output"),
        ("Sub question 1: How many wines?\nSubSQL1:\n```sql\nSELECT count(*) FROM wine", "unterminated_block"),
        ("Sub question 1: How many wines?\nSubSQL1: SELECT count(*) FROM wine", "no_sql_block"),
        ("I cannot answer that.", "no_sql_block"),
        ("Sub question 1: a?\n```sql\n```\n", "no_sql_block"),
        ("Sub question 1: a?\nSubSQL1:\n```sql\n```\nSub question 2: b?\n```sql\nSELECT 2\n```", "empty_step"),
        ("Sub question 1: a?\nSub question 2: b?\n```sql\nSELECT 2\n```", "empty_step"),
        ("Sub question 1:\n```sql\nSELECT 1\n```", "empty_step"),
    ],
)
def test_failure_kinds(text, failure):
    assert failure in DECOMPOSITION_FAILURES
    assert parse_decomposition(text).failure == failure


def test_failed_steps_are_left_out_and_the_cut_block_is_kept():
    parsed = parse_decomposition("Sub question 1: a?\nSub question 2: b?\n```sql\nSELECT 2\n```")
    assert parsed.steps == (Step("b?", "SELECT 2"),) and parsed.final_sql == "SELECT 2"
    cut = parse_decomposition(WELL_FORMED.split("(SELECT AVG")[0])
    assert cut.failure == "unterminated_block"
    assert cut.steps[0] == STEPS[0] and cut.final_sql == "SELECT Name FROM wine WHERE Price >"


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_parsers_never_raise_on_arbitrary_text(text):
    _read_without_raising(text)


@given(st.lists(st.sampled_from(["```", "```sql\n", "Sub question 1: ", "SubSQL1:", "{", "}", '"', "SELECT 1", "\n", ";", "'"]), max_size=30))
@settings(max_examples=300, deadline=None)
def test_parsers_never_raise_on_format_fragments(pieces):
    _read_without_raising("".join(pieces))


def _read_without_raising(text: str) -> None:
    assert parse_decomposition(text).failure in (None, *DECOMPOSITION_FAILURES)
    assert parse_step_json(text).failure in (None, *STEP_JSON_FAILURES)
    assert isinstance(extract_sql(text), str)


STEP = Step("What is the average price of all wines?", "SELECT AVG(Price) FROM wine")


@pytest.mark.parametrize(
    "reply",
    [
        '{"sub_query": "Sub question 1: What is the average price of all wines?", "sub_sql": "```sql\\nSELECT AVG(Price) FROM wine\\n```"}',
        'Sure!\n```json\n{"sub_query": "Sub question 2: What is the average price of all wines?",\n "sub_sql": "SELECT AVG(Price) FROM wine"}\n```',
        '{"sub_query": "What is the average price of all wines?", "sub_sql": "```sql\nSELECT AVG(Price) FROM wine\n```"}',  # raw newlines
        '{"sub_query": "x", "sub_sql": "SELECT 1"} then {"sub_query": "Sub question 1: What is the average price of all wines?", "sub_sql": "SELECT AVG(Price) FROM wine", "note": {"a": 1}}',
    ],
)
def test_step_json_variants(reply):
    parsed = parse_step_json(reply)
    assert parsed.failure is None and parsed.step == STEP


@pytest.mark.parametrize(
    ("reply", "failure"),
    [
        ("Sub question 1: what? SELECT 1", "no_json"),
        ("{'sub_query': 'single quotes', 'sub_sql': 'SELECT 1'}", "bad_json"),
        ('{"sub_query": "Sub question 1: a?", "sub_sql": "SELECT 1",}', "bad_json"),
        ('{"sub_query": "Sub question 1: a?"}', "missing_field"),
        ('{"sub_query": "Sub question 1:", "sub_sql": "SELECT 1"}', "missing_field"),
        ('{"sub_query": "Sub question 1: a?", "sub_sql": 7}', "missing_field"),
        ('{"sub_query": "Sub question 1: a?", "sub_sql": "```sql\\n```"}', "empty_sql"),
        ('{"sub_query": "Sub question 1: a?", "sub_sql": "  "}', "empty_sql"),
    ],
)
def test_step_json_failures(reply, failure):
    assert failure in STEP_JSON_FAILURES
    assert parse_step_json(reply) == type(parse_step_json(reply))(None, failure)


@pytest.mark.parametrize(
    ("reply", "sql"),
    [
        ("```sql\nSELECT name FROM singer;\n```", "SELECT name FROM singer"),
        ("First:\n```sql\nSELECT 1\n```\nBetter:\n```SQL\nSELECT 2\n```", "SELECT 2"),
        ("The answer is SELECT name FROM singer WHERE name = 'a;b'; -- done", "SELECT name FROM singer WHERE name = 'a;b'"),
        ('with x as (select 1 as "a;") select * from x; select 2', 'with x as (select 1 as "a;") select * from x'),
        ("```\nSELECT 3\n```", "SELECT 3"),
        ("```sql\nSELECT 4", "SELECT 4"),
        ("I selected nothing useful.", ""),
        ("", ""),
    ],
)
def test_extract_sql(reply, sql):
    assert extract_sql(reply) == sql
