/* html.c - the HTML format: one self-contained page to save, print or share. */
#include <stdio.h>
#include <string.h>

#include "../base/cmdline.h"
#include "doc.h"
#include "figure.h"

/* The document as one page, advice first, source last. */
doc_render_fn render_html;

/*
 * The page's whole style: readable on a phone and a wide screen, light and
 * dark, and on paper (A4 or Letter: the printer's page size, with margins
 * in millimetres), where an entry is not cut across pages if it fits on
 * one and links print as their text.
 */
static const char style[] =
    ":root{color-scheme:light dark;--fg:#1d1b18;--bg:#fffdf9;--muted:#5e584f;"
    "--accent:#9a3412;--rule:#e7dfd2;--note:#fbf1e6;--body:#ece4d8;"
    "--line:#8d8272;--mark:#e4571b}\n"
    "@media (prefers-color-scheme:dark){:root{--fg:#ece7df;--bg:#1b1916;"
    "--muted:#aaa196;--accent:#fdba74;--rule:#3b362f;--note:#2a241d;"
    "--body:#3a342c;--line:#8a8072;--mark:#fb8a3c}}\n"
    "html{background:var(--bg);color:var(--fg)}\n"
    "body{margin:0 auto;max-width:44rem;padding:1.25rem 1.1rem 3rem;"
    "font:1.06rem/1.6 Charter,'Iowan Old Style',Georgia,serif}\n"
    "h1,h2,h3{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;"
    "line-height:1.25;margin:1.6em 0 .4em}\n"
    "h1{font-size:1.7rem;margin-top:.4em}h2{font-size:1.35rem}h3{font-size:1.12rem}\n"
    "a{color:var(--accent)}code{font:.88em ui-monospace,Menlo,Consolas,monospace}\n"
    "code.cmd{white-space:nowrap}\n"
    "@media (max-width:24rem){code.cmd{white-space:normal}}\n"
    ".advice{background:var(--note);border-left:4px solid var(--accent);"
    "padding:.7rem 1rem;margin:1rem 0}\n"
    ".meta,.source,footer{color:var(--muted);font-size:.92rem}\n"
    ".summary{font-size:1.08rem}\n"
    "article{border-top:1px solid var(--rule);margin-top:1.6rem}\n"
    "section>h2{border-bottom:2px solid var(--accent);padding-bottom:.2em}\n"
    "nav ol{padding-left:1.3rem}nav li{margin:.15em 0}\n"
    "dt{font-weight:bold;margin-top:.7em}dd{margin-left:1.2rem}\n"
    "figure.where{margin:1rem 0;text-align:center}\n"
    "figure.where svg{width:100%;max-width:25rem;height:auto}\n"
    "figcaption{color:var(--muted);font-size:.9rem}\n"
    ".body{fill:var(--body);stroke:var(--line);stroke-width:1.5}\n"
    ".mark{fill:var(--mark);fill-opacity:.85;stroke:var(--accent);stroke-width:1}\n"
    ".ring{fill:none;stroke:var(--mark);stroke-width:5}\n"
    ".detail{fill:none;stroke:var(--line);stroke-width:1.2}\n"
    "svg text{fill:var(--muted);font:13px system-ui,sans-serif;text-anchor:middle}\n"
    "svg text.label{font-size:11px;font-style:italic}\n"
    "footer{border-top:1px solid var(--rule);margin-top:2.5rem;padding-top:.8rem}\n"
    "@media print{:root{--fg:#000;--bg:#fff;--muted:#333;--accent:#7c2d12;"
    "--note:#fff;--body:#eee;--mark:#e4571b}\n"
    "body{max-width:none;padding:0;font-size:10.5pt;line-height:1.4}"
    "h1,h2,h3{margin:1em 0 .3em}article{margin-top:1rem}p{margin:.5em 0}"
    "a{color:inherit;text-decoration:none}\n"
    "article,figure,.advice,footer{break-inside:avoid}"
    "h1,h2,h3,section>.summary{break-after:avoid}\n"
    "nav{break-after:page}footer{margin-top:1.2rem}\n"
    "figure.where{float:right;width:40%;margin:0 0 .4rem 1rem}"
    "figure.where svg{max-width:none}article::after{content:'';display:block;"
    "clear:both}\n"
    "@page{margin:16mm 15mm}}\n";

/* Text from the database, escaped: no byte of it can become markup, and
 * no unsafe character reaches the page (a U+FFFD stands in). */
