/*
 * doc.h - the document model: what a command prints, built once as data
 * (which entries, their parts in order, a search's notes, what every
 * document says besides) and walked by each format, as cmark's renderers
 * walk one node tree.  A format is one function over a struct doc; what
 * the formats print of a field of an entry is one row of the part table
 * in doc.c.
 */
#ifndef HIPACU_DOC_H
#define HIPACU_DOC_H

#include "../base/buf.h"
#include "../data/db.h"
#include "advice.h"
#include "results.h"

#define DOC_SOURCE "Compiled from one untitled, undated article of about " \
	"630 words on acupuncture for hip pain (an opening paragraph and four " \
	"headed sections), in hipacu's own words."

/* What a command prints. */
enum doc_kind {
	DOC_ENTRIES,	/* entries in full (show, a name, the safety topic) */
	DOC_LIST,	/* entries by title and summary, under their topics */
	DOC_TOPICS,	/* the topics */
	DOC_REFERENCE,	/* no command: the whole reference (text: what hipacu
			 * is, its topics and how to go on) */
	DOC_RESULTS	/* a search's results, best first, with its notes */
};

struct doc {
	enum doc_kind kind;
	struct span title;	/* what the document holds, for its heading */
	const struct db *db;
	const size_t *idx;	/* ENTRIES, LIST: the entries, in order */
	size_t n;		/* how many entries (see doc_entry) */
	const struct doc_results *results;	/* RESULTS */
	const char *query;	/* RESULTS: the words as typed */
	size_t shown;		/* RESULTS: how many a person's text shows */
	const char *footer;	/* how to go on, for a person's text; or NULL */
	const char *version;	/* "0.1.0" */
	const char *date;	/* the day it was made, "2026-11-28" */
	const char *database;	/* where the entries came from */
	struct db_scratch *scratch;	/* the caller's: Body and Note decoded */
	const struct doc_part_rule *parts;	/* an entry's parts; NULL:
						 * doc_entry_parts */
	size_t nparts;
};

/* The documents' titles, by kind: the command sets one, doc_title the
 * others. */
const char *doc_title(enum doc_kind kind);

/* The index in db->entries of the document's entry i (i < d->n). */
size_t doc_entry(const struct doc *d, size_t i);

/* Does the document hold the entry with this id? */
int doc_holds(const struct doc *d, struct span id);

/*
 * The parts of an entry, in the one order every format prints them.  A
 * format prints each kind its way, and a kind it has no use for not at
 * all (text has no figure; JSON has no figure, and prints the data parts
 * people do not read).
 */
enum doc_part_kind {
	PART_HEADING,	/* the title; the entry's id and topic go with it */
	PART_LEAD,	/* one paragraph (the summary) */
	PART_FIGURE,	/* where the article places it: a figure, or none */
	PART_PARAGRAPHS,	/* one paragraph a line (the body, decoded) */
	PART_NAMES,	/* a labelled list of words (aliases) */
	PART_DATA,	/* values for programs, not people (keywords) */
	PART_LINKS,	/* a labelled list of entry ids (see also) */
	PART_SOURCE	/* where in the article it comes from */
};

struct doc_part {
	enum doc_part_kind kind;
	const char *key;	/* its name in JSON, or NULL */
	const char *label;	/* what a person reads before it, or NULL */
	struct span text;	/* HEADING, LEAD, PARAGRAPHS, SOURCE */
	struct list values;	/* NAMES, DATA, LINKS */
	int opening;		/* SOURCE: the article's opening paragraph,
				 * which has no heading of its own */
};

/*
 * An entry's parts, in the order every format prints them: a new field is
 * a row of doc_entry_parts (doc.c), of a kind the formats know.
 */
struct doc_part_rule {
	enum doc_part_kind kind;
	const char *key;	/* JSON */
	const char *label;	/* people */
	size_t offset;		/* the struct span or struct list in the record */
};
extern const struct doc_part_rule doc_entry_parts[];
extern const size_t doc_nentry_parts;

/* The part of entry e after *at (0: the first) into *part, by d's part
 * table; 0 when there is none left. */
int doc_next_part(const struct doc *d, const struct record *e, size_t *at,
    struct doc_part *part);

/* Where a document is written, and how: width and colour are text's. */
struct render {
	struct buf *out;	/* kept, or written to stdout as it comes */
	size_t width;		/* wrap at this many characters; 0: never */
	int color;		/* bold headings, dim metadata, bold matches */
	int terminal;		/* 1: a person reads it on a terminal */
	int width_asked;	/* 1: --width was given: wrap even what a
				 * pipe would have whole (a list's lines) */
};

/* A format: one renderer over the document model. */
typedef void doc_render_fn(const struct render *r, const struct doc *d);

struct doc_format {
	const char *name;	/* --format=NAME */
	int terminal;		/* 1: colour applies (text for people) */
	doc_render_fn *render;
	int lists_whole;	/* 1: a list prints its entries whole, not
				 * their ids, titles and summaries */
};

/* Every format, the default first; ends with a NULL name. */
extern const struct doc_format doc_formats[];

/* The format named name, or NULL. */
const struct doc_format *doc_format(const char *name);

/* The formats' names as a person reads them, "text, json or html", into
 * buf (size bytes). */
void doc_format_names(char *buf, size_t size);
#define DOC_FORMAT_NAMES_SIZE 160

#endif
