/* shrink.c - an LD_PRELOAD shim for one test: when the process maps the
 * file HIPACU_SHRINK names, the file is cut to nothing right after, as
 * another program rewriting it in place would do; when it first reads it
 * as it streams, right before. */
#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <dlfcn.h>
#include <stdlib.h>
#include <unistd.h>

typedef void *mmap_fn(void *, size_t, int, int, int, off_t);
typedef ssize_t pread_fn(int, void *, size_t, off_t);

/* Is fd the file path names (HIPACU_SHRINK)? */
static int
is_named(int fd, const char *path)
{
	struct stat opened, named;

	return path != NULL && fd >= 0 && fstat(fd, &opened) == 0 &&
	    stat(path, &named) == 0 && opened.st_dev == named.st_dev &&
	    opened.st_ino == named.st_ino;
}

ssize_t
pread(int fd, void *buf, size_t n, off_t off)
{
	static pread_fn *real;
	static int cut;
	const char *path = getenv("HIPACU_SHRINK");

	if (real == NULL)
		*(void **)&real = dlsym(RTLD_NEXT, "pread");
	if (!cut && is_named(fd, path)) {
		cut = 1;
		if (truncate(path, 0) != 0)
			_exit(99);
	}
	return real(fd, buf, n, off);
}

void *
mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	static mmap_fn *real;
	const char *path = getenv("HIPACU_SHRINK");
	void *p;

	if (real == NULL)
		*(void **)&real = dlsym(RTLD_NEXT, "mmap");
	p = real(addr, len, prot, flags, fd, off);
	if (p != MAP_FAILED && is_named(fd, path) && truncate(path, 0) != 0)
		_exit(99);
	return p;
}
