/*
 * stream.c - a database file read as it streams: a window of whole
 * records at a time, parsed (parse.h) and visited, then let go, so that
 * memory follows the largest record, not the file; an entry read again
 * by where it is when it is to be shown.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../base/mem.h"
#include "parse.h"

/* The bytes read at a time; a record longer than this grows the window.
 * A test build makes it small, to cut records at every place. */
#ifndef DB_WINDOW
#define DB_WINDOW (256 * 1024)
#endif

int
db_open(struct db *db, const char *path)
{
	struct stat st;
	int fd;

	text_escape(db->name, sizeof db->name, path, strlen(path));
	/* Non-blocking: a FIFO must not hang the open; it is refused below. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK)) < 0) {
		db_diag(db, 0, "%s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    (unsigned long)st.st_size > FILE_MAX) {
		db_diag(db, 0, "%s", !S_ISREG(st.st_mode) ? (S_ISDIR(st.st_mode) ?
		    "is a directory" : "not a regular file") : strerror(errno));
		close(fd);
		return -1;
	}
	db->fd = fd;
	db->size = (size_t)st.st_size;
	db->streamed = 1;
	return 0;
}

/* n bytes at offset off of the file into buf: how many there were (fewer
 * at its end), or -1 with errno set. */
static long
read_at(int fd, char *buf, size_t n, size_t off)
{
	size_t got = 0;
	ssize_t r;

	while (got < n) {
		r = pread(fd, buf + got, n - got, (off_t)(off + got));
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		got += (size_t)r;
	}
	return (long)got;
}

/* The entries of one window, let go before the next is read. */
static void
window_clear(struct db *w)
{
	struct db_arena *a, *next;

	for (a = w->arena; a != NULL; a = next) {
		next = a->next;
		mem_free(a);
	}
	w->arena = NULL;
	w->nentries = 0;
	w->nvalues = 0;
}

static void
window_free(struct db *w)
{
	window_clear(w);
	mem_free(w->entries);
	mem_free(w->values);
}

/* The state of one reading of the file. */
struct reading {
	struct db *db;
	struct parser ps;
	struct db window;
	char *buf;
	size_t cap, len;		/* bytes in buf, from file offset base */
	size_t base;
	unsigned long line;		/* lines before buf */
	int eof;
	/* A later reading of only the entries that hold a needle: */
	const struct span *needles;
	size_t nneedles;
	size_t stub;			/* the first entry not read yet */
	unsigned char *marks;		/* a window's entries: to be read */
	size_t marks_cap;
};

/* A place of the window that holds a needle: its entry is to be read. */
struct marking {
	const struct db_stub *stubs;
	size_t lo, hi;			/* the window's entries */
	size_t base;			/* the window's file offset */
	const char *text;
	unsigned char *marks;
};

static int
mark_place(void *arg, const char *at)
{
	const struct marking *m = arg;
	size_t off = m->base + (size_t)(at - m->text), lo = m->lo, hi = m->hi, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (m->stubs[mid].start + m->stubs[mid].len <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < m->hi && m->stubs[lo].start <= off)
		m->marks[lo - m->lo] = 1;
	return 0;
}

/*
 * Parse the entries of a window (its first whole bytes) that hold a
 * needle, or whose words a join splits, each from where the first
 * reading found it: the others cannot hold a word sought, and no check
 * is left to make.  0, or -1 (out of memory, or the file changed).
 */
static int
parse_holding(struct reading *rg, size_t whole)
{
	struct db *db = rg->db;
	struct marking m;
	struct span text;
	unsigned long line;
	size_t i, k, off;

	m.stubs = db->stubs;
	m.lo = m.hi = rg->stub;
	while (m.hi < db->count && db->stubs[m.hi].start < rg->base + whole)
		m.hi++;
	rg->stub = m.hi;
	if (m.hi == m.lo)
		return 0;
	if (mem_grow(&rg->marks, &rg->marks_cap, m.hi - m.lo, 1) < 0) {
		db->oom = 1;
		return -1;
	}
	m.base = rg->base;
	m.text = rg->buf;
	m.marks = rg->marks;
	for (i = m.lo; i < m.hi; i++)
		m.marks[i - m.lo] = (unsigned char)db->stubs[i].split;
	text.p = rg->buf;
	text.len = whole;
	for (k = 0; k < rg->nneedles; k++)
		text_find_folded(text, rg->needles[k].p, rg->needles[k].len,
		    mark_place, &m);
	for (i = m.lo; i < m.hi; i++) {
		const struct db_stub *st = &db->stubs[i];
		size_t had = rg->window.nentries;
		struct record *e;

		if (!m.marks[i - m.lo])
			continue;
		off = st->start - rg->base;
		rg->ps.set = SET_ENTRY;
		rg->ps.next = i;
		line = st->line - 1;
		if (parse_text(&rg->ps, rg->buf + off, st->len,
		    st->start, &line) < 0)
			return -1;
		if (rg->window.nentries != had + 1 ||
		    !span_equal((e = &rg->window.entries[had])->id, st->id)) {
			db_diag(db, 0, "the file changed while hipacu read it");
			return -1;
		}
		/* Where it is in the window's text, for search's scans. */
		e->start += off;
		e->end += off;
	}
	return 0;
}

/* Read more of the file into the window's buffer, growing it if it is
 * full: 0, or -1 (out of memory, or an I/O error said). */
static int
read_more(struct reading *rg)
{
	long got;

	if (rg->len == rg->cap) {
		if (mem_grow(&rg->buf, &rg->cap, rg->cap + 1, 1) < 0) {
			rg->db->oom = 1;
			return -1;
		}
	}
	if ((got = read_at(rg->db->fd, rg->buf + rg->len, rg->cap - rg->len,
	    rg->base + rg->len)) < 0) {
		db_diag(rg->db, 0, "%s", strerror(errno));
		return -1;
	}
	rg->len += (size_t)got;
	rg->eof = got == 0;
	return 0;
}

/*
 * One reading of the whole file, a window of whole records at a time,
 * each visited (while visit wants more) and let go.  The first reading
 * also keeps the topics and terms and makes the checks.
 */
static int
read_file(struct db *db, const struct span *needles, size_t nneedles,
    db_visit_fn *visit, void *arg)
{
	struct reading rg;
	size_t whole;
	int rc = 0, want = visit != NULL, first = !db->read;
	int holding = !first && needles != NULL;

	memset(&rg, 0, sizeof rg);
	rg.db = db;
	rg.needles = needles;
	rg.nneedles = nneedles;
	db_init(&rg.window, NULL);
	parse_begin(&rg.ps, db, &rg.window, first);
	if ((rg.buf = mem_alloc(DB_WINDOW)) == NULL) {
		db->oom = 1;
		return -1;
	}
	rg.cap = DB_WINDOW;
	while (rc == 0) {
		if ((rc = read_more(&rg)) < 0)
			break;
		if (rg.len == 0)
			break;
		whole = rg.eof ? rg.len : rec_whole_records(rg.buf, rg.len);
		if (whole == 0)
			continue;	/* a record longer than the window */
		rg.window.text.p = rg.buf;
		rg.window.text.len = whole;
		if ((rc = holding ? parse_holding(&rg, whole) :
		    parse_text(&rg.ps, rg.buf, whole, rg.base, &rg.line)) < 0)
			break;
		if (want && rg.window.nentries > 0) {
			if ((rc = visit(arg, db, &rg.window)) < 0)
				db->oom = 1;
			/* The first reading reads on, for its checks. */
			want = rc == 0;
			if (rc > 0 && !first)
				break;
			rc = rc > 0 ? 0 : rc;
		}
		window_clear(&rg.window);
		memmove(rg.buf, rg.buf + whole, rg.len - whole);
		rg.len -= whole;
		rg.base += whole;
		if (rg.eof && rg.len == 0)
			break;
	}
	parse_end(&rg.ps);
	window_free(&rg.window);
	mem_free(rg.buf);
	mem_free(rg.marks);
	if (rc < 0)
		return -1;
	/* Cut short, or grown, since it was opened: what was read is not
	 * the file.  (A file of /proc says it is empty, and is not.) */
	if ((want || first) && ((db->size > 0 && rg.base != db->size) ||
	    (!first && !holding && rg.ps.next != db->count))) {
		db_diag(db, 0, "the file changed while hipacu read it");
		return -1;
	}
	if (first) {
		db->read = 1;
		if (rg.base == 0)
			db_diag(db, 0, "empty file");
		else
			parse_checks(db);
		/* The checks above, as a held file gets them: a walk of
		 * their own, made now that the Terms are read. */
		if (db->ndiags == 0 && db->check != NULL && db->check(db) < 0)
			return -1;
		return db->ndiags ? -1 : 0;
	}
	return 0;
}

int
db_walk(struct db *db, db_visit_fn *visit, void *arg)
{
	return db_walk_holding(db, NULL, 0, visit, arg);
}

int
db_walk_holding(struct db *db, const struct span *needles, size_t n,
    db_visit_fn *visit, void *arg)
{
	int rc;

	if (db->streamed && (visit != NULL || !db->read))
		return read_file(db, needles, n, visit, arg);
	if (visit == NULL || db->streamed)
		return 0;
	if ((rc = visit(arg, db, db)) < 0)
		db->oom = 1;
	return rc < 0 ? -1 : 0;
}

long
db_hold(struct db *db, size_t ordinal)
{
	struct db_stub *st;
	struct parser ps;
	unsigned long line;
	size_t len, had = db->nentries;
	long got;
	char *text;
	int rc;

	if (!db->streamed)
		return (long)ordinal;
	st = &db->stubs[ordinal];
	if (st->held)
		return (long)st->held - 1;
	len = st->len;
	/* The record's bytes are kept, as a held database's text is. */
	if ((text = db_alloc(db, len)) == NULL) {
		db->oom = 1;
		return -1;
	}
	if ((got = read_at(db->fd, text, len, st->start)) < 0 ||
	    (size_t)got != len) {
		db_diag(db, 0, "%s", got < 0 ? strerror(errno) :
		    "the file changed while hipacu read it");
		return -1;
	}
	parse_begin(&ps, db, db, 0);
	ps.set = SET_ENTRY;
	ps.next = ordinal;
	line = st->line - 1;
	rc = parse_text(&ps, text, len, st->start, &line);
	parse_end(&ps);
	if (rc < 0)
		return -1;
	if (db->nentries != had + 1 || !span_equal(db->entries[had].id, st->id)) {
		db_diag(db, 0, "the file changed while hipacu read it");
		return -1;
	}
	return (long)had;
}

long
db_hold_id(struct db *db, struct span id)
{
	long o = db_find_ordinal(db, id), k;

	if (o < 0)
		return -1;
	return (k = db_hold(db, (size_t)o)) < 0 ? -2 : k;
}

int
db_hold_links(struct db *db, size_t i)
{
	struct list see = db->entries[i].see;
	size_t k;

	for (k = 0; k < see.count; k++)
		if (db_hold_id(db, db_value(db, see, k)) == -2)
			return -1;
	return 0;
}

/* What db_hold_all keeps of each entry. */
struct holding_all {
	struct db *db;
	int whole;
};

static int
hold_window(void *arg, const struct db *db, const struct db *window)
{
	const struct holding_all *h = arg;
	size_t i;

	(void)db;
	for (i = 0; i < window->nentries; i++)
		if (!h->db->stubs[window->entries[i].ordinal].held &&
		    db_keep_entry(h->db, window, &window->entries[i], h->whole) < 0)
			return -1;
	return 0;
}

int
db_hold_all(struct db *db, int whole)
{
	struct holding_all h;

	if (!db->streamed || (db->read && db->nentries == db->count))
		return 0;
	h.db = db;
	h.whole = whole;
	return db_walk(db, hold_window, &h);
}
