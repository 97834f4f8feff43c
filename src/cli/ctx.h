/* ctx.h - what the commands share: options, the database, the output. */
#ifndef HIPACU_CTX_H
#define HIPACU_CTX_H

#include "../data/db.h"
#include "../doc/doc.h"
#include "../term/msg.h"
#include "../search/search.h"

#define HIPACU_VERSION "0.1.0"

/* Exit statuses, as grep's. */
enum {
	EXIT_FOUND = 0,		/* something was printed */
	EXIT_NONE = 1,		/* nothing matched */
	EXIT_TROUBLE = 2	/* usage error, bad database, I/O error */
};

struct ctx {
	const struct doc_format *format;	/* text, JSON, ... */
	struct render r;	/* where it goes: out */
	struct messages msg;	/* stderr, held back while paging */
	struct buf out;		/* stdout, or kept for the pager */
	int all;		/* --all: every search result, not the best few */
	const char *data;	/* --data FILE, else HIPACU_DATA, else NULL */
	int (*reserved)(struct span name);	/* a name no topic may have */
	const char *version;	/* what every document says besides its */
	const char *date;	/* entries: the version, the day, ... */
	const char *database;	/* ... and where the entries came from */
	struct db db;
	struct db_scratch *scratch;	/* the documents': Body and Note decoded
					 * (allocated with the database) */
};

/*
 * Print a document of kind with the entries idx (n of them) and footer
 * (or NULL), in the chosen format; what every document says besides comes
 * from c.  It is titled by its kind, or by its one entry.
 */
void ctx_print(struct ctx *c, enum doc_kind kind, const size_t *idx, size_t n,
    const char *footer);

/* Print a search's results, held first; a person's text shows shown.
 * 0, or -1: they could not be held (reported). */
int ctx_print_results(struct ctx *c, struct doc_results *results,
    const char *query, size_t shown, const char *footer);

/* Load path (NULL: the built-in database) into db; 0 or -1. */
int ctx_load_db(struct ctx *c, struct db *db, const char *path);

/* Load the database the options name; reports errors.  0 or -1.  A
 * command loads or opens it once (ctx_load or ctx_open), before it reads
 * it, and ctx_free lets it go. */
int ctx_load(struct ctx *c);

/* Open the database the options name as it streams (db_open): the
 * command reads it; the built-in one is loaded.  0, or -1 reported. */
int ctx_open(struct ctx *c);

/* Free what ctx_load loaded. */
void ctx_free(struct ctx *c);

/* Report a database that failed to load, check or read (with no
 * diagnostic: memory ran out). */
void report_db_errors(struct ctx *c, const struct db *db);

/* Report that memory ran out; returns EXIT_TROUBLE. */
int out_of_memory(struct ctx *c);

/* The arguments joined by single spaces; NULL if out of memory. */
char *join_words(int argc, char **argv);

/*
 * A command used wrongly: the message (fmt, escaped arguments), then the
 * search for the words if they may have been a question ("hipacu list my
 * hip hurts"; argc 0: none), then the pointer to the command's help, last.
 * Returns EXIT_TROUBLE.
 */
int usage(struct ctx *c, const char *command, int argc, char **argv,
    const char *fmt, ...) BUF_PRINTF(5, 6);

/* The topic a command word names (id, id + "s", or title), or -1. */
long topic_by_word(const struct db *db, const char *word);

#endif
