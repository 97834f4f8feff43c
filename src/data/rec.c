/* rec.c - GNU recutils syntax: bytes into records of fields, with lines. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../base/mem.h"
#include "rec.h"

/* The reader's state between lines. */
struct reader {
	const struct rec_reader *rd;
	const char *buf;
	unsigned long lineno;
	struct rec_field *fields;	/* the open record's fields */
	size_t nfields, fields_cap;
	size_t dlen;			/* decoded length of the last field */
	unsigned long record_line;	/* 0 when no record is open */
	size_t record_start;		/* offset in buf of its first line */
	int record_split;		/* a line join inside a word */
	int record_joins_field;		/* a field has a join_line */
	char before_backslash;		/* last byte before a joining backslash */
	int can_continue;		/* last line was a field or '+' line */
	int joining;			/* last line ended in a backslash */
	unsigned long blank_join;	/* the line whose backslash joined the
					 * empty line before this one; 0 */
	int value_too_long;		/* reported for the current field */
	int crlf;			/* CRLF line ends said (rec_reader) */
	int cr;				/* this line ends in CR LF */
};

/* Report a syntax error; %s arguments must be escaped by the caller. */
static void
error(struct reader *rd, unsigned long line, const char *fmt, ...)
{
	char msg[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	rd->rd->error(rd->rd->arg, line, msg);
}

/*
 * The bytes of w that are not printable ASCII (0x20 to 0x7e), each
 * flagged by its top bit: a byte below 0x20 borrows into its top bit when
 * 0x20 is taken from it, 0x7f carries into it when 1 is added, and 0x80
 * and up have it set.  None flagged means all are printable: no borrow or
 * carry then crosses bytes.
 */
static uint64_t
not_printable(uint64_t w)
{
	return ((w - 0x2020202020202020ULL) | (w + 0x0101010101010101ULL) | w) &
	    0x8080808080808080ULL;
}

/* Report the first problem of a line; the caller skips the line. */
static void
bad_byte(struct reader *rd, const char *s, size_t i, size_t max)
{
	unsigned long cp;
	unsigned char c = (unsigned char)s[i];

	if (c == '\0')
		error(rd, rd->lineno, "NUL byte at column %zu", i + 1);
	else if (utf8_decode(s + i, max - i, &cp) == 0)
		error(rd, rd->lineno, "invalid UTF-8 byte 0x%02x at column %zu",
		    c, i + 1);
	else if (is_control(cp))
		error(rd, rd->lineno, "control character U+%04lX at column %zu",
		    cp, i + 1);
	else
		error(rd, rd->lineno, "%s U+%04lX at column %zu",
		    hidden_char(cp), cp, i + 1);
}

/* Is byte i of s, of max, the start of a character a line may hold, and
 * how long is it?  0: it is not (printable ASCII, a tab, or UTF-8 that is
 * no control character and no hidden_char are). */
static size_t
good_char(const char *s, size_t i, size_t max)
{
	unsigned char c = (unsigned char)s[i];
	unsigned long cp;
	size_t n;

	if ((c >= 0x20 && c < 0x7f) || c == '\t')
		return 1;
	if (c >= 0x80 && (n = utf8_decode(s + i, max - i, &cp)) > 0 &&
	    !is_control(cp) && hidden_char(cp) == NULL)
		return n;
	return 0;
}

/*
 * The length of the physical line at s (max bytes at most), up to its
 * newline, its bytes checked on the way: printable UTF-8 and tabs only,
 * and no more than REC_MAX_LINE of them.  One pass finds the newline and
 * checks, eight bytes at a time where they are printable ASCII, as most
 * are.  A CR before the newline is the line's end too (rd->cr set): the
 * first is said, once in the file.  *ok is 0 after the first problem is
 * reported (the caller then skips the line).
 */
static size_t
scan_line(struct reader *rd, const char *s, size_t max, int *ok)
{
	size_t limit = max < REC_MAX_LINE + 1 ? max : REC_MAX_LINE + 1;
	size_t i = 0, len, n;
	const char *nl;
	uint64_t w;

	*ok = 1;
	for (;;) {
		while (i + 8 <= limit) {
			memcpy(&w, s + i, 8);
			if (not_printable(w))
				break;
			i += 8;
		}
		while (i < limit && (unsigned char)s[i] >= 0x20 &&
		    (unsigned char)s[i] < 0x7f)
			i++;
		if (i >= limit)
			break;
		if (s[i] == '\n')
			return i;
		if (s[i] == '\r' && (i + 1 == max || s[i + 1] == '\n')) {
			if (!rd->crlf)
				error(rd, rd->lineno, "the file has CRLF line ends "
				    "(save it with LF line ends)");
			rd->crlf = 1;
			rd->cr = 1;
			return i;
		}
		if ((len = good_char(s, i, max)) == 0) {
			bad_byte(rd, s, i, max);
			*ok = 0;
			nl = memchr(s + i, '\n', max - i);
			return nl ? (size_t)(nl - s) : max;
		}
		i += len;
	}
	/* No newline: the last line, or one too long (bytes past the limit
	 * are not checked: the length is the fault). */
	if (max <= REC_MAX_LINE)
		return max;
	nl = memchr(s + i, '\n', max - i);
	n = nl ? (size_t)(nl - s) : max;
	error(rd, rd->lineno, "line is %zu bytes long; the limit is %d", n,
	    REC_MAX_LINE);
	*ok = 0;
	return n;
}

/* Called at a blank line and at the end (at): the open record is complete. */
static int
end_record(struct reader *rd, const char *at)
{
	struct rec_record r;
	int rc = 0;

	if (rd->nfields > 0) {
		r.fields = rd->fields;
		r.nfields = rd->nfields;
		r.line = rd->record_line;
		r.start = rd->record_start;
		r.end = (size_t)(at - rd->buf);
		r.split = rd->record_split;
		r.joins_field = rd->record_joins_field;
		rc = rd->rd->on_record(rd->rd->arg, &r);
	}
	rd->nfields = 0;
	rd->record_line = 0;
	rd->record_split = 0;
	rd->record_joins_field = 0;
	rd->can_continue = 0;
	return rc;
}

/*
 * The last field's value grows by add decoded bytes and now ends at
 * line_end, the end of this physical line.  Past REC_MAX_VALUE the value
 * is reported once and stops growing.
 */
static void
grow_value(struct reader *rd, size_t add, const char *line_end)
{
	struct rec_field *f = &rd->fields[rd->nfields - 1];
	struct buf name;

	if (rd->dlen + add > REC_MAX_VALUE) {
		if (!rd->value_too_long) {
			error(rd, rd->lineno, "value of '%s' is longer than %d bytes",
			    buf_quote(&name, f->name, REC_QUOTE_SIZE), REC_MAX_VALUE);
		}
		rd->value_too_long = 1;
		return;
	}
	rd->dlen += add;
	f->value.len = (size_t)(line_end - f->value.p);
}

/* Skip the one blank that may follow "Name:". */
static size_t
skip_one_blank(const char *s, size_t len)
{
	return len > 0 && (s[0] == ' ' || s[0] == '\t');
}

/*
 * The name of the field a "Name: value" line starts, or 0 if it starts
 * none: its length.
 */
static int
is_name_letter(unsigned char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}

static size_t
field_name_len(const char *s, size_t len)
{
	size_t i = 0;
	unsigned char c;

	if (s[0] == '%' || is_name_letter((unsigned char)s[0]))
		for (i = 1; i < len; i++) {
			c = (unsigned char)s[i];
			if (!is_name_letter(c) && (unsigned)(c - '0') >= 10 && c != '_')
				break;
		}
	if (i == 0 || i >= len || s[i] != ':' || (i == 1 && s[0] == '%'))
		return 0;
	return i;
}

/*
 * A new field of the record, named by the first namelen bytes of the
 * line s, its value empty for now; NULL out of memory.
 */
static struct rec_field *
new_field(struct reader *rd, const char *s, size_t namelen)
{
	struct rec_field *f;

	if (rd->nfields == rd->fields_cap && mem_grow(&rd->fields,
	    &rd->fields_cap, rd->nfields + 1, sizeof *rd->fields) < 0)
		return NULL;
	if (rd->nfields == 0) {
		rd->record_line = rd->lineno;
		rd->record_start = (size_t)(s - rd->buf);
	}
	f = &rd->fields[rd->nfields++];
	memset(f, 0, sizeof *f);
	f->name.p = s;
	f->name.len = namelen;
	f->value.p = s + namelen + 1;
	f->line = rd->lineno;
	rd->dlen = 0;
	rd->value_too_long = 0;
	return f;
}

/* A "Name: value" line; joins: it ended in a backslash, now cut off. */
static int
read_field_line(struct reader *rd, const char *s, size_t len, int joins)
{
	struct rec_field *f;
	size_t i = field_name_len(s, len);

	if (i == 0) {
		struct buf line;
		struct span found;

		found.p = s;
		found.len = len + joins;
		error(rd, rd->lineno, "expected 'Field: value', found '%s'",
		    buf_quote(&line, found, REC_QUOTE_SIZE));
		rd->can_continue = 0;
		return 0;
	}
	if (rd->nfields > 0 && i == 4 && memcmp(s, "%rec", 4) == 0) {
		/* A descriptor is a record of its own: this one starts here. */
		error(rd, rd->lineno, "no blank line before '%%rec:' (a record "
		    "descriptor is a record of its own)");
		if (end_record(rd, s) < 0)
			return -1;
	}
	if ((f = new_field(rd, s, i)) == NULL)
		return -1;
	f->joined = joins;
	i++;
	i += skip_one_blank(s + i, len - i);
	f->value.p = s + i;
	grow_value(rd, len - i, s + len + joins);
	rd->can_continue = 1;
	/* Only a line that holds a value can be continued by a backslash. */
	rd->joining = joins;
	if (joins)
		rd->before_backslash = len >= 1 ? s[len - 1] : ' ';
	return 0;
}

/* The line s, which a backslash joins to the last field's value, if it
 * starts as a field does: the first such line of the value is kept. */
static void
note_joined_field(struct reader *rd, const char *s, size_t len)
{
	struct rec_field *f = &rd->fields[rd->nfields - 1];
	size_t n;

	if (f->join_line || (n = field_name_len(s, len)) == 0)
		return;
	f->join_line = rd->lineno - 1;
	f->join_name.p = s;
	f->join_name.len = n;
	rd->record_joins_field = 1;
}

/* One physical line, without its newline, whose bytes are checked. */
static int
read_line(struct reader *rd, const char *s, size_t len)
{
	int joins;
	size_t k;

	joins = len > 0 && s[len - 1] == '\\';
	if (rd->joining) {
		/* The line the backslash joins could be the empty line that
		 * ends a record, or start a field (a capital first, as the
		 * names of fields have): the next line, or the record's
		 * reader, says whether it was meant.  Most joined lines go
		 * on with a sentence, and are passed at the first byte. */
		if (len == 0)
			rd->blank_join = rd->lineno - 1;
		else if ((unsigned)(s[0] - 'A') < 26)
			note_joined_field(rd, s, len);
		/* recutils joins the next physical line verbatim. */
		if (len > 0 && s[0] != ' ' && s[0] != '\t' && rd->before_backslash != ' ' &&
		    rd->before_backslash != '\t')
			rd->record_split = 1;
		rd->joining = joins;
		if (rd->fields[rd->nfields - 1].rejected)
			return 0;	/* its value stays empty */
		rd->fields[rd->nfields - 1].joined |= joins;
		grow_value(rd, len - joins, s + len);
		if (joins)
			rd->before_backslash = len >= 2 ? s[len - 2] : ' ';
		return 0;
	}
	for (k = 0; k < len && (s[k] == ' ' || s[k] == '\t'); k++)
		;
	if (k == len)
		return end_record(rd, s);
	if (s[0] == '#') {
		rd->can_continue = 0;
		return 0;
	}
	if (k > 0) {
		error(rd, rd->lineno, "indented line: fields start in column 1 "
		    "and continuation lines with '+'");
		rd->can_continue = 0;
		return 0;
	}
	if (s[0] == '+') {
		if (!rd->can_continue) {
			error(rd, rd->lineno, "stray '+' line: a continuation line "
			    "must follow a field or another '+' line");
			return 0;
		}
		if (rd->fields[rd->nfields - 1].rejected) {
			rd->joining = joins;
			return 0;	/* its value stays empty */
		}
		/* recutils drops one space after '+', but keeps a tab. */
		k = 1 + (len > 1 && s[1] == ' ');
		rd->fields[rd->nfields - 1].multiline = 1;
		rd->fields[rd->nfields - 1].joined |= joins;
		grow_value(rd, 1 + len - k - joins, s + len);
		rd->joining = joins;
		if (joins)
			rd->before_backslash = len >= 2 ? s[len - 2] : ' ';
		return 0;
	}
	return read_field_line(rd, s, len - joins, joins);
}

/*
 * A line rejected for its bytes, and reported.  If it starts a field, the
 * field is still there, empty and marked, so that the record is not also
 * said to lack it (one diagnostic per fault), and its '+' lines follow it.
 */
static int
read_rejected(struct reader *rd, const char *s, size_t len)
{
	struct rec_field *f;
	size_t i;

	/* A line it joins is part of it: rejected with it, silently. */
	rd->joining = len > 0 && s[len - 1] == '\\';
	if (rd->nfields > 0 && rd->can_continue && len > 0 && s[0] == '+') {
		/* A line of a value already there: the value is rejected. */
		f = &rd->fields[rd->nfields - 1];
		f->rejected = 1;
		f->value.len = 0;
		return 0;
	}
	if (len == 0 || (i = field_name_len(s, len)) == 0) {
		rd->joining = 0;
		return 0;
	}
	if ((f = new_field(rd, s, i)) == NULL)
		return -1;
	f->rejected = 1;
	rd->can_continue = 1;
	return 0;
}

/*
 * The line at s follows an empty line that a backslash joined, and is no
 * '+' line that would go on with the value: the record was meant to end
 * at the empty line.  Said at the backslash, and ended there.
 */
static int
end_joined_record(struct reader *rd, const char *s)
{
	error(rd, rd->blank_join, "backslash at the end of the line joins the "
	    "empty line after it, so the record does not end there (remove "
	    "the backslash)");
	rd->blank_join = 0;
	return end_record(rd, s);
}

int
rec_parse(const char *buf, size_t len, struct rec_reader *r)
{
	struct reader rd;
	const char *line = buf, *end = buf + len, *nl;
	int rc = 0, ok;

	memset(&rd, 0, sizeof rd);
	rd.rd = r;
	rd.buf = buf;
	rd.lineno = r->line;
	rd.crlf = r->crlf;
	if (r->line == 0 && len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		error(&rd, 1, "the file starts with a byte order mark, U+FEFF "
		    "(save it as UTF-8 without one)");
		line += 3;
	}
	while (rc == 0 && line < end) {
		rd.lineno++;
		rd.cr = 0;
		nl = line + scan_line(&rd, line, (size_t)(end - line), &ok);
		if (rd.blank_join && !rd.joining && (nl == line || line[0] != '+'))
			rc = end_joined_record(&rd, line);
		if (rc < 0)
			break;
		if (ok)
			rc = read_line(&rd, line, (size_t)(nl - line));
		else
			rc = read_rejected(&rd, line, (size_t)(nl - line));
		if (rd.blank_join && !rd.joining && nl > line && line[0] == '+')
			rd.blank_join = 0;	/* the value goes on: as meant */
		line = nl + 1 + rd.cr;
	}
	if (rc == 0 && rd.joining)
		error(&rd, rd.lineno, "backslash at the end of the last line joins "
		    "it to nothing");
	else if (rc == 0 && rd.blank_join)
		rc = end_joined_record(&rd, end);
	if (rc == 0)
		rc = end_record(&rd, buf + len);
	r->line = rd.lineno;
	r->crlf = rd.crlf;
	mem_free(rd.fields);
	return rc;
}

size_t
rec_whole_records(const char *buf, size_t len)
{
	size_t i, j;

	/* An empty line (LF or CRLF) after one that does not end in a
	 * backslash: a line that does would join it.  j: the newline of the
	 * line before the empty one. */
	for (i = len; i >= 3; i--) {
		if (buf[i - 1] != '\n')
			continue;
		j = i - 2 - (buf[i - 2] == '\r');
		if (j == 0 || buf[j] != '\n')
			continue;
		j -= buf[j - 1] == '\r' && j >= 2;
		if (buf[j - 1] != '\\')
			return i;
	}
	return 0;
}

struct span
rec_decode(struct span v, char *out, size_t size)
{
	const char *p = v.p, *end, *nl, *q;
	size_t o = 0, n;
	int first = 1, joined = 0;

	/* An empty value may have no bytes at all (p NULL). */
	if (v.len == 0 || memchr(v.p, '\n', v.len) == NULL)
		return v;
	end = v.p + v.len;
	for (;;) {
		nl = memchr(p, '\n', (size_t)(end - p));
		q = p;
		n = (size_t)((nl ? nl : end) - p);
		/* A CRLF file is read as if its lines ended in LF. */
		if (nl != NULL && n > 0 && q[n - 1] == '\r')
			n--;
		if (!first && !joined && n > 0 && q[0] == '+') {
			/* A continuation line: a new line of the value. */
			q++;
			n--;
			if (n > 0 && q[0] == ' ') {
				q++;
				n--;
			}
			if (o < size)
				out[o++] = '\n';
		}
		joined = nl != NULL && n > 0 && q[n - 1] == '\\';
		n -= (size_t)joined;
		if (n > size - o)
			n = size - o;
		memcpy(out + o, q, n);
		o += n;
		if (nl == NULL)
			break;
		p = nl + 1;
		first = 0;
	}
	v.p = out;
	v.len = o;
	return v;
}
