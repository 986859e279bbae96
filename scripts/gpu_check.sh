#!/usr/bin/env bash
# The GPU check on an offline machine: the wheels of gpu_bundle/ (scripts/build_gpu_bundle.sh) installed without
# the network or dependency resolution into .gpu_site/ (git-ignored), then scripts/gpu_check.py with them first on
# the path. Arguments go to gpu_check.py; the JSON is results/gpu_check/gpu_check.json unless --out says otherwise.
#
#     scripts/gpu_check.sh [--tiny] [--steps N] [--out FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=${GPU_BUNDLE:-gpu_bundle}
site=.gpu_site
python=${PYTHON:-python3}
"$python" -m pip install --quiet --no-index --no-deps --upgrade --target "$site" "$bundle"/*.whl
export PYTHONPATH="$PWD/$site${PYTHONPATH:+:$PYTHONPATH}"
export HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 TOKENIZERS_PARALLELISM=false
"$python" -c "import learnat_core, trl, datasets, sqlglot, apted, peft, accelerate" || {
    echo "error: the bundle does not import with this python3 (see above); rebuild it with GPU_PYTHON set" >&2
    exit 1
}
exec "$python" scripts/gpu_check.py "$@"
