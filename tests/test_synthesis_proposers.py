"""Proposers: the rule proposer drives a greedy search to gold, the LLM proposer turns scripted replies (a
fake backend, unit tests only) into steps or failures with their costs, and runs on the real tiny model."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from learnat_core.data import locate
from learnat_core.decomposition import Decomposition, Step
from learnat_core.demonstrations import DemonstrationPool, DemoQuery, select_demonstrations
from learnat_core.errors import ConfigError, SqlParseError
from learnat_core.llm import (
    FINISH_LENGTH,
    FINISH_PROMPT_TOO_LONG,
    FINISH_STOP,
    Backend,
    BackendError,
    Completion,
    GenerationConfig,
    make_backend,
)
from learnat_core.decomposition.gold_decomposer import gold_decomposition
from learnat_core.prompting import fixed_demonstrations, format_solution, format_step_json, render_prompt
from learnat_core.sql_ast import StepClass, classify, parse
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.pipeline import round_proposers
from learnat_core.synthesis.proposers import (
    CONTINUATION_STOP,
    ContinuationProposer,
    LLMProposer,
    NoisyRuleProposer,
    RuleProposer,
    make_proposer,
)
from learnat_core.synthesis.self_evaluation import SimulatedSelfJudge, self_evaluator
from learnat_core.synthesis.state import Proposer, SearchState


NESTED = "SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer) AND country = 'France'"


def _state(gold: str = NESTED, steps: tuple[Step, ...] = ()) -> SearchState:
    question = "Which French singers are older than average?"
    return SearchState("q1", "singer", question, "singer(singer_id, name, age, country)", gold, steps=steps)


def _greedy(proposer: RuleProposer, state: SearchState, limit: int = 10) -> SearchState:
    gold = parse(state.gold_sql)
    for _ in range(limit):
        (proposal,) = proposer.propose(state, 1)
        tree = parse(proposal.step.sub_sql)
        assert classify(tree, _parsable(state.steps), gold) is StepClass.PROGRESSIVE
        state = state.extended(proposal.step)
        if tree == gold:
            return state
    raise AssertionError(f"no gold after {limit} steps: {[step.sub_sql for step in state.steps]}")


def _parsable(steps: tuple[Step, ...]) -> list:
    trees = []
    for step in steps:
        try:
            trees.append(parse(step.sub_sql))
        except SqlParseError:
            continue
    return trees


def test_proposers_implement_the_search_interface(tmp_path):
    assert isinstance(RuleProposer(), Proposer)
    assert isinstance(LLMProposer(_Scripted([])), Proposer)
    assert RuleProposer().name == "ast-rules" and LLMProposer(_Scripted([])).name == "llm:scripted-model"
    local = _Scripted([])
    local.model_id = str(tmp_path)  # a model folder on this machine: named without its path
    assert LLMProposer(local).name == f"llm:{tmp_path.name}"


def test_rule_proposer_drives_a_greedy_loop_to_gold_on_spider_questions(bundled_root):
    proposer = RuleProposer()
    for example in locate("spider", "dev", bundled_root).load()[::40]:
        state = SearchState(example.id, example.db_id, example.question, "", example.gold_sql)
        final = _greedy(proposer, state)
        assert final.steps[-1].sub_sql == example.gold_sql.strip()
        assert final.steps[-1].sub_question == example.question


def test_rule_proposer_gives_distinct_next_steps_at_no_cost():
    proposals = RuleProposer().propose(_state(), 5)
    assert [p.step.sub_sql for p in proposals] == ["SELECT AVG(age) FROM singer", "SELECT name FROM singer"]
    assert all(p.failure is None and p.prompt_tokens == p.completion_tokens == 0 for p in proposals)
    assert len(RuleProposer().propose(_state(), 1)) == 1
    assert RuleProposer().propose(_state(), 0) == []


def test_rule_proposer_follows_the_decompositions_the_state_matches():
    # Written differently (aliases, case), the first step still matches the canonical decomposition's by tree.
    first = Step("What is the average age?", "select AVG(T.age) from singer as T")
    proposals = RuleProposer().propose(_state(steps=(first,)), 3)
    assert [p.step.sub_sql for p in proposals] == ["SELECT name FROM singer"]


def test_rule_proposer_off_plan_proposes_a_progressive_step_and_still_reaches_gold():
    off_plan = (Step("Which singers are French?", "SELECT name FROM singer WHERE country = 'France'"),
                Step("gibberish", "SELEC nothing"))
    state = _state(steps=off_plan)
    proposals = RuleProposer().propose(state, 3)
    assert proposals
    done = [parse(off_plan[0].sub_sql)]
    for proposal in proposals:
        assert classify(parse(proposal.step.sub_sql), done, parse(NESTED)) is StepClass.PROGRESSIVE
    assert _greedy(RuleProposer(), state).steps[-1].sub_sql == NESTED


def test_rule_proposer_on_a_finished_state_and_on_bad_gold():
    finished = _state(steps=(Step("all of it", NESTED),))
    (proposal,) = RuleProposer().propose(finished, 2)
    assert proposal.step.sub_sql == NESTED  # nothing is left to add; the search will call it redundant
    (bad,) = RuleProposer().propose(_state(gold="SELEC name FRM singer"), 3)
    assert bad.step is None and bad.failure == "bad_gold_sql" and "syntax" in bad.raw


def test_rule_proposer_respects_max_steps():
    final = _greedy(RuleProposer(max_steps=2), _state())
    assert len(final.steps) == 2


class _Scripted(Backend):
    """A unit-test backend: answers each call with the next scripted reply list, or raises it."""

    name = "scripted"

    def __init__(self, replies: list) -> None:
        super().__init__("scripted-model")
        self.replies = list(replies)
        self.calls: list[tuple[list, GenerationConfig]] = []

    def generate(self, prompts: Sequence, config: GenerationConfig | None = None) -> list[list[Completion]]:
        self.calls.append((list(prompts), config))
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return [[Completion(text, 100, len(text.split()), 0.5, finish) for text, finish in reply]]

    def count_tokens(self, prompt) -> int:
        return 100


def test_llm_proposer_reads_json_replies_and_records_failures_with_their_costs():
    valid = format_step_json(Step("What is the average age of singers?", "SELECT avg(age) FROM singer"), 1)
    replies = [
        (f"Here it is:\n{valid}", FINISH_STOP),
        ("I think the answer is the singers table", FINISH_STOP),
        ('{"sub_query": "Sub question 1: x", "sub_sql": ', FINISH_STOP),
        ("   ", FINISH_STOP),
        ("", FINISH_PROMPT_TOO_LONG),
    ]
    backend = _Scripted([replies])
    proposals = LLMProposer(backend).propose(_state(), 5, seed=7)
    assert proposals[0].step == Step("What is the average age of singers?", "SELECT avg(age) FROM singer")
    assert [p.failure for p in proposals] == [None, "no_json", "bad_json", "empty_output", "prompt_too_long"]
    assert proposals[1].raw == "I think the answer is the singers table"
    assert [p.prompt_tokens for p in proposals] == [100, 0, 0, 0, 0]  # one prompt, sent once
    assert [p.completion_tokens for p in proposals] == [len(text.split()) for text, _ in replies]
    assert sum(p.seconds for p in proposals) == pytest.approx(2.5)
    (messages,), config = backend.calls[0]
    assert (config.n, config.do_sample, config.seed) == (5, True, 7)
    assert NESTED in messages[-1]["content"] and "Which French singers" in messages[-1]["content"]


def test_llm_proposer_turns_a_backend_error_into_k_failures():
    backend = _Scripted([BackendError("rate limited", status=429)])
    proposals = LLMProposer(backend).propose(_state(), 3)
    assert len(proposals) == 3
    assert all(p.step is None and p.failure == "backend_error" for p in proposals)
    assert {p.raw for p in proposals} == {"HTTP 429: rate limited"}


def test_llm_proposer_prompt_shows_steps_gold_and_ast_demonstrations(bundled_root):
    examples = locate("spider", "train", bundled_root).load()[:200]
    pool = DemonstrationPool(tuple(gold_decomposition(example) for example in examples))
    target = next(e for e in examples if "avg" in e.gold_sql.lower() and "(" in e.gold_sql)
    state = SearchState(target.id, target.db_id, target.question, "schema text", target.gold_sql,
                        steps=(Step("First, what is asked?", "SELECT 1"),))
    schemas = {record.db_id: f"DEMO SCHEMA OF {record.db_id}" for record in pool}
    proposer = LLMProposer(_Scripted([]), demonstrations=pool, demo_k=2, demo_schemas=schemas)
    text = proposer.prompt(state)[-1]["content"]
    assert text.count("Example ") == 2 and "Example 3" not in text
    query = DemoQuery(target.question, target.db_id, target.gold_sql)
    nearest = select_demonstrations(pool, query, k=2, strategy="ast")
    for demo in nearest:  # the two closest by AST similarity, with their steps and schema
        assert demo.question in text and demo.steps[0].sub_question in text and schemas[demo.db_id] in text
    assert target.gold_sql in text and "First, what is asked?" in text
    assert "Give sub question 2" in text
    assert text.count(target.question) == 1  # the leakage guard keeps the question out of its own examples
    hidden = LLMProposer(_Scripted([]), show_gold=False).prompt(state)[-1]["content"]
    assert target.gold_sql not in hidden


def test_llm_proposer_reports_bad_gold_without_calling_the_model():
    sql = "SELECT count(*) FROM singer"
    demo = Decomposition("d1", "singer", "How many singers?", (Step("How many singers?", sql),), sql, "ast-rules")
    backend = _Scripted([])
    (proposal,) = LLMProposer(backend, demonstrations=DemonstrationPool((demo,))).propose(_state(gold="SELEC x"), 3)
    assert proposal.failure == "bad_gold_sql" and backend.calls == []


def test_make_proposer_builds_each_kind_and_rejects_bad_options():
    assert isinstance(make_proposer("ast-rules", max_steps=3), RuleProposer)
    assert make_proposer("llm", backend=_Scripted([]), demo_k=1).name == "llm:scripted-model"
    with pytest.raises(ConfigError, match="unknown proposer 'mcts'"):
        make_proposer("mcts")
    with pytest.raises(ConfigError, match="ast-rules proposer"):
        make_proposer("ast-rules", temperature=0.3)
    with pytest.raises(ConfigError, match="llm proposer"):
        make_proposer("llm")
    with pytest.raises(ConfigError, match="max_steps must be at least 1"):
        make_proposer("ast-rules", max_steps=0)
    with pytest.raises(ConfigError, match="unknown demonstration strategy"):
        LLMProposer(_Scripted([]), demo_strategy="nearest")


def test_llm_proposer_runs_on_the_real_tiny_model():
    # The tiny model's 512 positions are too few for the synthesis prompt; its rotary embeddings run longer.
    backend = make_backend("hf", model="tiny", max_context=2048, progress=False)
    proposer = LLMProposer(backend, generation=GenerationConfig(max_new_tokens=24, do_sample=True))
    proposals = proposer.propose(_state(), 3, seed=1)
    assert len(proposals) == 3
    assert all((p.step is None) != (p.failure is None) for p in proposals)
    usage = backend.usage.as_dict()
    assert sum(p.prompt_tokens for p in proposals) == usage["prompt_tokens"] > 0
    assert sum(p.completion_tokens for p in proposals) == usage["completion_tokens"] > 0


def test_llm_proposer_scores_its_own_step_with_a_short_prompt_and_counts_the_tokens():
    backend = _Scripted([[("7", FINISH_STOP)], [("I'd say 12 out of 10", FINISH_STOP)], [("no idea", FINISH_STOP)],
                         BackendError("down", status=503)])
    proposer = LLMProposer(backend)
    step = Step("What is the average age?", "SELECT avg(age) FROM singer")
    evaluation = proposer.evaluate(_state(), step, truth=False)
    cost = (evaluation.prompt_tokens, evaluation.completion_tokens)
    assert (evaluation.score, cost, evaluation.raw) == (0.7, (100, 1), "7")
    (messages,), config = backend.calls[0]
    text = messages[-1]["content"]
    assert step.sub_sql in text and "Which French singers" in text and NESTED not in text  # no gold shown
    assert not config.do_sample and config.max_new_tokens <= 16
    assert proposer.evaluate(_state(), step, truth=True).score == 1.0  # clipped
    assert proposer.evaluate(_state(), step, truth=True).score == 0.0  # no number
    failed = proposer.evaluate(_state(), step, truth=True)
    assert (failed.score, failed.prompt_tokens) == (0.0, 0) and "down" in failed.raw
    assert self_evaluator(proposer, SynthesisConfig()) is proposer


def test_the_simulated_judge_is_right_with_probability_p_and_says_it_is_simulated():
    state, step = _state(), Step("q", "SELECT name FROM singer")
    judge = self_evaluator(RuleProposer(), SynthesisConfig())
    assert isinstance(judge, SimulatedSelfJudge) and "simulated" in judge.name and judge.accuracy == 0.4635

    def agreement(judge: SimulatedSelfJudge, draws: int = 4000) -> float:
        right = 0
        for seed in range(draws):
            truth = seed % 3 == 0
            right += (judge.evaluate(state, step, truth=truth, seed=seed).score == 1.0) == truth
        return right / draws

    assert abs(agreement(judge) - 0.4635) < 0.025
    assert agreement(SimulatedSelfJudge(0.9)) > 0.87 and agreement(SimulatedSelfJudge(0.0)) == 0.0
    assert judge.evaluate(state, step, truth=True, seed=5) == judge.evaluate(state, step, truth=True, seed=5)
    with pytest.raises(ConfigError):
        SimulatedSelfJudge(1.5)
    with pytest.raises(ConfigError, match="self_judge_accuracy"):
        SynthesisConfig(self_judge_accuracy=-0.1)
    with pytest.raises(ConfigError, match="success_rule"):
        SynthesisConfig(success_rule="exec")


def test_noisy_rule_proposals_follow_the_calls_seed_and_mark_their_corrupted_steps():
    proposer = NoisyRuleProposer(0.5)
    state = _state()
    draws = {seed: proposer.propose(state, 3, seed=seed) for seed in range(6)}
    assert draws[0] == proposer.propose(state, 3, seed=0)
    assert len({tuple(p.step for p in proposals) for proposals in draws.values()}) > 1
    clean = {p.step for p in RuleProposer().propose(state, 3)}
    for proposals in draws.values():
        assert all(p.perturbed == (p.step not in clean) for p in proposals)


def test_llm_round_one_shows_the_fixed_demonstrations_and_later_rounds_the_pool(bundled_root):
    split = locate("spider", "train", bundled_root)
    factory = round_proposers("llm", SynthesisConfig(), split, backend=_Scripted([]))
    example = split.load()[0]
    state = SearchState(example.id, example.db_id, example.question, "schema", example.gold_sql)
    fixed = fixed_demonstrations()
    first = factory(1, DemonstrationPool(())).prompt(state)[-1]["content"]
    assert first.count("Example ") == 2 and all(demo.question in first for demo in fixed)
    pool = DemonstrationPool(tuple(gold_decomposition(e) for e in split.load()[1:6]))
    later = factory(2, pool).prompt(state)[-1]["content"]
    assert later.count("Example ") == 3 and not any(demo.question in later for demo in fixed)


def test_rule_proposers_word_sub_questions_with_the_schemas_natural_names(bundled_root):
    split = locate("spider", "dev", bundled_root)
    state = SearchState("q", "museum_visit", "Which visitors are older than 30?", "",
                        "SELECT Name FROM visitor WHERE Age > 30")
    assert RuleProposer().propose(state, 1)[0].step.sub_question == "What are the names of visitors?"
    for noise in (0.0, 1.0):  # a perturbed step keeps its sub-question
        step = round_proposers("ast-rules", SynthesisConfig(), split, noise=noise).propose(state, 1, seed=1)[0].step
        assert step.sub_question == "What are the names of customers?"  # tables.json calls the table "customer"


AVERAGE = Step("What is the average age of singers?", "SELECT avg(age) FROM singer")


def test_continuation_proposer_opens_its_answer_with_the_steps_so_far_as_it_was_trained():
    backend = _Scripted([[("Sub question 1: x", FINISH_STOP)]] * 2)
    proposer = ContinuationProposer(backend, prompt_style="compact", label="sft_decomposition")
    assert proposer.name == "llm:sft_decomposition"
    proposer.propose(_state(), 2, seed=3)
    proposer.propose(_state(steps=(AVERAGE,)), 2, seed=3)
    (first,), config = backend.calls[0]
    (later,), _ = backend.calls[1]
    trained = render_prompt("decomposition", schema=_state().schema_text, question=_state().question,
                            evidence="", instructions=False, prompt_style="compact")
    assert first == trained  # the training prompt, no gold SQL, no demonstrations, no answer yet
    assert NESTED not in str(first)
    assert later == [*trained, {"role": "assistant", "content": format_solution((AVERAGE,)) + "\n"}]
    assert (config.n, config.do_sample, config.seed, config.stop) == (2, True, 3, (CONTINUATION_STOP,))


def test_continuation_proposer_reads_the_first_new_step_and_names_what_it_cannot_read():
    second = Step("Which French singers are older than that?",
                  "SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer) AND country = 'France'")
    two = format_solution((AVERAGE, second)).replace("Sub question 2", "Sub question 3")
    stopped = format_solution((AVERAGE,)).rsplit("```", 1)[0].rstrip()  # the stop string cut the closing fence
    replies = [
        (two, FINISH_STOP),  # a step and more: only the first is the proposal
        (stopped, FINISH_STOP),
        ("Sub question 2: x\nSubSQL2:\n```sql\nSELECT name FROM", FINISH_LENGTH),  # cut by the token budget
        ("the singers", FINISH_STOP),
        ("", FINISH_STOP),
    ]
    proposals = ContinuationProposer(_Scripted([replies])).propose(_state(), 5)
    assert [p.step for p in proposals[:2]] == [AVERAGE, AVERAGE]
    assert [p.failure for p in proposals] == [None, None, "unterminated_block", "no_sql_block", "empty_output"]
    assert [p.prompt_tokens for p in proposals] == [100, 0, 0, 0, 0]


def test_continuation_proposer_on_the_real_tiny_model_counts_what_it_spent():
    backend = make_backend("hf", model="tiny", max_context=2048, progress=False)
    proposer = make_proposer("continuation", backend=backend,
                             generation=GenerationConfig(max_new_tokens=12, do_sample=True))
    proposals = proposer.propose(_state(steps=(AVERAGE,)), 2, seed=1)
    assert len(proposals) == 2 and all((p.step is None) != (p.failure is None) for p in proposals)
    usage = backend.usage.as_dict()
    assert sum(p.prompt_tokens for p in proposals) == usage["prompt_tokens"] > 0
    assert sum(p.completion_tokens for p in proposals) == usage["completion_tokens"] > 0
