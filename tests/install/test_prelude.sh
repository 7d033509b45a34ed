# Sourced by the tests of this folder, which take BUILD_DIR SOURCE_DIR as
# their arguments: sets `build` and `source_dir` to their absolute paths,
# `work` to a temporary directory removed on exit, and defines `fail` and
# `enter_run_dir`.

build=$(cd "$1" && pwd)
source_dir=$(cd "$2" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# Copies the bundled example articles to $work/articles and enters an empty
# $work/run, outside both trees, with no STANCEKB_* variable set, as a user
# who just installed stancekb would run it.
enter_run_dir() {
  cp -r "$source_dir/examples/articles" "$work/articles"
  mkdir "$work/run"
  cd "$work/run"
  unset STANCEKB_LEXICON STANCEKB_DB
}
