"""Reading the JSON files of a data root, with errors that name the file and what was expected in it."""

from __future__ import annotations

import json
from pathlib import Path

from learnat_core.errors import DataError


def read_json_list(path: Path, what: str) -> list[dict]:
    """Load ``path`` as a JSON list of objects (``what`` describes it for error messages), or raise DataError."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        raise DataError(f"{path} is missing: expected {what} there") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise DataError(f"{path} is not valid JSON ({error}): expected {what}") from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise DataError(f"{path} is not a JSON list of objects: expected {what}")
    return data
