#!/usr/bin/env bash
# Articles per second through scripts/distributed_extract.py on a Dask
# LocalCluster of WORKERS processes against one plain `stancekb extract
# --documents` of the same feed (the engine's overhead), RUNS times each,
# interleaved. Prints each run's wall-clock and CPU seconds (the CPU of the
# whole process tree: client, scheduler, workers and extractors).
# Usage: bash bench/distributed_extract_bench.sh BUILD_DIR [FEED|ARTICLES] [RUNS] [WORKERS]
#   FEED: a JSONL feed; ARTICLES: how many to generate (default 20000).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?BUILD_DIR}
corpus=${2:-20000}
runs=${3:-3}
workers=${4:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -f "$corpus" ]; then
  feed=$corpus
else
  feed=$work/feed.jsonl
  "$build/bench/bench_generate" articles --count "$corpus" --feed "$feed" >/dev/null
fi
articles=$(grep -c . "$feed")
echo "feed $feed: $articles articles, $(stat -c %s "$feed") bytes; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
  /usr/bin/time -f "extract  wall %e s  cpu %U+%S s" "$build/stancekb" extract --documents "$feed" >"$work/one.jsonl"
  rm -rf "$work/parts"
  /usr/bin/time -f "cluster  wall %e s  cpu %U+%S s" /usr/bin/python3 scripts/distributed_extract.py \
    --binary "$build/stancekb" --workers "$workers" "$feed" "$work/parts" | tail -1 | sed 's/^/parts, articles, bad, seconds inside the cluster, articles\/s: /'
  cat "$work"/parts/*.jsonl | cmp -s - "$work/one.jsonl" || { echo "the parts differ from one extract" >&2; exit 1; }
done
