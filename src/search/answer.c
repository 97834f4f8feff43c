/* answer.c - the sentence of an entry that best answers the question: the
 * snippet a person reads under each result. */
#include <string.h>

#include "internal.h"

/* Sentences end at '.', '!' or '?' before a blank, or at a line end. */
static size_t
sentence_end(struct span text, size_t i)
{
	while (i < text.len && text.p[i] != '\n') {
		char c = text.p[i++];

		if ((c == '.' || c == '!' || c == '?') &&
		    (i == text.len || text.p[i] == ' ' || text.p[i] == '\n'))
			break;
	}
	return i;
}

int
sentence_next(struct span text, size_t *pos, struct span *s)
{
	size_t i = *pos, end;

	while (i < text.len && (text.p[i] == ' ' || text.p[i] == '\n'))
		i++;
	if (i >= text.len) {
		*pos = i;
		return 0;
	}
	/* Not at a line end: the sentence holds at least one byte. */
	end = sentence_end(text, i);
	s->p = text.p + i;
	s->len = end - i;
	*pos = end;
	return 1;
}

/*
 * How well sentence s answers the query: for each unit of the question
 * it holds, the best weight and idf of its words there, halved for a
 * common word (as in ranking); a unit counts once, whichever of its
 * meanings the sentence holds.
 */
static double
sentence_score(const struct search_result *res, struct span s)
{
	double best[SEARCH_MAX_WORDS] = { 0 }, sum = 0, v;
	struct word w;
	size_t pos = 0, k, u;

	while (word_next(s, &pos, &w))
		for (k = 0; k < res->nsought; k++) {
			u = res->sought[k].unit;
			if (!sought_active(res, k) || !sought_matches(res, k, &w))
				continue;
			v = res->sought[k].weight * res->sought[k].idf;
			if (res->units[u].common)
				v *= COMMON_TEXT_WEIGHT;
			if (v > best[u])
				best[u] = v;
		}
	for (u = 0; u < res->nunits; u++)
		sum += best[u];
	return sum;
}

/*
 * The Ask of e that is the question asked, if one is: one that holds
 * every word of the question that counts, and more than half of all its
 * words, small ones too ("does it hurt" and "Does acupuncture hurt?");
 * of those, the one that shares the most; ties go to the first.  -1 if
 * none is, or it names no answer.
 */
static long
asked(const struct db *db, const struct search_result *res,
    const struct record *e)
{
	unsigned long counted = 0;
	size_t i, k, u, pos, cover, shared, best_cover = 0, best_shared = 0;
	struct span q;
	struct word w;
	long best = -1;

	for (u = 0; u < res->nunits; u++)
		if (unit_active(res, u) && !res->units[u].stop &&
		    !res->units[u].circumstance && !res->units[u].pointer)
			counted |= 1UL << u;
	if (counted == 0)
		return -1;
	for (i = 0; i < e->asks.count; i++) {
		q = db_ask_question(db_value(db, e->asks, i));
		cover = bits(units_in(res, q) & counted);
		if (cover < bits(counted))
			continue;
		for (k = 0, shared = 0; k < res->nwords; k++)
			for (pos = 0; word_next(q, &pos, &w);)
				if (same_stem(&w, &res->words[k])) {
					shared++;
					break;
				}
		if (shared * 2 <= res->nwords)
			continue;
		if (cover > best_cover || (cover == best_cover && shared > best_shared)) {
			best = (long)i;
			best_cover = cover;
			best_shared = shared;
		}
	}
	if (best >= 0 && db_ask_answer(db_value(db, e->asks, (size_t)best)).p == NULL)
		return -1;
	return best;
}

struct span
search_best_sentence(const struct db *db, const struct search_result *res,
    const struct record *e, struct db_scratch *scratch)
{
	struct span best = e->summary, text, s, answer;
	double best_score = 0, sc;
	size_t pos;
	long ask;
	int part;

	/* The question is one the entry answers: the sentence its Ask names. */
	if ((ask = asked(db, res, e)) >= 0) {
		answer = db_ask_answer(db_value(db, e->asks, (size_t)ask));
		for (part = 0; part < 2; part++) {
			text = part == 0 ? e->summary : db_text(e->body, scratch);
			for (pos = 0; sentence_next(text, &pos, &s);)
				if (db_text_holds(s, answer))
					return s;
		}
	}
	for (part = 0; part < 2; part++) {
		text = part == 0 ? e->summary : db_text(e->body, scratch);
		for (pos = 0; sentence_next(text, &pos, &s);)
			if ((sc = sentence_score(res, s)) > best_score) {
				best_score = sc;
				best = s;
			}
	}
	return best;
}
