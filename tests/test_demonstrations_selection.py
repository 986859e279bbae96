"""Demonstration selection: every strategy, the DAIL-SQL pieces, the leakage guard and the errors.

The pool is 120 bundled Spider train questions, each as a one-step decomposition; embeddings use the real
all-MiniLM-L6-v2 weights, offline.
"""

from __future__ import annotations


import pytest

from learnat_core.data import locate
from learnat_core.decomposition import Decomposition, Step
from learnat_core.demonstrations import (
    STRATEGIES,
    DemonstrationPool,
    DemoQuery,
    mask_question,
    scores,
    select_demonstrations,
    skeleton_similarity,
    sql_names,
    sql_skeleton,
)
from learnat_core.demonstrations.dail import MASK_TOKEN, VALUE_TOKEN
from learnat_core.errors import ConfigError, SqlParseError
from learnat_core.prompting import fixed_demonstrations



def _record(question: str, sql: str, db_id: str = "singer", question_id: str = "") -> Decomposition:
    return Decomposition(question_id or question, db_id, question, (Step(question, sql),), sql, "ast-rules", gold_sql=sql)


@pytest.fixture(scope="module")
def pool(bundled_root):
    examples = locate("spider", "train", bundled_root).load()[0:600:5]
    return DemonstrationPool(tuple(_record(e.question, e.gold_sql, e.db_id, e.id) for e in examples))


def _questions(records):
    return [record.question for record in records]


@pytest.mark.parametrize(
    ("paraphrase", "original"),
    [
        ("Which allergy affects the largest number of students?", "Which allergy has most number of students affected?"),
        ("What is the mean ticket price of flights going from Los Angeles to Honolulu?",
         "What is the average price for flights from Los Angeles to Honolulu."),
        ("In which month were there the greatest number of happy hours?", "Which month has the most happy hours?"),
    ],
)
def test_embedding_ranks_a_paraphrase_of_a_pool_question_first(pool, paraphrase, original):
    assert original in pool.questions
    chosen = select_demonstrations(pool, DemoQuery(paraphrase, "some_other_db"), k=3, strategy="embedding")
    assert chosen[0].question == original


def test_pool_embeddings_are_computed_once_and_kept(pool):
    select_demonstrations(pool, DemoQuery("How many farms?", "farm"), strategy="embedding")
    cached = pool.derived("embedding", lambda p: pytest.fail("pool embeddings recomputed"))
    assert cached.shape == (len(pool), 384)


def test_ast_ranks_the_structurally_closest_sql_first(pool):
    small = DemonstrationPool((
        _record("a", "SELECT name FROM singer WHERE age > 30"),
        _record("b", "SELECT count(*) FROM singer GROUP BY country"),
        _record("c", "SELECT name FROM singer ORDER BY age DESC LIMIT 1"),
        _record("d", "SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.id = T2.singer_id"),
        _record("e", "this is not SQL"),
    ))
    def first(sql):
        return select_demonstrations(small, DemoQuery("q", "x", sql=sql), k=5, strategy="ast")

    assert _questions(first("SELECT name FROM singer ORDER BY age DESC LIMIT 3"))[0] == "c"
    assert _questions(first("SELECT count(*) FROM singer GROUP BY age"))[0] == "b"
    assert _questions(first("SELECT name FROM singer WHERE age > 30"))[-1] == "e"  # unparsable SQL comes last
    top = select_demonstrations(pool, DemoQuery("q", "x", sql="SELECT count(*) FROM Student WHERE age = 20"), k=1, strategy="ast")
    assert top[0].final_sql == "SELECT count(*) FROM Student WHERE age  =  18"


def test_mask_question_hides_schema_words_and_numbers():
    masked = mask_question("Show the names of singers older than 30 from France", {"singer", "Name", "Country", "France"})
    assert masked == f"Show the {MASK_TOKEN} of {MASK_TOKEN} older than {VALUE_TOKEN} from {MASK_TOKEN}"
    assert mask_question("List each songReleaseYear", {"song_release_year"}) == "List each songReleaseYear"
    assert mask_question("List the release years", {"songReleaseYear"}) == f"List the {MASK_TOKEN} {MASK_TOKEN}"


def test_sql_names_and_skeletons():
    sql = "SELECT T1.name, count(*) FROM singer AS T1 JOIN concert AS T2 ON T1.id = T2.sid WHERE T2.theme = 'Rock' AND T1.age > 30"
    assert sql_names(sql) == {"T1", "T2", "name", "singer", "concert", "id", "sid", "theme", "Rock", "age"}
    assert sql_skeleton(sql) == (
        "SELECT", "_", ",", "COUNT", "(", "*", ")", "FROM", "_", "JOIN", "_", "ON", "_", "=", "_",
        "WHERE", "_", "=", "_", "AND", "_", ">", "_",
    )
    assert sql_skeleton("SELECT a FROM t WHERE b > 1") == sql_skeleton("select T1.x from tab as T1 where T1.y > 'v'")
    assert skeleton_similarity(sql_skeleton("SELECT a FROM t"), sql_skeleton("SELECT b FROM u")) == 1.0
    assert skeleton_similarity(sql_skeleton("SELECT a FROM t"), sql_skeleton("SELECT count(*) FROM t GROUP BY a")) < 0.85
    assert sql_skeleton("SELECT 'unterminated") == () and sql_names("'") == frozenset()


