"""Training data: the two files the synthesis stage writes, read and checked before any training starts;
the data of two ablations (direct-SQL SFT, outcome-reward DPO); and the length filter.

``sft.jsonl``, one successful trajectory per line (loss on the assistant turn only)::

    {"question_id": "17", "db_id": "wine_1", "proposer": "llm:glm-4-plus",
     "messages": [{"role": "system", "content": ...}, {"role": "user", "content": ...},
                  {"role": "assistant", "content": "Sub question 1: ...\\nSubSQL1:\\n```sql\\n...\\n```"}]}

``messages`` is an optional system message, one user message and the assistant answer, in that order.

``pairs.jsonl``, one step-level preference pair per line::

    {"question_id": "17", "db_id": "wine_1", "proposer": "llm:glm-4-plus", "step_index": 1,
     "prompt_messages": [system, user], "prefix": "Sub question 1: ...\\n```\\n",
     "chosen": "Sub question 2: ...", "rejected": "Sub question 2: ...",
     "chosen_reward": 0.81, "rejected_reward": 0.35, "margin": 0.46, "rejected_class": "invalid",
     "chosen_final": false, "rejected_final": false}

``prefix`` is the assistant text before this step ("" for the first step; otherwise it ends with a
newline, as ``format_solution`` joins steps); ``margin`` must equal ``chosen_reward - rejected_reward``
(the paper's Δr). Optional ``chosen_final`` / ``rejected_final`` (default false) say that the text ends
the solution: only then is the end-of-turn token appended to it, so a pair about a middle step never
teaches the model to stop there (the synthesis stage sets ``chosen_final`` on the step whose SQL
completes the decomposition).

Both formats take an optional ``meta`` object (kept, not used); any other key is an error, so a typo
cannot silently drop a field. Every problem is a DataError naming the file and line.

TRL's conversational formats are read too (the format is detected per file, from its first line) and
written by ``to_trl``, so ``datasets.load_dataset("json", ...)`` and TRL's trainers take the files as they are:

* SFT, ``{"messages": [...]}``: ``sft.jsonl`` already is this format (its other keys are extra columns). A
  file is the kit's when its first line has ``question_id``, ``db_id`` or ``proposer``; otherwise only
  ``messages`` is read (the kit's keys are empty) and other columns are ignored.
* Preference, ``{"prompt": [system, user], "chosen": [{"role": "assistant", "content": prefix + chosen}],
  "rejected": [... prefix + rejected], "margin": Δr}``, detected by ``prompt``. TRL renders the prompt with the
  assistant turn opened, so the steps already taken (``prefix``) start both answers; DPO's loss is unchanged
  by a shared start, as its log-probabilities cancel. ``to_trl`` adds the kit's other pair keys (``prefix``
  among them) as extra columns, read back when present. Files made elsewhere get ``margin`` 1.0 without
  one, rewards ``margin`` and 0 without them, ``prefix`` "", empty ids, and both answers final, as TRL ends
  every conversational answer with the end-of-turn token (the kit's trainer appends it to final steps only).
"""

from __future__ import annotations

import json
import math
import os
import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from learnat_core.data import Example
from learnat_core.errors import ConfigError, DataError
from learnat_core.files import write_text_atomic
from learnat_core.jsonl import read_objects
from learnat_core.prompting import render_prompt

T = TypeVar("T")

DIRECT_SQL_PROPOSER = "gold-sql"
OUTCOME_REJECTED_CLASS = "incorrect"
_MARGIN_TOLERANCE = 1e-6


@dataclass(frozen=True)
class SFTRecord:
    """One SFT example: chat messages whose last one, the assistant answer, is the training target."""

    question_id: str
    db_id: str
    proposer: str
    messages: tuple[Mapping[str, str], ...]
    meta: dict = field(default_factory=dict, hash=False)

    def to_dict(self) -> dict:
        """The record as one ``sft.jsonl`` line."""
        return {"question_id": self.question_id, "db_id": self.db_id, "proposer": self.proposer,
                "messages": [dict(message) for message in self.messages], "meta": self.meta}

    def to_trl(self) -> dict:
        """The record as a line of TRL's conversational language-modeling format (the kit's keys after it)."""
        return {"messages": [dict(message) for message in self.messages], "question_id": self.question_id,
                "db_id": self.db_id, "proposer": self.proposer, "meta": self.meta}


