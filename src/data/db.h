/* db.h - the hipacu database: recutils text parsed into topics and entries. */
#ifndef HIPACU_DB_H
#define HIPACU_DB_H

#include <stddef.h>
#include <stdint.h>

#include "../base/buf.h"
#include "../base/file.h"
#include "ids.h"
#include "../base/text.h"

#define DB_MAX_DIAGS 20			/* diagnostics kept; more are counted */
#define DB_DIAG_SIZE 512

/* A run of db->values: the values of one repeatable field of one record. */
struct list {
	size_t first, count;
};

/*
 * One record of any set.  A Topic record uses id, title, summary, note
 * and full; a Term record words and means; an Entry record the rest.
 * Every span points into db->text, or a one-line value joined across
 * lines into db->arena.
 */
struct record {
	/* body and note are as written in the file: read them with db_text */
	struct span id, topic, title, summary, body, source, display, note;
	struct list aliases, keywords, see;
	struct list places;		/* entry: where the article places it */
	struct list asks;		/* entry: questions its text answers */
	struct list words;		/* term: what people type (Word) */
	struct span means;		/* term: the same thing in the article's
					 * words (Means) */
	struct span nearest;		/* term: only the nearest thing the
					 * article says (Nearest) */
	size_t topic_index;		/* entry: its topic in db->topics */
	size_t ordinal;			/* entry: its place among the file's
					 * entries, from 0 */
	size_t nentries;		/* topic: how many entries it has */
	unsigned long line;		/* line the record starts on */
	size_t start, end;		/* the bytes of the text it was read from */
	int split;			/* search must read its words decoded: a
					 * join splits a word, or a one-line
					 * value was joined across lines */
	int full;			/* topic: list its entries in full */
};

/* Bytes the database holds besides its text: decoded copies of one-line
 * values written across joined lines (the text itself is never written
 * to), and, for a file read as it streams, the records it keeps.  Blocks
 * are chained, never moved. */
struct db_arena {
	struct db_arena *next;
	size_t used, cap;
	char text[1];		/* cap bytes, allocated with the block */
};

/*
 * An entry of a file read as it streams (db_open): where it is, to read
 * it again, and what the checks and lookups need.  Its id is a copy.
 */
struct db_stub {
	struct span id;
	size_t start;			/* its bytes in the file: from start, */
	uint32_t len;			/* ... len of them (a file is at most
					 * FILE_MAX bytes) */
	uint32_t line;			/* the line it starts on */
	uint32_t topic_index;
	unsigned int held : 31;		/* 1 + its index in db->entries; 0:
					 * not held */
	unsigned int split : 1;		/* its words must be read decoded */
};

/* A check that waits for the whole file: a See naming an id not read
 * yet, or an entry of a topic not read yet. */
struct db_pending {
	size_t ordinal;			/* the entry's */
	struct span id;			/* the entry's */
	struct span value;		/* the See value, or the topic */
	unsigned long line;		/* the entry's */
	int topic;			/* 1: a topic; 0: a See */
};

/* What a fault, reported, left unread: a Topic's id (its entries' topics
 * are not checked), an Entry's id (See links are not), a record set
 * (neither, nor whether the file has topics and entries). */
enum { DB_UNSURE_TOPICS = 1, DB_UNSURE_ENTRIES = 2, DB_UNSURE_SETS = 4 };

