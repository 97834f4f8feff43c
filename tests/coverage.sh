#!/bin/sh
# coverage.sh - what make test runs of src/, by gcov: builds a copy of the
# tree with gcc --coverage -O0, runs make test on it, and prints each
# file's and the total line and branch coverage.  Fails if make test
# fails, under MIN_LINES% of lines or MIN_BRANCHES% of branches, or if a
# line that never ran is not in tests/uncovered.txt with its reason (or
# an entry there matches no line that never ran: the list cannot rot).
#
#   sh tests/coverage.sh            (make coverage)
#   COVERAGE_KEEP=1 sh tests/coverage.sh    keeps the build; it says where
#
# Every program make test runs counts: hipacu, tests/unit, the embedder
# (at build time and on a bad file), tests/hipacu-failalloc and
# tests/hipacu-window, tests/fuzz-replay.  Programs that link the same
# object add to its one .gcda; mem.c and stream.c are also built with
# other flags (tests/mem-failalloc.o, tests/stream-window.o): their lines
# are merged by source line, a line run by either build is run.  A
# process that ends by a signal or _exit writes its counts first
# (tests/coverage-dump.c), so that the terminal given back on SIGTERM is
# counted as run.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
CC=${CC:-gcc}
GCOV=${GCOV:-gcov}
MIN_LINES=${MIN_LINES:-95}
MIN_BRANCHES=${MIN_BRANCHES:-85}
dir=${TMPDIR:-/tmp}/hipacu-coverage.$$
work=$dir/tree
if [ -n "${COVERAGE_KEEP:-}" ]; then
	echo "coverage: the build is kept in $work; what never ran in $work/missed.txt"
else
	trap 'rm -rf "$dir"' EXIT
	trap 'exit 2' HUP INT TERM
fi

