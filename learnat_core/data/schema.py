"""Database schemas from Spider/BIRD ``tables.json`` (original names), and their text forms for prompts.

A schema is read from one ``tables.json`` entry (``table_names_original``, ``column_names_original``,
``column_types``, ``primary_keys``, ``foreign_keys``, and the natural ``table_names`` and
``column_names`` when present), plus BIRD's ``database_description/*.csv`` when the split has them.
``schema_text`` renders it in one of the styles of ``SCHEMA_STYLES``:

* ``compact``: ``table(col, col, ...)``, one line per table, no types or keys (best for the 135M model);
* ``ddl``: ``CREATE TABLE`` statements with types, PRIMARY KEY and FOREIGN KEY clauses, and
  descriptions and sample values as ``--`` comments;
* ``learnat``: the layout of the authors' released code (``LLM_inference.py``): a 【Database schema】
  section of ``- Table:`` / ``- Column:`` lines with Description, Samples and Value Description
  sub-lines, then 【Foreign keys】 as ``table.`col` = table.`col```.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from sqlglot import exp

from learnat_core.data.descriptions import ColumnDescription, read_descriptions
from learnat_core.data.examples import DataSplit
from learnat_core.data.jsonfile import read_json_list
from learnat_core.data.sample_values import read_sample_values
from learnat_core.errors import ConfigError, DataError


@dataclass(frozen=True)
class Column:
    """One column; ``description`` and ``value_description`` come from BIRD's CSVs (empty for Spider);
    ``natural_name`` is ``tables.json``'s ``column_names`` entry ("student id" for ``StuID``), "" if absent."""

    table: str
    name: str
    type: str
    description: str = ""
    value_description: str = ""
    natural_name: str = ""


@dataclass(frozen=True)
class Table:
    """One table with its columns in schema order, its (possibly composite) primary key and its natural name
    (``tables.json``'s ``table_names`` entry, "" if absent)."""

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    natural_name: str = ""


@dataclass(frozen=True)
class ForeignKey:
    """``table.column`` references ``ref_table.ref_column``."""

    table: str
    column: str
    ref_table: str
    ref_column: str


