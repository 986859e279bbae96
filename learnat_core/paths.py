"""Where data and caches live: the bundled Spider subset, a user's full copy, and the cache folder.

A data root holds ``spider/`` (Spider 1.0 layout) and/or ``bird/`` (BIRD layout). It is chosen by, in
order: an explicit argument, the ``LEARNAT_DATA_ROOT`` environment variable, the bundled default.
"""

from __future__ import annotations

import os
from pathlib import Path

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