@dataclass(frozen=True)
class PreferencePair:
    """Two candidate continuations of one prompt (chat messages plus assistant ``prefix``), the first preferred;
    ``margin`` is the reward gap Δr the MDPO loss asks the implicit rewards to exceed."""

    question_id: str
    db_id: str
    proposer: str
    step_index: int
    prompt_messages: tuple[Mapping[str, str], ...]
    prefix: str
    chosen: str
    rejected: str
    chosen_reward: float
    rejected_reward: float
    margin: float
    rejected_class: str
    chosen_final: bool = False
    rejected_final: bool = False
    meta: dict = field(default_factory=dict, hash=False)

    def to_dict(self) -> dict:
        """The pair as one ``pairs.jsonl`` line."""
        return {"question_id": self.question_id, "db_id": self.db_id, "proposer": self.proposer,
                "step_index": self.step_index, "prompt_messages": [dict(m) for m in self.prompt_messages],
                "prefix": self.prefix, "chosen": self.chosen, "rejected": self.rejected,
                "chosen_reward": self.chosen_reward, "rejected_reward": self.rejected_reward, "margin": self.margin,
                "rejected_class": self.rejected_class, "chosen_final": self.chosen_final,
                "rejected_final": self.rejected_final, "meta": self.meta}

    def to_trl(self) -> dict:
        """The pair as a line of TRL's conversational preference format (the prefix starts both answers), the
        kit's other keys after it."""
        kit = {key: value for key, value in self.to_dict().items() if key not in _TRL_PAIR_COLUMNS}
        return {"prompt": [dict(message) for message in self.prompt_messages],
                "chosen": [{"role": "assistant", "content": self.prefix + self.chosen}],
                "rejected": [{"role": "assistant", "content": self.prefix + self.rejected}],
                "margin": self.margin, **kit}


@dataclass(frozen=True)
class TrajectorySample:
    """One whole model answer to a prompt, judged only by whether its final SQL executes to the gold result:
    the minimal input of outcome-reward DPO (e.g. n sampled inference answers per question, scored by
    ``evaluate_pairs``). On disk, one JSON object per line with these keys (``proposer`` optional)."""

    question_id: str
    db_id: str
    prompt_messages: tuple[Mapping[str, str], ...]
    completion: str
    correct: bool
    proposer: str = ""


@dataclass(frozen=True)
class Selection(Generic[T]):
    """The items kept by a filter and, per reason, how many were dropped."""

    kept: tuple[T, ...]
    dropped: Mapping[str, int] = field(default_factory=dict)


def read_sft_records(path: str | os.PathLike) -> list[SFTRecord]:
    """All records of an ``sft.jsonl`` file or a TRL ``messages`` file; any problem raises DataError naming the
    file and line."""
    return _read_jsonl(path, _sft_parser)


def read_preference_pairs(path: str | os.PathLike) -> list[PreferencePair]:
    """All pairs of a ``pairs.jsonl`` file or a TRL ``prompt``/``chosen``/``rejected`` file; any problem raises
    DataError naming the file and line."""
    return _read_jsonl(path, _pair_parser)


def read_trajectory_samples(path: str | os.PathLike) -> list[TrajectorySample]:
    """All samples of a JSONL file of judged answers (see TrajectorySample); errors name the file and line."""
    return _read_jsonl(path, lambda first: _trajectory_sample)


