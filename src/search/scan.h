/* scan.h - the text of the entries scanned as grep scans a file. */
#ifndef HIPACU_SCAN_H
#define HIPACU_SCAN_H

#include <stddef.h>

#include "../data/db.h"
#include "words.h"

/*
 * Call found(arg, entry, at) for each place at in the text of an entry
 * that holds needle (n bytes, lower case), ignoring ASCII case: one scan
 * of the text per case of its first byte, about what grep costs.  Stops
 * and returns what found returns when that is not 0 (-1: out of memory,
 * 1: enough found); else returns 0.
 */
int scan_places(const struct db *db, const char *needle, size_t n,
    int (*found)(void *arg, size_t entry, const char *at), void *arg);

/* Which searchable field of entry e (FIELD_*) holds the byte at, in the
 * text as written; -1 if none (a field name, a comment, a Source...). */
int scan_field_at(const struct db *db, const struct record *e, const char *at);

/* The word that starts at at, in the text as written (a word is never
 * longer than 4 * WORD_MAX bytes of it); 0 if none starts there. */
int scan_word_at(const struct db *db, const char *at, struct word *w);

/*
 * Call fn(arg, field, w) for each word of entry e's searchable fields
 * (FIELD_*), in order, each value decoded into scratch first: the way to
 * read an entry word by word.  Stops at fn's first answer that is not 0
 * and returns it; else 0.
 */
int scan_entry_words(const struct db *db, const struct record *e,
    struct db_scratch *scratch,
    int (*fn)(void *arg, int field, const struct word *w), void *arg);

/*
 * The check that needs the words of the entries: each word of a Term's
 * Means or Nearest must be held by some entry.  It walks the entries
 * until every word is found (a file that streams: a reading of its own,
 * which stops there).  A loaded file gets it as its db->check, so that
 * every command checks a file as 'hipacu check' does.  Returns 0, or -1
 * with diagnostics added.
 */
int scan_check_terms(struct db *db);

#endif
