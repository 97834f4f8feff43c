/* browse_draw.c - hipacu browse's screen: the query, how sure the answer
 * is, the ranked list or one entry, and the advice on the last row. */
#include <stdio.h>
#include <string.h>

#include "../base/sgr.h"
#include "../base/wrap.h"
#include "browse_view.h"
#include "../term/screen.h"

#define MAX_HEAD_LINES 8	/* lines of notes or caveat kept */

/* --- the items: entries by topic, search results, or the doctor ----- */

size_t
browse_item_count(const struct browse *b)
{
	if (!b->searched)
		return b->c->db.nentries;
	if (b->results.n > 0)
		return b->results.n;
	return b->doctor >= 0 ? 1 : 0;	/* not covered: the doctor */
}

size_t
browse_item_entry(const struct browse *b, size_t i)
{
	if (!b->searched)
		return b->by_topic[i];
	if (b->results.n > 0)
		return b->results.hits[i].entry;
	return (size_t)b->doctor;
}

size_t
browse_page_height(const struct browse *b)
{
	/* A title row above, the advice below; a window too small to
	 * show the entry still scrolls it a line at a time. */
	return b->rows > 3 ? b->rows - 2 : 1;
}

struct span
browse_plain_line(struct span line)
{
	size_t i;

	/* A row the text format drew dim: ESC [ ... m before and after. */
	if (line.len > 2 && line.p[0] == '\033' && line.p[1] == '[') {
		for (i = 2; i < line.len && line.p[i] != 'm'; i++)
			;
		if (i < line.len) {
			line.p += i + 1;
			line.len -= i + 1;
		}
	}
	for (i = line.len; i > 0 && line.p[i - 1] != '\033'; i--)
		;
	if (i > 0 && line.p[line.len - 1] == 'm' &&
	    memchr(line.p + i - 1, ' ', line.len - i + 1) == NULL)
		line.len = i - 1;
	return line;
}

size_t
browse_link_line(const struct browse *b)
{
	const struct entry_view *p = &b->page;
	const struct db *db = &b->c->db;
	struct span id, line;
	size_t i, at;

	if (p->link == 0)
		return p->nlines;
	id = db_value(db, db->entries[p->entry].see, p->link - 1);
	/* The text format's row: "  hipacu show ID  Title". */
	for (i = 0; i < p->nlines; i++) {
		line = browse_plain_line(p->lines[i]);
		at = strlen("  hipacu show ");
		if (line.len >= at + id.len &&
		    memcmp(line.p, "  hipacu show ", at) == 0 &&
		    memcmp(line.p + at, id.p, id.len) == 0 &&
		    (line.len == at + id.len || line.p[at + id.len] == ' '))
			return i;
	}
	return p->nlines;
}

/* The advice, the longest form the width holds; the last fits in
 * MIN_COLS. */
static const char *const advice[] = {
	ADVICE_NOT " " ADVICE_CONSULT ": " ADVICE_SHOW_DOCTOR,
	ADVICE_NOT " " ADVICE_CONSULT ".",
	ADVICE_NOT " " ADVICE_FIRST,
	ADVICE_FIRST,	/* as documents begin */
	ADVICE_SEE ".",
};

/* Lines of a search result's sentence under its title: more when the
 * results leave room for them, never fewer than a tall screen's 2. */
static void
fit_snippets(struct browse *b, size_t avail)
{
	size_t n = b->searched ? browse_item_count(b) : 0;

	size_t k;

	b->snippet_lines = b->rows >= 16 ? 2 : 1;
	/* As many lines as every result can have: a sentence that fits
	 * when wrapped is not cut. */
	for (k = MAX_HEAD_LINES; n > 0 && k > b->snippet_lines; k--)
		if (n * (1 + k) + 1 <= avail) {
			b->snippet_lines = k;
			break;
		}
}

/* Does item i start a group with a heading row of its own? */
static int
item_has_heading(const struct browse *b, size_t i)
{
	const struct db *db = &b->c->db;

	if (!b->searched)
		return i == 0 || db->entries[browse_item_entry(b, i)].topic_index !=
		    db->entries[browse_item_entry(b, i - 1)].topic_index;
	return b->results.n == 0;	/* "not covered": the doctor item */
}

static size_t
item_rows(const struct browse *b, size_t i)
{
	return item_has_heading(b, i) + 1 + (b->searched ? b->snippet_lines : 0);
}

