/* embed.c - build tool: files as C arrays, the database parsed ahead. */
#include <stdio.h>
#include <string.h>

#include "../base/mem.h"
#include "../data/db.h"
#include "../search/scan.h"

/*
 * Usage: embed [--parse SYMBOL] SYMBOL FILE [SYMBOL FILE...] > embedded.c
 *
 * For each pair: const char SYMBOL[] (the bytes, then a NUL), const size_t
 * SYMBOL_len and const char SYMBOL_name[] (the file name).  With --parse,
 * that file is also parsed and checked now, as 'hipacu check' would, and
 * written out as const struct db SYMBOL_parsed, whose spans point into
 * SYMBOL: the built binary starts with its database ready, and a database
 * with a problem fails the build with FILE:LINE.  (Topic names that are
 * command names are checked by 'make test', which runs hipacu check on
 * the file: this tool does not know the commands.)
 */

static const char *text_symbol;	/* the array the parsed spans point into */

static int
write_bytes(const char *symbol, const char *p, size_t len, int is_static)
{
	size_t i;

	printf("\n%sconst char %s[] = {", is_static ? "static " : "", symbol);
	for (i = 0; i < len; i++)
		printf("%s0x%02x,", i % 12 ? " " : "\n\t", (unsigned char)p[i]);
	printf("\n\t0x00\n};\n");
	return ferror(stdout) ? -1 : 0;
}

/* The file at path as SYMBOL, SYMBOL_len and SYMBOL_name; loaded into f,
 * which the caller releases. */
static int
embed(const char *symbol, const char *path, struct file *f)
{
	char err[200];
	int c, rc;

	if ((rc = file_load(path, f, err, sizeof err)) < 0) {
		fprintf(stderr, "embed: %s: %s\n", path, rc == -2 ?
		    MEM_OUT_OF_MEMORY : err);
		return -1;
	}
	printf("\nconst char %s_name[] = \"", symbol);
	for (c = 0; path[c]; c++)
		printf(path[c] == '"' || path[c] == '\\' ? "\\%c" : "%c", path[c]);
	printf("\";\n");
	if (write_bytes(symbol, f->p, f->len, 0) < 0)
		return -1;
	printf("\nconst size_t %s_len = %lu;\n", symbol, (unsigned long)f->len);
	return 0;
}

/* A span as an initializer: into the text, or into an arena block. */
static int
span_expr(const struct db *db, struct span s)
{
	const struct db_arena *a;
	int k;

	if (s.p == NULL) {
		printf("{ 0, 0 }");
		return 0;
	}
	if (s.p >= db->text.p && s.p <= db->text.p + db->text.len) {
		printf("{ %s + %lu, %lu }", text_symbol,
		    (unsigned long)(s.p - db->text.p), (unsigned long)s.len);
		return 0;
	}
	for (k = 0, a = db->arena; a != NULL; a = a->next, k++)
		if (s.p >= a->text && s.p <= a->text + a->used) {
			printf("{ arena_%d + %lu, %lu }", k,
			    (unsigned long)(s.p - a->text), (unsigned long)s.len);
			return 0;
		}
	fprintf(stderr, "embed: a span points nowhere known\n");
	return -1;
}

static void
span_init(const struct db *db, const char *name, struct span s)
{
	printf(".%s = ", name);
	span_expr(db, s);
	printf(", ");
}

static void
list_init(const char *name, struct list l)
{
	printf(".%s = { %lu, %lu }, ", name, (unsigned long)l.first,
	    (unsigned long)l.count);
}

/* One member of a record as an initializer, as db_each_member names it. */
struct member_out {
	const struct db *db;
	const struct record *r;
};

static void
member_init(void *arg, const char *name, size_t offset, int is_list)
{
	const struct member_out *mo = arg;
	const char *at = (const char *)mo->r + offset;
	struct list l;
	struct span s;

	if (is_list) {
		memcpy(&l, at, sizeof l);
		list_init(name, l);
	} else {
		memcpy(&s, at, sizeof s);
		span_init(mo->db, name, s);
	}
}

static void
records(const struct db *db, const char *array, const struct record *r,
    size_t n)
{
	struct member_out mo;
	size_t i;

	if (n == 0)
		return;
	mo.db = db;
	printf("\nstatic struct record %s[] = {\n", array);
	for (i = 0; i < n; i++) {
		printf("\t{ ");
		mo.r = &r[i];
		db_each_member(member_init, &mo);
		printf(".topic_index = %lu, .ordinal = %lu, .nentries = %lu, "
		    ".line = %lu, .start = %lu, .end = %lu, .split = %d, "
		    ".full = %d },\n", (unsigned long)r[i].topic_index,
		    (unsigned long)r[i].ordinal, (unsigned long)r[i].nentries,
		    r[i].line, (unsigned long)r[i].start, (unsigned long)r[i].end,
		    r[i].split, r[i].full);
	}
	printf("};\n");
}

