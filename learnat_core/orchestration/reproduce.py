"""The reproduce runner: execute the ordered notebooks through papermill with a profile's parameters.

Each executed notebook lands in ``results/<profile>/notebooks/``; a ``.done.json`` beside it records the
parameters and time, so ``resume`` skips notebooks already run with the same parameters. What a cell wrote
to stderr (progress bars, library warnings) is moved out of the executed copy into
``results/<profile>/logs/<notebook>.log``, so the committed notebooks hold only what the cells print.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterable, Mapping
from typing import Any

from tqdm.auto import tqdm

from learnat_core.arguments import add_resume_flags, existing_dir, output_dir
from learnat_core.errors import ConfigError, LearnatError
from learnat_core.files import write_text_atomic
from learnat_core.llm.models import model_identity
from learnat_core.orchestration.profiles import PROFILE_NAMES, Profile, default_config_dir, load_profile
from learnat_core.orchestration.run_manifest import data_fingerprint, utc_now, write_manifest
from learnat_core.paths import bundled_data_root, resolve_data_root

NOTEBOOK_PATTERN = re.compile(r"^\d\d_[A-Za-z0-9_]+$")
BUNDLED_RECORD = "bundled (learnat_core/bundled, the data shipped with the kit)"


class NotebookFailed(LearnatError):
    """A notebook raised; the message names the notebook, the cell and the exception."""


@dataclass(frozen=True)
class NotebookRun:
    """One planned execution: the source notebook, where its executed copy goes, and its parameters."""

    name: str
    source: Path
    output: Path
    parameters: dict[str, Any]

    @property
    def done_marker(self) -> Path:
        """The file whose presence (with matching parameters) means this run finished."""
        return self.output.with_suffix(".done.json")

    def parameters_digest(self) -> str:
        """A stable hash of the parameters, compared on resume."""
        return hashlib.sha256(json.dumps(self.parameters, sort_keys=True, default=str).encode()).hexdigest()

    def is_done(self) -> bool:
        """True when a previous run finished with the same parameters."""
        if not self.done_marker.is_file():
            return False
        return json.loads(self.done_marker.read_text()).get("parameters_digest") == self.parameters_digest()


def discover_notebooks(notebooks_dir: str | Path) -> dict[str, Path]:
    """The kit's notebooks by stem (``01_ast_analysis`` ...), in execution order."""
    found = sorted(p for p in Path(notebooks_dir).glob("*.ipynb") if NOTEBOOK_PATTERN.match(p.stem))
    return {p.stem: p for p in found}


def declared_parameters(notebook: Path) -> set[str]:
    """Names declared in the notebook's papermill ``parameters`` cell."""
    import papermill

    return set(papermill.inspect_notebook(str(notebook)))


def plan_runs(profile: Profile, notebooks_dir: str | Path, results_dir: str | Path,
              only: list[str] | None = None, *, variant: str | None = None,
              overrides: Mapping[str, Mapping[str, Any]] | None = None) -> list[NotebookRun]:
    """Check names and parameters against the notebooks before anything runs; return the ordered runs.

    With ``variant`` (an ablation), outputs go to ``results/<profile>/ablations/<variant>/``, the heavy run
    folders stay shared in ``results/<profile>/runs`` (``runs_dir``), and ``overrides`` maps notebook stems to
    parameters set on top of the profile's."""
    available = discover_notebooks(notebooks_dir)
    if not available:
        raise ConfigError(f"no notebooks named NN_*.ipynb in {notebooks_dir}")
    unknown = sorted(set(only or []) - set(available) - {n.split("_")[0] for n in available})
    if unknown:
        raise ConfigError(f"unknown notebook(s) {unknown}; available: {', '.join(available)}")
    overrides = overrides or {}
    stray = sorted((set(profile.notebooks) | set(overrides)) - set(available))
    if stray:
        raise ConfigError(f"profile {profile.name!r} configures notebook(s) that do not exist: {stray}")
    profile_root = Path(results_dir).resolve() / profile.name
    out_root = profile_root / "ablations" / variant if variant else profile_root
    _check_results_folder(profile_root, profile.name)
    runs = []
    for name, source in available.items():
        if only and name not in only and name.split("_")[0] not in only:
            continue
        parameters = {**profile.parameters_for(name), **overrides.get(name, {}), "output_dir": str(out_root)}
        if variant:
            parameters["runs_dir"] = str(profile_root / "runs")
        undeclared = sorted(set(parameters) - declared_parameters(source))
        if undeclared:
            where = f"variant {variant!r}" if variant else f"profile {profile.name!r}"
            raise ConfigError(f"notebook {name} does not declare parameter(s) {undeclared} (set in {where})")
        runs.append(NotebookRun(name, source, out_root / "notebooks" / f"{name}.ipynb", parameters))
    return runs


