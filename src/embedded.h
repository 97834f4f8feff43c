/* embedded.h - the database compiled into the binary (see embed.c). */
#ifndef HIPACU_EMBEDDED_H
#define HIPACU_EMBEDDED_H

#include <stddef.h>

extern char embedded_db[];
extern const size_t embedded_db_len;
extern const char embedded_db_name[];

#endif
