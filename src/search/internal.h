/*
 * internal.h - what the stages of a search share, and nothing outside
 * src/search reads.  A search runs its stages in order (search.c):
 *
 *   query.c   reading the question: its words into units, Terms' meanings
 *   rank.c    counting the words in every entry, BM25F, the order of hits
 *   typo.c    words found nowhere read as typos, or as shortened words
 *   judge.c   how sure each hit is: held surely, missing, the level
 *   answer.c  the sentence of an entry that best answers
 */
#ifndef HIPACU_SEARCH_INTERNAL_H
#define HIPACU_SEARCH_INTERNAL_H

#include <string.h>

#include "search.h"

#define NO_WORD ((size_t)-1)

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

/* rank.c: rank every entry for the current words; 0, or -1 out of memory. */
int rank_entries(const struct db *db, struct search_result *res);

/* typo.c: read words found nowhere as typos or shortened words; whether
 * one was read so, or -1 out of memory. */
int typo_correct(const struct db *db, const struct english_words *known,
    struct search_result *res);

/* judge.c: the units entry e holds surely, and whether one of its names
 * holds every word of the question (*in_one_name). */
unsigned long judge_strong(const struct db *db, const struct search_result *res,
    const struct record *e, const struct tally *t, int *in_one_name);

/* judge.c: the units no entry holds; not covered when nothing found
 * tells the entries apart. */
void judge_missing(const struct db *db, struct search_result *res);

/* judge.c: the level of each hit, then of the query. */
void judge_answers(const struct db *db, struct search_result *res);
void judge_query(struct search_result *res);

/* answer.c: the next sentence of text from *pos on (blanks before it
 * skipped); 0 when there is none. */
int sentence_next(struct span text, size_t *pos, struct span *s);

#endif
