"""The chat templates: registry, fields, StrictUndefined, schema sections, and demonstrations rendered in the
very format the output parsers read back."""

from __future__ import annotations

from pathlib import Path

import jinja2
import jinja2.meta
import pytest

import learnat_core.prompting

from learnat_core.data import load_schemas, locate, schema_text
from learnat_core.decomposition import Step
from learnat_core.errors import ConfigError
from learnat_core.prompting import (
    PROMPT_STYLES,
    TEMPLATES,
    fixed_demonstrations,
    format_solution,
    format_step_json,
    parse_decomposition,
    parse_step_json,
    render_prompt,
    template_file,
)

GOLD = "SELECT count(*) FROM flight WHERE origin = 'Los Angeles'"


@pytest.fixture(scope="module")
def schemas(bundled_root):
    return load_schemas(locate("spider", "train", bundled_root))


def _fields(name: str, schema: str) -> dict:
    fields = {"schema": schema, "question": "How many flights leave Los Angeles?"}
    extra = {"synthesis_step": {"gold_sql": GOLD}, "given_decomposition": {"sub_questions": ["Which flights?"]}}
    return {**fields, **extra.get(name, {})}


ENCOURAGEMENT = "a reward of one million dollars is yours"
ONE_STEP_NOTE = "a simple question takes a single step"


def _admin_block(text: str) -> str:
    """The 'Database admin instructions:' heading and its numbered lines, as they appear in ``text``."""
    return "Database admin instructions:" + text.split("Database admin instructions:", 1)[1].split("\n\n", 1)[0]


def test_registry_lists_exactly_the_variables_each_template_reads_in_every_style():
    assert set(TEMPLATES) == {"direct_sql", "decomposition", "given_decomposition", "synthesis_step"}
    assert set(PROMPT_STYLES) == {"released", "kit", "compact"}
    folder = Path(learnat_core.prompting.__file__).parent / "templates"
    for name, template in TEMPLATES.items():
        for style in PROMPT_STYLES:
            tree = jinja2.Environment().parse((folder / template_file(name, style)).read_text(encoding="utf-8"))
            assert jinja2.meta.find_undeclared_variables(tree) == template.fields, (name, style)


@pytest.mark.parametrize("style", sorted(PROMPT_STYLES))
@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_every_field_reaches_the_prompt(name, style):
    demo = fixed_demonstrations()[1]
    fields = {
        **_fields(name, "flight(flno, origin)"),
        "evidence": "leave Los Angeles refers to origin = 'Los Angeles'",
        "foreign_keys": "flight.aid = aircraft.aid",
        "demonstrations": [demo],
        "demo_schemas": {demo.db_id: "aircraft(aid, name, distance)"},
    }
    system, user = render_prompt(name, **fields, prompt_style=style)
    assert (system["role"], user["role"]) == ("system", "user")
    text = system["content"] + user["content"]
    for value in ("flight(flno, origin)", fields["question"], fields["evidence"], fields["foreign_keys"]):
        assert value in text
    assert demo.question in text and "aircraft(aid, name, distance)" in text and demo.evidence in text
    assert "【Database schema】" in user["content"] and "【Foreign keys】" in user["content"]
    assert "{{" not in text and "{%" not in text


def test_decomposition_prompt_layout(schemas):
    schema = schema_text(schemas["flight_1"], style="learnat")
    system, user = render_prompt("decomposition", schema=schema, question="How many flights are there?")
    assert "Sub question k:" in system["content"] and "SubSQLk:" in system["content"]
    assert "Database admin instructions:" in system["content"]
    assert "Worked examples" not in system["content"]  # no demonstrations given
    content = user["content"]
    # A schema text with its own sections is used verbatim: each header appears once, in order.
    assert content.count("【Database schema】") == 1 and content.count("【Foreign keys】") == 1
    positions = [content.index(header) for header in ("【Database schema】", "【Foreign keys】", "【Question】", "【Evidence】")]
    assert positions == sorted(positions) and content.startswith(schema)
    assert content.endswith("【Solution】") and "【Evidence】\nNone" in content


@pytest.mark.parametrize("style", sorted(PROMPT_STYLES))
def test_admin_instructions_are_nine_numbered_lines(style):
    system = render_prompt("direct_sql", schema="t(a)", question="q", prompt_style=style)[0]["content"]
    block = _admin_block(system).splitlines()[1:]
    assert [line.split(".", 1)[0] for line in block] == [str(n) for n in range(1, 10)]


