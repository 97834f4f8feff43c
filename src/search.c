/* search.c - ranked full-text search over the entries (BM25F). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lookup.h"
#include "mem.h"
#include "search.h"

/*
 * The fields an entry is searched in, and their weights: a word in the
 * title or an alias says more about an entry than one in the body.
 */
enum { F_NAME, F_ALIAS, F_KEYWORD, F_SUMMARY, F_BODY, NFIELDS };
static const double field_weight[NFIELDS] = { 3.0, 3.0, 2.0, 1.5, 1.0 };

/* BM25's usual constants: term frequency saturation and length weight. */
#define K1 1.2
#define B 0.75

/* How often each query word occurs in each field of one entry. */
struct tally {
	unsigned short tf[SEARCH_MAX_WORDS][NFIELDS];
	int any;			/* some query word occurs */
};

struct pending {
	size_t entry;
	struct tally t;
};

static size_t
field_count(const struct record *e, int f)
{
	switch (f) {
	case F_NAME:
		return 2;
	case F_ALIAS:
		return e->aliases.count;
	case F_KEYWORD:
		return e->keywords.count;
	default:
		return 1;
	}
}

static struct span
field_value(const struct db *db, const struct record *e, int f, size_t i)
{
	switch (f) {
	case F_NAME:
		return i == 0 ? e->id : e->title;
	case F_ALIAS:
		return db_value(db, e->aliases, i);
	case F_KEYWORD:
		return db_value(db, e->keywords, i);
	case F_SUMMARY:
		return e->summary;
	default:
		return e->body;
	}
}

/* Terms that take part: all but stopwords, unless there is nothing else. */
static int
term_active(const struct search_result *res, size_t k)
{
	size_t i;

	if (!res->terms[k].stop)
		return 1;
	for (i = 0; i < res->nterms; i++)
		if (!res->terms[i].stop)
			return 0;
	return 1;
}

static int
same_stem(const struct word *a, const struct word *b)
{
	return a->stemlen == b->stemlen && memcmp(a->stem, b->stem, a->stemlen) == 0;
}

int
search_matches(const struct search_result *res, const struct word *w)
{
	size_t k;

	for (k = 0; k < res->nterms; k++)
		if (term_active(res, k) && same_stem(&res->terms[k].word, w))
			return 1;
	return 0;
}

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
		for (i = 0; i < field_count(e, f); i++) {
			v = db_text(field_value(db, e, f, i));
			pos = 0;
			while (word_next(v, &pos, &w)) {
				for (k = 0; k < res->nterms; k++)
					if (active[k] && same_stem(&res->terms[k].word, &w) &&
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
		if (k >= res->nterms || w.foldlen != res->terms[k].word.foldlen ||
		    memcmp(w.fold, res->terms[k].word.fold, w.foldlen) != 0)
			return 0;
		k++;
	}
	return k == res->nterms && k > 0;
}

static int
names_whole_query(const struct db *db, const struct record *e,
    const struct search_result *res)
{
	size_t i;
	int f;

	for (f = F_NAME; f <= F_KEYWORD; f++)
		for (i = 0; i < field_count(e, f); i++)
			if (is_whole_query(res, field_value(db, e, f, i)))
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
	if (a->score != b->score)
		return a->score < b->score ? 1 : -1;
	return a->entry < b->entry ? -1 : a->entry > b->entry;
}

/* Score one entry from its tally: BM25F, with the field lengths normalised. */
/* A field's length in bytes: for BM25 only its ratio to the mean counts. */
static double
field_len(const struct db *db, const struct record *e, int f)
{
	double len = 0;
	size_t i;

	for (i = 0; i < field_count(e, f); i++)
		len += (double)field_value(db, e, f, i).len;
	return len;
}

static double
score(const struct search_result *res, const int *active, const struct tally *t,
    const double *len, const double *avglen, int *all)
{
	double s = 0, tfw, norm;
	size_t k;
	int f;

	*all = 1;
	for (k = 0; k < res->nterms; k++) {
		if (!active[k])
			continue;
		tfw = 0;
		for (f = 0; f < NFIELDS; f++) {
			if (t->tf[k][f] == 0)
				continue;
			norm = avglen[f] > 0 ? 1 - B + B * len[f] / avglen[f] : 1;
			tfw += field_weight[f] * t->tf[k][f] / norm;
		}
		if (tfw == 0)
			*all = 0;
		else
			s += res->terms[k].idf * tfw / (K1 + tfw);
	}
	return s;
}

/* The entry whose bytes hold offset off of db->buf, or -1. */
static long
entry_at(const struct db *db, size_t off)
{
	size_t lo = 0, hi = db->nentries, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (db->entries[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < db->nentries && db->entries[lo].start <= off ? (long)lo : -1;
}

static int
fold_equal(const char *s, const char *lower, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)lower[i])
			return 0;
	}
	return 1;
}

/*
 * Mark the entries whose text holds needle (lower case), ignoring ASCII
 * case, with one scan of the whole buffer per case of its first byte: a
 * rare word costs about what grep costs.  A match in a field name or in
 * bytes left over from joining lines only costs a closer look.
 */
