/* search.c - ranked full-text search over the entries (BM25F). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lookup.h"
#include "../base/mem.h"
#include "scan.h"
#include "search.h"

/*
 * The weights of the fields (FIELD_* of db.h): a word in the title, an
 * alias or a question the entry answers says more about it than one in
 * the body.
 */
static const double field_weight[NFIELDS] = { 3.0, 3.0, 2.0, 3.0, 1.5, 1.0 };

/* A common English word met only in running text ("sit", "wear") may be
 * there by luck, in another sense than the person's: it counts for less. */
#define COMMON_TEXT_WEIGHT 0.5

/* The fields that name what an entry is about, rather than tell it. */
#define NAMING_FIELD(f) ((f) <= FIELD_ASK)

/* The fields in sentences, where a common word may be there by luck: a
 * question it answers is a sentence too. */
#define RUNNING_FIELD(f) ((f) >= FIELD_ASK)

/* BM25's usual constants: term frequency saturation and length weight. */
#define K1 1.2
#define B 0.75

/* A word a Term gives as a meaning counts for less than a word typed:
 * the person did not say it. */
#define MEANING_WEIGHT 0.6

#define NO_WORD ((size_t)-1)

/* How many of the first hits have their sentences read to judge them. */
#define SEARCH_JUDGED 10

/* How often each searched word occurs in each field of one entry. */
struct tally {
	unsigned short tf[SEARCH_MAX_SOUGHT][NFIELDS];
	int any;			/* some searched word occurs */
};

struct pending {
	size_t entry;
	struct tally t;
};

static int
same_stem(const struct word *a, const struct word *b)
{
	return a->stemlen == b->stemlen && memcmp(a->stem, b->stem, a->stemlen) == 0;
}

/* Units that take part: all but stopwords, unless there is nothing else. */
static int
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

static int
sought_active(const struct search_result *res, size_t k)
{
	return unit_active(res, res->sought[k].unit);
}

/*
 * Does word w of a text count for searched word k?  Their stems agree, and
 * a stopword of the text counts only for a stopword: "shoulder" and
 * "should" share a stem, but "should" says nothing about a shoulder.
 */
static int
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


/* --- reading the query ---------------------------------------------------- */

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

/* How much a word typed says: common in English, or no English word. */
static void
judge_word(const struct english_words *known, struct search_unit *u,
    const struct word *w)
{
	struct word stem = *w;

	/* "calming" is as common as "calm": the list may lack an ending. */
	memcpy(stem.fold, w->stem, w->stemlen + 1);
	stem.foldlen = w->stemlen;
	u->common = !u->phrase && (listed(known->common, w) ||
	    listed(known->common, &stem));
	u->unknown = !u->phrase && known->english.len > 0 &&
	    !u->common && !listed(known->english, w);
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
		u = &res->units[res->nunits];
		memset(u, 0, sizeof *u);
		u->raw = res->words[at].raw;
		u->at = at;
		u->own = NO_WORD;
		t = term_record_at(db, res, at, &len);
		u->nwords = t >= 0 ? len : 1;
		u->phrase = u->nwords > 1;
		u->mapped = t >= 0;
		u->term_record = t;
		u->pointer = t >= 0 && db->terms[t].means.p == NULL;
		judge_word(known, u, &res->words[at]);
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
			if (!word_is_stop(w.fold, w.foldlen))
				add_sought(res, &w, res->nunits,
				    u->phrase ? 1.0 : MEANING_WEIGHT);
		res->nunits++;
		at += u->nwords;
	}
}

/* --- ranking -------------------------------------------------------------- */

static void
tally_entry(const struct db *db, const struct record *e,
    const struct search_result *res, const int *active, struct tally *t)
{
	struct span v;
	struct word w;
	size_t i, k, pos;
	int f;

	memset(t, 0, sizeof *t);
	for (f = 0; f < NFIELDS; f++) {
		for (i = 0; i < db_field_count(e, f); i++) {
			v = db_text(db_field(db, e, f, i), res->scratch);
			pos = 0;
			while (word_next(v, &pos, &w)) {
				for (k = 0; k < res->nsought; k++)
					if (active[k] && sought_matches(res, k, &w) &&
					    t->tf[k][f] < 0xffff) {
						t->tf[k][f]++;
						t->any = 1;
					}
			}
		}
	}
}

/* Is value, word for word, the whole query (stopwords included)? */
static int
is_whole_query(const struct search_result *res, struct span value)
{
	struct word w;
	size_t pos = 0, k = 0;

	while (word_next(value, &pos, &w)) {
		if (k >= res->nwords || w.foldlen != res->words[k].foldlen ||
		    memcmp(w.fold, res->words[k].fold, w.foldlen) != 0)
			return 0;
		k++;
	}
	return k == res->nwords && k > 0;
}

