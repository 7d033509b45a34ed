#!/usr/bin/env bash
# Fails when a C++ file of the repository is not formatted as .clang-format
# says, listing each file and line; `clang-format -i FILE` fixes it.
# Usage: bash scripts/check-format.sh
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files -z '*.cc' '*.h' ':!third_party' | xargs -0 clang-format --dry-run -Werror
echo "every C++ file is formatted"
