/*
 * results.h - a search's results as a reader sees them, finished: the
 * hits in order, how sure the answer is, the caveat and the notes in
 * words, and each hit's answering sentence with the words to show in
 * bold.  Search makes the hits; this is the one place that puts them in
 * words, and every format and browse only read it.
 */
#ifndef HIPACU_RESULTS_H
#define HIPACU_RESULTS_H

#include <stddef.h>

#include "../base/buf.h"
#include "../search/search.h"

/* How sure an answer is (search.h says when): what a reader is told. */
enum doc_level { DOC_ANSWERED, DOC_CLOSEST, DOC_NOT_COVERED };

enum doc_note_kind {
	DOC_NOTE_DROPPED,	/* words past the limit were not searched */
	DOC_NOTE_READ_AS,	/* a typo, read as a database word */
	DOC_NOTE_SHORT_FOR,	/* the start of a database word, taken for it */
	DOC_NOTE_POINTER,	/* words the article does not mention, and the
				 * nearest thing it says (a pointer Term):
				 * information, not a caveat */
	DOC_NOTE_ASIDE,		/* a circumstance the article does not speak of
				 * ("walk"), beside an answer */
	DOC_NOTE_MISSING	/* a word no entry mentions (the caveat names
				 * it too) */
};

/* What a search says besides its results, in the one wording every
 * reader gets: "reading 'dizy' as 'dizzy'". */
struct doc_note {
	enum doc_note_kind kind;
	struct span text;
};

#define DOC_MAX_NOTES (3 * SEARCH_MAX_WORDS + 1)

/* A word of a snippet that the question holds, for bold: its bytes, from
 * the snippet's start. */
struct doc_mark {
	size_t at, len;
};

struct doc_hit {
	size_t entry;		/* in db->entries, once held (doc_hold) */
	double score;
	enum doc_level level;
	/* Its snippet (doc_snippet), once filled: */
	size_t snippet_at, snippet_len;	/* in the snippets' text */
	size_t first_mark, nmarks;	/* in marks */
};

/* Every field is the reader's to read but the last group's. */
struct doc_results {
	size_t nwords;		/* words searched: 0, there was no word */
	int only_common;	/* every word too common to search for */
	enum doc_level level;	/* of the answer: its first hit's */
	struct doc_hit *hits;	/* best first */
	size_t n;
	struct doc_note notes[DOC_MAX_NOTES];	/* in the order said */
	size_t nnotes;
	/*
	 * What a person must read before the results, as one short paragraph
	 * in plain words (no command): the words the article does not
	 * mention, and that the results are only the closest; or that the
	 * article does not cover the question.  Empty when the answer is
	 * sure (a pointer's note is information: DOC_NOTE_POINTER).
	 */
	struct span caveat;

	/* Where they come from, for results.c alone. */
	struct db *db;
	size_t held;		/* hits whose entries are held */
	struct search_result search;
	struct buf said;	/* the notes' and the caveat's text */
	struct buf snippets;	/* the snippets' text */
	struct doc_mark *marks;
	size_t nmarks, marks_cap;
	size_t filled;		/* hits whose snippet is made */
};

#define DOC_ANY_TOPIC ((size_t)-1)

/*
 * Search db for the words and put the results in r: asked within a topic
 * (not DOC_ANY_TOPIC), a person means that topic first.  The first
 * snippets hits are held and get their snippet now (more: doc_hold,
 * doc_fill_snippets).  Returns 0, or -1: out of memory, or db could not
 * be read (its diagnostics say why); r freed.  Free with doc_results_free.
 */
int doc_search(struct doc_results *r, struct db *db,
    const struct english_words *known, const struct span *words,
    size_t nwords, size_t topic, size_t snippets);

/* Hold the entries of the hits before upto in db, and those they link
 * to, for a format to read: a database read as it streams holds only
 * what is shown.  0, or -1 as doc_search. */
int doc_hold(struct doc_results *r, size_t upto);

/* Make the snippets of the hits before upto (held first); 0, or -1 as
 * doc_search. */
int doc_fill_snippets(struct doc_results *r, size_t upto);

/* Hit i's snippet (filled), and the words of it to show in bold. */
struct span doc_snippet(const struct doc_results *r, size_t i);
const struct doc_mark *doc_marks(const struct doc_results *r, size_t i);

void doc_results_free(struct doc_results *r);

#endif
