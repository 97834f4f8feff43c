/* cmd.c - the commands: each prints its answer and returns an exit status. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "embedded.h"
#include "json.h"
#include "lookup.h"
#include "mem.h"
#include "msg.h"
#include "search.h"

#define MAX_SUGGESTIONS 3

static const char *
safe_span(struct span s)
{
	static char buf[200];

	text_escape(buf, sizeof buf, s.p, s.len);
	return buf;
}

void
report_db_errors(const struct db *db)
{
	size_t i;

	if (db->oom) {
		warnx_("out of memory");
		return;
	}
	for (i = 0; i < db->ndiags && i < DB_MAX_DIAGS; i++)
		warnx_("%s", db->diags[i]);
	if (db->ndiags > DB_MAX_DIAGS)
		warnx_("%s: %lu more problems not shown", db->name,
		    (unsigned long)(db->ndiags - DB_MAX_DIAGS));
}

/* A topic may not be named like a command: the command would hide it. */
static int
check_topic_names(struct db *db)
{
	size_t i;
	int bad = 0;

	for (i = 0; i < db->ntopics; i++) {
		const struct record *t = &db->topics[i];

		if (is_command(t->id.p, t->id.len)) {
			if (db->ndiags < DB_MAX_DIAGS)
				snprintf(db->diags[db->ndiags], DB_DIAG_SIZE,
				    "%s:%lu: topic '%s' has the name of a command",
				    db->name, t->line, safe_span(t->id));
			db->ndiags++;
			bad = 1;
		}
	}
	return bad ? -1 : 0;
}

/* Load path, or the built-in database when path is NULL. */
static int
load(struct db *db, const char *path)
{
	int rc;

	db_init(db);
	if (path)
		rc = db_read_file(db, path);
	else
		rc = db_parse(db, embedded_db, embedded_db_len, embedded_db_name,
		    DB_BUF_BORROWED);
	if (rc == 0)
		rc = check_topic_names(db);
	return rc;
}

int
ctx_load(struct ctx *c)
{
	if (c->loaded)
		return c->loaded < 0 ? -1 : 0;
	if (load(&c->db, c->data) < 0) {
		report_db_errors(&c->db);
		c->loaded = -1;
		return -1;
	}
	c->loaded = 1;
	return 0;
}

long
topic_by_word(const struct db *db, const char *word)
{
	struct span w = span_from(word), id;
	size_t i;

	for (i = 0; i < db->ntopics; i++) {
		id = db->topics[i].id;
		if (span_equal_fold(w, id) || span_equal_fold(w, db->topics[i].title) ||
		    (w.len == id.len + 1 && span_prefix_fold(id, w) &&
		    (w.p[id.len] == 's' || w.p[id.len] == 'S')))
			return (long)i;
	}
	return -1;
}

/* The arguments joined by single spaces, as one name; NULL if out of memory. */
static char *
join_words(int argc, char **argv)
{
	size_t len = 1, o = 0;
	char *s;
	int i;

	for (i = 0; i < argc; i++)
		len += strlen(argv[i]) + 1;
	if ((s = mem_alloc(len)) == NULL)
		return NULL;
	for (i = 0; i < argc; i++) {
		if (i > 0)
			s[o++] = ' ';
		memcpy(s + o, argv[i], strlen(argv[i]));
		o += strlen(argv[i]);
	}
	s[o] = '\0';
	return s;
}

void
suggest_search(int argc, char **argv)
{
	char *words;
	int i, worth = 0;

	/* Options and single letters are no question. */
	for (i = 0; i < argc; i++) {
		if (argv[i][0] == '-')
			return;
		worth |= strlen(argv[i]) > 1;
	}
	if (!worth || (words = join_words(argc, argv)) == NULL)
		return;
	warnx_("to search for these words: hipacu search %s", safe(words));
	mem_free(words);
}

