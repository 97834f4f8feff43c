# term.sh - sourced by run.sh: the man page, help, installation, the
# completion scripts in real shells, and colour, width and paging on a real
# terminal (tmux).  A test whose tool is missing is counted as skipped;
# .ci/run installs them all.

have() { command -v "$1" >/dev/null 2>&1; }

# --- man page and help -----------------------------------------------------
for page in src/cli/hipacu.1 src/data/hipacu.rec.5; do
	if have mandoc; then
		mandoc -Tlint -Wwarning "$page" >"$out/mandoc.log" 2>&1
		if [ -s "$out/mandoc.log" ]; then fail "mandoc -Tlint $page: $(cat "$out/mandoc.log")"; else pass; fi
	else
		skip "man page lint: mandoc is not installed"
	fi
	if have groff; then
		groff -man -ww -z "$page" >"$out/groff.log" 2>&1
		if [ -s "$out/groff.log" ]; then fail "groff -man -ww $page: $(cat "$out/groff.log")"; else pass; fi
		# A quotation nested in another (.Dq a No b Dq c) renders as a
		# stray quote: as man shows the page, each opening quote closes
		# before the next opens.
		groff -man -Tutf8 "$page" 2>/dev/null | sed 's/.\x08//g; s/“/\x01/g; s/”/\x02/g' |
		    tr -cd '\001\002' | awk '{
			n = 0
			for (i = 1; i <= length($0); i++) {
				c = substr($0, i, 1)
				if (c == "\001") { if (n) { print "nested"; exit } n = 1 }
				else { if (!n) { print "unopened"; exit } n = 0 }
			}
			if (n) print "unclosed" }' >"$out/quotes.log"
		if [ -s "$out/quotes.log" ]; then fail "$page: a quotation $(cat "$out/quotes.log") as man shows it"; else pass; fi
	else
		skip "man page check: groff is not installed"
	fi
done
# One apostrophe in the guides: the straight one a person types.
if grep -n "[‘’]" README.md src/README.md tests/README.md >"$out/curly.log"; then
	fail "curly apostrophes beside straight ones: $(cat "$out/curly.log")"
else
	pass
fi
if have groff; then
	# The header and footer name hipacu and the version it prints.
	version=$("$HIPACU" --version | sed -n '1s/^hipacu //p')
	groff -man -Tutf8 src/cli/hipacu.1 2>/dev/null | sed 's/.\x08//g' >"$out/man.txt"
	if head -n 1 "$out/man.txt" | grep -q "hipacu $version General Commands Manual" &&
	    tail -n 1 "$out/man.txt" | grep -q "^hipacu $version "; then
		pass
	else
		fail "man page header and footer: $(head -n 1 "$out/man.txt") / $(tail -n 1 "$out/man.txt")"
	fi
else
	skip "man page header: groff is not installed"
fi

# Every command and option that 'hipacu --help' lists is in the man page,
# as mdoc writes them: "Cm list", "Fl \-json", "Fl h".
"$HIPACU" --help >"$out/help.txt"
missing=
for cmd in $(sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z]*\) .*/\1/p' "$out/help.txt"); do
	grep -q "Cm $cmd\\b" src/cli/hipacu.1 || missing="$missing $cmd"
done
# The options are the first column of the lines "  -h, --help   ...".
for opt in $(sed -n '/^Options/,/^$/s/^  \(-[^ ,]*\( [A-Z]\)*\(, -[^ ,]*\)*\).*/\1/p' "$out/help.txt" |
    tr ',' '\n' | sed 's/^ *//; s/[= ].*//'); do
	case $opt in
	--*) mdoc="Fl \\\\-${opt#--}" ;;
	*) mdoc="Fl ${opt#-}" ;;
	esac
	grep -q -- "$mdoc" src/cli/hipacu.1 || missing="$missing $opt"
done
if [ -z "$missing" ]; then pass; else fail "not in the man page:$missing"; fi

# --- the completion scripts ------------------------------------------------
. tests/completion.sh