static void
text(FILE *out, struct span s)
{
	char esc[16];
	size_t i = 0, n;

	while (i < s.len) {
		n = escape_char(s.p + i, s.len - i, esc);
		if (esc[0] != '\0' && s.p[i] != '\n' && s.p[i] != '\t')
			fputs("&#xFFFD;", out);
		else if (s.p[i] == '&')
			fputs("&amp;", out);
		else if (s.p[i] == '<')
			fputs("&lt;", out);
		else if (s.p[i] == '>')
			fputs("&gt;", out);
		else if (s.p[i] == '"')
			fputs("&quot;", out);
		else if (s.p[i] == '\'')
			fputs("&#39;", out);
		else
			fwrite(s.p + i, 1, n, out);
		i += n;
	}
}

static void
text_str(FILE *out, const char *s)
{
	text(out, span_from(s));
}

/*
 * What a page holds.  An entry links to another only when that one is on
 * the page too, and on paper a command to type means nothing: the prose's
 * "hipacu show ID" and "hipacu TOPIC" become the titles they print.
 */
struct page {
	FILE *out;
	const struct doc *d;
	const struct db *db;
	int entries;		/* 1: entries in full; 0: titles only */
};

static int
on_page(const struct page *pg, size_t entry)
{
	size_t i;

	if (!pg->entries)
		return 0;
	for (i = 0; i < pg->d->n; i++)
		if (doc_entry(pg->d, i) == entry)
			return 1;
	return 0;
}

/* The anchor of an entry: its id, which the parser keeps to a slug. */
static void
anchor(FILE *out, struct span id)
{
	fputs("e-", out);
	text(out, id);
}

/* An entry's title, in quotes, a link where the entry is on the page. */
static void
entry_ref(const struct page *pg, size_t k)
{
	const struct record *e = &pg->db->entries[k];

	fputs("&ldquo;", pg->out);
	if (on_page(pg, k)) {
		fputs("<a href=\"#", pg->out);
		anchor(pg->out, e->id);
		fputs("\">", pg->out);
	}
	text(pg->out, e->title);
	fputs(on_page(pg, k) ? "</a>&rdquo;" : "&rdquo;", pg->out);
}

/*
 * The command cmd (no punctuation) as the titles it prints, if it is
 * "hipacu show ID..." or, in the whole reference, "hipacu TOPIC"; 0 if it
 * is another command.
 */
static int
command_as_titles(const struct page *pg, struct span cmd)
{
	struct span words[4], w;
	size_t n = 0, pos = 7, i, end;
	long k[4];

	while (pos < cmd.len && n < 4) {
		for (end = pos; end < cmd.len && cmd.p[end] != ' '; end++)
			;
		w.p = cmd.p + pos;
		w.len = end - pos;
		words[n++] = w;
		pos = end + 1;
	}
	/* A topic is a section of the whole reference only. */
	if (n == 1 && pg->d->kind == DOC_REFERENCE &&
	    (k[0] = db_find_topic(pg->db, words[0])) >= 0) {
		fprintf(pg->out, "&ldquo;<a href=\"#t-%ld\">", k[0]);
		text(pg->out, pg->db->topics[k[0]].title);
		fputs("</a>&rdquo;", pg->out);
		return 1;
	}
	if (n < 2 || !span_equal(words[0], span_from("show")))
		return 0;
	for (i = 1; i < n; i++)
		if ((k[i] = db_find_entry(pg->db, words[i])) < 0)
			return 0;
	for (i = 1; i < n; i++) {
		fputs(i == 1 ? "" : i + 1 == n ? " and " : ", ", pg->out);
		entry_ref(pg, (size_t)k[i]);
	}
	return 1;
}

/* Prose from the database: escaped, with its commands turned to titles;
 * any other command stays one unbroken piece of code. */
static void
prose(const struct page *pg, struct span s)
{
	size_t i = 0, start = 0, cmd;
	struct span piece;

	for (i = 0; i < s.len; i++) {
		if (s.p[i] != 'h' || (cmd = command_at(s, i)) == 0)
			continue;
		piece.p = s.p + start;
		piece.len = i - start;
		text(pg->out, piece);
		piece.p = s.p + i;
		piece.len = cmd;
		/* A command is cut at four words: one longer stays code. */
		if (command_is_cut(s, i) || !command_as_titles(pg, piece)) {
			fputs("<code class=\"cmd\">", pg->out);
			text(pg->out, piece);
			fputs("</code>", pg->out);
		}
		i += cmd - 1;
		start = i + 1;
	}
	piece.p = s.p + start;
	piece.len = s.len - start;
	text(pg->out, piece);
}

