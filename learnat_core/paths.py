"""Where data and caches live: the bundled Spider subset, a user's full copy, and the cache folder.

A data root holds ``spider/`` (Spider 1.0 layout) and/or ``bird/`` (BIRD layout). It is chosen by, in
order: an explicit argument, the ``LEARNAT_DATA_ROOT`` environment variable, the bundled default.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from learnat_core.errors import ConfigError

DATA_ROOT_ENV = "LEARNAT_DATA_ROOT"
CACHE_DIR_ENV = "LEARNAT_CACHE_DIR"


def bundled_data_root() -> Path:
    """The data root shipped inside the package (Spider dev databases plus a Spider train subset)."""
    return Path(__file__).resolve().parent / "bundled"


def resolve_data_root(explicit: str | os.PathLike | None = None) -> Path:
    """Return the data root to use: ``explicit``, else ``$LEARNAT_DATA_ROOT``, else the bundled one."""
    chosen = explicit if explicit is not None else os.environ.get(DATA_ROOT_ENV)
    if chosen is None or str(chosen) == "":
        return bundled_data_root()
    root = Path(chosen).expanduser().resolve()
    if not root.is_dir():
        source = "argument" if explicit is not None else f"${DATA_ROOT_ENV}"
        raise ConfigError(f"data root {root} (from {source}) is not a directory")
    return root


def cache_dir() -> Path:
    """Folder for derived artefacts (converted models, caches): ``$LEARNAT_CACHE_DIR`` or ~/.cache/learnat."""
    path = Path(os.environ.get(CACHE_DIR_ENV) or Path.home() / ".cache" / "learnat")
    path.mkdir(parents=True, exist_ok=True)
    return path


NEAR_LEVELS = 2  # a path this many folders above the anchor, or below it, is "near" and stored relative


def relative_paths(value: Any, anchor: str | os.PathLike, *, levels: int = NEAR_LEVELS) -> tuple[Any, list[str]]:
    """``value`` (a JSON-like structure) with every absolute path string near ``anchor`` (inside the folder
    ``levels`` above it) rewritten relative to ``anchor``, and the dotted keys of what was rewritten; records
    written with it stay readable on another machine or checkout (``absolute_paths`` undoes it)."""
    base = Path(anchor).resolve()
    near = base.parents[levels - 1] if levels and len(base.parents) >= levels else base
    rewritten: list[str] = []

    def walk(item: Any, key: str) -> Any:
        if isinstance(item, dict):
            return {name: walk(inner, f"{key}.{name}" if key else str(name)) for name, inner in item.items()}
        if isinstance(item, str) and os.path.isabs(item) and Path(item).resolve().is_relative_to(near):
            rewritten.append(key)
            return os.path.relpath(Path(item).resolve(), base)
        return item

    return walk(value, ""), rewritten


def absolute_paths(value: dict[str, Any], anchor: str | os.PathLike, keys: Iterable[str]) -> dict[str, Any]:
    """``value`` with the relative paths at the dotted ``keys`` (from ``relative_paths``) made absolute again
    against ``anchor``."""
    base = Path(anchor).resolve()
    result = json.loads(json.dumps(value))  # a deep copy of plain JSON data
    for key in keys:
        *parents, last = key.split(".")
        holder = result
        for name in parents:
            holder = holder.get(name) if isinstance(holder, dict) else None
        if isinstance(holder, dict) and isinstance(holder.get(last), str):
            holder[last] = os.path.normpath(base / holder[last])
    return result
