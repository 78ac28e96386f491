/*
 * md.c — Markdown to styled, wrapped terminal lines (see md.h).
 *
 * md4c calls back as it walks the document: blocks open and close, spans
 * open and close, text arrives in pieces. Inline text collects into a run of
 * styled cells; when its block ends, the run is wrapped at spaces to the
 * width with the block's prefix (indent, bullet, quote bar) and appended as
 * lines. Code blocks are copied line by line and highlighted.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <md4c.h>

#include "editor.h"
#include "md.h"
#include "utf8.h"

enum { MAX_NEST = 16 };

typedef struct ListCtx {
    bool ordered;
    unsigned next;          /* next number of an ordered list */
} ListCtx;

typedef struct R {
    MdDoc *doc;
    int width;
    bool oom;
    /* the inline run being collected */
    Cell *run;
    int nrun, caprun;
    /* span state */
    int bold, italic, incode, link, strike;
    char *href;             /* of the open link */
    int link_start;         /* run index where the link text began */
    /* block state */
    int heading;            /* level of the open heading, 0 none */
    bool in_code;
    int code_lang;          /* 0 plain, 1 python, 2 sql */
    char *code;             /* code block text being collected */
    size_t ncode, capcode;
    ListCtx lists[MAX_NEST];
    int nlists;
    int quote;              /* block quote depth */
    char bullet[16];        /* pending bullet for the next flushed run of an item */
    bool blank_before;      /* a block ended: put a blank line before the next */
    bool started;
} R;

/* ------------------------------------------------------------ output */

static MdLine *new_line(R *r)
{
    MdDoc *d = r->doc;
    if (d->n == d->cap) {
        int cap = d->cap ? d->cap * 2 : 64;
        MdLine *nl = realloc(d->lines, sizeof *nl * (size_t)cap);
        if (!nl) {
            r->oom = true;
            return NULL;
        }
        d->lines = nl;
        d->cap = cap;
    }
    MdLine *l = &d->lines[d->n++];
    l->cells = NULL;
    l->n = 0;
    return l;
}

static void line_cells(R *r, MdLine *l, const Cell *c, int n)
{
    if (!n)
        return;
    Cell *nc = realloc(l->cells, sizeof *nc * (size_t)(l->n + n));
    if (!nc) {
        r->oom = true;
        return;
    }
    memcpy(nc + l->n, c, sizeof *c * (size_t)n);
    l->cells = nc;
    l->n += n;
}

static void line_str(R *r, MdLine *l, const char *s, Style st)
{
    size_t i = 0, n = strlen(s);
    while (i < n) {
        uint32_t ch = utf8_decode(s, &i);
        Cell c = { ch, st.fg, st.bg, st.attr };
        line_cells(r, l, &c, 1);
    }
}

/* Blank line between blocks (not at the top, never two). */
static void block_gap(R *r)
{
    if (r->blank_before && r->doc->n > 0 && r->doc->lines[r->doc->n - 1].n > 0)
        new_line(r);
    r->blank_before = false;
}

/* The prefix of lines inside lists and quotes; `first` adds the bullet. */
static void put_prefix(R *r, MdLine *l, bool first)
{
    for (int q = 0; q < r->quote; q++)
        line_str(r, l, "\u2502 ", style(FG_DIM, BG_NONE, 0));
    int depth = r->nlists;
    for (int i = 0; i + 1 < depth; i++)
        line_str(r, l, "   ", style(FG_NORMAL, BG_NONE, 0));
    if (depth) {
        if (first && r->bullet[0]) {
            line_str(r, l, r->bullet, style(FG_TITLE, BG_NONE, AT_BOLD));
            for (int w = grid_str_width(r->bullet, strlen(r->bullet)); w < 3; w++)
                line_str(r, l, " ", style(FG_NORMAL, BG_NONE, 0));
        } else {
            line_str(r, l, "   ", style(FG_NORMAL, BG_NONE, 0));
        }
    }
}

static int prefix_width(const R *r)
{
    return r->quote * 2 + r->nlists * 3;
}

