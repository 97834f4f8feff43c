/* msg.c - messages on stderr: "hipacu: ...", held back while output is paged. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../base/wrap.h"
#include "../base/mem.h"
#include "msg.h"

#define PREFIX "hipacu: "
#define PREFIX_LEN 8

/* "hipacu: " and the message, wrapped at width (0: never): later lines
 * under the first's text, so that each message still starts a line with
 * "hipacu:".  A line end in the message starts a line of its own. */
static void
put_wrapped(struct buf *f, struct span m, size_t width)
{
	struct wrap w;
	size_t i = 0, end;

	w.width = width;
	w.indent = PREFIX_LEN;
	wrap_restart(&w, PREFIX_LEN);
	buf_puts(f, PREFIX);
	while (i < m.len) {
		if (m.p[i] == '\n') {
			buf_puts(f, "\n" PREFIX);
			wrap_restart(&w, PREFIX_LEN);
			i++;
			continue;
		}
		end = wrap_piece_end(m, i);
		switch (wrap_piece(&w, text_columns((struct span){ m.p + i,
		    end - i }), wrap_glued(m, i))) {
		case WRAP_BREAK:
			buf_printf(f, "\n%*s", PREFIX_LEN, "");
			break;
		case WRAP_SPACE:
			buf_putc(f, ' ');
			break;
		case WRAP_FIRST:
		case WRAP_JOIN:
			break;
		}
		buf_add(f, m.p + i, end - i);
		for (i = end; i < m.len && m.p[i] == ' '; i++)
			;
	}
	buf_putc(f, '\n');
}

void
msg_init(struct messages *m)
{
	m->width = 0;
	m->holding = 0;
	buf_init(&m->held);
}

/* The message, on stderr or held back; wrapped at width (0: never). */
static void
vmessage(struct messages *m, size_t width, const char *fmt, va_list ap)
{
	struct buf text, line;

	buf_init(&text);
	buf_vprintf(&text, fmt, ap);
	/* Messages built in memory, or held back without it: said, not lost. */
	if (buf_failed(&text)) {
		buf_reset(&text);
		buf_puts(&text, MEM_OUT_OF_MEMORY);
	}
	buf_init(&line);
	if (width == 0) {
		/* Diagnostics stay one line each, for editors and grep. */
		buf_puts(&line, PREFIX);
		buf_add(&line, buf_str(&text), text.len);
		buf_putc(&line, '\n');
	} else {
		put_wrapped(&line, buf_span(&text), width);
	}
	if (m->holding) {
		buf_add(&m->held, buf_str(&line), line.len);
		/* No memory to hold it: what is held goes out now, in order. */
		if (buf_failed(&m->held)) {
			fwrite(buf_str(&m->held), 1, m->held.len, stderr);
			m->holding = 0;
			buf_free(&m->held);
		}
	}
	if (!m->holding)
		fwrite(buf_str(&line), 1, line.len, stderr);
	buf_free(&line);
	buf_free(&text);
}

void
msg_warn(struct messages *m, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(m, 0, fmt, ap);
	va_end(ap);
}

void
msg_notice(struct messages *m, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage(m, m->width, fmt, ap);
	va_end(ap);
}

const char *
msg_quote(struct buf *b, const char *s)
{
	return msg_quote_span(b, span_from(s));
}

const char *
msg_quote_span(struct buf *b, struct span s)
{
	return buf_quote(b, s, BUF_QUOTE_SIZE);
}

void
msg_oom(struct messages *m)
{
	msg_warn(m, "%s", MEM_OUT_OF_MEMORY);
}

void
msg_hold(struct messages *m)
{
	m->holding = 1;
}

void
msg_release(struct messages *m)
{
	if (m->holding)
		fwrite(buf_str(&m->held), 1, m->held.len, stderr);
	m->holding = 0;
	buf_free(&m->held);
}
