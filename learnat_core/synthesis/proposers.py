"""The proposers the decomposition search can expand with (``state.Proposer``).

* ``RuleProposer`` (``ast-rules``): next steps read off the gold-AST decomposer's enumerated decompositions,
  so a search driven by it always reaches the gold query; it costs no tokens. The oracle of the
  preliminary experiment and a sanity check of the search.
* ``NoisyRuleProposer`` (``ast-rules+noise<p>``): the rule proposer as a sampler of k steps, each replaced
  with probability p by a perturbation of it (usually invalid against gold), so a rule-made tree has the
  wrong siblings that contrastive pairs need (the pure rule proposer yields none) and the benchmark has
  something to prune. Its noise is drawn from each call's seed, so a later round samples anew. Still
  rule-made data, and named so; a perturbed step is marked and never counts as a success.
* ``LLMProposer`` (``llm:<model>``): the paper's expansion, one ``synthesis_step`` prompt answered with k
  sampled JSON steps, few-shot demonstrations chosen per question from a pool (at synthesis time the gold
  SQL is known, so by AST similarity: the ICLR version's self-improving pool, top 3). It also scores its own
  steps for naive MCTS (``evaluate``, see ``self_evaluation``).
* ``ContinuationProposer`` (``llm:<label>``): a model trained on decomposition answers (the SFT stage's)
  continues its own answer by one step: the later rounds of the self-improving loop, with the trained model.

A proposer never raises on bad model output or an unparseable gold query: each becomes a Proposal with a
``failure`` kind (``state.Proposal``; here also ``bad_gold_sql`` and ``prompt_too_long``).
"""

from __future__ import annotations

import inspect
import random
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from learnat_core.data import Schema
from learnat_core.decomposition import AST_RULES, LLM_PREFIX, Decomposition, Step
from learnat_core.decomposition.gold_decomposer import check_limits, decompose
from learnat_core.demonstrations import STRATEGIES, DemonstrationPool, DemoQuery, select_demonstrations
from learnat_core.errors import ConfigError, SqlParseError
from learnat_core.llm import (
    FINISH_LENGTH,
    FINISH_PROMPT_TOO_LONG,
    Backend,
    BackendError,
    Completion,
    GenerationConfig,
)
from learnat_core.prompting import format_solution, parse_decomposition, parse_step_json, render_prompt
from learnat_core.prompting.output_parser import EMPTY_OUTPUT, NO_SQL_BLOCK, UNTERMINATED_BLOCK
from learnat_core.sql_ast import SqlTree, StepClass, accumulate, classify, parse, perturbations
from learnat_core.synthesis.self_evaluation import evaluation_prompt, read_score
from learnat_core.synthesis.state import Proposal, SearchState, SelfEvaluation

BAD_GOLD_SQL = "bad_gold_sql"
BACKEND_ERROR = "backend_error"
PROMPT_TOO_LONG = FINISH_PROMPT_TOO_LONG

DEFAULT_GENERATION = GenerationConfig(max_new_tokens=512, temperature=0.8, top_p=0.95, do_sample=True)
"""Sampling for LLM expansion. The paper gives no decoding settings for GLM-4-Plus; these are the kit's:
diverse enough for k distinct samples, and 512 new tokens is ample for one JSON step."""

EVALUATION_GENERATION = GenerationConfig(max_new_tokens=8)
"""Greedy decoding for a self-evaluation: the reply is one number."""

_Plan = tuple[tuple[Step, SqlTree], ...]


