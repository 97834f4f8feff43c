#!/bin/sh
# ucd_table.sh - distil src/base/ucd_table.h from the Unicode Character
# Database (Debian's unicode-data, /usr/share/unicode), at development time
# only: the table is committed, and the build reads it, never the UCD.
#
#   apt-get install unicode-data
#   sh src/tool/ucd_table.sh >src/base/ucd_table.h
#
# What it takes, and from where (each file as UAX #44 describes it, with
# its @missing defaults):
#
#   ucd_zero   no column: General_Category Mn, Me and Cf
#              (extracted/DerivedGeneralCategory.txt), but U+00AD SOFT
#              HYPHEN, which terminals draw as a hyphen (as glibc's
#              wcwidth does); and the conjoining Hangul vowels and finals,
#              Hangul_Syllable_Type V and T (HangulSyllableType.txt),
#              drawn inside the syllable they end
#   ucd_wide   two columns: East_Asian_Width W and F (EastAsianWidth.txt),
#              but what takes no column
#   ucd_break  the line-break classes of UAX #14 (LineBreak.txt) that a
#              break between two characters with no space needs, reduced
#              to the flags of ucd.h (UCD_IDEO, UCD_NO_BEFORE, ...)
#
# ucd.c searches each in halves, so each is a sorted list of ranges, the
# ranges of one kind that touch merged.
set -eu

ucd=${1:-/usr/share/unicode}
for f in EastAsianWidth.txt LineBreak.txt HangulSyllableType.txt \
	extracted/DerivedGeneralCategory.txt; do
	if [ ! -r "$ucd/$f" ]; then
		echo "ucd_table.sh: no $ucd/$f (apt-get install unicode-data)" >&2
		exit 1
	fi
done
version=$(sed -n 's/^# EastAsianWidth-\([0-9.]*\)\.txt.*/\1/p' \
	"$ucd/EastAsianWidth.txt")
for f in LineBreak HangulSyllableType extracted/DerivedGeneralCategory; do
	v=$(sed -n "s/^# ${f#extracted/}-\\([0-9.]*\\)\\.txt.*/\\1/p" "$ucd/$f.txt")
	if [ "$v" != "$version" ]; then
		echo "ucd_table.sh: $f.txt is $v, EastAsianWidth.txt $version" >&2
		exit 1
	fi
done

LC_ALL=C awk -v version="$version" '
function hex(h,    v, i) {
	v = 0
	h = toupper(h)
	for (i = 1; i <= length(h); i++)
		v = v * 16 + index("0123456789ABCDEF", substr(h, i, 1)) - 1
	return v
}
# The range and value of a data line (or of an @missing line): sets lo,
# hi and val; 0 for a comment or an empty line.
function parse(line,    r, n, part) {
	sub(/#.*/, "", line)
	gsub(/[ \t]/, "", line)
	if (line == "")
		return 0
	split(line, part, ";")
	n = split(part[1], r, "\\.\\.")
	lo = hex(r[1])
	hi = n == 2 ? hex(r[2]) : lo
	val = part[2]
	return 1
}
# The UAX #14 classes that matter between two characters with no space:
#   UCD_IDEO       a line may break before and after it (ideographs,
#                  Hangul syllables, emoji)
#   UCD_NO_BEFORE  never a break before it (closing punctuation, small
#                  kana, marks that attach to what comes before...)
#   UCD_NO_AFTER   never a break after it (opening punctuation, prefixes,
#                  glue)
#   UCD_ATTACH     it takes the class of the character before it (LB9)
#   UCD_AFTER      a break after it, always (ZERO WIDTH SPACE)
function flags(lb) {
	if (lb ~ /^(ID|EB|H2|H3)$/)
		return 1
	if (lb ~ /^(CM|ZWJ)$/)
		return lb == "ZWJ" ? 2 + 4 + 8 : 2 + 8
	if (lb ~ /^(QU|GL|WJ)$/)
		return 2 + 4
	if (lb == "ZW")
		return 2 + 16
	if (lb ~ /^(CL|CP|EX|IS|NS|CJ|SY|BA|HY|PO|IN|EM|JV|JT)$/)
		return 2
	if (lb ~ /^(OP|PR|BB|JL)$/)
		return 4
	return 0
}
# A line of a file: its value, where it is one hipacu keeps, over the
# range; an @missing line is read as data, as UAX #44 says it comes
# before the data that overrides it.
function take(kind, line,    cp, v) {
	sub(/^# @missing:/, "", line)
	if (!parse(line))
		return
	v = keep(kind, val)
	for (cp = lo; cp <= hi; cp++)
		if (v != 0)
			kept[kind, cp] = v
		else if ((kind, cp) in kept)
			delete kept[kind, cp]
}
function keep(kind, v) {
	if (kind == "ea")
		return v == "W" || v == "F"
	if (kind == "gc")
		return v == "Mn" || v == "Me" || v == "Cf"
	if (kind == "hst")
		return v == "V" || v == "T"
	return flags(v)
}
FILENAME ~ /EastAsianWidth/ { take("ea", $0); next }
FILENAME ~ /LineBreak/ { take("lb", $0); next }
FILENAME ~ /HangulSyllableType/ { take("hst", $0); next }
FILENAME ~ /DerivedGeneralCategory/ { take("gc", $0); next }
# One list: each range of code points of a kind that touch merged, in
# order; lists cut at three ranges a line.
function emit(name, kind,    cp, first, cur, prev, n, line, out, sep) {
	printf "static const struct ucd_%s ucd_%s[] = {\n",
	    kind == "break" ? "class" : "range", name
	n = 0
	line = "\t"
	prev = 0
	for (cp = 0; cp <= 1114112; cp++) {
		cur = cp < 1114112 && ((name, cp) in has) ? has[name, cp] : 0
		if (cur == prev)
			continue
		if (prev != 0) {
			if (kind == "break")
				out = sprintf("{ 0x%04X, 0x%04X, %d },", first, cp - 1, prev)
			else
				out = sprintf("{ 0x%04X, 0x%04X },", first, cp - 1)
			if (length(line) + length(out) + 8 > 80) {
				print line
				line = "\t"
			}
			line = line (line == "\t" ? "" : " ") out
			n++
		}
		first = cp
		prev = cur
	}
	if (line != "\t")
		print line
	print "};"
	count[name] = n
}
END {
	for (cp = 0; cp < 1114112; cp++) {
		if (((("gc", cp) in kept) && cp != 173) || (("hst", cp) in kept))
			has["zero", cp] = 1
		else if (("ea", cp) in kept)
			has["wide", cp] = 1
		if (("lb", cp) in kept)
			has["break_classes", cp] = kept["lb", cp]
	}
	print "/*"
	print " * ucd_table.h - made by src/tool/ucd_table.sh from the Unicode"
	print " * Character Database, version " version ": EastAsianWidth.txt,"
	print " * LineBreak.txt, HangulSyllableType.txt and"
	print " * extracted/DerivedGeneralCategory.txt.  Do not edit: run the script."
	print " *"
	print " * Copyright (c) 1991-2022 Unicode, Inc.  Distributed under the"
	print " * Unicode License v3, whose text is in LICENSE.  The data is reduced"
	print " * here to the ranges hipacu reads (what each list holds: ucd.h)."
	print " */"
	print ""
	emit("zero", "range")
	print ""
	emit("wide", "range")
	print ""
	emit("break_classes", "break")
}
' "$ucd/EastAsianWidth.txt" "$ucd/LineBreak.txt" "$ucd/HangulSyllableType.txt" \
	"$ucd/extracted/DerivedGeneralCategory.txt"
