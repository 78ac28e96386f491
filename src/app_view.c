/*
 * app_view.c — drawing the app's state into a grid: the course map, the
 * lesson view, the help overlay, the key bar and the too-small message.
 * (The kata view is in app_kata_view.c.) Drawing reads the state and
 * writes cells; the only thing it changes is cached layout (rendered
 * Markdown for the current width, scroll positions clamped to the screen).
 */
#include <stdio.h>
#include <string.h>

#include "app_int.h"

static const Style S_NORMAL = { FG_NORMAL, BG_NONE, 0 };

const char *app_status_glyph(KataStatus s)
{
    switch (s) {
    case KATA_PASSED: return "\u2713 passed";
    case KATA_TRIED: return "\u25d0 tried ";
    default: return "\u25cb new   ";
    }
}

int app_status_fg(KataStatus s)
{
    return s == KATA_PASSED ? FG_PASS : s == KATA_TRIED ? FG_TRIED : FG_NEW;
}

void app_draw_keybar(App *a, Grid *g, const char *const *keys)
{
    int y = g->h - 1;
    grid_fill(g, 0, y, g->w, 1, ' ', style(FG_NORMAL, BG_BAR, 0));
    int x = 0, total = 0, gap = 2;
    for (int i = 0; keys[i] && keys[i + 1]; i += 2)
        total += grid_str_width(keys[i], strlen(keys[i])) + grid_str_width(keys[i + 1], strlen(keys[i + 1])) + 3;
    if (total > g->w)
        gap = 1;    /* tighter rather than losing keys */
    for (int i = 0; keys[i] && keys[i + 1]; i += 2) {
        int need = grid_str_width(keys[i], strlen(keys[i])) + grid_str_width(keys[i + 1], strlen(keys[i + 1])) + 1;
        if (x + need > g->w)
            break;
        x += grid_text(g, x, y, g->w - x, keys[i], style(FG_KEY, BG_BAR, AT_BOLD));
        x += grid_text(g, x, y, g->w - x, " ", style(FG_NORMAL, BG_BAR, 0));
        x += grid_text(g, x, y, g->w - x, keys[i + 1], style(FG_NORMAL, BG_BAR, 0));
        x += grid_text(g, x, y, g->w - x, gap == 2 ? "  " : " ", style(FG_NORMAL, BG_BAR, 0));
    }
}

/* The notice line just above the key bar. */
static void draw_message(App *a, Grid *g)
{
    if (!a->message[0])
        return;
    grid_text(g, 1, g->h - 2, g->w - 2, a->message,
              style(a->message_error ? FG_ERROR : FG_PASS, BG_NONE, AT_BOLD));
}

void app_draw_box(Grid *g, int x, int y, int w, int h, const char *title)
{
    Style b = style(FG_BORDER, BG_PANEL, 0);
    grid_fill(g, x, y, w, h, ' ', style(FG_NORMAL, BG_PANEL, 0));
    for (int i = x + 1; i < x + w - 1; i++) {
        grid_put(g, i, y, 0x2500, b);
        grid_put(g, i, y + h - 1, 0x2500, b);
    }
    for (int j = y + 1; j < y + h - 1; j++) {
        grid_put(g, x, j, 0x2502, b);
        grid_put(g, x + w - 1, j, 0x2502, b);
    }
    grid_put(g, x, y, 0x250C, b);
    grid_put(g, x + w - 1, y, 0x2510, b);
    grid_put(g, x, y + h - 1, 0x2514, b);
    grid_put(g, x + w - 1, y + h - 1, 0x2518, b);
    if (title) {
        grid_put(g, x + 2, y, ' ', b);
        int n = grid_text(g, x + 3, y, w - 6, title, style(FG_TITLE, BG_PANEL, AT_BOLD));
        grid_put(g, x + 3 + n, y, ' ', b);
    }
}

/* ------------------------------------------------------------ course map */

static void points(const App *a, int *got, int *total, int *passed)
{
    *got = *total = *passed = 0;
    for (size_t i = 0; i < a->set->nkatas; i++) {
        *total += a->set->katas[i]->points;
        if (a->status[i] == KATA_PASSED) {
            *got += a->set->katas[i]->points;
            (*passed)++;
        }
    }
}

static void draw_title(App *a, Grid *g, const char *where)
{
    grid_fill(g, 0, 0, g->w, 1, ' ', style(FG_NORMAL, BG_BAR, 0));
    int x = grid_text(g, 1, 0, g->w - 2, "ormkata", style(FG_TITLE, BG_BAR, AT_BOLD)) + 1;
    if (where) {
        x += grid_text(g, x, 0, g->w - x, " \u203a ", style(FG_DIM, BG_BAR, 0));
        grid_text(g, x, 0, g->w - x - 30, where, style(FG_NORMAL, BG_BAR, AT_BOLD));
    }
    int got, total, passed;
    points(a, &got, &total, &passed);
    char buf[96];
    int pct = total ? got * 100 / total : 0;
    /* a ten-cell progress bar, then the numbers */
    char bar[64];
    int k = 0;
    for (int i = 0; i < 10; i++)
        k += sprintf(bar + k, "%s", i < pct / 10 ? "\u2588" : "\u2591");
    snprintf(buf, sizeof buf, "%d/%d pts %3d%%", got, total, pct);
    int bw = (int)strlen(buf);
    grid_text(g, g->w - bw - 12, 0, 10, bar, style(FG_PASS, BG_BAR, 0));
    grid_text(g, g->w - bw - 1, 0, bw, buf, style(FG_NORMAL, BG_BAR, AT_BOLD));
}