class RuleProposer:
    """Proposes the next steps of the rule-based decompositions of the state's gold SQL (``ast-rules``).

    When the state's steps are a prefix (by normalised tree) of enumerated decompositions, it proposes
    their next steps, canonical decomposition first. Otherwise it proposes, for each decomposition, its
    first step that is still progressive for the state, decompositions whose earlier steps overlap the
    state's accumulated AST most first. Proposals are deterministic (``seed`` is not used) and cost no tokens.
    Sub-questions use the natural names of ``schemas[state.db_id]`` when given.
    """

    name = AST_RULES

    def __init__(self, *, max_decompositions: int = 8, max_steps: int | None = None, dialect: str = "sqlite",
                 schemas: Mapping[str, Schema] | None = None) -> None:
        check_limits(max_decompositions, max_steps)
        self.max_decompositions = max_decompositions
        self.max_steps = max_steps
        self.dialect = dialect
        self.schemas = dict(schemas or {})

    def propose(self, state: SearchState, k: int, *, seed: int = 0) -> list[Proposal]:
        """Up to ``k`` distinct next steps for ``state``; a gold query that does not parse gives one
        ``bad_gold_sql`` proposal."""
        try:
            plans = _plans(state.gold_sql, state.question, self.schemas.get(state.db_id), self.max_decompositions,
                           self.max_steps, self.dialect)
        except SqlParseError as error:
            return [Proposal(None, BAD_GOLD_SQL, raw=str(error))][:k]
        done = [_parsed(step.sub_sql, self.dialect) for step in state.steps]
        steps = _following(plans, done) or _closest(plans, [tree for tree in done if tree is not None])
        return [Proposal(step) for step in steps[:k]]


class NoisyRuleProposer:
    """``RuleProposer`` as a sampler of ``k`` steps, each corrupted with probability ``noise`` (seeded per state).

    Sample ``i`` is the decomposer's ``i``-th next step (cycling when it has fewer than ``k``; identical
    samples become one child, as identical LLM samples do), replaced with probability ``noise`` by a
    perturbation of it (``sql_ast.perturbations``: flipped comparison, changed literal, dropped condition,
    ...), marked ``perturbed``. The noise depends only on the call's ``seed`` (the search passes the run's
    seed, offset per round and per expansion), the question and the prefix. Costs no tokens.
    """

    def __init__(self, noise: float = 0.3, *, schemas: Mapping[str, Schema] | None = None) -> None:
        if not 0.0 <= noise <= 1.0:
            raise ConfigError(f"noise must lie in [0, 1], got {noise!r}")
        self.base = RuleProposer(schemas=schemas)
        self.noise = noise
        self.name = f"{AST_RULES}+noise{noise:g}"

    def propose(self, state: SearchState, k: int, *, seed: int = 0) -> list[Proposal]:
        """``k`` samples for ``state``: each the decomposer's next step, or with probability ``noise`` a
        corrupted one."""
        prefix = "|".join(step.sub_sql for step in state.steps)
        rng = random.Random(f"{seed}|{state.question_id}|{prefix}")
        correct = [p.step for p in self.base.propose(state, k) if p.step is not None]
        sources = correct or [Step(state.question, state.gold_sql)]
        proposals = []
        for index in range(k):
            step = sources[index % len(sources)]
            corrupt = not correct or rng.random() < self.noise
            proposals.append(Proposal(_perturbed(step, rng), perturbed=True) if corrupt else Proposal(step))
        return proposals