/* Wrap the collected run into lines and clear it. */
static void flush_run(R *r)
{
    /* trim leading and trailing blanks */
    int s = 0, e = r->nrun;
    while (s < e && r->run[s].ch == ' ')
        s++;
    while (e > s && r->run[e - 1].ch == ' ')
        e--;
    if (s == e) {
        r->nrun = 0;
        return;
    }
    block_gap(r);
    int avail = r->width - prefix_width(r);
    if (avail < 10)
        avail = 10;
    bool first = true;
    while (s < e) {
        /* widest prefix of run[s..e) that fits, broken at a space */
        int w = 0, i = s, brk = -1;
        while (i < e) {
            if (r->run[i].ch == '\n')
                break;
            int cw = r->run[i].ch ? grid_char_width(r->run[i].ch) : 0;
            if (w + cw > avail)
                break;
            if (r->run[i].ch == ' ')
                brk = i;
            w += cw;
            i++;
        }
        int end = i;
        int next = i;
        if (i < e && r->run[i].ch == '\n') {
            next = i + 1;
        } else if (i < e && r->run[i].ch == ' ') {
            next = i + 1;
        } else if (i < e) {
            if (brk > s) {
                end = brk;
                next = brk + 1;
            } else if (end == s) {
                end = next = s + 1;     /* a glyph wider than the space: put it anyway */
            }
        }
        MdLine *l = new_line(r);
        if (!l)
            break;
        put_prefix(r, l, first);
        line_cells(r, l, r->run + s, end - s);
        first = false;
        s = next;
        while (s < e && r->run[s].ch == ' ')
            s++;
    }
    r->bullet[0] = 0;
    r->nrun = 0;
}

static Style cur_style(const R *r)
{
    Style st = style(FG_NORMAL, BG_NONE, 0);
    if (r->heading) {
        st.fg = FG_HEADING;
        st.attr |= AT_BOLD;
        if (r->heading == 1)
            st.attr |= AT_UNDERLINE;
    }
    if (r->bold)
        st.attr |= AT_BOLD;
    if (r->italic) {
        st.attr |= AT_ITALIC;
        if (st.fg == FG_NORMAL)
            st.fg = FG_EMPH;
    }
    if (r->incode)
        st.fg = FG_CODE;
    if (r->link) {
        st.fg = FG_LINK;
        st.attr |= AT_UNDERLINE;
    }
    if (r->strike)
        st.attr |= AT_DIM;
    return st;
}

static void run_push(R *r, uint32_t ch, Style st)
{
    if (r->nrun == r->caprun) {
        int cap = r->caprun ? r->caprun * 2 : 256;
        Cell *nc = realloc(r->run, sizeof *nc * (size_t)cap);
        if (!nc) {
            r->oom = true;
            return;
        }
        r->run = nc;
        r->caprun = cap;
    }
    r->run[r->nrun++] = (Cell){ ch, st.fg, st.bg, st.attr };
}

static void run_text(R *r, const char *s, size_t n, Style st)
{
    size_t i = 0;
    while (i < n) {
        uint32_t ch = utf8_decode(s, &i);
        if (ch == '\n' || ch == '\t')
            ch = ' ';
        run_push(r, ch, st);
    }
}

/* ------------------------------------------------------------ code blocks */

static bool looks_like_sql(const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    static const char *const starts[] = { "SELECT ", "INSERT ", "UPDATE ", "DELETE ", "BEGIN", "EXPLAIN ", NULL };
    for (int i = 0; starts[i]; i++)
        if (n >= strlen(starts[i]) && !strncmp(s, starts[i], strlen(starts[i])))
            return true;
    return false;
}

static void flush_code(R *r)
{
    block_gap(r);
    int lang = r->code_lang;
    if (lang == 0 && looks_like_sql(r->code, r->ncode))
        lang = 2;
    int state = 0;
    size_t start = 0;
    for (size_t i = 0; i < r->ncode; i++) {
        if (r->code[i] != '\n')
            continue;
        int n = (int)(i - start);
        const char *s = r->code + start;
        uint8_t *roles = malloc((size_t)n + 1);
        MdLine *l = new_line(r);
        if (!l || !roles) {
            free(roles);
            r->oom = true;
            return;
        }
        put_prefix(r, l, false);
        line_str(r, l, "  ", style(FG_NORMAL, BG_NONE, 0));
        if (lang == 1)
            editor_hl_python(s, n, &state, roles);
        else if (lang == 2)
            editor_hl_sql(s, n, roles);
        else
            memset(roles, FG_CODE, (size_t)n);
        size_t k = 0;
        while ((int)k < n) {
            uint8_t role = roles[k];
            uint32_t ch = utf8_decode(s, &k);
            if (ch == '\t')
                ch = ' ';
            Cell c = { ch, role == FG_NORMAL ? FG_CODE : role, BG_NONE, 0 };
            line_cells(r, l, &c, 1);
        }
        free(roles);
        start = i + 1;
    }
    r->ncode = 0;
}

/* ------------------------------------------------------------ callbacks */