struct db {
	struct file text;		/* the bytes every span points into
					 * (a streamed file: none) */
	char name[256];			/* file name, escaped, for messages */
	int (*reserved)(struct span name);	/* a name no topic may have
					 * (a command's), or NULL */
	int (*check)(struct db *db);	/* NULL, or the checks a layer above
					 * makes of the file (the Terms'
					 * words), run at the end of its
					 * first reading if the parse found
					 * nothing: 0, or -1 with diags */
	struct record *topics, *entries, *terms;
	size_t ntopics, nentries, nterms, topics_cap, entries_cap, terms_cap;
	struct span *values;		/* Alias, Keyword, See and Word values */
	size_t nvalues, values_cap;
	struct id_index entry_ids, topic_ids;
	struct db_arena *arena;
	int prebuilt;			/* parsed when built: nothing to free */
	size_t count;			/* entries in the file, held or not */
	struct db_pending *pending;	/* checks that wait for the whole file */
	size_t npending, pending_cap;
	int unsure;			/* DB_UNSURE_*: what a reported fault
					 * left unread, whose checks would
					 * only repeat it */
	/* A file read as it streams (db_open): it is read whole once, for
	 * its topics, terms and checks, and again only as asked; the
	 * entries held are those asked for (db_hold). */
	int streamed;
	int fd;				/* open while streamed */
	size_t size;			/* its size when opened */
	int read;			/* read once: topics, terms, checks */
	struct db_stub *stubs;		/* count of them; entry_ids indexes
					 * them, not the entries held */
	size_t stubs_cap;
	char diags[DB_MAX_DIAGS][DB_DIAG_SIZE];	/* "FILE:LINE: message" */
	unsigned long diag_line[DB_MAX_DIAGS];	/* LINE of each; 0: the file */
	size_t ndiags;			/* found, possibly more than kept */
	int oom;			/* an allocation failed */
};

/* reserved: NULL, or whether a name is one no topic may have. */
void db_init(struct db *db, int (*reserved)(struct span name));

/*
 * Parse len bytes at buf (which need not be NUL-terminated) named name;
 * buf is never written to.  how (FILE_*) says what db_free does with it.
 * Returns 0, or -1 with db->diags filled in or db->oom set.  Never prints.
 */
int db_parse(struct db *db, const char *buf, size_t len, const char *name,
    int how);

/* Read path whole and parse it; I/O errors come back as diagnostics. */
int db_read_file(struct db *db, const char *path);

/*
 * A file read as it streams: db_open only opens it; the first db_walk
 * reads it, window by window, for its topics, terms and checks; an
 * entry is held (in db->entries) only when asked for (db_hold).  Memory
 * follows the largest record and what is held, not the file.  Returns 0,
 * or -1 with the reason in db->diags.
 */
int db_open(struct db *db, const char *path);

/*
 * Visit the entries of db, in the file's order, a window of whole records
 * at a time: a held database is one window, itself; a streamed one is
 * read (again) from its file.  db holds the topics and terms read so far;
 * window holds entries, with their values and text, until visit returns.
 * visit returns 0 to go on, 1 to need no more windows, -1 out of memory.
 * Returns 0, or -1: out of memory (db->oom), or the file failed to read
 * or its first reading found problems (db->diags).
 */
typedef int db_visit_fn(void *arg, const struct db *db,
    const struct db *window);
int db_walk(struct db *db, db_visit_fn *visit, void *arg);

/*
 * db_walk, but a later reading of a streamed file visits only the
 * entries whose bytes hold one of the n needles (lowercase ASCII, found
 * in any case), and those whose words must be read decoded (a join
 * splits one): the others cannot hold a word sought.  The first reading,
 * and a held database, visit every entry.
 */
int db_walk_holding(struct db *db, const struct span *needles, size_t n,
    db_visit_fn *visit, void *arg);

/* Entry ordinal's index in db->entries, read from the file if it is not
 * held yet; -1 out of memory, or the file changed (db->diags). */
long db_hold(struct db *db, size_t ordinal);

/* The index of the entry with this id, held now: -1 if none has it, -2
 * as db_hold's -1. */
long db_hold_id(struct db *db, struct span id);

/* Hold the entries that held entry i names in See, for their titles;
 * 0, or -1 as db_hold. */
int db_hold_links(struct db *db, size_t i);

/*
 * Hold every entry of a streamed file, each copied as it streams by (in
 * the file's order, after those held before): whole, or only its id,
 * topic, title and summary, what a list shows.  0, or -1 as db_walk.  A
 * held database has them all.
 */
