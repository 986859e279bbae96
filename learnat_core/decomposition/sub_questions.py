"""Plain-English sub-questions for the rule-made decomposition steps (``gold_decomposer``).

A step's sub-question is written from its normalised SQL (qualified, lower-cased names) by one template per
clause kind: the projection ("What are the names of singers?"), aggregates ("What is the average age of
singers?", "the number of singers"), WHERE conditions in words ("whose age is greater than 20", "whose name
contains "Jo"", "whose id is among the results of sub question 1", "whose year is between 2010 and 2014"),
GROUP BY ... HAVING ("for each country whose number of singers is greater than 2"), ORDER BY ... LIMIT ("of
the singer with the highest age", "with the 3 highest ages", "sorted by age in descending order"),
DISTINCT, joins ("of singers together with their concerts"), set operations ("the results of sub question 1
that are also among the results of sub question 2") and nested queries (an earlier step is "the result(s) of
sub question k", any other one is described in place).

Names come from a ``Vocabulary``: the schema's natural names (Spider's ``table_names`` / ``column_names``)
when the schema is at hand, else the identifier as written in the gold SQL, humanised (split on ``_`` and
case, common abbreviations expanded, ``stuid`` read as "student id" when a table of the query or schema
starts with "stu"). Tables are plural nouns ("of singers"), string literals are quoted ("France").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from sqlglot import exp

from learnat_core.data import Schema
from learnat_core.sql_ast.node_kinds import chain_operands

_ABBREVIATIONS = {
    "addr": "address",
    "amt": "amount",
    "apt": "apartment",
    "avg": "average",
    "crs": "course",
    "cust": "customer",
    "dept": "department",
    "desc": "description",
    "dob": "date of birth",
    "emp": "employee",
    "fname": "first name",
    "info": "information",
    "lname": "last name",
    "mgr": "manager",
    "num": "number",
    "prof": "professor",
    "qty": "quantity",
    "stu": "student",
}
_IRREGULAR = {"person": "people", "man": "men", "woman": "women", "child": "children", "staff": "staff",
              "information": "information", "data": "data", "media": "media", "series": "series"}
_SINGULAR = {many: one for one, many in _IRREGULAR.items()}
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def humanise(identifier: str, stems: Iterable[str] = ()) -> str:
    """An identifier in lower-case words: ``singer_id`` -> "singer id", ``StuID`` -> "student id" (a word
    before ``id`` that starts some word of ``stems``, e.g. a table name, is read as that word).

    >>> humanise("StuID"), humanise("stuid", ["student"]), humanise("Mgr_start_date"), humanise("HomeTown")
    ('student id', 'student id', 'manager start date', 'home town')
    """
    words = [word.lower() for word in _WORD.findall(identifier)] or [identifier.lower()]
    stems = [stem for stem in stems if len(stem) > 3]
    if len(words) == 1 and words[0].endswith("id") and _stem(words[0][:-2], stems):
        words = [words[0][:-2], "id"]
    expanded = []
    for index, word in enumerate(words):
        before_id = index + 1 < len(words) and words[index + 1] == "id"
        expanded.append(_ABBREVIATIONS.get(word) or (before_id and _stem(word, stems)) or word)
    return " ".join(expanded)


def _stem(prefix: str, stems: list[str]) -> str | None:
    """The first of ``stems`` that ``prefix`` (at least 3 letters) abbreviates, or None."""
    if len(prefix) < 3 or not prefix.isalpha():
        return None
    return next((stem for stem in stems if stem.startswith(prefix) and stem != prefix), None)


_PREPOSITION = re.compile(r" (?:of|in|on|at|for|to|by|with) ")
_NOT_NOUNS = {"of", "in", "on", "at", "for", "to", "by", "with", "yes", "no", "or", "and"}
_ORDINALS = {"2": "second", "3": "third", "4": "fourth", "5": "fifth"}


def plural(phrase: str) -> str:
    """The plural of a noun phrase, inflecting its head ("age" -> "ages", "number of singers" -> "numbers of
    singers", "singer in concert" -> "singers in concert"); a word already ending in a plural "s" stays."""
    found = _PREPOSITION.search(phrase)
    head, rest = (phrase[: found.start()], phrase[found.start():]) if found else (phrase, "")
    *before, last = head.split(" ")
    if last in _IRREGULAR:
        last = _IRREGULAR[last]
    elif not last.isalpha() or last in _NOT_NOUNS or _looks_plural(last):
        pass  # a number, a function word or a plural already
    elif last.endswith(("s", "sh", "ch", "x", "z")):
        last += "es"
    elif last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        last = last[:-1] + "ies"
    else:
        last += "s"
    return " ".join([*before, last]) + rest


def singular(phrase: str) -> str:
    """A noun phrase with a plural-looking last word made singular ("countries" -> "country", "people" ->
    "person"), as tables are named in Spider ("airports") but read as modifiers ("the airport city")."""
    *before, last = phrase.split(" ")
    if last in _SINGULAR:
        last = _SINGULAR[last]
    elif last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith(("sses", "shes", "ches", "xes", "zes")):
        last = last[:-2]
    elif _looks_plural(last) and len(last) > 3:
        last = last[:-1]
    return " ".join([*before, last])


def _looks_plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


@dataclass(frozen=True)
class Vocabulary:
    """Words for a query's tables and columns: natural names by lower-case table and (table, column), and the
    spelling of every identifier in the gold SQL (normalised names are lower-cased) for humanising the rest."""

    tables: Mapping[str, str] = field(default_factory=dict)
    columns: Mapping[tuple[str, str], str] = field(default_factory=dict)
    spellings: Mapping[str, str] = field(default_factory=dict)
    stems: tuple[str, ...] = ()

    @classmethod
    def of(cls, query: exp.Expression, schema: Schema | None = None) -> Vocabulary:
        """The vocabulary of a raw (unnormalised) gold expression, with ``schema``'s natural names if given."""
        spellings: dict[str, str] = {}
        for identifier in query.find_all(exp.Identifier):
            spellings.setdefault(identifier.name.lower(), identifier.name)
        table_names = [table.name for table in query.find_all(exp.Table)]
        tables, columns = {}, {}
        for table in schema.tables if schema else ():
            table_names.append(table.name)
            if table.natural_name:
                tables[table.name.lower()] = humanise(table.natural_name)
            for column in table.columns:
                if column.natural_name:
                    columns[table.name.lower(), column.name.lower()] = humanise(column.natural_name)
        stems = tuple(dict.fromkeys(word for name in table_names for word in humanise(name).split(" ")))
        return cls(tables, columns, spellings, stems)

    def table(self, name: str) -> str:
        """A table as a singular noun phrase; a self-joined copy (normalised as ``<table>_2``) as "second <table>"."""
        key = name.lower()
        base, _, copy = key.rpartition("_")
        if copy in _ORDINALS and key not in self.spellings:
            return f"{_ORDINALS[copy]} {self.table(base)}"
        return singular(self.tables.get(key) or humanise(self.spellings.get(key, name), self.stems))

    def column(self, table: str, name: str) -> str:
        """A column of ``table`` (any table when unknown) as a singular noun phrase."""
        key = name.lower()
        found = self.columns.get((table.lower(), key))
        if found is None:
            candidates = {natural for (_, column), natural in self.columns.items() if column == key}
            found = candidates.pop() if len(candidates) == 1 else None
        return found or humanise(self.spellings.get(key, name), self.stems)


_COMPARISONS = {
    exp.EQ: "is",
    exp.NullSafeEQ: "is",
    exp.NEQ: "is not",
    exp.NullSafeNEQ: "is not",
    exp.GT: "is greater than",
    exp.GTE: "is at least",
    exp.LT: "is less than",
    exp.LTE: "is at most",
}
_AGGREGATES = {exp.Avg: "average", exp.Sum: "total", exp.Max: "maximum", exp.Min: "minimum"}
_ARITHMETIC = {exp.Add: "plus", exp.Sub: "minus", exp.Mul: "times", exp.Div: "divided by"}
_SET_PHRASES = {
    exp.Union: "{} together with {}",
    exp.Intersect: "{} that are also among {}",
    exp.Except: "{} that are not among {}",
}
_NEGATABLE = (exp.In, exp.Between, exp.Like, exp.ILike, exp.Is, exp.Exists)
"""Conditions that say their own negation ("is not among", "does not contain", "there are no")."""
_SIMPLE = (*_COMPARISONS, exp.In, exp.Between, exp.Like, exp.ILike, exp.Is)
"""Conditions that read as "<column> <predicate>", so they can follow "whose"."""


def sub_question(expression: exp.Expression, earlier: Mapping[str, int], vocabulary: Vocabulary,
                 dialect: str) -> str:
    """The sub-question of one step's normalised expression: "What is ...?" for one aggregate value or one
    row's single value, else "What are ...?"; ``earlier`` maps earlier steps' SQL to their numbers."""
    single = isinstance(expression, exp.Select) and len(expression.expressions) == 1
    single = single and (_one_aggregate(expression) or _top_one(expression))
    return f"What {'is' if single else 'are'} {_Describer(earlier, vocabulary, dialect).phrase(expression)}?"


@dataclass(frozen=True)
class _Describer:
    """Noun phrases for parts of a normalised query.

    ``tables`` are the tables the query being described reads, ``rows`` its rows as a plural noun ("singers",
    what ``count(*)`` counts): a column of its first table is written bare, any other as "<table> <column>"
    so joined and correlated columns stay apart.
    """

    earlier: Mapping[str, int]
    words: Vocabulary
    dialect: str
    tables: tuple[str, ...] = ()
    rows: str = "rows"

    def reference(self, query: exp.Expression, *, many: bool = True) -> str:
        """'the results of sub question k' ('the result' unless ``many``) for an earlier step, else the
        query's own noun phrase."""
        number = self.earlier.get(query.sql(dialect=self.dialect))
        if number:
            return f"the {'results' if many else 'result'} of sub question {number}"
        return self.phrase(query)

    def phrase(self, query: exp.Expression, *, rows_only: bool = False) -> str:
        """What ``query`` returns, as a noun phrase ("the average age of singers whose ..."); with
        ``rows_only`` its rows whatever they select ("concerts whose ...", for EXISTS)."""
        if isinstance(query, exp.SetOperation):
            template = _word(_SET_PHRASES, query)
            return template.format(self.reference(query.left), self.reference(query.right)) + self._ordering(query)
        if not isinstance(query, exp.Select):
            return "the results of a nested query"
        sources = _sources(query)
        tables = tuple(source.name for source in sources if isinstance(source, exp.Table))
        inner = replace(self, tables=tables)
        return replace(inner, rows=inner._rows(sources))._select(query, sources, rows_only)

    def _rows(self, sources: list[exp.Expression]) -> str:
        """What ``count(*)`` counts: "singers", "rows in the results of sub question 1", or "rows"."""
        if not sources:
            return "rows"
        first = self._source_name(sources[0])
        return plural(first) if isinstance(sources[0], exp.Table) else f"rows in {first}"

    def _select(self, query: exp.Select, sources: list[exp.Expression], rows_only: bool) -> str:
        group = query.args.get("group")
        source = self._source(sources, _top_one(query) and not group)
        if rows_only:
            text = source
        else:
            items = query.expressions
            many = not (_top_one(query) or _one_aggregate(query))
            if query.args.get("distinct"):
                text = "the distinct " + _listing(self._bare(item, many) for item in items)
            else:
                text = _listing(self._item(item, many) for item in items)
            if sources and not _counts_rows(items[-1]):
                text += f" of {source}"
        text += self._filter(query.args.get("where"), single_source=len(sources) == 1)
        if group:
            text += " for each " + _listing(self.value(item) for item in group.expressions)
        text += self._filter(query.args.get("having"), single_source=True)
        return text + self._ordering(query)

    def _source(self, sources: list[exp.Expression], one: bool) -> str:
        """The rows read: "singers" ("the singer" for one row), "singers together with their concerts"."""
        if not sources:
            return self.rows
        names = [self._source_name(source) for source in sources]
        first = names[0] if not isinstance(sources[0], exp.Table) else (f"the {names[0]}" if one else self.rows)
        joined = f" together with their {_listing(plural(name) for name in names[1:])}" if len(names) > 1 else ""
        return first + joined

    def _source_name(self, source: exp.Expression) -> str:
        """A table as a singular noun, a nested query as what it returns ("the results of sub question 1")."""
        if isinstance(source, exp.Table):
            return self.words.table(source.name)
        return self.reference(source.this) if isinstance(source, exp.Subquery) else self.value(source)

    def _filter(self, clause: exp.Expression | None, *, single_source: bool) -> str:
        """A WHERE or HAVING clause: " whose <column> <predicate> and ..." when every condition is about an own
        column or aggregate, else " where the ... and ..."."""
        if clause is None:
            return ""
        conditions = list(chain_operands(clause.this, exp.And))
        whose = single_source and all(self._about_own(condition) for condition in conditions)
        parts = (self.condition(condition, article=not whose) for condition in conditions)
        return (" whose " if whose else " where ") + " and ".join(parts)

    def _about_own(self, condition: exp.Expression) -> bool:
        """Whether ``condition`` says something of an own column or an aggregate ("whose" can precede it)."""
        condition = condition.unnest()
        if isinstance(condition, exp.Not):
            condition = condition.this.unnest()
        subject = condition.this.unnest() if isinstance(condition, _SIMPLE) else None
        return isinstance(subject, exp.AggFunc) or (isinstance(subject, exp.Column) and self._own(subject))

    def _own(self, column: exp.Column) -> bool:
        """Whether ``column`` belongs to the first table read (or names no table)."""
        return not column.table or not self.tables or column.table == self.tables[0]

    def _item(self, node: exp.Expression, many: bool) -> str:
        """One selected value with its article: "the names", "the average age", "the number of singers"."""
        node = node.unnest()
        if isinstance(node, exp.Star) or (isinstance(node, exp.Column) and isinstance(node.this, exp.Star)):
            return "all the details"
        return "the " + self._bare(node, many) if isinstance(node, exp.Column) else self._noun(node, True)

    def _bare(self, node: exp.Expression, many: bool) -> str:
        value = self.value(node)
        return plural(value) if many and isinstance(node.unnest(), exp.Column) else value

    def _noun(self, node: exp.Expression, article: bool) -> str:
        """A value as a sentence part: columns, aggregates and computations with "the" when ``article``."""
        named = isinstance(node.unnest(), (exp.Column, exp.Func, exp.Binary))
        return ("the " if article and named else "") + self.value(node)

    def value(self, node: exp.Expression) -> str:
        """A column, literal, aggregate, computation or nested query in words, without an article."""
        node = node.unnest()
        if isinstance(node, exp.Alias):
            return self.value(node.this)
        if isinstance(node, exp.Column):
            return self._column(node)
        if isinstance(node, exp.Literal):
            return f'"{node.this}"' if node.is_string else node.this
        if isinstance(node, exp.Null):
            return "null"
        if isinstance(node, exp.Star):
            return "all the details"
        if isinstance(node, exp.Count):
            return self._count(node.this)
        aggregate, operator = _word(_AGGREGATES, node), _word(_ARITHMETIC, node)
        if aggregate:
            return f"{aggregate} {self.value(node.this)}"
        if operator:
            return f"{self.value(node.this)} {operator} {self.value(node.expression)}"
        if isinstance(node, exp.Query):
            return self.reference(node.this if isinstance(node, exp.Subquery) else node, many=False)
        if isinstance(node, exp.Cast):
            return self.value(node.this)
        if isinstance(node, exp.Func):
            name = node.name if isinstance(node, exp.Anonymous) else node.sql_name()
            arguments = [item for arg in node.args.values() for item in (arg if isinstance(arg, list) else [arg])]
            values = (self.value(item) for item in arguments if isinstance(item, exp.Expression))
            return f"{humanise(name)} of {_listing(values)}"
        return node.sql(dialect=self.dialect)

    def _column(self, node: exp.Column) -> str:
        if isinstance(node.this, exp.Star):
            return "all the details"
        name = self.words.column(node.table or (self.tables[0] if self.tables else ""), node.name)
        if self._own(node):
            return name
        table = self.words.table(node.table)
        return name if name.startswith(table.split(" ")[-1]) else f"{table} {name}"

    def _count(self, counted: exp.Expression | None) -> str:
        if counted is None or isinstance(counted, exp.Star):
            return f"number of {self.rows}"
        if isinstance(counted, exp.Distinct):
            return "number of distinct " + _listing(plural(self.value(item)) for item in counted.expressions)
        return f"number of {plural(self.value(counted))}"

    def condition(self, node: exp.Expression, *, article: bool = True, negated: bool = False) -> str:
        """One condition in words ("age is greater than 20"; "the age ..." with ``article``): comparisons,
        LIKE, IN, BETWEEN, IS NULL, NOT, OR, EXISTS; anything else as its SQL text."""
        node = node.unnest()
        if isinstance(node, exp.Not):
            inner = node.this.unnest()
            if isinstance(inner, _NEGATABLE):
                return self.condition(inner, article=article, negated=not negated)
            return f"it is not the case that {self.condition(inner)}"
        negated ^= bool(node.args.get("negate"))  # sqlglot marks NOT LIKE so
        if isinstance(node, exp.Or):
            return "either " + " or ".join(self.condition(part) for part in chain_operands(node, exp.Or))
        if isinstance(node, exp.Exists):
            return f"there are {'no ' if negated else ''}{self.phrase(node.this.unnest(), rows_only=True)}"
        subject = self._noun(node.this, article) if isinstance(node, _SIMPLE) else ""
        not_ = "not " if negated else ""
        phrase = _COMPARISONS.get(type(node))
        if phrase:
            return f"{subject} {phrase} {self._noun(node.expression, True)}"
        if isinstance(node, (exp.Like, exp.ILike)):
            return f"{subject} {self._pattern(node.expression, negated)}"
        if isinstance(node, exp.In):
            query = node.args.get("query")
            if query:
                return f"{subject} is {not_}among {self.reference(query.unnest())}"
            members = _listing((self._noun(item, True) for item in node.expressions), "or")
            return f"{subject} is {not_}one of {members}"
        if isinstance(node, exp.Between):
            low, high = (self._noun(node.args[key], True) for key in ("low", "high"))
            return f"{subject} is {not_}between {low} and {high}"
        if isinstance(node, exp.Is) and isinstance(node.expression, exp.Null):
            return f"{subject} {'has a value' if negated else 'has no value'}"
        if isinstance(node, exp.Is):
            return f"{subject} is {not_}{self._noun(node.expression, True)}"
        return node.sql(dialect=self.dialect)

    def _pattern(self, pattern: exp.Expression, negated: bool) -> str:
        """A LIKE pattern in words: "contains", "starts with", "ends with", else "matches"."""
        if not (isinstance(pattern, exp.Literal) and pattern.is_string):
            return f"{'does not match' if negated else 'matches'} {self._noun(pattern, True)}"
        text = pattern.this
        core = text.strip("%")
        if "%" in core or "_" in core or not core:
            verb = "does not match the pattern" if negated else "matches the pattern"
            return f'{verb} "{text}"'
        starts, ends = text.startswith("%"), text.endswith("%")
        verb = "contains" if starts and ends else "ends with" if starts else "starts with" if ends else "is"
        if negated:
            verb = {"contains": "does not contain", "ends with": "does not end with",
                    "starts with": "does not start with", "is": "is not"}[verb]
        return f'{verb} "{core}"'

    def _ordering(self, query: exp.Expression) -> str:
        """ORDER BY and LIMIT/OFFSET: "with the highest age", "with the 3 lowest ages", "sorted by ..."."""
        order, limit, offset = (query.args.get(key) for key in ("order", "limit", "offset"))
        keys = order.expressions if order else []
        count = limit.expression.sql(dialect=self.dialect) if limit else None
        if len(keys) == 1 and count is not None and count.isdigit():
            extreme = "highest" if keys[0].args.get("desc") else "lowest"
            key = self.value(keys[0].this)
            text = f" with the {extreme} {key}" if count == "1" else f" with the {count} {extreme} {plural(key)}"
        else:
            directions = ("descending" if key.args.get("desc") else "ascending" for key in keys)
            ordered = (f"{self.value(key.this)} in {way} order" for key, way in zip(keys, directions))
            text = " sorted by " + _listing(ordered) if keys else ""
            if count is not None:
                text += f", limited to the first {count}"
        if offset:
            text += f", skipping the first {offset.expression.sql(dialect=self.dialect)}"
        return text


def _top_one(query: exp.Expression) -> bool:
    """Whether ``query`` keeps one row by ORDER BY ... LIMIT 1."""
    limit = query.args.get("limit")
    return bool(query.args.get("order")) and limit is not None and limit.expression.sql() == "1"


def _one_aggregate(query: exp.Select) -> bool:
    """Whether ``query`` returns one aggregate value (one aggregate selected, no GROUP BY)."""
    items = query.expressions
    return len(items) == 1 and isinstance(items[0], exp.AggFunc) and not query.args.get("group")


def _counts_rows(node: exp.Expression) -> bool:
    node = node.unnest()
    node = node.this if isinstance(node, exp.Alias) else node
    return isinstance(node, exp.Count) and (node.this is None or isinstance(node.this, exp.Star))


def _sources(query: exp.Select) -> list[exp.Expression]:
    from_ = query.args.get("from_")
    return ([from_.this] if from_ else []) + [join.this for join in query.args.get("joins") or ()]


def _word(words: Mapping[type, str], node: exp.Expression) -> str | None:
    """The text of the first kind in ``words`` that ``node`` is an instance of, or None."""
    return next((text for kind, text in words.items() if isinstance(node, kind)), None)


def _listing(parts: Iterable[str], conjunction: str = "and") -> str:
    parts = list(parts)
    return ", ".join(parts[:-1]) + f" {conjunction} " + parts[-1] if len(parts) > 1 else "".join(parts)
