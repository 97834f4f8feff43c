# browse.sh - sourced by run.sh, beside the other sections: hipacu browse
# in a real terminal (tmux).  Search as you type, an entry and back, "not
# covered", a typo, a resize; the terminal left as it was however browse
# ends; no terminal at all.  Skipped without tmux; .ci/run installs it.

sock=$out/browse.sock
. tests/tmux.sh

# Run COMMAND (hipacu on PATH is the one under test) in a new session
# NAME of COLS x ROWS.  The terminal's settings are saved before and
# after ($out/NAME.before, .after), the command's pid in $out/NAME.pid,
# and "[rc=N]" is printed when it ends.
browse_start() { # NAME COLS ROWS COMMAND
	rm -f "$out/$1.pid"
	cat >"$out/$1.sh" <<EOF
PATH='$out/bin:$PATH'; export PATH
stty -g >'$out/$1.before'
sh -c 'echo \$\$ >"$out/$1.pid"; exec $4'
echo "[rc=\$?]"
stty -g >'$out/$1.after'
tmux -S '$sock' wait-for -S '$1'
sleep 30
EOF
	tmux -S "$sock" new-session -d -s "$1" -x "$2" -y "$3" "sh '$out/$1.sh'"
}
# Wait for session NAME's command to end; its last screen in NAME.end.
browse_end() { # NAME
	tmux_wait "$1"
	tmux -S "$sock" capture-pane -p -J -t "$1" >"$out/$1.end"
	tmux -S "$sock" kill-session -t "$1"
}
keys() { # NAME KEYS...: tmux key names (Enter, Escape, C-u, ...)
	s=$1
	shift
	tmux -S "$sock" send-keys -t "$s" "$@"
}
type_() { # NAME TEXT: typed as it is
	tmux -S "$sock" send-keys -t "$1" -l "$2"
}
# The terminal is as it was, the alternate screen left (nothing of
# browse's on the screen after it), and the exit status is RC.
left_as_it_was() { # NAME RC WHAT
	if [ ! -s "$out/$1.before" ] || ! cmp -s "$out/$1.before" "$out/$1.after"; then
		fail "browse, $3: stty -g differs after: $(cat "$out/$1.before") / $(cat "$out/$1.after" 2>/dev/null)"
	elif grep -q 'Search:' "$out/$1.end"; then
		fail "browse, $3: the alternate screen was not left: see $out/$1.end"
	elif ! grep -q "^\[rc=$2\]" "$out/$1.end"; then
		fail "browse, $3: want exit status $2: see $out/$1.end"
	else
		pass
	fi
}
# A pid, once the command has written it.
pid_of() { # NAME
	tries=0
	while [ ! -s "$out/$1.pid" ] && [ $tries -lt 100 ]; do
		sleep 0.05
		tries=$((tries + 1))
	done
	cat "$out/$1.pid"
}

