/*
 * wrap.h - the one line breaker: text filled piece by piece into lines of
 * a width, measured in terminal columns (text_columns).  A piece is a
 * word, or a whole command to type ("hipacu show see-a-doctor"), which is
 * never split; text with no blanks, as Chinese and Japanese are written,
 * is pieces between the places a line may break in it (UAX #14, ucd.h).  The text format, messages and browse all break lines here.
 */
#ifndef HIPACU_WRAP_H
#define HIPACU_WRAP_H

#include <stddef.h>

#include "text.h"

/* A line being filled. */
struct wrap {
	size_t width;		/* no piece may pass this column; 0: no limit */
	size_t indent;		/* where a continued line starts */
	size_t col;		/* columns taken on the line so far */
	int started;		/* a piece is on the line (after the indent) */
};

/* Where a piece goes: first on its line, after a space, right after the
 * piece before it (glued), or first on a new line (the caller writes the
 * line end and the indent). */
enum wrap_place { WRAP_FIRST, WRAP_SPACE, WRAP_JOIN, WRAP_BREAK };

/*
 * Place a piece cols columns wide, after a space or, glued, with none: a
 * new line comes first when the line has a piece and this one would pass
 * the width.  The first piece of a line is never moved, however wide.
 * Updates the line.
 */
enum wrap_place wrap_piece(struct wrap *w, size_t cols, int glued);

/* Start the line again at column col, with no piece on it yet. */
void wrap_restart(struct wrap *w, size_t col);

/* Is c a blank between pieces: a space, a tab or a line end? */
int wrap_is_blank(char c);

/*
 * The end of the piece of text that starts at i (not a blank): the next
 * blank or the first place before it where a line may break with no
 * blank (between two ideographs); or, when the piece is a command (after
 * any '(' or quote), the end of the whole command (command_end).
 */
size_t wrap_piece_end(struct span text, size_t i);

/* Is the piece at i glued to the one before it, with no blank between? */
int wrap_glued(struct span text, size_t i);

/*
 * The lines of a paragraph wrapped at width columns into lines[] (at most
 * max), for a screen that cannot show a wider line: a piece wider than a
 * line is cut into lines of its own.  Returns how many lines it needs,
 * which may be more than max.
 */
size_t wrap_lines(struct span s, size_t width, struct span *lines, size_t max);

#endif
