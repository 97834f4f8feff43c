/*
 * screen.h - a full-screen session on the terminal: raw keys in, whole
 * frames out, on the alternate screen; the terminal always left as it
 * was, whatever ends the session.  termios and ANSI sequences only.
 */
#ifndef HIPACU_SCREEN_H
#define HIPACU_SCREEN_H

#include <stddef.h>

enum key {
	KEY_NONE,	/* nothing to act on (an unknown sequence, or a key
			 * browse has no use for: Right, Delete, F1...) */
	KEY_TEXT,	/* a character typed: its bytes in text */
	KEY_UP, KEY_DOWN, KEY_LEFT,
	KEY_PAGE_UP, KEY_PAGE_DOWN, KEY_HOME, KEY_END,
	KEY_ENTER, KEY_ESCAPE, KEY_BACKSPACE, KEY_TAB,
	KEY_CTRL_C,	/* quit */
	KEY_CTRL_L,	/* draw again */
	KEY_CTRL_U,	/* clear the line */
	KEY_CTRL_W,	/* delete a word */
	KEY_CTRL_Z,	/* suspend */
	KEY_RESIZE,	/* the window changed size, or the session came back
			 * from a stop: draw again */
	KEY_IDLE,	/* no key has come (not waiting): time to draw */
	KEY_EOF,	/* the terminal is gone */
	KEY_ERROR	/* reading failed: errno says why */
};

struct key_event {
	enum key key;
	char text[5];	/* KEY_TEXT: one character, NUL-terminated */
};

/*
 * Take the terminal: raw mode, the alternate screen, handlers that give
 * it back on SIGTERM, SIGHUP, SIGINT, SIGQUIT and the crash signals,
 * then die of the signal as before.  Returns 0, or -1 with errno set.
 */
int screen_open(void);

/* Give the terminal back as it was; safe to call twice. */
void screen_close(void);

/* The next key, a resize or the end of input; with wait 0, KEY_IDLE
 * when no whole key has come (keys typed ahead or pasted are all read
 * before the screen is drawn again). */
void screen_read_key(struct key_event *k, int wait);

/* Write a whole frame; 0, or -1 with errno set. */
int screen_write(const char *s, size_t len);

/* Ctrl-Z: give the terminal back and stop, as a shell's job; take it
 * again when continued. */
void screen_suspend(void);

#endif