/* The page's head and header; the title names the page in the browser. */
static void
page_begin(FILE *out, const struct doc *d)
{
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"hipacu ", out);
	text_str(out, d->version);
	fputs("\">\n<title>", out);
	text(out, d->title);
	fprintf(out, " &middot; hipacu</title>\n<style>\n%s</style>\n</head>\n<body>\n"
	    "<header>\n<h1>Acupuncture for hip pain</h1>\n", style);
	fputs("<p class=\"advice\"><strong>" DOC_ADVICE_HEAD "</strong> ", out);
	text_str(out, DOC_ADVICE);
	fputs("</p>\n</header>\n<main>\n", out);
}

static void
page_end(FILE *out, const struct doc *d)
{
	fputs("</main>\n<footer>\n<p>", out);
	text_str(out, DOC_SOURCE);
	fputs(" Database: ", out);
	text_str(out, d->database);
	fputs(".</p>\n<p>Made by hipacu ", out);
	text_str(out, d->version);
	fputs(" on ", out);
	text_str(out, d->date);
	fputs(". ", out);
	text_str(out, DOC_ADVICE);
	fputs("</p>\n</footer>\n</body>\n</html>\n", out);
}

/* The paragraphs of a Body or Note, decoded: one per line. */
static void
paragraphs(const struct page *pg, struct span all)
{
	struct span line;
	size_t pos = 0;

	while (span_next_line(all, &pos, &line))
		if (line.len > 0) {
			fputs("<p>", pg->out);
			prose(pg, line);
			fputs("</p>\n", pg->out);
		}
}

/* "<strong>See also:</strong> “Title”, ...": titles, linked where on the page. */
static void
links(const struct page *pg, const struct doc_part *p)
{
	size_t i, shown = 0;
	long see;

	if (p->values.count == 0)
		return;
	fprintf(pg->out, "<p><strong>%s:</strong> ", p->label);
	for (i = 0; i < p->values.count; i++) {
		see = db_find_entry(pg->db, db_value(pg->db, p->values, i));
		if (see < 0)
			continue;
		fputs(shown++ ? ", " : "", pg->out);
		entry_ref(pg, (size_t)see);
	}
	fputs("</p>\n", pg->out);
}

/* One entry in full, its parts in the document's order. */
static void
entry(const struct page *pg, size_t k, int level)
{
	FILE *out = pg->out;
	const struct db *db = pg->db;
	const struct record *e = &db->entries[k];
	struct doc_part p;
	size_t i, at = 0;

	fputs("<article id=\"", out);
	anchor(out, e->id);
	fputs("\">\n", out);
	while (doc_next_part(pg->d, e, &at, &p))
		switch (p.kind) {
		case PART_HEADING:
			fprintf(out, "<h%d>", level);
			text(out, p.text);
			fprintf(out, "</h%d>\n<p class=\"meta\">", level);
			text(out, db->topics[e->topic_index].title);
			fputs("</p>\n", out);
			break;
		case PART_LEAD:
			fputs("<p class=\"summary\">", out);
			prose(pg, p.text);
			fputs("</p>\n", out);
			break;
		case PART_FIGURE:
			if (figure_has_places(db, e))
				figure_write(out, db, e);
			break;
		case PART_PARAGRAPHS:
			paragraphs(pg, p.text);
			break;
		case PART_NAMES:
			if (p.values.count == 0)
				break;
			fprintf(out, "<p><strong>%s:</strong> ", p.label);
			for (i = 0; i < p.values.count; i++) {
				fputs(i ? ", " : "", out);
				text(out, db_value(db, p.values, i));
			}
			fputs("</p>\n", out);
			break;
		case PART_LINKS:
			links(pg, &p);
			break;
		case PART_SOURCE:
			fprintf(out, "<p class=\"source\">%s: ", p.label);
			if (p.opening) {
				fputs("the article's opening paragraph.</p>\n", out);
				break;
			}
			fputs("the article's section &ldquo;", out);
			text(out, p.text);
			fputs("&rdquo;.</p>\n", out);
			break;
		case PART_DATA:		/* for programs: JSON */
			break;
		}
	fputs("</article>\n", out);
}

/* Entries in full.  One asked for twice ("show qi qi") is on the page
 * once: an id names one element. */
static void
entries(const struct page *pg)
{
	const struct doc *d = pg->d;
	size_t i, k;

	for (i = 0; i < d->n; i++) {
		for (k = 0; k < i; k++)
			if (doc_entry(d, k) == doc_entry(d, i))
				break;
		if (k == i)
			entry(pg, doc_entry(d, i), 2);
	}
}

/* Entries as a list: title and summary. */
static void
list(const struct page *pg)
{
	const struct record *e;
	size_t i;

	fputs("<dl>\n", pg->out);
	for (i = 0; i < pg->d->n; i++) {
		e = &pg->db->entries[doc_entry(pg->d, i)];
		fputs("<dt>", pg->out);
		text(pg->out, e->title);
		fputs("</dt>\n<dd>", pg->out);
		prose(pg, e->summary);
		fputs("</dd>\n", pg->out);
	}
	fputs("</dl>\n", pg->out);
}

