# screen.sh - sourced by run.sh, beside the other sections: hipacu browse
# holding a real terminal (tmux).  Suspended by Ctrl-Z and by SIGTSTP under
# a shell with job control, the terminal given back as it was, and taken
# again and drawn the same on fg (stty changed while stopped counts);
# Ctrl-Z without job control; the keys that move in the list, edit the
# query and scroll an entry; an entry reflowed at a new width; a window
# too small, and big again; the list and a search at every height; a
# terminal that goes away.  Skipped without
# tmux; .ci/run installs it.

sock=$out/screen.sock
. tests/tmux.sh

# Start session NAME of COLS x ROWS running the shell script on standard
# input, with hipacu on PATH the one under test; "$out/NAME.pid" is for
# the script to write hipacu's pid to.
start() { # NAME COLS ROWS < SCRIPT
	rm -f "$out/$1.pid"
	{
		echo "PATH='$out/bin:$PATH'; export PATH; out='$out'; sock='$sock'; plain='${QHIPACU:-$HIPACU}'; export out plain"
		cat
		echo "tmux -S '$sock' wait-for -S '$1'; sleep 30"
	} >"$out/$1.sh"
	tmux -S "$sock" new-session -d -s "$1" -x "$2" -y "$3" "sh '$out/$1.sh'"
}
pid_of() { # NAME
	tries=0
	while [ ! -s "$out/$1.pid" ] && [ $tries -lt 100 ]; do
		sleep 0.05
		tries=$((tries + 1))
	done
	cat "$out/$1.pid"
}
# Is process PID stopped (within 5 seconds)?
stopped() { # PID
	tries=0
	while [ $tries -lt 100 ]; do
		case $(ps -o stat= -p "$1" 2>/dev/null) in T*) return 0 ;; esac
		sleep 0.05
		tries=$((tries + 1))
	done
	return 1
}
keys() { # NAME KEYS...: tmux key names
	s=$1
	shift
	tmux -S "$sock" send-keys -t "$s" "$@"
}
type_() { # NAME TEXT: typed as it is
	tmux -S "$sock" send-keys -t "$1" -l "$2"
}
# The row of the screen that shows the selection.
selected() { # NAME
	tmux -S "$sock" capture-pane -p -t "$1" | grep '^> '
}
# Wait until the selection is TEXT (a grep pattern); say WHAT if not.
want_selected() { # NAME TEXT WHAT
	if screen_wait "$1" "^> $2" "$out/$1.screen"; then
		pass
	else
		fail "browse, $3: want '$2' selected, not '$(selected "$1")': see $out/$1.screen"
	fi
}
end_session() { # NAME
	tmux_wait "$1"
	tmux -S "$sock" capture-pane -p -J -t "$1" >"$out/$1.end"
	tmux -S "$sock" kill-session -t "$1"
}

if have tmux && have ps; then
	tmux_hold "$sock"

	# Under a shell with job control (set -m), as a person's shell is:
	# Ctrl-Z stops browse, the shell goes on, changes a setting, and fg
	# brings it back; then a stop sent from outside, and fg again.
	start suspend 80 24 <<'EOF'
set -m
stty -g >"$out/suspend.before"
# Job control measures the terminal, not memory: the build unwrapped
# (under valgrind in .ci/run, a stop reaches valgrind, not hipacu).
sh -c 'echo $$ >"$out/suspend.pid"; exec "$plain" browse dizzy'
echo "[stopped=$?]"
stty -g >"$out/suspend.stopped"
stty intr '^X'
stty -g >"$out/suspend.changed"
tmux -S "$sock" wait-for -S suspend-stopped
tmux -S "$sock" wait-for suspend-go
fg >/dev/null
echo "[stopped=$?]"
stty -g >"$out/suspend.stopped2"
tmux -S "$sock" wait-for -S suspend-stopped2
tmux -S "$sock" wait-for suspend-go2
fg >/dev/null
echo "[rc=$?]"
stty -g >"$out/suspend.after"
EOF
	# Without job control SIGTSTP is ignored: Ctrl-Z is no stop.
	start nojobs 80 24 <<'EOF'
