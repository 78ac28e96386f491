/*
 * app_kata_view.c — drawing the kata view: the title bar, the editor with
 * its gutter (line numbers and a badge with the number of SQL statements
 * each line ran), and the pane beside it: the task (instructions), the
 * checks, the SQL of the last run (number, kind, rows, time, source line,
 * duplicates and similar statements marked, EXPLAIN QUERY PLAN of the
 * selected one), the output and traceback, the hints shown so far, and the
 * reference solution with its own SQL once the kata passed.
 *
 * Pane contents are built as styled lines (an MdDoc) and then drawn with
 * the pane's scroll position, so every pane scrolls the same way.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_int.h"
#include "utf8.h"

/* ------------------------------------------------------------ styled lines */

static MdLine *add_line(MdDoc *d)
{
    if (d->n == d->cap) {
        int cap = d->cap ? d->cap * 2 : 32;
        MdLine *nl = realloc(d->lines, sizeof *nl * (size_t)cap);
        if (!nl)
            return NULL;
        d->lines = nl;
        d->cap = cap;
    }
    MdLine *l = &d->lines[d->n++];
    l->cells = NULL;
    l->n = 0;
    return l;
}

static void add_cells(MdLine *l, const char *s, size_t n, Style st)
{
    if (!l)
        return;
    Cell *c = realloc(l->cells, sizeof *c * (size_t)(l->n + (int)n + 1));
    if (!c)
        return;
    l->cells = c;
    size_t i = 0;
    while (i < n) {
        uint32_t ch = utf8_decode(s, &i);
        if (ch == '\t')
            ch = ' ';
        l->cells[l->n++] = (Cell){ ch, st.fg, st.bg, st.attr };
    }
}

static void add_str(MdLine *l, const char *s, Style st)
{
    add_cells(l, s, strlen(s), st);
}

/* Wrap text at spaces to width columns; following lines start with indent
 * spaces. Newlines in text start new lines. */
static void add_wrapped(MdDoc *d, const char *text, Style st, int width, int indent)
{
    if (width < 8)
        width = 8;
    const char *p = text;
    bool first = true;
    do {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        size_t off = 0;
        do {
            int avail = width - (first ? 0 : indent);
            /* the longest prefix that fits, cut at a space when possible */
            size_t i = off, cut = 0;
            int w = 0;
            while (i < len) {
                size_t j = i;
                uint32_t ch = utf8_decode(p, &j);
                int cw = grid_char_width(ch);
                if (w + cw > avail)
                    break;
                w += cw;
                if (ch == ' ')
                    cut = j;
                i = j;
            }
            if (i < len && cut > off)
                i = cut;
            if (i == off && off < len) {
                size_t j = i;
                utf8_decode(p, &j);
                i = j;
            }
            MdLine *l = add_line(d);
            if (!first)
                for (int k = 0; k < indent; k++)
                    add_str(l, " ", st);
            add_cells(l, p + off, i - off, st);
            first = false;
            off = i;
        } while (off < len);
        p = nl ? nl + 1 : NULL;
    } while (p && *p);
}

/* Code, highlighted (lang 1 Python, 2 SQL), cut (not wrapped) at width. */
static void add_code(MdDoc *d, const char *code, int lang, int width, int first_number)
{
    int state = 0, number = first_number;
    const char *p = code;
    while (p && *p) {
        const char *nl = strchr(p, '\n');
        int n = nl ? (int)(nl - p) : (int)strlen(p);
        uint8_t *roles = malloc((size_t)n + 1);
        MdLine *l = add_line(d);
        if (!roles || !l) {
            free(roles);
            return;
        }
        if (number) {
            char num[16];
            snprintf(num, sizeof num, "%3d ", number++);
            add_str(l, num, style(FG_GUTTER, BG_NONE, 0));
        }
        if (lang == 1)
            editor_hl_python(p, n, &state, roles);
        else
            editor_hl_sql(p, n, roles);
        size_t i = 0;
        int w = 0;
        while ((int)i < n && w < width) {
            uint8_t r = roles[i];
            size_t j = i;
            uint32_t ch = utf8_decode(p, &j);
            add_cells(l, p + i, j - i, style(r, BG_NONE, 0));
            w += grid_char_width(ch);
            i = j;
        }
        free(roles);
        p = nl ? nl + 1 : NULL;
    }
}

