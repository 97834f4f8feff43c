/* shrink.c - an LD_PRELOAD shim for one test: when the process maps the
 * file HIPACU_SHRINK names, the file is cut to nothing right after, as
 * another program rewriting it in place would do. */
#define _GNU_SOURCE
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>

#include <dlfcn.h>
#include <stdlib.h>
#include <unistd.h>

typedef void *mmap_fn(void *, size_t, int, int, int, off_t);

void *
mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	static mmap_fn *real;
	const char *path = getenv("HIPACU_SHRINK");
	struct stat mapped, named;
	void *p;

	if (real == NULL)
		*(void **)&real = dlsym(RTLD_NEXT, "mmap");
	p = real(addr, len, prot, flags, fd, off);
	if (p != MAP_FAILED && path != NULL && fd >= 0 &&
	    fstat(fd, &mapped) == 0 && stat(path, &named) == 0 &&
	    mapped.st_dev == named.st_dev && mapped.st_ino == named.st_ino &&
	    truncate(path, 0) != 0)
		_exit(99);
	return p;
}
