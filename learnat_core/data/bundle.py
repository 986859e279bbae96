"""Build the small Spider bundle shipped in the package, reproducibly, from an official Spider folder.

The bundle holds every Spider dev question whose database exists (with the database), and a train
subset chosen by database: a seeded random draw of train databases, none of them a dev database and
none larger than ``max_db_bytes``, until ``train_budget_bytes`` of SQLite files are taken; all their
train_spider questions are kept. Each question keeps its official index as ``"id"``; gold files keep
the official lines (``SQL<TAB>db_id``). Same inputs, same arguments: byte-identical bundle.
"""

from __future__ import annotations

import json
import random
import shutil
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from learnat_core.data.jsonfile import read_json_list
from learnat_core.data.manifest import SUMS_FILE, sha256_file, write_sums
from learnat_core.errors import DataError

DEFAULT_TRAIN_BUDGET_BYTES = 3_000_000
DEFAULT_MAX_DB_BYTES = 1_000_000
_SOURCE_FILES = ("dev.json", "dev_gold.sql", "train_spider.json", "train_gold.sql", "tables.json")


@dataclass(frozen=True)
class BundleSummary:
    """What a build wrote: the databases and question counts of each split."""

    out_dir: Path
    dev_databases: tuple[str, ...]
    train_databases: tuple[str, ...]
    dev_questions: int
    train_questions: int

    @property
    def total_bytes(self) -> int:
        """The size of every file in the bundle."""
        return sum(path.stat().st_size for path in self.out_dir.rglob("*") if path.is_file())


def build_bundle(
    spider_dir: Path,
    out_dir: Path,
    *,
    train_budget_bytes: int = DEFAULT_TRAIN_BUDGET_BYTES,
    max_db_bytes: int = DEFAULT_MAX_DB_BYTES,
    seed: int = 0,
) -> BundleSummary:
    """Write the bundle into ``out_dir`` (absent or empty) from an official Spider folder ``spider_dir``."""
    spider_dir, out_dir = Path(spider_dir), Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise DataError(f"{out_dir} is not empty: remove it or choose another output folder")
    dev = read_json_list(spider_dir / "dev.json", "the Spider dev questions")
    train = read_json_list(spider_dir / "train_spider.json", "the Spider train_spider questions")
    tables = read_json_list(spider_dir / "tables.json", "the Spider schemas")
    dev_gold = _gold_lines(spider_dir / "dev_gold.sql", dev)
    train_gold = _gold_lines(spider_dir / "train_gold.sql", train)

    present = {db_id for db_id in {e["db_id"] for e in dev + train} if _db_file(spider_dir, db_id).is_file()}
    sizes = {db_id: _db_file(spider_dir, db_id).stat().st_size for db_id in present}
    train_dbs = _draw_databases(sizes, {e["db_id"] for e in dev}, train_budget_bytes, max_db_bytes, seed)
    dev_ids = [index for index, entry in enumerate(dev) if entry["db_id"] in present]
    train_ids = [index for index, entry in enumerate(train) if entry["db_id"] in train_dbs]
    dev_dbs = sorted({dev[index]["db_id"] for index in dev_ids})
    summary = BundleSummary(out_dir, tuple(dev_dbs), tuple(train_dbs), len(dev_ids), len(train_ids))

    out_dir.mkdir(parents=True, exist_ok=True)
    _write_split(out_dir / "dev.json", out_dir / "dev_gold.sql", dev, dev_gold, dev_ids)
    _write_split(out_dir / "train_spider.json", out_dir / "train_gold.sql", train, train_gold, train_ids)
    bundled = sorted({*dev_dbs, *train_dbs})
    _write_json_list(out_dir / "tables.json", [entry for entry in tables if entry["db_id"] in bundled])
    for db_id in bundled:
        (out_dir / "database" / db_id).mkdir(parents=True)
        shutil.copyfile(_db_file(spider_dir, db_id), _db_file(out_dir, db_id))
    left_out = Counter(entry["db_id"] for entry in dev if entry["db_id"] not in present)
    readme = _readme(spider_dir, summary, left_out, train_budget_bytes, max_db_bytes, seed)
    (out_dir / "README.md").write_text(readme, encoding="utf-8")
    write_sums(out_dir)
    return summary


def _db_file(spider_dir: Path, db_id: str) -> Path:
    return spider_dir / "database" / db_id / f"{db_id}.sqlite"