/* ------------------------------------------------------------ layout */

typedef struct Layout {
    int ew;             /* editor width (gutter included) */
    int px, pw;         /* pane x and width */
    int top, rows;      /* body rows: first and count */
} Layout;

static Layout layout(const App *a, const Grid *g)
{
    Layout L;
    int rows, cols;
    app_editor_size(a, &rows, &cols);
    L.ew = cols + APP_GUTTER;
    L.px = L.ew + 1;
    L.pw = g->w - L.px;
    L.top = 1;
    L.rows = rows;
    return L;
}

/* ------------------------------------------------------------ editor */

static int line_count(const App *a, int line)
{
    return a->line_counts && line > 0 && line < a->nline_counts ? a->line_counts[line] : 0;
}

static int err_line(const App *a)
{
    if (!a->have_res)
        return 0;
    const GradeVariant *v = &a->res.variants[0];
    return v->answer_status != RUN_OK ? v->answer_diag.line : 0;
}

static void draw_editor(App *a, Grid *g, const Layout *L)
{
    Editor *e = &a->ed;
    int cols = L->ew - APP_GUTTER;
    editor_scroll(e, L->rows, cols);
    int state = 0;
    uint8_t *roles = NULL;
    int cap = 0;
    int errl = err_line(a);
    for (int row = 0; row < e->top + L->rows && row < e->n; row++) {
        EdLine *ln = &e->lines[row];
        if (ln->len + 1 > cap) {
            cap = ln->len + 64;
            uint8_t *nr = realloc(roles, (size_t)cap);
            if (!nr)
                break;
            roles = nr;
        }
        editor_hl_python(ln->s, ln->len, &state, roles);   /* states flow from the top */
        if (row < e->top)
            continue;
        int y = L->top + row - e->top;
        bool cur = row == e->cy && !a->focus_pane;
        uint8_t bg = cur ? BG_CURLINE : BG_NONE;
        int n = line_count(a, row + 1);
        bool isErr = errl == row + 1;
        grid_printf(g, 0, y, 4, style(isErr ? FG_ERROR : FG_GUTTER, BG_NONE, isErr ? AT_BOLD | AT_REVERSE : 0),
                    "%3d", row + 1);
        if (n > 0)
            grid_printf(g, 4, y, 3, style(n > 1 ? FG_BADGE_HOT : FG_BADGE, BG_NONE, AT_BOLD), "%3d", n > 999 ? 999 : n);
        grid_put(g, APP_GUTTER - 1, y, 0x2502, style(FG_BORDER, BG_NONE, 0));
        if (cur)
            grid_fill(g, APP_GUTTER, y, cols, 1, ' ', style(FG_NORMAL, bg, 0));
        /* the text from column e->left */
        int col = 0;
        size_t i = 0;
        while ((int)i < ln->len) {
            size_t j = i;
            uint32_t ch = utf8_decode(ln->s, &j);
            int cw = grid_char_width(ch);
            if (col >= e->left) {
                if (col - e->left + cw > cols)
                    break;
                grid_put(g, APP_GUTTER + col - e->left, y, ch, style(roles[i], bg, 0));
            }
            col += cw;
            i = j;
        }
        if (e->left > 0)
            grid_put(g, APP_GUTTER, y, 0x2039, style(FG_DIM, bg, 0));
    }
    free(roles);
    if (!a->focus_pane) {
        g->cur_visible = true;
        g->cur_x = APP_GUTTER + editor_col(e) - e->left;
        g->cur_y = L->top + e->cy - e->top;
    }
    for (int y = L->top; y < L->top + L->rows; y++)
        grid_put(g, L->ew, y, 0x2502, style(FG_BORDER, BG_NONE, 0));
}