int db_hold_all(struct db *db, int whole);

/* The topic of entry ordinal, held or not. */
size_t db_topic_of(const struct db *db, size_t ordinal);

void db_free(struct db *db);

/*
 * The first entry of topic t at entry from or after it, or db->nentries:
 * the one walk over a topic's entries, in the database's order,
 *   for (i = db_topic_next(db, t, 0); i < db->nentries;
 *       i = db_topic_next(db, t, i + 1))
 */
size_t db_topic_next(const struct db *db, size_t t, size_t from);

/* Index in db->entries of the entry with exactly this id, or -1 (also
 * when it is not held); of the topic, in db->topics. */
long db_find_entry(const struct db *db, struct span id);
long db_find_topic(const struct db *db, struct span id);

/*
 * The text of a Body or Note, as written in the file, decoded into the
 * caller's scratch (other values come back as they are): valid as long as
 * the scratch is not reused.
 */
struct db_scratch {
	char text[65536];
};
struct span db_text(struct span value, struct db_scratch *scratch);

/* Value i of a repeatable field's list. */
struct span db_value(const struct db *db, struct list l, size_t i);

/*
 * The places of the body an entry's Place field may name: the ones the
 * article names, and no others, each defined here once.
 */
enum place { PLACE_LOWER_BACK, PLACE_HIP, PLACE_HIP_JOINT, PLACE_BUTTOCK,
	PLACE_GROIN, PLACE_HAMSTRING, PLACE_LEG, NPLACES };

struct db_place {
	const char *name;	/* as written in the file: lower-back */
	const char *words;	/* in a sentence: "the lower back" */
};
extern const struct db_place db_places[NPLACES];

/* The place a Place value names, or -1. */
int db_place_of(struct span value);

/* The fields of an entry that search reads, most telling first. */
enum { FIELD_NAME, FIELD_ALIAS, FIELD_KEYWORD, FIELD_ASK, FIELD_SUMMARY,
	FIELD_BODY, NFIELDS };

/*
 * Call member(arg, name, offset, is_list) once for each member of struct
 * record that a field of some record set fills (name: the member's name;
 * is_list: a struct list, else a struct span).  A serializer of records
 * walks this (src/tool/embed.c), so that a field added to the rules cannot be
 * left out of the built-in database.
 */
void db_each_member(void (*member)(void *arg, const char *name, size_t offset,
    int is_list), void *arg);

/* Is an entry's Source the article's opening paragraph, which has no
 * heading, rather than one of its headed sections? */
int db_source_is_opening(struct span source);

/*
 * An Ask is a question the entry's own text answers, and may name the
 * words of its answer after DB_ASK_ANSWER: "How long is a session? |
 * 45 to 60 minutes".  The answer is words of the entry's Summary or Body,
 * which the sentence that answers the question holds.
 */
#define DB_ASK_ANSWER " | "
struct span db_ask_question(struct span ask);
/* The answer's words; { NULL, 0 } when the Ask names none. */
struct span db_ask_answer(struct span ask);

/* Does text hold words, ASCII case aside?  (An Ask's answer, found.) */
int db_text_holds(struct span text, struct span words);

/* A Term's words in the article's: its Means, else its Nearest. */
struct span db_term_target(const struct record *t);

/* How many values field f of entry e has (the name: id and title). */
size_t db_field_count(const struct record *e, int f);

/* Value i of field f of entry e, as written: read it with db_text. */
struct span db_field(const struct db *db, const struct record *e, int f,
    size_t i);

/*
 * Add a diagnostic "FILE:LINE: message" (line 0: the file), for the
 * checks made outside the parser (src/search/scan.c); sort them by line after.
 */
void db_diag(struct db *db, unsigned long line, const char *fmt, ...);
void db_sort_diags(struct db *db);

#endif
