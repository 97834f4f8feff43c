/*
 * browse.c - hipacu browse: a query line, the entries ranked again on
 * every key, one entry full-screen; as honest as search (the level, the
 * caveat, "not covered", the readings of typos) and the advice to see a
 * medical doctor always on the last row.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "browse.h"
#include "../base/sgr.h"
#include "../base/wrap.h"
#include "../term/frame.h"
#include "../base/mem.h"
#include "../term/screen.h"
#include "../term/terminal.h"
#include "show.h"

#define QUERY_MAX 1024		/* bytes a query may have */
#define PAGE_MAX_WIDTH 100	/* an entry is wrapped as hipacu show wraps */
#define MIN_COLS 22		/* smaller, and the view asks for room */
#define MIN_ROWS 6
#define MAX_HEAD_LINES 8	/* lines of notes or caveat kept */

/* The advice, the longest form the width holds; the last fits in
 * MIN_COLS. */
static const char *const advice[] = {
	ADVICE_NOT " " ADVICE_CONSULT ": " ADVICE_SHOW_DOCTOR,
	ADVICE_NOT " " ADVICE_CONSULT ".",
	ADVICE_NOT " " ADVICE_FIRST,
	ADVICE_FIRST,	/* as documents begin */
	ADVICE_SEE ".",
};

enum view { VIEW_LIST, VIEW_ENTRY };

/* How a key ends: browsing goes on, or ends; a failure is memory's, or
 * the terminal's (errno says how). */
enum outcome { GO_ON, QUIT, NO_MEMORY, NO_TERMINAL };

/* One entry as text, in lines, to scroll through. */
struct page {
	struct buf text;	/* what hipacu show prints, in colour if on */
	struct span *lines;
	size_t nlines, cap;
	size_t scroll;		/* the first line shown */
	size_t entry;
};

struct browse {
	struct ctx *c;
	struct english_words known;
	char query[QUERY_MAX + 1];
	size_t qlen;
	int searched;		/* results hold the query's search */
	int no_words;		/* something is typed, but no word to search */
	struct doc_results results;
	size_t *by_topic;	/* the entries topic by topic: the empty query */
	long doctor;		/* the entry on seeing a doctor, or -1 */
	size_t sel, top;	/* the selected item, the first one shown */
	size_t shown;		/* how many items the last frame showed */
	size_t snippet_lines;	/* under each result, in this frame */
	enum view view;
	struct page page;
	size_t cols, rows;
	struct frame frame;
};

/* --- the items: entries by topic, search results, or the doctor ----- */

static size_t
item_count(const struct browse *b)
{
	if (!b->searched)
		return b->c->db.nentries;
	if (b->results.n > 0)
		return b->results.n;
	return b->doctor >= 0 ? 1 : 0;	/* not covered: the doctor */
}

static size_t
item_entry(const struct browse *b, size_t i)
{
	if (!b->searched)
		return b->by_topic[i];
	if (b->results.n > 0)
		return b->results.hits[i].entry;
	return (size_t)b->doctor;
}

/* Lines of a search result's sentence under its title: more when the
 * results leave room for them, never fewer than a tall screen's 2. */
static void
fit_snippets(struct browse *b, size_t avail)
{
	size_t n = b->searched ? item_count(b) : 0;

	b->snippet_lines = b->rows >= 16 ? 2 : 1;
	if (n > 0 && n * (1 + 3) + 1 <= avail)
		b->snippet_lines = 3;
	else if (n > 0 && n * (1 + 2) + 1 <= avail)
		b->snippet_lines = 2;
}

/* Does item i start a group with a heading row of its own? */
static int
item_has_heading(const struct browse *b, size_t i)
{
	const struct db *db = &b->c->db;

	if (!b->searched)
		return i == 0 || db->entries[item_entry(b, i)].topic_index !=
		    db->entries[item_entry(b, i - 1)].topic_index;
	return b->results.n == 0;	/* "not covered": the doctor item */
}

static size_t
item_rows(const struct browse *b, size_t i)
{
	return item_has_heading(b, i) + 1 + (b->searched ? b->snippet_lines : 0);
}

/* Scroll the list so that the selection is shown in avail rows. */
static void
keep_selection_shown(struct browse *b, size_t avail)
{
	size_t used, t;

	if (b->sel < b->top)
		b->top = b->sel;
	t = b->sel;
	used = item_rows(b, t);
	while (t > 0 && used + item_rows(b, t - 1) <= avail)
		used += item_rows(b, --t);
	if (b->top < t)
		b->top = t;
}

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
	struct page *p = &b->page;
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
page_height(const struct browse *b)
{
	/* A title row above, the advice below; a window too small to
	 * show the entry still scrolls it a line at a time. */
	return b->rows > 3 ? b->rows - 2 : 1;
}

