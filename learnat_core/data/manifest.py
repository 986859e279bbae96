"""Checksum manifests: which files a data root should hold and their SHA-256.

Two kinds exist: ``learnat_core/manifests/official.json`` (the Spider and BIRD files of the official
releases, in groups whose files may sit in one of several folders; see its ``about`` field) and a
bundle's own ``SHA256SUMS`` (``sha256sum`` format, paths relative to the bundle folder).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from learnat_core.errors import DataError

OFFICIAL_MANIFEST = Path(__file__).resolve().parent.parent / "manifests" / "official.json"
SUMS_FILE = "SHA256SUMS"
_CHUNK_BYTES = 1 << 20


@dataclass(frozen=True)
class ManifestEntry:
    """An expected file: no ``sha256`` means unchecked; ``reference`` means the digest is of a known
    non-official copy, so a different file cannot be called corrupt."""

    path: str
    sha256: str | None = None
    reference: bool = False
    note: str = ""


@dataclass(frozen=True)
class ManifestGroup:
    """Files reported together; each is looked up under ``dirs`` (relative to the data root) in order."""

    name: str
    dirs: tuple[str, ...]
    entries: tuple[ManifestEntry, ...]
    note: str = ""


def sha256_file(path: Path) -> str:
    """The hex SHA-256 of a file, read in chunks so large databases never sit in memory."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK_BYTES), b""):
            digest.update(chunk)
    return digest.hexdigest()


def official_manifest(path: Path = OFFICIAL_MANIFEST) -> tuple[ManifestGroup, ...]:
    """The groups of the shipped manifest of official Spider/BIRD files."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        ManifestGroup(
            name=group["name"],
            dirs=tuple(group["dirs"]),
            entries=tuple(ManifestEntry(**entry) for entry in group["files"]),
            note=group["note"],
        )
        for group in data["groups"]
    )


def write_sums(folder: Path) -> Path:
    """Write ``folder/SHA256SUMS`` over every other file below ``folder``, sorted by path."""
    files = sorted(path for path in folder.rglob("*") if path.is_file() and path.name != SUMS_FILE)
    lines = [f"{sha256_file(path)}  {path.relative_to(folder).as_posix()}\n" for path in files]
    target = folder / SUMS_FILE
    target.write_text("".join(lines), encoding="utf-8")
    return target


def sums_group(name: str, sums_file: Path, folder: str) -> ManifestGroup:
    """A group checking the files listed in a ``SHA256SUMS`` file; ``folder`` is its place in the data root."""
    entries = []
    for number, line in enumerate(sums_file.read_text(encoding="utf-8").splitlines(), start=1):
        digest, _, path = line.partition("  ")
        if len(digest) != 64 or not path:
            raise DataError(f"{sums_file}:{number}: expected '<sha256>  <path>', got {line!r}")
        entries.append(ManifestEntry(path=path, sha256=digest))
    return ManifestGroup(name=name, dirs=(folder,), entries=tuple(entries))
