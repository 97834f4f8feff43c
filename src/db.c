/* db.c - parse the recutils subset hipacu uses and enforce its schema. */
#define _POSIX_C_SOURCE 200809L

#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "mem.h"
#include "words.h"

enum { REQUIRED = 1, REPEATED = 2, ONE_LINE = 4 };

/* One field a record may hold; offset locates it in struct record. */
struct field_rule {
	const char *name;
	size_t len;		/* of name */
	int flags;
	size_t offset;		/* of a struct span, or a struct list if REPEATED */
};

struct record_set {
	const char *name;	/* as in "%rec: Entry" */
	const struct field_rule *rules;
	size_t nrules;
};

#define RULE(name, flags, member) \
	{ name, sizeof name - 1, flags, offsetof(struct record, member) }

static const struct field_rule topic_rules[] = {
	RULE("Id", REQUIRED | ONE_LINE, id),
	RULE("Title", REQUIRED | ONE_LINE, title),
	RULE("Summary", REQUIRED | ONE_LINE, summary),
	RULE("Display", ONE_LINE, display),
	RULE("Note", 0, note),
};

static const struct field_rule entry_rules[] = {
	RULE("Id", REQUIRED | ONE_LINE, id),
	RULE("Topic", REQUIRED | ONE_LINE, topic),
	RULE("Title", REQUIRED | ONE_LINE, title),
	RULE("Summary", REQUIRED | ONE_LINE, summary),
	RULE("Body", REQUIRED, body),
	RULE("Alias", REPEATED | ONE_LINE, aliases),
	RULE("Keyword", REPEATED | ONE_LINE, keywords),
	RULE("See", REPEATED | ONE_LINE, see),
	RULE("Source", REQUIRED | ONE_LINE, source),
};

/* A person's words (Word, one or more) and the article's (Means). */
static const struct field_rule term_rules[] = {
	RULE("Word", REQUIRED | REPEATED | ONE_LINE, words),
	RULE("Means", REQUIRED | ONE_LINE, means),
};

enum { SET_NONE = -1, SET_TOPIC, SET_ENTRY, SET_TERM, NSETS };

static const struct record_set record_sets[NSETS] = {
	{ "Topic", topic_rules, sizeof topic_rules / sizeof topic_rules[0] },
	{ "Entry", entry_rules, sizeof entry_rules / sizeof entry_rules[0] },
	{ "Term", term_rules, sizeof term_rules / sizeof term_rules[0] },
};

/* A field of the record being read; value grows in place as lines join. */
struct field {
	struct span name;
	struct span value;	/* decoded, or raw if the rule keeps it raw */
	size_t dlen;		/* length of the value decoded */
	unsigned long line;
	const struct field_rule *rule;	/* NULL: unknown here */
	int raw;		/* multi-line field: kept as written, see db_text */
};

struct parser {
	struct db *db;
	unsigned long lineno;
	int set;			/* SET_* of the records being read */
	unsigned long declared[NSETS];	/* line of each "%rec:", 0 if none */
	struct field *fields;		/* the current record's fields */
	size_t nfields, fields_cap;
	unsigned long record_line;	/* 0 when no record is open */
	size_t record_start;		/* offset in buf of its first line */
	size_t record_end;		/* offset past its last line */
	int record_split;		/* a line join inside a word */
	char before_backslash;		/* last byte before a joining backslash */
	int can_continue;		/* last line was a field or '+' line */
	int joining;			/* last line ended in a backslash */
	int value_too_long;		/* reported for the current field */
};

static void
diag(struct db *db, unsigned long line, const char *fmt, ...)
{
	va_list ap;
	char *d;
	int n;

	if (db->ndiags++ >= DB_MAX_DIAGS)
		return;
	d = db->diags[db->ndiags - 1];
	if (line)
		n = snprintf(d, DB_DIAG_SIZE, "%s:%lu: ", db->name, line);
	else
		n = snprintf(d, DB_DIAG_SIZE, "%s: ", db->name);
	if (n < 0 || n >= DB_DIAG_SIZE)
		return;
	va_start(ap, fmt);
	vsnprintf(d + n, DB_DIAG_SIZE - (size_t)n, fmt, ap);
	va_end(ap);
}