@dataclass(frozen=True)
class Schema:
    """The tables and foreign keys of one database, under its original names."""

    db_id: str
    tables: tuple[Table, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()

    def table(self, name: str) -> Table | None:
        """The table called ``name`` (case-insensitive, as SQLite resolves it), or None."""
        return next((table for table in self.tables if table.name.lower() == name.lower()), None)


def schema_from_entry(
    entry: Mapping, descriptions: Mapping[str, Mapping[str, ColumnDescription]] | None = None
) -> Schema:
    """Build a Schema from one ``tables.json`` entry and optional descriptions (see ``read_descriptions``)."""
    table_names = entry["table_names_original"]
    descriptions = descriptions or {}
    originals = entry["column_names_original"]
    natural_columns = _natural_names(entry, "column_names", [name for _, name in originals])
    # Keys index this list, whose entry 0 is the "*" pseudo-column of table -1 (kept as None).
    columns = [
        _column(table_names[table_index], name, column_type, descriptions, natural)
        if table_index >= 0 else None
        for (table_index, name), column_type, natural in zip(originals, entry["column_types"], natural_columns)
    ]
    keys: dict[str, list[str]] = {}
    for key in entry["primary_keys"]:
        for index in [key] if isinstance(key, int) else key:
            keys.setdefault(columns[index].table, []).append(columns[index].name)
    tables = tuple(
        Table(name, tuple(c for c in columns if c is not None and c.table == name), tuple(keys.get(name, ())), natural)
        for name, natural in zip(table_names, _natural_names(entry, "table_names", table_names))
    )
    foreign_keys = tuple(
        ForeignKey(columns[src].table, columns[src].name, columns[dst].table, columns[dst].name)
        for src, dst in entry["foreign_keys"]
    )
    return Schema(entry["db_id"], tables, foreign_keys)


def load_schemas(split: DataSplit) -> dict[str, Schema]:
    """Every schema of the split's tables file by db_id, with BIRD descriptions where the split has them."""
    entries = read_json_list(split.tables_file, f"the {split.dataset} {split.split} schemas (tables.json layout)")
    schemas = {}
    for entry in entries:
        db_id = entry.get("db_id", "?")
        try:
            schemas[db_id] = schema_from_entry(entry, read_descriptions(split.description_dir(db_id)))
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as error:
            raise DataError(f"{split.tables_file}: malformed schema of {db_id} ({error!r})") from None
    return schemas


@lru_cache(maxsize=64)
def database_columns(db_path: str | os.PathLike) -> dict[str, dict[str, str]]:
    """The tables of a SQLite database with their columns' declared types, ``{table: {column: type}}`` (the
    mapping ``sql_ast.parse(schema=...)`` takes), read once per path; empty when the file cannot be read."""
    path = Path(db_path)
    if not path.is_file():
        return {}
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            tables = [name for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")]
            return {table: {name: kind for _, name, kind, *_ in connection.execute(
                "SELECT * FROM pragma_table_info(?)", (table,))} for table in tables}
    except sqlite3.Error:
        return {}


def restrict(schema: Schema, keep: Mapping[str, Iterable[str]]) -> Schema:
    """Only the tables and columns in ``keep`` (plus each kept table's primary key), and the foreign keys
    whose two ends are kept: the gold-schema (oracle) filter. Names match case-insensitively."""
    wanted: dict[str, set[str]] = {}
    for table_name, column_names in keep.items():
        table = schema.table(table_name)
        if table is None:
            raise ConfigError(f"restrict_to names table {table_name!r}, which {schema.db_id} does not have")
        names = {name.lower() for name in column_names}
        unknown = names - {column.name.lower() for column in table.columns}
        if unknown:
            raise ConfigError(f"restrict_to names columns {sorted(unknown)} that {schema.db_id}.{table.name} lacks")
        wanted[table.name] = names | {name.lower() for name in table.primary_key}
    tables = tuple(
        replace(table, columns=tuple(c for c in table.columns if c.name.lower() in wanted[table.name]))
        for table in schema.tables
        if table.name in wanted
    )
    kept = {(column.table, column.name) for table in tables for column in table.columns}
    foreign_keys = tuple(
        fk for fk in schema.foreign_keys if (fk.table, fk.column) in kept and (fk.ref_table, fk.ref_column) in kept
    )
    return Schema(schema.db_id, tables, foreign_keys)


def schema_text(
    schema: Schema,
    *,
    style: str = "ddl",
    db_path: str | os.PathLike | None = None,
    sample_values: int = 0,
    descriptions: bool = True,
    restrict_to: Mapping[str, Iterable[str]] | None = None,
) -> str:
    """The schema as prompt text in ``style`` (a key of SCHEMA_STYLES), optionally with descriptions, up to
    ``sample_values`` example values per column read from ``db_path``, and the ``restrict_to`` filter."""
    chosen = SCHEMA_STYLES.get(style)
    if chosen is None:
        raise ConfigError(f"unknown schema style {style!r}; choose one of {', '.join(SCHEMA_STYLES)}")
    if restrict_to is not None:
        schema = restrict(schema, restrict_to)
    samples: dict[tuple[str, str], tuple[str, ...]] = {}
    if sample_values > 0:
        if not chosen.annotated:
            raise ConfigError(f"schema style {style!r} shows no sample values")
        if db_path is None:
            raise ConfigError("sample_values needs db_path, the database to read them from")
        columns = [(column.table, column.name) for table in schema.tables for column in table.columns]
        samples = read_sample_values(Path(db_path), columns, sample_values)
    return chosen.render(schema, _Notes(samples, descriptions))


@dataclass(frozen=True)
class _Notes:
    """What a style may print beside each column: descriptions (if wanted) and sample values."""

    samples: Mapping[tuple[str, str], tuple[str, ...]]
    descriptions: bool

    def details(self, column: Column) -> list[tuple[str, str]]:
        """(label, text) pairs in the released code's order: description, samples, value description."""
        found = []
        if self.descriptions and column.description:
            found.append(("Description", column.description))
        if (column.table, column.name) in self.samples:
            found.append(("Samples", f"[{', '.join(self.samples[column.table, column.name])}]"))
        if self.descriptions and column.value_description:
            found.append(("Value Description", column.value_description))
        return found


@dataclass(frozen=True)
class _Style:
    render: Callable[[Schema, _Notes], str]
    annotated: bool  # whether the style shows descriptions and sample values


def _compact(schema: Schema, notes: _Notes) -> str:
    return "\n".join(f"{table.name}({', '.join(c.name for c in table.columns)})" for table in schema.tables)


def _ddl(schema: Schema, notes: _Notes) -> str:
    return "\n\n".join(_create_table(schema, table, notes) for table in schema.tables)


def _create_table(schema: Schema, table: Table, notes: _Notes) -> str:
    items = [
        (" ".join(filter(None, (_quote(c.name), c.type))), "; ".join(f"{k.lower()}: {v}" for k, v in notes.details(c)))
        for c in table.columns
    ]
    if table.primary_key:
        items.append((f"PRIMARY KEY ({', '.join(map(_quote, table.primary_key))})", ""))
    items += [
        (f"FOREIGN KEY ({_quote(fk.column)}) REFERENCES {_quote(fk.ref_table)}({_quote(fk.ref_column)})", "")
        for fk in schema.foreign_keys
        if fk.table == table.name
    ]
    lines = [f"CREATE TABLE {_quote(table.name)} ("]
    for position, (body, comment) in enumerate(items, start=1):
        separator = "," if position < len(items) else ""
        lines.append(f"  {body}{separator}" + (f" -- {comment}" if comment else ""))
    return "\n".join([*lines, ");"])


def _learnat(schema: Schema, notes: _Notes) -> str:
    lines = ["【Database schema】"]
    for table in schema.tables:
        lines.append(f"- Table: {table.name}")
        for column in table.columns:
            lines.append(f"\t- Column: `{column.name}` ({column.type})")
            lines += [f"\t\t- {label}: {text}" for label, text in notes.details(column)]
    lines += ["", "【Foreign keys】"]
    lines += [f"{fk.table}.`{fk.column}` = {fk.ref_table}.`{fk.ref_column}`" for fk in schema.foreign_keys]
    return "\n".join(lines)


def _quote(name: str) -> str:
    # Always quoted: Spider has columns such as "Home Town" and keyword-like names such as Order.
    return exp.to_identifier(name, quoted=True).sql(dialect="sqlite")


def _column(table: str, name: str, column_type: str, descriptions: Mapping, natural_name: str) -> Column:
    found = descriptions.get(table.lower(), {}).get(name.lower(), ColumnDescription())
    return Column(table, name, column_type, found.description, found.value_description, natural_name)


def _natural_names(entry: Mapping, key: str, originals: list) -> list[str]:
    """The entry's natural names under ``key`` (the last item of a ``[table index, name]`` pair), aligned with
    ``originals``; "" for each when the entry has none or they do not line up."""
    found = entry.get(key)
    if not isinstance(found, list) or len(found) != len(originals):
        return [""] * len(originals)
    return [str(item[-1] if isinstance(item, list) else item) for item in found]


SCHEMA_STYLES: dict[str, _Style] = {
    "compact": _Style(_compact, annotated=False),
    "ddl": _Style(_ddl, annotated=True),
    "learnat": _Style(_learnat, annotated=True),
}
