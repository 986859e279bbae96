"""Schemas from tables.json and BIRD CSVs, and their text in each style."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from learnat_core.data import load_schemas, locate, schema_text
from learnat_core.data.descriptions import read_descriptions
from learnat_core.data.sample_values import MAX_VALUE_CHARS
from learnat_core.data.schema import SCHEMA_STYLES, ForeignKey, restrict, schema_from_entry
from learnat_core.errors import ConfigError, DataError

ENTRY = {
    "db_id": "shop",
    "table_names_original": ["Orders", "Items"],
    "column_names_original": [[-1, "*"], [0, "order_id"], [0, "Home Town"], [1, "order_id"], [1, "line"], [1, "Order"]],
    "column_types": ["text", "number", "text", "number", "number", "text"],
    "primary_keys": [1, [3, 4]],
    "foreign_keys": [[3, 1]],
}


@pytest.fixture(scope="module")
def spider_schemas(bundled_root):
    return load_schemas(locate("spider", "dev", bundled_root))


@pytest.fixture(scope="module")
def bird_schemas(shared_data):
    return load_schemas(locate("bird", "mini_dev", shared_data))


def test_schema_from_entry_uses_original_names_and_composite_keys():
    schema = schema_from_entry(ENTRY)
    orders, items = schema.tables
    assert [c.name for c in orders.columns] == ["order_id", "Home Town"]  # "*" belongs to no table
    assert [c.name for c in items.columns] == ["order_id", "line", "Order"]
    assert orders.primary_key == ("order_id",) and items.primary_key == ("order_id", "line")
    assert schema.foreign_keys == (ForeignKey("Items", "order_id", "Orders", "order_id"),)
    assert schema.table("ITEMS") is items and schema.table("nope") is None


def test_natural_names_are_kept_beside_the_original_ones(spider_schemas):
    student = spider_schemas["pets_1"].table("Student")
    assert student.natural_name == "student"
    assert {c.name: c.natural_name for c in student.columns}["StuID"] == "student id"
    assert all(not table.natural_name for table in schema_from_entry(ENTRY).tables)  # the entry has none


def test_bundled_schemas_cover_every_bundled_database(bundled_root, spider_schemas):
    assert len(spider_schemas) == 107
    used = {ex.db_id for split in ("dev", "train") for ex in locate("spider", split, bundled_root).load()}
    assert used == set(spider_schemas)


def test_compact_style_is_one_line_per_table(spider_schemas):
    assert schema_text(spider_schemas["concert_singer"], style="compact") == (
        "stadium(Stadium_ID, Location, Name, Capacity, Highest, Lowest, Average)\n"
        "singer(Singer_ID, Name, Country, Song_Name, Song_release_year, Age, Is_male)\n"
        "concert(concert_ID, concert_Name, Theme, Stadium_ID, Year)\n"
        "singer_in_concert(concert_ID, Singer_ID)"
    )


def _created_tables(ddl: str) -> dict[str, list[str]]:
    with sqlite3.connect(":memory:") as connection:
        connection.executescript(ddl)
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: [row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')] for name in names}


def test_ddl_style_is_valid_sqlite_for_every_bundled_schema(spider_schemas):
    for schema in spider_schemas.values():
        # world_1 lists sqlite_sequence, a name SQLite reserves; it cannot be created by hand.
        schema = replace(schema, tables=tuple(t for t in schema.tables if not t.name.startswith("sqlite_")))
        created = _created_tables(schema_text(schema, style="ddl"))
        assert created == {t.name: [c.name for c in t.columns] for t in schema.tables}


def test_ddl_style_has_types_and_keys(spider_schemas):
    text = schema_text(spider_schemas["concert_singer"], style="ddl")
    assert 'CREATE TABLE "singer_in_concert" (' in text
    assert '"Song_release_year" text,' in text
    assert 'PRIMARY KEY ("Stadium_ID")' in text
    assert 'FOREIGN KEY ("Singer_ID") REFERENCES "singer"("Singer_ID")' in text
    assert text.count("CREATE TABLE") == 4


def test_ddl_quotes_names_with_spaces_and_keywords():
    created = _created_tables(schema_text(schema_from_entry(ENTRY), style="ddl"))
    assert created == {"Orders": ["order_id", "Home Town"], "Items": ["order_id", "line", "Order"]}


def test_learnat_style_follows_the_released_layout(bird_schemas):
    keep = {"account": ["date"], "district": ["A11"]}
    text = schema_text(bird_schemas["financial"], style="learnat", restrict_to=keep)
    assert text.splitlines()[:5] == [
        "【Database schema】",
        "- Table: account",
        "\t- Column: `account_id` (integer)",
        "\t\t- Description: the id of the account",
        "\t- Column: `date` (date)",
    ]
    assert "\t\t- Value Description: in the form YYMMDD" in text
    assert text.endswith("【Foreign keys】")  # account.district_id is not kept, so no key joins the two


def test_learnat_style_lists_foreign_keys_with_both_ends_kept(spider_schemas):
    text = schema_text(spider_schemas["concert_singer"], style="learnat")
    foreign = text.split("【Foreign keys】\n")[1].splitlines()
    assert foreign == [
        "concert.`Stadium_ID` = stadium.`Stadium_ID`",
        "singer_in_concert.`Singer_ID` = singer.`Singer_ID`",
        "singer_in_concert.`concert_ID` = concert.`concert_ID`",
    ]


def test_bird_descriptions_survive_bom_and_windows_1252(bird_schemas):
    frpm = bird_schemas["california_schools"].table("frpm")  # frpm.csv starts with a UTF-8 BOM
    assert frpm.columns[0].name == "CDSCode" and frpm.columns[0].description == "CDSCode"
    budget = bird_schemas["student_club"].table("budget")  # budget.csv is Windows-1252
    status = next(c for c in budget.columns if c.name == "event_status")
    assert "• Closed: It means that the event is closed." in status.value_description
    assert "\n" not in status.value_description


def test_bird_comments_keep_ddl_valid(bird_schemas):
    for schema in bird_schemas.values():
        text = schema_text(schema, style="ddl")
        assert set(_created_tables(text)) == {t.name for t in schema.tables}
    assert "-- description: the id of the account" in schema_text(bird_schemas["financial"], style="ddl")


def test_descriptions_can_be_left_out(bird_schemas):
    text = schema_text(bird_schemas["financial"], style="learnat", descriptions=False)
    assert "Description" not in text and "- Column: `A11` (integer)" in text


def test_descriptions_decoding_falls_back_and_strips(tmp_path):
    folder = tmp_path / "database_description"
    folder.mkdir()
    (folder / "Shop.csv").write_bytes(
        " original_column_name ,column_name,column_description,data_format,value_description\r\n"
        "  Price ,,cost – in euros ,real,\"line one\r\nline two\"\r\n".encode("cp1252")
    )
    described = read_descriptions(folder)["shop"]["price"]
    assert (described.description, described.value_description) == ("cost – in euros", "line one line two")


def test_sample_values_come_from_the_database(spider_schemas, bundled_root):
    db_path = locate("spider", "dev", bundled_root).db_path("concert_singer")
    text = schema_text(spider_schemas["concert_singer"], style="ddl", db_path=db_path, sample_values=3)
    line = next(line for line in text.splitlines() if line.startswith('  "Country"'))
    samples = line.split("samples: [")[1].rstrip("]").split(", ")
    with sqlite3.connect(db_path) as connection:
        countries = {row[0] for row in connection.execute("SELECT Country FROM singer")}
    assert len(samples) == 3 and len(set(samples)) == 3 and set(samples) <= countries


def test_sample_values_skip_nulls_and_blobs_and_are_cut(tmp_path):
    db_path = tmp_path / "t.sqlite"
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE t (v)")
        connection.executemany("INSERT INTO t VALUES (?)", [(None,), (b"\x00\x01",), ("x" * 100,), (None,), (7,)])
    entry = {"db_id": "t", "table_names_original": ["t"], "column_names_original": [[-1, "*"], [0, "v"]],
             "column_types": ["text", "text"], "primary_keys": [], "foreign_keys": []}
    schema = schema_from_entry(entry)
    text = schema_text(schema, style="learnat", db_path=db_path, sample_values=10)
    cut = "x" * (MAX_VALUE_CHARS - 3) + "..."
    assert f"\t\t- Samples: [{cut}, 7]" in text


def test_sample_values_need_an_existing_database(spider_schemas, tmp_path):
    with pytest.raises(DataError, match=str(tmp_path / "none.sqlite")):
        schema_text(spider_schemas["concert_singer"], db_path=tmp_path / "none.sqlite", sample_values=2)
    with pytest.raises(ConfigError, match="db_path"):
        schema_text(spider_schemas["concert_singer"], sample_values=2)
    with pytest.raises(ConfigError, match="compact"):
        schema_text(spider_schemas["concert_singer"], style="compact", db_path=tmp_path, sample_values=2)


def test_unknown_style_is_a_config_error(spider_schemas):
    with pytest.raises(ConfigError, match="choose one of compact, ddl, learnat"):
        schema_text(spider_schemas["concert_singer"], style="markdown")
    assert set(SCHEMA_STYLES) == {"compact", "ddl", "learnat"}


def test_restrict_keeps_named_columns_primary_keys_and_joined_foreign_keys(spider_schemas):
    schema = restrict(spider_schemas["concert_singer"], {"SINGER": {"name"}, "singer_in_concert": {"singer_id"}})
    assert [(t.name, [c.name for c in t.columns]) for t in schema.tables] == [
        ("singer", ["Singer_ID", "Name"]),
        ("singer_in_concert", ["concert_ID", "Singer_ID"]),
    ]
    assert schema.foreign_keys == (ForeignKey("singer_in_concert", "Singer_ID", "singer", "Singer_ID"),)
    only_keys = schema_text(spider_schemas["concert_singer"], style="compact", restrict_to={"stadium": []})
    assert only_keys == "stadium(Stadium_ID)"


@pytest.mark.parametrize(("keep", "message"), [({"band": set()}, "band"), ({"singer": {"weight"}}, "weight")])
def test_restrict_rejects_unknown_names(spider_schemas, keep, message):
    with pytest.raises(ConfigError, match=message):
        restrict(spider_schemas["concert_singer"], keep)


@pytest.mark.parametrize(
    ("text", "message"), [("[{\"db_id\": \"x\"}]", "malformed schema of x"), ("{", "not valid JSON")]
)
def test_malformed_tables_file_is_a_data_error_naming_it(tmp_path, text, message):
    (tmp_path / "spider").mkdir()
    (tmp_path / "spider" / "dev.json").write_text("[]", encoding="utf-8")
    tables = tmp_path / "spider" / "tables.json"
    tables.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=message) as raised:
        load_schemas(locate("spider", "dev", tmp_path))
    assert str(tables) in str(raised.value)


def test_missing_tables_file_says_what_belongs_there(shared_data):
    with pytest.raises(DataError, match="train_tables.json is missing: expected the bird train schemas"):
        load_schemas(locate("bird", "train", shared_data))


def test_sample_values_leave_the_database_unchanged(spider_schemas, bundled_root, tmp_path):
    source = locate("spider", "dev", bundled_root).db_path("pets_1")
    copy = tmp_path / "pets_1.sqlite"
    copy.write_bytes(source.read_bytes())
    text = schema_text(spider_schemas["pets_1"], style="ddl", db_path=copy, sample_values=1)
    assert "samples: [" in text and copy.read_bytes() == source.read_bytes()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["pets_1.sqlite"]