static void
topics(const struct page *pg)
{
	const struct record *t;
	size_t i;

	fputs("<dl>\n", pg->out);
	for (i = 0; i < pg->db->ntopics; i++) {
		t = &pg->db->topics[i];
		fputs("<dt>", pg->out);
		text(pg->out, t->title);
		fprintf(pg->out, " (%lu)</dt>\n<dd>", (unsigned long)t->nentries);
		prose(pg, t->summary);
		fputs("</dd>\n", pg->out);
	}
	fputs("</dl>\n", pg->out);
}

/* The whole reference: contents, then every topic and its entries. */
static void
reference(const struct page *pg)
{
	FILE *out = pg->out;
	const struct db *db = pg->db;
	const struct record *t, *e;
	size_t i, k;

	fputs("<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n", out);
	for (i = 0; i < db->ntopics; i++) {
		t = &db->topics[i];
		fprintf(out, "<li><a href=\"#t-%lu\">", (unsigned long)i);
		text(out, t->title);
		fputs("</a>\n<ol>\n", out);
		for (k = 0; k < db->nentries; k++) {
			e = &db->entries[k];
			if (e->topic_index != i)
				continue;
			fputs("<li><a href=\"#", out);
			anchor(out, e->id);
			fputs("\">", out);
			text(out, e->title);
			fputs("</a></li>\n", out);
		}
		fputs("</ol></li>\n", out);
	}
	fputs("</ol>\n</nav>\n", out);
	for (i = 0; i < db->ntopics; i++) {
		t = &db->topics[i];
		fprintf(out, "<section id=\"t-%lu\">\n<h2>", (unsigned long)i);
		text(out, t->title);
		fputs("</h2>\n<p class=\"summary\">", out);
		prose(pg, t->summary);
		fputs("</p>\n", out);
		/* The topic's note, once under its heading, not per entry. */
		if (t->note.len > 0)
			paragraphs(pg, db_text(t->note, pg->d->scratch));
		for (k = 0; k < db->nentries; k++)
			if (db->entries[k].topic_index == i)
				entry(pg, k, 3);
		fputs("</section>\n", out);
	}
}

/* The search page's head: what was asked, how many entries answer it,
 * and the search's notes, as stderr says them. */
static void
query_notes(const struct page *pg)
{
	const struct search_notes *notes = pg->d->notes;
	FILE *out = pg->out;
	size_t i, n = pg->d->res->n;

	fputs("<p class=\"query\">", out);
	if (n == 0)
		fputs("Nothing in the article answers &ldquo;", out);
	else if (n == 1)
		fputs("One entry for &ldquo;", out);
	else
		fprintf(out, "%lu entries for &ldquo;", (unsigned long)n);
	text_str(out, pg->d->query ? pg->d->query : "");
	fputs(n > 1 ? "&rdquo;, the best first.</p>\n" : "&rdquo;.</p>\n", out);
	for (i = 0; i < notes->n; i++) {
		const struct search_note *note = &notes->note[i];

		if (note->kind != SEARCH_NOTE_READ_AS &&
		    note->kind != SEARCH_NOTE_SHORT_FOR)
			continue;
		fputs("<p class=\"query\">&ldquo;", out);
		text(out, note->raw);
		fputs(note->kind == SEARCH_NOTE_SHORT_FOR ?
		    "&rdquo; was taken as short for &ldquo;" :
		    "&rdquo; was read as &ldquo;", out);
		text_str(out, note->word);
		fputs("&rdquo;.</p>\n", out);
	}
	if (notes->caveat_len > 0) {
		fputs("<p class=\"advice\">", out);
		text_str(out, notes->caveat);
		fputs("</p>\n", out);
	}
}

void
render_html(const struct render *r, const struct doc *d)
{
	struct page pg;

	pg.out = r->out;
	pg.d = d;
	pg.db = d->db;
	pg.entries = d->kind == DOC_ENTRIES || d->kind == DOC_REFERENCE ||
	    d->kind == DOC_RESULTS;
	page_begin(pg.out, d);
	switch (d->kind) {
	case DOC_ENTRIES:
		entries(&pg);
		break;
	case DOC_LIST:
		list(&pg);
		break;
	case DOC_TOPICS:
		topics(&pg);
		break;
	case DOC_REFERENCE:
		reference(&pg);
		break;
	case DOC_RESULTS:
		query_notes(&pg);
		entries(&pg);
		break;
	}
	page_end(pg.out, d);
}
