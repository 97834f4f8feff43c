# completion.sh - sourced by run.sh: the completion scripts in real shells,
# with no hipacu on PATH (./hipacu, as the README's "try it" does) and
# installed.  bash's function is called as TAB calls it; zsh and bash are
# also typed into under tmux; fish answers 'complete -C'.  A shell that is
# missing is counted as skipped; .ci/run installs them all.

for pair in bash:hipacu.bash zsh:_hipacu fish:hipacu.fish; do
	"$HIPACU" completion "${pair%%:*}" >"$out/completion.${pair%%:*}"
	if cmp -s "$out/completion.${pair%%:*}" "src/cli/completion/${pair#*:}"; then
		pass
	else
		fail "'hipacu completion ${pair%%:*}' differs from src/cli/completion/${pair#*:}"
	fi
done

# The tests run ./hipacu from a folder of their own, and PATH has no hipacu.
cdir=$out/compl
mkdir -p "$cdir/data"
cp "$HIPACU" "$cdir/hipacu" 2>/dev/null || cp hipacu "$cdir/hipacu"
: >"$cdir/data/mine.rec"
# A database of its own, named by --data: its ids and topics, not the
# built-in ones, are offered after it.
mkdir -p "$cdir/db"
cp tests/data/mini.rec "$cdir/db/food.rec"
nopath=/usr/local/bin:/usr/bin:/bin

bc=/usr/share/bash-completion/bash_completion
if have bash && [ -f "$bc" ]; then
	# Each case gives the words as bash splits them ('=' breaks words).
	cat >"$out/complete.bash" <<'EOF2'
