"""The backend options shared by the ``learnat`` commands that generate (``infer``, ``synthesize``)."""

from __future__ import annotations

import argparse

import yaml

from learnat_core.arguments import key_value
from learnat_core.errors import ConfigError
from learnat_core.llm import BACKENDS, Backend, make_backend


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


def backend_from_flags(args: argparse.Namespace) -> Backend:
    """The backend for ``args.model`` that the ``add_backend_flags`` options describe, probed once."""
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


def _value(text: str) -> object:
    """A backend option's value: YAML scalars become numbers or booleans; anything else stays text."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError:
        return text
