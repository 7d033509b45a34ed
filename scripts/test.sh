#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine; what CI runs (.ci/run).
# Installs the dependencies once, then runs four stages side by side, each in
# its own build directory at -j$(nproc), and prints each stage's wall time:
#   tests     the CLI with the tests and benchmarks (STANCEKB_BUILD_TESTS,
#             STANCEKB_BUILD_BENCH) in build/, every GoogleTest through CTest
#   sanitize  the same suite under ASan/UBSan in build-asan/ (scripts/sanitize.sh)
#   fuzz      each fuzzer for STANCEKB_FUZZ_SECONDS seconds, default 20, in
#             build-fuzz/ (scripts/fuzz.sh)
#   format    every C++ file as .clang-format has it (scripts/check-format.sh)
# Usage: bash scripts/test.sh [STAGE...]   (default: all four)
# Each stage's output goes to build-logs/STAGE.log, shown when the stage
# fails. STANCEKB_CI_SERIAL=1 runs the stages one after another (less memory).
# A test running longer than STANCEKB_TEST_TIMEOUT seconds (default 900)
# fails instead of hanging the run.
set -euo pipefail
cd "$(dirname "$0")/.."
stages=("$@")
[ ${#stages[@]} -gt 0 ] || stages=(tests sanitize fuzz format)
export JOBS=${JOBS:-$(nproc)}
export STANCEKB_TEST_TIMEOUT=${STANCEKB_TEST_TIMEOUT:-900}

stage_tests() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTANCEKB_BUILD_TESTS=ON -DSTANCEKB_BUILD_BENCH=ON
  cmake --build build -j"$JOBS"
  ctest --test-dir build --output-on-failure -j"$JOBS" --timeout "$STANCEKB_TEST_TIMEOUT"
}
stage_sanitize() { bash scripts/sanitize.sh; }
stage_fuzz() { bash scripts/fuzz.sh "${STANCEKB_FUZZ_SECONDS:-20}"; }
stage_format() { bash scripts/check-format.sh; }

for stage in "${stages[@]}"; do
  declare -F "stage_$stage" >/dev/null || { echo "unknown stage '$stage' (tests sanitize fuzz format)" >&2; exit 2; }
done

bash scripts/setup-debian.sh --tests
logs=build-logs
mkdir -p "$logs"
run_stage() {
  local stage=$1 start rc=0
  start=$(date +%s)
  "stage_$stage" >"$logs/$stage.log" 2>&1 || rc=$?
  echo "$rc $(($(date +%s) - start))" >"$logs/$stage.result"
}
start=$(date +%s)
for stage in "${stages[@]}"; do
  echo "== $stage: started (log: $logs/$stage.log)"
  if [ "${STANCEKB_CI_SERIAL:-0}" = 1 ]; then run_stage "$stage"; else run_stage "$stage" & fi
done
wait

failed=()
for stage in "${stages[@]}"; do
  read -r rc seconds <"$logs/$stage.result"
  if [ "$rc" -ne 0 ]; then
    echo "== $stage: FAILED (exit $rc) after ${seconds}s; the end of its log:"
    tail -n 150 "$logs/$stage.log"
    failed+=("$stage")
  fi
done
echo "== stage times (wall clock, stages side by side unless STANCEKB_CI_SERIAL=1)"
for stage in "${stages[@]}"; do
  read -r rc seconds <"$logs/$stage.result"
  printf '%-10s %-6s %4d min %02d s\n' "$stage" "$([ "$rc" -eq 0 ] && echo ok || echo FAILED)" $((seconds / 60)) $((seconds % 60))
done
total=$(($(date +%s) - start))
printf '%-10s %-6s %4d min %02d s\n' total "" $((total / 60)) $((total % 60))
[ ${#failed[@]} -eq 0 ] || { echo "failed stages: ${failed[*]}" >&2; exit 1; }
