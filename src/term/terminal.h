/* terminal.h - the terminal: colour, width and the pager. */
#ifndef HIPACU_TERMINAL_H
#define HIPACU_TERMINAL_H

#include <stdio.h>

#include "../base/buf.h"
#include "msg.h"

enum color_mode { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

/*
 * Whether to colour standard output: always, never, or (auto) when it is
 * a terminal, NO_COLOR is unset or empty and TERM is set and not "dumb".
 */
int terminal_color(enum color_mode mode);

/* 1 if standard output is a terminal: a person reads it. */
int terminal_stdout(void);

/* The terminal's size in *cols and *rows: the one place that asks; -1 if
 * stdout is no terminal. */
int terminal_size(size_t *cols, size_t *rows);

/* --width if given (>= 0), else the terminal's width up to 100, else
 * COLUMNS, else 80. */
size_t terminal_width(long option);

/*
 * Output that may go through a pager.  When standard output is a terminal
 * and paging is allowed, pager_begin makes out keep the output in memory;
 * pager_end then sends it through the pager if it is taller than the
 * screen, or writes it out.  Otherwise out writes to stdout as it comes.
 */
struct pager {
	int collecting;		/* out keeps the output for pager_end */
	int signal;		/* the pager was interrupted by it, or 0 */
};

void pager_begin(struct pager *p, struct buf *out, struct messages *m,
    int allowed);

/*
 * Returns 0, or -1 (reported) if memory ran out while collecting, or if
 * the pager could not start or failed before reading: the output is then
 * written directly, never lost.
 */
int pager_end(struct pager *p, struct buf *out, struct messages *m);

/*
 * If Ctrl-C or Ctrl-\ ended the pager, end by the same signal, as the
 * pager did: the shell sees the command interrupted.  Called last.
 */
void pager_pass_signal(const struct pager *p);

#endif
