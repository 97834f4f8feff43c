/* words.h - text split into search words: folded, stemmed, stopwords known. */
#ifndef HIPACU_WORDS_H
#define HIPACU_WORDS_H

#include <stddef.h>

#include "../base/text.h"

#define WORD_MAX 48		/* longer words are cut to this many bytes */

struct word {
	struct span raw;		/* the word as written, in the text */
	char fold[WORD_MAX + 1];	/* lower case, NUL-terminated */
	size_t foldlen;
	char stem[WORD_MAX + 1];	/* fold with its suffix removed */
	size_t stemlen;
};

/*
 * Read the next word of text from *pos on, advancing *pos past it.  Words
 * are runs of letters and digits; everything else separates them,
 * including apostrophes, hyphens and the typographic quotes and dashes of
 * U+2000-U+206F.  Non-ASCII letters are kept as they are.  Returns 0 at
 * the end of the text.
 */
int word_next(struct span text, size_t *pos, struct word *w);

/* Does a word start at at, in text that begins at start: is the
 * character before it (if any) not a letter or digit? */
int word_starts_at(const char *start, const char *at);

/* Remove a common English suffix from the ASCII word s in place; new length. */
size_t word_stem(char *s, size_t len);

/* Words too common to decide a ranking: "how", "are", "the", "a", ... */
int word_is_stop(const char *fold, size_t len);

/* Is the word (fold, len bytes) a line of list, one word a line in byte
 * order (as data/words.txt)? */
int word_in_list(struct span list, const char *fold, size_t len);

#endif
