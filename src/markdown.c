/* markdown.c - the Markdown output: CommonMark to keep, share or convert. */
#include <stdio.h>
#include <string.h>

#include "cmdline.h"
#include "figure.h"
#include "markdown.h"

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
doc_begin(FILE *out, struct span title)
{
	fputs("# Acupuncture for hip pain: ", out);
	text(out, title, 0);
	fputs("\n\n> **" DOC_ADVICE_HEAD "** " DOC_ADVICE "\n\n", out);
}

static void
doc_end(FILE *out, const struct doc_info *info)
{
	fputs("---\n\n" DOC_SOURCE " Database: ", out);
	text(out, span_from(info->database), 0);
	fputs(".\n\nMade by hipacu ", out);
	text(out, span_from(info->version), 0);
	fputs(" on ", out);
	text(out, span_from(info->date), 0);
	fputs(". " DOC_ADVICE "\n", out);
}

/* The paragraphs of a Body or Note: one per line of the value. */
static void
paragraphs(FILE *out, struct db_scratch *scratch, struct span v)
{
	struct span all = db_text(v, scratch), line;
	size_t pos = 0;

	while (span_next_line(all, &pos, &line))
		if (line.len > 0) {
			text(out, line, 1);
			fputs("\n\n", out);
		}
}

static void
entry(FILE *out, const struct db *db, struct db_scratch *scratch,
    const struct record *e, int level)
{
	const struct record *t = &db->topics[e->topic_index];
	size_t i;
	long k;

	heading(out, level, e->title);
	fputs("*", out);
	text(out, t->title, 0);
	fputs("* · `hipacu show ", out);
	fwrite(e->id.p, 1, e->id.len, out);	/* a slug: nothing to escape */
	fputs("`\n\n", out);
	text(out, e->summary, 1);
	fputs("\n\n", out);
	if (figure_has_places(db, e)) {
		fputs("Where the article places it: ", out);
		figure_places_text(out, db, e);
		fputs(".\n\n", out);
	}
	paragraphs(out, scratch, e->body);
	if (e->aliases.count > 0) {
		fputs("**Also called:** ", out);
		for (i = 0; i < e->aliases.count; i++) {
			fputs(i ? ", " : "", out);
			text(out, db_value(db, e->aliases, i), 0);
		}
		fputs("\n\n", out);
	}
	if (e->see.count > 0) {
		fputs("**See also:** ", out);
		for (i = 0; i < e->see.count; i++) {
			if ((k = db_find_entry(db, db_value(db, e->see, i))) < 0)
				continue;
			fputs(i ? ", " : "", out);
			text(out, db->entries[k].title, 0);
			fputs(" (`hipacu show ", out);
			fwrite(db->entries[k].id.p, 1, db->entries[k].id.len, out);
			fputs("`)", out);
		}
		fputs("\n\n", out);
	}
	if (db_source_is_opening(e->source)) {
		fputs("*Source: the article's opening paragraph.*\n\n", out);
		return;
	}
	fputs("*Source: the article's section “", out);
	text(out, e->source, 0);
	fputs("”.*\n\n", out);
}

void
md_entries(FILE *out, const struct db *db, const struct doc_info *info,
    const size_t *idx, size_t n)
{
	size_t i;

	doc_begin(out, n == 1 ? db->entries[idx[0]].title : span_from("entries"));
	for (i = 0; i < n; i++)
		entry(out, db, info->scratch, &db->entries[idx[i]], 2);
	doc_end(out, info);
}

void
md_list(FILE *out, const struct db *db, const struct doc_info *info,
    const size_t *idx, size_t n)
{
	const struct record *e;
	size_t i;

	doc_begin(out, span_from("entries"));
	for (i = 0; i < n; i++) {
		e = &db->entries[idx[i]];
		fputs("- **", out);
		text(out, e->title, 0);
		fputs("** (`hipacu show ", out);
		fwrite(e->id.p, 1, e->id.len, out);
		fputs("`): ", out);
		text(out, e->summary, 0);
		fputs("\n", out);
	}
	fputs("\n", out);
	doc_end(out, info);
}

void
md_topics(FILE *out, const struct db *db, const struct doc_info *info)
{
	const struct record *t;
	size_t i;

	doc_begin(out, span_from("topics"));
	for (i = 0; i < db->ntopics; i++) {
		t = &db->topics[i];
		fputs("- **", out);
		text(out, t->title, 0);
		fprintf(out, "** (%lu): ", (unsigned long)t->nentries);
		text(out, t->summary, 0);
		fputs("\n", out);
	}
	fputs("\n", out);
	doc_end(out, info);
}

void
md_reference(FILE *out, const struct db *db, const struct doc_info *info)
{
	const struct record *t;
	size_t i, k;

	doc_begin(out, span_from("the whole reference"));
	fputs("## Contents\n\n", out);
	for (i = 0; i < db->ntopics; i++) {
		t = &db->topics[i];
		const char *sep = ": ";

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
			paragraphs(out, info->scratch, t->note);
		for (k = 0; k < db->nentries; k++)
			if (db->entries[k].topic_index == i)
				entry(out, db, info->scratch, &db->entries[k], 3);
	}
	doc_end(out, info);
}

/* The search page's head: what was asked, how many entries answer it,
 * and what the search made of the words, as stderr says it. */
static void
search_notes(FILE *out, const struct db *db, const struct doc_info *info,
    const struct search_result *res)
{
	struct span q = span_from(info->query ? info->query : "");
	char caveat[SEARCH_CAVEAT_SIZE];
	size_t u;

	if (res->n == 0)
		fputs("Nothing in the article answers “", out);
	else if (res->n == 1)
		fputs("One entry for “", out);
	else
		fprintf(out, "%lu entries for “", (unsigned long)res->n);
	text(out, q, 0);
	fputs(res->n > 1 ? "”, the best first.\n\n" : "”.\n\n", out);
	for (u = 0; u < res->nunits; u++) {
		const struct search_unit *un = &res->units[u];

		if (un->corrected) {
			fputs("“", out);
			text(out, un->raw, 0);
			fputs(un->expanded ? "” was taken as short for “" :
			    "” was read as “", out);
			text(out, span_from(res->words[un->at].fold), 0);
			fputs("”.\n\n", out);
		}
	}
	if (search_caveat(db, res, caveat, sizeof caveat) > 0) {
		fputs("**", out);
		text(out, span_from(caveat), 0);
		fputs("**\n\n", out);
	}
}

void
md_results(FILE *out, const struct db *db, const struct doc_info *info,
    const struct search_result *res)
{
	size_t i;

	doc_begin(out, span_from("search results"));
	search_notes(out, db, info, res);
	for (i = 0; i < res->n; i++)
		entry(out, db, res->scratch, &db->entries[res->hits[i].entry], 2);
	doc_end(out, info);
}