static int
names_whole_query(const struct db *db, const struct record *e,
    const struct search_result *res)
{
	size_t i;
	int f;

	for (f = FIELD_NAME; f <= FIELD_KEYWORD; f++)
		for (i = 0; i < db_field_count(e, f); i++)
			if (is_whole_query(res, db_field(db, e, f, i)))
				return 1;
	return 0;
}

static int
hit_order(const void *pa, const void *pb)
{
	const struct search_hit *a = pa, *b = pb;

	if (a->all_words != b->all_words)
		return b->all_words - a->all_words;
	if (a->exact != b->exact)
		return b->exact - a->exact;
	/* A name or question of the entry that holds the whole question. */
	if (a->named != b->named)
		return b->named - a->named;
	/* An entry that meets the question surely, before lucky words. */
	if ((a->strong != 0) != (b->strong != 0))
		return (b->strong != 0) - (a->strong != 0);
	if (a->score != b->score)
		return a->score < b->score ? 1 : -1;
	return a->entry < b->entry ? -1 : a->entry > b->entry;
}

/* A field's length in bytes: for BM25 only its ratio to the mean counts. */
static double
field_len(const struct db *db, const struct record *e, int f)
{
	double len = 0;
	size_t i;

	for (i = 0; i < db_field_count(e, f); i++)
		len += (double)db_field(db, e, f, i).len;
	return len;
}

/*
 * The units held, a bit each, from the searched words present (a bit per
 * sought[] index): a unit is held by its own word, or by every word of what
 * a Term makes it mean.  "trochanteric bursitis" means "hip bursitis": an
 * entry that holds only "hip" does not hold it.
 */
static unsigned long
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

/* The units an entry's tally holds, one bit each. */
static unsigned long
units_held(const struct search_result *res, const struct tally *t)
{
	unsigned long present = 0;
	size_t k;
	int f;

	for (k = 0; k < res->nsought; k++)
		for (f = 0; f < NFIELDS; f++)
			if (t->tf[k][f]) {
				present |= 1UL << k;
				break;
			}
	return units_of(res, present);
}

/* Score one entry from its tally: BM25F, with the field lengths normalised. */
static double
score(const struct search_result *res, const int *active, const struct tally *t,
    const double *len, const double *avglen)
{
	double s = 0, tfw, norm, w;
	size_t k;
	int f;

	for (k = 0; k < res->nsought; k++) {
		if (!active[k])
			continue;
		tfw = 0;
		for (f = 0; f < NFIELDS; f++) {
			if (t->tf[k][f] == 0)
				continue;
			norm = avglen[f] > 0 ? 1 - B + B * len[f] / avglen[f] : 1;
			w = field_weight[f];
			if (RUNNING_FIELD(f) && res->units[res->sought[k].unit].common)
				w *= COMMON_TEXT_WEIGHT;
			tfw += w * t->tf[k][f] / norm;
		}
		if (tfw > 0)
			s += res->sought[k].weight * res->sought[k].idf * tfw / (K1 + tfw);
	}
	return s;
}

static size_t
bits(unsigned long x)
{
	size_t n = 0;

	for (; x; x &= x - 1)
		n++;
	return n;
}

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
static unsigned long
units_strong(const struct db *db, const struct search_result *res,
    const struct record *e, const struct tally *t, int *named)
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
	*named = 0;
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
				*named = 1;
			in &= telling;
			if ((bits(in) >= 2 && bits(in) * 2 > bits(telling)) ||
			    (in == telling && one_phrase(res, in)) ||
			    (f == FIELD_ASK && in != 0 && one &&
			    asks_alike(res, db_field(db, e, f, i))))
				strong |= in;
		}
	return strong;
}

/* Does the entry hold every active unit? */
static int
holds_all(const struct search_result *res, unsigned long held)
{
	size_t u;

	for (u = 0; u < res->nunits; u++)
		if (unit_active(res, u) && !(held & 1UL << u))
			return 0;
	return 1;
}

/*
 * The tallies of the entries that hold some searched word, in the order
 * found; slot[i] is entry i's place among them, or -1.
 */
struct tallies {
	struct pending *p;
	size_t n, cap;
	long *slot;
};

/* Entry i's tally, a zero one if it has none yet; NULL out of memory. */
static struct tally *
tally_of(struct tallies *ts, size_t i)
{
	if (ts->slot[i] < 0) {
		if (mem_grow(&ts->p, &ts->cap, ts->n + 1, sizeof *ts->p) < 0)
			return NULL;
		memset(&ts->p[ts->n], 0, sizeof ts->p[ts->n]);
		ts->p[ts->n].entry = i;
		ts->slot[i] = (long)ts->n++;
	}
	return &ts->p[ts->slot[i]].t;
}

/* One searched word's scan of the text: the state its places see. */
struct scan {
	const struct db *db;
	const struct search_result *res;
	size_t k;			/* the searched word */
	struct tallies *ts;
};

