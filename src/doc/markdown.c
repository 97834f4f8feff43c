/* markdown.c - the Markdown format: CommonMark to keep, share or convert. */
#include <stdio.h>
#include <string.h>

#include "../base/cmdline.h"
#include "doc.h"
#include "figure.h"

/* The document as one CommonMark file, advice first, source last. */
doc_render_fn render_markdown;

/*
 * Text from the database as CommonMark text: the characters that would
 * start markup are escaped with a backslash, and only those, so that the
 * file stays readable; at the start of a block, also those that would
 * make it a heading, list, quote or break.  Unsafe characters become
 * U+FFFD.
 */
static void
text(FILE *out, struct span s, int block_start)
{
	char esc[16];
	size_t i = 0, n, cmd;

	while (i < s.len) {
		char c = s.p[i];

		/* A command to type, as code: letters, digits, '-' and ' '. */
		if (c == 'h' && (cmd = command_at(s, i)) > 0) {
			putc('`', out);
			fwrite(s.p + i, 1, cmd, out);
			putc('`', out);
			i += cmd;
			block_start = 0;
			continue;
		}
		n = escape_char(s.p + i, s.len - i, esc);
		if (esc[0] != '\0' && c != '\t') {
			fputs("\xef\xbf\xbd", out);
		} else {
			if (strchr("\\`*_[]<>&", c) != NULL ||
			    (block_start && i == 0 && strchr("#+-=>|", c) != NULL))
				putc('\\', out);
			fwrite(s.p + i, 1, n, out);
			/* "1. " or "1) " would start a numbered list. */
			if (block_start && c >= '0' && c <= '9' && i + 1 < s.len &&
			    (s.p[i + 1] == '.' || s.p[i + 1] == ')')) {
				i++;
				putc('\\', out);
				putc(s.p[i], out);
			} else if (!(c >= '0' && c <= '9')) {
				block_start = 0;
			}
		}
		i += n;
	}
}

static void
heading(FILE *out, int level, struct span title)
{
	fprintf(out, "%.*s ", level, "######");
	text(out, title, 0);
	fputs("\n\n", out);
}

static void
doc_begin(FILE *out, const struct doc *d)
{
	fputs("# Acupuncture for hip pain: ", out);
	text(out, d->title, 0);
	fputs("\n\n> **" DOC_ADVICE_HEAD "** " DOC_ADVICE "\n\n", out);
}

static void
doc_end(FILE *out, const struct doc *d)
{
	fputs("---\n\n" DOC_SOURCE " Database: ", out);
	text(out, span_from(d->database), 0);
	fputs(".\n\nMade by hipacu ", out);
	text(out, span_from(d->version), 0);
	fputs(" on ", out);
	text(out, span_from(d->date), 0);
	fputs(". " DOC_ADVICE "\n", out);
}

/* The paragraphs of a Body or Note, decoded: one per line. */
static void
paragraphs(FILE *out, struct span all)
{
	struct span line;
	size_t pos = 0;

	while (span_next_line(all, &pos, &line))
		if (line.len > 0) {
			text(out, line, 1);
			fputs("\n\n", out);
		}
}

/* "**Label:** a, b" */
static void
names(FILE *out, const struct db *db, const struct doc_part *p)
{
	size_t i;

	if (p->values.count == 0)
		return;
	fprintf(out, "**%s:** ", p->label);
	for (i = 0; i < p->values.count; i++) {
		fputs(i ? ", " : "", out);
		text(out, db_value(db, p->values, i), 0);
	}
	fputs("\n\n", out);
}

/* "**See also:** Title (`hipacu show id`), ..." */
static void
links(FILE *out, const struct db *db, const struct doc_part *p)
{
	size_t i;
	long k;

	if (p->values.count == 0)
		return;
	fprintf(out, "**%s:** ", p->label);
	for (i = 0; i < p->values.count; i++) {
		if ((k = db_find_entry(db, db_value(db, p->values, i))) < 0)
			continue;
		fputs(i ? ", " : "", out);
		text(out, db->entries[k].title, 0);
		fputs(" (`hipacu show ", out);
		fwrite(db->entries[k].id.p, 1, db->entries[k].id.len, out);
		fputs("`)", out);
	}
	fputs("\n\n", out);
}

