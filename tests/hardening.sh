# hardening.sh - sourced by run.sh: allocation failure, output errors,
# closed pipes, terminal safety, hostile arguments, the fuzz corpus.

# --- allocation failure ----------------------------------------------------
# tests/hipacu-failalloc fails its Nth allocation on request.  Each main
# command is run failing each allocation in turn, once and from then on:
# every run must exit 2 ending with "hipacu: out of memory" or give the normal
# output, and never crash (under the sanitizers in CI: nor leak).
FA=./tests/hipacu-failalloc
alog=$out/alloc.log
runs=0
# Words no entry holds, enough that what a search says of them outgrows a
# buffer's own room.
unsaid='zzyzxaaaaaaaaaaaaaaaaaaa qqqqxaaaaaaaaaaaaaaaaaaaa wwwwxaaaaaaaaaaaaaaaaaaaaa'
unsaid="$unsaid ppppxaaaaaaaaaaaaaaaaaaaaa kkkkxaaaaaaaaaaaaaaaaaaa"
unsaid="$unsaid vvvvxaaaaaaaaaaaaaaaaaaaa jjjjxaaaaaaaaaaaaaaaaaaa hip"
# A streamed JSON search of more hits than text shows reads the rest from
# the file as it prints them ('--json search pain'): a failure there is
# said too.
: >"$out/alloc.sites"
for args in 'safety' '--format=html show qi sciatica' 'search dizzy' 'search pacemakr' 'search xxbursitisxx' \
    '--json list' 'check data/hipacu.rec' 'condition bursitus' \
    'condition piri' 'show qi bursitis' 'list safety' 'dizzy' \
    'completion words condition' 'check tests/data/bad.rec' \
    'check /proc/self/status' 'check /proc/kallsyms' \
    '--data /proc/self/status show x' '--data /proc/kallsyms show x' \
    '--data data/hipacu.rec --json list' '--data data/hipacu.rec list safety' \
    '--data tests/data/joined.rec show apple' 'check tests/data/escape.rec' \
    'check tests/data/escape-first.rec' '--data data/hipacu.rec search woozy' \
    '--data data/hipacu.rec search pacemakr' \
    '--data data/hipacu.rec --json search how long is a session' \
    '--data data/hipacu.rec --json search pain' \
    '--data tests/data/topic-after.rec list' \
    '--data tests/data/commands.rec --format=html show apple apple pear' \
    '--data tests/data/commands.rec --format=html search wash plum' \
    '--data tests/data/commands.rec --format=markdown food' \
    '--data tests/data/term-split.rec search sofness' \
    'search acupuncture' '--data tests/data/term-nearest.rec search zing' \
    "search $unsaid" \
    '' 'topics' 'help' 'help condition' '--version' 'condition' 'list' \
    'show nosuch qi' 'frobnicate' 'completion words' 'completion bash' \
    '--format=markdown search dizzy' 'condition piriformis syndrome' \
    '--data tests/data/many-names.rec fruit' '--data tests/data/mini.rec list food'; do
	# shellcheck disable=SC2086
	HIPACU_ALLOC_LOG=$alog $FA $args >"$out/alloc.want" 2>/dev/null
	want=$?
	total=$(sed -n 's/^allocations //p' "$alog")
	bad=
	n=1
	while [ "$n" -le "${total:-0}" ]; do
		for always in '' 1; do
			# Assignments before the command, not env(1): an exec
			# fewer a run, of some four hundred.
			# shellcheck disable=SC2086
			if [ -n "$always" ]; then
				HIPACU_FAIL_ALLOC=$n HIPACU_FAIL_ALLOC_ALWAYS=1 \
				    HIPACU_ALLOC_LOG="$alog" $FA $args \
				    >"$out/alloc.got" 2>"$out/alloc.err"
			else
				HIPACU_FAIL_ALLOC=$n HIPACU_ALLOC_LOG="$alog" $FA $args \
				    >"$out/alloc.got" 2>"$out/alloc.err"
			fi
			got=$?
			runs=$((runs + 1))
			# Read with the shell's own read: forks are what cost here.
			while IFS= read -r l; do
				case $l in "failed "*) echo "${l#failed }" >>"$out/alloc.sites" ;; esac
			done <"$alog"
			last= oom=0
			while IFS= read -r l; do
				last=$l
				case $l in *"out of memory"*) oom=$((oom + 1)) ;; esac
			done <"$out/alloc.err"
			# Notices printed before the failure may come first.
			if [ "$got" = 2 ] && [ "$last" = "hipacu: out of memory" ] && [ "$oom" = 1 ]; then
				:
			elif [ "$got" = "$want" ] && cmp -s "$out/alloc.got" "$out/alloc.want"; then
				:
			else
				bad="$bad #$n${always:+-on}:exit-$got"
			fi
		done
		n=$((n + 1))
	done
	if [ -n "$total" ] && [ -z "$bad" ]; then
		pass
	else
		fail "allocation failure in 'hipacu $args' (of ${total:-?}):$bad"
	fi
