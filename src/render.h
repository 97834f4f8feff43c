/* render.h - the text output: entries, lists, topics, search results. */
#ifndef HIPACU_RENDER_H
#define HIPACU_RENDER_H

#include <stdio.h>

#include "db.h"
#include "search.h"

struct render {
	FILE *out;
	size_t width;		/* wrap at this many characters; 0: never */
	int color;		/* bold headings, dim metadata, bold matches */
	struct db_scratch *scratch;	/* the caller's: Body and Note decoded */
};

/* One entry in full: heading, summary, body, aliases, links, source, note. */
void render_entry(const struct render *r, const struct db *db,
    const struct record *e);

/* Entries in full, a blank line between them. */
void render_entries(const struct render *r, const struct db *db,
    const size_t *idx, size_t n);

/* Entries as id, title and summary; grouped under a heading per topic. */
void render_list(const struct render *r, const struct db *db,
    const size_t *idx, size_t n, const char *footer);

/* One line per topic: id, entry count, summary. */
void render_topics(const struct render *r, const struct db *db);

/* What hipacu is, the topics and how to go on. */
void render_overview(const struct render *r, const struct db *db);

/* The first shown search results: heading, the command that shows each,
 * a snippet; then the footer line, if any. */
void render_results(const struct render *r, const struct db *db,
    const struct search_result *res, size_t shown, const char *footer);

/* A paragraph wrapped to the width, each line after the first indented. */
void render_paragraph(const struct render *r, struct span text, size_t indent);

#endif
