/* format_text.c - the text format: entries, lists, topics, search results,
 * for a person at a terminal (wrapped, in colour) or a pipe. */
#include <string.h>

#include "../base/sgr.h"
#include "../base/wrap.h"
#include "format_text.h"

/* A line being filled word by word (wrap.h); escape codes take no
 * columns. */
struct line {
	const struct render *r;
	struct wrap w;
	const char *style;	/* SGR for the whole line, or NULL */
	const char *base;	/* where the text of marks begins */
	const struct doc_mark *marks;	/* its words to show in bold */
	size_t nmarks;		/* ... marks after the ones written */
};

/* Text from the database; the parser lets no control character in, but
 * escaping here too keeps the terminal safe whatever the text. */
static void
put(const struct render *r, const char *s, size_t len)
{
	buf_add_safe(r->out, s, len);
}

/* hipacu's own text and escape codes, as they are. */
static void
puts_(const struct render *r, const char *s)
{
	buf_puts(r->out, s);
}

static void
spaces(const struct render *r, size_t n)
{
	while (n-- > 0)
		buf_putc(r->out, ' ');
}

/* Escape codes only when colour is on. */
static void
sgr(const struct render *r, const char *code)
{
	if (r->color && code)
		puts_(r, code);
}

static void
line_start(struct line *l, const struct render *r, size_t col, size_t indent,
    const char *style)
{
	l->r = r;
	l->w.width = r->width;
	l->w.indent = indent;
	wrap_restart(&l->w, col);
	l->style = style;
	l->base = NULL;
	l->marks = NULL;
	l->nmarks = 0;
	sgr(r, style);
}

/* A word's bytes, with the marks in it in bold.  Marks come in the
 * order of the text, and a mark is a word: it lies in one piece. */
static void
put_word(struct line *l, struct span w)
{
	const char *at;
	size_t done = 0;

	while (l->r->color && l->nmarks > 0 &&
	    (at = l->base + l->marks->at) < w.p + w.len) {
		if (at >= w.p + done) {
			put(l->r, w.p + done, (size_t)(at - w.p) - done);
			sgr(l->r, SGR_BOLD);
			put(l->r, at, l->marks->len);
			sgr(l->r, SGR_RESET);
			sgr(l->r, l->style);
			done = (size_t)(at - w.p) + l->marks->len;
		}
		l->marks++;
		l->nmarks--;
	}
	put(l->r, w.p + done, w.len - done);
}

/* Add pre, w and post as one word: it moves to a new line whole. */
static void
line_word(struct line *l, const char *pre, struct span w, const char *post)
{
	size_t cols = text_columns(span_from(pre)) + text_columns(w) +
	    text_columns(span_from(post));

	switch (wrap_piece(&l->w, cols)) {
	case WRAP_BREAK:
		sgr(l->r, l->style ? SGR_RESET : NULL);
		buf_putc(l->r->out, '\n');
		spaces(l->r, l->w.indent);
		sgr(l->r, l->style);
		break;
	case WRAP_SPACE:
		buf_putc(l->r->out, ' ');
		break;
	case WRAP_FIRST:
		break;
	}
	puts_(l->r, pre);
	put_word(l, w);
	puts_(l->r, post);
}

/* Add the pieces of text (wrap_piece_end); tail sticks to the last. */
static void
line_text(struct line *l, struct span text, const char *tail)
{
	size_t i = 0, start, j;
	struct span w;

	while (i < text.len) {
		while (i < text.len && wrap_is_blank(text.p[i]))
			i++;
		if (i == text.len)
			break;
		start = i;
		i = wrap_piece_end(text, start);
		for (j = i; j < text.len && wrap_is_blank(text.p[j]); j++)
			;
		w.p = text.p + start;
		w.len = i - start;
		line_word(l, "", w, j == text.len ? tail : "");
	}
}

static void
line_end(struct line *l)
{
	sgr(l->r, l->style ? SGR_RESET : NULL);
	buf_putc(l->r->out, '\n');
}

/*
 * A row of two columns: left as it is, then right from column at on,
 * wrapped under itself.  Lists, links and examples use it.
 */
