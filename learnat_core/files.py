"""Whole-file writes that never leave half a file (a temporary file in the same folder, renamed into place), and
the kit's one reader of YAML settings files with its one unknown-key rule."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from learnat_core.errors import ConfigError


def write_text_atomic(path: str | os.PathLike, text: str) -> Path:
    """Write ``text`` to ``path`` (parents created) so that a reader sees the old file or the new one, never half.

    The file gets the mode a plain ``open`` gives a new file (0666 less the umask: 0644 under the usual 022)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as in open()
    try:
        with open(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def read_yaml_mapping(path: str | os.PathLike, what: str) -> dict[str, Any]:
    """The mapping in the YAML file ``path`` (an empty file: an empty mapping); a ConfigError naming ``what``
    (e.g. ``run file``) and the file when it cannot be read, is not YAML (with line and column) or is no mapping."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"cannot read the {what} {path}: {error.strerror or error}") from None
    except yaml.YAMLError as error:  # one line: where, and what the parser expected
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise ConfigError(f"{path}: not valid YAML{where}: {getattr(error, 'problem', None) or error}") from None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping of settings, got {type(raw).__name__}")
    return raw


def reject_unknown_keys(where: str, keys: Iterable[str], allowed: Iterable[str], hint: str | None = None) -> None:
    """The kit's one unknown-key rule: a ConfigError ``WHERE: unknown keys a, b (valid: ...)`` when ``keys`` holds
    names outside ``allowed``; ``hint`` (e.g. where the valid keys are listed) replaces the list of valid keys."""
    valid = list(dict.fromkeys(allowed))
    unknown = sorted(set(keys) - set(valid))
    if unknown:
        listed = hint or f"valid: {', '.join(valid)}"
        raise ConfigError(f"{where}: unknown keys {', '.join(map(str, unknown))} ({listed})")
