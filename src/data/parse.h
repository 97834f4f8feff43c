/*
 * parse.h - the parser of database text, for src/data alone: db.c reads
 * a whole text with it (parse.c), stream.c a file a window of records at
 * a time, and both get the same records and the same diagnostics; store.c
 * puts the records where they go.
 */
#ifndef HIPACU_PARSE_H
#define HIPACU_PARSE_H

#include <stddef.h>

#include "db.h"
#include "schema.h"

/* What the parse knows between records. */
struct parser {
	struct db *db;			/* topics, terms, the checks */
	struct db *into;		/* where entries go: db, or a window
					 * of a streamed file (whose text
					 * goes when the window does) */
	int first;			/* the first reading: topics, terms,
					 * checks, diagnostics; a later one
					 * reads the entries alone */
	size_t base;			/* the file offset of the text read */
	size_t next;			/* the ordinal of the next entry */
	int set;			/* SET_* of the records being read */
	unsigned long declared[NSETS];	/* line of each "%rec:", 0 if none */
	const struct field_rule **rules;	/* each field's rule, or NULL */
	size_t rules_cap;
	int decoded;			/* the record has a value joined across lines */
	int crlf;			/* CRLF line ends said (rec_reader) */
	struct db_scratch *scratch;	/* where such a value is decoded */
};

/* Begin a reading of db's text into into (db itself, or a window). */
void parse_begin(struct parser *ps, struct db *db, struct db *into, int first);

/*
 * Read len bytes of whole records at buf, which start at file offset
 * base, after line *line (which comes back as the last line read).
 * Returns 0, or -1 out of memory.
 */
int parse_text(struct parser *ps, const char *buf, size_t len, size_t base,
    unsigned long *line);

void parse_end(struct parser *ps);

/* A diagnostic of the parse: said on the first reading only. */
void parse_diag(struct parser *ps, unsigned long line, const char *fmt, ...)
    BUF_PRINTF(3, 4);

/* store.c: a record read, where it goes: an entry into ps->into (its
 * topic found; streamed, its stub made), a Topic or Term, read first,
 * into ps->db, copied if its text goes.  0, or -1 out of memory. */
int add_entry(struct parser *ps, const struct record *r);
int add_topic_or_term(struct parser *ps, int set, const struct record *r);

/* store.c: the entries a text read first held, from into->entries[from]
 * on: ids indexed, See links checked or left for the end.  0, or -1. */
int index_entries(struct parser *ps, size_t from);

/* store.c: after a first reading of the whole file, the checks that need
 * all of it (topics, See links), then the diagnostics in line order. */
void parse_checks(struct db *db);

/* store.c: entry e of window from, held in db (a copy, which stays when
 * the window goes): whole, or only what a list shows (id, topic, title,
 * summary).  0, or -1 out of memory. */
int db_keep_entry(struct db *db, const struct db *from, const struct record *e,
    int whole);

#define UNRESOLVED ((size_t)-1)	/* topic_index of a topic not read yet */

/* The id of record i of a table of records, or of stub i, for the id
 * index (ids.h). */
struct span db_record_id(const void *records, size_t i);
struct span db_stub_id(const void *stubs, size_t i);

/* len bytes of db's arena, never moved; NULL out of memory. */
char *db_alloc(struct db *db, size_t len);

/* A copy of s in db's arena: {NULL, 0} out of memory (s empty: s). */
struct span db_keep(struct db *db, struct span s);

/* Where entry ordinal's id is: its index in db->entries for a held
 * database, in db->stubs for a streamed one; -1 if none has it. */
long db_find_ordinal(const struct db *db, struct span id);

#endif