def _draw_databases(
    sizes: dict[str, int], excluded: set[str], budget: int, max_db_bytes: int, seed: int
) -> list[str]:
    """Shuffle the eligible databases (sorted first, so the draw depends only on the seed), then take
    each one that still fits in the budget."""
    eligible = sorted(db_id for db_id, size in sizes.items() if db_id not in excluded and size <= max_db_bytes)
    random.Random(seed).shuffle(eligible)
    chosen, used = [], 0
    for db_id in eligible:
        if used + sizes[db_id] <= budget:
            chosen.append(db_id)
            used += sizes[db_id]
    return sorted(chosen)


def _gold_lines(gold_file: Path, entries: list[dict]) -> list[str]:
    """The official gold lines of ``entries``, aligned by position. train_gold.sql also holds the
    train_others lines, on databases train_spider.json never uses; those are skipped."""
    try:
        lines = gold_file.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DataError(f"{gold_file} is missing: expected Spider's official gold SQL (SQL<TAB>db_id)") from None
    used = {entry["db_id"] for entry in entries}
    kept = [line for line in lines if line.rpartition("\t")[2].strip() in used]
    if [line.rpartition("\t")[2].strip() for line in kept] != [entry["db_id"] for entry in entries]:
        raise DataError(f"{gold_file} does not line up with the questions: the db_id sequences differ")
    return kept


def _write_split(questions_file: Path, gold_file: Path, entries: list[dict], gold: list[str], ids: list[int]) -> None:
    rows = [{"id": i, "db_id": entries[i]["db_id"], "query": entries[i]["query"], "question": entries[i]["question"]}
            for i in ids]
    _write_json_list(questions_file, rows)
    gold_file.write_text("".join(f"{gold[i]}\n" for i in ids), encoding="utf-8")


def _write_json_list(path: Path, items: Iterable[dict]) -> None:
    """A JSON list with one item per line: small, and readable in a diff."""
    body = ",\n".join(json.dumps(item, ensure_ascii=False) for item in items)
    path.write_text(f"[\n{body}\n]\n", encoding="utf-8")


def _readme(
    spider_dir: Path, summary: BundleSummary, left_out: Counter, budget: int, max_db_bytes: int, seed: int
) -> str:
    dev_dbs, train_dbs = summary.dev_databases, summary.train_databases
    sources = "\n".join(f"- `{name}`: sha256 `{sha256_file(spider_dir / name)}`" for name in _SOURCE_FILES)
    dropped = ", ".join(f"{db_id} ({count} questions)" for db_id, count in sorted(left_out.items())) or "none"
    return f"""# Spider subset bundled with learnat_core

This folder is a small subset of **Spider 1.0** (Yu et al., 2018, "Spider: A Large-Scale Human-Labeled
Dataset for Complex and Cross-Domain Semantic Parsing and Text-to-SQL Task", EMNLP; Yale LILY lab,
https://yale-lily.github.io/spider). Spider is licensed under **CC BY-SA 4.0**
(https://creativecommons.org/licenses/by-sa/4.0/). This subset is a derivative of Spider and is
distributed under the same licence (share-alike): anything you derive from it must carry CC BY-SA 4.0
too, and must credit Spider. Please cite Yu et al. (2018) when you use it.

## What is here
- `dev.json`, `dev_gold.sql`: the {summary.dev_questions} Spider dev questions whose database exists, on
  {len(dev_dbs)} databases. Dev questions left out because their database is absent: {dropped}.
- `train_spider.json`, `train_gold.sql`: {summary.train_questions} train_spider questions, all those on
  {len(train_dbs)} train databases (none of them a dev database).
- `tables.json`: the official schemas of the {len(dev_dbs) + len(train_dbs)} bundled databases.
- `database/<db>/<db>.sqlite`: those databases, byte for byte.
- `{SUMS_FILE}`: sha256 of every other file here (`learnat data verify` checks them).

Question files keep only `id`, `db_id`, `query` and `question`; `id` is the question's index in the
official file. Gold files hold the official lines (`SQL<TAB>db_id`) of the same questions, in order.

## How it was chosen
Built by `learnat_core.data.bundle.build_bundle`:

    learnat data bundle --from <spider folder> --out-dir <this folder> --seed {seed} \\
        --train-budget-bytes {budget} --max-db-bytes {max_db_bytes}

Train databases: those of train_spider.json that exist, are not dev databases and are at most
{max_db_bytes} bytes, sorted by name, shuffled with Python's `random.Random({seed})`, then taken in
that order whenever they still fit in {budget} bytes of SQLite files in total.

Dev databases: {", ".join(dev_dbs)}.

Train databases: {", ".join(train_dbs)}.

## Source files
{sources}
"""
