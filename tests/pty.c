/*
 * pty.c - run a command on a pseudo-terminal and type keys at it, for
 * the tests and the benchmark of hipacu browse (no tmux needed).
 *
 *   tests/pty [-s COLSxROWS] [-m MARK] [-q MS] [-o FILE] [-l] [-r] KEYS
 *       COMMAND [ARG...]
 *
 * Each key of KEYS is typed once the command has answered the one before:
 * its output ends with MARK (-m; "frame": a frame of hipacu browse), or
 * has been quiet for MS milliseconds (-q, default 40).  In KEYS, \r is Enter, \e Escape, \xHH any byte, and
 * an escape sequence (\e[A) is one key; \+ joins two keys into one write
 * (\e\+x: Alt-x, as a terminal sends it), and after \- a key follows the
 * one before it 5 ms later, unanswered (a sequence in two reads);
 * \wCOLSxROWS; is no byte but the window resized, a key of its own (the
 * kernel signals SIGWINCH, as a terminal emulator's resize does).  Then
 * it waits for the command to end.  Prints "exit N" or "signal N", and "terminal changed" if the
 * command left the terminal's settings other than they were.  -o writes
 * all the output to FILE; -l prints each key's latency in milliseconds
 * (from the key to its MARK); -r sets the terminal raw first (for cat as
 * a peer).  Exits 0, or 1 if the terminal changed, 2 on a usage error, 3
 * if the command did not end within 10 seconds of the last key.
 */
#define _XOPEN_SOURCE 600

#include <sys/ioctl.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define MAX_KEYS 512
#define END_WAIT_MS 10000
#define ANSWER_WAIT_MS 10000

static int master = -1;
static pid_t child;
static int child_status, child_done;	/* its wait status, once it ended */
static FILE *record;
static char tail[64];		/* the last bytes read, to find MARK */
static size_t taillen;
static size_t since_key;	/* bytes read since the last key */

static double
now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/* Read what the command wrote within ms; 1 if something came, 0 if not,
 * -1 when the terminal is closed (the command ended). */
static int
read_some(int ms)
{
	struct pollfd p;
	char buf[4096];
	ssize_t n;
	size_t keep;

	p.fd = master;
	p.events = POLLIN;
	if (poll(&p, 1, ms) <= 0)
		return 0;
	n = read(master, buf, sizeof buf);
	if (n <= 0)
		return errno == EINTR || errno == EAGAIN ? 0 : -1;
	if (record)
		fwrite(buf, 1, (size_t)n, record);
	since_key += (size_t)n;
	/* Keep the last bytes, to see if the output ends with MARK. */
	if ((size_t)n >= sizeof tail) {
		memcpy(tail, buf + n - sizeof tail, sizeof tail);
		taillen = sizeof tail;
	} else {
		keep = taillen + (size_t)n > sizeof tail ? sizeof tail - (size_t)n : taillen;
		memmove(tail, tail + taillen - keep, keep);
		memcpy(tail + keep, buf, (size_t)n);
		taillen = keep + (size_t)n;
	}
	return 1;
}

/* Does the output since the key end with mark?  "frame": with a frame of
 * hipacu browse, which ends by showing or hiding the cursor. */
static int
ends_with(const char *mark)
{
	size_t m;

	if (strcmp(mark, "frame") == 0)
		return ends_with("\033[?25h") || ends_with("\033[?25l");
	m = strlen(mark);
	return since_key > 0 && taillen >= m &&
	    memcmp(tail + taillen - m, mark, m) == 0;
}

static int
ended(void)
{
	if (!child_done && waitpid(child, &child_status, WNOHANG) == child)
		child_done = 1;
	return child_done;
}

/* Wait for the answer to a key: MARK, or quiet.  -1: the command ended. */
static int
await(const char *mark, int quiet_ms)
{
	double start = now_ms();
	int r;

	for (;;) {
		if (ended())
			return -1;
		if (mark && ends_with(mark))
			return 0;
		if (now_ms() - start > ANSWER_WAIT_MS)
			return 0;
		r = read_some(mark ? 50 : quiet_ms);
		if (r < 0)
			return -1;
		if (r == 0 && !mark && since_key > 0)
			return 0;
	}
}

