/* lookup.h - find entries by name, and suggest names for a typo. */
#ifndef HIPACU_LOOKUP_H
#define HIPACU_LOOKUP_H

#include <stddef.h>

#include "../data/db.h"

#define LOOKUP_ANY_TOPIC ((size_t)-1)
#define LOOKUP_MAX 8

struct lookup {
	size_t matches[LOOKUP_MAX];	/* entry indexes, in database order */
	size_t nmatches;		/* found, possibly more than kept */
	int exact;			/* matched a whole id, title or alias */
};

/*
 * Entries of one topic (or LOOKUP_ANY_TOPIC) whose id, title or alias is
 * name, ignoring case and treating '-', '_' and ' ' alike.  If none is and
 * allow_prefix is set, the entries that one of them starts with name.
 */
void lookup_name(const struct db *db, size_t topic, struct span name,
    int allow_prefix, struct lookup *out);

/*
 * Up to max names (ids, titles or aliases, one per entry) close to name by
 * edit distance, closest first.  Returns how many were stored.
 */
size_t lookup_suggest(const struct db *db, size_t topic, struct span name,
    struct span *out, size_t max);

/*
 * Optimal string alignment distance (Damerau-Levenshtein with adjacent
 * transpositions) between a and b, ignoring ASCII case.  Gives up early and
 * returns limit + 1 once the distance must exceed limit.
 */
size_t edit_distance(struct span a, struct span b, size_t limit);

/*
 * The one top-k list: make room for an item of key d in items (item_size
 * bytes each; at most max, *n now) kept in rising order of keys, an item
 * after those of equal key.  Returns the place made, which the caller
 * fills, or max when d does not make the list.
 */
size_t topk_insert(size_t *keys, void *items, size_t item_size, size_t *n,
    size_t max, size_t d);

/*
 * The one rule of how far a typo may be from the word it was meant for, by
 * what is done with it.  TYPO_SUGGEST: a name offered back ("did you mean
 * 'bursitis'?"), which the person judges: 1 edit up to 3 letters, 2 up to
 * 7, else 3.  TYPO_READ: a word of a question read as a database word,
 * which nobody checks: 0 below 4 letters, 1 up to 8, else 2.
 */
enum typo_use { TYPO_SUGGEST, TYPO_READ };
size_t typo_limit(size_t len, enum typo_use use);

#endif
