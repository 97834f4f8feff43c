/* buf.c - the one growable buffer: kept in memory or passed to a file. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "mem.h"

void
buf_init(struct buf *b)
{
	b->heap = NULL;
	b->len = b->cap = 0;
	b->sink = NULL;
	b->oom = 0;
	b->small[0] = '\0';
}

void
buf_init_sink(struct buf *b, FILE *f)
{
	buf_init(b);
	b->sink = f;
}

void
buf_flush(struct buf *b)
{
	if (b->sink && b->len > 0)
		fwrite(b->small, 1, b->len, b->sink);
	if (b->sink)
		b->len = 0;
}

void
buf_free(struct buf *b)
{
	buf_flush(b);
	mem_free(b->heap);
	buf_init_sink(b, b->sink);
}

void
buf_reset(struct buf *b)
{
	buf_flush(b);
	b->len = 0;
	b->oom = 0;
	if (b->sink == NULL)
		(b->heap ? b->heap : b->small)[0] = '\0';
}

static char *
data(const struct buf *b)
{
	return b->heap ? b->heap : (char *)b->small;
}

/* Room for n more bytes and the NUL; 0, or -1 (and oom) if there is none. */
static int
room(struct buf *b, size_t n)
{
	size_t have = b->heap ? b->cap : sizeof b->small, cap = b->cap;

	if (b->oom)
		return -1;
	if (n <= have - b->len - 1)
		return 0;
	if (n > (size_t)-1 - b->len - 1) {
		b->oom = 1;
		return -1;
	}
	if (b->heap == NULL) {
		/* Out of small: the kept bytes move to the heap. */
		char *h = NULL;

		if (mem_grow(&h, &cap, b->len + n + 1, 1) < 0) {
			b->oom = 1;
			return -1;
		}
		memcpy(h, b->small, b->len + 1);
		b->heap = h;
		b->cap = cap;
		return 0;
	}
	if (mem_grow(&b->heap, &b->cap, b->len + n + 1, 1) < 0) {
		b->oom = 1;
		return -1;
	}
	return 0;
}

void
buf_add(struct buf *b, const char *s, size_t len)
{
	if (b->sink) {
		/* Gathered in small: stdio's every call costs more than a copy. */
		if (b->len + len > sizeof b->small)
			buf_flush(b);
		if (len >= sizeof b->small)
			fwrite(s, 1, len, b->sink);
		else if (len > 0)
			memcpy(b->small + b->len, s, len);
		if (len < sizeof b->small)
			b->len += len;
		return;
	}
	if (room(b, len) < 0)
		return;
	if (len > 0)
		memcpy(data(b) + b->len, s, len);
	b->len += len;
	data(b)[b->len] = '\0';
}

void
buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_putc(struct buf *b, int c)
{
	char ch = (char)c;

	buf_add(b, &ch, 1);
}

void
buf_spaces(struct buf *b, size_t n)
{
	static const char blanks[] = "                                ";

	while (n > 0) {
		size_t k = n < sizeof blanks - 1 ? n : sizeof blanks - 1;

		buf_add(b, blanks, k);
		n -= k;
	}
}

void
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list again;
	size_t have;
	int n;

	if (b->sink) {
		buf_flush(b);
		vfprintf(b->sink, fmt, ap);
		return;
	}
	if (b->oom)
		return;
	va_copy(again, ap);
	have = (b->heap ? b->cap : sizeof b->small) - b->len;
	n = vsnprintf(data(b) + b->len, have, fmt, ap);
	if (n >= 0 && (size_t)n < have) {
		b->len += (size_t)n;
	} else if (n >= 0 && room(b, (size_t)n) == 0) {
		/* It was cut, not having room: write it again, with room. */
		vsnprintf(data(b) + b->len, (size_t)n + 1, fmt, again);
		b->len += (size_t)n;
	} else if (n < 0) {
		b->oom = 1;
	}
	if (!b->oom)
		data(b)[b->len] = '\0';
	va_end(again);
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void
buf_add_safe(struct buf *b, const char *s, size_t len)
{
	size_t i = 0, start = 0, n;
	char esc[16];

	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		/* Printable ASCII, newline and tab go out as they are. */
		if ((c >= 0x20 && c < 0x7f) || c == '\n' || c == '\t') {
			i++;
			continue;
		}
		n = escape_char(s + i, len - i, esc);
		if (esc[0] == '\0') {
			i += n;
			continue;
		}
		buf_add(b, s + start, i - start);
		buf_puts(b, esc);
		i += n;
		start = i;
	}
	buf_add(b, s + start, len - start);
}

void
buf_add_line(struct buf *b, const char *s, size_t len, size_t size)
{
	char *line;

	if (b->sink || size == 0) {
		/* Escaped in pieces: a sink keeps no room to escape into. */
		struct buf tmp;

		if (size == 0)
			return;
		buf_init(&tmp);
		buf_add_line(&tmp, s, len, size);
		if (tmp.oom)
			b->oom = 1;
		else
			buf_add(b, buf_str(&tmp), tmp.len);
		buf_free(&tmp);
		return;
	}
	if (room(b, size) < 0)
		return;
	line = data(b) + b->len;
	text_escape(line, size, s, len);
	b->len += strlen(line);
}

/* A quote of what a person typed fits in a buffer's own bytes. */
typedef char quote_fits_small[BUF_QUOTE_SIZE <= BUF_SMALL ? 1 : -1];

const char *
buf_quote(struct buf *b, struct span s, size_t size)
{
	buf_init(b);
	buf_add_line(b, s.p, s.len, size);
	return buf_str(b);
}

const char *
buf_str(const struct buf *b)
{
	return b->sink ? "" : data(b);
}

struct span
buf_span(const struct buf *b)
{
	struct span s;

	s.p = buf_str(b);
	s.len = b->sink ? 0 : b->len;
	return s;
}

int
buf_failed(const struct buf *b)
{
	return b->oom || (b->sink != NULL && ferror(b->sink));
}
