/*
 * fuzz.c - the fuzz target: parse one input as a database and, if it
 * loads, look names up, search and render it every way hipacu can.
 * Built with clang -fsanitize=fuzzer by 'make fuzz'; built with replay.c
 * into tests/fuzz-replay, which 'make test' runs over the corpus.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/db.h"
#include "../../src/html.h"
#include "../../src/json.h"
#include "../../src/lookup.h"
#include "../../src/markdown.h"
#include "../../src/mem.h"
#include "../../src/render.h"
#include "../../src/scan.h"
#include "../../src/search.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *sink;

/* Names and queries taken from the input itself, and some fixed ones. */
static void
look_up(const struct db *db, struct span from_input)
{
	static struct search_result res;
	static struct db_scratch scratch;
	struct english_words english;
	struct span names[4], near[3];
	struct lookup l;
	size_t i, t;

	names[0] = from_input;
	names[1] = db->entries[0].id;
	names[2] = db->entries[db->nentries - 1].title;
	names[3] = span_from("pacemakr dizzy the");
	english.english = span_from("dizzy\npregnant\n");
	english.common = span_from("");
	for (i = 0; i < 4; i++) {
		for (t = 0; t < db->ntopics; t++) {
			lookup_name(db, t, names[i], 1, &l);
			lookup_suggest(db, t, names[i], near, 3);
		}
		lookup_name(db, LOOKUP_ANY_TOPIC, names[i], 0, &l);
		if (search_run(db, &english, &names[i], 1, &res) == 0) {
			struct render r = { NULL, 30, 1, NULL };

			r.out = sink;
			r.scratch = &scratch;
			render_results(&r, db, &res, 5, "footer");
			json_results(sink, db, &res);
			{
				struct doc_info info = { "0", "today", "fuzz.rec", NULL,
					&scratch };

				html_results(sink, db, &info, &res);
				md_results(sink, db, &info, &res);
			}
		}
		search_free(&res);
	}
}

static void
render_all(const struct db *db)
{
	static const size_t widths[] = { 0, 1, 20, 80 };
	static struct db_scratch scratch;
	struct render r;
	size_t *idx, i, w;

	if ((idx = malloc(db->nentries * sizeof *idx)) == NULL)
		return;
	for (i = 0; i < db->nentries; i++)
		idx[i] = i;
	for (w = 0; w < sizeof widths / sizeof widths[0]; w++) {
		r.out = sink;
		r.width = widths[w];
		r.color = (int)(w & 1);
		r.scratch = &scratch;
		render_entries(&r, db, idx, db->nentries);
		render_list(&r, db, idx, db->nentries, "footer");
		render_topics(&r, db);
		render_overview(&r, db);
	}
	json_entries(sink, db, &scratch, idx, db->nentries);
	json_topics(sink, db);
	{
		struct doc_info info = { "0", "today", "fuzz.rec", NULL, &scratch };

		html_entries(sink, db, &info, idx, db->nentries);
		html_list(sink, db, &info, idx, db->nentries);
		html_topics(sink, db, &info);
		html_reference(sink, db, &info);
		md_entries(sink, db, &info, idx, db->nentries);
		md_list(sink, db, &info, idx, db->nentries);
		md_topics(sink, db, &info);
		md_reference(sink, db, &info);
	}
	free(idx);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct db db;
	struct span first;
	char *buf;

	if (sink == NULL && (sink = fopen("/dev/null", "w")) == NULL)
		return 0;
	/* Exactly size bytes, as a mapped file has: ASan sees any over-read. */
	if ((buf = mem_alloc(size)) == NULL)
		return 0;
	memcpy(buf, data, size);
	/* The first line of the input, before the parser rewrites the copy. */
	first.p = (const char *)data;
	first.len = size;
	if (memchr(data, '\n', size))
		first.len = (size_t)((const uint8_t *)memchr(data, '\n', size) - data);
	db_init(&db, NULL);
	if (db_parse(&db, buf, size, "fuzz.rec", FILE_MALLOC) == 0) {
		look_up(&db, first);
		render_all(&db);
		scan_check_terms(&db);
	}
	db_free(&db);
	return 0;
}