class _ModelProposer:
    """What the model proposers share: one call with ``k`` samples per expansion, failures instead of raises,
    token counts (the prompt is sent once per call, so its tokens go on the call's first proposal only, and the
    proposals' tokens and seconds add up to what the call cost), and the model's own 0–10 step scores for naive
    MCTS (``evaluate``, see ``self_evaluation``). ``name`` is ``llm:<label>``, by default the model's name (a
    local folder by its last part, not a machine's path)."""

    def __init__(self, backend: Backend, generation: GenerationConfig, label: str | None) -> None:
        self.backend = backend
        model = Path(backend.model_id)
        self.name = f"{LLM_PREFIX}{label or (model.name if model.is_dir() else backend.model_id)}"
        self.generation = generation

    def prompt(self, state: SearchState, *, seed: int = 0) -> list[dict[str, str]]:
        """The chat messages sent for ``state``."""
        raise NotImplementedError

    def propose(self, state: SearchState, k: int, *, seed: int = 0) -> list[Proposal]:
        """``k`` proposals from ``k`` samples of one call; unreadable replies and backend errors are failures."""
        if k < 1:
            return []
        try:
            messages = self.prompt(state, seed=seed)
        except SqlParseError as error:
            return [Proposal(None, BAD_GOLD_SQL, raw=str(error))]
        config = replace(self.generation, n=k, do_sample=True, seed=seed)
        try:
            (completions,) = self.backend.generate([messages], config)
        except BackendError as error:
            return [Proposal(None, BACKEND_ERROR, raw=str(error)) for _ in range(k)]
        return [self._proposal(completion, first=index == 0) for index, completion in enumerate(completions)]

    def evaluate(self, state: SearchState, step: Step, *, truth: bool, seed: int = 0) -> SelfEvaluation:
        """The model's own 0–10 score of ``step`` after ``state`` (``truth`` is never shown to it), read by
        ``self_evaluation.read_score``; a backend error scores 0 at no token cost."""
        try:
            ((completion, *_),) = self.backend.generate([evaluation_prompt(state, step)], EVALUATION_GENERATION)
        except BackendError as error:
            return SelfEvaluation(0.0, raw=str(error))
        return SelfEvaluation(read_score(completion.text), completion.prompt_tokens, completion.completion_tokens,
                              completion.text)

    def read(self, completion: Completion) -> tuple[Step | None, str | None]:
        """The step a reply proposes, or None and the failure kind."""
        raise NotImplementedError

    def _proposal(self, completion: Completion, *, first: bool) -> Proposal:
        cost = {
            "raw": completion.text,
            "prompt_tokens": completion.prompt_tokens if first else 0,
            "completion_tokens": completion.completion_tokens,
            "seconds": completion.seconds,
        }
        if completion.finish_reason == PROMPT_TOO_LONG:
            return Proposal(None, PROMPT_TOO_LONG, **cost)
        if not completion.text.strip():
            return Proposal(None, EMPTY_OUTPUT, **cost)
        return Proposal(*self.read(completion), **cost)


class LLMProposer(_ModelProposer):
    """Asks a model for the next step with the ``synthesis_step`` prompt, k samples in one call (``llm:<model>``).

    ``show_gold`` shows the gold SQL in the prompt (False is the no-gold ablation). ``demonstrations`` is
    the pool the ``demo_k`` few-shot examples are chosen from by ``demo_strategy`` (default ``ast``: AST
    similarity to the gold SQL); ``demo_schemas`` maps a demonstration's db_id to the schema text shown
    with it; ``prompt_style`` picks the templates' style (``learnat_core.prompting.PROMPT_STYLES``).
    """

    def __init__(
        self,
        backend: Backend,
        *,
        generation: GenerationConfig = DEFAULT_GENERATION,
        show_gold: bool = True,
        demonstrations: DemonstrationPool | None = None,
        demo_k: int = 3,
        demo_strategy: str = "ast",
        demo_schemas: Mapping[str, str] | None = None,
        prompt_style: str = "kit",
        label: str | None = None,
    ) -> None:
        if demo_strategy not in STRATEGIES:
            choices = ", ".join(STRATEGIES)
            raise ConfigError(f"unknown demonstration strategy {demo_strategy!r}; choose one of {choices}")
        if demo_k < 0:
            raise ConfigError(f"demo_k must be at least 0, got {demo_k}")
        super().__init__(backend, generation, label)
        self.show_gold = show_gold
        self.demonstrations = demonstrations
        self.demo_k = demo_k
        self.demo_strategy = demo_strategy
        self.demo_schemas = dict(demo_schemas or {})
        self.prompt_style = prompt_style
        self._chosen: tuple[tuple, list[Decomposition]] | None = None  # the last question's demonstrations

    def prompt(self, state: SearchState, *, seed: int = 0) -> list[dict[str, str]]:
        """The chat messages sent for ``state`` (raises SqlParseError if the ``ast`` strategy cannot parse gold)."""
        return render_prompt(
            "synthesis_step",
            schema=state.schema_text,
            question=state.question,
            evidence=state.evidence,
            gold_sql=state.gold_sql,
            show_gold=self.show_gold,
            steps=state.steps,
            demonstrations=self._demonstrations_for(state, seed),
            demo_schemas=self.demo_schemas,
            prompt_style=self.prompt_style,
        )

    def read(self, completion: Completion) -> tuple[Step | None, str | None]:
        """The step of a ``{"sub_query": ..., "sub_sql": ...}`` reply (``parse_step_json``)."""
        parsed = parse_step_json(completion.text)
        return parsed.step, parsed.failure

    def _demonstrations_for(self, state: SearchState, seed: int) -> list[Decomposition]:
        if self.demonstrations is None or self.demo_k == 0:
            return []
        key = (state.question_id, state.db_id, state.question, state.gold_sql, seed)
        chosen = self._chosen  # read once: another thread may replace it meanwhile
        if chosen is None or chosen[0] != key:
            query = DemoQuery(state.question, state.db_id, sql=state.gold_sql)
            picked = select_demonstrations(self.demonstrations, query, k=self.demo_k, strategy=self.demo_strategy,
                                           seed=seed)
            chosen = self._chosen = (key, picked)
        return chosen[1]