# --- install and uninstall ---------------------------------------------------
inst=$out/install
${MAKE:-make} -s install DESTDIR="$inst" PREFIX=/usr >"$out/install.log" 2>&1
installed=$(cd "$inst" && find . -type f | sort | tr '\n' ' ')
want="./usr/bin/hipacu ./usr/share/bash-completion/completions/hipacu \
./usr/share/fish/vendor_completions.d/hipacu.fish ./usr/share/man/man1/hipacu.1 \
./usr/share/man/man5/hipacu.rec.5 ./usr/share/zsh/site-functions/_hipacu "
if [ "$installed" = "$want" ]; then pass; else fail "make install wrote: $installed"; fi
# The installed binary needs no environment and no source tree.
(cd / && env -i "$inst/usr/bin/hipacu" safety) >"$out/installed.out" 2>&1
if [ $? = 0 ] && grep -q '^Possible side effects' "$out/installed.out"; then
	pass
else
	fail "the installed binary does not run with an empty environment"
fi
# The installed completion scripts, with the installed hipacu on PATH.
ipath=$inst/usr/bin:/usr/local/bin:/usr/bin:/bin
if have bash && [ -f "$bc" ]; then
	printf 'source %s\nsource %s\n%s\nwords hipacu cond\nwords hipacu condition groin\n' "$bc" \
	    "$inst/usr/share/bash-completion/completions/hipacu" \
	    "$(sed -n '/^words() {/,/^}/p' "$out/complete.bash")" >"$out/installed.bash"
	(cd / && PATH=$ipath bash "$out/installed.bash") >"$out/installed-bash.out" 2>&1
	if [ "$(cat "$out/installed-bash.out")" = "$(printf 'condition|\ngroin\\ strain|')" ]; then
		pass
	else
		fail "installed bash completion: $(cat "$out/installed-bash.out")"
	fi
else
	skip "installed bash completion: bash-completion is not installed"
