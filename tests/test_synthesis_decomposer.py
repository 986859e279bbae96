"""The rule-based gold-AST decomposer: construction order, alternatives, validity on every Spider dev and
BIRD dev gold query, execution of every Spider step, sub-question templates and the Decomposition record."""

from __future__ import annotations

import doctest
import re

import pytest
from sqlglot import exp

from learnat_core.data import load_schemas, locate, sample_examples
from learnat_core.data.schema import schema_from_entry
from learnat_core.decomposition import AST_RULES, read_decompositions, write_decompositions
from learnat_core.decomposition import gold_decomposer, sub_questions
from learnat_core.decomposition.gold_decomposer import decompose, gold_decomposition
from learnat_core.errors import ConfigError, SqlParseError
from learnat_core.evaluation import execute
from learnat_core.sql_ast import StepClass, classify, parse

NESTED = (
    "SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.singer_id = T2.singer_id "
    "WHERE T1.age > (SELECT avg(age) FROM singer) AND T2.year = 2014"
)


def _sqls(steps) -> list[str]:
    return [step.sub_sql for step in steps]


class _Checker:
    """Checks decompositions with the public sql_ast API only (parses memoised, many steps repeat)."""

    def __init__(self) -> None:
        self.trees: dict[str, object] = {}

    def tree(self, sql: str):
        if sql not in self.trees:
            self.trees[sql] = parse(sql)
        return self.trees[sql]

    def problems(self, gold_sql: str, decompositions) -> list[str]:
        gold = self.tree(gold_sql.strip())
        found = [] if decompositions else ["no decomposition"]
        for steps in decompositions:
            trees = [self.tree(step.sub_sql) for step in steps]
            for index, (step, tree) in enumerate(zip(steps, trees)):
                verdict = classify(tree, trees[:index], gold)
                if verdict is not StepClass.PROGRESSIVE:
                    found.append(f"step {index + 1} {verdict.value}: {step.sub_sql}")
                if not step.sub_question.strip():
                    found.append(f"step {index + 1} has no sub-question")
            if trees[-1] != gold:
                found.append(f"last step is not gold: {steps[-1].sub_sql}")
        return found


def test_docstring_examples():
    assert doctest.testmod(gold_decomposer).failed == 0
    assert doctest.testmod(sub_questions).failed == 0


def test_a_single_clause_query_is_its_own_one_step_decomposition():
    (steps,) = decompose("SELECT count(*) FROM singer", question="How many singers are there?")
    assert _sqls(steps) == ["SELECT count(*) FROM singer"]
    assert steps[0].sub_question == "How many singers are there?"


def test_conditions_are_added_one_at_a_time_and_their_orders_are_the_alternatives():
    gold = "SELECT name FROM singer WHERE age > 30 AND country = 'France'"
    first, second = decompose(gold)
    assert _sqls(first) == [
        "SELECT name FROM singer",
        "SELECT name FROM singer WHERE age > 30",
        gold,
    ]
    assert _sqls(second)[1] == "SELECT name FROM singer WHERE country = 'France'"
    assert len(decompose(gold, max_decompositions=1)) == 1


def test_nested_queries_come_first_or_just_before_the_clause_using_them():
    decompositions = decompose(NESTED)
    canonical = _sqls(decompositions[0])
    assert canonical[0] == "SELECT AVG(age) FROM singer"
    assert canonical[1] == "SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.singer_id = T2.singer_id"
    assert canonical[-1] == NESTED
    just_in_time = [sqls for sqls in map(_sqls, decompositions) if sqls[0] != canonical[0]]
    assert just_in_time and just_in_time[0][1] == "SELECT AVG(age) FROM singer"
    assert len({tuple(sqls) for sqls in map(_sqls, decompositions)}) == len(decompositions) == 4
    assert _Checker().problems(NESTED, decompositions) == []


def test_group_having_and_order_are_separate_steps():
    gold = "SELECT country FROM singer GROUP BY country HAVING count(*) > 2 ORDER BY count(*) DESC LIMIT 1"
    (steps,) = decompose(gold)
    assert _sqls(steps) == [
        "SELECT country FROM singer",
        "SELECT country FROM singer GROUP BY country",
        "SELECT country FROM singer GROUP BY country HAVING COUNT(*) > 2",
        gold,
    ]


