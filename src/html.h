/* html.h - the HTML output: one self-contained page to save, print or
 * share (inline CSS, no script, nothing fetched). */
#ifndef HIPACU_HTML_H
#define HIPACU_HTML_H

#include <stdio.h>

#include "db.h"
#include "doc.h"
#include "search.h"

void html_entries(FILE *out, const struct db *db, const struct doc_info *info,
    const size_t *idx, size_t n);
void html_list(FILE *out, const struct db *db, const struct doc_info *info,
    const size_t *idx, size_t n);
void html_topics(FILE *out, const struct db *db, const struct doc_info *info);
void html_reference(FILE *out, const struct db *db, const struct doc_info *info);
void html_results(FILE *out, const struct db *db, const struct doc_info *info,
    const struct search_result *res);

#endif
