/* search.c - a search, from the words typed to judged hits: its stages in
 * order (internal.h), over one walk of the entries, or more only when the
 * first changes what is asked. */
#include <stdlib.h>
#include <string.h>

#include "../base/mem.h"
#include "internal.h"

/* A walk over the entries: the question is read at its first window,
 * with the Terms read by then; each window is counted. */
struct walk {
	struct search_result *res;
	const struct span *args;
	size_t nargs;
	size_t nterms;		/* Terms the question was read with */
	int read;		/* the question has been read */
};

static int
read_question(const struct db *db, struct walk *wk)
{
	struct search_result *res = wk->res;

	query_read(db, res->known, wk->args, wk->nargs, res);
	wk->nterms = db->nterms;
	wk->read = 1;
	return res->nwords > 0 ? rank_begin(res, 1) : 0;
}

static int
visit(void *arg, const struct db *db, const struct db *window)
{
	struct walk *wk = arg;

	if (!wk->read && read_question(db, wk) < 0)
		return -1;
	if (wk->res->nwords == 0)
		return 1;
	return rank_window(wk->res, window);
}

/* Is what b asks what a asks: the same units, searching the same words? */
static int
same_question(const struct search_result *a, const struct search_result *b)
{
	size_t i;

	if (a->nunits != b->nunits || a->nsought != b->nsought)
		return 0;
	for (i = 0; i < a->nunits; i++)
		if (a->units[i].at != b->units[i].at ||
		    a->units[i].nwords != b->units[i].nwords ||
		    a->units[i].own != b->units[i].own ||
		    a->units[i].term_record != b->units[i].term_record ||
		    a->units[i].health != b->units[i].health)
			return 0;
	for (i = 0; i < a->nsought; i++)
		if (a->sought[i].unit != b->sought[i].unit ||
		    a->sought[i].weight != b->sought[i].weight ||
		    strcmp(a->sought[i].word.stem, b->sought[i].word.stem) != 0)
			return 0;
	return 1;
}

/*
 * Terms read after the question was (a Term set after the entries, as
 * files have it): read it again; whether that changed what it asks (then
 * res asks it now), or -1 out of memory.
 */
static int
read_again(const struct db *db, struct walk *wk)
{
	struct search_result *res = wk->res, *again;
	int changed;

	if ((again = mem_alloc(sizeof *again)) == NULL)
		return -1;
	memset(again, 0, sizeof *again);
	query_read(db, res->known, wk->args, wk->nargs, again);
	wk->nterms = db->nterms;
	if ((changed = !same_question(res, again))) {
		memcpy(res->units, again->units, sizeof res->units);
		res->nunits = again->nunits;
		memcpy(res->sought, again->sought, sizeof res->sought);
		res->nsought = again->nsought;
	}
	mem_free(again);
	return changed;
}

/*
 * A later walk, over the entries that hold a searched word's first
 * letters (as rank.c scans for them) and no others: the first walk
 * counted them all.  Typos are gathered from every entry.
 */
static int
walk_again(struct db *db, struct walk *wk, int typos)
{
	struct search_result *res = wk->res;
	struct span needles[SEARCH_MAX_SOUGHT];
	size_t k, n = 0;

	if (rank_begin(res, typos) < 0)
		return -1;
	for (k = 0; k < res->nsought; k++) {
		const struct word *w = &res->sought[k].word;

		if (!sought_active(res, k))
			continue;
		needles[n].p = w->stem;
		needles[n++].len = w->stemlen > 1 ? w->stemlen - 1 : w->stemlen;
	}
	if (typo_gathering(res))
		return db_walk(db, visit, wk);
	return db_walk_holding(db, needles, n, visit, wk);
}

/* The stages, in order; a changed question walks the entries again. */
static int
search_query(struct db *db, struct walk *wk)
{
	struct search_result *res = wk->res;
	int rc;

	if (db_walk(db, visit, wk) < 0)
		return -1;
	res->counted = 1;
	if (!wk->read && read_question(db, wk) < 0)
		return -1;
	if (res->nwords == 0)
		return 0;
	if (db->nterms != wk->nterms) {
		if ((rc = read_again(db, wk)) < 0)
			return -1;
		if (rc > 0 && walk_again(db, wk, 1) < 0)
			return -1;
	}
	if (rank_finish(res) < 0)
		return -1;
	if (typo_correct(res->known, res) &&
	    (walk_again(db, wk, 0) < 0 || rank_finish(res) < 0))
		return -1;
	judge_missing(res);
	search_order(res, SEARCH_JUDGED);
	return judge_answers(db, res);
}

/* The search, its decoding scratch owned by the result (no hidden state
 * in the library); everything freed on failure. */
int
search_run(struct db *db, const struct english_words *known,
    const struct span *args, size_t nargs, struct search_result *res)
{
	struct walk wk;

	memset(res, 0, sizeof *res);
	memset(&wk, 0, sizeof wk);
	res->known = known;
	wk.res = res;
	wk.args = args;
	wk.nargs = nargs;
	if ((res->scratch = mem_alloc(sizeof *res->scratch)) == NULL ||
	    search_query(db, &wk) < 0) {
		search_free(res);
		return -1;
	}
	return 0;
}

void
search_keep_topic(const struct db *db, struct search_result *res, size_t topic)
{
	size_t i, n = 0;

	search_order(res, res->n);
	for (i = 0; i < res->n; i++)
		if (db_topic_of(db, res->hits[i].ordinal) == topic)
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
	rank_free(res);
}
