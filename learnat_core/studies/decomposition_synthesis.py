"""Notebook 03's study of the Decomposition Synthesis Procedure (paper §3): what a synthesis run produced, the
search methods side by side, how many trajectories the old rows-only success rule accepted wrongly, the
self-improving pool's per-round gains and the pairs' margins, each beside the paper's numbers
(``results/paper/synthesis.csv``); one search tree drawn is ``studies.search_tree``.
"""

from __future__ import annotations

import os
import tempfile
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import pandas as pd
from tqdm import tqdm

from learnat_core.data import DataSplit, Example, load_schemas, locate
from learnat_core.data.examples import sample_examples
from learnat_core.errors import ConfigError
from learnat_core.evaluation.statistics import rate
from learnat_core.jsonl import read_objects
from learnat_core.llm import open_model
from learnat_core.orchestration.handoffs import SynthesisHandoff
from learnat_core.paper_results import load_paper_table
from learnat_core.studies.search_tree import best_path_nodes
from learnat_core.studies.training_runs import synthesis_config
from learnat_core.synthesis.baselines import MethodComparison, compare_methods
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.judge import NODE_CLASSES, GoldJudge, QuestionError
from learnat_core.synthesis.mcts import SearchResult, search
from learnat_core.synthesis.outputs import SynthesisSummary
from learnat_core.synthesis.pipeline import select_examples
from learnat_core.synthesis.proposers import CONTINUATION_GENERATION, ContinuationProposer, NoisyRuleProposer
from learnat_core.synthesis.questions import search_input
from learnat_core.synthesis.runner import synthesize
from learnat_core.synthesis.state import Proposer

if TYPE_CHECKING:
    from matplotlib.figure import Figure

METHOD_LABELS = {"cot": "CoT decomposition", "naive_mcts_self": "naive MCTS (self-evaluated node values)",
                 "naive_mcts_oracle": "naive MCTS, oracle outcome reward (kit variant)",
                 "dsp": "AST-guided MCTS (DSP)"}
"""Baseline method name (``synthesis.baselines``) -> what it is, in the paper's words where it has them."""

PAPER_METHODS = {"cot": "cot", "naive_mcts_self": "naive_mcts", "dsp": "dsp"}
"""Method -> its item in the paper's table; the oracle variant has no paper counterpart."""


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


def trial_run(examples: Sequence[Example], proposer: Proposer, config: SynthesisConfig, *, split: DataSplit,
              label: str) -> pd.DataFrame:
    """Synthesise ``examples`` for one round in a throwaway folder and return its overview as one row named
    ``label`` (the notebooks' exercises: change one setting, run again, compare the rows)."""
    with tempfile.TemporaryDirectory() as folder:
        summary = synthesize(examples, proposer, config, folder, split=split, progress=False)
    overview = run_overview(summary, pool_size=0).set_index("quantity")["value"]
    columns = ["successes", "success_rate_pct", "sft_records", "pairs", "proposer_calls"]
    return pd.DataFrame([{"run": label, **overview[columns].to_dict()}])


def proposer_counts(summary: SynthesisSummary) -> pd.DataFrame:
    """How many SFT records and pairs each proposer made (rule-made data is never counted as model-made)."""
    rows = [{"output": output, "proposer": proposer, "records": records}
            for output, counts in summary.records_by_proposer.items() for proposer, records in counts.items()]
    return pd.DataFrame(rows, columns=["output", "proposer", "records"])


def node_classes(summary: SynthesisSummary) -> pd.DataFrame:
    """Nodes of every tree of the run by class, in ``NODE_CLASSES`` order (unexecutable steps included)."""
    return pd.DataFrame({"class": list(NODE_CLASSES), "nodes": [summary.class_counts.get(c, 0) for c in NODE_CLASSES]})


