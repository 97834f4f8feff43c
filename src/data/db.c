/* db.c - the database: what it holds and how it is looked up, its
 * diagnostics; the parser is parse.c, where the records go store.c, a
 * file read as it streams stream.c. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../base/mem.h"
#include "ids.h"
#include "parse.h"

static void
diag(struct db *db, unsigned long line, const char *fmt, ...)
{
	va_list ap;
	char *d;
	int n;

	if (db->ndiags++ >= DB_MAX_DIAGS)
		return;
	db->diag_line[db->ndiags - 1] = line;
	d = db->diags[db->ndiags - 1];
	if (line)
		n = snprintf(d, DB_DIAG_SIZE, "%s:%lu: ", db->name, line);
	else
		n = snprintf(d, DB_DIAG_SIZE, "%s: ", db->name);
	if (n < 0 || n >= DB_DIAG_SIZE)
		return;
	va_start(ap, fmt);
	vsnprintf(d + n, DB_DIAG_SIZE - (size_t)n, fmt, ap);
	va_end(ap);
}

/*
 * The diagnostics in the order of their lines (a whole-file one first),
 * ties in the order found: an insertion sort, stable, of at most
 * DB_MAX_DIAGS.
 */
static void
sort_diags(struct db *db)
{
	char d[DB_DIAG_SIZE];
	unsigned long line;
	size_t i, k, n = db->ndiags < DB_MAX_DIAGS ? db->ndiags : DB_MAX_DIAGS;

	for (i = 1; i < n; i++) {
		line = db->diag_line[i];
		memcpy(d, db->diags[i], sizeof d);
		for (k = i; k > 0 && db->diag_line[k - 1] > line; k--) {
			db->diag_line[k] = db->diag_line[k - 1];
			memcpy(db->diags[k], db->diags[k - 1], sizeof d);
		}
		db->diag_line[k] = line;
		memcpy(db->diags[k], d, sizeof d);
	}
}

void
db_diag(struct db *db, unsigned long line, const char *fmt, ...)
{
	va_list ap;
	char msg[DB_DIAG_SIZE];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag(db, line, "%s", msg);
}

void
db_sort_diags(struct db *db)
{
	sort_diags(db);
}

void
db_init(struct db *db, int (*reserved)(struct span name))
{
	memset(db, 0, sizeof *db);
	db->reserved = reserved;
	db->fd = -1;
}

void
db_free(struct db *db)
{
	struct db_arena *a, *next;
	int (*reserved)(struct span name) = db->reserved;

	if (db->prebuilt) {
		db_init(db, reserved);
		return;
	}
	file_release(&db->text);
	if (db->fd >= 0)
		close(db->fd);
	mem_free(db->stubs);
	mem_free(db->pending);
	mem_free(db->topics);
	mem_free(db->entries);
	mem_free(db->terms);
	mem_free(db->values);
	mem_free(db->entry_ids.slots);
	mem_free(db->topic_ids.slots);
	for (a = db->arena; a != NULL; a = next) {
		next = a->next;
		mem_free(a);
	}
	db_init(db, reserved);
}

char *
db_alloc(struct db *db, size_t len)
{
	struct db_arena *a = db->arena;
	char *p;

	if (a == NULL || a->cap - a->used < len) {
		size_t cap = len > 4096 ? len : 4096;

		if ((a = mem_alloc(offsetof(struct db_arena, text) + cap)) == NULL)
			return NULL;
		a->next = db->arena;
		a->used = 0;
		a->cap = cap;
		db->arena = a;
	}
	p = a->text + a->used;
	a->used += len;
	return p;
}

struct span
db_keep(struct db *db, struct span s)
{
	struct span k = { NULL, 0 };
	char *p;

	if (s.len == 0)
		return s;
	if ((p = db_alloc(db, s.len)) == NULL)
		return k;
	memcpy(p, s.p, s.len);
	k.p = p;
	k.len = s.len;
	return k;
}

/* The id of record i of a table of records, for the id index. */
struct span
db_record_id(const void *recs, size_t i)
{
	return ((const struct record *)recs)[i].id;
}

/* The id of stub i, for the index of a streamed file's entries. */
struct span
db_stub_id(const void *stubs, size_t i)
{
	return ((const struct db_stub *)stubs)[i].id;
}

size_t
db_topic_next(const struct db *db, size_t t, size_t from)
{
	while (from < db->nentries && db->entries[from].topic_index != t)
		from++;
	return from;
}

long
db_find_ordinal(const struct db *db, struct span id)
{
	if (db->streamed)
		return ids_find(&db->entry_ids, id, db_stub_id, db->stubs);
	return ids_find(&db->entry_ids, id, db_record_id, db->entries);
}

long
db_find_entry(const struct db *db, struct span id)
{
	long o = db_find_ordinal(db, id);

	if (o < 0 || !db->streamed)
		return o;
	return db->stubs[o].held ? (long)db->stubs[o].held - 1 : -1;
}

long
db_find_topic(const struct db *db, struct span id)
{
	return ids_find(&db->topic_ids, id, db_record_id, db->topics);
}

size_t
db_topic_of(const struct db *db, size_t ordinal)
{
	return db->streamed ? db->stubs[ordinal].topic_index :
	    db->entries[ordinal].topic_index;
}

/* A diagnostic of the parse: said once, on the first reading. */
void
parse_diag(struct parser *ps, unsigned long line, const char *fmt, ...)
{
	va_list ap;
	char msg[DB_DIAG_SIZE];

	if (!ps->first)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	db_diag(ps->db, line, "%s", msg);
}
