/* ids.h - an index of record ids: open addressing, linear in records. */
#ifndef HIPACU_IDS_H
#define HIPACU_IDS_H

#include <stddef.h>
#include <stdint.h>

#include "../base/text.h"

/* A slot of an id index: the record's index + 1 (0: free) and the id's
 * hash, 32 bits each, so that the table of a large file's ids is as
 * small as it can be: a probe reads the record only when the hashes
 * agree, as they do for the id sought and, one time in four billion,
 * another. */
struct id_slot {
	uint32_t index;
	uint32_t hash;
};

/* An open-addressing hash index of ids, grown as records are added. */
struct id_index {
	struct id_slot *slots;
	size_t mask;		/* slots - 1; 0 when there are none */
	size_t n;		/* ids in it */
};

/*
 * The id of record i of the caller's records: the index keeps no copy of
 * an id, and knows nothing of what a record is.
 */
typedef struct span ids_key_fn(const void *recs, size_t i);

/* Index of the record with exactly this id (ASCII case folded), or -1. */
long ids_find(const struct id_index *ix, struct span id, ids_key_fn *key,
    const void *recs);

/*
 * Add record i to the index: IDS_ADDED (also for a record with no id),
 * the index of the record that has its id already, or IDS_NO_MEMORY.
 */
enum { IDS_ADDED = -1, IDS_NO_MEMORY = -2 };
long ids_add(struct id_index *ix, size_t i, ids_key_fn *key, const void *recs);

#endif
