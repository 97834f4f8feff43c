/* show.c - the commands that print entries: by topic, by id, by search. */
#include <stdio.h>
#include <string.h>

#include "../data/embedded.h"
#include "../search/lookup.h"
#include "../base/mem.h"
#include "../term/terminal.h"
#include "show.h"

#define MAX_SUGGESTIONS 3

static int
print_entries(struct ctx *c, const size_t *idx, size_t n)
{
	ctx_print(c, DOC_ENTRIES, idx, n, NULL);
	return EXIT_FOUND;
}

static int search_and_show(struct ctx *c, size_t topic, int argc, char **argv);

/* "did you mean 'a', 'b' or 'c'?" on stderr, if anything is close. */
static void
suggest(struct ctx *c, size_t topic, const char *name)
{
	struct span near[MAX_SUGGESTIONS];
	struct buf line;
	struct buf e;
	size_t n, i;

	/* An option or a single letter is close to everything: no guess. */
	if (name[0] == '-' || strlen(name) < 2)
		return;
	n = lookup_suggest(&c->db, topic, span_from(name), near, MAX_SUGGESTIONS);
	if (n == 0)
		return;
	buf_init(&line);
	buf_puts(&line, "did you mean");
	for (i = 0; i < n; i++)
		buf_printf(&line, "%s'%s'", i == 0 ? " " : i + 1 == n ? " or " : ", ",
		    msg_quote_span(&e, near[i]));
	msg_warn(&c->msg, "%s?", buf_failed(&line) ? MEM_OUT_OF_MEMORY :
	    buf_str(&line));
	buf_free(&line);
}

/*
 * No entry of the topic has this name.  The topic word and the name may
 * be one name ("session length"); a name of another topic says where it
 * is; anything else is searched for, within the topic first.
 */
static int
no_such_name(struct ctx *c, size_t topic, int argc, char **argv,
    const char *name)
{
	const struct record *t = &c->db.topics[topic];
	struct lookup whole, elsewhere;
	struct buf e;
	char *full;
	int rc;

	if ((full = mem_alloc(t->id.len + strlen(name) + 2)) == NULL)
		return out_of_memory(c);
	memcpy(full, t->id.p, t->id.len);
	full[t->id.len] = ' ';
	strcpy(full + t->id.len + 1, name);
	lookup_name(&c->db, topic, span_from(full), 0, &whole);
	mem_free(full);
	if (whole.nmatches == 1)
		return print_entries(c, whole.matches, 1);
	lookup_name(&c->db, LOOKUP_ANY_TOPIC, span_from(name), 0, &elsewhere);
	if (elsewhere.nmatches > 0) {
		const struct record *en = &c->db.entries[elsewhere.matches[0]];
		const struct record *et = &c->db.topics[en->topic_index];

		msg_warn(&c->msg, "no %.*s named '%s'", (int)t->id.len, t->id.p, msg_quote(&e, name));
		msg_warn(&c->msg, "'%s' is a %.*s: hipacu %.*s %.*s", buf_str(&e),
		    (int)et->id.len, et->id.p, (int)et->id.len, et->id.p,
		    (int)en->id.len, en->id.p);
		/* JSON readers get an array even when nothing matched. */
		print_entries(c, NULL, 0);
		return EXIT_NONE;
	}
	msg_warn(&c->msg, "no %.*s entry named '%s'; searching for it", (int)t->id.len,
	    t->id.p, msg_quote(&e, name));
	if ((rc = search_and_show(c, topic, argc, argv)) != EXIT_NONE)
		return rc;
	suggest(c, topic, name);
	msg_warn(&c->msg, "'hipacu %.*s' lists them all", (int)t->id.len, t->id.p);
	return EXIT_NONE;
}

/* A prefix of several entries' names ("hipacu condition hip"): list them,
 * as the topic does, so that the person can pick one. */
static int
ambiguous(struct ctx *c, size_t topic, const char *name,
    const struct lookup *l)
{
	const struct record *t = &c->db.topics[topic];
	size_t n = l->nmatches < LOOKUP_MAX ? l->nmatches : LOOKUP_MAX;
	char footer[120];
	struct buf e;

	msg_warn(&c->msg, "'%s' could be any of %lu entries%s", msg_quote(&e, name),
	    (unsigned long)l->nmatches, l->nmatches > LOOKUP_MAX ?
	    "; the first ones are shown" : "");
	snprintf(footer, sizeof footer, "Read one: hipacu %.*s NAME",
	    (int)t->id.len, t->id.p);
	ctx_print(c, DOC_LIST, l->matches, n, footer);
	return EXIT_FOUND;
}

