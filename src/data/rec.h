/* rec.h - GNU recutils syntax: bytes into records of fields, with lines. */
#ifndef HIPACU_REC_H
#define HIPACU_REC_H

#include <stddef.h>

#include "../base/buf.h"

/* Documented limits: longer input is reported, never truncated silently. */
#define REC_MAX_LINE 65536		/* bytes in one physical line */
#define REC_MAX_VALUE 65536		/* bytes in one field value, decoded */

/* How much of a value a diagnostic quotes (buf_quote): the rest is cut,
 * with "...". */
#define REC_QUOTE_SIZE 80

/*
 * One "Name: value" field.  The value is as written in the buffer, from
 * after "Name: " to the end of its last physical line: rec_decode reads
 * it as recutils does.  Nothing is copied or written.
 */
struct rec_field {
	struct span name;	/* "Id"; "%rec" in a record descriptor */
	struct span value;	/* as written; one line when !multiline && !joined */
	unsigned long line;
	int multiline;		/* has '+' continuation lines */
	int joined;		/* has lines joined by a final backslash */
	int rejected;		/* its first line was rejected for its bytes
				 * (and reported): the value is empty */
	unsigned long join_line;	/* 0, or the line whose backslash
				 * joins a line that starts as a field
				 * does, "Name: ..." (join_name) */
	struct span join_name;
};

/* A record: the fields of a block of lines between blank lines. */
struct rec_record {
	const struct rec_field *fields;
	size_t nfields;
	unsigned long line;	/* of its first field */
	size_t start, end;	/* the bytes of the buffer it was read from */
	int split;		/* a backslash join splits a word in it */
	int joins_field;	/* a field of it has a join_line */
};

/*
 * What rec_parse calls: on_record for each record (descriptors, whose
 * first field name starts with '%', included), error for each syntax
 * error with its line (0: the whole input) and a message whose quoted
 * text is already escaped.  on_record returns 0, or -1 to stop (out of
 * memory).
 */
struct rec_reader {
	int (*on_record)(void *arg, const struct rec_record *r);
	void (*error)(void *arg, unsigned long line, const char *message);
	void *arg;
	unsigned long line;	/* lines before buf: its first is line + 1;
				 * rec_parse leaves the last line read */
	int crlf;		/* CRLF line ends said already: said once in
				 * a file, whose lines are then read as if
				 * they ended in LF; rec_parse sets it */
};

/*
 * Read len bytes of recutils text (which need not be NUL-terminated).
 * Every line's bytes are checked: UTF-8 without control characters (tabs
 * aside), no NUL.  Each fault is said once, at its line, and reading goes
 * on as if it were mended: a byte order mark at the start of the file
 * (line 0) is skipped, CRLF line ends (said once) read as LF, a '%rec:'
 * line with no blank line before it starts a record, a backslash that
 * joins an empty line (but to a '+' line) ends the record there.
 * Returns 0, or -1 when memory ran out or on_record stopped; syntax
 * errors go to error and do not stop it.
 */
int rec_parse(const char *buf, size_t len, struct rec_reader *rd);

/*
 * The text of a value as recutils reads it: '+' continuation lines become
 * new lines (one blank after the '+' dropped), backslash-joined lines are
 * joined.  A one-line value comes back as it is; any other is decoded into
 * out (size bytes, cut if longer), which the caller owns.
 */
struct span rec_decode(struct span value, char *out, size_t size);

/*
 * How many of the len bytes at buf are whole records, which rec_parse
 * reads as it would read them in the whole text: up to an empty line
 * (LF or CRLF) after a line that does not end in a backslash (which
 * would join it), or 0 if there is none.  A file read a block at a time
 * is parsed so.
 */
size_t rec_whole_records(const char *buf, size_t len);

#endif