static void
slots(const char *array, const struct id_index *ix)
{
	size_t i;

	if (ix->slots == NULL)
		return;
	printf("\nstatic struct id_slot %s[] = {\n", array);
	for (i = 0; i <= ix->mask; i++)
		printf("\t{ %lu, %lu },\n", (unsigned long)ix->slots[i].index,
		    (unsigned long)ix->slots[i].hash);
	printf("};\n");
}

/* The parsed database as C: records, values, id indexes and the db. */
static int
parsed(const char *symbol, const char *name, const char *text, size_t len)
{
	const struct db_arena *a;
	struct db db;
	char arena[32];
	size_t i;
	int k;

	text_symbol = symbol;
	db_init(&db, NULL);
	if (db_parse(&db, text, len, name, FILE_BORROWED) < 0 ||
	    scan_check_terms(&db) < 0) {
		for (i = 0; i < db.ndiags && i < DB_MAX_DIAGS; i++)
			fprintf(stderr, "embed: %s\n", db.diags[i]);
		if (db.oom)
			fprintf(stderr, "embed: %s\n", MEM_OUT_OF_MEMORY);
		db_free(&db);
		return -1;
	}
	for (k = 0, a = db.arena; a != NULL; a = a->next, k++) {
		snprintf(arena, sizeof arena, "arena_%d", k);
		write_bytes(arena, a->text, a->used, 1);
	}
	records(&db, "parsed_topics", db.topics, db.ntopics);
	records(&db, "parsed_entries", db.entries, db.nentries);
	records(&db, "parsed_terms", db.terms, db.nterms);
	if (db.nvalues > 0) {
		printf("\nstatic struct span parsed_values[] = {\n");
		for (i = 0; i < db.nvalues; i++) {
			printf("\t");
			span_expr(&db, db.values[i]);
			printf(",\n");
		}
		printf("};\n");
	}
	slots("parsed_entry_slots", &db.entry_ids);
	slots("parsed_topic_slots", &db.topic_ids);
	printf("\nconst struct db %s_parsed = {\n", symbol);
	printf("\t.text = { %s, %lu, FILE_BORROWED },\n", symbol, (unsigned long)len);
	printf("\t.name = \"");
	for (i = 0; db.name[i]; i++)
		printf(db.name[i] == '"' || db.name[i] == '\\' ? "\\%c" : "%c", db.name[i]);
	printf("\",\n\t.prebuilt = 1, .fd = -1, .count = %lu,\n",
	    (unsigned long)db.count);
	printf("\t.topics = %s, .ntopics = %lu,\n", db.ntopics ? "parsed_topics" : "0",
	    (unsigned long)db.ntopics);
	printf("\t.entries = %s, .nentries = %lu,\n",
	    db.nentries ? "parsed_entries" : "0", (unsigned long)db.nentries);
	printf("\t.terms = %s, .nterms = %lu,\n", db.nterms ? "parsed_terms" : "0",
	    (unsigned long)db.nterms);
	printf("\t.values = %s, .nvalues = %lu,\n",
	    db.nvalues ? "parsed_values" : "0", (unsigned long)db.nvalues);
	printf("\t.entry_ids = { %s, %lu, %lu },\n",
	    db.entry_ids.slots ? "parsed_entry_slots" : "0",
	    (unsigned long)db.entry_ids.mask, (unsigned long)db.entry_ids.n);
	printf("\t.topic_ids = { %s, %lu, %lu },\n",
	    db.topic_ids.slots ? "parsed_topic_slots" : "0",
	    (unsigned long)db.topic_ids.mask, (unsigned long)db.topic_ids.n);
	printf("};\n");
	db_free(&db);
	return ferror(stdout) ? -1 : 0;
}

int
main(int argc, char *argv[])
{
	const char *parse = NULL;
	struct file f;
	int i = 1, rc;

	if (argc > 2 && strcmp(argv[1], "--parse") == 0) {
		parse = argv[2];
		i = 3;
	}
	if (argc - i < 2 || (argc - i) % 2 != 0) {
		fputs("usage: embed [--parse SYMBOL] SYMBOL FILE [SYMBOL FILE...]\n",
		    stderr);
		return 2;
	}
	printf("/* Generated by src/tool/embed; do not edit. */\n");
	printf("#include <stddef.h>\n\n#include \"embedded.h\"\n");
	for (; i + 1 < argc; i += 2) {
		rc = embed(argv[i], argv[i + 1], &f);
		if (rc == 0 && parse && strcmp(parse, argv[i]) == 0)
			rc = parsed(argv[i], argv[i + 1], f.p, f.len);
		file_release(&f);
		if (rc < 0)
			return 2;
	}
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("embed: write error");
		return 2;
	}
	return 0;
}
