"""Step-level contrastive pairs from a search tree: siblings that share a prefix, for MDPO (paper §3.3).

The paper says only that pairs are step-wise with ``margin = R(s_w) − R(s_l)``; how they are chosen is not
given. The ``sibling`` policy (``SynthesisConfig.pair_policy``): at every expanded node, the children are
alternatives for the same next step. **Chosen**: each child on a successful path (it or a descendant
is a success), except an unexecutable one; when no child is, the highest-reward progressive child.
**Rejected**: every other sibling that has a step (invalid, redundant, unexecutable, unparseable, or a
progressive one not chosen), so a step that does not run may be rejected but is never chosen. A pair
whose margin (the raw Δr, the paper's) is not above ``min_margin`` is dropped and counted, so a tie, a
reversed pair or a NaN never reaches the trainer. Proposals without a step (``failed``) pair with nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from learnat_core.decomposition import Step
from learnat_core.errors import ConfigError
from learnat_core.sql_ast import margin
from learnat_core.synthesis.config import PAIR_POLICIES
from learnat_core.synthesis.judge import PROGRESSIVE, UNEXECUTABLE


@dataclass(frozen=True)
class StepPair:
    """A chosen and a rejected next step after the same ``prefix``; ``step_index`` = len(prefix)."""

    step_index: int
    prefix: tuple[Step, ...]
    chosen: Step
    rejected: Step
    chosen_reward: float
    rejected_reward: float
    margin: float
    rejected_class: str
    chosen_node: int
    rejected_node: int


@dataclass(frozen=True)
class PairExtraction:
    """The pairs of one tree, and how many candidate pairs were dropped for a margin ≤ ``min_margin``."""

    pairs: tuple[StepPair, ...]
    dropped: int


def extract_pairs(tree: Mapping, *, min_margin: float = 0.0, policy: str = "sibling") -> PairExtraction:
    """All pairs of a search tree (``SearchResult.tree``, or the same dict read back from disk)."""
    if policy not in PAIR_POLICIES:
        raise ConfigError(f"unknown pair policy {policy!r}; choose one of {', '.join(PAIR_POLICIES)}")
    pairs: list[StepPair] = []
    dropped = 0
    for node, prefix in _expanded(tree, ()):
        for chosen, rejected in _candidates(node["children"]):
            value = margin(chosen["reward"], rejected["reward"]).value
            if value is None or value <= min_margin:
                dropped += 1
                continue
            pairs.append(StepPair(
                step_index=len(prefix),
                prefix=prefix,
                chosen=_step(chosen),
                rejected=_step(rejected),
                chosen_reward=chosen["reward"],
                rejected_reward=rejected["reward"],
                margin=value,
                rejected_class=rejected["class"],
                chosen_node=chosen["id"],
                rejected_node=rejected["id"],
            ))
    return PairExtraction(tuple(pairs), dropped)


def _expanded(node: Mapping, prefix: tuple[Step, ...]) -> Iterator[tuple[Mapping, tuple[Step, ...]]]:
    """The node and every descendant with children, with the steps that lead to each."""
    yield node, prefix
    for child in node["children"]:
        if child["children"]:
            yield from _expanded(child, prefix + (_step(child),))


def _candidates(children: list[Mapping]) -> Iterator[tuple[Mapping, Mapping]]:
    with_step = [child for child in children if child["sql"] is not None]
    chosen = [child for child in with_step if child["class"] != UNEXECUTABLE and _reaches_success(child)]
    if not chosen:
        progressive = [child for child in with_step if child["class"] == PROGRESSIVE]
        chosen = [max(progressive, key=lambda child: (child["reward"], -child["id"]))] if progressive else []
    for winner in chosen:
        for loser in with_step:
            if all(loser is not other for other in chosen):
                yield winner, loser


def _reaches_success(node: Mapping) -> bool:
    return node["success"] or any(_reaches_success(child) for child in node["children"])


def _step(node: Mapping) -> Step:
    return Step(node["text"] or "", node["sql"])
