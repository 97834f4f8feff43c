/* show.h - the commands that print entries: by topic, by id, by search. */
#ifndef HIPACU_SHOW_H
#define HIPACU_SHOW_H

#include "ctx.h"
#include "../search/search.h"

/* Each takes the words after the command word and returns an exit status. */
int cmd_topics(struct ctx *c, int argc, char **argv);
int cmd_list(struct ctx *c, int argc, char **argv);
int cmd_show(struct ctx *c, int argc, char **argv);
int cmd_search(struct ctx *c, int argc, char **argv);

/* Not commands of their own: a topic word, bare words, no words. */
int cmd_topic(struct ctx *c, size_t topic, int argc, char **argv);
int cmd_words(struct ctx *c, int argc, char **argv);
int cmd_overview(struct ctx *c);

/* The words English has, compiled in: no typo is read into one of them,
 * nor taken for a typo of a command. */
struct english_words known_words(void);

#endif