/* The rows the items from i on take, all of them. */
static size_t
rows_from(const struct browse *b, size_t i)
{
	size_t n = 0;

	for (; i < browse_item_count(b); i++)
		n += item_rows(b, i);
	return n;
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

/* --- drawing ------------------------------------------------------- */

/* The advice on the last row, and the keys when they fit beside one of
 * its longer forms; else the longest form that fits alone. */
static void
draw_status(struct browse *b)
{
	struct frame *f = &b->frame;
	const char *keys = b->view == VIEW_ENTRY ?
	    (b->c->db.entries[b->page.entry].see.count > 0 ?
	    "Tab related  Esc back  q quit" : "Space more  Esc back  q quit") :
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

	if (b->full) {
		snprintf(count, sizeof count, "Query full (%d bytes): what was "
		    "typed past it is not taken.", QUERY_MAX);
		row = draw_paragraph(b, row, 0, span_from(count), room > 6 ? 2 : 1,
		    SGR_BOLD);
		room = last > row ? last - row : 0;
	}
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
		/* The notes take what the caveat leaves, at least a line. */
		size_t at = row, need = b->results.caveat.len > 0 ?
		    wrap_lines(b->results.caveat, b->cols, NULL, 0) : 0;

		row = draw_paragraph(b, row, 0, buf_span(&notes),
		    room > need + 1 ? room - need : 1, SGR_DIM);
		room = room > row - at ? room - (row - at) : 1;
	}
	/* Notes that did not fit in memory: the frame is not whole. */
	if (buf_failed(&notes))
		b->frame.buf.oom = 1;
	buf_free(&notes);
	if (b->results.caveat.len > 0)
		row = draw_paragraph(b, row, 0, b->results.caveat, room, SGR_BOLD);
	return row;
}

/* One item: its heading if asked for, its title row, and for a search
 * result the sentence that best answers, as much of it as the rows
 * before last hold.  The caller leaves room for the heading and the
 * title row.  Returns the next row. */
static size_t
draw_item(struct browse *b, size_t i, size_t row, size_t last, int heading)
{
	struct frame *f = &b->frame;
	const struct db *db = &b->c->db;
	const struct record *e = &db->entries[browse_item_entry(b, i)];
	const struct record *t = &db->topics[e->topic_index];
	int selected = i == b->sel;

	if (heading) {
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
	size_t last = b->rows - 1, row, i, cursor, avail, more = 0;

	cursor = draw_query(b);
	row = draw_head(b, 1, last);
	if (row < last && b->rows >= 12) {
		frame_row(f, row++);	/* room to breathe */
		frame_end_row(f);
	}
	avail = last > row ? last - row : 0;
	fit_snippets(b, avail);
	keep_selection_shown(b, avail);
	/* Items past the screen: the last row says how many. */
	if (rows_from(b, b->top) > avail && avail > 2) {
		more = 1;
		keep_selection_shown(b, --avail);
	}
	/* An item is shown from its title row: no heading is left alone on
	 * the last row, and "more below" counts the item under it.  Where
	 * only one row is left for the first, it goes without its heading. */
	b->shown = 0;
	for (i = b->top; i < browse_item_count(b) && row < last - more;
	    i++, b->shown++) {
		int heading = item_has_heading(b, i);

		if (heading && row + 1 == last - more) {
			if (b->shown > 0)
				break;
			heading = 0;
		}
		row = draw_item(b, i, row, last - more, heading);
	}
	/* Blank rows to the last, or to the one "more below" takes. */
	while (row < last - more) {
		frame_row(f, row++);
		frame_end_row(f);
	}
	if (more) {
		char below[48];

		snprintf(below, sizeof below, "  %lu more below",
		    (unsigned long)(browse_item_count(b) - b->top - b->shown));
		frame_row(f, row);
		frame_style(f, SGR_DIM);
		frame_str(f, below, b->cols);
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
	const struct entry_view *p = &b->page;
	const struct record *e = &b->c->db.entries[p->entry];
	size_t h = browse_page_height(b), i, end, link;
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
	link = browse_link_line(b);
	for (i = 0; i < h; i++) {
		frame_row(f, i + 1);
		if (p->scroll + i == link && link < p->nlines) {
			/* The related entry Tab chose: marked as the list's is. */
			struct span rest = browse_plain_line(p->lines[link]);

			frame_str(f, "> ", b->cols);
			rest.p += 2;
			rest.len -= 2;
			frame_style(f, SGR_REVERSE);
			frame_text(f, rest, b->cols);
			frame_style(f, SGR_RESET);
		} else if (p->scroll + i < p->nlines) {
			frame_styled(f, p->lines[p->scroll + i]);
		}
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
enum outcome
browse_draw(struct browse *b)
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