/* ------------------------------------------------------------ panes */

static const char *const pane_names[PANE__COUNT] = { "Task", "Check", "SQL", "Out", "Hint", "Sol" };

static void draw_tabs(App *a, Grid *g, const Layout *L)
{
    int x = L->px;
    for (int p = 0; p < PANE__COUNT; p++) {
        char label[32];
        if (p == PANE_SQL && a->have_res)
            snprintf(label, sizeof label, "SQL %zu", a->res.variants[0].nqueries);
        else if (p == PANE_CHECKS && a->have_res)
            snprintf(label, sizeof label, "Check%s", a->res.passed ? "\u2713" : "\u2717");
        else
            snprintf(label, sizeof label, "%s", pane_names[p]);
        bool on = a->pane == (AppPane)p;
        int fg = on ? FG_TITLE : FG_DIM;
        if (p == PANE_CHECKS && a->have_res)
            fg = a->res.passed ? FG_PASS : FG_FAIL;
        Style st = style((uint8_t)fg, on ? BG_SELECT : BG_NONE, on ? AT_BOLD : 0);
        int lw = grid_str_width(label, strlen(label));
        if (x + lw + 1 > g->w)
            break;
        grid_text(g, x + 1, L->top, lw, label, st);
        x += lw + 1;
    }
    if (a->focus_pane)
        grid_text(g, g->w - 1, L->top, 1, "\u25c0", style(FG_KEY, BG_NONE, AT_BOLD));
}

static void pane_task(App *a, MdDoc *d, int w)
{
    const Kata *k = a->set->katas[a->kata];
    if (a->instr_doc_w != w) {
        md_free(&a->instr_doc);
        md_render(k->instructions, strlen(k->instructions), w, &a->instr_doc);
        a->instr_doc_w = w;
    }
    for (int i = 0; i < a->instr_doc.n; i++) {
        MdLine *l = add_line(d);
        if (!l)
            return;
        Cell *c = malloc(sizeof *c * (size_t)(a->instr_doc.lines[i].n + 1));
        if (!c)
            return;
        memcpy(c, a->instr_doc.lines[i].cells, sizeof *c * (size_t)a->instr_doc.lines[i].n);
        l->cells = c;
        l->n = a->instr_doc.lines[i].n;
    }
    add_line(d);
    add_wrapped(d, "F5 runs the checks \u00b7 F6 next pane \u00b7 F1 help", style(FG_DIM, BG_NONE, 0), w, 0);
}

/* Put the cells pre[0..n) in front of line `from` and n blanks in front of
 * the lines after it (a hanging indent). */
static void prefix_lines(MdDoc *d, int from, const Cell *pre, int n)
{
    for (int k = from; k < d->n; k++) {
        MdLine *ml = &d->lines[k];
        Cell *nc = malloc(sizeof *nc * (size_t)(ml->n + n));
        if (!nc)
            continue;
        for (int j = 0; j < n; j++)
            nc[j] = k == from && pre ? pre[j] : (Cell){ ' ', FG_NORMAL, BG_NONE, 0 };
        if (ml->n)
            memcpy(nc + n, ml->cells, sizeof *nc * (size_t)ml->n);
        free(ml->cells);
        ml->cells = nc;
        ml->n += n;
    }
}

