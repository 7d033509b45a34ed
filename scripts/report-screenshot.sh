#!/usr/bin/env bash
# Regenerates doc/report-ceasefire.png, the README's picture of `stancekb
# report`: imports the bundled example articles into a temporary database,
# writes the ceasefire report and photographs it with headless Chromium, as
# tall as the page (measured by tests/report/browser_harness.html at the same
# width). With pngquant installed (Debian package pngquant) the picture is cut
# to a palette, a third of the bytes.
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
browse() {
  timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage \
    --user-data-dir="$work/profile" --hide-scrollbars "$@" 2>/dev/null
}
width=1200  # The harness frame's width.
height=$(browse --allow-file-access-from-files --dump-dom \
  "file://$PWD/tests/report/browser_harness.html?report=file://$work/ceasefire.html" |
  python3 -c 'import html, json, re, sys
found = re.search(r"<pre id=\"result\">(.*?)</pre>", sys.stdin.read(), re.S)
print(json.loads(html.unescape(found.group(1)))["height"])')
browse --window-size="$width,$height" --screenshot="$work/report.png" "file://$work/ceasefire.html"
mkdir -p doc
if command -v pngquant >/dev/null; then
  pngquant --force --strip --quality 70-95 --output doc/report-ceasefire.png "$work/report.png"
else
  cp "$work/report.png" doc/report-ceasefire.png
fi
echo "wrote doc/report-ceasefire.png (${width}x$height, $(stat -c %s doc/report-ceasefire.png) bytes)"
