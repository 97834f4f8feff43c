/* units.c - the units of a question (internal.h): which take part, which
 * words count for them, which an entry holds.  Every stage asks these. */
#include <string.h>

#include "internal.h"

int
unit_active(const struct search_result *res, size_t u)
{
	size_t i;

	if (!res->units[u].stop)
		return 1;
	for (i = 0; i < res->nunits; i++)
		if (!res->units[i].stop)
			return 0;
	return 1;
}

int
sought_active(const struct search_result *res, size_t k)
{
	return unit_active(res, res->sought[k].unit);
}

/*
 * Word w of a text counts for searched word k when their stems agree, and
 * a stopword of the text counts only for a stopword: "shoulder" and
 * "should" share a stem, but "should" says nothing about a shoulder.
 */
int
sought_matches(const struct search_result *res, size_t k, const struct word *w)
{
	return same_stem(&res->sought[k].word, w) &&
	    (res->units[res->sought[k].unit].stop || !word_is_stop(w->fold, w->foldlen));
}

int
search_matches(const struct search_result *res, const struct word *w)
{
	size_t k;

	for (k = 0; k < res->nsought; k++)
		if (sought_active(res, k) && sought_matches(res, k, w))
			return 1;
	return 0;
}

/*
 * The units held, a bit each, from the searched words present (a bit per
 * sought[] index): a unit is held by its own word, or by every word of what
 * a Term makes it mean.  "trochanteric bursitis" means "hip bursitis": an
 * entry that holds only "hip" does not hold it.
 */
unsigned long
units_of(const struct search_result *res, unsigned long present)
{
	unsigned long held = 0, all[SEARCH_MAX_WORDS], any[SEARCH_MAX_WORDS];
	size_t k, u;

	for (u = 0; u < res->nunits; u++)
		all[u] = any[u] = 0;
	for (k = 0; k < res->nsought; k++) {
		u = res->sought[k].unit;
		if (k == res->units[u].own) {
			if (present & 1UL << k)
				held |= 1UL << u;
			continue;
		}
		any[u] = 1;
		all[u] += !(present & 1UL << k);
	}
	for (u = 0; u < res->nunits; u++)
		if (any[u] && all[u] == 0)
			held |= 1UL << u;
	return held;
}

unsigned long
units_held(const struct search_result *res, const struct tally *t)
{
	return units_held_in(res, t, (1U << NFIELDS) - 1);
}

unsigned long
units_held_in(const struct search_result *res, const struct tally *t,
    unsigned fields)
{
	unsigned long present = 0;
	size_t k;
	int f;

	for (k = 0; k < res->nsought; k++)
		for (f = 0; f < NFIELDS; f++)
			if ((fields & 1U << f) && t->tf[k][f]) {
				present |= 1UL << k;
				break;
			}
	return units_of(res, present);
}

/* The units of the question a naming value holds (a Term's through what
 * it means), a bit each; pointers never count. */
unsigned long
units_in(const struct search_result *res, struct span value)
{
	unsigned long present = 0, in;
	struct word w;
	size_t pos = 0, k, u;

	/* A naming value is one line, already decoded: no scratch needed. */
	while (word_next(value, &pos, &w))
		for (k = 0; k < res->nsought; k++)
			if (sought_active(res, k) && sought_matches(res, k, &w))
				present |= 1UL << k;
	in = units_of(res, present);
	for (u = 0; u < res->nunits; u++)
		if (res->units[u].stop || res->units[u].pointer)
			in &= ~(1UL << u);
	return in;
}