static void add_checks(MdDoc *d, const GradeVariant *v, int w, bool failed_only)
{
    for (size_t i = 0; i < v->nchecks; i++) {
        const GradeCheck *c = &v->checks[i];
        if (failed_only && c->passed)
            continue;
        /* "✓ ok   " / "✗ FAIL " then the message with a hanging indent */
        Cell pre[7];
        const char *word = c->passed ? "ok   " : "FAIL ";
        uint8_t fg = c->passed ? FG_PASS : FG_FAIL;
        pre[0] = (Cell){ c->passed ? 0x2713 : 0x2717, fg, BG_NONE, AT_BOLD };
        pre[1] = (Cell){ ' ', fg, BG_NONE, 0 };
        for (int j = 0; j < 5; j++)
            pre[2 + j] = (Cell){ (uint32_t)word[j], fg, BG_NONE, AT_BOLD };
        int before = d->n;
        add_wrapped(d, c->message ? c->message : "", style(FG_NORMAL, BG_NONE, 0), w - 7, 0);
        prefix_lines(d, before, pre, 7);
        if (!c->passed && c->detail) {
            int b2 = d->n;
            add_wrapped(d, c->detail, style(FG_DIM, BG_NONE, 0), w - 7, 0);
            prefix_lines(d, b2, NULL, 7);
        }
    }
}

static void pane_checks(App *a, MdDoc *d, int w)
{
    if (!a->have_res) {
        add_wrapped(d, "Press F5 (or Ctrl-R) to run the checks.", style(FG_NORMAL, BG_NONE, 0), w, 0);
        return;
    }
    const GradeResult *r = &a->res;
    const GradeVariant *v1 = &r->variants[0], *v2 = &r->variants[1];
    size_t ran, passed;
    grade_count_checks(r, &ran, &passed);
    MdLine *l = add_line(d);
    if (r->passed) {
        add_str(l, "\u2713 PASSED", style(FG_PASS, BG_NONE, AT_BOLD));
        char buf[96];
        snprintf(buf, sizeof buf, "  %zu/%zu checks on both data sets", passed, ran);
        add_str(l, buf, style(FG_DIM, BG_NONE, 0));
    } else {
        add_str(l, "\u2717 NOT YET", style(FG_FAIL, BG_NONE, AT_BOLD));
        char buf[96];
        snprintf(buf, sizeof buf, "  %zu of %zu checks passed", passed, ran);
        add_str(l, buf, style(FG_DIM, BG_NONE, 0));
    }
    add_line(d);
    if (v1->tamper)
        add_wrapped(d, v1->tamper, style(FG_ERROR, BG_NONE, AT_BOLD), w, 0);
    if (v1->answer_status != RUN_OK) {
        char buf[1400];
        snprintf(buf, sizeof buf, "Your code stopped: %s%s%s%s", v1->answer_diag.kind,
                 v1->answer_diag.message[0] ? ": " : "", v1->answer_diag.message,
                 v1->answer_diag.line ? "" : "");
        add_wrapped(d, buf, style(FG_ERROR, BG_NONE, AT_BOLD), w, 2);
        if (v1->answer_diag.line) {
            snprintf(buf, sizeof buf, "at line %d \u2014 the Out pane has the traceback (Alt-4)", v1->answer_diag.line);
            add_wrapped(d, buf, style(FG_DIM, BG_NONE, 0), w, 2);
        }
        add_line(d);
    } else if (v1->check_status != RUN_OK && v1->check_error && !v1->nchecks) {
        add_wrapped(d, "The checks stopped with an error (Out pane):", style(FG_ERROR, BG_NONE, AT_BOLD), w, 0);
    }
    add_checks(d, v1, w, false);
    if (v2->ran && !v2->passed && v1->passed) {
        add_line(d);
        add_wrapped(d, "On the second data set (variant 2) these failed \u2014 is a result hard-coded?",
                    style(FG_TRIED, BG_NONE, AT_BOLD), w, 0);
        add_checks(d, v2, w, true);
    }
    if (!r->passed && r->summary && !v1->nchecks && v1->answer_status == RUN_OK) {
        add_wrapped(d, r->summary, style(FG_ERROR, BG_NONE, 0), w, 0);
    }
    add_line(d);
    char buf[96];
    snprintf(buf, sizeof buf, "%zu SQL statements (SQL pane) \u00b7 %.1f ms", v1->nqueries, r->ms);
    add_wrapped(d, buf, style(FG_DIM, BG_NONE, 0), w, 0);
}

