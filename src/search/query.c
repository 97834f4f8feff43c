/* query.c - reading the question: its words, grouped into units (a word,
 * or a phrase a Term names), each with the words searched for it. */
#include <string.h>

#include "internal.h"

/* A word a Term gives as a meaning counts for less than a word typed:
 * the person did not say it. */
#define MEANING_WEIGHT 0.6

/* Add a word to search for unit u, once; a full list drops it. */
static void
add_sought(struct search_result *res, const struct word *w, size_t u,
    double weight)
{
	size_t k;

	for (k = 0; k < res->nsought; k++)
		if (res->sought[k].unit == u && same_stem(&res->sought[k].word, w))
			return;
	if (res->nsought == SEARCH_MAX_SOUGHT)
		return;
	res->sought[res->nsought].word = *w;
	res->sought[res->nsought].unit = u;
	res->sought[res->nsought].weight = weight;
	res->nsought++;
}

/* How many query words from at on a Word of Term t matches, or 0. */
static size_t
term_record_match(const struct db *db, const struct record *t,
    const struct search_result *res, size_t at)
{
	struct word w;
	size_t i, k, pos, best = 0;

	for (i = 0; i < t->words.count; i++) {
		struct span v = db_value(db, t->words, i);
		int whole = 1;

		for (pos = 0, k = at; whole && word_next(v, &pos, &w); k++)
			whole = k < res->nwords && same_stem(&w, &res->words[k]);
		if (whole && k > at && k - at > best)
			best = k - at;
	}
	return best;
}

/* The Term whose Word matches the most query words from at on, or -1. */
static long
term_record_at(const struct db *db, const struct search_result *res, size_t at,
    size_t *len)
{
	size_t i, n;
	long best = -1;

	*len = 0;
	for (i = 0; i < db->nterms; i++)
		if ((n = term_record_match(db, &db->terms[i], res, at)) > *len) {
			*len = n;
			best = (long)i;
		}
	/* A stopword alone is no term: "can" means nothing here. */
	if (*len == 1 && word_is_stop(res->words[at].fold, res->words[at].foldlen))
		return -1;
	return best;
}

/* Is the word on a list of one word a line (empty: no list)? */
static int
listed(struct span list, const struct word *w)
{
	return list.len > 0 && word_in_list(list, w->fold, w->foldlen);
}

/* ... or its stem: "calming" is as common as "calm", and a list may lack
 * an ending. */
static int
listed_as(struct span list, const struct word *w)
{
	struct word stem = *w;

	memcpy(stem.fold, w->stem, w->stemlen + 1);
	stem.foldlen = w->stemlen;
	return listed(list, w) || listed(list, &stem);
}

void
query_judge_word(const struct english_words *known, struct search_unit *u,
    const struct word *w)
{
	u->common = !u->phrase && listed_as(known->common, w);
	u->unknown = !u->phrase && known->english.len > 0 &&
	    !u->common && !listed(known->english, w);
	u->health = !u->phrase && listed_as(known->health, w);
	u->circumstance = !u->phrase && !u->health &&
	    listed_as(known->circumstance, w);
}

/* Is there a unit already of the n words from at, word for word? */
static int
unit_said_before(const struct search_result *res, size_t at, size_t n)
{
	size_t u, i;

	for (u = 0; u < res->nunits; u++) {
		const struct search_unit *un = &res->units[u];

		if (un->nwords != n)
			continue;
		for (i = 0; i < n && strcmp(res->words[un->at + i].fold,
		    res->words[at + i].fold) == 0; i++)
			;
		if (i == n)
			return 1;
	}
	return 0;
}

/*
 * Group the query words into units: a phrase a Term names is one unit
 * that searches only what it means ("blood thinners" is not about blood
 * flow); a word a Term names searches itself and what it means.
 */
static void
read_units(const struct db *db, const struct english_words *known,
    struct search_result *res)
{
	struct search_unit *u;
	struct word w;
	size_t at = 0, len, pos;
	long t;

	while (at < res->nwords) {
		/* A word said again is one unit: "dizzy dizzy dizzy" asks
		 * what "dizzy" does, and costs what it costs. */
		t = term_record_at(db, res, at, &len);
		if (unit_said_before(res, at, t >= 0 ? len : 1)) {
			at += t >= 0 ? len : 1;
			continue;
		}
		u = &res->units[res->nunits];
		memset(u, 0, sizeof *u);
		u->raw = res->words[at].raw;
		u->at = at;
		u->own = NO_WORD;
		u->nwords = t >= 0 ? len : 1;
		u->phrase = u->nwords > 1;
		u->mapped = t >= 0;
		u->term_record = t;
		u->pointer = t >= 0 && db->terms[t].means.p == NULL;
		query_judge_word(known, u, &res->words[at]);
		u->stop = !u->phrase && word_is_stop(res->words[at].fold,
		    res->words[at].foldlen);
		if (!u->phrase) {
			u->own = res->nsought;
			add_sought(res, &res->words[at], res->nunits, 1.0);
			if (u->own == res->nsought)
				u->own = NO_WORD;
		}
		/* A phrase is searched only as what it means: that is what
		 * the person typed, so it weighs as a word typed does. */
		/* Its stopwords ("may be contraindications") mean nothing
		 * alone, and an entry must hold every other word of it. */
		for (pos = 0; t >= 0 &&
		    word_next(db_term_target(&db->terms[t]), &pos, &w);)
			if (!word_is_stop(w.fold, w.foldlen)) {
				add_sought(res, &w, res->nunits,
				    u->phrase ? 1.0 : MEANING_WEIGHT);
				/* "my hip hurts" is of health as "hip pain" is. */
				u->health |= u->phrase && !u->pointer &&
				    listed_as(known->health, &w);
			}
		res->nunits++;
		at += u->nwords;
	}
}

void
query_read(const struct db *db, const struct english_words *known,
    const struct span *args, size_t nargs, struct search_result *res)
{
	struct word w;
	size_t a, pos;

	for (a = 0; a < nargs; a++) {
		pos = 0;
		while (word_next(args[a], &pos, &w)) {
			if (res->nwords == SEARCH_MAX_WORDS)
				res->dropped++;
			else
				res->words[res->nwords++] = w;
		}
	}
	if (res->nwords > 0)
		read_units(db, known, res);
}
