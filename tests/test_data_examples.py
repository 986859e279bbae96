"""Examples and split locations: the bundled Spider subset, the shared Spider/BIRD copy, and bad inputs."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from learnat_core.data import load_examples, locate
from learnat_core.errors import ConfigError, DataError


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_dev_has_972_questions_on_19_databases_with_official_ids(bundled_root):
    examples = load_examples("spider", "dev", bundled_root)
    assert len(examples) == 972
    assert len({ex.db_id for ex in examples}) == 19
    assert "wta_1" not in {ex.db_id for ex in examples}
    ids = [int(ex.id) for ex in examples]
    assert ids == sorted(ids) and len(set(ids)) == 972 and max(ids) <= 1033
    first = examples[0]
    assert (first.id, first.db_id, first.question) == ("0", "concert_singer", "How many singers do we have?")
    assert first.gold_sql == "SELECT count(*) FROM singer" and first.dataset == "spider" and first.split == "dev"


def test_bundled_train_subset_shares_no_database_with_dev(bundled_root):
    dev = {ex.db_id for ex in load_examples("spider", "dev", bundled_root)}
    train = load_examples("spider", "train", bundled_root)
    assert len(train) > 3000
    assert not dev & {ex.db_id for ex in train}


@pytest.mark.parametrize("split", ["dev", "train"])
def test_every_bundled_database_exists(bundled_root, split):
    data_split = locate("spider", split, bundled_root)
    assert data_split.missing_databases() == []
    for db_id in {ex.db_id for ex in data_split.load()}:
        assert data_split.db_path(db_id).stat().st_size > 0


@pytest.mark.parametrize(("split", "official_file"), [("dev", "dev.json"), ("train", "train_spider.json")])
def test_bundled_ids_are_the_official_indices(bundled_root, shared_data, split, official_file):
    official = json.loads((shared_data / "spider" / official_file).read_text(encoding="utf-8"))
    for ex in load_examples("spider", split, bundled_root):
        entry = official[int(ex.id)]
        assert (entry["db_id"], entry["question"], entry["query"]) == (ex.db_id, ex.question, ex.gold_sql)


def test_shared_spider_dev_uses_indices_and_reports_wta_1_missing(shared_data):
    data_split = locate("spider", "dev", shared_data)
    examples = data_split.load()
    assert [ex.id for ex in examples[:3]] == ["0", "1", "2"] and len(examples) == 1034
    assert data_split.missing_databases() == ["wta_1"]


def test_bird_mini_dev_keeps_question_ids_difficulty_and_evidence(shared_data):
    data_split = locate("bird", "mini_dev", shared_data)
    examples = data_split.load()
    assert Counter(ex.difficulty for ex in examples) == {"simple": 148, "moderate": 250, "challenging": 102}
    assert examples[0].id == "1471" and examples[0].db_id == "debit_card_specializing"
    assert examples[0].evidence.startswith("ratio of customers who pay in EUR")
    assert data_split.tables_file == shared_data / "bird/mini_dev/dev_tables.json"
    assert len(data_split.missing_databases()) == 11


def test_bird_dev_releases_find_the_dev_tables_kept_under_mini_dev(shared_data):
    may_2023 = locate("bird", "dev", shared_data)
    fixed = locate("bird", "dev_20240627", shared_data)
    assert may_2023.tables_file == fixed.tables_file == shared_data / "bird/mini_dev/dev_tables.json"
    descriptions = shared_data / "bird/mini_dev/dev_databases/financial/database_description"
    assert may_2023.description_dir("financial") == descriptions
    old, new = may_2023.load(), fixed.load()
    assert len(old) == len(new) == 1534
    assert {ex.difficulty for ex in old} == {None} and old[5].id == "5"
    assert Counter(ex.difficulty for ex in new) == {"simple": 925, "moderate": 464, "challenging": 145}
    assert new[0].evidence == "Eligible free rate for K-12 = `Free Meal Count (K-12)` / `Enrollment (K-12)`"


def test_bird_train_subset_loads_without_its_tables(shared_data):
    data_split = locate("bird", "train", shared_data)
    examples = data_split.load()
    assert len(examples) == 6601 and len({ex.db_id for ex in examples}) == 69
    assert examples[0].gold_sql.startswith("SELECT") and examples[0].evidence
    assert not data_split.tables_file.exists()


def test_official_bird_layout_is_preferred_and_explicit_ids_are_kept(tmp_path):
    entries = [
        {"question_id": 7, "db_id": "db", "question": "q?", "evidence": "e", "SQL": "SELECT 1", "difficulty": "simple"},
        {"db_id": "db", "question": "r?", "SQL": "SELECT 2"},
    ]
    _write(tmp_path / "bird/dev/dev.json", json.dumps(entries))
    _write(tmp_path / "bird/dev/dev_tables.json", "[]")
    _write(tmp_path / "bird/mini_dev/dev_tables.json", "[]")
    data_split = locate("bird", "dev", tmp_path)
    assert data_split.tables_file == tmp_path / "bird/dev/dev_tables.json"
    assert data_split.db_path("db") == tmp_path / "bird/dev/dev_databases/db/db.sqlite"
    first, second = data_split.load()
    assert (first.id, first.evidence, first.difficulty) == ("7", "e", "simple")
    assert (second.id, second.evidence, second.difficulty) == ("1", "", None)


def test_environment_variable_chooses_the_data_root(tmp_path, monkeypatch):
    _write(tmp_path / "spider/dev.json", json.dumps([{"id": 41, "db_id": "d", "question": "q", "query": "SELECT 1"}]))
    monkeypatch.setenv("LEARNAT_DATA_ROOT", str(tmp_path))
    (example,) = load_examples("spider", "dev")
    assert example.id == "41" and example.gold_sql == "SELECT 1"


@pytest.mark.parametrize(("dataset", "split"), [("wikisql", "dev"), ("spider", "test"), ("bird", "train_others")])
def test_unknown_dataset_or_split_is_a_config_error(dataset, split):
    with pytest.raises(ConfigError, match=f"{dataset}/{split}"):
        locate(dataset, split)


def test_missing_data_root_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match=str(tmp_path / "nowhere")):
        locate("spider", "dev", tmp_path / "nowhere")


def test_missing_questions_file_names_the_expected_path(tmp_path):
    with pytest.raises(DataError, match=str(tmp_path / "spider" / "dev.json")):
        locate("spider", "dev", tmp_path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[{\"db_id\": ", "not valid JSON"),
        ("{\"db_id\": \"d\"}", "not a JSON list of objects"),
        ("[{\"db_id\": \"d\", \"question\": \"q\"}]", "entry 0 lacks query"),
    ],
)
def test_malformed_questions_file_is_a_data_error_naming_it(tmp_path, text, message):
    path = _write(tmp_path / "spider/dev.json", text)
    with pytest.raises(DataError, match=message) as raised:
        load_examples("spider", "dev", tmp_path)
    assert str(path) in str(raised.value)
