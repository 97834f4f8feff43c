/* cmd.c - the command table, and what is not a command: help, version. */
#include <stdio.h>
#include <string.h>

#include "browse.h"
#include "cmd.h"
#include "../data/embedded.h"
#include "../search/lookup.h"
#include "../doc/format_text.h"
#include "../search/scan.h"
#include "../search/search.h"
#include "show.h"
#include "../search/words.h"

typedef int command_fn(struct ctx *c, int argc, char **argv);

/* NEEDS_DB: the database, held; STREAMS: the database, which the command
 * reads itself as it streams (a file's is not held). */
enum { NEEDS_DB = 1, STREAMS = 2 };

/*
 * A command, or (name NULL) a form of the command line that is not a
 * command word: the help lists them all, in this order.
 */
struct command {
	const char *name;
	command_fn *run;
	int flags;
	const char *usage;	/* the arguments, for help */
	const char *summary;	/* its line in the help's list */
	const char *help;	/* what it does, for help COMMAND */
};

static command_fn cmd_check, cmd_completion, cmd_help;

/* The topic form has no command word: help finds it by these. */
static const char topic_usage[] = "TOPIC [NAME...]";
static const char topic_help[] =
    "With no NAME, list the topic's entries (the safety topic prints them "
    "all in full). With a NAME, show the one entry whose id, title or alias "
    "is NAME, or starts with it; case does not matter and several words are "
    "one name, and the topic word and NAME together may be one ('hipacu "
    "session length'). Words that name no entry are searched for, the "
    "topic's entries first. Plural topic names work too: 'hipacu "
    "conditions'.";