CONTINUATION_STOP = "\n```\n"
"""Where a continued step ends: the SQL block's closing fence followed by a newline (the next step's start);
the opening fence is followed by ``sql``, and the last step ends with the end-of-turn token instead."""

CONTINUATION_GENERATION = replace(DEFAULT_GENERATION, max_new_tokens=128, stop=(CONTINUATION_STOP,))
"""Sampling for a continued step: the expansion's temperature and top-p, one step's length at most."""


class ContinuationProposer(_ModelProposer):
    """Asks a model trained on decomposition answers (the SFT stage's) for the next step in its own format
    (``llm:<label>``): the inference prompt it was trained on, no gold SQL and no demonstrations, with its answer
    opened by the steps so far, exactly as a preference pair's prefix is rendered; k samples, each read up to its
    first new step. This is the self-improving loop's proposer once a model has been trained, and what a small
    model can do at all: a 135M model fine-tuned on answers has not learnt the ``synthesis_step`` JSON reply.

    ``instructions`` and ``prompt_style`` must be the synthesis run's whose ``sft.jsonl`` trained the model
    (``synthesis.outputs.inference_prompt``); ``state.schema_text`` is already that run's schema text.
    """

    def __init__(self, backend: Backend, *, generation: GenerationConfig = CONTINUATION_GENERATION,
                 instructions: bool = False, prompt_style: str = "kit", label: str | None = None) -> None:
        super().__init__(backend, generation, label)
        self.instructions = instructions
        self.prompt_style = prompt_style

    def prompt(self, state: SearchState, *, seed: int = 0) -> list[dict[str, str]]:
        """The training prompt for ``state``'s question, then (after a first step) the answer so far."""
        messages = render_prompt("decomposition", schema=state.schema_text, question=state.question,
                                 evidence=state.evidence, instructions=self.instructions,
                                 prompt_style=self.prompt_style)
        if state.steps:
            messages.append({"role": "assistant", "content": format_solution(state.steps) + "\n"})
        return messages

    def read(self, completion: Completion) -> tuple[Step | None, str | None]:
        """The first step of the continuation (``parse_decomposition``); a step whose SQL block the token budget
        cut off is ``unterminated_block``."""
        parsed = parse_decomposition(completion.text)
        if not parsed.steps:
            return None, parsed.failure or NO_SQL_BLOCK
        cut = (completion.finish_reason == FINISH_LENGTH and parsed.failure == UNTERMINATED_BLOCK
               and len(parsed.steps) == 1)
        return (None, UNTERMINATED_BLOCK) if cut else (parsed.steps[0], None)


