"""The data layer: Spider/BIRD examples and where they live, schemas and their prompt text, gold schema
linking, the bundled Spider subset, and checksum verification of a data root."""

from learnat_core.data.examples import DataSplit, Example, load_examples, locate, sample_examples
from learnat_core.data.schema import Schema, database_columns, load_schemas, schema_text
from learnat_core.data.schema_linking import gold_schema_items

__all__ = [
    "DataSplit",
    "Example",
    "Schema",
    "database_columns",
    "gold_schema_items",
    "load_examples",
    "load_schemas",
    "locate",
    "sample_examples",
    "schema_text",
]
