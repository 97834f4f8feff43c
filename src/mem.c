/* mem.c - allocation wrappers. */
#include <stdlib.h>
#include <string.h>

#include "mem.h"

void *
mem_alloc(size_t size)
{
	return malloc(size ? size : 1);
}

void *
mem_realloc(void *p, size_t size)
{
	return realloc(p, size ? size : 1);
}

int
mem_grow(void *pp, size_t *cap, size_t need, size_t size)
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
	if ((q = mem_realloc(old, n * size)) == NULL)
		return -1;
	memcpy(pp, &q, sizeof q);
	*cap = n;
	return 0;
}

void
mem_free(void *p)
{
	free(p);
}