def test_dail_masked_part_ranks_questions_differing_only_in_schema_words_equally():
    singers = _record("What is the average age of all singers?", "SELECT avg(age) FROM singer", "concert_singer")
    pilots = _record("What is the average weight of all pilots?", "SELECT avg(weight) FROM pilot", "aircraft")
    other = _record("List the names of stadiums in Spain.", "SELECT name FROM stadium WHERE country = 'Spain'", "concert_singer")
    small = DemonstrationPool((singers, pilots, other))
    query = DemoQuery("What is the average height of all players?", "sports", schema_names={"player", "height"})
    singer_score, pilot_score, other_score = scores(small, query, strategy="dail")
    assert singer_score == pytest.approx(pilot_score, abs=1e-6)
    assert singer_score > other_score
    # Unmasked, the same two questions are not equally close to the query.
    plain = scores(small, query, strategy="embedding")
    assert abs(plain[0] - plain[1]) > 1e-3


def test_dail_puts_demonstrations_with_a_matching_draft_skeleton_first():
    close_question = _record("How many singers are older than 40?", "SELECT count(*) FROM singer WHERE age > 40")
    close_skeleton = _record("List every stadium name.", "SELECT name FROM stadium ORDER BY capacity DESC LIMIT 1")
    small = DemonstrationPool((close_question, close_skeleton))
    question = "How many singers are older than 30?"
    assert _questions(select_demonstrations(small, DemoQuery(question, "x"), k=2, strategy="dail")) == [
        close_question.question, close_skeleton.question,
    ]
    draft = DemoQuery(question, "x", sql="SELECT name FROM singer ORDER BY age DESC LIMIT 1")
    assert _questions(select_demonstrations(small, draft, k=2, strategy="dail")) == [
        close_skeleton.question, close_question.question,
    ]


@pytest.mark.parametrize("strategy", sorted(STRATEGIES))
def test_each_strategy_returns_k_distinct_records(pool, strategy):
    query = DemoQuery("How many students are older than 20?", "allergy_1", sql="SELECT count(*) FROM Student WHERE age > 20")
    k = 2 if strategy == "fixed" else 5
    chosen = select_demonstrations(pool, query, k=k, strategy=strategy)
    assert len(chosen) == k and len({(r.db_id, r.question) for r in chosen}) == k
    source = fixed_demonstrations() if strategy == "fixed" else pool.records
    assert all(record in source for record in chosen)
    assert len(scores(pool, query, strategy=strategy)) == len(source)


def test_fixed_returns_the_two_fixed_demonstrations_in_order(pool):
    chosen = select_demonstrations(pool, DemoQuery("anything", "x"), k=3, strategy="fixed")
    assert chosen == fixed_demonstrations()


def test_random_is_reproducible_with_a_seed(pool):
    query = DemoQuery("anything", "x")
    picks = [_questions(select_demonstrations(pool, query, k=4, strategy="random", seed=seed)) for seed in (7, 7, 8)]
    assert picks[0] == picks[1]
    assert picks[0] != picks[2]


@pytest.mark.parametrize("strategy", ["embedding", "dail", "ast", "random"])
def test_leakage_guard_never_returns_the_query_itself(pool, strategy):
    own = pool[68]  # "Which allergy has most number of students affected?" on allergy_1
    query = DemoQuery(own.question.upper() + "  ", own.db_id, sql=own.final_sql)
    for exclude_same_question in (True, False):
        chosen = select_demonstrations(
            pool, query, k=len(pool), strategy=strategy, exclude_same_question=exclude_same_question
        )
        assert own not in chosen and len(chosen) == len(pool) - 1


def test_same_question_on_another_database_and_same_database_exclusion(pool):
    own = pool[68]
    twin = _record(own.question, own.final_sql, "another_db")
    bigger = DemonstrationPool((*pool.records[60:76], twin))  # around pool[68], small: a new pool is re-embedded
    query = DemoQuery(own.question, own.db_id)
    assert select_demonstrations(bigger, query, k=1, exclude_same_question=False) == [twin]
    assert twin not in select_demonstrations(bigger, query, k=len(bigger))
    cross = select_demonstrations(bigger, query, k=len(bigger), exclude_same_db=True)
    assert cross and all(record.db_id != own.db_id for record in cross)


def test_errors_are_clear(pool):
    query = DemoQuery("How many farms?", "farm")
    with pytest.raises(ConfigError, match="unknown demonstration strategy 'bm25'; choose one of embedding, dail"):
        select_demonstrations(pool, query, strategy="bm25")
    with pytest.raises(ConfigError, match="'ast' needs the query's SQL"):
        select_demonstrations(pool, query, strategy="ast")
    with pytest.raises(ConfigError, match="k must be at least 0"):
        select_demonstrations(pool, query, k=-1)
    with pytest.raises(SqlParseError):
        select_demonstrations(pool, DemoQuery("q", "farm", sql="SELEC nothing"), strategy="ast")
    assert select_demonstrations(pool, query, k=0) == []
    assert select_demonstrations(DemonstrationPool(()), query) == []
