/*
 * browse.c - hipacu browse: a query line, the entries ranked again on
 * every key, one entry full-screen; as honest as search (the level, the
 * caveat, "not covered", the readings of typos) and the advice to see a
 * medical doctor always on the last row (browse_draw.c draws it).  Here:
 * the keys, the search they run, and the loop.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../base/mem.h"
#include "../term/screen.h"
#include "../term/terminal.h"
#include "browse.h"
#include "browse_view.h"
#include "show.h"

#define PAGE_MAX_WIDTH 100	/* an entry is wrapped as hipacu show wraps */

/* --- the search ------------------------------------------------------ */

/* Search for the query's words; with none, the list of every entry. */
static int
run_query(struct browse *b)
{
	struct span words[QUERY_MAX / 2 + 1];
	size_t n = 0, i = 0, start;

	if (b->searched)
		doc_results_free(&b->results);
	b->searched = b->no_words = 0;
	b->sel = b->top = 0;
	while (i < b->qlen) {
		while (i < b->qlen && b->query[i] == ' ')
			i++;
		start = i;
		while (i < b->qlen && b->query[i] != ' ')
			i++;
		if (i > start)
			words[n++] = (struct span){ b->query + start, i - start };
	}
	if (n == 0)
		return 0;
	/* Snippets are made as the list shows them (doc_fill_snippets). */
	if (doc_search(&b->results, &b->c->db, &b->known, words, n,
	    DOC_ANY_TOPIC, 0) < 0)
		return -1;
	/* "?" holds no word: search says so, and so does the list. */
	if (b->results.nwords == 0) {
		doc_results_free(&b->results);
		b->no_words = 1;
		return 0;
	}
	b->searched = 1;
	return 0;
}

/* The entries in topic order, each topic's in the database's order. */
static int
order_by_topic(struct browse *b)
{
	const struct db *db = &b->c->db;
	size_t i, t, n = 0;

	if ((b->by_topic = mem_alloc((db->nentries + 1) * sizeof *b->by_topic))
	    == NULL)
		return -1;
	for (t = 0; t < db->ntopics; t++)
		for (i = db_topic_next(db, t, 0); i < db->nentries;
		    i = db_topic_next(db, t, i + 1))
			b->by_topic[n++] = i;
	return 0;
}

/* --- one entry, as hipacu show prints it ----------------------------- */

static int
page_open(struct browse *b, size_t entry)
{
	struct ctx *c = b->c;
	struct render saved = c->r;
	struct entry_view *p = &b->page;
	size_t pos = 0;
	struct span all, line;

	buf_reset(&p->text);
	p->nlines = 0;
	c->r.out = &p->text;
	c->r.width = b->cols < PAGE_MAX_WIDTH ? b->cols : PAGE_MAX_WIDTH;
	ctx_print(c, DOC_ENTRIES, &entry, 1, NULL);
	c->r = saved;
	if (buf_failed(&p->text))
		return -1;
	all = buf_span(&p->text);
	while (span_next_line(all, &pos, &line)) {
		if (mem_grow(&p->lines, &p->cap, p->nlines + 1, sizeof *p->lines) < 0)
			return -1;
		p->lines[p->nlines++] = line;
	}
	p->entry = entry;
	return 0;
}

static size_t
page_last_scroll(const struct browse *b)
{
	size_t h = browse_page_height(b);

	return b->page.nlines > h ? b->page.nlines - h : 0;
}

/* --- keys ------------------------------------------------------------ */

static void
measure(struct browse *b)
{
	if (terminal_size(&b->cols, &b->rows) < 0) {
		b->cols = 80;
		b->rows = 24;
	}
}

/* Remove the last character of the query (a UTF-8 one whole). */
static void
query_backspace(struct browse *b)
{
	while (b->qlen > 0 && ((unsigned char)b->query[--b->qlen] & 0xc0) == 0x80)
		;
	b->query[b->qlen] = '\0';
}

