#!/bin/sh
# questions.sh - how hipacu answers people: a blind question set (written
# from the article alone by someone who never saw the database or the
# code), scored.  Sourced by run.sh (with $set), or run alone:
#   sh tests/questions.sh [-v] [SET]   (-v: list every miss; SET: a set
#                                       file, tests/questions-fresh.txt
#                                       by default)
#
# For each question it runs 'hipacu --json search QUESTION' and counts:
#   first      an answerable question whose first result is a right entry
#   top-3      ... or one of the first three
#   caveated   ... a right first answer that carries a caveat (the caveat
#              teaches people to ignore it when it fires on right answers)
#   refused    an answerable question answered "not covered" (exit 1)
#   honest     a question the article cannot answer, answered "not
#              covered" (exit 1), or with results under a caveat
#   invented   ... answered with results and no caveat: a made-up answer
#   rewrites   a correctly spelled word read as another word (the third
#              column of the set names the real misspellings)
# A caveat is the JSON "caveat" field, or, from a hipacu that had none,
# its old stderr line "the results match only your other words".
#
# A not-covered question is judged by what it says, never by the order of
# its results: its log line names no entry.

if [ -z "${top:-}" ]; then
	top=$(cd "$(dirname "$0")/.." && pwd)
	HIPACU=${HIPACU:-$top/hipacu}
	QHIPACU=${QUALITY_HIPACU:-$HIPACU}
	out=$top/tests/out
	mkdir -p "$out"
	standalone=1
fi
verbose=0
[ "${1:-}" = -v ] && { verbose=1; shift; }
set_file=${1:-${set:-$top/tests/questions-fresh.txt}}

# One hipacu a question; then one awk reads every answer (forks are what
# cost here).
mkdir -p "$out/q"
: >"$out/questions.log"
: >"$out/q/list"
n=0
tab=$(printf '\t')
while IFS="$tab" read -r want query typos; do
	case $want in '#'* | '') continue ;; esac
	n=$((n + 1))
	# shellcheck disable=SC2086
	"$QHIPACU" --json search $query >"$out/q/$n.json" 2>"$out/q/$n.err"
	printf '%s\t%s\t%s\t%s\n' "$n" "$?" "$want" "$query" >>"$out/q/list"
	printf '%s\n' "$typos" >"$out/q/$n.typos"
done <"$set_file"
awk -F '\t' -v q="$out/q/" -v logf="$out/questions.log" '
	function first3(f,    line, n, ids) {
		ids = ""; n = 0
		while ((getline line < f) > 0)
			if (line ~ /^    "id": "/ && n < 3) {
				sub(/^    "id": "/, "", line); sub(/",$/, "", line)
				ids = ids line " "; n++
			}
		close(f)
		return ids
	}
	function has_caveat(j, e,    line, yes) {
		yes = 0
		while ((getline line < j) > 0)
			if (line ~ /^    "caveat": ".+",?$/) yes = 1
		close(j)
		while ((getline line < e) > 0)
			if (index(line, "the results match only your other words")) yes = 1
		close(e)
		return yes
	}
	{
		id = $1; status = $2; want = $3; query = $4
		getline typos < (q id ".typos"); close(q id ".typos")
		got = first3(q id ".json"); first = got; sub(/ .*/, "", first)
		caveat = has_caveat(q id ".json", q id ".err")
		# Every word read as another: "hipacu: reading '"'"'x'"'"' as ...".
		while ((getline line < (q id ".err")) > 0)
			if (line ~ /^hipacu: reading '"'"'/) {
				w = line; sub(/^hipacu: reading '"'"'/, "", w); sub(/'"'"' as .*/, "", w)
				if (index(" " typos " ", " " w " ") == 0) {
					rewrites++
					print "rewrote a real word: '"'"'" w "'"'"' in '"'"'" query "'"'"'" > logf
				}
			}
		close(q id ".err")
		if (want == "not-covered") {
			n_total++
			if (status == 1) n_refused++
			else if (caveat) n_caveat++
			else {
				n_invented++
				print "INVENTED: '"'"'" query "'"'"' answered with no caveat" > logf
			}
			next
		}
		q_total++
		in1 = in3 = 0
		k = split(want, ids, ",")
		for (i = 1; i <= k; i++) {
			if (first == ids[i]) in1 = 1
			if (index(" " got, " " ids[i] " ")) in3 = 1
		}
		q_first += in1; q_top3 += in3; q_refused += status == 1
		if (in1 && caveat) {
			q_caveated++
			print "caveat on a right answer: '"'"'" query "'"'"' -> " first > logf
		}
		if (!in1)
			print "miss: '"'"'" query "'"'"' -> " (got == "" ? "nothing" : got) " (want " want ")" > logf
	}
	END {
		printf "" >> logf
		printf "q_total=%d q_first=%d q_top3=%d q_refused=%d q_caveated=%d ", q_total, q_first, q_top3, q_refused, q_caveated
		printf "n_total=%d n_refused=%d n_caveat=%d n_invented=%d rewrites=%d\n", n_total, n_refused, n_caveat, n_invented, rewrites
	}
' "$out/q/list" >"$out/q/counts"
: >>"$out/questions.log"
. "$out/q/counts"
rm -rf "$out/q"

questions_summary="answerable $q_total: first $q_first, top-3 $q_top3, caveated $q_caveated, refused $q_refused; not covered $n_total: honest $((n_refused + n_caveat)) (refused $n_refused, caveat $n_caveat), invented $n_invented; rewrites of real words $rewrites"
if [ "${standalone:-0}" = 1 ]; then
	echo "$questions_summary"
	[ "$verbose" = 1 ] && cat "$out/questions.log"
fi