/* s escaped for a message; uses one of a few static buffers in turn. */
static const char *
quote(struct span s)
{
	static char bufs[3][80];
	static int next;
	char *b = bufs[next++ % 3];

	text_escape(b, sizeof bufs[0], s.p, s.len);
	return b;
}

void
db_init(struct db *db)
{
	memset(db, 0, sizeof *db);
}

void
db_free(struct db *db)
{
	if (db->owns_buf == DB_BUF_MALLOC)
		mem_free(db->buf);
	else if (db->owns_buf == DB_BUF_MAPPED && db->len > 0)
		munmap(db->buf, db->len);
	mem_free(db->topics);
	mem_free(db->entries);
	mem_free(db->terms);
	mem_free(db->values);
	mem_free(db->entry_ids.slots);
	mem_free(db->topic_ids.slots);
	db_init(db);
}

struct span
db_text(struct span v)
{
	static char buf[DB_MAX_VALUE];
	const char *p = v.p, *end = v.p + v.len, *nl, *q;
	size_t o = 0, n;
	int first = 1, joined = 0;

	if (v.len == 0 || memchr(v.p, '\n', v.len) == NULL)
		return v;
	for (;;) {
		nl = memchr(p, '\n', (size_t)(end - p));
		q = p;
		n = (size_t)((nl ? nl : end) - p);
		if (!first && !joined && n > 0 && q[0] == '+') {
			/* A continuation line: a new line of the value. */
			q++;
			n--;
			if (n > 0 && q[0] == ' ') {
				q++;
				n--;
			}
			if (o < sizeof buf)
				buf[o++] = '\n';
		}
		joined = nl != NULL && n > 0 && q[n - 1] == '\\';
		n -= (size_t)joined;
		if (n > sizeof buf - o)
			n = sizeof buf - o;
		memcpy(buf + o, q, n);
		o += n;
		if (nl == NULL)
			break;
		p = nl + 1;
		first = 0;
	}
	v.p = buf;
	v.len = o;
	return v;
}

struct span
db_value(const struct db *db, struct list l, size_t i)
{
	return db->values[l.first + i];
}

/*
 * Check one physical line's bytes: printable UTF-8 and tabs only.  Reports
 * the first problem and returns -1.  CR gets its own message because a file
 * saved with CRLF line ends is the common way to get one.
 */
/*
 * Are the 8 bytes of w all printable ASCII (0x20 to 0x7e)?  A byte below
 * 0x20 borrows into its top bit when 0x20 is taken from it, 0x7f carries
 * into it when 1 is added, and 0x80 and up have it set.  All bytes
 * printable means no borrow or carry crosses bytes: no false answer.
 */
static int
all_printable(uint64_t w)
{
	return (((w - 0x2020202020202020ULL) | (w + 0x0101010101010101ULL) | w) &
	    0x8080808080808080ULL) == 0;
}

static int
check_line_bytes(struct parser *ps, const char *s, size_t len)
{
	unsigned long cp;
	size_t i = 0, n;
	uint64_t w, w2;

	if (len > DB_MAX_LINE) {
		diag(ps->db, ps->lineno, "line is %zu bytes long; the limit is %d",
		    len, DB_MAX_LINE);
		return -1;
	}
	while (i < len) {
		unsigned char c;

		/* Most text is printable ASCII: sixteen bytes at a time. */
		while (i + 16 <= len) {
			memcpy(&w, s + i, 8);
			memcpy(&w2, s + i + 8, 8);
			if (!all_printable(w) || !all_printable(w2))
				break;
			i += 16;
		}
		if (i + 8 <= len) {
			memcpy(&w, s + i, 8);
			if (all_printable(w)) {
				i += 8;
				continue;
			}
		}
		if (i >= len)
			break;
		/* Read only now: the loops above may have moved i. */
		c = (unsigned char)s[i];
		if (c >= 0x20 && c < 0x7f) {
			i++;
			continue;
		}
		if (c == '\t') {
			i++;
			continue;
		}
		if (c == '\0') {
			diag(ps->db, ps->lineno, "NUL byte at column %zu", i + 1);
			return -1;
		}
		if (c == '\r' && i + 1 == len) {
			diag(ps->db, ps->lineno, "carriage return at end of line "
			    "(CRLF line ends; save the file with LF line ends)");
			return -1;
		}
		if ((n = utf8_decode(s + i, len - i, &cp)) == 0) {
			diag(ps->db, ps->lineno, "invalid UTF-8 byte 0x%02x at column %zu",
			    c, i + 1);
			return -1;
		}
		if (is_control(cp)) {
			diag(ps->db, ps->lineno, "control character U+%04lX at column %zu",
			    cp, i + 1);
			return -1;
		}
		if (is_bidi_control(cp)) {
			diag(ps->db, ps->lineno, "bidirectional control character U+%04lX "
			    "at column %zu", cp, i + 1);
			return -1;
		}
		i += n;
	}
	return 0;
}

