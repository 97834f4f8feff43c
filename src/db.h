/* db.h - the hipacu database: recutils text parsed into topics and entries. */
#ifndef HIPACU_DB_H
#define HIPACU_DB_H

#include <stddef.h>

#include "text.h"

/* Documented limits: longer input is reported, never truncated silently. */
#define DB_MAX_LINE 65536		/* bytes in one physical line */
#define DB_MAX_VALUE 65536		/* bytes in one field value, joined */
#define DB_MAX_FILE (1UL << 30)		/* bytes in one database file */
#define DB_MAX_DIAGS 20			/* diagnostics kept; more are counted */
#define DB_DIAG_SIZE 512

/* A run of db->values: the values of one repeatable field of one record. */
struct list {
	size_t first, count;
};

/*
 * One record of either set.  A Topic record uses id, title, summary, note
 * and full; an Entry record the rest.  Every span points into db->buf.
 */
struct record {
	struct span id, topic, title, summary, body, source, display, note;
	struct list aliases, keywords, see;
	size_t topic_index;		/* entry: its topic in db->topics */
	size_t nentries;		/* topic: how many entries it has */
	unsigned long line;		/* line the record starts on */
	size_t start, end;		/* the bytes of buf it was read from */
	int full;			/* topic: list its entries in full */
};

struct db {
	char *buf;			/* the text; values are decoded in place */
	size_t len;
	int owns_buf;			/* free buf with the db */
	char name[256];			/* file name, escaped, for messages */
	struct record *topics, *entries;
	size_t ntopics, nentries, topics_cap, entries_cap;
	struct span *values;		/* Alias, Keyword and See values */
	size_t nvalues, values_cap;
	size_t *entry_slots, *topic_slots;	/* hash indexes: index + 1, 0 = free */
	size_t entry_mask, topic_mask;
	char diags[DB_MAX_DIAGS][DB_DIAG_SIZE];	/* "FILE:LINE: message" */
	size_t ndiags;			/* found, possibly more than kept */
	int oom;			/* an allocation failed */
};

void db_init(struct db *db);

/*
 * Parse len bytes at buf (which need not be NUL-terminated) named name.
 * The parser rewrites buf in place while joining continuation lines, so a
 * buffer can be parsed only once.  If owns is set, db_free frees buf.
 * Returns 0, or -1 with db->diags filled in or db->oom set.  Never prints.
 */
int db_parse(struct db *db, char *buf, size_t len, const char *name, int owns);

/* Read path whole and parse it; I/O errors come back as diagnostics. */
int db_read_file(struct db *db, const char *path);

void db_free(struct db *db);

/* Index of the entry or topic with exactly this id, or -1. */
long db_find_entry(const struct db *db, struct span id);
long db_find_topic(const struct db *db, struct span id);

/* Value i of a repeatable field's list. */
struct span db_value(const struct db *db, struct list l, size_t i);

#endif