def baseline_table(comparisons: Sequence[MethodComparison]) -> pd.DataFrame:
    """One row per method and proposer: its name, proposer, what valued its nodes, success rate with its Wilson
    95% interval beside the paper's, calls and tokens (per success, and to the first success); each row's cost change against the
    paper's naive MCTS (``naive_mcts_self``) with the same proposer, and on the DSP rows the paper's −56.38 %.

    Calls are proposer calls (one LLM call with k samples) plus self-evaluation calls; they are the only
    cost of a rule proposer, which spends no tokens (its self-evaluations are simulated)."""
    paper = _paper_synthesis()
    rows = []
    for item in comparisons:
        rows.append({
            "method": item.method, "label": METHOD_LABELS.get(item.method, item.method), "proposer": item.proposer,
            "node_value": item.node_value, "questions": item.questions, "successes": item.successes,
            "success_rate_pct": round(100 * item.success_rate, 2), **_interval(item.successes, item.questions),
            "paper_success_rate_pct": paper.get(("decomposition_success_rate", PAPER_METHODS.get(item.method))),
            "tokens": item.tokens, "tokens_per_success": item.tokens_per_success,
            "proposer_calls": item.proposer_calls, "evaluation_calls": item.evaluation_calls, "calls": item.calls,
            "calls_per_success": item.calls_per_success, "calls_to_first_success": item.calls_to_first_success,
            "seconds": round(item.seconds, 2),
        })
    table = pd.DataFrame(rows)
    naive = {row["proposer"]: row for row in rows if row["method"] == "naive_mcts_self"}
    for cost in ("tokens_per_success", "calls_per_success"):
        table[f"{cost}_change_vs_naive_pct"] = [
            _change(row[cost], naive[row["proposer"]][cost] if row["proposer"] in naive else None) for row in rows]
    table["paper_token_change_vs_naive_pct"] = [paper.get(("token_cost_change", "dsp_vs_naive_mcts"))
                                                if row["method"] == "dsp" else None for row in rows]
    return table


def trained_proposer_methods(model_dir: str | os.PathLike, synthesis: SynthesisHandoff, *, label: str,
                             sample_size: int, simulations: int, max_depth: int, k: int, max_new_tokens: int,
                             seed: int = 0, data_root: str | os.PathLike | None = None, backend: str = "hf",
                             max_context: int | None = None, rule_noise: float = 0.3, workers: int = 16,
                             methods: Sequence[str] = tuple(PAPER_METHODS), progress: bool = True
                             ) -> list[MethodComparison]:
    """The search methods side by side with the decomposition model trained on ``synthesis``'s data as the
    proposer (``ContinuationProposer``: the self-improving loop's next round), then with the noisy rule proposer,
    on the same ``sample_size`` questions of the synthesis split that its run did not search, with its settings
    but ``simulations``, ``max_depth`` and ``k``; ``methods`` defaults to the paper's three (CoT, naive MCTS
    self-evaluated, DSP). ``workers`` questions are searched at once, their calls batched
    (``llm.BatchingBackend``); completions are cached, so a rerun replays them."""
    config = replace(synthesis_config(synthesis), simulations=simulations, max_depth=max_depth, k=k)
    split, examples = fresh_questions(synthesis, sample_size, seed=seed, data_root=data_root)
    generation = replace(CONTINUATION_GENERATION, max_new_tokens=max_new_tokens, batch_size=workers)
    generator = open_model(backend, str(model_dir), max_context=max_context, batching=True)
    model = ContinuationProposer(generator, generation=generation, instructions=config.instructions,
                                 prompt_style=config.prompt_style, label=label)
    rules = NoisyRuleProposer(rule_noise, schemas=load_schemas(split))
    return [*compare_methods(examples, model, config, split=split, methods=methods, workers=workers,
                             progress=progress),
            *compare_methods(examples, rules, config, split=split, methods=methods, progress=progress)]


def fresh_questions(synthesis: SynthesisHandoff, sample_size: int, *, seed: int = 0,
                    data_root: str | os.PathLike | None = None) -> tuple[DataSplit, list[Example]]:
    """The synthesis split and a seeded sample of ``sample_size`` of its questions that the ``synthesis`` run did
    not search (its own seeded sample), so a model trained on that run's data meets none of them."""
    split = locate(synthesis.dataset, synthesis.split, data_root)
    usable = select_examples(split)  # loaded once: the run's sample is drawn from these (select_examples)
    searched = {example.id for example in sample_examples(usable, synthesis.sample_size, synthesis.seed)}
    fresh = [example for example in usable if example.id not in searched]
    if not fresh:
        raise ConfigError(f"{split.dataset}/{split.split} has no question the synthesis run did not search")
    return split, sample_examples(fresh, sample_size, seed)


