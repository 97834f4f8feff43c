/* main.c - hipacu: read the options, pick the command, check the output. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "embedded.h"
#include "mem.h"
#include "term.h"

#define VERSION "0.1.0"
#define MAX_WIDTH 100000

enum { NEEDS_DB = 1 };

struct command {
	const char *name;
	command_fn *run;
	int flags;
	const char *usage;	/* the arguments, for help */
	const char *help;	/* what it does, for help COMMAND */
};

static const struct command commands[] = {
	{ "topics", cmd_topics, NEEDS_DB, "topics",
	  "List the topics, one line each: id, number of entries, summary." },
	{ "list", cmd_list, NEEDS_DB, "list [TOPIC]",
	  "List the entries of every topic, or of one: id, title and summary." },
	{ "show", cmd_show, NEEDS_DB, "show ID...",
	  "Show entries in full by id (as 'hipacu list' prints them). Exits 1 "
	  "if any id is unknown, after showing the others." },
	{ "search", cmd_search, NEEDS_DB, "search WORDS...",
	  "Rank the entries by the words, best first: entries holding every "
	  "word come first, and a word in a title or alias counts more than one "
	  "in a keyword, the summary or the body. Case and word endings do not "
	  "matter (dizzy finds dizziness), common words such as 'how' and 'the' "
	  "are ignored, and everyday words reach the article's (woozy finds "
	  "dizzy). A misspelled word is read as the database word it is very "
	  "likely a typo of (sciatca as sciatica); an English word the article "
	  "does not use is never replaced. Every word no entry holds is named "
	  "on stderr, and when nothing meaningful matched the question is not "
	  "covered: exit 1, with a pointer to the advice to see a doctor. The "
	  "best 5 results are shown (--all: every one), each with the command "
	  "that prints it whole and its best-matching sentence." },
	{ "check", cmd_check, 0, "check [FILE]",
	  "Check a database file (the one in use if no FILE is given) and print "
	  "'FILE: ok' or each problem as 'FILE:LINE: message'. Exits 2 if the "
	  "file has problems." },
	{ "completion", cmd_completion, 0, "completion bash|zsh|fish",
	  "Print the completion script for a shell; 'make install' installs the "
	  "same scripts. The scripts ask 'hipacu completion words [COMMAND]' for "
	  "the names to offer: commands and topics, or the ids and aliases of a "
	  "topic's entries, so an edited database completes too." },
	{ "help", NULL, 0, "help [COMMAND]",
	  "Show the help, or the help for one command." },
};

#define NCOMMANDS (sizeof commands / sizeof commands[0])

static const char topic_usage[] = "TOPIC [NAME...]";
static const char topic_help[] =
    "With no NAME, list the topic's entries (the safety topic prints them "
    "all in full). With a NAME, show the one entry whose id, title or alias "
    "is NAME, or starts with it; case does not matter and several words are "
    "one name, and the topic word and NAME together may be one ('hipacu "
    "session length'). Words that name no entry are searched for, the "
    "topic's entries first. Plural topic names work too: 'hipacu "
    "conditions'.";

static const char usage_text[] =
    "usage: hipacu [options] [command] [args...]\n"
    "\n"
    "A reference on acupuncture for hip pain, compiled from one article.\n"
    "General information only, not medical advice.\n"
    "\n"
    "Examples:\n"
    "  hipacu condition bursitis    one entry, by name, alias or prefix\n"
    "  hipacu safety                every safety note in full\n"
    "  hipacu search dizzy          ranked search of every entry\n"
    "  hipacu --json show qi        an entry as JSON\n"
    "\n"
    "Commands:\n"
    "  (none)              what hipacu is, its topics, how to go on\n"
    "  topics              the topics, one line each\n"
    "  list [TOPIC]        entries: id, title, summary\n"
    "  TOPIC [NAME...]     condition, mechanism, session or safety: the topic's\n"
    "                      entries, or the one NAME names\n"
    "  show ID...          entries by id\n"
    "  search WORDS...     entries ranked by the words, best first\n"
    "  WORDS...            an exact name or alias shows it; else a search\n"
    "  check [FILE]        validate a database file\n"
    "  completion SHELL    a bash, zsh or fish completion script\n"
    "  help [COMMAND]      help for one command\n"
    "\n"
    "Options (before or after the command; -- ends them):\n"
    "  -h, --help          this help; after a command, that command's help\n"
    "  -V, --version       the version and the database in use\n"
    "  --json              print entries as JSON\n"
    "  -w N, --width=N     wrap at N columns (0: do not wrap)\n"
    "  --data=FILE         read FILE, not the built-in database (or HIPACU_DATA)\n"
    "  --color=WHEN        auto (on a terminal), always or never\n"
    "  --no-pager          do not page long output\n"
    "\n"
    "Exit status: 0 something printed, 1 nothing matched, 2 error.\n";

