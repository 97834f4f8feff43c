/* results.c - a search's results as a reader sees them: its hits, its
 * level, the caveat and the notes in words, the snippets and their bold. */
#include <string.h>

#include "../base/mem.h"
#include "../base/cmdline.h"
#include "advice.h"
#include "results.h"

/* How much of a word typed the caveat quotes: the rest is cut, "...". */
#define CAVEAT_QUOTE_SIZE 80

/* The level a reader is told, from search's. */
static enum doc_level
level_of(enum search_level level)
{
	return level == SEARCH_ANSWERED ? DOC_ANSWERED :
	    level == SEARCH_CLOSEST ? DOC_CLOSEST : DOC_NOT_COVERED;
}

/* A word as typed, escaped and in quotes, into the caveat. */
static void
add_quoted(struct buf *b, struct span s)
{
	buf_putc(b, '\'');
	buf_add_line(b, s.p, s.len, CAVEAT_QUOTE_SIZE);
	buf_putc(b, '\'');
}

/* The caveat's sentences, one after another. */
static void
next_sentence(struct buf *b, size_t start)
{
	if (b->len > start)
		buf_putc(b, ' ');
}

/* The words no entry mentions, said when the answer is not sure. */
static void
say_missing(struct buf *b, const struct search_result *res)
{
	size_t u, said = 0;

	for (u = 0; u < res->nunits; u++) {
		if (!res->units[u].said)
			continue;
		buf_puts(b, said == 0 ? "The article does not mention " :
		    said + 1 == res->nsaid ? " or " : ", ");
		add_quoted(b, res->units[u].raw);
		if (++said == res->nsaid)
			buf_putc(b, '.');
	}
}

/* What a person must read first (see results.h), into r->said. */
static void
say_caveat(struct doc_results *r, size_t *at, size_t *len)
{
	const struct search_result *res = &r->search;
	struct buf *b = &r->said;
	size_t start = b->len;

	say_missing(b, res);
	if (res->level == SEARCH_NOT_COVERED) {
		next_sentence(b, start);
		buf_puts(b, res->nsaid ? "It does not cover this question: "
		    "please " ADVICE_ASK "." : "The article does not cover "
		    "this question: please " ADVICE_ASK ".");
	} else if (res->level == SEARCH_CLOSEST) {
		next_sentence(b, start);
		buf_puts(b, "These entries are only the closest the article "
		    "has, not a sure answer: if they do not answer your "
		    "question, please " ADVICE_ASK ".");
	}
	*at = start;
	*len = b->len - start;
}

/* A word or phrase as typed, its words joined by single spaces (they may
 * come from several arguments), quoted for a message. */
static void
say_typed(struct buf *b, const struct search_result *res,
    const struct search_unit *un)
{
	struct buf q;
	size_t i;

	buf_putc(b, '\'');
	for (i = 0; i < un->nwords; i++) {
		buf_puts(b, i ? " " : "");
		buf_puts(b, buf_quote(&q, res->words[un->at + i].raw,
		    BUF_QUOTE_SIZE));
	}
	buf_putc(b, '\'');
}

/* One note and its words, into r->said, right after the one before. */
static void
say_note(struct doc_results *r, enum doc_note_kind kind,
    const struct search_unit *un)
{
	const struct search_result *res = &r->search;
	struct doc_note *note = &r->notes[r->nnotes++];
	struct buf *b = &r->said;
	struct buf q;
	size_t start = b->len;

	note->kind = kind;
	switch (kind) {
	case DOC_NOTE_DROPPED:
		buf_printf(b, "only the first %d words are searched",
		    SEARCH_MAX_WORDS);
		break;
	case DOC_NOTE_READ_AS:
		buf_printf(b, "reading '%s' as '%s'",
		    buf_quote(&q, un->raw, BUF_QUOTE_SIZE), res->words[un->at].fold);
		break;
	case DOC_NOTE_SHORT_FOR:
		buf_printf(b, "taking '%s' as short for '%s'",
		    buf_quote(&q, un->raw, BUF_QUOTE_SIZE), res->words[un->at].fold);
		break;
	case DOC_NOTE_POINTER:
		buf_puts(b, "the article does not mention ");
		say_typed(b, res, un);
		buf_printf(b, "; the nearest it has is '%s'", buf_quote(&q,
		    r->db->terms[un->term_record].nearest, BUF_QUOTE_SIZE));
		break;
	case DOC_NOTE_ASIDE:
		buf_printf(b, "the article says nothing of '%s' in particular",
		    buf_quote(&q, un->raw, BUF_QUOTE_SIZE));
		break;
	case DOC_NOTE_MISSING:
		buf_printf(b, "no entry mentions '%s'",
		    buf_quote(&q, un->raw, BUF_QUOTE_SIZE));
		break;
	}
	note->text.len = b->len - start;
}

