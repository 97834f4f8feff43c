/* search.c - full-text search over the entries. */
#include <string.h>

#include "mem.h"
#include "search.h"

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Does word occur in s, ignoring ASCII case? */
static int
contains(struct span s, struct span word)
{
	size_t i, j;

	if (word.len == 0)
		return 1;
	for (i = 0; i + word.len <= s.len; i++) {
		for (j = 0; j < word.len; j++)
			if (lower((unsigned char)s.p[i + j]) != lower((unsigned char)word.p[j]))
				break;
		if (j == word.len)
			return 1;
	}
	return 0;
}

static int
list_contains(const struct db *db, struct list l, struct span word)
{
	size_t i;

	for (i = 0; i < l.count; i++)
		if (contains(db_value(db, l, i), word))
			return 1;
	return 0;
}

static int
entry_contains(const struct db *db, const struct record *e, struct span word)
{
	return contains(e->id, word) || contains(e->title, word) ||
	    list_contains(db, e->aliases, word) ||
	    list_contains(db, e->keywords, word) ||
	    contains(e->summary, word) || contains(e->body, word);
}

int
search_run(const struct db *db, const struct span *words, size_t nwords,
    struct search_result *res)
{
	size_t i, w;

	res->n = 0;
	if ((res->entries = mem_alloc(db->nentries * sizeof *res->entries)) == NULL)
		return -1;
	for (i = 0; i < db->nentries; i++) {
		for (w = 0; w < nwords; w++)
			if (!entry_contains(db, &db->entries[i], words[w]))
				break;
		if (w == nwords)
			res->entries[res->n++] = i;
	}
	return 0;
}

void
search_free(struct search_result *res)
{
	mem_free(res->entries);
	res->entries = NULL;
	res->n = 0;
}

/* The sentence of text around offset at: from after the last ". " to the next. */
static struct span
sentence_at(struct span text, size_t at)
{
	size_t start = at, end = at;
	struct span s;

	while (start > 0 && !(text.p[start - 1] == '\n' ||
	    (start >= 2 && text.p[start - 1] == ' ' && text.p[start - 2] == '.')))
		start--;
	while (end < text.len && text.p[end] != '\n' &&
	    !(text.p[end] == '.' && (end + 1 == text.len || text.p[end + 1] == ' ' ||
	    text.p[end + 1] == '\n')))
		end++;
	if (end < text.len && text.p[end] == '.')
		end++;
	s.p = text.p + start;
	s.len = end - start;
	return s;
}

static int
find(struct span s, struct span word, size_t *at)
{
	size_t i, j;

	for (i = 0; i + word.len <= s.len; i++) {
		for (j = 0; j < word.len; j++)
			if (lower((unsigned char)s.p[i + j]) != lower((unsigned char)word.p[j]))
				break;
		if (j == word.len) {
			*at = i;
			return 1;
		}
	}
	return 0;
}

struct span
search_snippet(const struct db *db, const struct record *e,
    const struct span *words, size_t nwords)
{
	size_t w, at;

	(void)db;
	for (w = 0; w < nwords; w++) {
		if (words[w].len == 0)
			continue;
		if (find(e->summary, words[w], &at))
			return sentence_at(e->summary, at);
		if (find(e->body, words[w], &at))
			return sentence_at(e->body, at);
	}
	return e->summary;
}
