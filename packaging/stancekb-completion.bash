# bash completion for stancekb. The commands and their options come from
# `stancekb --help` and `stancekb COMMAND --help`, so they stay in step
# with the binary.

# The words in a CLI11 help section ("Subcommands:" lists commands, the
# "Options:" sections list --long and -s options).
_stancekb_help_words() {
  local help
  help=$("$@" --help 2>/dev/null) || return
  sed -n '/^Subcommands:/,/^$/p' <<<"$help" | awk 'NR > 1 && NF { print $1 }'
  grep -oE '(^|[ ,])--?[A-Za-z][A-Za-z-]*' <<<"$help" | tr -d ' ,'
}

_stancekb() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  local program=${COMP_WORDS[0]}
  case $prev in
    --db) mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
    --format | --graph) mapfile -t COMPREPLY < <(compgen -W "table json jsonl csv graphml dot" -- "$cur"); return ;;
    --lexicon | --map) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
  esac
  # The commands typed so far (`import articles`), skipping options and the
  # values of the global options that take one.
  local -a path=()
  local i word
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    case $word in
      --db | --format) ((i++)) ;;
      -*) ;;
      *) path+=("$word") ;;
    esac
  done
  local words
  words=$(_stancekb_help_words "$program" "${path[@]}")
  if [[ $cur == -* || ${#path[@]} -eq 0 ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
    return
  fi
  # Past the command: its subcommands if it has any, else files.
  mapfile -t COMPREPLY < <(compgen -W "$(grep -v '^-' <<<"$words")" -- "$cur")
  ((${#COMPREPLY[@]})) || mapfile -t COMPREPLY < <(compgen -f -- "$cur")
}

complete -o filenames -F _stancekb stancekb
