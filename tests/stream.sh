# stream.sh - sourced by run.sh: a database read as it streams answers as
# the one held whole does.
#
# (a) The built-in database and the same file through --data (which
#     search, list and check read as it streams): every question of the
#     quality sets, in text and JSON with --all, and every tenth in
#     Markdown and HTML, and list in every format, print the same but for
#     the line that names the database.  The sweep measures answers, so
#     it runs QHIPACU (under valgrind, the build without it); every tenth
#     question runs HIPACU, so that the streaming path is checked too.
# (b) tests/hipacu-window reads a streaming file 64 bytes at a time (a
#     longer record grows the window), so that every record is cut
#     somewhere: check, lists and searches of every file in tests/data,
#     and of data/hipacu.rec, print what hipacu prints.
# (c) Terms before the entries (read with the question) and after them
#     (the question read again, the file walked again): the same answers.

# Everything a run prints and its status, but the database's name.
run_all() { # OUT HIPACU ARGS...
	o=$1
	shift
	"$@" >"$o" 2>&1
	echo "status $?" >>"$o"
	grep -iv 'database' "$o" >"$o.cut"
}

n=0
bad=
for set in tests/questions-3.txt tests/questions-fresh.txt tests/questions.txt; do
	[ -f "$set" ] || continue
	while IFS='	' read -r _ q _; do
		case $q in "" | "#"*) continue ;; esac
		n=$((n + 1))
		formats="text json" h=$QHIPACU
		[ $((n % 10)) = 0 ] && formats="text json markdown html" h=$HIPACU
		for f in $formats; do
			# shellcheck disable=SC2086
			run_all "$out/st.a" "$h" --format=$f search --all $q
			# shellcheck disable=SC2086
			run_all "$out/st.b" "$h" --data data/hipacu.rec --format=$f search --all $q
			cmp -s "$out/st.a.cut" "$out/st.b.cut" || bad="$bad [$f: $q]"
		done
	done <"$set"
done
for f in text json markdown html; do
	run_all "$out/st.a" "$HIPACU" --format=$f list
	run_all "$out/st.b" "$HIPACU" --data data/hipacu.rec --format=$f list
	cmp -s "$out/st.a.cut" "$out/st.b.cut" || bad="$bad [$f: list]"
done
if [ "$n" -gt 100 ] && [ -z "$bad" ]; then
	pass
else
	fail "streamed --data differs from the built-in database ($n questions):$bad"
fi

# (b) Cut at every record.
bad=
for db in data/hipacu.rec tests/data/*.rec; do
	for args in "check $db" "--data $db search dizzy" "--data $db --json search --all hip pain" \
	    "--data $db search sciatca" "--data $db search woozy" \
	    "--data $db --format=markdown search apple needles" "--data $db list" \
	    "--data $db --json list" "--data $db --format=html list food"; do
		# shellcheck disable=SC2086
		run_all "$out/st.a" "$HIPACU" $args
		# shellcheck disable=SC2086
		run_all "$out/st.b" ./tests/hipacu-window $args
		cmp -s "$out/st.a" "$out/st.b" || bad="$bad [$args]"
	done
done
[ -z "$bad" ] && pass || fail "a file read 64 bytes at a time reads otherwise:$bad"

# (c) The Term set moved before the entries.
awk '
	/^%rec: Term/ { term = 1 }
	/^%rec: / && !/^%rec: Term/ { term = 0 }
	term { t = t $0 "\n"; next }
	{ rest = rest $0 "\n" }
	END { printf "%s\n%s", t, rest }
' data/hipacu.rec >"$out/terms-first.rec"
bad=
if ! "$HIPACU" check "$out/terms-first.rec" >/dev/null 2>"$out/st.err"; then
	bad=" [the moved file does not check: $(head -n 1 "$out/st.err")]"
fi
for q in woozy "blood thinners" "my bum hurts" "light headed after needles" sciatca \
    "hip bursitis"; do
	# shellcheck disable=SC2086
	run_all "$out/st.a" "$HIPACU" --data data/hipacu.rec --json search --all $q
	# shellcheck disable=SC2086
	run_all "$out/st.b" "$HIPACU" --data "$out/terms-first.rec" --json search --all $q
	cmp -s "$out/st.a.cut" "$out/st.b.cut" || bad="$bad [$q]"
done
[ -z "$bad" ] && pass || fail "Terms before the entries answer otherwise:$bad"
