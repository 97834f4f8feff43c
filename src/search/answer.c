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

struct span
search_best_sentence(const struct search_result *res, const struct record *e,
    struct db_scratch *scratch)
{
	struct span best = e->summary, text, s;
	double best_score = 0, sc;
	size_t pos;
	int part;

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