def _earlier_record(manifest: Path, profile: str) -> tuple[dict[str, dict], dict[str, Any]]:
    """The notebook entries (by name) and parameters an earlier run of this profile recorded, so a run of
    some notebooks (``--only``, ``--resume``) keeps the others' record."""
    try:
        earlier = json.loads(manifest.read_text(encoding="utf-8")) if manifest.is_file() else {}
    except ValueError:
        earlier = {}
    if earlier.get("profile") != profile:
        return {}, {}
    entries = {entry["notebook"]: entry for entry in earlier.get("notebooks", [])
               if isinstance(entry, dict) and "notebook" in entry}
    return entries, earlier.get("parameters", {})


def _data_root_record(data_root: Path) -> str:
    """How a manifest names the data root: the kit's bundled data by that name, any other by its path."""
    return BUNDLED_RECORD if data_root == bundled_data_root() else str(data_root)


def _check_results_folder(out_root: Path, profile: str) -> None:
    manifest = out_root / "manifest.json"
    if manifest.is_file():
        recorded = json.loads(manifest.read_text()).get("profile")
        if recorded not in (None, profile):
            raise ConfigError(f"{out_root} holds results of profile {recorded!r}, not {profile!r}")


def run_notebooks(runs: list[NotebookRun], *, resume: bool = False, kernel_name: str = "python3",
                  manifest_fields: Mapping[str, Any] | None = None, progress: bool = True) -> list[dict[str, Any]]:
    """Execute ``runs`` in order; return per-notebook summaries; raise NotebookFailed on the first failure.

    The manifest beside the outputs records ``manifest_fields`` too (an ablation's variant, say)."""
    import papermill

    if not runs:
        return []
    out_root = runs[0].output.parents[1]
    started = utc_now()
    summaries: list[dict[str, Any]] = []
    data_root = resolve_data_root(runs[0].parameters.get("data_root"))
    fingerprint = data_fingerprint(data_root)

    entries, earlier_parameters = _earlier_record(out_root / "manifest.json", runs[0].parameters["profile"])
    for run in runs:  # this run's notebooks get a new entry when they finish (or are skipped as done)
        entries.pop(run.name, None)
    parameters = {**earlier_parameters, **{run.name: run.parameters for run in runs}}
    models = model_identities(parameters.values())

    def record(finished: str | None) -> None:  # after every notebook, so a later notebook's report sees the times
        write_manifest(out_root / "manifest.json", profile=runs[0].parameters["profile"], started=started,
                       finished=finished, data_root=_data_root_record(data_root), data_fingerprint=fingerprint,
                       notebooks=[entries[name] for name in sorted(entries)], parameters=parameters,
                       models=models, **(manifest_fields or {}))

    for run in tqdm(runs, desc="notebooks", unit="nb", disable=not progress):
        if resume and run.is_done():
            summaries.append({"notebook": run.name, "status": "skipped (done)", "seconds": 0.0})
            marker = json.loads(run.done_marker.read_text())
            entries[run.name] = {"notebook": run.name, "status": "ok", "seconds": marker.get("seconds"),
                                 "finished": marker.get("finished")}
            continue
        run.output.parent.mkdir(parents=True, exist_ok=True)
        run.done_marker.unlink(missing_ok=True)
        t0 = time.perf_counter()
        log = out_root / "logs" / f"{run.name}.log"
        try:
            papermill.execute_notebook(str(run.source), str(run.output), parameters=run.parameters,
                                       kernel_name=kernel_name, language="python", cwd=str(run.source.parent),
                                       progress_bar=False)
        except papermill.PapermillExecutionError as error:
            _tidy(run, log)
            raise NotebookFailed(f"notebook {run.name} failed in cell In [{error.exec_count}]: "
                                 f"{error.ename}: {error.evalue} (see the executed copy {run.output} "
                                 f"and its log {log})") from error
        _tidy(run, log)
        seconds, finished = round(time.perf_counter() - t0, 1), utc_now()
        run.done_marker.write_text(json.dumps({"parameters_digest": run.parameters_digest(),
                                               "finished": finished, "seconds": seconds}) + "\n")
        summaries.append({"notebook": run.name, "status": "ok", "seconds": seconds})
        entries[run.name] = {**summaries[-1], "finished": finished}
        record(None)
    record(utc_now())
    return summaries


