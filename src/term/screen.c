/* screen.c - a full-screen session on the terminal: raw keys in, whole
 * frames out, the terminal always given back as it was. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "../base/sgr.h"
#include "screen.h"
#include "../base/text.h"

/* The alternate screen, cleared, cursor hidden, no automatic margins (a
 * character in the last column must not scroll the screen); and back. */
#define ENTER_SCREEN "\033[?1049h\033[?7l\033[?25l\033[H\033[2J"
#define LEAVE_SCREEN SGR_RESET "\033[?25h\033[?7h\033[?1049l"

/* How long a lone Escape waits for the rest of a key's sequence (over a
 * slow link the bytes of one key may come apart). */
#define ESCAPE_WAIT_MS 50

static struct termios saved;		/* the terminal as it was */
static volatile sig_atomic_t taken;	/* raw mode and the alternate screen on */
static volatile sig_atomic_t resized;	/* a resize or a continue to draw */
static int wake[2] = { -1, -1 };	/* the handlers wake the key reader */

/* Typed bytes not yet made into keys. */
static unsigned char in[256];
static size_t inlen;

/*
 * Signals whose default ends the program: the terminal is given back
 * first, then the signal does what it did before.  The crash signals
 * come last: one the shell had ignored before them stays ignored.
 */
static const int ending[] = {
	SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM,
#ifdef SIGVTALRM
	SIGVTALRM,
#endif
#ifdef SIGPROF
	SIGPROF,
#endif
#ifdef SIGXCPU
	SIGXCPU,
#endif
#ifdef SIGXFSZ
	SIGXFSZ,
#endif
	SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT,
#ifdef SIGSYS
	SIGSYS,
#endif
#ifdef SIGTRAP
	SIGTRAP,
#endif
};
#define NENDING (sizeof ending / sizeof ending[0])
#define FIRST_CRASH_SIGNAL SIGSEGV
static struct sigaction before[NENDING], before_winch, before_tstp,
    before_cont;

/* Everything below up to screen_open runs in signal handlers too: only
 * write, tcgetattr, tcsetattr, sigaction and raise, which are
 * async-signal-safe. */
static int
write_all(const char *s, size_t len)
{
	ssize_t n;

	while (len > 0) {
		n = write(STDOUT_FILENO, s, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		s += n;
		len -= (size_t)n;
	}
	return 0;
}

static void
give_back(void)
{
	int saved_errno = errno;

	if (taken) {
		taken = 0;
		(void)write_all(LEAVE_SCREEN, sizeof LEAVE_SCREEN - 1);
		tcsetattr(STDIN_FILENO, TCSADRAIN, &saved);
	}
	errno = saved_errno;
}

static int
take(void)
{
	struct termios raw = saved;

	/* Bytes as typed: no echo, no line editing, no signals from keys
	 * (Ctrl-C and Ctrl-Z are read as keys), no CR-NL translation. */
	raw.c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INLCR | IGNCR | INPCK |
	    ISTRIP | IXON);
	raw.c_oflag &= ~(tcflag_t)OPOST;
	raw.c_cflag |= CS8;
	raw.c_lflag &= ~(tcflag_t)(ECHO | ICANON | IEXTEN | ISIG);
	raw.c_cc[VMIN] = 1;
	raw.c_cc[VTIME] = 0;
	if (tcsetattr(STDIN_FILENO, TCSADRAIN, &raw) < 0)
		return -1;
	taken = 1;
	(void)write_all(ENTER_SCREEN, sizeof ENTER_SCREEN - 1);
	return 0;
}

static void
wake_reader(void)
{
	int saved_errno = errno;
	ssize_t n = write(wake[1], "!", 1);

	(void)n;
	errno = saved_errno;
}

/* The session ends: give the terminal back, then let the signal do what
 * it did before (hipacu's SIGBUS guard, a sanitizer's report, or the
 * default): raised again, it comes once this handler returns. */
static void
on_ending(int sig)
{
	size_t i;

	give_back();
	for (i = 0; i < NENDING; i++)
		if (ending[i] == sig)
			sigaction(sig, &before[i], NULL);
	raise(sig);
}

static void
on_winch(int sig)
{
	(void)sig;
	resized = 1;
	wake_reader();
}

/* A stop (Ctrl-Z, or kill -TSTP): give the terminal back first. */
static void
on_tstp(int sig)
{
	struct sigaction dfl;

	give_back();
	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	sigfillset(&dfl.sa_mask);
	sigaction(sig, &dfl, NULL);
	raise(sig);	/* stops here once this handler returns */
}