trap '' TSTP
sh -c 'echo $$ >"$out/nojobs.pid"; exec hipacu browse dizzy'
echo "[rc=$?]"
EOF
	# The list: moved in, the query edited.
	start keys 80 24 <<'EOF'
stty -g >"$out/keys.before"
hipacu browse
echo "[rc=$?]"
stty -g >"$out/keys.after"
EOF
	# An entry scrolled by every key that scrolls it, on 8 rows.
	start page 80 8 <<'EOF'
hipacu browse hip bursitis
echo "[rc=$?]"
EOF
	# The list of every entry, and a search's results, at every height.
	start heights 80 8 <<'EOF'
hipacu browse
EOF
	start heights-pain 80 8 <<'EOF'
hipacu browse pain
EOF
	start tiny 80 6 <<'EOF'
hipacu browse
EOF
	# The terminal goes away under a browse that ignores SIGHUP (nohup):
	# reading it comes to its end, and browse ends, as at Ctrl-C.
	start gone 80 24 <<'EOF'
trap '' HUP
sh -c 'echo $$ >"$out/gone.pid"; exec hipacu browse dizzy' 2>"$out/gone.err"
echo $? >"$out/gone.rc"
EOF

	# --- suspend and resume
	tty=$(tmux -S "$sock" display -p -t suspend '#{pane_tty}')
	screen_wait suspend 'Search: dizzy$' "$out/suspend.screen" &&
	    screen_wait suspend 'See a medical doctor' "$out/suspend.screen"
	pid=$(pid_of suspend)
	keys suspend C-z
	if stopped "$pid" && tmux_wait suspend-stopped &&
	    tmux -S "$sock" capture-pane -p -t suspend >"$out/suspend.shell" &&
	    grep -q '^\[stopped=148\]' "$out/suspend.shell" &&
	    ! grep -q 'Search:' "$out/suspend.shell" &&
	    cmp -s "$out/suspend.before" "$out/suspend.stopped"; then
		pass
	else
		fail "browse, Ctrl-Z: want it stopped, the screen and stty given back: see $out/suspend.shell, $out/suspend.before, $out/suspend.stopped"
	fi
	tmux -S "$sock" wait-for -S suspend-go
	# fg: raw again, drawn again as it was.
	if screen_wait_same suspend "$out/suspend.screen" "$out/suspend.resumed" &&
	    stty -a <"$tty" | tr ' ' '\n' | grep -qx -- -icanon &&
	    stty -a <"$tty" | tr ' ' '\n' | grep -qx -- -echo; then
		pass
	else
		fail "browse, fg after Ctrl-Z: want the same screen and raw mode: diff $out/suspend.screen $out/suspend.resumed"
	fi
	# A stop from outside: the terminal given back as the shell left it.
	kill -TSTP "$pid"
	if stopped "$pid" && tmux_wait suspend-stopped2 &&
	    cmp -s "$out/suspend.changed" "$out/suspend.stopped2" &&
	    ! cmp -s "$out/suspend.before" "$out/suspend.stopped2"; then
		pass
	else
		fail "browse, SIGTSTP: want it stopped and stty as changed while stopped: see $out/suspend.changed, $out/suspend.stopped2"
	fi
	tmux -S "$sock" wait-for -S suspend-go2
	screen_wait_same suspend "$out/suspend.screen" "$out/suspend.resumed2" ||
	    fail "browse, fg after SIGTSTP: want the same screen: diff $out/suspend.screen $out/suspend.resumed2"
	keys suspend C-c
	end_session suspend
	if grep -q '^\[rc=0\]' "$out/suspend.end" &&
	    cmp -s "$out/suspend.changed" "$out/suspend.after"; then
		pass
	else
		fail "browse, quit after a stop: want exit 0 and stty as changed while stopped: see $out/suspend.end, $out/suspend.changed, $out/suspend.after"
	fi

	# --- no job control
	screen_wait nojobs 'Search: dizzy$' "$out/nojobs.screen"
	keys nojobs C-z
	type_ nojobs ' needles'
	if screen_wait nojobs 'Search: dizzy needles$' "$out/nojobs.screen" &&
	    ! stopped "$(pid_of nojobs)" 2>/dev/null; then
		pass
	else
		fail "browse, Ctrl-Z with SIGTSTP ignored: want it to go on: see $out/nojobs.screen"
	fi
	keys nojobs C-c
	end_session nojobs
	grep -q '^\[rc=0\]' "$out/nojobs.end" && pass ||
	    fail "browse, Ctrl-Z with SIGTSTP ignored: want exit 0: see $out/nojobs.end"

	# --- the list's keys
	screen_wait keys 'Type words to search' "$out/keys.screen"
	first=$(selected keys)
	last=$("$HIPACU" list | sed -n 's/^  [a-z0-9-]*  *//p' | sed 's/ - .*//' | tail -n 1)
	keys keys Up
	want_selected keys "${first#> }" "Up on the first entry"
	keys keys Down
	want_selected keys 'Osteoarthritis' "Down"
	keys keys Tab
	want_selected keys 'Sciatica' "Tab"
	keys keys Up
	want_selected keys 'Osteoarthritis' "Up"
	keys keys End
	want_selected keys "$last" "End"
	keys keys Home
	want_selected keys "${first#> }" "Home"
	keys keys NPage
	if screen_until keys "$out/keys.screen" sh -c '! grep -q "^$1" "$2"' - "$first" &&
	    grep -q '^> ' "$out/keys.screen"; then
		pass
	else
		fail "browse, Page Down: want the selection a page on: see $out/keys.screen"
	fi
	keys keys PPage
	want_selected keys "${first#> }" "Page Up"
	# Editing: Ctrl-W takes the last word, Backspace a character (a
	# UTF-8 one whole), controls and bidi controls are no text.
	type_ keys 'dizzy needles'
	screen_wait keys 'Search: dizzy needles$' "$out/keys.screen"
	keys keys C-w
	screen_wait keys 'Search: dizzy$' "$out/keys.screen" || fail "browse, Ctrl-W: see $out/keys.screen"
	keys keys BSpace BSpace
	screen_wait keys 'Search: dizz$' "$out/keys.screen" || fail "browse, Backspace: see $out/keys.screen"
	type_ keys 'é'
	screen_wait keys 'Search: dizzé$' "$out/keys.screen"
	keys keys BSpace
	if screen_wait keys 'Search: dizz$' "$out/keys.screen"; then pass; else
		fail "browse, Backspace after é: want it taken whole: see $out/keys.screen"
	fi
	keys keys C-w
	type_ keys "a$(printf '\342\200\256')b"
	keys keys C-a
	type_ keys c
	if screen_wait keys 'Search: abc$' "$out/keys.screen"; then pass; else
		fail "browse, a bidi control and Ctrl-A typed: want them dropped: see $out/keys.screen"
	fi
	# Escape clears the query, and with none quits.
	keys keys Escape
	screen_wait keys 'Type words to search' "$out/keys.screen" &&
	    ! grep -q 'Search: abc' "$out/keys.screen" && pass ||
	    fail "browse, Escape: want the query cleared: see $out/keys.screen"
	# Too small a window says so; big again, the same screen.
	tmux -S "$sock" capture-pane -p -t keys >"$out/keys.big"
	tmux -S "$sock" resize-window -t keys -x 20 -y 5
	if screen_wait keys 'bigger' "$out/keys.small" &&
	    tr '\n' ' ' <"$out/keys.small" | grep -q 'Make the window *bigger\.'; then
		pass
	else
		fail "browse in 20x5: want 'Make the window bigger.': see $out/keys.small"
	fi
	tmux -S "$sock" resize-window -t keys -x 80 -y 24
	screen_wait_same keys "$out/keys.big" "$out/keys.again" && pass ||
	    fail "browse, big again: want the screen as it was: diff $out/keys.big $out/keys.again"
	keys keys Escape
	end_session keys
	if grep -q '^\[rc=0\]' "$out/keys.end" && cmp -s "$out/keys.before" "$out/keys.after"; then
		pass
	else
		fail "browse, Escape on no words: want exit 0 and stty as it was: see $out/keys.end"
	fi

	# --- an entry's keys
	screen_wait page 'Search: hip bursitis$' "$out/page.screen"
	keys page Enter
	screen_wait page 'lines 1-6 of ' "$out/page.screen"
	n=$(sed -n 's/.*lines 1-6 of \([0-9]*\).*/\1/p' "$out/page.screen")
	lastn=$((n - 6))
	# KEY FROM: the first line shown after KEY.
	for step in j:2 Down:3 k:2 Up:1 Up:1 Space:7 b:1 NPage:7 PPage:1 f:7 \
	    G:$((lastn + 1)) e:$((lastn + 1)) y:$lastn g:1 End:$((lastn + 1)) \
	    Home:1 '>':$((lastn + 1)) '<':1; do
		key=${step%:*} from=${step#*:}
		[ "$from" -gt $((lastn + 1)) ] && from=$((lastn + 1))
		keys page "$key"
		if screen_wait page "lines $from-$((from + 5)) of $n" "$out/page.screen"; then
			pass
		else
			fail "browse, $key in an entry: want lines $from-$((from + 5)) of $n: see $out/page.screen"
		fi
	done
	# Resized at line 4 to 40 columns: wrapped again for 40, at the same
	# place in its text.
	keys page j j j
	screen_wait page "lines 4-9 of $n" "$out/page.screen"
	n40=$("$HIPACU" -w 40 show bursitis | wc -l)
	at=$((3 * n40 / n))
	tmux -S "$sock" resize-window -t page -x 40 -y 8
	if screen_wait page "lines $((at + 1))-$((at + 6)) of $n40$" "$out/page.screen" &&
	    [ "$(LC_ALL=C tr -d '\200-\277' <"$out/page.screen" | awk '{ if (length > n) n = length } END { print n + 0 }')" -le 40 ]; then
		pass
	else
		fail "browse, an entry resized to 40 columns: want lines $((at + 1))-$((at + 6)) of $n40 and no row past 40: see $out/page.screen"
	fi
	# At 30 columns, where says only the last line shown, of how many.
	n30=$("$HIPACU" -w 30 show bursitis | wc -l)
	at=$((at * n30 / n40))
	tmux -S "$sock" resize-window -t page -x 30 -y 8
	if screen_wait page " $((at + 6))/$n30$" "$out/page.screen"; then
		pass
	else
		fail "browse, an entry resized to 30 columns: want ' $((at + 6))/$n30': see $out/page.screen"
	fi
	keys page h
	screen_wait page 'Search: hip bursitis$' "$out/page.screen" && pass ||
	    fail "browse, h in an entry: want the list: see $out/page.screen"
	keys page C-c
	end_session page

	# --- every height from 8 to 24 rows: an item is drawn from its title
	# row or not at all (no heading alone above "N more below"), and the
	# items shown and N add up to all of them.
	heights_ok() { # ROWS TOTAL FILE: the frame for ROWS rows, and so
		awk -v rows="$1" -v total="$2" '{ line[NR] = $0 }
		    END {
			if (line[rows - 1] !~ /^  [0-9]+ more below$/)
				exit 1
			split(line[rows - 1], more, " ")
			for (i = 2; i < rows - 1; i++)
				if (line[i] ~ /^(  |> )[^ ]/)
					n++
			exit line[rows - 2] ~ /^[^ >]/ || n + more[1] != total
		    }' "$3"
	}
	total=$("$HIPACU" --json list | grep -c '"source"')
	hits=$("$HIPACU" --json --all search pain | grep -c '"source"')
	for hs in heights:$total heights-pain:$hits; do
		name=${hs%:*} want=${hs#*:} bad=
		screen_wait "$name" 'more below$' "$out/$name.screen"
		for r in $(seq 8 24); do
			tmux -S "$sock" resize-window -t "$name" -x 80 -y "$r"
			screen_until "$name" "$out/$name-$r.screen" heights_ok "$r" "$want" ||
			    bad="$bad $r"
		done
		if [ "$want" -gt 10 ] && [ -z "$bad" ]; then
			pass
		else
			fail "browse ($name) at each height: want items whole and '$want' in all with 'more below'; not at rows$bad: see $out/$name-ROWS.screen"
		fi
		keys "$name" C-c
		end_session "$name"
	done

	# On 6 rows a full query that is not covered leaves one row for the
	# list: the doctor's entry goes there without its heading, not the
	# heading alone (or nothing).
	screen_wait tiny 'Type words to search' "$out/tiny.screen"
	type_ tiny "$(awk 'BEGIN { while (n++ < 1030) printf "a" }')"
	if screen_wait tiny '^Not covered by the article' "$out/tiny.screen" &&
	    screen_until tiny "$out/tiny.screen" sh -c \
	    'sed -n 5p "$1" | grep -q "^> See a medical doctor first"' sh; then
		pass
	else
		fail "browse on 6 rows, a full query not covered: want the doctor's entry on row 5: see $out/tiny.screen"
	fi
	keys tiny C-c
	end_session tiny

	# --- the terminal gone
	screen_wait gone 'Search: dizzy$' "$out/gone.screen"
	tmux -S "$sock" kill-session -t gone
	tries=0
	while [ ! -s "$out/gone.rc" ] && [ $tries -lt 100 ]; do
		sleep 0.05
		tries=$((tries + 1))
	done
	if [ "$(cat "$out/gone.rc" 2>/dev/null)" = 0 ] && [ ! -s "$out/gone.err" ]; then
		pass
	else
		fail "browse, the terminal gone under a nohup browse: want it ended, exit 0: $(cat "$out/gone.rc" "$out/gone.err" 2>&1)"
	fi
	tmux -S "$sock" kill-server 2>/dev/null
else
	for t in ctrl-z fg sigtstp fg-quit nojobs nojobs-quit keys page heights heights-pain tiny gone; do
		skip "screen test $t: tmux (or ps) is not installed"
	done
fi

# --- keys as a terminal sends them (tests/pty: no tmux needed) ---------------
# Each encoding of a key acts as the key: Up and Down in CSI and SS3 form,
# Home and End as CSI H/F and as 1~ 7~ 4~ 8~, Left in an entry; Alt-x
# (Escape and x in one read) types x; Escape with a control key in one
# read is Escape, then that key; an unknown sequence is nothing, and the
# key read with it still acts.  A query wider than the window is shown by
# its end, after an ellipsis.
pty_browse() { # NAME SIZE KEYS [ARGS...]: browse typed KEYS; what it drew in OUT/NAME.pty-out
	name=$1 size=$2 k=$3
	shift 3
	./tests/pty -s "$size" -m frame -o "$out/$name.pty-out" "$k" "$HIPACU" browse "$@" \
	    >"$out/$name.pty" 2>"$out/$name.pty-err"
}
# The last frame's query, and its selected entry, from the bytes drawn.
last_query() { # NAME
	awk 'BEGIN { RS = "\033" } s { q = substr($0, 4); s = 0 } $0 == "[1mSearch: " { s = 1 }
	    END { print q }' "$out/$1.pty-out"
}
last_selected() { # NAME
	awk 'BEGIN { RS = "\033" } s == 2 { t = substr($0, 4); s = 0 } s == 1 { s = $0 == "[7m" ? 2 : 0 }
	    /> $/ { s = 1 } END { print t }' "$out/$1.pty-out"
}
# Was the last frame drawn the list (not an entry, which says "lines")?
last_is_list() { # NAME
	awk 'BEGIN { RS = "\033" } $0 == "[1mSearch: " { v = "list" } /lines [0-9]*-[0-9]* of/ { v = "entry" }
	    END { exit v != "list" }' "$out/$1.pty-out"
}
# Does browse typed KEYS end, as it should, with WANT selected?
key_selects() { # NAME KEYS WANT-SELECTED
	pty_browse "$1" 60x16 "$2\\x03"
	[ "$(cat "$out/$1.pty")" = "exit 0" ] && [ -n "$3" ] &&
	    [ "$(last_selected "$1")" = "$3" ]
}
pty_key() { # NAME KEYS WANT-SELECTED WHAT
	if key_selects "$1" "$2" "$3"; then
		pass
	else
		fail "browse, $4: want '$3' selected, not '$(last_selected "$1")': see $out/$1.pty-out"
	fi
}
pty_browse k-first 60x16 '\x03'
first=$(last_selected k-first)
pty_browse k-second 60x16 '\e[B\x03'
second=$(last_selected k-second)
pty_browse k-last 60x16 '\e[F\x03'
last=$(last_selected k-last)
if [ -n "$first" ] && [ -n "$second" ] && [ -n "$last" ] && [ "$first" != "$second" ] &&
    [ "$second" != "$last" ]; then
	pass
else
	fail "browse on tests/pty: want three entries told apart (first '$first', Down '$second', End '$last'): see $out/k-*.pty-out"
fi
pty_key k-ss3-down '\eOB' "$second" "SS3 Down (ESC O B)"
pty_key k-ss3-up '\e[B\e[B\eOA' "$second" "SS3 Up (ESC O A)"
pty_key k-home-h '\e[B\e[B\e[H' "$first" "Home as ESC [ H"
pty_key k-home-1 '\e[F\e[1~' "$first" "Home as ESC [ 1 ~"
pty_key k-home-7 '\e[F\e[7~' "$first" "Home as ESC [ 7 ~"
pty_key k-end-4 '\e[4~' "$last" "End as ESC [ 4 ~"
pty_key k-end-8 '\e[8~' "$last" "End as ESC [ 8 ~"
pty_key k-unknown '\e[C\+\e[2~\+\e[B' "$second" "Right and Delete, then Down in one read"
pty_browse k-left 60x16 '\r\e[D\x03'
if [ "$(cat "$out/k-left.pty")" = "exit 0" ] && last_is_list k-left &&
    LC_ALL=C grep -aq 'lines 1-' "$out/k-left.pty-out"; then
	pass
else
	fail "browse, Left (ESC [ D) in an entry: want the list again: see $out/k-left.pty-out"
fi
# Does browse typed KEYS end, as it should, with the query WANT?
keys_query() { # NAME SIZE KEYS WANT-QUERY
	pty_browse "$1" "$2" "$3\\x03"
	[ "$(cat "$out/$1.pty")" = "exit 0" ] && [ "$(last_query "$1")" = "$4" ]
}
pty_query() { # NAME SIZE KEYS WANT-QUERY WHAT
	if keys_query "$1" "$2" "$3" "$4"; then
		pass
	else
		fail "browse, $5: want the query '$4', not '$(last_query "$1")': see $out/$1.pty-out"
	fi
}
pty_query k-alt 60x16 'a\e\+x' ax "Alt-x (ESC x in one read)"
pty_query k-esc-ctrl 60x16 'ab\e\+\x01c' c "Escape and Ctrl-A in one read"
pty_query k-long 30x12 'abcdefghijklmnopqrstuvwxyz' '…ghijklmnopqrstuvwxyz' "a query wider than the window"
# No TERM on a terminal, and a format browse cannot show: an error, exit 2.
./tests/pty -s 60x16 "" env -u TERM "$HIPACU" browse >"$out/k-noterm.pty" 2>"$out/k-noterm.err"
./tests/pty -s 60x16 "" "$HIPACU" --json browse >"$out/k-json.pty" 2>"$out/k-json.err"
if [ "$(cat "$out/k-noterm.pty")" = "exit 2" ] && [ "$(cat "$out/k-json.pty")" = "exit 2" ] &&
    grep -q "^hipacu: browse needs a terminal (TERM is not set" "$out/k-noterm.err" &&
    grep -q "^hipacu: browse shows text on the terminal" "$out/k-json.err"; then
	pass
else
	fail "browse with no TERM, or --json: want exit 2 and why: see $out/k-noterm.pty $out/k-noterm.err $out/k-json.pty $out/k-json.err"
fi
# Two words read as others: both notes, in one paragraph, parted by "; ".
pty_browse k-notes 100x24 '\x03' sciatca pacemakr
if [ "$(cat "$out/k-notes.pty")" = "exit 0" ] &&
    LC_ALL=C grep -aq "reading 'sciatca' as 'sciatica'; reading 'pacemakr' as 'pacemaker'" "$out/k-notes.pty-out"; then
	pass
else
	fail "browse, two words read as others: want both notes, parted by '; ': see $out/k-notes.pty-out"
fi
# Ctrl-W after a space takes the space and the word before it; Left in
# the list is nothing (Down read with it still moves); Enter on no entry
# (a query of only common words) opens none.
pty_query k-ctrl-w 60x16 'ab cd \x17' 'ab ' "Ctrl-W after a space"
pty_key k-list-left '\e[D\+\e[B' "$second" "Left in the list, then Down in one read"
pty_browse k-enter-none 60x16 'the\r\+\x03'
if [ "$(cat "$out/k-enter-none.pty")" = "exit 0" ] && last_is_list k-enter-none &&
    ! LC_ALL=C grep -aq 'lines [0-9]*-' "$out/k-enter-none.pty-out"; then
	pass
else
	fail "browse, Enter with no entry listed: want the list still: see $out/k-enter-none.pty-out"
fi
# A terminal that reports no size (0x0): browse draws 80x24.
pty_browse k-nosize 0x0 '\x03'
if [ "$(cat "$out/k-nosize.pty")" = "exit 0" ] && LC_ALL=C grep -aq "$(printf '\033')\[24;1H" "$out/k-nosize.pty-out" &&
    ! LC_ALL=C grep -aq "$(printf '\033')\[25;1H" "$out/k-nosize.pty-out"; then
	pass
else
	fail "browse on a terminal of no size: want 24 rows drawn: see $out/k-nosize.pty-out"
fi
# A key in two or three reads, the rest within the wait for it: Up as
# ESC, [ and A apart; an é as its two bytes apart.  tests/pty sends the
# parts 5 ms apart, and hipacu waits 50 ms for the rest; a loaded machine
# (a sanitizer build beside the other sections) has delayed a part past
# that, so each is tried up to three times.  Parts never joined fail all
# three.
thrice() { # COMMAND...: true if it is in one of three tries
	"$@" || "$@" || "$@"
}
if thrice key_selects k-split-up '\e[B\e[B\e\-[\-A' "$second"; then pass; else
	fail "browse, Up as ESC, [ and A in three reads: want '$second' selected, not '$(last_selected k-split-up)', three times: see $out/k-split-up.pty-out"
fi
if thrice keys_query k-split-utf8 60x16 'ab\xc3\-\xa9' 'abé'; then pass; else
	fail "browse, é as its two bytes in two reads: want the query 'abé', not '$(last_query k-split-utf8)', three times: see $out/k-split-utf8.pty-out"
fi
# Tab to a related entry below the window scrolls down to it, and from
# the end, up to it.
last_lines() { # NAME: the first line the last entry frame shows
	LC_ALL=C grep -ao 'lines [0-9]*-' "$out/$1.pty-out" | tail -n 1 | tr -dc '0-9'
}
pty_browse k-tab-down 60x10 '\r\x09\x03' hip bursitis
pty_browse k-end 60x10 '\rG\x03' possible side effects
pty_browse k-tab-up 60x10 '\rG\x09\x03' possible side effects
if [ "$(last_lines k-tab-down)" -gt 1 ] 2>/dev/null &&
    [ "$(last_lines k-tab-up)" -lt "$(last_lines k-end)" ] 2>/dev/null; then
	pass
else
	fail "browse, Tab to a related entry off the window: want it scrolled to: see $out/k-tab-down.pty-out, $out/k-tab-up.pty-out"
fi
# Seventeen links followed (two entries that name each other): Escape
# goes back sixteen, the oldest forgotten, and the seventeenth is the list.
f=$(printf '\\x09\\r%.0s' $(seq 17))
e=$(printf '\\e%.0s' $(seq 16))
pty_browse k-back16 60x16 "\\r$f$e\\x03" possible side effects
pty_browse k-back17 60x16 "\\r$f$e\\e\\x03" possible side effects
if ! last_is_list k-back16 && last_is_list k-back17; then
	pass
else
	fail "browse, seventeen links followed: want sixteen Escapes back in an entry and the seventeenth in the list: see $out/k-back16.pty-out, $out/k-back17.pty-out"
fi
# An entry read to its end on 8 rows, the window made taller than the
# entry: all of it shown from its first line, not scrolled past its end.
n=$("$HIPACU" -w 80 show bursitis | wc -l)
pty_browse k-taller 80x8 '\rG\w80x30;\x03' bursitis
if [ "$(cat "$out/k-taller.pty")" = "exit 0" ] &&
    LC_ALL=C grep -aq "lines $((n - 5))-$n of $n" "$out/k-taller.pty-out" &&
    [ "$(last_lines k-taller)" = 1 ] &&
    LC_ALL=C grep -aq "lines 1-$n of $n" "$out/k-taller.pty-out"; then
	pass
else
	fail "browse, an entry at its end made taller: want lines 1-$n of $n: see $out/k-taller.pty-out"
fi
# Words past what a query holds (1024 bytes): the query is the words that
# fit, whole (102 of 120 words of ten bytes, 1019 bytes).
words=$(for i in $(seq 120); do printf 'abcdefghi '; done)
want=$(for i in $(seq 101); do printf 'abcdefghi '; done)abcdefghi
# shellcheck disable=SC2086
pty_browse k-query-max 1100x24 '\x03' $words
if [ "$(cat "$out/k-query-max.pty")" = "exit 0" ] && [ "$(last_query k-query-max)" = "$want" ]; then
	pass
else
	fail "browse with words past 1024 bytes: want the 102 words that fit: see $out/k-query-max.pty-out"
fi
# A word a database without the doctor's entry does not hold: no entry is
# listed, and Enter opens none.
pty_browse k-enter-empty 60x16 'zebra\r\+\x03' --data tests/data/mini.rec
if [ "$(cat "$out/k-enter-empty.pty")" = "exit 0" ] && last_is_list k-enter-empty &&
    LC_ALL=C grep -aq 'Not covered by the article' "$out/k-enter-empty.pty-out" &&
    ! LC_ALL=C grep -aq 'lines [0-9]*-' "$out/k-enter-empty.pty-out"; then
	pass
else
	fail "browse, Enter with no entry listed (mini.rec, zebra): want the list still: see $out/k-enter-empty.pty-out"
fi