def test_set_operations_give_each_side_then_the_combination_in_both_orders():
    gold = "SELECT name FROM singer WHERE age > 40 INTERSECT SELECT name FROM singer WHERE country = 'France'"
    first, second = decompose(gold)
    left, right = "SELECT name FROM singer WHERE age > 40", "SELECT name FROM singer WHERE country = 'France'"
    assert _sqls(first) == [left, right, gold]
    assert _sqls(second) == [right, left, gold]
    assert first[-1].sub_question == (
        "What are the results of sub question 1 that are also among the results of sub question 2?"
    )


def test_a_correlated_subquery_is_not_a_step_of_its_own():
    gold = (
        "SELECT T1.name FROM singer AS T1 WHERE EXISTS "
        "(SELECT 1 FROM singer_in_concert AS T2 WHERE T2.singer_id = T1.singer_id) AND T1.age > 20"
    )
    decompositions = decompose(gold)
    assert all("SELECT 1 FROM singer_in_concert" not in sqls[0] for sqls in map(_sqls, decompositions))
    assert _Checker().problems(gold, decompositions) == []


def test_a_condition_repeated_in_a_nested_query_never_makes_the_gold_step_redundant():
    gold = "SELECT name FROM singer WHERE country = 'US' AND age > (SELECT avg(age) FROM singer WHERE country = 'US')"
    decompositions = decompose(gold)
    assert _Checker().problems(gold, decompositions) == []
    assert max(len(steps) for steps in decompositions) >= 2


def test_max_steps_merges_the_last_clauses_into_the_gold_step():
    for steps in decompose(NESTED, max_steps=2):
        assert len(steps) <= 2 and steps[-1].sub_sql == NESTED
    assert _Checker().problems(NESTED, decompose(NESTED, max_steps=2)) == []


@pytest.mark.parametrize("options", [{"max_decompositions": 0}, {"max_steps": 0}])
def test_bad_limits_are_config_errors(options):
    with pytest.raises(ConfigError, match="at least 1"):
        decompose("SELECT name FROM singer", **options)


@pytest.mark.parametrize("sql", ["SELEC name FROM", "", "DROP TABLE singer"])
def test_unparseable_gold_raises_sql_parse_error(sql):
    with pytest.raises(SqlParseError):
        decompose(sql)


def test_sub_questions_are_templated_from_the_sql_and_refer_to_earlier_steps():
    steps = decompose(NESTED)[0]
    assert steps[0].sub_question == "What is the average age of singers?"
    assert steps[1].sub_question == "What are the names of singers together with their concerts?"
    assert steps[2].sub_question == (
        "What are the names of singers together with their concerts where the age is greater than the result of "
        "sub question 1?"
    )
    assert steps[3].sub_question == steps[2].sub_question[:-1] + " and the concert year is 2014?"
    correlated = decompose(
        "SELECT name FROM singer AS S WHERE EXISTS (SELECT 1 FROM concert AS C WHERE C.sid = S.id)"
    )
    assert correlated[0][-1].sub_question == (
        "What are the names of singers where there are concerts whose sid is the singer id?"
    )
    ordered = decompose("SELECT name FROM singer ORDER BY age DESC LIMIT 1")[0]
    assert ordered[-1].sub_question == "What is the name of the singer with the highest age?"


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT name, country FROM singer", "What are the names and the countries of singers?"),
        ("SELECT count(*) FROM singer WHERE country = 'France'",
         'What is the number of singers whose country is "France"?'),
        ("SELECT max(age), min(age) FROM singer", "What are the maximum age and the minimum age of singers?"),
        ("SELECT sum(capacity) FROM stadium WHERE name != 'Glebe Park'",
         'What is the total capacity of stadiums whose name is not "Glebe Park"?'),
        ("SELECT avg(age) FROM singer WHERE age < 30 AND age >= 20",
         "What is the average age of singers whose age is less than 30 and age is at least 20?"),
        ("SELECT count(DISTINCT country) FROM singer", "What is the number of distinct countries of singers?"),
        ("SELECT name FROM singer WHERE name LIKE 'Jo%'", 'What are the names of singers whose name starts with "Jo"?'),
        ("SELECT name FROM singer WHERE song_name NOT LIKE '%love%'",
         'What are the names of singers whose song name does not contain "love"?'),
        ("SELECT name FROM singer WHERE singer_id NOT IN (SELECT singer_id FROM singer_in_concert)",
         "What are the names of singers whose singer id is not among the results of sub question 1?"),
        ("SELECT name FROM singer WHERE country IN ('France', 'Spain')",
         'What are the names of singers whose country is one of "France" or "Spain"?'),
        ("SELECT name FROM singer WHERE age BETWEEN 20 AND 30",
         "What are the names of singers whose age is between 20 and 30?"),
        ("SELECT country, count(*) FROM singer GROUP BY country HAVING avg(age) > 30",
         "What are the countries and the number of singers for each country whose average age is greater than 30?"),
        ("SELECT name FROM singer ORDER BY age LIMIT 1", "What is the name of the singer with the lowest age?"),
        ("SELECT name FROM singer ORDER BY age DESC LIMIT 3", "What are the names of singers with the 3 highest ages?"),
        ("SELECT name, age FROM singer ORDER BY name",
         "What are the names and the ages of singers sorted by name in ascending order?"),
        ("SELECT DISTINCT country FROM singer", "What are the distinct countries of singers?"),
        ("SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.singer_id = T2.singer_id WHERE T2.year = 2014",
         "What are the names of singers together with their concerts where the concert year is 2014?"),
        ("SELECT name FROM singer WHERE age > 40 UNION SELECT name FROM singer WHERE country = 'France'",
         "What are the results of sub question 1 together with the results of sub question 2?"),
        ("SELECT name FROM singer EXCEPT SELECT name FROM singer WHERE age > 40",
         "What are the results of sub question 1 that are not among the results of sub question 2?"),
        ("SELECT count(*) FROM (SELECT country FROM singer GROUP BY country)",
         "What is the number of rows in the results of sub question 1?"),
        ("SELECT StuID FROM Student WHERE Age > 20",
         "What are the student ids of students whose age is greater than 20?"),
    ],
)
def test_each_clause_kind_has_its_plain_english_template(sql, expected):
    assert decompose(sql, max_decompositions=1)[0][-1].sub_question == expected


