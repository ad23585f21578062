#!/usr/bin/env bash
# Builds sayso (running tools/setup.sh first when there is no build yet) and
# runs the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build/CMakeCache.txt ]; then
  tools/setup.sh
else
  cmake -S . -B build >/dev/null
  cmake --build build -j"$(nproc)"
fi
cd build
ctest --output-on-failure -j"$(nproc)" "$@"
