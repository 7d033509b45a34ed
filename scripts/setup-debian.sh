#!/usr/bin/env bash
# Installs what stancekb needs on Debian bookworm: the packages that build and
# run the CLI, and with --tests also those the test suite, the sanitizer and
# fuzzer builds, the benchmarks and the format check need. This is the one
# place packages are installed; add a test's package to the second list.
# Run as root (or with sudo). Safe to run again.
# Usage: bash scripts/setup-debian.sh [--tests]
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
packages=(
  build-essential cmake pkg-config git python3
  librocksdb-dev capnproto libcapnp-dev
  libspdlog-dev libfmt-dev libcli11-dev nlohmann-json3-dev libyaml-cpp-dev
  libicu-dev libxxhash-dev libboost-graph-dev libsqlite3-dev libgumbo-dev
  libsimdjson-dev libjemalloc-dev
)
if [ "${1:-}" = --tests ]; then
  packages+=(libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev clang-format)
fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
