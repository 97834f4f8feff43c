/* format_markdown.c - the Markdown format: CommonMark to keep or share. */
#include <stdio.h>
#include <string.h>

#include "../base/cmdline.h"
#include "doc.h"
#include "figure.h"

/* The document as one CommonMark file, advice first, source last. */
doc_render_fn render_markdown;

/*
 * Where a value from outside (the database, the query, the --data path)
 * lands in the CommonMark file, which decides what in it would be read as
 * markup: each of the three is escaped here, and only here.
 */
enum md_at {
	IN_LINE,	/* within a line, after other text */
	LINE_START,	/* first on its line: a paragraph, a list item's text */
	IN_HEADING,	/* after "## " */
};

static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/* Blanks at a value's ends mean nothing in a document, and would break
 * it: at a line's start they make code or a list, next to "**" no bold. */
static struct span
trim(struct span s)
{
	while (s.len > 0 && is_blank(s.p[0])) {
		s.p++;
		s.len--;
	}
	while (s.len > 0 && is_blank(s.p[s.len - 1]))
		s.len--;
	return s;
}

/*
 * A value as CommonMark text, its ends trimmed: the characters that would
 * start inline markup are escaped with a backslash, and only those, so
 * that the file stays readable.  A newline becomes a space: it would end
 * the paragraph, and the next line could start any block.  At a line's
 * start, also what would make it a heading, list, quote, fence, table or
 * break; in a heading every '#', as a closing run of them would be taken
 * for markup and dropped.  Unsafe characters become U+FFFD.
 */
static void
text(struct buf *out, struct span s, enum md_at at)
{
	char esc[16];
	size_t i = 0, n, cmd;
	int start = at == LINE_START;	/* nothing but digits written yet */

	s = trim(s);
	while (i < s.len) {
		char c = s.p[i];

		/* A command to type, as code: letters, digits, '-' and ' '. */
		if (c == 'h' && (cmd = command_at(s, i)) > 0) {
			buf_putc(out, '`');
			buf_add(out, s.p + i, cmd);
			buf_putc(out, '`');
			i += cmd;
			start = 0;
			continue;
		}
		n = escape_char(s.p + i, s.len - i, esc);
		if (c == '\n') {
			buf_putc(out, ' ');
		} else if (esc[0] != '\0' && c != '\t') {
			buf_puts(out, "\xef\xbf\xbd");
		} else {
			if (strchr("\\`*_[]<>&", c) != NULL ||
			    (at == IN_HEADING && c == '#') ||
			    (start && i == 0 && strchr("#+-=>|~", c) != NULL))
				buf_putc(out, '\\');
			buf_add(out, s.p + i, n);
			/* "1. " or "1) " would start a numbered list. */
			if (start && c >= '0' && c <= '9' && i + 1 < s.len &&
			    (s.p[i + 1] == '.' || s.p[i + 1] == ')')) {
				i++;
				buf_putc(out, '\\');
				buf_putc(out, s.p[i]);
			} else if (!(c >= '0' && c <= '9')) {
				start = 0;
			}
		}
		i += n;
	}
}

static void
heading(struct buf *out, int level, struct span title)
{
	buf_printf(out, "%.*s ", level, "######");
	text(out, title, IN_HEADING);
	buf_puts(out, "\n\n");
}

static void
doc_begin(struct buf *out, const struct doc *d)
{
	buf_puts(out, "# Acupuncture for hip pain: ");
	text(out, d->title, IN_HEADING);
	buf_puts(out, "\n\n> **" ADVICE_FIRST "** " ADVICE_FULL "\n\n");
}

static void
doc_end(struct buf *out, const struct doc *d)
{
	buf_puts(out, "---\n\n" DOC_SOURCE " Database: ");
	text(out, span_from(d->database), IN_LINE);
	buf_puts(out, ".\n\nMade by hipacu ");
	text(out, span_from(d->version), IN_LINE);
	buf_puts(out, " on ");
	text(out, span_from(d->date), IN_LINE);
	buf_puts(out, ". " ADVICE_FULL "\n");
}

/* The paragraphs of a Body or Note, decoded: one per line. */
static void
paragraphs(struct buf *out, struct span all)
{
	struct span line;
	size_t pos = 0;

	while (span_next_line(all, &pos, &line))
		if (trim(line).len > 0) {
			text(out, line, LINE_START);
			buf_puts(out, "\n\n");
		}
}

/* "**Label:** a, b" */
static void
names(struct buf *out, const struct db *db, const struct doc_part *p)
{
	size_t i;

	if (p->values.count == 0)
		return;
	buf_printf(out, "**%s:** ", p->label);
	for (i = 0; i < p->values.count; i++) {
		buf_puts(out, i ? ", " : "");
		text(out, db_value(db, p->values, i), IN_LINE);
	}
	buf_puts(out, "\n\n");
}

/* "**See also:** Title (`hipacu show id`), ..." */
static void
links(struct buf *out, const struct db *db, const struct doc_part *p)
{
	size_t i, shown = 0;
	long k;

	if (p->values.count == 0)
		return;
	buf_printf(out, "**%s:** ", p->label);
	for (i = 0; i < p->values.count; i++) {
		if ((k = db_find_entry(db, db_value(db, p->values, i))) < 0)
			continue;
		/* Separated by what was shown: an unknown id shows nothing. */
		buf_puts(out, shown++ ? ", " : "");
		text(out, db->entries[k].title, IN_LINE);
		buf_puts(out, " (`hipacu show ");
		buf_add(out, db->entries[k].id.p, db->entries[k].id.len);
		buf_puts(out, "`)");
	}
	buf_puts(out, "\n\n");
}