static void
row(const struct render *r, const char *left, struct span left_span,
    size_t at, struct span right, const char *style)
{
	struct line l;
	size_t col = strlen(left) + text_columns(left_span);

	line_start(&l, r, 0, at, style);
	puts_(r, left);
	put(r, left_span.p, left_span.len);
	if (r->width && at > r->width / 2) {
		/* Too narrow for two columns: the right one goes below. */
		line_end(&l);
		at = strspn(left, " ") + 4;
		line_start(&l, r, at, at, style);
		spaces(r, at);
	} else {
		spaces(r, col < at ? at - col : 1);
		l.w.col = col < at ? at : col + 1;
	}
	line_text(&l, right, "");
	line_end(&l);
}

/* A paragraph in a style, with nmarks words of it (if any) in bold. */
static void
paragraph(const struct render *r, struct span text, size_t indent,
    const char *style, const struct doc_mark *marks, size_t nmarks)
{
	struct line l;

	spaces(r, indent);
	line_start(&l, r, indent, indent, style);
	l.base = text.p;
	l.marks = marks;
	l.nmarks = nmarks;
	line_text(&l, text, "");
	line_end(&l);
}

void
render_paragraph(const struct render *r, struct span text, size_t indent)
{
	paragraph(r, text, indent, NULL, NULL, 0);
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
			buf_putc(r->out, '\n');
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
	line_start(&l, r, strlen(label) + 2, strlen(label) + 2, SGR_DIM);
	puts_(r, label);
	puts_(r, ": ");
	for (i = 0; i < values.count; i++)
		line_text(&l, db_value(db, values, i), i + 1 < values.count ? "," : "");
	line_end(&l);
}

/* "Hip bursitis (condition: bursitis)": the topic and id are the command. */
static void
heading(const struct render *r, const struct db *db, const struct record *e)
{
	const struct record *t = &db->topics[e->topic_index];
	struct line l;

	line_start(&l, r, 0, 0, SGR_BOLD);
	line_text(&l, e->title, "");
	line_word(&l, "(", t->id, ":");
	line_word(&l, "", e->id, ")");
	line_end(&l);
}

/* "See also:" and a row for each entry it names: the command, the title. */
static void
see_also(const struct render *r, const struct db *db, const char *label,
    struct list see)
{
	size_t i, w = 0;
	struct span id;
	long k;

	if (see.count == 0)
		return;
	sgr(r, SGR_DIM);
	puts_(r, label);
	buf_putc(r->out, ':');
	sgr(r, SGR_RESET);
	buf_putc(r->out, '\n');
	for (i = 0; i < see.count; i++)
		if (db_value(db, see, i).len > w)
			w = db_value(db, see, i).len;
	for (i = 0; i < see.count; i++) {
		id = db_value(db, see, i);
		if ((k = db_find_entry(db, id)) >= 0)
			row(r, "  hipacu show ", id, w + 16, db->entries[k].title, SGR_DIM);
	}
}

static void
source(const struct render *r, const char *label, const struct doc_part *p)
{
	struct line l;

	line_start(&l, r, 0, 8, SGR_DIM);
	puts_(r, label);
	buf_putc(r->out, ':');
	l.w.started = 1;
	l.w.col = strlen(label) + 1;
	if (p->opening) {
		line_text(&l, span_from("the article's opening paragraph"), "");
	} else {
		line_text(&l, p->text, "");
		line_text(&l, span_from("(article section)"), "");
	}
	line_end(&l);
}

/* One entry in full, its parts in the document's order. */
static void
entry(const struct render *r, const struct doc *d, const struct record *e)
{
	struct doc_part p;
	size_t at = 0;

	while (doc_next_part(d, e, &at, &p))
		switch (p.kind) {
		case PART_HEADING:
			heading(r, d->db, e);
			buf_putc(r->out, '\n');
			break;
		case PART_LEAD:
			render_paragraph(r, p.text, 0);
			buf_putc(r->out, '\n');
			break;
		case PART_PARAGRAPHS:
			paragraphs(r, p.text, 0);
			buf_putc(r->out, '\n');
			break;
		case PART_NAMES:
			labelled_list(r, d->db, p.label, p.values);
			break;
		case PART_LINKS:
			see_also(r, d->db, p.label, p.values);
			break;
		case PART_SOURCE:
			source(r, p.label, &p);
			break;
		case PART_FIGURE:	/* a terminal has no figure */
		case PART_DATA:		/* for programs: JSON */
			break;
		}
}

