/* browse.h - hipacu browse: search as you type, full screen. */
#ifndef HIPACU_BROWSE_H
#define HIPACU_BROWSE_H

#include "ctx.h"

/* The command: the words after "browse" start the query.  Returns the
 * exit status (2 without a terminal to browse on). */
int cmd_browse(struct ctx *c, int argc, char **argv);

#endif
