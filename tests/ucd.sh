# ucd.sh - sourced by run.sh, beside the other sections (the script takes
# seconds): src/base/ucd_table.h, the Unicode data hipacu reads, is what
# src/tool/ucd_table.sh makes of the UCD (Debian's unicode-data), when
# the machine has the version the table was made from.
ucd=/usr/share/unicode
table_version=$(sed -n 's/.*Character Database, version \([0-9.]*\):.*/\1/p' src/base/ucd_table.h)
if [ -r "$ucd/EastAsianWidth.txt" ] &&
    head -1 "$ucd/EastAsianWidth.txt" | grep -q "EastAsianWidth-$table_version\.txt"; then
	if sh src/tool/ucd_table.sh "$ucd" >"$out/ucd_table.h" &&
	    cmp -s "$out/ucd_table.h" src/base/ucd_table.h; then
		pass
	else
		fail "src/base/ucd_table.h is not what src/tool/ucd_table.sh makes of $ucd (diff $out/ucd_table.h src/base/ucd_table.h)"
	fi
else
	skip "ucd_table.h against the UCD $table_version (apt-get install unicode-data)"
fi
