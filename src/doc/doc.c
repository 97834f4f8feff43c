/* doc.c - the document model: the parts of an entry, in order, and what
 * a document holds.  Every format walks these; none repeats them. */
#include <stddef.h>

#include "doc.h"

/*
 * An entry's parts, in the order every format prints them.  A new field
 * is a row here, of a kind the formats know: a PART_DATA list reaches
 * JSON, a PART_NAMES list every format.
 */
const struct doc_part_rule doc_entry_parts[] = {
	{ PART_HEADING, "title", NULL, offsetof(struct record, title) },
	{ PART_LEAD, "summary", NULL, offsetof(struct record, summary) },
	{ PART_FIGURE, NULL, NULL, offsetof(struct record, places) },
	{ PART_PARAGRAPHS, "body", NULL, offsetof(struct record, body) },
	{ PART_NAMES, "aliases", "Also called", offsetof(struct record, aliases) },
	{ PART_DATA, "keywords", NULL, offsetof(struct record, keywords) },
	{ PART_DATA, "questions", NULL, offsetof(struct record, asks) },
	{ PART_LINKS, "see", "See also", offsetof(struct record, see) },
	{ PART_SOURCE, "source", "Source", offsetof(struct record, source) },
};

const size_t doc_nentry_parts = sizeof doc_entry_parts /
    sizeof doc_entry_parts[0];

int
doc_next_part(const struct doc *d, const struct record *e, size_t *at,
    struct doc_part *part)
{
	const struct doc_part_rule *rule;
	const char *field;

	if (*at >= (d->parts ? d->nparts : doc_nentry_parts))
		return 0;
	rule = &(d->parts ? d->parts : doc_entry_parts)[(*at)++];
	field = (const char *)e + rule->offset;
	part->kind = rule->kind;
	part->key = rule->key;
	part->label = rule->label;
	part->text = span_from("");
	part->values.first = 0;
	part->values.count = 0;
	part->opening = 0;
	switch (rule->kind) {
	case PART_FIGURE:
	case PART_NAMES:
	case PART_DATA:
	case PART_LINKS:
		part->values = *(const struct list *)(const void *)field;
		break;
	case PART_PARAGRAPHS:
		/* As recutils reads it: a continued line joined. */
		part->text = db_text(*(const struct span *)(const void *)field,
		    d->scratch);
		break;
	case PART_SOURCE:
		part->text = *(const struct span *)(const void *)field;
		part->opening = db_source_is_opening(part->text);
		break;
	case PART_HEADING:
	case PART_LEAD:
		part->text = *(const struct span *)(const void *)field;
		break;
	}
	return 1;
}

const char *
doc_title(enum doc_kind kind)
{
	switch (kind) {
	case DOC_ENTRIES:
	case DOC_LIST:
		return "Entries";
	case DOC_TOPICS:
		return "Topics";
	case DOC_REFERENCE:
		return "The whole reference";
	case DOC_RESULTS:
		return "Search results";
	}
	return "";
}

size_t
doc_entry(const struct doc *d, size_t i)
{
	if (d->kind == DOC_RESULTS)
		return d->results->hits[i].entry;
	if (d->kind == DOC_REFERENCE || d->idx == NULL)
		return i;
	return d->idx[i];
}

int
doc_holds(const struct doc *d, struct span id)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		if (span_equal(d->db->entries[doc_entry(d, i)].id, id))
			return 1;
	return 0;
}
