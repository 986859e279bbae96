#!/usr/bin/env bash
# Wheels for scripts/gpu_check.sh on an offline GPU machine whose python3 has torch, transformers, accelerate and
# peft (and what they pull in: numpy, PyYAML, safetensors, huggingface_hub, tokenizers, Jinja2, fsspec, filelock,
# tqdm, psutil, httpx) but none of the rest: the kit (pip wheel --no-deps) and the distributions the training
# path imports beyond those (scripts/gpu_check.py imported under `python -X importtime`; matplotlib is imported
# only to draw, scipy and pillow only when present), at this environment's versions (the tested stack), for
# CPython $GPU_PYTHON (default 3.12) on x86-64 Linux. Fails when the folder exceeds 64 MiB.
#
#     scripts/build_gpu_bundle.sh [OUT_DIR]        # default gpu_bundle/ (git-ignored); needs the network
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-gpu_bundle}
python=${PYTHON:-python3}
gpu_python=${GPU_PYTHON:-3.12}
limit_mib=64
pure=(trl datasets python-dateutil six tzdata dill sqlglot apted zss tenacity requests urllib3)  # zss: an sdist only
# built per CPython version and platform; pyarrow at the oldest release datasets 5.2 takes: 26.0 (55 MB) would
# not fit, 24.0 is 49 MB
binary=(pyarrow==24.0.0 pandas xxhash multiprocess charset-normalizer)

pins() {  # NAME==VERSION as installed here (unless pinned already), or NAME (the newest release) when it is not
    "$python" - "$@" <<'PY'
import sys
from importlib import metadata

for name in sys.argv[1:]:
    if "==" in name:
        print(name)
        continue
    try:
        print(f"{name}=={metadata.version(name)}")
    except metadata.PackageNotFoundError:
        print(name)
PY
}

rm -rf "$out"
mkdir -p "$out"
# shellcheck disable=SC2046  # one requirement per word
"$python" -m pip wheel --quiet --no-deps --wheel-dir "$out" . $(pins "${pure[@]}")
# shellcheck disable=SC2046
"$python" -m pip download --quiet --no-deps --only-binary=:all: --dest "$out" --implementation cp \
    --python-version "$gpu_python" --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 \
    --platform manylinux2014_x86_64 $(pins "${binary[@]}")
size=$(du -sb "$out" | cut -f1)
ls -l "$out"
echo "$out: $(ls "$out" | wc -l) wheels, $((size / 1024 / 1024)) MiB (limit $limit_mib MiB)"
if (( size > limit_mib * 1024 * 1024 )); then
    echo "error: $out is larger than $limit_mib MiB" >&2
    exit 1
fi
