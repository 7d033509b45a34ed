#!/usr/bin/env bash
# The Debian package CPack builds (packaging/CMakeLists.txt) holds the
# binary, the default lexicon pack and the completion under /usr, and names
# the shared libraries it needs; unpacked, it runs the README's main job.
# Usage: package_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/test_prelude.sh"

(cd "$build" && cpack -G DEB -B "$work" >"$work/cpack.log" 2>&1) || fail "cpack: $(tail -n 20 "$work/cpack.log")"
deb=$(ls "$work"/stancekb_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no stancekb_*.deb in $(ls "$work")"
dpkg-deb -c "$deb" >"$work/contents"
for file in ./usr/bin/stancekb ./usr/share/stancekb/lexicon/actors.yaml ./usr/share/stancekb/lexicon/topics.yaml \
  ./usr/share/stancekb/lexicon/cameo-map.tsv ./usr/share/bash-completion/completions/stancekb \
  ./usr/share/doc/stancekb/simdjson-LICENSE; do
  grep -qE " $file\$" "$work/contents" || fail "$file missing from $(basename "$deb")"
done
dpkg-deb -f "$deb" Package Version Depends

# The README's main job from the package's files, unpacked where no root is
# needed: the binary finds the pack under its own usr/share.
dpkg-deb -x "$deb" "$work/root"
enter_run_dir
"$work/root/usr/bin/stancekb" import articles "$work/articles" >import.out 2>import.err ||
  fail "import from the package: $(cat import.err)"
"$work/root/usr/bin/stancekb" said --topic ceasefire --format csv >said.csv || fail "said from the package failed"
grep -q '^[0-9]*,Vladimir Putin,ceasefire,' said.csv || fail "said from the package lacks Putin: $(cat said.csv)"
echo "$(basename "$deb") holds the binary, the lexicon pack and the completion"