static void draw_map(App *a, Grid *g)
{
    draw_title(a, g, "course map");
    int top = 2, rows = g->h - 5;
    if (rows < 1)
        rows = 1;
    if (a->map_sel < a->map_top)
        a->map_top = a->map_sel;
    if (a->map_sel >= a->map_top + rows)
        a->map_top = a->map_sel - rows + 1;
    /* where "c" continues */
    for (size_t i = 0; i < a->set->nkatas; i++) {
        const MapRow *row = a->nrows ? &a->rows[a->map_sel] : NULL;
        int k = row && row->kata >= 0 && a->status[row->kata] != KATA_PASSED ? row->kata
              : a->status[i] != KATA_PASSED ? (int)i : -1;
        if (k < 0)
            continue;
        int x = grid_text(g, 2, 1, 20, "c", style(FG_KEY, BG_NONE, AT_BOLD)) + 2;
        x += grid_text(g, x + 1, 1, 16, "continues with ", style(FG_DIM, BG_NONE, 0)) + 1;
        grid_text(g, x, 1, g->w - x - 1, a->set->katas[k]->title, style(FG_NORMAL, BG_NONE, AT_BOLD));
        break;
    }
    if (!a->nrows) {
        grid_text(g, 2, top, g->w - 4, "No lessons found. Point --lessons at a lessons folder.",
                  style(FG_ERROR, BG_NONE, AT_BOLD));
    }
    for (int r = 0; r < rows && a->map_top + r < a->nrows; r++) {
        int i = a->map_top + r;
        const MapRow *row = &a->rows[i];
        int y = top + r;
        bool sel = i == a->map_sel;
        uint8_t bg = sel ? BG_SELECT : BG_NONE;
        if (sel)
            grid_fill(g, 0, y, g->w, 1, ' ', style(FG_NORMAL, bg, 0));
        grid_text(g, 0, y, 2, sel ? "\u25b6" : " ", style(FG_TITLE, bg, AT_BOLD));
        if (row->kata < 0) {
            const Lesson *l = a->set->lessons[row->lesson];
            int done = 0;
            for (size_t k = 0; k < l->nkatas; k++)
                for (size_t j = 0; j < a->set->nkatas; j++)
                    if (a->set->katas[j] == l->katas[k] && a->status[j] == KATA_PASSED)
                        done++;
            int x = 2 + grid_text(g, 2, y, g->w - 20, l->title, style(FG_HEADING, bg, AT_BOLD));
            (void)x;
            grid_printf(g, g->w - 18, y, 17, style(FG_DIM, bg, 0), "%d/%zu passed", done, l->nkatas);
        } else {
            const Kata *k = a->set->katas[row->kata];
            KataStatus s = a->status[row->kata];
            grid_text(g, 4, y, 9, app_status_glyph(s), style((uint8_t)app_status_fg(s), bg, s == KATA_PASSED ? AT_BOLD : 0));
            grid_text(g, 14, y, 24, k->name, style(FG_DIM, bg, 0));
            grid_text(g, 38, y, g->w - 38 - 9, k->title, style(FG_NORMAL, bg, sel ? AT_BOLD : 0));
            grid_printf(g, g->w - 8, y, 7, style(FG_DIM, bg, 0), "%3d pts", k->points);
        }
    }
    if (a->map_top + rows < a->nrows)
        grid_text(g, g->w - 3, top + rows - 1, 1, "\u2193", style(FG_DIM, BG_NONE, 0));
    if (a->searching || a->search[0]) {
        int x = grid_text(g, 1, g->h - 2, 10, "Search: ", style(FG_KEY, BG_NONE, AT_BOLD));
        x += grid_text(g, 1 + x, g->h - 2, g->w - 20, a->search, S_NORMAL);
        if (a->searching) {
            g->cur_visible = true;
            g->cur_x = 1 + x;
            g->cur_y = g->h - 2;
        }
    }
    if (!a->searching)
        draw_message(a, g);
    static const char *const keys[] = {
        "Enter", "Open", "c", "Continue", "/", "Search", "\u2191\u2193", "Move", "?", "Help", "q", "Quit", NULL, NULL
    };
    static const char *const skeys[] = { "Enter", "Done", "Esc", "Cancel", NULL, NULL };
    app_draw_keybar(a, g, a->searching ? skeys : keys);
}