done
# hipacu browse on a pseudo-terminal, each allocation failed in turn (once,
# and from then on) while it lists, searches, opens an entry, scrolls, goes
# back and quits: it ends as usual or with "out of memory", and leaves the
# terminal as it was.
# Then two words read as others (notes), the first result opened, a link
# followed (Tab, \x09: tests/pty has no \t) and back.  Then where the
# entry's lines outgrow what the page held: a short entry opened and a
# longer one followed; an entry reflowed for a narrower window (30); the
# entry before read again, back, narrower than it was read (36).  And
# notes past a buffer's own 512 bytes (ten typos, three words pointed to
# others).
bnotes='fainting infection swelling sciatca pacemakr bursitus osteoarthritus'
bnotes="$bnotes piriformus accupuncture endorphns contraindicatons chronicty modulaton"
for bspec in 'dz\rG\e\x03' '\r\x09\r\e\x03 sciatca pacemakr' '\r\x09\r\e\x03 bursitis' \
    '\r\x09\r\w30x24;\e\x03 piriformis' '\r\x09\r\w36x24;\e\x03 piriformis' \
    "\\x03 $bnotes"; do
	bkeys=${bspec%% *} bargs=
	[ "$bkeys" = "$bspec" ] || bargs=${bspec#* }
	# shellcheck disable=SC2086
	HIPACU_ALLOC_LOG=$alog ./tests/pty -m frame "$bkeys" $FA browse $bargs >"$out/balloc.want" 2>/dev/null
	total=$(sed -n 's/^allocations //p' "$alog")
	bad=
	n=1
	while [ "$n" -le "${total:-0}" ]; do
		for always in '' 1; do
			# Exported here: tests/pty passes the environment on.
			if [ -n "$always" ]; then export HIPACU_FAIL_ALLOC_ALWAYS=1; else unset HIPACU_FAIL_ALLOC_ALWAYS; fi
			# shellcheck disable=SC2086
			HIPACU_FAIL_ALLOC=$n HIPACU_ALLOC_LOG="$alog" \
			    ./tests/pty -m frame "$bkeys" $FA browse $bargs >"$out/balloc.got" 2>"$out/alloc.err"
			runs=$((runs + 1))
			while IFS= read -r l; do
				case $l in "failed "*) echo "${l#failed }" >>"$out/alloc.sites" ;; esac
			done <"$alog"
			last=
			while IFS= read -r l; do last=$l; done <"$out/alloc.err"
			got=$(cat "$out/balloc.got")
			if [ "$got" = "exit 0" ] && [ ! -s "$out/alloc.err" ]; then
				:
			elif [ "$got" = "exit 2" ] && [ "$last" = "hipacu: out of memory" ]; then
				:
			else
				bad="$bad #$n${always:+-on}:$(echo $got)"
			fi
		done
		n=$((n + 1))
	done
	unset HIPACU_FAIL_ALLOC_ALWAYS
	if [ "$(cat "$out/balloc.want")" = "exit 0" ] && [ -n "$total" ] && [ -z "$bad" ]; then
		pass
	else
		fail "allocation failure in 'hipacu browse $bargs' (of ${total:-?}; $(cat "$out/balloc.want")):$bad"
	fi
