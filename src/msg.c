/* msg.c - messages on stderr: "hipacu: ...", held back while output is paged. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"

/* Messages held while the output is paged; NULL when they go out at once. */
static FILE *held;
static char *held_buf;
static size_t held_len;

void
warnx_(const char *fmt, ...)
{
	FILE *f = held ? held : stderr;
	va_list ap;

	fputs("hipacu: ", f);
	va_start(ap, fmt);
	vfprintf(f, fmt, ap);
	va_end(ap);
	fputc('\n', f);
}

const char *
esc(struct esc *e, const char *s)
{
	text_escape(e->s, sizeof e->s, s, strlen(s));
	return e->s;
}

const char *
esc_span(struct esc *e, struct span s)
{
	text_escape(e->s, sizeof e->s, s.p, s.len);
	return e->s;
}

void
msgbuf_add(struct msgbuf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	msgbuf_vadd(b, fmt, ap);
	va_end(ap);
}

void
msgbuf_vadd(struct msgbuf *b, const char *fmt, va_list ap)
{
	int n;

	if (b->len >= sizeof b->s - 1)
		return;
	n = vsnprintf(b->s + b->len, sizeof b->s - b->len, fmt, ap);
	if (n > 0)
		b->len += (size_t)n < sizeof b->s - b->len ? (size_t)n :
		    sizeof b->s - b->len - 1;
}

void
warn_oom(void)
{
	warnx_("out of memory");
}

void
msg_hold(void)
{
	/* Without memory for the stream, messages simply go out at once. */
	held = open_memstream(&held_buf, &held_len);
}

void
msg_release(void)
{
	if (held == NULL)
		return;
	if (fclose(held) == 0 && held_buf != NULL)
		fwrite(held_buf, 1, held_len, stderr);
	free(held_buf);
	held = NULL;
	held_buf = NULL;
	held_len = 0;
}
