"""The dataset flags shared by the ``learnat`` commands that read a Spider/BIRD split."""

from __future__ import annotations

import argparse

from learnat_core.data.examples import DATASETS, SPLITS


def add_dataset_flags(parser: argparse.ArgumentParser, *, split: str = "dev") -> None:
    """``--dataset`` (required), ``--split`` (default ``split``) and ``--data-root``: the Spider/BIRD split read."""
    parser.add_argument("--dataset", required=True, choices=DATASETS, help="dataset")
    add_split_flags(parser, split=split)


def add_split_flags(parser: argparse.ArgumentParser, *, split: str = "dev") -> None:
    """``--split`` (default ``split``) and ``--data-root``, for a command that knows its dataset otherwise."""
    parser.add_argument("--split", default=split, choices=SPLITS, help=f"split (default: {split})")
    parser.add_argument("--data-root", help="data root (default: $LEARNAT_DATA_ROOT, else the bundled one)")