static void pane_output(App *a, MdDoc *d, int w)
{
    if (!a->have_res) {
        add_wrapped(d, "What your code prints and its tracebacks show here after a run (F5).",
                    style(FG_DIM, BG_NONE, 0), w, 0);
        return;
    }
    const GradeVariant *v = &a->res.variants[0];
    if (v->output && v->output_len)
        add_wrapped(d, v->output, style(FG_NORMAL, BG_NONE, 0), w, 0);
    else
        add_wrapped(d, "(nothing printed)", style(FG_DIM, BG_NONE, 0), w, 0);
    const char *errs[] = { v->answer_error, v->check_error, v->tamper };
    for (int i = 0; i < 3; i++)
        if (errs[i]) {
            add_line(d);
            add_wrapped(d, errs[i], style(FG_ERROR, BG_NONE, 0), w, 2);
        }
    int line = v->answer_status != RUN_OK ? v->answer_diag.line : 0;
    if (line) {
        add_line(d);
        char buf[64];
        snprintf(buf, sizeof buf, "Enter (in the pane, F7): go to line %d", line);
        add_wrapped(d, buf, style(FG_KEY, BG_NONE, AT_BOLD), w, 0);
    }
}

static void pane_hints(App *a, MdDoc *d, int w)
{
    const Kata *k = a->set->katas[a->kata];
    if (!a->hints_seen) {
        char buf[160];
        snprintf(buf, sizeof buf, "Stuck? F3 (or Ctrl-T) shows a hint: %zu, each more direct than the last. Hints are counted.",
                 k->nhints);
        add_wrapped(d, buf, style(FG_NORMAL, BG_NONE, 0), w, 0);
        return;
    }
    for (int i = 0; i < a->hints_seen && (size_t)i < k->nhints; i++) {
        char head[48];
        snprintf(head, sizeof head, "Hint %d of %zu", i + 1, k->nhints);
        add_str(add_line(d), head, style(FG_HEADING, BG_NONE, AT_BOLD));
        MdDoc md = { 0 };
        md_render(k->hints[i], strlen(k->hints[i]), w, &md);
        for (int j = 0; j < md.n; j++) {
            MdLine *l = add_line(d);
            if (!l)
                break;
            *l = md.lines[j];
            md.lines[j].cells = NULL;
        }
        md_free(&md);
        add_line(d);
    }
    if ((size_t)a->hints_seen < k->nhints)
        add_wrapped(d, "F3: the next hint", style(FG_DIM, BG_NONE, 0), w, 0);
}

static void add_query_rows(MdDoc *d, const GradeVariant *v, int w)
{
    for (size_t i = 0; i < v->nqueries; i++) {
        const GradeQuery *q = &v->queries[i];
        char buf[96];
        snprintf(buf, sizeof buf, "%2zu %-6s ", i + 1, q->kind);
        MdLine *l = add_line(d);
        add_str(l, buf, style(FG_SQLKW, BG_NONE, 0));
        if (q->in_answer && q->line)
            snprintf(buf, sizeof buf, "line %-3d ", q->line);
        else
            snprintf(buf, sizeof buf, "checks   ");
        add_str(l, buf, style(FG_GUTTER, BG_NONE, 0));
        add_cells(l, q->sql, strlen(q->sql) < (size_t)w ? strlen(q->sql) : (size_t)w, style(FG_NORMAL, BG_NONE, 0));
    }
}