def _tidy(run: NotebookRun, log: Path) -> None:
    """The executed copy as it is committed: stderr (progress bars, warnings) moved to ``log``, machine paths
    made relative to the folder it ran in."""
    move_stderr_to_log(run.output, log)
    relative_notebook_paths(run.output, run.source.parent)


def relative_notebook_paths(notebook: Path, ran_in: Path) -> int:
    """Rewrite, in the executed ``notebook`` (parameters, outputs, metadata), every absolute path under the
    folder above ``ran_in`` (the kit's root, for its ``notebooks/``) relative to ``ran_in``, as
    ``../results/...``; return how many were rewritten."""
    ran_in = Path(ran_in).resolve()
    prefix = str(ran_in.parent) + os.sep
    text = notebook.read_text(encoding="utf-8")
    count = text.count(prefix)
    if count:
        write_text_atomic(notebook, text.replace(prefix, os.path.relpath(ran_in.parent, ran_in) + os.sep))
    return count


def move_stderr_to_log(notebook: Path, log: Path) -> int:
    """Move every stderr stream output of the executed ``notebook`` into ``log`` (rewritten), cell by cell;
    return how many outputs moved."""
    import nbformat

    executed = nbformat.read(notebook, as_version=4)
    lines, moved = [], 0
    for number, cell in enumerate(executed.cells):
        kept = []
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                lines.append(f"--- cell {number} ---\n{output.get('text', '')}")
                moved += 1
            else:
                kept.append(output)
        if cell.cell_type == "code":
            cell.outputs = kept
    log.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(log, "".join(lines))
    nbformat.write(executed, notebook)
    return moved


def model_identities(parameter_sets: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """The identity of every model the notebooks' parameters name (``model``, ``base_model``), keyed by
    name: ``llm.model_identity`` for local and hub models, the server for an ``openai`` backend."""
    identities: dict[str, dict[str, Any]] = {}
    for parameters in parameter_sets:
        for key in ("model", "base_model"):
            name = parameters.get(key)
            if not isinstance(name, str) or name in identities:
                continue
            if parameters.get("backend") == "openai":
                identities[name] = {"model": name, "served_by": parameters.get("base_url")}
            else:
                identities[name] = model_identity(name)
    return identities


def _reproduce(args: argparse.Namespace) -> int:
    profile = load_profile(args.profile, args.config_dir)
    runs = plan_runs(profile, args.notebooks_dir, args.results_dir, only=args.only)
    summaries = run_notebooks(runs, resume=not args.overwrite)
    width = max(len(s["notebook"]) for s in summaries)
    for summary in summaries:
        print(f"{summary['notebook']:<{width}}  {summary['status']:<14}  {summary['seconds']:>8.1f} s")
    print(f"total {sum(s['seconds'] for s in summaries):.1f} s; results in {runs[0].output.parents[1]}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``learnat reproduce``."""
    repo = default_config_dir().parent
    parser = subparsers.add_parser("reproduce", help="run the notebooks in order with a profile's parameters")
    add_notebook_flags(parser, repo)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="notebook stems or numbers, e.g. 01")
    add_resume_flags(parser, "the notebooks already run with the same parameters")
    parser.set_defaults(func=_reproduce)


def add_notebook_flags(parser: argparse.ArgumentParser, repo: Path) -> None:
    """``--profile`` and the folders of the configs, the notebooks and the results (defaults: under ``repo``)."""
    parser.add_argument("--profile", default="cpu", choices=PROFILE_NAMES,
                        help="parameter profile, configs/<profile>.yaml (default: cpu)")
    parser.add_argument("--config-dir", type=existing_dir, default=repo / "configs",
                        help="folder of the profiles (default: the kit's configs/)")
    parser.add_argument("--notebooks-dir", type=existing_dir, default=repo / "notebooks",
                        help="folder of the NN_*.ipynb notebooks (default: the kit's notebooks/)")
    parser.add_argument("--results-dir", type=output_dir, default=repo / "results",
                        help="results are written to <results-dir>/<profile>/ (default: the kit's results/)")
