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
	out=$top/tests/out
	mkdir -p "$out"
	standalone=1
fi
verbose=0
[ "${1:-}" = -v ] && { verbose=1; shift; }
set_file=${1:-${set:-$top/tests/questions-fresh.txt}}

q_total=0 q_first=0 q_top3=0 q_refused=0 q_caveated=0
n_total=0 n_refused=0 n_caveat=0 n_invented=0
rewrites=0
: >"$out/questions.log"
tab=$(printf '\t')
while IFS="$tab" read -r want query typos; do
	case $want in '#'* | '') continue ;; esac
	# shellcheck disable=SC2086
	"$HIPACU" --json search $query >"$out/q.json" 2>"$out/q.err"
	status=$?
	got=$(sed -n 's/^    "id": "\(.*\)",$/\1/p' "$out/q.json" | head -n 3 | tr '\n' ' ')
	first=${got%% *}
	caveat=0
	if grep -q '^    "caveat": "..*"$' "$out/q.json" ||
	    grep -q "the results match only your other words" "$out/q.err"; then
		caveat=1
	fi
	# Every word read as another: "hipacu: reading 'x' as 'y'".
	for w in $(sed -n "s/^hipacu: reading '\([^']*\)' as .*/\1/p" "$out/q.err"); do
		case " $typos " in
		*" $w "*) ;;
		*) rewrites=$((rewrites + 1))
		   echo "rewrote a real word: '$w' in '$query'" >>"$out/questions.log" ;;
		esac
	done
	if [ "$want" = not-covered ]; then
		n_total=$((n_total + 1))
		if [ "$status" = 1 ]; then
			n_refused=$((n_refused + 1))
		elif [ "$caveat" = 1 ]; then
			n_caveat=$((n_caveat + 1))
		else
			n_invented=$((n_invented + 1))
			echo "INVENTED: '$query' answered with no caveat" >>"$out/questions.log"
		fi
		continue
	fi
	q_total=$((q_total + 1))
	in1=0 in3=0
	for id in $(echo "$want" | tr ',' ' '); do
		[ "$first" = "$id" ] && in1=1
		case " $got" in *" $id "*) in3=1 ;; esac
	done
	q_first=$((q_first + in1))
	q_top3=$((q_top3 + in3))
	[ "$status" = 1 ] && q_refused=$((q_refused + 1))
	if [ "$in1" = 1 ] && [ "$caveat" = 1 ]; then
		q_caveated=$((q_caveated + 1))
		echo "caveat on a right answer: '$query' -> $first" >>"$out/questions.log"
	fi
	[ "$in1" = 1 ] ||
	    echo "miss: '$query' -> ${got:-nothing} (want $want)" >>"$out/questions.log"
done <"$set_file"
rm -f "$out/q.json" "$out/q.err"

questions_summary="answerable $q_total: first $q_first, top-3 $q_top3, caveated $q_caveated, refused $q_refused; not covered $n_total: honest $((n_refused + n_caveat)) (refused $n_refused, caveat $n_caveat), invented $n_invented; rewrites of real words $rewrites"
if [ "${standalone:-0}" = 1 ]; then
	echo "$questions_summary"
	[ "$verbose" = 1 ] && cat "$out/questions.log"
fi