/*
 * A place in the text that holds the first letters of searched word k:
 * count it if a word of the entry's searchable fields starts there and
 * has the word's stem.  Entries whose words must be read decoded are
 * counted apart.
 */
static int
count_place(void *arg, size_t entry, const char *at)
{
	struct scan *sc = arg;
	const struct db *db = sc->db;
	const struct record *e = &db->entries[entry];
	struct tally *t;
	struct span rest;
	struct word w;
	size_t pos = 0;
	int f;

	if (e->split || !word_starts_at(db->text.p, at))
		return 0;
	rest.p = at;
	rest.len = (size_t)(db->text.p + db->text.len - at);
	if (rest.len > 4 * WORD_MAX)
		rest.len = 4 * WORD_MAX;
	if (!word_next(rest, &pos, &w) || !sought_matches(sc->res, sc->k, &w) ||
	    (f = scan_field_at(db, e, at)) < 0)
		return 0;
	if ((t = tally_of(sc->ts, entry)) == NULL)
		return -1;
	if (t->tf[sc->k][f] < 0xffff)
		t->tf[sc->k][f]++;
	t->any = 1;
	return 0;
}

/*
 * Count every active searched word in every entry: one scan of the text
 * for each word's first letters (all of its stem but the last letter,
 * which the stemmer may have changed: dizzy -> dizzi), where grep would
 * scan for it too; no entry is split into words but those whose text
 * must be decoded first.  Returns 0, or -1 out of memory.
 */
static int
count_all(const struct db *db, const struct search_result *res,
    const int *active, struct tallies *ts)
{
	struct scan sc;
	struct tally t, *to;
	size_t i, k, n;
	int f;

	sc.db = db;
	sc.res = res;
	sc.ts = ts;
	for (k = 0; k < res->nsought; k++) {
		const struct word *w = &res->sought[k].word;

		if (!active[k])
			continue;
		sc.k = k;
		n = w->stemlen > 1 ? w->stemlen - 1 : w->stemlen;
		if (scan_places(db, w->stem, n, count_place, &sc) < 0)
			return -1;
	}
	for (i = 0; i < db->nentries; i++) {
		if (!db->entries[i].split)
			continue;
		tally_entry(db, &db->entries[i], res, active, &t);
		if (!t.any)
			continue;
		if ((to = tally_of(ts, i)) == NULL)
			return -1;
		for (k = 0; k < res->nsought; k++)
			for (f = 0; f < NFIELDS; f++)
				to->tf[k][f] = t.tf[k][f];
		to->any = 1;
	}
	return 0;
}

/* Rank every entry for the current terms; fills hits and each df. */
static int
rank(const struct db *db, struct search_result *res)
{
	struct tallies ts;
	size_t i, k;
	double total[NFIELDS] = { 0 }, avglen[NFIELDS], len[NFIELDS];
	int active[SEARCH_MAX_SOUGHT], f;
	unsigned long held;

	for (k = 0; k < res->nsought; k++) {
		active[k] = sought_active(res, k);
		res->sought[k].df = 0;
	}
	for (k = 0; k < res->nunits; k++)
		res->units[k].df = 0;
	memset(&ts, 0, sizeof ts);
	if ((ts.slot = mem_alloc((db->nentries ? db->nentries : 1) * sizeof *ts.slot)) == NULL)
		return -1;
	memset(ts.slot, 0xff, db->nentries * sizeof *ts.slot);
	if (count_all(db, res, active, &ts) < 0) {
		mem_free(ts.slot);
		mem_free(ts.p);
		return -1;
	}
	mem_free(ts.slot);
	for (i = 0; i < ts.n; i++) {
		const struct tally *t = &ts.p[i].t;

		for (k = 0; k < res->nsought; k++)
			for (f = 0; f < NFIELDS; f++)
				if (t->tf[k][f]) {
					res->sought[k].df++;
					break;
				}
		held = units_held(res, t);
		for (k = 0; k < res->nunits; k++)
			if (held & 1UL << k)
				res->units[k].df++;
	}
	/* The mean field lengths, once a search: they do not change. */
	if (!res->have_avglen) {
		for (i = 0; i < db->nentries; i++)
			for (f = 0; f < NFIELDS; f++)
				total[f] += field_len(db, &db->entries[i], f);
		for (f = 0; f < NFIELDS; f++)
			res->avglen[f] = db->nentries ? total[f] / (double)db->nentries : 0;
		res->have_avglen = 1;
	}
	for (f = 0; f < NFIELDS; f++)
		avglen[f] = res->avglen[f];
	for (k = 0; k < res->nsought; k++)
		res->sought[k].idf = log(1 + ((double)db->nentries -
		    (double)res->sought[k].df + 0.5) / ((double)res->sought[k].df + 0.5));
	mem_free(res->hits);
	res->n = 0;
	if ((res->hits = mem_alloc((ts.n ? ts.n : 1) * sizeof *res->hits)) == NULL) {
		mem_free(ts.p);
		return -1;
	}
	for (i = 0; i < ts.n; i++) {
		struct search_hit *h = &res->hits[res->n++];
		const struct record *e = &db->entries[ts.p[i].entry];

		for (f = 0; f < NFIELDS; f++)
			len[f] = field_len(db, e, f);
		h->entry = ts.p[i].entry;
		h->score = score(res, active, &ts.p[i].t, len, avglen);
		h->held = units_held(res, &ts.p[i].t);
		h->all_words = holds_all(res, h->held);
		h->exact = names_whole_query(db, e, res);
		h->strong = units_strong(db, res, e, &ts.p[i].t, &h->named);
		if (h->exact)
			h->strong |= h->held;
	}
	mem_free(ts.p);
	qsort(res->hits, res->n, sizeof *res->hits, hit_order);
	return 0;
}