static int
is_slug(struct span s)
{
	size_t i;

	if (s.len == 0 || s.p[0] == '-' || s.p[s.len - 1] == '-')
		return 0;
	for (i = 0; i < s.len; i++) {
		char c = s.p[i];

		if (c == '-' && s.p[i + 1] == '-')
			return 0;
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
			return 0;
	}
	return 1;
}

static const struct field_rule *
find_rule(const struct record_set *set, struct span name)
{
	size_t i;

	for (i = 0; i < set->nrules; i++)
		if (set->rules[i].len == name.len &&
		    memcmp(set->rules[i].name, name.p, name.len) == 0)
			return &set->rules[i];
	return NULL;
}

static void
list_rules(const struct record_set *set, char *out, size_t size)
{
	size_t i, o = 0;

	out[0] = '\0';
	for (i = 0; i < set->nrules && o < size; i++)
		o += snprintf(out + o, size - o, "%s%s", i ? ", " : "",
		    set->rules[i].name);
}

#define UNRESOLVED ((size_t)-1)	/* topic_index of a topic not read yet */

static int index_add(struct db *, struct id_index *, const struct record *,
    size_t, const char *);

/* Store a record, index its id and find its topic while it is in cache. */
static int
add_record(struct db *db, int set, const struct record *r)
{
	struct record *e;
	long t;

	if (set == SET_TOPIC) {
		if (mem_grow(&db->topics, &db->topics_cap, db->ntopics + 1,
		    sizeof *db->topics) < 0)
			return -1;
		db->topics[db->ntopics++] = *r;
		return index_add(db, &db->topic_ids, db->topics, db->ntopics - 1, "topic");
	}
	if (set == SET_TERM) {
		if (mem_grow(&db->terms, &db->terms_cap, db->nterms + 1,
		    sizeof *db->terms) < 0)
			return -1;
		db->terms[db->nterms++] = *r;
		return 0;
	}
	if (mem_grow(&db->entries, &db->entries_cap, db->nentries + 1,
	    sizeof *db->entries) < 0)
		return -1;
	e = &db->entries[db->nentries++];
	*e = *r;
	if (e->topic.len > 0 && (t = db_find_topic(db, e->topic)) >= 0) {
		e->topic_index = (size_t)t;
		db->topics[t].nentries++;
	} else if (e->topic.len > 0) {
		e->topic_index = UNRESOLVED;
	}
	return index_add(db, &db->entry_ids, db->entries, db->nentries - 1, "entry");
}

/* Check one field's value against its rule; stores nothing. */
static void
check_value(struct parser *ps, int set, const struct field_rule *rule,
    const struct field *f)
{
	const char *name = rule->name;

	if ((rule->flags & ONE_LINE) && memchr(f->value.p, '\n', f->value.len))
		diag(ps->db, f->line, "'%s' must be one line; "
		    "'+' continuation lines are for Body and Note", name);
	else if (f->dlen == 0 && (rule->flags & (REQUIRED | REPEATED)))
		diag(ps->db, f->line, "empty '%s' field", name);
	else if (strcmp(name, "Id") == 0 && !is_slug(f->value))
		diag(ps->db, f->line, "%s id '%s' is not lowercase letters and "
		    "digits joined by single hyphens", record_sets[set].name,
		    quote(f->value));
	else if (strcmp(name, "Display") == 0 &&
	    !span_equal_fold(f->value, span_from("list")) &&
	    !span_equal_fold(f->value, span_from("full")))
		diag(ps->db, f->line, "Display is '%s'; it must be 'list' or 'full'",
		    quote(f->value));
}

/*
 * Turn the fields of a data record into a struct record by the set's rules.
 * Repeated fields are stored grouped by field, in file order, so that each
 * is one run of db->values.
 */
