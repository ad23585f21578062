#!/usr/bin/env bash
# Throughput benchmark (not part of the test suite): builds if needed, then
# runs the pipeline over a generated corpus, single thread.
#   tools/bench.sh [sayso_bench options]   e.g. --mb 50, --one-document
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/bin/sayso_bench ] || tools/setup.sh
cmake --build build -j"$(nproc)" --target sayso_bench >/dev/null
exec build/bin/sayso_bench "$@"
