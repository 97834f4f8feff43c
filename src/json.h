/* json.h - the --json output (RFC 8259). */
#ifndef HIPACU_JSON_H
#define HIPACU_JSON_H

#include <stdio.h>

#include "db.h"
#include "search.h"

/* One array of entry objects, in the order given. */
void json_entries(FILE *out, const struct db *db, struct db_scratch *scratch,
    const size_t *idx, size_t n);

/* Search results, best first, each with its "score". */
void json_results(FILE *out, const struct db *db, const struct search_result *res);

/* One array of topic objects. */
void json_topics(FILE *out, const struct db *db);

#endif