fi
if have fish; then
	(cd / && PATH=$ipath fish --no-config -c "source $inst/usr/share/fish/vendor_completions.d/hipacu.fish
complete -C 'hipacu cond'") >"$out/installed-fish.out" 2>&1
	if [ "$(cat "$out/installed-fish.out")" = condition ]; then pass; else fail "installed fish completion: $(cat "$out/installed-fish.out")"; fi
else
	skip "installed fish completion: fish is not installed"
fi
if have tmux && have zsh; then
	type_tab zsh-installed "env -i HOME=$cdir TERM=xterm PATH=$ipath PS1='%% ' zsh -f" \
	    "fpath=($inst/usr/share/zsh/site-functions \$fpath); autoload -U compinit; compinit -u" \
	    'hipacu condition pirif' 'hipacu condition piriformis'
	if grep -q 'hipacu condition piriformis' "$out/tab-zsh-installed.line"; then
		pass
	else
		fail "installed zsh: TAB after 'hipacu condition pirif' gave: $(cat "$out/tab-zsh-installed.line")"
	fi
else
	skip "installed zsh completion: zsh or tmux is not installed"
fi
${MAKE:-make} -s uninstall DESTDIR="$inst" PREFIX=/usr >>"$out/install.log" 2>&1
left=$(cd "$inst" && find . -type f)
if [ -z "$left" ]; then pass; else fail "make uninstall left: $left"; fi

# --- a real terminal: colour, width, pager ------------------------------------
# Each case runs one shell command in a fresh tmux window of a given size,
# waits for it to finish and captures the screen with its escape codes.
sock=$out/tmux.sock
. tests/tmux.sh
esc=$(printf '\033')
if have tmux; then
	tmux_hold "$sock"
	tmux_run color 100 40 'hipacu --no-pager search dizzy'
	if grep -q "${esc}\[1m" "$out/tty-color.screen" && grep -q 'rc=0' "$out/tty-color.screen"; then
		pass
	else
		fail "colour on a terminal: no bold in $out/tty-color.screen"
	fi
	tmux_run nocolor 100 40 'NO_COLOR=1 hipacu --no-pager search dizzy'
	if ! grep -q "$esc" "$out/tty-nocolor.screen" && grep -q 'dizziness' "$out/tty-nocolor.screen"; then
		pass
	else
		fail "NO_COLOR on a terminal: escape codes in $out/tty-nocolor.screen"
	fi
	tmux_run dumb 100 40 'TERM=dumb hipacu --no-pager search dizzy'
	if ! grep -q "$esc" "$out/tty-dumb.screen" && grep -q 'dizziness' "$out/tty-dumb.screen"; then
		pass
	else
		fail "TERM=dumb on a terminal: escape codes in $out/tty-dumb.screen"
	fi

	# Width: the terminal's, at most 100.
	tmux_run wide 130 60 'hipacu --no-pager --color=never show qi'
	longest=$(awk '{ if (length > n) n = length } END { print n }' "$out/tty-wide.screen")
	if [ "$longest" -gt 80 ] && [ "$longest" -le 100 ]; then pass; else fail "width on a 130-column terminal: longest line $longest"; fi
	tmux_run narrow 50 60 'hipacu --no-pager --color=never show qi'
	longest=$(awk '{ if (length > n) n = length } END { print n }' "$out/tty-narrow.screen")
	if [ "$longest" -gt 40 ] && [ "$longest" -le 50 ]; then pass; else fail "width on a 50-column terminal: longest line $longest"; fi

	# Pager: taller than the screen goes through it, with colour.
	rm -f "$out/paged"
	tmux_run pager 80 20 "HIPACU_PAGER='cat >\"$out/paged\"' hipacu safety"
	"$HIPACU" --color=always --width=80 safety >"$out/paged.want"
	if cmp -s "$out/paged" "$out/paged.want"; then pass; else fail "the pager did not get the coloured output (diff $out/paged.want $out/paged)"; fi
	rm -f "$out/paged"
	tmux_run pager-env 80 20 "PAGER='cat >\"$out/paged\"' hipacu safety"
	if cmp -s "$out/paged" "$out/paged.want"; then pass; else fail "PAGER is not used"; fi
	rm -f "$out/paged"
	tmux_run short 80 20 "HIPACU_PAGER='cat >\"$out/paged\"' hipacu topics"
	if [ ! -e "$out/paged" ] && grep -q '^condition' "$out/tty-short.screen"; then pass; else fail "short output went through the pager"; fi
	tmux_run nopager 80 20 "HIPACU_PAGER='cat >\"$out/paged\"' hipacu --no-pager safety"
	if [ ! -e "$out/paged" ] && grep -q 'rc=0' "$out/tty-nopager.screen"; then pass; else fail "--no-pager still paged"; fi
	# Notices reach a person whose output is paged: the caveat in the
	# paged output, above the results; the short stderr lines after the
	# pager quits.
	rm -f "$out/paged"
	tmux_run pager-notice 80 12 "HIPACU_PAGER='cat >\"$out/paged\"; echo PAGER-QUIT' hipacu --all search needles insurance"
	if [ -s "$out/paged" ] && head -n 1 "$out/paged" | grep -q "does not mention 'insurance'" &&
	    awk '/PAGER-QUIT/ { q = NR } /no entry mentions .insurance./ { n = NR } END { exit !(q && n > q) }' \
	    "$out/tty-pager-notice.screen"; then
		pass
	else
		fail "a notice of paged output is not shown after the pager: see $out/tty-pager-notice.screen"
	fi
	# The caveat of an answer that is not sure is on the first screen of
	# the real pager, above the results: where the person reads.
	if have less; then
		tmux -S "$sock" new-session -d -s caveat -x 60 -y 12 \
		    "PATH='$out/bin:$PATH'; export PATH; hipacu --all search is acupuncture safe for children; sleep 30"
		screen_wait caveat 'medical doctor' "$out/tty-caveat.screen"
		if grep -q "does not mention 'children'" "$out/tty-caveat.screen" &&
		    [ "$(grep -n 'medical doctor' "$out/tty-caveat.screen" | cut -d: -f1)" -lt \
		      "$(grep -n 'hipacu show side-effects' "$out/tty-caveat.screen" | cut -d: -f1)" ]; then
			pass
		else
			fail "the caveat is not above the results in the pager: see $out/tty-caveat.screen"
		fi
		tmux -S "$sock" send-keys -t caveat q
		tmux -S "$sock" kill-session -t caveat 2>/dev/null
	else
		skip "caveat in the pager: less is not installed"
	fi
	# A pager that cannot start: the output written directly, and below
	# it, where the person looks, one line that says so.
	tmux_run badpager2 80 20 "HIPACU_PAGER=/nonexistent/pager hipacu --color=never safety"
	if [ "$(grep -c '^hipacu:' "$out/tty-badpager2.screen")" = 1 ] &&
	    awk '/Consult a medical/ { c = NR } /^hipacu: pager .* failed/ { h = NR }
		/^\[rc=2\]$/ { r = NR } END { exit !(c && c < h && h < r) }' \
	    "$out/tty-badpager2.screen"; then
		pass
	else
		fail "a pager that cannot start: see $out/tty-badpager2.screen"
	fi
	tmux -S "$sock" kill-server 2>/dev/null
	tmux -S "$csock" kill-server 2>/dev/null
else
	for t in colour no-colour dumb wide narrow pager pager-env short no-pager pager-notice bad-pager; do
		skip "terminal test $t: tmux is not installed"
	done
fi

# --- one caveat on a terminal (tests/pty: no tmux needed) ---------------------
# A person on a terminal reads the text: its caveat and a pointer's note
# are said once, above the results, not again as stderr lines; in a pipe
# stderr keeps the short lines for scripts; with nothing printed (not
# covered) stderr says it on a terminal too.  (tests/pty leaves stderr
# the caller's.)
./tests/pty -s 80x200 -o "$out/tty-once.out" "" "$HIPACU" --no-pager search blood thinners \
    >/dev/null 2>"$out/tty-once.err"
"$HIPACU" search blood thinners 2>"$out/pipe-once.err" >"$out/pipe-once.out"
./tests/pty -s 80x200 -o "$out/tty-none.out" "" "$HIPACU" --no-pager search can i take warfarin \
    >/dev/null 2>"$out/tty-none.err"
if [ "$(cat "$out/tty-once.out" "$out/tty-once.err" | grep -c 'closest')" = 1 ] &&
    [ "$(cat "$out/tty-once.out" "$out/tty-once.err" | grep -c 'nearest it has')" = 1 ] &&
    [ "$(grep -c 'closest match only' "$out/pipe-once.err")" = 1 ] &&
    grep -q 'only the closest' "$out/pipe-once.out" &&
    grep -q "^hipacu: the article does not cover this" "$out/tty-none.err"; then
	pass
else
	fail "the caveat on a terminal is not said once: see $out/tty-once.out, $out/tty-once.err, $out/pipe-once.err, $out/tty-none.err"
fi

# `hipacu list | grep` shows the id of what it found: in a pipe each entry
# is one whole line (id, title, summary); on a terminal wide enough, the id
# and title in two columns with the summary below.
"$HIPACU" list | grep -i sciatic >"$out/list-grep.out"
./tests/pty -s 80x200 -o "$out/tty-list.out" "" "$HIPACU" --no-pager --color=never list condition \
    >/dev/null 2>&1
if grep -q '^  sciatica  *Sciatica - ' "$out/list-grep.out" &&
    grep -q '^  piriformis-syndrome  *Piriformis syndrome - .*sciatic' "$out/list-grep.out" &&
    tr -d '\r' <"$out/tty-list.out" | grep -q '^  sciatica  *Sciatica$'; then
	pass
else
	fail "list: a pipe wants one line an entry, a terminal two: see $out/list-grep.out, $out/tty-list.out"
fi

# Colour stays off on a terminal when TERM is unset, as for TERM=dumb;
# with TERM set, the headings are bold.
env -u TERM ./tests/pty -s 80x200 -o "$out/tty-noterm.out" "" "$HIPACU" --no-pager show qi \
    >/dev/null 2>&1
env TERM=xterm ./tests/pty -s 80x200 -o "$out/tty-term.out" "" "$HIPACU" --no-pager show qi \
    >/dev/null 2>&1
esc=$(printf '\033')
if ! grep -q "$esc\[" "$out/tty-noterm.out" && grep -q "$esc\[1m" "$out/tty-term.out"; then
	pass
else
	fail "colour with TERM unset: want none, and bold with TERM=xterm: see $out/tty-noterm.out, $out/tty-term.out"
fi
# TERM empty or dumb, or NO_COLOR set: none; NO_COLOR empty is not set.
tty_color() { # NAME ENV...
	name=$1
	shift
	env "$@" ./tests/pty -s 80x200 -o "$out/tty-$name.out" "" "$HIPACU" --no-pager show qi \
	    >/dev/null 2>&1
}
tty_color term-empty TERM=
tty_color term-dumb TERM=dumb
tty_color no-color TERM=xterm NO_COLOR=1
tty_color no-color-empty TERM=xterm NO_COLOR=
if ! grep -q "$esc\[" "$out/tty-term-empty.out" && ! grep -q "$esc\[" "$out/tty-term-dumb.out" &&
    ! grep -q "$esc\[" "$out/tty-no-color.out" && grep -q "$esc\[1m" "$out/tty-no-color-empty.out"; then
	pass
else
	fail "colour: want none for TERM= TERM=dumb NO_COLOR=1, bold for NO_COLOR=: see $out/tty-term-empty.out $out/tty-term-dumb.out $out/tty-no-color.out $out/tty-no-color-empty.out"
fi
# A terminal that reports no size (0x0): COLUMNS says the width, as on a pipe.
COLUMNS=40 "$HIPACU" --data tests/data/mini.rec show apple >"$out/tty-nosize.want"
./tests/pty -s 0x0 -o "$out/tty-nosize.out" "" env COLUMNS=40 "$HIPACU" --no-pager --color=never \
    --data tests/data/mini.rec show apple >/dev/null 2>&1
if tr -d '\r' <"$out/tty-nosize.out" | cmp -s - "$out/tty-nosize.want"; then
	pass
else
	fail "a terminal of no size: want COLUMNS=40 to wrap as on a pipe: diff $out/tty-nosize.want $out/tty-nosize.out"
fi

# --- a pager that fails, or is interrupted (tests/pty: no tmux needed) ----------
# Output is never lost: a pager that cannot start or fails before reading
# a byte leaves hipacu to write the output itself, say so in one line and
# exit 2; one that read is not second-guessed.  Ctrl-C is the pager's:
# hipacu waits for it, ends after it and as it ended, and the terminal is
# as it was (tests/pty says "terminal changed" otherwise).
./tests/pty -s 80x20 -o "$out/pg-want.out" "" "$HIPACU" --no-pager list >/dev/null 2>&1
pager_fails() { # NAME PAGER WANT-LINE: the output, then one hipacu: line
	./tests/pty -s 80x20 -o "$out/pg-$1.out" "" env HIPACU_PAGER="$2" "$HIPACU" list \
	    >"$out/pg-$1.pty" 2>"$out/pg-$1.err"
	if [ "$(cat "$out/pg-$1.pty")" = "exit 2" ] && cmp -s "$out/pg-$1.out" "$out/pg-want.out" &&
	    [ "$(grep -c '^hipacu:' "$out/pg-$1.err")" = 1 ] &&
	    [ "$(grep '^hipacu:' "$out/pg-$1.err")" = "$3" ]; then
		pass
	else
		fail "pager '$2' lost the output or did not say so: see $out/pg-$1.pty, $out/pg-$1.err, diff $out/pg-want.out $out/pg-$1.out"
	fi
}
pager_fails false false \
    "hipacu: pager 'false' failed (exit 1); output written directly"
pager_fails missing /nonexistent/hipacu-pager \
    "hipacu: pager '/nonexistent/hipacu-pager' failed (exit 127); output written directly"
pager_fails killed 'kill -TERM $$' \
    "hipacu: pager 'kill -TERM \$\$' failed (signal 15); output written directly"
# No file for the pager to read (TMPDIR missing, or its name too long):
# the output written directly, and why, in one line.
pager_env() { # NAME WANT ENV...: as pager_fails, the environment given; WANT
	# a pattern of the one hipacu: line, or empty for none and exit 0
	name=$1 want=$2 st=0 nmsg=0
	[ -n "$want" ] && st=2 nmsg=1
	shift 2
	./tests/pty -s 80x20 -o "$out/pg-$name.out" "" env "$@" "${pg_bin:-$HIPACU}" list \
	    >"$out/pg-$name.pty" 2>"$out/pg-$name.err"
	if [ "$(cat "$out/pg-$name.pty")" = "exit $st" ] &&
	    cmp -s "$out/pg-$name.out" "$out/pg-want.out" &&
	    [ "$(grep -c '^hipacu:' "$out/pg-$name.err")" = "$nmsg" ] &&
	    case $(grep '^hipacu:' "$out/pg-$name.err") in $want) true ;; *) false ;; esac
	then
		pass
	else
		fail "paging with $*: the output lost, or the wrong word on it: see $out/pg-$name.pty, $out/pg-$name.err, diff $out/pg-want.out $out/pg-$name.out"
	fi
}
# A TMPDIR that cannot hold a file: the build unwrapped, for valgrind
# (.ci/run) needs TMPDIR for its own files.
pg_bin=${QHIPACU:-$HIPACU}
pager_env tmpdir-missing \
    "hipacu: cannot page the output: a file in '/nonexistent/hipacu-tmp': No such file or directory; output written directly" \
    TMPDIR=/nonexistent/hipacu-tmp HIPACU_PAGER='cat >/dev/null'
