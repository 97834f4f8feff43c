/*
 * ucd.h - what hipacu reads of the Unicode Character Database: the
 * columns a character takes on a terminal, and where a line may break
 * between two characters with no space between them.  The data is
 * ucd_table.h, distilled by src/tool/ucd_table.sh.
 */
#ifndef HIPACU_UCD_H
#define HIPACU_UCD_H

#include <stdint.h>

/* A range of code points, first and last, of one kind. */
struct ucd_range {
	uint_least32_t first, last;
};

/* A range of code points of one line-break class (UCD_* flags). */
struct ucd_class {
	uint_least32_t first, last;
	unsigned char flags;
};

/* The UAX #14 classes that matter between two characters with no space,
 * reduced to what a line breaker asks of them. */
enum {
	UCD_IDEO = 1,		/* a break may come before and after it:
				 * ideographs, kana, Hangul syllables, emoji */
	UCD_NO_BEFORE = 2,	/* never before it: closing punctuation,
				 * small kana, combining marks */
	UCD_NO_AFTER = 4,	/* never after it: opening punctuation,
				 * prefixes, glue */
	UCD_ATTACH = 8,		/* it takes the class of what comes before */
	UCD_AFTER = 16		/* always a break after it: ZERO WIDTH SPACE */
};

/*
 * How many columns the code point cp takes on a terminal: 0 for
 * combining marks and format characters (General_Category Mn, Me, Cf,
 * but SOFT HYPHEN) and conjoining Hangul vowels and finals; 2 for East
 * Asian Wide and Fullwidth characters; else 1.  As wcwidth(3) in a UTF-8
 * locale, without the locale.
 */
int ucd_width(unsigned long cp);

/* The code point's line-break flags (UCD_*): 0 for most letters. */
int ucd_break(unsigned long cp);

/* May a line break between a character of flags before and one of flags
 * after, with no space between them? */
int ucd_may_break(int before, int after);

#endif
