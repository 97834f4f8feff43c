/* judge.c - how sure each hit is: the words it holds surely, the words no
 * entry holds, and from them the level of the answer (search.h). */
#include <string.h>

#include "internal.h"

/* How many of the first hits have their sentences read to judge them. */
#define SEARCH_JUDGED 10

/* The units of the question a naming value holds (a Term's through what
 * it means), a bit each; pointers never count. */
static unsigned long
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

/* Is unit u a word of the question that counts (not a stopword, nor a
 * pointer), and does it tell entries apart (held by at most half)? */
static int
unit_counts(const struct search_result *res, size_t u)
{
	return unit_active(res, u) && !res->units[u].stop &&
	    !res->units[u].pointer;
}

static int
unit_telling(const struct db *db, const struct search_result *res, size_t u)
{
	return res->units[u].df * 2 <= db->nentries;
}

/* The question's telling words (see units_strong), or all its words
 * when none tells entries apart. */
static unsigned long
telling_units(const struct db *db, const struct search_result *res)
{
	unsigned long asked = 0, telling = 0;
	size_t u;

	for (u = 0; u < res->nunits; u++)
		if (unit_counts(res, u)) {
			asked |= 1UL << u;
			if (unit_telling(db, res, u))
				telling |= 1UL << u;
		}
	return telling ? telling : asked;
}

/* Are the units one phrase a Term gives a meaning of several words ("my
 * hip hurts": "hip pain")?  A name that holds them all names the
 * question, as two words of it would. */
static int
one_phrase(const struct search_result *res, unsigned long in)
{
	size_t u;

	for (u = 0; u < res->nunits; u++)
		if (in == 1UL << u)
			return res->units[u].phrase;
	return 0;
}

/*
 * Is a question of one telling word the entry's question in other words:
 * do two or more of all its words, and more than half, stopwords
 * included, stand in it?  "will it hurt" and "Will the needles hurt?",
 * but not "what should i wear" and "Is osteoarthritis wear and tear of
 * the cartilage?".
 */
static int
asks_alike(const struct search_result *res, struct span ask)
{
	struct word w;
	size_t i, pos, shared = 0;

	for (i = 0; i < res->nwords; i++)
		for (pos = 0; word_next(ask, &pos, &w);)
			if (same_stem(&w, &res->words[i])) {
				shared++;
				break;
			}
	return shared >= 2 && shared * 2 > res->nwords;
}

/*
 * The units an entry holds surely.  A telling word (held by at most half
 * the entries) that is no common English word ("dizzy", "bursitis"),
 * wherever it is.  And the words of one of its names, aliases, keywords
 * or questions that holds two or more of the question's telling words,
 * and more than half of them: the question is then one the entry names
 * ("how long is a session", "needles scary does it hurt" and "Will the
 * needles hurt?"), whatever its words.  Words most entries hold
 * ("acupuncture", "hip") count there only when the question has no
 * other ("hip pain").  A question of one telling word is sure when one of
 * the entry's questions holds it and most of its other words ("will it
 * hurt").  Else a common word
 * meets a text by luck ("what should i wear" and the keyword "cartilage
 * wear"; "is acupuncture safe when pregnant" and "Is acupuncture safe?").
 */
unsigned long
judge_strong(const struct db *db, const struct search_result *res,
    const struct record *e, const struct tally *t, int *in_one_name)
{
	unsigned long strong = 0, telling = 0, asked, held, in;
	size_t u, i;
	int f, one;

	for (u = 0; u < res->nunits; u++)
		if (unit_counts(res, u) && unit_telling(db, res, u))
			telling |= 1UL << u;
	held = units_held(res, t);
	for (u = 0; u < res->nunits; u++)
		if ((held & telling & 1UL << u) && !res->units[u].common)
			strong |= 1UL << u;
	one = bits(telling) == 1;	/* one telling word, not a general one */
	telling = telling_units(db, res);	/* "hip pain": all general */
	*in_one_name = 0;
	for (u = 0, asked = 0; u < res->nunits; u++)
		if (unit_counts(res, u))
			asked |= 1UL << u;
	/* No name can hold what the entry does not: most hits of a long
	 * database hold one word, and reading their names would cost. */
	if (bits(held & telling) < 2 && !((one || one_phrase(res, telling)) &&
	    (held & telling & ~strong)) &&
	    (bits(asked) < 2 || (held & asked) != asked))
		return strong;
	for (f = FIELD_NAME; NAMING_FIELD(f); f++)
		for (i = 0; i < db_field_count(e, f); i++) {
			if (f == FIELD_NAME && i == 0)
				continue;	/* the id: the title says it */
			in = units_in(res, db_field(db, e, f, i));
			if (bits(asked) >= 2 && (in & asked) == asked)
				*in_one_name = 1;
			in &= telling;
			if ((bits(in) >= 2 && bits(in) * 2 > bits(telling)) ||
			    (in == telling && one_phrase(res, in)) ||
			    (f == FIELD_ASK && in != 0 && one &&
			    asks_alike(res, db_field(db, e, f, i))))
				strong |= in;
		}
	return strong;
}

