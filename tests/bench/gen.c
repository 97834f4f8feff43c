/*
 * gen.c - write a synthetic hipacu database of about SIZE megabytes.
 *
 *   gen SIZE_MB > big.rec
 *
 * Valid and realistic in shape: the four topics, entries of every topic
 * with titles, summaries, bodies of several paragraphs (some lines joined
 * with a backslash), aliases, keywords, See links and sources; words drawn
 * from a vocabulary of 20000 with Zipf-like frequencies.  The word
 * "zymurgic" is in about ten entries and "hipbone" in every third, for
 * timing a rare and a common search; a Term set maps "woozy" to
 * "zymurgic".  The output depends only on SIZE_MB.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VOCAB 20000
#define RARE "zymurgic"
#define COMMON "hipbone"

static unsigned long long rng = 88172645463325252ULL;
static char words[VOCAB][16];
static double cumulative[VOCAB];

static unsigned long
next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned long)(rng >> 11);
}

static double
uniform(void)
{
	return (double)(next() % 1000000007UL) / 1000000007.0;
}

/* A word of rank r follows Zipf's law: frequency about 1/r. */
static const char *
word(void)
{
	double u = uniform() * cumulative[VOCAB - 1];
	size_t lo = 0, hi = VOCAB - 1, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (cumulative[mid] < u)
			lo = mid + 1;
		else
			hi = mid;
	}
	return words[lo];
}

static void
make_vocabulary(void)
{
	static const char *syl[] = { "ka", "lo", "mi", "nu", "pe", "ra", "si", "to",
	    "ve", "zu", "bar", "con", "del", "fen", "gor", "hip", "in", "jun",
	    "ment", "tion", "ness", "ing", "ed", "al" };
	size_t i, k, n = sizeof syl / sizeof syl[0];
	double sum = 0;

	for (i = 0; i < VOCAB; i++) {
		size_t s = i;

		words[i][0] = '\0';
		for (k = 0; k < 4 && (k < 2 || s > 0); k++) {
			strcat(words[i], syl[s % n]);
			s /= n;
		}
		sum += 1.0 / (double)(i + 1);
		cumulative[i] = sum;
	}
}

/* Count words of text, joined by spaces, with some physical lines joined
 * by a backslash as people wrap long paragraphs. */
static void
text(int count, int wrap)
{
	int i, col = 0;

	for (i = 0; i < count; i++) {
		const char *w = word();

		if (wrap && col > 60) {
			fputs(" \\\n", stdout);
			col = 0;
		} else if (i > 0) {
			putchar(' ');
			col++;
		}
		fputs(w, stdout);
		col += (int)strlen(w);
	}
}

int
main(int argc, char *argv[])
{
	static const char *topics[] = { "condition", "mechanism", "session", "safety" };
	unsigned long target, n = 0, p, k;
	long pos;

	if (argc != 2 || (target = strtoul(argv[1], NULL, 10)) == 0) {
		fputs("usage: gen SIZE_MB\n", stderr);
		return 2;
	}
	target *= 1024UL * 1024UL;
	make_vocabulary();
	printf("# Synthetic database for benchmarks, about %s MB.\n\n", argv[1]);
	printf("%%rec: Topic\n%%key: Id\n\n");
	for (k = 0; k < 4; k++)
		printf("Id: %s\nTitle: Topic %s\nSummary: The %s topic.\n\n", topics[k],
		    topics[k], topics[k]);
	printf("%%rec: Entry\n%%key: Id\n\n");
	/* About 1000 bytes an entry: the rare word goes in ten of them. */
	for (;;) {
		pos = ftell(stdout);
		if (pos < 0 || (unsigned long)pos >= target)
			break;
		printf("Id: e%lu\nTopic: %s\nTitle: ", n, topics[n % 4]);
		text(3 + (int)(next() % 3), 0);
		printf("\nSummary: ");
		text(10 + (int)(next() % 10), 0);
		printf(".\nBody: ");
		for (p = 0, k = 2 + next() % 2; p < k; p++) {
			if (p > 0)
				printf("\n+\n+ ");
			text(25 + (int)(next() % 40), 1);
			if (p == 0 && n % 3 == 0)
				printf(" " COMMON);
			if (p == 1 && n % (target / 1000 / 10 + 1) == 7)
				printf(" " RARE);
			putchar('.');
		}
		for (k = next() % 3; k > 0; k--) {
			printf("\nAlias: ");
			text(1 + (int)(next() % 2), 0);
		}
		for (k = next() % 4; k > 0; k--) {
			printf("\nKeyword: ");
			text(1, 0);
		}
		for (k = n > 0 ? next() % 3 : 0; k > 0; k--)
			printf("\nSee: e%lu", next() % n);
		printf("\nSource: Section %lu\n\n", n % 17);
		n++;
	}
	/* People's words for the article's, as the shipped database has. */
	printf("%%rec: Term\n\nWord: woozy\nWord: light headed\nMeans: " RARE "\n\n"
	    "Word: hip bone\nMeans: " COMMON "\n");
	if (fflush(stdout) != 0) {
		perror("gen: write error");
		return 2;
	}
	return 0;
}