static void
mark_holders(const struct db *db, const char *needle, size_t n, unsigned char *mark)
{
	const char *p, *end = db->buf + db->len;
	char first[2];
	int c, cases;
	long e;

	first[0] = needle[0];
	first[1] = needle[0] >= 'a' && needle[0] <= 'z' ? needle[0] - 32 : needle[0];
	cases = first[1] != first[0] ? 2 : 1;
	for (c = 0; c < cases; c++)
		for (p = db->buf; p + n <= end &&
		    (p = memchr(p, first[c], (size_t)(end - p) - n + 1)) != NULL; p++)
			if (fold_equal(p + 1, needle + 1, n - 1) &&
			    (e = entry_at(db, (size_t)(p - db->buf))) >= 0)
				mark[e] = 1;
}

/*
 * Which entries may hold an active term: those whose text holds the first
 * letters of its stem (all of it but the last letter, which the stemmer
 * may have changed: dizzy -> dizzi).  Only those are split into words.
 */
static unsigned char *
candidates(const struct db *db, const struct search_result *res, const int *active)
{
	unsigned char *mark;
	size_t k, n;

	if ((mark = mem_alloc(db->nentries ? db->nentries : 1)) == NULL)
		return NULL;
	/* Where a backslash join splits a word, the file does not hold it whole. */
	for (k = 0; k < db->nentries; k++)
		mark[k] = (unsigned char)db->entries[k].split;
	for (k = 0; k < res->nterms; k++) {
		const struct word *w = &res->terms[k].word;

		if (!active[k])
			continue;
		n = w->stemlen > 1 ? w->stemlen - 1 : w->stemlen;
		if (n > 0)
			mark_holders(db, w->stem, n, mark);
	}
	return mark;
}

/* Rank every entry for the current terms; fills hits and each term's df. */
static int
rank(const struct db *db, struct search_result *res)
{
	struct pending *p = NULL;
	size_t np = 0, cap = 0, i, k;
	double total[NFIELDS] = { 0 }, avglen[NFIELDS], len[NFIELDS];
	int active[SEARCH_MAX_WORDS], f;
	unsigned char *maybe;
	struct tally t;

	for (k = 0; k < res->nterms; k++) {
		active[k] = term_active(res, k);
		res->terms[k].df = 0;
	}
	if ((maybe = candidates(db, res, active)) == NULL)
		return -1;
	for (i = 0; i < db->nentries; i++) {
		for (f = 0; f < NFIELDS; f++)
			total[f] += field_len(db, &db->entries[i], f);
		if (!maybe[i])
			continue;
		tally_entry(db, &db->entries[i], res, active, &t);
		if (!t.any)
			continue;
		for (k = 0; k < res->nterms; k++)
			for (f = 0; f < NFIELDS; f++)
				if (t.tf[k][f]) {
					res->terms[k].df++;
					break;
				}
		if (mem_grow(&p, &cap, np + 1, sizeof *p) < 0) {
			mem_free(p);
			mem_free(maybe);
			return -1;
		}
		p[np].entry = i;
		p[np++].t = t;
	}
	mem_free(maybe);
	for (f = 0; f < NFIELDS; f++)
		avglen[f] = db->nentries ? total[f] / (double)db->nentries : 0;
	for (k = 0; k < res->nterms; k++)
		res->terms[k].idf = log(1 + ((double)db->nentries -
		    (double)res->terms[k].df + 0.5) / ((double)res->terms[k].df + 0.5));
	mem_free(res->hits);
	res->n = 0;
	if ((res->hits = mem_alloc(np * sizeof *res->hits)) == NULL) {
		mem_free(p);
		return -1;
	}
	for (i = 0; i < np; i++) {
		struct search_hit *h = &res->hits[res->n++];
		const struct record *e = &db->entries[p[i].entry];

		for (f = 0; f < NFIELDS; f++)
			len[f] = field_len(db, e, f);
		h->entry = p[i].entry;
		h->score = score(res, active, &p[i].t, len, avglen, &h->all_words);
		h->exact = names_whole_query(db, e, res);
	}
	mem_free(p);
	qsort(res->hits, res->n, sizeof *res->hits, hit_order);
	return 0;
}

/*
 * The closest words of the database to one query word, closest first,
 * with how often each occurs.  Up to NEAREST of them are kept: among
 * equally close words, those found first take the places.
 */
#define NEAREST 16

struct nearest {
	char word[NEAREST][WORD_MAX + 1];
	size_t dist[NEAREST], count[NEAREST], n, limit;
};

