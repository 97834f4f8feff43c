#!/bin/sh
# run.sh - hipacu's one test runner: unit tests, command-line golden tests,
# and agreement with recutils.  Ends with "N passed, N failed".
#
# A golden test is a file tests/cli/NAME.t:
#
#   # what it checks
#   args: condition "piriformis syndrome"   (shell words; may be empty)
#   env: NAME=value                         (0 or more; the environment is
#                                            otherwise empty but for PATH,
#                                            LC_ALL=C and SOURCE_DATE_EPOCH)
#   cwd: /                                  (optional; default the top dir)
#   style: keep                             (optional: compare an HTML
#                                            page's stylesheet too)
#   status: 1
#   --- stdout
#   the whole expected standard output
#   --- stderr
#   the whole expected standard error
#
# In args, env and cwd, $TOP is the top directory of the source tree.
# UPDATE=1 (make test-update) rewrites the golden files that differ with
# what the program printed: review the change with git diff.

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
HIPACU=${HIPACU:-$top/hipacu}
out=$top/tests/out
rm -rf "$out"
mkdir -p "$out"

passed=0
failed=0
skipped=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }
skip() { skipped=$((skipped + 1)); echo "skip $1"; }

# --- unit tests (C) ------------------------------------------------------
if ./tests/unit >"$out/unit.log" 2>&1; then :; fi
while IFS= read -r line; do
	case $line in
	"ok "*) pass ;;
	"FAIL "*) fail "unit: ${line#FAIL }" ;;
	esac
done <"$out/unit.log"
if ! grep -q '^unit tests done$' "$out/unit.log"; then
	fail "unit: the unit test program did not finish:"
	tail -n 5 "$out/unit.log"
fi

