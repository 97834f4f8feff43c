#!/bin/sh
# run.sh - 'make bench': hipacu timed against a peer measured in the same
# run, pair by pair, with its peak memory against the file's size.  A
# benchmark, not a test: it prints tables and judges nothing.
#
#   (a) the shipped database: a lookup and a search    vs cat data/hipacu.rec
#   (b) at each size (SIZES, default "5 50 100" MB), hipacu --data BIG
#       searching a rare word (in ten entries), a common one (in a third),
#       one found nowhere, a typo, a two-word question and a Term's word;
#       and check                                      vs grep -ci WORD BIG
#   (c) how the cost grows: each row of (b) at the largest size against
#       the same row at the size before it
#   (d) every format of the whole database (the reference, or for text
#       and JSON the list), at the middle size   vs the fastest of them
#   (e) a word typed 32 times                    vs the word typed once
#   (f) hipacu browse: a key typed to its whole frame drawn, on the
#       shipped database and at the smallest size, on a pseudo-terminal
#       (tests/pty)                              vs dd echoing a key
#
# Each pair runs the two commands in turn RUNS times (default 9); a ratio
# is the median of the pairs' ratios, so that the machine's drift during
# a run moves both.  Uses only the C compiler and the tools of any POSIX
# system.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
out=tests/bench/out
mkdir -p "$out"
RUNS=${RUNS:-9}
SIZES=${SIZES:-"5 50 100"}
CC=${CC:-cc}
HIPACU=${HIPACU:-$top/hipacu}
RARE=zymurgic

$CC -std=c99 -O2 -o "$out/gen" tests/bench/gen.c
$CC -std=c99 -O2 -o "$out/measure" tests/bench/measure.c
for mb in $SIZES; do
	[ -s "$out/db-$mb.rec" ] || "$out/gen" "$mb" >"$out/db-$mb.rec"
	"$HIPACU" check "$out/db-$mb.rec" >/dev/null
done
set -- $SIZES
small=$1
middle=$1
for mb in $SIZES; do
	[ "$mb" = "$small" ] || { prev=$middle; middle=$mb; }
done
large=$middle
middle=${prev:-$small}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# pair LABEL SIZE_BYTES -- HIPACU_COMMAND... -- PEER_COMMAND...
# Runs the two commands in turn RUNS times and prints one table row; keeps
# the median time in $out/last.t for the rows that compare rows.
pair() {
	label=$1 bytes=$2
	shift 2
	[ "$1" = -- ] && shift
	a=
	while [ "$1" != -- ]; do a="$a '$1'"; shift; done
	shift
	b="$*"
	: >"$out/a.t"; : >"$out/b.t"; : >"$out/a.m"; : >"$out/r.t"
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		eval "\"$out/measure\" \"$out/output\" $a" >"$out/one" 2>/dev/null
		ta=$(cut -d' ' -f1 "$out/one")
		echo "$ta" >>"$out/a.t"
		cut -d' ' -f2 "$out/one" >>"$out/a.m"
		# shellcheck disable=SC2086
		tb=$("$out/measure" "$out/output" $b 2>/dev/null | cut -d' ' -f1)
		echo "$tb" >>"$out/b.t"
		awk -v a="$ta" -v b="$tb" 'BEGIN { print (b > 0 ? a / b : 0) }' >>"$out/r.t"
		i=$((i + 1))
	done
	ta=$(median <"$out/a.t")
	tb=$(median <"$out/b.t")
	ma=$(median <"$out/a.m")
	r=$(median <"$out/r.t")
	echo "$ta $ma" >"$out/last.t"
	awk -v l="$label" -v ta="$ta" -v tb="$tb" -v r="$r" -v ma="$ma" -v by="$bytes" \
	    -v peer="${b%% *}" 'BEGIN {
		printf "| %-36s | %8.4f | %-6s %8.4f | %5.2fx | %8.1f | %8.1f | %5.2fx |\n",
		    l, ta, peer, tb, r, ma / 1024, by / 1048576, (by > 0 ? ma * 1024 / by : 0)
	}'
}

head_row() { # TITLE
	echo
	echo "$1"
	echo
	echo "| command                              | hipacu s | peer   peer s   | ratio  | peak MB  | file MB  | mem/file |"
	echo "|--------------------------------------|----------|-----------------|--------|----------|----------|----------|"
}

echo "hipacu benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -sm), $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') cores"
sed -n 's/^model name[^:]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1
echo "medians of $RUNS runs, each alternating with its peer; times in seconds;"
echo "ratio: the median of the runs' ratios"

# (a) The shipped database.
head_row "(a) the shipped database"
size=$(wc -c <data/hipacu.rec | tr -d ' ')
pair "condition bursitis" "$size" -- "$HIPACU" condition bursitis -- cat data/hipacu.rec
pair "search dizzy" "$size" -- "$HIPACU" search dizzy -- cat data/hipacu.rec

