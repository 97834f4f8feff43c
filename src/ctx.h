/* ctx.h - what the commands share: options, the database, the output. */
#ifndef HIPACU_CTX_H
#define HIPACU_CTX_H

#include "db.h"
#include "doc.h"
#include "msg.h"
#include "render.h"
#include "search.h"

#define HIPACU_VERSION "0.1.0"

/* Exit statuses, as grep's. */
enum {
	EXIT_FOUND = 0,		/* something was printed */
	EXIT_NONE = 1,		/* nothing matched */
	EXIT_TROUBLE = 2	/* usage error, bad database, I/O error */
};

struct ctx;

/*
 * An output format: each way a command prints, chosen once from the
 * options.  The JSON one prints entry arrays for lists and topic arrays
 * for the overview.
 */
struct output {
	void (*entries)(const struct ctx *c, const size_t *idx, size_t n);
	void (*list)(const struct ctx *c, const size_t *idx, size_t n,
	    const char *footer);
	void (*topics)(const struct ctx *c);
	void (*overview)(const struct ctx *c);
	void (*results)(const struct ctx *c, const struct search_result *res,
	    size_t shown, const char *footer);
};

extern const struct output output_text, output_json, output_markdown,
    output_html;

struct ctx {
	const struct output *out;	/* how to print: text, JSON, ... */
	struct doc_info doc;		/* what documents say besides entries */
	int all;		/* --all: every search result, not the best few */
	const char *data;	/* --data FILE, else HIPACU_DATA, else NULL */
	const char *const *reserved;	/* names no topic may have */
	struct render r;
	struct db db;
	struct db_scratch scratch;	/* the renderers' (r and doc point here) */
	int loaded;		/* 1: db holds the database; -1: it failed to load */
};

/* Load path (NULL: the built-in database) into db; 0 or -1. */
int ctx_load_db(struct ctx *c, struct db *db, const char *path);

/* Load the database the options name, once; reports errors.  0 or -1. */
int ctx_load(struct ctx *c);

/* Report a database that failed to load or check. */
void report_db_errors(const struct db *db);

/* Report that memory ran out; returns EXIT_TROUBLE. */
int out_of_memory(void);

/* The arguments joined by single spaces; NULL if out of memory. */
char *join_words(int argc, char **argv);

/*
 * A command used wrongly: the message (fmt, escaped arguments), then the
 * search for the words if they may have been a question ("hipacu list my
 * hip hurts"; argc 0: none), then the pointer to the command's help, last.
 * Returns EXIT_TROUBLE.
 */
int usage(const char *command, int argc, char **argv, const char *fmt, ...);

/* The topic a command word names (id, id + "s", or title), or -1. */
long topic_by_word(const struct db *db, const char *word);

#endif
