/* embedded.h - files compiled into the binary (see src/tool/embed.c). */
#ifndef HIPACU_EMBEDDED_H
#define HIPACU_EMBEDDED_H

#include <stddef.h>

#include "db.h"

/* data/hipacu.rec, the built-in database. */
extern const char embedded_db[];
extern const size_t embedded_db_len;
extern const char embedded_db_name[];

/* The same, parsed and checked when hipacu was built (see src/tool/embed.c). */
extern const struct db embedded_db_parsed;

/* data/words.txt: English words, one a line in byte order, which search
 * never reads as typos (see words.h). */
extern const char embedded_words[];
extern const size_t embedded_words_len;
extern const char embedded_words_name[];

/* data/common.txt: the most common English words (SCOWL sizes 10 and 20),
 * of any length, one a line in byte order. */
extern const char embedded_common[];
extern const size_t embedded_common_len;
extern const char embedded_common_name[];

/* data/health.txt and data/circumstance.txt: words of health and of a
 * question's circumstance, distilled from WordNet (data/lexicon.py). */
extern const char embedded_health[], embedded_circumstance[];
extern const size_t embedded_health_len, embedded_circumstance_len;
extern const char embedded_health_name[], embedded_circumstance_name[];

/* The completion scripts that 'hipacu completion SHELL' prints. */
extern const char completion_bash[], completion_zsh[], completion_fish[];
extern const size_t completion_bash_len, completion_zsh_len, completion_fish_len;
extern const char completion_bash_name[], completion_zsh_name[],
    completion_fish_name[];

#endif
