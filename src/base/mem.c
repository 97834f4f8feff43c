/* mem.c - allocation wrappers, and allocation failure for the tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"

#ifdef MEM_FAIL_TEST
/*
 * Test build only (tests/hipacu-failalloc): HIPACU_FAIL_ALLOC=N makes the
 * Nth allocation fail, and with HIPACU_FAIL_ALLOC_ALWAYS=1 every one after
 * it too.  HIPACU_ALLOC_LOG=FILE receives, at exit, how many allocations
 * were asked for and the site of the first that failed.
 */
static unsigned long count, fail_at;
static int fail_always, started;
static const char *failed_site;

static void
write_log(void)
{
	const char *path = getenv("HIPACU_ALLOC_LOG");
	FILE *f;

	if (path == NULL || (f = fopen(path, "w")) == NULL)
		return;
	fprintf(f, "allocations %lu\nfailed %s\n", count,
	    failed_site ? failed_site : "none");
	fclose(f);
}

static int
should_fail(const char *site)
{
	if (!started) {
		const char *n = getenv("HIPACU_FAIL_ALLOC");

		started = 1;
		fail_at = n ? strtoul(n, NULL, 10) : 0;
		fail_always = getenv("HIPACU_FAIL_ALLOC_ALWAYS") != NULL;
		atexit(write_log);
	}
	count++;
	if (fail_at == 0 || count < fail_at || (count > fail_at && !fail_always))
		return 0;
	if (failed_site == NULL)
		failed_site = site;
	return 1;
}
#else
#define should_fail(site) ((void)(site), 0)
#endif

void *
mem_alloc_at(size_t size, const char *site)
{
	if (should_fail(site))
		return NULL;
	return malloc(size ? size : 1);
}

void *
mem_realloc_at(void *p, size_t size, const char *site)
{
	if (should_fail(site))
		return NULL;
	return realloc(p, size ? size : 1);
}

int
mem_grow_at(void *pp, size_t *cap, size_t need, size_t size, const char *site)
{
	size_t n = *cap ? *cap : 8;
	void *old, *q;

	if (need <= *cap)
		return 0;
	while (n < need) {
		if (n > (size_t)-1 / 2)
			return -1;
		n *= 2;
	}
	if (n > (size_t)-1 / size)
		return -1;
	/* pp is the address of some T *; copy it out and back in as bytes. */
	memcpy(&old, pp, sizeof old);
	if ((q = mem_realloc_at(old, n * size, site)) == NULL)
		return -1;
	/*
	 * q is set just above.  gcc 12's -fanalyzer takes it for uninitialised
	 * on its path of a realloc that does not move the block (q == old,
	 * old copied in from *pp), even with q initialised; testing q == old
	 * would read a freed pointer.  So only that warning is silenced, here.
	 */
#if defined(__GNUC__) && __GNUC__ >= 10 && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wanalyzer-use-of-uninitialized-value"
#endif
	memcpy(pp, &q, sizeof q);
#if defined(__GNUC__) && __GNUC__ >= 10 && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
	*cap = n;
	return 0;
}

void
mem_free(void *p)
{
	free(p);
}
