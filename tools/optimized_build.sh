#!/usr/bin/env bash
# A whole-library optimised build in one command, from a clean directory
# (cmake/SaysoOptimize.cmake; docs/performance.md, nineteenth round):
#   tools/optimized_build.sh lto|pgo|lto,pgo [BUILD_DIR] [-- extra cmake arguments]
# BUILD_DIR defaults to build-opt. lto is one configure and build. pgo builds
# an instrumented library, CLI and bench in BUILD_DIR/pgo-train, trains them
# on invented text only (the bench's generated corpus, seeded, and
# examples/*.txt; never the eval sets or the seed under ../shared), writes
# the profile to BUILD_DIR/pgo-profile, then builds BUILD_DIR with
# -fprofile-use. Rerun it after changing lib/ (a stale profile still builds,
# with coverage-mismatch warnings, but fits less). Extra cmake arguments
# (a compiler launcher, a build type) go to both configures.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
case "$mode" in lto|pgo|lto,pgo|pgo,lto) ;; *)
  echo "usage: tools/optimized_build.sh lto|pgo|lto,pgo [BUILD_DIR] [-- cmake arguments]" >&2; exit 2;;
esac
shift
build=build-opt
if [ $# -gt 0 ] && [ "$1" != "--" ]; then build=$1; shift; fi
[ "${1:-}" = "--" ] && shift
jobs=${JOBS:-$(nproc)}
mkdir -p "$build"
build=$(cd "$build" && pwd)
[ -n "$(grep -s CMAKE_BUILD_TYPE "$build/CMakeCache.txt" || true)" ] || set -- -DCMAKE_BUILD_TYPE=Release "$@"

if [[ $mode == *pgo* ]]; then
  train=$build/pgo-train
  profile=$build/pgo-profile
  echo "== instrumented build in $train"
  cmake -S . -B "$train" -DSAYSO_OPTIMIZE=pgo -DSAYSO_PGO_PHASE=generate -DSAYSO_PGO_DIR="$profile" \
    -DSAYSO_BUILD_TESTING=OFF "$@" >/dev/null
  cmake --build "$train" -j"$jobs" --target sayso_cli sayso_bench >/dev/null
  echo "== training (generated corpus, examples/*.txt)"
  rm -rf "$profile"
  # The bench's generated corpus: 2 MiB, every depth and the JSON record.
  "$train/bin/sayso_bench" --mb 2 --repeat 1 --threads 1 >/dev/null
  # The CLI on the examples: JSONL, CSV, every record kept, and the reading view.
  for f in examples/*.txt; do
    "$train/bin/sayso" extract "$f" >/dev/null
    "$train/bin/sayso" extract --keep-unattributed "$f" >/dev/null
    "$train/bin/sayso" extract --format csv "$f" >/dev/null
    "$train/bin/sayso" show "$f" >/dev/null
  done
  echo "   $(find "$profile" -name '*.gcda' | wc -l) profile files in $profile"
fi
echo "== optimised build in $build"
cmake -S . -B "$build" -DSAYSO_OPTIMIZE="$mode" -DSAYSO_PGO_PHASE=use -DSAYSO_PGO_DIR="$build/pgo-profile" "$@" >/dev/null
cmake --build "$build" -j"$jobs" ${TARGETS:+--target $TARGETS}
