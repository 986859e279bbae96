"""``learnat infer``: generate SQL for a Spider/BIRD split with a model, then print EX per level.

Every InferenceConfig field is an option of its own (``--max-new-tokens``, ``--gold-schema`` /
``--no-gold-schema`` ...), with the field's help and default, so the command and the config cannot drift.
"""

from __future__ import annotations

import argparse

import yaml

from learnat_core.arguments import (add_dataset_flags, add_resume_flags, add_workers_flag, key_value, output_file,
                                   positive_int)
from learnat_core.cli import add_config_flags, config_from_flags
from learnat_core.data import locate
from learnat_core.errors import ConfigError
from learnat_core.evaluation.evaluator import absent_databases
from learnat_core.inference.config import InferenceConfig
from learnat_core.inference.pipeline import run_inference
from learnat_core.inference.records import read_records
from learnat_core.llm import BACKENDS, Backend, make_backend


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``infer`` sub-command."""
    parser = subparsers.add_parser(
        "infer",
        help="generate SQL for a dataset split (direct, decomposition or ADR), resumable, then score it by execution",
        description="Writes one JSON line per question to --out as it goes; rerun the same command to resume.",
    )
    add_dataset_flags(parser)
    add_backend_flags(parser, required=True)
    parser.add_argument("--out", required=True, type=output_file, help="prediction JSONL to write (and resume)")
    add_resume_flags(parser, "the questions already answered in --out")
    parser.add_argument("--limit", type=positive_int, help="only the first N questions of the split")
    add_workers_flag(parser)
    parser.add_argument("--no-progress", action="store_true", help="no progress bars")
    group = parser.add_argument_group("inference settings (InferenceConfig)")
    add_config_flags(group, InferenceConfig)
    parser.set_defaults(func=_infer)


def add_backend_flags(parser: argparse.ArgumentParser, *, required: bool, use: str = "") -> None:
    """``--model`` (``required``, else needed only ``use``), ``--backend``, ``--base-url``, ``--backend-option`` and
    ``--cache-dir``: the model that generates and how it is reached; nothing is loaded by default."""
    parser.add_argument("--model", required=required,
                        help=f"{use}tiny, smollm2-135m-instruct, a model folder, a hub id, or the served model name")
    parser.add_argument("--backend", default="hf", choices=sorted(BACKENDS), help="generation backend (default: hf)")
    parser.add_argument("--base-url", help="openai backend: the server's URL, e.g. http://localhost:8000/v1")
    parser.add_argument("--backend-option", action="append", default=[], type=key_value, metavar="KEY=VALUE",
                        help="any other backend config field, repeatable, value read as YAML "
                        "(e.g. max_context=4096, dtype=bfloat16, concurrency=8)")
    parser.add_argument("--cache-dir", help="completion cache folder: completions stored there are replayed")


def _infer(args: argparse.Namespace) -> int:
    from learnat_core.evaluation.report import render_table  # pandas: only when scoring
    from learnat_core.inference.scoring import evaluate_records

    config = config_from_flags(args, InferenceConfig)
    split = locate(args.dataset, args.split, args.data_root)
    examples = split.load()[: args.limit]
    absent_databases(split.db_root, (example.db_id for example in examples))  # none there: stop before generating
    config.check_files()
    backend = _backend(args)
    if args.overwrite:
        args.out.unlink(missing_ok=True)
    summary = run_inference(examples, backend, config, args.out, split=split, progress=not args.no_progress)
    print(summary.describe())
    asked = {example.id for example in examples}
    records = [record for record in read_records(args.out) if record.id in asked]
    verdicts, table = evaluate_records(
        records, split, semantics=config.semantics, workers=args.workers, progress=not args.no_progress
    )
    print(f"EX of {len(verdicts)} questions, mode {config.mode}:")
    print(render_table(table))
    return 0


def _value(text: str) -> object:
    """A backend option's value: YAML scalars become numbers or booleans; anything else stays text."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return text


def _backend(args: argparse.Namespace) -> Backend:
    options: dict = {"model": args.model}
    options.update((key, _value(value)) for key, value in args.backend_option)
    if args.base_url is not None:
        if args.backend != "openai":
            raise ConfigError(f"--base-url is for the openai backend, not {args.backend}")
        options["base_url"] = args.base_url
    if args.backend == "hf":
        options.setdefault("progress", False)  # the run's own bar counts questions
    backend = make_backend(args.backend, cache_dir=args.cache_dir, **options)
    backend.probe()
    return backend
