/* cmd.c - the commands: each prints its answer and returns an exit status. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "embedded.h"
#include "json.h"
#include "lookup.h"
#include "mem.h"
#include "search.h"

#define MAX_SUGGESTIONS 3

void
warnx_(const char *fmt, ...)
{
	va_list ap;

	fputs("hipacu: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

const char *
safe(const char *s)
{
	static char bufs[2][200];
	static int next;
	char *b = bufs[next++ % 2];

	text_escape(b, sizeof bufs[0], s, strlen(s));
	return b;
}

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

static int
print_entries(struct ctx *c, const size_t *idx, size_t n)
{
	if (c->json)
		json_entries(c->r.out, &c->db, idx, n);
	else
		render_entries(&c->r, &c->db, idx, n);
	return EXIT_FOUND;
}

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

static int
no_such_name(struct ctx *c, size_t topic, const char *name)
{
	const struct record *t = &c->db.topics[topic];
	struct lookup elsewhere;

	warnx_("no %.*s named '%s'", (int)t->id.len, t->id.p, safe(name));
	lookup_name(&c->db, LOOKUP_ANY_TOPIC, span_from(name), 0, &elsewhere);
	if (elsewhere.nmatches > 0) {
		const struct record *e = &c->db.entries[elsewhere.matches[0]];
		const struct record *et = &c->db.topics[e->topic_index];

		warnx_("'%s' is a %.*s: hipacu %.*s %.*s", safe(name),
		    (int)et->id.len, et->id.p, (int)et->id.len, et->id.p,
		    (int)e->id.len, e->id.p);
		return EXIT_NONE;
	}
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
	if (l.nmatches == 1)
		rc = print_entries(c, l.matches, 1);
	else if (l.nmatches == 0)
		rc = no_such_name(c, topic, name);
	else
		rc = ambiguous(c, name, &l);
	/* JSON readers get an array even when nothing matched. */
	if (l.nmatches != 1 && c->json)
		print_entries(c, NULL, 0);
	mem_free(name);
	return rc;
}

int
cmd_topics(struct ctx *c, int argc, char **argv)
{
	(void)argv;
	if (argc > 0) {
		warnx_("topics takes no arguments");
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
		return EXIT_TROUBLE;
	}
	if (argc == 1 && (topic = topic_by_word(&c->db, argv[0])) < 0) {
		warnx_("no topic named '%s'; 'hipacu topics' lists them", safe(argv[0]));
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

/* The query as searched: each word folded, corrected ones replaced. */
static void
searched_query(const struct search_result *res, char *buf, size_t size)
{
	size_t k, o = 0;

	buf[0] = '\0';
	for (k = 0; k < res->nterms && o < size; k++)
		o += (size_t)snprintf(buf + o, size - o, "%s%s", k ? " " : "",
		    res->terms[k].word.fold);
}

/* Search for the words; prints results or says nothing matched. */
static int
search_words(struct ctx *c, int argc, char **argv)
{
	static struct search_result res;
	struct span *words;
	char query[SEARCH_MAX_WORDS * (WORD_MAX + 1) + 1];
	int i, rc;
	size_t k;

	if ((words = mem_alloc((size_t)argc * sizeof *words)) == NULL) {
		warnx_("out of memory");
		return EXIT_TROUBLE;
	}
	for (i = 0; i < argc; i++)
		words[i] = span_from(argv[i]);
	rc = search_run(&c->db, words, (size_t)argc, &res);
	mem_free(words);
	if (rc < 0) {
		search_free(&res);
		warnx_("out of memory");
		return EXIT_TROUBLE;
	}
	if (res.dropped)
		warnx_("only the first %d words are searched", SEARCH_MAX_WORDS);
	searched_query(&res, query, sizeof query);
	if (res.corrected && res.n > 0)
		warnx_("showing results for \"%s\"", safe(query));
	if (c->json)
		json_results(c->r.out, &c->db, &res);
	else
		render_results(&c->r, &c->db, &res);
	rc = res.n ? EXIT_FOUND : EXIT_NONE;
	if (res.n == 0) {
		char *all = join_words(argc, argv);

		warnx_("nothing matches '%s'", all ? safe(all) : "");
		mem_free(all);
		if (res.nnear > 0) {
			char near[SEARCH_NEAR * (WORD_MAX + 4) + 1];
			size_t o = 0;

			for (k = 0; k < res.nnear; k++)
				o += (size_t)snprintf(near + o, sizeof near - o, "%s'%s'",
				    k ? ", " : "", res.near[k]);
			warnx_("the closest words hipacu knows: %s", safe(near));
		}
	}
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
	return search_words(c, argc, argv);
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
	return search_words(c, argc, argv);
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