# --- golden tests --------------------------------------------------------
# Every test runs on the same day, whatever the clock says: a document
# states the day it was made, and a golden must not hold the day it was
# written.  A test may set its own SOURCE_DATE_EPOCH with an env: line.
golden_epoch=1764288000
# The day (YYYY-MM-DD, UTC) of a SOURCE_DATE_EPOCH, in POSIX awk: date -d
# is GNU's.  Days since 1970-01-01 to a civil date, Howard Hinnant's way.
day_of() {
	awk -v e="$1" 'BEGIN {
		z = int(e / 86400) + 719468; era = int(z / 146097)
		doe = z - era * 146097
		yoe = int((doe - int(doe / 1460) + int(doe / 36524) \
		    - int(doe / 146096)) / 365)
		doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
		mp = int((5 * doy + 2) / 153); d = doy - int((153 * mp + 2) / 5) + 1
		m = mp < 10 ? mp + 3 : mp - 9; y = yoe + era * 400 + (m <= 2)
		printf "%04d-%02d-%02d\n", y, m, d }'
}
for t in tests/cli/*.t; do
	name=${t#tests/cli/}
	name=${name%.t}
	awk -v o="$out/$name" '
		/^--- stdout$/ { part = "stdout"; printf "" > (o ".want-stdout"); next }
		/^--- stderr$/ { part = "stderr"; printf "" > (o ".want-stderr"); next }
		part == "" { print > (o ".head"); next }
		{ print > (o ".want-" part) }
	' "$t"
	args=$(sed -n 's/^args: *//p' "$out/$name.head")
	status=$(sed -n 's/^status: *//p' "$out/$name.head")
	cwd=$(sed -n 's/^cwd: *//p' "$out/$name.head")
	envs=$(sed -n 's/^env: *//p' "$out/$name.head" | tr '\n' ' ')
	TOP=$top
	(
		cd "${cwd:-$top}" 2>/dev/null || exit 99
		eval "set -- $args"
		eval "exec env -i PATH=\"\$PATH\" LC_ALL=C \
		    SOURCE_DATE_EPOCH=$golden_epoch $envs \"\$HIPACU\" \"\$@\""
	) >"$out/$name.stdout" 2>"$out/$name.stderr" </dev/null
	got=$?
	echo "$got" >"$out/$name.status"
	# A page's stylesheet is one test's business (style: keep): the others
	# hold the page without it, so that a change of style rewrites one.
	if ! grep -q '^style: keep' "$out/$name.head"; then
		for f in "$out/$name.stdout" "$out/$name.want-stdout"; do
			[ -f "$f" ] || continue
			awk '/^<style>$/ { print "<style>(the stylesheet: see format-html-style.t)</style>"; skip = 1; next }
			    skip && /^<\/style>$/ { skip = 0; next }
			    !skip' "$f" >"$f.nostyle" && mv "$f.nostyle" "$f"
		done
	fi
	why=
	[ "$got" = "$status" ] || why="exit status $got, expected $status"
	cmp -s "$out/$name.stdout" "$out/$name.want-stdout" ||
		why="$why${why:+; }stdout differs (diff $out/$name.want-stdout $out/$name.stdout)"
	cmp -s "$out/$name.stderr" "$out/$name.want-stderr" ||
		why="$why${why:+; }stderr differs (diff $out/$name.want-stderr $out/$name.stderr)"
	# A golden holds no day but the one its run was given: one that holds
	# the day it was written fails on every other day.
	epoch=$(sed -n 's/^env:.*SOURCE_DATE_EPOCH=\([0-9]*\).*/\1/p' "$out/$name.head")
	day=$(day_of "${epoch:-$golden_epoch}")
	stray=$(cat "$out/$name.want-stdout" "$out/$name.want-stderr" 2>/dev/null |
	    grep -o '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' | grep -v "^$day\$" | head -n 1)
	[ -z "$stray" ] || why="$why${why:+; }the golden holds the day $stray, not the run's $day"
	# Expected JSON output must also be valid JSON, by an independent parser.
	case $(sed -n "1s/^\(.\).*/\1/p" "$out/$name.want-stdout") in
	"[" | "{")
		./tests/jsonget <"$out/$name.stdout" || why="$why${why:+; }stdout is not valid JSON" ;;
	esac
	if [ -n "$why" ] && [ -n "${UPDATE:-}" ]; then
		# make test-update: write what it printed; review with git diff.
		{
			grep -v '^status:' "$out/$name.head"
			echo "status: $got"
			echo "--- stdout"
			cat "$out/$name.stdout"
			echo "--- stderr"
			cat "$out/$name.stderr"
		} >"$t"
		echo "updated cli/$name"
		why=
	fi
	if [ -z "$why" ]; then pass; else fail "cli/$name: $why"; fi
done

# --- README examples ------------------------------------------------------
# Every "    $ hipacu ..." block of the README must show the command's real
# output (stdout and stderr), so that the README cannot drift from the tool.
mkdir -p "$out/bin"
printf '#!/bin/sh\nexec "%s" "$@"\n' "$HIPACU" >"$out/bin/hipacu"
chmod +x "$out/bin/hipacu"
awk -v o="$out" '
	function flush() { while (blank > 0) { print "" > want; blank-- } }
	/^    \$ / {
		n++; want = o "/readme-" n ".want"
		print substr($0, 7) > (o "/readme-" n ".cmd")
		printf "" > want; inblock = 1; blank = 0; next
	}
	inblock && /^$/ { blank++; next }
	inblock && /^    / { flush(); print substr($0, 5) > want; next }
	{ inblock = 0; blank = 0 }
' README.md
for cmd in "$out"/readme-*.cmd; do
	[ -f "$cmd" ] || continue
	want=${cmd%.cmd}.want
	env -i PATH="$out/bin:$PATH" LC_ALL=C SOURCE_DATE_EPOCH=$golden_epoch sh -c "$(cat "$cmd")" \
	    >"${cmd%.cmd}.got" 2>&1 </dev/null
	if cmp -s "$want" "${cmd%.cmd}.got"; then
		pass
	else
		fail "README example '$(cat "$cmd")' is not what it prints (diff $want ${cmd%.cmd}.got)"
	fi
done

