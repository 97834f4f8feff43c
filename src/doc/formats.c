/* formats.c - the output formats: one row each.  A new format is its
 * renderer (one file, a doc_render_fn over the document model) and a row
 * here; --format, --help, the completion scripts and the fuzz target read
 * this table. */
#include <stdio.h>
#include <string.h>

#include "format_text.h"

doc_render_fn render_json, render_markdown, render_html;

const struct doc_format doc_formats[] = {
	{ "text", 1, render_text, 0 },	/* the default: wrapped, for people */
	{ "json", 0, render_json, 1 },
	{ "markdown", 0, render_markdown, 0 },
	{ "html", 0, render_html, 0 },
	{ NULL, 0, NULL, 0 }
};

const struct doc_format *
doc_format(const char *name)
{
	const struct doc_format *f;

	for (f = doc_formats; f->name != NULL; f++)
		if (strcmp(f->name, name) == 0)
			return f;
	return NULL;
}

void
doc_format_names(char *buf, size_t size)
{
	const struct doc_format *f;
	size_t len = 0;
	int n;

	buf[0] = '\0';
	for (f = doc_formats; f->name != NULL && len < size; f++) {
		n = snprintf(buf + len, size - len, "%s%s", f == doc_formats ? "" :
		    f[1].name == NULL ? " or " : ", ", f->name);
		if (n < 0)
			break;
		len += (size_t)n;
	}
}
