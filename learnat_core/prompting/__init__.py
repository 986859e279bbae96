"""Prompts for LearNAT: chat templates (direct SQL, decomposition inference, synthesis step) in two styles, the fixed
demonstrations, and parsers that read the model's replies back into steps and SQL."""

from learnat_core.prompting.fixed import fixed_demonstrations
from learnat_core.prompting.output_parser import (
    DECOMPOSITION_FAILURES,
    STEP_JSON_FAILURES,
    ParsedOutput,
    ParsedStep,
    extract_sql,
    parse_decomposition,
    parse_step_json,
)
from learnat_core.prompting.render import (
    PROMPT_STYLES,
    TEMPLATES,
    PromptTemplate,
    format_solution,
    format_step_json,
    render_prompt,
    template_file,
)

__all__ = [
    "DECOMPOSITION_FAILURES",
    "PROMPT_STYLES",
    "STEP_JSON_FAILURES",
    "TEMPLATES",
    "ParsedOutput",
    "ParsedStep",
    "PromptTemplate",
    "extract_sql",
    "fixed_demonstrations",
    "format_solution",
    "format_step_json",
    "parse_decomposition",
    "parse_step_json",
    "render_prompt",
    "template_file",
]
