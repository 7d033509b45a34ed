#!/usr/bin/env bash
# Installs what stancekb needs on Debian bookworm: the packages that build and
# run the CLI; with --dask also Dask for scripts/distributed_extract.py (on the
# machine that runs it and on every worker); with --tests also those the test
# suite (Dask included), the sanitizer and fuzzer builds, the benchmarks and
# the format check need. This is the one place packages are installed; add a
# test's package to the test list.
# Run as root (or with sudo). Safe to run again.
# Usage: bash scripts/setup-debian.sh [--tests|--dask]
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
packages=(
  build-essential cmake pkg-config git python3
  librocksdb-dev capnproto libcapnp-dev
  libspdlog-dev libfmt-dev libcli11-dev nlohmann-json3-dev libyaml-cpp-dev
  libicu-dev libxxhash-dev libboost-graph-dev libsqlite3-dev libgumbo-dev
  libjemalloc-dev
)
dask=(python3-dask python3-distributed)
case "${1:-}" in
  # chromium: tests/report/browser_test.cc opens the HTML report in it.
  --tests) packages+=(libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev clang-format chromium "${dask[@]}") ;;
  --dask) packages+=("${dask[@]}") ;;
esac
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
