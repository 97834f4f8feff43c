/* file.h - a whole file in memory: mapped where it can be, else read. */
#ifndef HIPACU_FILE_H
#define HIPACU_FILE_H

#include <stddef.h>

/* How a loaded file's bytes are held, and so how they are released. */
enum { FILE_BORROWED, FILE_MALLOC, FILE_MAPPED };

/* The largest file loaded: a larger one is refused, never cut. */
#define FILE_MAX (1UL << 30)

struct file {
	const char *p;
	size_t len;
	int how;		/* FILE_*: what file_release does */
};

/*
 * Load path whole, read only: mapped if it is a regular file that can be
 * mapped, else read (files such as /proc's that say they are empty).  A
 * FIFO, a directory or a file larger than FILE_MAX is refused.  Returns 0;
 * -1 with the reason in err (size bytes); or -2 when memory ran out.
 */
int file_load(const char *path, struct file *f, char *err, size_t size);

/* Release what file_load loaded (a FILE_BORROWED file is left alone). */
void file_release(struct file *f);

#endif
