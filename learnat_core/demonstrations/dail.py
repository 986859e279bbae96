"""The pieces of DAIL-SQL's example selection: questions with schema words masked, and SQL skeletons.

* ``mask_question``: words of the question that name a table, a column or a value of the database become
  ``MASK_TOKEN`` and numbers become ``VALUE_TOKEN``, so two questions that differ only in schema words
  read the same (DAIL-SQL masks with schema linking; here a word matches a name, or a part of a
  snake_case / camelCase name, up to a plural ``s``/``ies``).
* The names come from the query's schema (``schema_names``) and, for a demonstration, from its own SQL
  (``sql_names``: the identifiers and string values it uses), so the pool needs no schemas.
* ``sql_skeleton``: the SQL's tokens with keywords, operators and function names kept and every
  identifier or literal replaced by ``_`` (a qualified name or an aliased table is one ``_``);
  ``skeleton_similarity`` is difflib's ratio of two skeletons, order-aware, in [0, 1].
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from sqlglot.dialects import Dialect
from sqlglot.errors import TokenError
from sqlglot.tokens import Token, TokenType

from learnat_core.data.schema import Schema

MASK_TOKEN = "<mask>"
VALUE_TOKEN = "<unk>"
PLACEHOLDER = "_"

_WORD = re.compile(r"\w+|[^\w\s]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_NAME_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_NAMES = (TokenType.VAR, TokenType.IDENTIFIER)
_LITERALS = (TokenType.STRING, TokenType.NUMBER)
_DROPPED = (TokenType.DOT, TokenType.ALIAS)
_SQLITE = Dialect.get_or_raise("sqlite")


def schema_names(schema: Schema) -> frozenset[str]:
    """The table and column names of a schema, the words ``mask_question`` hides in its questions."""
    return frozenset(
        name for table in schema.tables for name in (table.name, *(column.name for column in table.columns))
    )


def sql_names(sql: str) -> frozenset[str]:
    """The tables, columns and string values a SQL query mentions (function names and aliases excepted)."""
    tokens = _tokens(sql)
    names = set()
    for index, token in enumerate(tokens):
        after_alias = index > 0 and tokens[index - 1].token_type == TokenType.ALIAS
        if token.token_type == TokenType.STRING or (
            token.token_type in _NAMES and not after_alias and not _is_call(tokens, index)
        ):
            names.add(token.text)
    return frozenset(names)


def mask_question(question: str, names: Iterable[str]) -> str:
    """The question with words matching ``names`` as MASK_TOKEN and numbers as VALUE_TOKEN (see module doc)."""
    hidden = {_stem(part) for name in names for part in _name_parts(name)}
    masked = []
    for word in _WORD.findall(question):
        if _NUMBER.fullmatch(word):
            masked.append(VALUE_TOKEN)
        else:
            masked.append(MASK_TOKEN if _stem(word.lower()) in hidden else word)
    return " ".join(masked)


def sql_skeleton(sql: str) -> tuple[str, ...]:
    """The SQL's structure without its names and values, e.g. ``SELECT _ FROM _ WHERE _ > _``."""
    tokens = _tokens(sql)
    skeleton: list[str] = []
    for index, token in enumerate(tokens):
        if token.token_type in _DROPPED:
            continue
        if token.token_type in _NAMES and _is_call(tokens, index):
            symbol = token.text.upper()
        elif token.token_type in _NAMES or token.token_type in _LITERALS:
            symbol = PLACEHOLDER
        else:
            symbol = token.text.upper()
        if not (symbol == PLACEHOLDER and skeleton[-1:] == [PLACEHOLDER]):
            skeleton.append(symbol)
    return tuple(skeleton)


def skeleton_similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """How alike two skeletons are, in [0, 1]: difflib's matching-blocks ratio over their tokens."""
    return SequenceMatcher(None, a, b, autojunk=False).ratio() if a or b else 1.0


def _tokens(sql: str) -> list[Token]:
    try:
        return list(_SQLITE.tokenize(sql))
    except TokenError:
        return []


def _is_call(tokens: list[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].token_type == TokenType.L_PAREN


def _name_parts(name: str) -> list[str]:
    parts = [part.lower() for part in _NAME_PART.findall(name)]
    return [part for part in parts if len(part) > 1 and not part.isdigit()]


def _stem(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
