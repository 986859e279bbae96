"""Gold schema linking: which tables and columns a gold query uses."""

from __future__ import annotations

import pytest

from learnat_core.data import gold_schema_items, load_schemas, locate, schema_text
from learnat_core.errors import SqlParseError


@pytest.fixture(scope="module")
def concert_singer(bundled_root):
    return load_schemas(locate("spider", "dev", bundled_root))["concert_singer"]


def _assert_items_exist_for_every_gold_query(data_split) -> int:
    schemas = load_schemas(data_split)
    examples = data_split.load()
    for ex in examples:
        schema = schemas[ex.db_id]
        items = gold_schema_items(ex.gold_sql, schema)
        assert items, ex.id
        for table_name, columns in items.items():
            table = schema.table(table_name)
            assert table is not None and table.name == table_name, (ex.id, table_name)
            assert columns <= {column.name for column in table.columns}, (ex.id, columns)
    return len(examples)


def test_every_item_of_every_bundled_dev_query_is_in_the_schema(bundled_root):
    assert _assert_items_exist_for_every_gold_query(locate("spider", "dev", bundled_root)) == 972


def test_every_item_of_every_official_dev_query_is_in_the_schema(shared_data):
    assert _assert_items_exist_for_every_gold_query(locate("spider", "dev", shared_data)) == 1034


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        (  # joins with T1/T2/T3 aliases, lower-case names resolved to the schema's spelling
            "SELECT T2.name FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.singer_id = T2.singer_id "
            "JOIN concert AS T3 ON T1.concert_id = T3.concert_id WHERE T3.year = 2014",
            {
                "singer_in_concert": {"Singer_ID", "concert_ID"},
                "singer": {"Name", "Singer_ID"},
                "concert": {"concert_ID", "Year"},
            },
        ),
        (  # subquery, unqualified columns attributed to the table in scope
            "SELECT name FROM singer WHERE singer_id NOT IN (SELECT singer_id FROM singer_in_concert)",
            {"singer": {"Name", "Singer_ID"}, "singer_in_concert": {"Singer_ID"}},
        ),
        ("SELECT count(*) FROM singer", {"singer": set()}),
        (  # GROUP BY / ORDER BY columns
            "SELECT T2.concert_name FROM singer_in_concert AS T1 JOIN concert AS T2 ON T1.concert_id = T2.concert_id "
            "GROUP BY T2.concert_id ORDER BY count(*) DESC LIMIT 1",
            {"singer_in_concert": {"concert_ID"}, "concert": {"concert_Name", "concert_ID"}},
        ),
        (  # double-quoted string literals, as Spider writes them
            'SELECT count(*) FROM singer WHERE country = "France" AND "Name" != "Name"',
            {"singer": {"Country", "Name"}},
        ),
        (
            "SELECT name FROM stadium EXCEPT SELECT T2.name FROM concert AS T1 JOIN stadium AS T2 "
            "ON T1.stadium_id = T2.stadium_id WHERE T1.year = 2014",
            {"stadium": {"Name", "Stadium_ID"}, "concert": {"Stadium_ID", "Year"}},
        ),
        (  # a derived table: its columns come from the inner query
            "SELECT x.cnt FROM (SELECT count(*) AS cnt, country FROM SINGER GROUP BY country) AS x ORDER BY x.cnt",
            {"singer": {"Country"}},
        ),
        ("SELECT * FROM singer_in_concert", {"singer_in_concert": {"concert_ID", "Singer_ID"}}),
    ],
)
def test_hand_checked_queries(concert_singer, sql, expected):
    assert gold_schema_items(sql, concert_singer) == expected


def test_column_missing_from_its_table_is_left_out(concert_singer):
    sql = "SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.capacity = T2.stadium_id"
    assert gold_schema_items(sql, concert_singer) == {"singer": {"Name"}, "concert": {"Stadium_ID"}}


@pytest.mark.parametrize(
    ("sql", "position"),
    [("SELEC name FROM singer", 11), ("SELECT name\nFROM singer WHERE (", 30), ("hello world", None)],
)
def test_unparsable_sql_raises_with_position(concert_singer, sql, position):
    with pytest.raises(SqlParseError) as raised:
        gold_schema_items(sql, concert_singer)
    assert raised.value.sql == sql and raised.value.position == position


def test_items_work_as_the_gold_schema_filter(concert_singer):
    sql = (
        "SELECT T2.name FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id "
        'WHERE T1.theme = "Happy"'
    )
    items = gold_schema_items(sql, concert_singer)
    assert schema_text(concert_singer, style="compact", restrict_to=items) == (
        "stadium(Stadium_ID, Name)\nconcert(concert_ID, Theme, Stadium_ID)"
    )
