/* wrap.c - the one line breaker, in terminal columns; commands kept whole. */
#include <string.h>

#include "cmdline.h"
#include "ucd.h"
#include "wrap.h"

enum wrap_place
wrap_piece(struct wrap *w, size_t cols, int glued)
{
	enum wrap_place place = WRAP_FIRST;
	size_t space = glued ? 0 : 1;

	if (w->started && w->width && w->col + space + cols > w->width) {
		w->col = w->indent;
		place = WRAP_BREAK;
	} else if (w->started) {
		w->col += space;
		place = glued ? WRAP_JOIN : WRAP_SPACE;
	}
	w->col += cols;
	w->started = 1;
	return place;
}

void
wrap_restart(struct wrap *w, size_t col)
{
	w->col = col;
	w->started = 0;
}

int
wrap_is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

int
wrap_glued(struct span text, size_t i)
{
	return i > 0 && !wrap_is_blank(text.p[i - 1]);
}

/*
 * The first place after i, and before end, where a line may break with
 * no blank (between two ideographs, or an ideograph and a letter, as
 * UAX #14 says: ucd_may_break), or end.
 */
static size_t
word_break(struct span text, size_t i, size_t end)
{
	unsigned long cp;
	size_t j, n;
	int before = 0, flags;

	for (j = i; j < end; j += n) {
		if ((n = utf8_decode(text.p + j, end - j, &cp)) == 0)
			n = 1;
		flags = n > 1 || (unsigned char)text.p[j] < 0x80 ?
		    ucd_break(cp) : 0;
		if (j > i && ucd_may_break(before, flags))
			return j;
		/* A mark goes with the character it marks (a mark alone is a
		 * letter), and may forbid a break after it (a joiner). */
		if (!(flags & UCD_ATTACH))
			before = flags;
		else if (j == i)
			before = 0;
		else
			before |= flags & UCD_NO_AFTER;
	}
	return end;
}

size_t
wrap_piece_end(struct span text, size_t i)
{
	size_t j = i, end = i;

	while (j < text.len && (text.p[j] == '(' || text.p[j] == '\''))
		j++;
	if (j + 7 <= text.len && memcmp(text.p + j, "hipacu ", 7) == 0) {
		/* command_end stops at a blank or the text's end: the piece
		 * is the command with what its last word is glued to, as in
		 * "(hipacu show x)". */
		return command_end(text, j);
	}
	/* ASCII alone never breaks but at a blank. */
	while (end < text.len && (unsigned char)text.p[end] < 0x80 &&
	    !wrap_is_blank(text.p[end]))
		end++;
	if (end == text.len || wrap_is_blank(text.p[end]))
		return end;
	while (end < text.len && !wrap_is_blank(text.p[end]))
		end++;
	return word_break(text, i, end);
}

/* The longest start of piece that fits in width columns (at least one
 * character, so that wrapping always moves on). */
static size_t
fitting_prefix(struct span piece, size_t width)
{
	size_t i = 0, cols = 0, n, w;
	char shown[16];

	while (i < piece.len) {
		n = text_char(piece.p + i, piece.len - i, &w, shown);
		if (i > 0 && cols + w > width)
			break;
		cols += w;
		i += n;
	}
	return i;
}

size_t
wrap_lines(struct span s, size_t width, struct span *lines, size_t max)
{
	struct wrap w;
	struct span piece;
	size_t n = 0, i = 0, start = 0, end = 0, wc, cut;
	int glued;

	if (width == 0)
		width = 1;
	w.width = width;
	w.indent = 0;
	wrap_restart(&w, 0);
	while (i < s.len) {
		while (i < s.len && wrap_is_blank(s.p[i]))
			i++;
		if (i == s.len)
			break;
		piece.p = s.p + i;
		glued = wrap_glued(s, i);
		i = wrap_piece_end(s, i);
		piece.len = (size_t)(s.p + i - piece.p);
		wc = text_columns(piece);
		if (w.started && wrap_piece(&w, wc, glued) != WRAP_BREAK) {
			end = i;
			continue;
		}
		if (w.started) {
			if (n < max)
				lines[n] = (struct span){ s.p + start, end - start };
			n++;
		}
		/* A piece wider than a line is cut into lines of its own. */
		while (wc > width) {
			cut = fitting_prefix(piece, width);
			if (n < max)
				lines[n] = (struct span){ piece.p, cut };
			n++;
			piece.p += cut;
			piece.len -= cut;
			wc = text_columns(piece);
		}
		start = (size_t)(piece.p - s.p);
		end = i;
		wrap_restart(&w, 0);
		if (piece.len > 0)
			wrap_piece(&w, wc, 0);
	}
	if (w.started) {
		if (n < max)
			lines[n] = (struct span){ s.p + start, end - start };
		n++;
	}
	return n;
}