/* Back from a stop: the terminal as the shell has it now (stty while
 * stopped counts), then raw again and drawn again. */
static void
on_cont(int sig)
{
	struct sigaction sa;

	(void)sig;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_tstp;
	sigfillset(&sa.sa_mask);
	sigaction(SIGTSTP, &sa, NULL);
	if (!taken && tcgetattr(STDIN_FILENO, &saved) == 0 && take() == 0) {
		resized = 1;
		wake_reader();
	}
}

/* A handler runs with every other signal held back. */
static void
handle(int sig, void (*fn)(int), struct sigaction *old)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sigfillset(&sa.sa_mask);
	sigaction(sig, &sa, old);
}

/* Hold signals back while the terminal or the handlers change. */
static void
hold(sigset_t *old)
{
	sigset_t all;

	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, old);
}

static void
release(const sigset_t *old)
{
	sigprocmask(SIG_SETMASK, old, NULL);
}

static int
crash_signal(int sig)
{
	size_t i;

	for (i = 0; i < NENDING && ending[i] != FIRST_CRASH_SIGNAL; i++)
		if (ending[i] == sig)
			return 0;
	return 1;
}

int
screen_open(void)
{
	sigset_t old;
	size_t i;
	int rc = 0;

	if (tcgetattr(STDIN_FILENO, &saved) < 0 || pipe(wake) < 0)
		return -1;
	/* A handler never waits on the pipe, and no child inherits it. */
	for (i = 0; i < 2; i++) {
		fcntl(wake[i], F_SETFL, fcntl(wake[i], F_GETFL) | O_NONBLOCK);
		fcntl(wake[i], F_SETFD, FD_CLOEXEC);
	}
	hold(&old);
	for (i = 0; i < NENDING; i++) {
		handle(ending[i], on_ending, &before[i]);
		/* A signal the shell had ignored (nohup) stays ignored. */
		if (before[i].sa_handler == SIG_IGN && !crash_signal(ending[i]))
			sigaction(ending[i], &before[i], NULL);
	}
	handle(SIGWINCH, on_winch, &before_winch);
	handle(SIGCONT, on_cont, &before_cont);
	handle(SIGTSTP, on_tstp, &before_tstp);
	if (before_tstp.sa_handler == SIG_IGN)	/* no job control */
		sigaction(SIGTSTP, &before_tstp, NULL);
	inlen = 0;
	resized = 0;
	if (take() < 0)
		rc = -1;
	release(&old);
	if (rc < 0)
		screen_close();
	return rc;
}

void
screen_close(void)
{
	sigset_t old;
	size_t i;

	if (wake[0] < 0)
		return;
	hold(&old);
	give_back();
	for (i = 0; i < NENDING; i++)
		sigaction(ending[i], &before[i], NULL);
	sigaction(SIGWINCH, &before_winch, NULL);
	sigaction(SIGTSTP, &before_tstp, NULL);
	sigaction(SIGCONT, &before_cont, NULL);
	close(wake[0]);
	close(wake[1]);
	wake[0] = wake[1] = -1;
	release(&old);
}

int
screen_write(const char *s, size_t len)
{
	return write_all(s, len);
}

void
screen_suspend(void)
{
	struct sigaction now;

	/* Without job control (SIGTSTP ignored) there is nowhere to go. */
	if (sigaction(SIGTSTP, NULL, &now) == 0 && now.sa_handler == on_tstp)
		raise(SIGTSTP);
}

/*
 * Wait up to ms milliseconds (-1: for ever) for input, and read what has
 * come.  Returns 1 if bytes were added, 0 on a timeout or a wake-up by a
 * handler, -1 at the end of input or on an error (errno 0 for the end).
 */
static int
fill(int ms)
{
	struct pollfd p[2];
	char drain[64];
	ssize_t n;

	p[0].fd = STDIN_FILENO;
	p[0].events = POLLIN;
	p[1].fd = wake[0];
	p[1].events = POLLIN;
	if (poll(p, 2, ms) < 0)
		return errno == EINTR ? 0 : -1;
	/* Every wake-up byte the handlers wrote, taken: the pipe does not
	 * block, so this ends when it is empty. */
	if (p[1].revents & POLLIN)
		while (read(wake[0], drain, sizeof drain) > 0)
			;
	if (!(p[0].revents & (POLLIN | POLLHUP | POLLERR)))
		return 0;
	n = read(STDIN_FILENO, in + inlen, sizeof in - inlen);
	if (n < 0)
		return errno == EINTR || errno == EAGAIN ? 0 : -1;
	if (n == 0) {
		errno = 0;
		return -1;
	}
	inlen += (size_t)n;
	return 1;
}

