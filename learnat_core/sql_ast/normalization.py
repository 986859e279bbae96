"""Normalisation of a parsed query before trees are compared, one documented switch per rewrite.

The expression-level rewrites run in a fixed order on the sqlglot expression (in place), so the normalised
SQL text and the tree agree: string literals, identifier case, column aliases, table aliases and column
qualification (with the database schema when one is given). Commutative order, inner-join sets and
comparison direction are applied when the tree is built (see ``build``), where operands are compared by
their canonical rendering, which parentheses do not affect; the SQL text keeps the written order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace

from sqlglot import exp

_PLAIN_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")
_VALUE_ARGS = {exp.In: ("expressions",), exp.Between: ("low", "high")}


@dataclass(frozen=True)
class Normalization:
    """Which rewrites :func:`normalize` applies (all on by default).

    * ``string_literals``: a double-quoted, unqualified name in a value position -- the right-hand side of
      a comparison or LIKE, an IN list item, a BETWEEN bound -- is the string literal SQLite falls back to
      (Spider writes ``name = "Bob"``); backquoted and bracketed names stay identifiers.
    * ``fold_case``: identifiers and function names lower-cased and unquoted where quoting is not needed
      (SQLite identifiers are case-insensitive); string literal values keep their case.
    * ``drop_column_aliases``: ``AS`` names of select items dropped where nothing outside can see them
      (not in derived tables, CTEs or set operations with ORDER BY); references to them in WHERE, GROUP BY,
      HAVING and ORDER BY are replaced by the aliased expression first.
    * ``resolve_table_aliases``: ``T1.name`` becomes ``singer.name``; a table used twice in one scope keeps
      a positional alias (``singer``, ``singer_2``), a derived table is named ``derived1``, ``derived2``...
      by position, so renaming aliases never changes the result.
    * ``qualify_single_table``: in a scope reading exactly one table, unqualified columns get its name
      (``SELECT name FROM singer`` equals ``SELECT T1.name FROM singer AS T1``). Without a schema a column of
      an outer query used unqualified in such a scope would be mis-attributed; Spider/BIRD qualify those.
    * ``qualify_with_schema``: with a schema (``parse(sql, schema={table: {column: type}})``), an unqualified
      column gets the one table of its scope that has it, or, when none has it, of the nearest enclosing
      scope (a correlated reference), so ``SELECT name FROM singer JOIN concert ON ...`` names
      ``singer.name``. A column no table or several tables of that scope have, or in a scope that also
      reads a derived table or a table the schema lacks, is left to ``qualify_single_table``.
    * ``commutative_order``: in the tree, operands of AND/OR chains and of ``+``, ``*`` and the conditions of
      WHERE/HAVING/ON are sorted by their canonical rendering.
    * ``inner_join_order``: in the tree, the leading chain of inner joins (plain, INNER, CROSS or comma joins,
      up to the first LEFT/RIGHT/FULL, NATURAL or USING join) is a set: one FROM node with all its tables and
      one JOIN node with all its ON conditions, both sorted, so ``a JOIN b ON a.x = b.y`` equals
      ``b JOIN a ON b.y = a.x``; joins from the first outer join on keep their order.
    * ``comparison_direction``: in the tree, a comparison (``=``, ``<>``, ``<``, ``<=``, ``>``, ``>=``) puts
      the operand with the larger canonical rendering on the left, mirroring the operator, so ``56 < age``
      is ``age > 56`` and ``1 = a`` is ``a = 1``. Sound for SQLite except that a comparison takes the
      collation of its left operand when both sides are columns with different declared collations.
    """

    string_literals: bool = True
    fold_case: bool = True
    drop_column_aliases: bool = True
    resolve_table_aliases: bool = True
    qualify_single_table: bool = True
    qualify_with_schema: bool = True
    commutative_order: bool = True
    inner_join_order: bool = True
    comparison_direction: bool = True

    @classmethod
    def disabled(cls) -> Normalization:
        """All rewrites off: the tree of the query exactly as written."""
        return cls(**{option.name: False for option in fields(cls)})


ColumnSchema = Mapping[str, Iterable[str]]
"""A database schema as sqlglot's optimizer takes it, ``{table: {column: type}}`` (only the names are used)."""


