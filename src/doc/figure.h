/* figure.h - the picture of where it hurts: front and back of the lower
 * body, as inline SVG, marking the places an entry names. */
#ifndef HIPACU_FIGURE_H
#define HIPACU_FIGURE_H

#include "../base/buf.h"

#include "../data/db.h"

/* Does entry e name any place to draw? */
int figure_has_places(const struct db *db, const struct record *e);

/*
 * Write <figure> with the SVG and a caption that says in words where the
 * article places the entry (the text alternative).  id makes the SVG's
 * element ids unique in the page.
 */
void figure_write(struct buf *out, const struct db *db, const struct record *e);

/* The place names in words, joined: "the lower back, the hip and the leg". */
void figure_places_text(struct buf *out, const struct db *db, const struct record *e);

#endif
