/* format_json.c - the JSON format (RFC 8259), for programs: --json. */
#include "doc.h"

/* Entries as one array of objects; the topics as one array of theirs. */
doc_render_fn render_json;

/*
 * A JSON string: the value's bytes, with quotes, backslashes and controls
 * escaped.  C1 controls and hidden characters (bidirectional and
 * invisible: hidden_char) are escaped too, so that JSON read on a
 * terminal is as safe as text; an invalid byte (which the parser
 * does not let in) would become U+FFFD.
 */
static void
string(struct buf *out, struct span s)
{
	unsigned long cp;
	size_t i = 0, n;
	unsigned char c;

	buf_putc(out, '"');
	while (i < s.len) {
		c = (unsigned char)s.p[i];
		if (c == '"' || c == '\\')
			buf_printf(out, "\\%c", c);
		else if (c == '\n')
			buf_puts(out, "\\n");
		else if (c == '\t')
			buf_puts(out, "\\t");
		else if (c < 0x20 || c == 0x7f)
			buf_printf(out, "\\u%04x", c);
		else if (c < 0x80)
			buf_putc(out, c);
		else if ((n = utf8_decode(s.p + i, s.len - i, &cp)) == 0) {
			buf_puts(out, "\\ufffd");
			i++;
			continue;
		} else if (is_control(cp) || hidden_char(cp) != NULL) {
			buf_printf(out, "\\u%04lx", cp);
			i += n;
			continue;
		} else {
			buf_add(out, s.p + i, n);
			i += n;
			continue;
		}
		i++;
	}
	buf_putc(out, '"');
}

/*
 * An object being written: each member starts with the comma that ends
 * the one before, so that any member may come last (a part added after
 * Source among them).
 */
struct object {
	struct buf *out;
	size_t members;
};

static void
object_begin(struct object *o, struct buf *out)
{
	o->out = out;
	o->members = 0;
	buf_puts(out, "  {\n");
}

/* A member's key, after the comma that ends the member before. */
static void
key(struct object *o, const char *name)
{
	buf_puts(o->out, o->members++ ? ",\n" : "");
	buf_printf(o->out, "    \"%s\": ", name);
}

static void
object_end(struct object *o)
{
	buf_puts(o->out, o->members ? "\n  }" : "  }");
}

static void
member(struct object *o, const char *name, struct span value)
{
	key(o, name);
	string(o->out, value);
}

static void
array(struct object *o, const struct db *db, const char *name, struct list l)
{
	size_t i;

	key(o, name);
	buf_putc(o->out, '[');
	for (i = 0; i < l.count; i++) {
		if (i > 0)
			buf_puts(o->out, ", ");
		string(o->out, db_value(db, l, i));
	}
	buf_putc(o->out, ']');
}

/* What a search adds to an entry object: its score, how sure it is, the
 * caveat a person must read with it ("" when the answer is sure), and
 * the search's notes (words read as others, what a pointer points to). */
struct hit_fields {
	double score;
	const char *level;
	const struct doc_results *results;
};

static const char *const level_names[] = { "answered", "closest",
	"not-covered" };

/* One entry object, its parts in the document's order; hit, if given,
 * what the search adds. */
static void
entry_object(struct buf *out, const struct doc *d, const struct record *e,
    const struct hit_fields *hit)
{
	struct doc_part p;
	struct object o;
	size_t at = 0, i;

	object_begin(&o, out);
	member(&o, "id", e->id);
	member(&o, "topic", e->topic);
	while (doc_next_part(d, e, &at, &p)) {
		if (p.key == NULL)
			continue;
		switch (p.kind) {
		case PART_NAMES:
		case PART_DATA:
		case PART_LINKS:
		case PART_FIGURE:
			array(&o, d->db, p.key, p.values);
			break;
		case PART_HEADING:
		case PART_LEAD:
		case PART_PARAGRAPHS:
		case PART_SOURCE:
			member(&o, p.key, p.text);
			break;
		}
	}
	if (hit) {
		key(&o, "score");
		buf_printf(out, "%.4f", hit->score);
		member(&o, "level", span_from(hit->level));
		member(&o, "caveat", hit->results->caveat);
		key(&o, "notes");
		buf_putc(out, '[');
		for (i = 0; i < hit->results->nnotes; i++) {
			buf_puts(out, i ? ", " : "");
			string(out, hit->results->notes[i].text);
		}
		buf_putc(out, ']');
	}
	object_end(&o);
}

/* The entries, as an array of objects, in the document's order; a
 * search's hits with what the search adds. */
static void
entries(struct buf *out, const struct doc *d)
{
	struct hit_fields hit, *with = NULL;
	size_t i;

	if (d->kind == DOC_RESULTS) {
		hit.results = d->results;
		with = &hit;
	}
	buf_puts(out, "[");
	for (i = 0; i < d->n && !buf_failed(out); i++) {
		buf_puts(out, i > 0 ? ",\n" : "\n");
		if (with) {
			hit.score = d->results->hits[i].score;
			hit.level = level_names[d->results->hits[i].level];
		}
		entry_object(out, d, &d->db->entries[doc_entry(d, i)], with);
	}
	buf_puts(out, d->n > 0 ? "\n]\n" : "]\n");
}

static void
topics(struct buf *out, const struct db *db)
{
	const struct record *t;
	struct object o;
	size_t i;

	buf_puts(out, "[");
	for (i = 0; i < db->ntopics; i++) {
		t = &db->topics[i];
		buf_puts(out, i > 0 ? ",\n" : "\n");
		object_begin(&o, out);
		member(&o, "id", t->id);
		member(&o, "title", t->title);
		member(&o, "summary", t->summary);
		key(&o, "entries");
		buf_printf(out, "%lu", (unsigned long)t->nentries);
		object_end(&o);
	}
	buf_puts(out, db->ntopics > 0 ? "\n]\n" : "]\n");
}

/* Entries (a list too: a list is for people), or the topics (with no
 * command as well). */
void
render_json(const struct render *r, const struct doc *d)
{
	if (d->kind == DOC_TOPICS || d->kind == DOC_REFERENCE)
		topics(r->out, d->db);
	else
		entries(r->out, d);
}
