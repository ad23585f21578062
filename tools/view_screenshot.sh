#!/usr/bin/env bash
# Renders the HTML view (sayso extract --format html) of an article in
# headless Chromium and saves the screenshot, using the browser check of
# tests/views/check_views.py (which also checks the page's DOM).
#   tools/view_screenshot.sh ARTICLE.txt OUT.png [BUILD_DIR]
# The README's picture: tools/view_screenshot.sh ../shared/seed/<seed>.txt docs/images/html-view.png
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:?usage: tools/view_screenshot.sh ARTICLE.txt OUT.png [BUILD_DIR]}
out=${2:?usage: tools/view_screenshot.sh ARTICLE.txt OUT.png [BUILD_DIR]}
build=${3:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 tests/views/check_views.py "$build/bin/sayso" tests/views/data "$work" browser \
  "$(realpath "$article")" "$(realpath -m "$out")"