int
cmd_topic(struct ctx *c, size_t topic, int argc, char **argv)
{
	const struct record *t = &c->db.topics[topic];
	struct lookup l;
	size_t *idx, n = 0, i;
	char *name, footer[120];
	int rc;

	if (argc == 0) {
		if ((idx = mem_alloc(t->nentries * sizeof *idx)) == NULL)
			return out_of_memory(c);
		for (i = db_topic_next(&c->db, topic, 0); i < c->db.nentries;
		    i = db_topic_next(&c->db, topic, i + 1))
			idx[n++] = i;
		snprintf(footer, sizeof footer, "Read one: hipacu %.*s NAME",
		    (int)t->id.len, t->id.p);
		ctx_print(c, t->full ? DOC_ENTRIES : DOC_LIST, idx, n,
		    t->full ? NULL : footer);
		mem_free(idx);
		return n ? EXIT_FOUND : EXIT_NONE;
	}
	if ((name = join_words(argc, argv)) == NULL)
		return out_of_memory(c);
	lookup_name(&c->db, topic, span_from(name), 1, &l);
	if (l.nmatches == 1)
		rc = print_entries(c, l.matches, 1);
	else if (l.nmatches == 0)
		rc = no_such_name(c, topic, argc, argv, name);
	else
		rc = ambiguous(c, topic, name, &l);
	mem_free(name);
	return rc;
}

int
cmd_topics(struct ctx *c, int argc, char **argv)
{
	(void)argv;
	if (argc > 0) {
		return usage(c, "topics", argc, argv, "topics takes no arguments");
	}
	ctx_print(c, DOC_TOPICS, NULL, 0, NULL);
	return EXIT_FOUND;
}

int
cmd_overview(struct ctx *c)
{
	ctx_print(c, DOC_REFERENCE, NULL, 0, NULL);
	return EXIT_FOUND;
}

int
cmd_list(struct ctx *c, int argc, char **argv)
{
	size_t *idx, n = 0, i;
	long topic = -1;
	struct buf e;

	if (argc > 1) {
		return usage(c, "list", argc, argv, "list takes at most one topic");
	}
	/* A file that streams: what a list shows of each entry is kept. */
	if (db_hold_all(&c->db, c->format->lists_whole) < 0) {
		report_db_errors(c, &c->db);
		return EXIT_TROUBLE;
	}
	if (argc == 1 && (topic = topic_by_word(&c->db, argv[0])) < 0) {
		return usage(c, "list", argc, argv, "no topic named '%s'; 'hipacu "
		    "topics' lists them", msg_quote(&e, argv[0]));
	}
	if ((idx = mem_alloc(c->db.nentries * sizeof *idx)) == NULL)
		return out_of_memory(c);
	/* Grouped by topic, in the topics' order. */
	for (i = 0; i < c->db.ntopics; i++) {
		size_t k;

		if (topic >= 0 && (size_t)topic != i)
			continue;
		for (k = db_topic_next(&c->db, i, 0); k < c->db.nentries;
		    k = db_topic_next(&c->db, i, k + 1))
			idx[n++] = k;
	}
	ctx_print(c, DOC_LIST, idx, n, "Read one: hipacu show ID");
	mem_free(idx);
	return n ? EXIT_FOUND : EXIT_NONE;
}

int
cmd_show(struct ctx *c, int argc, char **argv)
{
	size_t *idx, n = 0;
	int i, missing = 0;
	struct buf e;
	long k;

	if (argc == 0) {
		return usage(c, "show", 0, NULL, "show needs an entry id, as in "
		    "'hipacu show bursitis'");
	}
	if ((idx = mem_alloc((size_t)argc * sizeof *idx)) == NULL)
		return out_of_memory(c);
	for (i = 0; i < argc; i++) {
		if ((k = db_find_entry(&c->db, span_from(argv[i]))) >= 0) {
			idx[n++] = (size_t)k;
			continue;
		}
		msg_warn(&c->msg, "no entry with id '%s'", msg_quote(&e, argv[i]));
		suggest(c, LOOKUP_ANY_TOPIC, argv[i]);
		missing = 1;
	}
	/* JSON readers get an array even when nothing matched. */
	print_entries(c, idx, n);
	mem_free(idx);
	return missing ? EXIT_NONE : EXIT_FOUND;
}

struct english_words
known_words(void)
{
	struct english_words known;

	known.english.p = embedded_words;
	known.english.len = embedded_words_len;
	known.common.p = embedded_common;
	known.common.len = embedded_common_len;
	known.health.p = embedded_health;
	known.health.len = embedded_health_len;
	known.circumstance.p = embedded_circumstance;
	known.circumstance.len = embedded_circumstance_len;
	return known;
}

/*
 * What the search made of the words, on stderr, in short lines for
 * scripts: its notes, and how sure the answer is when it is not.  When a
 * person reads the text on a terminal, what the text says above its
 * results (a pointer's note, the caveat) is not said a second time.
 */
