/*
 * grid.c — the cell grid the views draw into (see grid.h): clipping text
 * writes, fills, widths of glyphs, and reading rows back as text for tests.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grid.h"
#include "utf8.h"

bool grid_resize(Grid *g, int w, int h)
{
    if (w < 0)
        w = 0;
    if (h < 0)
        h = 0;
    Cell *c = NULL;
    if (w && h) {
        c = malloc(sizeof *c * (size_t)w * (size_t)h);
        if (!c) {
            free(g->cells);
            *g = (Grid){ 0 };
            return false;
        }
    }
    free(g->cells);
    g->cells = c;
    g->w = c ? w : 0;
    g->h = c ? h : 0;
    grid_clear(g);
    return true;
}

void grid_free(Grid *g)
{
    free(g->cells);
    *g = (Grid){ 0 };
}

void grid_clear(Grid *g)
{
    for (int i = 0; i < g->w * g->h; i++)
        g->cells[i] = (Cell){ ' ', FG_NORMAL, BG_NONE, 0 };
    g->cur_visible = false;
    g->cur_x = g->cur_y = 0;
}

Cell *grid_at(Grid *g, int x, int y)
{
    if (x < 0 || y < 0 || x >= g->w || y >= g->h)
        return NULL;
    return &g->cells[y * g->w + x];
}

const Cell *grid_cell(const Grid *g, int x, int y)
{
    if (x < 0 || y < 0 || x >= g->w || y >= g->h)
        return NULL;
    return &g->cells[y * g->w + x];
}

/* Zero-width and double-width ranges (a compact subset of Unicode's East
 * Asian Width and combining classes: what shows up in lesson text). */
int grid_char_width(uint32_t ch)
{
    if (ch < 0x300)
        return ch < 0x20 || ch == 0x7F ? 0 : 1;
    if ((ch >= 0x300 && ch <= 0x36F) || (ch >= 0x200B && ch <= 0x200F) ||
        (ch >= 0xFE00 && ch <= 0xFE0F) || (ch >= 0x20D0 && ch <= 0x20FF))
        return 0;
    if ((ch >= 0x1100 && ch <= 0x115F) || (ch >= 0x2E80 && ch <= 0x303E) ||
        (ch >= 0x3041 && ch <= 0xA4CF) || (ch >= 0xAC00 && ch <= 0xD7A3) ||
        (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFE30 && ch <= 0xFE4F) ||
        (ch >= 0xFF00 && ch <= 0xFF60) || (ch >= 0xFFE0 && ch <= 0xFFE6) ||
        (ch >= 0x1F300 && ch <= 0x1F64F) || (ch >= 0x1F900 && ch <= 0x1F9FF) ||
        (ch >= 0x20000 && ch <= 0x3FFFD))
        return 2;
    return 1;
}

int grid_str_width(const char *s, size_t n)
{
    int w = 0;
    size_t i = 0;
    while (i < n) {
        uint32_t c = utf8_decode(s, &i);
        w += grid_char_width(c);
    }
    return w;
}

int grid_put(Grid *g, int x, int y, uint32_t ch, Style st)
{
    int cw = grid_char_width(ch);
    if (ch < 0x20 || ch == 0x7F) {
        ch = ' ';
        cw = 1;
    }
    if (cw == 0) {
        return 0;   /* combining marks are dropped: one glyph per cell */
    }
    Cell *c = grid_at(g, x, y);
    if (!c)
        return 0;
    if (cw == 2) {
        Cell *r = grid_at(g, x + 1, y);
        if (!r) {
            *c = (Cell){ ' ', st.fg, st.bg, st.attr };
            return 1;
        }
        *c = (Cell){ ch, st.fg, st.bg, st.attr };
        *r = (Cell){ 0, st.fg, st.bg, st.attr };
        return 2;
    }
    *c = (Cell){ ch, st.fg, st.bg, st.attr };
    return 1;
}