/* A key in the list: returns whether the query changed in *changed. */
static enum outcome
list_key(struct browse *b, const struct key_event *k, int *changed)
{
	size_t n = browse_item_count(b), page = b->shown > 1 ? b->shown - 1 : 1;

	/* What is typed past a full query is refused, and the screen says so
	 * until the query changes. */
	if (k->key == KEY_BACKSPACE || k->key == KEY_CTRL_W ||
	    k->key == KEY_CTRL_U || (k->key == KEY_ESCAPE && b->qlen > 0))
		b->full = 0;
	switch (k->key) {
	case KEY_TEXT:
		if (b->qlen + strlen(k->text) <= QUERY_MAX) {
			memcpy(b->query + b->qlen, k->text, strlen(k->text) + 1);
			b->qlen += strlen(k->text);
			*changed = 1;
		} else if (!b->full) {
			b->full = 1;
			*changed = 1;
		}
		break;
	case KEY_BACKSPACE:
		if (b->qlen > 0) {
			query_backspace(b);
			*changed = 1;
		}
		break;
	case KEY_CTRL_W:
		while (b->qlen > 0 && b->query[b->qlen - 1] == ' ')
			query_backspace(b);
		while (b->qlen > 0 && b->query[b->qlen - 1] != ' ')
			query_backspace(b);
		*changed = 1;
		break;
	case KEY_ESCAPE:
		if (b->qlen == 0)
			return QUIT;	/* back out of browse */
		/* FALLTHROUGH */
	case KEY_CTRL_U:
		b->qlen = 0;
		b->query[0] = '\0';
		*changed = 1;
		break;
	case KEY_UP:
		if (b->sel > 0)
			b->sel--;
		break;
	case KEY_DOWN:
	case KEY_TAB:
		if (b->sel + 1 < n)
			b->sel++;
		break;
	case KEY_PAGE_UP:
		b->sel = b->sel > page ? b->sel - page : 0;
		break;
	case KEY_PAGE_DOWN:
		b->sel = b->sel + page < n ? b->sel + page : n > 0 ? n - 1 : 0;
		break;
	case KEY_HOME:
		b->sel = 0;
		break;
	case KEY_END:
		b->sel = n > 0 ? n - 1 : 0;
		break;
	case KEY_ENTER:
		if (n == 0)
			break;
		if (page_open(b, browse_item_entry(b, b->sel)) < 0)
			return NO_MEMORY;
		b->page.scroll = 0;
		b->page.link = 0;
		b->page.nback = 0;
		b->view = VIEW_ENTRY;
		break;
	default:
		break;
	}
	return GO_ON;
}

/* Read entry to in place of the one shown, which Escape goes back to
 * (the oldest is forgotten past 16). */
static enum outcome
follow(struct browse *b, size_t to)
{
	struct entry_view *p = &b->page;

	if (p->nback == sizeof p->back / sizeof p->back[0]) {
		memmove(p->back, p->back + 1, (p->nback - 1) * sizeof p->back[0]);
		p->nback--;
	}
	p->back[p->nback++] = p->entry;
	if (page_open(b, to) < 0)
		return NO_MEMORY;
	p->scroll = 0;
	p->link = 0;
	return GO_ON;
}

static enum outcome
entry_key(struct browse *b, const struct key_event *k)
{
	struct entry_view *p = &b->page;
	const struct db *db = &b->c->db;
	size_t h = browse_page_height(b), last = page_last_scroll(b), at;
	size_t nlinks = db->entries[p->entry].see.count;
	int c = k->key == KEY_TEXT ? k->text[0] : 0;
	long to;

	if (k->key == KEY_ESCAPE || k->key == KEY_BACKSPACE ||
	    k->key == KEY_LEFT || c == 'h') {
		if (p->nback == 0) {
			b->view = VIEW_LIST;
			return GO_ON;
		}
		if (page_open(b, p->back[--p->nback]) < 0)
			return NO_MEMORY;
		p->scroll = 0;
		p->link = 0;
		return GO_ON;
	}
	/* Tab chooses the next related entry, shown on the page; Enter
	 * reads it. */
	if (k->key == KEY_TAB && nlinks > 0) {
		p->link = p->link % nlinks + 1;
		if ((at = browse_link_line(b)) < p->nlines &&
		    (at < p->scroll || at >= p->scroll + h))
			p->scroll = at >= h / 2 && at - h / 2 < last ? at - h / 2 :
			    at < h / 2 ? 0 : last;
		return GO_ON;
	}
	if (k->key == KEY_ENTER && p->link > 0 &&
	    (to = db_find_entry(db, db_value(db, db->entries[p->entry].see,
	    p->link - 1))) >= 0)
		return follow(b, (size_t)to);
	if (c == 'q')
		return QUIT;
	if (k->key == KEY_UP || c == 'k' || c == 'y')
		p->scroll = p->scroll > 0 ? p->scroll - 1 : 0;
	else if (k->key == KEY_DOWN || k->key == KEY_ENTER || c == 'j' ||
	    c == 'e')
		p->scroll = p->scroll < last ? p->scroll + 1 : last;
	else if (k->key == KEY_PAGE_UP || c == 'b')
		p->scroll = p->scroll > h ? p->scroll - h : 0;
	else if (k->key == KEY_PAGE_DOWN || c == ' ' || c == 'f')
		p->scroll = p->scroll + h < last ? p->scroll + h : last;
	else if (k->key == KEY_HOME || c == 'g' || c == '<')
		p->scroll = 0;
	else if (k->key == KEY_END || c == 'G' || c == '>')
		p->scroll = last;
	return GO_ON;
}

/* Does key k change the query (and need no results to act on)?  Asked
 * only while the query has changed, which only list_key's edits do: a
 * key that leaves the list (Enter) is no edit, so the query has run
 * before it, and the entry view never has a query waiting. */