long=$(printf '%05000d' 0)
pager_env tmpdir-long \
    "hipacu: cannot page the output: a file in '/000*': File name too long; output written directly" \
    TMPDIR=/$long HIPACU_PAGER='cat >/dev/null'
pg_bin=
# The built-in pager (less) not on PATH is nobody's setting: the output
# written directly, and nothing said.  An empty element of PATH is the
# current directory (the top, where no less is).
pager_env no-less "" -u HIPACU_PAGER -u PAGER PATH=/nonexistent
pager_env no-less-dot "" -u HIPACU_PAGER -u PAGER PATH=:/nonexistent
# The built-in pager found on PATH (a stand-in less here, that reads all):
# run as less -FRX, with LESS=FRX and LV=-c where they are not set, as git
# does; and LESS left as the person set it.
mkdir -p "$out/fakeless"
printf '#!/bin/sh\necho "$* LESS=$LESS LV=$LV" >"%s"\ncat >/dev/null\n' "$out/fakeless.args" \
    >"$out/fakeless/less"
chmod +x "$out/fakeless/less"
./tests/pty -s 80x20 "" env -u HIPACU_PAGER -u PAGER -u LESS -u LV PATH="$out/fakeless:$PATH" \
    "$HIPACU" list >"$out/pg-fakeless.pty" 2>&1
