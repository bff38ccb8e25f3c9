// The scripts `blog completion SHELL` prints. Each asks `blog __complete` (protocol.ts) for the
// candidates and only shows and inserts them: what completes is decided in candidates.ts, from the
// registry. The e2e tests drive them in real shells (test/e2e/completion.tmux.e2e.test.ts).
import type { Shell } from './protocol.js';

const BASH = `# bash completion for blog; needs bash 4.4+, best with the bash-completion package.
# Install: blog completion bash > ~/.local/share/bash-completion/completions/blog
# Candidates come from \`blog __complete WORDS…\` (value<TAB>description lines, then :DIRECTIVE).
# They are used as given, never filtered again with compgen -W: a post found by 초성 (ㅋㅍ) does
# not start with what was typed. Values are inserted escaped (printf %q), or as they are after an
# opening quote.
_blog_completion() {
  local cur words cword
  if declare -F _get_comp_words_by_ref >/dev/null; then
    # Words not split at = and : (bash-completion), so \`C#: 팁\` is one word to blog.
    _get_comp_words_by_ref -n =: cur words cword
  else
    cur=\${COMP_WORDS[COMP_CWORD]} words=("\${COMP_WORDS[@]}") cword=$COMP_CWORD
  fi
  local -a lines
  mapfile -t lines < <(BLOG_COMPLETE_SHELL=bash blog __complete "\${words[@]:1:cword-1}" "$cur" 2>/dev/null)
  COMPREPLY=()
  (( \${#lines[@]} > 0 )) || return
  local directive=\${lines[-1]#:}
  unset 'lines[-1]'
  if (( \${#lines[@]} == 0 )); then
    if (( (directive & 4) == 0 )); then
      # --data=FILE: readline replaces only what follows the = (a word break).
      [[ $cur == --*=* ]] && cur=\${cur#*=}
      if declare -F _filedir >/dev/null; then _filedir; else compopt -o filenames; mapfile -t COMPREPLY < <(compgen -f -- "$cur"); fi
    fi
    return
  fi
  (( directive & 32 )) && compopt -o nosort 2>/dev/null
  # Readline replaces only the text after the last = or : of the word (COMP_WORDBREAKS):
  # values lose what comes before it. After an opening quote, readline replaces the quoted text.
  local head= quoted=
  if [[ $cur == [\\'\\"]* ]]; then quoted=1
  elif [[ $cur == *[=:]* && $COMP_WORDBREAKS == *[=:]* ]]; then head=\${cur%"\${cur##*[=:]}"}
  fi
  local line value entry width=0
  local -a values descriptions
  for line in "\${lines[@]}"; do
    value=\${line%%$'\\t'*}
    if [[ -n $quoted ]]; then entry=$value
    else
      printf -v entry %q "$value"
      if [[ -n $head ]]; then
        if [[ $entry == "$head"* ]]; then entry=\${entry#"$head"}
        elif [[ $value == "$head"* ]]; then printf -v entry %q "\${value#"$head"}"
        fi
      fi
    fi
    values+=("$entry")
    if [[ $line == *$'\\t'* ]]; then descriptions+=("\${line#*$'\\t'}"); else descriptions+=(""); fi
    (( \${#entry} > width )) && width=\${#entry}
  done
  if (( \${#values[@]} == 1 )); then COMPREPLY=("\${values[0]}"); return; fi
  # Several: shown with their descriptions; what Tab inserts is their common beginning, a value's.
  local i
  for i in "\${!values[@]}"; do
    if [[ -n \${descriptions[i]} ]]; then printf -v entry '%-*s  (%s)' "$width" "\${values[i]}" "\${descriptions[i]}"; else entry=\${values[i]}; fi
    COMPREPLY+=("$entry")
  done
}
complete -F _blog_completion blog
`;

const ZSH = `#compdef blog
# zsh completion for blog.
# Install: blog completion zsh > ~/.zfunc/_blog, with fpath=(~/.zfunc $fpath) before compinit in ~/.zshrc.
# Candidates come from \`blog __complete WORDS…\` (value<TAB>description lines, then :DIRECTIVE).
# compadd quotes what it inserts (spaces, #, :); -U keeps candidates that match by meaning
# (a post found by 초성) rather than by prefix, which zsh would otherwise drop.
_blog() {
  local out line directive
  local -a lines values displays options
  out=$(blog __complete "\${(@Q)words[2,CURRENT-1]}" "\${(Q)PREFIX}" 2>/dev/null) || return 1
  lines=("\${(@f)out}")
  directive=\${lines[-1]#:}
  lines=("\${(@)lines[1,-2]}")
  if (( \${#lines} == 0 )); then
    if (( (directive & 4) == 0 )); then compset -P '--*='; _files; fi
    return
  fi
  for line in "\${lines[@]}"; do
    values+=("\${line%%$'\\t'*}")
    if [[ $line == *$'\\t'* ]]; then displays+=("\${line%%$'\\t'*}  -- \${line#*$'\\t'}"); else displays+=("$line"); fi
  done
  if (( directive & 32 )); then options=(-V blog); else options=(-J blog); fi
  (( directive & 64 )) && options+=(-U)
  compadd "\${options[@]}" -l -d displays -a values
}
if [[ $funcstack[1] == _blog ]]; then _blog "$@"; else compdef _blog blog; fi
`;

const FISH = `# fish completion for blog.
# Install: blog completion fish > ~/.config/fish/completions/blog.fish
# Candidates come from \`blog __complete WORDS…\` in the value<TAB>description form fish itself
# reads, then a :DIRECTIVE line. fish escapes what it inserts. fish filters candidates by what was
# typed (prefix, then substring or subsequence), which drops a post found by 초성 (ㅋㅍ); so when the
# candidates match by meaning (directive 64) and there is one, it replaces the word itself.
function __blog_complete
    set -l words (commandline -opc)
    set -l current (commandline -ct | string unescape)
    set -l lines (blog __complete $words[2..-1] "$current" 2>/dev/null)
    or return
    set -l directive (string sub -s 2 -- $lines[-1])
    set -e lines[-1]
    if test (count $lines) -eq 0
        if test (math "$directive % 8") -lt 4
            set -l token (commandline -ct)
            set -l option (string match -r -- '^--[^=]*=' $token)
            __fish_complete_path (string replace -r -- '^--[^=]*=' '' $token) | string replace -r -- '^' "$option"
        end
        return
    end
    printf '%s\\n' $lines
end
complete -c blog -f -k -a '(__blog_complete)'
`;

export const SCRIPTS: Readonly<Record<Shell, string>> = { bash: BASH, zsh: ZSH, fish: FISH };
