#!/bin/sh
# run.sh - 'make bench': time hipacu against a peer measured in the same
# run, alternating, and print medians, ratios and peak memory as a table.
#
#   (a) hipacu condition bursitis, shipped database   vs cat data/hipacu.rec
#   (b) at 1, 10 and 50 MB, hipacu --data BIG with    vs grep -ci WORD BIG
#       search RARE (in ten entries), search COMMON (in a third), search
#       a word found nowhere (an English word) and a misspelled one, a
#       two-word question, a word of the Term set; and check
#   (c) hipacu's peak memory against the file's size
#   (d) hipacu browse: a key typed to its whole frame drawn (ranked again
#       and drawn), on the shipped database and at 10 MB, on a pseudo-
#       terminal (tests/pty)          vs dd echoing a key through one
#
# RUNS (default 9) runs of each; SIZES (default "1 10 50") in MB.  Uses
# only the C compiler and the tools any POSIX system has.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
out=tests/bench/out
mkdir -p "$out"
RUNS=${RUNS:-9}
SIZES=${SIZES:-"1 10 50"}
CC=${CC:-cc}
HIPACU=${HIPACU:-$top/hipacu}
RARE=zymurgic

$CC -std=c99 -O2 -o "$out/gen" tests/bench/gen.c
$CC -std=c99 -O2 -o "$out/measure" tests/bench/measure.c
for mb in $SIZES; do
	[ -s "$out/db-$mb.rec" ] || "$out/gen" "$mb" >"$out/db-$mb.rec"
	"$HIPACU" check "$out/db-$mb.rec" >/dev/null
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# pair LABEL SIZE_BYTES -- HIPACU_COMMAND... -- PEER_COMMAND...
# Runs the two commands in turn RUNS times and prints one table row.
pair() {
	label=$1 bytes=$2
	shift 2
	[ "$1" = -- ] && shift
	a= b=
	while [ "$1" != -- ]; do a="$a '$1'"; shift; done
	shift
	b="$*"
	: >"$out/a.t"; : >"$out/b.t"; : >"$out/a.m"
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		eval "\"$out/measure\" \"$out/output\" $a" >"$out/one" 2>/dev/null
		cut -d' ' -f1 "$out/one" >>"$out/a.t"
		cut -d' ' -f2 "$out/one" >>"$out/a.m"
		# shellcheck disable=SC2086
		"$out/measure" "$out/output" $b | cut -d' ' -f1 >>"$out/b.t"
		i=$((i + 1))
	done
	ta=$(median <"$out/a.t")
	tb=$(median <"$out/b.t")
	ma=$(median <"$out/a.m")
	awk -v l="$label" -v ta="$ta" -v tb="$tb" -v ma="$ma" -v by="$bytes" -v peer="${b%% *}" 'BEGIN {
		printf "| %-34s | %8.4f | %-5s %8.4f | %5.2fx | %8.1f | %8.1f | %5.2fx |\n",
		    l, ta, peer, tb, ta / tb, ma / 1024, by / 1048576, (by > 0 ? ma * 1024 / by : 0)
	}'
}

echo "hipacu benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(uname -sm), $(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?') cores"
sed -n 's/^model name[^:]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1
echo "medians of $RUNS runs, each alternating with its peer; times in seconds"
echo
echo "| command                            | hipacu s | peer  peer s   | ratio  | peak MB  | file MB  | mem/file |"
echo "|------------------------------------|----------|----------------|--------|----------|----------|----------|"
size=$(wc -c <data/hipacu.rec | tr -d ' ')
pair "condition bursitis (shipped db)" "$size" -- "$HIPACU" condition bursitis -- cat data/hipacu.rec
for mb in $SIZES; do
	f=$out/db-$mb.rec
	size=$(wc -c <"$f" | tr -d ' ')
	pair "search $RARE (rare), $mb MB" "$size" -- "$HIPACU" --data "$f" search "$RARE" -- grep -ci "$RARE" "$f"
	pair "search hipbone (common), $mb MB" "$size" -- "$HIPACU" --data "$f" search hipbone -- grep -ci hipbone "$f"
	pair "search pregnant (nowhere), $mb MB" "$size" -- "$HIPACU" --data "$f" search pregnant -- grep -ci pregnant "$f"
	pair "search zymurgik (typo), $mb MB" "$size" -- "$HIPACU" --data "$f" search zymurgik -- grep -ci zymurgik "$f"
	pair "search is hipbone zymurgic, $mb MB" "$size" -- "$HIPACU" --data "$f" search is hipbone zymurgic -- grep -ci hipbone "$f"
	pair "search woozy (a term), $mb MB" "$size" -- "$HIPACU" --data "$f" search woozy -- grep -ci woozy "$f"
	pair "check, $mb MB" "$size" -- "$HIPACU" check "$f" -- grep -ci "$RARE" "$f"
done

# (d) browse: each key of words typed and erased, from the key to the last
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
echo "browse: milliseconds from a key to its whole frame (80x24); peer: dd echoing a key"
echo
echo "| database                       | keys  | median   | 95th     | most     | dd echo  | ratio   |"
echo "|--------------------------------|-------|----------|----------|----------|----------|---------|"
browse_row "shipped" "$KEYS" -- "$HIPACU" browse
for mb in $SIZES; do
	[ "$mb" -le 10 ] || continue
	browse_row "$mb MB" "$BIGKEYS" -- "$HIPACU" --data "$out/db-$mb.rec" browse
done
