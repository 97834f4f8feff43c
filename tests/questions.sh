#!/bin/sh
# questions.sh - how hipacu answers people: the blind question set
# (tests/questions.txt, written from the article alone by someone who never
# saw the database or the code), scored.  Sourced by run.sh, or run alone:
#   sh tests/questions.sh [-v]     (-v: list every miss)
#
# For each question it runs 'hipacu --json search QUESTION' and counts:
#   answered   an answerable question whose first result is a right entry
#   in top 3   ... or one of the first three
#   refused    an answerable question answered "not covered" (exit 1)
#   honest     a question the article cannot answer, answered "not covered"
#   flagged    ... answered with results, but the words no entry holds named
#   invented   ... answered with results and nothing named: a made-up answer
#   rewrites   a correctly spelled word read as another word (the third
#              column of the set names the real misspellings)

if [ -z "${top:-}" ]; then
	top=$(cd "$(dirname "$0")/.." && pwd)
	HIPACU=${HIPACU:-$top/hipacu}
	out=$top/tests/out
	mkdir -p "$out"
	standalone=1
fi
verbose=0
[ "${1:-}" = -v ] && verbose=1

q_total=0 q_first=0 q_top3=0 q_refused=0
n_total=0 n_honest=0 n_flagged=0 n_invented=0
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
			n_honest=$((n_honest + 1))
		elif grep -q "^hipacu: no entry mentions" "$out/q.err"; then
			n_flagged=$((n_flagged + 1))
			echo "flagged, not refused: '$query' -> $got" >>"$out/questions.log"
		else
			n_invented=$((n_invented + 1))
			echo "INVENTED: '$query' -> $got" >>"$out/questions.log"
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
	[ "$in1" = 1 ] ||
	    echo "miss: '$query' -> ${got:-nothing} (want $want)" >>"$out/questions.log"
done <"$top/tests/questions.txt"
rm -f "$out/q.json" "$out/q.err"

questions_summary="answerable $q_total: first $q_first, top-3 $q_top3, refused $q_refused; not covered $n_total: honest $n_honest, flagged $n_flagged, invented $n_invented; rewrites of real words $rewrites"
if [ "${standalone:-0}" = 1 ]; then
	echo "$questions_summary"
	[ "$verbose" = 1 ] && cat "$out/questions.log"
fi
