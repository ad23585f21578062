#!/usr/bin/env bash
# Fuzzes the whole pipeline with libFuzzer (clang from Debian's clang package),
# AddressSanitizer and UndefinedBehaviorSanitizer. Not part of the test suite.
#   tools/fuzz.sh [seconds]    default 60; the corpus grows in build-fuzz/corpus
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DSAYSO_BUILD_TESTING=OFF -DSAYSO_BUILD_CLI=OFF -DSAYSO_BUILD_BENCH=OFF -DSAYSO_BUILD_FUZZ=ON \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target sayso_fuzz_extract
mkdir -p build-fuzz/corpus
cp -n examples/*.txt build-fuzz/corpus/ 2>/dev/null || true
exec build-fuzz/bin/sayso_fuzz_extract -max_total_time="$seconds" -max_len=20000 build-fuzz/corpus
