/* search.c - a search, from the words typed to judged hits: its stages in
 * order (internal.h). */
#include <stdlib.h>
#include <string.h>

#include "../base/mem.h"
#include "internal.h"

/* The stages, in order; a word read as a typo ranks the entries again. */
static int
search_query(const struct db *db, const struct english_words *known,
    const struct span *args, size_t nargs, struct search_result *res)
{
	int rc;

	query_read(db, known, args, nargs, res);
	if (res->nwords == 0)
		return 0;
	if (rank_entries(db, res) < 0)
		return -1;
	if ((rc = typo_correct(db, known, res)) < 0 ||
	    (rc > 0 && rank_entries(db, res) < 0))
		return -1;
	judge_missing(db, res);
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
