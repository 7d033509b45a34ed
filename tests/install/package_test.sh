#!/usr/bin/env bash
# The Debian package CPack builds (packaging/CMakeLists.txt) holds the
# binary, the default lexicon pack and the completion under /usr, and names
# the shared libraries it needs.
# Usage: package_test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

(cd "$build" && cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1) || fail "cpack: $(tail -n 20 "$work/cpack.log")"
deb=$(ls "$work"/stancekb_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no stancekb_*.deb in $(ls "$work")"
dpkg-deb -c "$deb" >"$work/contents"
for file in ./usr/bin/stancekb ./usr/share/stancekb/lexicon/actors.yaml ./usr/share/stancekb/lexicon/topics.yaml \
  ./usr/share/stancekb/lexicon/cameo-map.tsv ./usr/share/bash-completion/completions/stancekb; do
  grep -qE " $file\$" "$work/contents" || fail "$file missing from $(basename "$deb")"
done
dpkg-deb -f "$deb" Package Version Depends
echo "$(basename "$deb") holds the binary, the lexicon pack and the completion"
