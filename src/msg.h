/* msg.h - messages on stderr: "hipacu: ...", held back while output is paged. */
#ifndef HIPACU_MSG_H
#define HIPACU_MSG_H

#include <stddef.h>

/* Print "hipacu: " and the message on stderr, arguments escaped by the caller. */
void warnx_(const char *fmt, ...);

/* s made safe to print in a message (escaped, cut if long); one of two
 * static buffers in turn, so a message can hold two of them. */
const char *safe(const char *s);

/*
 * While output is collected for the pager, messages are held back: a
 * pager would scroll them off the screen.  msg_release prints them, after
 * the pager has quit (or before output that was not paged).
 */
void msg_hold(void);
void msg_release(void);

#endif