static int
print_entries(struct ctx *c, const size_t *idx, size_t n)
{
	if (c->json)
		json_entries(c->r.out, &c->db, idx, n);
	else
		render_entries(&c->r, &c->db, idx, n);
	return EXIT_FOUND;
}

static int search_words(struct ctx *c, size_t topic, int argc, char **argv);

/* "did you mean 'a', 'b' or 'c'?" on stderr, if anything is close. */
static void
suggest(const struct db *db, size_t topic, const char *name)
{
	struct span near[MAX_SUGGESTIONS];
	char line[400];
	size_t n, i, o;

	n = lookup_suggest(db, topic, span_from(name), near, MAX_SUGGESTIONS);
	if (n == 0)
		return;
	o = (size_t)snprintf(line, sizeof line, "did you mean");
	for (i = 0; i < n && o < sizeof line; i++)
		o += (size_t)snprintf(line + o, sizeof line - o, "%s'%s'",
		    i == 0 ? " " : i + 1 == n ? " or " : ", ", safe_span(near[i]));
	warnx_("%s?", line);
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
	char *full;
	int rc;

	if ((full = mem_alloc(t->id.len + strlen(name) + 2)) == NULL) {
		warnx_("out of memory");
		return EXIT_TROUBLE;
	}
	memcpy(full, t->id.p, t->id.len);
	full[t->id.len] = ' ';
	strcpy(full + t->id.len + 1, name);
	lookup_name(&c->db, topic, span_from(full), 0, &whole);
	mem_free(full);
	if (whole.nmatches == 1)
		return print_entries(c, whole.matches, 1);
	lookup_name(&c->db, LOOKUP_ANY_TOPIC, span_from(name), 0, &elsewhere);
	if (elsewhere.nmatches > 0) {
		const struct record *e = &c->db.entries[elsewhere.matches[0]];
		const struct record *et = &c->db.topics[e->topic_index];

		warnx_("no %.*s named '%s'", (int)t->id.len, t->id.p, safe(name));
		warnx_("'%s' is a %.*s: hipacu %.*s %.*s", safe(name),
		    (int)et->id.len, et->id.p, (int)et->id.len, et->id.p,
		    (int)e->id.len, e->id.p);
		if (c->json)
			print_entries(c, NULL, 0);
		return EXIT_NONE;
	}
	warnx_("no %.*s named '%s'; searching for it", (int)t->id.len, t->id.p,
	    safe(name));
	if ((rc = search_words(c, topic, argc, argv)) != EXIT_NONE)
		return rc;
	suggest(&c->db, topic, name);
	warnx_("'hipacu %.*s' lists them all", (int)t->id.len, t->id.p);
	return EXIT_NONE;
}

static int
ambiguous(struct ctx *c, const char *name, const struct lookup *l)
{
	char line[400];
	size_t i, o = 0;

	line[0] = '\0';
	for (i = 0; i < l->nmatches && i < LOOKUP_MAX && o < sizeof line; i++) {
		struct span id = c->db.entries[l->matches[i]].id;

		o += (size_t)snprintf(line + o, sizeof line - o, "%s%.*s",
		    i ? ", " : "", (int)id.len, id.p);
	}
	warnx_("'%s' could be any of: %s%s", safe(name), line,
	    l->nmatches > LOOKUP_MAX ? ", ..." : "");
	return EXIT_NONE;
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
		if ((idx = mem_alloc(t->nentries * sizeof *idx)) == NULL) {
			warnx_("out of memory");
			return EXIT_TROUBLE;
		}
		for (i = 0; i < c->db.nentries; i++)
			if (c->db.entries[i].topic_index == topic)
				idx[n++] = i;
		snprintf(footer, sizeof footer, "Read one: hipacu %.*s NAME",
		    (int)t->id.len, t->id.p);
		if (c->json || t->full)
			rc = print_entries(c, idx, n);
		else
			render_list(&c->r, &c->db, idx, n, footer), rc = EXIT_FOUND;
		mem_free(idx);
		return n ? rc : EXIT_NONE;
	}
	if ((name = join_words(argc, argv)) == NULL) {
		warnx_("out of memory");
		return EXIT_TROUBLE;
	}
	lookup_name(&c->db, topic, span_from(name), 1, &l);
	if (l.nmatches == 1) {
		rc = print_entries(c, l.matches, 1);
	} else if (l.nmatches == 0) {
		rc = no_such_name(c, topic, argc, argv, name);
	} else {
		rc = ambiguous(c, name, &l);
		/* JSON readers get an array even when nothing matched. */
		if (c->json)
			print_entries(c, NULL, 0);
	}
	mem_free(name);
	return rc;
}