static int enter_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
    R *r = ud;
    /* a nested block inside a list item ends the item's own text */
    flush_run(r);
    switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        if (r->nlists < MAX_NEST) {
            ListCtx *lc = &r->lists[r->nlists];
            lc->ordered = type == MD_BLOCK_OL;
            lc->next = lc->ordered ? ((MD_BLOCK_OL_DETAIL *)detail)->start : 0;
        }
        r->nlists++;
        if (r->nlists == 1)
            r->blank_before = true;
        break;
    case MD_BLOCK_LI:
        if (r->nlists > 0 && r->nlists <= MAX_NEST) {
            ListCtx *lc = &r->lists[r->nlists - 1];
            if (lc->ordered)
                snprintf(r->bullet, sizeof r->bullet, "%u.", lc->next++);
            else
                snprintf(r->bullet, sizeof r->bullet, "%s", r->nlists % 2 ? "\u2022" : "-");
        }
        break;
    case MD_BLOCK_H:
        r->heading = (int)((MD_BLOCK_H_DETAIL *)detail)->level;
        r->blank_before = true;
        break;
    case MD_BLOCK_CODE: {
        MD_BLOCK_CODE_DETAIL *cd = detail;
        r->in_code = true;
        r->code_lang = 0;
        if (cd->lang.text) {
            const char *t = cd->lang.text;
            size_t n = cd->lang.size;
            if ((n == 6 && !strncasecmp(t, "python", 6)) || (n == 2 && !strncasecmp(t, "py", 2)) ||
                (n == 5 && !strncasecmp(t, "pycon", 5)))
                r->code_lang = 1;
            else if (n == 3 && !strncasecmp(t, "sql", 3))
                r->code_lang = 2;
        }
        if (!r->nlists)
            r->blank_before = true;
        break;
    }
    case MD_BLOCK_P:
        if (!r->nlists || r->bullet[0] == 0)
            r->blank_before = r->blank_before || !r->nlists;
        break;
    case MD_BLOCK_QUOTE:
        r->quote++;
        r->blank_before = true;
        break;
    case MD_BLOCK_HR: {
        r->blank_before = true;
        block_gap(r);
        MdLine *l = new_line(r);
        if (l)
            for (int i = 0; i < r->width - prefix_width(r); i++)
                line_str(r, l, "\u2500", style(FG_DIM, BG_NONE, 0));
        r->blank_before = true;
        break;
    }
    default:
        break;
    }
    return 0;
}

static int leave_block(MD_BLOCKTYPE type, void *detail, void *ud)
{
    R *r = ud;
    switch (type) {
    case MD_BLOCK_H: {
        int level = r->heading;
        int start = r->doc->n;
        flush_run(r);
        r->heading = 0;
        if (level == 1 && r->doc->n > start) {
            /* a rule under the title, as wide as it */
            int w = 0;
            for (int i = start; i < r->doc->n; i++)
                if (r->doc->lines[i].n > w)
                    w = r->doc->lines[i].n;
            MdLine *l = new_line(r);
            if (l)
                for (int i = 0; i < w; i++)
                    line_str(r, l, "\u2550", style(FG_HEADING, BG_NONE, 0));
        }
        r->blank_before = true;
        break;
    }
    case MD_BLOCK_CODE:
        flush_code(r);
        r->in_code = false;
        r->blank_before = true;
        break;
    case MD_BLOCK_P:
        flush_run(r);
        r->blank_before = !r->nlists;
        break;
    case MD_BLOCK_LI:
        flush_run(r);
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        flush_run(r);
        r->nlists--;
        if (r->nlists == 0)
            r->blank_before = true;
        break;
    case MD_BLOCK_QUOTE:
        flush_run(r);
        r->quote--;
        r->blank_before = true;
        break;
    default:
        flush_run(r);
        break;
    }
    return 0;
}

static int enter_span(MD_SPANTYPE type, void *detail, void *ud)
{
    R *r = ud;
    switch (type) {
    case MD_SPAN_EM: r->italic++; break;
    case MD_SPAN_STRONG: r->bold++; break;
    case MD_SPAN_CODE: r->incode++; break;
    case MD_SPAN_DEL: r->strike++; break;
    case MD_SPAN_A: {
        MD_SPAN_A_DETAIL *a = detail;
        r->link++;
        free(r->href);
        r->href = strndup(a->href.text ? a->href.text : "", a->href.size);
        r->link_start = r->nrun;
        break;
    }
    default: break;
    }
    return 0;
}

static int leave_span(MD_SPANTYPE type, void *detail, void *ud)
{
    R *r = ud;
    switch (type) {
    case MD_SPAN_EM: r->italic--; break;
    case MD_SPAN_STRONG: r->bold--; break;
    case MD_SPAN_CODE: r->incode--; break;
    case MD_SPAN_DEL: r->strike--; break;
    case MD_SPAN_A: {
        r->link--;
        /* show the address unless the text already is it */
        if (r->href && *r->href) {
            char text[512];
            int k = 0;
            for (int i = r->link_start; i < r->nrun && k < (int)sizeof text - 5; i++)
                k += utf8_encode(r->run[i].ch ? r->run[i].ch : ' ', text + k);
            text[k] = 0;
            const char *h = r->href;
            if (strcmp(text, h) && !(strncmp(h, "mailto:", 7) == 0 && !strcmp(text, h + 7))) {
                Style st = style(FG_DIM, BG_NONE, 0);
                run_text(r, " (", 2, st);
                run_text(r, h, strlen(h), st);
                run_text(r, ")", 1, st);
            }
        }
        free(r->href);
        r->href = NULL;
        break;
    }
    default: break;
    }
    return 0;
}

