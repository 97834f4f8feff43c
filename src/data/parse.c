/* parse.c - recutils records read into topics, entries and terms by the
 * schema (schema.c), with every diagnostic at its line: the one parser of
 * a text read whole and of a file read as it streams. */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "../base/mem.h"
#include "parse.h"

/* The syntax errors of the rec layer are the database's diagnostics too. */
static void
syntax_error(void *arg, unsigned long line, const char *message)
{
	parse_diag(arg, line, "%s", message);
}

/* The parse's scratch, where values are decoded: made when first
 * needed, as few files need it.  NULL if out of memory. */
static struct db_scratch *
parse_scratch(struct parser *ps)
{
	if (ps->scratch == NULL)
		ps->scratch = mem_alloc(sizeof *ps->scratch);
	return ps->scratch;
}

/*
 * A one-line value that was written across joined lines, decoded (in
 * the parse's scratch) into the arena of the records' database: records
 * keep it as their value.  NULL if out of memory.
 */
static const char *
keep_decoded(struct parser *ps, struct db *to, struct span raw, size_t *len)
{
	struct span v;
	char *p;

	if (parse_scratch(ps) == NULL)
		return NULL;
	v = rec_decode(raw, ps->scratch->text, sizeof ps->scratch->text);
	/* Even an empty value points into the arena: it is there. */
	if ((p = db_alloc(to, v.len)) == NULL)
		return NULL;
	memcpy(p, v.p, v.len);
	*len = v.len;
	return p;
}

/* The database that records of set go into: entries into ps->into. */
static struct db *
dest(const struct parser *ps, int set)
{
	return set == SET_ENTRY ? ps->into : ps->db;
}

/* What field_value found of a value: fine, not read (its bytes were
 * rejected, or it holds the next field), or read and at fault; each fault
 * reported. */
enum { VALUE_OK, VALUE_UNREAD, VALUE_BAD };

/* Does f's value hold, by a backslash, the line of a field of set? */
static const struct field_rule *
joined_field(int set, const struct rec_field *f)
{
	return f->join_line ? find_rule(&record_sets[set], f->join_name) : NULL;
}

/* Is f's value not there to read: rejected for its bytes, or holding the
 * next field?  Either was reported: nothing is checked of it. */
static int
unread(int set, const struct rec_field *f)
{
	return f->rejected || joined_field(set, f) != NULL;
}

/*
 * The value of field f by its rule: a one-line value joined across lines
 * is decoded (into the arena), any other kept as written.  Reports a rule
 * broken.  Returns VALUE_*, or -1 out of memory.
 */
static int
field_value(struct parser *ps, int set, const struct field_rule *rule,
    const struct rec_field *f, struct span *v)
{
	const struct field_rule *next;
	char msg[300];

	*v = f->value;
	if (f->rejected)
		return VALUE_UNREAD;	/* its bytes were reported */
	if ((next = joined_field(set, f)) != NULL) {
		parse_diag(ps, f->join_line, "backslash at the end of the line "
		    "joins the next line, field '%s', to this '%s' value (remove "
		    "the backslash)", next->name, rule->name);
		return VALUE_UNREAD;
	}
	if ((rule->flags & ONE_LINE) && f->multiline) {
		parse_diag(ps, f->line, "'%s' must be one line; "
		    "'+' continuation lines are for Body and Note", rule->name);
		return VALUE_BAD;
	}
	if ((rule->flags & ONE_LINE) && f->joined) {
		if ((v->p = keep_decoded(ps, dest(ps, set), f->value, &v->len)) == NULL)
			return -1;
		ps->decoded = 1;
	}
	if (!ps->first)
		return VALUE_OK;	/* checked the first time */
	if (v->len == 0 && (rule->flags & (REQUIRED | REPEATED)))
		parse_diag(ps, f->line, "empty '%s' field", rule->name);
	else if (rule->valid &&
	    rule->valid(ps->db, record_sets[set].name, *v, msg, sizeof msg) < 0)
		parse_diag(ps, f->line, "%s", msg);
	else
		return VALUE_OK;
	return VALUE_BAD;
}

/* Append the values of a repeated field, in file order, as one list. */
static int
store_list(struct parser *ps, int set, const struct rec_record *rr,
    const struct field_rule *rule, struct list *l)
{
	struct db *db = dest(ps, set);
	struct span v;
	size_t i;

	l->first = db->nvalues;
	l->count = 0;
	int rc;

	for (i = 0; i < rr->nfields; i++) {
		if (ps->rules[i] != rule)
			continue;
		/* A value not read is not in the list: a See of it would
		 * say it names no entry. */
		if ((rc = field_value(ps, set, rule, &rr->fields[i], &v)) < 0 ||
		    (rc != VALUE_UNREAD && mem_grow(&db->values, &db->values_cap,
		    db->nvalues + 1, sizeof *db->values) < 0))
			return -1;
		if (rc == VALUE_UNREAD)
			continue;
		db->values[db->nvalues++] = v;
		l->count++;
	}
	return 0;
}

