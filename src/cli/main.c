/* main.c - hipacu: read the options, run the command, check the output. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cmd.h"
#include "../base/mem.h"
#include "../term/terminal.h"

#define MAX_WIDTH 100000

struct options {
	int help, version, all, no_pager;
	const struct doc_format *format;	/* --format, --json */
	enum color_mode color;
	long width;		/* -1: not given */
	const char *data;
};

/* Report a usage error; fmt has one %s, for arg.  Returns -1. */
static int
usage_error(struct messages *m, const char *fmt, const char *arg)
{
	struct buf b, e;

	buf_init(&b);
	buf_printf(&b, fmt, msg_quote(&e, arg));
	msg_warn(m, "%s", buf_failed(&b) ? MEM_OUT_OF_MEMORY : buf_str(&b));
	buf_free(&b);
	msg_warn(m, "try 'hipacu help'");
	return -1;
}

/* The value of a long option given as "--name" ("") or "--name=value";
 * NULL if a is another option. */
static const char *
long_value(const char *a, const char *name)
{
	size_t n = strlen(name);

	if (strncmp(a, name, n) != 0 || (a[n] != '\0' && a[n] != '='))
		return NULL;
	return a[n] == '=' ? a + n + 1 : a + n;
}

/*
 * The day a document is made, as YYYY-MM-DD (UTC): SOURCE_DATE_EPOCH if
 * set, as reproducible builds do (the tests set it), else today.  A
 * SOURCE_DATE_EPOCH that is no number of seconds is an error, as the
 * specification asks: a silent 1970 would be a wrong day.  0 or -1.
 */
static int
doc_date(char *buf, size_t size, struct messages *m)
{
	const char *e = getenv("SOURCE_DATE_EPOCH");
	time_t t = time(NULL);
	struct tm *tm;
	char *end;
	long long v;

	if (e && *e) {
		errno = 0;
		v = strtoll(e, &end, 10);
		if (*e < '0' || *e > '9' || errno || *end != '\0' ||
		    (long long)(time_t)v != v) {
			struct buf q;

			msg_warn(m, "invalid SOURCE_DATE_EPOCH '%s': give a "
			    "number of seconds since the Unix epoch",
			    msg_quote(&q, e));
			return -1;
		}
		t = (time_t)v;
	}
	if ((tm = gmtime(&t)) == NULL || strftime(buf, size, "%Y-%m-%d", tm) == 0)
		snprintf(buf, size, "an unknown day");
	return 0;
}

/* --color alone means auto, as grep's does. */
static int
parse_color(const char *s, enum color_mode *mode)
{
	static const struct {
		const char *name;
		enum color_mode mode;
	} modes[] = {
		{ "", COLOR_AUTO }, { "auto", COLOR_AUTO },
		{ "always", COLOR_ALWAYS }, { "never", COLOR_NEVER },
	};
	size_t i;

	for (i = 0; i < sizeof modes / sizeof modes[0]; i++)
		if (strcmp(s, modes[i].name) == 0) {
			*mode = modes[i].mode;
			return 0;
		}
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
 * arguments, in order, in args.  args may be argv + 1: an argument is
 * never written ahead of the one being read.  Returns the number of
 * those, or -1 after reporting a usage error.
 */
static int
parse_options(int argc, char **argv, struct options *o, char **args,
    struct messages *m)
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
			o->format = doc_format("json");
		else if ((val = long_value(a, "--format")) != NULL) {
			/* Its value may be the next argument, as getopt_long
			 * takes one: --format markdown. */
			if (strcmp(a, "--format") == 0) {
				if (i + 1 >= argc)
					return usage_error(m, "option '%s' needs a "
					    "format", a);
				val = argv[++i];
			}
			if ((o->format = doc_format(val)) == NULL) {
				char names[DOC_FORMAT_NAMES_SIZE];
				char fmt[DOC_FORMAT_NAMES_SIZE + 40];

				/* The names are the table's: no '%' in them. */
				doc_format_names(names, sizeof names);
				snprintf(fmt, sizeof fmt, "invalid --format value "
				    "'%%s': use %s", names);
				return usage_error(m, fmt, val);
			}
		}
		else if (strcmp(a, "--all") == 0)
			o->all = 1;
		else if (strcmp(a, "--no-pager") == 0)
			o->no_pager = 1;
		else if ((val = long_value(a, "--color")) != NULL ||
		    (val = long_value(a, "--colour")) != NULL) {
			if (parse_color(val, &o->color) < 0)
				return usage_error(m, "invalid --color value '%s': use auto, "
				    "always or never", val);
		} else if (strcmp(a, "-w") == 0 || strcmp(a, "--width") == 0 ||
		    strncmp(a, "--width=", 8) == 0 || strncmp(a, "-w", 2) == 0) {
			if (strncmp(a, "--width=", 8) == 0)
				val = a + 8;
			else if (a[1] == 'w' && a[2] != '\0')
				val = a + 2;
			else if (i + 1 < argc)
				val = argv[++i];
			else
				return usage_error(m, "option '%s' needs a number of columns", a);
			if (parse_width(val, &o->width) < 0)
				return usage_error(m, "invalid width '%s': give a number of "
				    "columns, 0 for no wrapping", val);
		} else if (strcmp(a, "--data") == 0 || strncmp(a, "--data=", 7) == 0) {
			if (a[6] == '=')
				o->data = a + 7;
			else if (i + 1 < argc)
				o->data = argv[++i];
			else
				return usage_error(m, "option '%s' needs a file", a);
			if (*o->data == '\0')
				return usage_error(m, "option '%s' needs a file, not an "
				    "empty name", "--data");
		} else
			return usage_error(m, "unknown option '%s'", a);
	}
	return n;
}

