"""Notebook 03's study of the Decomposition Synthesis Procedure (paper §3): what a synthesis run produced, the
three search methods side by side, the self-improving pool's per-round gains, the pairs' margins, and one
search tree laid out for drawing; each beside the paper's numbers (``results/paper/synthesis.csv``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from itertools import count

import pandas as pd

from learnat_core.data import Example
from learnat_core.decomposition import Step
from learnat_core.jsonl import read_objects
from learnat_core.paper_results import load_paper_table
from learnat_core.sql_ast import SqlTree, parse
from learnat_core.synthesis.baselines import MethodComparison
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.judge import NODE_CLASSES
from learnat_core.synthesis.outputs import SynthesisSummary
from learnat_core.synthesis.records import Attempt, QuestionRecord

METHOD_LABELS = {"cot": "CoT decomposition", "naive_mcts": "naive MCTS", "dsp": "AST-guided MCTS (DSP)"}
"""Baseline method name (``synthesis.baselines``) -> the paper's name for it."""


def stage_settings(*, dataset: str, split: str, data_root: str | os.PathLike | None, examples: Sequence[Example],
                   proposer: str, method: str, config: SynthesisConfig, rounds: int, **proposer_options: object
                   ) -> dict:
    """Everything that changes a synthesis run's products, as the key of its stage folder (not workers or
    progress bars): the questions, the proposer and its options, the method, the search config, the rounds."""
    return {"dataset": dataset, "split": split, "data_root": None if data_root is None else str(data_root),
            "question_ids": [example.id for example in examples], "proposer": proposer, "method": method,
            "config": config.to_dict(), "rounds": rounds, "proposer_options": dict(sorted(proposer_options.items()))}


def run_overview(summary: SynthesisSummary, pool_size: int) -> pd.DataFrame:
    """One row per quantity of a run: questions, successes, rate, records written, tokens, time."""
    rows = {
        "questions": summary.questions, "searched": summary.searched, "skipped": summary.skipped,
        "errors": summary.errors, "successes": summary.successes,
        "success_rate_pct": round(100 * summary.success_rate, 2), "sft_records": summary.sft_records,
        "pairs": summary.pairs, "pairs_dropped": summary.pairs_dropped, "pool_records": pool_size,
        "proposer_calls": summary.proposer_calls, "tokens": summary.prompt_tokens + summary.completion_tokens,
        "tokens_per_success": summary.tokens_per_success, "search_seconds": round(summary.search_seconds, 2),
    }
    return pd.DataFrame({"quantity": list(rows), "value": list(rows.values())})


def proposer_counts(summary: SynthesisSummary) -> pd.DataFrame:
    """How many SFT records and pairs each proposer made (rule-made data is never counted as model-made)."""
    rows = [{"output": output, "proposer": proposer, "records": records}
            for output, counts in summary.records_by_proposer.items() for proposer, records in counts.items()]
    return pd.DataFrame(rows, columns=["output", "proposer", "records"])


def node_classes(summary: SynthesisSummary) -> pd.DataFrame:
    """Nodes of every tree of the run by class (progressive, redundant, invalid, unparseable, failed)."""
    return pd.DataFrame({"class": list(NODE_CLASSES), "nodes": [summary.class_counts.get(c, 0) for c in NODE_CLASSES]})


def baseline_table(comparisons: Sequence[MethodComparison]) -> pd.DataFrame:
    """Success rate and cost per success of CoT, naive MCTS and DSP, beside the paper's rates; each row's cost
    change against naive MCTS with the same proposer, and on the DSP rows the paper's −56.38 % tokens.

    The cost is counted in tokens, and in proposer calls (one LLM call with k samples), which is the only
    cost of a rule proposer (it spends no tokens)."""
    paper = _paper_synthesis()
    rows = []
    for item in comparisons:
        rows.append({
            "method": item.method, "label": METHOD_LABELS.get(item.method, item.method), "proposer": item.proposer,
            "questions": item.questions, "successes": item.successes,
            "success_rate_pct": round(100 * item.success_rate, 2),
            "paper_success_rate_pct": paper.get(("decomposition_success_rate", item.method)),
            "tokens": item.prompt_tokens + item.completion_tokens, "tokens_per_success": item.tokens_per_success,
            "proposer_calls": item.proposer_calls, "calls_per_success": item.calls_per_success,
            "calls_to_first_success": item.calls_to_first_success, "seconds": round(item.seconds, 2),
        })
    table = pd.DataFrame(rows)
    naive = {row["proposer"]: row for row in rows if row["method"] == "naive_mcts"}
    for cost in ("tokens_per_success", "calls_per_success"):
        table[f"{cost}_change_vs_naive_pct"] = [
            _change(row[cost], naive[row["proposer"]][cost] if row["proposer"] in naive else None) for row in rows]
    table["paper_token_change_vs_naive_pct"] = [paper.get(("token_cost_change", "dsp_vs_naive_mcts"))
                                                if row["method"] == "dsp" else None for row in rows]
    return table


