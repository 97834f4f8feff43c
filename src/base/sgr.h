/* sgr.h - the Select Graphic Rendition codes hipacu writes, each defined
 * once: bold, dim and reverse video, nothing garish. */
#ifndef HIPACU_SGR_H
#define HIPACU_SGR_H

#define SGR_BOLD "\033[1m"
#define SGR_DIM "\033[2m"
#define SGR_REVERSE "\033[7m"
#define SGR_RESET "\033[0m"

#endif
