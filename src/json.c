/* json.c - the --json output (RFC 8259). */
#include "json.h"

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

/* One entry object; hit, if given, what the search adds. */
static void
entry_object(FILE *out, const struct db *db, struct db_scratch *scratch,
    const struct record *e, const struct hit_fields *hit)
{

	fputs("  {\n", out);
	member(out, "id", e->id, 0);
	member(out, "topic", e->topic, 0);
	member(out, "title", e->title, 0);
	array(out, db, "aliases", e->aliases);
	array(out, db, "keywords", e->keywords);
	array(out, db, "questions", e->asks);
	member(out, "summary", e->summary, 0);
	member(out, "body", db_text(e->body, scratch), 0);
	array(out, db, "see", e->see);
	member(out, "source", e->source, hit == NULL);
	if (hit) {
		fprintf(out, "    \"score\": %.4f,\n", hit->score);
		member(out, "level", span_from(hit->level), 0);
		member(out, "caveat", hit->caveat, 1);
	}
	fputs("  }", out);
}

void
json_entries(FILE *out, const struct db *db, struct db_scratch *scratch,
    const size_t *idx, size_t n)
{
	size_t i;

	fputs("[", out);
	for (i = 0; i < n && !ferror(out); i++) {
		fputs(i > 0 ? ",\n" : "\n", out);
		entry_object(out, db, scratch, &db->entries[idx[i]], NULL);
	}
	fputs(n > 0 ? "\n]\n" : "]\n", out);
}

void
json_results(FILE *out, const struct db *db, const struct search_result *res)
{
	struct hit_fields hit;
	char caveat[SEARCH_CAVEAT_SIZE];
	size_t i;

	hit.caveat.p = caveat;
	hit.caveat.len = search_caveat(db, res, caveat, sizeof caveat);
	fputs("[", out);
	for (i = 0; i < res->n; i++) {
		fputs(i > 0 ? ",\n" : "\n", out);
		hit.score = res->hits[i].score;
		hit.level = level_names[res->hits[i].level];
		entry_object(out, db, res->scratch, &db->entries[res->hits[i].entry], &hit);
	}
	fputs(res->n > 0 ? "\n]\n" : "]\n", out);
}

void
json_topics(FILE *out, const struct db *db)
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
