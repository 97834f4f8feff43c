/*
 * frame.h - one screenful being built in memory, row by row, every text
 * cut to the columns it may take (UTF-8 widths, escape codes free), then
 * written at once: a terminal never shows half a frame.
 */
#ifndef HIPACU_FRAME_H
#define HIPACU_FRAME_H

#include <stddef.h>

#include "../base/buf.h"

#define FRAME_ELLIPSIS "\xe2\x80\xa6"	/* U+2026, one column: text was cut */

struct frame {
	struct buf buf;		/* the escape codes and text, in order */
	size_t cols;		/* the screen's width */
	int color;		/* escape codes for style, or none */
	size_t col;		/* columns taken on the current row */
};

/* Start an empty frame (its memory kept from the last one). */
void frame_begin(struct frame *f, size_t cols, int color);
void frame_free(struct frame *f);

/* Go to the start of a row (0: the top), clearing the row before. */
void frame_row(struct frame *f, size_t row);

/* End the current row: clear the rest of it, reset the style. */
void frame_end_row(struct frame *f);

/* A style (SGR escape code, or NULL: none), when colour is on. */
void frame_style(struct frame *f, const char *sgr);

/*
 * Text, unsafe characters escaped, cut to what is left of the row and to
 * at most max columns; a cut text ends in an ellipsis.  Returns the
 * columns it took.
 */
size_t frame_text(struct frame *f, struct span s, size_t max);
size_t frame_str(struct frame *f, const char *s, size_t max);

/* Text that already holds escape codes (a rendered document's line),
 * cut to the row, no ellipsis. */
void frame_styled(struct frame *f, struct span s);

/* Spaces up to column col. */
void frame_pad(struct frame *f, size_t col);

/* Escape codes and the cursor, as they are. */
void frame_raw(struct frame *f, const char *s);

#endif