static void pane_solution(App *a, MdDoc *d, int w)
{
    const Kata *k = a->set->katas[a->kata];
    if (a->status[a->kata] != KATA_PASSED) {
        add_wrapped(d, "The reference solution opens here once your answer passes. Keep going!",
                    style(FG_NORMAL, BG_NONE, 0), w, 0);
        return;
    }
    add_str(add_line(d), "Reference solution", style(FG_HEADING, BG_NONE, AT_BOLD));
    add_code(d, k->solution, 1, w - 4, 1);
    if (a->have_sol) {
        const GradeVariant *v = &a->sol_res.variants[0];
        add_line(d);
        char buf[96];
        snprintf(buf, sizeof buf, "Its SQL: %zu statements", v->nqueries);
        add_str(add_line(d), buf, style(FG_HEADING, BG_NONE, AT_BOLD));
        add_query_rows(d, v, w);
        if (a->have_res) {
            add_line(d);
            snprintf(buf, sizeof buf, "Yours: %zu statements", a->res.variants[0].nqueries);
            add_str(add_line(d), buf, style(FG_HEADING, BG_NONE, AT_BOLD));
            add_query_rows(d, &a->res.variants[0], w);
        }
    }
}

/* The SQL pane: a list of statements with the selected one's detail. */
static void draw_sql(App *a, Grid *g, const Layout *L, int y0, int h)
{
    int x = L->px + 1, w = L->pw - 2;
    if (!a->have_res) {
        MdDoc d = { 0 };
        add_wrapped(&d, "Every SQL statement of the last run shows here, with the line that ran it. Press F5.",
                    style(FG_DIM, BG_NONE, 0), w, 0);
        md_draw(&d, 0, g, x, y0, w, h);
        md_free(&d);
        return;
    }
    const GradeVariant *v = &a->res.variants[0];
    size_t n = v->nqueries;
    int dups = 0, sims = 0;
    double ms = 0;
    for (size_t i = 0; i < n; i++) {
        ms += v->queries[i].ms;
        if (a->sqlinfo && a->sqlinfo[i].dup > 1)
            dups++;
        if (a->sqlinfo && a->sqlinfo[i].similar > 1)
            sims++;
    }
    int hx = x + grid_printf(g, x, y0, w, style(FG_HEADING, BG_NONE, AT_BOLD), "%zu quer%s, %.1f ms ", n,
                             n == 1 ? "y" : "ies", ms);
    if (dups)
        hx += grid_printf(g, hx, y0, x + w - hx, style(FG_DUP, BG_NONE, AT_BOLD), "%d dup ", dups);
    if (sims)
        grid_printf(g, hx, y0, x + w - hx, style(FG_SIMILAR, BG_NONE, AT_BOLD), "%d similar", sims);
    if (n == 0) {
        grid_text(g, x, y0 + 2, w, "No SQL ran.", style(FG_DIM, BG_NONE, 0));
        return;
    }
    if ((size_t)a->sql_sel >= n)
        a->sql_sel = (int)n - 1;
    int list_h = h / 2 - 1;
    if (list_h > (int)n)
        list_h = (int)n;
    if (list_h < 1)
        list_h = 1;
    int first = a->sql_sel - list_h + 1 > 0 ? a->sql_sel - list_h + 1 : 0;
    for (int r = 0; r < list_h && first + r < (int)n; r++) {
        int i = first + r;
        const GradeQuery *q = &v->queries[i];
        int y = y0 + 1 + r;
        bool sel = i == a->sql_sel;
        uint8_t bg = sel ? BG_SELECT : BG_NONE;
        if (sel)
            grid_fill(g, x, y, w, 1, ' ', style(FG_NORMAL, bg, 0));
        int cx = x;
        cx += grid_printf(g, cx, y, 3, style(FG_DIM, bg, 0), "%2d ", i + 1);
        cx += grid_printf(g, cx, y, 7, style(q->failed ? FG_FAIL : FG_SQLKW, bg, 0), "%-6s ", q->kind);
        if (q->in_answer && q->line)
            cx += grid_printf(g, cx, y, 5, style(FG_BADGE, bg, AT_BOLD), "L%-3d ", q->line);
        else
            cx += grid_text(g, cx, y, 5, "chk  ", style(FG_DIM, bg, 0));
        cx += grid_printf(g, cx, y, 7, style(FG_NORMAL, bg, 0), "%4lldr ", (long long)q->rows);
        cx += grid_printf(g, cx, y, 7, style(FG_DIM, bg, 0), "%5.2f ", q->ms);
        /* ×N: N identical statements; ~M: M similar ones (same SQL, other values) */
        if (a->sqlinfo && a->sqlinfo[i].dup > 1)
            cx += grid_printf(g, cx, y, x + w - cx, style(FG_DUP, bg, AT_BOLD), "\u00d7%d ", a->sqlinfo[i].dup);
        if (a->sqlinfo && a->sqlinfo[i].similar > 1)
            grid_printf(g, cx, y, x + w - cx, style(FG_SIMILAR, bg, AT_BOLD), "~%d", a->sqlinfo[i].similar);
    }
    /* detail of the selected statement */
    const GradeQuery *q = &v->queries[a->sql_sel];
    MdDoc d = { 0 };
    char buf[512];
    if (q->in_answer && q->line > 0 && q->line <= a->ed.n) {
        const EdLine *ln = &a->ed.lines[q->line - 1];
        const char *s = ln->s;
        while (*s == ' ')
            s++;
        snprintf(buf, sizeof buf, "line %d: %s", q->line, s);
    } else {
        snprintf(buf, sizeof buf, "run by the checks, not by your code");
    }
    add_wrapped(&d, buf, style(FG_BADGE, BG_NONE, AT_BOLD), w, 2);
    /* the SQL, highlighted, wrapped */
    int before = d.n;
    add_wrapped(&d, q->sql, style(FG_NORMAL, BG_NONE, 0), w, 2);
    for (int k = before; k < d.n; k++) {
        MdLine *l = &d.lines[k];
        char tmp[1024];
        int tn = 0;
        for (int c = 0; c < l->n && tn < 1000; c++)
            tn += utf8_encode(l->cells[c].ch, tmp + tn);
        uint8_t roles[1024];
        editor_hl_sql(tmp, tn, roles);
        size_t bi = 0;
        for (int c = 0; c < l->n && (int)bi < tn; c++) {
            l->cells[c].fg = roles[bi];
            utf8_decode(tmp, &bi);
        }
    }
    if (a->sqlinfo && a->sqlinfo[a->sql_sel].dup > 1) {
        snprintf(buf, sizeof buf, "\u00d7 Duplicated %d times: the very same query ran again.", a->sqlinfo[a->sql_sel].dup);
        add_wrapped(&d, buf, style(FG_DUP, BG_NONE, AT_BOLD), w, 2);
    }
    if (a->sqlinfo && a->sqlinfo[a->sql_sel].similar > 1) {
        snprintf(buf, sizeof buf, "~ %d similar queries: the same SQL with other values (an N+1 loop?).",
                 a->sqlinfo[a->sql_sel].similar);
        add_wrapped(&d, buf, style(FG_SIMILAR, BG_NONE, AT_BOLD), w, 2);
    }
    if (a->explain && a->explain_for == a->sql_sel) {
        add_str(add_line(&d), "EXPLAIN QUERY PLAN", style(FG_HEADING, BG_NONE, AT_BOLD));
        add_wrapped(&d, a->explain, style(FG_CODE, BG_NONE, 0), w, 4);
    } else {
        add_wrapped(&d, "F7 then \u2191\u2193: select a statement to see its plan", style(FG_DIM, BG_NONE, 0), w, 0);
    }
    int dy = y0 + 1 + list_h;
    grid_fill(g, x, dy, w, 1, 0x2500, style(FG_BORDER, BG_NONE, 0));
    md_draw(&d, 0, g, x, dy + 1, w, h - (dy + 1 - y0));
    md_free(&d);
}

