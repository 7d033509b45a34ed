#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer
# (-DSTANCEKB_SANITIZE=ON) in build-asan. Any sanitizer report fails the run.
# A test running longer than STANCEKB_TEST_TIMEOUT seconds (default 900) fails.
# Usage: bash scripts/sanitize.sh   (BUILD_DIR=... to build elsewhere, JOBS=N
# parallel jobs, default nproc)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build-asan}
# -O1 -g1: line numbers in reports at a fraction of the compile time of -O2 -g.
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g1" -DSTANCEKB_SANITIZE=ON \
  -DSTANCEKB_BUILD_TESTS=ON
cmake --build "$build" -j"${JOBS:-$(nproc)}"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" --output-on-failure -j"${JOBS:-$(nproc)}" --timeout "${STANCEKB_TEST_TIMEOUT:-900}"
