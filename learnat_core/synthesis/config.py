"""``SynthesisConfig``: every setting of the Decomposition Synthesis Procedure search and of its runner.

Each field says where its default comes from: the paper (ICLR version, via the paper note), the authors'
released code (``MCTS.py``, ``data_generation.py``), or, where both are silent, the kit's own choice,
which is a parameter so an ablation can change it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields

from learnat_core.data.schema import SCHEMA_STYLES
from learnat_core.errors import ConfigError
from learnat_core.evaluation import SEMANTICS_NAMES
from learnat_core.prompting import PROMPT_STYLES
from learnat_core.prompting.contract import PromptSettings
from learnat_core.sql_ast import SIMILARITY_METHODS

REWARDS = ("ast", "outcome", "self")
SUCCESS_RULES = ("ast", "ast_or_covered", "rows")
NONPROGRESSIVE_REWARDS = ("zero", "parent")
PAIR_POLICIES = ("sibling",)


@dataclass(frozen=True)
class SynthesisConfig:
    """Settings of one synthesis run (search, terminal check, pairs, prompts); validated on creation."""

    k: int = field(default=3, metadata={"help":
        "Children sampled per expansion. The paper does not give it; the released code samples one child per "
        "expansion, which makes the tree a chain and yields no sibling pairs. 3 matches Alpha-SQL's ``n: 3``."})

    c: float = field(default=1.41, metadata={"help":
        "UCT exploration constant in ``value + c·sqrt(ln(N_parent + 1) / n_child)`` (released code, ≈ √2)."})

    max_depth: int = field(default=5, metadata={"help":
        "Most steps in one decomposition; a node at this depth ends its path (released code)."})

    simulations: int = field(default=50, metadata={"help":
        "Selection-expansion-backup rounds per question, the search budget (released code)."})

    alpha: float = field(default=0.7, metadata={"help":
        "Weight of node similarity in ``α·sim_node + (1−α)·sim_struct`` (released code; the paper's is "
        "unknown)."})

    similarity: str = field(default="paper", metadata={"help":
        "Reward similarity method of ``learnat_core.sql_ast.similarity``: ``paper`` scores the accumulated AST of"
        " the prefix (the paper's definition), ``released`` the current sub-SQL (the authors' code), ``string`` "
        "the S-sim ablation."})

    pruning: bool = field(default=True, metadata={"help":
        "AST-guided pruning (the paper): redundant and invalid children are kept as evidence but never expanded. "
        "False gives naive MCTS, where every parseable child is expandable."})

    reward: str = field(default="ast", metadata={"help":
        "``ast``: a progressive node's reward is the AST similarity of its accumulated AST to gold (the paper). "
        "``outcome``: 1 at a success, else 0 (naive MCTS with an oracle reward, the kit's variant). ``self``: the"
        " proposer's judgement of its own step (naive MCTS as the paper describes it): an LLM proposer scores "
        "each step with a short prompt (its tokens are counted), a rule proposer gets the simulated judge of "
        "``self_judge_accuracy``."})

    self_judge_accuracy: float = field(default=0.4635, metadata={"help":
        "Under ``reward=\"self\"`` with a proposer that has no model: the probability that the simulated "
        "self-judge's verdict on a step (good = progressive or a success) is right. 0.4635 is the paper's "
        "measured GPT-4 self-evaluation accuracy on BIRD."})

    nonprogressive_reward: str = field(default="zero", metadata={"help":
        "Reward of a redundant or invalid step under ``reward=\"ast\"``. ``zero``: the paper computes a reward "
        "only for progressive nodes. ``parent``: the released code lets a pruned child inherit its parent's "
        "value."})

    stop_at_success: bool = field(default=False, metadata={"help":
        "End the search at the first success. Off by default: the rest of the budget collects more siblings, i.e."
        " more contrastive pairs (the paper trains on pairs as well as on successes)."})

    gold_in_prompt: bool = field(default=True, metadata={"help":
        "Whether a prompting proposer shows the gold SQL (the released synthesis prompt does). The search never "
        "reads it: pass it on when building the proposer, ``LLMProposer(backend, "
        "show_gold=config.gold_in_prompt)``; the run summary records it."})

    success_rule: str = field(default="ast_or_covered", metadata={"help":
        "When a step solves the question (it ends its path with the top reward and its path becomes SFT data); a "
        "step that does not execute never does. ``ast``: it is the gold query up to the AST normalisations (the "
        "same node and edge sets). ``ast_or_covered``: that, or, for rewrites the normalisations do not identify,"
        " the accumulated AST of prefix + step covers all of gold, the step returns gold's rows and it uses "
        "exactly gold's tables, columns and literals. Under both a noise-perturbed step never succeeds. ``rows``:"
        " the old rule, any step returning gold's rows, perturbed or not (kept only to measure how many "
        "trajectories it accepted wrongly: a missing condition, ``LIMIT 0`` against an empty gold result)."})

    semantics: str = field(default="spider", metadata={"help":
        "Comparison rule of the success check's rows (``learnat_core.evaluation`` registry). The paper does not "
        "describe a terminal check; ``spider`` is the standard EX for the bundled Spider data."})

    timeout: float = field(default=30.0, metadata={"help":
        "Seconds one query may run in the execution check (BIRD's official timeout, the evaluator's default)."})

    pair_policy: str = field(default="sibling", metadata={"help":
        "How contrastive pairs are read from a tree (the paper does not say). ``sibling``: among the children of "
        "one expanded node (same prefix), chosen = a child on a successful path (never an unexecutable one), else"
        " the highest-reward progressive child; rejected = each other sibling that has a step (invalid, "
        "redundant, unexecutable, unparseable or a lower-reward progressive one)."})

    min_margin: float = field(default=0.0, metadata={"help":
        "Pairs with ``chosen_reward − rejected_reward ≤ min_margin`` are dropped and counted: MDPO needs a "
        "strictly positive margin (the released trainer takes its log)."})

    seed: int = field(default=0, metadata={"help":
        "Seed of the proposers' sampling; expansion ``i`` of a question uses ``seed + i``. The released code uses"
        " 2024 (the ``full`` profile sets it)."})

    schema_style: str = field(default="learnat", metadata={"help":
        "Schema text style of ``learnat_core.data.schema_text`` in the search state and the SFT/pair prompts; "
        "``learnat`` is the released code's layout."})

    sample_values: int = field(default=0, metadata={"help":
        "Example values per column in the schema text. The released code shows 10; 0 keeps prompts short for "
        "small CPU models."})

    gold_schema: bool = field(default=False, metadata={"help":
        "Show only the tables and columns the gold SQL uses, as the released synthesis and inference code do (an "
        "oracle setting). Off by default, so training prompts match an inference prompt without gold."})

    instructions: bool = field(default=True, metadata={"help":
        "Show the released code's database admin instructions in the SFT/pair prompts (the prompts a trained "
        "model is taught with, and asked with at inference). False shortens every prompt by ~330 tokens, which "
        "the ``cpu`` profile uses: a 135M model does not follow them, and prompt length dominates its CPU time."})

    prompt_style: str = field(default="kit", metadata={"help":
        "Prompt templates of the synthesis step and of the SFT/pair prompts "
        "(``learnat_core.prompting.PROMPT_STYLES``): ``released``, the content of the released synthesis and "
        "inference prompts (their nine admin instructions and closing encouragement, in the kit's words; the "
        "``full`` profile), or ``kit``, the kit's shortened ones (the default: the smoke and cpu profiles). A "
        "trained model is asked at inference in the style it was taught in."})

    def __post_init__(self) -> None:
        _require(isinstance(self.k, int) and self.k >= 1, f"k must be an integer ≥ 1, got {self.k!r}")
        _require(math.isfinite(self.c) and self.c >= 0, f"c must be finite and ≥ 0, got {self.c!r}")
        _require(isinstance(self.max_depth, int) and self.max_depth >= 1,
                 f"max_depth must be an integer ≥ 1, got {self.max_depth!r}")
        _require(isinstance(self.simulations, int) and self.simulations >= 1,
                 f"simulations must be an integer ≥ 1, got {self.simulations!r}")
        _require(0.0 <= self.alpha <= 1.0, f"alpha must lie in [0, 1], got {self.alpha!r}")
        _choice("similarity", self.similarity, tuple(SIMILARITY_METHODS))
        _choice("reward", self.reward, REWARDS)
        _choice("success_rule", self.success_rule, SUCCESS_RULES)
        _require(0.0 <= self.self_judge_accuracy <= 1.0,
                 f"self_judge_accuracy must lie in [0, 1], got {self.self_judge_accuracy!r}")
        _choice("nonprogressive_reward", self.nonprogressive_reward, NONPROGRESSIVE_REWARDS)
        _choice("semantics", self.semantics, SEMANTICS_NAMES)
        _choice("pair_policy", self.pair_policy, PAIR_POLICIES)
        _choice("schema_style", self.schema_style, tuple(SCHEMA_STYLES))
        _choice("prompt_style", self.prompt_style, tuple(PROMPT_STYLES))
        _require(self.timeout > 0, f"timeout must be positive, got {self.timeout!r}")
        _require(math.isfinite(self.min_margin) and self.min_margin >= 0,
                 f"min_margin must be finite and ≥ 0 (MDPO needs a positive margin), got {self.min_margin!r}")
        _require(isinstance(self.seed, int), f"seed must be an integer, got {self.seed!r}")
        _require(isinstance(self.instructions, bool), f"instructions must be true or false, got {self.instructions!r}")
        _require(isinstance(self.sample_values, int) and self.sample_values >= 0,
                 f"sample_values must be an integer ≥ 0, got {self.sample_values!r}")

    def to_dict(self) -> dict:
        """The settings as a JSON-ready dict (recorded in every run summary)."""
        return asdict(self)

    def prompt_settings(self, mode: str = "decomposition") -> PromptSettings:
        """The prompt contract of the training records written with these settings, answering in ``mode``
        (``decomposition`` for the trajectories and pairs, ``direct`` for Direct-SQL data); no demonstrations."""
        return PromptSettings(mode, self.prompt_style, self.schema_style, self.sample_values, self.instructions,
                              self.gold_schema)

    @classmethod
    def from_dict(cls, data: Mapping) -> SynthesisConfig:
        """Settings from a dict (a profile, a saved summary); unknown keys raise ConfigError naming them."""
        known = {field.name for field in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"unknown synthesis setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        return cls(**data)


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ConfigError(message)


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    _require(value in allowed, f"{name} must be one of {', '.join(allowed)}; got {value!r}")
