#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) in
# build-fuzz and runs each for SECONDS seconds (default 20). New inputs that
# reach new code are kept in build-fuzz/fuzz/corpus/TARGET, so later runs start
# from them; a crash leaves its input in build-fuzz/fuzz/artifacts/.
# Usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]   (README.md "Reliability")
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(article_fuzz jsonl_line_fuzz lexicon_fuzz date_fuzz key_fuzz)
build=${BUILD_DIR:-build-fuzz}

CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTANCEKB_FUZZ=ON >/dev/null
cmake --build "$build" -j"${JOBS:-$(nproc)}" --target "${targets[@]}"

# Seed directories per target: the bundled examples and test data.
seeds() {
  case "$1" in
    article_fuzz) echo examples/articles tests/data/articles tests/data/bad ;;
    jsonl_line_fuzz) echo tests/fuzz/seeds/jsonl tests/data/bad ;;
    lexicon_fuzz) echo lexicon/default tests/data/bad ;;
    date_fuzz) echo tests/fuzz/seeds/date ;;
    key_fuzz) echo tests/fuzz/seeds/keys ;;
  esac
}

export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
failed=()
for target in "${targets[@]}"; do
  corpus="$build/fuzz/corpus/$target"
  mkdir -p "$corpus" "$build/fuzz/artifacts"
  echo "== $target: ${seconds}s"
  # shellcheck disable=SC2046
  if ! "$build/fuzz/$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
      -print_final_stats=1 -artifact_prefix="$build/fuzz/artifacts/$target-" \
      "$corpus" $(seeds "$target") 2> "$build/fuzz/$target.log"; then
    tail -n 60 "$build/fuzz/$target.log"
    failed+=("$target")
  else
    grep -E "^stat::number_of_executed_units|^#[0-9]+ +DONE" "$build/fuzz/$target.log" || true
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]} (inputs in $build/fuzz/artifacts/)" >&2
  exit 1
fi
