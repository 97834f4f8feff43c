/* typo.c - a word found nowhere, read as the database word it is very
 * likely a typo of, or, when it is the start of one ("osteo"), as that
 * word; never an English word into another. */
#include <stdlib.h>
#include <string.h>

#include "../base/mem.h"
#include "internal.h"
#include "lookup.h"
#include "scan.h"

/*
 * Every word of the database within the typo limit of one query word,
 * with its distance and how often it occurs: all of them, so that the
 * word chosen is the same whatever the order of the entries (see
 * nearest_best).  Few words are that close to any word.
 */
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
 * most frequent, then the first in byte order.  NULL if there is none.
 */
static const struct near_word *
nearest_best(const struct nearest *nr)
{
	const struct near_word *a, *b = NULL;
	size_t i;

	for (i = 0; i < nr->n; i++) {
		a = &nr->item[i];
		if (b == NULL || a->dist < b->dist ||
		    (a->dist == b->dist && (a->count > b->count ||
		    (a->count == b->count && strcmp(a->word, b->word) < 0))))
			b = a;
	}
	return b;
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
	struct word w;
	size_t i;

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
	if (!scan_word_at(db, start, &w) || w.raw.p != start ||
	    w.foldlen + ns->nr->limit < ns->q->foldlen ||
	    w.foldlen > ns->q->foldlen + ns->nr->limit ||
	    word_is_stop(w.fold, w.foldlen) || scan_field_at(db, &db->entries[entry], at) < 0)
		return 0;
	for (i = 0; i < ns->ipiece; i++)
		if (holds_piece(&w, ns->q, &ns->pc[i]))
			return 0;
	return consider(ns->nr, ns->q, &w);
}

/* What each_split_word calls, and with what. */
struct split_words {
	int (*fn)(void *arg, const struct word *w);
	void *arg;
};

static int
split_word(void *arg, int field, const struct word *w)
{
	const struct split_words *sw = arg;

	(void)field;
	return sw->fn(sw->arg, w);
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
	struct split_words sw;
	size_t i;
	int rc;

	sw.fn = fn;
	sw.arg = arg;
	for (i = 0; i < db->nentries; i++)
		if (db->entries[i].split &&
		    (rc = scan_entry_words(db, &db->entries[i], scratch, split_word,
		    &sw)) != 0)
			return rc;
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

#define MAX_EXPANSIONS 16	/* distinct words an expansion counts */

/* The words of the database that start with a query word, longer than
 * it: the most frequent, ties to the first in byte order. */
struct expansion {
	const struct db *db;
	const struct word *q;
	char best[WORD_MAX + 1];
	size_t best_count;
	char seen[MAX_EXPANSIONS][WORD_MAX + 1];	/* distinct words, counted */
	size_t count[MAX_EXPANSIONS], n;
	int too_many;		/* more than MAX_EXPANSIONS: too vague to read */
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
		if (x->n == MAX_EXPANSIONS) {
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
	struct word w;

	if (db->entries[entry].split || !word_starts_at(db->text.p, at) ||
	    scan_field_at(db, &db->entries[entry], at) < 0)
		return 0;
	if (scan_word_at(db, at, &w))
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
 * database word, as people shorten long ones ("osteo"): the words of a
 * window that it starts are counted, by the same scan as the typo's.
 */
static int
expansion_window(const struct db *db, struct db_scratch *scratch,
    struct expansion *x)
{
	x->db = db;
	if (scan_places(db, x->q->fold, x->q->foldlen, expansion_at, x) < 0)
		return -1;
	return each_split_word(db, scratch, expansion_split, x) < 0 ? -1 : 0;
}

/* The word it starts most often, into out; 0 if none. */
static int
expansion_best(const struct expansion *x, char *out)
{
	/* Which word a vague start is read as must not depend on the order
	 * of the entries: with more candidates than are counted, none. */
	if (x->best_count == 0 || x->too_many)
		return 0;
	memcpy(out, x->best, strlen(x->best) + 1);
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

/* The candidates of the words that may be typos, as the entries go by:
 * gathered for a word only while no entry holds it. */
struct typo_gather {
	unsigned long units;		/* the units that may be typos */
	struct nearest near[SEARCH_MAX_WORDS];
	struct expansion x[SEARCH_MAX_WORDS];
};

int
typo_begin(struct search_result *res, const struct english_words *known)
{
	struct typo_gather *tg;
	size_t u;

	if ((tg = res->gather->typos = mem_alloc(sizeof *tg)) == NULL)
		return -1;
	memset(tg, 0, sizeof *tg);
	for (u = 0; u < res->nunits; u++) {
		const struct search_unit *un = &res->units[u];
		const struct word *q;

		if (un->own == NO_WORD || un->mapped || !unit_active(res, u))
			continue;
		q = &res->sought[un->own].word;
		if (!may_be_typo(known, q))
			continue;
		tg->units |= 1UL << u;
		tg->near[u].limit = typo_limit(q->foldlen, TYPO_READ);
		tg->x[u].q = q;
	}
	return 0;
}

int
typo_gathering(const struct search_result *res)
{
	return res->gather->typos != NULL && res->gather->typos->units != 0;
}

int
typo_window(struct search_result *res, const struct db *window)
{
	struct typo_gather *tg = res->gather->typos;
	size_t u;

	if (tg == NULL)
		return 0;
	for (u = 0; u < res->nunits; u++) {
		if (!(tg->units & 1UL << u) || (res->gather->found & 1UL << u))
			continue;
		if (find_nearest(window, res->scratch, tg->x[u].q, &tg->near[u]) < 0 ||
		    expansion_window(window, res->scratch, &tg->x[u]) < 0)
			return -1;
	}
	return 0;
}

void
typo_free(struct search_result *res)
{
	struct typo_gather *tg = res->gather ? res->gather->typos : NULL;
	size_t u;

	if (tg == NULL)
		return;
	for (u = 0; u < SEARCH_MAX_WORDS; u++)
		mem_free(tg->near[u].item);
	mem_free(tg);
	res->gather->typos = NULL;
}

/*
 * Read each meaningful word found nowhere that may be a typo as the
 * closest word of the database within typo_limit's TYPO_READ (nearest_best),
 * or that is only the start of one as that word.  Returns whether a word
 * was read so.
 */
int
typo_correct(const struct english_words *known, struct search_result *res)
{
	struct typo_gather *tg = res->gather->typos;
	char expansion[WORD_MAX + 1];
	const struct near_word *best;
	const char *read_as;
	size_t u;
	int changed = 0;

	for (u = 0; tg != NULL && u < res->nunits; u++) {
		struct search_unit *un = &res->units[u];
		struct word *q;

		if (un->df > 0 || !(tg->units & 1UL << u))
			continue;
		q = &res->sought[un->own].word;
		if ((best = nearest_best(&tg->near[u])) != NULL) {
			memcpy(expansion, best->word, strlen(best->word) + 1);
			read_as = expansion;
		} else if (expansion_best(&tg->x[u], expansion)) {
			un->expanded = 1;
			read_as = expansion;
		} else {
			read_as = NULL;
		}
		if (read_as == NULL)
			continue;
		memcpy(q->fold, read_as, strlen(read_as) + 1);
		q->foldlen = strlen(q->fold);
		memcpy(q->stem, q->fold, q->foldlen + 1);
		q->stemlen = word_stem(q->stem, q->foldlen);
		res->words[un->at] = *q;
		un->corrected = 1;
		query_judge_word(known, un, q);
		changed = 1;
	}
	return changed;
}
