/* store.c - where the records a parse reads go: topics and terms kept,
 * entries held or placed in a window of a file that streams, their ids
 * indexed, and the checks that wait for the whole file. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../base/mem.h"
#include "ids.h"
#include "parse.h"

/* Add id i to an index, reporting a duplicate first used on the line
 * line_of(first) says.  Returns 0, or -1 out of memory. */
static int
index_add(struct parser *ps, struct id_index *ix, size_t i, ids_key_fn *key,
    const void *recs, unsigned long line, const char *what)
{
	struct buf q;
	long first = ids_add(ix, i, key, recs);

	if (first == IDS_NO_MEMORY)
		return -1;
	if (first >= 0)
		parse_diag(ps, line, "duplicate %s id '%s' (first used on line %lu)",
		    what, quote(&q, key(recs, i)), key == db_stub_id ?
		    ((const struct db_stub *)recs)[first].line :
		    ((const struct record *)recs)[first].line);
	return 0;
}

/* A check for the end, its values kept while the text may go. */
static int
add_pending(struct parser *ps, const struct record *e, struct span value,
    int topic)
{
	struct db *db = ps->db;
	struct db_pending *p;

	if (mem_grow(&db->pending, &db->pending_cap, db->npending + 1,
	    sizeof *db->pending) < 0)
		return -1;
	p = &db->pending[db->npending];
	p->ordinal = e->ordinal;
	p->line = e->line;
	p->topic = topic;
	p->id = e->id;
	p->value = value;
	if (ps->into != db && ((e->id.len && (p->id = db_keep(db, e->id)).p == NULL) ||
	    (value.len && (p->value = db_keep(db, value)).p == NULL)))
		return -1;
	db->npending++;
	return 0;
}

/* Where a streamed file's entry is, for its checks and to read it again. */
static int
add_stub(struct parser *ps, const struct record *e)
{
	struct db *db = ps->db;
	struct db_stub *st;

	if (mem_grow(&db->stubs, &db->stubs_cap, e->ordinal + 1, sizeof *db->stubs) < 0)
		return -1;
	st = &db->stubs[e->ordinal];
	memset(st, 0, sizeof *st);
	if (e->id.len && (st->id = db_keep(db, e->id)).p == NULL)
		return -1;
	st->start = ps->base + e->start;
	st->len = (uint32_t)(e->end - e->start);
	st->line = (uint32_t)e->line;
	st->topic_index = (uint32_t)e->topic_index;
	st->split = e->split != 0;
	return 0;
}

/*
 * An entry, where it goes.  Read first: found its topic and indexed while
 * it is in cache, its See links checked or left for the end.  Read again
 * from a streamed file: only placed, as the first reading found it.
 */
int
add_entry(struct parser *ps, const struct record *r)
{
	struct db *db = ps->db, *into = ps->into;
	struct record *e;
	size_t i = into->nentries;
	long t;

	if (mem_grow(&into->entries, &into->entries_cap, i + 1,
	    sizeof *into->entries) < 0)
		return -1;
	e = &into->entries[into->nentries++];
	*e = *r;
	e->ordinal = ps->next++;
	if (!ps->first) {
		/* The file changed if it has more entries than it had. */
		if (e->ordinal >= db->count) {
			into->nentries--;
			return 0;
		}
		if (db->streamed) {
			e->topic_index = db->stubs[e->ordinal].topic_index;
			if (into == db)
				db->stubs[e->ordinal].held = (unsigned)(i + 1) & 0x7fffffff;
		}
		return 0;
	}
	db->count = ps->next;
	if (e->topic.len > 0 && (t = db_find_topic(db, e->topic)) >= 0) {
		e->topic_index = (size_t)t;
		db->topics[t].nentries++;
	} else if (e->topic.len > 0) {
		e->topic_index = UNRESOLVED;
		if (add_pending(ps, e, e->topic, 1) < 0)
			return -1;
	}
	return db->streamed ? add_stub(ps, e) : 0;
}

