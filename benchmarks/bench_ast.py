"""Benchmark: the kit's AST parsing and similarity against a released-code-style sqlparse approach.

Usage: ``python benchmarks/bench_ast.py [--data DIR] [--per-query N]``. Times, on the Spider dev gold
queries, (1) parsing every query and (2) scoring every (gold, perturbed gold) pair from SQL text, both with
the kit and with a re-implementation of the authors' approach written from its description in
the released code's AST (``docs/sources.md``) (regex alias removal, a sqlparse token tree, size-ratio node similarity and the
simplified index-aligned edit distance); no code of the released repository is used. Kit-only rows time
the similarity of parsed trees and the step classification (each perturbed query as a first step, then gold
after it).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlparse
from sqlparse import sql as sqlparse_sql
from sqlparse import tokens as sqlparse_tokens

from learnat_core.sql_ast import classify, parse, perturbations, similarity, tree_edit_distance

DEFAULT_DATA = Path(os.environ.get("LEARNAT_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))


# --- the released-code-style approach (docs/sources.md) -------------------------------------------------

_KEYWORDS_AFTER_TABLE = "ON|WHERE|JOIN|GROUP|ORDER|LIMIT|INNER|LEFT|UNION|INTERSECT|EXCEPT|HAVING"
_TABLE_ALIAS = re.compile(rf"\b(FROM|JOIN)\s+(\w+)\s+(?:AS\s+)?(?!(?:{_KEYWORDS_AFTER_TABLE})\b)(\w+)", re.I)


@dataclass
class TokenNode:
    """A node of the sqlparse-based tree: a type (SQL, SELECT, COLUMN, ...) and the raw token text."""

    type: str
    value: str = ""
    children: list[TokenNode] = field(default_factory=list)

    def size(self) -> int:
        """Number of nodes in the subtree."""
        return 1 + sum(child.size() for child in self.children)


def remove_aliases(sql: str) -> str:
    """Rewrite ``FROM t AS a`` / ``JOIN t a`` to the bare table and ``a.col`` to ``t.col``."""
    aliases = {alias.lower(): table for _, table, alias in _TABLE_ALIAS.findall(sql)}
    sql = _TABLE_ALIAS.sub(lambda match: f"{match.group(1)} {match.group(2)}", sql)
    return re.sub(r"\b(\w+)\.", lambda match: f"{aliases.get(match.group(1).lower(), match.group(1))}.", sql)


def token_tree(sql: str) -> TokenNode:
    """The released-style tree of one statement, built from sqlparse's top-level tokens."""
    return TokenNode("SQL", children=_token_children(sqlparse.parse(sql)[0].tokens))


def _token_children(tokens: Sequence[sqlparse_sql.Token]) -> list[TokenNode]:
    children = []
    for token in tokens:
        if token.is_whitespace:
            continue
        if token.ttype is sqlparse_tokens.DML and token.normalized == "SELECT":
            children.append(TokenNode("SELECT", "SELECT"))
        elif isinstance(token, sqlparse_sql.IdentifierList):
            children.extend(TokenNode("COLUMN", str(item)) for item in token.get_identifiers())
        elif isinstance(token, sqlparse_sql.Identifier):
            children.append(TokenNode("COLUMN", str(token)))
        elif isinstance(token, sqlparse_sql.Where):
            children.append(TokenNode("WHERE", "WHERE", _token_children(token.tokens)))
        elif token.is_keyword and token.normalized in ("FROM", "JOIN"):
            children.append(TokenNode(token.normalized, token.normalized))
        elif token.is_group:
            children.append(TokenNode("SQL", children=_token_children(token.tokens)))
        elif token.is_keyword:
            children.append(TokenNode("KEYWORD", token.normalized))
        else:
            children.append(TokenNode("VALUE", str(token)))
    return children


def released_ted(a: TokenNode, b: TokenNode) -> int:
    """The simplified distance: 1 if roots differ, else child-count difference plus index-aligned children."""
    if (a.type, a.value) != (b.type, b.value):
        return 1
    return abs(len(a.children) - len(b.children)) + sum(released_ted(x, y) for x, y in zip(a.children, b.children))


def released_similarity(sub_sql: str, full_sql: str) -> float:
    """0.7 · size ratio + 0.3 · (1 − TED'/max size), on alias-free sqlparse trees, as the released code does."""
    sub, full = token_tree(remove_aliases(sub_sql)), token_tree(remove_aliases(full_sql))
    sub_size, full_size = sub.size(), full.size()
    return 0.7 * sub_size / full_size + 0.3 * (1 - released_ted(sub, full) / max(sub_size, full_size))


# --- timing -----------------------------------------------------------------------------------------------


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> None:
    """Run both approaches in one process and print rates and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared Spider/BIRD folder")
    parser.add_argument("--per-query", type=int, default=2, help="perturbations drawn per gold query (seed 0)")
    args = parser.parse_args(argv)

    golds = [item["query"] for item in json.loads((args.data / "spider" / "dev.json").read_text(encoding="utf-8"))]
    pairs = [(gold, variant.sql) for gold in golds for variant in perturbations(gold, n=args.per_query)]
    kit_trees = {sql: parse(sql) for pair in pairs for sql in pair}

    rows = [
        ("parse Spider dev gold", len(golds), "queries",
         _timed(lambda: [parse(sql) for sql in golds]),
         _timed(lambda: [token_tree(remove_aliases(sql)) for sql in golds])),
        ("similarity from SQL text", len(pairs), "pairs",
         _timed(lambda: [similarity(parse(variant), parse(gold)) for gold, variant in pairs]),
         _timed(lambda: [released_similarity(variant, gold) for gold, variant in pairs])),
        ("similarity of parsed trees", len(pairs), "pairs",
         _timed(lambda: [similarity(kit_trees[variant], kit_trees[gold]) for gold, variant in pairs]),
         None),
        ("classify step, gold after it", len(pairs), "pairs",
         _timed(lambda: [(classify(kit_trees[variant], [], kit_trees[gold]),
                          classify(kit_trees[gold], [kit_trees[variant]], kit_trees[gold])) for gold, variant in pairs]),
         None),
        ("  kit method='released'", len(pairs), "pairs",
         _timed(lambda: [similarity(kit_trees[variant], kit_trees[gold], method="released") for gold, variant in pairs]),
         None),
        ("  TED: APTED (kit) vs zss", len(pairs), "pairs",
         _timed(lambda: [tree_edit_distance(kit_trees[variant].root, kit_trees[gold].root) for gold, variant in pairs]),
         _timed(lambda: [tree_edit_distance(kit_trees[variant].root, kit_trees[gold].root, algorithm="zss")
                         for gold, variant in pairs])),
    ]
    print(f"{len(golds)} Spider dev gold queries, {len(pairs)} (gold, perturbed) pairs, {os.cpu_count()} CPUs")
    print("Baseline column: the released-code-style sqlparse approach (last row: zss instead of APTED).")
    print(f"{'task':30} {'kit /s':>10} {'baseline /s':>12} {'kit/baseline':>13} {'kit s/1000':>11}")
    for task, count, unit, kit_seconds, baseline_seconds in rows:
        baseline = f"{count / baseline_seconds:12.0f}" if baseline_seconds else f"{'-':>12}"
        ratio = f"{baseline_seconds / kit_seconds:13.2f}" if baseline_seconds else f"{'-':>13}"
        print(f"{task:30} {count / kit_seconds:10.0f} {baseline} {ratio} {1000 * kit_seconds / count:11.2f}  ({unit})")


if __name__ == "__main__":
    main()
