/*
 * md.h — Markdown (CommonMark, parsed by md4c) rendered for the terminal:
 * styled lines of cells, wrapped to a width. Serves lesson.md and kata
 * instructions.
 *
 * Headings are bold (level 1 underlined with a rule), *emphasis* italic,
 * **strong** bold, `code` in the code role, fenced code blocks highlighted
 * as Python or SQL by their info string (python/py, sql; unmarked blocks
 * that look like SQL are SQL), lists with bullets or numbers and hanging
 * indents, block quotes with a bar, links as "text (url)" so the address
 * can be read and copied, rules as a line.
 *
 * Memory: an MdDoc owns its lines (malloc); md_free releases them.
 */
#ifndef ORMKATA_MD_H
#define ORMKATA_MD_H

#include <stdbool.h>
#include <stddef.h>

#include "grid.h"

typedef struct MdLine {
    Cell *cells;
    int n;
} MdLine;

typedef struct MdDoc {
    MdLine *lines;
    int n, cap;
} MdDoc;

/* Render text (len bytes, UTF-8) wrapped to `width` columns (at least 10)
 * into *out (which must be zeroed or freed). Returns false when out of
 * memory or md4c fails (*out then holds what was rendered so far). */
bool md_render(const char *text, size_t len, int width, MdDoc *out);
void md_free(MdDoc *d);

/* Line i as plain UTF-8 text (for tests), into buf. */
char *md_line_text(const MdDoc *d, int i, char *buf, size_t n);

/* Draw lines [first, first + h) of d into g at (x, y), clipped to w. */
void md_draw(const MdDoc *d, int first, Grid *g, int x, int y, int w, int h);

#endif