/*
 * The entries a text read first held, from entries[from] on: their ids
 * indexed, duplicates said, and See links to ids not read yet left for
 * the end.
 */
int
index_entries(struct parser *ps, size_t from)
{
	struct db *db = ps->db, *into = ps->into;
	size_t i, k;

	for (i = from; i < into->nentries; i++) {
		const struct record *e = &into->entries[i];

		if (db->streamed ? index_add(ps, &db->entry_ids, e->ordinal,
		    db_stub_id, db->stubs, e->line, "Entry") < 0 :
		    index_add(ps, &db->entry_ids, i, db_record_id, db->entries,
		    e->line, "Entry") < 0)
			return -1;
	}
	for (i = from; i < into->nentries; i++) {
		const struct record *e = &into->entries[i];

		for (k = 0; k < e->see.count; k++) {
			struct span see = db_value(into, e->see, k);

			if (db_find_ordinal(db, see) < 0 &&
			    add_pending(ps, e, see, 0) < 0)
				return -1;
		}
	}
	return 0;
}

/* The span member at "at" of a record, copied into db's arena (an empty
 * member stays so), read and written as what it is, a struct span (not
 * copied out and back, which gcc -fanalyzer loses track of).  Returns 0,
 * or -1 out of memory. */
static int
keep_span(struct db *db, void *at)
{
	struct span *s = at;

	return s->p == NULL || (*s = db_keep(db, *s)).p != NULL ? 0 : -1;
}

/* A record's member, copied into db's arena (see keep_members). */
struct keeping {
	struct db *db;
	struct record *r;
	int failed;
};

static void
keep_member(void *arg, const char *name, size_t offset, int is_list)
{
	struct keeping *k = arg;
	struct span *v;
	struct list l;
	size_t i;

	(void)name;
	if (is_list) {
		memcpy(&l, (char *)k->r + offset, sizeof l);
		for (i = 0; i < l.count; i++) {
			v = &k->db->values[l.first + i];
			if ((*v = db_keep(k->db, *v)).p == NULL)
				k->failed = 1;
		}
		return;
	}
	if (keep_span(k->db, (char *)k->r + offset) < 0)
		k->failed = 1;
}

/* Copy what record r of db points to into db's arena: its text goes.
 * Returns 0, or -1 out of memory. */
static int
keep_members(struct db *db, struct record *r)
{
	struct keeping k;

	k.db = db;
	k.r = r;
	k.failed = 0;
	db_each_member(keep_member, &k);
	return k.failed ? -1 : 0;
}

/* A Topic or Term, read first: kept whole, its text copied if it goes. */
int
add_topic_or_term(struct parser *ps, int set, const struct record *r)
{
	struct db *db = ps->db;
	struct record *t;

	if (set == SET_TOPIC) {
		if (mem_grow(&db->topics, &db->topics_cap, db->ntopics + 1,
		    sizeof *db->topics) < 0)
			return -1;
		t = &db->topics[db->ntopics++];
	} else {
		if (mem_grow(&db->terms, &db->terms_cap, db->nterms + 1,
		    sizeof *db->terms) < 0)
			return -1;
		t = &db->terms[db->nterms++];
	}
	*t = *r;
	if (ps->into != db && keep_members(db, t) < 0)
		return -1;
	if (set == SET_TOPIC)
		return index_add(ps, &db->topic_ids, db->ntopics - 1, db_record_id,
		    db->topics, t->line, "Topic");
	return 0;
}

/* An entry read before its topic was, its topic now: the entry itself if
 * it is held whole, else its stub. */
static void
resolve_topic(struct db *db, size_t ordinal, size_t t)
{
	if (db->streamed) {
		db->stubs[ordinal].topic_index = (uint32_t)t;
		/* Held before its topic was read (a list's first walk). */
		if (db->stubs[ordinal].held)
			db->entries[db->stubs[ordinal].held - 1].topic_index = t;
	} else {
		db->entries[ordinal].topic_index = t;
	}
}

