/* rank.c - counting the searched words in every entry, as grep scans a
 * file, and ranking the entries by them (BM25F). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../base/mem.h"
#include "internal.h"
#include "scan.h"

/*
 * The weights of the fields (FIELD_* of db.h): a word in the title, an
 * alias or a question the entry answers says more about it than one in
 * the body.
 */
static const double field_weight[NFIELDS] = { 3.0, 3.0, 2.0, 3.0, 1.5, 1.0 };

/* BM25's usual constants: term frequency saturation and length weight. */
#define K1 1.2
#define B 0.75

struct pending {
	size_t entry;
	struct tally t;
};

/* A word of an entry read decoded: count it for each searched word it
 * matches. */
struct tally_of_words {
	const struct search_result *res;
	const int *active;
	struct tally *t;
};

static int
count_word(void *arg, int f, const struct word *w)
{
	struct tally_of_words *tw = arg;
	size_t k;

	for (k = 0; k < tw->res->nsought; k++)
		if (tw->active[k] && sought_matches(tw->res, k, w) &&
		    tw->t->tf[k][f] < 0xffff) {
			tw->t->tf[k][f]++;
			tw->t->any = 1;
		}
	return 0;
}

/* Entry e's tally, its words read one by one (decoded). */
static void
tally_entry(const struct db *db, const struct record *e,
    const struct search_result *res, const int *active, struct tally *t)
{
	struct tally_of_words tw;

	memset(t, 0, sizeof *t);
	tw.res = res;
	tw.active = active;
	tw.t = t;
	scan_entry_words(db, e, res->scratch, count_word, &tw);
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

/* Is the query, word for word, a name of the entry or a question it
 * answers ("who shouldnt have acupuncture")? */
static int
names_whole_query(const struct db *db, const struct record *e,
    const struct search_result *res)
{
	size_t i;
	int f;

	for (f = FIELD_NAME; f <= FIELD_ASK; f++)
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
	if (a->in_one_name != b->in_one_name)
		return b->in_one_name - a->in_one_name;
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
struct count_scan {
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
	struct count_scan *sc = arg;
	const struct db *db = sc->db;
	const struct record *e = &db->entries[entry];
	struct tally *t;
	struct word w;
	int f;

	if (e->split || !word_starts_at(db->text.p, at))
		return 0;
	if (!scan_word_at(db, at, &w) || !sought_matches(sc->res, sc->k, &w) ||
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
	struct count_scan sc;
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

/* Fills the hits and each word's df. */
int
rank_entries(const struct db *db, struct search_result *res)
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
		h->strong = judge_strong(db, res, e, &ts.p[i].t, &h->in_one_name);
		if (h->exact)
			h->strong |= h->held;
	}
	mem_free(ts.p);
	qsort(res->hits, res->n, sizeof *res->hits, hit_order);
	return 0;
}
