/* cmd.h - the commands, and what they share: options and the database. */
#ifndef HIPACU_CMD_H
#define HIPACU_CMD_H

#include "db.h"
#include "msg.h"
#include "render.h"

/* Exit statuses, as grep's. */
enum {
	EXIT_FOUND = 0,		/* something was printed */
	EXIT_NONE = 1,		/* nothing matched */
	EXIT_TROUBLE = 2	/* usage error, bad database, I/O error */
};

struct ctx {
	int json;		/* --json */
	int all;		/* --all: every search result, not the best few */
	const char *data;	/* --data FILE, else HIPACU_DATA, else NULL */
	struct render r;
	struct db db;
	int loaded;		/* 1: db holds the database; -1: it failed to load */
};

typedef int command_fn(struct ctx *c, int argc, char **argv);

/* Load the database the options name; reports errors.  0 or -1. */
int ctx_load(struct ctx *c);

/* Report a database that failed to load or check. */
void report_db_errors(const struct db *db);

command_fn cmd_topics, cmd_list, cmd_show, cmd_search, cmd_check, cmd_completion;

/* The name of command i of the command table, or NULL past its end. */
const char *command_at(size_t i);

/* Is name (len bytes) the name of a command? */
int is_command(const char *name, size_t len);
/* Not in the command table: the topic commands and bare words. */
int cmd_topic(struct ctx *c, size_t topic, int argc, char **argv);
int cmd_words(struct ctx *c, int argc, char **argv);
int cmd_overview(struct ctx *c);

/* After a usage error: the words may have been a question, so show the
 * search for them ("hipacu help with sciatica"). */
void suggest_search(int argc, char **argv);

/* The topic a command word names (id, id + "s", or title), or -1. */
long topic_by_word(const struct db *db, const char *word);

#endif
