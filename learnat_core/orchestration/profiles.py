"""Run profiles (``smoke``, ``cpu``, ``full``): one YAML file each under ``configs/``, one code path for all.

A profile holds parameters shared by every notebook (``common``) and per-notebook overrides
(``notebooks: {01_ast_analysis: {...}}``). Unknown keys are rejected so a typo never runs silently.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from learnat_core.errors import ConfigError
from learnat_core.files import read_yaml_mapping, reject_unknown_keys

PROFILE_NAMES = ("smoke", "cpu", "full")
_TOP_LEVEL_KEYS = ("profile", "description", "common", "notebooks")


@dataclass(frozen=True)
class Profile:
    """A named set of notebook parameters; ``parameters_for`` merges common values with overrides."""

    name: str
    description: str
    common: dict[str, Any] = field(default_factory=dict)
    notebooks: dict[str, dict[str, Any]] = field(default_factory=dict)

    def parameters_for(self, notebook: str) -> dict[str, Any]:
        """Parameters for one notebook (by stem, e.g. ``01_ast_analysis``): common, then its overrides."""
        return {**self.common, **self.notebooks.get(notebook, {}), "profile": self.name}


def default_config_dir() -> Path:
    """``configs/`` at the repository root (the kit is run from a checkout)."""
    return Path(__file__).resolve().parents[2] / "configs"


def default_notebooks_dir() -> Path:
    """``notebooks/`` at the repository root."""
    return Path(__file__).resolve().parents[2] / "notebooks"


def notebook_parameters(profile: Profile, notebook: str, notebooks_dir: str | Path | None = None) -> dict[str, Any]:
    """What notebook ``notebook`` (a stem) runs with under ``profile``: the defaults of its ``parameters``
    cell, then the profile's values; so one notebook can rebuild a stage another one makes (notebook 02
    trains the Direct-SQL model of notebook 04's settings, which 04 then finds done)."""
    path = Path(notebooks_dir or default_notebooks_dir()) / f"{notebook}.ipynb"
    if not path.is_file():
        raise ConfigError(f"notebook {path} not found")
    return {**notebook_defaults(path), **profile.parameters_for(notebook)}


def notebook_defaults(path: str | Path) -> dict[str, Any]:
    """The values the notebook's ``parameters`` cell assigns, by name; one that is not a Python literal is a
    ConfigError."""
    import papermill

    try:
        return {name: ast.literal_eval(spec["default"]) for name, spec in papermill.inspect_notebook(str(path)).items()}
    except (ValueError, SyntaxError) as error:
        raise ConfigError(f"{path}: a default of its parameters cell is not a literal ({error})") from None


def load_profile(name: str, config_dir: str | Path | None = None) -> Profile:
    """Read ``<config_dir>/<name>.yaml``; an unknown profile or a malformed file raises ConfigError."""
    if name not in PROFILE_NAMES:
        raise ConfigError(f"unknown profile {name!r}; choose one of {', '.join(PROFILE_NAMES)}")
    path = Path(config_dir or default_config_dir()) / f"{name}.yaml"
    if not path.is_file():
        raise ConfigError(f"profile file {path} not found")
    raw = read_yaml_mapping(path, "profile")
    reject_unknown_keys(str(path), raw, _TOP_LEVEL_KEYS)
    if raw.get("profile", name) != name:
        raise ConfigError(f"{path}: says profile {raw['profile']!r}, expected {name!r}")
    notebooks = raw.get("notebooks") or {}
    if not isinstance(notebooks, dict) or not all(isinstance(v, dict) for v in notebooks.values()):
        raise ConfigError(f"{path}: 'notebooks' must map notebook names to parameter mappings")
    return Profile(name, str(raw.get("description", "")), dict(raw.get("common") or {}), notebooks)
