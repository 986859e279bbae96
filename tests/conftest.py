"""Shared fixtures: the bundled data root and, when present, the full Spider/BIRD copy beside the repo."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from learnat_core.paths import bundled_data_root

SHARED_DATA_ENV = "LEARNAT_SHARED_DATA"

# Tests never reach a model hub: set before any test module imports transformers.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def _shared_data_path() -> Path:
    explicit = os.environ.get(SHARED_DATA_ENV)
    return Path(explicit) if explicit else Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The full Spider/BIRD copy (``../shared/data`` or ``$LEARNAT_SHARED_DATA``); skips visibly if absent."""
    path = _shared_data_path()
    if not (path / "spider" / "dev.json").is_file():
        pytest.skip(f"full Spider/BIRD copy not found at {path} (set ${SHARED_DATA_ENV} to point at one)")
    return path


@pytest.fixture(scope="session")
def bundled_root() -> Path:
    """The data root shipped inside the package."""
    return bundled_data_root()
