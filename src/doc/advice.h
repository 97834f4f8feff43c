/*
 * advice.h - the advice to see a medical doctor, which every output a
 * person reads carries once.  Each sentence of it is defined here, once,
 * and every form a reader meets (a document's, the text format's last
 * line, browse's last row, the help, a caveat) is made of these pieces.
 */
#ifndef HIPACU_ADVICE_H
#define HIPACU_ADVICE_H

#define ADVICE_GENERAL "General information from one article, not medical " \
	"advice."
#define ADVICE_NOT "Not medical advice."
#define ADVICE_CONSULT "Consult a medical doctor before starting acupuncture"
#define ADVICE_ABOVE_ALL "above all if your hip pain is severe, lasting, or " \
	"comes with other worrying symptoms"
#define ADVICE_SEE "See a medical doctor"
#define ADVICE_FIRST ADVICE_SEE " first."

/* What a question that hipacu cannot answer surely is told to do. */
#define ADVICE_ASK "ask a medical doctor"

/* The entry on seeing a medical doctor, which the advice points to when a
 * database has it, and the command that shows it. */
#define ADVICE_DOCTOR_ID "see-a-doctor"
#define ADVICE_SHOW_DOCTOR "hipacu show " ADVICE_DOCTOR_ID

/* The whole advice, where a document begins (after ADVICE_FIRST) and
 * where it ends. */
#define ADVICE_FULL ADVICE_GENERAL " " ADVICE_CONSULT ", " ADVICE_ABOVE_ALL "."

#endif
