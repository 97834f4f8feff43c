/*
 * rank.c - counting the searched words in every entry, a window of
 * entries at a time as the database streams by (as grep scans a file),
 * keeping only what ranking and judging need of the entries that hold
 * one; then ranking them (BM25F), once every entry has gone by and the
 * words' frequencies are known.
 */
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

/* The tally of one entry of the window being counted. */
struct window_tally {
	size_t entry;			/* in the window */
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

/* Is value, word for word, the whole query (stopwords included)?  Most
 * values are not, and a look at their length and first letter says so
 * before their words are read: folding never makes a word longer. */
static int
is_whole_query(const struct search_result *res, struct span value)
{
	struct word w;
	size_t pos = 0, k = 0, need = res->nwords - 1;
	unsigned char c;

	for (k = 0; k < res->nwords; k++)
		need += res->words[k].foldlen;
	if (value.len < need)
		return 0;
	for (k = 0; k < value.len && (c = (unsigned char)value.p[k]) < 0x80 &&
	    !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9')); k++)
		;
	if (k < value.len && c < 0x80 && ascii_lower(c) !=
	    (unsigned char)res->words[0].fold[0])
		return 0;
	k = 0;
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
	return a->ordinal < b->ordinal ? -1 : a->ordinal > b->ordinal;
}

/* The lengths of an entry's fields in bytes: for BM25 only their ratio
 * to the means counts. */
static void
field_lengths(const struct db *db, const struct record *e, uint32_t *len)
{
	size_t i;
	int f;

	memset(len, 0, NFIELDS * sizeof *len);
	for (f = 0; f < NFIELDS; f++)
		/* The summary and body, every entry's: read straight. */
		if (f == FIELD_SUMMARY || f == FIELD_BODY)
			len[f] = (uint32_t)(f == FIELD_BODY ? e->body.len : e->summary.len);
		else
			for (i = 0; i < db_field_count(e, f); i++)
				len[f] += (uint32_t)db_field(db, e, f, i).len;
}

/* Score one entry from its counts (tf, NFIELDS a searched word): BM25F,
 * with the field lengths normalised. */
static double
score(const struct search_result *res, const int *active,
    const unsigned short *tf, const double *len, const double *avglen)
{
	double s = 0, tfw, norm, w;
	size_t k;
	int f;

	for (k = 0; k < res->nsought; k++, tf += NFIELDS) {
		if (!active[k])
			continue;
		tfw = 0;
		for (f = 0; f < NFIELDS; f++) {
			if (tf[f] == 0)
				continue;
			norm = avglen[f] > 0 ? 1 - B + B * len[f] / avglen[f] : 1;
			w = field_weight[f];
			if (RUNNING_FIELD(f) && res->units[res->sought[k].unit].common)
				w *= COMMON_TEXT_WEIGHT;
			tfw += w * tf[f] / norm;
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

/* Window entry i's tally, a zero one if it has none yet; NULL out of
 * memory. */
static struct tally *
tally_of(struct gather *g, size_t i)
{
	if (g->slot[i] < 0) {
		if (mem_grow(&g->wt, &g->wt_cap, g->nwt + 1, sizeof *g->wt) < 0)
			return NULL;
		memset(&g->wt[g->nwt], 0, sizeof g->wt[g->nwt]);
		g->wt[g->nwt].entry = i;
		g->slot[i] = (long)g->nwt++;
	}
	return &g->wt[g->slot[i]].t;
}

/* One searched word's scan of the window: the state its places see. */
struct count_scan {
	const struct db *db;
	const struct search_result *res;
	size_t k;			/* the searched word */
	struct gather *g;
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
	if ((t = tally_of(sc->g, entry)) == NULL)
		return -1;
	if (t->tf[sc->k][f] < 0xffff)
		t->tf[sc->k][f]++;
	t->any = 1;
	return 0;
}

/*
 * Count every active searched word in every entry of the window: one
 * scan of its text for each word's first letters (all of its stem but
 * the last letter, which the stemmer may have changed: dizzy -> dizzi),
 * where grep would scan for it too; no entry is split into words but
 * those whose text must be decoded first.  Returns 0, or -1 out of memory.
 */
static int
count_window(const struct db *w, struct search_result *res)
{
	struct gather *g = res->gather;
	struct tally_of_words tw;
	struct count_scan sc;
	struct tally t, *to;
	size_t i, k, n;

	sc.db = w;
	sc.res = res;
	sc.g = g;
	for (k = 0; k < res->nsought; k++) {
		const struct word *sw = &res->sought[k].word;

		if (!g->active[k])
			continue;
		sc.k = k;
		n = sw->stemlen > 1 ? sw->stemlen - 1 : sw->stemlen;
		if (scan_places(w, sw->stem, n, count_place, &sc) < 0)
			return -1;
	}
	tw.res = res;
	tw.active = g->active;
	tw.t = &t;
	for (i = 0; i < w->nentries; i++) {
		if (!w->entries[i].split)
			continue;
		memset(&t, 0, sizeof t);
		scan_entry_words(w, &w->entries[i], res->scratch, count_word, &tw);
		if (!t.any)
			continue;
		if ((to = tally_of(g, i)) == NULL)
			return -1;
		*to = t;
	}
	return 0;
}

/* The names of window entry e that hold units of the question, for
 * judge_strong: its id aside (the title says it).  0, or -1. */
static int
keep_names(const struct db *w, const struct record *e,
    const struct search_result *res, struct candidate *c)
{
	struct gather *g = res->gather;
	unsigned long in;
	struct span v;
	size_t i;
	int f;

	c->names = (uint32_t)g->nnames;
	for (f = FIELD_NAME; NAMING_FIELD(f); f++)
		for (i = f == FIELD_NAME; i < db_field_count(e, f); i++) {
			v = db_field(w, e, f, i);
			if ((in = units_in(res, v)) == 0)
				continue;
			if (mem_grow(&g->names, &g->names_cap, g->nnames + 1,
			    sizeof *g->names) < 0)
				return -1;
			g->names[g->nnames].in = in;
			g->names[g->nnames].field = f;
			g->names[g->nnames].alike = f == FIELD_ASK &&
			    asks_alike(res, v);
			g->nnames++;
		}
	c->nnames = (uint32_t)(g->nnames - c->names);
	return 0;
}

/* Keep what ranking and judging need of window entry e, counted t. */
static int
keep_candidate(const struct db *w, const struct record *e,
    const struct tally *t, struct search_result *res)
{
	struct gather *g = res->gather;
	struct candidate *c;
	unsigned long held;
	size_t k;
	int f;

	if (mem_grow(&g->c, &g->cap, g->n + 1, sizeof *g->c) < 0 ||
	    mem_grow(&g->tf, &g->tf_cap, g->ntf + g->stride, sizeof *g->tf) < 0)
		return -1;
	c = &g->c[g->n++];
	memset(c, 0, sizeof *c);
	c->ordinal = e->ordinal;
	field_lengths(w, e, c->len);
	c->exact = names_whole_query(w, e, res);
	c->tf = g->ntf;
	for (k = 0; k < res->nsought; k++)
		for (f = 0; f < NFIELDS; f++) {
			g->tf[g->ntf++] = t->tf[k][f];
			if (t->tf[k][f])
				c->present |= (uint32_t)1 << k;
		}
	held = units_held(res, t);
	c->held = (uint32_t)held;
	c->about = (uint32_t)units_held_in(res, t, ABOUT_FIELDS);
	g->found |= held;
	/* No name can hold what the entry does not: most hits of a long
	 * database hold one word, and reading their names would cost. */
	if (bits(held & g->counts) >= 2 || (held & g->wide))
		return keep_names(w, e, res, c);
	return 0;
}

void
rank_free(struct search_result *res)
{
	struct gather *g = res->gather;

	if (g == NULL)
		return;
	typo_free(res);
	mem_free(g->c);
	mem_free(g->tf);
	mem_free(g->names);
	mem_free(g->slot);
	mem_free(g->wt);
	mem_free(g);
	res->gather = NULL;
}

int
rank_begin(struct search_result *res, int typos)
{
	struct gather *g;
	size_t k;

	rank_free(res);
	if ((g = res->gather = mem_alloc(sizeof *g)) == NULL)
		return -1;
	memset(g, 0, sizeof *g);
	for (k = 0; k < res->nsought; k++)
		g->active[k] = sought_active(res, k);
	g->stride = res->nsought * NFIELDS;
	g->counts = units_counting(res);
	g->wide = units_wide(res);
	return typos ? typo_begin(res, res->known) : 0;
}

int
rank_window(struct search_result *res, const struct db *w)
{
	struct gather *g = res->gather;
	uint32_t len[NFIELDS];
	size_t i;
	int f;

	/* The mean field lengths are every entry's: counted in the first
	 * walk, which visits them all. */
	for (i = 0; !res->counted && i < w->nentries; i++) {
		field_lengths(w, &w->entries[i], len);
		for (f = 0; f < NFIELDS; f++)
			res->total[f] += len[f];
		res->nentries++;
	}
	if (mem_grow(&g->slot, &g->slot_cap, w->nentries, sizeof *g->slot) < 0)
		return -1;
	memset(g->slot, 0xff, w->nentries * sizeof *g->slot);
	g->nwt = 0;
	if (count_window(w, res) < 0)
		return -1;
	for (i = 0; i < g->nwt; i++)
		if (keep_candidate(w, &w->entries[g->wt[i].entry], &g->wt[i].t,
		    res) < 0)
			return -1;
	return typo_window(res, w);
}

/* Fills the hits and each word's df, from the candidates. */
int
rank_finish(struct search_result *res)
{
	struct gather *g = res->gather;
	double avglen[NFIELDS], len[NFIELDS];
	size_t i, k;
	int f;

	for (k = 0; k < res->nsought; k++)
		res->sought[k].df = 0;
	for (k = 0; k < res->nunits; k++)
		res->units[k].df = 0;
	for (i = 0; i < g->n; i++) {
		for (k = 0; k < res->nsought; k++)
			res->sought[k].df += (g->c[i].present >> k) & 1;
		for (k = 0; k < res->nunits; k++)
			res->units[k].df += (g->c[i].held >> k) & 1;
	}
	for (f = 0; f < NFIELDS; f++)
		avglen[f] = res->nentries ? (double)res->total[f] /
		    (double)res->nentries : 0;
	for (k = 0; k < res->nsought; k++)
		res->sought[k].idf = log(1 + ((double)res->nentries -
		    (double)res->sought[k].df + 0.5) / ((double)res->sought[k].df + 0.5));
	mem_free(res->hits);
	res->n = 0;
	if ((res->hits = mem_alloc((g->n ? g->n : 1) * sizeof *res->hits)) == NULL)
		return -1;
	for (i = 0; i < g->n; i++) {
		const struct candidate *c = &g->c[i];
		struct search_hit *h = &res->hits[res->n++];

		for (f = 0; f < NFIELDS; f++)
			len[f] = c->len[f];
		h->ordinal = c->ordinal;
		h->score = score(res, g->active, g->tf + c->tf, len, avglen);
		h->held = c->held;
		h->all_words = holds_all(res, h->held);
		h->exact = c->exact;
		h->strong = judge_strong(res, c->held, c->about, c->nnames ?
		    g->names + c->names : NULL, c->nnames, &h->in_one_name);
		if (h->exact)
			h->strong |= h->held;
	}
	res->ordered = 0;
	/* The hits hold what is left to know: the candidates go. */
	mem_free(g->c);
	mem_free(g->tf);
	mem_free(g->names);
	g->c = NULL;
	g->tf = NULL;
	g->names = NULL;
	g->n = g->cap = g->ntf = g->tf_cap = g->nnames = g->names_cap = 0;
	return 0;
}

static void
swap_hits(struct search_hit *a, struct search_hit *b)
{
	struct search_hit t = *a;

	*a = *b;
	*b = t;
}

/*
 * Put the k best of the n hits before the others, in no order: a
 * quickselect, by the one total order of hits (hit_order), so that which
 * k they are does not depend on how they were found.
 */
static void
select_best(struct search_hit *h, size_t n, size_t k)
{
	size_t lo = 0, hi = n, i, store, mid;

	while (hi - lo > 1) {
		/* The median of three as the pivot, moved to the end. */
		mid = lo + (hi - lo) / 2;
		if (hit_order(&h[mid], &h[lo]) < 0)
			swap_hits(&h[mid], &h[lo]);
		if (hit_order(&h[hi - 1], &h[lo]) < 0)
			swap_hits(&h[hi - 1], &h[lo]);
		if (hit_order(&h[mid], &h[hi - 1]) < 0)
			swap_hits(&h[mid], &h[hi - 1]);
		for (i = store = lo; i < hi - 1; i++)
			if (hit_order(&h[i], &h[hi - 1]) < 0)
				swap_hits(&h[i], &h[store++]);
		swap_hits(&h[store], &h[hi - 1]);
		if (store == k || store + 1 == k)
			return;
		if (k < store)
			hi = store;
		else
			lo = store + 1;
	}
}

void
search_order(struct search_result *res, size_t upto)
{
	if (upto > res->n)
		upto = res->n;
	if (upto <= res->ordered)
		return;
	/* A person reads the first few of thousands: the whole order only
	 * when all are wanted. */
	if (res->ordered == 0 && upto * 8 < res->n) {
		select_best(res->hits, res->n, upto);
		qsort(res->hits, upto, sizeof *res->hits, hit_order);
		res->ordered = upto;
		return;
	}
	qsort(res->hits + res->ordered, res->n - res->ordered, sizeof *res->hits,
	    hit_order);
	res->ordered = res->n;
}
