#!/usr/bin/env bash
# The installed stancekb as a user gets it: `cmake --install` into a
# temporary prefix, the prefix moved elsewhere (the binary finds its lexicon
# pack relative to itself), then import and `said` from a directory outside
# both trees, with no STANCEKB_* variable set. The binary must not name the
# source tree's pack or the build tree's copy.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/test_prelude.sh"

cmake --install "$build" --prefix "$work/staged" >/dev/null
mv "$work/staged" "$work/moved"
prefix=$work/moved
[ -x "$prefix/bin/stancekb" ] || fail "no bin/stancekb installed"
[ -f "$prefix/share/stancekb/lexicon/actors.yaml" ] || fail "no share/stancekb/lexicon/actors.yaml installed"
[ -f "$prefix/share/bash-completion/completions/stancekb" ] || fail "no bash completion installed"
if grep -qaF -e "$source_dir/lexicon/default" -e "$build/share/stancekb" "$prefix/bin/stancekb"; then
  fail "the installed binary names the source or build tree's lexicon"
fi

enter_run_dir
"$prefix/bin/stancekb" -v import articles "$work/articles" >import.out 2>import.err ||
  fail "import: $(cat import.err)"
grep -qF "with the default lexicon from $prefix/share/stancekb/lexicon" import.err ||
  fail "the default lexicon did not come from the installation: $(cat import.err)"
grep -qE '^3 +3 +0 +0 +[1-9]' <(tail -n 1 import.out) || fail "import reported: $(cat import.out)"
"$prefix/bin/stancekb" said --topic ceasefire --format csv >said.csv || fail "said failed"
grep -q '^[0-9]*,Vladimir Putin,ceasefire,' said.csv || fail "said lacks Putin on the ceasefire: $(cat said.csv)"
"$prefix/bin/stancekb" --version | grep -q '^stancekb ' || fail "--version"

# Completion: commands after `stancekb`, options after a command, from the binary's help.
completions() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _stancekb; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$prefix/share/bash-completion/completions/stancekb" "$prefix/bin/stancekb" "$@"
}
# grep reads every line (no -q): one that quits at the first match can make
# the completion's printf die of SIGPIPE, and pipefail take that for a failure.
completions sa | grep -x said >/dev/null || fail "completing 'sa' gave: $(completions sa)"
completions said --to | grep -x -- --topic >/dev/null || fail "completing 'said --to' gave: $(completions said --to)"
completions import a | grep -x articles >/dev/null || fail "completing 'import a' gave: $(completions import a)"
echo "installed stancekb works from $prefix"
