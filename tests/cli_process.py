"""``learnat`` run as a user runs it: a fresh interpreter on this checkout, as a subprocess."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def learnat_command(*argv: str) -> list[str]:
    """The argv of ``learnat ARGV`` in this interpreter."""
    return [sys.executable, "-m", "learnat_core.cli", *argv]


def learnat_env() -> dict[str, str]:
    """This environment with the checkout first on PYTHONPATH."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}


def run_learnat(*argv: str) -> subprocess.CompletedProcess:
    """``learnat ARGV`` to completion, its output captured as text."""
    return subprocess.run(learnat_command(*argv), cwd=REPO, env=learnat_env(), capture_output=True, text=True,
                          timeout=600)


def start_learnat(*argv: str) -> subprocess.Popen:
    """``learnat ARGV`` started in its own process group, its output piped as text, with Ctrl-C at its default
    (a test run in the background of a non-interactive shell inherits SIGINT ignored; a user's terminal does not)."""
    return subprocess.Popen(learnat_command(*argv), cwd=REPO, env=learnat_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
