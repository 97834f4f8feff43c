/*
 * measure.c - run a command and print its wall time and peak memory.
 *
 *   measure OUTPUT COMMAND [ARG...]    prints "SECONDS MAXRSS_KB"
 *
 * The command's output goes to the file OUTPUT, not to /dev/null: GNU
 * grep stops at the first match when it sees its output is /dev/null,
 * which would flatter it.  Peak memory is getrusage's
 * ru_maxrss for the one child, which POSIX leaves to the system; Linux
 * gives kilobytes.
 */
#define _POSIX_C_SOURCE 200809L

#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

int
main(int argc, char *argv[])
{
	struct timespec t0, t1;
	struct rusage ru;
	pid_t pid;
	int status, fd;

	if (argc < 3) {
		fputs("usage: measure OUTPUT COMMAND [ARG...]\n", stderr);
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) < 0) {
		perror("fork");
		return 2;
	}
	if (pid == 0) {
		if ((fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644)) >= 0)
			dup2(fd, STDOUT_FILENO);
		execvp(argv[2], argv + 2);
		perror(argv[2]);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0) {
		perror("waitpid");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	getrusage(RUSAGE_CHILDREN, &ru);
	printf("%.6f %ld\n", (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9, ru.ru_maxrss);
	return WIFEXITED(status) && WEXITSTATUS(status) <= 1 ? 0 : 1;
}