static void
consider(struct nearest *nr, const struct word *q, const struct word *w)
{
	struct span a, b;
	size_t d, i, k;

	a.p = q->fold;
	a.len = q->foldlen;
	b.p = w->fold;
	b.len = w->foldlen;
	if ((d = edit_distance(a, b, nr->limit)) > nr->limit)
		return;
	for (i = 0; i < nr->n; i++)
		if (strcmp(nr->word[i], w->fold) == 0) {
			nr->count[i]++;
			return;
		}
	/* Insert by distance; among equals, the first seen stays ahead. */
	for (i = 0; i < nr->n && nr->dist[i] <= d; i++)
		;
	if (i >= NEAREST)
		return;
	k = nr->n < NEAREST ? nr->n : NEAREST - 1;
	for (; k > i; k--) {
		memcpy(nr->word[k], nr->word[k - 1], sizeof nr->word[k]);
		nr->dist[k] = nr->dist[k - 1];
		nr->count[k] = nr->count[k - 1];
	}
	memcpy(nr->word[i], w->fold, w->foldlen + 1);
	nr->dist[i] = d;
	nr->count[i] = 1;
	if (nr->n < NEAREST)
		nr->n++;
}

/* Every word of the database, weighed against q. */
static void
find_nearest(const struct db *db, const struct word *q, struct nearest *nr)
{
	struct word w;
	size_t i, j, pos;
	int f;

	for (i = 0; i < db->nentries; i++)
		for (f = 0; f < NFIELDS; f++)
			for (j = 0; j < field_count(&db->entries[i], f); j++) {
				struct span v = db_text(field_value(db, &db->entries[i], f, j));

				pos = 0;
				while (word_next(v, &pos, &w))
					if (!word_is_stop(w.fold, w.foldlen))
						consider(nr, q, &w);
			}
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

/*
 * Replace each active word found nowhere by the closest word of the
 * database, if one is within typo_limit; among equally close words the
 * most frequent of the NEAREST kept wins.  Short words and numbers are left alone: at one or
 * two letters everything is a typo of everything.
 */
static int
correct_typos(const struct db *db, struct search_result *res)
{
	struct nearest nr;
	size_t k, i, best;
	int changed = 0;

	for (k = 0; k < res->nterms; k++) {
		struct word *q = &res->terms[k].word;

		if (res->terms[k].df > 0 || !term_active(res, k) || q->foldlen < 4 ||
		    !is_alpha_word(q))
			continue;
		memset(&nr, 0, sizeof nr);
		nr.limit = typo_limit(q->foldlen);
		find_nearest(db, q, &nr);
		if (nr.n == 0)
			continue;
		for (best = 0, i = 1; i < nr.n; i++)
			if (nr.dist[i] == nr.dist[0] && nr.count[i] > nr.count[best])
				best = i;
		memcpy(q->fold, nr.word[best], strlen(nr.word[best]) + 1);
		q->foldlen = strlen(q->fold);
		memcpy(q->stem, q->fold, q->foldlen + 1);
		q->stemlen = word_stem(q->stem, q->foldlen);
		res->terms[k].corrected = 1;
		changed = 1;
	}
	res->corrected |= changed;
	return changed;
}

/* On no match: the closest words the database knows to the first word. */
static void
offer_near(const struct db *db, struct search_result *res)
{
	struct nearest nr;
	size_t k, i;

	for (k = 0; k < res->nterms; k++) {
		if (!term_active(res, k) || res->terms[k].df > 0)
			continue;
		memset(&nr, 0, sizeof nr);
		nr.limit = res->terms[k].word.foldlen / 2 > 2 ?
		    res->terms[k].word.foldlen / 2 : 2;
		find_nearest(db, &res->terms[k].word, &nr);
		for (i = 0; i < nr.n && i < SEARCH_NEAR; i++)
			memcpy(res->near[i], nr.word[i], sizeof res->near[i]);
		res->nnear = i;
		return;
	}
}

int
search_run(const struct db *db, const struct span *args, size_t nargs,
    struct search_result *res)
{
	struct word w;
	size_t a, pos;

	memset(res, 0, sizeof *res);
	for (a = 0; a < nargs; a++) {
		pos = 0;
		while (word_next(args[a], &pos, &w)) {
			if (res->nterms == SEARCH_MAX_WORDS) {
				res->dropped++;
				continue;
			}
			res->terms[res->nterms].word = w;
			res->terms[res->nterms++].stop = word_is_stop(w.fold, w.foldlen);
		}
	}
	if (res->nterms == 0)
		return 0;
	if (rank(db, res) < 0)
		return -1;
	if (correct_typos(db, res) && rank(db, res) < 0)
		return -1;
	if (res->n == 0)
		offer_near(db, res);
	return 0;
}

void
search_free(struct search_result *res)
{
	mem_free(res->hits);
	res->hits = NULL;
	res->n = 0;
}

/* Sum of the idf of the distinct query words in s. */
static double
sentence_score(const struct search_result *res, struct span s)
{
	unsigned long seen = 0;
	struct word w;
	size_t pos = 0, k;
	double sum = 0;

	while (word_next(s, &pos, &w))
		for (k = 0; k < res->nterms; k++)
			if (!(seen & 1UL << k) && term_active(res, k) &&
			    same_stem(&res->terms[k].word, &w)) {
				seen |= 1UL << k;
				sum += res->terms[k].idf;
			}
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
search_snippet(const struct search_result *res, const struct record *e)
{
	struct span best = e->summary, text, s;
	double best_score = 0, sc;
	size_t i, end;
	int part;

	for (part = 0; part < 2; part++) {
		text = part == 0 ? e->summary : db_text(e->body);
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