/* --- typos ---------------------------------------------------------------- */

/*
 * Every word of the database within the typo limit of one query word,
 * with its distance and how often it occurs: all of them, so that the
 * word chosen is the same whatever the order of the entries (see
 * nearest_best).  Few words are that close to any word.
 */
#define NEAREST 16		/* distinct words an expansion counts */

struct near_word {
	char word[WORD_MAX + 1];
	size_t dist;		/* edits from the query word */
	size_t count;		/* occurrences in the database */
};

struct nearest {
	struct near_word *item;
	size_t n, cap, limit;
};

/* Weigh word w; 0, or -1 out of memory. */
static int
consider(struct nearest *nr, const struct word *q, const struct word *w)
{
	struct span a, b;
	size_t d, i;

	a.p = q->fold;
	a.len = q->foldlen;
	b.p = w->fold;
	b.len = w->foldlen;
	if ((d = edit_distance(a, b, nr->limit)) > nr->limit)
		return 0;
	for (i = 0; i < nr->n; i++)
		if (strcmp(nr->item[i].word, w->fold) == 0) {
			nr->item[i].count++;
			return 0;
		}
	if (mem_grow(&nr->item, &nr->cap, nr->n + 1, sizeof *nr->item) < 0)
		return -1;
	memcpy(nr->item[nr->n].word, w->fold, w->foldlen + 1);
	nr->item[nr->n].dist = d;
	nr->item[nr->n].count = 1;
	nr->n++;
	return 0;
}

/*
 * The word a typo is read as, in a total order: the closest, then the
 * most frequent, then the first in byte order.  -1 if there is none.
 */
static long
nearest_best(const struct nearest *nr)
{
	const struct near_word *a, *b;
	size_t i;
	long best = -1;

	for (i = 0; i < nr->n; i++) {
		a = &nr->item[i];
		b = best < 0 ? NULL : &nr->item[best];
		if (b == NULL || a->dist < b->dist ||
		    (a->dist == b->dist && (a->count > b->count ||
		    (a->count == b->count && strcmp(a->word, b->word) < 0))))
			best = (long)i;
	}
	return best;
}

static int
is_ascii_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/*
 * The parts of q of which a word within its typo limit must hold one, by
 * the pigeonhole (edits in the OSA sense: a change, an insertion, a
 * deletion, or a swap of two neighbours; no letter edited twice).  A word
 * whose edits leave q's first two letters alone starts with them.  Else
 * one edit touched them (a swap of the second and third included), and
 * the others lie in q[3..]: with one edit in all, q[3..] is whole; with
 * two, one edit is left, and of two parts of q[3..] with a letter between
 * them, one edit (a swap included) breaks at most one.
 */
struct piece {
	size_t at, len;
	int at_start;		/* must begin the word */
};

static size_t
typo_pieces(const struct word *q, size_t limit, struct piece *pc)
{
	size_t l = q->foldlen, rest = l - 3, half = (rest - 1) / 2;

	pc[0].at = 0, pc[0].len = 2, pc[0].at_start = 1;
	if (limit <= 1) {
		pc[1].at = 3, pc[1].len = rest, pc[1].at_start = 0;
		return 2;
	}
	/* At two edits q has nine letters or more: parts of two at least. */
	pc[1].at = 3, pc[1].len = half, pc[1].at_start = 0;
	pc[2].at = 3 + half + 1, pc[2].len = rest - half - 1, pc[2].at_start = 0;
	return 3;
}

/* Does word w hold piece pc of q (folded)? */
static int
holds_piece(const struct word *w, const struct word *q, const struct piece *pc)
{
	size_t i;

	for (i = 0; i + pc->len <= w->foldlen; i++) {
		if (memcmp(w->fold + i, q->fold + pc->at, pc->len) == 0)
			return 1;
		if (pc->at_start)
			break;
	}
	return 0;
}