/*
 * An Ask that names its answer must find it in the entry's own text: the
 * Summary, or the Body as recutils reads it.  Reported at the Ask's line.
 * Returns 0, or -1 out of memory.
 */
static int
check_answers(struct parser *ps, const struct rec_record *rr,
    const struct record *r)
{
	const struct db *db = ps->into;
	struct span body = { NULL, 0 }, ask, answer;
	struct buf q1, q2;
	size_t i, n = 0;

	for (i = 0; i < rr->nfields; i++) {
		if (ps->rules[i] == NULL ||
		    ps->rules[i]->offset != offsetof(struct record, asks) ||
		    unread(SET_ENTRY, &rr->fields[i]))
			continue;
		ask = db_value(db, r->asks, n++);
		if ((answer = db_ask_answer(ask)).p == NULL ||
		    db_text_holds(r->summary, answer))
			continue;
		if (body.p == NULL) {
			if (parse_scratch(ps) == NULL)
				return -1;
			body = db_text(r->body, ps->scratch);
		}
		if (!db_text_holds(body, answer))
			parse_diag(ps, rr->fields[i].line, "the answer '%s' of Ask "
			    "'%s' is in neither the entry's Summary nor its Body",
			    quote(&q1, answer), quote(&q2, db_ask_question(ask)));
	}
	return 0;
}

/*
 * Turn the fields of a data record into a struct record by the set's
 * rules.  Repeated fields are stored grouped by field, in file order, so
 * that each is one run of db->values.
 */
static int
store_record(struct parser *ps, int set, const struct rec_record *rr)
{
	const struct record_set *rs = &record_sets[set];
	const struct field_rule *rule;
	unsigned long seen_line[MAX_RULES];
	struct buf q;
	struct record r;
	struct list l;
	size_t i, k;
	char allowed[200];
	int id_read = 0, rc;

	memset(&r, 0, sizeof r);
	memset(seen_line, 0, sizeof seen_line);
	r.line = rr->line;
	r.start = rr->start;
	r.end = rr->end;
	ps->decoded = 0;
	/* Each field's rule, found once: the repeated fields are read twice. */
	if (mem_grow(&ps->rules, &ps->rules_cap, rr->nfields, sizeof *ps->rules) < 0)
		return -1;
	for (i = 0; i < rr->nfields; i++) {
		const struct rec_field *f = &rr->fields[i];
		struct span v;

		if ((rule = ps->rules[i] = find_rule(rs, f->name)) == NULL) {
			list_rules(rs, allowed, sizeof allowed);
			parse_diag(ps, f->line, "unknown field '%s' "
			    "(%s records have %s)", quote(&q, f->name), rs->name, allowed);
			continue;
		}
		k = (size_t)(rule - rs->rules);
		if (rule->flags & REPEATED) {
			if (!seen_line[k])
				seen_line[k] = f->line;
			continue;
		}
		if (seen_line[k]) {
			parse_diag(ps, f->line, "second '%s' field in one record "
			    "(the first is on line %lu)", rule->name, seen_line[k]);
			continue;
		}
		seen_line[k] = f->line;
		if ((rc = field_value(ps, set, rule, f, &v)) < 0)
			return -1;
		if (rule->offset == offsetof(struct record, id))
			id_read = rc == VALUE_OK;
		memcpy((char *)&r + rule->offset, &v, sizeof v);
	}
	/* An id at fault (reported) may not be the id the records that
	 * name it name: they are not said to name none. */
	if (!id_read && ps->first && set != SET_TERM)
		ps->db->unsure |= set == SET_TOPIC ? DB_UNSURE_TOPICS :
		    DB_UNSURE_ENTRIES;
	/* A field a backslash joined to the value before it was reported
	 * there: the record is not also said to lack it. */
	for (i = 0; rr->joins_field && i < rr->nfields; i++)
		if ((rule = joined_field(set, &rr->fields[i])) != NULL &&
		    !seen_line[k = (size_t)(rule - rs->rules)])
			seen_line[k] = rr->fields[i].join_line + 1;
	for (k = 0; k < rs->nrules; k++) {
		rule = &rs->rules[k];
		if ((rule->flags & REQUIRED) && !seen_line[k]) {
			if (r.id.len)
				parse_diag(ps, r.line, "%s '%s' has no '%s' field",
				    rs->name, quote(&q, r.id), rule->name);
			else
				parse_diag(ps, r.line, "%s record has no '%s' field",
				    rs->name, rule->name);
		}
		if (!(rule->flags & REPEATED))
			continue;
		l.first = dest(ps, set)->nvalues;
		l.count = 0;
		if (seen_line[k] && store_list(ps, set, rr, rule, &l) < 0)
			return -1;
		memcpy((char *)&r + rule->offset, &l, sizeof l);
	}
	if (set == SET_TERM && (r.means.p != NULL) == (r.nearest.p != NULL))
		parse_diag(ps, r.line, "a Term has one of 'Means' (the same thing "
		    "in the article's words) and 'Nearest' (the nearest thing "
		    "it says)%s", r.means.p ? ", not both" : "");
	if (set == SET_ENTRY && ps->first && check_answers(ps, rr, &r) < 0)
		return -1;
	r.full = span_equal_fold(r.display, span_from("full"));
	/* Search reads the words of such a record decoded, not in the text. */
	r.split = rr->split || ps->decoded;
	return set == SET_ENTRY ? add_entry(ps, &r) : add_topic_or_term(ps, set, &r);
}