# (b) A database of each size, as it streams.
rows="rare common nowhere typo two-word term check"
command_of() { # ROW: the arguments, and the word grep counts
	case $1 in
	rare) echo "search $RARE|$RARE" ;;
	common) echo "search hipbone|hipbone" ;;
	nowhere) echo "search pregnant|pregnant" ;;
	typo) echo "search zymurgik|zymurgik" ;;
	two-word) echo "search is hipbone zymurgic|hipbone" ;;
	term) echo "search woozy|woozy" ;;
	check) echo "check|$RARE" ;;
	esac
}
for mb in $SIZES; do
	f=$out/db-$mb.rec
	size=$(wc -c <"$f" | tr -d ' ')
	head_row "(b) $mb MB, read as it streams"
	for row in $rows; do
		c=$(command_of "$row")
		args=${c%|*} word=${c#*|}
		# shellcheck disable=SC2086
		if [ "$row" = check ]; then
			pair "$row: check" "$size" -- "$HIPACU" check "$f" -- grep -ci "$word" "$f"
		else
			pair "$row: $args" "$size" -- "$HIPACU" --data "$f" $args -- grep -ci "$word" "$f"
		fi
		cp "$out/last.t" "$out/row-$mb-$row.t"
	done
done

# (c) How the cost grows with the file.
if [ "$large" != "$middle" ]; then
	echo
	echo "(c) $large MB against $middle MB: time and peak memory, the file $(awk -v a="$large" -v b="$middle" 'BEGIN { printf "%.2f", a / b }')x"
	echo
	echo "| row        | time      | memory    |"
	echo "|------------|-----------|-----------|"
	for row in $rows; do
		read -r t1 m1 <"$out/row-$middle-$row.t"
		read -r t2 m2 <"$out/row-$large-$row.t"
		awk -v r="$row" -v t1="$t1" -v t2="$t2" -v m1="$m1" -v m2="$m2" 'BEGIN {
			printf "| %-10s | %8.2fx | %8.2fx |\n", r, t2 / t1, m2 / m1
		}'
	done
fi

# (d) Every format of the whole database, against the fastest.
f=$out/db-$middle.rec
size=$(wc -c <"$f" | tr -d ' ')
head_row "(d) $middle MB, the whole database in each format"
pair "markdown (the reference)" "$size" -- "$HIPACU" --data "$f" --format=markdown -- cat "$f"
cp "$out/last.t" "$out/fmt-markdown.t"
pair "html (the reference)" "$size" -- "$HIPACU" --data "$f" --format=html -- "$HIPACU" --data "$f" --format=markdown
pair "json (list: every entry in full)" "$size" -- "$HIPACU" --data "$f" --format=json list -- cat "$f"
pair "text (list: titles and summaries)" "$size" -- "$HIPACU" --data "$f" list -- cat "$f"
pair "markdown list" "$size" -- "$HIPACU" --data "$f" --format=markdown list -- cat "$f"
pair "html list" "$size" -- "$HIPACU" --data "$f" --format=html list -- "$HIPACU" --data "$f" --format=markdown list

# (e) Repeated words are one.
words=
i=0
while [ "$i" -lt 32 ]; do words="$words $RARE"; i=$((i + 1)); done
head_row "(e) $middle MB, a word typed 32 times"
# shellcheck disable=SC2086
pair "search $RARE x32" "$size" -- "$HIPACU" --data "$f" search $words -- "$HIPACU" --data "$f" search "$RARE"

# (f) browse: each key of words typed and erased, from the key to the last
# byte of its frame; the peer is dd (one byte a read) echoing keys through
# the same kind of pseudo-terminal: the terminal's own round trip.
KEYS='dizzy\x7f\x7f\x7f\x7f\x7fsciatca\x7f\x7f\x7f\x7f\x7f\x7f\x7fhip pain at night'
BIGKEYS='hipbone\x7f\x7f\x7f\x7f\x7f\x7f\x7fzymurgic\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7fpregnant'
PEERKEYS='xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
quantile() { # Q: of the numbers on standard input
	sort -n | awk -v q="$1" '{ v[NR] = $1 } END { i = int(NR * q + 0.999); if (i < 1) i = 1; print v[i] }'
}
browse_row() { # LABEL KEYS -- COMMAND...
	label=$1 keys=$2
	shift 3
	: >"$out/k.t"; : >"$out/p.t"
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		./tests/pty -m frame -l "$keys\\x03" "$@" 2>/dev/null |
		    sed -n 's/^latency //p' >>"$out/k.t"
		./tests/pty -r -m x -l "$PEERKEYS" dd bs=1 count=30 2>/dev/null |
		    sed -n 's/^latency //p' >>"$out/p.t"
		i=$((i + 1))
	done
	k50=$(quantile 0.5 <"$out/k.t")
	k95=$(quantile 0.95 <"$out/k.t")
	kmax=$(quantile 1 <"$out/k.t")
	p50=$(quantile 0.5 <"$out/p.t")
	awk -v l="$label" -v n="$(wc -l <"$out/k.t")" -v a="$k50" -v b="$k95" \
	    -v c="$kmax" -v p="$p50" 'BEGIN {
		printf "| %-30s | %5d | %8.3f | %8.3f | %8.3f | %8.3f | %6.1fx |\n",
		    l, n, a, b, c, p, a / p
	}'
}
echo
echo "(f) browse: milliseconds from a key to its whole frame (80x24); peer: dd echoing a key"
echo
echo "| database                       | keys  | median   | 95th     | most     | dd echo  | ratio   |"
echo "|--------------------------------|-------|----------|----------|----------|----------|---------|"
browse_row "shipped" "$KEYS" -- "$HIPACU" browse
browse_row "$small MB" "$BIGKEYS" -- "$HIPACU" --data "$out/db-$small.rec" browse
