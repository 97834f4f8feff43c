/* figure.c - the picture of where it hurts: front and back of the lower
 * body, as inline SVG, marking the places an entry names. */
#include <stdio.h>
#include <string.h>

#include "figure.h"

/* The two views, side by side: where each one's middle is. */
enum { FRONT, BACK };
static const int view_x[2] = { 110, 300 };

/*
 * Where each place is drawn, on a body whose middle is x, from the waist
 * (y 20) to below the knees (y 300; the knees at 262): an ellipse on both
 * sides unless mirror is 0; ring 1 draws its outline only, for a place
 * "around" something.  Only the places the article names, each where its
 * word puts it: the hip at the side of the hip, "around the hip joint" as
 * a ring around the joint at the top of the thigh, the leg along the
 * back of the leg down past the knee (where pain from the lower back
 * runs), the hamstring on the back of the thigh.
 */
static const struct shape {
	enum place place;
	int view;
	int dx, cy, rx, ry, mirror, ring;
} shapes[] = {
	{ PLACE_HIP, FRONT, 50, 108, 7, 18, 1, 0 },
	{ PLACE_HIP_JOINT, FRONT, 42, 114, 16, 16, 1, 1 },
	{ PLACE_GROIN, FRONT, 20, 140, 8, 14, 1, 0 },
	{ PLACE_LOWER_BACK, BACK, 0, 78, 34, 12, 0, 0 },
	{ PLACE_HIP, BACK, 50, 108, 7, 18, 1, 0 },
	{ PLACE_HIP_JOINT, BACK, 42, 114, 16, 16, 1, 1 },
	{ PLACE_BUTTOCK, BACK, 25, 126, 19, 20, 1, 0 },
	{ PLACE_HAMSTRING, BACK, 27, 200, 11, 36, 1, 0 },
	{ PLACE_LEG, BACK, 26, 212, 10, 52, 1, 0 },
};

static int
names_place(const struct db *db, const struct record *e, enum place place)
{
	size_t i;

	for (i = 0; i < e->places.count; i++)
		if (db_place_of(db_value(db, e->places, i)) == (int)place)
			return 1;
	return 0;
}

void
figure_places_text(struct buf *out, const struct db *db, const struct record *e)
{
	size_t i, n = e->places.count;
	int k;

	for (i = 0; i < n; i++) {
		buf_puts(out, i == 0 ? "" : i + 1 == n ? " and " : ", ");
		/* The parser lets no other place in. */
		if ((k = db_place_of(db_value(db, e->places, i))) >= 0)
			buf_puts(out, db_places[k].words);
	}
}

/*
 * The outline of the body from the waist to below the knees, around
 * middle x: the waist, the hips at their widest, two legs narrowing to
 * the knees.  Cut across at the top and the bottom, as a diagram is.
 */
static void
outline(struct buf *out, int x)
{
	buf_printf(out, "<path class=\"body\" d=\"M%d 20 "
	    "C%d 50 %d 80 %d 108 C%d 140 %d 200 %d 262 L%d 300 L%d 300 "
	    "L%d 262 C%d 210 %d 175 %d 158 Q%d 153 %d 158 "
	    "C%d 175 %d 210 %d 262 L%d 300 L%d 300 L%d 262 "
	    "C%d 200 %d 140 %d 108 C%d 80 %d 50 %d 20 Z\"/>\n",
	    x + 34,
	    x + 42, x + 60, x + 59, x + 58, x + 50, x + 38, x + 35, x + 13,
	    x + 12, x + 10, x + 6, x + 2, x, x - 2,
	    x - 6, x - 10, x - 12, x - 13, x - 35, x - 38,
	    x - 50, x - 58, x - 59, x - 60, x - 42, x - 34);
}

/* What makes a view read as the front or the back of a person: the navel,
 * the creases of the groin and the kneecaps; or the spine, the buttocks
 * and the backs of the knees.  Landmarks are named beside the figure. */
