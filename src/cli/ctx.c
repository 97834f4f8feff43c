/* ctx.c - what the commands share: options, the database, the output. */
#define _POSIX_C_SOURCE 200809L

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ctx.h"
#include "../data/embedded.h"
#include "../search/scan.h"
#include "../base/mem.h"

/* What every document says besides its entries. */
static void
doc_about(struct ctx *c, struct doc *d, enum doc_kind kind)
{
	memset(d, 0, sizeof *d);
	d->kind = kind;
	d->title = span_from(doc_title(kind));
	d->db = &c->db;
	d->version = c->version;
	d->date = c->date;
	d->database = c->database;
	d->scratch = c->scratch;
}

void
ctx_print(struct ctx *c, enum doc_kind kind, const size_t *idx, size_t n,
    const char *footer)
{
	struct doc d;

	doc_about(c, &d, kind);
	if (kind == DOC_ENTRIES && n == 1)
		d.title = c->db.entries[idx[0]].title;
	d.idx = idx;
	d.n = kind == DOC_REFERENCE ? c->db.nentries : n;
	d.footer = footer;
	c->format->render(&c->r, &d);
}

int
ctx_print_results(struct ctx *c, struct doc_results *results,
    const char *query, size_t shown, const char *footer)
{
	struct doc d;

	/* A person's text shows the first results; the other formats, all. */
	if (doc_hold(results, c->format->terminal ? shown : results->n) < 0) {
		report_db_errors(c, &c->db);
		return -1;
	}
	doc_about(c, &d, DOC_RESULTS);
	d.results = results;
	d.n = results->n;
	d.query = query;
	d.shown = shown;
	d.footer = footer;
	c->format->render(&c->r, &d);
	return 0;
}

void
report_db_errors(struct ctx *c, const struct db *db)
{
	size_t i;

	/* Nothing wrong with the file: memory ran out. */
	if (db->oom || db->ndiags == 0) {
		msg_oom(&c->msg);
		return;
	}
	for (i = 0; i < db->ndiags && i < DB_MAX_DIAGS; i++)
		msg_warn(&c->msg, "%s", db->diags[i]);
	if (db->ndiags > DB_MAX_DIAGS)
		msg_warn(&c->msg, "%s: %lu more problems not shown", db->name,
		    (unsigned long)(db->ndiags - DB_MAX_DIAGS));
}

int
out_of_memory(struct ctx *c)
{
	msg_oom(&c->msg);
	return EXIT_TROUBLE;
}

/*
 * A database file is mapped: if another program cuts it short while
 * hipacu reads it, the first read past its new end raises SIGBUS.  Say
 * so, as the I/O error it is, instead of dying of the signal.  The
 * message is written before, as a handler may only write and exit.
 */
static char changed_message[300];
static size_t changed_len;

static void
on_sigbus(int sig)
{
	ssize_t n;

	(void)sig;
	n = write(STDERR_FILENO, changed_message, changed_len);
	(void)n;
	_exit(EXIT_TROUBLE);
}

static void
guard_mapped_file(const char *path)
{
	struct sigaction sa;
	struct buf e;
	int n;

	n = snprintf(changed_message, sizeof changed_message, "hipacu: %s: the "
	    "file changed while hipacu read it\n", msg_quote(&e, path));
	changed_len = n > 0 && (size_t)n < sizeof changed_message ? (size_t)n : 0;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sigbus;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGBUS, &sa, NULL);
}

int
ctx_load_db(struct ctx *c, struct db *db, const char *path)
{
	if (path == NULL) {
		/* Parsed and checked at build time: nothing left to do. */
		*db = embedded_db_parsed;
		db->reserved = c->reserved;
		return 0;
	}
	guard_mapped_file(path);
	db_init(db, c->reserved);
	db->check = scan_check_terms;
	return db_read_file(db, path);
}

/* The database loaded or opened (rc 0), or not (-1, reported): the
 * scratch the documents decode a Body into, as long as it lives. */
static int
ctx_loaded(struct ctx *c, int rc)
{
	if (rc < 0)
		report_db_errors(c, &c->db);
	else if ((c->scratch = mem_alloc(sizeof *c->scratch)) == NULL)
		msg_oom(&c->msg);
	return rc < 0 || c->scratch == NULL ? -1 : 0;
}

int
ctx_load(struct ctx *c)
{
	return ctx_loaded(c, ctx_load_db(c, &c->db, c->data));
}

int
ctx_open(struct ctx *c)
{
	if (c->data == NULL)
		return ctx_load(c);
	db_init(&c->db, c->reserved);
	c->db.check = scan_check_terms;
	return ctx_loaded(c, db_open(&c->db, c->data));
}

void
ctx_free(struct ctx *c)
{
	db_free(&c->db);
	mem_free(c->scratch);
	c->scratch = NULL;
}

long
topic_by_word(const struct db *db, const char *word)
{
	struct span w = span_from(word), id;
	size_t i;

	for (i = 0; i < db->ntopics; i++) {
		id = db->topics[i].id;
		if (span_equal_fold(w, id) || span_equal_fold(w, db->topics[i].title) ||
		    (w.len == id.len + 1 && span_prefix_fold(id, w) &&
		    (w.p[id.len] == 's' || w.p[id.len] == 'S')))
			return (long)i;
	}
	return -1;
}

char *
join_words(int argc, char **argv)
{
	size_t len = 1, o = 0, n;
	char *s;
	int i;

	for (i = 0; i < argc; i++)
		len += strlen(argv[i]) + 1;
	if ((s = mem_alloc(len)) == NULL)
		return NULL;
	for (i = 0; i < argc; i++) {
		if (i > 0)
			s[o++] = ' ';
		n = strlen(argv[i]);
		memcpy(s + o, argv[i], n);
		o += n;
	}
	s[o] = '\0';
	return s;
}

/* The words may have been a question: show the search for them. */
static void
suggest_search(struct ctx *c, int argc, char **argv)
{
	struct buf e;
	char *words;
	int i, worth = 0;

	/* Options and single letters are no question. */
	for (i = 0; i < argc; i++) {
		if (argv[i][0] == '-')
			return;
		worth |= strlen(argv[i]) > 1;
	}
	if (!worth || (words = join_words(argc, argv)) == NULL)
		return;
	msg_warn(&c->msg, "to search for these words: hipacu search %s",
	    msg_quote(&e, words));
	mem_free(words);
}

int
usage(struct ctx *c, const char *command, int argc, char **argv,
    const char *fmt, ...)
{
	struct buf b;
	va_list ap;

	buf_init(&b);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	msg_warn(&c->msg, "%s", buf_failed(&b) ? MEM_OUT_OF_MEMORY : buf_str(&b));
	buf_free(&b);
	suggest_search(c, argc, argv);
	msg_warn(&c->msg, "try 'hipacu help%s%s'", command ? " " : "",
	    command ? command : "");
	return EXIT_TROUBLE;
}
