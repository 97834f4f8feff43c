/* format_text.h - the text format, and its wrapping for hipacu's own prose. */
#ifndef HIPACU_FORMAT_TEXT_H
#define HIPACU_FORMAT_TEXT_H

#include "doc.h"

/* The document as text: wrapped to the width, in colour if asked. */
doc_render_fn render_text;

/* A paragraph wrapped to the width, each line after the first indented. */
void render_paragraph(const struct render *r, struct span text, size_t indent);

#endif