def _rules(name: str, style: str) -> list[str]:
    text = "\n\n".join(m["content"] for m in render_prompt(name, **_fields(name, "t(a)"), prompt_style=style))
    return [line.split(". ", 1)[1] for line in _admin_block(text).splitlines()[1:]]


def test_released_style_has_its_own_nine_rules_and_the_synthesis_variant_of_rule_one():
    released, kit = _rules("decomposition", "released"), _rules("decomposition", "kit")
    assert not set(released) & set(kit)
    # The released rules in substance: extremes by ORDER BY + LIMIT 1, sort keys not selected, id over name,
    # only what is asked, nothing missing, one query, no ||, T1/T2 aliases, NULLs filtered where computed.
    for number, words in enumerate(["ORDER BY with LIMIT 1", "sorting columns", "id column", "nothing more",
                                    "nothing missing", "one single SQL query", "||", "T1, T2, T3",
                                    "filter out its NULL values"]):
        assert words in released[number], (number + 1, released[number])
    assert all(_rules(name, "released") == released for name in ("direct_sql", "given_decomposition"))
    synthesis = _rules("synthesis_step", "released")
    assert synthesis[1:] == released[1:] and synthesis[0].startswith(released[0][:-1])
    assert "in every other case, do not use ORDER BY with LIMIT 1" in synthesis[0]


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_released_style_ends_with_the_encouragement_and_drops_the_one_step_note(name):
    fields = _fields(name, "t(a)")
    released = "".join(m["content"] for m in render_prompt(name, **fields, prompt_style="released"))
    kit = "".join(m["content"] for m in render_prompt(name, **fields))
    assert ENCOURAGEMENT in released and ENCOURAGEMENT not in kit
    assert ONE_STEP_NOTE not in released
    assert (ONE_STEP_NOTE in kit) == (name in ("decomposition", "given_decomposition"))
    goal = "the correct 【Sub Questions】" if name == "synthesis_step" else "the correct SQLite query"
    assert f"until you reach {goal}." in released


def test_released_decomposition_prompt_layout():
    demos = fixed_demonstrations()
    fields = {"schema": "flight(flno, origin)", "question": "How many flights?", "demonstrations": demos}
    system, user = render_prompt("decomposition", **fields, prompt_style="released")
    kit_user = render_prompt("decomposition", **fields)[1]
    assert user == kit_user  # the same target sections, ending where the solution begins
    text = system["content"]
    assert "Requirements:\n1." in text and "5. Answer in this format:\n==========\nSub question 1: ..." in text
    order = [text.index(part) for part in ("Requirements:", "Database admin instructions:", ENCOURAGEMENT,
                                           demos[0].question, demos[1].question)]
    assert order == sorted(order) and text.endswith("==========")
    assert text.count("==========") == 2 + len(demos) + 1  # around the format, before each example, at the end
    for demo in demos:
        rendered = format_solution(demo.steps)
        assert rendered in text and parse_decomposition(rendered).steps == demo.steps


def test_released_synthesis_prompt_layout_round_trips_json_steps_and_hides_gold_on_request():
    demo = fixed_demonstrations()[1]
    fields = {"schema": "t(a)", "question": demo.question, "gold_sql": demo.final_sql, "demonstrations": [demo],
              "steps": demo.steps[:1]}
    system, user = render_prompt("synthesis_step", **fields, prompt_style="released")
    assert system["content"] == "You are a data science expert."
    content = user["content"]
    assert content.endswith("Give sub question 2 as one JSON object.")
    target = content.rsplit("==========", 1)[1]
    headers = ["【Database schema】", "【Question】", "【Evidence】", "【SQL】", "【Sub Questions】"]
    assert [target.index(h) for h in headers] == sorted(target.index(h) for h in headers)
    assert f"【SQL】\n```sql\n{demo.final_sql}\n```" in target
    lines = [line for line in target.splitlines() if line.startswith('{"sub_query"')]
    assert [parse_step_json(line).step for line in lines] == list(demo.steps[:1])
    hidden = render_prompt("synthesis_step", **fields, show_gold=False, prompt_style="released")[1]["content"]
    hidden_target = hidden.rsplit("==========", 1)[1]  # the demonstration before it keeps its own SQL
    assert "【SQL】" not in hidden_target and demo.final_sql not in hidden_target and demo.question in hidden_target


def test_unknown_prompt_style_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown prompt style 'paper'; choose one of released, kit, compact"):
        render_prompt("decomposition", schema="t(a)", question="q", prompt_style="paper")