def methods_figure(methods: pd.DataFrame, title: str) -> Figure:
    """Per method: each proposer's success rate with its Wilson 95% interval, the paper's rates in a panel of
    their own, and the cost per success (tokens for proposers that spend them, else calls), from ``baseline_table``."""
    import matplotlib.pyplot as plt

    labels, proposers = list(methods["label"].drop_duplicates()), list(methods["proposer"].drop_duplicates())
    colours = dict(zip(proposers, plt.get_cmap("tab10").colors))
    spends_tokens = methods.groupby("proposer", sort=False)["tokens"].sum() > 0
    cost, unit = ("tokens_per_success", "tokens") if spends_tokens.any() else ("calls_per_success", "calls")
    costed = [name for name in proposers if spends_tokens[name]] if spends_tokens.any() else proposers
    figure, (measured, paper, spent) = plt.subplots(1, 3, figsize=(17, 4.8), gridspec_kw={"width_ratios": [3, 2, 3]})
    for name, group, x, width in _grouped_bars(methods, proposers, labels):
        interval = [group["success_rate_pct"] - group["success_ci_low_pct"],
                    group["success_ci_high_pct"] - group["success_rate_pct"]]
        bars = measured.bar(x, group["success_rate_pct"], width, yerr=interval, capsize=3, label=name,
                            color=colours[name])
        measured.bar_label(bars, fmt="%.0f", fontsize=7, padding=2)  # a 0 % bar shows as "0", not as nothing
    shown = "{:,.0f}" if unit == "tokens" else "{:.1f}"
    for name, group, x, width in _grouped_bars(methods, costed, labels):
        bars = spent.bar(x, group[cost].fillna(0), width, label=name, color=colours[name])
        spent.bar_label(bars, labels=["none" if pd.isna(v) else shown.format(v) for v in group[cost]], fontsize=7)
    published = methods.drop_duplicates("label").set_index("label")["paper_success_rate_pct"].reindex(labels)
    paper.bar_label(paper.bar(range(len(labels)), published.fillna(0), 0.5, color="grey"), fontsize=7,
                    labels=["not in the paper" if pd.isna(v) else f"{v:.0f}" for v in published])
    if methods[methods["proposer"].isin(costed)][cost].isna().all():  # no success to put a cost on
        spent.text(0.5, 0.5, "no success: nothing to draw", ha="center", va="center", transform=spent.transAxes)
        spent.set_yticks([])
    for axes, wrap in ((measured, 20), (paper, 14), (spent, 20)):
        axes.set_xticks(range(len(labels)), [textwrap.fill(label, wrap) for label in labels], fontsize=7)
    for axes in (measured, spent):
        axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2, fontsize=8, frameon=False)
    measured.set(ylabel="success rate (%), Wilson 95% interval", ylim=(0, 110), title="Decomposition success, this run")
    paper.set(ylim=(0, 110), title="The paper's rates (GLM-4-Plus, BIRD train)")
    spent.set(ylabel=f"{unit} per success", title=f"Cost per success in {unit} (none: no success)")
    note = ("Rule proposers build their steps from the gold AST, so their success rates are not comparable with an "
            "LLM proposer's or the paper's.")
    if spends_tokens.any() and not spends_tokens.all():
        note += " They spend no tokens, so the cost panel leaves them out (their calls are in the table)."
    figure.suptitle(title, fontsize=9)
    figure.text(0.5, 0.005, note, ha="center", fontsize=8, style="italic")
    figure.tight_layout(rect=(0, 0.04, 1, 1))
    return figure


def _grouped_bars(methods: pd.DataFrame, proposers: Sequence[str], labels: Sequence[str]
                  ) -> Iterator[tuple[str, pd.DataFrame, list[float], float]]:
    """Per proposer: its rows of ``methods``, the x of each bar (grouped around its method's tick) and the width."""
    width = 0.8 / len(proposers)
    for number, name in enumerate(proposers):
        group = methods[methods["proposer"] == name]
        yield name, group, [labels.index(label) + (number - (len(proposers) - 1) / 2) * width
                            for label in group["label"]], width


