/* schema.c - the schema of the database: the fields of each record set,
 * their rules and validators, and the fields that search reads. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "schema.h"

static int
is_slug(struct span s)
{
	size_t i;

	if (s.len == 0 || s.p[0] == '-' || s.p[s.len - 1] == '-')
		return 0;
	for (i = 0; i < s.len; i++) {
		char c = s.p[i];

		if (c == '-' && s.p[i + 1] == '-')
			return 0;
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
			return 0;
	}
	return 1;
}

static int
valid_id(const struct db *db, const char *set, struct span v, char *msg,
    size_t size)
{
	struct buf q;

	(void)db;
	if (is_slug(v))
		return 0;
	snprintf(msg, size, "%s id '%s' is not lowercase letters and digits "
	    "joined by single hyphens", set, quote(&q, v));
	return -1;
}

/* A topic named like a command could never be asked for: the command
 * would take its place. */
static int
valid_topic_id(const struct db *db, const char *set, struct span v,
    char *msg, size_t size)
{
	struct buf q;

	if (valid_id(db, set, v, msg, size) < 0)
		return -1;
	if (db->reserved && db->reserved(v)) {
		snprintf(msg, size, "Topic '%s' has the name of a command",
		    quote(&q, v));
		return -1;
	}
	return 0;
}

const struct db_place db_places[NPLACES] = {
	{ "lower-back", "the lower back" },
	{ "hip", "the hip" },
	{ "hip-joint", "around the hip joint" },
	{ "buttock", "the buttock" },
	{ "groin", "the groin" },
	{ "hamstring", "the hamstring (the back of the thigh)" },
	{ "leg", "the leg" },
};

int
db_place_of(struct span v)
{
	int i;

	for (i = 0; i < NPLACES; i++)
		if (span_equal(v, span_from(db_places[i].name)))
			return i;
	return -1;
}

static int
valid_place(const struct db *db, const char *set, struct span v, char *msg,
    size_t size)
{
	struct buf q;
	size_t o;
	int i, n;

	(void)db;
	(void)set;
	if (db_place_of(v) >= 0)
		return 0;
	n = snprintf(msg, size, "Place is '%s'; it must be one of",
	    quote(&q, v));
	for (i = 0, o = n > 0 ? (size_t)n : 0; i < NPLACES && o < size; i++) {
		n = snprintf(msg + o, size - o, "%s %s", i ? "," : "",
		    db_places[i].name);
		o += n > 0 ? (size_t)n : 0;
	}
	return -1;
}

static int
valid_display(const struct db *db, const char *set, struct span v, char *msg,
    size_t size)
{
	struct buf q;

	(void)db;
	(void)set;
	if (span_equal_fold(v, span_from("list")) || span_equal_fold(v, span_from("full")))
		return 0;
	snprintf(msg, size, "Display is '%s'; it must be 'list' or 'full'",
	    quote(&q, v));
	return -1;
}

/* A question a person would ask, as the entry's own text answers it. */
static int
valid_ask(const struct db *db, const char *set, struct span v, char *msg,
    size_t size)
{
	struct buf q;

	struct span question = db_ask_question(v), answer = db_ask_answer(v);

	(void)db;
	(void)set;
	if (question.len == 0 || question.p[question.len - 1] != '?') {
		snprintf(msg, size, "Ask is '%s'; a question ends with '?'",
		    quote(&q, v));
		return -1;
	}
	if (answer.p != NULL && answer.len == 0) {
		snprintf(msg, size, "Ask '%s' has '%s' and no words of its answer "
		    "after it", quote(&q, v), DB_ASK_ANSWER);
		return -1;
	}
	return 0;
}

int
db_text_holds(struct span text, struct span words)
{
	size_t i;

	for (i = 0; words.len > 0 && i + words.len <= text.len; i++)
		if (span_equal_fold((struct span){ text.p + i, words.len }, words))
			return 1;
	return 0;
}

struct span
db_ask_question(struct span ask)
{
	size_t i, n = sizeof DB_ASK_ANSWER - 1;

	for (i = 0; i + n <= ask.len; i++)
		if (memcmp(ask.p + i, DB_ASK_ANSWER, n) == 0) {
			ask.len = i;
			break;
		}
	return ask;
}

struct span
db_ask_answer(struct span ask)
{
	struct span q = db_ask_question(ask), a = { NULL, 0 };
	size_t n = sizeof DB_ASK_ANSWER - 1;

	if (q.len < ask.len) {
		a.p = ask.p + q.len + n;
		a.len = ask.len - q.len - n;
	}
	return a;
}

#define RULE(name, flags, member, valid) { name, sizeof name - 1, #member, \
	flags, offsetof(struct record, member), valid }

static const struct field_rule topic_rules[] = {
	RULE("Id", REQUIRED | ONE_LINE, id, valid_topic_id),
	RULE("Title", REQUIRED | ONE_LINE, title, NULL),
	RULE("Summary", REQUIRED | ONE_LINE, summary, NULL),
	RULE("Display", ONE_LINE, display, valid_display),
	RULE("Note", 0, note, NULL),
};

