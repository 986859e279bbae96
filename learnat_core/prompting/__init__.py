"""Prompts for LearNAT: chat templates (direct SQL, decomposition inference, synthesis step), the fixed
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
from learnat_core.prompting.render import TEMPLATES, PromptTemplate, format_solution, format_step_json, render_prompt

__all__ = [
    "DECOMPOSITION_FAILURES",
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
]
