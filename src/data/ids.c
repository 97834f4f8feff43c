/* ids.c - an index of record ids: open addressing, linear in records. */
#include <stdint.h>
#include <string.h>

#include "../base/mem.h"
#include "ids.h"

/* FNV-1a of an id with ASCII case folded, as ids compare. */
static uint32_t
id_hash(struct span id)
{
	uint32_t h = 2166136261u;
	size_t j;

	for (j = 0; j < id.len; j++) {
		unsigned char c = (unsigned char)id.p[j];

		h = (h ^ (uint32_t)ascii_lower(c)) * 16777619u;
	}
	return h;
}

/* Double the index, placing the slots by their stored hashes alone. */
static int
index_grow(struct id_index *ix)
{
	size_t size = ix->slots ? (ix->mask + 1) * 2 : 16, i, k;
	struct id_slot *slots;

	if (size > UINT32_MAX || (slots = mem_alloc(size * sizeof *slots)) == NULL)
		return -1;
	memset(slots, 0, size * sizeof *slots);
	for (i = 0; ix->slots && i <= ix->mask; i++) {
		if (ix->slots[i].index == 0)
			continue;
		for (k = ix->slots[i].hash & (size - 1); slots[k].index; k = (k + 1) & (size - 1))
			;
		slots[k] = ix->slots[i];
	}
	mem_free(ix->slots);
	ix->slots = slots;
	ix->mask = size - 1;
	return 0;
}

long
ids_find(const struct id_index *ix, struct span id, ids_key_fn *key,
    const void *recs)
{
	uint32_t h = id_hash(id);
	size_t k;

	if (ix->slots == NULL)
		return -1;
	for (k = h & ix->mask; ix->slots[k].index; k = (k + 1) & ix->mask)
		if (ix->slots[k].hash == h &&
		    span_equal_fold(key(recs, ix->slots[k].index - 1), id))
			return (long)(ix->slots[k].index - 1);
	return -1;
}

/*
 * Add record i to the index while its id is still in cache: linear in the
 * number of records, where recfix's key check is quadratic.  Each slot
 * keeps the hash, so that a probe reads a record only when the hashes
 * agree.
 */
long
ids_add(struct id_index *ix, size_t i, ids_key_fn *key, const void *recs)
{
	struct span id = key(recs, i);
	uint32_t h;
	long first;
	size_t k;

	if (id.len == 0)
		return IDS_ADDED;
	if ((first = ids_find(ix, id, key, recs)) >= 0)
		return first;
	/* Three quarters full at most: a file of many ids fills a table
	 * larger than a cache, and a fuller one probes no slower. */
	if ((ix->slots == NULL || (ix->n + 1) * 4 > (ix->mask + 1) * 3) &&
	    index_grow(ix) < 0)
		return IDS_NO_MEMORY;
	h = id_hash(id);
	for (k = h & ix->mask; ix->slots[k].index; k = (k + 1) & ix->mask)
		;
	ix->slots[k].hash = h;
	ix->slots[k].index = (uint32_t)(i + 1);
	ix->n++;
	return IDS_ADDED;
}
