/* lookup.c - find entries by name, and suggest names for a typo. */
#include <string.h>

#include "lookup.h"

typedef int (*name_match_fn)(struct span, struct span);

static int
record_has_name(const struct db *db, const struct record *e, struct span name,
    name_match_fn match)
{
	size_t i;

	if (match(name, e->id) || match(name, e->title))
		return 1;
	for (i = 0; i < e->aliases.count; i++)
		if (match(name, db_value(db, e->aliases, i)))
			return 1;
	return 0;
}

static void
collect(const struct db *db, size_t topic, struct span name,
    name_match_fn match, struct lookup *out)
{
	size_t i;

	out->nmatches = 0;
	for (i = 0; i < db->nentries; i++) {
		const struct record *e = &db->entries[i];

		if (topic != LOOKUP_ANY_TOPIC && e->topic_index != topic)
			continue;
		if (!record_has_name(db, e, name, match))
			continue;
		if (out->nmatches < LOOKUP_MAX)
			out->matches[out->nmatches] = i;
		out->nmatches++;
	}
}

void
lookup_name(const struct db *db, size_t topic, struct span name,
    int allow_prefix, struct lookup *out)
{
	out->exact = 1;
	collect(db, topic, name, name_equal, out);
	if (out->nmatches == 0 && allow_prefix && name.len > 0) {
		out->exact = 0;
		collect(db, topic, name, name_prefix, out);
	}
}

size_t
typo_limit(size_t len, enum typo_use use)
{
	if (use == TYPO_READ)
		return len < 4 ? 0 : len <= 8 ? 1 : 2;
	return len <= 3 ? 1 : len <= 7 ? 2 : 3;
}

#define MAX_DISTANCE_LEN 64

size_t
edit_distance(struct span a, struct span b, size_t limit)
{
	size_t rows[3][MAX_DISTANCE_LEN + 1];
	size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2], *t;
	size_t i, j, best;

	if ((a.len > b.len ? a.len - b.len : b.len - a.len) > limit)
		return limit + 1;
	/* Long strings are never typos of each other within a small limit. */
	if (a.len > MAX_DISTANCE_LEN || b.len > MAX_DISTANCE_LEN)
		return limit + 1;
	for (j = 0; j <= b.len; j++)
		prev[j] = j;
	for (i = 1; i <= a.len; i++) {
		int ca = name_fold((unsigned char)a.p[i - 1]);

		cur[0] = best = i;
		for (j = 1; j <= b.len; j++) {
			int cb = name_fold((unsigned char)b.p[j - 1]);
			size_t d = prev[j - 1] + (ca != cb);

			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			if (i > 1 && j > 1 && ca == name_fold((unsigned char)b.p[j - 2]) &&
			    name_fold((unsigned char)a.p[i - 2]) == cb && prev2[j - 2] + 1 < d)
				d = prev2[j - 2] + 1;
			cur[j] = d;
			if (d < best)
				best = d;
		}
		if (best > limit)
			return limit + 1;
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[b.len] > limit ? limit + 1 : prev[b.len];
}

/* The entry's name nearest to name, and its distance. */
static size_t
nearest_name(const struct db *db, const struct record *e, struct span name,
    size_t limit, struct span *best)
{
	size_t i, d, bestd = limit + 1;
	struct span cand;

	for (i = 0; i < 2 + e->aliases.count; i++) {
		cand = i == 0 ? e->id : i == 1 ? e->title : db_value(db, e->aliases, i - 2);
		if ((d = edit_distance(name, cand, limit)) < bestd) {
			bestd = d;
			*best = cand;
		}
	}
	return bestd;
}

size_t
topk_insert(size_t *keys, void *items, size_t item_size, size_t *n,
    size_t max, size_t d)
{
	char *it = items;
	size_t pos, last;

	for (pos = 0; pos < *n && keys[pos] <= d; pos++)
		;
	if (pos >= max)
		return max;
	last = *n < max ? *n : max - 1;
	memmove(keys + pos + 1, keys + pos, (last - pos) * sizeof *keys);
	memmove(it + (pos + 1) * item_size, it + pos * item_size,
	    (last - pos) * item_size);
	if (*n < max)
		(*n)++;
	keys[pos] = d;
	return pos;
}

size_t
lookup_suggest(const struct db *db, size_t topic, struct span name,
    struct span *out, size_t max)
{
	size_t dist[LOOKUP_MAX], i, k, n = 0, limit = typo_limit(name.len, TYPO_SUGGEST), d;
	struct span cand;

	if (max > LOOKUP_MAX)
		max = LOOKUP_MAX;
	for (i = 0; i < db->nentries; i++) {
		const struct record *e = &db->entries[i];

		if (topic != LOOKUP_ANY_TOPIC && e->topic_index != topic)
			continue;
		if ((d = nearest_name(db, e, name, limit, &cand)) > limit)
			continue;
		/* Ties keep database order. */
		if ((k = topk_insert(dist, out, sizeof *out, &n, max, d)) < max)
			out[k] = cand;
	}
	return n;
}