def test_sub_questions_prefer_the_schemas_natural_names():
    entry = {
        "db_id": "club",
        "table_names_original": ["Stu_Club", "visitor"],
        "table_names": ["student club", "customer"],
        "column_names_original": [[-1, "*"], [0, "Mgr_ID"], [1, "ID"], [1, "Level_of_membership"]],
        "column_names": [[-1, "*"], [0, "manager id"], [1, "customer id"], [1, "membership level"]],
        "column_types": ["text", "number", "number", "number"],
        "primary_keys": [2],
        "foreign_keys": [],
    }
    sql = "SELECT ID FROM visitor WHERE Level_of_membership > 4"
    assert decompose(sql, schema=schema_from_entry(entry))[0][-1].sub_question == (
        "What are the customer ids of customers whose membership level is greater than 4?"
    )
    assert decompose(sql)[0][-1].sub_question == (
        "What are the ids of visitors whose level of membership is greater than 4?"
    )
    assert decompose("SELECT Mgr_ID FROM Stu_Club")[0][0].sub_question == "What are the manager ids of student clubs?"


_SQL_WORDS = re.compile(
    r"\b(SELECT|FROM|WHERE|GROUP|ORDER|BY|HAVING|LIMIT|OFFSET|JOIN|ON|AS|AND|OR|NOT|IN|LIKE|BETWEEN|IS|NULL|"
    r"DISTINCT|COUNT|AVG|MAX|MIN|SUM|UNION|INTERSECT|EXCEPT|EXISTS|CAST|DESC|ASC)\b|\bT\d+\.|[=<>()]"
)


def _where_literals(sql: str) -> list[str]:
    """The literals of a step's own WHERE clause (not of queries nested in it), LIKE wildcards stripped."""
    query = parse(sql).expression
    where = query.args.get("where") if isinstance(query, exp.Select) else None
    if where is None:
        return []
    nested = {id(node) for inner in where.find_all(exp.Query) for node in inner.walk()}
    return [literal.this.strip("%") for literal in where.find_all(exp.Literal) if id(literal) not in nested]


