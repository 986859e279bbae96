"""ADR on screen: each strategy's retrieved demonstrations for one question, with their scores, from a pool
file of gold-AST decompositions of bundled Spider train questions (real embeddings, offline)."""

from __future__ import annotations

import pytest

from learnat_core.data import locate
from learnat_core.decomposition import write_decompositions
from learnat_core.decomposition.gold_decomposer import gold_decomposition
from learnat_core.demonstrations import DemonstrationPool, DemoQuery, ranked_demonstrations, select_demonstrations
from learnat_core.prompting import fixed_demonstrations
from learnat_core.studies.demonstration_reasoning import demonstrations_text, retrieved_demonstrations


@pytest.fixture(scope="module")
def split(bundled_root):
    return locate("spider", "train", bundled_root)


@pytest.fixture(scope="module")
def pool_file(split, tmp_path_factory):
    path = tmp_path_factory.mktemp("pool") / "pool.jsonl"
    write_decompositions(path, [gold_decomposition(example) for example in split.load()[0:400:4]])
    return path


def test_each_strategy_shows_what_selection_chooses_with_its_scores_best_first(split, pool_file):
    question = split.load()[0]  # in the pool: the leakage guard must keep it out of its own demonstrations
    table = retrieved_demonstrations(pool_file, question, split, k=3)
    assert list(table["strategy"].drop_duplicates()) == ["embedding", "dail", "ast (gold SQL)", "random", "fixed"]
    pool = DemonstrationPool.from_jsonl(pool_file)
    embedding = table[table["strategy"] == "embedding"]
    chosen = select_demonstrations(pool, DemoQuery(question.question, question.db_id), 3, "embedding")
    assert list(embedding["question"]) == [demo.question for demo in chosen]
    assert question.question not in set(table["question"])
    for _, group in table.groupby("strategy"):
        assert list(group["score"]) == sorted(group["score"], reverse=True) and list(group["rank"]) == [1, 2, 3][:len(group)]
    fixed = table[table["strategy"] == "fixed"]
    assert list(fixed["question"]) == [demo.question for demo in fixed_demonstrations()][:3]
    ast = table[table["strategy"] == "ast (gold SQL)"]
    assert ast["score"].between(0, 1).all() and len(ast) == 3
    text = demonstrations_text(question, table)
    assert text.startswith(f"question ({question.db_id}): {question.question}") and "\nast (gold SQL):\n  1. [" in text


def test_ranked_demonstrations_are_select_demonstrations_with_scores(split, pool_file):
    pool = DemonstrationPool.from_jsonl(pool_file)
    query = DemoQuery("How many heads of departments are older than 56?", "department_management")
    ranked = ranked_demonstrations(pool, query, 4, "dail")
    assert [demo for demo, _ in ranked] == select_demonstrations(pool, query, 4, "dail")
    assert [score for _, score in ranked] == sorted((score for _, score in ranked), reverse=True)