int grid_textn(Grid *g, int x, int y, int maxw, const char *s, size_t n, Style st)
{
    int used = 0;
    size_t i = 0;
    if (y < 0 || y >= g->h)
        return 0;
    if (maxw > g->w - x)
        maxw = g->w - x;
    while (i < n && used < maxw) {
        uint32_t ch = utf8_decode(s, &i);
        if (ch == '\t')
            ch = ' ';
        int cw = grid_char_width(ch);
        if (ch < 0x20)
            cw = 1;
        if (used + cw > maxw)
            break;
        grid_put(g, x + used, y, ch, st);
        used += cw;
    }
    return used;
}

int grid_text(Grid *g, int x, int y, int maxw, const char *s, Style st)
{
    return grid_textn(g, x, y, maxw, s, strlen(s), st);
}

int grid_printf(Grid *g, int x, int y, int maxw, Style st, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return grid_text(g, x, y, maxw, buf, st);
}

void grid_fill(Grid *g, int x, int y, int w, int h, uint32_t ch, Style st)
{
    for (int r = y; r < y + h; r++)
        for (int c = x; c < x + w; c++) {
            Cell *cell = grid_at(g, c, r);
            if (cell)
                *cell = (Cell){ ch, st.fg, st.bg, st.attr };
        }
}

void grid_paint(Grid *g, int x, int y, int w, int h, uint8_t bg, uint8_t attr_or)
{
    for (int r = y; r < y + h; r++)
        for (int c = x; c < x + w; c++) {
            Cell *cell = grid_at(g, c, r);
            if (cell) {
                cell->bg = bg;
                cell->attr |= attr_or;
            }
        }
}

char grid_ascii(uint32_t ch)
{
    if (ch < 0x80)
        return (char)ch;
    switch (ch) {
    case 0x2713: case 0x2714: return 'v';            /* ✓ */
    case 0x2717: case 0x2718: return 'x';            /* ✗ */
    case 0x2502: case 0x2503: case 0x2551: return '|';
    case 0x2500: case 0x2501: case 0x2550: return '-';
    case 0x250C: case 0x2510: case 0x2514: case 0x2518:
    case 0x251C: case 0x2524: case 0x252C: case 0x2534: case 0x253C: return '+';
    case 0x25CF: case 0x2022: return '*';            /* ● • */
    case 0x25CB: return 'o';                         /* ○ */
    case 0x25D0: return '~';                         /* ◐ */
    case 0x25B6: case 0x25B8: case 0x203A: return '>';
    case 0x25C0: case 0x2039: return '<';
    case 0x2026: return '.';                         /* … */
    case 0x2191: return '^';
    case 0x2193: return 'v';
    case 0x2190: return '<';
    case 0x2192: return '>';
    case 0x2588: case 0x2593: return '#';
    case 0x2591: case 0x2592: return '.';
    case 0x00B7: return '.';
    case 0x2014: case 0x2013: return '-';
    case 0x201C: case 0x201D: return '"';
    case 0x2018: case 0x2019: return '\'';
    case 0x00D7: return 'x';
    case 0x26A0: return '!';
    default: return '?';
    }
}

char *grid_row_text(const Grid *g, int y, char *buf, size_t n)
{
    size_t len = 0, keep = 0;
    if (n == 0)
        return buf;
    buf[0] = 0;
    if (y < 0 || y >= g->h)
        return buf;
    for (int x = 0; x < g->w; x++) {
        uint32_t ch = g->cells[y * g->w + x].ch;
        if (ch == 0)
            continue;
        char tmp[4];
        int k = utf8_encode(ch, tmp);
        if (len + (size_t)k + 1 > n)
            break;
        memcpy(buf + len, tmp, (size_t)k);
        len += (size_t)k;
        if (ch != ' ')
            keep = len;
    }
    buf[keep] = 0;
    return buf;
}

int grid_find(const Grid *g, const char *needle, int *col)
{
    char row[4096];
    for (int y = 0; y < g->h; y++) {
        grid_row_text(g, y, row, sizeof row);
        const char *p = strstr(row, needle);
        if (p) {
            if (col)
                *col = grid_str_width(row, (size_t)(p - row));
            return y;
        }
    }
    return -1;
}
