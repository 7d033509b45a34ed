#!/usr/bin/env bash
# Runs every measurement bench/README.md reports and prints its tables as
# Markdown: the machine, the SQLite comparison (bench_compare), whole
# processes against the sqlite3 shell (cold start and CSV to a file),
# imports into a grown database, whole-database graphs, peak RSS of an
# import, `extract` sentences per second and the micro-benchmarks.
#   bench/run_all.sh BUILD_DIR [WORK_DIR] [--with-10m]
# BUILD_DIR is a Release build with -DSTANCEKB_BUILD_BENCH=ON. WORK_DIR
# (default /tmp/stancekb-bench) keeps corpora and databases (about 3 GB, 25
# GB with --with-10m). Needs the sqlite3 package.
set -euo pipefail
build=$(realpath "$1")
work=${2:-/tmp/stancekb-bench}
with_10m=${3:-}
mkdir -p "$work"
cli="$build/stancekb"
here=$(dirname "$0")

# Wall seconds, user seconds and peak RSS of one command (stdout discarded).
measure() {
  /usr/bin/time -f "%e s wall, %U s user, %S s system, peak RSS %M KiB" "$@" 2>&1 >/dev/null | tail -1
}

echo "## Machine"
echo
echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), nproc $(nproc)"
echo "- Memory: $(free -h | awk '/Mem:/ {print $2 " total, " $7 " available"}')"
echo "- Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

echo "## stancekb vs SQLite (bench_compare: one process, both building the same rows)"
echo
"$build/bench/bench_compare" --dir "$work" $with_10m
echo

IFS=$'\t' read -r topic actor < <("$build/bench/bench_compare" --print-questions)
at=2022-06-30  # bench_compare's --at (ArgsFor in bench/comparison.cc).

echo "## Whole processes against the sqlite3 shell (medians of 20 interleaved rounds)"
echo
echo "| assertions | question | rows | sqlite3 shell | stancekb | shell/stancekb |"
echo "| ---: | --- | ---: | ---: | ---: | ---: |"
for size in 100000 1000000; do
  python3 "$here/cli_vs_shell.py" 20 "$cli" "$work" "$size" "$topic" "$actor" "$at"
done
echo
echo '```'
python3 "$here/ab_time.py" 40 "$cli --help" "sqlite3 -version" "$cli --db $work/stancekb-1000000.db stats"
echo '```'
echo

echo "## Imports into a grown database (CLI, 10^6 lines then 10^5 new ones)"
echo
# The 10^5 new lines are the last of a 1.1-million-line corpus, the 10^6 the
# ones before them.
grown="$work/grown.db"
"$build/bench/bench_generate" assertions --size 1100000 --out "$work/corpus-1100000.jsonl" >/dev/null
head -n 1000000 "$work/corpus-1100000.jsonl" >"$work/first-1000000.jsonl"
tail -n 100000 "$work/corpus-1100000.jsonl" >"$work/new-100000.jsonl"
rm -rf "$grown"
echo "- 10^6 lines into an empty database: $(measure "$cli" --db "$grown" import assertions "$work/first-1000000.jsonl")"
echo "- 10^5 new lines into it: $(measure "$cli" --db "$grown" import assertions "$work/new-100000.jsonl")"
echo "- the same 10^5 lines again (nothing new): $(measure "$cli" --db "$grown" import assertions "$work/new-100000.jsonl")"
echo "- the 10^6 lines again (nothing new): $(measure "$cli" --db "$grown" import assertions "$work/first-1000000.jsonl")"
"$cli" --db "$grown" check >/dev/null
echo "- \`check\` afterwards: consistent"
echo

echo "## Whole-database graphs on the 1000000-assertion database (output to /dev/null)"
echo
db="$work/stancekb-1000000.db"
echo "- \`network\` (GraphML): $(measure "$cli" --db "$db" network --at "$at")"
echo "- \`disagree\` (CSV): $(measure "$cli" --db "$db" --format csv disagree --at "$at")"
echo "- \`blocs\` (CSV): $(measure "$cli" --db "$db" --format csv blocs --at "$at")"
echo

largest=1000000
[ "$with_10m" = "--with-10m" ] && largest=10000000
echo "## Peak RSS of \`stancekb import assertions\` ($largest assertions)"
echo
rm -rf "$work/rss.db"
echo "- $(measure "$cli" --db "$work/rss.db" import assertions "$work/corpus-$largest.jsonl")"
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