/*
 * Flush and close stdout, so that a full disk or a closed stdout is an
 * error (gnulib's close_stdout).  A reader that went away (EPIPE, when
 * SIGPIPE is ignored) is no news to the user: exit quietly.
 */
static int
close_stdout(struct messages *m)
{
	int failed = ferror(stdout);

	errno = 0;
	if (fclose(stdout) != 0 || failed) {
		if (errno == EPIPE)
			return -1;
		if (errno)
			msg_warn(m, "write error: %s", strerror(errno));
		else
			msg_warn(m, "write error");
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
	struct ctx c;
	struct options o;
	struct pager pager;
	char **args = argv + 1, date[32];
	const char *env;
	int nargs, status;

	hold_standard_fds();
	memset(&c, 0, sizeof c);
	/* No descriptor (fd -1, not 0): a command that loads nothing frees a
	 * database all the same, and would close standard input. */
	db_init(&c.db, NULL);
	msg_init(&c.msg);
	memset(&o, 0, sizeof o);
	memset(&pager, 0, sizeof pager);
	o.width = -1;
	if ((nargs = parse_options(argc, argv, &o, args, &c.msg)) < 0 ||
	    doc_date(date, sizeof date, &c.msg) < 0) {
		status = EXIT_TROUBLE;
	} else {
		c.format = o.format ? o.format : &doc_formats[0];
		c.all = o.all;
		c.data = o.data;
		if (c.data == NULL && (env = getenv("HIPACU_DATA")) != NULL &&
		    *env != '\0')
			c.data = env;
		c.r.width = terminal_width(o.width);
		c.msg.width = c.r.width;
		c.r.color = terminal_color(o.color) && c.format->terminal;
		c.r.terminal = terminal_stdout();
		c.r.width_asked = o.width >= 0;
		c.version = HIPACU_VERSION;
		c.date = date;
		c.database = c.data ? c.data : "built in, compiled from data/hipacu.rec";
		/* Decided before the pager takes stdout: is it a terminal? */
		pager_begin(&pager, &c.out, &c.msg, !o.no_pager);
		c.r.out = &c.out;
		status = o.version ? cmd_version(&c) :
		    cmd_run(&c, o.help, nargs, args);
		if (pager_end(&pager, &c.out, &c.msg) < 0)
			status = EXIT_TROUBLE;
	}
	ctx_free(&c);
	if (close_stdout(&c.msg) < 0)
		status = EXIT_TROUBLE;
	pager_pass_signal(&pager);
	return status;
}