static int
edits_query(const struct browse *b, const struct key_event *k)
{
	return k->key == KEY_TEXT || k->key == KEY_BACKSPACE ||
	    k->key == KEY_CTRL_W || k->key == KEY_CTRL_U ||
	    (k->key == KEY_ESCAPE && b->qlen > 0);
}

/* The entry shown again at the window's new width, at the same place in
 * its text. */
static int
page_reflow(struct browse *b)
{
	size_t scroll = b->page.scroll, lines = b->page.nlines;

	if (page_open(b, b->page.entry) < 0)
		return -1;
	b->page.scroll = lines > 0 ? scroll * b->page.nlines / lines : 0;
	if (b->page.scroll > page_last_scroll(b))
		b->page.scroll = page_last_scroll(b);
	return 0;
}

/*
 * Keys until quit.  Keys typed ahead (or pasted) are all read before the
 * search runs and the screen is drawn, so that a slow database never
 * falls behind; but a key that acts on the results (Enter, Down) acts on
 * the results of the words typed before it.
 */
static enum outcome
run(struct browse *b)
{
	struct key_event k;
	enum outcome o = GO_ON;
	int changed = 0, dirty = 1;

	for (;;) {
		screen_read_key(&k, !dirty);
		if (k.key == KEY_IDLE || (changed && !edits_query(b, &k))) {
			if (changed && run_query(b) < 0)
				return NO_MEMORY;
			changed = 0;
		}
		if (k.key == KEY_IDLE) {
			if ((o = browse_draw(b)) != GO_ON)
				return o;
			dirty = 0;
			continue;
		}
		dirty = 1;
		switch (k.key) {
		case KEY_CTRL_C:
		case KEY_EOF:
			return QUIT;
		case KEY_ERROR:
			return NO_TERMINAL;
		case KEY_CTRL_Z:
			screen_suspend();
			break;
		case KEY_RESIZE:
		case KEY_CTRL_L:
			measure(b);
			if (b->view == VIEW_ENTRY && page_reflow(b) < 0)
				return NO_MEMORY;
			break;
		default:
			o = b->view == VIEW_ENTRY ? entry_key(b, &k) :
			    list_key(b, &k, &changed);
			break;
		}
		if (o != GO_ON)
			return o;
	}
}

/* Why browse cannot run here, or NULL if it can. */
static const char *
no_terminal(void)
{
	const char *term = getenv("TERM");

	if (!isatty(STDIN_FILENO))
		return "standard input is not one";
	if (!isatty(STDOUT_FILENO))
		return "standard output is not one";
	if (term == NULL || *term == '\0')
		return "TERM is not set: its escape sequences are unknown";
	if (strcmp(term, "dumb") == 0)
		return "TERM=dumb: it takes no escape sequences";
	return NULL;
}

int
cmd_browse(struct ctx *c, int argc, char **argv)
{
	struct browse b;
	const char *why = no_terminal();
	enum outcome o;
	int i, saved_errno;

	if (why) {
		msg_warn(&c->msg, "browse needs a terminal (%s): use 'hipacu search WORDS' "
		    "instead", why);
		return EXIT_TROUBLE;
	}
	if (strcmp(c->format->name, "text") != 0)
		return usage(c, "browse", 0, NULL, "browse shows text on the "
		    "terminal: use --format with search or show");
	if (ctx_load(c) < 0)
		return EXIT_TROUBLE;
	memset(&b, 0, sizeof b);
	buf_init(&b.page.text);
	buf_init(&b.frame.buf);
	b.c = c;
	b.known = known_words();
	b.doctor = db_find_entry(&c->db, span_from(ADVICE_DOCTOR_ID));
	for (i = 0; i < argc; i++) {
		size_t n = strlen(argv[i]) + (i > 0);

		if (b.qlen + n > QUERY_MAX) {
			b.full = 1;
			break;
		}
		snprintf(b.query + b.qlen, n + 1, "%s%s", i > 0 ? " " : "", argv[i]);
		b.qlen += n;
	}
	if (order_by_topic(&b) < 0 || run_query(&b) < 0) {
		o = NO_MEMORY;
	} else if (screen_open() < 0) {
		o = NO_TERMINAL;
	} else {
		measure(&b);
		o = run(&b);
	}
	saved_errno = errno;
	screen_close();
	if (b.searched)
		doc_results_free(&b.results);
	mem_free(b.by_topic);
	mem_free(b.page.lines);
	buf_free(&b.page.text);
	frame_free(&b.frame);
	if (o == NO_MEMORY)
		return out_of_memory(c);
	if (o == NO_TERMINAL) {
		msg_warn(&c->msg, "cannot use the terminal: %s", strerror(saved_errno));
		return EXIT_TROUBLE;
	}
	return EXIT_FOUND;
}