static void draw_pane(App *a, Grid *g, const Layout *L)
{
    int y0 = L->top + 1, h = L->rows - 1;
    int x = L->px + 1, w = L->pw - 2;
    if (a->pane == PANE_SQL) {
        draw_sql(a, g, L, y0, h);
        return;
    }
    MdDoc d = { 0 };
    switch (a->pane) {
    case PANE_TASK: pane_task(a, &d, w); break;
    case PANE_CHECKS: pane_checks(a, &d, w); break;
    case PANE_OUTPUT: pane_output(a, &d, w); break;
    case PANE_HINTS: pane_hints(a, &d, w); break;
    case PANE_SOLUTION: pane_solution(a, &d, w); break;
    default: break;
    }
    int max = d.n - h > 0 ? d.n - h : 0;
    if (a->pane_scroll > max)
        a->pane_scroll = max;
    md_draw(&d, a->pane_scroll, g, x, y0, w, h);
    if (d.n > h)
        grid_text(g, L->px + L->pw - 1, a->pane_scroll < max ? y0 + h - 1 : y0, 1,
                  a->pane_scroll < max ? "\u2193" : "\u2191", style(FG_DIM, BG_NONE, 0));
    md_free(&d);
}

/* ------------------------------------------------------------ entry */

void app_view_kata(App *a, Grid *g)
{
    const Kata *k = a->set->katas[a->kata];
    Layout L = layout(a, g);
    /* title bar */
    grid_fill(g, 0, 0, g->w, 1, ' ', style(FG_NORMAL, BG_BAR, 0));
    int x = grid_text(g, 1, 0, 10, "ormkata", style(FG_TITLE, BG_BAR, AT_BOLD)) + 1;
    x += grid_text(g, x, 0, 3, " \u203a ", style(FG_DIM, BG_BAR, 0));
    x += grid_text(g, x, 0, g->w / 3, k->id, style(FG_DIM, BG_BAR, 0));
    x += grid_text(g, x, 0, 3, " \u00b7 ", style(FG_DIM, BG_BAR, 0));
    KataStatus s = a->status[a->kata];
    char right[48];
    snprintf(right, sizeof right, "%d pts  %s", k->points, app_status_glyph(s));
    int rw = grid_str_width(right, strlen(right));
    grid_text(g, x, 0, g->w - x - rw - 3, k->title, style(FG_NORMAL, BG_BAR, AT_BOLD));
    int rx = g->w - rw - 1;
    int pw = grid_printf(g, rx, 0, rw, style(FG_NORMAL, BG_BAR, 0), "%d pts  ", k->points);
    grid_text(g, rx + pw, 0, rw - pw, app_status_glyph(s), style((uint8_t)app_status_fg(s), BG_BAR, AT_BOLD));
    if (a->ed.version != a->saved_version)
        grid_text(g, rx - 2, 0, 1, "\u25cf", style(FG_TRIED, BG_BAR, 0));   /* unsaved */

    draw_editor(a, g, &L);
    draw_tabs(a, g, &L);
    draw_pane(a, g, &L);

    /* the line above the key bar: the notice, else where the cursor is */
    if (a->message[0]) {
        grid_text(g, 1, g->h - 2, g->w - 2, a->message,
                  style(a->message_error ? FG_ERROR : FG_PASS, BG_NONE, AT_BOLD));
    } else {
        grid_printf(g, 1, g->h - 2, g->w - 2, style(FG_DIM, BG_NONE, 0), "%s  line %d, col %d%s",
                    a->answer_path ? a->answer_path : "", a->ed.cy + 1, editor_col(&a->ed) + 1,
                    a->ed.version != a->saved_version ? "  (saving\u2026)" : "");
    }
    static const char *const keys[] = {
        "F1", "Help", "F5", "Run", "F3", "Hint", "F6", "Pane", "F7", "Focus", "F4", "Editor",
        "^N", "Next", "Esc", "Map", "^Q", "Quit", NULL, NULL
    };
    app_draw_keybar(a, g, keys);
}
