#!/usr/bin/env bash
# Installs what sayso needs from Debian's packages (as root; idempotent),
# configures a Release build in build/ and builds it.
#   tools/setup.sh            install + configure + build
#   SAYSO_SKIP_APT=1 tools/setup.sh   build only (packages already present)
#   SAYSO_SKIP_BUILD=1 tools/setup.sh packages only (tools/test.sh --sanitize, tools/fuzz.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config
  libicu-dev          # Unicode: character properties, sentence breaks
  libre2-dev          # regular expressions for rule patterns
  libboost-program-options-dev  # the CLI's options
  nlohmann-json3-dev  # reading JSONL input
  catch2              # tests (Catch2 v2)
  python3 python3-venv  # the evaluation scorers, the Python binding and its install test
  python3-pandas      # sayso.to_frames (optional for users; its tests need it)
  python3-dask python3-distributed  # sayso.dask: one document stream over many machines
  locales             # de_DE.UTF-8, for the test that output numbers ignore the host's locale
  chromium            # tests: the --format html page in a real (headless) browser
  clang libclang-rt-dev  # tools/fuzz.sh: libFuzzer and the sanitizer runtimes for clang
                         # (GCC's ASan/UBSan/TSan runtimes come with build-essential)
)

if [ "${SAYSO_SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "tools/setup.sh: missing packages: ${missing[*]}; run as root or install them" >&2
      exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
fi

# The locale test (tests/unit/test_output_locale.cpp) runs the writers under
# de_DE.UTF-8, whose decimal separator is a comma; without the locale it says
# SKIPPED.
if [ "${SAYSO_SKIP_APT:-0}" != 1 ] && [ "$(id -u)" = 0 ] && ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
  if [ -f /etc/locale.gen ] && grep -q '^# *de_DE.UTF-8 UTF-8' /etc/locale.gen; then
    sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
  else
    echo 'de_DE.UTF-8 UTF-8' >> /etc/locale.gen
  fi
  locale-gen >/dev/null
fi
[ "${SAYSO_SKIP_BUILD:-0}" = 1 ] && exit 0

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