struct options {
	int help, version, json, all, no_pager;
	enum color_mode color;
	long width;		/* -1: not given */
	const char *data;
};

int
is_command(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++)
		if (strlen(commands[i].name) == len &&
		    memcmp(commands[i].name, name, len) == 0)
			return 1;
	return 0;
}

const char *
command_at(size_t i)
{
	return i < NCOMMANDS ? commands[i].name : NULL;
}

static const struct command *
find_command(const char *name)
{
	size_t i;

	for (i = 0; i < NCOMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

/* Report a usage error; fmt has one %s, for arg.  Returns -1. */
static int
usage_error(const char *fmt, const char *arg)
{
	fputs("hipacu: ", stderr);
	fprintf(stderr, fmt, safe(arg));
	fputs("\nhipacu: try 'hipacu help'\n", stderr);
	return -1;
}

static int
parse_width(const char *s, long *width)
{
	char *end;

	errno = 0;
	if (*s < '0' || *s > '9')
		return -1;
	*width = strtol(s, &end, 10);
	if (errno || *end != '\0' || *width > MAX_WIDTH)
		return -1;
	return 0;
}

/*
 * Take the options out of argv, wherever they are, and leave the other
 * arguments, in order, in args.  Returns the number of those, or -1 after
 * reporting a usage error.
 */
static int
parse_options(int argc, char **argv, struct options *o, char **args)
{
	int i, n = 0, only_args = 0;
	const char *a, *val;

	for (i = 1; i < argc; i++) {
		a = argv[i];
		if (only_args || a[0] != '-' || a[1] == '\0') {
			args[n++] = argv[i];
			continue;
		}
		val = NULL;
		if (strcmp(a, "--") == 0)
			only_args = 1;
		else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0)
			o->help = 1;
		else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0)
			o->version = 1;
		else if (strcmp(a, "--json") == 0)
			o->json = 1;
		else if (strcmp(a, "--all") == 0)
			o->all = 1;
		else if (strcmp(a, "--no-pager") == 0)
			o->no_pager = 1;
		else if (strcmp(a, "--color") == 0 || strcmp(a, "--color=auto") == 0)
			o->color = COLOR_AUTO;
		else if (strcmp(a, "--color=always") == 0)
			o->color = COLOR_ALWAYS;
		else if (strcmp(a, "--color=never") == 0)
			o->color = COLOR_NEVER;
		else if (strncmp(a, "--color=", 8) == 0)
			return usage_error("invalid colour '%s': use auto, always or never",
			    a + 8);
		else if (strcmp(a, "-w") == 0 || strcmp(a, "--width") == 0 ||
		    strncmp(a, "--width=", 8) == 0 || strncmp(a, "-w", 2) == 0) {
			if (strncmp(a, "--width=", 8) == 0)
				val = a + 8;
			else if (a[1] == 'w' && a[2] != '\0')
				val = a + 2;
			else if (i + 1 < argc)
				val = argv[++i];
			else
				return usage_error("option '%s' needs a number of columns", a);
			if (parse_width(val, &o->width) < 0)
				return usage_error("invalid width '%s': give a number of "
				    "columns, 0 for no wrapping", val);
		} else if (strcmp(a, "--data") == 0 || strncmp(a, "--data=", 7) == 0) {
			if (a[6] == '=')
				o->data = a + 7;
			else if (i + 1 < argc)
				o->data = argv[++i];
			else
				return usage_error("option '%s' needs a file", a);
		} else
			return usage_error("unknown option '%s'", a);
	}
	return n;
}

static void
print_help(struct ctx *c, const char *usage, const char *help)
{
	fprintf(c->r.out, "usage: hipacu %s\n\n", usage);
	render_paragraph(&c->r, span_from(help), 0);
}