/*
 * The advice to consult a medical doctor, once at the end of an output,
 * with the command that shows the entry on it, unless the output shows
 * that entry already (shows_it) or the database has none.
 */
static void
advice(const struct render *r, const struct db *db, int shows_it)
{
	long k = db_find_entry(db, span_from(ADVICE_DOCTOR_ID));
	struct line l;

	buf_putc(r->out, '\n');
	line_start(&l, r, 0, 0, SGR_DIM);
	line_text(&l, span_from(k >= 0 && !shows_it ?
	    ADVICE_GENERAL " " ADVICE_CONSULT ": " ADVICE_SHOW_DOCTOR :
	    ADVICE_GENERAL " " ADVICE_CONSULT "."), "");
	line_end(&l);
}

/* Entries in full, a blank line between them. */
static void
entries(const struct render *r, const struct doc *d)
{
	size_t i;

	/* A closed pipe or a full disk ends the output at once. */
	for (i = 0; i < d->n && !buf_failed(r->out); i++) {
		if (i > 0)
			buf_putc(r->out, '\n');
		entry(r, d, &d->db->entries[doc_entry(d, i)]);
	}
	if (d->n > 0)
		advice(r, d->db, doc_holds(d, span_from(ADVICE_DOCTOR_ID)));
}

/* A topic's Note, once under its heading, and a blank line. */
static void
topic_note(const struct render *r, const struct doc *d, const struct record *t)
{
	if (t->note.len == 0)
		return;
	paragraphs(r, db_text(t->note, d->scratch), 2);
	buf_putc(r->out, '\n');
}
static void
topic_heading(const struct render *r, const struct record *t)
{
	struct line l;

	line_start(&l, r, 0, 2, SGR_BOLD);
	line_text(&l, t->title, " -");
	line_text(&l, t->summary, "");
	line_end(&l);
}

/* Dim lines after a blank one, saying how to go on; none if NULL.  Prose
 * lines are wrapped; an indented line is a command, kept whole. */
static void
put_footer(const struct render *r, const char *footer)
{
	struct span all, line;
	size_t pos = 0;

	if (footer == NULL)
		return;
	buf_putc(r->out, '\n');
	all = span_from(footer);
	while (span_next_line(all, &pos, &line)) {
		if (line.len > 0 && line.p[0] == ' ') {
			sgr(r, SGR_DIM);
			put(r, line.p, line.len);
			sgr(r, SGR_RESET);
			buf_putc(r->out, '\n');
		} else {
			struct line l;

			line_start(&l, r, 0, 0, SGR_DIM);
			line_text(&l, line, "");
			line_end(&l);
		}
	}
}

/* Entries as id, title and summary, under a heading for each topic. */
static void
list(const struct render *r, const struct doc *d)
{
	const struct db *db = d->db;
	size_t i, w = 0, topic = (size_t)-1;
	const struct record *e;

	for (i = 0; i < d->n; i++)
		if (db->entries[doc_entry(d, i)].id.len > w)
			w = db->entries[doc_entry(d, i)].id.len;
	for (i = 0; i < d->n && !buf_failed(r->out); i++) {
		e = &db->entries[doc_entry(d, i)];
		if (e->topic_index != topic) {
			if (topic != (size_t)-1)
				buf_putc(r->out, '\n');
			topic = e->topic_index;
			topic_heading(r, &db->topics[topic]);
			buf_putc(r->out, '\n');
			topic_note(r, d, &db->topics[topic]);
		}
		row(r, "  ", e->id, w + 4, e->title, NULL);
		render_paragraph(r, e->summary, 6);
	}
	put_footer(r, d->footer);
	if (d->n > 0)
		advice(r, db, 0);
}

