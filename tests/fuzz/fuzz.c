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

#include "../../src/data/db.h"
#include "../../src/doc/doc.h"
#include "../../src/search/lookup.h"
#include "../../src/base/mem.h"
#include "../../src/search/scan.h"
#include "../../src/search/search.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct db_scratch scratch;

/* Every format, at widths from none to a phone's, in colour and not. */
static void
render_every_way(struct doc *d)
{
	static const size_t widths[] = { 0, 1, 20, 80 };
	const struct doc_format *f;
	struct render r;
	struct buf out;
	size_t w;

	d->version = "0";
	d->date = "today";
	d->database = "fuzz.rec";
	d->scratch = &scratch;
	if (d->title.p == NULL)
		d->title = span_from(doc_title(d->kind));
	/* Kept in memory, so that the buffer's growth is fuzzed too. */
	buf_init(&out);
	memset(&r, 0, sizeof r);
	r.out = &out;
	for (f = doc_formats; f->name != NULL; f++)
		for (w = 0; w < sizeof widths / sizeof widths[0]; w++) {
			r.width = widths[w];
			r.color = (int)(w & 1);
			/* A person's terminal, or a pipe: a list's lines differ. */
			r.terminal = (int)(w & 1);
			r.width_asked = w == 2;
			buf_reset(&out);
			f->render(&r, d);
			if (!f->terminal)
				break;
		}
	buf_free(&out);
}

/* Names and queries taken from the input itself, and some fixed ones. */
static void
look_up(struct db *db, struct span from_input)
{
	static struct doc_results res;
	struct english_words english;
	struct span names[4], near[3];
	struct lookup l;
	size_t i, t;

	names[0] = from_input;
	names[1] = db->entries[0].id;
	names[2] = db->entries[db->nentries - 1].title;
	names[3] = span_from("pacemakr dizzy the pain at night walk");
	english.english = span_from("dizzy\npregnant\n");
	english.common = span_from("");
	english.health = span_from("numb\npain\n");
	english.circumstance = span_from("night\nwalk\n");
	for (i = 0; i < 4; i++) {
		for (t = 0; t < db->ntopics; t++) {
			lookup_name(db, t, names[i], 1, &l);
			lookup_suggest(db, t, names[i], near, 3);
		}
		lookup_name(db, LOOKUP_ANY_TOPIC, names[i], 0, &l);
		/* Snippets for all the hits, as --all makes them. */
		if (doc_search(&res, db, &english, &names[i], 1, DOC_ANY_TOPIC,
		    (size_t)-1) == 0) {
			struct doc d;

			memset(&d, 0, sizeof d);
			d.kind = DOC_RESULTS;
			d.db = db;
			d.results = &res;
			d.n = res.n;
			d.query = "the query";
			d.shown = 5;
			d.footer = "footer";
			render_every_way(&d);
			doc_results_free(&res);
		}
	}
}

/* Every kind of document of every entry, every way. */
static void
render_all(struct db *db)
{
	static const enum doc_kind kinds[] = { DOC_ENTRIES, DOC_LIST, DOC_TOPICS,
		DOC_REFERENCE };
	struct doc d;
	size_t *idx, i;

	if ((idx = malloc(db->nentries * sizeof *idx)) == NULL)
		return;
	for (i = 0; i < db->nentries; i++)
		idx[i] = i;
	for (i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
		memset(&d, 0, sizeof d);
		d.kind = kinds[i];
		d.db = db;
		d.idx = idx;
		d.n = db->nentries;
		d.footer = "footer";
		render_every_way(&d);
	}
	free(idx);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct db db;
	struct span first;
	char *buf;

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
