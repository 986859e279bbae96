"""NL2SQL examples of Spider and BIRD, and where each split of each dataset lives under a data root.

Every split has a small table of candidate locations (paths relative to the data root); the first one
that exists wins, so both the official layouts and the shared copy's layout are found.

* Spider (``<root>/spider/``): ``dev.json`` / ``train_spider.json``, one ``tables.json``, databases in
  ``database/<db>/<db>.sqlite``.
* BIRD (``<root>/bird/``): ``dev`` (May 2023, ``dev/dev.json``), ``dev_20240627`` (the fixed release,
  folder ``dev_20240627/`` or the shared copy's ``dev_20240627_candidate/``), ``mini_dev``
  (``mini_dev/mini_dev_sqlite.json``) and ``train`` (``train/train.json``, else the shared
  ``train/train_subset_6601.json``). The dev splits all use the same 11 databases, so their
  ``dev_tables.json`` and ``dev_databases/`` are searched in the split's own folder first, then in
  ``bird/dev``, ``bird/dev_20240627``, ``bird/dev_20240627_candidate`` and ``bird/mini_dev`` (the
  shared copy keeps them under ``mini_dev`` only).

A missing questions file is an error when locating; a missing tables file is an error when schemas
are loaded (``load_schemas``); missing databases are never an error here (``missing_databases``).
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from learnat_core.data.jsonfile import read_json_list
from learnat_core.errors import ConfigError, DataError
from learnat_core.paths import resolve_data_root


@dataclass(frozen=True)
class Example:
    """One question with its gold SQL; ``id`` is the official index or question_id, as a string."""

    id: str
    dataset: str
    split: str
    db_id: str
    question: str
    gold_sql: str
    evidence: str = ""
    difficulty: str | None = None


@dataclass(frozen=True)
class DataSplit:
    """Where one split of one dataset lives: questions, schemas, and ``db_root/<db_id>/<db_id>.sqlite``."""

    dataset: str
    split: str
    questions_file: Path
    tables_file: Path
    db_root: Path

    def db_path(self, db_id: str) -> Path:
        """The SQLite file of ``db_id`` (it may not exist: many copies lack databases)."""
        return self.db_root / db_id / f"{db_id}.sqlite"

    def description_dir(self, db_id: str) -> Path:
        """BIRD's folder of per-table column descriptions (``database_description/<table>.csv``)."""
        return self.db_root / db_id / "database_description"

    def load(self) -> list[Example]:
        """Read the questions file into Examples, in file order."""
        entries = read_json_list(self.questions_file, f"the {self.dataset} {self.split} questions")
        sql_key = _SQL_KEYS[self.dataset]
        return [self._example(index, entry, sql_key) for index, entry in enumerate(entries)]

    def missing_databases(self) -> list[str]:
        """The db_ids that the questions use but whose SQLite file is absent, sorted."""
        return sorted({ex.db_id for ex in self.load() if not self.db_path(ex.db_id).is_file()})

    def _example(self, index: int, entry: dict, sql_key: str) -> Example:
        missing = [key for key in ("db_id", "question", sql_key) if key not in entry]
        if missing:
            raise DataError(f"{self.questions_file}: entry {index} lacks {', '.join(missing)}")
        # The bundle writes "id" (the official index); BIRD has question_id; Spider has neither.
        official_id = entry.get("id", entry.get("question_id", index))
        return Example(
            id=str(official_id),
            dataset=self.dataset,
            split=self.split,
            db_id=entry["db_id"],
            question=entry["question"],
            gold_sql=entry[sql_key],
            evidence=entry.get("evidence", ""),
            difficulty=entry.get("difficulty"),
        )


@dataclass(frozen=True)
class _Layout:
    """Candidate paths (relative to the data root) for one split; the first that exists is used."""

    questions: tuple[str, ...]
    tables: tuple[str, ...]
    db_roots: tuple[str, ...]


_SQL_KEYS = {"spider": "query", "bird": "SQL"}

# Folders that may hold BIRD's dev_tables.json and dev_databases/ (same 11 databases for every dev split).
_BIRD_DEV_DIRS = ("bird/dev", "bird/dev_20240627", "bird/dev_20240627_candidate", "bird/mini_dev")


def _bird_dev(questions: tuple[str, ...], own_dirs: tuple[str, ...]) -> _Layout:
    search = own_dirs + tuple(folder for folder in _BIRD_DEV_DIRS if folder not in own_dirs)
    return _Layout(
        questions=questions,
        tables=tuple(f"{folder}/dev_tables.json" for folder in search),
        db_roots=tuple(f"{folder}/dev_databases" for folder in search),
    )


_LAYOUTS: dict[tuple[str, str], _Layout] = {
    ("spider", "dev"): _Layout(("spider/dev.json",), ("spider/tables.json",), ("spider/database",)),
    ("spider", "train"): _Layout(("spider/train_spider.json",), ("spider/tables.json",), ("spider/database",)),
    ("bird", "dev"): _bird_dev(("bird/dev/dev.json",), ("bird/dev",)),
    ("bird", "dev_20240627"): _bird_dev(
        ("bird/dev_20240627/dev.json", "bird/dev_20240627_candidate/dev.json"),
        ("bird/dev_20240627", "bird/dev_20240627_candidate"),
    ),
    ("bird", "mini_dev"): _bird_dev(("bird/mini_dev/mini_dev_sqlite.json",), ("bird/mini_dev",)),
    ("bird", "train"): _Layout(
        ("bird/train/train.json", "bird/train/train_subset_6601.json"),
        ("bird/train/train_tables.json",),
        ("bird/train/train_databases",),
    ),
}

DATASETS = tuple(dict.fromkeys(dataset for dataset, _ in _LAYOUTS))  # spider, bird
SPLITS = tuple(sorted({split for _, split in _LAYOUTS}))  # every split name of some dataset


def locate(dataset: str, split: str, data_root: str | os.PathLike | None = None) -> DataSplit:
    """Find one split under the data root (explicit, else $LEARNAT_DATA_ROOT, else the bundled one)."""
    layout = _LAYOUTS.get((dataset, split))
    if layout is None:
        known = ", ".join(f"{d}/{s}" for d, s in _LAYOUTS)
        raise ConfigError(f"unknown dataset/split {dataset}/{split}; known: {known}")
    root = resolve_data_root(data_root)
    questions = _first_existing(root, layout.questions, Path.is_file)
    if questions is None:
        tried = ", ".join(str(root / candidate) for candidate in layout.questions)
        raise DataError(f"no {dataset} {split} questions under {root}: expected a JSON file at {tried}")
    return DataSplit(
        dataset=dataset,
        split=split,
        questions_file=questions,
        tables_file=_first_existing(root, layout.tables, Path.is_file) or root / layout.tables[0],
        db_root=_first_existing(root, layout.db_roots, Path.is_dir) or root / layout.db_roots[0],
    )


def load_examples(dataset: str, split: str, data_root: str | os.PathLike | None = None) -> list[Example]:
    """The examples of one split, in official order."""
    return locate(dataset, split, data_root).load()


def sample_examples(examples: Sequence[Example], size: int | None, seed: int = 0) -> list[Example]:
    """A seeded sample of ``size`` examples in their original order (all of them when ``size`` is None)."""
    if size is None or size >= len(examples):
        return list(examples)
    chosen = sorted(random.Random(seed).sample(range(len(examples)), size))
    return [examples[i] for i in chosen]


def _first_existing(root: Path, candidates: tuple[str, ...], exists: Callable[[Path], bool]) -> Path | None:
    return next((root / candidate for candidate in candidates if exists(root / candidate)), None)
