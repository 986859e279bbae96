"""Check a data root against checksum manifests and say plainly what is there, what is corrupt, what is missing.

A root that holds ``spider/SHA256SUMS`` (a bundle made by ``learnat data bundle``, such as the one
shipped in the package) has its Spider part checked against that file; everything else is checked
against the shipped manifest of official files. Nothing is written.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from learnat_core.data.manifest import (
    SUMS_FILE,
    ManifestEntry,
    ManifestGroup,
    official_manifest,
    sha256_file,
    sums_group,
)
from learnat_core.errors import DataError

STATUSES = ("ok", "mismatch", "present-unchecked", "missing")
_PROGRESS_MIN_BYTES = 64 << 20


@dataclass(frozen=True)
class FileCheck:
    """The outcome for one expected file; ``path`` is relative to the data root."""

    path: str
    status: str
    note: str = ""


@dataclass(frozen=True)
class GroupReport:
    """The checks of one manifest group; ``in_root`` is False when the root lacks its dataset folder."""

    group: ManifestGroup
    checks: tuple[FileCheck, ...]
    in_root: bool = True

    def count(self, status: str) -> int:
        """How many files of the group have ``status``."""
        return sum(check.status == status for check in self.checks)

    def lines(self) -> list[str]:
        """A summary line, then one line per file that is not ok (unless the whole group is missing)."""
        name, total = self.group.name, len(self.checks)
        present = total - self.count("missing")
        counts = ", ".join(f"{self.count(status)} {status}" for status in STATUSES if self.count(status))
        note = f" ({self.group.note})" if self.group.note else ""
        lines = [f"{name}: {present} of {total} present: {counts}{note}"]
        if present:
            lines += [
                f"  {c.path}: {c.status}" + (f" ({c.note})" if c.note else "") for c in self.checks if c.status != "ok"
            ]
        return lines


@dataclass(frozen=True)
class VerifyReport:
    """Every group's checks for one data root."""

    root: Path
    groups: tuple[GroupReport, ...]

    @property
    def mismatches(self) -> int:
        """How many files differ from a known official (or bundle) checksum."""
        return sum(group.count("mismatch") for group in self.groups)

    def text(self) -> str:
        """The report as printed by ``learnat data verify``."""
        lines = [f"data root: {self.root}"]
        for group in self.groups:
            lines += group.lines() if group.in_root else []
        absent = Counter(_dataset_dir(group.group) for group in self.groups if not group.in_root)
        lines += [
            f"{folder}/: not in this root ({count} groups of files not checked)"
            for folder, count in absent.items()
        ]
        lines.append(f"checksum mismatches: {self.mismatches}" if self.mismatches else "no checksum mismatch")
        return "\n".join(lines)


def verify_root(root: Path) -> VerifyReport:
    """Hash every expected file that is present under ``root`` and compare it with its manifest; DataError
    when ``root`` holds none of the dataset folders (it is not a data root)."""
    groups = _groups_for(root)
    folders = sorted({_dataset_dir(group) for group in groups})
    if not any((root / folder).is_dir() for folder in folders):
        hint = f"; it looks like a dataset folder itself: give its parent, {root.parent}" if root.name in folders else ""
        raise DataError(f"{root} is not a data root: it has no {' or '.join(f'{f}/' for f in folders)} folder{hint}")
    found = [[(entry, _find(root, group, entry)) for entry in group.entries] for group in groups]
    to_hash = sum(path.stat().st_size for files in found for entry, path in files if path and entry.sha256)
    quiet = True if to_hash < _PROGRESS_MIN_BYTES else None  # None: tqdm shows the bar on a terminal only
    with tqdm(total=to_hash, unit="B", unit_scale=True, desc="sha256", disable=quiet) as bar:
        reports = tuple(
            GroupReport(
                group,
                tuple(_check(root, group, entry, path, bar) for entry, path in files),
                (root / _dataset_dir(group)).is_dir(),
            )
            for group, files in zip(groups, found)
        )
    return VerifyReport(root, reports)


def _groups_for(root: Path) -> tuple[ManifestGroup, ...]:
    official = official_manifest()
    bundle_sums = root / "spider" / SUMS_FILE
    if not bundle_sums.is_file():
        return official
    bundle = sums_group("spider bundle", bundle_sums, "spider")
    return (bundle, *(group for group in official if _dataset_dir(group) != "spider"))


def _dataset_dir(group: ManifestGroup) -> str:
    return group.dirs[0].split("/")[0]


def _find(root: Path, group: ManifestGroup, entry: ManifestEntry) -> Path | None:
    return next((root / folder / entry.path for folder in group.dirs if (root / folder / entry.path).is_file()), None)


def _check(root: Path, group: ManifestGroup, entry: ManifestEntry, path: Path | None, bar: tqdm) -> FileCheck:
    if path is None:
        return FileCheck(f"{group.dirs[0]}/{entry.path}", "missing", entry.note)
    shown = path.relative_to(root).as_posix()
    if entry.sha256 is None:
        return FileCheck(shown, "present-unchecked", entry.note)
    digest = sha256_file(path)
    bar.update(path.stat().st_size)
    if digest == entry.sha256:
        return FileCheck(shown, "ok")
    if entry.reference:
        return FileCheck(shown, "present-unchecked", f"differs from the reference copy: {entry.note}")
    return FileCheck(shown, "mismatch", f"sha256 {digest[:12]}..., expected {entry.sha256[:12]}...")
