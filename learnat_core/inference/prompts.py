"""Inference prompts: a question, its schema text and demonstrations rendered with the prompting templates.

Every template is rendered in ``InferenceConfig.prompt_style``. ``direct`` renders ``direct_sql``;
``decomposition`` and ``decomposition_adr`` render ``decomposition``; ``given_decomposition`` renders the
template of that name with the sub-questions of the rule-based gold-AST decomposition (an oracle condition:
it reads the gold SQL, like ``gold_schema``). The non-ADR modes show the first ``demo_k`` fixed demonstrations (the released inference prompt); ADR selects
``demo_k`` per question from the pool with ``select_demonstrations``, whose leakage guard never returns the
question itself. The gold SQL is never used to choose demonstrations: a strategy that ranks by SQL gets the
question's draft SQL (``InferenceConfig.drafts``) and falls back to ``embedding`` for a question without a
usable one. The gold SQL is read only by the optional oracle schema filter (``gold_schema``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from learnat_core.data import DataSplit, Example, Schema, gold_schema_items, load_schemas, schema_text
from learnat_core.decomposition import Decomposition
from learnat_core.decomposition.gold_decomposer import gold_decomposition
from learnat_core.demonstrations import DemonstrationPool, DemoQuery, schema_names, select_demonstrations
from learnat_core.errors import ConfigError, DataError, LearnatError, SqlParseError
from learnat_core.evaluation.predictions import (DATABASE_ERROR, GOLD_UNPARSEABLE, MISSING_DATABASE, MISSING_SCHEMA,
                                                 read_records)
from learnat_core.inference.config import InferenceConfig
from learnat_core.prompting import fixed_demonstrations, render_prompt

FALLBACK_STRATEGY = "embedding"  # needs only the question


class PromptError(LearnatError):
    """A question that cannot be prompted; ``status`` is the per-item status it gets."""

    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class BuiltPrompt:
    """The chat messages for one question, their hash, and what went into them."""

    messages: tuple[dict[str, str], ...]
    prompt_hash: str
    schema: str  # "gold" when the oracle filter was applied, else "full"
    demos: tuple[str, ...]  # the demonstrations' question ids
    demo_strategy: str  # the ADR strategy actually used; "" in the other modes


class PromptBuilder:
    """Builds the prompt of each question of one split under one config (schema texts and the demonstrations'
    linked schema items cached per database)."""

    def __init__(self, config: InferenceConfig, split: DataSplit):
        self.config = config
        self.split = split
        self.schemas = load_schemas(split)
        adr = config.mode == "decomposition_adr"
        if adr and config.demo_pool:
            self.pool = DemonstrationPool.from_jsonl(config.demo_pool)
        else:
            self.pool = DemonstrationPool(tuple(fixed_demonstrations()))
        drafts = read_records(Path(config.drafts)) if adr and config.drafts else []
        self.drafts = {record.id: record.usable_sql for record in drafts}
        self._texts: dict[tuple, str] = {}
        self._links: dict[tuple, dict[str, set[str]] | None] = {}

    def build(self, example: Example) -> BuiltPrompt:
        """The prompt of ``example``; PromptError (missing_schema, missing_database, database_error) when there
        can be none."""
        schema = self.schemas.get(example.db_id)
        if schema is None:
            raise PromptError(MISSING_SCHEMA, f"{self.split.tables_file} has no schema for {example.db_id}")
        db_path = self.split.db_path(example.db_id)
        if self.config.needs_database and not db_path.is_file():
            raise PromptError(MISSING_DATABASE, f"database {db_path} is missing")
        text, kind = self._target_schema(example, schema)
        demos, strategy = self._demonstrations(example, schema)
        messages = render_prompt(
            **self._template(example, schema), schema=text, question=example.question, evidence=example.evidence,
            demonstrations=demos, demo_schemas=self._demo_schemas(demos), instructions=self.config.instructions,
            prompt_style=self.config.prompt_style,
        )
        canonical = json.dumps(messages, ensure_ascii=False, sort_keys=True)
        return BuiltPrompt(
            messages=tuple(messages),
            prompt_hash=hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16],
            schema=kind,
            demos=tuple(demo.question_id for demo in demos),
            demo_strategy=strategy,
        )

    def _template(self, example: Example, schema: Schema) -> dict[str, object]:
        """The template name and the fields only it takes (the given sub-questions, in the schema's words)."""
        if self.config.mode == "direct":
            return {"name": "direct_sql"}
        if self.config.mode != "given_decomposition":
            return {"name": "decomposition"}
        try:
            steps = gold_decomposition(example, schema=schema).steps
        except SqlParseError as error:
            raise PromptError(GOLD_UNPARSEABLE, f"gold SQL cannot be decomposed: {error}") from None
        return {"name": "given_decomposition", "sub_questions": [step.sub_question for step in steps]}

    def _target_schema(self, example: Example, schema: Schema) -> tuple[str, str]:
        """The question's schema text: the gold tables and columns only with ``gold_schema`` (the full schema
        when the gold SQL cannot be linked), else the whole schema."""
        keep = None
        if self.config.gold_schema:
            try:
                keep = gold_schema_items(example.gold_sql, schema)
            except SqlParseError:
                keep = None
        samples = self.config.sample_values
        try:
            text = self._text(schema, keep, samples, self.split.db_path(example.db_id) if samples else None)
        except DataError as error:  # the database cannot be read for sample values
            raise PromptError(DATABASE_ERROR, str(error)) from None
        return text, "full" if keep is None else "gold"

    def _demonstrations(self, example: Example, schema: Schema) -> tuple[list[Decomposition], str]:
        config = self.config
        if config.mode != "decomposition_adr":
            return fixed_demonstrations()[: config.demo_k], ""
        query = DemoQuery(example.question, example.db_id, self.drafts.get(example.id), schema_names(schema))
        try:
            chosen = select_demonstrations(self.pool, query, config.demo_k, config.demo_strategy, seed=config.seed)
            return chosen, config.demo_strategy
        except (ConfigError, SqlParseError):  # no usable draft SQL for a strategy that ranks by SQL
            chosen = select_demonstrations(self.pool, query, config.demo_k, FALLBACK_STRATEGY, seed=config.seed)
            return chosen, f"{FALLBACK_STRATEGY} (no usable draft SQL for {config.demo_strategy})"

    def _demo_schemas(self, demos: Sequence[Decomposition]) -> dict[str, str]:
        """Schema text per demonstration database (``demo_schemas``: linked = the union of the tables and
        columns the demonstrations on it use, without sample values)."""
        by_db: dict[str, list[Decomposition]] = {}
        for demo in demos:
            if demo.db_id in self.schemas and self.config.demo_schemas != "none":
                by_db.setdefault(demo.db_id, []).append(demo)
        return {db_id: self._text(self.schemas[db_id], self._linked(self.schemas[db_id], group), 0, None)
                for db_id, group in by_db.items()}

    def _linked(self, schema: Schema, demos: Sequence[Decomposition]) -> dict[str, set[str]] | None:
        """The tables and columns the demonstrations use, linked once per database and set of queries."""
        if self.config.demo_schemas != "linked":
            return None
        key = (schema.db_id, tuple(demo.final_sql for demo in demos))
        if key not in self._links:
            self._links[key] = _link(schema, demos)
        return self._links[key]

    def _text(self, schema: Schema, keep: dict[str, set[str]] | None, samples: int, db_path: Path | None) -> str:
        key = (schema.db_id, None if keep is None else tuple(sorted((t, tuple(sorted(c))) for t, c in keep.items())),
               samples)
        if key not in self._texts:
            self._texts[key] = schema_text(
                schema, style=self.config.schema_style, db_path=db_path, sample_values=samples, restrict_to=keep
            )
        return self._texts[key]


def _link(schema: Schema, demos: Iterable[Decomposition]) -> dict[str, set[str]] | None:
    """The union of the tables and columns the demonstrations' final SQL uses; None if one does not parse."""
    keep: dict[str, set[str]] = {}
    try:
        for demo in demos:
            for table, columns in gold_schema_items(demo.final_sql, schema).items():
                keep.setdefault(table, set()).update(columns)
    except SqlParseError:
        return None
    return keep
