/*
 * browse_view.h - what hipacu browse keeps between keys, shared by its
 * keys and loop (browse.c) and its drawing (browse_draw.c).
 */
#ifndef HIPACU_BROWSE_VIEW_H
#define HIPACU_BROWSE_VIEW_H

#include "ctx.h"
#include "../term/frame.h"

#define QUERY_MAX 1024		/* bytes a query may have */
#define MIN_COLS 22		/* smaller, and the view asks for room */
#define MIN_ROWS 6

enum view { VIEW_LIST, VIEW_ENTRY };

/* How a key ends: browsing goes on, or ends; a failure is memory's, or
 * the terminal's (errno says how). */
enum outcome { GO_ON, QUIT, NO_MEMORY, NO_TERMINAL };

/* One entry as text, in lines, to scroll through. */
struct entry_view {
	struct buf text;	/* what hipacu show prints, in colour if on */
	struct span *lines;
	size_t nlines, cap;
	size_t scroll;		/* the first line shown */
	size_t entry;
	size_t link;		/* the See link chosen with Tab, from 1; 0 none */
	size_t back[16];	/* the entries read before, followed from */
	size_t nback;
};


struct browse {
	struct ctx *c;
	struct english_words known;
	char query[QUERY_MAX + 1];
	size_t qlen;
	int full;		/* a key or a word did not fit in the query */
	int searched;		/* results hold the query's search */
	int no_words;		/* something is typed, but no word to search */
	struct doc_results results;
	size_t *by_topic;	/* the entries topic by topic: the empty query */
	long doctor;		/* the entry on seeing a doctor, or -1 */
	size_t sel, top;	/* the selected item, the first one shown */
	size_t shown;		/* how many items the last frame showed */
	size_t snippet_lines;	/* under each result, in this frame */
	enum view view;
	struct entry_view page;
	size_t cols, rows;
	struct frame frame;
};

/* The items of the list: entries by topic, search results, or the entry
 * on seeing a doctor when the question is not covered. */
size_t browse_item_count(const struct browse *b);
size_t browse_item_entry(const struct browse *b, size_t i);

/* A line of the page without the SGR codes around it. */
struct span browse_plain_line(struct span line);

/* The line of the page that shows the chosen See link, or nlines. */
size_t browse_link_line(const struct browse *b);

/* Rows an entry's text may take on the screen. */
size_t browse_page_height(const struct browse *b);

/* Draw the whole screen in one write. */
enum outcome browse_draw(struct browse *b);

#endif