int
cmd_topics(struct ctx *c, int argc, char **argv)
{
	(void)argv;
	if (argc > 0) {
		warnx_("topics takes no arguments");
		suggest_search(argc, argv);
		return EXIT_TROUBLE;
	}
	if (c->json)
		json_topics(c->r.out, &c->db);
	else
		render_topics(&c->r, &c->db);
	return EXIT_FOUND;
}

int
cmd_overview(struct ctx *c)
{
	if (c->json)
		json_topics(c->r.out, &c->db);
	else
		render_overview(&c->r, &c->db);
	return EXIT_FOUND;
}

int
cmd_list(struct ctx *c, int argc, char **argv)
{
	size_t *idx, n = 0, i;
	long topic = -1;

	if (argc > 1) {
		warnx_("list takes at most one topic");
		suggest_search(argc, argv);
		return EXIT_TROUBLE;
	}
	if (argc == 1 && (topic = topic_by_word(&c->db, argv[0])) < 0) {
		warnx_("no topic named '%s'; 'hipacu topics' lists them", safe(argv[0]));
		suggest_search(argc, argv);
		return EXIT_TROUBLE;
	}
	if ((idx = mem_alloc(c->db.nentries * sizeof *idx)) == NULL) {
		warnx_("out of memory");
		return EXIT_TROUBLE;
	}
	/* Grouped by topic, in the topics' order. */
	for (i = 0; i < c->db.ntopics; i++) {
		size_t k;

		if (topic >= 0 && (size_t)topic != i)
			continue;
		for (k = 0; k < c->db.nentries; k++)
			if (c->db.entries[k].topic_index == i)
				idx[n++] = k;
	}
	if (c->json)
		json_entries(c->r.out, &c->db, idx, n);
	else
		render_list(&c->r, &c->db, idx, n, "Read one: hipacu show ID");
	mem_free(idx);
	return n ? EXIT_FOUND : EXIT_NONE;
}

int
cmd_show(struct ctx *c, int argc, char **argv)
{
	size_t *idx, n = 0;
	int i, missing = 0;
	long k;

	if (argc == 0) {
		warnx_("show needs an entry id, as in 'hipacu show bursitis'");
		return EXIT_TROUBLE;
	}
	if ((idx = mem_alloc((size_t)argc * sizeof *idx)) == NULL) {
		warnx_("out of memory");
		return EXIT_TROUBLE;
	}
	for (i = 0; i < argc; i++) {
		if ((k = db_find_entry(&c->db, span_from(argv[i]))) >= 0) {
			idx[n++] = (size_t)k;
			continue;
		}
		warnx_("no entry with id '%s'", safe(argv[i]));
		suggest(&c->db, LOOKUP_ANY_TOPIC, argv[i]);
		missing = 1;
	}
	if (n > 0 || c->json)
		print_entries(c, idx, n);
	mem_free(idx);
	return missing ? EXIT_NONE : EXIT_FOUND;
}

/* The words English has, compiled in: no typo is read into one of them. */
static struct search_words
known_words(void)
{
	struct search_words known;

	known.english.p = embedded_words;
	known.english.len = embedded_words_len;
	return known;
}

/* Keep only the hits of one topic, if it has any: asked within a topic,
 * a person means that topic first. */
