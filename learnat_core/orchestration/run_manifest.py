"""Run manifests: everything needed to say later what produced a results folder."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

from learnat_core import __version__
from learnat_core.files import write_text_atomic
from learnat_core.paths import relative_paths

_TRACKED_PACKAGES = (
    "sqlglot", "pandas", "numpy", "torch", "transformers", "trl", "peft", "accelerate",
    "datasets", "papermill", "matplotlib", "zss", "apted",
)


def utc_now() -> str:
    """Current time as an ISO-8601 UTC string, the format every manifest uses."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def package_versions(names: tuple[str, ...] = _TRACKED_PACKAGES) -> dict[str, str | None]:
    """Installed versions of the packages whose behaviour changes results (None when absent)."""
    versions: dict[str, str | None] = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def git_commit(repo: str | Path | None = None) -> str | None:
    """The checkout's commit (with ``-dirty`` when its tracked files outside ``results/`` have local changes:
    a run rewrites the committed results it regenerates, which says nothing about the code), or None
    outside git."""
    cwd = Path(repo or Path(__file__).resolve().parents[2])
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=cwd, capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", ".",
                                ":(exclude,top)results"], cwd=cwd, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return commit.stdout.strip() + ("-dirty" if dirty.stdout.strip() else "")


def data_fingerprint(data_root: str | Path) -> str | None:
    """SHA-256 of the data root's ``*/SHA256SUMS`` files: a short identity of the data that was used."""
    sums = sorted(Path(data_root).glob("*/SHA256SUMS")) + sorted(Path(data_root).glob("SHA256SUMS"))
    if not sums:
        return None
    digest = hashlib.sha256()
    for path in sums:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def hardware() -> dict[str, Any]:
    """CPU count, platform and, when torch sees one, the accelerator."""
    info: dict[str, Any] = {"platform": platform.platform(), "python": platform.python_version(),
                            "cpus": os.cpu_count(), "machine": platform.machine()}
    try:
        import torch
    except ImportError:
        return info
    info["cuda"] = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
    return info


def write_manifest(path: str | Path, **fields: Any) -> dict[str, Any]:
    """Write ``fields`` plus kit version, packages, commit and hardware as JSON at ``path``, the paths near it
    relative to its folder (``paths.relative_paths``, listed under ``relative_paths``); return it."""
    portable, relative = relative_paths(json.loads(json.dumps(fields, default=str)), Path(path).parent)
    manifest = {"kit_version": __version__, "git_commit": git_commit(), "packages": package_versions(),
                "hardware": hardware(), **portable, "relative_paths": relative}
    write_text_atomic(path, json.dumps(manifest, indent=2, sort_keys=True, default=str) + "\n")
    return manifest