def round_gains(summary: SynthesisSummary) -> pd.DataFrame:
    """Per round: questions retried, successes, cumulative success rate and its gain in points; round r ≥ 2
    (the r−1-th round with a demonstration pool) sits beside the paper's pool gain of round r−1."""
    paper = _paper_synthesis()
    rows, previous = [], None
    for item in summary.rounds:
        cumulative = 100 * item["cumulative_success_rate"]
        rows.append({
            "round": item["round"], "attempted": item["attempted"], "successes": item["successes"],
            "round_success_rate_pct": round(100 * item["success_rate"], 2),
            "cumulative_success_rate_pct": round(cumulative, 2),
            "gain_pts": None if previous is None else round(cumulative - previous, 2),
            "paper_gain_pct": paper.get(("demo_pool_gain", f"round_{item['round'] - 1}")),
            "proposers": ", ".join(item["proposers"]),
        })
        previous = cumulative
    return pd.DataFrame(rows, columns=["round", "attempted", "successes", "round_success_rate_pct",
                                       "cumulative_success_rate_pct", "gain_pts", "paper_gain_pct", "proposers"])


def pair_margins(pairs_file: str | os.PathLike) -> pd.DataFrame:
    """One row per step pair of a ``pairs.jsonl``: margin, rewards, the rejected step's class, proposer."""
    columns = ["question_id", "proposer", "step_index", "chosen_reward", "rejected_reward", "margin", "rejected_class"]
    return pd.DataFrame([{key: pair[key] for key in columns} for _, pair in read_objects(pairs_file)],
                        columns=columns)


def example_tree(records: Sequence[QuestionRecord], max_nodes: int = 30) -> tuple[QuestionRecord, Attempt] | None:
    """A successful search worth drawing: the most node classes, then the most nodes, within ``max_nodes``
    (the smallest successful tree when none fits); None without a success."""
    found = [(record, record.succeeded) for record in records if record.succeeded is not None]
    if not found:
        return None

    def size(item: tuple[QuestionRecord, Attempt]) -> int:
        return sum(1 for _ in _walk(item[1].result.tree))

    fitting = [item for item in found if size(item) <= max_nodes]
    if not fitting:
        return min(found, key=size)
    return max(fitting, key=lambda item: (len(_classes(item[1].result.tree)), size(item)))


def tree_layout(tree: dict) -> pd.DataFrame:
    """The nodes of a search tree (``SearchResult.tree``) with a tidy top-down position: one row per node with
    id, parent, depth, class, reward, visits, success, whether it is on the path to a success, sql, x, y."""
    rows: list[dict] = []
    _place(tree, None, rows, count())
    return pd.DataFrame(rows)


def chosen_path(attempt: Attempt) -> list[tuple[Step, SqlTree]]:
    """The steps of the attempt's best successful trajectory with each step's parsed AST (paper's Figure 5)."""
    if attempt.result is None or attempt.result.best is None:
        return []
    return [(step, parse(step.sub_sql)) for step in attempt.result.best]


def _place(node: dict, parent: int | None, rows: list[dict], leaves: Iterator[int]) -> tuple[float, bool]:
    """Append ``node`` and its subtree to ``rows``; leaves on consecutive columns, parents centred above."""
    index = len(rows)
    rows.append({"id": node["id"], "parent": parent, "depth": node["depth"], "class": node["class"],
                 "reward": node["reward"], "visits": node["visits"], "success": node["success"],
                 "sql": node["sql"] or ""})
    placed = [_place(child, node["id"], rows, leaves) for child in node["children"]]
    x = (placed[0][0] + placed[-1][0]) / 2 if placed else float(next(leaves))
    on_path = node["success"] or any(reached for _, reached in placed)
    rows[index].update(on_success_path=on_path, x=x, y=-float(node["depth"]))
    return x, on_path


def _walk(node: dict) -> Iterator[dict]:
    yield node
    for child in node["children"]:
        yield from _walk(child)


def _classes(tree: dict) -> set[str]:
    return {node["class"] for node in _walk(tree)}


def _change(value: float | None, reference: float | None) -> float | None:
    """Percent change of ``value`` against ``reference`` (None when either is missing or the reference is 0)."""
    if value is None or not reference:
        return None
    return round(100 * (value - reference) / reference, 2)


def _paper_synthesis() -> dict[tuple[str, str], float]:
    table = load_paper_table("synthesis")
    return {(row.quantity, row.item): float(row.value) for row in table.itertuples()}

