/* markdown.h - the Markdown output: CommonMark to keep, share or convert. */
#ifndef HIPACU_MARKDOWN_H
#define HIPACU_MARKDOWN_H

#include <stdio.h>

#include "db.h"
#include "doc.h"
#include "search.h"

void md_entries(FILE *out, const struct db *db, const struct doc_info *info,
    const size_t *idx, size_t n);
void md_list(FILE *out, const struct db *db, const struct doc_info *info,
    const size_t *idx, size_t n);
void md_topics(FILE *out, const struct db *db, const struct doc_info *info);
void md_reference(FILE *out, const struct db *db, const struct doc_info *info);
void md_results(FILE *out, const struct db *db, const struct doc_info *info,
    const struct search_result *res);

#endif
