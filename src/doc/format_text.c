/* format_text.c - the text format: entries, lists, topics, search results,
 * for a person at a terminal (wrapped, in colour) or a pipe. */
#include <string.h>

#include "../base/sgr.h"
#include "format_text.h"
#include "text_lines.h"

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
	line_puts(r, label);
	line_puts(r, ": ");
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
	line_sgr(r, SGR_DIM);
	line_puts(r, label);
	buf_putc(r->out, ':');
	line_sgr(r, SGR_RESET);
	buf_putc(r->out, '\n');
	for (i = 0; i < see.count; i++)
		if (db_value(db, see, i).len > w)
			w = db_value(db, see, i).len;
	for (i = 0; i < see.count; i++) {
		id = db_value(db, see, i);
		if ((k = db_find_entry(db, id)) >= 0)
			line_row(r, "  hipacu show ", id, w + 16, db->entries[k].title, SGR_DIM);
	}
}

static void
source(const struct render *r, const char *label, const struct doc_part *p)
{
	struct line l;

	line_start(&l, r, 0, 8, SGR_DIM);
	line_puts(r, label);
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
			line_paragraphs(r, p.text, 0);
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
	line_paragraphs(r, db_text(t->note, d->scratch), 2);
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
			line_sgr(r, SGR_DIM);
			line_put(r, line.p, line.len);
			line_sgr(r, SGR_RESET);
			buf_putc(r->out, '\n');
		} else {
			struct line l;

			line_start(&l, r, 0, 0, SGR_DIM);
			line_text(&l, line, "");
			line_end(&l);
		}
	}
}

/*
 * One entry of a list.  On a terminal wide enough for the id column, the
 * id and title in two columns and the summary below them; otherwise one
 * line: id, title and summary, so that a grep of the list shows the id
 * of what it found.  In a pipe that line is whole unless --width asks
 * for wrapping; on a narrow terminal it wraps under itself.
 */
static void
list_entry(const struct render *r, const struct record *e, size_t idw)
{
	struct render one = *r;
	struct line l;
	size_t at = 2 + idw + 2, id_cols = text_columns(e->id);

	if (r->terminal && (r->width == 0 || at <= r->width / 2)) {
		line_row(r, "  ", e->id, at, e->title, NULL);
		render_paragraph(r, e->summary, 6);
		return;
	}
	if (!r->terminal && !r->width_asked)
		one.width = 0;
	if (one.width && at > one.width / 2)
		at = 2 + id_cols + 2;
	line_start(&l, &one, 0, 6, NULL);
	line_puts(&one, "  ");
	line_put(&one, e->id.p, e->id.len);
	/* The id is the line's first piece: the title may go below it. */
	line_spaces(&one, at - 3 - id_cols);
	l.w.col = at - 1;
	l.w.started = 1;
	line_text(&l, e->title, " -");
	line_text(&l, e->summary, "");
	line_end(&l);
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
		list_entry(r, e, w);
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
		line_spaces(r, indent);
		line_put(r, t->id.p, t->id.len);
		line_spaces(r, w - t->id.len + 2);
		n = (size_t)snprintf(count, sizeof count, "%3lu %s",
		    (unsigned long)t->nentries, t->nentries == 1 ? "entry" : "entries");
		line_puts(r, count);
		if (r->width && at > r->width / 2) {
			/* Too narrow for two columns: the summary goes below. */
			buf_putc(r->out, '\n');
			line_spaces(r, indent + 4);
			line_start(&l, r, indent + 4, indent + 4, NULL);
		} else {
			line_spaces(r, at - (indent + w + 2 + n));
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
	line_sgr(r, SGR_BOLD);
	line_puts(r, "Topics:");
	line_sgr(r, SGR_RESET);
	buf_putc(r->out, '\n');
	topic_lines(r, db, 2);
	buf_putc(r->out, '\n');
	line_sgr(r, SGR_BOLD);
	line_puts(r, "Try:");
	line_sgr(r, SGR_RESET);
	buf_putc(r->out, '\n');
	for (i = 0; i < sizeof examples / sizeof examples[0]; i++)
		line_row(r, "  ", span_from(examples[i][0]), 30,
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
		line_sgr(r, SGR_BOLD);
		render_paragraph(r, res->caveat, 0);
		line_sgr(r, SGR_RESET);
		buf_putc(r->out, '\n');
	}
	for (i = 0; i < res->n && i < d->shown && !buf_failed(r->out); i++) {
		e = &d->db->entries[res->hits[i].entry];
		if (i > 0)
			buf_putc(r->out, '\n');
		heading(r, d->db, e);
		line_sgr(r, SGR_DIM);
		line_puts(r, "    hipacu show ");
		line_put(r, e->id.p, e->id.len);
		line_sgr(r, SGR_RESET);
		buf_putc(r->out, '\n');
		line_paragraph(r, doc_snippet(res, i), 4, NULL, doc_marks(res, i),
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