static const struct command commands[] = {
	{ NULL, NULL, 0, "(none)", "what hipacu is, its topics, how to go on",
	  NULL },
	{ "topics", cmd_topics, NEEDS_DB, "topics", "the topics, one line each",
	  "List the topics, one line each: id, number of entries, summary." },
	{ "list", cmd_list, STREAMS, "list [TOPIC]",
	  "entries: id, title, summary",
	  "List the entries of every topic, or of one: id, title and summary." },
	{ NULL, NULL, 0, topic_usage,
	  "condition, mechanism, session or safety: the topic's\n"
	  "entries, or the one NAME names", topic_help },
	{ "show", cmd_show, NEEDS_DB, "show ID...", "entries by id",
	  "Show entries in full by id (as 'hipacu list' prints them). Exits 1 "
	  "if any id is unknown, after showing the others." },
	{ "search", cmd_search, STREAMS, "search WORDS...",
	  "entries ranked by the words, best first",
	  "Rank the entries by the words, best first: entries holding every "
	  "word come first, and a word in a title, alias or one of the "
	  "questions an entry answers counts more than one in a keyword, the "
	  "summary or the body. Case and word endings do not matter (dizzy "
	  "finds dizziness), common words such as 'how' and 'the' are ignored, "
	  "and everyday words reach the article's (woozy finds dizzy). A "
	  "misspelled word is read as the database word it is very likely a "
	  "typo of (sciatca as sciatica); an English word the article does not "
	  "use is never replaced. When the answer is not sure, a caveat comes "
	  "first, above the results, and names the words the article does not "
	  "mention; when nothing meaningful matched the question is not "
	  "covered: exit 1, with a pointer to the advice to see a medical "
	  "doctor. The best 5 results are shown (--all: every one), each with "
	  "the command that prints it whole and its sentence that best answers "
	  "the question." },
	{ NULL, NULL, 0, "WORDS...",
	  "an exact name or alias shows it; else a search", NULL },
	{ "browse", cmd_browse, 0, "browse [WORDS...]",
	  "search as you type, full screen",
	  "Search as you type, on the whole terminal: the entries are ranked "
	  "again at every key, each with its topic and the sentence that best "
	  "answers, and say how sure the answer is, as search does. With no "
	  "words typed, every entry is listed by topic. Up and Down (or Ctrl-P "
	  "and Ctrl-N) choose, Enter reads the entry (arrows, PgUp, PgDn, Space, "
	  "g and G scroll it; Escape or Backspace go back; q quits), Ctrl-U "
	  "clears the words, Escape clears them or, with none, quits, and "
	  "Ctrl-C quits. WORDS, if given, are typed to start with. Needs a "
	  "terminal: elsewhere, use search." },
	{ "check", cmd_check, 0, "check [FILE]", "validate a database file",
	  "Check a database file (the one in use if no FILE is given) and print "
	  "'FILE: ok' or each problem as 'FILE:LINE: message'. Exits 2 if the "
	  "file has problems." },
	{ "completion", cmd_completion, 0, "completion SHELL",
	  "a bash, zsh or fish completion script",
	  "Print the completion script for a shell: bash, zsh or fish; 'make "
	  "install' installs the "
	  "same scripts. The scripts ask 'hipacu completion words [COMMAND]' for "
	  "the names to offer: commands and topics, or the ids and aliases of a "
	  "topic's entries, so an edited database completes too; and 'hipacu "
	  "completion formats' for the values of --format." },
	{ "help", cmd_help, 0, "help [COMMAND]", "help for one command",
	  "Show the help, or the help for one command." },
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

static const char usage_head[] =
    "usage: hipacu [options] [command] [args...]\n"
    "\n"
    "A reference on acupuncture for hip pain.\n"
    ADVICE_GENERAL "\n"
    ADVICE_CONSULT ".\n"
    "\n"
    "Examples:\n"
    "  hipacu condition bursitis    one entry, by name, alias or prefix\n"
    "  hipacu safety                every safety note in full\n"
    "  hipacu search dizzy          ranked search of every entry\n"
    "  hipacu --json show qi        an entry as JSON\n"
    "\n"
    "Commands:\n";

static const char usage_tail[] =
    "\n"
    "Options (before or after the command; -- ends them):\n"
    "  -h, --help          this help; after a command, that command's help\n"
    "  -V, --version       the version and the database in use\n"
    "  --format=FORMAT     %s (html: a page to print)\n"
    "  --json              print entries as JSON (--format=json)\n"
    "  --all               search: every result, not the best 5\n"
    "  -w N, --width=N     wrap at N columns (0: do not wrap)\n"
    "  --data=FILE         read FILE, not the built-in database (or HIPACU_DATA)\n"
    "  --color=WHEN        auto (on a terminal), always or never\n"
    "  --no-pager          do not page long output\n"
    "\n"
    "Exit status: 0 something printed, 1 nothing matched, 2 error.\n";

/* Case does not matter, as for topics: a phone capitalises "Search". */
static const struct command *
find_command(const char *name)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++)
		if (commands[i].name && span_equal_fold(span_from(name),
		    span_from(commands[i].name)))
			return &commands[i];
	return NULL;
}

/* Is name a command word exactly?  No topic may take one: the command
 * would take its place. */
static int
is_command_name(struct span name)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++)
		if (commands[i].name && span_equal(name, span_from(commands[i].name)))
			return 1;
	return 0;
}

/* The whole help: its list of commands comes from the table. */
static void
print_usage(struct buf *out)
{
	char formats[DOC_FORMAT_NAMES_SIZE];
	const char *s, *nl;
	size_t i;

	buf_puts(out, usage_head);
	for (i = 0; i < NCOMMANDS; i++) {
		buf_printf(out, "  %-20s", commands[i].usage);
		for (s = commands[i].summary; (nl = strchr(s, '\n')) != NULL; s = nl + 1)
			buf_printf(out, "%.*s\n%22s", (int)(nl - s), s, "");
		buf_printf(out, "%s\n", s);
	}
	doc_format_names(formats, sizeof formats);
	buf_printf(out, usage_tail, formats);
}

static void
print_help(struct ctx *c, const char *usage, const char *help)
{
	buf_printf(c->r.out, "usage: hipacu %s\n\n", usage);
	render_paragraph(&c->r, span_from(help), 0);
}