static void
keep_topic(const struct db *db, struct search_result *res, size_t topic)
{
	size_t i, n = 0;

	for (i = 0; i < res->n; i++)
		if (db->entries[res->hits[i].entry].topic_index == topic)
			res->hits[n++] = res->hits[i];
	if (n > 0)
		res->n = n;
}

/* What the search made of the words, on stderr: typos read as words,
 * words no entry holds, and a question not covered at all. */
static void
report_search(const struct db *db, const struct search_result *res)
{
	size_t u;

	if (res->dropped)
		warnx_("only the first %d words are searched", SEARCH_MAX_WORDS);
	for (u = 0; u < res->nunits; u++)
		if (res->units[u].corrected)
			warnx_("reading '%s' as '%s'", safe_span(res->units[u].raw),
			    res->words[res->units[u].at].fold);
	for (u = 0; u < res->nunits; u++)
		if (res->units[u].missing)
			warnx_("no entry mentions '%s'", safe_span(res->units[u].raw));
	if (res->n > 0)
		return;
	if (db_find_entry(db, span_from("see-a-doctor")) >= 0)
		warnx_("the article does not cover this: please ask a doctor "
		    "(hipacu show see-a-doctor)");
	else
		warnx_("the article does not cover this: please ask a doctor");
}

/* How many results text output shows; --all shows every one. */
#define SEARCH_SHOWN 5

/*
 * Search for the words, within one topic first when topic is not
 * LOOKUP_ANY_TOPIC; print the results and report what matched nothing.
 */
static int
search_words(struct ctx *c, size_t topic, int argc, char **argv)
{
	static struct search_result res;
	struct search_words known = known_words();
	struct span *words;
	char *all, footer[200];
	size_t shown;
	int i, rc;

	if ((words = mem_alloc((size_t)argc * sizeof *words)) == NULL) {
		warnx_("out of memory");
		return EXIT_TROUBLE;
	}
	for (i = 0; i < argc; i++)
		words[i] = span_from(argv[i]);
	rc = search_run(&c->db, &known, words, (size_t)argc, &res);
	mem_free(words);
	if (rc < 0) {
		search_free(&res);
		warnx_("out of memory");
		return EXIT_TROUBLE;
	}
	if (topic != LOOKUP_ANY_TOPIC)
		keep_topic(&c->db, &res, topic);
	report_search(&c->db, &res);
	shown = c->all ? res.n : SEARCH_SHOWN;
	if (c->json) {
		json_results(c->r.out, &c->db, &res);
	} else if (res.n > shown) {
		all = join_words(argc, argv);
		snprintf(footer, sizeof footer, "%lu more matched; to see them "
		    "all:\n    hipacu search --all %s",
		    (unsigned long)(res.n - shown), all ? safe(all) : "...");
		mem_free(all);
		render_results(&c->r, &c->db, &res, shown, footer);
	} else {
		render_results(&c->r, &c->db, &res, shown, NULL);
	}
	rc = res.n ? EXIT_FOUND : EXIT_NONE;
	search_free(&res);
	return rc;
}

int
cmd_search(struct ctx *c, int argc, char **argv)
{
	if (argc == 0) {
		warnx_("search needs words, as in 'hipacu search dizzy'");
		return EXIT_TROUBLE;
	}
	return search_words(c, LOOKUP_ANY_TOPIC, argc, argv);
}

/* Not a command: an exact name shows its entries, anything else is searched. */
int
cmd_words(struct ctx *c, int argc, char **argv)
{
	struct lookup l;
	char *name;

	if ((name = join_words(argc, argv)) == NULL) {
		warnx_("out of memory");
		return EXIT_TROUBLE;
	}
	lookup_name(&c->db, LOOKUP_ANY_TOPIC, span_from(name), 0, &l);
	if (l.nmatches > LOOKUP_MAX)
		warnx_("%lu entries are named '%s'; the first %d are shown",
		    (unsigned long)l.nmatches, safe(name), LOOKUP_MAX);
	mem_free(name);
	if (l.nmatches > 0)
		return print_entries(c, l.matches,
		    l.nmatches < LOOKUP_MAX ? l.nmatches : LOOKUP_MAX);
	return search_words(c, LOOKUP_ANY_TOPIC, argc, argv);
}