def write_records(path: str | os.PathLike, records: Iterable[SFTRecord | PreferencePair], *, trl: bool = False) -> Path:
    """Write records as JSON Lines (with ``trl``, in TRL's format) through a temporary file renamed into place,
    so a reader never sees half a file."""
    lines = (record.to_trl() if trl else record.to_dict() for record in records)
    return write_text_atomic(path, "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))


def direct_sql_examples(
    examples: Iterable[Example], schema_texts: Mapping[str, str], instructions: bool = True,
    prompt_style: str = "kit",
) -> list[SFTRecord]:
    """Direct-SQL SFT data (question -> gold SQL, no decomposition): one example per question.

    Each is the ``direct_sql`` prompt in ``prompt_style`` with ``schema_texts[db_id]``, the evidence and (with
    ``instructions``, as in the decomposition prompts) the admin instructions, answered by the gold SQL in a
    sql block. Given the questions the synthesis searched, the Direct-SQL and decomposition runs see the same
    questions and, at equal steps and batch size, the same number of examples; not the same number of
    tokens (direct targets are shorter, which the training log shows). Matching steps rather than tokens is
    our choice (the paper is silent).
    """
    direct = []
    for example in examples:
        if example.db_id not in schema_texts:
            raise DataError(f"no schema text for database {example.db_id!r} (question {example.id!r})")
        prompt = render_prompt("direct_sql", schema=schema_texts[example.db_id], question=example.question,
                               evidence=example.evidence, instructions=instructions, prompt_style=prompt_style)
        answer = {"role": "assistant", "content": f"```sql\n{example.gold_sql.strip()}\n```"}
        direct.append(SFTRecord(example.id, example.db_id, DIRECT_SQL_PROPOSER, (*prompt, answer)))
    return direct


def outcome_pairs(
    samples: Iterable[TrajectorySample], max_pairs_per_question: int = 1, seed: int = 0
) -> Selection[PreferencePair]:
    """Whole-trajectory preference pairs labelled only by final execution correctness (outcome-reward DPO).

    Samples are grouped by question and prompt; distinct correct answers are paired with distinct wrong
    ones, at most ``max_pairs_per_question`` pairs per question, drawn with ``seed`` (default 1: every
    question weighs the same; the paper is silent). Pairs carry rewards 1/0 and both texts are final
    (end-of-turn appended); train them with the offset variant ``none``, which ignores the margin.
    Questions whose answers are all correct or all wrong give no pair and are counted in ``dropped``.
    """
    if max_pairs_per_question < 1:
        raise ConfigError(f"max_pairs_per_question must be at least 1, got {max_pairs_per_question}")
    groups: dict[tuple, list[TrajectorySample]] = defaultdict(list)
    for sample in samples:
        groups[(sample.db_id, sample.question_id, _messages_key(sample.prompt_messages))].append(sample)
    rng = random.Random(seed)
    pairs: list[PreferencePair] = []
    dropped = {"all_correct": 0, "all_wrong": 0}
    for group in groups.values():
        correct = sorted({s.completion: s for s in group if s.correct}.values(), key=lambda s: s.completion)
        wrong = sorted({s.completion: s for s in group if not s.correct}.values(), key=lambda s: s.completion)
        if not correct or not wrong:
            dropped["all_wrong" if not correct else "all_correct"] += 1
            continue
        combos = [(c, w) for c in correct for w in wrong]
        for chosen, rejected in rng.sample(combos, min(max_pairs_per_question, len(combos))):
            pairs.append(PreferencePair(
                chosen.question_id, chosen.db_id, chosen.proposer, 0, chosen.prompt_messages, "",
                chosen.completion, rejected.completion, 1.0, 0.0, 1.0, OUTCOME_REJECTED_CLASS,
                chosen_final=True, rejected_final=True,
            ))
    return Selection(tuple(pairs), dropped)


def positive_margins(pairs: Iterable[PreferencePair]) -> Selection[PreferencePair]:
    """The pairs with Δr > 0: the released loss takes log Δr, undefined otherwise (the rest are dropped as
    ``nonpositive_margin``)."""
    pairs = list(pairs)
    kept = tuple(pair for pair in pairs if pair.margin > 0)
    return Selection(kept, {"nonpositive_margin": len(pairs) - len(kept)})


def fit_sft(records: Sequence[SFTRecord], tokenizer: Any, max_length: int) -> Selection[SFTRecord]:
    """The records whose whole chat fits in ``max_length`` tokens; longer ones are dropped (``too_long``), never
    truncated, since a cut target would teach a half query. ConfigError when none fits."""
    lengths = [len(tokenizer.apply_chat_template(list(r.messages), tokenize=True, return_dict=True)["input_ids"])
               for r in records]
    return _fit(records, lengths, lengths, max_length, None, "max_length")


def pair_prompt(pair: PreferencePair, tokenizer: Any) -> str:
    """The text a pair's continuations follow: the chat template of its messages with the assistant turn
    opened, then the steps already taken."""
    opened = tokenizer.apply_chat_template(list(pair.prompt_messages), tokenize=False, add_generation_prompt=True)
    return opened + pair.prefix


def fit_pairs(
    pairs: Sequence[PreferencePair], tokenizer: Any, max_length: int, max_prompt_length: int
) -> Selection[PreferencePair]:
    """The pairs whose prompt fits ``max_prompt_length`` and whose prompt plus either continuation (with its
    end-of-turn token when final) fits ``max_length``; others are dropped, never truncated. ConfigError when
    none fits."""
    prompt_lengths, total_lengths = [], []
    for pair in pairs:
        prompt = pair_prompt(pair, tokenizer)
        prompt_lengths.append(len(tokenizer(text=prompt)["input_ids"]))
        total_lengths.append(max(
            len(tokenizer(text=prompt + _with_eos(text, final, tokenizer))["input_ids"])
            for text, final in ((pair.chosen, pair.chosen_final), (pair.rejected, pair.rejected_final))
        ))
    return _fit(pairs, total_lengths, prompt_lengths, max_length, max_prompt_length, "max_length/max_prompt_length")


def _with_eos(text: str, final: bool, tokenizer: Any) -> str:
    return text + tokenizer.eos_token if final else text


def _fit(items: Sequence[T], lengths: Sequence[int], prompt_lengths: Sequence[int], max_length: int,
         max_prompt_length: int | None, setting: str) -> Selection[T]:
    prompt_limit = max_prompt_length if max_prompt_length is not None else max_length
    kept = tuple(item for item, total, prompt in zip(items, lengths, prompt_lengths, strict=True)
                 if total <= max_length and prompt <= prompt_limit)
    if items and not kept:
        raise ConfigError(
            f"none of the {len(items)} examples fits {setting}={max_length}"
            f"{f'/{max_prompt_length}' if max_prompt_length is not None else ''} tokens (the shortest needs "
            f"{min(lengths)}, its prompt {min(prompt_lengths)}): raise the limits, up to the model's context, "
            "or use shorter prompts (e.g. a restricted schema)"
        )
    return Selection(kept, {"too_long": len(items) - len(kept)})


def _messages_key(messages: Sequence[Mapping[str, str]]) -> str:
    return json.dumps([dict(message) for message in messages], sort_keys=True)


# Reading and checking lines ------------------------------------------------------------------------------


def _read_jsonl(path: str | os.PathLike, parser_for: Callable[[dict], Callable[[dict], T]]) -> list[T]:
    """The parsed lines of a file; ``parser_for`` picks the line parser from the first object (the file's format)."""
    items, parse = [], None
    for where, data in read_objects(path):
        parse = parse or parser_for(data)
        try:
            items.append(parse(data))
        except DataError as error:
            raise DataError(f"{where}: {error}") from None
    if not items:
        raise DataError(f"{path} holds no records")
    return items


def _check_keys(data: dict, required: Sequence[str], optional: Sequence[str]) -> None:
    missing = [key for key in required if key not in data]
    unknown = sorted(set(data) - set(required) - set(optional))
    problems = [f"missing keys: {', '.join(missing)}" if missing else "",
                f"unknown keys: {', '.join(unknown)}" if unknown else ""]
    if missing or unknown:
        raise DataError("; ".join(filter(None, problems)))


def _question_id(data: dict) -> str:
    value = data["question_id"]
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else _text(data, "question_id")


def _text(data: dict, key: str, *, allow_empty: bool = True) -> str:
    value = data[key]
    if not isinstance(value, str):
        raise DataError(f"{key} must be a string, got {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise DataError(f"{key} is empty")
    return value


def _number(data: dict, key: str) -> float:
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise DataError(f"{key} must be a number, got {json.dumps(value)}")
    if not math.isfinite(value):
        raise DataError(f"{key} must be finite, got {value}")
    return float(value)


def _flag(data: dict, key: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise DataError(f"{key} must be true or false, got {json.dumps(value)}")
    return value


def _meta(data: dict) -> dict:
    meta = data.get("meta", {})
    if not isinstance(meta, dict):
        raise DataError(f"meta must be an object, got {type(meta).__name__}")
    return meta


def _messages(data: dict, key: str, with_answer: bool) -> tuple[dict[str, str], ...]:
    """Chat messages: an optional system message, one user message, then (``with_answer``) the assistant's."""
    value = data[key]
    if not isinstance(value, list) or not value:
        raise DataError(f"{key} must be a non-empty list of messages")
    messages = []
    for index, message in enumerate(value):
        if not isinstance(message, dict) or sorted(message) != ["content", "role"]:
            raise DataError(f"{key}[{index}] must be an object with exactly role and content")
        if not isinstance(message["role"], str) or not isinstance(message["content"], str):
            raise DataError(f"{key}[{index}]: role and content must be strings")
        messages.append({"role": message["role"], "content": message["content"]})
    roles = [message["role"] for message in messages]
    heads = (["system", "user"], ["user"])
    expected = [[*head, "assistant"] for head in heads] if with_answer else list(heads)
    if roles not in expected:
        shapes = " or ".join("[" + ", ".join(shape) + "]" for shape in expected)
        raise DataError(f"{key} roles are [{', '.join(roles)}], expected {shapes}")
    if not messages[-1]["content"].strip():
        raise DataError(f"{key}: the {roles[-1]} message is empty")
    return tuple(messages)


def _sft_parser(first: dict) -> Callable[[dict], SFTRecord]:
    return _sft_record if any(key in first for key in ("question_id", "db_id", "proposer")) else _trl_sft_record


def _pair_parser(first: dict) -> Callable[[dict], PreferencePair]:
    return _trl_preference_pair if "prompt" in first and "prompt_messages" not in first else _preference_pair


def _sft_record(data: dict) -> SFTRecord:
    _check_keys(data, ("question_id", "db_id", "proposer", "messages"), ("meta",))
    return SFTRecord(_question_id(data), _text(data, "db_id"), _text(data, "proposer"),
                     _messages(data, "messages", with_answer=True), _meta(data))


_PAIR_KEYS = ("question_id", "db_id", "proposer", "step_index", "prompt_messages", "prefix", "chosen", "rejected",
              "chosen_reward", "rejected_reward", "margin", "rejected_class")


def _preference_pair(data: dict) -> PreferencePair:
    _check_keys(data, _PAIR_KEYS, ("chosen_final", "rejected_final", "meta"))
    step_index = data["step_index"]
    if isinstance(step_index, bool) or not isinstance(step_index, int) or step_index < 0:
        raise DataError(f"step_index must be a non-negative integer, got {json.dumps(step_index)}")
    chosen_reward, rejected_reward, margin = (_number(data, k) for k in ("chosen_reward", "rejected_reward", "margin"))
    if abs(margin - (chosen_reward - rejected_reward)) > _MARGIN_TOLERANCE:
        raise DataError(f"margin {margin} is not chosen_reward - rejected_reward = {chosen_reward - rejected_reward}")
    return PreferencePair(
        _question_id(data), _text(data, "db_id"), _text(data, "proposer"), step_index,
        _messages(data, "prompt_messages", with_answer=False), _text(data, "prefix"),
        _text(data, "chosen", allow_empty=False), _text(data, "rejected", allow_empty=False),
        chosen_reward, rejected_reward, margin, _text(data, "rejected_class"),
        _flag(data, "chosen_final", False), _flag(data, "rejected_final", False), _meta(data),
    )


_TRL_PAIR_COLUMNS = ("prompt_messages", "chosen", "rejected", "margin")  # the kit's keys that TRL's columns replace


def _trl_sft_record(data: dict) -> SFTRecord:
    """A line of TRL's ``messages`` format (its other columns ignored), with empty kit keys."""
    _check_keys(data, ("messages",), tuple(data))
    return SFTRecord("", "", "", _messages(data, "messages", with_answer=True))


def _trl_preference_pair(data: dict) -> PreferencePair:
    """A line of TRL's conversational preference format: the kit's keys from its extra columns where present
    (other columns ignored), else the defaults the module docstring gives."""
    _check_keys(data, ("prompt", "chosen", "rejected"), tuple(data))
    margin = _number(data, "margin") if "margin" in data else 1.0
    kit = {"question_id": "", "db_id": "", "proposer": "", "step_index": 0, "prefix": "", "chosen_reward": margin,
           "rejected_reward": 0.0, "rejected_class": "", "chosen_final": True, "rejected_final": True}
    kit.update((key, data[key]) for key in (*_PAIR_KEYS, "chosen_final", "rejected_final", "meta")
               if key in data and key not in _TRL_PAIR_COLUMNS)
    prefix = _text(kit, "prefix")
    answers = {key: _answer(data, key, prefix) for key in ("chosen", "rejected")}
    return _preference_pair({**kit, **answers, "prompt_messages": list(_messages(data, "prompt", with_answer=False)),
                             "margin": margin})


def _answer(data: dict, key: str, prefix: str) -> str:
    """The text after ``prefix`` of a TRL answer column: a list of one assistant message that starts with it."""
    value = data[key]
    message = value[0] if isinstance(value, list) and len(value) == 1 else None
    if not (isinstance(message, dict) and message.get("role") == "assistant"
            and isinstance(message.get("content"), str)):
        raise DataError(f'{key} must be a list of one message {{"role": "assistant", "content": "..."}}')
    if not message["content"].startswith(prefix):
        raise DataError(f"{key} does not start with the prefix {prefix[:40]!r}")
    return message["content"][len(prefix):]


def _trajectory_sample(data: dict) -> TrajectorySample:
    _check_keys(data, ("question_id", "db_id", "prompt_messages", "completion", "correct"), ("proposer",))
    return TrajectorySample(
        _question_id(data), _text(data, "db_id"), _messages(data, "prompt_messages", with_answer=False),
        _text(data, "completion", allow_empty=False), _flag(data, "correct", False),
        _text(data, "proposer") if "proposer" in data else "",
    )
