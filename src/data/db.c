/* db.c - recutils records read into topics, entries and terms by the
 * schema (schema.c), with every diagnostic at its line. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../base/mem.h"
#include "ids.h"
#include "schema.h"

/* What the parse knows between records. */
struct parser {
	struct db *db;
	int set;			/* SET_* of the records being read */
	unsigned long declared[NSETS];	/* line of each "%rec:", 0 if none */
	const struct field_rule **rules;	/* each field's rule, or NULL */
	size_t rules_cap;
	int decoded;			/* the record has a value joined across lines */
	struct db_scratch *scratch;	/* where such a value is decoded */
};

static void
diag(struct db *db, unsigned long line, const char *fmt, ...)
{
	va_list ap;
	char *d;
	int n;

	if (db->ndiags++ >= DB_MAX_DIAGS)
		return;
	db->diag_line[db->ndiags - 1] = line;
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

/*
 * The diagnostics in the order of their lines (a whole-file one first),
 * ties in the order found: an insertion sort, stable, of at most
 * DB_MAX_DIAGS.
 */
static void
sort_diags(struct db *db)
{
	char d[DB_DIAG_SIZE];
	unsigned long line;
	size_t i, k, n = db->ndiags < DB_MAX_DIAGS ? db->ndiags : DB_MAX_DIAGS;

	for (i = 1; i < n; i++) {
		line = db->diag_line[i];
		memcpy(d, db->diags[i], sizeof d);
		for (k = i; k > 0 && db->diag_line[k - 1] > line; k--) {
			db->diag_line[k] = db->diag_line[k - 1];
			memcpy(db->diags[k], db->diags[k - 1], sizeof d);
		}
		db->diag_line[k] = line;
		memcpy(db->diags[k], d, sizeof d);
	}
}

void
db_diag(struct db *db, unsigned long line, const char *fmt, ...)
{
	va_list ap;
	char msg[DB_DIAG_SIZE];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	diag(db, line, "%s", msg);
}

void
db_sort_diags(struct db *db)
{
	sort_diags(db);
}

/* The syntax errors of the rec layer are the database's diagnostics too. */
static void
syntax_error(void *arg, unsigned long line, const char *message)
{
	struct parser *ps = arg;

	diag(ps->db, line, "%s", message);
}

void
db_init(struct db *db, int (*reserved)(struct span name))
{
	memset(db, 0, sizeof *db);
	db->reserved = reserved;
}

void
db_free(struct db *db)
{
	struct db_arena *a, *next;
	int (*reserved)(struct span name) = db->reserved;

	if (db->prebuilt) {
		db_init(db, reserved);
		return;
	}
	file_release(&db->text);
	mem_free(db->topics);
	mem_free(db->entries);
	mem_free(db->terms);
	mem_free(db->values);
	mem_free(db->entry_ids.slots);
	mem_free(db->topic_ids.slots);
	for (a = db->arena; a != NULL; a = next) {
		next = a->next;
		mem_free(a);
	}
	db_init(db, reserved);
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
 * the parse's scratch) into the arena: records keep it as their value.
 * NULL if out of memory.
 */
static const char *
keep_decoded(struct parser *ps, struct span raw, size_t *len)
{
	struct db *db = ps->db;
	struct db_arena *a = db->arena;
	struct span v;
	char *p;

	if (parse_scratch(ps) == NULL)
		return NULL;
	v = rec_decode(raw, ps->scratch->text, sizeof ps->scratch->text);

	if (a == NULL || a->cap - a->used < v.len) {
		size_t cap = v.len > 4096 ? v.len : 4096;

		if ((a = mem_alloc(offsetof(struct db_arena, text) + cap)) == NULL)
			return NULL;
		a->next = db->arena;
		a->used = 0;
		a->cap = cap;
		db->arena = a;
	}
	p = a->text + a->used;
	memcpy(p, v.p, v.len);
	a->used += v.len;
	*len = v.len;
	return p;
}

#define UNRESOLVED ((size_t)-1)	/* topic_index of a topic not read yet */

/* The id of record i of a table of records, for the id index. */
static struct span
record_id(const void *recs, size_t i)
{
	return ((const struct record *)recs)[i].id;
}

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
		return index_add(db, &db->topic_ids, db->topics, db->ntopics - 1, "Topic");
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
	return index_add(db, &db->entry_ids, db->entries, db->nentries - 1, "Entry");
}

/*
 * The value of field f by its rule: a one-line value joined across lines
 * is decoded (into the arena), any other kept as written.  Reports a rule
 * broken.  Returns 0, or -1 out of memory.
 */
static int
field_value(struct parser *ps, int set, const struct field_rule *rule,
    const struct rec_field *f, struct span *v)
{
	char msg[300];

	*v = f->value;
	if (f->rejected)
		return 0;	/* its bytes were reported: nothing more to say */
	if ((rule->flags & ONE_LINE) && f->multiline) {
		diag(ps->db, f->line, "'%s' must be one line; "
		    "'+' continuation lines are for Body and Note", rule->name);
		return 0;
	}
	if ((rule->flags & ONE_LINE) && f->joined) {
		if ((v->p = keep_decoded(ps, f->value, &v->len)) == NULL)
			return -1;
		ps->decoded = 1;
	}
	if (v->len == 0 && (rule->flags & (REQUIRED | REPEATED)))
		diag(ps->db, f->line, "empty '%s' field", rule->name);
	else if (rule->valid &&
	    rule->valid(ps->db, record_sets[set].name, *v, msg, sizeof msg) < 0)
		diag(ps->db, f->line, "%s", msg);
	return 0;
}

/* Append the values of a repeated field, in file order, as one list. */
static int
store_list(struct parser *ps, int set, const struct rec_record *rr,
    const struct field_rule *rule, struct list *l)
{
	struct db *db = ps->db;
	struct span v;
	size_t i;

	l->first = db->nvalues;
	l->count = 0;
	for (i = 0; i < rr->nfields; i++) {
		if (ps->rules[i] != rule)
			continue;
		if (field_value(ps, set, rule, &rr->fields[i], &v) < 0 ||
		    mem_grow(&db->values, &db->values_cap, db->nvalues + 1,
		    sizeof *db->values) < 0)
			return -1;
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
	const struct db *db = ps->db;
	struct span body = { NULL, 0 }, ask, answer;
	struct buf q1, q2;
	size_t i, n = 0;

	for (i = 0; i < rr->nfields; i++) {
		if (ps->rules[i] == NULL ||
		    ps->rules[i]->offset != offsetof(struct record, asks))
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
			diag(ps->db, rr->fields[i].line, "the answer '%s' of Ask "
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
			diag(ps->db, f->line, "unknown field '%s' "
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
			diag(ps->db, f->line, "second '%s' field in one record "
			    "(the first is on line %lu)", rule->name, seen_line[k]);
			continue;
		}
		seen_line[k] = f->line;
		if (field_value(ps, set, rule, f, &v) < 0)
			return -1;
		memcpy((char *)&r + rule->offset, &v, sizeof v);
	}
	for (k = 0; k < rs->nrules; k++) {
		rule = &rs->rules[k];
		if ((rule->flags & REQUIRED) && !seen_line[k]) {
			if (r.id.len)
				diag(ps->db, r.line, "%s '%s' has no '%s' field",
				    rs->name, quote(&q, r.id), rule->name);
			else
				diag(ps->db, r.line, "%s record has no '%s' field",
				    rs->name, rule->name);
		}
		if (!(rule->flags & REPEATED))
			continue;
		if (store_list(ps, set, rr, rule, &l) < 0)
			return -1;
		memcpy((char *)&r + rule->offset, &l, sizeof l);
	}
	if (set == SET_TERM && (r.means.p != NULL) == (r.nearest.p != NULL))
		diag(ps->db, r.line, "a Term has one of 'Means' (the same thing "
		    "in the article's words) and 'Nearest' (the nearest thing "
		    "it says)%s", r.means.p ? ", not both" : "");
	if (set == SET_ENTRY && check_answers(ps, rr, &r) < 0)
		return -1;
	r.full = span_equal_fold(r.display, span_from("full"));
	/* Search reads the words of such a record decoded, not in the text. */
	r.split = rr->split || ps->decoded;
	return add_record(ps->db, set, &r);
}

/* A descriptor ("%rec: Entry" and its "%..." lines) selects the set. */
static void
read_descriptor(struct parser *ps, const struct rec_record *rr)
{
	const struct rec_field *f = &rr->fields[0];
	struct buf q;
	size_t i;
	int set;

	if (f->rejected) {
		ps->set = SET_SKIP;
		return;
	}
	if (f->name.len != 4 || memcmp(f->name.p, "%rec", 4) != 0) {
		diag(ps->db, f->line, "a record descriptor must start with '%%rec:'");
		ps->set = SET_NONE;
		return;
	}
	for (set = 0; set < NSETS; set++)
		if (span_equal(f->value, span_from(record_sets[set].name)))
			break;
	if (set == NSETS) {
		diag(ps->db, f->line, "unknown record set '%s' "
		    "(hipacu reads 'Topic', 'Entry' and 'Term')", quote(&q, f->value));
		ps->set = SET_NONE;
		return;
	}
	if (ps->declared[set])
		diag(ps->db, f->line, "second '%%rec: %s' "
		    "(the first is on line %lu)", record_sets[set].name,
		    ps->declared[set]);
	else
		ps->declared[set] = f->line;
	for (i = 1; i < rr->nfields; i++)
		if (rr->fields[i].name.p[0] != '%')
			diag(ps->db, rr->fields[i].line, "field '%s' in a record "
			    "descriptor (put a blank line before the first record)",
			    quote(&q, rr->fields[i].name));
	ps->set = set;
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
	if (ps->set == SET_SKIP)
		return 0;
	if (ps->set == SET_NONE) {
		diag(ps->db, rr->line, "record before any '%%rec:' line "
		    "(start the file with '%%rec: Topic')");
		return 0;
	}
	return store_record(ps, ps->set, rr);
}

/* Add record i to the index of its set, reporting a duplicate id.
 * Returns 0, or -1 out of memory. */
static int
index_add(struct db *db, struct id_index *ix, const struct record *recs,
    size_t i, const char *what)
{
	struct buf q;
	long first = ids_add(ix, i, record_id, recs);

	if (first == IDS_NO_MEMORY)
		return -1;
	if (first >= 0)
		diag(db, recs[i].line, "duplicate %s id '%s' (first used on line %lu)",
		    what, quote(&q, recs[i].id), recs[first].line);
	return 0;
}

size_t
db_topic_next(const struct db *db, size_t t, size_t from)
{
	while (from < db->nentries && db->entries[from].topic_index != t)
		from++;
	return from;
}

long
db_find_entry(const struct db *db, struct span id)
{
	return ids_find(&db->entry_ids, id, record_id, db->entries);
}

long
db_find_topic(const struct db *db, struct span id)
{
	return ids_find(&db->topic_ids, id, record_id, db->topics);
}

/* The checks that need the whole file: ids, topics and See links. */
static void
check_links(struct db *db)
{
	struct buf q1, q2;
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
				diag(db, e->line, "Entry '%s' has unknown topic '%s'",
				    quote(&q1, e->id), quote(&q2, e->topic));
				e->topic_index = 0;
			} else {
				e->topic_index = (size_t)t;
				db->topics[t].nentries++;
			}
		}
		for (k = 0; k < e->see.count; k++)
			if (db_find_entry(db, db_value(db, e->see, k)) < 0)
				diag(db, e->line, "Entry '%s' has See '%s', "
				    "but no entry has that id", quote(&q1, e->id),
				    quote(&q2, db_value(db, e->see, k)));
	}
}

int
db_parse(struct db *db, const char *buf, size_t len, const char *name, int how)
{
	struct rec_reader rd;
	struct parser ps;
	int rc;

	db->text.p = buf;
	db->text.len = len;
	db->text.how = how;
	text_escape(db->name, sizeof db->name, name, strlen(name));
	if (len == 0) {
		diag(db, 0, "empty file");
		return -1;
	}
	memset(&ps, 0, sizeof ps);
	ps.db = db;
	ps.set = SET_NONE;
	rd.on_record = on_record;
	rd.error = syntax_error;
	rd.arg = &ps;
	rc = rec_parse(buf, len, &rd);
	mem_free(ps.rules);
	mem_free(ps.scratch);
	if (rc == 0)
		check_links(db);
	sort_diags(db);
	if (rc < 0)
		db->oom = 1;
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
		diag(db, 0, "%s", err);
		return -1;
	}
	return db_parse(db, f.p, f.len, path, f.how);
}