source "$1"
source <(./hipacu completion bash)
words() {
	COMP_WORDS=("$@")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMP_LINE="$*"
	COMP_POINT=${#COMP_LINE}
	COMPREPLY=()
	_hipacu "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
	printf '%s|' "${COMPREPLY[@]}"
	echo
}
words ./hipacu cond
words ./hipacu brow
words ./hipacu condition bur
words ./hipacu condition groin
words ./hipacu --js
words ./hipacu --color = ''
words ./hipacu --colour = al
words ./hipacu --format = ma
words ./hipacu --data = data/mi
words ./hipacu --data data/mi
words ./hipacu --data db/food.rec show ap
words ./hipacu --data = db/food.rec food ap
words ./hipacu --data=db/food.rec fo
words ./hipacu show --data db/food.rec wash
words hipacu cond
complete -p ./hipacu hipacu | sed 's/.* //'
EOF2
	(cd "$cdir" && PATH=$nopath bash "$out/complete.bash" "$bc") >"$out/complete.out" 2>&1
	# The last 'hipacu cond' finds no hipacu on PATH: nothing, no error.
	printf '%s\n' 'condition|' 'browse|' 'bursitis|bursa\ inflammation|' 'groin\ strain|' \
	    '--json |' 'auto|always|never|' 'always|' 'markdown|' 'data/mine.rec|' 'data/mine.rec|' \
	    'apple|apricot|' 'apple|apricot|' 'food|' 'wash-hands|' \
	    '|' './hipacu' 'hipacu' >"$out/complete.want"
	if cmp -s "$out/complete.want" "$out/complete.out"; then
		pass
	else
		fail "bash completion (diff $out/complete.want $out/complete.out)"
	fi
else
	skip "bash completion: bash-completion is not installed"
fi

if have fish; then
	if fish -n src/cli/completion/hipacu.fish 2>"$out/fish.log"; then pass; else fail "fish -n: $(cat "$out/fish.log")"; fi
	(cd "$cdir" && PATH=$nopath fish --no-config -c "./hipacu completion fish | source
complete -C './hipacu cond'; complete -C './hipacu condition bur'
complete -C './hipacu brow'; complete -C './hipacu --colour=al'; complete -C './hipacu --format=ht'
complete -C './hipacu --data data/mi'
complete -C './hipacu --data db/food.rec show ap'; complete -C './hipacu --data=db/food.rec food ap'") \
	    >"$out/fish.out" 2>&1
	printf '%s\n' condition 'bursa inflammation' bursitis browse '--colour=always	Colour the output' \
	    '--format=html	Output format' 'data/mine.rec' apple apricot apple apricot >"$out/fish.want"
	if cmp -s "$out/fish.want" "$out/fish.out"; then
		pass
	else
		fail "fish completion (diff $out/fish.want $out/fish.out)"
	fi
else
	skip "fish completion: fish is not installed"
	skip "fish completion: fish is not installed"
fi

# Typed at a real prompt: TAB completes the line in place.
# type_tab NAME SHELL-COMMAND SETUP TYPED WANT: the screen's line after TAB.
# Each step waits for the screen to show what it needs, with a deadline of
# ten seconds, never for a fixed time.
csock=$out/tmux-compl.sock
pane_wait() { # NAME GREP-PATTERN
	tries=0
	while [ $tries -lt 100 ]; do
		tmux -S "$csock" capture-pane -p -t "$1" 2>/dev/null | grep -q -- "$2" &&
			return 0
		tries=$((tries + 1))
		sleep 0.1
	done
	return 1
}
type_tab() {
	# One server for all: see tmux_hold in term.sh.
	tmux -S "$csock" has-session -t hold 2>/dev/null ||
		tmux -S "$csock" new-session -d -s hold 'sleep 900'
	tmux -S "$csock" new-session -d -s "$1" -x 100 -y 10 -c "$cdir" "$2"
	pane_wait "$1" '^[%$]'
	tmux -S "$csock" send-keys -t "$1" "$3; echo READY-\$((40 + 2))" Enter
	pane_wait "$1" '^READY-42$'
	tmux -S "$csock" send-keys -t "$1" C-l
	tmux -S "$csock" send-keys -t "$1" "$4" Tab
	pane_wait "$1" "$5"
	tmux -S "$csock" capture-pane -p -t "$1" | grep -F "$4" | tail -n 1 >"$out/tab-$1.line"
	tmux -S "$csock" kill-session -t "$1" 2>/dev/null
}
if have tmux && have zsh; then
	if zsh -n src/cli/completion/_hipacu 2>"$out/zsh.log"; then pass; else fail "zsh -n: $(cat "$out/zsh.log")"; fi
	type_tab zsh "env -i HOME=$cdir TERM=xterm PATH=$nopath PS1='%% ' zsh -f" \
	    'autoload -U compinit; compinit -u; source <(./hipacu completion zsh)' \
	    './hipacu condition pirif' 'hipacu condition piriformis'
	if grep -q 'hipacu condition piriformis' "$out/tab-zsh.line"; then
		pass
	else
		fail "zsh: TAB after './hipacu condition pirif' gave: $(cat "$out/tab-zsh.line")"
	fi
	type_tab zsh-data "env -i HOME=$cdir TERM=xterm PATH=$nopath PS1='%% ' zsh -f" \
	    'autoload -U compinit; compinit -u; source <(./hipacu completion zsh)' \
	    './hipacu --data db/food.rec show apr' 'hipacu --data db/food.rec show apricot'
	if grep -q 'hipacu --data db/food.rec show apricot' "$out/tab-zsh-data.line"; then
		pass
	else
		fail "zsh: TAB after './hipacu --data db/food.rec show apr' gave: $(cat "$out/tab-zsh-data.line")"
	fi
	type_tab zsh-browse "env -i HOME=$cdir TERM=xterm PATH=$nopath PS1='%% ' zsh -f" \
	    'autoload -U compinit; compinit -u; source <(./hipacu completion zsh)' \
	    './hipacu brow' 'hipacu browse'
	if grep -q 'hipacu browse' "$out/tab-zsh-browse.line"; then
		pass
	else
		fail "zsh: TAB after './hipacu brow' gave: $(cat "$out/tab-zsh-browse.line")"
	fi
else
	skip "zsh completion: zsh or tmux is not installed"
	skip "zsh completion: zsh or tmux is not installed"
	skip "zsh completion: zsh or tmux is not installed"
	skip "zsh completion: zsh or tmux is not installed"
fi
if have tmux && have bash && [ -f "$bc" ]; then
	type_tab bash "env -i HOME=$cdir TERM=xterm PATH=$nopath PS1='$ ' bash --norc" \
	    "source $bc; source <(./hipacu completion bash)" './hipacu condition pirif' \
	    'hipacu condition piriformis'
	if grep -q 'hipacu condition piriformis' "$out/tab-bash.line"; then
		pass
	else
		fail "bash: TAB after './hipacu condition pirif' gave: $(cat "$out/tab-bash.line")"
	fi
else
	skip "bash completion at a prompt: bash-completion or tmux is not installed"
fi
