#!/usr/bin/env bash
# Runs every measurement bench/README.md reports and prints its tables as
# Markdown: the machine, the SQLite comparison (bench_compare), whole
# processes against the sqlite3 shell (cold start and CSV to a file),
# imports into a grown database, whole-database graphs, peak RSS of an
# import, `extract` sentences per second and the micro-benchmarks.
#   bench/run_all.sh BUILD_DIR [WORK_DIR] [--with-10m | --quick]
# BUILD_DIR is a Release build with -DSTANCEKB_BUILD_BENCH=ON. WORK_DIR
# (default /tmp/stancekb-bench) keeps corpora and databases (about 3 GB, 25
# GB with --with-10m). Needs the sqlite3 package. --quick stops at 10^5
# assertions (grown database: 10^5 then 10^4 new lines) and 5 rounds, for a
# run that ends within minutes on a busy machine; the full run takes hours
# there, most of it in the whole-database rows of 10^6.
set -euo pipefail
build=$(realpath "$1")
work=${2:-/tmp/stancekb-bench}
mode=${3:-}
with_10m=""
sizes="10000 100000 1000000"
rounds=20
graph_size=1000000
grown_size=1000000
case "$mode" in
  --with-10m) with_10m=--with-10m ;;
  --quick) sizes="10000 100000"; rounds=5; graph_size=100000; grown_size=100000 ;;
  "") ;;
  *) echo "run_all.sh: unknown mode $mode (--with-10m or --quick)" >&2; exit 2 ;;
esac
new_size=$((grown_size / 10))
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
size_flags=$(for n in $sizes; do printf -- '--size %s ' "$n"; done)
# shellcheck disable=SC2086  # One flag and value per size.
"$build/bench/bench_compare" --dir "$work" $size_flags $with_10m
echo

IFS=$'\t' read -r topic actor < <("$build/bench/bench_compare" --print-questions)
at=2022-06-30  # bench_compare's --at (ArgsFor in bench/comparison.cc).

echo "## Whole processes against the sqlite3 shell (medians of $rounds interleaved rounds)"
echo
echo "| assertions | question | rows | sqlite3 shell | stancekb | shell/stancekb |"
echo "| ---: | --- | ---: | ---: | ---: | ---: |"
for size in $sizes; do
  [ "$size" -lt 100000 ] && continue
  python3 "$here/cli_vs_shell.py" "$rounds" "$cli" "$work" "$size" "$topic" "$actor" "$at"
done
echo
echo '```'
python3 "$here/ab_time.py" $((rounds * 2)) "$cli --help" "sqlite3 -version" "$cli --db $work/stancekb-$graph_size.db stats"
echo '```'
echo

echo "## Imports into a grown database (CLI, $grown_size lines then $new_size new ones)"
echo
# The new lines are the last of a corpus one tenth larger, the first ones
# the lines before them.
grown="$work/grown.db"
total=$((grown_size + new_size))
"$build/bench/bench_generate" assertions --size "$total" --out "$work/corpus-$total.jsonl" >/dev/null
head -n "$grown_size" "$work/corpus-$total.jsonl" >"$work/first-$grown_size.jsonl"
tail -n "$new_size" "$work/corpus-$total.jsonl" >"$work/new-$new_size.jsonl"
rm -rf "$grown"
empty=$(measure "$cli" --db "$grown" import assertions "$work/first-$grown_size.jsonl")
new=$(measure "$cli" --db "$grown" import assertions "$work/new-$new_size.jsonl")
again=$(measure "$cli" --db "$grown" import assertions "$work/new-$new_size.jsonl")
all_again=$(measure "$cli" --db "$grown" import assertions "$work/first-$grown_size.jsonl")
# The targets' figures, from the wall seconds that open each measurement.
rate() { awk -v n="$1" -v s="${2%% s wall*}" 'BEGIN { printf "%.0f lines/s", n / s }'; }
times() { awk -v a="${1%% s wall*}" -v b="${2%% s wall*}" 'BEGIN { printf "%.2fx", a / b }'; }
echo "- $grown_size lines into an empty database: $empty; $(rate "$grown_size" "$empty")"
echo "- $new_size new lines into it: $new; $(rate "$new_size" "$new") (target: at least 150000)"
echo "- the same $new_size lines again (nothing new): $again (target: at most 1 s)"
echo "- the $grown_size lines again (nothing new): $all_again; $(times "$all_again" "$empty") the empty-database import (target: at most 1.5x)"
"$cli" --db "$grown" check >/dev/null
echo "- \`check\` afterwards: consistent"
echo

echo "## Whole-database graphs on the $graph_size-assertion database (output to /dev/null)"
echo
db="$work/stancekb-$graph_size.db"
echo "- \`network\` (GraphML): $(measure "$cli" --db "$db" network --at "$at")"
echo "- \`disagree\` (CSV): $(measure "$cli" --db "$db" --format csv disagree --at "$at")"
echo "- \`blocs\` (CSV): $(measure "$cli" --db "$db" --format csv blocs --at "$at")"
echo

largest=$graph_size
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
