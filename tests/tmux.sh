# tmux.sh - sourced by term.sh and browse.sh: drive a real terminal.  Each
# section sets sock, its own tmux server, and out, where screens go.

# A tmux server exits with its last session, and a session started while
# it exits fails ("server exited unexpectedly"): a session that only
# waits keeps one server up for all the runs.
tmux_hold() { # SOCKET
	tmux -S "$1" has-session -t hold 2>/dev/null ||
		tmux -S "$1" new-session -d -s hold 'sleep 900'
}
# Wait for session NAME to signal its channel NAME: at most 20 seconds.
tmux_wait() { # NAME
	if have timeout; then
		timeout 20 tmux -S "$sock" wait-for "$1"
	else
		tmux -S "$sock" wait-for "$1"
	fi
}
tmux_run() { # NAME COLS ROWS COMMAND
	tmux -S "$sock" new-session -d -s "$1" -x "$2" -y "$3" \
	    "PATH='$out/bin:$PATH'; export PATH; $4; echo \"[rc=\$?]\"; tmux -S '$sock' wait-for -S '$1'; sleep 30"
	tmux_wait "$1"
	tmux -S "$sock" capture-pane -p -e -t "$1" >"$out/tty-$1.screen"
	tmux -S "$sock" kill-session -t "$1"
}
# Capture the screen of session NAME into FILE until COMMAND... (run with
# FILE as its last argument) succeeds, or 10 seconds have passed: the
# screen, not the clock, says when.  1 if it never did.
screen_until() { # NAME FILE COMMAND...
	name=$1 file=$2 tries=0
	shift 2
	while [ $tries -lt 200 ]; do
		tmux -S "$sock" capture-pane -p -t "$name" >"$file" 2>/dev/null
		"$@" "$file" && return 0
		tries=$((tries + 1))
		sleep 0.05
	done
	return 1
}
# ... until the screen shows TEXT (a grep pattern).
screen_wait() { # NAME TEXT FILE
	screen_until "$1" "$3" grep -q "$2"
}
# ... until the screen is the one in WANT.
screen_wait_same() { # NAME WANT FILE
	screen_until "$1" "$3" cmp -s "$2"
}
