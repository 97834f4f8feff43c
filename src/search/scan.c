/* scan.c - the text of the entries scanned as grep scans a file: where a
 * word's letters are, in which entry and field; and the Term check that
 * needs every entry's words. */
#include <stddef.h>
#include <string.h>

#include "../base/mem.h"
#include "../data/rec.h"
#include "scan.h"
#include "words.h"

/* The entry whose bytes hold offset off of the text, or -1. */
static long
entry_at(const struct db *db, size_t off)
{
	size_t lo = 0, hi = db->nentries, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (db->entries[mid].end <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < db->nentries && db->entries[lo].start <= off ? (long)lo : -1;
}

/* A place scan_places found, in its entry. */
struct place_scan {
	const struct db *db;
	int (*found)(void *arg, size_t entry, const char *at);
	void *arg;
};

static int
place_in_entry(void *arg, const char *at)
{
	const struct place_scan *ps = arg;
	long e = entry_at(ps->db, (size_t)(at - ps->db->text.p));

	return e >= 0 ? ps->found(ps->arg, (size_t)e, at) : 0;
}

int
scan_places(const struct db *db, const char *needle, size_t n,
    int (*found)(void *arg, size_t entry, const char *at), void *arg)
{
	struct place_scan ps;
	struct span text;

	ps.db = db;
	ps.found = found;
	ps.arg = arg;
	text.p = db->text.p;
	text.len = db->text.len;
	return text_find_folded(text, needle, n, place_in_entry, &ps);
}

static int
span_holds(struct span s, const char *at)
{
	return at >= s.p && at < s.p + s.len;
}

int
scan_field_at(const struct db *db, const struct record *e, const char *at)
{
	size_t i;
	int f;

	for (f = 0; f < NFIELDS; f++)
		for (i = 0; i < db_field_count(e, f); i++)
			if (span_holds(db_field(db, e, f, i), at))
				return f;
	return -1;
}

int
scan_word_at(const struct db *db, const char *at, struct word *w)
{
	struct span rest;
	size_t pos = 0;

	rest.p = at;
	rest.len = (size_t)(db->text.p + db->text.len - at);
	if (rest.len > 4 * WORD_MAX)
		rest.len = 4 * WORD_MAX;
	return word_next(rest, &pos, w);
}

int
scan_entry_words(const struct db *db, const struct record *e,
    struct db_scratch *scratch,
    int (*fn)(void *arg, int field, const struct word *w), void *arg)
{
	struct word w;
	size_t i, pos;
	int f, rc;

	for (f = 0; f < NFIELDS; f++)
		for (i = 0; i < db_field_count(e, f); i++) {
			struct span v = db_text(db_field(db, e, f, i), scratch);

			for (pos = 0; word_next(v, &pos, &w);)
				if ((rc = fn(arg, f, &w)) != 0)
					return rc;
		}
	return 0;
}

/* A word's stem sought in the entries, for the Term check. */
struct stem_search {
	const struct db *db;
	const char *stem;
	size_t len;
	struct db_scratch *scratch;
};

/* A word of an entry: has it the stem?  1 ends the reading. */
static int
has_stem(void *arg, int field, const struct word *w)
{
	const struct stem_search *ss = arg;

	(void)field;
	return w->stemlen == ss->len && memcmp(w->stem, ss->stem, ss->len) == 0;
}

/* Does some word of entry e's searchable fields have the stem? */
static int
entry_has_stem(struct stem_search *ss, const struct record *e)
{
	return scan_entry_words(ss->db, e, ss->scratch, has_stem, ss);
}

/* A place holding the stem's first letters: does its entry hold the
 * word?  1 ends the scan: one holder is enough. */
static int
entry_holds_stem(void *arg, size_t entry, const char *at)
{
	struct stem_search *ss = arg;

	(void)at;
	return entry_has_stem(ss, &ss->db->entries[entry]);
}

/* Does some entry hold a word with this stem?  Only entries whose bytes
 * hold its first letters (the last may have changed) are split into
 * words, and the first that holds it ends the search. */
static int
some_entry_has_stem(const struct db *db, const char *stem, size_t len,
    struct db_scratch *scratch)
{
	struct stem_search ss;
	size_t i;

	ss.db = db;
	ss.stem = stem;
	ss.len = len;
	ss.scratch = scratch;
	if (scan_places(db, stem, len > 1 ? len - 1 : len, entry_holds_stem, &ss) > 0)
		return 1;
	/* Where a join splits a word, the text does not hold it whole. */
	for (i = 0; i < db->nentries; i++)
		if (db->entries[i].split && entry_has_stem(&ss, &db->entries[i]))
			return 1;
	return 0;
}

/* The words of the Terms' targets, each found in some entry or not yet,
 * as the entries go by. */
struct term_check {
	struct db_scratch *scratch;
	unsigned char *found;		/* a flag a word, Term by Term */
	size_t nwords, left;
};

/* Each word of each Term's target, in order: call fn(arg, t, word, k),
 * k counting the words of all. */
static size_t
each_target_word(const struct db *db, void (*fn)(void *arg,
    const struct record *t, const struct word *w, size_t k), void *arg)
{
	struct word w;
	size_t i, pos, k = 0;

	for (i = 0; i < db->nterms; i++)
		for (pos = 0; word_next(db_term_target(&db->terms[i]), &pos, &w); k++)
			if (fn)
				fn(arg, &db->terms[i], &w, k);
	return k;
}

/* What look_for_word needs: the check and the window. */
struct term_look {
	struct term_check *tc;
	const struct db *window;
};

static void
look_for_word(void *arg, const struct record *t, const struct word *w,
    size_t k)
{
	struct term_look *tl = arg;

	(void)t;
	if (!tl->tc->found[k] && some_entry_has_stem(tl->window, w->stem,
	    w->stemlen, tl->tc->scratch)) {
		tl->tc->found[k] = 1;
		tl->tc->left--;
	}
}

/* A window of entries: the words it holds are found; 1 when all are. */
static int
check_window(void *arg, const struct db *db, const struct db *window)
{
	struct term_look tl;

	tl.tc = arg;
	tl.window = window;
	each_target_word(db, look_for_word, &tl);
	return tl.tc->left == 0;
}

int
scan_check_terms(struct db *db)
{
	struct term_check tc;
	struct buf q;
	struct word w;
	size_t i, pos, k = 0, n;
	int bad = 0, rc;

	memset(&tc, 0, sizeof tc);
	tc.nwords = tc.left = each_target_word(db, NULL, NULL);
	if ((tc.scratch = mem_alloc(sizeof *tc.scratch)) == NULL ||
	    (tc.found = mem_alloc(tc.nwords + 1)) == NULL) {
		mem_free(tc.scratch);
		db->oom = 1;
		return -1;
	}
	memset(tc.found, 0, tc.nwords + 1);
	/* One walk over the entries, which ends when every word is found. */
	rc = tc.left > 0 ? db_walk(db, check_window, &tc) : 0;
	for (i = 0; rc == 0 && i < db->nterms; i++) {
		const struct record *t = &db->terms[i];
		struct span target = db_term_target(t);
		const char *kind = t->means.p ? "means" : "points to";

		for (pos = 0, n = 0; word_next(target, &pos, &w); n++, k++) {
			if (tc.found[k])
				continue;
			db_diag(db, t->line, "Term %s '%s', but no entry holds "
			    "that word", kind, buf_quote(&q, w.raw, REC_QUOTE_SIZE));
			bad = 1;
		}
		if (n == 0) {
			db_diag(db, t->line, "Term %s '%s', which holds no word",
			    kind, buf_quote(&q, target, REC_QUOTE_SIZE));
			bad = 1;
		}
	}
	mem_free(tc.found);
	mem_free(tc.scratch);
	db_sort_diags(db);
	return rc < 0 || bad ? -1 : 0;
}
