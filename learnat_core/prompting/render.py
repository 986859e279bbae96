"""Chat prompts from the Jinja2 templates in ``templates/``: a registry of template names and their fields,
``render_prompt`` (fields in, system + user messages out), and the two step formats as text.

Each template comes in three prompt styles (``PROMPT_STYLES``): ``kit`` (``<name>.jinja``, the kit's shortened
prompts), ``released`` (``released_<name>.jinja``, the content of the authors' released prompts in the kit's
words) and ``compact`` (``compact_<name>.jinja``, a one-line system message for fine-tuned small models; the
synthesis search prompt is the kit's). Each file has a ``system`` and a ``user`` block; ``_shared.jinja``
holds the pieces the styles share (schema sections, the inference solution format, the synthesis JSON step,
the kit's admin instructions, the compact system message) and ``_released.jinja`` those of the released style (its nine admin instructions, encouragement, separators).
Fields are checked against the registry before rendering, and the templates use ``StrictUndefined``, so a
missing field or attribute is a ConfigError, never an empty string in the prompt.

Common fields: ``instructions`` (default True) shows the style's nine database admin instructions;
False leaves them out, for small models and short prompts. ``schema`` is the schema text as given (a text
that carries its own 【Database schema】 header, like ``schema_text(style="learnat")`` with its 【Foreign
keys】, is used verbatim; any other text gets the header, and ``foreign_keys`` its own section when
non-empty); ``demonstrations`` are Decomposition records rendered in the format the model must produce;
``demo_schemas`` maps a demonstration's db_id to its schema text, shown with the example when present.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import jinja2

from learnat_core.decomposition import Step
from learnat_core.errors import ConfigError


@dataclass(frozen=True)
class PromptTemplate:
    """One template file: what it is for, the fields it needs and the optional ones with their defaults."""

    name: str
    purpose: str
    required: tuple[str, ...]
    defaults: Mapping[str, object] = field(default_factory=dict, hash=False)

    @property
    def fields(self) -> frozenset[str]:
        """Every field the template reads."""
        return frozenset(self.required) | frozenset(self.defaults)


PROMPT_STYLES: dict[str, str] = {
    "released": "the released prompts' content: their task text, nine admin instructions, closing encouragement "
    "and '==========' layout, restated in the kit's words",
    "kit": "the kit's shortened prompts: its own nine admin instructions, no encouragement, and a format note "
    "that a simple question takes a single step",
    "compact": "the cpu profile's prompts for fine-tuned small models: a one-line system message (the answers "
    "teach the output format), the evidence section only when there is one; the synthesis search prompt is "
    "the kit's",
}
"""The prompt styles every template comes in; ``render_prompt``'s ``prompt_style`` picks one."""

_STYLE_FILES = {"released": "released_{}.jinja", "kit": "{}.jinja", "compact": "compact_{}.jinja"}
_KIT_FILE_IN_COMPACT = ("synthesis_step",)  # asked of a proposer model, never trained on: no compact variant

_TARGET_DEFAULTS = {"evidence": "", "foreign_keys": "", "demonstrations": (), "demo_schemas": {}, "instructions": True}

TEMPLATES: dict[str, PromptTemplate] = {
    template.name: template
    for template in (
        PromptTemplate(
            "direct_sql",
            "one SQLite query for the question in a single sql block (the plain-backbone baseline)",
            ("schema", "question"),
            _TARGET_DEFAULTS,
        ),
        PromptTemplate(
            "decomposition",
            "the inference prompt: 'Sub question k:' / 'SubSQLk:' steps, the last one answering the question",
            ("schema", "question"),
            _TARGET_DEFAULTS,
        ),
        PromptTemplate(
            "given_decomposition",
            "the decomposition prompt with the sub-questions given; the model writes each sub-SQL",
            ("schema", "question", "sub_questions"),
            _TARGET_DEFAULTS,
        ),
        PromptTemplate(
            "synthesis_step",
            "one expansion of the synthesis search: the next sub-question and sub-SQL as a JSON object",
            ("schema", "question", "gold_sql"),
            {**_TARGET_DEFAULTS, "steps": (), "show_gold": True},
        ),
    )
}

_ROLES = ("system", "user")


def _json_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("learnat_core.prompting", "templates"),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    autoescape=False,
)
_ENV.filters["json_text"] = _json_text


def render_prompt(name: str, *, prompt_style: str = "kit", **fields: object) -> list[dict[str, str]]:
    """The chat messages (system, then user) of template ``name`` in ``prompt_style`` filled with ``fields``.

    Raises ConfigError for an unknown template or style, a missing or unknown field, or a value lacking an
    attribute the template reads (e.g. a demonstration that is not a Decomposition).
    """
    template = TEMPLATES.get(name)
    if template is None:
        raise ConfigError(f"unknown prompt template {name!r}; choose one of {', '.join(TEMPLATES)}")
    if prompt_style not in PROMPT_STYLES:
        raise ConfigError(f"unknown prompt style {prompt_style!r}; choose one of {', '.join(PROMPT_STYLES)}")
    missing = [key for key in template.required if key not in fields]
    unknown = sorted(set(fields) - template.fields)
    if missing or unknown:
        problems = [f"missing {', '.join(missing)}" if missing else "", f"unknown {', '.join(unknown)}" if unknown else ""]
        raise ConfigError(f"prompt template {name!r}: {'; '.join(filter(None, problems))} (fields: {_describe(template)})")
    compiled = _ENV.get_template(template_file(name, prompt_style))
    context = compiled.new_context({**template.defaults, **fields})
    try:
        return [{"role": role, "content": "".join(compiled.blocks[role](context)).strip()} for role in _ROLES]
    except jinja2.UndefinedError as error:
        raise ConfigError(f"prompt template {name!r}: {error}") from None


def template_file(name: str, prompt_style: str) -> str:
    """The file (under ``templates/``) of template ``name`` in ``prompt_style``."""
    if prompt_style == "compact" and name in _KIT_FILE_IN_COMPACT:
        prompt_style = "kit"
    return _STYLE_FILES[prompt_style].format(name)


def format_solution(steps: Iterable[Step]) -> str:
    """Steps as the inference output text ("Sub question k: ..." / "SubSQLk:" / sql block), e.g. an SFT target."""
    return str(_shared().solution(tuple(steps))).strip()


def format_step_json(step: Step, number: int) -> str:
    """One step as the synthesis reply, ``{"sub_query": "Sub question <number>: ...", "sub_sql": "```sql ...```"}``."""
    return str(_shared().step_json(step, number))


def _shared():  # the macros of _shared.jinja as Python callables
    return _ENV.get_template("_shared.jinja").module


def _describe(template: PromptTemplate) -> str:
    optional = [f"{key}={value!r}" for key, value in template.defaults.items()]
    return ", ".join([*template.required, *optional])
