# layers.sh - sourced by run.sh: the house keeps its floors.  The folders
# of src/ are layers, in the order the Makefile's LAYERS line gives (the
# one list); a folder includes and calls only itself and the folders
# before it.  Checked from the sources (#include "../FOLDER/x.h") and the
# objects (nm: who defines what another uses), on this tree and on a copy
# with a planted fault, which must be caught.  Also: no cycle among the
# objects, no renderer refers to a search symbol, no object holds a
# static of 4 KiB or more, no source over 600 lines.

layers=$(sed -n 's/^LAYERS = //p' Makefile)

# check_layers ROOT: one line per fault in ROOT/src, then "checked N M"
# (sources and objects read).  Finding no source or no object is a fault.
check_layers() {
	root=$1 work=$out/layers.work
	mkdir -p "$work"
	rank=0 ranks=
	for l in $layers; do
		rank=$((rank + 1))
		ranks="$ranks $l=$rank"
	done
	# Every source is in a layer folder.
	for f in "$root"/src/*.c "$root"/src/*.h; do
		[ -f "$f" ] && echo "${f#"$root"/} is in no layer folder"
	done
	for d in "$root"/src/*/; do
		[ -d "$d" ] || continue
		d=${d%/}
		d=${d##*/}
		case " $layers " in
		*" $d "*) ;;
		*) echo "src/$d is not a layer of the Makefile's LAYERS" ;;
		esac
	done
	# Includes: "../FOLDER/x.h" from a folder of a lower floor is an arrow up.
	nsrc=0
	for l in $layers; do
		for f in "$root/src/$l"/*.[ch]; do
			[ -f "$f" ] || continue
			nsrc=$((nsrc + 1))
			sed -n 's|^#include "\.\./\([a-z]*\)/.*|\1|p' "$f" |
			    sed "s|^|${f#"$root"/} $l |"
		done
	done >"$work/includes"
	awk -v ranks="$ranks" '
		BEGIN { n = split(ranks, r, " "); for (i = 1; i <= n; i++) { split(r[i], kv, "="); rank[kv[1]] = kv[2] } }
		!($3 in rank) { print $1 " includes from src/" $3 ", no layer"; next }
		rank[$3] > rank[$2] { print $1 " includes from src/" $3 ", a higher floor" }
	' "$work/includes"
	# Calls: the objects' symbols, who defines them, who uses them.
	nobj=0
	: >"$work/defined"
	: >"$work/undefined"
	for l in $layers; do
		for o in "$root/src/$l"/*.o; do
			[ -f "$o" ] || continue
			nobj=$((nobj + 1))
			nm -g --defined-only "$o" 2>/dev/null |
			    awk -v o="$l/${o##*/}" 'NF >= 3 { print o, $NF }' >>"$work/defined"
			nm -u "$o" 2>/dev/null |
			    awk -v o="$l/${o##*/}" '{ print o, $NF }' >>"$work/undefined"
		done
	done
	awk -v ranks="$ranks" '
		BEGIN { n = split(ranks, r, " "); for (i = 1; i <= n; i++) { split(r[i], kv, "="); rank[kv[1]] = kv[2] } }
		FILENAME ~ /defined$/ && FILENAME !~ /undefined$/ { def[$2] = $1; next }
		($2 in def) && def[$2] != $1 {
			print $1, def[$2] > (w "/calls")
			split($1, a, "/"); split(def[$2], b, "/")
			if (rank[b[1]] > rank[a[1]])
				print $1 " calls " $2 " of " def[$2] ", a higher floor"
		}
	' w="$work" "$work/defined" "$work/undefined"
	[ -f "$work/calls" ] || : >"$work/calls"
	sort -u "$work/calls" -o "$work/calls"
	if ! tsort "$work/calls" >/dev/null 2>"$work/tsort.err" || [ -s "$work/tsort.err" ]; then
		echo "the objects call each other in a cycle: $(grep -v 'input contains a loop' "$work/tsort.err" | sed 's/^tsort: //' | tr '\n' ' ')"
	fi
	# A renderer only walks the document: no search symbol in it.
	awk '$1 ~ /^search\// { print $2 }' "$work/defined" |
	    LC_ALL=C sort -u >"$work/search.syms"
	awk '$1 ~ /^doc\/format_/ || $1 ~ /^cli\/browse/ { print $1, $2 }' "$work/undefined" |
	    LC_ALL=C sort -k2,2 | LC_ALL=C join -1 2 -2 1 - "$work/search.syms" |
	    awk '{ print $2 " calls " $1 ", a search symbol: a renderer only walks the document" }'
	# No hidden state: no static of 4 KiB or more but the database compiled
	# in (data, not a buffer).
	for l in $layers; do
		for o in "$root/src/$l"/*.o; do
			[ -f "$o" ] && [ "${o##*/}" != embedded.o ] || continue
			nm -S "$o" 2>/dev/null | awk -v o="$l/${o##*/}" '
				function hex(h,    v, i) {
					v = 0; h = tolower(h)
					for (i = 1; i <= length(h); i++)
						v = v * 16 + index("0123456789abcdef", substr(h, i, 1)) - 1
					return v
				}
				NF == 4 && $3 ~ /^[bBdD]$/ && hex($2) >= 4096 {
					print o " holds " $4 ", a static of " hex($2) " bytes" }'
		done
	done
	# One screen of code to a function, one job to a file.
	for l in $layers; do
		for f in "$root/src/$l"/*.[ch]; do
			[ -f "$f" ] && [ "${f##*/}" != embedded.c ] || continue
			n=$(wc -l <"$f")
			[ "$n" -le 600 ] || echo "${f#"$root"/} has $n lines, more than 600"
		done
	done
	# One of each: the advice sentence, the body places and the escape
	# codes are each written once in the code.
	for once in 'Consult a medical doctor' '"lower-back"' '\\033\[1m' \
	    '\\033\[2m' '\\033\[0m' '"out of memory"'; do
		n=$(cat "$root"/src/*/*.[ch] 2>/dev/null | grep -c "$once")
		[ "$n" -le 1 ] || echo "$once is written $n times in src/, not once"
	done
	[ "$nsrc" -gt 0 ] || echo "found no source in the layer folders"
	[ "$nobj" -gt 0 ] || echo "found no object in the layer folders"
	echo "checked $nsrc $nobj"
}

if have nm && have tsort && have join; then
	check_layers "$top" >"$out/layers.log"
	faults=$(grep -v '^checked ' "$out/layers.log")
	set -- $(sed -n 's/^checked //p' "$out/layers.log")
	if [ -z "$layers" ]; then
		fail "layers: the Makefile has no LAYERS line"
	elif [ -z "$faults" ] && [ "${1:-0}" -gt 50 ] && [ "${2:-0}" -gt 30 ]; then
		pass
	else
		fail "layers ($1 sources, $2 objects checked):
$faults"
	fi
	echo "layers: $layers; ${1:-0} sources and ${2:-0} objects checked"

	# The check must catch what it is for: a copy of the tree with a base
	# file that includes from cli and calls cmd_run, and a search symbol
	# called from a renderer.
	plant=$out/layers.plant
	rm -rf "$plant"
	mkdir -p "$plant/src"
	for l in $layers; do
		mkdir -p "$plant/src/$l"
		cp src/"$l"/*.[cho] "$plant/src/$l/" 2>/dev/null
	done
	printf '#include "../cli/ctx.h"\nint cmd_run(void);\nint planted(void) { return cmd_run(); }\n' \
	    >"$plant/src/base/planted.c"
	printf 'struct span;\nint search_run(void);\nint format_planted(void) { return search_run(); }\n' \
	    >"$plant/src/doc/format_planted.c"
	${CC:-cc} -c -o "$plant/src/base/planted.o" "$plant/src/base/planted.c" 2>/dev/null
	${CC:-cc} -c -o "$plant/src/doc/format_planted.o" "$plant/src/doc/format_planted.c" 2>/dev/null
	check_layers "$plant" >"$out/layers-plant.log"
	if grep -q '^src/base/planted.c includes from src/cli, a higher floor$' "$out/layers-plant.log" &&
	    grep -q '^base/planted.o calls cmd_run of cli/cmd.o, a higher floor$' "$out/layers-plant.log" &&
	    grep -q '^doc/format_planted.o calls search_run, a search symbol' "$out/layers-plant.log"; then
		pass
	else
		fail "layers: a planted include and calls up were not all caught: see $out/layers-plant.log"
	fi
	# And a tree with nothing in it is no pass.
	rm -rf "$plant"
	mkdir -p "$plant/src"
	check_layers "$plant" >"$out/layers-empty.log"
	if grep -q '^found no source' "$out/layers-empty.log" &&
	    grep -q '^found no object' "$out/layers-empty.log"; then
		pass
	else
		fail "layers: an empty tree was not a fault: see $out/layers-empty.log"
	fi
	rm -rf "$plant"
else
	skip "layers: nm, tsort or join is not installed"
	skip "layers: planted faults"
	skip "layers: an empty tree"
fi
