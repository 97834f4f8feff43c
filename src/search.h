/* search.h - full-text search over the entries. */
#ifndef HIPACU_SEARCH_H
#define HIPACU_SEARCH_H

#include <stddef.h>

#include "db.h"

struct search_result {
	size_t *entries;		/* entry indexes, in the order to show */
	size_t n;
};

/*
 * Entries in which every word occurs, ignoring ASCII case, in the id,
 * title, an alias, a keyword, the summary or the body; in database order.
 * Returns 0, or -1 when memory runs out.  Free with search_free.
 */
int search_run(const struct db *db, const struct span *words, size_t nwords,
    struct search_result *res);
void search_free(struct search_result *res);

/* The first sentence of the summary or body holding one of the words. */
struct span search_snippet(const struct db *db, const struct record *e,
    const struct span *words, size_t nwords);

#endif
