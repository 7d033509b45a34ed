#!/usr/bin/env bash
# Regenerates doc/report-ceasefire.png, the README's picture of `stancekb
# report`: imports the bundled example articles into a temporary database,
# writes the ceasefire report and photographs it with headless Chromium.
# Usage: bash scripts/report-screenshot.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/stancekb" --db "$work/db" import articles examples/articles >/dev/null
"$build/stancekb" --db "$work/db" report --topic ceasefire -o "$work/ceasefire.html" >/dev/null
# As root Chromium needs --no-sandbox; the other flags keep it off the
# network, where a machine without one would make it hang.
timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage \
  --user-data-dir="$work/profile" --hide-scrollbars --window-size=1100,2000 \
  --screenshot="$work/report.png" "file://$work/ceasefire.html" 2>/dev/null
mkdir -p doc
cp "$work/report.png" doc/report-ceasefire.png
echo "wrote doc/report-ceasefire.png"