static int
store_record(struct parser *ps, int set)
{
	const struct record_set *rs = &record_sets[set];
	unsigned long seen_line[sizeof entry_rules / sizeof entry_rules[0]];
	const struct field_rule *rule;
	struct record r;
	size_t i, k;
	char allowed[200];

	memset(&r, 0, sizeof r);
	memset(seen_line, 0, sizeof seen_line);
	r.line = ps->record_line;
	r.start = ps->record_start;
	r.end = ps->record_end;
	r.split = ps->record_split;
	for (i = 0; i < ps->nfields; i++) {
		const struct field *f = &ps->fields[i];

		if ((rule = f->rule) == NULL) {
			list_rules(rs, allowed, sizeof allowed);
			diag(ps->db, f->line, "unknown field '%s' "
			    "(%s records have %s)", quote(f->name), rs->name, allowed);
			continue;
		}
		k = (size_t)(rule - rs->rules);
		check_value(ps, set, rule, f);
		if (rule->flags & REPEATED) {
			if (!seen_line[k])
				seen_line[k] = f->line;
			continue;
		}
		if (seen_line[k]) {
			diag(ps->db, f->line, "second '%s' field in one record "
			    "(the first is on line %lu)", rule->name, seen_line[k]);
			continue;
		}
		seen_line[k] = f->line;
		memcpy((char *)&r + rule->offset, &f->value, sizeof f->value);
	}
	for (k = 0; k < rs->nrules; k++) {
		rule = &rs->rules[k];
		if ((rule->flags & REQUIRED) && !seen_line[k]) {
			if (r.id.len)
				diag(ps->db, r.line, "%s '%s' has no '%s' field",
				    rs->name, quote(r.id), rule->name);
			else
				diag(ps->db, r.line, "%s record has no '%s' field",
				    rs->name, rule->name);
		}
		if (rule->flags & REPEATED) {
			struct list l;

			l.first = ps->db->nvalues;
			l.count = 0;
			for (i = 0; i < ps->nfields; i++) {
				if (ps->fields[i].rule != rule)
					continue;
				if (mem_grow(&ps->db->values, &ps->db->values_cap,
				    ps->db->nvalues + 1, sizeof *ps->db->values) < 0)
					return -1;
				ps->db->values[ps->db->nvalues++] = ps->fields[i].value;
				l.count++;
			}
			memcpy((char *)&r + rule->offset, &l, sizeof l);
		}
	}
	r.full = span_equal_fold(r.display, span_from("full"));
	return add_record(ps->db, set, &r);
}

/* A descriptor ("%rec: Entry" and its "%..." lines) selects the set. */
static void
read_descriptor(struct parser *ps)
{
	const struct field *f = &ps->fields[0];
	size_t i;
	int set;

	if (f->name.len != 4 || memcmp(f->name.p, "%rec", 4) != 0) {
		diag(ps->db, f->line, "a record descriptor must start with '%%rec:'");
		ps->set = SET_NONE;
		return;
	}
	for (set = 0; set < NSETS; set++)
		if (f->value.len == strlen(record_sets[set].name) &&
		    memcmp(f->value.p, record_sets[set].name, f->value.len) == 0)
			break;
	if (set == NSETS) {
		diag(ps->db, f->line, "unknown record set '%s' "
		    "(hipacu reads 'Topic', 'Entry' and 'Term')", quote(f->value));
		ps->set = SET_NONE;
		return;
	}
	if (ps->declared[set])
		diag(ps->db, f->line, "second '%%rec: %s' "
		    "(the first is on line %lu)", record_sets[set].name,
		    ps->declared[set]);
	else
		ps->declared[set] = f->line;
	for (i = 1; i < ps->nfields; i++)
		if (ps->fields[i].name.p[0] != '%')
			diag(ps->db, ps->fields[i].line, "field '%s' in a record "
			    "descriptor (put a blank line before the first record)",
			    quote(ps->fields[i].name));
	ps->set = set;
}

/* Called at a blank line and at the end (at): the open record is complete. */
static int
end_record(struct parser *ps, const char *at)
{
	int rc = 0;

	ps->record_end = (size_t)(at - ps->db->buf);
	if (ps->nfields == 0) {
		ps->record_line = 0;
		return 0;
	}
	if (ps->fields[0].name.p[0] == '%')
		read_descriptor(ps);
	else if (ps->set == SET_NONE)
		diag(ps->db, ps->record_line, "record before any '%%rec:' line "
		    "(start the file with '%%rec: Topic')");
	else
		rc = store_record(ps, ps->set);
	ps->nfields = 0;
	ps->record_line = 0;
	ps->record_split = 0;
	ps->can_continue = 0;
	return rc;
}

