#!/usr/bin/env bash
# Runs every measurement of issue 5 and prints Markdown for bench/README.md:
# the machine, the SQLite comparison table, CLI cold start, peak RSS of an
# import, `extract` sentences per second and the micro-benchmarks.
#   bench/run_all.sh BUILD_DIR [WORK_DIR] [--with-10m]
# WORK_DIR (default /tmp/stancekb-bench) keeps corpora and databases.
set -euo pipefail
build=$(realpath "$1")
work=${2:-/tmp/stancekb-bench}
with_10m=${3:-}
mkdir -p "$work"
cli="$build/stancekb"

echo "## Machine"
echo
echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), nproc $(nproc)"
echo "- Memory: $(free -h | awk '/Mem:/ {print $2 " total, " $7 " available"}')"
echo "- Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

echo "## stancekb vs SQLite"
echo
"$build/bench/bench_compare" --dir "$work" $with_10m
echo

largest=1000000
[ "$with_10m" = "--with-10m" ] && largest=10000000
IFS=$'\t' read -r topic actor < <("$build/bench/bench_compare" --print-questions)

echo "## CLI cold start (open + said --topic --actor) on the 1000000-assertion database"
echo
# The same question through the sqlite3 shell (package sqlite3) on the
# SQLite database bench_compare built, for reference.
said_sql="SELECT id, actor, topic, stance, day, source, quote FROM assertion WHERE topic = '$topic'"
said_sql+=" AND actor = '$actor' AND status <> 2 ORDER BY actor, day, id"
# Interleaved rounds (ab_time.py), as bench/README's other A/B figures.
echo '```'
python3 "$(dirname "$0")/ab_time.py" 60 \
  "$cli --db $work/stancekb-1000000.db --format csv said --topic '$topic' --actor '$actor'" \
  "sqlite3 -readonly -csv $work/sqlite-1000000.db \"$said_sql\"" \
  "$cli --db $work/stancekb-1000000.db stats" "$cli --help"
echo '```'
echo

echo "## Peak RSS of \`stancekb import assertions\` ($largest assertions)"
echo
rm -rf "$work/rss.db"
/usr/bin/time -f "- peak RSS %M KiB, %e s wall, %U s user" "$cli" --db "$work/rss.db" import assertions \
  "$work/corpus-$largest.jsonl" 2>&1 >/dev/null | tail -1
echo

echo "## extract"
echo
stats=$("$build/bench/bench_generate" articles --count 500 --out "$work/articles")
sentences=$(echo "$stats" | awk '{print $4}')
start=$(date +%s.%N)
"$cli" extract "$work/articles" >/dev/null
end=$(date +%s.%N)
awk -v n="$sentences" -v a="$start" -v b="$end" -v stats="$stats" \
  'BEGIN { printf "- %s; %.0f sentences/s (%.2f s)\n", stats, n / (b - a), b - a }' 
echo

echo "## Micro-benchmarks"
echo
echo '```'
"$build/bench/bench_micro" --benchmark_min_time=0.5 2>/dev/null
echo '```'
