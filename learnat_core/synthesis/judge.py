"""The gold map of one question: its AST and its execution result, and the verdict on each proposed step.

A proposed step is parsed, run on the database, classified against the gold AST and the accumulated AST
of its prefix (``progressive`` / ``redundant`` / ``invalid``, paper §2.1; ``unexecutable`` when its SQL
parses but does not run, with the error kept; ``unparseable`` when its SQL does not parse; ``failed`` when
the proposer's reply held no step) and given a reward (0 for the last three).

A step is a **success** (it ends its path with the top reward, 1, and its path becomes SFT data) by
``SynthesisConfig.success_rule``: ``ast``, it is the gold query up to the AST normalisations (the same node
and edge sets, up to the order of query scopes); ``ast_or_covered`` (default), that, or, for a rewrite the
normalisations do not identify, the accumulated AST of prefix + step covers all of gold, the step returns
gold's rows under the configured semantics, and it uses exactly gold's tables, columns and literals; ``rows``, the old rule, any step that
returns gold's rows (which accepted a missing WHERE condition or ``LIMIT 0`` against an empty gold result).
Under the first two a step a noisy proposer perturbed on purpose never succeeds.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from sqlglot import exp

from learnat_core.data import database_columns
from learnat_core.decomposition import Step
from learnat_core.errors import DataError, SqlParseError
from learnat_core.evaluation import ExecResult, execute, get_semantics
from learnat_core.sql_ast import SqlTree, StepClass, accumulate, classify, is_subtree, parse, same_graph, similarity
from learnat_core.synthesis.config import SynthesisConfig
from learnat_core.synthesis.state import Proposal

PROGRESSIVE = StepClass.PROGRESSIVE.value
REDUNDANT = StepClass.REDUNDANT.value
INVALID = StepClass.INVALID.value
UNEXECUTABLE = "unexecutable"
UNPARSEABLE = "unparseable"
FAILED = "failed"
NODE_CLASSES = (PROGRESSIVE, REDUNDANT, INVALID, UNEXECUTABLE, UNPARSEABLE, FAILED)
"""Every class a proposed step can get, in report order."""

SUCCESS_REWARD = 1.0


class QuestionError(DataError):
    """A question the search cannot use, with the ``kind`` of reason: its gold SQL does not parse
    (``gold_parse``) or run (``gold_exec``, a missing database included), or its schema is unusable
    (``schema``). The runner records the question with this reason and skips it."""

    def __init__(self, kind: str, message: str):
        super().__init__(f"{kind}: {message}")
        self.kind = kind


@dataclass(frozen=True)
class Judgement:
    """The verdict on one proposal: class, reward, whether it solves the question, and why not when it fails."""

    step_class: str
    reward: float
    success: bool = False
    tree: SqlTree | None = None
    exec_status: str | None = None  # ok / error / timeout; None when the step was not run
    failure: str | None = None  # the proposal's failure kind, or "parse: <reason>"
    detail: str = ""  # the parse or execution error message

    @property
    def good(self) -> bool:
        """Whether the step is right by the gold map (a success or a progressive step): what a self-judge guesses."""
        return self.success or self.step_class == PROGRESSIVE


class GoldJudge:
    """Judges proposed steps of one question against its gold AST and gold result (computed once)."""

    def __init__(self, gold_sql: str, db_path: str | os.PathLike, config: SynthesisConfig):
        self.config = config
        self.db_path = db_path
        self._rule = get_semantics(config.semantics)
        self._results: dict[str, ExecResult] = {}
        self._schema = database_columns(db_path)
        try:
            self.gold = self._parse(gold_sql)
        except SqlParseError as error:
            raise QuestionError("gold_parse", str(error)) from None
        self._gold_names = _names(self.gold)
        self._gold_sql = gold_sql
        self._gold_result = self._run(gold_sql)
        if not self._gold_result.ok:
            raise QuestionError("gold_exec", f"{self._gold_result.status}: {self._gold_result.error}")

    def judge(self, prefix: Sequence[SqlTree], parent_reward: float, proposal: Proposal) -> Judgement:
        """The verdict on ``proposal`` as the next step after ``prefix`` (the trees of the steps so far)."""
        if proposal.step is None:
            return Judgement(FAILED, 0.0, failure=proposal.failure or "no_step")
        try:
            tree = self._parse(proposal.step.sub_sql)
        except SqlParseError as error:
            return Judgement(UNPARSEABLE, 0.0, failure=f"parse: {str(error).split(':')[0]}", detail=str(error))
        result = self._run(proposal.step.sub_sql)
        if not result.ok:
            return Judgement(UNEXECUTABLE, 0.0, tree=tree, exec_status=result.status, detail=result.error)
        step_class = classify(tree, prefix, self.gold).value
        success = self._solves(tree, prefix, result, proposal.perturbed)
        return Judgement(
            step_class,
            SUCCESS_REWARD if success else self._reward(step_class, tree, prefix, parent_reward),
            success=success,
            tree=tree,
            exec_status=result.status,
        )

    def accepts(self, steps: Sequence[Step], *, perturbed: bool = False) -> bool:
        """Whether a trajectory ends in a success under this judge's rule (its last step judged after the
        others; ``perturbed``: that step was corrupted on purpose)."""
        prefix = [self._parse(step.sub_sql) for step in steps[:-1]]
        return self.judge(prefix, 0.0, Proposal(steps[-1], perturbed=perturbed)).success

    def _parse(self, sql: str) -> SqlTree:
        """The normalised tree of a gold or step query, its columns attributed with the database's schema:
        the one place the judge parses SQL."""
        return parse(sql, schema=self._schema)

    def _solves(self, tree: SqlTree, prefix: Sequence[SqlTree], result: ExecResult, perturbed: bool) -> bool:
        """Whether an executed step is a success under ``config.success_rule`` (see the module docstring)."""
        rule = self.config.success_rule
        if rule == "rows":
            return self._matches(result)
        if perturbed:
            return False
        if same_graph(tree, self.gold):
            return True
        return (rule == "ast_or_covered" and is_subtree(self.gold, accumulate([*prefix, tree], self.gold))
                and _names(tree) == self._gold_names and self._matches(result))

    def _reward(self, step_class: str, tree: SqlTree, prefix: Sequence[SqlTree], parent_reward: float) -> float:
        config = self.config
        if config.reward != "ast":  # outcome: only a success earns; self: the search asks the self-judge
            return 0.0
        if step_class == PROGRESSIVE:
            return similarity(accumulate([*prefix, tree], self.gold), self.gold, config.alpha, config.similarity)
        return parent_reward if config.nonprogressive_reward == "parent" else 0.0

    def _matches(self, result: ExecResult) -> bool:
        if not result.ok:
            return False
        return result is self._gold_result or self._rule.equal(self._gold_result.rows, result.rows, self._gold_sql)

    def _run(self, sql: str) -> ExecResult:
        """Run ``sql`` as the semantics prepares it (with its re-run hook), each distinct text once."""
        prepared = self._rule.prepare(sql)
        if prepared not in self._results:
            result = self._execute(prepared)
            retry = self._rule.rerun_sql(prepared, result.rows) if result.ok else None
            self._results[prepared] = result if retry is None else self._execute(retry)
        return self._results[prepared]

    def _execute(self, sql: str) -> ExecResult:
        return execute(self.db_path, sql, timeout=self.config.timeout, limit=self._rule.fetch_limit)


def _names(tree: SqlTree) -> frozenset[tuple[str, str]]:
    """The tables, columns and literals a normalised query uses (aliases resolved, identifiers folded)."""
    expression = tree.expression
    return frozenset(
        [("table", table.name) for table in expression.find_all(exp.Table)]
        + [("column", column.sql()) for column in expression.find_all(exp.Column)]
        + [("literal", literal.sql()) for literal in expression.find_all(exp.Literal)]
    )
