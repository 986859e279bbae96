"""Settings of one inference run (``run_inference``), TRL style: one documented field per knob.

Defaults follow the authors' released inference (``LLM_inference.py``, paper §6) where it states one, and
say so; where the paper is silent the default is the kit's choice and the field's help says why. Every
field is validated in ``__post_init__`` with a ConfigError that names the field and the allowed values.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from learnat_core.data.schema import SCHEMA_STYLES
from learnat_core.demonstrations import STRATEGIES
from learnat_core.errors import ConfigError, DataError
from learnat_core.evaluation import SEMANTICS_NAMES
from learnat_core.prompting import PROMPT_STYLES
from learnat_core.prompting.contract import PROMPT_FILE, read_prompt_settings

MODES = ("direct", "decomposition", "decomposition_adr", "given_decomposition")
DEMO_SCHEMAS = ("linked", "full", "none")


@dataclass(frozen=True)
class InferenceConfig:
    """How questions become prompts, how answers are generated, checked and chosen.

    > Parameters that control the prompt: ``mode``, ``prompt_style``, ``schema_style``, ``sample_values``,
    ``instructions``, ``gold_schema``, ``demo_strategy``, ``demo_k``, ``demo_pool``, ``demo_schemas``, ``drafts``.

    > Parameters that control generation and selection: ``retries``, ``samples``, ``temperature``,
    ``top_p``, ``max_new_tokens``, ``batch_size``, ``questions_per_call``, ``seed``, ``timeout``.

    > Parameters that control scoring: ``semantics``.
    """

    # Prompt
    mode: str = field(
        default="decomposition",
        metadata={
            "help": "direct: one SQL query (the plain-backbone baseline, template direct_sql); decomposition: "
            "'Sub question k' / 'SubSQLk' steps with the fixed demonstrations (the released inference); "
            "given_decomposition: the decomposition prompt plus the sub-questions of the rule-based gold-AST "
            "decomposition (the preliminary experiment's oracle condition; it reads the gold SQL); "
            "decomposition_adr: the same with demonstrations selected per question (Adaptive Demonstration "
            "Reasoning, arXiv v1).",
            "choices": MODES,
        },
    )
    prompt_style: str = field(
        default="kit",
        metadata={
            "help": "prompt templates: released (the content of the released inference prompt: its task text, "
            "nine admin instructions and closing encouragement, in the kit's words; the full profile) or kit "
            "(the kit's shortened prompts: other admin instructions, no encouragement, a note that a simple "
            "question takes one step; the default, as SynthesisConfig.prompt_style's, because a trained model is "
            "asked in the style its training prompts were written in).",
            "choices": tuple(PROMPT_STYLES),
        },
    )
    schema_style: str = field(
        default="ddl",
        metadata={"help": "schema text style (learnat_core.data.schema_text).", "choices": tuple(SCHEMA_STYLES)},
    )
    sample_values: int = field(
        default=3,
        metadata={
            "help": "example values shown per column, read from the database (the released code showed 10 "
            "with BIRD's descriptions; 3 keeps prompts within a small model's context). 0: none."
        },
    )
    instructions: bool = field(
        default=True,
        metadata={
            "help": "show the prompt style's nine database admin instructions in the system message. False "
            "shortens each prompt by ~330 tokens (the cpu profile: a 135M model does not follow them); a trained "
            "model is asked the way its training prompts were written (SynthesisConfig.instructions)."
        },
    )
    gold_schema: bool = field(
        default=False,
        metadata={
            "help": "oracle filter: show only the tables and columns the gold SQL uses, as the released code did "
            "(dev_gold_schema.json). Off by default because it reads the gold SQL at inference, so its numbers "
            "are not comparable with full-schema systems; turn it on to match the released setting."
        },
    )
    demo_strategy: str = field(
        default="embedding",
        metadata={
            "help": "decomposition_adr only: how demonstrations are chosen (learnat_core.demonstrations). "
            "Strategies that need the query's SQL ('ast') need `drafts`, since the gold SQL is never used "
            "to choose demonstrations at inference.",
            "choices": tuple(STRATEGIES),
        },
    )
    demo_k: int = field(
        default=3,
        metadata={
            "help": "demonstrations shown with each question: selected ones in decomposition_adr (3, the ICLR "
            "version's top-3), the first demo_k of the two fixed ones otherwise (the released code showed "
            "both; direct mode shows them as question and final SQL so the baseline sees the same examples). "
            "0: zero-shot."
        },
    )
    demo_pool: str | None = field(
        default=None,
        metadata={
            "help": "decomposition_adr only: a Decomposition JSONL to select demonstrations from; None: the two "
            "fixed demonstrations form the pool."
        },
    )
    demo_schemas: str = field(
        default="linked",
        metadata={
            "help": "schema shown with each demonstration: linked (only the tables and columns its SQL uses, as "
            "the released demonstrations; the kit's default as it keeps prompts short), full, or none. "
            "Demonstrations on a database the split's tables file lacks are shown without a schema.",
            "choices": DEMO_SCHEMAS,
        },
    )
    drafts: str | None = field(
        default=None,
        metadata={
            "help": "an earlier prediction JSONL of this pipeline (e.g. a direct run) whose final SQL is the draft "
            "SQL for demonstration strategies that use one ('ast' needs it, 'dail' ranks draft skeletons "
            "first, as DAIL-SQL's two-pass selection). A question without a usable draft falls back to "
            "'embedding', recorded in its line."
        },
    )
    # Generation and selection
    retries: int = field(
        default=4,
        metadata={
            "help": "execution-guided regenerations after the first answer: while the final SQL does not execute "
            "(error, timeout or no SQL), sample again, up to this many times, so at most retries + 1 "
            "generations per question (the released code's 'up to 5 generations' is retries=4; 0: off, nothing "
            "is executed). Used with samples=1; with samples>1 the vote takes its place."
        },
    )
    samples: int = field(
        default=1,
        metadata={
            "help": "self-consistency m: sample m answers, execute each final SQL and keep the largest group of "
            "equal results (ties: the earliest sample). 1: one greedy answer (the paper's single call)."
        },
    )
    temperature: float = field(
        default=0.7,
        metadata={
            "help": "sampling temperature for retries and samples>1 (0.7: Qwen2.5-Coder-Instruct's generation "
            "config, which the released code sampled with)."
        },
    )
    top_p: float = field(
        default=0.8,
        metadata={"help": "nucleus sampling for retries and samples>1 (0.8: Qwen2.5-Coder-Instruct's config)."},
    )
    max_new_tokens: int = field(
        default=512,
        metadata={
            "help": "generation budget per answer (512 suits cpu-scale models; the released code used 2048)."
        },
    )
    batch_size: int = field(
        default=8, metadata={"help": "rows a local backend decodes together (prompts per padded batch)."}
    )
    questions_per_call: int = field(
        default=128,
        metadata={
            "help": "questions handed to the backend in one call per attempt, written to the prediction file "
            "when it returns (the resume unit): greedy hf calls refill a row as soon as its answer ends, so a "
            "call several times batch_size keeps the rows full. Not a decoding setting: greedy answers do not "
            "depend on it (sampled retries do)."
        },
    )
    seed: int = field(
        default=2024,
        metadata={"help": "sampling seed (2024 as released); retry k samples with seed + k."},
    )
    timeout: float = field(
        default=30.0,
        metadata={
            "help": "seconds allowed per SQL execution when checking answers (the sandbox default, as BIRD's "
            "evaluation; the released code waited 360 s)."
        },
    )
    # Scoring
    semantics: str | None = field(
        default=None,
        metadata={
            "help": "EX comparison rule for the score printed after a run; None: the dataset's official one "
            "(spider for Spider, bird for BIRD).",
            "choices": SEMANTICS_NAMES,
        },
    )

    def __post_init__(self) -> None:
        for name in ("mode", "prompt_style", "schema_style", "demo_strategy", "demo_schemas", "semantics"):
            allowed = _FIELDS[name].metadata["choices"]
            value = getattr(self, name)
            if not (value is None and name == "semantics") and value not in allowed:
                raise ConfigError(f"{name} must be one of {', '.join(allowed)}; got {value!r}")
        for name, least in (("sample_values", 0), ("demo_k", 0), ("retries", 0), ("samples", 1),
                            ("max_new_tokens", 1), ("batch_size", 1),
                            ("questions_per_call", 1)):
            if getattr(self, name) < least:
                raise ConfigError(f"{name} must be at least {least}; got {getattr(self, name)}")
        for name in ("temperature", "timeout"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"{name} must be greater than 0; got {getattr(self, name)}")
        if not isinstance(self.instructions, bool):
            raise ConfigError(f"instructions must be true or false; got {self.instructions!r}")
        if not 0 < self.top_p <= 1:
            raise ConfigError(f"top_p must be in (0, 1]; got {self.top_p}")
        if self.sample_values > 0 and not SCHEMA_STYLES[self.schema_style].annotated:
            raise ConfigError(f"sample_values must be 0 with schema_style {self.schema_style!r}, which shows no values")
        if self.mode == "decomposition_adr" and STRATEGIES[self.demo_strategy].needs_sql and self.drafts is None:
            raise ConfigError(
                f"demo_strategy {self.demo_strategy!r} ranks by the query's SQL, and the gold SQL is not used at "
                "inference: give drafts (an earlier prediction JSONL, e.g. a direct run) or choose one of "
                f"{', '.join(name for name, s in STRATEGIES.items() if not s.needs_sql)}"
            )

    def check_files(self) -> None:
        """Raise DataError for a ``demo_pool`` or ``drafts`` file that is not there (before a model is loaded)."""
        for name in ("demo_pool", "drafts"):
            path = getattr(self, name)
            if path is not None and not Path(path).is_file():
                raise DataError(f"{name} {path}: no such file")

    @property
    def needs_database(self) -> bool:
        """Whether questions need their SQLite file: for sample values or for executing answers."""
        return self.sample_values > 0 or self.executes

    @property
    def executes(self) -> bool:
        """Whether answers are executed (execution-guided retries or the self-consistency vote)."""
        return self.retries > 0 or self.samples > 1

    def to_dict(self) -> dict[str, Any]:
        """The settings as a plain dict, for logs and run manifests."""
        return asdict(self)


_FIELDS = InferenceConfig.__dataclass_fields__


def as_trained(config: InferenceConfig, model: str | os.PathLike | None,
               given: Collection[str] = ()) -> tuple[InferenceConfig, str | None]:
    """``config`` asking ``model`` the way it was trained: a model folder's prompt settings
    (``prompting.contract``: answer mode, prompt and schema style, sample values, instructions, gold schema, as
    many demonstrations as its training prompts showed) replace every prompt field not in ``given`` (those set
    explicitly, which win); and one line saying what was taken and which given settings differ from training
    (None for a model that is not a folder)."""
    if model is None or not Path(model).is_dir():
        return config, None
    settings = read_prompt_settings(model)
    if settings is None:
        return config, (f"{model} records no prompt settings ({PROMPT_FILE}): asked with the settings given, which "
                        "may not be the ones it was trained with")
    trained = settings.to_dict()  # InferenceConfig's field names, but for the count of demonstrations
    trained["demo_k"] = trained.pop("demonstrations")
    taken = {name: value for name, value in trained.items() if name not in given}
    differ = [f"{name}={getattr(config, name)!r} (trained: {value!r})" for name, value in trained.items()
              if name in given and getattr(config, name) != value]
    note = f"prompt settings of {Path(model) / PROMPT_FILE}: " + ", ".join(f"{k}={v!r}" for k, v in taken.items())
    if differ:
        note += "; given otherwise: " + ", ".join(differ)
    return replace(config, **taken), note
