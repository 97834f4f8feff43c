/* msg.h - messages on stderr: "hipacu: ...", held back while output is paged. */
#ifndef HIPACU_MSG_H
#define HIPACU_MSG_H

#include <stddef.h>

#include "../base/buf.h"

/*
 * Where the messages of a run go: the caller owns it (main's context)
 * and passes it down.  While output is collected for the pager, messages
 * are held back, since a pager would scroll them off the screen:
 * msg_release prints them after the pager has quit (or before output
 * that was not paged).
 */
struct messages {
	size_t width;		/* prose wraps at this width; 0: never */
	int holding;		/* output is being paged: hold them */
	struct buf held;	/* what is held, or (out of memory) part of it */
};

void msg_init(struct messages *m);

/* "hipacu: " and the message on stderr, arguments escaped by the caller
 * (msg_quote): one line, as diagnostics and errors are. */
void msg_warn(struct messages *m, const char *fmt, ...) BUF_PRINTF(2, 3);

/* The same for what a person reads as prose (what a search made of the
 * words): wrapped at the width, a command to type never split. */
void msg_notice(struct messages *m, const char *fmt, ...) BUF_PRINTF(2, 3);

/* Report that memory ran out: the one message for it. */
void msg_oom(struct messages *m);

void msg_hold(struct messages *m);
void msg_release(struct messages *m);

/* Text made safe to print in a message (escaped, cut with "..." if long),
 * into b, which the caller owns: one buffer per text a message holds.  A
 * quote never outgrows a buffer's own bytes: b needs no buf_init or
 * buf_free. */
const char *msg_quote(struct buf *b, const char *s);
const char *msg_quote_span(struct buf *b, struct span s);

#endif