static char at_once[MAX_KEYS];	/* key i follows key i - 1 unanswered */
static struct winsize resize_to[MAX_KEYS];	/* key i resizes, if ws_col */
static struct winsize size_now;		/* as the keys so far leave it */

static void
bad_keys(const char *why)
{
	fprintf(stderr, "pty: %s\n", why);
	exit(2);
}

/* The keys of s, each as bytes: keys[i] from off[i] to off[i + 1]. */
static size_t
parse_keys(const char *s, char *bytes, size_t *off)
{
	size_t n = 0, len = 0;
	char *end;

	while (*s && n < MAX_KEYS - 1) {
		/* \+ : the next key goes with the one before, in one write;
		 * \- : it follows the one before at once (5 ms), unanswered. */
		if (s[0] == '\\' && s[1] == '+' && n > 0) {
			if (resize_to[n - 1].ws_col)
				bad_keys("a resize is a key of its own: no \\+ after it");
			s += 2;
		} else if (s[0] == '\\' && s[1] == '-' && n > 0) {
			s += 2;
			at_once[n] = 1;
			off[n++] = len;
		} else {
			off[n++] = len;
		}
		if (!*s)
			break;
		if (s[0] == '\\' && s[1] == 'r') {
			bytes[len++] = '\r';
			s += 2;
		} else if (s[0] == '\\' && s[1] == 'w') {
			unsigned long cols = strtoul(s + 2, &end, 10), rows = 0;

			if (*end == 'x')
				rows = strtoul(end + 1, &end, 10);
			if (*end != ';' || cols == 0 || rows == 0 ||
			    cols > 9999 || rows > 9999)
				bad_keys("\\w wants COLSxROWS;");
			if (off[n - 1] != len)
				bad_keys("a resize is a key of its own: no \\+ before it");
			/* The kernel signals only a change, and a key not
			 * answered waits for ANSWER_WAIT_MS. */
			if (cols == size_now.ws_col && rows == size_now.ws_row)
				bad_keys("\\w to the size the window has: no SIGWINCH would come");
			size_now.ws_col = (unsigned short)cols;
			size_now.ws_row = (unsigned short)rows;
			resize_to[n - 1] = size_now;
			s = end + 1;
		} else if (s[0] == '\\' && s[1] == 'x' && s[2] && s[3]) {
			char hex[3] = { s[2], s[3], '\0' };

			bytes[len++] = (char)strtol(hex, &end, 16);
			s += 4;
		} else if (s[0] == '\\' && s[1] == 'e') {
			bytes[len++] = '\033';
			s += 2;
			/* A sequence: ESC [ params final, one key. */
			if (*s == '[' || *s == 'O') {
				bytes[len++] = *s++;
				while (*s >= 0x20 && *s <= 0x3f)
					bytes[len++] = *s++;
				if (*s)
					bytes[len++] = *s++;
			}
		} else {
			bytes[len++] = *s++;
		}
	}
	off[n] = len;
	return n;
}

static void
usage(void)
{
	fputs("usage: pty [-s COLSxROWS] [-m MARK] [-q MS] [-o FILE] [-l] [-r] "
	    "KEYS COMMAND [ARG...]\n", stderr);
	exit(2);
}