/*
 * Append text to the value of the last field.  A one-line field is decoded
 * in place: the joined value never outruns the text it is read from.  A
 * multi-line field (Body, Note) is left as written and only grows to the
 * end of this physical line, line_end: decoding it would write to most
 * pages of the file, which costs more than the rest of the parse; db_text
 * decodes it when it is shown.
 */
static void
append_value(struct parser *ps, const char *newline, const char *s, size_t len,
    const char *line_end)
{
	struct field *f = &ps->fields[ps->nfields - 1];
	char *end = (char *)f->value.p + f->value.len;
	size_t add = len + (newline != NULL);

	if (f->dlen + add > DB_MAX_VALUE) {
		if (!ps->value_too_long)
			diag(ps->db, ps->lineno, "value of '%s' is longer than %d bytes",
			    quote(f->name), DB_MAX_VALUE);
		ps->value_too_long = 1;
		return;
	}
	f->dlen += add;
	if (f->raw) {
		f->value.len = (size_t)(line_end - f->value.p);
		return;
	}
	if (newline)
		*end++ = '\n';
	/* A value still in its place is not copied onto itself: that would
	 * write, and so copy, every page of a mapped file. */
	if (end != s)
		memmove(end, s, len);
	f->value.len += add;
}

/* Skip the one blank that may follow "Name:" or "+". */
static size_t
skip_one_blank(const char *s, size_t len)
{
	return len > 0 && (s[0] == ' ' || s[0] == '\t');
}