got1=$(cat "$out/fakeless.args" 2>/dev/null)
rm -f "$out/fakeless.args"
./tests/pty -s 80x20 "" env -u HIPACU_PAGER -u PAGER LESS=R LV=x PATH="$out/fakeless:$PATH" \
    "$HIPACU" list >>"$out/pg-fakeless.pty" 2>&1
got2=$(cat "$out/fakeless.args" 2>/dev/null)
if [ "$(cat "$out/pg-fakeless.pty")" = "exit 0
exit 0" ] && [ "$got1" = "-FRX LESS=FRX LV=-c" ] && [ "$got2" = "-FRX LESS=R LV=x" ]; then
	pass
else
	fail "the built-in pager: want less -FRX, LESS=FRX and LV=-c unless set: got '$got1', '$got2'; see $out/pg-fakeless.pty"
fi
# An empty HIPACU_PAGER is unset: PAGER is the pager; both empty, the
# built-in one (here off PATH, so nothing said).
pager_env pager-var "hipacu: pager 'false' failed (exit 1); output written directly" \
    HIPACU_PAGER= PAGER=false
pager_env pagers-empty "" HIPACU_PAGER= PAGER= PATH=/nonexistent
# A pager that read and then failed (as a person who quits): no second copy.
./tests/pty -s 80x20 -o "$out/pg-part.out" "" env HIPACU_PAGER='head -n 2; exit 3' "$HIPACU" list \
    >"$out/pg-part.pty" 2>"$out/pg-part.err"
if [ "$(cat "$out/pg-part.pty")" = "exit 0" ] && [ ! -s "$out/pg-part.err" ] &&
    [ "$(tr -d '\r' <"$out/pg-part.out" | wc -l)" = 2 ]; then
	pass
else
	fail "a pager that read, then failed, had the output again: see $out/pg-part.out, $out/pg-part.err"
fi
# Ctrl-C while a pager runs that takes it and ends in its own time: hipacu
# waits, and exits as itself (0) after the pager, which has ended.
rm -f "$out/pg-int.pid" "$out/pg-int.end"
./tests/pty -s 80x20 -o "$out/pg-int.out" '\x03' env HIPACU_PAGER="echo \$\$ >'$out/pg-int.pid'
trap 'sleep 0.3; echo ended >\"$out/pg-int.end\"; exit 0' INT
cat >/dev/null; echo PAGER-READY; while :; do sleep 1; done" "$HIPACU" list >"$out/pg-int.pty" 2>&1
if [ "$(cat "$out/pg-int.pty")" = "exit 0" ] && [ -s "$out/pg-int.end" ] &&
    ! kill -0 "$(cat "$out/pg-int.pid")" 2>/dev/null; then
	pass
else
	fail "Ctrl-C while a script pager runs: hipacu did not wait for it: see $out/pg-int.pty"
fi
[ -s "$out/pg-int.pid" ] && kill -KILL "$(cat "$out/pg-int.pid")" 2>/dev/null
# A pager that Ctrl-C ends: hipacu ends by SIGINT too, the output not
# written again.
./tests/pty -s 80x20 -o "$out/pg-die.out" '\x03' env HIPACU_PAGER='echo PAGER-READY; sleep 5; cat' \
    "$HIPACU" list >"$out/pg-die.pty" 2>"$out/pg-die.err"
if [ "$(cat "$out/pg-die.pty")" = "signal 2" ] && ! grep -q 'piriformis' "$out/pg-die.out" &&
    [ ! -s "$out/pg-die.err" ]; then
	pass
else
	fail "Ctrl-C that ends the pager: want hipacu ended by SIGINT, nothing more: see $out/pg-die.pty, $out/pg-die.out"
fi
# A pager killed with the terminal raw (it could not set it back):
# hipacu sets it back.
./tests/pty -s 80x20 -o "$out/pg-raw.out" "" env HIPACU_PAGER='head -n 1; stty raw -echo </dev/tty; kill -KILL $$' \
    "$HIPACU" list >"$out/pg-raw.pty" 2>&1
if [ "$(cat "$out/pg-raw.pty")" = "exit 0" ]; then
	pass
else
	fail "a pager killed with the terminal raw: it was not set back: see $out/pg-raw.pty"
fi
# Ctrl-C in less, then q: less stays through the Ctrl-C, hipacu with it
# (exit 0: it lived to wait for less); then both are gone, and the
# terminal is as it was.
if have less; then
	rm -f "$out/pg-less.pid"
	./tests/pty -s 80x20 -o "$out/pg-less.out" '\x03q' env TERM=xterm \
	    HIPACU_PAGER="echo \$\$ >'$out/pg-less.pid'; exec less" \
	    "$HIPACU" list >"$out/pg-less.pty" 2>&1
	if [ "$(cat "$out/pg-less.pty")" = "exit 0" ] &&
	    ! kill -0 "$(cat "$out/pg-less.pid")" 2>/dev/null; then
		pass
	else
		fail "Ctrl-C in less: hipacu did not wait for it, or the terminal changed: see $out/pg-less.pty"
	fi
	[ -s "$out/pg-less.pid" ] && kill -KILL "$(cat "$out/pg-less.pid")" 2>/dev/null
else
	skip "Ctrl-C in less: less is not installed"
fi
