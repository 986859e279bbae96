"""The two hand-written fixed demonstrations: well-formed, AST-consistent and executable on their databases."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from learnat_core.data import locate
from learnat_core.prompting import fixed_demonstrations
from learnat_core.prompting.fixed import FIXED_DEMONSTRATIONS_FILE
from learnat_core.sql_ast import StepClass, classify, is_subtree, parse

DEMOS = fixed_demonstrations()


def test_two_demonstrations_of_two_and_three_steps_on_bundled_train_databases(bundled_root):
    assert [len(demo.steps) for demo in DEMOS] == [2, 3]
    assert len({demo.db_id for demo in DEMOS}) == 2
    train = locate("spider", "train", bundled_root)
    assert {demo.db_id for demo in DEMOS} <= {example.db_id for example in train.load()}
    assert all(demo.proposer == "human" and demo.steps[-1].sub_sql == demo.final_sql == demo.gold_sql for demo in DEMOS)
    assert FIXED_DEMONSTRATIONS_FILE.suffix == ".jsonl"


@pytest.mark.parametrize("demo", DEMOS, ids=lambda demo: demo.db_id)
def test_every_step_parses_and_is_a_progressive_subtree_of_the_final_sql(demo):
    final = parse(demo.final_sql)
    prefix = []
    for step in demo.steps:
        tree = parse(step.sub_sql)
        assert is_subtree(tree, final), step.sub_sql
        assert classify(tree, prefix, final) is StepClass.PROGRESSIVE, step.sub_sql
        prefix.append(tree)


@pytest.mark.parametrize("demo", DEMOS, ids=lambda demo: demo.db_id)
def test_final_sql_returns_rows_on_its_database(demo, bundled_root):
    path = locate("spider", "train", bundled_root).db_path(demo.db_id)
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        rows = connection.execute(demo.final_sql).fetchall()
        assert rows
        for step in demo.steps:
            connection.execute(step.sub_sql).fetchall()


def test_callers_get_their_own_list():
    first = fixed_demonstrations()
    first.clear()
    assert fixed_demonstrations() == DEMOS