/* ------------------------------------------------------------ lesson */

static void draw_lesson(App *a, Grid *g)
{
    const Lesson *l = a->set->lessons[a->lesson];
    draw_title(a, g, l->title);
    int width = g->w - 4 > 100 ? 100 : g->w - 4;
    if (a->lesson_doc_w != width) {
        md_free(&a->lesson_doc);
        md_render(l->text, strlen(l->text), width, &a->lesson_doc);
        a->lesson_doc_w = width;
    }
    int rows = g->h - 4;
    int max = a->lesson_doc.n - rows > 0 ? a->lesson_doc.n - rows : 0;
    if (a->lesson_scroll > max)
        a->lesson_scroll = max;
    int x = (g->w - width) / 2;
    md_draw(&a->lesson_doc, a->lesson_scroll, g, x, 2, width, rows);
    if (a->lesson_doc.n > rows) {
        int pct = max ? a->lesson_scroll * 100 / max : 100;
        grid_printf(g, g->w - 6, g->h - 2, 5, style(FG_DIM, BG_NONE, 0), "%3d%%", pct);
    }
    draw_message(a, g);
    static const char *const keys[] = {
        "\u2191\u2193", "Scroll", "Space", "Page", "Enter", "First kata", "Esc", "Map", "?", "Help", NULL, NULL
    };
    app_draw_keybar(a, g, keys);
}

/* ------------------------------------------------------------ help */

static const char *const help_lines[] = {
    "Everywhere",
    "  F1 or ?        this help (any key closes it)",
    "  Ctrl-Q Ctrl-C  save and quit",
    "Course map",
    "  \u2191\u2193 PgUp PgDn    move        Enter  open lesson or kata",
    "  c              continue where you left off",
    "  / n            search, next match",
    "Kata: the editor",
    "  F5 Ctrl-R      run the checks     F3 Ctrl-T  next hint",
    "  Ctrl-Z Ctrl-Y  undo, redo         Tab        indent 4 spaces",
    "  Ctrl-X Ctrl-K  cut, copy line     Ctrl-V     paste lines",
    "  Ctrl-\u2190\u2192       word left, right   Ctrl-S F2  save (autosaves too)",
    "  F4 Ctrl-E      open in $VISUAL/$EDITOR",
    "  Ctrl-N Ctrl-P  next, previous kata   F8 reset   Esc map",
    "Kata: the panes",
    "  F6 Shift-Tab   next, previous pane (Alt-1..6 pick one)",
    "  F7 Ctrl-W      move the focus between editor and pane",
    "  SQL pane: \u2191\u2193 select a statement (EXPLAIN shown), Enter jumps",
    "  to the line that ran it. Output: Enter jumps to the error.",
    "  F9             the reference solution, once you passed",
    NULL
};

static void draw_help(App *a, Grid *g)
{
    int n = 0, w = 0;
    for (; help_lines[n]; n++) {
        int lw = grid_str_width(help_lines[n], strlen(help_lines[n]));
        if (lw > w)
            w = lw;
    }
    w += 4;
    int h = n + 2;
    if (w > g->w)
        w = g->w;
    if (h > g->h - 1)
        h = g->h - 1;
    int x = (g->w - w) / 2, y = (g->h - h) / 2;
    app_draw_box(g, x, y, w, h, "Help");
    for (int i = 0; i < n && i < h - 2; i++) {
        bool head = help_lines[i][0] != ' ';
        grid_text(g, x + 2, y + 1 + i, w - 4, help_lines[i],
                  style(head ? FG_HEADING : FG_NORMAL, BG_PANEL, head ? AT_BOLD : 0));
    }
}

/* ------------------------------------------------------------ entry */

void app_view(App *a, Grid *g)
{
    grid_clear(g);
    if (g->w < APP_MIN_W || g->h < APP_MIN_H) {
        char buf[128];
        snprintf(buf, sizeof buf, "ormkata needs at least %d\u00d7%d; this terminal is %d\u00d7%d.",
                 APP_MIN_W, APP_MIN_H, g->w, g->h);
        int y = g->h / 2 - 1;
        int bw = grid_str_width(buf, strlen(buf));
        grid_text(g, bw < g->w ? (g->w - bw) / 2 : 0, y, g->w, buf, style(FG_ERROR, BG_NONE, AT_BOLD));
        const char *m = "Enlarge the window, or press q to quit.";
        int mw = (int)strlen(m);
        grid_text(g, mw < g->w ? (g->w - mw) / 2 : 0, y + 1, g->w, m, S_NORMAL);
        return;
    }
    switch (a->view) {
    case VIEW_MAP: draw_map(a, g); break;
    case VIEW_LESSON: draw_lesson(a, g); break;
    case VIEW_KATA: app_view_kata(a, g); break;
    }
    if (a->help) {
        g->cur_visible = false;
        draw_help(a, g);
    }
}