/* A "Name: value" line; joins: it ended in a backslash, now cut off. */
static int
read_field_line(struct parser *ps, const char *s, size_t len, int joins)
{
	struct field *f;
	size_t i = 0;

	if (s[0] == '%' || (s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z'))
		for (i = 1; i < len; i++)
			if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') ||
			    (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
				break;
	if (i == 0 || i >= len || s[i] != ':' || (i == 1 && s[0] == '%')) {
		struct span line;

		line.p = s;
		line.len = len + joins;
		diag(ps->db, ps->lineno, "expected 'Field: value', found '%s'",
		    quote(line));
		ps->can_continue = 0;
		return 0;
	}
	if (mem_grow(&ps->fields, &ps->fields_cap, ps->nfields + 1,
	    sizeof *ps->fields) < 0)
		return -1;
	if (ps->nfields == 0) {
		ps->record_line = ps->lineno;
		ps->record_start = (size_t)(s - ps->db->buf);
	}
	f = &ps->fields[ps->nfields++];
	f->name.p = s;
	f->name.len = i;
	f->line = ps->lineno;
	f->rule = ps->set != SET_NONE && s[0] != '%' ?
	    find_rule(&record_sets[ps->set], f->name) : NULL;
	f->raw = f->rule != NULL && !(f->rule->flags & ONE_LINE);
	i++;
	i += skip_one_blank(s + i, len - i);
	f->value.p = s + i;
	f->value.len = 0;
	f->dlen = 0;
	ps->value_too_long = 0;
	append_value(ps, NULL, s + i, len - i, s + len + joins);
	ps->can_continue = 1;
	/* Only a line that holds a value can be continued by a backslash. */
	ps->joining = joins;
	if (joins)
		ps->before_backslash = len >= 1 ? s[len - 1] : ' ';
	return 0;
}

/* One physical line, without its newline. */
static int
read_line(struct parser *ps, char *s, size_t len)
{
	int joins;
	size_t k;

	if (check_line_bytes(ps, s, len) < 0) {
		ps->joining = 0;
		return 0;
	}
	joins = len > 0 && s[len - 1] == '\\';
	if (ps->joining) {
		/* recutils joins the next physical line verbatim. */
		if (len > 0 && s[0] != ' ' && s[0] != '\t' && ps->before_backslash != ' ' &&
		    ps->before_backslash != '\t')
			ps->record_split = 1;
		ps->joining = joins;
		append_value(ps, NULL, s, len - joins, s + len);
		if (joins)
			ps->before_backslash = len >= 2 ? s[len - 2] : ' ';
		return 0;
	}
	for (k = 0; k < len && (s[k] == ' ' || s[k] == '\t'); k++)
		;
	if (k == len)
		return end_record(ps, s);
	if (s[0] == '#') {
		ps->can_continue = 0;
		return 0;
	}
	if (k > 0) {
		diag(ps->db, ps->lineno, "indented line: fields start in column 1 "
		    "and continuation lines with '+'");
		ps->can_continue = 0;
		return 0;
	}
	if (s[0] == '+') {
		if (!ps->can_continue) {
			diag(ps->db, ps->lineno, "stray '+' line: a continuation line "
			    "must follow a field or another '+' line");
			return 0;
		}
		/* recutils drops one space after '+', but keeps a tab. */
		k = 1 + (len > 1 && s[1] == ' ');
		append_value(ps, "\n", s + k, len - k - joins, s + len);
		ps->joining = joins;
		if (joins)
			ps->before_backslash = len >= 2 ? s[len - 2] : ' ';
		return 0;
	}
	return read_field_line(ps, s, len - joins, joins);
}

/* FNV-1a of an id with ASCII case folded, as ids compare. */
static uint32_t
id_hash(struct span id)
{
	uint32_t h = 2166136261u;
	size_t j;

	for (j = 0; j < id.len; j++) {
		unsigned char c = (unsigned char)id.p[j];

		h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32u : c)) * 16777619u;
	}
	return h;
}

/* Double the index, placing the slots by their stored hashes alone. */
static int
index_grow(struct id_index *ix)
{
	size_t size = ix->slots ? (ix->mask + 1) * 2 : 16, i, k;
	struct id_slot *slots;

	if (size > UINT32_MAX || (slots = mem_alloc(size * sizeof *slots)) == NULL)
		return -1;
	memset(slots, 0, size * sizeof *slots);
	for (i = 0; ix->slots && i <= ix->mask; i++) {
		if (ix->slots[i].index == 0)
			continue;
		for (k = ix->slots[i].hash & (size - 1); slots[k].index; k = (k + 1) & (size - 1))
			;
		slots[k] = ix->slots[i];
	}
	mem_free(ix->slots);
	ix->slots = slots;
	ix->mask = size - 1;
	return 0;
}

static long
find_id(const struct record *recs, const struct id_index *ix, struct span id)
{
	uint32_t h = id_hash(id);
	size_t k;

	if (ix->slots == NULL)
		return -1;
	for (k = h & ix->mask; ix->slots[k].index; k = (k + 1) & ix->mask)
		if (ix->slots[k].hash == h &&
		    span_equal_fold(recs[ix->slots[k].index - 1].id, id))
			return (long)(ix->slots[k].index - 1);
	return -1;
}

/*
 * Add record i to the index of its set while its id is still in cache,
 * reporting a duplicate: linear in the number of records, where recfix's
 * key check is quadratic.  Each slot keeps the hash, so that a probe reads
 * a record only when the hashes agree.  Returns 0, or -1 out of memory.
 */
static int
index_add(struct db *db, struct id_index *ix, const struct record *recs,
    size_t i, const char *what)
{
	uint32_t h;
	long first;
	size_t k;

	if (recs[i].id.len == 0)
		return 0;
	if ((first = find_id(recs, ix, recs[i].id)) >= 0) {
		diag(db, recs[i].line, "duplicate %s id '%s' (first used on line %lu)",
		    what, quote(recs[i].id), recs[first].line);
		return 0;
	}
	if ((ix->n + 1) * 2 > (ix->slots ? ix->mask + 1 : 0) && index_grow(ix) < 0)
		return -1;
	h = id_hash(recs[i].id);
	for (k = h & ix->mask; ix->slots[k].index; k = (k + 1) & ix->mask)
		;
	ix->slots[k].hash = h;
	ix->slots[k].index = (uint32_t)(i + 1);
	ix->n++;
	return 0;
}

long
db_find_entry(const struct db *db, struct span id)
{
	return find_id(db->entries, &db->entry_ids, id);
}

long
db_find_topic(const struct db *db, struct span id)
{
	return find_id(db->topics, &db->topic_ids, id);
}

/* The checks that need the whole file: ids, topics and See links. */
static int
check_links(struct db *db)
{
	size_t i, k;
	long t;

	if (db->ntopics == 0)
		diag(db, 0, "no Topic records (a '%%rec: Topic' set is required)");
	if (db->nentries == 0)
		diag(db, 0, "no entries (a '%%rec: Entry' set with records is required)");
	for (i = 0; i < db->nentries; i++) {
		struct record *e = &db->entries[i];

		/* Entries read before their topic was: look again. */
		if (e->topic_index == UNRESOLVED) {
			if ((t = db_find_topic(db, e->topic)) < 0) {
				diag(db, e->line, "entry '%s' has unknown topic '%s'",
				    quote(e->id), quote(e->topic));
				e->topic_index = 0;
			} else {
				e->topic_index = (size_t)t;
				db->topics[t].nentries++;
			}
		}
		for (k = 0; k < e->see.count; k++)
			if (db_find_entry(db, db_value(db, e->see, k)) < 0)
				diag(db, e->line, "entry '%s' has See '%s', "
				    "but no entry has that id", quote(e->id),
				    quote(db_value(db, e->see, k)));
	}
	return 0;
}

size_t
db_field_count(const struct record *e, int f)
{
	switch (f) {
	case FIELD_NAME:
		return 2;
	case FIELD_ALIAS:
		return e->aliases.count;
	case FIELD_KEYWORD:
		return e->keywords.count;
	default:
		return 1;
	}
}

struct span
db_field(const struct db *db, const struct record *e, int f, size_t i)
{
	switch (f) {
	case FIELD_NAME:
		return i == 0 ? e->id : e->title;
	case FIELD_ALIAS:
		return db_value(db, e->aliases, i);
	case FIELD_KEYWORD:
		return db_value(db, e->keywords, i);
	case FIELD_SUMMARY:
		return e->summary;
	default:
		return e->body;
	}
}

/* The entry whose bytes hold offset off of db->buf, or -1. */
static long
entry_at(const struct db *db, size_t off)
{
	size_t lo = 0, hi = db->nentries, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (db->entries[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < db->nentries && db->entries[lo].start <= off ? (long)lo : -1;
}

static int
fold_equal(const char *s, const char *lower, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)lower[i])
			return 0;
	}
	return 1;
}

