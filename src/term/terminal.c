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
#include <termios.h>
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
	p->signal = 0;
	if (p->collecting) {
		/* Kept, to know its height first. */
		buf_init(out);
		msg_hold(m);
	} else {
		buf_init_sink(out, stdout);
	}
}

/* Is the program that cmd starts with (a plain name) on PATH? */
static int
program_exists(const char *cmd)
{
	char path[PATH_MAX];
	const char *dirs = getenv("PATH"), *d, *colon;
	int n = (int)strcspn(cmd, " ");

	for (d = dirs ? dirs : "/usr/bin:/bin"; *d; d = *colon ? colon + 1 : colon) {
		colon = strchr(d, ':');
		if (colon == NULL)
			colon = d + strlen(d);
		/* An empty element of PATH is the current directory. */
		if (snprintf(path, sizeof path, "%.*s/%.*s",
		    colon > d ? (int)(colon - d) : 1, colon > d ? d : ".",
		    n, cmd) < (int)sizeof path &&
		    access(path, X_OK) == 0)
			return 1;
	}
	return 0;
}

/*
 * How hipacu knows that a pager lost the output: the output goes to the
 * pager not through a pipe but in an unlinked temporary file, the
 * pager's standard input, whose offset the pager shares with the
 * descriptor kept here.  Once the pager has exited, an offset of 0 says
 * exactly that it read nothing: it never started (sh's 127), or failed
 * at once (`false`, a bad option), and the output is still unread.  A
 * pager that read and then ended (less quit, whatever its status) is not
 * second-guessed: the person has read.  With no pipe there is no SIGPIPE
 * and no write blocked on a pager that is gone.
 *
 * The file is made in dir.  Returns its descriptor, at offset 0, or -1
 * with errno set.
 */
