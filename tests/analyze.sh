#!/bin/sh
# analyze.sh - make analyze: gcc -fanalyzer, cppcheck and clang's
# scan-build on every C source of src/ and tests/ but the generated
# database (src/data/embedded.c, which src/tool/embed writes: megabytes of
# data that take cppcheck minutes and hold no code of ours), and on the
# test builds' variants (mem.c failing on request, stream.c's small
# window).  Any finding, or a missing tool, fails; each analyzer is timed.
# First each must find the faults of a planted file: a check that cannot
# fail checks nothing.  GCC, CLANG, CPPCHECK and SCAN_BUILD name the tools.
set -u
cd "$(dirname "$0")/.." || exit 2

GCC=${GCC:-gcc}
CLANG=${CLANG:-clang}
CPPCHECK=${CPPCHECK:-cppcheck}
SCAN_BUILD=${SCAN_BUILD:-scan-build}
WARN="-std=c99 -Wall -Wextra -Wpedantic"
JOBS=${JOBS:-2}

for t in "$GCC" "$CLANG" "$CPPCHECK" "$SCAN_BUILD"; do
	if ! command -v "$t" >/dev/null 2>&1; then
		echo "analyze: $t is not installed (gcc, clang, cppcheck, clang-tools)"
		exit 2
	fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hipacu-analyze.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

# The units: FILE, or FILE:DEFINE for a test build's variant of it.
srcs=
for f in src/*/*.c tests/*.c tests/fuzz/*.c; do
	[ -f "$f" ] && [ "$f" != src/data/embedded.c ] && srcs="$srcs $f"
done
units="$srcs src/base/mem.c:-DMEM_FAIL_TEST src/data/stream.c:-DDB_WINDOW=64"

# A file with a fault each analyzer knows: a NULL dereference, a double
# free.  main() is there so that nothing is unused.
plant=$tmp/planted.c
cat >"$plant" <<'EOF'
#include <stdlib.h>

int
main(void)
{
	int *p = malloc(sizeof *p), r;

	*p = 1;
	r = *p;
	free(p);
	free(p);
	return r;
}
EOF

# $tmp/unit COMPILER UNIT: one unit compiled by COMPILER, an analyser,
# with the flags in $WARN; every word it says goes to stdout.
cat >"$tmp/unit" <<'EOF'
f=${2%%:*} d=${2#"$f"}
# shellcheck disable=SC2086
$1 $WARN ${d#:} -c -o /dev/null "$f" 2>&1 ||
	echo "$f: error: $1 failed"
EOF
export WARN

# each COMPILER UNIT...: every unit, JOBS at once.
each() {
	cc=$1
	shift
	printf '%s\n' "$@" | xargs -n 1 -P "$JOBS" sh "$tmp/unit" "$cc"
}

# gcc -fanalyzer at -O0 (it finds more there than at -O2, and all that -O2
# finds today), each file alone, as make compiles it.
run_gcc() {
	each "$GCC -O0 -fanalyzer -fdiagnostics-plain-output" "$@"
}

# cppcheck on every file at once; its exit status counts only when it
# says nothing.
run_cppcheck() {
	"$CPPCHECK" -q --std=c99 --enable=warning,performance,portability \
	    --inline-suppr --error-exitcode=1 --template=gcc "$@" \
	    >"$tmp/cppcheck.out" 2>&1
	st=$?
	cat "$tmp/cppcheck.out"
	[ "$st" = 0 ] || [ -s "$tmp/cppcheck.out" ] ||
		echo "cppcheck: error: exit status $st"
}

# scan-build runs the units with CC set to its analysing compiler; what it
# says of itself is left out, the compilers' warnings kept.
run_scan() {
	# shellcheck disable=SC2016
	"$SCAN_BUILD" --use-cc="$CLANG" -o "$tmp/scan" sh -c \
	    'u=$1; shift; printf "%s\n" "$@" | xargs -n 1 -P "$0" sh "$u" "$CC"' \
	    "$JOBS" "$tmp/unit" "$@" 2>&1 | grep -v '^scan-build: '
	return 0
}

# findings LOG: how many diagnostics it holds.
findings() {
	grep -c -E '(^|: )(warning|error|style|performance|portability):' "$1"
}

now() {
	date +%s
}

# The planted file first: each analyzer must find something in it.
plant_ok=1
for a in gcc cppcheck scan; do
	"run_$a" "$plant" >"$tmp/plant-$a.log"
	if [ "$(findings "$tmp/plant-$a.log")" -eq 0 ]; then
		echo "analyze: $a finds nothing in a planted double free:"
		cat "$tmp/plant-$a.log"
		plant_ok=0
	fi
done
[ "$plant_ok" = 1 ] || exit 1

status=0
total=$(now)
for a in gcc cppcheck scan; do
	start=$(now)
	# shellcheck disable=SC2086
	case $a in
	gcc) run_gcc $units ;;
	cppcheck) run_cppcheck $srcs ;;
	scan) run_scan $units ;;
	esac >"$tmp/$a.log"
	n=$(findings "$tmp/$a.log")
	case $a in
	gcc) name="gcc -fanalyzer" ;;
	scan) name=scan-build ;;
	*) name=$a ;;
	esac
	echo "analyze: $name: $n findings in $(($(now) - start)) s"
	if [ "$n" -ne 0 ] || [ -s "$tmp/$a.log" ]; then
		cat "$tmp/$a.log"
		status=1
	fi
done
echo "analyze: $(echo "$units" | wc -w | tr -d ' ') units in" \
    "$(($(now) - total)) s"
exit $status