/* One entry in full, its parts in the document's order. */
static void
entry(FILE *out, const struct doc *d, const struct record *e, int level)
{
	const struct db *db = d->db;
	struct doc_part p;
	size_t at = 0;

	while (doc_next_part(d, e, &at, &p))
		switch (p.kind) {
		case PART_HEADING:
			heading(out, level, p.text);
			fputs("*", out);
			text(out, db->topics[e->topic_index].title, 0);
			fputs("* · `hipacu show ", out);
			fwrite(e->id.p, 1, e->id.len, out);	/* a slug */
			fputs("`\n\n", out);
			break;
		case PART_LEAD:
			text(out, p.text, 1);
			fputs("\n\n", out);
			break;
		case PART_FIGURE:
			if (figure_has_places(db, e)) {
				fputs("Where the article places it: ", out);
				figure_places_text(out, db, e);
				fputs(".\n\n", out);
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
			fprintf(out, "*%s: ", p.label);
			if (p.opening) {
				fputs("the article's opening paragraph.*\n\n", out);
				break;
			}
			fputs("the article's section “", out);
			text(out, p.text, 0);
			fputs("”.*\n\n", out);
			break;
		case PART_DATA:		/* for programs: JSON */
			break;
		}
}

static void
entries(FILE *out, const struct doc *d)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		entry(out, d, &d->db->entries[doc_entry(d, i)], 2);
}

static void
list(FILE *out, const struct doc *d)
{
	const struct record *e;
	size_t i;

	for (i = 0; i < d->n; i++) {
		e = &d->db->entries[doc_entry(d, i)];
		fputs("- **", out);
		text(out, e->title, 0);
		fputs("** (`hipacu show ", out);
		fwrite(e->id.p, 1, e->id.len, out);
		fputs("`): ", out);
		text(out, e->summary, 0);
		fputs("\n", out);
	}
	fputs("\n", out);
}

static void
topics(FILE *out, const struct db *db)
{
	const struct record *t;
	size_t i;

	for (i = 0; i < db->ntopics; i++) {
		t = &db->topics[i];
		fputs("- **", out);
		text(out, t->title, 0);
		fprintf(out, "** (%lu): ", (unsigned long)t->nentries);
		text(out, t->summary, 0);
		fputs("\n", out);
	}
	fputs("\n", out);
}

/* Contents, then every topic and its entries. */
static void
reference(FILE *out, const struct doc *d)
{
	const struct db *db = d->db;
	const struct record *t;
	size_t i, k;

	fputs("## Contents\n\n", out);
	for (i = 0; i < db->ntopics; i++) {
		const char *sep = ": ";

		t = &db->topics[i];
		fputs("- ", out);
		text(out, t->title, 0);
		for (k = 0; k < db->nentries; k++)
			if (db->entries[k].topic_index == i) {
				fputs(sep, out);
				text(out, db->entries[k].title, 0);
				sep = "; ";
			}
		fputs("\n", out);
	}
	fputs("\n", out);
	for (i = 0; i < db->ntopics; i++) {
		t = &db->topics[i];
		heading(out, 2, t->title);
		text(out, t->summary, 1);
		fputs("\n\n", out);
		/* The topic's note, once under its heading, not per entry. */
		if (t->note.len > 0)
			paragraphs(out, db_text(t->note, d->scratch));
		for (k = 0; k < db->nentries; k++)
			if (db->entries[k].topic_index == i)
				entry(out, d, &db->entries[k], 3);
	}
}

/* The search page's head: what was asked, how many entries answer it,
 * and the search's notes, as stderr says them. */
static void
query_notes(FILE *out, const struct doc *d)
{
	const struct search_notes *notes = d->notes;
	size_t i, n = d->res->n;

	if (n == 0)
		fputs("Nothing in the article answers “", out);
	else if (n == 1)
		fputs("One entry for “", out);
	else
		fprintf(out, "%lu entries for “", (unsigned long)n);
	text(out, span_from(d->query ? d->query : ""), 0);
	fputs(n > 1 ? "”, the best first.\n\n" : "”.\n\n", out);
	for (i = 0; i < notes->n; i++) {
		const struct search_note *note = &notes->note[i];

		if (note->kind != SEARCH_NOTE_READ_AS &&
		    note->kind != SEARCH_NOTE_SHORT_FOR)
			continue;
		fputs("“", out);
		text(out, note->raw, 0);
		fputs(note->kind == SEARCH_NOTE_SHORT_FOR ?
		    "” was taken as short for “" : "” was read as “", out);
		text(out, span_from(note->word), 0);
		fputs("”.\n\n", out);
	}
	if (notes->caveat_len > 0) {
		fputs("**", out);
		text(out, span_from(notes->caveat), 0);
		fputs("**\n\n", out);
	}
}

void
render_markdown(const struct render *r, const struct doc *d)
{
	FILE *out = r->out;

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
