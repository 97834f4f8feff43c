/* ids.h - an index of record ids: open addressing, linear in records. */
#ifndef HIPACU_IDS_H
#define HIPACU_IDS_H

#include <stddef.h>

#include "db.h"

/* Index of the record of recs with exactly this id (ASCII case folded),
 * or -1. */
long ids_find(const struct id_index *ix, const struct record *recs,
    struct span id);

/*
 * Add record i of recs to the index: IDS_ADDED (also for a record with no
 * id), the index of the record that has its id already, or IDS_NO_MEMORY.
 */
enum { IDS_ADDED = -1, IDS_NO_MEMORY = -2 };
long ids_add(struct id_index *ix, const struct record *recs, size_t i);

#endif