# A copy, so that the tree's own build is left as it is; the article the
# tests read beside the repository is still there.
rm -rf "$dir"
mkdir -p "$work" || exit 2
[ -e "$top/../shared" ] && ln -s "$top/../shared" "$dir/shared"
cp -R "$top"/* "$work"/ || exit 2
cd "$work" || exit 2
rm -rf tests/out
make clean >/dev/null 2>&1
$CC -c -o tests/coverage-dump.o tests/coverage-dump.c || exit 2
flags="-std=c99 -O0 -g --coverage -Wall -Wextra -Wpedantic"
link="--coverage -Wl,--wrap=raise,--wrap=_exit $work/tests/coverage-dump.o"
if ! make CC="$CC" CFLAGS="$flags" LDFLAGS="$link" test >test.log 2>&1; then
	cat test.log
	echo "coverage: make test failed on the coverage build"
	exit 1
fi
echo "coverage: make test: $(tail -n 1 test.log)"

# Every object's counts, as text: gcov -t writes each source it covers
# (a header's inline functions too), one after the other.
find src tests -name '*.gcno' | sort | while IFS= read -r g; do
	$GCOV -t -b -c -o "$(dirname "$g")" "$g" 2>/dev/null
done >gcov.txt

awk -v minl="$MIN_LINES" -v minb="$MIN_BRANCHES" -v reasons=tests/uncovered.txt '
	function pct(a, b) { return b ? sprintf("%5.1f%%", 100 * a / b) : "    -" }
	function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
	/^ *-: *0:Source:/ {
		src = $0; sub(/.*:Source:/, "", src)
		keep = src ~ /^src\// && src != "src/data/embedded.c"
		fn = ""; key = ""
		next
	}
	!keep { next }
	/^function / { fn = $2; next }
	/^branch / {
		if (key == "") next
		# gcov numbers the calls and branches of a line in one sequence
		# ("call 0", "branch 1", "branch 2"): only branches count.
		b = $2 + 0
		if (!((key, b) in isbr)) { isbr[key, b] = 1; brs[key] = brs[key] " " b }
		if ($3 == "taken" && $4 + 0 > 0) taken[key, b] = 1
		next
	}
	/^call / { next }
	/^ *[^ :]+: *[0-9]+:/ {
		count = $0; sub(/:.*/, "", count); count = trim(count)
		text = $0; sub(/^ *[^ :]+: *[0-9]+:/, "", text)
		line = $0; sub(/^ *[^ :]+: */, "", line); sub(/:.*/, "", line)
		key = src ":" line
		if (count == "-") { key = ""; next }
		if (!(key in exe)) {
			exe[key] = 1; file[key] = src; lineno[key] = line + 0
			files[src] = 1; code[key] = trim(text)
		}
		if (fn != "" && !(key in fnof)) fnof[key] = fn
		sub(/\*$/, "", count)
		if (count ~ /^[0-9]+$/ && count + 0 > 0) hit[key] = 1
		next
	}
	END {
		# The reasons: "FILE | FUNCTION | TEXT | WHY", TEXT a part of
		# the line that never runs, or * for every such line of FUNCTION.
		n = 0
		while ((getline r < reasons) > 0) {
			rl++
			if (r ~ /^#/ || r ~ /^[ \t]*$/) continue
			k = split(r, f, " [|] ")
			if (k != 4 || trim(f[4]) == "") {
				printf "coverage: %s:%d: want FILE | FUNCTION | TEXT | WHY\n", reasons, rl
				bad++
				continue
			}
			n++; rfile[n] = trim(f[1]); rfunc[n] = trim(f[2])
			rtext[n] = trim(f[3]); rline[n] = rl; used[n] = 0
		}
		for (key in exe) {
			s = file[key]
			lines[s]++; lt++
			if (key in hit) { lhit[s]++; lh++ }
			nbl = split(brs[key], bl, " ")
			mb = ""
			for (j = 1; j <= nbl; j++) {
				b = bl[j]
				bt++; bs[s]++
				if ((key, b) in taken) { bh++; bhs[s]++ }
				else mb = mb " " b
			}
			if (mb != "" || !(key in hit))
				printf "%s:%d %s branches%s: %s\n", s, lineno[key],
				    ((key in hit) ? "ran" : "never"), mb, code[key] > "missed.txt"
			if (key in hit) continue
			why = 0
			for (i = 1; i <= n; i++)
				if (rfile[i] == s && rfunc[i] == fnof[key] &&
				    (rtext[i] == "*" || index(code[key], rtext[i]))) {
					why = 1; used[i]++
				}
			if (!why) miss[++nmiss] = sprintf("%s:%d (%s): %s", s, lineno[key], fnof[key], code[key])
		}
		print "coverage of make test over src/ (gcc --coverage -O0):"
		printf "  %-28s %7s %13s %7s %13s\n", "file", "lines", "", "branches", ""
		m = 0
		for (s in files) names[++m] = s
		for (i = 2; i <= m; i++)	# a few dozen: insertion sort
			for (j = i; j > 1 && names[j - 1] > names[j]; j--) {
				t = names[j]; names[j] = names[j - 1]; names[j - 1] = t
			}
		for (i = 1; i <= m; i++) {
			s = names[i]
			printf "  %-28s %7s %6d/%-6d %7s %6d/%-6d\n", s, pct(lhit[s], lines[s]),
			    lhit[s], lines[s], pct(bhs[s], bs[s]), bhs[s], bs[s]
		}
		printf "  %-28s %7s %6d/%-6d %7s %6d/%-6d\n", "total", pct(lh, lt), lh, lt,
		    pct(bh, bt), bh, bt
		for (i = 1; i <= nmiss; i++)
			print "coverage: never run, and not in " reasons ": " miss[i] | "sort"
		close("sort")
		for (i = 1; i <= n; i++)
			if (!used[i]) {
				printf "coverage: %s:%d: matches no line that never runs: %s | %s | %s\n",
				    reasons, rline[i], rfile[i], rfunc[i], rtext[i]
				bad++
			}
		fail = bad + nmiss
		if (lt == 0 || 100 * lh < minl * lt) {
			printf "coverage: lines under %d%%\n", minl; fail++
		}
		if (bt == 0 || 100 * bh < minb * bt) {
			printf "coverage: branches under %d%%\n", minb; fail++
		}
		exit fail > 0
	}
' gcov.txt