/* One piece's scan of the text: the state its places see. */
struct near_scan {
	const struct db *db;
	const struct word *q;
	const struct piece *pc;
	size_t ipiece;			/* this piece; those before are done */
	struct nearest *nr;
};

/*
 * A place holding a piece of q: weigh the word it is in, once: a word
 * that holds an earlier piece was weighed for that one.
 */
static int
weigh_place(void *arg, size_t entry, const char *at)
{
	struct near_scan *ns = arg;
	const struct db *db = ns->db;
	const struct piece *pc = &ns->pc[ns->ipiece];
	const char *start = at, *end = at, *text = db->text.p;
	const char *text_end = text + db->text.len;
	struct span rest;
	struct word w;
	size_t pos = 0, i;

	if (db->entries[entry].split)
		return 0;
	/* Most words are ASCII: find this one's ends and weigh its length
	 * first, the cheap way; a word with other bytes goes the slow way. */
	while (start > text && is_ascii_alnum(start[-1]))
		start--;
	while (end < text_end && is_ascii_alnum(*end))
		end++;
	if ((start > text && (unsigned char)start[-1] >= 0x80) ||
	    (end < text_end && (unsigned char)*end >= 0x80)) {
		while (start > text && !word_starts_at(text, start) &&
		    at - start < WORD_MAX * 4)
			start--;
	} else if ((size_t)(end - start) + ns->nr->limit < ns->q->foldlen ||
	    (size_t)(end - start) > ns->q->foldlen + ns->nr->limit) {
		return 0;
	}
	if (pc->at_start && start != at)
		return 0;
	rest.p = start;
	rest.len = (size_t)(text + db->text.len - start);
	if (rest.len > 4 * WORD_MAX)
		rest.len = 4 * WORD_MAX;
	if (!word_next(rest, &pos, &w) || w.raw.p != start ||
	    w.foldlen + ns->nr->limit < ns->q->foldlen ||
	    w.foldlen > ns->q->foldlen + ns->nr->limit ||
	    word_is_stop(w.fold, w.foldlen) || scan_field_at(db, &db->entries[entry], at) < 0)
		return 0;
	for (i = 0; i < ns->ipiece; i++)
		if (holds_piece(&w, ns->q, &ns->pc[i]))
			return 0;
	return consider(ns->nr, ns->q, &w);
}

/*
 * Call fn(arg, word) for each word of the searchable fields of the
 * entries whose words must be read decoded (a join splits a word): the
 * slow path beside a scan of the text.  Stops at fn's first non-zero
 * answer and returns it; else 0.
 */
static int
each_split_word(const struct db *db, struct db_scratch *scratch,
    int (*fn)(void *arg, const struct word *w), void *arg)
{
	struct word w;
	size_t i, j, pos;
	int f, rc;

	for (i = 0; i < db->nentries; i++) {
		if (!db->entries[i].split)
			continue;
		for (f = 0; f < NFIELDS; f++)
			for (j = 0; j < db_field_count(&db->entries[i], f); j++) {
				struct span v = db_text(db_field(db, &db->entries[i], f, j),
				    scratch);

				for (pos = 0; word_next(v, &pos, &w);)
					if ((rc = fn(arg, &w)) != 0)
						return rc;
			}
	}
	return 0;
}

/* A word of an entry read decoded, weighed as a typo's candidate. */
static int
consider_split(void *arg, const struct word *w)
{
	struct near_scan *ns = arg;

	return word_is_stop(w->fold, w->foldlen) ? 0 : consider(ns->nr, ns->q, w);
}

/*
 * The words of the database near q: found by scanning the text for the
 * pieces of q such a word must hold, never by reading every word; the
 * entries whose words must be read decoded are read whole.
 */
static int
find_nearest(const struct db *db, struct db_scratch *scratch,
    const struct word *q, struct nearest *nr)
{
	struct piece pc[3];
	struct near_scan ns;

	ns.db = db;
	ns.q = q;
	ns.pc = pc;
	ns.nr = nr;
	for (ns.ipiece = 0; ns.ipiece < typo_pieces(q, nr->limit, pc); ns.ipiece++)
		if (scan_places(db, q->fold + pc[ns.ipiece].at, pc[ns.ipiece].len,
		    weigh_place, &ns) < 0)
			return -1;
	return each_split_word(db, scratch, consider_split, &ns) < 0 ? -1 : 0;
}

static int
is_alpha_word(const struct word *w)
{
	size_t i;

	for (i = 0; i < w->foldlen; i++)
		if (w->fold[i] < 'a' || w->fold[i] > 'z')
			return 0;
	return 1;
}

/* The words of the database that start with a query word, longer than
 * it: the most frequent, ties to the first in byte order. */
struct expansion {
	const struct db *db;
	const struct word *q;
	char best[WORD_MAX + 1];
	size_t best_count;
	char seen[NEAREST][WORD_MAX + 1];	/* distinct words, counted */
	size_t count[NEAREST], n;
	int too_many;		/* more than NEAREST: too vague to read */
};

