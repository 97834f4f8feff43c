#!/bin/sh
# devices.sh - 'make bench-devices': what each speed device buys.  Each
# patch in tests/bench/devices/ takes one device out (as its first line
# says); the tree is copied, patched and built, and the build without the
# device is timed against hipacu, pair by pair, on the command the device
# is for.  A ratio above 1 is what the device buys.  A patch that no
# longer applies is said, not skipped silently: it must follow the code.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
out=tests/bench/out
mkdir -p "$out"
RUNS=${RUNS:-9}
CC=${CC:-cc}
HIPACU=$top/hipacu
$CC -std=c99 -O2 -o "$out/gen" tests/bench/gen.c
$CC -std=c99 -O2 -o "$out/measure" tests/bench/measure.c
for mb in 5 50; do
	[ -s "$out/db-$mb.rec" ] || "$out/gen" "$mb" >"$out/db-$mb.rec"
done
big=$out/db-50.rec

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# The command each device is for (the ids at 5 MB: without their hash,
# 50 MB takes minutes).
command_of() {
	case $1 in
	noswar | notouch) echo "--data $big check" ;;
	noprefilter) echo "--data $big search zymurgic" ;;
	nopigeonhole | noholding) echo "--data $big search zymurgik" ;;
	noidhash) echo "--data $out/db-5.rec check" ;;
	nommap) echo "--data $big show e1" ;;
	noprebuilt) echo "condition bursitis" ;;
	fullsort) echo "--data $big search is hipbone zymurgic" ;;
	nowholecheck) echo "--data $big search is hipbone zymurgic" ;;
	*) echo "--data $big search hipbone" ;;
	esac
}

echo "hipacu's speed devices, $(date -u '+%Y-%m-%d %H:%M UTC'), medians of $RUNS pairs"
echo
echo "| device taken out                                   | command                              | without / with |"
echo "|----------------------------------------------------|--------------------------------------|----------------|"
for p in tests/bench/devices/*.patch; do
	name=$(basename "$p" .patch)
	what=$(sed -n '1s/^# //p' "$p")
	tree=$out/device-$name
	rm -rf "$tree"
	mkdir -p "$tree"
	cp -R Makefile src data "$tree"
	if ! (cd "$tree" && patch -s -p1 <"$top/$p" >/dev/null 2>&1) ||
	    ! make -s -C "$tree" CC="$CC" hipacu >/dev/null 2>&1; then
		printf '| %-50s | %-36s | %-14s |\n' "$what" "-" "does not apply"
		continue
	fi
	args=$(command_of "$name")
	: >"$out/r.t"
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		# shellcheck disable=SC2086
		ta=$("$out/measure" "$out/output" "$tree/hipacu" $args 2>/dev/null | cut -d' ' -f1)
		# shellcheck disable=SC2086
		tb=$("$out/measure" "$out/output" "$HIPACU" $args 2>/dev/null | cut -d' ' -f1)
		awk -v a="$ta" -v b="$tb" 'BEGIN { print (b > 0 ? a / b : 0) }' >>"$out/r.t"
		i=$((i + 1))
	done
	printf '| %-50s | %-36s | %13.2fx |\n' "$what" \
	    "$(echo "$args" | sed "s|$out/||")" "$(median <"$out/r.t")"
	rm -rf "$tree"
done