static uint32_t entity(const char *s, size_t n)
{
    static const struct { const char *name; uint32_t cp; } names[] = {
        { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&apos;", '\'' },
        { "&nbsp;", ' ' }, { "&mdash;", 0x2014 }, { "&ndash;", 0x2013 }, { "&hellip;", 0x2026 },
        { "&rarr;", 0x2192 }, { "&larr;", 0x2190 }, { "&times;", 0xD7 }, { "&copy;", 0xA9 },
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(names[i].name) == n && !strncmp(s, names[i].name, n))
            return names[i].cp;
    if (n > 3 && s[1] == '#') {
        unsigned long v = (s[2] == 'x' || s[2] == 'X') ? strtoul(s + 3, NULL, 16) : strtoul(s + 2, NULL, 10);
        if (v > 0 && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF))
            return (uint32_t)v;
    }
    return 0xFFFD;
}

static int text_cb(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *ud)
{
    R *r = ud;
    if (r->in_code) {
        if (r->ncode + size + 1 > r->capcode) {
            size_t cap = r->capcode ? r->capcode : 1024;
            while (cap < r->ncode + size + 1)
                cap *= 2;
            char *nc = realloc(r->code, cap);
            if (!nc) {
                r->oom = true;
                return 0;
            }
            r->code = nc;
            r->capcode = cap;
        }
        memcpy(r->code + r->ncode, text, size);
        r->ncode += size;
        return 0;
    }
    Style st = cur_style(r);
    switch (type) {
    case MD_TEXT_BR:
        run_push(r, '\n', st);
        break;
    case MD_TEXT_SOFTBR:
        run_push(r, ' ', st);
        break;
    case MD_TEXT_ENTITY:
        run_push(r, entity(text, size), st);
        break;
    case MD_TEXT_NULLCHAR:
        run_push(r, 0xFFFD, st);
        break;
    case MD_TEXT_HTML:
        break;      /* raw HTML is not shown */
    default:
        run_text(r, text, size, st);
        break;
    }
    return 0;
}

bool md_render(const char *text, size_t len, int width, MdDoc *out)
{
    R r = { 0 };
    r.doc = out;
    r.width = width < 10 ? 10 : width;
    MD_PARSER p = { 0 };
    p.abi_version = 0;
    p.flags = MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_NOHTML;
    p.enter_block = enter_block;
    p.leave_block = leave_block;
    p.enter_span = enter_span;
    p.leave_span = leave_span;
    p.text = text_cb;
    int rc = md_parse(text, (MD_SIZE)len, &p, &r);
    flush_run(&r);
    /* drop trailing blank lines */
    while (out->n > 0 && out->lines[out->n - 1].n == 0)
        out->n--;
    free(r.run);
    free(r.code);
    free(r.href);
    return rc == 0 && !r.oom;
}

void md_free(MdDoc *d)
{
    for (int i = 0; i < d->cap && i < d->n; i++)
        free(d->lines[i].cells);
    /* lines past n (trimmed blank ones) have no cells */
    free(d->lines);
    *d = (MdDoc){ 0 };
}

char *md_line_text(const MdDoc *d, int i, char *buf, size_t n)
{
    size_t k = 0;
    if (!n)
        return buf;
    if (i >= 0 && i < d->n)
        for (int c = 0; c < d->lines[i].n; c++) {
            uint32_t ch = d->lines[i].cells[c].ch;
            if (!ch)
                continue;
            char tmp[4];
            int m = utf8_encode(ch, tmp);
            if (k + (size_t)m + 1 > n)
                break;
            memcpy(buf + k, tmp, (size_t)m);
            k += (size_t)m;
        }
    buf[k] = 0;
    return buf;
}

void md_draw(const MdDoc *d, int first, Grid *g, int x, int y, int w, int h)
{
    for (int row = 0; row < h; row++) {
        int i = first + row;
        if (i < 0 || i >= d->n)
            continue;
        int col = 0;
        for (int c = 0; c < d->lines[i].n && col < w; c++) {
            const Cell *cell = &d->lines[i].cells[c];
            if (!cell->ch)
                continue;
            int cw = grid_char_width(cell->ch);
            if (col + cw > w)
                break;
            grid_put(g, x + col, y + row, cell->ch, style(cell->fg, cell->bg, cell->attr));
            col += cw;
        }
    }
}