/* The key of an escape sequence's final byte (and its number, for "~"). */
static enum key
sequence_key(unsigned char final, unsigned long num)
{
	switch (final) {
	case 'A': return KEY_UP;
	case 'B': return KEY_DOWN;
	case 'D': return KEY_LEFT;
	case 'H': return KEY_HOME;
	case 'F': return KEY_END;
	case '~':
		switch (num) {
		case 1: case 7: return KEY_HOME;
		case 4: case 8: return KEY_END;
		case 5: return KEY_PAGE_UP;
		case 6: return KEY_PAGE_DOWN;
		}
	}
	return KEY_NONE;
}

/*
 * The key at the start of the input into *k; returns the bytes it took,
 * or 0 if its bytes have not all come yet (a lone Escape, a part of a
 * sequence or of a UTF-8 character): then, with complete set, what has
 * come is taken as it is.
 */
static size_t
parse_key(struct key_event *k, int complete)
{
	static const struct {
		unsigned char byte;
		enum key key;
	} controls[] = {
		{ '\r', KEY_ENTER }, { '\n', KEY_ENTER }, { 0x7f, KEY_BACKSPACE },
		{ 0x08, KEY_BACKSPACE }, { '\t', KEY_TAB }, { 0x03, KEY_CTRL_C },
		{ 0x0e, KEY_DOWN }, { 0x10, KEY_UP }, { 0x0c, KEY_CTRL_L },
		{ 0x15, KEY_CTRL_U }, { 0x17, KEY_CTRL_W }, { 0x1a, KEY_CTRL_Z },
		{ 0x07, KEY_ESCAPE },
	};
	unsigned long cp, num = 0;
	size_t i, n;

	k->key = KEY_NONE;
	k->text[0] = '\0';
	if (in[0] == 0x1b) {
		if (inlen == 1) {
			k->key = KEY_ESCAPE;
			return complete;
		}
		/* Alt-x: the x alone, as if typed; Escape and a key at once
		 * (Ctrl-U, another Escape): Escape, then that key. */
		if (in[1] != '[' && in[1] != 'O') {
			if (in[1] < 0x20 || in[1] == 0x7f)
				k->key = KEY_ESCAPE;
			return 1;
		}
		/* CSI or SS3: parameters and intermediates, then a final byte. */
		for (i = 2; i < inlen && in[i] >= 0x20 && in[i] <= 0x3f; i++)
			if (in[i] >= '0' && in[i] <= '9' && num < 1000)
				num = num * 10 + (in[i] - '0');
		if (i == inlen)
			return complete ? inlen : 0;
		k->key = sequence_key(in[i], num);
		return i + 1;
	}
	for (i = 0; i < sizeof controls / sizeof controls[0]; i++)
		if (in[0] == controls[i].byte) {
			k->key = controls[i].key;
			return 1;
		}
	if (in[0] < 0x20)
		return 1;
	if (in[0] < 0x80) {
		k->key = KEY_TEXT;
		k->text[0] = (char)in[0];
		k->text[1] = '\0';
		return 1;
	}
	n = in[0] >= 0xf0 ? 4 : in[0] >= 0xe0 ? 3 : 2;
	if (inlen < n && !complete)
		return 0;
	if ((n = utf8_decode((const char *)in, inlen, &cp)) == 0 ||
	    is_control(cp) || hidden_char(cp) != NULL)
		return 1;	/* not a character: dropped */
	k->key = KEY_TEXT;
	memcpy(k->text, in, n);
	k->text[n] = '\0';
	return n;
}

void
screen_read_key(struct key_event *k, int wait)
{
	size_t used;
	int r;

	for (;;) {
		if (resized) {
			resized = 0;
			k->key = KEY_RESIZE;
			return;
		}
		if (inlen == 0) {
			if ((r = fill(wait ? -1 : 0)) < 0) {
				k->key = errno ? KEY_ERROR : KEY_EOF;
				return;
			}
			if (r == 0 && !wait && !resized) {
				k->key = KEY_IDLE;
				return;
			}
			continue;
		}
		/* A full buffer is all the key there is. */
		if ((used = parse_key(k, inlen == sizeof in)) == 0) {
			/* The rest of a key comes at once, or not at all. */
			if ((r = fill(ESCAPE_WAIT_MS)) < 0) {
				k->key = errno ? KEY_ERROR : KEY_EOF;
				return;
			}
			if (r == 0)
				used = parse_key(k, 1);
		}
		if (used > 0) {
			memmove(in, in + used, inlen - used);
			inlen -= used;
			if (k->key != KEY_NONE)
				return;
		}
	}
}
