#!/usr/bin/env bash
# Installs everything stancekb needs to build and test on Debian bookworm.
# Run as root (or with sudo). Safe to run again.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  build-essential cmake pkg-config git python3 \
  librocksdb-dev capnproto libcapnp-dev \
  libspdlog-dev libfmt-dev libcli11-dev nlohmann-json3-dev libyaml-cpp-dev \
  libicu-dev libxxhash-dev libboost-graph-dev libsqlite3-dev libgumbo-dev \
  libgtest-dev libgmock-dev libbenchmark-dev libsimdjson-dev libjemalloc-dev \
  clang libclang-rt-14-dev >/dev/null