static void
topic_lines(const struct render *r, const struct db *db, size_t indent)
{
	size_t i, w = 0, at, n;
	const struct record *t;
	char count[32];

	for (i = 0; i < db->ntopics; i++)
		if (db->topics[i].id.len > w)
			w = db->topics[i].id.len;
	/* The summary column starts where "999 entries  " would end. */
	at = indent + w + 2 + 13;
	for (i = 0; i < db->ntopics; i++) {
		struct line l;

		t = &db->topics[i];
		spaces(r, indent);
		put(r, t->id.p, t->id.len);
		spaces(r, w - t->id.len + 2);
		n = (size_t)snprintf(count, sizeof count, "%3lu %s",
		    (unsigned long)t->nentries, t->nentries == 1 ? "entry" : "entries");
		puts_(r, count);
		if (r->width && at > r->width / 2) {
			/* Too narrow for two columns: the summary goes below. */
			buf_putc(r->out, '\n');
			spaces(r, indent + 4);
			line_start(&l, r, indent + 4, indent + 4, NULL);
		} else {
			spaces(r, at - (indent + w + 2 + n));
			line_start(&l, r, at, at, NULL);
		}
		line_text(&l, t->summary, "");
		line_end(&l);
	}
}

static void
topics(const struct render *r, const struct db *db)
{
	topic_lines(r, db, 0);
	advice(r, db, 0);
}

/* What hipacu is, the topics and how to go on. */
static void
overview(const struct render *r, const struct db *db)
{
	static const char *const examples[][2] = {
		{ "hipacu condition bursitis", "one entry of a topic" },
		{ "hipacu safety", "every safety note" },
		{ "hipacu search dizzy", "search all entries" },
		{ "hipacu help", "all commands and options" },
	};
	size_t i;

	render_paragraph(r, span_from("hipacu - acupuncture for hip pain, a "
	    "command-line reference"), 0);
	buf_putc(r->out, '\n');
	sgr(r, SGR_BOLD);
	puts_(r, "Topics:");
	sgr(r, SGR_RESET);
	buf_putc(r->out, '\n');
	topic_lines(r, db, 2);
	buf_putc(r->out, '\n');
	sgr(r, SGR_BOLD);
	puts_(r, "Try:");
	sgr(r, SGR_RESET);
	buf_putc(r->out, '\n');
	for (i = 0; i < sizeof examples / sizeof examples[0]; i++)
		row(r, "  ", span_from(examples[i][0]), 30,
		    span_from(examples[i][1]), NULL);
	advice(r, db, 0);
}

/* The first shown search results: heading, the command that shows each,
 * its sentence that best answers; the caveat above them, the footer
 * after. */
static void
results(const struct render *r, const struct doc *d)
{
	const struct doc_results *res = d->results;
	const struct record *e;
	size_t i;

	/* What a pointer points to, and the caveat, above the results, where
	 * the person reads first: also through the pager and in a file. */
	for (i = 0; i < res->nnotes && res->n > 0; i++)
		if (res->notes[i].kind == DOC_NOTE_POINTER) {
			struct line l;

			line_start(&l, r, 0, 0, NULL);
			line_word(&l, "Note:", span_from(""), "");
			line_text(&l, res->notes[i].text, ".");
			line_end(&l);
			buf_putc(r->out, '\n');
		}
	if (res->n > 0 && res->caveat.len > 0) {
		sgr(r, SGR_BOLD);
		render_paragraph(r, res->caveat, 0);
		sgr(r, SGR_RESET);
		buf_putc(r->out, '\n');
	}
	for (i = 0; i < res->n && i < d->shown && !buf_failed(r->out); i++) {
		e = &d->db->entries[res->hits[i].entry];
		if (i > 0)
			buf_putc(r->out, '\n');
		heading(r, d->db, e);
		sgr(r, SGR_DIM);
		puts_(r, "    hipacu show ");
		put(r, e->id.p, e->id.len);
		sgr(r, SGR_RESET);
		buf_putc(r->out, '\n');
		paragraph(r, doc_snippet(res, i), 4, NULL, doc_marks(res, i),
		    res->hits[i].nmarks);
	}
	put_footer(r, d->footer);
	if (res->n > 0)
		advice(r, d->db, 0);
}

void
render_text(const struct render *r, const struct doc *d)
{
	switch (d->kind) {
	case DOC_ENTRIES:
		entries(r, d);
		break;
	case DOC_LIST:
		list(r, d);
		break;
	case DOC_TOPICS:
		topics(r, d->db);
		break;
	case DOC_REFERENCE:
		overview(r, d->db);
		break;
	case DOC_RESULTS:
		results(r, d);
		break;
	}
}