def normalize(
    expression: exp.Expression,
    options: Normalization = Normalization(),
    *,
    source: str = "",
    schema: ColumnSchema | None = None,
) -> exp.Expression:
    """Apply the chosen expression-level rewrites to ``expression`` in place and return it.

    ``source`` is the SQL text the expression was parsed from; it tells double quotes from other quotes.
    ``schema`` is the database's ``{table: {column: type}}``, for ``qualify_with_schema``.

    >>> import sqlglot
    >>> sql = 'SELECT T1.Name FROM Singer AS T1 WHERE T1.x = "a" AND T1.age > 3'
    >>> normalize(sqlglot.parse_one(sql, read="sqlite"), source=sql).sql()
    "SELECT singer.name FROM singer WHERE singer.x = 'a' AND singer.age > 3"
    """
    if options.string_literals:
        _string_literals(expression, source)
    if options.fold_case:
        _fold_case(expression)
    if options.drop_column_aliases:
        _drop_column_aliases(expression)
    columns = _column_index(schema) if schema and options.qualify_with_schema else None
    if options.resolve_table_aliases or options.qualify_single_table or columns:
        _resolve_scope(expression, _Context({}, (), options, columns))
    return expression


def _column_index(schema: ColumnSchema) -> dict[str, frozenset[str]]:
    """Lower-cased column names by lower-cased table name (SQLite names are case-insensitive)."""
    return {table.lower(): frozenset(column.lower() for column in columns) for table, columns in schema.items()}


def _string_literals(expression: exp.Expression, source: str) -> None:
    for column in list(expression.find_all(exp.Column)):
        identifier = column.this
        start = identifier.meta.get("start") if isinstance(identifier, exp.Identifier) else None
        double_quoted = start is not None and source[start : start + 1] == '"'
        if double_quoted and not column.table and _in_value_position(column):
            column.replace(exp.Literal.string(identifier.name))


def _in_value_position(column: exp.Column) -> bool:
    parent = column.parent
    if isinstance(parent, exp.Predicate) and isinstance(parent, exp.Binary):
        return column.arg_key == "expression"
    return column.arg_key in _VALUE_ARGS.get(type(parent), ())


def _fold_case(expression: exp.Expression) -> None:
    for node in expression.walk():
        if isinstance(node, exp.Identifier):
            name = node.name.lower()
            node.set("this", name)
            node.set("quoted", not _PLAIN_IDENTIFIER.fullmatch(name))
        elif isinstance(node, exp.Anonymous):
            node.set("this", node.name.lower())


def _drop_column_aliases(expression: exp.Expression) -> None:
    for select in list(expression.find_all(exp.Select)):
        if _output_names_visible(select):
            continue
        aliases = {item.alias.lower(): item.this for item in select.expressions if isinstance(item, exp.Alias)}
        for column in _own_columns(select, ("where", "group", "having", "order")):
            if not column.table and column.name.lower() in aliases:
                column.replace(aliases[column.name.lower()].copy())
        for item in select.expressions:
            if isinstance(item, exp.Alias):
                item.replace(item.this)


def _output_names_visible(select: exp.Select) -> bool:
    """Whether a query's output column names can be referred to from outside it."""
    node: exp.Expression = select
    while node.parent is not None:
        parent = node.parent
        derived_table = isinstance(parent, exp.Subquery) and isinstance(parent.parent, (exp.From, exp.Join))
        ordered_set_operation = isinstance(parent, exp.SetOperation) and parent.args.get("order")
        if derived_table or ordered_set_operation or isinstance(parent, exp.CTE):
            return True
        if not isinstance(parent, (exp.SetOperation, exp.Subquery)):
            return False
        node = parent
    return False


