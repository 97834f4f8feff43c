/* mem.h - the one place hipacu allocates memory. */
#ifndef HIPACU_MEM_H
#define HIPACU_MEM_H

#include <stddef.h>

/* What is said when an allocation fails: the one wording. */
#define MEM_OUT_OF_MEMORY "out of memory"

/*
 * Every allocation goes through these so that a test build can make one
 * fail on purpose (see mem.c).  They return NULL (or -1) on failure and
 * never exit: callers pass the failure up to main, which reports "out of
 * memory".  Each call records its file and line, to name the site that a
 * test made fail.
 */
#define MEM_STR2(x) #x
#define MEM_STR(x) MEM_STR2(x)
#define MEM_SITE __FILE__ ":" MEM_STR(__LINE__)

#define mem_alloc(size) mem_alloc_at((size), MEM_SITE)
#define mem_realloc(p, size) mem_realloc_at((p), (size), MEM_SITE)
/* Grow *pp (a T *) to hold at least need elements of size bytes each,
 * doubling its capacity *cap; 0, or -1 with *pp unchanged. */
#define mem_grow(pp, cap, need, size) mem_grow_at((pp), (cap), (need), (size), MEM_SITE)

void *mem_alloc_at(size_t size, const char *site);
void *mem_realloc_at(void *p, size_t size, const char *site);
int mem_grow_at(void *pp, size_t *cap, size_t need, size_t size, const char *site);
void mem_free(void *p);

#endif