done
# Output for a pager, on a pseudo-terminal: the page and the messages held
# for after it are kept in memory.  Each allocation failed in turn: the
# usual end or "out of memory", said once and last, the messages not lost
# and the terminal as it was.
# Messages past a buffer's own bytes (three long ids missing) are held in
# memory too.
for args in 'list' 'condition bursitus' 'frobnicate' \
    "show $(printf '%0300d' 0) $(printf '%0300d' 1) $(printf '%0300d' 2)"; do
	# shellcheck disable=SC2086
	HIPACU_ALLOC_LOG=$alog ./tests/pty -s 80x20 "" env HIPACU_PAGER='cat >/dev/null' \
	    $FA $args >"$out/palloc.want" 2>"$out/palloc.wanterr"
	total=$(sed -n 's/^allocations //p' "$alog")
	bad=
	n=1
	while [ "$n" -le "${total:-0}" ]; do
		for always in '' 1; do
			# Set or not (its value is not read), for tests/pty to pass on.
			if [ -n "$always" ]; then export HIPACU_FAIL_ALLOC_ALWAYS=1; else unset HIPACU_FAIL_ALLOC_ALWAYS; fi
			# shellcheck disable=SC2086
			HIPACU_FAIL_ALLOC=$n HIPACU_ALLOC_LOG="$alog" \
			    ./tests/pty -s 80x20 "" env HIPACU_PAGER='cat >/dev/null' $FA $args \
			    >"$out/palloc.got" 2>"$out/alloc.err"
			runs=$((runs + 1))
			while IFS= read -r l; do
				case $l in "failed "*) echo "${l#failed }" >>"$out/alloc.sites" ;; esac
			done <"$alog"
			last= oom=0
			while IFS= read -r l; do
				last=$l
				case $l in *"out of memory"*) oom=$((oom + 1)) ;; esac
			done <"$out/alloc.err"
			got=$(cat "$out/palloc.got")
			if [ "$got" = "exit 2" ] && [ "$last" = "hipacu: out of memory" ] && [ "$oom" = 1 ]; then
				:
			elif [ "$got" = "$(cat "$out/palloc.want")" ] && cmp -s "$out/alloc.err" "$out/palloc.wanterr"; then
				:
			else
				bad="$bad #$n${always:+-on}:$(echo $got)"
			fi
		done
		n=$((n + 1))
	done
	if [ -n "$total" ] && [ -z "$bad" ]; then
		pass
	else
		fail "allocation failure in 'hipacu $args' on a terminal (of ${total:-?}):$bad"
	fi
done
unset HIPACU_FAIL_ALLOC_ALWAYS
grep -n 'mem_alloc(\|mem_realloc(\|mem_grow(' src/*/*.c | grep -v '^src/base/mem\.c' |
    cut -d: -f1,2 | sort -u >"$out/alloc.all"
sort -u "$out/alloc.sites" | grep -v '^none$' >"$out/alloc.hit"
echo "allocation failure: $runs runs; $(comm -12 "$out/alloc.all" "$out/alloc.hit" | wc -l | tr -d ' ') of $(wc -l <"$out/alloc.all" | tr -d ' ') allocation sites made to fail"
unhit=$(comm -23 "$out/alloc.all" "$out/alloc.hit" | tr '\n' ' ')
# Finding no allocation site at all is no pass: the sources moved.
if [ ! -s "$out/alloc.all" ]; then
	fail "allocation failure: no allocation site found in src/*/*.c"
