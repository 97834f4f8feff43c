/* render.c - the text output: entries, lists, topics, search results. */
#include <string.h>

#include "render.h"

#define DISCLAIMER "General information from one article, not medical advice: " \
	"see a doctor about hip pain."

/*
 * A line being filled word by word.  col counts characters (UTF-8 code
 * points), not bytes, so that accented words wrap where they look.
 */
struct line {
	const struct render *r;
	size_t col;		/* characters on the line so far */
	size_t indent;		/* where continuation lines start */
	int has_word;		/* a word is on this line after the indent */
};

static void
put(const struct render *r, const char *s, size_t len)
{
	fwrite(s, 1, len, r->out);
}

static void
puts_(const struct render *r, const char *s)
{
	put(r, s, strlen(s));
}

static void
spaces(const struct render *r, size_t n)
{
	while (n-- > 0)
		putc(' ', r->out);
}

static void
line_start(struct line *l, const struct render *r, size_t col, size_t indent)
{
	l->r = r;
	l->col = col;
	l->indent = indent;
	l->has_word = 0;
}

/* Add one word, with extra trailing bytes (a comma) that stay with it. */
static void
line_word(struct line *l, const char *w, size_t len, const char *tail)
{
	size_t wlen = utf8_count(w, len) + strlen(tail);
	size_t need = wlen + (l->has_word ? 1 : 0);

	if (l->r->width && l->has_word && l->col + need > l->r->width) {
		putc('\n', l->r->out);
		spaces(l->r, l->indent);
		l->col = l->indent;
		l->has_word = 0;
	}
	if (l->has_word) {
		putc(' ', l->r->out);
		l->col++;
	}
	put(l->r, w, len);
	puts_(l->r, tail);
	l->col += wlen;
	l->has_word = 1;
}

/* Add the words of text; tail sticks to the last word. */
static void
line_text(struct line *l, struct span text, const char *tail)
{
	size_t i = 0, start;

	while (i < text.len) {
		while (i < text.len && (text.p[i] == ' ' || text.p[i] == '\t'))
			i++;
		start = i;
		while (i < text.len && text.p[i] != ' ' && text.p[i] != '\t')
			i++;
		if (i > start) {
			size_t j = i;

			while (j < text.len && (text.p[j] == ' ' || text.p[j] == '\t'))
				j++;
			line_word(l, text.p + start, i - start, j == text.len ? tail : "");
		}
	}
}

static void
line_end(struct line *l)
{
	putc('\n', l->r->out);
}

void
render_paragraph(const struct render *r, struct span text, size_t indent)
{
	struct line l;

	spaces(r, indent);
	line_start(&l, r, indent, indent);
	line_text(&l, text, "");
	line_end(&l);
}

/* A value's lines as paragraphs; an empty line stays an empty line. */
static void
paragraphs(const struct render *r, struct span text, size_t indent)
{
	const char *p = text.p, *end = text.p + text.len, *nl;
	struct span para;

	if (text.len == 0)
		return;
	for (;;) {
		nl = memchr(p, '\n', (size_t)(end - p));
		para.p = p;
		para.len = (size_t)((nl ? nl : end) - p);
		if (para.len == 0)
			putc('\n', r->out);
		else
			render_paragraph(r, para, indent);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
}

/* "Label: a, b, c" wrapped under the first value. */
static void
labelled_list(const struct render *r, const struct db *db, const char *label,
    struct list values)
{
	struct line l;
	size_t i;

	if (values.count == 0)
		return;
	puts_(r, label);
	line_start(&l, r, strlen(label), strlen(label));
	for (i = 0; i < values.count; i++)
		line_text(&l, db_value(db, values, i), i + 1 < values.count ? "," : "");
	line_end(&l);
}

static void
heading(const struct render *r, const struct db *db, const struct record *e)
{
	struct line l;
	const struct record *t = &db->topics[e->topic_index];

	line_start(&l, r, 0, 0);
	line_text(&l, e->title, "");
	line_word(&l, "(", 1, "");
	/* "(condition: bursitis)" is also the command that shows it. */
	fprintf(r->out, "%.*s: %.*s)", (int)t->id.len, t->id.p,
	    (int)e->id.len, e->id.p);
	l.col += t->id.len + 3 + e->id.len;
	line_end(&l);
}

void
render_entry(const struct render *r, const struct db *db, const struct record *e)
{
	const struct record *t = &db->topics[e->topic_index];
	size_t i, w = 0;
	struct span id;
	long k;

	heading(r, db, e);
	putc('\n', r->out);
	render_paragraph(r, e->summary, 0);
	putc('\n', r->out);
	paragraphs(r, e->body, 0);
	putc('\n', r->out);
	labelled_list(r, db, "Aliases: ", e->aliases);
	if (e->see.count > 0) {
		puts_(r, "See also:\n");
		for (i = 0; i < e->see.count; i++)
			if (db_value(db, e->see, i).len > w)
				w = db_value(db, e->see, i).len;
		for (i = 0; i < e->see.count; i++) {
			id = db_value(db, e->see, i);
			if ((k = db_find_entry(db, id)) < 0)
				continue;
			fprintf(r->out, "  hipacu show %.*s", (int)id.len, id.p);
			spaces(r, w - id.len + 2);
			put(r, db->entries[k].title.p, db->entries[k].title.len);
			putc('\n', r->out);
		}
	}
	puts_(r, "Source: ");
	put(r, e->source.p, e->source.len);
	puts_(r, " (article section)\n");
	if (t->note.len > 0) {
		putc('\n', r->out);
		paragraphs(r, t->note, 0);
	}
}

void
render_entries(const struct render *r, const struct db *db, const size_t *idx,
    size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			putc('\n', r->out);
		render_entry(r, db, &db->entries[idx[i]]);
	}
}

