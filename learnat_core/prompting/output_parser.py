"""Reading model replies: the decomposition solution, the synthesis proposer's JSON step, and direct SQL.

None of these functions raises on any string: what cannot be read is reported as a failure kind, so a
caller can count failures by kind (``DECOMPOSITION_FAILURES``, ``STEP_JSON_FAILURES``).

Tolerated: fences written ```` ```sql ````, ```` ```SQL ````, ```` ```sqlite ```` or bare ```` ``` ```` (blocks
tagged with another language, e.g. ```` ```json ````, are not SQL); ``SubSQL1:``, ``Sub SQL 1:`` or
``Sub-SQL 1:``; markdown decoration around ``Sub question k:`` (``**Sub question 1:**``, ``- ``, ``#``);
prose before, between and after the steps.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from learnat_core.decomposition import Step

EMPTY_OUTPUT = "empty_output"
UNTERMINATED_BLOCK = "unterminated_block"
NO_SQL_BLOCK = "no_sql_block"
EMPTY_STEP = "empty_step"
DECOMPOSITION_FAILURES = (EMPTY_OUTPUT, UNTERMINATED_BLOCK, NO_SQL_BLOCK, EMPTY_STEP)

NO_JSON = "no_json"
BAD_JSON = "bad_json"
MISSING_FIELD = "missing_field"
EMPTY_SQL = "empty_sql"
STEP_JSON_FAILURES = (NO_JSON, BAD_JSON, MISSING_FIELD, EMPTY_SQL)

_FENCE = "```"
_SQL_TAGS = frozenset({"", "sql", "sqlite"})
_TAG = re.compile(r"[A-Za-z0-9_+-]*")
_QUESTION_MARKER = re.compile(
    r"^[ \t>*#_-]*sub[ \t_-]*question[ \t]*\d+[ \t*_]*[:：][ \t*_]*", re.IGNORECASE | re.MULTILINE
)
_SQL_MARKER = re.compile(r"\bsub[ \t_-]*sql[ \t]*\d+[ \t*_]*[:：]", re.IGNORECASE)
_QUERY_START = re.compile(r"\b(?:SELECT|WITH)\b", re.IGNORECASE)
_QUOTES = frozenset("'\"`")
_DECODER = json.JSONDecoder(strict=False)  # strict=False: models put raw newlines inside JSON strings


@dataclass(frozen=True)
class ParsedOutput:
    """A decomposition reply read back: its complete steps, the final SQL (last SQL block) and a failure kind.

    ``failure`` is None for a well-formed reply. On ``unterminated_block`` (a generation cut short),
    ``final_sql`` is what the unclosed block holds, so a caller may still try it.
    """

    steps: tuple[Step, ...]
    final_sql: str | None
    failure: str | None = None


@dataclass(frozen=True)
class ParsedStep:
    """A synthesis reply read back: the proposed step, or None and a failure kind of STEP_JSON_FAILURES."""

    step: Step | None
    failure: str | None = None


@dataclass(frozen=True)
class _Block:
    """A fenced block: where it starts and ends in the text, its stripped content, and whether it is SQL."""

    start: int
    end: int
    content: str
    is_sql: bool
    closed: bool


def parse_decomposition(text: str) -> ParsedOutput:
    """Read "Sub question k: ..." / "SubSQLk:" / sql-block steps and the final SQL out of a model reply.

    A step is a sub-question marker, its text, and the first SQL block before the next marker. Failures:
    ``empty_output`` (blank text), ``unterminated_block`` (a fence never closed), ``no_sql_block`` (no
    non-empty SQL block), ``empty_step`` (a sub-question without text, without SQL or with an empty block;
    such steps are left out of ``steps``).
    """
    if not text.strip():
        return ParsedOutput((), None, EMPTY_OUTPUT)
    blocks = _blocks(text)
    markers = [m for m in _QUESTION_MARKER.finditer(text) if not any(b.start <= m.start() < b.end for b in blocks)]
    steps, incomplete = [], False
    for index, marker in enumerate(markers):
        region_end = markers[index + 1].start() if index + 1 < len(markers) else len(text)
        inside = [block for block in blocks if marker.end() <= block.start < region_end]
        sql_marker = _SQL_MARKER.search(text, marker.end(), region_end)
        question_end = min([region_end, *(block.start for block in inside[:1]), *([sql_marker.start()] if sql_marker else [])])
        question = text[marker.end() : question_end].strip()
        sql = next((block.content for block in inside if block.is_sql), "")
        if question and sql:
            steps.append(Step(question, sql))
        else:
            incomplete = True
    usable = [block.content for block in blocks if block.is_sql and block.content]
    if blocks and not blocks[-1].closed:
        failure = UNTERMINATED_BLOCK
    elif not usable:
        failure = NO_SQL_BLOCK
    else:
        failure = EMPTY_STEP if incomplete else None
    return ParsedOutput(tuple(steps), usable[-1] if usable else None, failure)


def parse_step_json(text: str) -> ParsedStep:
    """Read the proposer's ``{"sub_query": "Sub question k: ...", "sub_sql": "```sql ...```"}`` reply.

    The last JSON object in the text is used (code fences around it are fine); ``sub_sql`` may be wrapped
    in a fenced block. Failures: ``no_json`` (no ``{`` at all), ``bad_json`` (nothing decodes),
    ``missing_field`` (no non-empty ``sub_query`` or no string ``sub_sql``), ``empty_sql``.
    """
    found = None
    position = text.find("{")
    while position != -1:
        try:
            found, end = _DECODER.raw_decode(text, position)
        except (ValueError, RecursionError):
            end = position + 1
        position = text.find("{", end)
    if found is None:
        return ParsedStep(None, BAD_JSON if "{" in text else NO_JSON)
    sub_query, sub_sql = found.get("sub_query"), found.get("sub_sql")
    if not isinstance(sub_query, str) or not isinstance(sub_sql, str):
        return ParsedStep(None, MISSING_FIELD)
    marker = _QUESTION_MARKER.match(sub_query)
    question = sub_query[marker.end() if marker else 0 :].strip()
    if not question:
        return ParsedStep(None, MISSING_FIELD)
    sql_blocks = [block.content for block in _blocks(sub_sql) if block.is_sql]
    sql = sql_blocks[-1] if sql_blocks else sub_sql.strip()
    return ParsedStep(Step(question, sql), None) if sql else ParsedStep(None, EMPTY_SQL)


def extract_sql(text: str) -> str:
    """The SQL of a direct-mode reply: the last non-empty SQL block if there is one, else the text from the
    first SELECT/WITH; cut at the first ``;`` outside quotes. ``""`` when there is none."""
    usable = [block.content for block in _blocks(text) if block.is_sql and block.content]
    if usable:
        candidate = usable[-1]
    else:
        start = _QUERY_START.search(text)
        if start is None:
            return ""
        candidate = text[start.start() :]
    return _first_statement(candidate).strip()


def _blocks(text: str) -> list[_Block]:
    """The fenced blocks of ``text`` in order; an unclosed fence makes a last block running to the end."""
    blocks: list[_Block] = []
    position = 0
    while (start := text.find(_FENCE, position)) != -1:
        tag = _TAG.match(text, start + len(_FENCE))
        body_start, is_sql = tag.end(), tag.group().lower() in _SQL_TAGS
        if not is_sql and _QUERY_START.fullmatch(tag.group()):  # "```SELECT ..." with no language tag
            body_start, is_sql = tag.start(), True
        close = text.find(_FENCE, body_start)
        if close == -1:
            blocks.append(_Block(start, len(text), text[body_start:].strip(), is_sql, closed=False))
            break
        blocks.append(_Block(start, close + len(_FENCE), text[body_start:close].strip(), is_sql, closed=True))
        position = close + len(_FENCE)
    return blocks


def _first_statement(sql: str) -> str:
    quote = None
    for index, char in enumerate(sql):
        if quote:
            quote = None if char == quote else quote
        elif char in _QUOTES:
            quote = char
        elif char == ";":
            return sql[:index]
    return sql