# --- wrapping -----------------------------------------------------------------
# No line is wider than --width, but for a word, or a command to type,
# longer than the room left; and a command is never split across lines.
for w in 30 40 50 60 80; do
	for args in '' topics list safety 'search dizzy needles' 'show qi sciatica' \
	    'condition bursitis' '--color=always list' 'help search' \
	    'show see-a-doctor side-effects blood-flow'; do
		# shellcheck disable=SC2086
		"$HIPACU" -w "$w" $args 2>&1 | sed "s/$(printf '\033')\\[[0-9;]*m//g" |
		    awk -v w="$w" '
			length > w && NF > 1 && $1 != "hipacu" { bad = bad "\n" $0 }
			NF > 0 && ($NF == "hipacu" || (NF > 1 && $(NF - 1) == "hipacu" && $NF ~ /^(show|search)$/)) {
				bad = bad "\n(split) " $0
			}
			END { if (bad) { print bad; exit 1 } }' \
		    >"$out/wrap.log" || { fail "-w $w $args:$(cat "$out/wrap.log")"; continue; }
		pass
	done
done

# --- the shipped database ------------------------------------------------
if "$HIPACU" check data/hipacu.rec >/dev/null 2>"$out/check.err"; then
	pass
else
	fail "data/hipacu.rec does not pass 'hipacu check':"
	cat "$out/check.err"
fi

# The build parses the database too: bad data fails it, with FILE:LINE.
./src/embed --parse bad bad tests/data/bad.rec >/dev/null 2>"$out/embed.err"
got=$?
if [ "$got" = 2 ] && grep -q '^embed: tests/data/bad.rec:14: unknown field' "$out/embed.err"; then
	pass
else
	fail "src/embed on a bad database: exit $got, $(head -n 2 "$out/embed.err")"
fi

# The built-in database is the file, parsed when hipacu was built: every
# entry prints the same from it as from --data data/hipacu.rec, in every
# format (but the line naming where the database came from).
ids=$("$HIPACU" --json list | sed -n 's/^    "id": "\(.*\)",$/\1/p')
drift=
for f in text json markdown html; do
	for id in $ids ""; do
		# "" is the whole reference, or the overview in text.
		# shellcheck disable=SC2086
		SOURCE_DATE_EPOCH=$golden_epoch "$HIPACU" --format=$f ${id:+show $id} 2>&1 |
		    sed 's/Database: .*//' >"$out/builtin.out"
		# shellcheck disable=SC2086
		SOURCE_DATE_EPOCH=$golden_epoch "$HIPACU" --data data/hipacu.rec \
		    --format=$f ${id:+show $id} 2>&1 |
		    sed 's/Database: .*//' >"$out/file.out"
		cmp -s "$out/builtin.out" "$out/file.out" ||
		    drift="$drift ${id:-(all)}/$f"
	done
done
if [ -n "$ids" ] && [ -z "$drift" ]; then
	pass
else
	fail "the built-in database and --data data/hipacu.rec differ:${drift:- no ids}"
fi

# Every fact of the article must be findable: these are its figures and
# terms, each with the entry that must hold it, among the first three.
while read -r id words; do
	[ -n "$id" ] || continue
	# shellcheck disable=SC2086
	if "$HIPACU" --json search $words 2>/dev/null |
	    sed -n 's/^    "id": "\(.*\)",$/\1/p' | head -n 3 | grep -qx "$id"; then
		pass
	else
		fail "search '$words' does not find entry $id among the first three"
	fi
done <tests/facts.txt

# --- search quality ---------------------------------------------------------
# Realistic queries with the entry that must come first: top-1 accuracy
# must reach 90% and top-3 100%.
total=0 top1=0 top3=0
while IFS='|' read -r query ids; do
	case $query in '#'* | '') continue ;; esac
	total=$((total + 1))
	# shellcheck disable=SC2086
	got=$("$HIPACU" --json search $query 2>/dev/null |
	    sed -n 's/^    "id": "\(.*\)",$/\1/p' | head -n 3 | tr '\n' ' ')
	first=${got%% *}
	in1=0 in3=0
	for id in $ids; do
		[ "$first" = "$id" ] && in1=1
		case " $got" in *" $id "*) in3=1 ;; esac
	done
	top1=$((top1 + in1))
	top3=$((top3 + in3))
	[ "$in1" = 1 ] || echo "search quality: '${query% }' puts first: ${first:-nothing} (want$ids; top 3: $got)"