static const struct field_rule entry_rules[] = {
	RULE("Id", REQUIRED | ONE_LINE, id, valid_id),
	RULE("Topic", REQUIRED | ONE_LINE, topic, NULL),
	RULE("Title", REQUIRED | ONE_LINE, title, NULL),
	RULE("Summary", REQUIRED | ONE_LINE, summary, NULL),
	RULE("Body", REQUIRED, body, NULL),
	RULE("Alias", REPEATED | ONE_LINE, aliases, NULL),
	RULE("Keyword", REPEATED | ONE_LINE, keywords, NULL),
	RULE("Ask", REPEATED | ONE_LINE, asks, valid_ask),
	RULE("See", REPEATED | ONE_LINE, see, NULL),
	RULE("Place", REPEATED | ONE_LINE, places, valid_place),
	RULE("Source", REQUIRED | ONE_LINE, source, NULL),
};

/* A person's words (Word, one or more) and the article's: the same thing
 * (Means) or only the nearest thing it says (Nearest); one of the two. */
static const struct field_rule term_rules[] = {
	RULE("Word", REQUIRED | REPEATED | ONE_LINE, words, NULL),
	RULE("Means", ONE_LINE, means, NULL),
	RULE("Nearest", ONE_LINE, nearest, NULL),
};

const struct record_set record_sets[NSETS] = {
	{ "Topic", topic_rules, sizeof topic_rules / sizeof topic_rules[0] },
	{ "Entry", entry_rules, sizeof entry_rules / sizeof entry_rules[0] },
	{ "Term", term_rules, sizeof term_rules / sizeof term_rules[0] },
};

/* MAX_RULES is the most rules a set has. */
typedef char max_rules_is_entry_rules[sizeof entry_rules /
    sizeof entry_rules[0] == MAX_RULES ? 1 : -1];

const struct field_rule *
find_rule(const struct record_set *set, struct span name)
{
	size_t i;

	for (i = 0; i < set->nrules; i++)
		if (set->rules[i].len == name.len && set->rules[i].name[0] == name.p[0] &&
		    memcmp(set->rules[i].name, name.p, name.len) == 0)
			return &set->rules[i];
	return NULL;
}

void
list_rules(const struct record_set *set, char *out, size_t size)
{
	size_t i, o = 0;

	out[0] = '\0';
	for (i = 0; i < set->nrules && o < size; i++)
		o += (size_t)snprintf(out + o, size - o, "%s%s", i ? ", " : "",
		    set->rules[i].name);
}

/* Does one of the first n rules of set fill the member at offset? */
static int
rules_fill(const struct record_set *set, size_t n, size_t offset)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (set->rules[i].offset == offset)
			return 1;
	return 0;
}

/* Does a rule of an earlier set, or an earlier rule of this one, fill
 * the member at this offset already? */
static int
member_seen(int set, size_t rule, size_t offset)
{
	int s;

	for (s = 0; s < set; s++)
		if (rules_fill(&record_sets[s], record_sets[s].nrules, offset))
			return 1;
	return rules_fill(&record_sets[set], rule, offset);
}

void
db_each_member(void (*member)(void *arg, const char *name, size_t offset,
    int is_list), void *arg)
{
	const struct field_rule *r;
	size_t i;
	int set;

	for (set = 0; set < NSETS; set++)
		for (i = 0; i < record_sets[set].nrules; i++) {
			r = &record_sets[set].rules[i];
			/* Id, Title, Summary...: several sets share a member. */
			if (!member_seen(set, i, r->offset))
				member(arg, r->member, r->offset,
				    (r->flags & REPEATED) != 0);
		}
}

int
db_source_is_opening(struct span source)
{
	return span_equal_fold(source, span_from("Opening paragraph"));
}

struct span
db_term_target(const struct record *t)
{
	return t->means.p != NULL ? t->means : t->nearest;
}

size_t
db_field_count(const struct record *e, int f)
{
	switch (f) {
	case FIELD_NAME:
		return 2;
	case FIELD_ALIAS:
		return e->aliases.count;
	case FIELD_KEYWORD:
		return e->keywords.count;
	case FIELD_ASK:
		return e->asks.count;
	default:
		return 1;
	}
}

struct span
db_field(const struct db *db, const struct record *e, int f, size_t i)
{
	switch (f) {
	case FIELD_NAME:
		return i == 0 ? e->id : e->title;
	case FIELD_ALIAS:
		return db_value(db, e->aliases, i);
	case FIELD_KEYWORD:
		return db_value(db, e->keywords, i);
	case FIELD_ASK:
		return db_ask_question(db_value(db, e->asks, i));
	case FIELD_SUMMARY:
		return e->summary;
	default:
		return e->body;
	}
}

struct span
db_text(struct span v, struct db_scratch *scratch)
{
	return rec_decode(v, scratch->text, sizeof scratch->text);
}

struct span
db_value(const struct db *db, struct list l, size_t i)
{
	return db->values[l.first + i];
}
