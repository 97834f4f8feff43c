/* cmdline.c - a hipacu command shown in text to be typed, which output
 * keeps whole: where one starts and ends. */
#include <string.h>

#include "cmdline.h"

/* Could the word at p (n bytes) be part of a command line: a command,
 * topic, id, option or NAME placeholder, maybe ending a sentence? */
static int
is_command_word(const char *p, size_t n)
{
	size_t i;

	if (n > 0 && strchr(".,;:)", p[n - 1]) != NULL)
		n--;
	for (i = 0; i < n; i++)
		if (!((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z') ||
		    (p[i] >= '0' && p[i] <= '9') || p[i] == '-'))
			return 0;
	return n > 0;
}

size_t
command_end(struct span text, size_t start)
{
	size_t words = 1, i = start + 6, j;

	while (words < 4 && i + 1 < text.len && text.p[i] == ' ' &&
	    strchr(".,;:)", text.p[i - 1]) == NULL) {
		for (j = i + 1; j < text.len && text.p[j] != ' ' && text.p[j] != '\t'; j++)
			;
		if (!is_command_word(text.p + i + 1, j - i - 1))
			break;
		i = j;
		words++;
	}
	return i;
}

size_t
command_at(struct span text, size_t i)
{
	size_t end;

	if (i + 6 > text.len || memcmp(text.p + i, "hipacu", 6) != 0 ||
	    (i > 0 && text.p[i - 1] != ' ' && text.p[i - 1] != '\t') ||
	    (i + 6 < text.len && text.p[i + 6] != ' ' &&
	    strchr(".,;:)", text.p[i + 6]) == NULL))
		return 0;
	end = command_end(text, i);
	while (end > i + 6 && strchr(".,;:)", text.p[end - 1]) != NULL)
		end--;
	return end - i;
}

int
command_is_cut(struct span text, size_t start)
{
	size_t end = command_end(text, start), j;

	if (end + 1 >= text.len || text.p[end] != ' ' ||
	    strchr(".,;:)", text.p[end - 1]) != NULL)
		return 0;
	for (j = end + 1; j < text.len && text.p[j] != ' ' &&
	    text.p[j] != '\t'; j++)
		;
	return is_command_word(text.p + end + 1, j - end - 1);
}
