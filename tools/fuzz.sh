#!/usr/bin/env bash
# Fuzzes every reader of untrusted bytes with libFuzzer (clang from Debian's
# clang package, runtimes from libclang-rt-dev), AddressSanitizer and
# UndefinedBehaviorSanitizer (halting on the first error):
#   extract       the whole pipeline and its JSON record (offsets, time per KB)
#   rule_file     the rule-table loader, the rules checker, token patterns
#   user_kb       a user knowledge base file
#   jsonl_reader  the CLI's JSONL reader
#   c_abi         the C ABI: extract, every accessor, the JSON record, free
#
#   tools/fuzz.sh [seconds] [target...]    default 60 s per target, every target
#
# Each target starts from its seed corpus (fuzz/corpus/<target>/, copied to
# build-fuzz/corpus/<target>/ so that runs never write into the repository;
# the copy grows across runs). A crash leaves its input in
# build-fuzz/artifacts/<target>/ and the script exits non-zero after the
# remaining targets have run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract rule_file user_kb jsonl_reader c_abi)

jobs="$(nproc)"
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DSAYSO_BUILD_TESTING=OFF -DSAYSO_BUILD_CLI=OFF -DSAYSO_BUILD_BENCH=OFF -DSAYSO_BUILD_FUZZ=ON \
  -DSAYSO_SANITIZE=address,undefined \
  -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link" -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link" >/dev/null
cmake --build build-fuzz -j"$jobs" --target "${targets[@]/#/sayso_fuzz_}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
failed=()
for target in "${targets[@]}"; do
  corpus="build-fuzz/corpus/$target"
  artifacts="build-fuzz/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  cp -n "fuzz/corpus/$target"/* "$corpus"/ 2>/dev/null || true
  echo "== fuzzing $target for $seconds s"
  # -max_len: rule files and JSONL lines are small; documents up to 20 KB.
  # -timeout: one input may take 10 s before libFuzzer calls it a hang
  # (the extract target's own bound is far lower).
  if ! "build-fuzz/bin/sayso_fuzz_$target" -max_total_time="$seconds" -max_len=20000 -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" \
      >"build-fuzz/$target.log" 2>&1; then
    tail -n 40 "build-fuzz/$target.log" >&2
    failed+=("$target")
  else
    grep -E "^stat::number_of_executed_units|^Done" "build-fuzz/$target.log" || true
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: failures in: ${failed[*]} (inputs in build-fuzz/artifacts/)" >&2
  exit 1
fi
echo "fuzz.sh: ${#targets[@]} targets, $seconds s each, no failure"
