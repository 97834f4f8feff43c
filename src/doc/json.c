/* json.c - the JSON format (RFC 8259), for programs: --json. */
#include "doc.h"

/* Entries as one array of objects; the topics as one array of theirs. */
doc_render_fn render_json;

/*
 * A JSON string: the value's bytes, with quotes, backslashes and controls
 * escaped.  C1 and bidirectional controls are escaped too, so that JSON
 * read on a terminal is as safe as text; an invalid byte (which the parser
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
		} else if (is_control(cp) || is_bidi_control(cp)) {
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

static void
member(struct buf *out, const char *key, struct span value, int last)
{
	buf_printf(out, "    \"%s\": ", key);
	string(out, value);
	buf_puts(out, last ? "\n" : ",\n");
}

static void
array(struct buf *out, const struct db *db, const char *key, struct list l)
{
	size_t i;

	buf_printf(out, "    \"%s\": [", key);
	for (i = 0; i < l.count; i++) {
		if (i > 0)
			buf_puts(out, ", ");
		string(out, db_value(db, l, i));
	}
	buf_puts(out, "],\n");
}

/* What a search adds to an entry object: its score, how sure it is, and
 * the caveat a person must read with it ("" when the answer is sure). */
struct hit_fields {
	double score;
	const char *level;
	struct span caveat;
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
	size_t at = 0;

	buf_puts(out, "  {\n");
	member(out, "id", e->id, 0);
	member(out, "topic", e->topic, 0);
	while (doc_next_part(d, e, &at, &p)) {
		if (p.key == NULL)
			continue;
		switch (p.kind) {
		case PART_NAMES:
		case PART_DATA:
		case PART_LINKS:
		case PART_FIGURE:
			array(out, d->db, p.key, p.values);
			break;
		case PART_HEADING:
		case PART_LEAD:
		case PART_PARAGRAPHS:
		case PART_SOURCE:
			member(out, p.key, p.text, p.kind == PART_SOURCE && hit == NULL);
			break;
		}
	}
	if (hit) {
		buf_printf(out, "    \"score\": %.4f,\n", hit->score);
		member(out, "level", span_from(hit->level), 0);
		member(out, "caveat", hit->caveat, 1);
	}
	buf_puts(out, "  }");
}

/* The entries, as an array of objects, in the document's order; a
 * search's hits with what the search adds. */
static void
entries(struct buf *out, const struct doc *d)
{
	struct hit_fields hit, *with = NULL;
	size_t i;

	if (d->kind == DOC_RESULTS) {
		hit.caveat = d->results->caveat;
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
	size_t i;

	buf_puts(out, "[");
	for (i = 0; i < db->ntopics; i++) {
		t = &db->topics[i];
		buf_puts(out, i > 0 ? ",\n  {\n" : "\n  {\n");
		member(out, "id", t->id, 0);
		member(out, "title", t->title, 0);
		member(out, "summary", t->summary, 0);
		buf_printf(out, "    \"entries\": %lu\n", (unsigned long)t->nentries);
		buf_puts(out, "  }");
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
