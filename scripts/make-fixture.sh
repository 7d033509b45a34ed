#!/usr/bin/env bash
# Writes tests/data/fixtures/format-vN.db, the database fixture that
# tests/reliability/format_fixture_test.cc reads, with the stancekb binary
# BIN (default build/stancekb). Run it only when Store::kFormatVersion goes
# up, keeping the older fixtures: each must still open and read.
# Usage: bash scripts/make-fixture.sh [BIN]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/stancekb}
version=$(grep -o 'kFormatVersion = [0-9]*' kb/store.h | grep -o '[0-9]*$')
out=tests/data/fixtures/format-v$version.db
rm -rf "$out"
export STANCEKB_LEXICON="$PWD/lexicon/default"
"$bin" --db "$out" import articles examples/articles >/dev/null
"$bin" --db "$out" import assertions tests/data/fixtures/assertions.jsonl >/dev/null
"$bin" --db "$out" retract 2 >/dev/null
# Keep what RocksDB needs to open the database, not its logs or our pid file.
rm -f "$out"/LOG* "$out"/LOCK "$out"/WRITER.pid
du -sh "$out"