PROPOSERS: dict[str, type] = {AST_RULES: RuleProposer, "ast-rules-noisy": NoisyRuleProposer, "llm": LLMProposer,
                              "continuation": ContinuationProposer}


def make_proposer(kind: str, **options: Any) -> RuleProposer | NoisyRuleProposer | LLMProposer | ContinuationProposer:
    """Build the ``kind`` proposer (``ast-rules``, ``ast-rules-noisy``, ``llm`` or ``continuation``; the model
    proposers need ``backend=``)
    from its options;
    an unknown kind or option, or a missing one, raises ConfigError."""
    proposer_class = PROPOSERS.get(kind)
    if proposer_class is None:
        raise ConfigError(f"unknown proposer {kind!r}; choose one of {', '.join(PROPOSERS)}")
    try:
        inspect.signature(proposer_class).bind(**options)
    except TypeError as error:
        valid = ", ".join(inspect.signature(proposer_class).parameters)
        raise ConfigError(f"the {kind} proposer: {error}; its options: {valid}") from None
    return proposer_class(**options)


def _perturbed(step: Step, rng: random.Random) -> Step:
    """``step`` with its SQL perturbed once (``LIMIT 0`` appended when no perturbation applies)."""
    try:
        variants = perturbations(step.sub_sql, seed=rng.randrange(1 << 30), n=1)
    except SqlParseError:
        variants = []
    return Step(step.sub_question, variants[0].sql if variants else f"{step.sub_sql} LIMIT 0")


@lru_cache(maxsize=256)
def _plans(gold_sql: str, question: str, schema: Schema | None, limit: int, max_steps: int | None,
           dialect: str) -> tuple[_Plan, ...]:
    found = decompose(gold_sql, question=question, schema=schema, max_decompositions=limit, max_steps=max_steps,
                      dialect=dialect)
    return tuple(tuple((step, parse(step.sub_sql, dialect)) for step in steps) for steps in found)


@lru_cache(maxsize=4096)
def _parsed(sql: str, dialect: str) -> SqlTree | None:
    try:
        return parse(sql, dialect)
    except SqlParseError:
        return None


def _following(plans: Sequence[_Plan], done: Sequence[SqlTree | None]) -> list[Step]:
    """The next steps of the plans whose first steps are exactly ``done``, distinct by tree, in plan order."""
    return _distinct([plan[len(done)] for plan in plans if len(plan) > len(done) and _starts_with(plan, done)])


def _starts_with(plan: _Plan, done: Sequence[SqlTree | None]) -> bool:
    return all(tree is not None and tree == planned for tree, (_, planned) in zip(done, plan))


def _closest(plans: Sequence[_Plan], done: Sequence[SqlTree]) -> list[Step]:
    """Each plan's first step progressive for ``done``, plans overlapping ``done``'s AST most first; the gold
    step itself when nothing is left to add."""
    ranked = []
    for order, plan in enumerate(plans):
        gold = plan[-1][1]
        reached = accumulate(done, gold)
        classes = (classify(tree, reached, gold) for _, tree in plan)
        index = next((i for i, verdict in enumerate(classes) if verdict is StepClass.PROGRESSIVE), None)
        if index is not None:
            before = accumulate((tree for _, tree in plan[:index]), gold)
            overlap = len(before.nodes & reached.nodes) + len(before.edges & reached.edges)
            ranked.append((-overlap, order, plan[index]))
    chosen = [entry for _, _, entry in sorted(ranked, key=lambda item: item[:2])]
    return _distinct(chosen) or [plans[0][-1][0]]


def _distinct(entries: Sequence[tuple[Step, SqlTree]]) -> list[Step]:
    seen: set = set()
    steps = []
    for step, tree in entries:
        if tree.root not in seen:
            seen.add(tree.root)
            steps.append(step)
    return steps