@pytest.mark.parametrize("style", sorted(PROMPT_STYLES))
@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_instructions_false_drops_only_the_admin_instructions(name, style):
    fields = {**_fields(name, "flight(flno, origin)"), "demonstrations": [fixed_demonstrations()[0]]}
    shown = render_prompt(name, **fields, prompt_style=style)
    hidden = render_prompt(name, **fields, instructions=False, prompt_style=style)
    assert "Database admin instructions:" in shown[0]["content"] + shown[1]["content"]
    block = _admin_block(shown[0]["content"] + shown[1]["content"])
    for before, after in zip(shown, hidden, strict=True):
        assert "Database admin instructions:" not in after["content"]
        assert before["content"].replace(block + "\n\n", "").replace("\n\n" + block, "") == after["content"]


def test_schema_without_foreign_keys_gets_no_empty_section():
    user = render_prompt("direct_sql", schema="t(a)", question="q")[1]["content"]
    assert user.startswith("【Database schema】\nt(a)\n\n【Question】") and "【Foreign keys】" not in user


def test_missing_unknown_and_undefined_fields_are_config_errors():
    with pytest.raises(ConfigError, match="missing question"):
        render_prompt("decomposition", schema="t(a)")
    with pytest.raises(ConfigError, match="unknown evidance"):
        render_prompt("decomposition", schema="t(a)", question="q", evidance="typo")
    with pytest.raises(ConfigError, match="missing gold_sql"):
        render_prompt("synthesis_step", schema="t(a)", question="q")
    with pytest.raises(ConfigError, match="unknown prompt template 'nope'"):
        render_prompt("nope")
    # StrictUndefined: a demonstration without the attributes the template reads is an error, not blank text.
    with pytest.raises(ConfigError, match="'object object' has no attribute"):
        render_prompt("decomposition", schema="t(a)", question="q", demonstrations=[object()])


def test_decomposition_demonstrations_round_trip_through_the_parser():
    demos = fixed_demonstrations()
    system = render_prompt("decomposition", schema="t(a)", question="q", demonstrations=demos)[0]["content"]
    for demo in demos:
        rendered = format_solution(demo.steps)
        assert rendered in system
        parsed = parse_decomposition(rendered)
        assert parsed.failure is None
        assert parsed.steps == demo.steps and parsed.final_sql == demo.final_sql


def test_synthesis_prompt_numbers_the_next_step_and_round_trips_json_steps():
    demo = fixed_demonstrations()[1]
    done = demo.steps[:2]
    user = render_prompt("synthesis_step", schema="t(a)", question=demo.question, gold_sql=demo.final_sql, steps=done)[1]
    assert user["content"].endswith("Give sub question 3 as one JSON object.")
    lines = user["content"].split("Now the task.", 1)[1].splitlines()
    assert [parse_step_json(line).step for line in lines if line.startswith('{"sub_query": "Sub question')] == list(done)
    for number, step in enumerate(demo.steps, start=1):
        text = format_step_json(step, number)
        assert text.startswith(f'{{"sub_query": "Sub question {number}: ')
        assert parse_step_json(text).step == step


def test_show_gold_flag_hides_the_gold_sql():
    demo = fixed_demonstrations()[0]
    fields = {"schema": "t(a)", "question": "q", "gold_sql": GOLD, "demonstrations": [demo]}
    shown = render_prompt("synthesis_step", **fields)[1]["content"]
    hidden = render_prompt("synthesis_step", **fields, show_gold=False)[1]["content"]
    assert GOLD in shown and shown.count("【SQL】") == 2
    assert GOLD not in hidden and "【SQL】" not in hidden and demo.question in hidden


def test_json_steps_escape_quotes_and_newlines():
    step = Step('Which names contain a "quote"?', "SELECT name\nFROM t\nWHERE name LIKE '%\"%'")
    assert parse_step_json(format_step_json(step, 4)).step == step


def test_given_decomposition_lists_the_sub_questions_and_shares_the_system_prompt():
    fields = {"schema": "flight(flno, origin)", "question": "How many flights leave Los Angeles?"}
    given = render_prompt("given_decomposition", **fields, sub_questions=["Which flights leave LA?", "How many?"])
    plain = render_prompt("decomposition", **fields)
    assert given[0] == plain[0]
    assert "Sub question 1: Which flights leave LA?\nSub question 2: How many?" in given[1]["content"]
    assert given[1]["content"].endswith("【Solution】")