def method_order_sentences(methods: pd.DataFrame) -> list[str]:
    """Per proposer, its CoT / naive MCTS (self) / DSP success rates with intervals and tokens per success, and
    whether they fall in the paper's order (CoT lowest, DSP highest)."""
    order = ["cot", "naive_mcts_self", "dsp"]
    sentences = []
    for name, group in methods.groupby("proposer", sort=False):
        rows = group.set_index("method")
        if not set(order) <= set(rows.index):
            continue
        rate = rows["success_rate_pct"]
        same = all(rate[a] <= rate[b] for a, b in zip(order, order[1:]))
        parts = []
        for method in order:
            row = rows.loc[method]
            cost = "" if pd.isna(row["tokens_per_success"]) or not row["tokens"] else (
                f", {row['tokens_per_success']:,.0f} tokens per success")
            parts.append(f"{row['label']} {rate[method]:.0f} % [{row['success_ci_low_pct']:.0f}–"
                         f"{row['success_ci_high_pct']:.0f}]{cost}")
        verdict = "the paper's order" if same else "not the paper's order"
        sentences.append(f"{name} (n={int(rows['questions'].max())}): " + "; ".join(parts) + f" -> {verdict}")
    return sentences


def success_rule_audit(examples: Sequence[Example], proposer: Proposer, config: SynthesisConfig, *,
                       split: DataSplit, progress: bool = True) -> pd.DataFrame:
    """Search every question twice with the same proposer and budget, under the old ``rows`` success rule and
    under ``config.success_rule``: one row per usable question with each run's final SQL and steps, and
    whether the new rule accepts the old rule's trajectory (``old_accepted_by_new_rule``)."""
    old_config = replace(config, success_rule="rows")
    schemas = load_schemas(split)
    rows = []
    for example in tqdm(examples, desc="success rules", unit="q", disable=not progress):
        try:
            item = search_input(example, split, schemas, config)
            old = search(item.state, proposer, old_config, db_path=item.db_path)
            new = search(item.state, proposer, config, db_path=item.db_path)
            judge = GoldJudge(example.gold_sql, item.db_path, config)
        except QuestionError:
            continue
        accepted = old.success and judge.accepts(old.best, perturbed=_final_node(old)["perturbed"])
        rows.append({"question_id": example.id, "db_id": example.db_id, "gold_sql": example.gold_sql,
                     "old_success": old.success, "old_final_sql": _final_sql(old), "old_steps": _steps(old),
                     "old_accepted_by_new_rule": accepted, "new_success": new.success,
                     "new_final_sql": _final_sql(new), "new_steps": _steps(new)})
    return pd.DataFrame(rows, columns=["question_id", "db_id", "gold_sql", "old_success", "old_final_sql", "old_steps",
                                       "old_accepted_by_new_rule", "new_success", "new_final_sql", "new_steps"])


def success_rule_summary(audit: pd.DataFrame) -> pd.DataFrame:
    """The audit in numbers: trajectories under each rule, and how many the old rule accepted wrongly."""
    old = int(audit["old_success"].sum())
    wrong = int((audit["old_success"] & ~audit["old_accepted_by_new_rule"]).sum())
    rows = {"questions": len(audit), "old_rule_trajectories": old, "old_rule_accepted_wrongly": wrong,
            "old_rule_wrong_pct": round(100 * wrong / old, 2) if old else None,
            "new_rule_trajectories": int(audit["new_success"].sum()),
            "solved_only_under_old_rule": int((audit["old_success"] & ~audit["new_success"]).sum())}
    return pd.DataFrame({"quantity": list(rows), "value": pd.Series(list(rows.values()), dtype=object)})


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


def _final_node(result: SearchResult) -> dict:
    """The tree node of the best trajectory's last step."""
    return best_path_nodes(result)[-1]


def _final_sql(result: SearchResult) -> str | None:
    return result.best[-1].sub_sql if result.success else None


def _steps(result: SearchResult) -> int:
    return len(result.best) if result.success else 0


def _interval(successes: int, questions: int) -> dict[str, float | None]:
    """The Wilson 95% interval of a success rate in percent (None without questions)."""
    if not questions:
        return {"success_ci_low_pct": None, "success_ci_high_pct": None}
    interval = rate(successes, questions)
    return {"success_ci_low_pct": round(interval.ex_ci_low, 2), "success_ci_high_pct": round(interval.ex_ci_high, 2)}


def _change(value: float | None, reference: float | None) -> float | None:
    """Percent change of ``value`` against ``reference`` (None when either is missing or the reference is 0)."""
    if value is None or not reference:
        return None
    return round(100 * (value - reference) / reference, 2)


def _paper_synthesis() -> dict[tuple[str, str], float]:
    table = load_paper_table("synthesis")
    return {(row.quantity, row.item): float(row.value) for row in table.itertuples()}

