"""``learnat ast-check``: parse a file of SQL lines into typed ASTs and report, per line, what failed and why."""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from sqlglot.dialects import Dialects

from learnat_core.arguments import output_file
from learnat_core.errors import DataError, SqlParseError
from learnat_core.sql_ast.node_kinds import NodeKind
from learnat_core.sql_ast.parse import parse


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``ast-check`` sub-command."""
    parser = subparsers.add_parser(
        "ast-check",
        help="parse SQL (one per line, or SQL<TAB>db_id) into typed ASTs and report failures",
        description="Exit status 0 even when lines fail to parse (each line gets a status); 2 when FILE is missing.",
    )
    parser.add_argument("file", type=Path, help="text file with one SQL query per line, optionally SQL<TAB>db_id")
    parser.add_argument("--out", type=output_file, help="write one JSON record per line here (JSONL)")
    parser.add_argument("--dialect", default="sqlite", choices=sorted(d.value for d in Dialects if d.value),
                        metavar="DIALECT", help="sqlglot dialect to parse with, e.g. sqlite, mysql, postgres, "
                        "bigquery, snowflake, tsql (default: sqlite)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Check every non-blank line of ``args.file``; print a summary and optionally write JSONL records."""
    if not args.file.is_file():
        raise DataError(f"no such file: {args.file}")
    try:
        lines = args.file.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as error:
        raise DataError(f"{args.file} is not UTF-8 text (byte {error.start}: {error.reason})") from error
    records = [check_line(text, number, args.dialect) for number, text in enumerate(lines, start=1) if text.strip()]
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    print(summary(records, args.file))
    return 0


def check_line(text: str, number: int, dialect: str = "sqlite") -> dict:
    """The JSON record of one input line: line number, db_id, ok, node counts by kind, fallback nodes, error."""
    sql, db_id = text.rsplit("\t", 1) if "\t" in text else (text, None)
    record: dict = {
        "line": number, "db_id": db_id, "ok": False, "nodes": None, "fallback": None, "error": None, "position": None,
    }
    try:
        tree = parse(sql, dialect)
    except SqlParseError as error:
        record.update(error=str(error), position=error.position)
        return record
    kinds = Counter(node.kind for node in tree.root.walk())
    record.update(ok=True, nodes={kind.value: kinds[kind] for kind in NodeKind}, fallback=dict(tree.fallback_types()))
    return record


def summary(records: list[dict], source: Path | str) -> str:
    """Parsed / failed counts, failures grouped by reason (the part of the message before the first colon)."""
    failures: defaultdict[str, list[int]] = defaultdict(list)
    fallback: Counter[str] = Counter()
    for record in records:
        if record["ok"]:
            fallback.update(record["fallback"])
        else:
            failures[record["error"].split(":", 1)[0]].append(record["line"])
    parsed = len(records) - sum(map(len, failures.values()))
    lines = [f"{source}: {len(records)} queries, {parsed} parsed, {len(records) - parsed} failed"]
    lines += [f"  {reason}: {len(numbers)} (lines {_listed(numbers)})" for reason, numbers in sorted(failures.items())]
    lines.append(f"nodes of sqlglot types outside the kind table: {sum(fallback.values())} {dict(fallback) or ''}".rstrip())
    return "\n".join(lines)


def _listed(numbers: list[int], limit: int = 10) -> str:
    shown = ", ".join(map(str, numbers[:limit]))
    return shown + (f", ... {len(numbers) - limit} more" if len(numbers) > limit else "")
