/* search.h - ranked full-text search over the entries. */
#ifndef HIPACU_SEARCH_H
#define HIPACU_SEARCH_H

#include <stddef.h>
#include <stdint.h>

#include "../data/db.h"
#include "words.h"

#define SEARCH_MAX_WORDS 32	/* query words kept; more are counted */
#define SEARCH_MAX_SOUGHT 32	/* words searched: query words and meanings */

/*
 * What the query asks, one unit per word typed, or per phrase that a Term
 * record names ("blood thinners"): the unit is found when an entry holds
 * the word or one of the words it means.
 */
struct search_unit {
	struct span raw;	/* as typed (a phrase: its first word) */
	size_t at, nwords;	/* its words in the result's words[] */
	size_t own;		/* its own word in sought[]; -1: none (phrase) */
	int stop;		/* a stopword, ignored unless all words are */
	int phrase;		/* several words, which a Term means as one */
	int mapped;		/* a Term gives it meanings */
	int pointer;		/* ... only the nearest thing the article says */
	long term_record;	/* that Term: its index in db->terms, or -1 */
	int common;		/* a common English word: a match in running
				 * text may be luck (SCOWL sizes 10 and 20) */
	int unknown;		/* no English word, nor a database word */
	int health;		/* a word of health: the body, an illness,
				 * a medicine or care (numb, warfarin) */
	int circumstance;	/* a word of who, where, when or doing what
				 * (my mum, at night, walking) */
	int aside;		/* a circumstance no entry holds, beside a
				 * question that is answered: said softly */
	int late;		/* after a word that says what is asked */
	int corrected;		/* a typo, read as its word in sought[] */
	int expanded;		/* ... not a typo: short for that word
				 * ("osteo" for "osteoarthritis") */
	int missing;		/* meaningful, and no entry holds it */
	int said;		/* missing, and the answer lacks what it says:
				 * said to the person */
	size_t df;		/* entries holding it or a meaning of it */
};

/* A word searched for: a unit's own word, or one of its meanings. */
struct sought_word {
	struct word word;	/* fold and stem */
	size_t unit;		/* the unit it stands for */
	double weight;		/* 1 for the word typed; less for a meaning */
	size_t df;		/* entries holding it */
	double idf;
};

/*
 * How sure an answer is.  ANSWERED: a distinctive word or phrase of the
 * question meets the entry's name, an alias, a keyword, a question it
 * answers, or a specific word of its text, and no more meaningful words
 * are missing than met.  CLOSEST: only weak matches (common words in
 * running text, pointers); said in a caveat.  NOT_COVERED: no results.
 */
enum search_level { SEARCH_ANSWERED, SEARCH_CLOSEST, SEARCH_NOT_COVERED };

struct search_hit {
	size_t ordinal;		/* the entry's place among the file's entries:
				 * db_hold holds it */
	double score;
	int all_words;		/* holds every unit of the query */
	int exact;		/* the query is its id, title, an alias or keyword */
	int in_one_name;	/* one of its names or questions holds every
				 * word of the query (two or more) */
	unsigned long held;	/* the units it holds, a bit each */
	unsigned long strong;	/* ... of those, the ones it holds surely */
	enum search_level level;
};

/* Where search meets the world: the words English has (see words.h). */
struct english_words {
	struct span english;	/* sorted, one a line; empty: none known */
	struct span common;	/* the most common of them, any length */
	/* A word's kind (data/lexicon.py, from WordNet): of health, or of
	 * the circumstance of a question (who, where, when, doing what);
	 * empty: none known. */
	struct span health;
	struct span circumstance;
};

struct search_result {
	struct word words[SEARCH_MAX_WORDS];	/* as read: typos corrected */
	size_t nwords;
	struct search_unit units[SEARCH_MAX_WORDS];
	size_t nunits;
	struct sought_word sought[SEARCH_MAX_SOUGHT];
	size_t nsought;
	size_t dropped;		/* query words past SEARCH_MAX_WORDS */
	size_t nmissing;	/* units no entry holds */
	size_t nsaid;		/* ... of those, the ones said to the person */
	size_t npointers;	/* units a pointer Term found an entry for */
	int only_common;	/* every word too common to search for */
	enum search_level level;	/* of the first hit; NOT_COVERED: none */
	struct search_hit *hits;	/* best first, the first ordered of them
					 * (search_order); the rest after */
	size_t n, ordered;
	size_t nentries;	/* entries searched */
	uint64_t total[NFIELDS];	/* their field lengths, summed */
	int counted;		/* nentries and total are counted: a later
				 * walk need not visit every entry */
	struct db_scratch *scratch;	/* where entries' text is decoded */
	const struct english_words *known;
	struct gather *gather;	/* what a walk over the entries gathers */
};

/*
 * Rank the entries of db for the words of args, in one walk over them
 * (db_walk) as they stream by, or more only when the first changes what
 * is asked (a Term read after the entries, a word read as a typo): BM25F
 * over the fields, weighted
 * name and alias > keyword > summary > body; entries holding every word
 * first.  Words are case-folded and stemmed; a word or phrase a Term
 * record names also searches what it means, at a lower weight; stopwords
 * count only when the query has nothing else.  A word found nowhere is
 * read as a word of the database only when it is very likely a typo of
 * one: not an English word, and within a small edit distance.  When the
 * words found are only ones most entries hold while another word is found
 * nowhere, the question is not covered: no hits.  The first hits are held
 * in db (db_hold), to judge them by their sentences.  Returns 0, or -1:
 * out of memory, or db could not be read (its diagnostics say why).
 * Free with search_free.
 */
int search_run(struct db *db, const struct english_words *known,
    const struct span *args, size_t nargs, struct search_result *res);
void search_free(struct search_result *res);

/* Put the hits before upto in their order, best first: only the first
 * are, after search_run. */
void search_order(struct search_result *res, size_t upto);

/* Keep only the hits of one topic, if it has any, and judge the query
 * again by its new first hit. */
void search_keep_topic(const struct db *db, struct search_result *res,
    size_t topic);

/* Does this word of a text match a word searched for? */
int search_matches(const struct search_result *res, const struct word *w);

/* The sentence of entry e's summary or body that best answers the query
 * (the one its Ask names, when the question is that Ask): in the
 * summary, or in the body decoded into the caller's scratch. */
struct span search_best_sentence(const struct db *db,
    const struct search_result *res, const struct record *e,
    struct db_scratch *scratch);

#endif
