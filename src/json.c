/* json.c - the --json output (RFC 8259). */
#include "json.h"

/* A JSON string: the value's bytes, with quotes, backslashes and controls escaped. */
static void
string(FILE *out, struct span s)
{
	size_t i;
	unsigned char c;

	putc('"', out);
	for (i = 0; i < s.len; i++) {
		c = (unsigned char)s.p[i];
		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c == '\t')
			fputs("\\t", out);
		else if (c < 0x20 || c == 0x7f)
			fprintf(out, "\\u%04x", c);
		else
			putc(c, out);
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

void
json_entries(FILE *out, const struct db *db, const size_t *idx, size_t n)
{
	const struct record *e;
	size_t i;

	fputs("[", out);
	for (i = 0; i < n; i++) {
		e = &db->entries[idx[i]];
		fputs(i > 0 ? ",\n  {\n" : "\n  {\n", out);
		member(out, "id", e->id, 0);
		member(out, "topic", e->topic, 0);
		member(out, "title", e->title, 0);
		array(out, db, "aliases", e->aliases);
		array(out, db, "keywords", e->keywords);
		member(out, "summary", e->summary, 0);
		member(out, "body", e->body, 0);
		array(out, db, "see", e->see);
		member(out, "source", e->source, 1);
		fputs("  }", out);
	}
	fputs(n > 0 ? "\n]\n" : "]\n", out);
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
