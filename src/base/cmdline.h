/* cmdline.h - a hipacu command shown in text to be typed. */
#ifndef HIPACU_CMDLINE_H
#define HIPACU_CMDLINE_H

#include <stddef.h>

#include "text.h"

/*
 * A command shown to be typed ("hipacu show see-a-doctor"), which output
 * keeps whole: command_end gives the end of the one whose "hipacu" starts
 * at start: "hipacu" and up to three command-like words (commands, ids,
 * options, NAME), the last one's sentence punctuation included.
 * command_at gives the length of the command at i, punctuation excluded,
 * or 0 if no command starts there.
 */
size_t command_end(struct span text, size_t start);
size_t command_at(struct span text, size_t i);
/* Did command_end stop at its word limit, with more of the command left? */
int command_is_cut(struct span text, size_t start);

#endif
