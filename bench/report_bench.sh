#!/usr/bin/env bash
# Times `stancekb report` for one topic, as a whole process, on generated
# databases of each SIZE assertions (bench_generate's corpus: 5,000 actors
# with Zipf-skewed activity, 300 topics, 2015-2024), RUNS times each; the
# topic is the one bench_compare asks about, among the most discussed. Prints
# per size the topic's statements and actors, the page's rows and size, and
# each run's wall-clock and CPU seconds and peak RSS.
# Usage: bash bench/report_bench.sh BUILD_DIR [WORK_DIR] [RUNS] [SIZE…]
#   WORK_DIR (default /tmp/stancekb-bench) keeps the corpora and databases, named
#   as bench_compare names them, so either reuses the other's; SIZE defaults to
#   100000 and 1000000.
set -euo pipefail
build=$(realpath "${1:?BUILD_DIR}")
work=${2:-/tmp/stancekb-bench}
runs=${3:-5}
shift $(($# < 3 ? $# : 3))
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
cli="$build/stancekb"
mkdir -p "$work"
IFS=$'\t' read -r topic _ < <("$build/bench/bench_compare" --print-questions)
echo "load average $(cut -d' ' -f1-3 /proc/loadavg); topic $topic"
for size in "${sizes[@]}"; do
  corpus="$work/corpus-$size.jsonl"
  db="$work/stancekb-$size.db"
  [ -f "$corpus" ] || "$build/bench/bench_generate" assertions --size "$size" --out "$corpus" >/dev/null
  [ -d "$db" ] || "$cli" --db "$db" import assertions "$corpus" >/dev/null
  page="$work/report-$size.html"
  for run in $(seq "$runs"); do
    /usr/bin/time -f "$size assertions, run $run: %e s wall, %U+%S s CPU, peak RSS %M KiB" \
      "$cli" --db "$db" --format csv report --topic "$topic" -o "$page" 2>&1 >/dev/null | tail -1
  done
  summary=$("$cli" --db "$db" --format csv report --topic "$topic" -o "$page" | tail -1)
  marks=$(grep -o '<circle class="mark ' "$page" | wc -l)
  rows=$(grep -o '<g class="row"' "$page" | wc -l)
  folded=$(grep -o 'most active of [0-9]* actors' "$page" | head -1)
  echo "$size assertions: file,topic,statements,network_nodes = $summary; $marks marks in $rows rows" \
    "(${folded:-every actor drawn}); page $(stat -c %s "$page") bytes"
done
