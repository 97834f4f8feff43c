/* cmd.h - the command line's words: commands, topics, bare words, help. */
#ifndef HIPACU_CMD_H
#define HIPACU_CMD_H

#include "ctx.h"

/*
 * Run what the words after the options ask for: a command, a topic, bare
 * words, or the overview; with want_help, the help for the first word (or
 * the whole help).  Returns the exit status.
 */
int cmd_run(struct ctx *c, int want_help, int argc, char **argv);

/* --version: the version and the database in use. */
int cmd_version(struct ctx *c);

#endif
