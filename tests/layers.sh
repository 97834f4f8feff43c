# layers.sh - sourced by run.sh: the object files call only down.  For
# each src/*.o, the files that define the symbols it uses (nm -u); a cycle
# among them fails, and so does an object of the library (which never
# prints or exits) that needs the program's.  Skipped without nm or tsort.
if have nm && have tsort; then
	: >"$out/calls"
	for o in src/*.o; do
		nm -g --defined-only "$o" 2>/dev/null |
		    awk -v f="${o#src/}" 'NF == 3 { print $3, f }'
	done | sort >"$out/defined"
	for o in src/*.o; do
		nm -u "$o" 2>/dev/null | awk '{ print $NF }' | sort -u |
		    join - "$out/defined" | awk -v f="${o#src/}" '$2 != f { print f, $2 }'
	done | sort -u >"$out/calls"
	if tsort "$out/calls" >/dev/null 2>"$out/tsort.err" && [ ! -s "$out/tsort.err" ]; then
		pass
	else
		fail "the object files call each other in a cycle: $(tr '\n' ' ' <"$out/tsort.err")"
	fi
	# The library: what the fuzz target and unit tests link alone.
	lib="db.o figure.o file.o html.o json.o lookup.o markdown.o mem.o rec.o"
	lib="$lib render.o search.o text.o words.o"
	up=$(for f in $lib; do grep "^$f " "$out/calls"; done |
	    awk -v lib=" $lib " 'index(lib, " " $2 " ") == 0')
	if [ -z "$up" ]; then pass; else fail "the library calls up into the program: $up"; fi
else
	skip "layers: nm or tsort is not installed"
fi
