/* mem.h - the one place hipacu allocates memory. */
#ifndef HIPACU_MEM_H
#define HIPACU_MEM_H

#include <stddef.h>

/*
 * Every allocation goes through these so that a test build can make one
 * fail on purpose.  They return NULL on failure and never exit: callers
 * pass the failure up to main, which reports "out of memory".
 */
void *mem_alloc(size_t size);
void *mem_realloc(void *p, size_t size);
/* Grow *p to hold at least need elements of size each; doubles the capacity. */
int mem_grow(void *pp, size_t *cap, size_t need, size_t size);
void mem_free(void *p);

#endif