static void
report_search(struct ctx *c, const struct doc_results *r)
{
	const char *see = db_find_entry(&c->db, span_from(ADVICE_DOCTOR_ID)) >= 0 ?
	    " (" ADVICE_SHOW_DOCTOR ")" : "";
	int read_above = c->format->terminal && r->n > 0 && terminal_stdout();
	size_t i;

	if (r->only_common) {
		/* Nothing was asked: say how to ask, as a usage error does. */
		msg_notice(&c->msg, "every word is too common to search for: ask "
		    "with the words of your question, as in 'hipacu search "
		    "dizzy'");
		return;
	}
	for (i = 0; i < r->nnotes; i++)
		if (!(read_above && r->notes[i].kind == DOC_NOTE_POINTER))
			msg_notice(&c->msg, "%.*s", (int)r->notes[i].text.len,
			    r->notes[i].text.p);
	if (r->level == DOC_CLOSEST && read_above)
		return;
	if (r->level == DOC_CLOSEST)
		msg_notice(&c->msg, "closest match only, not a sure answer: "
		    ADVICE_ASK "%s", see);
	else if (r->level == DOC_NOT_COVERED)
		msg_notice(&c->msg, "the article does not cover this: please "
		    ADVICE_ASK "%s", see);
}

/* How many results text output shows; --all shows every one. */
#define SEARCH_SHOWN 5

/*
 * Search for the words, within one topic first when topic is not
 * LOOKUP_ANY_TOPIC; print the results and report what matched nothing.
 */
static int
search_and_show(struct ctx *c, size_t topic, int argc, char **argv)
{
	struct doc_results r;
	struct english_words known = known_words();
	struct span *words;
	char *all, footer[200];
	struct buf e;
	size_t shown;
	int i, rc;

	if ((words = mem_alloc((size_t)argc * sizeof *words)) == NULL)
		return out_of_memory(c);
	for (i = 0; i < argc; i++)
		words[i] = span_from(argv[i]);
	shown = c->all ? (size_t)-1 : SEARCH_SHOWN;
	rc = doc_search(&r, &c->db, &known, words, (size_t)argc,
	    topic == LOOKUP_ANY_TOPIC ? DOC_ANY_TOPIC : topic, shown);
	mem_free(words);
	if (rc < 0) {
		report_db_errors(c, &c->db);
		return EXIT_TROUBLE;
	}
	if (r.nwords == 0) {
		doc_results_free(&r);
		all = join_words(argc, argv);
		rc = usage(c, "search", 0, NULL, "nothing to search for: '%s' "
		    "holds no words", all ? msg_quote(&e, all) : "");
		mem_free(all);
		return rc;
	}
	report_search(c, &r);
	if ((all = join_words(argc, argv)) == NULL) {
		doc_results_free(&r);
		return out_of_memory(c);
	}
	if (shown > r.n)
		shown = r.n;
	if (r.n > shown)
		snprintf(footer, sizeof footer, "%lu more matched; to see them "
		    "all:\n    hipacu search --all %s",
		    (unsigned long)(r.n - shown), msg_quote(&e, all));
	/* A document says what was asked. */
	rc = ctx_print_results(c, &r, all, shown, r.n > shown ? footer : NULL) < 0 ?
	    EXIT_TROUBLE : r.n ? EXIT_FOUND : EXIT_NONE;
	mem_free(all);
	doc_results_free(&r);
	return rc;
}

int
cmd_search(struct ctx *c, int argc, char **argv)
{
	if (argc == 0) {
		return usage(c, "search", 0, NULL, "search needs words, as in "
		    "'hipacu search dizzy'");
	}
	return search_and_show(c, LOOKUP_ANY_TOPIC, argc, argv);
}

/* Not a command: an exact name shows its entries, anything else is searched. */
int
cmd_words(struct ctx *c, int argc, char **argv)
{
	struct lookup l;
	struct buf e;
	char *name;

	if ((name = join_words(argc, argv)) == NULL)
		return out_of_memory(c);
	lookup_name(&c->db, LOOKUP_ANY_TOPIC, span_from(name), 0, &l);
	if (l.nmatches > LOOKUP_MAX)
		msg_warn(&c->msg, "%lu entries are named '%s'; the first %d are shown",
		    (unsigned long)l.nmatches, msg_quote(&e, name), LOOKUP_MAX);
	mem_free(name);
	if (l.nmatches > 0)
		return print_entries(c, l.matches,
		    l.nmatches < LOOKUP_MAX ? l.nmatches : LOOKUP_MAX);
	return search_and_show(c, LOOKUP_ANY_TOPIC, argc, argv);
}