static int
pager_file(const char *dir, const char *text, size_t len)
{
	char path[PATH_MAX];
	size_t off = 0;
	ssize_t n;
	int fd, saved;

	if (snprintf(path, sizeof path, "%s/hipacu.XXXXXX", dir) >=
	    (int)sizeof path) {
		errno = ENAMETOOLONG;
		return -1;
	}
	if ((fd = mkstemp(path)) < 0)
		return -1;
	unlink(path);
	while (off < len) {
		if ((n = write(fd, text + off, len - off)) < 0) {
			if (errno == EINTR)
				continue;
			saved = errno;
			close(fd);
			errno = saved;
			return -1;
		}
		off += (size_t)n;
	}
	if (lseek(fd, 0, SEEK_SET) != 0) {
		saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	return fd;
}

/*
 * Run cmd with sh, its standard input fd, and wait for it; its wait
 * status in *status.  While it runs, SIGINT and SIGQUIT are ignored
 * here, as system(3) and git do: Ctrl-C is the pager's to take (less
 * stays, a script may die), and hipacu ends only after its pager, never
 * leaving it on the terminal.  A pager killed could not set the
 * terminal back (less in raw mode): that is done here.  Returns -1, with
 * errno, if it cannot start.
 */
static int
run_pager(const char *cmd, int fd, int *status)
{
	struct sigaction ignore, oldint, oldquit;
	struct termios tty;
	pid_t pid;
	int saved, have_tty = tcgetattr(STDOUT_FILENO, &tty) == 0;

	memset(&ignore, 0, sizeof ignore);
	ignore.sa_handler = SIG_IGN;
	sigemptyset(&ignore.sa_mask);
	sigaction(SIGINT, &ignore, &oldint);
	sigaction(SIGQUIT, &ignore, &oldquit);
	fflush(NULL);
	if ((pid = fork()) == 0) {
		/* What they were before: the pager is interrupted as any
		 * command the person runs. */
		sigaction(SIGINT, &oldint, NULL);
		sigaction(SIGQUIT, &oldquit, NULL);
		if (fd != STDIN_FILENO) {
			dup2(fd, STDIN_FILENO);
			close(fd);
		}
		/* As git does: less and lv keep colour and quit on one screen. */
		setenv("LESS", "FRX", 0);
		setenv("LV", "-c", 0);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	saved = errno;
	*status = 0;	/* unknown (SIGCHLD ignored): taken as done */
	if (pid > 0)
		while (waitpid(pid, status, 0) < 0 && errno == EINTR)
			;
	if (pid > 0 && WIFSIGNALED(*status) && have_tty)
		tcsetattr(STDOUT_FILENO, TCSADRAIN, &tty);
	sigaction(SIGINT, &oldint, NULL);
	sigaction(SIGQUIT, &oldquit, NULL);
	errno = saved;
	return pid < 0 ? -1 : 0;
}

/* Write the output here, then the messages held for after it. */
static void
write_directly(struct span text, struct messages *m)
{
	fwrite(text.p, 1, text.len, stdout);
	fflush(stdout);
	msg_release(m);
}

/*
 * Send text through the pager cmd.  Output is never lost: when the pager
 * cannot start, or ends in failure having read nothing (see pager_file),
 * the output is written directly, that is said in one line, and -1 is
 * returned (exit 2: the pager asked for failed, as an I/O error does).
 * The built-in less missing is nobody's setting: skipped, not reported.
 * A pager ended by Ctrl-C or Ctrl-\ was interrupted by the person: its
 * signal is kept in p->signal, for hipacu to end by.
 */
static int
page(struct pager *p, const char *cmd, int named, struct span text,
    struct messages *m)
{
	const char *dir = getenv("TMPDIR");
	struct buf q;
	off_t done;
	int fd, status;

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	/* A pager the person named is left to sh, which says if it is not
	 * found (and exits 127, having read nothing). */
	if (!named && !program_exists(cmd)) {
		write_directly(text, m);
		return 0;
	}
	if ((fd = pager_file(dir, text.p, text.len)) < 0) {
		status = errno;
		write_directly(text, m);
		msg_warn(m, "cannot page the output: a file in '%s': %s; "
		    "output written directly", msg_quote(&q, dir),
		    strerror(status));
		return -1;
	}
	if (run_pager(cmd, fd, &status) < 0) {
		status = errno;
		close(fd);
		write_directly(text, m);
		msg_warn(m, "cannot run pager '%s': %s; output written directly",
		    msg_quote(&q, cmd), strerror(status));
		return -1;
	}
	done = lseek(fd, 0, SEEK_CUR);
	close(fd);
	if (WIFSIGNALED(status) && (WTERMSIG(status) == SIGINT ||
	    WTERMSIG(status) == SIGQUIT)) {
		p->signal = WTERMSIG(status);
		msg_release(m);
		return 0;
	}
	if (done != 0 || (WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
		msg_release(m);
		return 0;
	}
	write_directly(text, m);
	if (WIFEXITED(status))
		msg_warn(m, "pager '%s' failed (exit %d); output written directly",
		    msg_quote(&q, cmd), WEXITSTATUS(status));
	else
		msg_warn(m, "pager '%s' failed (signal %d); output written "
		    "directly", msg_quote(&q, cmd), WTERMSIG(status));
	return -1;
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

/* The pager; *named is 1 if the person set it, 0 for the built-in one. */
static const char *
pager_command(int *named)
{
	const char *p;

	*named = 1;
	if ((p = getenv("HIPACU_PAGER")) != NULL && *p)
		return p;
	if ((p = getenv("PAGER")) != NULL && *p)
		return p;
	*named = 0;
	return DEFAULT_PAGER;
}

int
pager_end(struct pager *p, struct buf *out, struct messages *m)
{
	size_t cols, rows, lines = 0;
	struct span text = buf_span(out);
	const char *cmd;
	int named, r = 0;

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
	cmd = pager_command(&named);
	if (terminal_size(&cols, &rows) == 0)
		lines = screen_rows(text.p, text.len, cols);
	/* Messages come after the pager quits, or before unpaged output, so
	 * that they are not scrolled away. */
	if (lines == 0 || lines < rows || strcmp(cmd, "cat") == 0) {
		msg_release(m);
		fwrite(text.p, 1, text.len, stdout);
	} else {
		r = page(p, cmd, named, text, m);
	}
	buf_free(out);
	return r;
}

void
pager_pass_signal(const struct pager *p)
{
	if (p->signal == 0)
		return;
	signal(p->signal, SIG_DFL);
	raise(p->signal);
}