void
db_mark_holders(const struct db *db, const char *needle, size_t n,
    unsigned char *mark)
{
	const char *p, *end = db->buf + db->len;
	char first[2];
	int c, cases;
	long e;

	if (n == 0)
		return;
	first[0] = needle[0];
	first[1] = needle[0] >= 'a' && needle[0] <= 'z' ? needle[0] - 32 : needle[0];
	cases = first[1] != first[0] ? 2 : 1;
	for (c = 0; c < cases; c++)
		for (p = db->buf; p + n <= end &&
		    (p = memchr(p, first[c], (size_t)(end - p) - n + 1)) != NULL; p++)
			if (fold_equal(p + 1, needle + 1, n - 1) &&
			    (e = entry_at(db, (size_t)(p - db->buf))) >= 0)
				mark[e] = 1;
}

int
db_entry_has_stem(const struct db *db, const struct record *e,
    const char *stem, size_t len)
{
	struct word w;
	size_t i, pos;
	int f;

	for (f = 0; f < NFIELDS; f++)
		for (i = 0; i < db_field_count(e, f); i++) {
			struct span v = db_text(db_field(db, e, f, i));

			for (pos = 0; word_next(v, &pos, &w);)
				if (w.stemlen == len && memcmp(w.stem, stem, len) == 0)
					return 1;
		}
	return 0;
}

/* Does some entry hold a word with this stem?  Only entries whose bytes
 * hold its first letters (the last may have changed) are split into words. */
static int
some_entry_has_stem(const struct db *db, const char *stem, size_t len,
    unsigned char *mark)
{
	size_t i;

	for (i = 0; i < db->nentries; i++)
		mark[i] = (unsigned char)db->entries[i].split;
	db_mark_holders(db, stem, len > 1 ? len - 1 : len, mark);
	for (i = 0; i < db->nentries; i++)
		if (mark[i] && db_entry_has_stem(db, &db->entries[i], stem, len))
			return 1;
	return 0;
}

