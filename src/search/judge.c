/* judge.c - how sure each hit is: the words it holds surely, the words no
 * entry holds, and from them the level of the answer (search.h). */
#include <string.h>

#include "internal.h"

/* Is unit u a word of the question that counts (not a stopword, nor a
 * pointer), and does it tell entries apart (held by at most half)? */
static int
unit_counts(const struct search_result *res, size_t u)
{
	return unit_active(res, u) && !res->units[u].stop &&
	    !res->units[u].pointer;
}

static int
unit_telling(const struct search_result *res, size_t u)
{
	return res->units[u].df * 2 <= res->nentries;
}

unsigned long
units_counting(const struct search_result *res)
{
	unsigned long counts = 0;
	size_t u;

	for (u = 0; u < res->nunits; u++)
		if (unit_counts(res, u))
			counts |= 1UL << u;
	return counts;
}

/*
 * judge_strong reads an entry's names only when it holds two units that
 * count, or one that may not be sure by itself: a common word, or a
 * phrase (see the end of judge_strong).  Known before any entry is, so
 * that the names are kept as the entries go by.
 */
unsigned long
units_wide(const struct search_result *res)
{
	unsigned long wide = 0;
	size_t u;

	for (u = 0; u < res->nunits; u++)
		if (unit_counts(res, u) && (res->units[u].common ||
		    res->units[u].phrase))
			wide |= 1UL << u;
	return wide;
}

/* The question's words that tell entries apart, a bit each. */
static unsigned long
telling_units_only(const struct search_result *res)
{
	unsigned long telling = 0;
	size_t u;

	for (u = 0; u < res->nunits; u++)
		if (unit_counts(res, u) && unit_telling(res, u))
			telling |= 1UL << u;
	return telling;
}

/* The question's telling words (see judge_strong), or all its words
 * when none tells entries apart ("hip pain") and no pointer says what
 * the question is about ("acupressure for hip pain": the article does
 * not mention it, and "hip pain" does not make it sure). */
static unsigned long
telling_units(const struct search_result *res)
{
	unsigned long asked = 0, telling = telling_units_only(res);
	size_t u;

	for (u = 0; u < res->nunits; u++) {
		if (unit_counts(res, u))
			asked |= 1UL << u;
		if (unit_active(res, u) && res->units[u].pointer)
			return telling;
	}
	return telling ? telling : asked;
}

/* Are the units one phrase a Term gives a meaning of several words ("my
 * hip hurts": "hip pain")?  A name that holds them all names the
 * question, as two words of it would. */
static int
one_phrase(const struct search_result *res, unsigned long in)
{
	size_t u;

	for (u = 0; u < res->nunits; u++)
		if (in == 1UL << u)
			return res->units[u].phrase;
	return 0;
}

/*
 * Is a question of one telling word the entry's question in other words:
 * do two or more of all its words, and more than half, stopwords
 * included, stand in it?  "will it hurt" and "Will the needles hurt?",
 * but not "what should i wear" and "Is osteoarthritis wear and tear of
 * the cartilage?".
 */
int
asks_alike(const struct search_result *res, struct span ask)
{
	struct word w;
	size_t i, pos, shared = 0;

	for (i = 0; i < res->nwords; i++)
		for (pos = 0; word_next(ask, &pos, &w);)
			if (same_stem(&w, &res->words[i])) {
				shared++;
				break;
			}
	return shared >= 2 && shared * 2 > res->nwords;
}

/*
 * The units an entry holds surely.  A telling word (held by at most half
 * the entries) that is no common English word ("dizzy", "bursitis"),
 * wherever it is.  And the words of one of its names, aliases, keywords
 * or questions that holds two or more of the question's telling words,
 * and more than half of them: the question is then one the entry names
 * ("how long is a session", "needles scary does it hurt" and "Will the
 * needles hurt?"), whatever its words.  Words most entries hold
 * ("acupuncture", "hip") count there only when the question has no
 * other ("hip pain").  A question of one telling word is sure when one of
 * the entry's questions holds it and most of its other words ("will it
 * hurt").  Else a common word
 * meets a text by luck ("what should i wear" and the keyword "cartilage
 * wear"; "is acupuncture safe when pregnant" and "Is acupuncture safe?").
 */
/* The naming values of an entry weighed together, at most. */
#define MAX_NAMES 64

