/* text.c - UTF-8, case folding and terminal-safe escaping. */
#include <stdio.h>
#include <string.h>

#include "text.h"
#include "ucd.h"

size_t
utf8_decode(const char *str, size_t len, unsigned long *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned long c, min;
	size_t n, i;

	if (len == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2;
		c = s[0] & 0x1f;
		min = 0x80;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		c = s[0] & 0x0f;
		min = 0x800;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		c = s[0] & 0x07;
		min = 0x10000;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

size_t
utf8_count(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			n++;
	return n;
}

int
is_control(unsigned long cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
}

/*
 * The one list of the characters text may not hold for what they do
 * unseen, sorted.  Bidirectional: the Arabic letter mark, the marks, the
 * embeddings and overrides, the isolates.  Invisible: the zero width
 * space, the line and paragraph separators (a line break no terminal
 * shows, which some readers and JavaScript take for one), the word joiner
 * and the invisible operators (U+2060 to U+2064), the deprecated format
 * characters U+206A to U+206F, and the zero width no-break space (a byte
 * order mark).  All are Unicode format characters (Cf) but the
 * separators (Zl, Zp).  The zero width joiner and non-joiner (U+200C,
 * U+200D) are Cf too, but Persian, the Indic scripts and emoji need them.
 */
static const struct hidden {
	unsigned long first, last;
	const char *what;
} hidden[] = {
	{ 0x061c, 0x061c, "bidirectional control character" },
	{ 0x200b, 0x200b, "invisible character" },
	{ 0x200e, 0x200f, "bidirectional control character" },
	{ 0x2028, 0x2029, "invisible character" },
	{ 0x202a, 0x202e, "bidirectional control character" },
	{ 0x2060, 0x2064, "invisible character" },
	{ 0x2066, 0x2069, "bidirectional control character" },
	{ 0x206a, 0x206f, "invisible character" },
	{ 0xfeff, 0xfeff, "invisible character" },
};

const char *
hidden_char(unsigned long cp)
{
	size_t i;

	/* Most text is none of them: the parser asks for every character
	 * past ASCII, so the table's bounds answer first. */
	if (cp < 0x200b ? cp != 0x061c : cp > 0x206f && cp != 0xfeff)
		return NULL;
	for (i = 0; i < sizeof hidden / sizeof hidden[0] &&
	    cp >= hidden[i].first; i++)
		if (cp <= hidden[i].last)
			return hidden[i].what;
	return NULL;
}

size_t
escape_char(const char *s, size_t len, char esc[16])
{
	unsigned long cp;
	size_t n;

	if ((n = utf8_decode(s, len, &cp)) == 0) {
		snprintf(esc, 16, "\\x%02x", (unsigned char)s[0]);
		return 1;
	}
	if (cp == '\n' || cp == '\t')
		esc[0] = '\0';
	else if (cp < 0x20 || cp == 0x7f)
		snprintf(esc, 16, "^%c", (int)(cp ^ 0x40));
	else if (is_control(cp))
		snprintf(esc, 16, "\\x%02x", (unsigned)cp);
	else if (hidden_char(cp) != NULL)
		snprintf(esc, 16, "<%04X>", (unsigned)cp);
	else
		esc[0] = '\0';
	return n;
}

size_t
text_char(const char *s, size_t len, size_t *cols, char shown[16])
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
		    (size_t)ucd_width(utf8_decode(s, len, &cp) ? cp : 0xfffd);
	}
	return n;
}

size_t
text_columns(struct span s)
{
	size_t i = 0, cols = 0, w;
	char shown[16];

	while (i < s.len) {
		unsigned char c = (unsigned char)s.p[i];

		/* Printable ASCII, most of any text, is one column a byte. */
		if (c >= 0x20 && c < 0x7f) {
			i++;
			cols++;
			continue;
		}
		i += text_char(s.p + i, s.len - i, &w, shown);
		cols += w;
	}
	return cols;
}