elif [ -z "$unhit" ]; then
	pass
else
	fail "allocation sites no run made fail: $unhit"
fi

# --- output errors and closed pipes ------------------------------------------
for args in 'safety' '--help' '--json list' 'search dizzy' 'check'; do
	# shellcheck disable=SC2086
	"$HIPACU" $args >/dev/full 2>"$out/full.err"
	got=$?
	case $(cat "$out/full.err") in
	"hipacu: write error: No space left on device") [ "$got" = 2 ] && pass || fail "'hipacu $args >/dev/full' exits $got" ;;
	*) fail "'hipacu $args >/dev/full' says: $(cat "$out/full.err")" ;;
	esac
done
"$HIPACU" safety >&- 2>"$out/closed.err"
got=$?
case $(cat "$out/closed.err") in
"hipacu: write error: Bad file descriptor") [ "$got" = 2 ] && pass || fail "'hipacu safety >&-' exits $got" ;;
*) fail "'hipacu safety >&-' says: $(cat "$out/closed.err")" ;;
esac
# A closed stdout must not be taken over by the database file it opens.
"$HIPACU" --data data/hipacu.rec safety >&- 2>"$out/closed.err"
if [ $? = 2 ] && grep -q 'write error' "$out/closed.err"; then pass; else fail "'--data FILE >&-' did not fail"; fi

# A reader that quits early: quiet, whether SIGPIPE is default or ignored.
"$HIPACU" --data tests/data/mini.rec list 2>"$out/pipe.err" | head -n 1 >/dev/null
if [ ! -s "$out/pipe.err" ]; then pass; else fail "| head -1 (SIGPIPE default) says: $(cat "$out/pipe.err")"; fi
(trap '' PIPE; "$HIPACU" list 2>"$out/pipe.err" | head -n 1 >/dev/null)
lines=$(wc -l <"$out/pipe.err" | tr -d ' ')
if [ "$lines" -le 1 ] && ! grep -qv '^hipacu: ' "$out/pipe.err"; then pass; else fail "| head -1 (SIGPIPE ignored) says: $(cat "$out/pipe.err")"; fi
# A reader gone before the first byte, for sure: a FIFO whose only reader
# closed.  With SIGPIPE ignored, each write fails with EPIPE: exit 2, and
# nothing said, whether the output is small (written at the close) or not.
if have mkfifo; then
	rm -f "$out/gone.fifo"
	mkfifo "$out/gone.fifo"
	for args in 'topics' '--json list'; do
		# shellcheck disable=SC2086
		(exec 3<>"$out/gone.fifo" 4>"$out/gone.fifo" 3<&-; trap '' PIPE
		    "$HIPACU" $args >&4 2>"$out/pipe.err"; echo $? >"$out/pipe.rc")
		if [ "$(cat "$out/pipe.rc")" = 2 ] && [ ! -s "$out/pipe.err" ]; then pass; else
			fail "'hipacu $args' to a pipe with no reader (SIGPIPE ignored): want exit 2 and nothing said: exit $(cat "$out/pipe.rc"), $(cat "$out/pipe.err")"
		fi
	done
	rm -f "$out/gone.fifo"
else
	skip "a pipe with no reader: mkfifo is not installed"
fi

