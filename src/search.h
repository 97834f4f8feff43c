/* search.h - ranked full-text search over the entries. */
#ifndef HIPACU_SEARCH_H
#define HIPACU_SEARCH_H

#include <stddef.h>

#include "db.h"
#include "words.h"

#define SEARCH_MAX_WORDS 32	/* query words kept; more are counted */
#define SEARCH_NEAR 3		/* closest known words offered on no match */

/* One word of the query, as typed and as it is matched. */
struct search_term {
	struct word word;	/* fold and stem; raw points into the argument */
	int stop;		/* a stopword, ignored unless all words are */
	int corrected;		/* replaced by the closest word of the database */
	size_t df;		/* entries holding it */
	double idf;
};

struct search_hit {
	size_t entry;
	double score;
	int all_words;		/* holds every word of the query */
	int exact;		/* the query is its id, title, an alias or keyword */
};

struct search_result {
	struct search_term terms[SEARCH_MAX_WORDS];
	size_t nterms;
	size_t dropped;		/* query words past SEARCH_MAX_WORDS */
	int corrected;		/* a term was replaced: say so */
	struct search_hit *hits;	/* best first */
	size_t n;
	char near[SEARCH_NEAR][WORD_MAX + 1];	/* on no match: known words */
	size_t nnear;
};

/*
 * Rank the entries for the words of args: BM25F over the fields, weighted
 * name and alias > keyword > summary > body; entries holding every word
 * first.  Words are case-folded and stemmed; stopwords count only when the
 * query has nothing else; a word found nowhere is replaced by the closest
 * word of the database within a small edit distance.  Returns 0, or -1
 * when memory runs out.  Free with search_free.
 */
int search_run(const struct db *db, const struct span *args, size_t nargs,
    struct search_result *res);
void search_free(struct search_result *res);

/* Does this word of a text match a word of the query? */
int search_matches(const struct search_result *res, const struct word *w);

/* The sentence of the summary or body that best matches the query. */
struct span search_snippet(const struct search_result *res,
    const struct record *e);

#endif
