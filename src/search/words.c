/* words.c - text split into search words: folded, stemmed, stopwords known. */
#include <string.h>

#include "words.h"

/* Is the character at s a letter or digit?  Sets *n to its length. */
static int
is_word_char(const char *s, size_t len, size_t *n)
{
	unsigned char c = (unsigned char)*s;
	unsigned long cp;

	*n = 1;
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	if ((*n = utf8_decode(s, len, &cp)) == 0) {
		*n = 1;
		return 0;
	}
	/* Latin-1 punctuation and symbols, x and /, and general punctuation. */
	if (cp <= 0xbf || cp == 0xd7 || cp == 0xf7 ||
	    (cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x3000 && cp <= 0x303f))
		return 0;
	return 1;
}

/* The length of an apostrophe (' or U+2019) at i, or 0. */
static size_t
apostrophe_at(struct span t, size_t i)
{
	if (t.p[i] == '\'')
		return 1;
	if (i + 3 <= t.len && memcmp(t.p + i, "\xe2\x80\x99", 3) == 0)
		return 3;
	return 0;
}

/* Is the character at i a letter (a word character that is no digit)? */
static int
is_letter_at(struct span t, size_t i)
{
	size_t n;

	return is_word_char(t.p + i, t.len - i, &n) &&
	    !(t.p[i] >= '0' && t.p[i] <= '9');
}

int
word_starts_at(const char *start, const char *at)
{
	const char *p = at;
	size_t n;

	if (at == start)
		return 1;
	if ((unsigned char)at[-1] < 0x80)
		return !is_word_char(at - 1, 1, &n);
	/* Back over continuation bytes to the character's first byte. */
	while (p > start && at - p < 4 && ((unsigned char)p[-1] & 0xc0) == 0x80)
		p--;
	if (p > start)
		p--;
	return !is_word_char(p, (size_t)(at - p), &n) || p + n != at;
}

int
word_next(struct span text, size_t *pos, struct word *w)
{
	size_t i = *pos, n, start;
	int full = 0;

	while (i < text.len && !is_word_char(text.p + i, text.len - i, &n))
		i += n;
	if (i >= text.len) {
		*pos = i;
		return 0;
	}
	start = i;
	w->foldlen = 0;
	for (;;) {
		/* An apostrophe inside a word joins it: "shouldn't" is one word,
		 * as a person types it without the apostrophe ("shouldnt"). */
		if (i < text.len && w->foldlen > 0 && (n = apostrophe_at(text, i)) > 0 &&
		    i + n < text.len && is_letter_at(text, i + n)) {
			i += n;
			continue;
		}
		if (i >= text.len || !is_word_char(text.p + i, text.len - i, &n))
			break;
		/* Past WORD_MAX the word is cut, never spliced: the fold stays a
		 * prefix of the word, as the search prefilter needs. */
		if (w->foldlen + n > WORD_MAX)
			full = 1;
		if (!full) {
			size_t k;

			for (k = 0; k < n; k++) {
				char c = text.p[i + k];

				w->fold[w->foldlen++] = (char)ascii_lower((unsigned char)c);
			}
		}
		i += n;
	}
	w->fold[w->foldlen] = '\0';
	w->raw.p = text.p + start;
	w->raw.len = i - start;
	memcpy(w->stem, w->fold, w->foldlen + 1);
	w->stemlen = word_stem(w->stem, w->foldlen);
	*pos = i;
	return 1;
}

/*
 * Suffixes, longest first within each ending; the first that leaves at
 * least three letters is replaced.  Tuned so that the words people type
 * meet the article's: dizzy/dizziness, bursa/bursae, needle/needles,
 * inflamed/inflammation/inflammatory, weekly/week, severe/severity.
 * No "-er": it made number/numb, thinner/thin and tender/tend one word;
 * only "-ier" (riskier/risky, dizzier/dizzy) is taken off.  "-ly" leaves
 * four letters at least: early is not ear.
 */
#define SUFFIX(s, w) { s, sizeof s - 1, w, sizeof w - 1 }

static const struct {
	const char *suffix;
	size_t len;
	const char *with;
	size_t withlen;
} suffixes[] = {
	SUFFIX("iness", "i"), SUFFIX("ations", ""), SUFFIX("ation", ""),
	SUFFIX("atory", ""), SUFFIX("ities", ""), SUFFIX("ity", ""),
	SUFFIX("ness", ""), SUFFIX("ments", ""), SUFFIX("ment", ""),
	SUFFIX("ings", ""), SUFFIX("ing", ""), SUFFIX("ies", "i"),
	SUFFIX("ied", "i"), SUFFIX("ier", "i"), SUFFIX("ly", ""),
	SUFFIX("ed", ""), SUFFIX("ae", "a"), SUFFIX("s", ""),
};

static int
is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

