"""Notebook 03's study functions on small real runs: the rule proposers on bundled Spider train questions."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from learnat_core.data import locate
from learnat_core.decomposition import read_decompositions
from learnat_core.errors import ConfigError
from learnat_core.llm import tiny_model_path
from learnat_core.orchestration.handoffs import SynthesisHandoff
from learnat_core.studies import decomposition_synthesis as study
from learnat_core.studies import search_tree
from learnat_core.synthesis import SynthesisConfig, compare_methods, synthesize
from learnat_core.synthesis.judge import NODE_CLASSES
from learnat_core.synthesis.pipeline import (first_round_proposer, read_question_records, round_proposers, select_examples,
                                             training_config, write_pool)
from learnat_core.synthesis.proposers import NoisyRuleProposer, RuleProposer
from learnat_core.synthesis.state import SearchState

SPLIT = locate("spider", "train")
CONFIG = SynthesisConfig(simulations=20)


@pytest.fixture(scope="module")
def noisy_run(tmp_path_factory):
    """A 3-round run of the noisy rule proposer on 8 sampled questions: (summary, run folder, pool file, size)."""
    out = tmp_path_factory.mktemp("noisy")
    examples = select_examples(SPLIT, sample_size=8, seed=1)
    proposer = round_proposers("ast-rules", CONFIG, SPLIT, noise=0.4)
    summary = synthesize(examples, proposer, CONFIG, out, split=SPLIT, rounds=3, progress=False)
    pool_file, size = write_pool(out)
    return summary, out, pool_file, size


def test_select_examples_samples_or_takes_ids_and_refuses_unknown_ones() -> None:
    sample = select_examples(SPLIT, sample_size=5, seed=0)
    assert len(sample) == 5 and sample == select_examples(SPLIT, sample_size=5, seed=0)
    assert [e.id for e in select_examples(SPLIT, question_ids=["17", "16"])] == ["16", "17"]
    with pytest.raises(ConfigError, match="nope"):
        select_examples(SPLIT, question_ids=["nope"])
    with pytest.raises(ConfigError, match="sample_size"):
        select_examples(SPLIT, sample_size=0)


def test_training_config_keeps_ast_mcts_and_turns_the_others_into_baselines() -> None:
    free = SynthesisConfig(pruning=False)
    assert training_config("ast_mcts", free) is free
    for method, reward in (("naive_mcts", "self"), ("naive_mcts_oracle", "outcome")):
        assert (training_config(method, CONFIG).reward, training_config(method, CONFIG).pruning) == (reward, False)
    assert training_config("cot", CONFIG).k == 1
    with pytest.raises(ConfigError, match="unknown method"):
        training_config("dsp", CONFIG)


def test_round_proposers_pick_rule_proposers_and_need_a_backend_for_llm() -> None:
    assert isinstance(round_proposers("ast-rules", CONFIG, SPLIT), RuleProposer)
    noisy = round_proposers("ast-rules", CONFIG, SPLIT, noise=0.3)
    assert isinstance(noisy, NoisyRuleProposer) and first_round_proposer(noisy).name == "ast-rules+noise0.3"
    with pytest.raises(ConfigError, match="backend"):
        round_proposers("llm", CONFIG, SPLIT)
    with pytest.raises(ConfigError, match="unknown proposer"):
        round_proposers("gpt", CONFIG, SPLIT)


def test_noisy_rule_proposer_is_deterministic_and_corrupts_steps() -> None:
    example = select_examples(SPLIT, question_ids=["16"])[0]
    state = SearchState(example.id, example.db_id, example.question, "", example.gold_sql)
    clean = [p.step for p in RuleProposer().propose(state, 3)]
    always = [p.step for p in NoisyRuleProposer(1.0).propose(state, 3)]
    assert always == [p.step for p in NoisyRuleProposer(1.0).propose(state, 3)]
    assert not set(always) & set(clean)
    assert [p.step for p in NoisyRuleProposer(0.0).propose(state, 1)] == clean[:1]
    with pytest.raises(ConfigError):
        NoisyRuleProposer(1.5)


def test_run_tables_count_what_the_run_wrote(noisy_run) -> None:
    summary, out, pool_file, size = noisy_run
    overview = study.run_overview(summary, size).set_index("quantity")["value"]
    assert overview["questions"] == 8 and overview["sft_records"] == summary.sft_records > 0
    assert overview["pool_records"] == size == summary.successes
    assert len(read_decompositions(pool_file)) == size
    counts = study.proposer_counts(summary)
    assert set(counts["proposer"]) == {"ast-rules+noise0.4"}
    assert counts.set_index("output").loc["pairs", "records"] == summary.pairs > 0
    classes = study.node_classes(summary)
    assert list(classes["class"]) == list(NODE_CLASSES) and classes.set_index("class").loc["invalid", "nodes"] > 0


def test_pair_margins_read_every_pair_with_a_positive_margin(noisy_run) -> None:
    summary, out, _, _ = noisy_run
    margins = study.pair_margins(out / "pairs.jsonl")
    assert len(margins) == summary.pairs
    assert (margins["margin"] > 0).all()
    assert (margins["margin"] - (margins["chosen_reward"] - margins["rejected_reward"])).abs().max() < 1e-9


def test_round_gains_sit_beside_the_papers_pool_gains(noisy_run) -> None:
    summary, *_ = noisy_run
    gains = study.round_gains(summary)
    assert list(gains["round"]) == [item["round"] for item in summary.rounds]
    assert gains["gain_pts"].isna().iloc[0]
    assert gains["cumulative_success_rate_pct"].is_monotonic_increasing
    if len(gains) > 1:
        assert gains["paper_gain_pct"].iloc[1] == 1.99


def test_tree_layout_places_every_node_under_its_parent(noisy_run) -> None:
    _, out, _, _ = noisy_run
    record, attempt = search_tree.example_tree(read_question_records(out))
    assert attempt.success
    layout = search_tree.tree_layout(attempt.result.tree)
    assert {"id", "parent", "depth", "class", "reward", "visits", "x", "y", "on_success_path"} <= set(layout.columns)
    assert layout["id"].is_unique and layout.iloc[0]["class"] == "root"
    by_id = layout.set_index("id")
    for node in layout.iloc[1:].itertuples():
        assert by_id.loc[int(node.parent), "depth"] == node.depth - 1 and node.y == -node.depth
    assert layout["success"].any() and layout.loc[layout["success"], "on_success_path"].all()
    path = search_tree.chosen_path(attempt)
    assert [step for step, _ in path] == list(attempt.result.best) and path[-1][1] is not None
    nodes = search_tree.best_path_nodes(attempt.result)
    assert [node["sql"] for node in nodes] == [step.sub_sql for step in attempt.result.best]
    assert nodes[-1]["success"] and [node["depth"] for node in nodes] == list(range(1, len(nodes) + 1))
    figure, drawn = search_tree.search_tree_figure(record, attempt, "test")
    assert len(drawn) == len(layout) and drawn.iloc[0]["added"] == ""  # the root adds nothing
    first = drawn[drawn["depth"] == 1].iloc[0]
    assert first["added"] == search_tree.step_added("", first["sql"])
    texts = {text.get_text() for text in figure.axes[0].texts}
    assert any(text.startswith(drawn.iloc[1]["added"][:16]) for text in texts)  # each node labelled with its SQL


def test_step_added_names_what_a_step_adds_to_its_parent() -> None:
    parent = "SELECT name FROM singer"
    assert search_tree.step_added(parent, "SELECT name FROM singer WHERE age > 30") == "WHERE age > 30"
    assert search_tree.step_added(parent, "SELECT count(*) FROM singer") == "count(*)"
    assert search_tree.step_added(parent, parent) == "(nothing new)"
    assert search_tree.step_added("", parent) == parent  # a first step: its whole SQL
    assert search_tree.step_added("", parent + " WHERE country = 'France'", width=12) == "SELECT name…"


def test_trial_run_reports_one_row_and_a_single_chain_makes_no_pairs() -> None:
    examples = select_examples(SPLIT, sample_size=6, seed=3)
    full = study.trial_run(examples, NoisyRuleProposer(0.3), CONFIG, split=SPLIT, label="k=3")
    chain = study.trial_run(examples, NoisyRuleProposer(0.3), replace(CONFIG, k=1), split=SPLIT, label="k=1")
    assert list(full["run"]) == ["k=3"] and full.loc[0, "pairs"] > 0 and full.loc[0, "sft_records"] > 0
    assert chain.loc[0, "pairs"] == 0  # one child per expansion: no siblings, so no step pairs


def test_baseline_table_sets_measured_rates_beside_the_papers() -> None:
    examples = select_examples(SPLIT, sample_size=4, seed=2)
    rows = compare_methods(examples, NoisyRuleProposer(0.4), CONFIG, split=SPLIT, progress=False)
    table = study.baseline_table(rows).set_index("method")
    assert list(table.index) == ["cot", "naive_mcts_self", "naive_mcts_oracle", "dsp"]
    assert table["paper_success_rate_pct"].tolist()[::3] == [59.07, 80.0]
    assert table.loc["naive_mcts_self", "paper_success_rate_pct"] == 71.55
    assert pd.isna(table.loc["naive_mcts_oracle", "paper_success_rate_pct"])  # the kit's variant, not the paper's
    assert table.loc["naive_mcts_self", "node_value"] == "simulated-self-judge(p=0.4635)"
    assert set(table["proposer"]) == {"ast-rules+noise0.4"}
    assert table.loc["dsp", "paper_token_change_vs_naive_pct"] == -56.38
    assert table.loc["naive_mcts_self", "calls_per_success_change_vs_naive_pct"] in (0.0, None)
    assert (table["calls"] == table["proposer_calls"] + table["evaluation_calls"]).all()
    assert table.loc["naive_mcts_self", "evaluation_calls"] > 0 == table.loc["dsp", "evaluation_calls"]
    measured, paper, cost = study.methods_figure(table.reset_index(), "rules").axes
    assert cost.get_ylabel() == "calls per success"  # no proposer spends tokens: the cost is in calls
    assert [text.get_text() for text in paper.texts] == ["59", "72", "not in the paper", "80"]
    assert (table["success_rate_pct"] == [100 * row.success_rate for row in rows]).all()
    # Wilson intervals: around the rate, inside [0, 100], and never a point interval at 4 questions.
    assert (table["success_ci_low_pct"] <= table["success_rate_pct"]).all()
    assert (table["success_rate_pct"] <= table["success_ci_high_pct"]).all()
    assert (table["success_ci_low_pct"] >= 0).all() and (table["success_ci_high_pct"] <= 100).all()
    assert (table["success_ci_high_pct"] - table["success_ci_low_pct"] > 10).all()


def test_stage_settings_change_with_what_changes_the_products() -> None:
    examples = select_examples(SPLIT, sample_size=3, seed=0)
    base = dict(dataset="spider", split="train", data_root=None, examples=examples, proposer="ast-rules",
                method="ast_mcts", config=CONFIG, rounds=3)
    first = study.stage_settings(**base, noise=0.3)
    assert json.dumps(first, sort_keys=True) == json.dumps(study.stage_settings(**base, noise=0.3), sort_keys=True)
    assert first != study.stage_settings(**base, noise=0.4)
    assert first != study.stage_settings(**{**base, "rounds": 2}, noise=0.3)
    assert first["question_ids"] == [e.id for e in examples]


def test_a_later_round_samples_anew_on_the_questions_round_one_failed(tmp_path) -> None:
    config = SynthesisConfig(simulations=2)
    examples = select_examples(SPLIT, sample_size=12, seed=4)
    summary = synthesize(examples, round_proposers("ast-rules", config, SPLIT, noise=0.5), config, tmp_path,
                         split=SPLIT, rounds=2, progress=False)
    retried = [record for record in read_question_records(tmp_path) if len(record.attempts) == 2]
    assert retried and summary.rounds[1]["attempted"] == len(retried)
    # round 2 is not a replay of round 1 (before the round seeded the noise, every retried tree was the same)
    replays = [record.question_id for record in retried
               if _sqls(record.attempts[0].result.tree) == _sqls(record.attempts[1].result.tree)]
    assert replays == []
    assert summary.rounds[1]["successes"] > 0  # so the pool rounds can gain
    gains = study.round_gains(summary)
    assert gains["gain_pts"].iloc[1] > 0


def _sqls(tree: dict) -> list[str | None]:
    return [tree["sql"], *(sql for child in tree["children"] for sql in _sqls(child))]


def test_the_success_rule_audit_counts_what_the_old_rule_accepted_wrongly() -> None:
    examples = select_examples(SPLIT, question_ids=["1165", "1596", "1112", "16"])
    audit = study.success_rule_audit(examples, NoisyRuleProposer(0.3), SynthesisConfig(), split=SPLIT, progress=False)
    assert list(audit["question_id"]) == ["16", "1112", "1165", "1596"] and audit["old_success"].all()
    wrong = audit[~audit["old_accepted_by_new_rule"]]
    assert len(wrong) >= 1 and (wrong["old_final_sql"] != wrong["gold_sql"]).all()
    for row in audit[audit["new_success"]].itertuples():  # the new rule's trajectories end in the gold query
        assert " ".join(row.new_final_sql.split()) == " ".join(row.gold_sql.split())
    summary = study.success_rule_summary(audit).set_index("quantity")["value"]
    assert summary["questions"] == 4 and summary["old_rule_trajectories"] == 4
    assert summary["old_rule_accepted_wrongly"] == len(wrong)
    assert summary["new_rule_trajectories"] == audit["new_success"].sum()


def test_the_trained_proposer_searches_questions_its_synthesis_run_never_saw(noisy_run) -> None:
    _, out, _, _ = noisy_run
    handoff = SynthesisHandoff(Path(out), Path(out) / "sft.jsonl", Path(out) / "pairs.jsonl", Path(out) / "pool.jsonl",
                               "spider", "train", 8, 1, "ast-rules+noise0.3", "ast_mcts")
    searched = {example.id for example in select_examples(SPLIT, sample_size=8, seed=1)}
    _, fresh = study.fresh_questions(handoff, 40, seed=0)
    assert len(fresh) == 40 and not searched & {example.id for example in fresh}
    assert [e.id for e in study.fresh_questions(handoff, 40, seed=0)[1]] == [e.id for e in fresh]  # seeded

    rows = study.trained_proposer_methods(tiny_model_path(), handoff, label="tiny_sft", sample_size=2, simulations=2,
                                          max_depth=2, k=2, max_new_tokens=12, max_context=4096, progress=False)
    table = study.baseline_table(rows)
    assert list(table["proposer"]) == ["llm:tiny_sft"] * 3 + ["ast-rules+noise0.3"] * 3
    assert list(table["method"]) == ["cot", "naive_mcts_self", "dsp"] * 2  # the paper's three
    assert (table["questions"] == 2).all()
    model, rules = table[table["proposer"] == "llm:tiny_sft"], table[table["proposer"] != "llm:tiny_sft"]
    assert (model["tokens"] > 0).all() and (rules["tokens"] == 0).all()  # a model's cost is tokens, rules' calls
    assert model.set_index("method").loc["naive_mcts_self", "node_value"] == "llm:tiny_sft"  # it judges itself
    sentences = study.method_order_sentences(table)
    assert len(sentences) == 2 and sentences[0].startswith("llm:tiny_sft (n=2): CoT decomposition ")
    cost = study.methods_figure(table, "trained").axes[2]
    assert cost.get_ylabel() == "tokens per success"  # the model's cost in tokens; the rules, spending none, left out
    assert [text.get_text() for text in cost.get_legend().get_texts()] == ["llm:tiny_sft"]
