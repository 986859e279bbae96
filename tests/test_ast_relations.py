"""is_subtree, accumulate and classify on the paper's worked example and on one step of each class."""

from __future__ import annotations

from learnat_core.sql_ast import AccumulatedAst, StepClass, accumulate, classify, coverage_mask, is_subtree, parse

GOLD = parse("SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer)")
AVERAGE = parse("SELECT avg(age) FROM singer")


def test_decomposition_steps_of_the_worked_example_are_subtrees_of_gold():
    # "Names of singers older than the average age": step 1 the average, step 2 the full query.
    steps = [AVERAGE, parse("SELECT T1.name FROM singer AS T1 WHERE T1.age > (SELECT avg(T2.age) FROM singer AS T2)")]
    assert all(is_subtree(step, GOLD) for step in steps)
    assert [classify(step, steps[:i], GOLD) for i, step in enumerate(steps)] == [StepClass.PROGRESSIVE] * 2
    assert is_subtree(GOLD, accumulate(steps, GOLD)) and is_subtree(accumulate(steps, GOLD), GOLD)


def test_partial_query_with_fewer_clauses_is_a_subtree():
    gold = parse("SELECT name FROM singer WHERE country = 'France' AND age > 30 ORDER BY age")
    assert is_subtree(parse("SELECT name FROM singer WHERE age > 30"), gold)
    assert is_subtree(parse("SELECT name FROM singer"), gold)
    assert not is_subtree(parse("SELECT name FROM singer WHERE age > 31"), gold)
    assert not is_subtree(gold, parse("SELECT name FROM singer WHERE age > 30"))


def test_progressive_redundant_and_invalid_steps():
    prefix = accumulate([AVERAGE], GOLD)
    assert classify(parse("SELECT name FROM singer"), prefix, GOLD) is StepClass.PROGRESSIVE
    assert classify(parse("SELECT AVG(T1.age) FROM singer AS T1"), prefix, GOLD) is StepClass.REDUNDANT
    assert classify(parse("SELECT max(age) FROM singer"), prefix, GOLD) is StepClass.INVALID
    assert classify(AVERAGE, [], GOLD) == "progressive"


def test_redundant_when_covered_by_several_earlier_steps_together():
    gold = parse("SELECT name FROM singer WHERE age > 30 AND country = 'France'")
    prefix = [parse("SELECT name FROM singer WHERE age > 30"), parse("SELECT name FROM singer WHERE country = 'France'")]
    assert classify(gold, prefix, gold) is StepClass.REDUNDANT
    assert classify(gold, prefix[:1], gold) is StepClass.PROGRESSIVE


def test_accumulate_is_the_union_and_keeps_the_steps():
    second = parse("SELECT name FROM singer")
    accumulated = accumulate([AVERAGE, second], GOLD)
    inner = {label.replace("q|", "q.1|") for label in AVERAGE.nodes}  # the average is placed in the subquery
    assert accumulated.nodes == inner | second.nodes
    assert accumulated.edges == {(a.replace("q|", "q.1|"), b.replace("q|", "q.1|")) for a, b in AVERAGE.edges} | second.edges
    assert accumulated.steps == (AVERAGE, second)
    assert accumulate([], GOLD) == AccumulatedAst()


def test_coverage_mask_marks_the_part_of_gold_a_step_accounts_for():
    mask = coverage_mask(GOLD, AVERAGE)
    covered = [node.label for node, hit in zip(GOLD.root.walk(), mask) if hit]
    # The step is placed in gold's subquery. Its root SELECT is not covered (the step has no SUBQUERY -> SELECT
    # edge), nor is anything of the outer query: labels name their scope.
    assert covered == ["AVG", "singer.age", "FROM", "singer"]
    assert all(coverage_mask(GOLD, GOLD))


def test_bird_style_average_subquery_step_with_quoted_columns_and_other_aliases():
    # The released synthesis prompt's first demonstration: charter schools above the average SAT rate.
    gold = parse(
        "SELECT T2.School FROM satscores AS T1 INNER JOIN frpm AS T2 ON T1.cds = T2.CDSCode "
        "WHERE T2.`Charter School (Y/N)` = 1 AND CAST(T1.NumGE1500 AS REAL) / T1.NumTstTakr > "
        "(SELECT AVG(CAST(T4.NumGE1500 AS REAL) / T4.NumTstTakr) FROM frpm AS T3 INNER JOIN satscores AS T4 "
        "ON T3.CDSCode = T4.cds WHERE T3.`Charter School (Y/N)` = 1)"
    )
    average = parse(
        "SELECT avg(CAST(satscores.numge1500 AS REAL) / satscores.numtsttakr) FROM frpm JOIN satscores "
        'ON satscores.cds = frpm.cdscode WHERE frpm."Charter School (Y/N)" = 1'
    )
    assert classify(average, [], gold) is StepClass.PROGRESSIVE
    assert classify(gold, [average], gold) is StepClass.PROGRESSIVE
    assert classify(average, [average, gold], gold) is StepClass.REDUNDANT