/* help [COMMAND], or COMMAND --help. */
static int
cmd_help(struct ctx *c, int argc, char **argv)
{
	const struct command *cmd;
	struct buf e;

	if (argc > 1) {
		/* "help with sciatica" is a question; "help show search" not. */
		return usage(c, NULL, find_command(argv[0]) ? 0 : argc, argv,
		    "help takes one command, not '%s'", msg_quote(&e, argv[1]));
	}
	if (argc == 0) {
		print_usage(c->r.out);
		return EXIT_FOUND;
	}
	if ((cmd = find_command(argv[0])) != NULL) {
		print_help(c, cmd->usage, cmd->help);
		return EXIT_FOUND;
	}
	if (ctx_load(c) < 0)
		return EXIT_TROUBLE;
	if (topic_by_word(&c->db, argv[0]) >= 0) {
		print_help(c, topic_usage, topic_help);
		return EXIT_FOUND;
	}
	return usage(c, NULL, 1, argv, "no help for '%s': it is not a command",
	    msg_quote(&e, argv[0]));
}

int
cmd_version(struct ctx *c)
{
	struct buf e;

	buf_printf(c->r.out, "hipacu %s\n", HIPACU_VERSION);
	if (ctx_load(c) < 0)
		return EXIT_TROUBLE;
	buf_printf(c->r.out, "database: %lu entries in %lu topics, ",
	    (unsigned long)c->db.nentries, (unsigned long)c->db.ntopics);
	if (c->data)
		buf_printf(c->r.out, "from %s\n", msg_quote(&e, c->data));
	else
		buf_printf(c->r.out, "built in (compiled from %s)\n", embedded_db_name);
	return EXIT_FOUND;
}

static int
cmd_check(struct ctx *c, int argc, char **argv)
{
	struct db local, *db = &local;
	int rc = EXIT_FOUND;

	if (argc > 1) {
		return usage(c, "check", 0, NULL, "check takes one file");
	}
	if (argc == 1 && argv[0][0] == '\0')
		return usage(c, "check", 0, NULL, "check needs a file, not an "
		    "empty name");
	/* Read as it streams: the checks need no entry held. */
	if (argc == 0) {
		if (ctx_open(c) < 0)
			return EXIT_TROUBLE;
		db = &c->db;
	} else {
		db_init(&local, c->reserved);
		local.check = scan_check_terms;
		if (db_open(&local, argv[0]) < 0) {
			report_db_errors(c, &local);
			db_free(&local);
			return EXIT_TROUBLE;
		}
	}
	/* Its first reading checks it as every command's does (db->check:
	 * the Terms' words too); the built-in copy was checked when built. */
	if (db_walk(db, NULL, NULL) < 0) {
		report_db_errors(c, db);
		rc = EXIT_TROUBLE;
	} else {
		/* Say which database: not a file of the current directory. */
		if (db == &c->db && c->data == NULL)
			buf_printf(c->r.out, "built-in database (compiled from %s)",
			    embedded_db_name);
		else
			buf_puts(c->r.out, db->name);
		buf_printf(c->r.out, ": ok, %lu %s in %lu %s\n",
		    (unsigned long)db->count, db->count == 1 ? "entry" : "entries",
		    (unsigned long)db->ntopics, db->ntopics == 1 ? "topic" : "topics");
	}
	if (db == &local)
		db_free(&local);
	return rc;
}

/* One name a line, for the completion scripts. */
static void
print_name(struct ctx *c, struct span s)
{
	buf_add_safe(c->r.out, s.p, s.len);
	buf_putc(c->r.out, '\n');
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
		for (i = 0; i < NCOMMANDS; i++)
			if (commands[i].name)
				buf_printf(c->r.out, "%s\n", commands[i].name);
	}
	if (cmd == NULL || strcmp(cmd, "help") == 0 || strcmp(cmd, "list") == 0) {
		for (i = 0; i < c->db.ntopics; i++)
			print_name(c, c->db.topics[i].id);
		return EXIT_FOUND;
	}
	if (strcmp(cmd, "completion") == 0) {
		buf_puts(c->r.out, "bash\nzsh\nfish\n");
		return EXIT_FOUND;
	}
	if (strcmp(cmd, "show") != 0 && (topic = topic_by_word(&c->db, cmd)) < 0)
		return EXIT_NONE;
	if (topic < 0) {
		for (i = 0; i < c->db.nentries; i++)
			print_name(c, c->db.entries[i].id);
		return EXIT_FOUND;
	}
	for (i = db_topic_next(&c->db, (size_t)topic, 0); i < c->db.nentries;
	    i = db_topic_next(&c->db, (size_t)topic, i + 1)) {
		const struct record *e = &c->db.entries[i];

		print_name(c, e->id);
		for (k = 0; k < e->aliases.count; k++)
			print_name(c, db_value(&c->db, e->aliases, k));
	}
	return EXIT_FOUND;
}