/* help [COMMAND], or COMMAND --help. */
static int
help(struct ctx *c, const char *name)
{
	const struct command *cmd;

	if (name == NULL) {
		fputs(usage_text, c->r.out);
		return EXIT_FOUND;
	}
	if ((cmd = find_command(name)) != NULL) {
		print_help(c, cmd->usage, cmd->help);
		return EXIT_FOUND;
	}
	if (ctx_load(c) < 0)
		return EXIT_TROUBLE;
	if (topic_by_word(&c->db, name) >= 0) {
		print_help(c, topic_usage, topic_help);
		return EXIT_FOUND;
	}
	warnx_("no help for '%s': it is not a command", safe(name));
	suggest_search(1, (char **)&name);
	return EXIT_TROUBLE;
}

static int
version(struct ctx *c)
{
	fprintf(c->r.out, "hipacu %s\n", VERSION);
	if (ctx_load(c) < 0)
		return EXIT_TROUBLE;
	fprintf(c->r.out, "database: %lu entries in %lu topics, ",
	    (unsigned long)c->db.nentries, (unsigned long)c->db.ntopics);
	if (c->data)
		fprintf(c->r.out, "from %s\n", safe(c->data));
	else
		fprintf(c->r.out, "built in (compiled from %s)\n", embedded_db_name);
	return EXIT_FOUND;
}

static int
run(struct ctx *c, const struct options *o, int nargs, char **args)
{
	const struct command *cmd = nargs > 0 ? find_command(args[0]) : NULL;
	long topic;

	if (o->version)
		return version(c);
	if (o->help)
		return help(c, nargs > 0 ? args[0] : NULL);
	if (cmd && cmd->run == NULL && nargs > 2) {
		usage_error("help takes one command, not '%s'", args[2]);
		if (find_command(args[1]) == NULL)
			suggest_search(nargs - 1, args + 1);
		return EXIT_TROUBLE;
	}
	if (cmd && cmd->run == NULL)
		return help(c, nargs > 1 ? args[1] : NULL);
	if (cmd && !(cmd->flags & NEEDS_DB))
		return cmd->run(c, nargs - 1, args + 1);
	if (ctx_load(c) < 0)
		return EXIT_TROUBLE;
	if (cmd)
		return cmd->run(c, nargs - 1, args + 1);
	if (nargs == 0)
		return cmd_overview(c);
	if ((topic = topic_by_word(&c->db, args[0])) >= 0)
		return cmd_topic(c, (size_t)topic, nargs - 1, args + 1);
	return cmd_words(c, nargs, args);
}

/*
 * Flush and close stdout, so that a full disk or a closed stdout is an
 * error (gnulib's close_stdout).  A reader that went away (EPIPE, when
 * SIGPIPE is ignored) is no news to the user: exit quietly.
 */
static int
close_stdout(void)
{
	int failed = ferror(stdout);

	errno = 0;
	if (fclose(stdout) != 0 || failed) {
		if (errno == EPIPE)
			return -1;
		if (errno)
			warnx_("write error: %s", strerror(errno));
		else
			warnx_("write error");
		return -1;
	}
	return 0;
}

/*
 * If a standard descriptor is closed, hold its place with /dev/null, so
 * that a file opened later does not become stdout.  Stdout gets it read
 * only: writing to a closed stdout must still fail.
 */
static void
hold_standard_fds(void)
{
	int fd;

	for (fd = 0; fd <= 2; fd++)
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF)
			open("/dev/null", fd == STDOUT_FILENO ? O_RDONLY : O_RDWR);
}

int
main(int argc, char *argv[])
{
	static struct ctx c;
	struct options o;
	struct pager pager;
	char **args;
	int nargs, status;

	hold_standard_fds();
	memset(&o, 0, sizeof o);
	o.width = -1;
	if ((args = mem_alloc((size_t)argc * sizeof *args)) == NULL) {
		warnx_("out of memory");
		return EXIT_TROUBLE;
	}
	if ((nargs = parse_options(argc, argv, &o, args)) < 0) {
		status = EXIT_TROUBLE;
	} else {
		c.json = o.json;
		c.all = o.all;
		c.data = o.data;
		if (c.data == NULL && getenv("HIPACU_DATA") && *getenv("HIPACU_DATA"))
			c.data = getenv("HIPACU_DATA");
		c.r.width = term_width(o.width);
		c.r.color = term_color(o.color) && !o.json;
		/* Decided before the pager takes stdout: is it a terminal? */
		pager_begin(&pager, !o.no_pager);
		c.r.out = pager.out;
		status = run(&c, &o, nargs, args);
		if (pager_end(&pager) < 0)
			status = EXIT_TROUBLE;
	}
	db_free(&c.db);
	mem_free(args);
	if (close_stdout() < 0)
		status = EXIT_TROUBLE;
	return status;
}
