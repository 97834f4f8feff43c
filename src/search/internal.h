/*
 * internal.h - what the stages of a search share, and nothing outside
 * src/search reads.  A search runs its stages in order (search.c):
 *
 *   query.c   reading the question: its words into units, Terms' meanings
 *   rank.c    counting the words in every entry as the entries stream by,
 *             keeping those that hold one; BM25F, the order of hits
 *   typo.c    words found nowhere read as typos, or as shortened words:
 *             their candidates gathered in the same walk
 *   judge.c   how sure each hit is: held surely, missing, the level
 *   answer.c  the sentence of an entry that best answers
 */
#ifndef HIPACU_SEARCH_INTERNAL_H
#define HIPACU_SEARCH_INTERNAL_H

#include <stdint.h>
#include <string.h>

#include "search.h"

#define NO_WORD ((size_t)-1)

/* How many of the first hits have their sentences read to judge them
 * (judge_answers): put in order before. */
#define SEARCH_JUDGED 10

/* A common English word met only in running text ("sit", "wear") may be
 * there by luck, in another sense than the person's: it counts for less,
 * in ranking and in choosing the answering sentence. */
#define COMMON_TEXT_WEIGHT 0.5

/* The fields that name what an entry is about, rather than tell it. */
#define NAMING_FIELD(f) ((f) <= FIELD_ASK)

/* The fields in sentences, where a common word may be there by luck: a
 * question it answers is a sentence too. */
#define RUNNING_FIELD(f) ((f) >= FIELD_ASK)

/* How often each searched word occurs in each field of one entry. */
struct tally {
	unsigned short tf[SEARCH_MAX_SOUGHT][NFIELDS];
	int any;			/* some searched word occurs */
};

/* A name, alias, keyword or question of an entry that holds units of the
 * question: what judge_strong weighs of it. */
struct name_units {
	unsigned long in;		/* the units it holds (units_in) */
	int field;			/* FIELD_* */
	int alike;			/* a question asked alike (asks_alike) */
};

/* An entry that holds a searched word, as much of it as ranking and
 * judging need once every entry has gone by. */
struct candidate {
	size_t ordinal;			/* its place among the entries */
	size_t tf;			/* its tally's counts in the pool: for
					 * each searched word, each field */
	uint32_t present;		/* the searched words it holds, a bit
					 * each (units_of) */
	uint32_t held, about;		/* the units it holds; in ABOUT_FIELDS */
	uint32_t len[NFIELDS];		/* its fields' lengths in bytes */
	uint32_t names, nnames;		/* its names that hold units, in the
					 * pool; none if it cannot need them */
	int exact;			/* a name of it is the whole query */
};

struct typo_gather;

/* What one walk over the entries gathers (rank.c), kept by the result. */
struct gather {
	struct candidate *c;
	size_t n, cap;
	unsigned short *tf;		/* stride counts a candidate */
	size_t ntf, tf_cap, stride;
	struct name_units *names;
	size_t nnames, names_cap;
	int active[SEARCH_MAX_SOUGHT];	/* sought_active, once */
	unsigned long counts;		/* units that count (not stopwords,
					 * nor pointers) */
	unsigned long wide;		/* ... of those, the ones whose hits
					 * may need their names read */
	unsigned long found;		/* units some entry holds */
	long *slot;			/* a window's entries' tallies */
	size_t slot_cap;
	struct window_tally *wt;
	size_t nwt, wt_cap;
	struct typo_gather *typos;	/* typo.c's */
};

static inline int
same_stem(const struct word *a, const struct word *b)
{
	return a->stemlen == b->stemlen && memcmp(a->stem, b->stem, a->stemlen) == 0;
}

/* How many bits are set: the units of a set of units. */
static inline size_t
bits(unsigned long x)
{
	size_t n = 0;

	for (; x; x &= x - 1)
		n++;
	return n;
}

