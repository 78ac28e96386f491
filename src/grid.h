/*
 * grid.h — a screen as a grid of cells: what the app's views draw into and
 * what src/term.c copies to the terminal.
 *
 * A cell holds one glyph (a Unicode code point), a foreground role, a
 * background role and attributes. Roles name what the text IS (a keyword, a
 * passed check, the selected row), never a colour: the terminal layer maps
 * roles to whatever the terminal has (256 colours, 8, or none). Tests read
 * a grid back as text (grid_row_text) without any terminal.
 *
 * Memory: a Grid owns its cell array (malloc); grid_free releases it.
 */
#ifndef ORMKATA_GRID_H
#define ORMKATA_GRID_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Foreground roles. */
enum {
    FG_NORMAL, FG_DIM, FG_TITLE, FG_HEADING, FG_EMPH, FG_CODE, FG_LINK,
    FG_KEYWORD, FG_STRING, FG_NUMBER, FG_COMMENT, FG_BUILTIN, FG_DEFNAME,
    FG_PASS, FG_FAIL, FG_TRIED, FG_NEW, FG_GUTTER, FG_BADGE, FG_BADGE_HOT,
    FG_DUP, FG_SIMILAR, FG_KEY, FG_ERROR, FG_BORDER, FG_SQLKW,
    FG__COUNT
};

/* Background roles. */
enum { BG_NONE, BG_SELECT, BG_BAR, BG_CURLINE, BG_PANEL, BG__COUNT };

/* Attributes (bits). */
enum { AT_BOLD = 1, AT_UNDERLINE = 2, AT_REVERSE = 4, AT_DIM = 8, AT_ITALIC = 16 };

typedef struct Style {
    uint8_t fg, bg, attr;
} Style;

/* A cell. `ch` 0 marks the right half of a double-width glyph. */
typedef struct Cell {
    uint32_t ch;
    uint8_t fg, bg, attr;
} Cell;

typedef struct Grid {
    int w, h;
    Cell *cells;
    int cur_x, cur_y;       /* where the terminal cursor goes */
    bool cur_visible;
} Grid;

static inline Style style(uint8_t fg, uint8_t bg, uint8_t attr)
{
    return (Style){ fg, bg, attr };
}

/* Size the grid to w×h (cells cleared). Returns false when out of memory
 * (the grid is then 0×0). */
bool grid_resize(Grid *g, int w, int h);
void grid_free(Grid *g);
/* Every cell a blank in the normal style; cursor hidden. */
void grid_clear(Grid *g);

/* The cell at (x, y), or NULL outside the grid. */
Cell *grid_at(Grid *g, int x, int y);
const Cell *grid_cell(const Grid *g, int x, int y);

/* Put one glyph; returns the columns it took (0 when clipped, 2 for wide). */
int grid_put(Grid *g, int x, int y, uint32_t ch, Style st);

/* Write UTF-8 text from (x, y), at most maxw columns (clipped, no wrap;
 * control characters shown as a space). Returns the columns written. */
int grid_text(Grid *g, int x, int y, int maxw, const char *s, Style st);
/* The same for n bytes of s. */
int grid_textn(Grid *g, int x, int y, int maxw, const char *s, size_t n, Style st);
/* printf into the grid (at most 512 bytes of text). */
int grid_printf(Grid *g, int x, int y, int maxw, Style st, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* Fill a rectangle with ch in st. */
void grid_fill(Grid *g, int x, int y, int w, int h, uint32_t ch, Style st);
/* Change only the background (and optionally attributes) of a rectangle. */
void grid_paint(Grid *g, int x, int y, int w, int h, uint8_t bg, uint8_t attr_or);

/* Columns a code point / UTF-8 string takes on a terminal (wide CJK and
 * emoji 2, combining marks 0, else 1). */
int grid_char_width(uint32_t ch);
int grid_str_width(const char *s, size_t n);

/* An ASCII stand-in for glyphs the app draws (✓ → 'v', ✗ → 'x', │ → '|',
 * ─ → '-', …; other non-ASCII → '?'), for terminals without UTF-8. */
char grid_ascii(uint32_t ch);

/* Row y as UTF-8 text (trailing blanks dropped) into buf; returns buf.
 * For tests and the plain-text dump. */
char *grid_row_text(const Grid *g, int y, char *buf, size_t n);
/* First row containing needle (UTF-8), or -1; *col gets its column. */
int grid_find(const Grid *g, const char *needle, int *col);

#endif