static int
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
	const struct doc_format *f;
	size_t i;

	if (argc >= 1 && strcmp(argv[0], "words") == 0 && argc <= 2)
		return completion_words(c, argc == 2 ? argv[1] : NULL);
	/* The values of --format, from the table of formats. */
	if (argc == 1 && strcmp(argv[0], "formats") == 0) {
		for (f = doc_formats; f->name != NULL; f++)
			buf_printf(c->r.out, "%s\n", f->name);
		return EXIT_FOUND;
	}
	if (argc == 1)
		for (i = 0; i < sizeof scripts / sizeof scripts[0]; i++)
			if (strcmp(argv[0], scripts[i].shell) == 0) {
				buf_add(c->r.out, scripts[i].script, *scripts[i].len);
				return EXIT_FOUND;
			}
	return usage(c, "completion", 0, NULL, "completion takes a shell: bash, zsh "
	    "or fish");
}

/*
 * The command or topic name that word, a first word which is neither, was
 * very likely typed for ("saftey", "conditon"); empty unless word is a typo
 * by the search's limits, no English word and no entry's name.  Such a word
 * is reported, as git does, rather than searched for as a typo.
 */
static struct span
mistyped_name(const struct db *db, const char *word)
{
	struct span best = { "", 0 }, name;
	char fold[WORD_MAX + 1];
	size_t len = strlen(word), best_d, d, i;
	struct lookup l;

	if (len < 4 || len > WORD_MAX)
		return best;
	for (i = 0; i < len; i++) {
		fold[i] = (char)ascii_lower((unsigned char)word[i]);
		if (fold[i] < 'a' || fold[i] > 'z')
			return best;
	}
	fold[len] = '\0';
	if (word_in_list(known_words().english, fold, len))
		return best;
	lookup_name(db, LOOKUP_ANY_TOPIC, span_from(word), 0, &l);
	if (l.nmatches > 0)
		return best;
	best_d = typo_limit(len, TYPO_READ) + 1;
	for (i = 0; i < NCOMMANDS + db->ntopics; i++) {
		if (i < NCOMMANDS && commands[i].name == NULL)
			continue;
		name = i < NCOMMANDS ? span_from(commands[i].name) :
		    db->topics[i - NCOMMANDS].id;
		d = edit_distance(span_from(fold), name, best_d - 1);
		if (d < best_d) {
			best = name;
			best_d = d;
		}
	}
	return best;
}

int
cmd_run(struct ctx *c, int want_help, int argc, char **argv)
{
	const struct command *cmd = argc > 0 ? find_command(argv[0]) : NULL;
	struct span meant;
	struct buf e;
	long topic;

	c->reserved = is_command_name;
	if (want_help)
		return cmd_help(c, argc > 0 ? 1 : 0, argv);
	if (cmd && !(cmd->flags & (NEEDS_DB | STREAMS)))
		return cmd->run(c, argc - 1, argv + 1);
	if (cmd && (cmd->flags & STREAMS))
		return ctx_open(c) < 0 ? EXIT_TROUBLE : cmd->run(c, argc - 1, argv + 1);
	if (ctx_load(c) < 0)
		return EXIT_TROUBLE;
	if (cmd)
		return cmd->run(c, argc - 1, argv + 1);
	if (argc == 0)
		return cmd_overview(c);
	if ((topic = topic_by_word(&c->db, argv[0])) >= 0)
		return cmd_topic(c, (size_t)topic, argc - 1, argv + 1);
	if ((meant = mistyped_name(&c->db, argv[0])).len > 0)
		return usage(c, NULL, 0, argv, "'%s' is not a command or topic; "
		    "did you mean '%.*s'?", msg_quote(&e, argv[0]), (int)meant.len,
		    meant.p);
	return cmd_words(c, argc, argv);
}