def _wording_problems(split, examples) -> list[str]:
    schemas = load_schemas(split)
    problems = []
    for example in examples:
        for steps in decompose(example.gold_sql, schema=schemas[example.db_id], max_decompositions=2):
            for step in steps:
                text = step.sub_question
                words = re.sub(r'"[^"]*"', '""', text)  # string literals may hold anything
                found = [f"SQL text {_SQL_WORDS.search(words).group()!r}"] if _SQL_WORDS.search(words) else []
                found += ["raw identifier with _"] if "_" in words else []
                found += [] if text.endswith("?") and text[:1].isupper() else ["not a capitalised question"]
                found += [f"lacks literal {value!r}" for value in _where_literals(step.sub_sql) if value not in text]
                problems += [f"{example.id}: {problem}: {text} | {step.sub_sql}" for problem in found]
    return problems


def test_sub_questions_of_sampled_spider_dev_questions_are_plain_questions(bundled_root):
    split = locate("spider", "dev", bundled_root)
    examples = sample_examples(split.load(), 50, seed=0)
    assert len(examples) == 50 and _wording_problems(split, examples) == []


@pytest.mark.shared_data
def test_sub_questions_of_sampled_spider_train_questions_are_plain_questions(shared_data):
    split = locate("spider", "train", shared_data)
    examples = sample_examples(split.load(), 50, seed=0)
    assert len(examples) == 50 and _wording_problems(split, examples) == []


def test_quoting_follows_sqlite_meaning():
    # Spider's double-quoted value is a string; BIRD's backquoted names stay identifiers in every step.
    spider = decompose('SELECT name FROM singer WHERE country = "France" AND age > 20')[0]
    assert spider[1].sub_sql == "SELECT name FROM singer WHERE country = 'France'"
    bird = decompose("SELECT `School Name` FROM frpm WHERE `County Name` = 'Alameda' AND `Charter School (Y/N)` = 1")
    assert bird[0][0].sub_sql == "SELECT `School Name` FROM frpm"
    assert bird[0][1].sub_sql == "SELECT `School Name` FROM frpm WHERE `County Name` = 'Alameda'"


def test_gold_decomposition_is_an_ast_rules_record_that_round_trips(tmp_path, bundled_root):
    examples = locate("spider", "dev", bundled_root).load()
    example = next(e for e in examples if "(SELECT" in e.gold_sql.upper() and "WHERE" in e.gold_sql)
    record = gold_decomposition(example)
    assert record.proposer == AST_RULES and record.question_id == example.id and record.db_id == example.db_id
    assert record.final_sql == record.steps[-1].sub_sql == example.gold_sql.strip()
    assert record.steps[-1].sub_question == example.question and len(record.steps) > 1
    write_decompositions(tmp_path / "gold.jsonl", [record])
    assert read_decompositions(tmp_path / "gold.jsonl") == [record]


def test_every_spider_dev_gold_query_decomposes_into_valid_executable_steps(bundled_root, record_property):
    split = locate("spider", "dev", bundled_root)
    examples = split.load()
    assert len(examples) == 972
    checker, problems, multi_step, failed_runs = _Checker(), [], 0, []
    for example in examples:
        decompositions = decompose(example.gold_sql, question=example.question)
        problems += [f"{example.id}: {problem}" for problem in checker.problems(example.gold_sql, decompositions)]
        multi_step += len(decompositions[0]) > 1
        for sql in {step.sub_sql for steps in decompositions for step in steps}:
            result = execute(split.db_path(example.db_id), sql, limit=1)
            if result.status != "ok":
                failed_runs.append(f"{example.id}: {sql}: {result.error}")
    share = multi_step / len(examples)
    record_property("spider_dev_multi_step_share", round(share, 4))
    print(f"Spider dev: {multi_step}/{len(examples)} canonical decompositions have several steps ({share:.1%})")
    assert problems == [] and failed_runs == []
    assert share > 0.75  # 84.6% when measured; a decomposer that stopped splitting queries would fail here


@pytest.mark.shared_data
@pytest.mark.slow
def test_every_bird_dev_gold_query_decomposes_into_valid_steps(shared_data, record_property):
    examples = locate("bird", "dev", shared_data).load()
    checker, problems, multi_step = _Checker(), [], 0
    for example in examples:
        decompositions = decompose(example.gold_sql, question=example.question)
        problems += [f"{example.id}: {problem}" for problem in checker.problems(example.gold_sql, decompositions)]
        multi_step += len(decompositions[0]) > 1
    share = multi_step / len(examples)
    record_property("bird_dev_multi_step_share", round(share, 4))
    print(f"BIRD dev: {multi_step}/{len(examples)} canonical decompositions have several steps ({share:.1%})")
    assert problems == []
    assert share > 0.9  # 96.6% when measured