def _own_columns(select: exp.Select, args: tuple[str, ...]) -> list[exp.Column]:
    """Columns under the given arguments of ``select`` that belong to its own scope (not to nested queries)."""
    columns = []
    for key in args:
        value = select.args.get(key)
        if isinstance(value, exp.Expression):  # nested queries are other scopes: do not descend into them
            columns.extend(node for node in value.walk(prune=_is_query) if isinstance(node, exp.Column))
    return columns


def _is_query(node: exp.Expression) -> bool:
    return isinstance(node, exp.Query)


@dataclass(frozen=True)
class _Context:
    """What a query scope sees from outside: qualifier renames, the tables of the enclosing scopes
    (innermost first, as (qualifier, table name or None for a derived table) pairs), the options, the schema."""

    renames: dict[str, str]
    enclosing: tuple[tuple[tuple[str, str | None], ...], ...]
    options: Normalization
    columns: dict[str, frozenset[str]] | None


def _resolve_scope(query: exp.Expression, context: _Context) -> None:
    """Rewrite table qualifiers in ``query`` and, recursively, in every query nested in it."""
    if not isinstance(query, exp.Select):
        for child in query.iter_expressions():
            _resolve_scope(child, context)
        return
    options = context.options
    renames = dict(context.renames)
    sources = _sources(query)
    seen: Counter[str] = Counter()
    for position, source in enumerate(sources, start=1):
        if isinstance(source, exp.Table):
            seen[source.name.lower()] += 1
            count = seen[source.name.lower()]
            name = source.name if count == 1 else f"{source.name}_{count}"
        else:
            name = f"derived{position}"
            _resolve_scope(source, context)
        if options.resolve_table_aliases:
            renames[(source.alias or source.name).lower()] = name
            source.set("alias", exp.TableAlias(this=exp.to_identifier(name)) if name != source.name else None)
    level = tuple((source.alias_or_name, source.name.lower() if isinstance(source, exp.Table) else None)
                  for source in sources)
    inner = replace(context, renames=renames, enclosing=(level, *context.enclosing))
    single = sources[0].alias_or_name if len(sources) == 1 and options.qualify_single_table else None
    outputs = {item.alias.lower() for item in query.expressions if isinstance(item, exp.Alias)}
    source_ids = {id(source) for source in sources}
    for node in query.walk(prune=lambda node: node is not query and isinstance(node, exp.Query)):
        if node is not query and isinstance(node, exp.Query) and id(node) not in source_ids:
            _resolve_scope(node, inner)
        elif isinstance(node, exp.Column):
            _qualify(node, inner, single if node.name.lower() not in outputs else None)


def _sources(select: exp.Select) -> list[exp.Expression]:
    from_ = select.args.get("from_")
    sources = [from_.this] if from_ else []
    sources.extend(join.this for join in select.args.get("joins") or ())
    return [source for source in sources if isinstance(source, (exp.Table, exp.Subquery))]


def _qualify(column: exp.Column, context: _Context, single: str | None) -> None:
    qualifier = column.table
    if qualifier and qualifier.lower() in context.renames:
        column.set("table", exp.to_identifier(context.renames[qualifier.lower()]))
    elif not qualifier and not isinstance(column.this, exp.Star):
        owner = _owner(column.name.lower(), context) or single
        if owner:
            column.set("table", exp.to_identifier(owner))


def _owner(name: str, context: _Context) -> str | None:
    """The qualifier of the one table that has column ``name``, by the schema, in the nearest scope with one."""
    if context.columns is None:
        return None
    for level in context.enclosing:
        if any(table not in context.columns for _, table in level):
            return None  # a derived table or an unknown table might have it too
        owners = [qualifier for qualifier, table in level if name in context.columns[table]]
        if owners:
            return owners[0] if len(owners) == 1 else None
    return None
