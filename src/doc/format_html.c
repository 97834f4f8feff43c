/* format_html.c - the HTML format: one self-contained page to print. */
#include <stdio.h>
#include <string.h>

#include "../base/cmdline.h"
#include "../base/mem.h"
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
    "svg text.legend{font-size:10.5px;text-anchor:start}\n"
    "footer{border-top:1px solid var(--rule);margin-top:2.5rem;padding-top:.8rem}\n"
    "@media print{:root{--fg:#000;--bg:#fff;--muted:#333;--accent:#7c2d12;"
    "--note:#fff;--body:#eee;--mark:#e4571b}\n"
    "body{max-width:none;padding:0;font-size:10.5pt;line-height:1.4}"
    "h1,h2,h3{margin:1em 0 .3em}article{margin-top:1rem}p{margin:.5em 0}"
    "a{color:inherit;text-decoration:none}\n"
    "figure,.advice,footer{break-inside:avoid}"
    "h1,h2,h3,section>.summary{break-after:avoid}\n"
    "footer{margin-top:1.2rem}\n"
    "figure.where{float:right;width:40%;margin:0 0 .4rem 1rem}"
    "figure.where svg{max-width:none}article::after{content:'';display:block;"
    "clear:both}\n"
    "@page{margin:16mm 15mm}}\n";

/* Text from the database, escaped: no byte of it can become markup, and
 * no unsafe character reaches the page (a U+FFFD stands in). */
static void
text(struct buf *out, struct span s)
{
	char esc[16];
	size_t i = 0, n;

	while (i < s.len) {
		n = escape_char(s.p + i, s.len - i, esc);
		if (esc[0] != '\0' && s.p[i] != '\n' && s.p[i] != '\t')
			buf_puts(out, "&#xFFFD;");
		else if (s.p[i] == '&')
			buf_puts(out, "&amp;");
		else if (s.p[i] == '<')
			buf_puts(out, "&lt;");
		else if (s.p[i] == '>')
			buf_puts(out, "&gt;");
		else if (s.p[i] == '"')
			buf_puts(out, "&quot;");
		else if (s.p[i] == '\'')
			buf_puts(out, "&#39;");
		else
			buf_add(out, s.p + i, n);
		i += n;
	}
}

static void
text_str(struct buf *out, const char *s)
{
	text(out, span_from(s));
}

/*
 * What a page holds.  An entry links to another only when that one is on
 * the page too, and on paper a command to type means nothing: the prose's
 * "hipacu show ID" and "hipacu TOPIC" become the titles they print.
 */
struct html_page {
	struct buf *out;
	const struct doc *d;
	const struct db *db;
	int entries;		/* 1: entries in full; 0: titles only */
	unsigned char *on;	/* a byte an entry of db: ON_PAGE, WRITTEN; or
				 * NULL (out of memory: the page is looked
				 * through instead) */
};

enum { ON_PAGE = 1, WRITTEN = 2 };

/* Is entry on the page?  One look, not a walk of the page: a page of
 * many entries has as many links. */
static int
on_page(const struct html_page *pg, size_t entry)
{
	size_t i;

	if (!pg->entries)
		return 0;
	if (pg->on)
		return pg->on[entry] != 0;
	for (i = 0; i < pg->d->n; i++)
		if (doc_entry(pg->d, i) == entry)
			return 1;
	return 0;
}

/* The anchor of an entry: its id, which the parser keeps to a slug. */
static void
anchor(struct buf *out, struct span id)
{
	buf_puts(out, "e-");
	text(out, id);
}

/* An entry's title, in quotes, a link where the entry is on the page. */
static void
entry_ref(const struct html_page *pg, size_t k)
{
	const struct record *e = &pg->db->entries[k];

	buf_puts(pg->out, "&ldquo;");
	if (on_page(pg, k)) {
		buf_puts(pg->out, "<a href=\"#");
		anchor(pg->out, e->id);
		buf_puts(pg->out, "\">");
	}
	text(pg->out, e->title);
	buf_puts(pg->out, on_page(pg, k) ? "</a>&rdquo;" : "&rdquo;");
}

/*
 * The command cmd (no punctuation) as the titles it prints, if it is
 * "hipacu show ID..." or, in the whole reference, "hipacu TOPIC"; 0 if it
 * is another command.
 */
static int
command_as_titles(const struct html_page *pg, struct span cmd)
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
		buf_printf(pg->out, "&ldquo;<a href=\"#t-%ld\">", k[0]);
		text(pg->out, pg->db->topics[k[0]].title);
		buf_puts(pg->out, "</a>&rdquo;");
		return 1;
	}
	if (n < 2 || !span_equal(words[0], span_from("show")))
		return 0;
	for (i = 1; i < n; i++)
		if ((k[i] = db_find_entry(pg->db, words[i])) < 0)
			return 0;
	for (i = 1; i < n; i++) {
		buf_puts(pg->out, i == 1 ? "" : i + 1 == n ? " and " : ", ");
		entry_ref(pg, (size_t)k[i]);
	}
	return 1;
}