int
db_check_terms(struct db *db)
{
	unsigned char *mark;
	struct word w;
	size_t i, pos, nwords;
	int bad = 0;

	if (db->nterms == 0)
		return 0;
	if ((mark = mem_alloc(db->nentries ? db->nentries : 1)) == NULL) {
		db->oom = 1;
		return -1;
	}
	for (i = 0; i < db->nterms; i++) {
		const struct record *t = &db->terms[i];

		for (pos = 0, nwords = 0; word_next(t->means, &pos, &w); nwords++)
			if (!some_entry_has_stem(db, w.stem, w.stemlen, mark)) {
				diag(db, t->line, "Term means '%s', but no entry holds "
				    "that word", quote(w.raw));
				bad = 1;
			}
		if (nwords == 0) {
			diag(db, t->line, "Term means '%s', which holds no word",
			    quote(t->means));
			bad = 1;
		}
	}
	mem_free(mark);
	return bad ? -1 : 0;
}

int
db_parse(struct db *db, char *buf, size_t len, const char *name, int owns)
{
	struct parser ps;
	char *line = buf, *end = buf + len, *nl;
	int rc = 0;

	db->buf = buf;
	db->len = len;
	db->owns_buf = owns;
	text_escape(db->name, sizeof db->name, name, strlen(name));
	memset(&ps, 0, sizeof ps);
	ps.db = db;
	ps.set = SET_NONE;
	if (len == 0) {
		diag(db, 0, "empty file");
		return -1;
	}
	while (rc == 0 && line < end) {
		if ((nl = memchr(line, '\n', (size_t)(end - line))) == NULL)
			nl = end;
		ps.lineno++;
		rc = read_line(&ps, line, (size_t)(nl - line));
		line = nl + 1;
	}
	if (rc == 0 && ps.joining)
		diag(db, ps.lineno, "backslash at the end of the last line joins "
		    "it to nothing");
	if (rc == 0)
		rc = end_record(&ps, buf + len);
	if (rc == 0)
		rc = check_links(db);
	mem_free(ps.fields);
	if (rc < 0)
		db->oom = 1;
	return rc < 0 || db->ndiags ? -1 : 0;
}

int
db_read_file(struct db *db, const char *path)
{
	struct stat st;
	char *buf, *nbuf;
	size_t len = 0, cap = 65536;
	ssize_t n;
	int fd;

	text_escape(db->name, sizeof db->name, path, strlen(path));
	/* Non-blocking: a FIFO must not hang the open; it is refused below. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK)) < 0) {
		diag(db, 0, "%s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0) {
		int err = errno;

		close(fd);
		diag(db, 0, "%s", strerror(err));
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		diag(db, 0, S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file");
		return -1;
	}
	if ((unsigned long)st.st_size > DB_MAX_FILE) {
		close(fd);
		diag(db, 0, "file is larger than %lu bytes", DB_MAX_FILE);
		return -1;
	}
	/*
	 * Map the file: its pages come from the page cache as they are read,
	 * where a buffer to read into would cost a fresh page for every 4 kB.
	 * Private and writable: one-line values joined in place change the
	 * few pages they are on, in this process only.
	 */
	if (st.st_size > 0) {
		buf = mmap(NULL, (size_t)st.st_size, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE, fd, 0);
		if (buf != MAP_FAILED) {
			close(fd);
			return db_parse(db, buf, (size_t)st.st_size, path, DB_BUF_MAPPED);
		}
		cap = (size_t)st.st_size + 1;
	}
	/* Files that cannot be mapped, or say they are empty (/proc): read. */
	if ((buf = mem_alloc(cap)) == NULL) {
		close(fd);
		db->oom = 1;
		return -1;
	}
	for (;;) {
		if (len == cap) {
			if (cap > DB_MAX_FILE) {
				diag(db, 0, "file is larger than %lu bytes", DB_MAX_FILE);
				break;
			}
			if ((nbuf = mem_realloc(buf, cap * 2)) == NULL) {
				db->oom = 1;
				break;
			}
			buf = nbuf;
			cap *= 2;
		}
		if ((n = read(fd, buf + len, cap - len)) < 0) {
			if (errno == EINTR)
				continue;
			diag(db, 0, "%s", strerror(errno));
			break;
		}
		if (n == 0) {
			close(fd);
			return db_parse(db, buf, len, path, DB_BUF_MALLOC);
		}
		len += (size_t)n;
	}
	close(fd);
	mem_free(buf);
	return -1;
}
