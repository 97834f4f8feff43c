/*
 * buf.h - the one growable buffer, as Lua's luaL_Buffer: text built piece
 * by piece, kept in memory or passed on to a file as it comes.  Nothing
 * is ever cut silently: when memory runs out the buffer says so
 * (buf_failed) and takes no more, and its owner reports it.
 */
#ifndef HIPACU_BUF_H
#define HIPACU_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#include "text.h"

#ifdef __GNUC__
#define BUF_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define BUF_PRINTF(f, a)
#endif

/* Bytes a buffer holds before it allocates: a message never needs more. */
#define BUF_SMALL 512

/*
 * Kept bytes are in small until they outgrow it, then in heap; they are
 * always NUL-terminated.  A buffer with a sink keeps at most small's
 * bytes, written to the sink when small is full and by buf_flush or
 * buf_free.  A buffer that has grown must not be copied (two copies would
 * share heap).
 */
struct buf {
	char *heap;		/* the bytes once they outgrow small, or NULL */
	size_t len;		/* bytes kept, not counting the NUL */
	size_t cap;		/* of heap; 0 while small holds them */
	FILE *sink;		/* NULL: keep the bytes; else pass them here */
	int oom;		/* memory ran out: the bytes are not whole */
	char small[BUF_SMALL];
};

/* An empty buffer that keeps what it is given. */
void buf_init(struct buf *b);

/* An empty buffer that writes what it is given to f. */
void buf_init_sink(struct buf *b, FILE *f);

/* Free a kept buffer's bytes; write out a sink's. */
void buf_free(struct buf *b);

/* Write what a sink holds to it now. */
void buf_flush(struct buf *b);

/* Empty it again (a failure is forgotten); its memory is kept. */
void buf_reset(struct buf *b);

void buf_add(struct buf *b, const char *s, size_t len);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, int c);
void buf_spaces(struct buf *b, size_t n);
void buf_printf(struct buf *b, const char *fmt, ...) BUF_PRINTF(2, 3);
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);

/* Text with every character unsafe for a terminal escaped as
 * escape_char says (text.h). */
void buf_add_safe(struct buf *b, const char *s, size_t len);

/* Text made safe to show on one line (text_escape), at most size - 1
 * bytes: a longer text is cut and ends in "...". */
void buf_add_line(struct buf *b, const char *s, size_t len, size_t size);

/*
 * b made a new buffer holding s as buf_add_line writes it, returned as a
 * string: a quote for a message.  A size up to BUF_SMALL never allocates,
 * so that such a b needs neither buf_init nor buf_free.
 */
const char *buf_quote(struct buf *b, struct span s, size_t size);

/* How much of what a person typed a message quotes. */
#define BUF_QUOTE_SIZE 200

/* The kept bytes, NUL-terminated; as a span (a sink keeps none). */
const char *buf_str(const struct buf *b);
struct span buf_span(const struct buf *b);

/* Did memory run out, or the sink fail to take what it was given? */
int buf_failed(const struct buf *b);

#endif
