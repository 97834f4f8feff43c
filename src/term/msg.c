/* msg.c - messages on stderr: "hipacu: ...", held back while output is paged. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../base/cmdline.h"
#include "msg.h"

/* Messages held while the output is paged; NULL when they go out at once. */
static FILE *held;
static char *held_buf;
static size_t held_len;

/* Messages wrap at the output's width (0: never), as the output does. */
static size_t msg_width;

#define PREFIX "hipacu: "
#define PREFIX_LEN 8

void
msg_set_width(size_t width)
{
	msg_width = width;
}

/*
 * The end of the unbreakable piece of a message at i: a word, or a whole
 * command to type ("(hipacu show see-a-doctor)"), never split.
 */
static size_t
piece_end(struct span m, size_t i)
{
	size_t j = i, end;

	while (j < m.len && (m.p[j] == '(' || m.p[j] == '\''))
		j++;
	end = j + 7 <= m.len && memcmp(m.p + j, "hipacu ", 7) == 0 ?
	    command_end(m, j) : i;
	while (end < m.len && m.p[end] != ' ' && m.p[end] != '\n')
		end++;
	return end;
}

/* "hipacu: " and the message, wrapped at width (0: never): later lines
 * under the first's text, so that each message still starts a line with
 * "hipacu:". */
static void
put_wrapped(FILE *f, struct span m, size_t width)
{
	size_t i = 0, end, n, col = PREFIX_LEN;
	int first = 1;

	fputs(PREFIX, f);
	while (i < m.len) {
		if (m.p[i] == '\n') {
			fputs("\n" PREFIX, f);
			col = PREFIX_LEN;
			first = 1;
			i++;
			continue;
		}
		end = piece_end(m, i);
		n = utf8_count(m.p + i, end - i);
		if (!first && width && col + 1 + n > width) {
			fprintf(f, "\n%*s", PREFIX_LEN, "");
			col = PREFIX_LEN;
		} else if (!first) {
			fputc(' ', f);
			col++;
		}
		fwrite(m.p + i, 1, end - i, f);
		col += n;
		first = 0;
		for (i = end; i < m.len && m.p[i] == ' '; i++)
			;
	}
	fputc('\n', f);
}

static void
vmessage(size_t width, const char *fmt, va_list ap)
{
	FILE *f = held ? held : stderr;
	char m[1024];
	struct span message;
	int n;

	n = vsnprintf(m, sizeof m, fmt, ap);
	message.p = m;
	message.len = n < 0 ? 0 : (size_t)n < sizeof m ? (size_t)n : sizeof m - 1;
	if (width == 0) {
		/* Diagnostics stay one line each, for editors and grep. */
		fputs(PREFIX, f);
		fwrite(message.p, 1, message.len, f);
		fputc('\n', f);
		return;
	}
	put_wrapped(f, message, width);
}

void
warnx_(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(0, fmt, ap);
	va_end(ap);
}

void
notice(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(msg_width, fmt, ap);
	va_end(ap);
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