# --- files that cannot be read --------------------------------------------
"$HIPACU" check /nonexistent/x.rec 2>"$out/io.err"
[ $? = 2 ] && [ "$(cat "$out/io.err")" = "hipacu: /nonexistent/x.rec: No such file or directory" ] && pass || fail "missing file: $(cat "$out/io.err")"
"$HIPACU" --data tests safety 2>"$out/io.err"
[ $? = 2 ] && [ "$(cat "$out/io.err")" = "hipacu: tests: is a directory" ] && pass || fail "directory: $(cat "$out/io.err")"
mkfifo "$out/fifo" 2>/dev/null
"$HIPACU" check "$out/fifo" 2>"$out/io.err"
[ $? = 2 ] && grep -q 'fifo: not a regular file' "$out/io.err" && pass || fail "a FIFO (must not hang): $(cat "$out/io.err")"
if [ "$(id -u)" = 0 ]; then
	# root reads any file; a read error stands in for the permission one.
	"$HIPACU" check /proc/self/mem 2>"$out/io.err"
	[ $? = 2 ] && grep -q '^hipacu: /proc/self/mem: ' "$out/io.err" && pass || fail "unreadable file: $(cat "$out/io.err")"
else
	cp tests/data/mini.rec "$out/unreadable.rec"
	chmod 000 "$out/unreadable.rec"
	"$HIPACU" check "$out/unreadable.rec" 2>"$out/io.err"
	[ $? = 2 ] && grep -q 'unreadable.rec: Permission denied' "$out/io.err" && pass || fail "unreadable file: $(cat "$out/io.err")"
fi

# A database file that another program cuts short while hipacu reads it:
# tests/shrink.c, preloaded, truncates the file right after the mmap of a
# whole load, or before the first read of a file that streams (check,
# search).  hipacu must say so and exit 2, never die of SIGBUS, never
# answer from what was left.
if cc -shared -fPIC -o "$out/shrink.so" tests/shrink.c -ldl 2>"$out/shrink.log"; then
	for args in "--data $out/shrink.rec condition bursitis" "check $out/shrink.rec" \
	    "--data $out/shrink.rec search dizzy"; do
		cp data/hipacu.rec "$out/shrink.rec"
		# shellcheck disable=SC2086
		HIPACU_SHRINK=$out/shrink.rec LD_PRELOAD=$out/shrink.so \
		    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
		    "$HIPACU" $args >/dev/null 2>"$out/shrink.err"
		got=$?
		if [ "$got" = 2 ] && [ "$(cat "$out/shrink.err")" = \
		    "hipacu: $out/shrink.rec: the file changed while hipacu read it" ] &&
		    [ ! -s "$out/shrink.rec" ]; then
			pass
		else
			fail "a file cut short while read, 'hipacu $args': exit $got, $(head -c 300 "$out/shrink.err")"
		fi
	done
else
	skip "a file cut short while read: cannot build an LD_PRELOAD shim ($(head -n 1 "$out/shrink.log"))"
	skip "a file cut short while read: cannot build an LD_PRELOAD shim"
	skip "a file cut short while read: cannot build an LD_PRELOAD shim"
fi

# --- terminal safety --------------------------------------------------------
# Databases and arguments holding an OSC 8 hyperlink, a clear-screen, a
# carriage-return overwrite and U+202E: no such byte reaches the terminal.
unsafe=$(printf '[\001-\010\013-\037\177]|\302[\200-\237]|\342\200\256')
evil=$out/evil.rec
{
	printf '%%rec: Topic\n\nId: t\nTitle: T\nSummary: S.\n\n%%rec: Entry\n\n'
	printf 'Id: a\nTopic: t\nTitle: \033]8;;http://x.example\033\\link\033]8;;\033\\\n'
	printf 'Summary: \033[2J\033[Hcleared\nBody: safe\rOVERWRITTEN\nAlias: \342\200\256evil\n'
	printf 'Keyword: \302\233 c1\nSee: \377bad\nSource: X\n'
} >"$evil"
for args in "--data $evil safety" "--data $evil --json list" "check $evil" \
    "--data $evil show a"; do
	# shellcheck disable=SC2086
	"$HIPACU" $args >"$out/evil.out" 2>&1
	got=$?
	if [ "$got" = 2 ] && ! LC_ALL=C grep -Eq "$unsafe" "$out/evil.out" &&
	    grep -q 'evil.rec:11: control character U+001B' "$out/evil.out"; then
		pass
	else
		fail "unsafe database, 'hipacu $args': exit $got, $(LC_ALL=C od -c "$out/evil.out" | head -n 3)"
	fi
