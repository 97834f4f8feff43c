/*
 * schema.h - the schema of the database, for src/data alone: the record
 * sets and the rule of each field, one table that the parser (db.c) and
 * every check read, as sbase parses fields from a table.
 */
#ifndef HIPACU_SCHEMA_H
#define HIPACU_SCHEMA_H

#include <stddef.h>

#include "db.h"
#include "rec.h"

/* A value escaped for a diagnostic, in q (see buf_quote). */
static inline const char *
quote(struct buf *q, struct span s)
{
	return buf_quote(q, s, REC_QUOTE_SIZE);
}

/*
 * A validator of one field's value: 0 if it is valid, else -1 with the
 * message in msg (size bytes).  set is the record set's name.
 */
typedef int validator(const struct db *db, const char *set, struct span v,
    char *msg, size_t size);

enum { REQUIRED = 1, REPEATED = 2, ONE_LINE = 4 };

/* One field a record may hold; offset locates it in struct record. */
struct field_rule {
	const char *name;
	size_t len;		/* of name */
	const char *member;	/* its member of struct record, by name */
	int flags;
	size_t offset;		/* of a struct span, or a struct list if REPEATED */
	validator *valid;	/* NULL: any value */
};

struct record_set {
	const char *name;	/* as in "%rec: Entry" */
	const struct field_rule *rules;
	size_t nrules;
};

/* SET_SKIP: the records after a "%rec:" line rejected for its bytes,
 * which was reported: nothing more is said of them. */
enum { SET_SKIP = -2, SET_NONE = -1, SET_TOPIC, SET_ENTRY, SET_TERM, NSETS };

extern const struct record_set record_sets[NSETS];

/* The most rules a set has (the Entry set's): the size of a record's
 * bookkeeping.  schema.c checks it. */
#define MAX_RULES 11

/* The rule of the field named name in set, or NULL. */
const struct field_rule *find_rule(const struct record_set *set,
    struct span name);

/* The set's field names, "Id, Title, ...", into out (size bytes). */
void list_rules(const struct record_set *set, char *out, size_t size);

#endif
