/*
 * text_lines.h - the text format's lines: words filled into the width
 * (wrap.h) with escape codes taking no columns, rows of two columns,
 * paragraphs.  Internal to format_text.c and its rooms.
 */
#ifndef HIPACU_TEXT_LINES_H
#define HIPACU_TEXT_LINES_H

#include "../base/wrap.h"
#include "doc.h"

/* A line being filled word by word (wrap.h); escape codes take no
 * columns. */
struct line {
	const struct render *r;
	struct wrap w;
	const char *style;	/* SGR for the whole line, or NULL */
	const char *base;	/* where the text of marks begins */
	const struct doc_mark *marks;	/* its words to show in bold */
	size_t nmarks;		/* ... marks after the ones written */
};

/* Bytes, a string, n spaces, an SGR code (nothing without colour). */
void line_put(const struct render *r, const char *s, size_t len);
void line_puts(const struct render *r, const char *s);
void line_spaces(const struct render *r, size_t n);
void line_sgr(const struct render *r, const char *code);

/* A line started at column col, continued lines at indent, in style. */
void line_start(struct line *l, const struct render *r, size_t col,
    size_t indent, const char *style);
/* One word between pre and post; the words of text, tail after the last. */
void line_word(struct line *l, const char *pre, struct span w,
    const char *post);
void line_text(struct line *l, struct span text, const char *tail);
void line_end(struct line *l);

/* Two columns: left, then right from column at on, wrapped under itself. */
void line_row(const struct render *r, const char *left, struct span left_span,
    size_t at, struct span right, const char *style);
/* A paragraph in a style with nmarks words in bold; a value's paragraphs. */
void line_paragraph(const struct render *r, struct span text, size_t indent,
    const char *style, const struct doc_mark *marks, size_t nmarks);
void line_paragraphs(const struct render *r, struct span text, size_t indent);

#endif