done
for arg in "$(printf '\033]8;;http://x\033\\')" "$(printf 'a\rb')" "$(printf '\342\200\256x')" \
    "$(printf '\302\233x')" "$(printf '\377')"; do
	for cmd in condition show search "" check; do
		# shellcheck disable=SC2086
		"$HIPACU" $cmd "$arg" >"$out/evil.out" 2>&1
		if ! LC_ALL=C grep -Eq "$unsafe" "$out/evil.out"; then
			pass
		else
			fail "unsafe argument echoed raw by 'hipacu $cmd': $(LC_ALL=C od -c "$out/evil.out" | head -n 3)"
		fi
	done
done

# --- hostile arguments --------------------------------------------------------
# Each: the exit status and the whole of standard error, long text cut.
hostile() { # NAME STATUS WANT-STDERR ARGS...
	name=$1 want_status=$2 want_err=$3
	shift 3
	"$HIPACU" "$@" >/dev/null 2>"$out/hostile.err"
	got=$?
	printf '%s\n' "$want_err" >"$out/hostile.want"
	if [ "$got" = "$want_status" ] && cmp -s "$out/hostile.want" "$out/hostile.err"; then
		pass
	else
		fail "$name: exit $got (want $want_status), stderr: $(head -c 300 "$out/hostile.err")"
	fi
}
big=$(awk 'BEGIN { while (n++ < 100000) printf "a" }')
cut="$(printf '%.196s' "$big")..."
# What a search made of the words is wrapped at the width (80 here); a
# piece longer than the line stands alone on its own.
nc="hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)"
nm="hipacu: no entry mentions
        '$cut'"
hostile "100 kB search word" 1 "$nm
$nc" search "$big"
hostile "100 kB bare word" 1 "$nm
$nc" "$big"
hostile "100 kB name" 1 "hipacu: no condition entry named '$cut'; searching for it
$nm
$nc
hipacu: 'hipacu condition' lists them all" condition "$big"
hostile "100 kB id" 1 "hipacu: no entry with id '$cut'" show "$big"
hostile "empty search" 2 "hipacu: nothing to search for: '' holds no words
hipacu: try 'hipacu help search'" search ''
hostile "empty bare word" 2 "hipacu: nothing to search for: '' holds no words
hipacu: try 'hipacu help search'" ''
hostile "empty name" 2 "hipacu: no condition entry named ''; searching for it
hipacu: nothing to search for: '' holds no words
hipacu: try 'hipacu help search'" condition ''
hostile "empty id" 1 "hipacu: no entry with id ''" show ''
hostile "empty width" 2 "hipacu: invalid width '': give a number of columns, 0 for no wrapping
hipacu: try 'hipacu help'" -w ''
hostile "punctuation only" 2 "hipacu: nothing to search for: '?!' holds no words
hipacu: try 'hipacu help search'" search '?!'
many=$(awk 'BEGIN { while (n++ < 5000) printf "needle%d ", n }')
# shellcheck disable=SC2086
"$HIPACU" search $many >/dev/null 2>"$out/many.err"
got=$?
if [ "$got" -le 1 ] && grep -q 'only the first 32 words are searched' "$out/many.err"; then pass; else fail "5000 arguments: exit $got"; fi
# shellcheck disable=SC2086
"$HIPACU" show $many >/dev/null 2>&1
[ $? = 1 ] && pass || fail "show with 5000 unknown ids"

# --- the fuzz corpus, replayed ----------------------------------------------
if ./tests/fuzz-replay tests/fuzz/corpus/* data/hipacu.rec tests/data/*.rec \
    >"$out/replay.log" 2>&1; then
	pass
else
	fail "fuzz corpus replay: $(tail -n 3 "$out/replay.log")"
fi
