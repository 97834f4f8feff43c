#!/bin/sh
# reproducible.sh - the build is reproducible: the tree copied to two
# paths of different lengths and built in each with the same
# SOURCE_DATE_EPOCH gives the same bytes, in the binary and in every file
# the build makes (objects, the embedder, the generated database), with
# the default flags and with CFLAGS="-g -O2", whose debug information
# names the build's directory unless the Makefile's PATHFLAGS maps it.
# Prints each build's checksum; exits 1 if any file differs.
#
#   sh tests/reproducible.sh      (CC, JOBS and SOURCE_DATE_EPOCH from the
#                                  environment; JOBS=2 make jobs)
set -u
cd "$(dirname "$0")/.." || exit 2

CC=${CC:-cc}
JOBS=${JOBS:-2}
# The day of the last commit, as a packager would give it.
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
	SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null) ||
		SOURCE_DATE_EPOCH=1
fi
export SOURCE_DATE_EPOCH

if command -v sha256sum >/dev/null 2>&1; then
	sha() { sha256sum "$@"; }
else
	sha() { shasum -a 256 "$@"; }
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hipacu-repro.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
one=$tmp/a
two=$tmp/a-tree-at-a-longer-path/hipacu

# copy DIR: the tree as git tracks it (with what is changed in it, not
# what is built in it); out of git, all of it, cleaned.
copy() {
	mkdir -p "$1"
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		git ls-files | while IFS= read -r f; do
			[ -f "$f" ] && printf '%s\n' "$f"
		done | tar -cf - -T - | (cd "$1" && tar -xf -)
	else
		tar -cf - . | (cd "$1" && tar -xf -) && (cd "$1" && make clean)
	fi >/dev/null
}

# build DIR NAME [CFLAGS]: make in DIR; DIR.NAME lists every file the build
# made with its sha256, sorted by name.
build() {
	(
		cd "$1" || exit 2
		find . -type f | sort >"$tmp/before"
		if [ $# -gt 2 ]; then
			make -j"$JOBS" CC="$CC" CFLAGS="$3" all
		else
			make -j"$JOBS" CC="$CC" all
		fi >"$tmp/make.log" 2>&1 || {
			cat "$tmp/make.log"
			echo "reproducible: make failed in $1"
			exit 2
		}
		find . -type f | sort >"$tmp/after"
		comm -13 "$tmp/before" "$tmp/after" | while IFS= read -r f; do
			sha "$f"
		done >"$1.$2"
		make clean >/dev/null 2>&1
	) || exit 2
}

copy "$one" || exit 2
copy "$two" || exit 2
status=0
for flags in default "-g -O2"; do
	if [ "$flags" = default ]; then
		name=default
		build "$one" "$name"
		build "$two" "$name"
	else
		name=debug
		build "$one" "$name" "$flags"
		build "$two" "$name" "$flags"
	fi
	n=$(wc -l <"$one.$name" | tr -d ' ')
	bin=$(sed -n 's|^\([0-9a-f]*\)  \./hipacu$|\1|p' "$one.$name")
	if [ "$n" -lt 2 ] || [ -z "$bin" ]; then
		echo "reproducible: $flags: the build made no hipacu"
		status=1
	elif cmp -s "$one.$name" "$two.$name"; then
		echo "reproducible: CFLAGS $flags: $n files identical from" \
		    "two paths; hipacu sha256 $bin"
	else
		echo "reproducible: CFLAGS $flags: builds from two paths differ:"
		diff "$one.$name" "$two.$name" | sed -n 's/^[<>] [0-9a-f]*  //p' |
		    sort -u | sed 's/^/  /'
		status=1
	fi
done
exit $status