static void
count_expansion(struct expansion *x, const struct word *w)
{
	size_t i;

	if (w->foldlen <= x->q->foldlen ||
	    memcmp(w->fold, x->q->fold, x->q->foldlen) != 0)
		return;
	for (i = 0; i < x->n && strcmp(x->seen[i], w->fold) != 0; i++)
		;
	if (i == x->n) {
		if (x->n == NEAREST) {
			x->too_many = 1;
			return;
		}
		memcpy(x->seen[x->n], w->fold, w->foldlen + 1);
		x->count[x->n++] = 0;
	}
	x->count[i]++;
	if (x->count[i] > x->best_count || (x->count[i] == x->best_count &&
	    strcmp(x->seen[i], x->best) < 0)) {
		memcpy(x->best, x->seen[i], strlen(x->seen[i]) + 1);
		x->best_count = x->count[i];
	}
}

/* A place that holds the query word: the word of a searchable field
 * that starts there, if any. */
static int
expansion_at(void *arg, size_t entry, const char *at)
{
	struct expansion *x = arg;
	const struct db *db = x->db;
	struct span rest;
	struct word w;
	size_t pos = 0;

	if (db->entries[entry].split || !word_starts_at(db->text.p, at) ||
	    scan_field_at(db, &db->entries[entry], at) < 0)
		return 0;
	rest.p = at;
	rest.len = (size_t)(db->text.p + db->text.len - at);
	if (rest.len > 4 * WORD_MAX)
		rest.len = 4 * WORD_MAX;
	if (word_next(rest, &pos, &w))
		count_expansion(x, &w);
	return 0;
}

/* A word of an entry read decoded, counted if it starts with q. */
static int
expansion_split(void *arg, const struct word *w)
{
	count_expansion(arg, w);
	return 0;
}

/*
 * A word that is no English word and no typo may be the start of a
 * database word, as people shorten long ones ("osteo"): the one it
 * starts most often, or none.  Same scan as the typo's, one place.
 */
static int
find_expansion(const struct db *db, struct db_scratch *scratch,
    const struct word *q, char *out)
{
	struct expansion x;

	memset(&x, 0, sizeof x);
	x.db = db;
	x.q = q;
	scan_places(db, q->fold, q->foldlen, expansion_at, &x);
	each_split_word(db, scratch, expansion_split, &x);
	/* Which word a vague start is read as must not depend on the order
	 * of the entries: with more candidates than are counted, none. */
	if (x.best_count == 0 || x.too_many)
		return 0;
	memcpy(out, x.best, strlen(x.best) + 1);
	return 1;
}

/*
 * Is this word, found nowhere, very likely a typo of a database word?
 * Only a word of letters that is no English word: "pregnant" is a word
 * the article does not use, never a typo of "stagnant".
 */
static int
may_be_typo(const struct english_words *known, const struct word *q)
{
	return typo_limit(q->foldlen, TYPO_READ) > 0 && is_alpha_word(q) &&
	    !word_in_list(known->english, q->fold, q->foldlen);
}

/*
 * Read each meaningful word found nowhere that may be a typo as the
 * closest word of the database within typo_limit's TYPO_READ (nearest_best),
 * or that is only the start of one as that word.  Returns whether a word
 * was read so, or -1 out of memory.
 */
static int
correct_typos(const struct db *db, const struct english_words *known,
    struct search_result *res)
{
	struct nearest nr;
	char expansion[WORD_MAX + 1];
	const char *read_as;
	size_t u;
	long best;
	int changed = 0;

	for (u = 0; u < res->nunits; u++) {
		struct search_unit *un = &res->units[u];
		struct word *q;

		if (un->df > 0 || un->own == NO_WORD || un->mapped ||
		    !unit_active(res, u))
			continue;
		q = &res->sought[un->own].word;
		if (!may_be_typo(known, q))
			continue;
		memset(&nr, 0, sizeof nr);
		nr.limit = typo_limit(q->foldlen, TYPO_READ);
		if (find_nearest(db, res->scratch, q, &nr) < 0) {
			mem_free(nr.item);
			return -1;
		}
		if ((best = nearest_best(&nr)) >= 0) {
			memcpy(expansion, nr.item[best].word,
			    strlen(nr.item[best].word) + 1);
			read_as = expansion;
		} else if (find_expansion(db, res->scratch, q, expansion)) {
			un->expanded = 1;
			read_as = expansion;
		} else {
			read_as = NULL;
		}
		mem_free(nr.item);
		if (read_as == NULL)
			continue;
		memcpy(q->fold, read_as, strlen(read_as) + 1);
		q->foldlen = strlen(q->fold);
		memcpy(q->stem, q->fold, q->foldlen + 1);
		q->stemlen = word_stem(q->stem, q->foldlen);
		res->words[un->at] = *q;
		un->corrected = 1;
		judge_word(known, un, q);
		changed = 1;
	}
	return changed;
}

