#!/usr/bin/env bash
# The whole test suite on a fresh Debian machine: install dependencies, build,
# run every GoogleTest through CTest; then the same suite under ASan/UBSan
# (scripts/sanitize.sh) and each fuzzer for a short time (scripts/fuzz.sh,
# STANCEKB_FUZZ_SECONDS each, default 20). This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2
bash scripts/sanitize.sh
bash scripts/fuzz.sh "${STANCEKB_FUZZ_SECONDS:-20}"