/* Prose from the database: escaped, with its commands turned to titles;
 * any other command stays one unbroken piece of code. */
static void
prose(const struct html_page *pg, struct span s)
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
			buf_puts(pg->out, "<code class=\"cmd\">");
			text(pg->out, piece);
			buf_puts(pg->out, "</code>");
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
page_begin(struct buf *out, const struct doc *d)
{
	buf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"hipacu ");
	text_str(out, d->version);
	buf_puts(out, "\">\n<title>");
	text(out, d->title);
	buf_printf(out, " &middot; hipacu</title>\n<style>\n%s</style>\n</head>\n<body>\n"
	    "<header>\n<h1>Acupuncture for hip pain</h1>\n", style);
	buf_puts(out, "<p class=\"advice\"><strong>" ADVICE_FIRST "</strong> ");
	text_str(out, ADVICE_FULL);
	buf_puts(out, "</p>\n</header>\n<main>\n");
}

static void
page_end(struct buf *out, const struct doc *d)
{
	buf_puts(out, "</main>\n<footer>\n<p>");
	text_str(out, DOC_SOURCE);
	buf_puts(out, " Database: ");
	text_str(out, d->database);
	buf_puts(out, ".</p>\n<p>Made by hipacu ");
	text_str(out, d->version);
	buf_puts(out, " on ");
	text_str(out, d->date);
	buf_puts(out, ". ");
	text_str(out, ADVICE_FULL);
	buf_puts(out, "</p>\n</footer>\n</body>\n</html>\n");
}

/* The paragraphs of a Body or Note, decoded: one per line. */
static void
paragraphs(const struct html_page *pg, struct span all)
{
	struct span line;
	size_t pos = 0;

	while (span_next_line(all, &pos, &line))
		if (line.len > 0) {
			buf_puts(pg->out, "<p>");
			prose(pg, line);
			buf_puts(pg->out, "</p>\n");
		}
}

/* "<strong>See also:</strong> “Title”, ...": titles, linked where on the page. */
static void
links(const struct html_page *pg, const struct doc_part *p)
{
	size_t i, shown = 0;
	long see;

	if (p->values.count == 0)
		return;
	buf_printf(pg->out, "<p><strong>%s:</strong> ", p->label);
	for (i = 0; i < p->values.count; i++) {
		see = db_find_entry(pg->db, db_value(pg->db, p->values, i));
		if (see < 0)
			continue;
		buf_puts(pg->out, shown++ ? ", " : "");
		entry_ref(pg, (size_t)see);
	}
	buf_puts(pg->out, "</p>\n");
}

/* One entry in full, its parts in the document's order. */
static void
entry(const struct html_page *pg, size_t k, int level)
{
	struct buf *out = pg->out;
	const struct db *db = pg->db;
	const struct record *e = &db->entries[k];
	struct doc_part p;
	size_t i, at = 0;

	buf_puts(out, "<article id=\"");
	anchor(out, e->id);
	buf_puts(out, "\">\n");
	while (doc_next_part(pg->d, e, &at, &p))
		switch (p.kind) {
		case PART_HEADING:
			buf_printf(out, "<h%d>", level);
			text(out, p.text);
			buf_printf(out, "</h%d>\n<p class=\"meta\">", level);
			text(out, db->topics[e->topic_index].title);
			buf_puts(out, "</p>\n");
			break;
		case PART_LEAD:
			buf_puts(out, "<p class=\"summary\">");
			prose(pg, p.text);
			buf_puts(out, "</p>\n");
			break;
		case PART_FIGURE:
			if (p.values.count > 0)
				figure_write(out, db, e);
			break;
		case PART_PARAGRAPHS:
			paragraphs(pg, p.text);
			break;
		case PART_NAMES:
			if (p.values.count == 0)
				break;
			buf_printf(out, "<p><strong>%s:</strong> ", p.label);
			for (i = 0; i < p.values.count; i++) {
				buf_puts(out, i ? ", " : "");
				text(out, db_value(db, p.values, i));
			}
			buf_puts(out, "</p>\n");
			break;
		case PART_LINKS:
			links(pg, &p);
			break;
		case PART_SOURCE:
			buf_printf(out, "<p class=\"source\">%s: ", p.label);
			if (p.opening) {
				buf_puts(out, "the article's opening paragraph.</p>\n");
				break;
			}
			buf_puts(out, "the article's section &ldquo;");
			text(out, p.text);
			buf_puts(out, "&rdquo;.</p>\n");
			break;
		case PART_DATA:		/* for programs: JSON */
			break;
		}
	buf_puts(out, "</article>\n");
}

/* Entries in full.  One asked for twice ("show qi qi") is on the page
 * once: an id names one element. */
static void
entries(const struct html_page *pg)
{
	const struct doc *d = pg->d;
	size_t i, k, e;

	for (i = 0; i < d->n; i++) {
		e = doc_entry(d, i);
		if (pg->on) {
			if (pg->on[e] & WRITTEN)
				continue;
			pg->on[e] |= WRITTEN;
		} else {
			for (k = 0; k < i && doc_entry(d, k) != e; k++)
				;
			if (k < i)
				continue;
		}
		entry(pg, e, 2);
	}
}

