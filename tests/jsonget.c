/*
 * jsonget.c - test tool: validate JSON on stdin (RFC 8259) and print one value.
 *
 *   jsonget                 exit 0 if stdin is one valid JSON text, else 1
 *   jsonget INDEX KEY...    print member KEY of element INDEX of the top
 *                           array: a string decoded, an array of strings one
 *                           per line, a number as written; each KEY in turn
 *
 * It is written apart from hipacu's own code so that the tests compare
 * hipacu's JSON with recsel through an independent decoder.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *p, *end;
static int depth;

static int value(FILE *out);

static void
ws(void)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
}

static void
put_utf8(FILE *out, unsigned long c)
{
	if (out == NULL)
		return;
	if (c < 0x80)
		putc((int)c, out);
	else if (c < 0x800) {
		putc((int)(0xc0 | c >> 6), out);
		putc((int)(0x80 | (c & 0x3f)), out);
	} else if (c < 0x10000) {
		putc((int)(0xe0 | c >> 12), out);
		putc((int)(0x80 | (c >> 6 & 0x3f)), out);
		putc((int)(0x80 | (c & 0x3f)), out);
	} else {
		putc((int)(0xf0 | c >> 18), out);
		putc((int)(0x80 | (c >> 12 & 0x3f)), out);
		putc((int)(0x80 | (c >> 6 & 0x3f)), out);
		putc((int)(0x80 | (c & 0x3f)), out);
	}
}

static int
hex4(unsigned long *c)
{
	int i;

	*c = 0;
	for (i = 0; i < 4; i++, p++) {
		if (p >= end)
			return -1;
		*c <<= 4;
		if (*p >= '0' && *p <= '9')
			*c |= (unsigned long)(*p - '0');
		else if (*p >= 'a' && *p <= 'f')
			*c |= (unsigned long)(*p - 'a' + 10);
		else if (*p >= 'A' && *p <= 'F')
			*c |= (unsigned long)(*p - 'A' + 10);
		else
			return -1;
	}
	return 0;
}

static int
string(FILE *out)
{
	unsigned long c, lo;

	if (p >= end || *p++ != '"')
		return -1;
	while (p < end && *p != '"') {
		if ((unsigned char)*p < 0x20)
			return -1;
		if (*p != '\\') {
			if (out)
				putc(*p, out);
			p++;
			continue;
		}
		if (++p >= end)
			return -1;
		switch (*p++) {
		case '"': c = '"'; break;
		case '\\': c = '\\'; break;
		case '/': c = '/'; break;
		case 'b': c = '\b'; break;
		case 'f': c = '\f'; break;
		case 'n': c = '\n'; break;
		case 'r': c = '\r'; break;
		case 't': c = '\t'; break;
		case 'u':
			if (hex4(&c) < 0)
				return -1;
			if (c >= 0xd800 && c <= 0xdbff) {
				if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
					return -1;
				p += 2;
				if (hex4(&lo) < 0 || lo < 0xdc00 || lo > 0xdfff)
					return -1;
				c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
			} else if (c >= 0xdc00 && c <= 0xdfff)
				return -1;
			break;
		default:
			return -1;
		}
		put_utf8(out, c);
	}
	if (p >= end)
		return -1;
	p++;
	return 0;
}

static int
number(FILE *out)
{
	const char *s = p;

	if (p < end && *p == '-')
		p++;
	if (p < end && *p == '0')
		p++;
	else if (p < end && *p >= '1' && *p <= '9')
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	else
		return -1;
	if (p < end && *p == '.') {
		p++;
		if (p >= end || *p < '0' || *p > '9')
			return -1;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			p++;
		if (p >= end || *p < '0' || *p > '9')
			return -1;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	}
	if (out)
		fwrite(s, 1, (size_t)(p - s), out);
	return 0;
}

static int
literal(const char *word, FILE *out)
{
	size_t n = strlen(word);

	if ((size_t)(end - p) < n || memcmp(p, word, n) != 0)
		return -1;
	if (out)
		fputs(word, out);
	p += n;
	return 0;
}

/* Elements of an array; out (if any) gets each string on its own line. */
static int
array(FILE *out)
{
	p++;
	ws();
	if (p < end && *p == ']') {
		p++;
		return 0;
	}
	for (;;) {
		ws();
		if (value(out) < 0)
			return -1;
		if (out)
			putc('\n', out);
		ws();
		if (p < end && *p == ',') {
			p++;
			continue;
		}
		if (p < end && *p == ']') {
			p++;
			return 0;
		}
		return -1;
	}
}

static int
object(FILE *out)
{
	(void)out;
	p++;
	ws();
	if (p < end && *p == '}') {
		p++;
		return 0;
	}
	for (;;) {
		ws();
		if (string(NULL) < 0)
			return -1;
		ws();
		if (p >= end || *p++ != ':')
			return -1;
		ws();
		if (value(NULL) < 0)
			return -1;
		ws();
		if (p < end && *p == ',') {
			p++;
			continue;
		}
		if (p < end && *p == '}') {
			p++;
			return 0;
		}
		return -1;
	}
}

static int
value(FILE *out)
{
	int rc;

	if (p >= end || ++depth > 64)
		return -1;
	if (*p == '"')
		rc = string(out);
	else if (*p == '[')
		rc = array(out);
	else if (*p == '{')
		rc = object(out);
	else if (*p == 't')
		rc = literal("true", out);
	else if (*p == 'f')
		rc = literal("false", out);
	else if (*p == 'n')
		rc = literal("null", out);
	else
		rc = number(out);
	depth--;
	return rc;
}

/* Find member key of element index of the top array, leaving p at its value. */
static int
seek(long index, const char *key)
{
	const char *kstart;
	long i;

	ws();
	if (p >= end || *p++ != '[')
		return -1;
	for (i = 0;; i++) {
		ws();
		if (i == index)
			break;
		if (value(NULL) < 0)
			return -1;
		ws();
		if (p >= end || *p++ != ',')
			return -1;
	}
	if (p >= end || *p++ != '{')
		return -1;
	for (;;) {
		ws();
		kstart = p;
		if (string(NULL) < 0)
			return -1;
		ws();
		if (p >= end || *p++ != ':')
			return -1;
		ws();
		if ((size_t)(p - kstart) >= strlen(key) + 2 &&
		    strncmp(kstart + 1, key, strlen(key)) == 0 &&
		    kstart[strlen(key) + 1] == '"')
			return 0;
		if (value(NULL) < 0)
			return -1;
		ws();
		if (p >= end || *p++ != ',')
			return -1;
	}
}

int
main(int argc, char *argv[])
{
	static char buf[1 << 22];
	size_t n = fread(buf, 1, sizeof buf, stdin);
	int k;

	p = buf;
	end = buf + n;
	if (n == sizeof buf)
		return 1;
	if (argc == 1) {
		ws();
		if (value(NULL) < 0)
			return 1;
		ws();
		return p == end ? 0 : 1;
	}
	if (argc < 3)
		return 2;
	for (k = 2; k < argc; k++) {
		p = buf;
		if (seek(atol(argv[1]), argv[k]) < 0)
			return 1;
		if (*p == '[') {
			if (array(stdout) < 0)
				return 1;
			continue;
		}
		if (value(stdout) < 0)
			return 1;
		putchar('\n');
	}
	return 0;
}