/* --- what matched nothing ---------------------------------------------------- */

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
static void
find_missing(const struct db *db, struct search_result *res)
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

static size_t sentence_end(struct span text, size_t i);

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
	size_t i, end;
	int part;

	if (bits(telling) < 2)
		return 0;
	for (part = 0; part < 2; part++) {
		text = part == 0 ? e->summary : db_text(e->body, res->scratch);
		for (i = 0; i < text.len; i = end) {
			end = sentence_end(text, i);
			if (end == i)
				end++;
			s.p = text.p + i;
			s.len = end - i;
			if ((units_in(res, s) & telling) == telling)
				return telling;
		}
	}
	return 0;
}

/*
 * How sure each hit is (see enum search_level): surely held units, and
 * no more missing than those.  A missing word that is no English word
 * ("warfarin") always carries meaning the answer lacks.  The missing
 * words are named to the person only when the first answer is not sure:
 * a sure answer does not need "scary".
 */
static void judge_query(struct search_result *);

static void
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
static void
judge_query(struct search_result *res)
{
	size_t u;

	res->level = res->n == 0 ? SEARCH_NOT_COVERED : res->hits[0].level;
	res->nnamed = res->npointers = 0;
	for (u = 0; u < res->nunits; u++) {
		struct search_unit *un = &res->units[u];

		un->named = un->missing && res->level != SEARCH_ANSWERED;
		res->nnamed += (size_t)un->named;
		res->npointers += un->pointer && un->df > 0 && res->n > 0;
	}
}

static int
search_query(const struct db *db, const struct english_words *known,
    const struct span *args, size_t nargs, struct search_result *res)
{
	struct word w;
	size_t a, pos;
	int rc;

	for (a = 0; a < nargs; a++) {
		pos = 0;
		while (word_next(args[a], &pos, &w)) {
			if (res->nwords == SEARCH_MAX_WORDS)
				res->dropped++;
			else
				res->words[res->nwords++] = w;
		}
	}
	if (res->nwords == 0)
		return 0;
	read_units(db, known, res);
	if (rank(db, res) < 0)
		return -1;
	if ((rc = correct_typos(db, known, res)) < 0 ||
	    (rc > 0 && rank(db, res) < 0))
		return -1;
	find_missing(db, res);
	judge_answers(db, res);
	return 0;
}

/* The search, its decoding scratch owned by the result (no hidden state
 * in the library); everything freed on failure. */
int
search_run(const struct db *db, const struct english_words *known,
    const struct span *args, size_t nargs, struct search_result *res)
{
	memset(res, 0, sizeof *res);
	if ((res->scratch = mem_alloc(sizeof *res->scratch)) == NULL ||
	    search_query(db, known, args, nargs, res) < 0) {
		search_free(res);
		return -1;
	}
	return 0;
}

void
search_keep_topic(const struct db *db, struct search_result *res, size_t topic)
{
	size_t i, n = 0;

	for (i = 0; i < res->n; i++)
		if (db->entries[res->hits[i].entry].topic_index == topic)
			res->hits[n++] = res->hits[i];
	if (n == 0 || n == res->n)
		return;
	res->n = n;
	judge_query(res);
}

void
search_free(struct search_result *res)
{
	mem_free(res->hits);
	res->hits = NULL;
	res->n = 0;
	mem_free(res->scratch);
	res->scratch = NULL;
}

/* --- what the person must read first ----------------------------------------- */

/* Text appended to a caller's buffer, cut (never overrun) when full. */
struct appender {
	char *buf;
	size_t size, len;
};

static void
append(struct appender *a, const char *s, size_t n)
{
	size_t room = a->size > a->len ? a->size - a->len - 1 : 0;

	if (n > room)
		n = room;
	memcpy(a->buf + a->len, s, n);
	a->len += n;
	if (a->size > 0)
		a->buf[a->len] = '\0';
}

static void
append_str(struct appender *a, const char *s)
{
	append(a, s, strlen(s));
}

/* A word as typed, escaped and in quotes. */
static void
append_quoted(struct appender *a, struct span s)
{
	char q[80];

	text_escape(q, sizeof q, s.p, s.len);
	append_str(a, "'");
	append_str(a, q);
	append_str(a, "'");
}