/* Entries as a list: title and summary. */
static void
list(const struct html_page *pg)
{
	const struct record *e;
	size_t i;

	buf_puts(pg->out, "<dl>\n");
	for (i = 0; i < pg->d->n; i++) {
		e = &pg->db->entries[doc_entry(pg->d, i)];
		buf_puts(pg->out, "<dt>");
		text(pg->out, e->title);
		buf_puts(pg->out, "</dt>\n<dd>");
		prose(pg, e->summary);
		buf_puts(pg->out, "</dd>\n");
	}
	buf_puts(pg->out, "</dl>\n");
}

static void
topics(const struct html_page *pg)
{
	const struct record *t;
	size_t i;

	buf_puts(pg->out, "<dl>\n");
	for (i = 0; i < pg->db->ntopics; i++) {
		t = &pg->db->topics[i];
		buf_puts(pg->out, "<dt>");
		text(pg->out, t->title);
		buf_printf(pg->out, " (%lu)</dt>\n<dd>", (unsigned long)t->nentries);
		prose(pg, t->summary);
		buf_puts(pg->out, "</dd>\n");
	}
	buf_puts(pg->out, "</dl>\n");
}

/* The whole reference: contents, then every topic and its entries. */
static void
reference(const struct html_page *pg)
{
	struct buf *out = pg->out;
	const struct db *db = pg->db;
	const struct record *t, *e;
	size_t i, k;

	buf_puts(out, "<nav aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
	for (i = 0; i < db->ntopics; i++) {
		t = &db->topics[i];
		buf_printf(out, "<li><a href=\"#t-%lu\">", (unsigned long)i);
		text(out, t->title);
		buf_puts(out, "</a>\n<ol>\n");
		for (k = db_topic_next(db, i, 0); k < db->nentries;
		    k = db_topic_next(db, i, k + 1)) {
			e = &db->entries[k];
			buf_puts(out, "<li><a href=\"#");
			anchor(out, e->id);
			buf_puts(out, "\">");
			text(out, e->title);
			buf_puts(out, "</a></li>\n");
		}
		buf_puts(out, "</ol></li>\n");
	}
	buf_puts(out, "</ol>\n</nav>\n");
	for (i = 0; i < db->ntopics; i++) {
		t = &db->topics[i];
		buf_printf(out, "<section id=\"t-%lu\">\n<h2>", (unsigned long)i);
		text(out, t->title);
		buf_puts(out, "</h2>\n<p class=\"summary\">");
		prose(pg, t->summary);
		buf_puts(out, "</p>\n");
		/* The topic's note, once under its heading, not per entry. */
		if (t->note.len > 0)
			paragraphs(pg, db_text(t->note, pg->d->scratch));
		for (k = db_topic_next(db, i, 0); k < db->nentries;
		    k = db_topic_next(db, i, k + 1))
			entry(pg, k, 3);
		buf_puts(out, "</section>\n");
	}
}

/* The search page's head: what was asked, how many entries answer it,
 * and the search's notes, as stderr says them. */
static void
query_notes(const struct html_page *pg)
{
	const struct doc_results *res = pg->d->results;
	struct buf *out = pg->out;
	size_t i, n = res->n;

	buf_puts(out, "<p class=\"query\">");
	if (n == 0)
		buf_puts(out, "Nothing in the article answers &ldquo;");
	else if (n == 1)
		buf_puts(out, "One entry for &ldquo;");
	else
		buf_printf(out, "%lu entries for &ldquo;", (unsigned long)n);
	text_str(out, pg->d->query ? pg->d->query : "");
	buf_puts(out, n > 1 ? "&rdquo;, the best first.</p>\n" : "&rdquo;.</p>\n");
	/* The words no entry mentions are in the caveat. */
	for (i = 0; i < res->nnotes; i++)
		if (res->notes[i].kind != DOC_NOTE_MISSING) {
			buf_puts(out, "<p class=\"query\">Note: ");
			text(out, res->notes[i].text);
			buf_puts(out, ".</p>\n");
		}
	if (res->caveat.len > 0) {
		buf_puts(out, "<p class=\"advice\">");
		text(out, res->caveat);
		buf_puts(out, "</p>\n");
	}
}

void
render_html(const struct render *r, const struct doc *d)
{
	struct html_page pg;
	size_t i;

	pg.out = r->out;
	pg.d = d;
	pg.db = d->db;
	pg.entries = d->kind == DOC_ENTRIES || d->kind == DOC_REFERENCE ||
	    d->kind == DOC_RESULTS;
	if ((pg.on = mem_alloc(d->db->nentries ? d->db->nentries : 1)) != NULL) {
		memset(pg.on, 0, d->db->nentries);
		for (i = 0; i < d->n; i++)
			pg.on[doc_entry(d, i)] = ON_PAGE;
	}
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
	mem_free(pg.on);
}