int
main(int argc, char **argv)
{
	struct winsize ws = { 24, 80, 0, 0 };
	struct termios before, after, raw;
	static char bytes[MAX_KEYS * 8];
	size_t off[MAX_KEYS + 1], nkeys, k;
	const char *mark = NULL, *outfile = NULL;
	int quiet = 40, latency = 0, make_raw = 0, opt, slave, gone = 0;
	char name[256];
	unsigned cols, rows;
	double t0;
	pid_t pid;

	/* "+": options end at KEYS, as POSIX has it (GNU would read on). */
	while ((opt = getopt(argc, argv, "+s:m:q:o:lr")) != -1) {
		switch (opt) {
		case 's':
			if (sscanf(optarg, "%ux%u", &cols, &rows) != 2)
				usage();
			ws.ws_col = (unsigned short)cols;
			ws.ws_row = (unsigned short)rows;
			break;
		case 'm':
			mark = optarg;
			break;
		case 'q':
			quiet = atoi(optarg);
			break;
		case 'o':
			outfile = optarg;
			break;
		case 'l':
			latency = 1;
			break;
		case 'r':
			make_raw = 1;
			break;
		default:
			usage();
		}
	}
	if (argc - optind < 2)
		usage();
	size_now = ws;
	nkeys = parse_keys(argv[optind], bytes, off);
	if (outfile && (record = fopen(outfile, "w")) == NULL) {
		perror(outfile);
		return 2;
	}
	if ((master = posix_openpt(O_RDWR | O_NOCTTY)) < 0 || grantpt(master) < 0 ||
	    unlockpt(master) < 0) {
		perror("pty");
		return 2;
	}
	snprintf(name, sizeof name, "%s", ptsname(master));
	if ((slave = open(name, O_RDWR | O_NOCTTY)) < 0) {
		perror("pty");
		return 2;
	}
	ioctl(slave, TIOCSWINSZ, &ws);
	if (make_raw) {
		tcgetattr(slave, &raw);
		raw.c_lflag &= ~(tcflag_t)(ECHO | ICANON | ISIG | IEXTEN);
		raw.c_iflag &= ~(tcflag_t)(ICRNL | IXON);
		raw.c_oflag &= ~(tcflag_t)OPOST;
		raw.c_cc[VMIN] = 1;
		raw.c_cc[VTIME] = 0;
		tcsetattr(slave, TCSANOW, &raw);
	}
	tcgetattr(slave, &before);
	if ((child = pid = fork()) < 0) {
		perror("fork");
		return 2;
	}
	if (pid == 0) {
		/* Its own session, the pty its controlling terminal; stderr
		 * stays the caller's, to be read apart. */
		setsid();
		close(master);
		close(slave);
		/* Opened by a session leader: its controlling terminal. */
		if ((slave = open(name, O_RDWR)) < 0)
			_exit(127);
#ifdef TIOCSCTTY
		ioctl(slave, TIOCSCTTY, 0);
#endif
		dup2(slave, STDIN_FILENO);
		dup2(slave, STDOUT_FILENO);
		if (slave > STDERR_FILENO)
			close(slave);
		/* Ctrl-C and Ctrl-\ as on a terminal a person opens, even if
		 * this runs in the background of a script (which ignores them). */
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		execvp(argv[optind + 1], argv + optind + 1);
		perror(argv[optind + 1]);
		_exit(127);
	}
	/* The first frame, then each key once the one before is answered. */
	since_key = 0;
	if (await(mark, quiet) < 0)
		gone = 1;
	for (k = 0; k < nkeys && !gone; k++) {
		since_key = 0;
		taillen = 0;
		t0 = now_ms();
		if (resize_to[k].ws_col) {
			if (ioctl(master, TIOCSWINSZ, &resize_to[k]) < 0)
				break;
		} else if (write(master, bytes + off[k], off[k + 1] - off[k]) < 0)
			break;
		if (k + 1 < nkeys && at_once[k + 1]) {
			struct timespec pause = { 0, 5000000 };

			nanosleep(&pause, NULL);
			continue;
		}
		if (await(mark, quiet) < 0)
			gone = 1;
		if (latency && mark && !gone)
			printf("latency %.3f\n", now_ms() - t0);
	}
	/* Drain the output until it ends; the pty stays open here, so
	 * its end is the command's. */
	t0 = now_ms();
	while (!ended()) {
		if (now_ms() - t0 > END_WAIT_MS) {
			kill(pid, SIGKILL);
			waitpid(pid, &child_status, 0);
			printf("hung\n");
			return 3;
		}
		read_some(20);
	}
	while (read_some(0) > 0)
		;
	if (record)
		fclose(record);
	if (WIFEXITED(child_status))
		printf("exit %d\n", WEXITSTATUS(child_status));
	else
		printf("signal %d\n", WTERMSIG(child_status));
	tcgetattr(slave, &after);
	if (memcmp(&before.c_iflag, &after.c_iflag, sizeof before.c_iflag) ||
	    memcmp(&before.c_oflag, &after.c_oflag, sizeof before.c_oflag) ||
	    memcmp(&before.c_lflag, &after.c_lflag, sizeof before.c_lflag) ||
	    memcmp(before.c_cc, after.c_cc, sizeof before.c_cc)) {
		printf("terminal changed\n");
		return 1;
	}
	return 0;
}
