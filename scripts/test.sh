#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine: install dependencies, build
# the CLI with the tests and benchmarks (STANCEKB_BUILD_TESTS,
# STANCEKB_BUILD_BENCH), run every GoogleTest through CTest; then the same
# suite under ASan/UBSan (scripts/sanitize.sh) and each fuzzer for a short
# time (scripts/fuzz.sh, STANCEKB_FUZZ_SECONDS each, default 20). This is
# what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh --tests
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTANCEKB_BUILD_TESTS=ON -DSTANCEKB_BUILD_BENCH=ON
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2
bash scripts/sanitize.sh
bash scripts/fuzz.sh "${STANCEKB_FUZZ_SECONDS:-20}"