static size_t
caveat(const struct db *db, const struct search_result *res, char *buf,
    size_t size)
{
	struct appender a;
	size_t u, said = 0;

	a.buf = buf;
	a.size = size;
	a.len = 0;
	if (size > 0)
		buf[0] = '\0';
	for (u = 0; u < res->nunits; u++) {
		if (!res->units[u].named)
			continue;
		append_str(&a, said == 0 ? "The article does not mention " :
		    said + 1 == res->nnamed ? " or " : ", ");
		append_quoted(&a, res->units[u].raw);
		if (++said == res->nnamed)
			append_str(&a, ". ");
	}
	for (u = 0; u < res->nunits && res->n > 0; u++) {
		const struct search_unit *un = &res->units[u];
		size_t i;

		if (!un->pointer || un->df == 0)
			continue;
		/* The phrase as typed, its words joined by single spaces:
		 * they may come from several arguments. */
		append_str(&a, "The article does not mention '");
		for (i = 0; i < un->nwords; i++) {
			char q[80];

			text_escape(q, sizeof q, res->words[un->at + i].raw.p,
			    res->words[un->at + i].raw.len);
			append_str(&a, i ? " " : "");
			append_str(&a, q);
		}
		append_str(&a, "'");
		append_str(&a, "; the nearest it has is ");
		append_quoted(&a, db->terms[un->term_record].nearest);
		append_str(&a, ". ");
	}
	if (res->level == SEARCH_NOT_COVERED)
		append_str(&a, said ? "It does not cover this question: please "
		    "ask a medical doctor." : "The article does not cover this "
		    "question: please ask a medical doctor.");
	else if (res->level == SEARCH_CLOSEST)
		append_str(&a, "These entries are only the closest the article "
		    "has, not a sure answer: if they do not answer your "
		    "question, please ask a medical doctor.");
	/* A sure answer with a pointer: the pointer's sentence is all. */
	while (a.len > 0 && a.buf[a.len - 1] == ' ')
		a.buf[--a.len] = '\0';
	return a.len;
}

void
search_notes(const struct db *db, const struct search_result *res,
    struct search_notes *notes)
{
	struct search_note *note;
	size_t u, pass;

	notes->n = 0;
	if (res->dropped) {
		note = &notes->note[notes->n++];
		note->kind = SEARCH_NOTE_DROPPED;
		note->raw = span_from("");
		note->word = NULL;
	}
	/* Readings first, then the words no entry mentions. */
	for (pass = 0; pass < 2; pass++)
		for (u = 0; u < res->nunits; u++) {
			const struct search_unit *un = &res->units[u];

			if (pass == 0 ? !un->corrected : !un->named)
				continue;
			note = &notes->note[notes->n++];
			note->kind = pass == 1 ? SEARCH_NOTE_MISSING : un->expanded ?
			    SEARCH_NOTE_SHORT_FOR : SEARCH_NOTE_READ_AS;
			note->raw = un->raw;
			note->word = pass == 0 ? res->words[un->at].fold : NULL;
		}
	notes->level = res->level;
	notes->caveat_len = caveat(db, res, notes->caveat, sizeof notes->caveat);
}

/* --- snippets --------------------------------------------------------------- */

/*
 * How well sentence s answers the query: for each unit of the question
 * it holds, the best weight and idf of its words there, halved for a
 * common word (as in ranking); a unit counts once, whichever of its
 * meanings the sentence holds.
 */
static double
sentence_score(const struct search_result *res, struct span s)
{
	double best[SEARCH_MAX_WORDS] = { 0 }, sum = 0, v;
	struct word w;
	size_t pos = 0, k, u;

	while (word_next(s, &pos, &w))
		for (k = 0; k < res->nsought; k++) {
			u = res->sought[k].unit;
			if (!sought_active(res, k) || !sought_matches(res, k, &w))
				continue;
			v = res->sought[k].weight * res->sought[k].idf;
			if (res->units[u].common)
				v *= COMMON_TEXT_WEIGHT;
			if (v > best[u])
				best[u] = v;
		}
	for (u = 0; u < res->nunits; u++)
		sum += best[u];
	return sum;
}

/* Sentences end at '.', '!' or '?' before a blank, or at a line end. */
static size_t
sentence_end(struct span text, size_t i)
{
	while (i < text.len && text.p[i] != '\n') {
		char c = text.p[i++];

		if ((c == '.' || c == '!' || c == '?') &&
		    (i == text.len || text.p[i] == ' ' || text.p[i] == '\n'))
			break;
	}
	return i;
}

struct span
search_snippet(const struct search_result *res, const struct record *e,
    struct db_scratch *scratch)
{
	struct span best = e->summary, text, s;
	double best_score = 0, sc;
	size_t i, end;
	int part;

	for (part = 0; part < 2; part++) {
		text = part == 0 ? e->summary : db_text(e->body, scratch);
		for (i = 0; i < text.len; i = end) {
			while (i < text.len && (text.p[i] == ' ' || text.p[i] == '\n'))
				i++;
			end = sentence_end(text, i);
			s.p = text.p + i;
			s.len = end - i;
			if (s.len > 0 && (sc = sentence_score(res, s)) > best_score) {
				best_score = sc;
				best = s;
			}
		}
	}
	return best;
}
