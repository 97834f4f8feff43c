/* msg.c - messages on stderr: "hipacu: ...", held back while output is paged. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "text.h"

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
safe(const char *s)
{
	static char bufs[2][200];
	static int next;
	char *b = bufs[next++ % 2];

	text_escape(b, sizeof bufs[0], s, strlen(s));
	return b;
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