/* The kind of note unit un gets, if any, in pass (readings, pointers and
 * circumstances, missing words); -1 for none. */
static int
note_of(const struct search_result *res, const struct search_unit *un,
    int pass)
{
	switch (pass) {
	case 0:
		return !un->corrected ? -1 : un->expanded ? DOC_NOTE_SHORT_FOR :
		    DOC_NOTE_READ_AS;
	case 1:
		return un->pointer && un->df > 0 && res->n > 0 ? DOC_NOTE_POINTER :
		    un->aside ? DOC_NOTE_ASIDE : -1;
	default:
		return un->said ? DOC_NOTE_MISSING : -1;
	}
}

/* The notes, in the order said: words dropped, words read as others, the
 * nearest things pointers point to and the circumstances, then the words
 * no entry mentions; then the caveat.  0, or -1. */
static int
say(struct doc_results *r)
{
	const struct search_result *res = &r->search;
	size_t at = r->said.len, caveat_at, u, i;
	int pass, kind;

	r->nnotes = 0;
	if (res->dropped)
		say_note(r, DOC_NOTE_DROPPED, NULL);
	for (pass = 0; pass < 3; pass++)
		for (u = 0; u < res->nunits; u++)
			if ((kind = note_of(res, &res->units[u], pass)) >= 0)
				say_note(r, (enum doc_note_kind)kind, &res->units[u]);
	say_caveat(r, &caveat_at, &r->caveat.len);
	if (buf_failed(&r->said))
		return -1;
	/* The text is whole: only now do its places hold still.  The notes
	 * lie one after another from where the first began. */
	for (i = 0; i < r->nnotes; i++) {
		r->notes[i].text.p = buf_str(&r->said) + at;
		at += r->notes[i].text.len;
	}
	r->caveat.p = buf_str(&r->said) + caveat_at;
	return 0;
}

/* Hold the entries that "hipacu show ID..." in text names, which a
 * format may print as their titles.  0, or -1. */
static int
hold_named(struct db *db, struct span text)
{
	struct span cmd, w;
	size_t i, n, pos, end;

	for (i = 0; i < text.len; i++) {
		if (text.p[i] != 'h' || (n = command_at(text, i)) == 0)
			continue;
		cmd.p = text.p + i;
		cmd.len = n;
		i += n - 1;
		if (cmd.len < 12 || memcmp(cmd.p, "hipacu show ", 12) != 0)
			continue;
		for (pos = 12; pos < cmd.len; pos = end + 1) {
			for (end = pos; end < cmd.len && cmd.p[end] != ' '; end++)
				;
			w.p = cmd.p + pos;
			w.len = end - pos;
			if (db_hold_id(db, w) == -2)
				return -1;
		}
	}
	return 0;
}

/*
 * Hold what a format reads of entry k besides itself: the entries it
 * links to and names in its text, by their titles.  0, or -1.
 */
static int
hold_around(struct doc_results *r, size_t k)
{
	struct record e;

	if (db_hold_links(r->db, k) < 0)
		return -1;
	/* A copy: holding more moves the entries. */
	e = r->db->entries[k];
	return hold_named(r->db, e.summary) < 0 ||
	    hold_named(r->db, db_text(e.body, r->search.scratch)) < 0 ||
	    hold_named(r->db, db_text(e.note, r->search.scratch)) < 0 ? -1 : 0;
}