done <tests/queries.txt
echo "search quality: top-1 $top1/$total ($((top1 * 100 / total))%), top-3 $top3/$total ($((top3 * 100 / total))%)"
if [ "$total" -ge 40 ] && [ $((top1 * 100)) -ge $((total * 90)) ] && [ "$top3" -eq "$total" ]; then
	pass
else
	fail "search quality under 90% top-1 or 100% top-3 (or fewer than 40 queries)"
fi

# --- answering people -----------------------------------------------------
# The blind question sets: never a correctly spelled word rewritten, never
# an answer invented (results with no caveat to a question the article
# cannot answer), and exactly the known misses and caveated right answers
# of each set's -known.txt file, no more, no fewer.  Those files change
# only by hand, each line with its reason: make test-update leaves them.
for set in tests/questions-fresh.txt tests/questions.txt; do
	known=${set%.txt}-known.txt
	. tests/questions.sh
	echo "questions ($set): $questions_summary"
	if [ "$rewrites" -eq 0 ]; then pass; else fail "$set: $rewrites correctly spelled words rewritten"; fi
	if [ "$n_invented" -eq 0 ]; then pass; else fail "$set: $n_invented answers invented"; fi
	grep -v '^#' "$known" | sed 's/  *# .*//' | sort >"$out/questions.known"
	sort "$out/questions.log" >"$out/questions.now"
	if cmp -s "$out/questions.known" "$out/questions.now"; then
		pass
	else
		fail "$set: misses differ from $known (< known, > now):
$(diff "$out/questions.known" "$out/questions.now" | grep '^[<>]')"
	fi
done

# --- agreement with recutils ---------------------------------------------
# hipacu's JSON must hold each value exactly as recsel prints it.
if command -v recsel >/dev/null 2>&1 && command -v recfix >/dev/null 2>&1; then
	if recfix --check data/hipacu.rec >"$out/recfix.log" 2>&1; then
		pass
	else
		fail "recfix --check data/hipacu.rec:"
		cat "$out/recfix.log"
	fi
	ids=$(recsel -t Entry -P Id data/hipacu.rec)
	[ -n "$ids" ] || fail "recsel lists no entries"
	for id in $ids; do
		why=
		"$HIPACU" --json show "$id" >"$out/recsel.json" 2>&1
		for f in Topic Title Summary Body Source:source Alias:aliases \
		    Keyword:keywords Ask:questions See:see; do
			field=${f%%:*}
			key=$(printf %s "${f#*:}" | tr 'A-Z' 'a-z')
			recsel -t Entry -e "Id = '$id'" -P "$field" data/hipacu.rec \
			    >"$out/recsel.want" 2>&1
			./tests/jsonget 0 "$key" <"$out/recsel.json" >"$out/recsel.got" 2>&1
			cmp -s "$out/recsel.want" "$out/recsel.got" || why="$why $field"
		done
		if [ -z "$why" ]; then pass; else fail "recsel and hipacu disagree on $id:$why"; fi
	done
else
	skip "recsel agreement: recutils is not installed"
fi

# --- man page, install, completion, terminal ------------------------------
. tests/term.sh

# --- allocation failure, output errors, terminal safety, fuzz corpus -------
. tests/hardening.sh

# --- the layers of the code ---------------------------------------------------
. tests/layers.sh

# --- the printable documents in a real browser, PDF and CommonMark ------------
. tests/browser.sh

printf '%d passed, %d failed' "$passed" "$failed"
[ "$skipped" -gt 0 ] && printf ', %d skipped' "$skipped"
printf '\n'
[ "$failed" -eq 0 ]
