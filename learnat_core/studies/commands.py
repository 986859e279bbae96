"""The ``learnat ablate`` command: the variants of an ablation grid through their notebooks, or straight through
the stage functions (``--no-notebooks``, ``studies.stage_runner``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from learnat_core.arguments import add_parallel_flag, add_resume_flags
from learnat_core.orchestration.ablation import FULL, ablation_table, load_grid, plan_ablation, run_ablation
from learnat_core.orchestration.profiles import default_config_dir, load_profile
from learnat_core.orchestration.reproduce import add_notebook_flags


def _ablate(args: argparse.Namespace) -> int:
    grid = load_grid(args.grid)
    profile = load_profile(args.profile, args.config_dir)
    variants = grid.select(profile.name, args.only)
    plans = plan_ablation(grid, profile, variants, args.notebooks_dir, args.results_dir)
    summary = run_ablation(grid, plans, resume=not args.overwrite, workers=args.parallel,
                           runner=_stage_runner() if args.no_notebooks else None)
    print(summary.to_string(index=False))
    done = list(summary.loc[summary["status"] == "ok", "variant"])
    if args.no_notebooks and FULL in done:
        table = ablation_table(grid, Path(args.results_dir) / profile.name, done)
        print(table[["variant", "questions", "ex_pct", "delta_pts", "delta_ci_low", "delta_ci_high", "p_value",
                     "paper_delta_pts"]].to_string(index=False))
    return 1 if len(done) < len(summary) else 0


def _stage_runner() -> Callable[..., object]:
    from learnat_core.studies.stage_runner import run_stages  # training and inference: loaded only when used

    return run_stages


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``learnat ablate``."""
    repo = default_config_dir().parent
    parser = subparsers.add_parser("ablate", help="run the ablation variants of a grid through the notebooks")
    parser.add_argument("--grid", default=str(repo / "configs" / "ablations.yaml"),
                        help="YAML file of the variants (default: the kit's configs/ablations.yaml)")
    add_notebook_flags(parser, repo)
    parser.add_argument("--only", nargs="+", metavar="VARIANT", help="variants to run (default: the profile's list)")
    parser.add_argument("--no-notebooks", action="store_true",
                        help="run each variant's stages straight through the package (same stage folders and result "
                        "files, no executed notebooks, tables or figures) and print the ablation table")
    add_parallel_flag(parser, "variants", " after 'full' (stages they share are locked)")
    add_resume_flags(parser, "the notebooks already run with the same parameters (stage folders are reused either way)")
    parser.set_defaults(func=_ablate)
