# layers.sh - sourced by run.sh: the object files call only down.  For
# each src/*/*.o, the files that define the symbols it uses (nm -u); a cycle
# among them fails, and so does an object of the library (which never
# prints or exits) that needs the program's.  Skipped without nm or tsort.
if have nm && have tsort; then
	# Two nm runs for all the objects ("src/x.o: ... T name" lines), one
	# awk: who defines each symbol, then who uses what another defines.
	nm -A -g --defined-only src/*/*.o 2>/dev/null >"$out/defined"
	nm -A -u src/*/*.o 2>/dev/null >"$out/undefined"
	awk '
		{ f = $1; sub(/:.*/, "", f); sub(/^src\//, "", f); sym = $NF }
		FILENAME ~ /defined$/ && FILENAME !~ /undefined$/ { if (NF >= 3) def[sym] = f; next }
		(sym in def) && def[sym] != f { print f, def[sym] }
	' "$out/defined" "$out/undefined" | sort -u >"$out/calls"
	if tsort "$out/calls" >/dev/null 2>"$out/tsort.err" && [ ! -s "$out/tsort.err" ]; then
		pass
	else
		fail "the object files call each other in a cycle: $(tr '\n' ' ' <"$out/tsort.err")"
	fi
	# The library: what the fuzz target and unit tests link alone; every
	# object but the program's (and the build's embed.o).
	program=" main.o cmd.o show.o ctx.o terminal.o msg.o browse.o screen.o embedded.o embed.o "
	lib=$(cd src && for f in *.o; do
		case $program in *" $f "*) ;; *) printf '%s ' "$f" ;; esac
	done)
	up=$(for f in $lib; do grep "^$f " "$out/calls"; done |
	    awk -v lib=" $lib " 'index(lib, " " $2 " ") == 0')
	if [ -z "$up" ]; then pass; else fail "the library calls up into the program: $up"; fi
	# No hidden state: the library keeps no static buffer of 4 KiB or more
	# (a caller owns its scratch).
	# shellcheck disable=SC2086
	big=$(cd src && nm -A -S $lib 2>/dev/null | awk '
		function hex(h,    v, i) {
			v = 0; h = tolower(h)
			for (i = 1; i <= length(h); i++)
				v = v * 16 + index("0123456789abcdef", substr(h, i, 1)) - 1
			return v
		}
		NF == 4 && $3 ~ /^[bBdD]$/ && hex($2) >= 4096 {
			print substr($1, 1, index($1, ":") - 1) ": " $4 }')
	if [ -z "$big" ]; then pass; else fail "static buffers of 4 KiB or more in the library: $big"; fi
else
	skip "layers: nm or tsort is not installed"
fi
