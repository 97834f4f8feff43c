/* doc.h - what every printable document (markdown, HTML) says besides
 * the entries: the advice to see a doctor, the source, version and date. */
#ifndef HIPACU_DOC_H
#define HIPACU_DOC_H

#define DOC_ADVICE "General information from one article, not medical " \
	"advice. Consult a medical doctor before starting acupuncture, above " \
	"all if your hip pain is severe, lasting, or comes with other " \
	"worrying symptoms."

/* The id of the entry on seeing a medical doctor, which the advice
 * points to when a database has it. */
#define DOC_DOCTOR_ID "see-a-doctor"

/* The heading of the advice, where a document begins. */
#define DOC_ADVICE_HEAD "See a medical doctor first."

#define DOC_SOURCE "Compiled from one untitled, undated article of about " \
	"630 words on acupuncture for hip pain (an opening paragraph and four " \
	"headed sections), in hipacu's own words."

struct db_scratch;

struct doc_info {
	const char *version;	/* "0.1.0" */
	const char *date;	/* the day the document was made, "2026-11-28" */
	const char *database;	/* where the entries came from */
	const char *query;	/* a search's words as typed, or NULL */
	struct db_scratch *scratch;	/* the caller's: Body and Note decoded */
};

#endif