/* The reader's copy of the hits from from on, in search's order. */
static void
copy_hits(struct doc_results *r, size_t from)
{
	const struct search_result *res = &r->search;
	size_t i;

	for (i = from; i < r->n; i++) {
		memset(&r->hits[i], 0, sizeof r->hits[i]);
		r->hits[i].entry = (size_t)-1;	/* not held yet */
		r->hits[i].score = res->hits[i].score;
		r->hits[i].level = level_of(res->hits[i].level);
	}
}

int
doc_hold(struct doc_results *r, size_t upto)
{
	size_t ordered = r->search.ordered;
	long k;

	/* Search put the first hits in order: now as many as are read. */
	search_order(&r->search, upto);
	if (r->search.ordered > ordered)
		copy_hits(r, ordered);
	for (; r->held < upto && r->held < r->n; r->held++) {
		if ((k = db_hold(r->db, r->search.hits[r->held].ordinal)) < 0 ||
		    hold_around(r, (size_t)k) < 0)
			return -1;
		r->hits[r->held].entry = (size_t)k;
	}
	return 0;
}

int
doc_fill_snippets(struct doc_results *r, size_t upto)
{
	const struct search_result *res = &r->search;
	struct doc_hit *h;
	struct span s;
	struct word w;
	size_t pos;

	if (doc_hold(r, upto) < 0)
		return -1;
	for (; r->filled < upto && r->filled < r->n; r->filled++) {
		h = &r->hits[r->filled];
		s = search_best_sentence(r->db, res, &r->db->entries[h->entry],
		    res->scratch);
		h->first_mark = r->nmarks;
		for (pos = 0; word_next(s, &pos, &w);) {
			if (!search_matches(res, &w))
				continue;
			if (mem_grow(&r->marks, &r->marks_cap, r->nmarks + 1,
			    sizeof *r->marks) < 0)
				return -1;
			r->marks[r->nmarks].at = (size_t)(w.raw.p - s.p);
			r->marks[r->nmarks].len = w.raw.len;
			r->nmarks++;
		}
		h->nmarks = r->nmarks - h->first_mark;
		/* A copy: the body it may come from is decoded in scratch. */
		h->snippet_at = r->snippets.len;
		h->snippet_len = s.len;
		buf_add(&r->snippets, s.p, s.len);
		if (buf_failed(&r->snippets))
			return -1;
	}
	return 0;
}

struct span
doc_snippet(const struct doc_results *r, size_t i)
{
	struct span s;

	s.p = buf_str(&r->snippets) + r->hits[i].snippet_at;
	s.len = r->hits[i].snippet_len;
	return s;
}

const struct doc_mark *
doc_marks(const struct doc_results *r, size_t i)
{
	/* No mark yet: no array to point into. */
	return r->marks ? r->marks + r->hits[i].first_mark : NULL;
}

int
doc_search(struct doc_results *r, struct db *db,
    const struct english_words *known, const struct span *words,
    size_t nwords, size_t topic, size_t snippets)
{
	const struct search_result *res = &r->search;

	memset(r, 0, sizeof *r);
	r->db = db;
	buf_init(&r->said);
	buf_init(&r->snippets);
	/* Every document and message may point to the doctor's entry. */
	if (search_run(db, known, words, nwords, &r->search) < 0 ||
	    db_hold_id(db, span_from(ADVICE_DOCTOR_ID)) == -2)
		goto fail;
	r->nwords = res->nwords;
	if (res->nwords == 0)
		return 0;
	r->only_common = res->only_common;
	if (topic != DOC_ANY_TOPIC)
		search_keep_topic(db, &r->search, topic);
	r->level = level_of(res->level);
	r->n = res->n;
	if ((r->hits = mem_alloc((r->n ? r->n : 1) * sizeof *r->hits)) == NULL)
		goto fail;
	copy_hits(r, 0);
	if (say(r) < 0 || doc_fill_snippets(r, snippets) < 0)
		goto fail;
	return 0;
fail:
	doc_results_free(r);
	return -1;
}

void
doc_results_free(struct doc_results *r)
{
	search_free(&r->search);
	mem_free(r->hits);
	r->hits = NULL;
	r->n = r->filled = r->held = 0;
	mem_free(r->marks);
	r->marks = NULL;
	r->nmarks = r->marks_cap = 0;
	buf_free(&r->said);
	buf_free(&r->snippets);
}
