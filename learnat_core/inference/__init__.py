"""Inference: LearNAT's decomposition prompting (and the direct and ADR variants) over a dataset split, with
execution-guided retries, self-consistency voting, resumable prediction files and EX scoring.

    config = InferenceConfig(mode="decomposition", retries=4)  # at most 5 generations, as released
    summary = run_inference(split.load()[:50], make_backend("hf", model="tiny"), config, "pred.jsonl", split=split)
    verdicts, table = evaluate_records(read_records("pred.jsonl"), split)

The prediction file it writes is read with ``learnat_core.evaluation.predictions.read_records``.
"""

from learnat_core.inference.config import DEMO_SCHEMAS, MODES, InferenceConfig
from learnat_core.inference.pipeline import InferenceSummary, run_inference
from learnat_core.inference.prompts import BuiltPrompt, PromptBuilder, PromptError
from learnat_core.inference.voting import result_hash, vote

_SCORING = ("FIGURE_R1_CALLS", "evaluate_records", "multi_call_curve")

__all__ = [
    "DEMO_SCHEMAS",
    "FIGURE_R1_CALLS",
    "MODES",
    "BuiltPrompt",
    "InferenceConfig",
    "InferenceSummary",
    "PromptBuilder",
    "PromptError",
    "evaluate_records",
    "multi_call_curve",
    "result_hash",
    "run_inference",
    "vote",
]


def __getattr__(name: str) -> object:
    """The scoring names, imported on first use: they need pandas, which ``learnat --help`` should not load."""
    if name in _SCORING:
        from learnat_core.inference import scoring

        return getattr(scoring, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
