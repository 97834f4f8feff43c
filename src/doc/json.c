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
string(FILE *out, struct span s)
{
	unsigned long cp;
	size_t i = 0, n;
	unsigned char c;

	putc('"', out);
	while (i < s.len) {
		c = (unsigned char)s.p[i];
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c == '\t')
			fputs("\\t", out);
		else if (c < 0x20 || c == 0x7f)
			fprintf(out, "\\u%04x", c);
		else if (c < 0x80)
			putc(c, out);
		else if ((n = utf8_decode(s.p + i, s.len - i, &cp)) == 0) {
			fputs("\\ufffd", out);
			i++;
			continue;
		} else if (is_control(cp) || is_bidi_control(cp)) {
			fprintf(out, "\\u%04lx", cp);
			i += n;
			continue;
		} else {
			fwrite(s.p + i, 1, n, out);
			i += n;
			continue;
		}
		i++;
	}
	putc('"', out);
}

static void
member(FILE *out, const char *key, struct span value, int last)
{
	fprintf(out, "    \"%s\": ", key);
	string(out, value);
	fputs(last ? "\n" : ",\n", out);
}

static void
array(FILE *out, const struct db *db, const char *key, struct list l)
{
	size_t i;

	fprintf(out, "    \"%s\": [", key);
	for (i = 0; i < l.count; i++) {
		if (i > 0)
			fputs(", ", out);
		string(out, db_value(db, l, i));
	}
	fputs("],\n", out);
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
entry_object(FILE *out, const struct doc *d, const struct record *e,
    const struct hit_fields *hit)
{
	struct doc_part p;
	size_t at = 0;

	fputs("  {\n", out);
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
		fprintf(out, "    \"score\": %.4f,\n", hit->score);
		member(out, "level", span_from(hit->level), 0);
		member(out, "caveat", hit->caveat, 1);
	}
	fputs("  }", out);
}

/* The entries, as an array of objects, in the document's order; a
 * search's hits with what the search adds. */
static void
entries(FILE *out, const struct doc *d)
{
	struct hit_fields hit, *with = NULL;
	size_t i;

	if (d->kind == DOC_RESULTS) {
		hit.caveat.p = d->notes->caveat;
		hit.caveat.len = d->notes->caveat_len;
		with = &hit;
	}
	fputs("[", out);
	for (i = 0; i < d->n && !ferror(out); i++) {
		fputs(i > 0 ? ",\n" : "\n", out);
		if (with) {
			hit.score = d->res->hits[i].score;
			hit.level = level_names[d->res->hits[i].level];
		}
		entry_object(out, d, &d->db->entries[doc_entry(d, i)], with);
	}
	fputs(d->n > 0 ? "\n]\n" : "]\n", out);
}

static void
topics(FILE *out, const struct db *db)
{
	const struct record *t;
	size_t i;

	fputs("[", out);
	for (i = 0; i < db->ntopics; i++) {
		t = &db->topics[i];
		fputs(i > 0 ? ",\n  {\n" : "\n  {\n", out);
		member(out, "id", t->id, 0);
		member(out, "title", t->title, 0);
		member(out, "summary", t->summary, 0);
		fprintf(out, "    \"entries\": %lu\n", (unsigned long)t->nentries);
		fputs("  }", out);
	}
	fputs(db->ntopics > 0 ? "\n]\n" : "]\n", out);
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
