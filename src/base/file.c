/* file.c - a whole file in memory: mapped where it can be, else read. */
#define _POSIX_C_SOURCE 200809L

#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "file.h"
#include "mem.h"

/* Read fd to its end into a buffer that grows from cap bytes. */
static int
read_all(int fd, size_t cap, struct file *f, char *err, size_t size)
{
	char *buf, *nbuf;
	size_t len = 0;
	ssize_t n;

	if ((buf = mem_alloc(cap)) == NULL)
		return -2;
	for (;;) {
		if (len == cap) {
			if (cap > FILE_MAX) {
				snprintf(err, size, "file is larger than %lu bytes", FILE_MAX);
				break;
			}
			if ((nbuf = mem_realloc(buf, cap * 2)) == NULL) {
				mem_free(buf);
				return -2;
			}
			buf = nbuf;
			cap *= 2;
		}
		if ((n = read(fd, buf + len, cap - len)) < 0) {
			if (errno == EINTR)
				continue;
			snprintf(err, size, "%s", strerror(errno));
			break;
		}
		if (n == 0) {
			f->p = buf;
			f->len = len;
			f->how = FILE_MALLOC;
			return 0;
		}
		len += (size_t)n;
	}
	mem_free(buf);
	return -1;
}

int
file_load(const char *path, struct file *f, char *err, size_t size)
{
	struct stat st;
	void *map;
	int fd, rc;

	memset(f, 0, sizeof *f);
	/* Non-blocking: a FIFO must not hang the open; it is refused below. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK)) < 0) {
		snprintf(err, size, "%s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0) {
		snprintf(err, size, "%s", strerror(errno));
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		snprintf(err, size, "%s", S_ISDIR(st.st_mode) ? "is a directory" :
		    "not a regular file");
		close(fd);
		return -1;
	}
	if ((unsigned long)st.st_size > FILE_MAX) {
		snprintf(err, size, "file is larger than %lu bytes", FILE_MAX);
		close(fd);
		return -1;
	}
	/*
	 * Map the file: its pages come from the page cache as they are read,
	 * where a buffer to read into would cost a fresh page for every 4 kB.
	 * Read only: nothing is ever written to the text.
	 */
	if (st.st_size > 0) {
		map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (map != MAP_FAILED) {
			close(fd);
			f->p = map;
			f->len = (size_t)st.st_size;
			f->how = FILE_MAPPED;
			return 0;
		}
	}
	rc = read_all(fd, st.st_size > 0 ? (size_t)st.st_size + 1 : 65536, f,
	    err, size);
	close(fd);
	return rc;
}

void
file_release(struct file *f)
{
	if (f->how == FILE_MALLOC)
		mem_free((void *)f->p);
	else if (f->how == FILE_MAPPED && f->len > 0)
		munmap((void *)f->p, f->len);
	memset(f, 0, sizeof *f);
}