int
cmd_check(struct ctx *c, int argc, char **argv)
{
	struct db local, *db = &local;
	int rc;

	if (argc > 1) {
		warnx_("check takes one file");
		return EXIT_TROUBLE;
	}
	if (argc == 0) {
		if (ctx_load(c) < 0)
			return EXIT_TROUBLE;
		db = &c->db;
	} else if (load(&local, argv[0]) < 0) {
		report_db_errors(&local);
		db_free(&local);
		return EXIT_TROUBLE;
	}
	/* Only check reads every entry's words: the Term targets. */
	if (db_check_terms(db) < 0) {
		report_db_errors(db);
		if (db == &local)
			db_free(&local);
		return EXIT_TROUBLE;
	}
	fprintf(c->r.out, "%s: ok, %lu %s in %lu %s\n", db->name,
	    (unsigned long)db->nentries, db->nentries == 1 ? "entry" : "entries",
	    (unsigned long)db->ntopics, db->ntopics == 1 ? "topic" : "topics");
	rc = EXIT_FOUND;
	if (db == &local)
		db_free(&local);
	return rc;
}

/* One name a line, for the completion scripts. */
static void
print_name(struct ctx *c, struct span s)
{
	text_write(c->r.out, s.p, s.len);
	putc('\n', c->r.out);
}

/*
 * The names a completion script offers after the command word cmd (or at
 * the start, when cmd is NULL): commands and topics, a topic's entry ids
 * and aliases, every id after "show".
 */
static int
completion_words(struct ctx *c, const char *cmd)
{
	size_t i, k;
	long topic = -1;

	if (ctx_load(c) < 0)
		return EXIT_TROUBLE;
	if (cmd == NULL || strcmp(cmd, "help") == 0) {
		for (i = 0; command_at(i) != NULL; i++)
			fprintf(c->r.out, "%s\n", command_at(i));
	}
	if (cmd == NULL || strcmp(cmd, "help") == 0 || strcmp(cmd, "list") == 0) {
		for (i = 0; i < c->db.ntopics; i++)
			print_name(c, c->db.topics[i].id);
		return EXIT_FOUND;
	}
	if (strcmp(cmd, "completion") == 0) {
		fputs("bash\nzsh\nfish\n", c->r.out);
		return EXIT_FOUND;
	}
	if (strcmp(cmd, "show") != 0 && (topic = topic_by_word(&c->db, cmd)) < 0)
		return EXIT_NONE;
	for (i = 0; i < c->db.nentries; i++) {
		const struct record *e = &c->db.entries[i];

		if (topic >= 0 && e->topic_index != (size_t)topic)
			continue;
		print_name(c, e->id);
		for (k = 0; topic >= 0 && k < e->aliases.count; k++)
			print_name(c, db_value(&c->db, e->aliases, k));
	}
	return EXIT_FOUND;
}

int
cmd_completion(struct ctx *c, int argc, char **argv)
{
	static const struct {
		const char *shell;
		const char *script;
		const size_t *len;
	} scripts[] = {
		{ "bash", completion_bash, &completion_bash_len },
		{ "zsh", completion_zsh, &completion_zsh_len },
		{ "fish", completion_fish, &completion_fish_len },
	};
	size_t i;

	if (argc >= 1 && strcmp(argv[0], "words") == 0 && argc <= 2)
		return completion_words(c, argc == 2 ? argv[1] : NULL);
	if (argc == 1)
		for (i = 0; i < sizeof scripts / sizeof scripts[0]; i++)
			if (strcmp(argv[0], scripts[i].shell) == 0) {
				fwrite(scripts[i].script, 1, *scripts[i].len, c->r.out);
				return EXIT_FOUND;
			}
	warnx_("completion takes a shell: bash, zsh or fish");
	return EXIT_TROUBLE;
}
