/* terminal.c - the terminal: colour, width and the pager. */
#define _POSIX_C_SOURCE 200809L

#include <sys/ioctl.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "terminal.h"

#define MAX_TERMINAL_WIDTH 100
#define DEFAULT_PAGER "less -FRX"

int
terminal_color(enum color_mode mode)
{
	const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");

	if (mode != COLOR_AUTO)
		return mode == COLOR_ALWAYS;
	/* No TERM says no more about the terminal than TERM=dumb does. */
	return terminal_stdout() && (no_color == NULL || *no_color == '\0') &&
	    term != NULL && *term != '\0' && strcmp(term, "dumb") != 0;
}

int
terminal_stdout(void)
{
	return isatty(STDOUT_FILENO);
}

int
terminal_size(size_t *cols, size_t *rows)
{
#ifdef TIOCGWINSZ
	struct winsize ws;

	if (terminal_stdout() && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col > 0 && ws.ws_row > 0) {
		*cols = ws.ws_col;
		*rows = ws.ws_row;
		return 0;
	}
#endif
	return -1;
}

/* A positive number from the environment, or 0. */
static size_t
env_number(const char *name)
{
	const char *s = getenv(name);
	char *end;
	long n;

	if (s == NULL || *s < '0' || *s > '9')
		return 0;
	errno = 0;
	n = strtol(s, &end, 10);
	return errno || *end != '\0' || n <= 0 || n > 100000 ? 0 : (size_t)n;
}

size_t
terminal_width(long option)
{
	size_t cols, rows;

	if (option >= 0)
		return (size_t)option;
	if (terminal_size(&cols, &rows) == 0)
		return cols < MAX_TERMINAL_WIDTH ? cols : MAX_TERMINAL_WIDTH;
	if ((cols = env_number("COLUMNS")) > 0)
		return cols;
	return 80;
}

void
pager_begin(struct pager *p, struct buf *out, struct messages *m,
    int allowed)
{
	p->collecting = allowed && terminal_stdout();
	if (p->collecting) {
		/* Kept, to know its height first. */
		buf_init(out);
		msg_hold(m);
	} else {
		buf_init_sink(out, stdout);
	}
}

/* Is the program that cmd starts with on PATH (or, with a slash, there)? */
static int
program_exists(const char *cmd)
{
	char prog[PATH_MAX], path[PATH_MAX];
	const char *dirs = getenv("PATH"), *d, *colon;
	size_t n = strcspn(cmd, " \t");

	if (n == 0 || n >= sizeof prog)
		return 0;
	memcpy(prog, cmd, n);
	prog[n] = '\0';
	/* Leave anything cleverer than a program name to the shell. */
	if (strpbrk(prog, "=$`'\"\\;|&<>(){}*?~") != NULL)
		return 1;
	if (strchr(prog, '/'))
		return access(prog, X_OK) == 0;
	for (d = dirs ? dirs : "/usr/bin:/bin"; *d; d = *colon ? colon + 1 : colon) {
		colon = strchr(d, ':');
		if (colon == NULL)
			colon = d + strlen(d);
		/* An empty element of PATH is the current directory. */
		if (snprintf(path, sizeof path, "%.*s/%s",
		    colon > d ? (int)(colon - d) : 1, colon > d ? d : ".",
		    prog) < (int)sizeof path &&
		    access(path, X_OK) == 0)
			return 1;
	}
	return 0;
}

/*
 * Run cmd with sh and write buf to its input.  A pager the user quits
 * early closes the pipe: that is no error.  Returns -1, having written
 * nothing, if the pager cannot start.
 */
static int
run_pager(const char *cmd, const char *buf, size_t len)
{
	void (*old)(int);
	size_t off = 0;
	ssize_t n;
	pid_t pid;
	int fds[2], status;

	if (!program_exists(cmd) || pipe(fds) < 0)
		return -1;
	if ((pid = fork()) < 0) {
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		dup2(fds[0], STDIN_FILENO);
		close(fds[0]);
		close(fds[1]);
		/* As git does: less and lv keep colour and quit on one screen. */
		setenv("LESS", "FRX", 0);
		setenv("LV", "-c", 0);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	close(fds[0]);
	old = signal(SIGPIPE, SIG_IGN);
	while (off < len) {
		if ((n = write(fds[1], buf + off, len - off)) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		off += (size_t)n;
	}
	close(fds[1]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	signal(SIGPIPE, old);
	return 0;
}

/*
 * How many rows of a terminal cols wide the text fills: a line longer
 * than the screen wraps (--width 0).  Escape codes take no room.
 */
static size_t
screen_rows(const char *s, size_t len, size_t cols)
{
	size_t rows = 0, col = 0, i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\n') {
			rows += col > 0 ? (col + cols - 1) / cols : 1;
			col = 0;
		} else if (c == 0x1b) {
			while (i + 1 < len && s[i + 1] != 'm')
				i++;
			i++;
		} else if ((c & 0xc0) != 0x80) {
			col++;
		}
	}
	return rows + (col + cols - 1) / cols;
}

static const char *
pager_command(void)
{
	const char *p;

	if ((p = getenv("HIPACU_PAGER")) != NULL && *p)
		return p;
	if ((p = getenv("PAGER")) != NULL && *p)
		return p;
	return DEFAULT_PAGER;
}

int
pager_end(struct pager *p, struct buf *out, struct messages *m)
{
	size_t cols, rows, lines = 0;
	struct span text = buf_span(out);
	const char *cmd;

	if (!p->collecting) {
		buf_free(out);	/* what it holds goes out */
		return 0;
	}
	p->collecting = 0;
	if (buf_failed(out)) {
		buf_free(out);
		msg_release(m);
		msg_oom(m);
		return -1;
	}
	cmd = pager_command();
	if (terminal_size(&cols, &rows) == 0)
		lines = screen_rows(text.p, text.len, cols);
	/* Messages come after the pager quits, or before unpaged output, so
	 * that they are not scrolled away. */
	if (lines == 0 || lines < rows || strcmp(cmd, "cat") == 0) {
		msg_release(m);
		fwrite(text.p, 1, text.len, stdout);
	} else if (run_pager(cmd, text.p, text.len) < 0) {
		msg_release(m);
		fwrite(text.p, 1, text.len, stdout);
	} else {
		fflush(stdout);
		msg_release(m);
	}
	buf_free(out);
	return 0;
}