/* Is unit u's word an earlier missing unit's?  Each is named once. */
static int
named_before(const struct search_result *res, size_t u)
{
	const struct word *w = &res->words[res->units[u].at];
	size_t k;

	for (k = 0; k < u; k++)
		if (res->units[k].missing &&
		    strcmp(res->words[res->units[k].at].fold, w->fold) == 0)
			return 1;
	return 0;
}

/*
 * Name the meaningful units that no entry holds.  If some are, and every
 * unit that was found is held by more than half of the entries ("hip",
 * "acupuncture"), the results would rank entries by words that tell them
 * apart from nothing: the question is not covered.
 */
void
judge_missing(const struct db *db, struct search_result *res)
{
	size_t u;
	int specific = 0;

	res->nmissing = 0;
	for (u = 0; u < res->nunits; u++) {
		struct search_unit *un = &res->units[u];

		un->missing = unit_active(res, u) && !un->stop && un->df == 0 &&
		    !named_before(res, u);
		res->nmissing += (size_t)un->missing;
		if (unit_active(res, u) && un->df > 0 && un->df * 2 <= db->nentries)
			specific = 1;
	}
	if (res->nmissing > 0 && !specific)
		res->n = 0;
}

/*
 * The question's telling words, when one sentence of the entry's summary
 * or body holds them all (two or more): that sentence answers the
 * question ("how often should i go each week" and "often once or twice
 * weekly"), common words or not.  A sentence that holds only some of
 * them may be about something else ("what foods reduce inflammation").
 */
static unsigned long
sentence_strong(const struct db *db, const struct search_result *res,
    const struct record *e)
{
	unsigned long telling = telling_units(db, res);
	struct span text, s;
	size_t pos;
	int part;

	if (bits(telling) < 2)
		return 0;
	for (part = 0; part < 2; part++) {
		text = part == 0 ? e->summary : db_text(e->body, res->scratch);
		for (pos = 0; sentence_next(text, &pos, &s);)
			if ((units_in(res, s) & telling) == telling)
				return telling;
	}
	return 0;
}

/*
 * How sure each hit is (see enum search_level): surely held units, and
 * no more missing than those.  A missing word that is no English word
 * ("warfarin") always carries meaning the answer lacks.  The missing
 * words are said to the person only when the first answer is not sure:
 * a sure answer does not need "scary".
 */
void
judge_answers(const struct db *db, struct search_result *res)
{
	size_t i, u, unknown = 0;

	for (u = 0; u < res->nunits; u++)
		unknown += res->units[u].missing && res->units[u].unknown;
	for (i = 0; i < res->n; i++) {
		struct search_hit *h = &res->hits[i];
		size_t sure;

		/* Reading sentences costs: only for the results shown. */
		if (i < SEARCH_JUDGED)
			h->strong |= sentence_strong(db, res,
			    &db->entries[h->entry]);
		sure = bits(h->strong);

		h->level = sure == 0 || unknown > 0 || res->nmissing >= sure ?
		    SEARCH_CLOSEST : SEARCH_ANSWERED;
	}
	judge_query(res);
}

/* The query's level is its first hit's; the words named and the pointers
 * said follow from it. */
void
judge_query(struct search_result *res)
{
	size_t u;

	res->level = res->n == 0 ? SEARCH_NOT_COVERED : res->hits[0].level;
	res->nsaid = res->npointers = 0;
	for (u = 0; u < res->nunits; u++) {
		struct search_unit *un = &res->units[u];

		un->said = un->missing && res->level != SEARCH_ANSWERED;
		res->nsaid += (size_t)un->said;
		res->npointers += un->pointer && un->df > 0 && res->n > 0;
	}
}
