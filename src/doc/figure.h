/* figure.h - the picture of where it hurts: front and back of the lower
 * body, as inline SVG, marking the places an entry names. */
#ifndef HIPACU_FIGURE_H
#define HIPACU_FIGURE_H

#include "../base/buf.h"
#include "../data/db.h"

/* What the marks are, said on the figure, in its caption and its text
 * alternative: readers took marks on a body for where needles go. */
#define FIGURE_LEGEND "where this condition is felt, as the article describes it"

/*
 * Write <figure> with the SVG and a caption that says in words where the
 * article places entry e (the text alternative); e names a place.
 */
void figure_write(struct buf *out, const struct db *db, const struct record *e);

/* The place names in words, joined: "the lower back, the hip and the leg". */
void figure_places_text(struct buf *out, const struct db *db,
    const struct record *e);

#endif
