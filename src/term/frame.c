/* frame.c - one screenful built in memory, every text cut to its columns. */
#include <stdio.h>
#include <string.h>

#include "../base/sgr.h"
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
	frame_style(f, SGR_RESET);
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

/* Write the character at s as text_char found it; returns its length. */
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
		n = text_char(s.p + i, s.len - i, &w, shown);
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
		n = text_char(s.p + i, s.len - i, &w, shown);
		if (full || f->col + w > f->cols) {
			full = 1;	/* cut; the codes after it still count */
			i += n;
		} else {
			i += put_char(f, s.p + i, n, w, shown);
		}
	}
}