void
text_escape(char *dst, size_t dstsize, const char *s, size_t len)
{
	size_t i = 0, o = 0, n, elen;
	char esc[16];

	if (dstsize < 4) {
		if (dstsize > 0)
			dst[0] = '\0';
		return;
	}
	while (i < len) {
		n = escape_char(s + i, len - i, esc);
		if (esc[0] == '\0') {
			/* Newline and tab are escaped too: a message is one line. */
			if (s[i] == '\n' || s[i] == '\t')
				snprintf(esc, sizeof esc, "^%c", s[i] ^ 0x40);
			else {
				memcpy(esc, s + i, n);
				esc[n] = '\0';
			}
		}
		elen = strlen(esc);
		/* Invariant: o + 4 <= dstsize, room for "..." and the NUL. */
		if (o + elen + 4 > dstsize) {
			memcpy(dst + o, "...", 3);
			o += 3;
			break;
		}
		memcpy(dst + o, esc, elen);
		o += elen;
		i += n;
	}
	dst[o] = '\0';
}

static int
span_cmp(struct span a, struct span b, size_t n, int (*f)(int))
{
	size_t i;

	for (i = 0; i < n; i++)
		if (f((unsigned char)a.p[i]) != f((unsigned char)b.p[i]))
			return 0;
	return 1;
}

int
span_next_line(struct span text, size_t *pos, struct span *line)
{
	const char *nl;

	if (*pos >= text.len)
		return 0;
	line->p = text.p + *pos;
	nl = memchr(line->p, '\n', text.len - *pos);
	line->len = nl ? (size_t)(nl - line->p) : text.len - *pos;
	*pos += line->len + 1;
	return 1;
}

int
span_equal(struct span a, struct span b)
{
	return a.len == b.len && (a.len == 0 || memcmp(a.p, b.p, a.len) == 0);
}

int
span_equal_fold(struct span a, struct span b)
{
	return a.len == b.len && span_cmp(a, b, a.len, ascii_lower);
}

int
span_prefix_fold(struct span prefix, struct span s)
{
	return prefix.len <= s.len && span_cmp(prefix, s, prefix.len, ascii_lower);
}

int
name_equal(struct span a, struct span b)
{
	return a.len == b.len && span_cmp(a, b, a.len, name_fold);
}

int
name_prefix(struct span prefix, struct span s)
{
	return prefix.len <= s.len && span_cmp(prefix, s, prefix.len, name_fold);
}

struct span
span_from(const char *s)
{
	struct span sp;

	sp.p = s;
	sp.len = strlen(s);
	return sp;
}

static int
fold_equal(const char *s, const char *lower, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (ascii_lower((unsigned char)s[i]) != (unsigned char)lower[i])
			return 0;
	return 1;
}

/* The byte of needle that the first 4 kB of text hold least often: a
 * window of a file that streams is scanned for each word searched, and
 * sampling more would cost more than it saves. */
static size_t
rarest_byte(struct span text, const char *needle, size_t n)
{
	size_t count[256] = { 0 }, i, best = 0;
	size_t len = text.len < 4096 ? text.len : 4096;

	for (i = 0; i < len; i++)
		count[ascii_lower((unsigned char)text.p[i])]++;
	for (i = 1; i < n; i++)
		if (count[(unsigned char)needle[i]] < count[(unsigned char)needle[best]])
			best = i;
	return best;
}

int
text_find_folded(struct span text, const char *needle, size_t n,
    int (*found)(void *arg, const char *at), void *arg)
{
	const char *q, *last;
	size_t r;
	char byte[2];
	int c, cases, rc;

	if (n == 0 || n > text.len)
		return 0;
	r = rarest_byte(text, needle, n);
	byte[0] = needle[r];
	byte[1] = (char)ascii_upper((unsigned char)needle[r]);
	cases = byte[1] != byte[0] ? 2 : 1;
	/* The needle's byte r can be no later than here. */
	last = text.p + text.len - (n - r);
	for (c = 0; c < cases; c++)
		for (q = text.p + r; q <= last &&
		    (q = memchr(q, byte[c], (size_t)(last - q) + 1)) != NULL; q++)
			if (fold_equal(q - r, needle, n) && (rc = found(arg, q - r)) != 0)
				return rc;
	return 0;
}
