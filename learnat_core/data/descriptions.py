"""BIRD column descriptions: ``database_description/<table>.csv`` next to each BIRD database.

Each CSV has the columns original_column_name, column_name, column_description, data_format and
value_description. The files come in mixed encodings (UTF-8 with and without BOM, and Windows-1252
with 0x95 bullets and 0x96 dashes in four dev files), so decoding tries UTF-8 (BOM stripped), then
cp1252, then latin-1, which accepts any byte. Texts are stripped and their whitespace runs (newlines
included) collapsed, so each fits on one line of a prompt.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from learnat_core.errors import DataError

_STRICT_ENCODINGS = ("utf-8-sig", "cp1252")


@dataclass(frozen=True)
class ColumnDescription:
    """What BIRD says about one column: a description and a description of its values."""

    description: str = ""
    value_description: str = ""


def read_descriptions(folder: Path) -> dict[str, dict[str, ColumnDescription]]:
    """Descriptions by lower-cased table name (the CSV's stem), then lower-cased original column name."""
    if not folder.is_dir():
        return {}
    return {csv_file.stem.lower(): _read_table(csv_file) for csv_file in sorted(folder.glob("*.csv"))}


def _read_table(csv_file: Path) -> dict[str, ColumnDescription]:
    rows = csv.DictReader(io.StringIO(_decode(csv_file.read_bytes()), newline=""))
    if rows.fieldnames is None or "original_column_name" not in [_clean(name) for name in rows.fieldnames]:
        raise DataError(f"{csv_file} has no original_column_name header: expected a BIRD description CSV")
    found = {}
    for row in rows:
        cells = {_clean(key).lower(): _clean(value) for key, value in row.items() if isinstance(key, str)}
        name = cells.get("original_column_name", "")
        if name:
            found[name.lower()] = ColumnDescription(
                cells.get("column_description", ""), cells.get("value_description", "")
            )
    return found


def _decode(raw: bytes) -> str:
    for encoding in _STRICT_ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())