void
parse_checks(struct db *db)
{
	struct buf q1, q2;
	size_t i;
	long t;

	/* What a fault left unread (db->unsure) is not said to be missing:
	 * the fault is said, once, where it is. */
	if (db->ntopics == 0 && !(db->unsure & DB_UNSURE_SETS))
		db_diag(db, 0, "no Topic records (a '%%rec: Topic' set is required)");
	if (db->count == 0 && !(db->unsure & DB_UNSURE_SETS))
		db_diag(db, 0, "no entries (a '%%rec: Entry' set with records is required)");
	/* In the order found: an entry's topic, then its See links. */
	for (i = 0; i < db->npending; i++) {
		const struct db_pending *p = &db->pending[i];

		if (!p->topic) {
			if (db_find_ordinal(db, p->value) < 0 &&
			    !(db->unsure & DB_UNSURE_ENTRIES))
				db_diag(db, p->line, "Entry '%s' has See '%s', "
				    "but no entry has that id", quote(&q1, p->id),
				    quote(&q2, p->value));
		} else if ((t = db_find_topic(db, p->value)) < 0) {
			if (!(db->unsure & DB_UNSURE_TOPICS))
				db_diag(db, p->line, "Entry '%s' has unknown "
				    "topic '%s'", quote(&q1, p->id),
				    quote(&q2, p->value));
			resolve_topic(db, p->ordinal, 0);
		} else {
			resolve_topic(db, p->ordinal, (size_t)t);
			db->topics[t].nentries++;
		}
	}
	mem_free(db->pending);
	db->pending = NULL;
	db->npending = db->pending_cap = 0;
	db_sort_diags(db);
}

/* A value of a window's entry, copied into db.  0, or -1. */
static int
keep_value(struct db *db, struct span v)
{
	if (mem_grow(&db->values, &db->values_cap, db->nvalues + 1,
	    sizeof *db->values) < 0 || (v = db_keep(db, v)).p == NULL)
		return -1;
	db->values[db->nvalues++] = v;
	return 0;
}

/* One member of a window's entry, copied into db (db_keep_entry). */
struct keeping_entry {
	struct db *db;
	const struct db *from;
	struct record *r;
	int failed;
};

static void
keep_entry_member(void *arg, const char *name, size_t offset, int is_list)
{
	struct keeping_entry *k = arg;
	struct list l;
	size_t i, first = k->db->nvalues;

	(void)name;
	if (is_list) {
		memcpy(&l, (char *)k->r + offset, sizeof l);
		for (i = 0; i < l.count; i++)
			if (keep_value(k->db, db_value(k->from, l, i)) < 0)
				k->failed = 1;
		l.first = first;
		memcpy((char *)k->r + offset, &l, sizeof l);
		return;
	}
	if (keep_span(k->db, (char *)k->r + offset) < 0)
		k->failed = 1;
}

int
db_keep_entry(struct db *db, const struct db *from, const struct record *e,
    int whole)
{
	struct keeping_entry k;
	struct record r;

	memset(&r, 0, sizeof r);
	if (whole) {
		r = *e;
		k.db = db;
		k.from = from;
		k.r = &r;
		k.failed = 0;
		db_each_member(keep_entry_member, &k);
		if (k.failed)
			return -1;
	} else {
		/* What a list shows: its id, title and summary, by topic. */
		if ((r.id = db_keep(db, e->id)).p == NULL ||
		    (r.title = db_keep(db, e->title)).p == NULL ||
		    (r.summary = db_keep(db, e->summary)).p == NULL ||
		    (r.topic = db_keep(db, e->topic)).p == NULL)
			return -1;
		r.line = e->line;
		r.ordinal = e->ordinal;
		r.full = e->full;
		r.split = e->split;
	}
	r.topic_index = db->stubs[e->ordinal].topic_index;
	r.start = r.end = 0;	/* its text is in db's arena */
	if (mem_grow(&db->entries, &db->entries_cap, db->nentries + 1,
	    sizeof *db->entries) < 0)
		return -1;
	db->entries[db->nentries++] = r;
	db->stubs[e->ordinal].held = (unsigned)db->nentries & 0x7fffffff;
	return 0;
}
