/* text_lines.c - the text format's lines (text_lines.h). */
#include <string.h>

#include "../base/sgr.h"
#include "format_text.h"
#include "text_lines.h"

/* Text from the database; the parser lets no control character in, but
 * escaping here too keeps the terminal safe whatever the text. */
void
line_put(const struct render *r, const char *s, size_t len)
{
	buf_add_safe(r->out, s, len);
}

/* hipacu's own text and escape codes, as they are. */
void
line_puts(const struct render *r, const char *s)
{
	buf_puts(r->out, s);
}

void
line_spaces(const struct render *r, size_t n)
{
	while (n-- > 0)
		buf_putc(r->out, ' ');
}

/* Escape codes only when colour is on. */
void
line_sgr(const struct render *r, const char *code)
{
	if (r->color && code)
		line_puts(r, code);
}

void
line_start(struct line *l, const struct render *r, size_t col, size_t indent,
    const char *style)
{
	l->r = r;
	l->w.width = r->width;
	l->w.indent = indent;
	wrap_restart(&l->w, col);
	l->style = style;
	l->base = NULL;
	l->marks = NULL;
	l->nmarks = 0;
	line_sgr(r, style);
}

/* A piece's bytes, with the marks in it in bold.  Marks come in the
 * order of the text; a mark is a word, which may lie in more than one
 * piece (a word of ideographs), each in bold on its line. */
static void
line_put_word(struct line *l, struct span w)
{
	const char *p = w.p, *end = w.p + w.len, *from, *to;

	while (l->r->color && l->nmarks > 0 && p < end) {
		from = l->base + l->marks->at;
		to = from + l->marks->len;
		if (to <= p) {
			l->marks++;
			l->nmarks--;
		} else if (from > p) {
			to = from < end ? from : end;
			line_put(l->r, p, (size_t)(to - p));
			p = to;
		} else {
			to = to < end ? to : end;
			line_sgr(l->r, SGR_BOLD);
			line_put(l->r, p, (size_t)(to - p));
			line_sgr(l->r, SGR_RESET);
			line_sgr(l->r, l->style);
			p = to;
		}
	}
	line_put(l->r, p, (size_t)(end - p));
}

/* Add pre, w and post as one piece, after a space or glued to the one
 * before: it moves to a new line whole. */
static void
line_piece(struct line *l, const char *pre, struct span w, const char *post,
    int glued)
{
	size_t cols = text_columns(span_from(pre)) + text_columns(w) +
	    text_columns(span_from(post));

	switch (wrap_piece(&l->w, cols, glued)) {
	case WRAP_BREAK:
		line_sgr(l->r, l->style ? SGR_RESET : NULL);
		buf_putc(l->r->out, '\n');
		line_spaces(l->r, l->w.indent);
		line_sgr(l->r, l->style);
		break;
	case WRAP_SPACE:
		buf_putc(l->r->out, ' ');
		break;
	case WRAP_FIRST:
	case WRAP_JOIN:
		break;
	}
	line_puts(l->r, pre);
	line_put_word(l, w);
	line_puts(l->r, post);
}

/* Add pre, w and post as one word: it moves to a new line whole. */
void
line_word(struct line *l, const char *pre, struct span w, const char *post)
{
	line_piece(l, pre, w, post, 0);
}

/* Add the pieces of text (wrap_piece_end); tail sticks to the last. */
void
line_text(struct line *l, struct span text, const char *tail)
{
	size_t i = 0, start, j;
	struct span w;

	while (i < text.len) {
		while (i < text.len && wrap_is_blank(text.p[i]))
			i++;
		if (i == text.len)
			break;
		start = i;
		i = wrap_piece_end(text, start);
		for (j = i; j < text.len && wrap_is_blank(text.p[j]); j++)
			;
		w.p = text.p + start;
		w.len = i - start;
		line_piece(l, "", w, j == text.len ? tail : "",
		    wrap_glued(text, start));
	}
}

void
line_end(struct line *l)
{
	line_sgr(l->r, l->style ? SGR_RESET : NULL);
	buf_putc(l->r->out, '\n');
}

/*
 * A row of two columns: left as it is, then right from column at on,
 * wrapped under itself.  Lists, links and examples use it.
 */
void
line_row(const struct render *r, const char *left, struct span left_span,
    size_t at, struct span right, const char *style)
{
	struct line l;
	size_t col = strlen(left) + text_columns(left_span);

	line_start(&l, r, 0, at, style);
	line_puts(r, left);
	line_put(r, left_span.p, left_span.len);
	if (r->width && at > r->width / 2) {
		/* Too narrow for two columns: the right one goes below. */
		line_end(&l);
		at = strspn(left, " ") + 4;
		line_start(&l, r, at, at, style);
		line_spaces(r, at);
	} else {
		line_spaces(r, col < at ? at - col : 1);
		l.w.col = col < at ? at : col + 1;
	}
	line_text(&l, right, "");
	line_end(&l);
}

/* A paragraph in a style, with nmarks words of it (if any) in bold. */
void
line_paragraph(const struct render *r, struct span text, size_t indent,
    const char *style, const struct doc_mark *marks, size_t nmarks)
{
	struct line l;

	line_spaces(r, indent);
	line_start(&l, r, indent, indent, style);
	l.base = text.p;
	l.marks = marks;
	l.nmarks = nmarks;
	line_text(&l, text, "");
	line_end(&l);
}

void
render_paragraph(const struct render *r, struct span text, size_t indent)
{
	line_paragraph(r, text, indent, NULL, NULL, 0);
}

/* A value's lines as paragraphs; an empty line stays an empty line. */
void
line_paragraphs(const struct render *r, struct span text, size_t indent)
{
	const char *p = text.p, *end = text.p + text.len, *nl;
	struct span para;

	if (text.len == 0)
		return;
	for (;;) {
		nl = memchr(p, '\n', (size_t)(end - p));
		para.p = p;
		para.len = (size_t)((nl ? nl : end) - p);
		if (para.len == 0)
			buf_putc(r->out, '\n');
		else
			render_paragraph(r, para, indent);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
}