/* One entry in full, its parts in the document's order. */
static void
entry(struct buf *out, const struct doc *d, const struct record *e, int level)
{
	const struct db *db = d->db;
	struct doc_part p;
	size_t at = 0;

	while (doc_next_part(d, e, &at, &p))
		switch (p.kind) {
		case PART_HEADING:
			heading(out, level, p.text);
			buf_puts(out, "*");
			text(out, db->topics[e->topic_index].title, IN_LINE);
			buf_puts(out, "* · `hipacu show ");
			buf_add(out, e->id.p, e->id.len);	/* a slug */
			buf_puts(out, "`\n\n");
			break;
		case PART_LEAD:
			text(out, p.text, LINE_START);
			buf_puts(out, "\n\n");
			break;
		case PART_FIGURE:
			if (p.values.count > 0) {
				buf_puts(out, "Places (" FIGURE_LEGEND "): ");
				figure_places_text(out, db, e);
				buf_puts(out, ".\n\n");
			}
			break;
		case PART_PARAGRAPHS:
			paragraphs(out, p.text);
			break;
		case PART_NAMES:
			names(out, db, &p);
			break;
		case PART_LINKS:
			links(out, db, &p);
			break;
		case PART_SOURCE:
			buf_printf(out, "*%s: ", p.label);
			if (p.opening) {
				buf_puts(out, "the article's opening paragraph.*\n\n");
				break;
			}
			buf_puts(out, "the article's section “");
			text(out, p.text, IN_LINE);
			buf_puts(out, "”.*\n\n");
			break;
		case PART_DATA:		/* for programs: JSON */
			break;
		}
}

static void
entries(struct buf *out, const struct doc *d)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		entry(out, d, &d->db->entries[doc_entry(d, i)], 2);
}

static void
list(struct buf *out, const struct doc *d)
{
	const struct record *e;
	size_t i;

	for (i = 0; i < d->n; i++) {
		e = &d->db->entries[doc_entry(d, i)];
		buf_puts(out, "- **");
		text(out, e->title, IN_LINE);
		buf_puts(out, "** (`hipacu show ");
		buf_add(out, e->id.p, e->id.len);
		buf_puts(out, "`): ");
		text(out, e->summary, IN_LINE);
		buf_puts(out, "\n");
	}
	buf_puts(out, "\n");
}

static void
topics(struct buf *out, const struct db *db)
{
	const struct record *t;
	size_t i;

	for (i = 0; i < db->ntopics; i++) {
		t = &db->topics[i];
		buf_puts(out, "- **");
		text(out, t->title, IN_LINE);
		buf_printf(out, "** (%lu): ", (unsigned long)t->nentries);
		text(out, t->summary, IN_LINE);
		buf_puts(out, "\n");
	}
	buf_puts(out, "\n");
}

/* Contents, then every topic and its entries. */
static void
reference(struct buf *out, const struct doc *d)
{
	const struct db *db = d->db;
	const struct record *t;
	size_t i, k;

	buf_puts(out, "## Contents\n\n");
	for (i = 0; i < db->ntopics; i++) {
		const char *sep = ": ";

		t = &db->topics[i];
		buf_puts(out, "- ");
		text(out, t->title, LINE_START);
		for (k = db_topic_next(db, i, IN_LINE); k < db->nentries;
		    k = db_topic_next(db, i, k + 1)) {
			buf_puts(out, sep);
			text(out, db->entries[k].title, IN_LINE);
			sep = "; ";
		}
		buf_puts(out, "\n");
	}
	buf_puts(out, "\n");
	for (i = 0; i < db->ntopics; i++) {
		t = &db->topics[i];
		heading(out, 2, t->title);
		text(out, t->summary, LINE_START);
		buf_puts(out, "\n\n");
		/* The topic's note, once under its heading, not per entry. */
		if (t->note.len > 0)
			paragraphs(out, db_text(t->note, d->scratch));
		for (k = db_topic_next(db, i, IN_LINE); k < db->nentries;
		    k = db_topic_next(db, i, k + 1))
			entry(out, d, &db->entries[k], 3);
	}
}

/* The search page's head: what was asked, how many entries answer it,
 * and the search's notes, as stderr says them. */
static void
query_notes(struct buf *out, const struct doc *d)
{
	const struct doc_results *res = d->results;
	size_t i, n = res->n;

	if (n == 0)
		buf_puts(out, "Nothing in the article answers “");
	else if (n == 1)
		buf_puts(out, "One entry for “");
	else
		buf_printf(out, "%lu entries for “", (unsigned long)n);
	text(out, span_from(d->query ? d->query : ""), IN_LINE);
	buf_puts(out, n > 1 ? "”, the best first.\n\n" : "”.\n\n");
	/* The words no entry mentions are in the caveat. */
	for (i = 0; i < res->nnotes; i++)
		if (res->notes[i].kind != DOC_NOTE_MISSING) {
			buf_puts(out, "Note: ");
			text(out, res->notes[i].text, IN_LINE);
			buf_puts(out, ".\n\n");
		}
	if (res->caveat.len > 0) {
		buf_puts(out, "**");
		text(out, res->caveat, IN_LINE);
		buf_puts(out, "**\n\n");
	}
}

void
render_markdown(const struct render *r, const struct doc *d)
{
	struct buf *out = r->out;

	doc_begin(out, d);
	switch (d->kind) {
	case DOC_ENTRIES:
		entries(out, d);
		break;
	case DOC_LIST:
		list(out, d);
		break;
	case DOC_TOPICS:
		topics(out, d->db);
		break;
	case DOC_REFERENCE:
		reference(out, d);
		break;
	case DOC_RESULTS:
		query_notes(out, d);
		entries(out, d);
		break;
	}
	doc_end(out, d);
}
