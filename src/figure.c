/* figure.c - the picture of where it hurts: front and back of the lower
 * body, as inline SVG, marking the places an entry names. */
#include <stdio.h>
#include <string.h>

#include "figure.h"

/* The two views, side by side: where each one's middle is. */
enum { FRONT, BACK };
static const int view_x[2] = { 95, 275 };

/*
 * Where each place is drawn, on a figure 180 units wide whose middle is
 * x: an ellipse (or, with rx 0, a rounded band) on both sides of the body
 * unless mirror is 0.  Only the places the article names.
 */
static const struct shape {
	const char *place;
	int view;
	int dx, cy, rx, ry, mirror;
} shapes[] = {
	{ "hip", FRONT, 55, 76, 9, 19, 1 },
	{ "hip-joint", FRONT, 30, 88, 11, 11, 1 },
	{ "groin", FRONT, 14, 110, 7, 13, 1 },
	{ "leg", FRONT, 30, 176, 11, 50, 1 },
	{ "lower-back", BACK, 0, 30, 36, 14, 0 },
	{ "hip", BACK, 55, 76, 9, 19, 1 },
	{ "buttock", BACK, 24, 88, 20, 21, 1 },
	{ "hamstring", BACK, 29, 158, 11, 34, 1 },
	{ "leg", BACK, 30, 190, 10, 40, 1 },
};

/* The words for a place in a sentence. */
static const struct {
	const char *place, *words;
} place_words[] = {
	{ "lower-back", "the lower back" }, { "hip", "the hip" },
	{ "hip-joint", "around the hip joint" }, { "buttock", "the buttock" },
	{ "groin", "the groin" }, { "hamstring", "the hamstring" },
	{ "leg", "the leg" },
};

static int
names_place(const struct db *db, const struct record *e, const char *place)
{
	size_t i;

	for (i = 0; i < e->places.count; i++)
		if (span_equal(db_value(db, e->places, i), span_from(place)))
			return 1;
	return 0;
}

int
figure_has_places(const struct db *db, const struct record *e)
{
	(void)db;
	return e->places.count > 0;
}

void
figure_places_text(FILE *out, const struct db *db, const struct record *e)
{
	size_t i, k, n = e->places.count;

	for (i = 0; i < n; i++) {
		struct span p = db_value(db, e->places, i);

		fputs(i == 0 ? "" : i + 1 == n ? " and " : ", ", out);
		for (k = 0; k < sizeof place_words / sizeof place_words[0]; k++)
			if (span_equal(p, span_from(place_words[k].place)))
				fputs(place_words[k].words, out);
	}
}

/* The outline of the lower body, waist to knees, around middle x. */
static void
body(FILE *out, int x)
{
	/* Waist, the curve of the hips, two legs narrowing to the knees. */
	fprintf(out, "<path class=\"body\" d=\"M%d 12 Q%d 6 %d 12 "
	    "C%d 34 %d 54 %d 84 C%d 130 %d 190 %d 238 L%d 238 "
	    "C%d 200 %d 160 %d 124 Q%d 114 %d 124 "
	    "C%d 160 %d 200 %d 238 L%d 238 C%d 190 %d 130 %d 84 "
	    "C%d 54 %d 34 %d 12 Z\"/>\n",
	    x - 42, x, x + 42,
	    x + 52, x + 64, x + 64, x + 62, x + 52, x + 44, x + 13,
	    x + 9, x + 6, x + 4, x, x - 4,
	    x - 6, x - 9, x - 13, x - 44, x - 52, x - 62, x - 64,
	    x - 64, x - 52, x - 42);
}

static void
mark(FILE *out, const struct shape *s, int side)
{
	int x = view_x[s->view] + side * s->dx;

	fprintf(out, "<ellipse class=\"mark\" cx=\"%d\" cy=\"%d\" rx=\"%d\" "
	    "ry=\"%d\"/>\n", x, s->cy, s->rx, s->ry);
}

void
figure_write(FILE *out, const struct db *db, const struct record *e)
{
	size_t i;
	int v;

	fputs("<figure class=\"where\">\n<svg viewBox=\"0 0 370 262\" role=\"img\" "
	    "aria-label=\"Where the article places it: ", out);
	figure_places_text(out, db, e);
	fputs("\" xmlns=\"http://www.w3.org/2000/svg\">\n", out);
	for (v = FRONT; v <= BACK; v++) {
		body(out, view_x[v]);
		fprintf(out, "<text x=\"%d\" y=\"256\">%s</text>\n", view_x[v],
		    v == FRONT ? "Front" : "Back");
	}
	for (i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
		if (!names_place(db, e, shapes[i].place))
			continue;
		mark(out, &shapes[i], 1);
		if (shapes[i].mirror)
			mark(out, &shapes[i], -1);
	}
	fputs("</svg>\n<figcaption>Where the article places it: ", out);
	figure_places_text(out, db, e);
	fputs(". Both sides are marked: the article does not say which.</figcaption>\n"
	    "</figure>\n", out);
}
