"""``parse``: SQL text to a normalised, typed ``SqlTree``, or a ``SqlParseError`` saying why not."""

from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from learnat_core.errors import SqlParseError
from learnat_core.sql_ast import normalization
from learnat_core.sql_ast.build import build
from learnat_core.sql_ast.normalization import ColumnSchema, Normalization
from learnat_core.sql_ast.tree import SqlTree

# Reasons that open every SqlParseError message ("<reason>: <detail>"), so failures can be grouped.
EMPTY = "empty SQL"
UNKNOWN_DIALECT = "unknown dialect"
TOKENIZE = "cannot tokenize"
SYNTAX = "syntax error"
MULTIPLE = "more than one statement"
NOT_A_QUERY = "not a SELECT query"


def parse(
    sql: str, dialect: str = "sqlite", *, normalize: Normalization = Normalization(), schema: ColumnSchema | None = None
) -> SqlTree:
    """Parse one query (SELECT or a set operation of SELECTs) into a normalised typed tree; ``schema``
    (``{table: {column: type}}``) lets unqualified columns of multi-table scopes be attributed.

    Raises ``SqlParseError`` (message ``"<reason>: <detail>"``, ``position`` = character offset where sqlglot
    reports one) for empty text, an unknown dialect, text sqlglot cannot parse, several statements, or a
    statement that is not a query (INSERT, DROP, a bare expression, ...).

    >>> parse("SELECT T1.name FROM singer AS T1") == parse('select NAME from "Singer"')
    True
    """
    expression = parse_expression(sql, dialect)
    normalization.normalize(expression, normalize, source=sql, schema=schema)
    return SqlTree(build(expression, normalize), expression, dialect)


def parse_expression(sql: str, dialect: str = "sqlite") -> exp.Expression:
    """The raw sqlglot expression of one query, with the same checks and errors as :func:`parse`."""
    if not sql.strip():
        raise SqlParseError(f"{EMPTY}: nothing to parse", sql)
    try:
        statements = [statement for statement in sqlglot.parse(sql, read=dialect) if statement is not None]
    except ParseError as error:
        detail = error.errors[0] if error.errors else {}
        message = detail.get("description", str(error))
        raise SqlParseError(f"{SYNTAX}: {message}", sql, _offset(sql, detail)) from error
    except TokenError as error:
        raise SqlParseError(f"{TOKENIZE}: {error}", sql) from error
    except ValueError as error:  # sqlglot's answer to an unknown dialect name
        raise SqlParseError(f"{UNKNOWN_DIALECT}: {error}", sql) from error
    if len(statements) != 1:
        raise SqlParseError(f"{MULTIPLE}: {len(statements)} statements", sql)
    (expression,) = statements
    while isinstance(expression, exp.Subquery) and not expression.alias:  # "(SELECT ...)" as a whole statement
        expression = expression.this
    if not isinstance(expression, exp.Query):
        raise SqlParseError(f"{NOT_A_QUERY}: the statement is {type(expression).__name__}", sql, 0)
    return expression


def _offset(sql: str, detail: dict) -> int | None:
    """Character offset of the start of the token sqlglot highlights (its ``line``/``col`` mark the token's end)."""
    line, col = detail.get("line"), detail.get("col")
    if not line or not col:
        return None
    line_start = sum(len(text) + 1 for text in sql.split("\n")[: line - 1])
    return max(0, line_start + col - len(detail.get("highlight") or " "))
