/* msg.h - messages on stderr: "hipacu: ...", held back while output is paged. */
#ifndef HIPACU_MSG_H
#define HIPACU_MSG_H

#include <stdarg.h>
#include <stddef.h>

#include "../base/text.h"

/* Print "hipacu: " and the message on stderr, arguments escaped by the
 * caller: one line, as diagnostics and errors are. */
void warnx_(const char *fmt, ...);

/* The same for what a person reads as prose (what a search made of the
 * words), wrapped at the width msg_set_width gave (0, at first: never),
 * a command to type never split. */
void notice(const char *fmt, ...);
void msg_set_width(size_t width);

/* Text made safe to print in a message (escaped, cut if long), in a
 * buffer the caller owns: one per text a message holds. */
struct esc {
	char s[200];
};
const char *esc(struct esc *e, const char *s);
const char *esc_span(struct esc *e, struct span s);

/* A message built piece by piece, cut at its size; the caller owns it.
 * Start it empty: struct msgbuf b = { "", 0 }. */
struct msgbuf {
	char s[400];
	size_t len;
};
void msgbuf_add(struct msgbuf *b, const char *fmt, ...);
void msgbuf_vadd(struct msgbuf *b, const char *fmt, va_list ap);

/* Report that memory ran out: the one message for it. */
void warn_oom(void);

/*
 * While output is collected for the pager, messages are held back: a
 * pager would scroll them off the screen.  msg_release prints them, after
 * the pager has quit (or before output that was not paged).
 */
void msg_hold(void);
void msg_release(void);

#endif