/* --- the predicates every stage asks (units.c) --- */

/* Units that take part: all but stopwords, unless there is nothing else. */
int unit_active(const struct search_result *res, size_t u);
int sought_active(const struct search_result *res, size_t k);

/* Does word w of a text count for searched word k? */
int sought_matches(const struct search_result *res, size_t k,
    const struct word *w);

/* The units held, a bit each, from the searched words present (a bit per
 * sought[] index). */
unsigned long units_of(const struct search_result *res, unsigned long present);

/* The units of the question a naming value holds (a Term's through what
 * it means), a bit each; pointers and stopwords never count. */
unsigned long units_in(const struct search_result *res, struct span value);

/* The units an entry's tally holds, one bit each; in the fields of a set
 * (a bit a FIELD_*) only. */
unsigned long units_held(const struct search_result *res,
    const struct tally *t);
unsigned long units_held_in(const struct search_result *res,
    const struct tally *t, unsigned fields);

/* --- the stages --- */

/* query.c: the words of args into res->words, then into units. */
void query_read(const struct db *db, const struct english_words *known,
    const struct span *args, size_t nargs, struct search_result *res);

/* query.c: how much a word typed says (common, or no English word). */
void query_judge_word(const struct english_words *known,
    struct search_unit *u, const struct word *w);

/*
 * rank.c: a walk's gathering begun (the typo candidates too, for the words
 * typos may be: typos); a window of entries counted, those that hold a
 * searched word kept as candidates; after the walk, the hits ranked.
 * Each returns 0, or -1 out of memory.
 */
int rank_begin(struct search_result *res, int typos);
int rank_window(struct search_result *res, const struct db *window);
int rank_finish(struct search_result *res);
void rank_free(struct search_result *res);

/* typo.c: the gathering of typo candidates: begun for the units that may
 * be typos (NULL known: none), a window's words weighed for the units no
 * entry holds yet, freed.  0, or -1 out of memory. */
int typo_begin(struct search_result *res, const struct english_words *known);
int typo_window(struct search_result *res, const struct db *window);
/* Are candidates gathered, which every entry's words may give? */
int typo_gathering(const struct search_result *res);
void typo_free(struct search_result *res);

/* typo.c: read words found nowhere as typos or shortened words, from the
 * candidates gathered; whether one was read so. */
int typo_correct(const struct english_words *known, struct search_result *res);

/* The fields that say what an entry is about: a word of health there is
 * there by design (judge_strong). */
#define ABOUT_FIELDS (1U << FIELD_NAME | 1U << FIELD_ALIAS | \
	1U << FIELD_KEYWORD | 1U << FIELD_SUMMARY)

/* judge.c: the units an entry holds surely (the units it holds, those it
 * holds in ABOUT_FIELDS, its names that hold units), and whether one of
 * its names holds every word of the question (*in_one_name). */
unsigned long judge_strong(const struct search_result *res,
    unsigned long held, unsigned long about, const struct name_units *names,
    size_t nnames, int *in_one_name);

/* judge.c: the units that count (not stopwords, nor pointers); of them,
 * those whose hits may need their names read by judge_strong, as may the
 * hits that hold two units that count. */
unsigned long units_counting(const struct search_result *res);
unsigned long units_wide(const struct search_result *res);

/* judge.c: is ask a question the query asks in other words? */
int asks_alike(const struct search_result *res, struct span ask);

/* judge.c: the units no entry holds; not covered when nothing found
 * tells the entries apart. */
void judge_missing(struct search_result *res);

/* judge.c: the level of each hit, then of the query; the first hits are
 * held in db to read their sentences.  0, or -1 (db says why). */
int judge_answers(struct db *db, struct search_result *res);
void judge_query(struct search_result *res);

/* answer.c: the next sentence of text from *pos on (blanks before it
 * skipped); 0 when there is none. */
int sentence_next(struct span text, size_t *pos, struct span *s);

#endif
