"""Notebook 01's experiments: AST shape by difficulty, step classes of a decomposition, and whether AST
similarity tracks execution match better than string similarity on perturbed queries.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from learnat_core.data import Example, locate, sample_examples
from learnat_core.errors import DataError, LearnatError, SqlParseError
from learnat_core.evaluation.evaluator import Pair, evaluate_pairs
from learnat_core.evaluation.hardness import example_level
from learnat_core.sql_ast import (EQUIVALENT_RULES, SIMILARITY_METHODS, NodeKind, accumulate, classify, parse,
                                  perturbations, similarity)

LEVEL_ORDER = ("easy", "medium", "hard", "extra", "simple", "moderate", "challenging")


def _depth(node) -> int:
    return 1 + max((_depth(child) for child in node.children), default=0)


def ast_profile(examples: Sequence[Example]) -> pd.DataFrame:
    """One row per gold query: its level, AST size and depth, node counts by kind, or the parse error."""
    rows = []
    for example in tqdm(examples, desc="parse gold", unit="q"):
        row = {"dataset": example.dataset, "split": example.split, "id": example.id,
               "level": example_level(example), "error": ""}
        try:
            tree = parse(example.gold_sql)
        except SqlParseError as error:
            rows.append({**row, "error": str(error)})
            continue
        kinds = pd.Series([node.kind.value for node in tree.root.walk()]).value_counts()
        rows.append({**row, "size": len(tree), "depth": _depth(tree.root),
                     **{kind.value: int(kinds.get(kind.value, 0)) for kind in NodeKind}})
    return pd.DataFrame(rows)


def split_profiles(names: Sequence[str], sample_size: int | None, seed: int,
                   data_root: str | Path | None = None) -> tuple[pd.DataFrame, dict[str, str]]:
    """``ast_profile`` of a seeded sample of each ``dataset:split`` in ``names`` found under ``data_root``, and the
    reason each other one was skipped."""
    profiles, skipped = [], {}
    for name in names:
        dataset, split = name.split(":")
        try:
            examples = locate(dataset, split, data_root).load()
        except LearnatError as error:
            skipped[name] = str(error)
            continue
        profiles.append(ast_profile(sample_examples(examples, sample_size, seed)))
    if not profiles:
        raise DataError(f"none of {', '.join(names)} is under {data_root or 'the bundled data'}")
    return pd.concat(profiles, ignore_index=True), skipped


def kind_summary(profile: pd.DataFrame) -> pd.DataFrame:
    """Mean node counts by kind, mean size and depth, and query count, per dataset, split and level."""
    parsed = profile[(profile["error"] == "") & profile["level"].notna()]
    keys = ["dataset", "split", "level"]
    columns = [kind.value for kind in NodeKind] + ["size", "depth"]
    table = parsed.groupby(keys)[columns].mean().round(2)
    table["queries"] = parsed.groupby(keys).size()
    table = table.reset_index()
    table["level"] = pd.Categorical(table["level"], categories=[lv for lv in LEVEL_ORDER if lv in set(table["level"])])
    return table.sort_values(keys).reset_index(drop=True)


def step_table(gold_sql: str, step_sqls: Sequence[str], alpha: float = 0.7) -> pd.DataFrame:
    """Classify each step against gold given the steps before it, with the reward of the accumulated AST."""
    gold = parse(gold_sql)
    rows, prefix = [], []
    for number, sql in enumerate(step_sqls, start=1):
        tree = parse(sql)
        step_class = classify(tree, prefix, gold)
        if step_class.value == "progressive":
            prefix.append(tree)
        reward = similarity(accumulate(prefix, gold), gold, alpha=alpha) if prefix else 0.0
        rows.append({"step": number, "sql": sql, "class": step_class.value,
                     "prefix_reward": round(reward, 4), "step_similarity": round(similarity(tree, gold, alpha), 4)})
    return pd.DataFrame(rows)


def perturbation_study(examples: Sequence[Example], db_root: str | Path, *, per_query: int = 3,
                       equivalent_per_query: int = 1, alpha: float = 0.7, seed: int = 0,
                       semantics: str = "spider", workers: int | None = None) -> pd.DataFrame:
    """Perturb each gold query (plus meaning-preserving rewrites), execute both, and score every pair with
    each similarity method.

    Returns one row per (gold, variant) pair with ``ex`` (execution match), ``equivalent`` (a rewrite) and
    ``sim_<method>`` columns; pairs whose gold query fails to execute are left out.
    """
    rows, pairs = [], []
    for example in tqdm(examples, desc="perturb", unit="q"):
        try:
            gold = parse(example.gold_sql)
            variants = [(v, False) for v in perturbations(example.gold_sql, seed=seed, n=per_query)]
            variants += [(v, True) for v in perturbations(example.gold_sql, seed=seed, n=equivalent_per_query,
                                                          rules=EQUIVALENT_RULES)]
        except SqlParseError:
            continue
        for number, (variant, equivalent) in enumerate(variants):
            try:
                tree = parse(variant.sql)
            except SqlParseError:
                continue
            pair_id = f"{example.id}:{number}"
            pairs.append(Pair(pair_id, example.db_id, example.gold_sql, variant.sql))
            rows.append({"id": pair_id, "question_id": example.id, "level": example_level(example),
                         "kind": variant.kind, "equivalent": equivalent, "pred": variant.sql,
                         **{f"sim_{method}": similarity(tree, gold, alpha, method) for method in SIMILARITY_METHODS}})
    verdicts = {v.id: v for v in evaluate_pairs(pairs, db_root, semantics=semantics, workers=workers)}
    table = pd.DataFrame(rows)
    table["ex"] = [verdicts[i].ex for i in table["id"]]
    table["pred_status"] = [verdicts[i].pred_status for i in table["id"]]
    gold_ok = [verdicts[i].gold_status == "ok" for i in table["id"]]
    return table[gold_ok].reset_index(drop=True)


def _auc(score: pd.Series, label: pd.Series) -> float:
    """Probability that a random matching pair scores higher than a random non-matching one (ties count half)."""
    positives, negatives = int(label.sum()), int((1 - label).sum())
    if positives == 0 or negatives == 0:
        return float("nan")
    ranks = score.rank(method="average")
    return float((ranks[label == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def alpha_sweep(pairs: pd.DataFrame, examples: Sequence[Example], alphas: Sequence[float],
                method: str = "paper") -> pd.DataFrame:
    """AUC and Spearman correlation of ``method``'s similarity with execution match for each weight α of
    ``sim_node`` (the perturbation study's pairs, their gold queries from ``examples``)."""
    wanted = set(pairs["question_id"])
    gold = {example.id: parse(example.gold_sql) for example in examples if example.id in wanted}
    trees = [(gold[question], parse(pred)) for question, pred in zip(pairs["question_id"], pairs["pred"])]
    rows = []
    for alpha in alphas:
        score = pd.Series([similarity(pred, target, alpha, method) for target, pred in trees], index=pairs.index)
        rows.append({"alpha": alpha, "auc": round(_auc(score, pairs["ex"]), 4),
                     "spearman": round(score.rank().corr(pairs["ex"].rank()), 4)})
    return pd.DataFrame(rows)


def similarity_vs_execution(study: pd.DataFrame) -> pd.DataFrame:
    """For each similarity method: Spearman correlation with ``ex`` (Pearson of ranks) and the AUC of
    separating execution matches from mismatches."""
    rows = []
    for method in SIMILARITY_METHODS:
        column = study[f"sim_{method}"]
        rows.append({"method": method, "pairs": len(study), "ex_rate": round(study["ex"].mean(), 4),
                     "spearman": round(column.rank().corr(study["ex"].rank()), 4),
                     "auc": round(_auc(column, study["ex"]), 4)})
    return pd.DataFrame(rows)
