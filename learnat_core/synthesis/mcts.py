"""The Decomposition Synthesis Procedure's Monte-Carlo tree search (paper §3), with what the released
sketch lacks: k children per expansion, a real tree, and every judged child kept for contrastive pairs.

One simulation:

1. **Selection** from the root: among a node's live children (not terminal, not exhausted), an unvisited
   one first (highest reward, then proposal order), else the highest UCT score
   ``value + c·sqrt(ln(N_parent + 1) / n_child)`` (the released formula).
2. **Expansion** of the selected leaf: the proposer suggests ``k`` next steps for the leaf's state; each
   becomes a child judged by ``GoldJudge`` (class, reward, success). Identical steps proposed twice become
   one child (``samples`` counts them). With ``reward="self"`` each executable child's reward is instead
   the self-judge's score of it (``self_evaluation``: the proposer's own, or the simulated judge), one
   evaluation call each, its tokens counted. A child is **terminal** when it is a success, a failed or
   unparseable proposal, at ``max_depth``, or, with pruning, redundant, invalid or unexecutable.
3. **Backup**: the best reward among the new children (the released code uses node values directly, with
   no random rollout) updates the running mean ``value`` and ``visits`` of every node on the path. A node
   whose children are all terminal or exhausted is exhausted; the search ends early when the root is.

Naive MCTS is ``pruning=False`` with ``reward="self"`` (the paper's: the proposer's own judgement) or
``reward="outcome"`` (the kit's oracle variant: only a success earns a reward); every parseable child is
expandable.

**Best trajectory** (the SFT data), among the successful nodes: first a valid multi-step decomposition
(at least two steps, every step before the last progressive), then a one-step answer, then paths through a
non-progressive step; within a tier the most total reward along the path; then fewer steps; then the
earliest found. So a decomposition of progressive steps beats a one-step shortcut to the same answer.
"""

from __future__ import annotations

import math
import os
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace

from learnat_core.decomposition import Step
from learnat_core.errors import ConfigError
from learnat_core.sql_ast import SqlTree
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.judge import (FAILED, INVALID, NODE_CLASSES, PROGRESSIVE, REDUNDANT, UNEXECUTABLE,
                                          UNPARSEABLE, GoldJudge, Judgement)
from learnat_core.synthesis.self_evaluation import self_evaluator
from learnat_core.synthesis.state import Proposal, Proposer, SearchState, SelfEvaluator

ROOT = "root"
_UNUSABLE = (FAILED, UNPARSEABLE, UNEXECUTABLE)  # classes a self-judge is not asked about (reward 0)
_RAW_CHARS = 500  # how much of a failed reply a tree keeps