if have tmux; then
	tmux_hold "$sock"
	# The sessions that only start and end run side by side.
	browse_start quit-q 80 24 'hipacu browse dizzy'
	browse_start quit-term 80 24 'hipacu browse dizzy'
	browse_start quit-hup 80 24 'hipacu browse dizzy'
	browse_start quit-crash 80 24 'hipacu browse dizzy'
	browse_start fresh-40 40 12 'hipacu browse sciatca'
	browse_start readme-40 40 12 'hipacu browse dizzy'
	browse_start no-color 80 24 'env NO_COLOR=1 hipacu browse dizzy'
	browse_start main 80 24 'hipacu browse'
	browse_start whole-40 40 24 'hipacu browse blood thinners'
	browse_start cjk-40 40 24 'hipacu --data tests/data/cjk.rec browse 髋痛'
	browse_start long 80 24 'hipacu browse'

	# The empty query: the topics and their entries.
	if screen_wait main 'Type words to search' "$out/browse-empty.screen" &&
	    grep -q '^Conditions - ' "$out/browse-empty.screen" &&
	    grep -q '^> Hip pain and acupuncture' "$out/browse-empty.screen" &&
	    grep -q '^  Hip bursitis' "$out/browse-empty.screen"; then
		pass
	else
		fail "browse, no words: want the topics and their entries: see $out/browse-empty.screen"
	fi
	# Entries past the screen are counted on its last list row.
	below=$(sed -n 's/^  \([0-9][0-9]*\) more below$/\1/p' "$out/browse-empty.screen")
	shown=$(grep -c '^[> ] [A-Z]' "$out/browse-empty.screen")
	total=$("$HIPACU" --json list | grep -c '^    "id": ')
	if [ -n "$below" ] && [ $((below + shown)) = "$total" ]; then
		pass
	else
		fail "browse: want 'N more below' for the entries past the screen ($shown shown, ${below:-none} below, $total in all): see $out/browse-empty.screen"
	fi
	# At 40 columns, with rows to spare, a note is not cut: it wraps.
	if screen_wait whole-40 'Search: blood thinners' "$out/browse-whole-40.screen" &&
	    grep -q "'bleeding disorders'" "$out/browse-whole-40.screen" &&
	    ! grep -q 'bleed…' "$out/browse-whole-40.screen"; then
		pass
	else
		fail "browse at 40 columns: a note that fits when wrapped is cut: see $out/browse-whole-40.screen"
	fi
	# Ended by its own key, not by killing the session: a coverage build
	# writes its counts as it exits.
	keys whole-40 C-c
	browse_end whole-40
	# Chinese and Japanese at 40 columns: an entry wraps in browse as the
	# text format wraps it at -w 40 (the one line breaker, in columns).
	if screen_wait cjk-40 '^> 髋关节疼痛' "$out/browse-cjk-list.screen"; then
		keys cjk-40 Enter
		screen_wait cjk-40 'lines 1-' "$out/browse-cjk.screen"
	fi
	"$HIPACU" --data tests/data/cjk.rec -w 40 show hip-pain | head -n 22 >"$out/browse-cjk.want"
	if sed -n '2,23p' "$out/browse-cjk.screen" | cmp -s - "$out/browse-cjk.want"; then
		pass
	else
		fail "browse at 40 columns: a CJK entry is not wrapped as show -w 40 wraps it: diff $out/browse-cjk.want $out/browse-cjk.screen"
	fi
	keys cjk-40 C-c
	browse_end cjk-40
	# A word typed past the query's 1,024 bytes: what fits is taken, the
	# rest refused, and the screen says so until the query changes.
	screen_wait long 'Type words to search' "$out/browse-long.screen"
	type_ long "$(awk 'BEGIN { while (n++ < 1030) printf "a" }')"
	if screen_wait long '^Query full (1024 bytes): what was typed past it is not taken' \
	    "$out/browse-long.screen" && grep -q '^Search: …aaaa*$' "$out/browse-long.screen"; then
		keys long BSpace
		if screen_until long "$out/browse-long-back.screen" \
		    awk '/^Search: / { s = 1 } /^Query full/ { q = 1 } END { exit !(s && !q) }'; then
			pass
		else
			fail "browse: the query full, then Backspace: the notice stays: see $out/browse-long-back.screen"
		fi
	else
		fail "browse: typing past 1,024 bytes is not said: see $out/browse-long.screen"
	fi
	keys long C-c
	browse_end long
	# Typed, letter by letter: "Possible side effects" ranked first.
	type_ main dizzy
	if screen_wait main 'Search: dizzy$' "$out/browse-dizzy.screen" &&
	    [ "$(grep '^> ' "$out/browse-dizzy.screen")" = '> Possible side effects  safety' ] &&
	    grep -q '^Answered' "$out/browse-dizzy.screen" &&
	    grep -q 'dizziness' "$out/browse-dizzy.screen"; then
		pass
	else
		fail "browse, dizzy: want Possible side effects first: see $out/browse-dizzy.screen"
	fi
	# In colour on a terminal: the title in bold.
	tmux -S "$sock" capture-pane -p -e -t main >"$out/browse-dizzy.color"
	if grep -q "$(printf '\033')\[1m" "$out/browse-dizzy.color"; then pass; else fail "browse: no colour on a terminal: see $out/browse-dizzy.color"; fi
	# Enter: the entry's text, full screen.
	keys main Enter
	if screen_wait main 'lines 1-' "$out/browse-entry.screen" &&
	    grep -qi 'serious' "$out/browse-entry.screen" &&
	    grep -q '^Possible side effects (safety: side-effects)' "$out/browse-entry.screen"; then
		pass
	else
		fail "browse, Enter: want the entry's text: see $out/browse-entry.screen"
	fi
	# Tab chooses a related entry, marked on the page; Enter reads it;
	# Escape goes back to the entry it was followed from.
	keys main Tab
	if screen_wait main '^> hipacu show choosing-a-practitioner' "$out/browse-tab.screen"; then
		keys main Enter
		if screen_wait main '^Choosing a practitioner (safety: choosing-a-practitioner)' \
		    "$out/browse-follow.screen"; then
			keys main Escape
			if screen_wait main '^Possible side effects (safety: side-effects)' \
			    "$out/browse-followed-back.screen"; then
				pass
			else
				fail "browse: Escape after following a link: want the entry before: see $out/browse-followed-back.screen"
			fi
		else
			fail "browse: Enter on a related entry: want it read: see $out/browse-follow.screen"
		fi
	else
		fail "browse: Tab in an entry: want its first related entry marked: see $out/browse-tab.screen"
	fi
	# Escape: back to the list, the query kept.
	keys main Escape
	if screen_wait main '^> Possible side effects' "$out/browse-back.screen" &&
	    grep -q 'Search: dizzy$' "$out/browse-back.screen"; then
		pass
	else
		fail "browse, Escape: want the list again: see $out/browse-back.screen"
	fi
	# A word no entry holds: not covered, and the doctor.
	keys main C-u
	type_ main zebra
	if screen_wait main 'Search: zebra$' "$out/browse-zebra.screen" &&
	    grep -q '^Not covered' "$out/browse-zebra.screen" &&
	    grep -q "does not mention 'zebra'" "$out/browse-zebra.screen" &&
	    grep -q '^> See a medical doctor first' "$out/browse-zebra.screen"; then
		pass
	else
		fail "browse, zebra: want not covered and the doctor: see $out/browse-zebra.screen"
	fi
	# A closest match says so, above the results.
	keys main C-u
	type_ main 'is acupuncture safe for children'
	if screen_wait main 'children$' "$out/browse-closest.screen" &&
	    grep -q '^Closest match only' "$out/browse-closest.screen" &&
	    [ "$(grep -n 'not a sure' "$out/browse-closest.screen" | head -n 1 | cut -d: -f1)" -lt \
	      "$(grep -n '^> ' "$out/browse-closest.screen" | cut -d: -f1)" ]; then
		pass
	else
		fail "browse, a closest match: want the caveat above: see $out/browse-closest.screen"
	fi
	# A typo is read as the word, and says so.
	keys main C-u
	type_ main sciatca
	if screen_wait main 'Search: sciatca$' "$out/browse-typo.screen" &&
	    grep -q "reading 'sciatca' as 'sciatica'" "$out/browse-typo.screen" &&
	    grep -q '^> Sciatica' "$out/browse-typo.screen"; then
		pass
	else
		fail "browse, a typo: want it read as sciatica: see $out/browse-typo.screen"
	fi
	# Keys typed ahead: Enter opens the first result of the words typed
	# before it, all sent at once (a paste).
	keys main C-u 'can i take warfarin' Enter
	if screen_wait main 'lines 1-' "$out/browse-ahead.screen" &&
	    grep -q '^See a medical doctor first (safety: see-a-doctor)' "$out/browse-ahead.screen"; then
		pass
	else
		fail "browse, a question and Enter typed ahead: want the doctor's entry: see $out/browse-ahead.screen"
	fi
	keys main Escape
	screen_wait main '^Search: can i take warfarin$' "$out/browse-ahead.screen"
	# A key browse ignores, last: the screen still shows what was typed.
	keys main C-u 'bursitis' F1
	if screen_wait main 'Search: bursitis$' "$out/browse-f1.screen" &&
	    grep -q '^> Hip bursitis' "$out/browse-f1.screen"; then
		pass
	else
		fail "browse, typing then F1: the screen is not drawn: see $out/browse-f1.screen"
	fi
	# Typed, but no word: said, and every entry listed.
	keys main C-u '?'
	if screen_wait main 'Search: ?$' "$out/browse-noword.screen" &&
	    grep -q '^Nothing to search for' "$out/browse-noword.screen" &&
	    ! grep -q 'Answered' "$out/browse-noword.screen"; then
		pass
	else
		fail "browse, '?': want nothing to search for: see $out/browse-noword.screen"
	fi
	keys main C-u
	type_ main sciatca
	screen_wait main 'Search: sciatca$' "$out/browse-typo.screen"
	# Resized to 40x12: drawn again for 40 columns, as a browse started
	# there draws it.
	# A screen is known whole by its first row and its last.
	screen_wait fresh-40 'Search: sciatca$' "$out/browse-fresh-40.screen" &&
	    screen_wait fresh-40 '^See a medical doctor first.$' "$out/browse-fresh-40.screen"
	tmux -S "$sock" resize-window -t main -x 40 -y 12
	screen_wait_same main "$out/browse-fresh-40.screen" "$out/browse-40.screen"
	wide=$(LC_ALL=C tr -d '\200-\277' <"$out/browse-40.screen" |
	    awk '{ if (length > n) n = length } END { print n + 0 }')
	if [ "$(wc -l <"$out/browse-40.screen")" -eq 12 ] && [ "$wide" -le 40 ] &&
	    cmp -s "$out/browse-40.screen" "$out/browse-fresh-40.screen"; then
		pass
	else
		fail "browse, resized to 40x12: not as drawn for 40 columns: diff $out/browse-fresh-40.screen $out/browse-40.screen"
	fi
	# The README's screen at 40 columns is what browse shows: its rows
	# before "...", the top of the screen; its rows after, the bottom.
	screen_wait readme-40 'Search: dizzy$' "$out/readme-40.screen"
	awk 'on && /^[^ ]/ { exit } on { sub(/^    /, ""); l[++n] = $0 }
	    /At 40 columns, after typing `dizzy`:$/ { on = 1 }
	    END { a = 1; while (a <= n && l[a] == "") a++
		while (n >= a && l[n] == "") n--
		for (i = a; i <= n; i++) print l[i] }' README.md >"$out/readme-40.want"
	sed '/^\.\.\.$/,$d' "$out/readme-40.want" >"$out/readme-40.top"
	sed '1,/^\.\.\.$/d' "$out/readme-40.want" >"$out/readme-40.bottom"
	if [ -s "$out/readme-40.top" ] && [ -s "$out/readme-40.bottom" ] &&
	    head -n "$(wc -l <"$out/readme-40.top")" "$out/readme-40.screen" | cmp -s - "$out/readme-40.top" &&
	    tail -n "$(wc -l <"$out/readme-40.bottom")" "$out/readme-40.screen" | cmp -s - "$out/readme-40.bottom"; then
		pass
	else
		fail "README's browse screen is not what browse shows: see $out/readme-40.want and $out/readme-40.screen"
	fi
	keys readme-40 C-c
	browse_end readme-40
	# NO_COLOR: no escape code.
	screen_wait no-color 'Search: dizzy$' "$out/no-color.screen"
	tmux -S "$sock" capture-pane -p -e -t no-color >"$out/no-color.screen"
	if grep -q 'Possible side effects' "$out/no-color.screen" &&
	    ! grep -q "$(printf '\033')" "$out/no-color.screen"; then
		pass
	else
		fail "browse with NO_COLOR: escape codes in $out/no-color.screen"
	fi
	keys no-color q
	keys no-color C-c
	browse_end no-color

	# Quitting: Ctrl-C in the list, q in an entry, SIGTERM, SIGHUP and a
	# crash leave the terminal as it was.
	keys main C-c
	browse_end main
	left_as_it_was main 0 "Ctrl-C"
	keys fresh-40 C-c
	browse_end fresh-40
	screen_wait quit-q 'Search: dizzy$' "$out/quit-q.screen"
	keys quit-q Enter
	screen_wait quit-q 'lines 1-' "$out/quit-q.screen"
	keys quit-q q
	browse_end quit-q
	left_as_it_was quit-q 0 "q"
	for s in term hup crash; do
		screen_wait "quit-$s" 'Search: dizzy$' "$out/quit-$s.screen"
	done
	kill -TERM "$(pid_of quit-term)"
	kill -HUP "$(pid_of quit-hup)"
	kill -SEGV "$(pid_of quit-crash)"
	browse_end quit-term
	left_as_it_was quit-term 143 "SIGTERM"
	browse_end quit-hup
	left_as_it_was quit-hup 129 "SIGHUP"
	# A crash dies of its signal: SIGSEGV (139), or a sanitizer's abort
	# (SIGABRT, 134); any other status is no crash.
	browse_end quit-crash
	left_as_it_was quit-crash '13[49]' "a crash (SIGSEGV)"

	# No terminal to draw on: standard output a file, or TERM=dumb.
	browse_start no-tty 80 24 "hipacu browse dizzy >/dev/null"
	browse_end no-tty
	if grep -q "^hipacu: browse needs a terminal (standard output is not one): use 'hipacu search WORDS' instead" "$out/no-tty.end" &&
	    grep -q '^\[rc=2\]' "$out/no-tty.end"; then
		pass
	else
		fail "browse with no terminal for its output: see $out/no-tty.end"
	fi
	browse_start dumb 80 24 'env TERM=dumb hipacu browse dizzy'
	browse_end dumb
	if grep -q "^hipacu: browse needs a terminal (TERM=dumb: it takes no escape sequences): use 'hipacu search WORDS' instead" "$out/dumb.end" &&
	    grep -q '^\[rc=2\]' "$out/dumb.end"; then
		pass
	else
		fail "browse with TERM=dumb: see $out/dumb.end"
	fi
	tmux -S "$sock" kill-server 2>/dev/null
else
	for t in empty more-below whole-40 cjk-40 long dizzy colour enter follow escape zebra closest typo ahead f1 no-word resize readme no-colour \
	    ctrl-c q sigterm sighup crash no-tty dumb; do
		skip "browse test $t: tmux is not installed"
	done
fi
