"""Every gold query of Spider and BIRD parses into a typed tree, with no node outside the kind table: the
bundled Spider questions in every clone, the full Spider/BIRD copy where it is present."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from learnat_core.errors import SqlParseError
from learnat_core.sql_ast import parse

pytestmark = pytest.mark.slow

BUNDLED = {
    "bundled spider/dev": ("spider/dev.json", "query"),
    "bundled spider/train_spider.json": ("spider/train_spider.json", "query"),
}

DATASETS = {
    "spider/dev": ("spider/dev.json", "query"),
    "spider/train (train_spider + train_others)": ("spider/train_gold.sql", None),
    "spider/train_spider.json": ("spider/train_spider.json", "query"),
    "bird/dev (2023)": ("bird/dev/dev.json", "SQL"),
    "bird/dev (2024-06-27)": ("bird/dev_20240627_candidate/dev.json", "SQL"),
    "bird/mini_dev": ("bird/mini_dev/mini_dev_sqlite.json", "SQL"),
    "bird/train subset": ("bird/train/train_subset_6601.json", "SQL"),
}

# Gold queries known not to parse, with the reason; a query failing that is not listed here fails the test.
EXPECTED_FAILURES: dict[str, str] = {}

# sqlglot types allowed to fall back to the default kind (none at present; extend NODE_SPECS instead).
EXPECTED_FALLBACK_TYPES: set[str] = set()


def _gold_queries(root: Path, path: str, key: str | None) -> list[str]:
    if key is None:  # SQL<TAB>db_id lines
        return [line.rsplit("\t", 1)[0] for line in (root / path).read_text(encoding="utf-8").splitlines() if line.strip()]
    return [item[key] for item in json.loads((root / path).read_text(encoding="utf-8"))]


def _outcomes(root: Path, datasets: dict[str, tuple[str, str | None]]) -> dict[str, tuple[str | None, Counter]]:
    """Parse outcome of every distinct gold query: (error message or None, fallback sqlglot types)."""
    results: dict[str, tuple[str | None, Counter]] = {}
    for path, key in datasets.values():
        for sql in _gold_queries(root, path, key):
            if sql not in results:
                try:
                    results[sql] = (None, parse(sql).fallback_types())
                except SqlParseError as error:
                    results[sql] = (str(error), Counter())
    return results


@pytest.fixture(scope="module")
def outcomes(shared_data) -> dict[str, tuple[str | None, Counter]]:
    return _outcomes(shared_data, DATASETS)


@pytest.fixture(scope="module")
def bundled_outcomes(bundled_root) -> dict[str, tuple[str | None, Counter]]:
    return _outcomes(bundled_root, BUNDLED)


@pytest.mark.parametrize("dataset", BUNDLED)
def test_every_bundled_gold_query_parses(dataset, bundled_root, bundled_outcomes):
    _check(dataset, _gold_queries(bundled_root, *BUNDLED[dataset]), bundled_outcomes)


@pytest.mark.shared_data
@pytest.mark.parametrize("dataset", DATASETS)
def test_every_gold_query_parses(dataset, shared_data, outcomes):
    _check(dataset, _gold_queries(shared_data, *DATASETS[dataset]), outcomes)


def _check(dataset: str, queries: list[str], outcomes: dict[str, tuple[str | None, Counter]]) -> None:
    failures = {sql: outcomes[sql][0] for sql in queries if outcomes[sql][0] is not None}
    fallback = sum((outcomes[sql][1] for sql in queries), Counter())
    parsed = len(queries) - len(failures)
    print(f"{dataset}: {parsed}/{len(queries)} parsed; fallback nodes {sum(fallback.values())} {dict(fallback)}")
    new = {sql: reason for sql, reason in failures.items() if sql not in EXPECTED_FAILURES}
    listing = "\n".join(f"{reason}: {sql}" for sql, reason in new.items())
    assert not new, f"{len(new)} gold queries of {dataset} no longer parse:\n{listing}"
    assert set(fallback) <= EXPECTED_FALLBACK_TYPES, f"sqlglot types missing from NODE_SPECS: {dict(fallback)}"
    assert len(queries) > 400


@pytest.mark.shared_data
def test_allowlist_entries_still_fail(outcomes):
    fixed = [sql for sql in EXPECTED_FAILURES if sql in outcomes and outcomes[sql][0] is None]
    assert not fixed, f"these now parse; remove them from EXPECTED_FAILURES: {fixed}"