static void
topic_heading(const struct render *r, const struct record *t)
{
	struct line l;

	line_start(&l, r, 0, 2);
	line_text(&l, t->title, " -");
	line_text(&l, t->summary, "");
	line_end(&l);
}

void
render_list(const struct render *r, const struct db *db, const size_t *idx,
    size_t n, const char *footer)
{
	size_t i, w = 0, topic = (size_t)-1;
	const struct record *e;

	for (i = 0; i < n; i++)
		if (db->entries[idx[i]].id.len > w)
			w = db->entries[idx[i]].id.len;
	for (i = 0; i < n; i++) {
		e = &db->entries[idx[i]];
		if (e->topic_index != topic) {
			if (topic != (size_t)-1)
				putc('\n', r->out);
			topic = e->topic_index;
			topic_heading(r, &db->topics[topic]);
			putc('\n', r->out);
		}
		puts_(r, "  ");
		put(r, e->id.p, e->id.len);
		spaces(r, w - e->id.len + 2);
		put(r, e->title.p, e->title.len);
		putc('\n', r->out);
		render_paragraph(r, e->summary, 6);
	}
	if (footer) {
		putc('\n', r->out);
		puts_(r, footer);
		putc('\n', r->out);
	}
}

static void
topic_lines(const struct render *r, const struct db *db, size_t indent)
{
	size_t i, w = 0;
	const struct record *t;
	char count[32];

	for (i = 0; i < db->ntopics; i++)
		if (db->topics[i].id.len > w)
			w = db->topics[i].id.len;
	for (i = 0; i < db->ntopics; i++) {
		struct line l;

		t = &db->topics[i];
		spaces(r, indent);
		put(r, t->id.p, t->id.len);
		spaces(r, w - t->id.len + 2);
		snprintf(count, sizeof count, "%3lu %-7s  ", (unsigned long)t->nentries,
		    t->nentries == 1 ? "entry" : "entries");
		puts_(r, count);
		line_start(&l, r, indent + w + 2 + strlen(count),
		    indent + w + 2 + strlen(count));
		line_text(&l, t->summary, "");
		line_end(&l);
	}
}

void
render_topics(const struct render *r, const struct db *db)
{
	topic_lines(r, db, 0);
}

void
render_overview(const struct render *r, const struct db *db)
{
	puts_(r, "hipacu - acupuncture for hip pain, a command-line reference\n\n");
	puts_(r, "Topics:\n");
	topic_lines(r, db, 2);
	puts_(r, "\nTry:\n"
	    "  hipacu condition bursitis   one entry of a topic\n"
	    "  hipacu safety               every safety note\n"
	    "  hipacu search dizzy         search all entries\n"
	    "  hipacu help                 all commands and options\n\n");
	render_paragraph(r, span_from(DISCLAIMER), 0);
}

void
render_results(const struct render *r, const struct db *db,
    const struct search_result *res)
{
	const struct record *e;
	size_t i;

	for (i = 0; i < res->n; i++) {
		e = &db->entries[res->hits[i].entry];
		if (i > 0)
			putc('\n', r->out);
		heading(r, db, e);
		fprintf(r->out, "    hipacu show %.*s\n", (int)e->id.len, e->id.p);
		render_paragraph(r, search_snippet(res, e), 4);
	}
}