size_t
word_stem(char *s, size_t len)
{
	size_t i, sl, wl;

	for (i = 0; i < len; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return len;	/* numbers and non-ASCII words stay whole */
	for (i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		sl = suffixes[i].len;
		wl = suffixes[i].withlen;
		if (len < sl + 3 || memcmp(s + len - sl, suffixes[i].suffix, sl) != 0)
			continue;
		/* early is not ear */
		if (sl == 2 && memcmp(suffixes[i].suffix, "ly", 2) == 0 &&
		    len < 6)
			break;
		/* A final s of "ss", "us" and "is" is no plural: bursitis. */
		if (sl == 1 && (s[len - 2] == 's' || s[len - 2] == 'u' || s[len - 2] == 'i'))
			break;
		/* bleed and need are not past tenses. */
		if (sl == 2 && memcmp(suffixes[i].suffix, "ed", 2) == 0 && s[len - 3] == 'e')
			break;
		memcpy(s + len - sl, suffixes[i].with, wl);
		len = len - sl + wl;
		break;
	}
	if (len > 3 && s[len - 1] == 'e')
		len--;
	else if (len >= 3 && s[len - 1] == 'y')
		s[len - 1] = 'i';
	/* inflamm(ation) and inflam(ed) meet; "ll", "ss", "zz" stay. */
	if (len > 3 && s[len - 1] == s[len - 2] && !is_vowel(s[len - 1]) &&
	    s[len - 1] != 'l' && s[len - 1] != 's' && s[len - 1] != 'z')
		len--;
	s[len] = '\0';
	return len;
}

/* In byte order: word_is_stop searches them by halves.  Words that carry
 * no meaning in a question ("like", "really", "after") are here too, the
 * pieces an apostrophe leaves of a contraction ("don", "t", "ll"), and
 * contractions typed without it ("dont", "shouldnt").
 * Not "during": it is half of the title "During a session". */
static const char *const stopwords[] = {
	"a", "about", "actually", "after", "afterward", "afterwards", "again",
	"all", "also", "am", "an", "and", "any", "anyone", "anything", "are",
	"aren", "arent", "as", "at", "be", "because", "been", "before",
	"being", "both", "but", "by", "can", "cant", "could", "couldn",
	"couldnt", "d", "did", "didn", "didnt", "do", "does", "doesn",
	"doesnt", "doing", "don", "dont", "down", "each", "even", "ever",
	"for", "from", "further", "get", "gets", "getting", "go", "goes",
	"going", "got", "had", "has", "hasn", "hasnt", "have", "haven",
	"havent", "having", "he", "her", "here", "hers", "herself", "him",
	"himself", "his", "how", "i", "id", "if", "im", "in", "into",
	"is", "isn", "isnt", "it", "its", "itself", "ive", "just", "know",
	"like", "ll", "lot", "lots", "m", "make", "many", "maybe", "me",
	"might", "more", "most", "much", "must", "my", "myself", "no", "nor",
	"not", "now", "of", "off", "ok", "okay", "on", "only", "or", "other",
	"our", "ours", "ourselves", "out", "over", "own", "please", "probably",
	"re", "really", "s", "same", "she", "should", "shouldn", "shouldnt",
	"so", "some", "somebody", "someone", "something", "still", "such", "t",
	"take", "takes", "tell", "than", "that", "the", "their", "theirs",
	"them", "themselves", "then", "there", "these", "they", "theyre",
	"thing", "things", "this", "those", "through", "to", "too", "until",
	"up", "ve", "very", "want", "was", "wasn", "wasnt", "way", "we",
	"well", "were", "werent", "what", "whats", "when", "where", "which",
	"while", "who", "whom", "why", "will", "with", "won", "wont", "would",
	"wouldn", "wouldnt", "yet", "you", "your", "youre", "yours",
	"yourself", "yourselves",
};

int
word_is_stop(const char *fold, size_t len)
{
	size_t lo = 0, hi = sizeof stopwords / sizeof stopwords[0], mid;
	int c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strncmp(stopwords[mid], fold, len);
		if (c == 0 && stopwords[mid][len] != '\0')
			c = 1;
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/*
 * Is the word (fold, len bytes) a line of list, sorted in byte order?  A
 * binary search over the bytes: from the middle, back to the line start.
 */
int
word_in_list(struct span list, const char *fold, size_t len)
{
	size_t lo = 0, hi = list.len, mid, start, end, n;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		for (start = mid; start > lo && list.p[start - 1] != '\n'; start--)
			;
		for (end = start; end < hi && list.p[end] != '\n'; end++)
			;
		n = end - start < len ? end - start : len;
		if ((c = memcmp(list.p + start, fold, n)) == 0)
			c = end - start < len ? -1 : end - start > len;
		if (c == 0)
			return 1;
		if (c < 0)
			lo = end + 1;
		else
			hi = start;
	}
	return 0;
}
