/* ucd.c - columns and line-break classes from the Unicode data (ucd.h). */
#include <stddef.h>

#include "ucd.h"
#include "ucd_table.h"

#define NITEMS(a) (sizeof (a) / sizeof (a)[0])

/* Is cp in one of the n sorted ranges of r?  Halves them. */
static int
in_ranges(unsigned long cp, const struct ucd_range *r, size_t n)
{
	size_t lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cp < r[mid].first)
			hi = mid;
		else if (cp > r[mid].last)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

int
ucd_width(unsigned long cp)
{
	if (in_ranges(cp, ucd_zero, NITEMS(ucd_zero)))
		return 0;
	return in_ranges(cp, ucd_wide, NITEMS(ucd_wide)) ? 2 : 1;
}

int
ucd_break(unsigned long cp)
{
	const struct ucd_class *r = ucd_break_classes;
	size_t lo = 0, hi = NITEMS(ucd_break_classes), mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cp < r[mid].first)
			hi = mid;
		else if (cp > r[mid].last)
			lo = mid + 1;
		else
			return r[mid].flags;
	}
	return 0;
}

int
ucd_may_break(int before, int after)
{
	if (after & UCD_NO_BEFORE)
		return 0;
	if (before & UCD_AFTER)
		return 1;
	if (before & UCD_NO_AFTER)
		return 0;
	return (before | after) & UCD_IDEO;
}