@dataclass(frozen=True)
class SearchResult:
    """One question's search: the whole tree (JSON-ready), the best successful trajectory, and its costs.

    ``tree`` nodes hold ``id, depth, text, sql, class, failure, detail, raw, reward, visits, value,
    prompt_tokens, completion_tokens, samples, terminal, success, perturbed, exec_status, evaluation,
    children`` (``evaluation``: the self-judge's score, tokens and reply under ``reward="self"``, else None);
    the root has class ``root`` and the question as text. Token totals include the self-evaluations,
    counted in ``evaluation_calls``. ``first_success`` holds the calls and tokens spent up to the first
    success (None without one).
    """

    question_id: str
    db_id: str
    proposer: str
    tree: dict
    best: tuple[Step, ...] | None
    prompt_tokens: int
    completion_tokens: int
    proposer_calls: int
    simulations: int
    seconds: float
    class_counts: dict[str, int]
    failure_counts: dict[str, int]
    first_success: dict | None = None
    evaluation_calls: int = 0

    @property
    def success(self) -> bool:
        """Whether some decomposition reached the gold query (``SynthesisConfig.success_rule``)."""
        return self.best is not None

    @property
    def tokens(self) -> int:
        """Prompt plus completion tokens of every proposal."""
        return self.prompt_tokens + self.completion_tokens

    def to_dict(self) -> dict:
        """The result as a JSON-ready dict (``from_dict`` reads it back)."""
        return {
            "question_id": self.question_id,
            "db_id": self.db_id,
            "proposer": self.proposer,
            "success": self.success,
            "best": None if self.best is None else [_step_dict(step) for step in self.best],
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "proposer_calls": self.proposer_calls,
            "simulations": self.simulations,
            "seconds": self.seconds,
            "class_counts": self.class_counts,
            "failure_counts": self.failure_counts,
            "first_success": self.first_success,
            "evaluation_calls": self.evaluation_calls,
            "tree": self.tree,
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> SearchResult:
        """A result saved by ``to_dict`` (KeyError/TypeError on a malformed dict; callers wrap them)."""
        best = data["best"]
        return cls(
            question_id=data["question_id"],
            db_id=data["db_id"],
            proposer=data["proposer"],
            tree=data["tree"],
            best=None if best is None else tuple(Step(item["sub_question"], item["sub_sql"]) for item in best),
            prompt_tokens=data["prompt_tokens"],
            completion_tokens=data["completion_tokens"],
            proposer_calls=data["proposer_calls"],
            simulations=data["simulations"],
            seconds=data["seconds"],
            class_counts=dict(data["class_counts"]),
            failure_counts=dict(data["failure_counts"]),
            first_success=data.get("first_success"),
            evaluation_calls=data.get("evaluation_calls", 0),
        )


@dataclass(eq=False)
class _Node:
    id: int
    depth: int
    parent: _Node | None
    step: Step | None = None
    judgement: Judgement | None = None
    terminal: bool = False
    prompt_tokens: int = 0
    completion_tokens: int = 0
    samples: int = 1
    raw: str = ""
    perturbed: bool = False
    evaluation: dict | None = None
    children: list[_Node] = field(default_factory=list)
    visits: int = 0
    value: float = 0.0
    expanded: bool = False
    exhausted: bool = False

    @property
    def reward(self) -> float:
        return self.judgement.reward if self.judgement else 0.0

    @property
    def live(self) -> bool:
        return not (self.terminal or self.exhausted)

    def path(self) -> list[_Node]:
        """The nodes from the root's first child down to this one (empty for the root)."""
        nodes, node = [], self
        while node.parent is not None:
            nodes.append(node)
            node = node.parent
        return nodes[::-1]


@dataclass
class _Tally:
    calls: int = 0
    evaluation_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    nodes: int = 1
    first_success: dict | None = None


def search(state: SearchState, proposer: Proposer, config: SynthesisConfig, *,
           db_path: str | os.PathLike) -> SearchResult:
    """Search decompositions of ``state``'s question on ``db_path`` within ``config.simulations``.

    ``state`` has no steps yet. Raises ``QuestionError`` when the gold SQL does not parse or run (nothing is
    proposed then); every other problem (bad replies, failing or slow SQL, a proposer that raises) is
    recorded on its node.
    """
    if state.steps:
        raise ConfigError(f"the search starts from the question; got a state with {len(state.steps)} steps")
    started = time.perf_counter()
    judge = GoldJudge(state.gold_sql, db_path, config)
    evaluator = self_evaluator(proposer, config) if config.reward == "self" else None
    root = _Node(0, 0, None)
    tally = _Tally()
    simulations = 0
    while simulations < config.simulations and not root.exhausted:
        if config.stop_at_success and tally.first_success is not None:
            break
        path = _select(root, config.c)
        value = _expand(path[-1], state, proposer, judge, evaluator, config, tally)
        _backup(path, value)
        simulations += 1
    return SearchResult(
        question_id=state.question_id,
        db_id=state.db_id,
        proposer=proposer.name,
        tree=_node_dict(root, state.question),
        best=_best_trajectory(root),
        prompt_tokens=tally.prompt_tokens,
        completion_tokens=tally.completion_tokens,
        proposer_calls=tally.calls,
        simulations=simulations,
        seconds=time.perf_counter() - started,
        class_counts=_class_counts(root),
        failure_counts=dict(sorted(Counter(filter(None, map(_problem, _walk(root)))).items())),
        first_success=tally.first_success,
        evaluation_calls=tally.evaluation_calls,
    )


def _select(root: _Node, c: float) -> list[_Node]:
    path = [root]
    node = root
    while node.expanded:
        live = [child for child in node.children if child.live]
        unvisited = [child for child in live if child.visits == 0]
        if unvisited:
            node = max(unvisited, key=lambda child: (child.reward, -child.id))
        else:
            log_parent = math.log(node.visits + 1)
            node = max(live, key=lambda child: child.value + c * math.sqrt(log_parent / child.visits))
        path.append(node)
    return path


def _expand(leaf: _Node, state: SearchState, proposer: Proposer, judge: GoldJudge, evaluator: SelfEvaluator | None,
            config: SynthesisConfig, tally: _Tally) -> float:
    """Propose and judge the leaf's children (and self-evaluate them with ``evaluator``); returns the value to
    back up (their best reward)."""
    path = leaf.path()
    prefix: list[SqlTree] = [node.judgement.tree for node in path]
    for node in path:
        state = state.extended(node.step)
    proposals = _propose(proposer, state, config.k, config.seed + tally.calls)
    tally.calls += 1
    tally.prompt_tokens += sum(proposal.prompt_tokens for proposal in proposals)  # extras beyond k cost too
    tally.completion_tokens += sum(proposal.completion_tokens for proposal in proposals)
    by_step: dict[Step, _Node] = {}
    for proposal in proposals[: config.k]:
        twin = by_step.get(proposal.step) if proposal.step is not None else None
        if twin is not None:
            twin.samples += 1
            twin.prompt_tokens += proposal.prompt_tokens
            twin.completion_tokens += proposal.completion_tokens
            continue
        judgement = judge.judge(prefix, leaf.reward, proposal)
        evaluation = None
        if evaluator is not None and judgement.step_class not in _UNUSABLE:
            evaluation = _self_evaluate(evaluator, state, proposal.step, judgement, config.seed + tally.calls, tally)
            judgement = replace(judgement, reward=evaluation["score"])
        child = _child(leaf, proposal, judgement, config, tally.nodes)
        child.evaluation = evaluation
        tally.nodes += 1
        leaf.children.append(child)
        if proposal.step is not None:
            by_step[proposal.step] = child
        if child.judgement.success and tally.first_success is None:
            tally.first_success = {"proposer_calls": tally.calls, "evaluation_calls": tally.evaluation_calls,
                                   "prompt_tokens": tally.prompt_tokens, "completion_tokens": tally.completion_tokens}
    leaf.expanded = True
    return max((child.reward for child in leaf.children), default=0.0)


def _self_evaluate(evaluator: SelfEvaluator, state: SearchState, step: Step, judgement: Judgement, seed: int,
                   tally: _Tally) -> dict:
    """One self-evaluation of a child, counted in the tally; the node's ``evaluation`` record."""
    evaluation = evaluator.evaluate(state, step, truth=judgement.good, seed=seed)
    tally.evaluation_calls += 1
    tally.prompt_tokens += evaluation.prompt_tokens
    tally.completion_tokens += evaluation.completion_tokens
    return {"judge": evaluator.name, "score": evaluation.score, "prompt_tokens": evaluation.prompt_tokens,
            "completion_tokens": evaluation.completion_tokens, "raw": evaluation.raw[:_RAW_CHARS]}


def _propose(proposer: Proposer, state: SearchState, k: int, seed: int) -> list[Proposal]:
    try:
        return list(proposer.propose(state, k, seed=seed))
    except Exception as error:  # a proposer bug or outage is this node's failure, not the run's end
        return [Proposal(None, failure="proposer_error", raw=f"{type(error).__name__}: {error}")]


def _child(parent: _Node, proposal: Proposal, judgement: Judgement, config: SynthesisConfig, node_id: int) -> _Node:
    depth = parent.depth + 1
    pruned = config.pruning and judgement.step_class in (REDUNDANT, INVALID, UNEXECUTABLE)
    unusable = judgement.step_class in (FAILED, UNPARSEABLE)
    return _Node(
        node_id,
        depth,
        parent,
        step=proposal.step,
        judgement=judgement,
        terminal=judgement.success or unusable or pruned or depth >= config.max_depth,
        prompt_tokens=proposal.prompt_tokens,
        completion_tokens=proposal.completion_tokens,
        raw=proposal.raw[:_RAW_CHARS] if proposal.step is None else "",
        perturbed=proposal.perturbed,
    )


def _backup(path: list[_Node], value: float) -> None:
    for node in reversed(path):
        node.visits += 1
        node.value += (value - node.value) / node.visits
        node.exhausted = node.expanded and not any(child.live for child in node.children)


def _walk(node: _Node) -> Iterator[_Node]:
    yield node
    for child in node.children:
        yield from _walk(child)


def _problem(node: _Node) -> str | None:
    """What went wrong with a node: its failure kind, ``exec_error``/``exec_timeout`` for SQL that did not
    run, or None."""
    judgement = node.judgement
    if judgement is None:
        return None
    if judgement.failure is not None:
        return judgement.failure
    return None if judgement.exec_status in (None, "ok") else f"exec_{judgement.exec_status}"


def _class_counts(root: _Node) -> dict[str, int]:
    counts = Counter(node.judgement.step_class for node in _walk(root) if node.judgement is not None)
    return {name: counts.get(name, 0) for name in NODE_CLASSES}


def _best_trajectory(root: _Node) -> tuple[Step, ...] | None:
    """Steps to the preferred successful node (the module docstring's choice rule), None without a success."""
    successes = [node for node in _walk(root) if node.judgement is not None and node.judgement.success]
    if not successes:
        return None
    return tuple(node.step for node in min(successes, key=_preference).path())


def _preference(node: _Node) -> tuple[int, float, int, int]:
    """Sort key of a successful node, best first: tier (valid multi-step, one step, other), total reward
    along the path, steps, discovery order."""
    path = node.path()
    if len(path) == 1:
        tier = 1
    else:
        tier = 0 if all(step.judgement.step_class == PROGRESSIVE for step in path[:-1]) else 2
    return tier, -sum(step.reward for step in path), node.depth, node.id


def _node_dict(node: _Node, question: str) -> dict:
    judgement = node.judgement
    return {
        "id": node.id,
        "depth": node.depth,
        "text": question if judgement is None else (node.step.sub_question if node.step else None),
        "sql": node.step.sub_sql if node.step else None,
        "class": ROOT if judgement is None else judgement.step_class,
        "failure": judgement.failure if judgement else None,
        "detail": judgement.detail if judgement else "",
        "raw": node.raw,
        "reward": node.reward,
        "visits": node.visits,
        "value": node.value,
        "prompt_tokens": node.prompt_tokens,
        "completion_tokens": node.completion_tokens,
        "samples": node.samples,
        "terminal": node.terminal,
        "success": bool(judgement and judgement.success),
        "perturbed": node.perturbed,
        "exec_status": judgement.exec_status if judgement else None,
        "evaluation": node.evaluation,
        "children": [_node_dict(child, question) for child in node.children],
    }


def _step_dict(step: Step) -> dict[str, str]:
    return {"sub_question": step.sub_question, "sub_sql": step.sub_sql}