static size_t
page_last_scroll(const struct browse *b)
{
	size_t h = page_height(b);

	return b->page.nlines > h ? b->page.nlines - h : 0;
}

/* --- drawing ------------------------------------------------------- */

/* The advice on the last row, and the keys when they fit beside one of
 * its longer forms; else the longest form that fits alone. */
static void
draw_status(struct browse *b)
{
	struct frame *f = &b->frame;
	const char *keys = b->view == VIEW_ENTRY ? "Space more  Esc back  q quit" :
	    b->qlen > 0 ? "Enter read  Esc clear  ^C quit" :
	    "Enter read  Esc quit";
	size_t i, n = sizeof advice / sizeof advice[0];
	size_t need = text_columns(span_from(keys)) + 2;

	for (i = 0; i < n - 2; i++)
		if (text_columns(span_from(advice[i])) + need <= b->cols)
			break;
	if (i == n - 2) {
		keys = NULL;
		for (i = 0; i + 1 < n; i++)
			if (text_columns(span_from(advice[i])) <= b->cols)
				break;
	}
	frame_row(f, b->rows - 1);
	frame_style(f, SGR_REVERSE);
	frame_str(f, advice[i], b->cols);
	if (keys) {
		frame_style(f, SGR_RESET);
		frame_style(f, SGR_DIM);
		frame_str(f, "  ", 2);
		frame_str(f, keys, b->cols);
	}
	frame_end_row(f);
}

/* Lines of a paragraph, at most max, the last cut with an ellipsis if
 * the paragraph needs more; returns the next row. */
static size_t
draw_paragraph(struct browse *b, size_t row, size_t indent, struct span text,
    size_t max, const char *style)
{
	struct frame *f = &b->frame;
	struct span lines[MAX_HEAD_LINES];
	size_t n, i;

	if (max > MAX_HEAD_LINES)
		max = MAX_HEAD_LINES;
	if (max == 0 || b->cols <= indent)
		return row;
	n = wrap_lines(text, b->cols - indent, lines, max);
	for (i = 0; i < n && i < max; i++) {
		frame_row(f, row++);
		frame_pad(f, indent);
		frame_style(f, style);
		if (i + 1 == max && n > max)	/* the rest, cut */
			lines[i].len = (size_t)(text.p + text.len - lines[i].p);
		frame_text(f, lines[i], b->cols);
		frame_end_row(f);
	}
	return row;
}

/* The query line: what is typed (its end, if it is long); the cursor
 * goes after it. */
static size_t
draw_query(struct browse *b)
{
	struct frame *f = &b->frame;
	struct span q = { b->query, b->qlen };
	size_t room;

	frame_row(f, 0);
	frame_style(f, SGR_BOLD);
	frame_str(f, "Search: ", b->cols);
	frame_style(f, SGR_RESET);
	room = b->cols - f->col - 1;	/* and one for the cursor */
	if (text_columns(q) > room) {
		frame_str(f, FRAME_ELLIPSIS, 1);
		while (q.len > 0 && text_columns(q) > room - 1) {
			/* Drop characters from the start, whole. */
			do {
				q.p++;
				q.len--;
			} while (q.len > 0 && ((unsigned char)*q.p & 0xc0) == 0x80);
		}
	}
	frame_text(f, q, room);
	room = f->col;
	frame_end_row(f);
	return room;
}

/* What the search made of the query, above the results: how sure the
 * answer is, the readings of typos, the caveat.  Returns the next row. */
