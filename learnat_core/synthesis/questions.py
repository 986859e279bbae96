"""From a dataset example to what one search needs: its ``SearchState`` (with the schema text the prompts
show) and the database its steps run on."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from learnat_core.data import DataSplit, Example, Schema, gold_schema_items, schema_text
from learnat_core.errors import ConfigError, DataError, SqlParseError
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.judge import QuestionError
from learnat_core.synthesis.state import SearchState


@dataclass(frozen=True)
class SearchInput:
    """One question ready to search: the example, its initial state and its SQLite file."""

    example: Example
    state: SearchState
    db_path: Path


def search_input(example: Example, split: DataSplit, schemas: dict[str, Schema],
                 config: SynthesisConfig) -> SearchInput:
    """The state of ``example`` with its schema text in ``config.schema_style`` (sample values and the
    gold-schema filter as configured); raises ``QuestionError`` when the schema text cannot be made."""
    schema = schemas.get(example.db_id)
    if schema is None:
        raise QuestionError("schema", f"{split.tables_file} has no schema for database {example.db_id!r}")
    db_path = split.db_path(example.db_id)
    try:
        restrict_to = gold_schema_items(example.gold_sql, schema) if config.gold_schema else None
        text = schema_text(schema, style=config.schema_style, db_path=db_path,
                           sample_values=config.sample_values, restrict_to=restrict_to)
    except SqlParseError as error:
        raise QuestionError("gold_parse", str(error)) from None
    except (ConfigError, DataError, OSError) as error:
        raise QuestionError("schema", f"{type(error).__name__}: {error}") from None
    state = SearchState(example.id, example.db_id, example.question, text, example.gold_sql, example.evidence)
    return SearchInput(example, state, db_path)
