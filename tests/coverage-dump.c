/*
 * coverage-dump.c - linked into the coverage build only (tests/coverage.sh,
 * with -Wl,--wrap=raise,--wrap=_exit): a process that ends by raising a
 * signal again (the terminal given back first) or by _exit writes its gcov
 * counts first, as exit would have.  A stop (SIGTSTP) is not an end: the
 * counts are written when the process ends later.
 */
#include <signal.h>

void __gcov_dump(void);
int __real_raise(int);
void __real__exit(int);
int __wrap_raise(int);
void __wrap__exit(int);

int
__wrap_raise(int sig)
{
	if (sig != SIGTSTP)
		__gcov_dump();
	return __real_raise(sig);
}

void
__wrap__exit(int status)
{
	__gcov_dump();
	__real__exit(status);
}