unsigned long
judge_strong(const struct search_result *res, unsigned long held,
    unsigned long about, const struct name_units *nm, size_t nnm,
    int *in_one_name)
{
	unsigned long strong = 0, telling = telling_units_only(res), asked;
	unsigned long telling_only = telling, in, health, words;
	unsigned long plain;
	unsigned long names[MAX_NAMES];
	size_t u, i, k, nnames;
	int one, some;

	for (u = 0; u < res->nunits; u++)
		if ((held & telling & 1UL << u) && !res->units[u].common)
			strong |= 1UL << u;
	/*
	 * A word of health (pain, bruising) is not there by luck, however
	 * common, when the entry is about it: in a name, an alias, a keyword
	 * or its summary (a question it answers may hold it beside another
	 * question's words: "How soon might I notice relief?" does not say
	 * how long relief lasts).  One most entries are about ("acupuncture",
	 * "hip") says what is asked only in a question of words of health
	 * alone ("hip pain"): beside another word ("what should I wear to
	 * acupuncture") it says nothing of which entry answers.
	 */
	for (u = 0, asked = 0, health = 0, words = 0; u < res->nunits; u++) {
		/* Pointers too; not a circumstance no entry holds ("when I
		 * walk"), which is no part of what is asked. */
		if (unit_active(res, u) && !res->units[u].stop &&
		    !(res->units[u].circumstance && res->units[u].df == 0))
			words |= 1UL << u;
		if (unit_counts(res, u)) {
			asked |= 1UL << u;
			if (res->units[u].health)
				health |= 1UL << u;
		}
	}
	/* ... and of those one not in every entry: "acupuncture" alone tells
	 * none apart ("when was acupuncture invented"). */
	for (u = 0, some = 0; u < res->nunits; u++)
		if ((health & 1UL << u) && res->units[u].df < res->nentries)
			some = 1;
	for (u = 0; u < res->nunits; u++)
		if ((held & about & health & 1UL << u) &&
		    ((telling & 1UL << u) || (health == words && some)))
			strong |= 1UL << u;
	one = bits(telling) == 1;	/* one telling word, not a general one */
	/* Every word of the question in one entry, two or more of them no
	 * circumstance and one telling entries apart (words most entries
	 * hold, beside what a pointer points to, say nothing: "acupressure
	 * for hip pain"), and each of its words of health one the entry is
	 * about: no luck makes such a meeting ("do i need to check with a
	 * doctor first"); but "how long does pain relief last" is not
	 * answered by an entry that holds "relief" in a sentence of when it
	 * comes. */
	for (u = 0, plain = asked; u < res->nunits; u++)
		if (res->units[u].circumstance)
			plain &= ~(1UL << u);
	if (bits(plain) >= 2 && (plain & telling) && (held & asked) == asked &&
	    (health & ~about) == 0)
		strong |= asked;
	telling = telling_units(res);	/* "hip pain": all general */
	*in_one_name = 0;
	/* No name can hold what the entry does not: most hits of a long
	 * database hold one word, and reading their names would cost (the
	 * names are kept for the entries that may need them: units_wide). */
	if (bits(held & telling) < 2 && !((one || one_phrase(res, telling)) &&
	    (held & telling & ~strong)) &&
	    (bits(asked) < 2 || (held & asked) != asked))
		return strong;
	for (i = 0, nnames = 0; i < nnm; i++) {
		in = nm[i].in;
		if (bits(asked) >= 2 && (in & asked) == asked)
			*in_one_name = 1;
		if (nnames < MAX_NAMES && (in & asked & telling_only))
			names[nnames++] = in & asked;
		in &= telling;
		if ((bits(in) >= 2 && bits(in) * 2 > bits(telling)) ||
		    (in == telling && one_phrase(res, in)) ||
		    (nm[i].field == FIELD_ASK && in != 0 && one && nm[i].alike))
			strong |= in;
	}
	/* Two of its names, aliases, keywords or questions that hold every
	 * word of the question between them, a telling word in each: the
	 * entry names what is asked ("how long is an appointment": "How long
	 * is a session?" and "appointments").  Three or more may hold words
	 * of other questions ("how long does relief last": "How soon might I
	 * notice relief?", "How long does each visit last?"). */
	for (i = 0; i < nnames && bits(asked) >= 2; i++)
		for (k = i + 1; k < nnames; k++)
			if ((names[i] | names[k]) == asked)
				strong |= asked & telling_only;
	return strong;
}

/* Does a word that an entry holds, and no circumstance, come before
 * unit u: has the question said what it asks? */
static int
asked_before(const struct search_result *res, size_t u)
{
	size_t k;

	for (k = 0; k < u; k++)
		if (unit_active(res, k) && !res->units[k].stop &&
		    !res->units[k].circumstance && res->units[k].df > 0)
			return 1;
	return 0;
}

/* Is unit u's word an earlier missing unit's?  Each is named once. */
static int
named_before(const struct search_result *res, size_t u)
{
	const struct word *w = &res->words[res->units[u].at];
	size_t k;

	for (k = 0; k < u; k++)
		if (res->units[k].missing &&
		    strcmp(res->words[res->units[k].at].fold, w->fold) == 0)
			return 1;
	return 0;
}

