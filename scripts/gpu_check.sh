#!/usr/bin/env bash
# The GPU check on an offline machine: a virtual environment .gpu_venv/ (git-ignored) over python3's own packages,
# the wheels of gpu_bundle/ (scripts/build_gpu_bundle.sh) installed into it without the network or dependency
# resolution, then scripts/gpu_check.py in it. (A venv rather than a --target folder on PYTHONPATH: dill, which
# datasets hashes with, pickles classes of modules outside sys.prefix by value, and pyarrow's do not pickle.)
# Arguments go to gpu_check.py; the JSON is results/gpu_check/gpu_check.json unless --out says otherwise.
#
#     scripts/gpu_check.sh [--tiny] [--steps N] [--out FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=${GPU_BUNDLE:-gpu_bundle}
venv=.gpu_venv
python=${PYTHON:-python3}
rm -rf "$venv"
"$python" -m venv --system-site-packages --without-pip "$venv"
"$python" -m pip install --quiet --no-index --no-deps --no-warn-script-location --prefix "$venv" "$bundle"/*.whl
export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 TOKENIZERS_PARALLELISM=false
"$venv/bin/python" -c "import learnat_core, trl, datasets, sqlglot, apted, peft, accelerate" || {
    echo "error: the bundle does not import with this python3 (see above); rebuild it with GPU_PYTHON set" >&2
    exit 1
}
exec "$venv/bin/python" scripts/gpu_check.py "$@"
