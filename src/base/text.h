/* text.h - UTF-8, case folding and terminal-safe escaping of byte spans. */
#ifndef HIPACU_TEXT_H
#define HIPACU_TEXT_H

#include <stddef.h>

/* A non-owning view of bytes, usually into the loaded database buffer. */
struct span {
	const char *p;
	size_t len;
};

/*
 * Length of the UTF-8 sequence at s (at most len bytes), storing the code
 * point in *cp; 0 if the bytes are not valid UTF-8 (overlong forms,
 * surrogates and values past U+10FFFF are invalid).
 */
size_t utf8_decode(const char *s, size_t len, unsigned long *cp);

/* Number of characters (code points) in valid UTF-8 text. */
size_t utf8_count(const char *s, size_t len);

/*
 * The character at s as a terminal shows it: returns its length in bytes,
 * sets *cols to the columns it takes, and shown to what is written for it
 * when that is not its own bytes (an escape as escape_char gives, or a
 * space for a tab or a line end), else "".
 */
size_t text_char(const char *s, size_t len, size_t *cols, char shown[16]);

/* How many columns text takes on a terminal, unsafe characters escaped. */
size_t text_columns(struct span s);

/* True for C0 controls, DEL and C1 controls: never sent raw to a terminal. */
int is_control(unsigned long cp);

/*
 * What cp is, if it is a character that makes text read differently from
 * its bytes or hides in it ("bidirectional control character": the
 * overrides, embeddings, isolates and marks of Trojan Source; "invisible
 * character": the zero width space, the line and paragraph separators,
 * the word joiner and its kin): never sent raw to a terminal, refused by
 * check.  NULL for any other character.
 */
const char *hidden_char(unsigned long cp);

/*
 * How the character at s must be shown: esc gets "^[", "\x9b", "<202E>"
 * (a hidden_char) or "\xff" (an invalid byte), or "" if it is safe as it
 * is (newline and tab included).  Returns the character's length in bytes.
 */
size_t escape_char(const char *s, size_t len, char esc[16]);

/*
 * Copy s into dst (size dstsize, always NUL-terminated) with every unsafe
 * character escaped as escape_char says, and newlines and tabs as ^J and
 * ^I, so that the result is safe to print on one line.  Long input is cut
 * and ends in "...".
 */
void text_escape(char *dst, size_t dstsize, const char *s, size_t len);

/* The one ASCII case folding (other bytes stay as they are); inline, as
 * the parser and search call them for every byte they compare. */
static inline int
ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static inline int
ascii_upper(int c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

/*
 * Call found(arg, at) for each place at of text that holds needle (n
 * bytes, lowercase ASCII) in any ASCII case, as grep -i finds a string:
 * memchr for the byte of needle that text's first 4 kB hold least often,
 * in each case (memchr stops at every copy of the byte it seeks), and
 * needle compared where it stops; the places come a case at a time.
 * found returns 0 to go on; anything else stops the scan and is returned.
 */
int text_find_folded(struct span text, const char *needle, size_t n,
    int (*found)(void *arg, const char *at), void *arg);

/* Names compare with case and the word separators '-', '_', ' ' folded. */
static inline int
name_fold(int c)
{
	return c == '-' || c == '_' ? ' ' : ascii_lower(c);
}

/*
 * The next line of text from *pos on (without its newline), advancing
 * *pos past it; 0 when the text is done.  A text that ends in a newline
 * has no empty last line.
 */
int span_next_line(struct span text, size_t *pos, struct span *line);

/* Are the two spans the same bytes? */
int span_equal(struct span a, struct span b);

/* ASCII case-insensitive comparisons of byte spans. */
int span_equal_fold(struct span a, struct span b);
int span_prefix_fold(struct span prefix, struct span s);
/* Like span_equal_fold, but also treats '-', '_' and ' ' as one character. */
int name_equal(struct span a, struct span b);
int name_prefix(struct span prefix, struct span s);

struct span span_from(const char *s);

#endif