/*
 * Name the meaningful units that no entry holds.  If some are, and every
 * unit that was found is held by more than half of the entries ("hip",
 * "acupuncture"), the results would rank entries by words that tell them
 * apart from nothing: the question is not covered.
 */
void
judge_missing(struct search_result *res)
{
	size_t u;
	int specific = 0;

	res->nmissing = 0;
	for (u = 0; u < res->nunits; u++) {
		struct search_unit *un = &res->units[u];

		un->missing = unit_active(res, u) && !un->stop && un->df == 0 &&
		    !named_before(res, u);
		/* Walking, my mum, at night: who or when, not what is asked,
		 * once what is asked has been said ("my hip hurts when I
		 * walk"; but "what exercises help"). */
		un->late = asked_before(res, u);
		un->aside = un->missing && un->circumstance && un->late;
		un->missing &= !un->aside;
		res->nmissing += (size_t)un->missing;
		if (unit_active(res, u) && un->df > 0 && un->df * 2 <= res->nentries)
			specific = 1;
	}
	if (res->nmissing > 0 && !specific)
		res->n = 0;
	/* Words too common to search for, and nothing else: nothing asked. */
	res->only_common = 1;
	for (u = 0; u < res->nunits; u++)
		res->only_common &= res->units[u].stop;
	if (res->only_common)
		res->n = 0;
	/* With no answer, a circumstance is one more word no entry holds. */
	for (u = 0; u < res->nunits && res->n == 0; u++)
		if (res->units[u].aside) {
			res->units[u].aside = 0;
			res->units[u].missing = 1;
			res->nmissing++;
		}
}

/*
 * The question's telling words, when one sentence of the entry's summary
 * or body holds them all (two or more): that sentence answers the
 * question ("how often should i go each week" and "often once or twice
 * weekly"), common words or not.  A sentence that holds only some of
 * them may be about something else ("what foods reduce inflammation").
 */
static unsigned long
sentence_strong(const struct search_result *res, const struct record *e)
{
	unsigned long telling = telling_units(res);
	struct span text, s;
	size_t pos;
	int part;

	if (bits(telling) < 2)
		return 0;
	for (part = 0; part < 2; part++) {
		text = part == 0 ? e->summary : db_text(e->body, res->scratch);
		for (pos = 0; sentence_next(text, &pos, &s);)
			if ((units_in(res, s) & telling) == telling)
				return telling;
	}
	return 0;
}

/*
 * How sure each hit is (see enum search_level): surely held units, and
 * no more missing than those.  A missing word that is no English word
 * ("warfarin") always carries meaning the answer lacks.  The missing
 * words are said to the person only when the first answer is not sure:
 * a sure answer does not need "scary".
 */
int
judge_answers(struct db *db, struct search_result *res)
{
	size_t i, u, unknown = 0;
	long k;

	/* A missing word that is no English word ("warfarin"), or a word of
	 * health ("numb"), always carries meaning the answer lacks. */
	for (u = 0; u < res->nunits; u++)
		unknown += res->units[u].missing && (res->units[u].unknown ||
		    res->units[u].health);

	for (i = 0; i < res->n; i++) {
		struct search_hit *h = &res->hits[i];
		size_t sure, telling;

		/* Reading sentences costs: only for the results shown. */
		if (i < SEARCH_JUDGED) {
			if ((k = db_hold(db, h->ordinal)) < 0)
				return -1;
			h->strong |= sentence_strong(res, &db->entries[k]);
		}
		sure = bits(h->strong);
		/* Against a missing word, only the held words that tell
		 * entries apart weigh: "hip" and "pain" are in every entry. */
		telling = bits(h->strong & telling_units_only(res));

		h->level = sure == 0 || unknown > 0 ||
		    (res->nmissing > 0 && res->nmissing >= telling) ?
		    SEARCH_CLOSEST : SEARCH_ANSWERED;
	}
	judge_query(res);
	return 0;
}

/* The query's level is its first hit's; the words named and the pointers
 * said follow from it. */
void
judge_query(struct search_result *res)
{
	size_t u;

	res->level = res->n == 0 ? SEARCH_NOT_COVERED : res->hits[0].level;
	res->nsaid = res->npointers = 0;
	for (u = 0; u < res->nunits; u++) {
		struct search_unit *un = &res->units[u];

		un->said = un->missing && res->level != SEARCH_ANSWERED;
		res->nsaid += (size_t)un->said;
		res->npointers += un->pointer && un->df > 0 && res->n > 0;
	}
}