static size_t
draw_head(struct browse *b, size_t row, size_t last)
{
	struct buf notes;
	const char *label;
	char count[80];
	size_t room = last > row ? last - row : 0, i, keep;

	if (b->no_words)
		return draw_paragraph(b, row, 0, span_from("Nothing to search for: "
		    "no word in what is typed. Every entry is below."),
		    room > 3 ? 2 : 1, SGR_DIM);
	if (!b->searched)
		return draw_paragraph(b, row, 0, span_from("Type words to search "
		    "every entry; \xe2\x86\x91\xe2\x86\x93 choose, Enter reads, "
		    "Esc quits."), room > 3 ? 2 : 1, SGR_DIM);
	/* The level, said in full where it fits, else short. */
	switch (b->results.level) {
	case DOC_ANSWERED:
		snprintf(count, sizeof count, "Answered: %lu %s, best first.",
		    (unsigned long)b->results.n, b->results.n == 1 ? "entry matches" :
		    "entries match");
		if (text_columns(span_from(count)) > b->cols)
			snprintf(count, sizeof count, "Answered: %lu %s.",
			    (unsigned long)b->results.n, b->results.n == 1 ? "match" :
			    "matches");
		label = count;
		break;
	case DOC_CLOSEST:
		label = b->cols >= 38 ? "Closest match only, not a sure answer." :
		    "Closest match only.";
		break;
	default:
		label = b->cols >= 27 ? "Not covered by the article." :
		    "Not covered.";
		break;
	}
	row = draw_paragraph(b, row, 0, span_from(label), 1, SGR_BOLD);
	/* The words no entry mentions are named in the caveat, below. */
	buf_init(&notes);
	for (i = 0; i < b->results.nnotes; i++) {
		if (b->results.notes[i].kind == DOC_NOTE_MISSING)
			continue;
		if (notes.len > 0)
			buf_puts(&notes, "; ");
		buf_add(&notes, b->results.notes[i].text.p,
		    b->results.notes[i].text.len);
	}
	/* Leave the results at least a third of the rows. */
	keep = room / 3 > 2 ? room / 3 : 2;
	room = last > row + keep ? last - row - keep : 1;
	if (notes.len > 0) {
		row = draw_paragraph(b, row, 0, buf_span(&notes), room > 4 ? 2 : 1,
		    SGR_DIM);
		room = room > 2 ? room - 1 : 1;
	}
	/* Notes that did not fit in memory: the frame is not whole. */
	if (buf_failed(&notes))
		b->frame.buf.oom = 1;
	buf_free(&notes);
	if (b->results.caveat.len > 0)
		row = draw_paragraph(b, row, 0, b->results.caveat, room, SGR_BOLD);
	return row;
}

/* One item: its heading if it starts a group, its title row, and for a
 * search result the sentence that best answers.  Returns the next row. */
static size_t
draw_item(struct browse *b, size_t i, size_t row, size_t last)
{
	struct frame *f = &b->frame;
	const struct db *db = &b->c->db;
	const struct record *e = &db->entries[item_entry(b, i)];
	const struct record *t = &db->topics[e->topic_index];
	int selected = i == b->sel;

	if (item_has_heading(b, i) && row < last) {
		frame_row(f, row++);
		frame_style(f, SGR_BOLD);
		if (b->searched) {
			frame_str(f, "Please " ADVICE_ASK "; read:", b->cols);
		} else {
			frame_text(f, t->title, b->cols);
			frame_style(f, SGR_RESET);
			frame_style(f, SGR_DIM);
			frame_str(f, " - ", b->cols);
			frame_text(f, t->summary, b->cols);
		}
		frame_end_row(f);
	}
	if (row >= last)
		return row;
	frame_row(f, row++);
	frame_str(f, selected ? "> " : "  ", b->cols);
	frame_style(f, selected ? SGR_REVERSE SGR_BOLD : SGR_BOLD);
	frame_text(f, e->title, b->cols);
	frame_style(f, SGR_RESET);
	frame_style(f, SGR_DIM);
	frame_str(f, "  ", b->cols);
	frame_text(f, b->searched ? t->id : e->summary, b->cols);
	frame_end_row(f);
	if (b->searched && row < last) {
		struct span s = b->results.n > 0 ? doc_snippet(&b->results, i) :
		    e->summary;
		size_t max = b->snippet_lines;

		if (max > last - row)
			max = last - row;
		row = draw_paragraph(b, row, 4, s, max, NULL);
	}
	return row;
}

static void
draw_list(struct browse *b)
{
	struct frame *f = &b->frame;
	size_t last = b->rows - 1, row, i, cursor;

	cursor = draw_query(b);
	row = draw_head(b, 1, last);
	if (row < last && b->rows >= 12) {
		frame_row(f, row++);	/* room to breathe */
		frame_end_row(f);
	}
	fit_snippets(b, last > row ? last - row : 0);
	keep_selection_shown(b, last > row ? last - row : 0);
	b->shown = 0;
	for (i = b->top; i < item_count(b) && row < last; i++, b->shown++)
		row = draw_item(b, i, row, last);
	while (row < last) {
		frame_row(f, row++);
		frame_end_row(f);
	}
	draw_status(b);
	{
		char go[40];

		snprintf(go, sizeof go, "\033[1;%luH\033[?25h",
		    (unsigned long)cursor + 1);
		frame_raw(f, go);
	}
}