/* A descriptor ("%rec: Entry" and its "%..." lines) selects the set. */
static void
read_descriptor(struct parser *ps, const struct rec_record *rr)
{
	const struct rec_field *f = &rr->fields[0];
	struct buf q;
	size_t i;
	int set;

	/* A set that cannot be read is skipped: nothing more is said of
	 * its records, nor of what they would have held. */
	ps->set = SET_SKIP;
	if (f->rejected)
		goto skipped;
	if (f->name.len != 4 || memcmp(f->name.p, "%rec", 4) != 0) {
		parse_diag(ps, f->line, "a record descriptor must start with '%%rec:'");
		goto skipped;
	}
	for (set = 0; set < NSETS; set++)
		if (span_equal(f->value, span_from(record_sets[set].name)))
			break;
	if (set == NSETS) {
		parse_diag(ps, f->line, "unknown record set '%s' "
		    "(hipacu reads 'Topic', 'Entry' and 'Term')", quote(&q, f->value));
		goto skipped;
	}
	if (ps->declared[set])
		parse_diag(ps, f->line, "second '%%rec: %s' "
		    "(the first is on line %lu)", record_sets[set].name,
		    ps->declared[set]);
	else
		ps->declared[set] = f->line;
	for (i = 1; i < rr->nfields; i++)
		if (rr->fields[i].name.p[0] != '%')
			parse_diag(ps, rr->fields[i].line, "field '%s' in a record "
			    "descriptor (put a blank line before the first record)",
			    quote(&q, rr->fields[i].name));
	ps->set = set;
	return;
skipped:
	if (ps->first)
		ps->db->unsure |= DB_UNSURE_SETS | DB_UNSURE_TOPICS |
		    DB_UNSURE_ENTRIES;
}

/* Each record the rec layer reads: a descriptor, or data of the set. */
static int
on_record(void *arg, const struct rec_record *rr)
{
	struct parser *ps = arg;

	if (rr->fields[0].name.p[0] == '%') {
		read_descriptor(ps, rr);
		return 0;
	}
	if (ps->set == SET_SKIP || (!ps->first && ps->set != SET_ENTRY))
		return 0;
	if (ps->set == SET_NONE) {
		parse_diag(ps, rr->line, "record before any '%%rec:' line "
		    "(start the file with '%%rec: Topic')");
		return 0;
	}
	return store_record(ps, ps->set, rr);
}

void
parse_begin(struct parser *ps, struct db *db, struct db *into, int first)
{
	memset(ps, 0, sizeof *ps);
	ps->db = db;
	ps->into = into;
	ps->first = first;
	ps->set = SET_NONE;
}

int
parse_text(struct parser *ps, const char *buf, size_t len, size_t base,
    unsigned long *line)
{
	struct rec_reader rd;
	size_t from = ps->into->nentries;
	int rc;

	ps->base = base;
	rd.on_record = on_record;
	rd.error = syntax_error;
	rd.arg = ps;
	rd.line = *line;
	rd.crlf = ps->crlf;
	rc = rec_parse(buf, len, &rd);
	*line = rd.line;
	ps->crlf = rd.crlf;
	if (rc == 0 && ps->first)
		rc = index_entries(ps, from);
	if (rc < 0)
		ps->db->oom = 1;
	return rc;
}

void
parse_end(struct parser *ps)
{
	mem_free(ps->rules);
	mem_free(ps->scratch);
	ps->rules = NULL;
	ps->scratch = NULL;
}

int
db_parse(struct db *db, const char *buf, size_t len, const char *name, int how)
{
	struct parser ps;
	unsigned long line = 0;
	int rc;

	db->text.p = buf;
	db->text.len = len;
	db->text.how = how;
	text_escape(db->name, sizeof db->name, name, strlen(name));
	if (len == 0) {
		db_diag(db, 0, "empty file");
		return -1;
	}
	parse_begin(&ps, db, db, 1);
	rc = parse_text(&ps, buf, len, 0, &line);
	parse_end(&ps);
	if (rc == 0)
		parse_checks(db);
	else
		db_sort_diags(db);
	if (rc == 0 && db->ndiags == 0 && db->check != NULL)
		rc = db->check(db);
	return rc < 0 || db->ndiags ? -1 : 0;
}

int
db_read_file(struct db *db, const char *path)
{
	struct file f;
	char err[200];
	int rc;

	text_escape(db->name, sizeof db->name, path, strlen(path));
	if ((rc = file_load(path, &f, err, sizeof err)) == -2) {
		db->oom = 1;
		return -1;
	}
	if (rc < 0) {
		db_diag(db, 0, "%s", err);
		return -1;
	}
	return db_parse(db, f.p, f.len, path, f.how);
}
