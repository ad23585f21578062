#!/usr/bin/env bash
# Builds sayso and runs the whole test suite with ctest.
#   tools/test.sh [ctest args]              Release build in build/ (running
#                                           tools/setup.sh first when there is none)
#   tools/test.sh --sanitize [ctest args]   everything built with AddressSanitizer
#                                           and UndefinedBehaviorSanitizer (-O1 -g)
#                                           in build-asan/; UBSan halts at the first
#                                           error, ASan also checks for leaks
#   SAYSO_SANITIZE=thread tools/test.sh --sanitize   ThreadSanitizer, in build-tsan/
# Under sanitizers the tests that cannot run instrumented report themselves
# skipped (the installed-package consumers, the Python binding, the 100 MB
# document) and the hostile-input suite skips its time and memory bounds.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc)"

if [ "${1:-}" = --sanitize ]; then
  shift
  sanitizers="${SAYSO_SANITIZE:-address,undefined}"
  case ",$sanitizers," in
    *,thread,*) dir=build-tsan ;;
    *) dir=build-asan ;;
  esac
  SAYSO_SKIP_BUILD=1 tools/setup.sh  # the packages only
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DSAYSO_SANITIZE="$sanitizers" -DSAYSO_BUILD_BENCH=OFF >/dev/null
  cmake --build "$dir" -j"$jobs"
  export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:strict_init_order=1}"
  export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
  export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}"
  cd "$dir"
  exec ctest --output-on-failure -j"$jobs" "$@"
fi

if [ ! -f build/CMakeCache.txt ]; then
  tools/setup.sh
else
  cmake -S . -B build >/dev/null
  cmake --build build -j"$jobs"
fi
cd build
ctest --output-on-failure -j"$jobs" "$@"
