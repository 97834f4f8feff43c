/* frame.c - one screenful built in memory, every text cut to its columns. */
#include <stdio.h>
#include <string.h>

#include "frame.h"


static void
add(struct frame *f, const char *s, size_t len)
{
	buf_add(&f->buf, s, len);
}

void
frame_begin(struct frame *f, size_t cols, int color)
{
	buf_reset(&f->buf);
	f->cols = cols;
	f->color = color;
	f->col = 0;
}

void
frame_free(struct frame *f)
{
	buf_free(&f->buf);
}

void
frame_row(struct frame *f, size_t row)
{
	char go[32];

	snprintf(go, sizeof go, "\033[%lu;1H", (unsigned long)row + 1);
	add(f, go, strlen(go));
	f->col = 0;
}

void
frame_end_row(struct frame *f)
{
	frame_style(f, "\033[0m");
	/* At the last column the cursor sits on the last character, which
	 * clearing "to the end" would erase. */
	if (f->col < f->cols)
		add(f, "\033[K", 3);
}

void
frame_style(struct frame *f, const char *sgr)
{
	if (f->color && sgr != NULL)
		add(f, sgr, strlen(sgr));
}

void
frame_raw(struct frame *f, const char *s)
{
	add(f, s, strlen(s));
}

void
frame_pad(struct frame *f, size_t col)
{
	while (f->col < col && f->col < f->cols) {
		add(f, " ", 1);
		f->col++;
	}
}

/*
 * The character at s: its length in bytes, the columns it takes, and in
 * shown what to write for it when that is not its own bytes (an escape,
 * or a space for a tab or newline).
 */
static size_t
char_at(const char *s, size_t len, size_t *cols, char shown[16])
{
	unsigned long cp;
	size_t n = escape_char(s, len, shown);

	if (shown[0] != '\0') {
		*cols = strlen(shown);
	} else if (s[0] == '\t' || s[0] == '\n') {
		strcpy(shown, " ");
		*cols = 1;
	} else {
		*cols = (unsigned char)s[0] < 0x80 ? 1 :
		    (size_t)utf8_width(utf8_decode(s, len, &cp) ? cp : 0xfffd);
	}
	return n;
}

/* Write the character at s as char_at found it; returns its length. */
static size_t
put_char(struct frame *f, const char *s, size_t n, size_t w,
    const char *shown)
{
	if (shown[0] != '\0')
		add(f, shown, strlen(shown));
	else
		add(f, s, n);
	f->col += w;
	return n;
}

size_t
text_columns(struct span s)
{
	size_t i = 0, cols = 0, w;
	char shown[16];

	while (i < s.len) {
		i += char_at(s.p + i, s.len - i, &w, shown);
		cols += w;
	}
	return cols;
}

size_t
frame_text(struct frame *f, struct span s, size_t max)
{
	size_t room = f->cols > f->col ? f->cols - f->col : 0, i = 0, n, w;
	size_t start = f->col;
	char shown[16];

	if (max < room)
		room = max;
	/* All of it fits: no ellipsis needed. */
	if (text_columns(s) <= room)
		room = (size_t)-1;
	else if (room > 0)
		room--;		/* for the ellipsis */
	else
		return 0;
	while (i < s.len) {
		n = char_at(s.p + i, s.len - i, &w, shown);
		if (f->col - start + w > room)
			break;
		i += put_char(f, s.p + i, n, w, shown);
	}
	if (i < s.len) {
		add(f, FRAME_ELLIPSIS, sizeof FRAME_ELLIPSIS - 1);
		f->col++;
	}
	return f->col - start;
}

size_t
frame_str(struct frame *f, const char *s, size_t max)
{
	return frame_text(f, span_from(s), max);
}

void
frame_styled(struct frame *f, struct span s)
{
	size_t i = 0, j, n, w;
	char shown[16];
	int full = 0;

	while (i < s.len) {
		if (s.p[i] == '\033') {
			/* An SGR code of the renderer's: no column. */
			for (j = i + 1; j < s.len && s.p[j] != 'm'; j++)
				;
			if (j < s.len)
				j++;
			if (f->color)
				add(f, s.p + i, j - i);
			i = j;
			continue;
		}
		n = char_at(s.p + i, s.len - i, &w, shown);
		if (full || f->col + w > f->cols) {
			full = 1;	/* cut; the codes after it still count */
			i += n;
		} else {
			i += put_char(f, s.p + i, n, w, shown);
		}
	}
}

/* The longest start of word that fits in width columns (at least one
 * character, so that wrapping always moves on). */
static size_t
fitting_prefix(struct span word, size_t width)
{
	size_t i = 0, cols = 0, n, w;
	char shown[16];

	while (i < word.len) {
		n = char_at(word.p + i, word.len - i, &w, shown);
		if (i > 0 && cols + w > width)
			break;
		cols += w;
		i += n;
	}
	return i;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

size_t
wrap_lines(struct span s, size_t width, struct span *lines, size_t max)
{
	size_t n = 0, i = 0, start = 0, end = 0, used = 0, wc, cut;
	struct span word;
	int open = 0;

	if (width == 0)
		width = 1;
	while (i < s.len) {
		while (i < s.len && is_space(s.p[i]))
			i++;
		if (i == s.len)
			break;
		word.p = s.p + i;
		while (i < s.len && !is_space(s.p[i]))
			i++;
		word.len = (size_t)(s.p + i - word.p);
		wc = text_columns(word);
		if (open && used + 1 + wc <= width) {
			end = i;
			used += 1 + wc;
			continue;
		}
		if (open) {
			if (n < max)
				lines[n] = (struct span){ s.p + start, end - start };
			n++;
		}
		/* A word wider than a line is cut into lines of its own. */
		while (wc > width) {
			cut = fitting_prefix(word, width);
			if (n < max)
				lines[n] = (struct span){ word.p, cut };
			n++;
			word.p += cut;
			word.len -= cut;
			wc = text_columns(word);
		}
		start = (size_t)(word.p - s.p);
		end = i;
		used = wc;
		open = word.len > 0;
	}
	if (open) {
		if (n < max)
			lines[n] = (struct span){ s.p + start, end - start };
		n++;
	}
	return n;
}