static void
landmarks(struct buf *out, int view, int x)
{
	int side;

	if (view == FRONT) {
		buf_printf(out, "<circle class=\"detail\" cx=\"%d\" cy=\"58\" "
		    "r=\"2.5\"/>\n", x);
		for (side = -1; side <= 1; side += 2) {
			buf_printf(out, "<path class=\"detail\" d=\"M%d 104 Q%d 134 "
			    "%d 156\"/>\n", x + side * 44, x + side * 20, x + side * 3);
			buf_printf(out, "<ellipse class=\"detail\" cx=\"%d\" cy=\"262\" "
			    "rx=\"8\" ry=\"10\"/>\n", x + side * 24);
		}
		buf_printf(out, "<text class=\"label\" x=\"%d\" y=\"24\">waist"
		    "</text>\n<text class=\"label\" x=\"%d\" y=\"266\">knee"
		    "</text>\n", x - 64, x - 60);
		return;
	}
	buf_printf(out, "<path class=\"detail\" d=\"M%d 22 L%d 98 M%d 104 "
	    "L%d 150\"/>\n", x, x, x, x);
	for (side = -1; side <= 1; side += 2) {
		buf_printf(out, "<path class=\"detail\" d=\"M%d 152 Q%d 166 "
		    "%d 150\"/>\n", x + side * 2, x + side * 26, x + side * 50);
		buf_printf(out, "<path class=\"detail\" d=\"M%d 264 L%d 264\"/>\n",
		    x + side * 14, x + side * 34);
	}
	/* The label points at the buttock, below the hip's mark. */
	buf_printf(out, "<path class=\"detail\" d=\"M%d 176 L%d 132\"/>\n"
	    "<text class=\"label\" x=\"%d\" y=\"188\">buttocks</text>\n",
	    x + 70, x + 27, x + 80);
}

static void
mark(struct buf *out, const struct shape *s, int side)
{
	int x = view_x[s->view] + side * s->dx;

	buf_printf(out, "<ellipse class=\"%s\" cx=\"%d\" cy=\"%d\" rx=\"%d\" "
	    "ry=\"%d\"/>\n", s->ring ? "mark ring" : "mark", x, s->cy, s->rx,
	    s->ry);
}

void
figure_write(struct buf *out, const struct db *db, const struct record *e)
{
	size_t i;
	int v, ring = -1;	/* how the first mark is drawn, for the legend */

	buf_puts(out, "<figure class=\"where\">\n<svg viewBox=\"0 0 420 362\" "
	    "role=\"img\" aria-label=\"Front and back of the lower body, marked "
	    FIGURE_LEGEND ": ");
	figure_places_text(out, db, e);
	buf_puts(out, ". The marks are not where needles go.\" "
	    "xmlns=\"http://www.w3.org/2000/svg\">\n");
	for (v = FRONT; v <= BACK; v++) {
		outline(out, view_x[v]);
		landmarks(out, v, view_x[v]);
		buf_printf(out, "<text x=\"%d\" y=\"322\">%s</text>\n", view_x[v],
		    v == FRONT ? "Front" : "Back");
	}
	for (i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
		if (!names_place(db, e, shapes[i].place))
			continue;
		mark(out, &shapes[i], 1);
		if (ring < 0)
			ring = shapes[i].ring;
		if (shapes[i].mirror)
			mark(out, &shapes[i], -1);
	}
	/* The legend: a mark and what it means, on the figure itself. */
	buf_printf(out, "<ellipse class=\"%s\" cx=\"40\" cy=\"348\" rx=\"6\" "
	    "ry=\"8\"/>\n", ring == 1 ? "mark ring" : "mark");
	buf_puts(out, "<text class=\"legend\" x=\"54\" y=\"352\">Marked: "
	    FIGURE_LEGEND "</text>\n");
	buf_puts(out, "</svg>\n<figcaption>Marked: " FIGURE_LEGEND ": ");
	figure_places_text(out, db, e);
	buf_puts(out, ". The marks are not where needles go. Both sides of the "
	    "body are marked because the article does not say which side: it "
	    "may be only one.</figcaption>\n</figure>\n");
}