static void
draw_entry(struct browse *b)
{
	struct frame *f = &b->frame;
	const struct page *p = &b->page;
	const struct record *e = &b->c->db.entries[p->entry];
	size_t h = page_height(b), i, end;
	char where[64];

	end = p->scroll + h < p->nlines ? p->scroll + h : p->nlines;
	if (b->cols >= 40)
		snprintf(where, sizeof where, "  lines %lu-%lu of %lu%s",
		    (unsigned long)p->scroll + 1, (unsigned long)end,
		    (unsigned long)p->nlines, b->cols >= 70 ? ", Esc back" : "");
	else
		snprintf(where, sizeof where, " %lu/%lu", (unsigned long)end,
		    (unsigned long)p->nlines);
	frame_row(f, 0);
	frame_style(f, SGR_BOLD);
	frame_text(f, e->title, b->cols - text_columns(span_from(where)));
	frame_style(f, SGR_RESET);
	frame_style(f, SGR_DIM);
	frame_str(f, where, b->cols);
	frame_end_row(f);
	for (i = 0; i < h; i++) {
		frame_row(f, i + 1);
		if (p->scroll + i < p->nlines)
			frame_styled(f, p->lines[p->scroll + i]);
		frame_end_row(f);
	}
	draw_status(b);
	frame_raw(f, "\033[?25l");	/* no cursor while reading */
}

/* A window too small to browse in says so, as far as it can: the
 * advice first. */
static void
draw_too_small(struct browse *b)
{
	struct frame *f = &b->frame;
	size_t row;

	row = draw_paragraph(b, 0, 0, span_from(advice[sizeof advice /
	    sizeof advice[0] - 1]), b->rows, NULL);
	row = draw_paragraph(b, row, 0, span_from("Make the window bigger."),
	    b->rows - row, NULL);
	while (row < b->rows) {
		frame_row(f, row++);
		frame_end_row(f);
	}
	frame_raw(f, "\033[?25l");
}

/* Draw the whole screen in one write.  Every frame ends by showing or
 * hiding the cursor: the tests know a frame by it. */
static enum outcome
draw(struct browse *b)
{
	struct frame *f = &b->frame;

	/* The snippets the list may show: no item drawn is past the
	 * selection by more than a screen. */
	if (b->view == VIEW_LIST && b->searched &&
	    doc_fill_snippets(&b->results, b->sel + b->rows) < 0)
		return NO_MEMORY;
	frame_begin(f, b->cols, b->c->r.color);
	if (b->cols < MIN_COLS || b->rows < MIN_ROWS)
		draw_too_small(b);
	else if (b->view == VIEW_ENTRY)
		draw_entry(b);
	else
		draw_list(b);
	if (buf_failed(&f->buf))
		return NO_MEMORY;
	return screen_write(buf_str(&f->buf), f->buf.len) < 0 ? NO_TERMINAL :
	    GO_ON;
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
	size_t n = item_count(b), page = b->shown > 1 ? b->shown - 1 : 1;

	switch (k->key) {
	case KEY_TEXT:
		if (b->qlen + strlen(k->text) <= QUERY_MAX) {
			memcpy(b->query + b->qlen, k->text, strlen(k->text) + 1);
			b->qlen += strlen(k->text);
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
		if (page_open(b, item_entry(b, b->sel)) < 0)
			return NO_MEMORY;
		b->page.scroll = 0;
		b->view = VIEW_ENTRY;
		break;
	default:
		break;
	}
	return GO_ON;
}

static enum outcome
entry_key(struct browse *b, const struct key_event *k)
{
	struct page *p = &b->page;
	size_t h = page_height(b), last = page_last_scroll(b);
	int c = k->key == KEY_TEXT ? k->text[0] : 0;

	if (k->key == KEY_ESCAPE || k->key == KEY_BACKSPACE ||
	    k->key == KEY_LEFT || c == 'h') {
		b->view = VIEW_LIST;
		return GO_ON;
	}
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

/* Does key k change the query (and need no results to act on)? */
static int
edits_query(const struct browse *b, const struct key_event *k)
{
	if (b->view != VIEW_LIST)
		return 0;
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
			if ((o = draw(b)) != GO_ON)
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

		if (b.qlen + n > QUERY_MAX)
			break;
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
