/*
 * app_update.c — the app's update step: one event in, a new state and flags
 * out (see app_int.h). Keys mean different things on the course map, in a
 * lesson, in the kata editor and in the pane beside it; the help overlay
 * and the size check come first.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "app_int.h"

#define RD (APP_HANDLED | APP_REDRAW)

/* ------------------------------------------------------------ course map */

static bool row_matches(const App *a, int r, const char *q)
{
    const MapRow *row = &a->rows[r];
    const char *t1, *t2;
    if (row->kata >= 0) {
        t1 = a->set->katas[row->kata]->title;
        t2 = a->set->katas[row->kata]->id;
    } else {
        t1 = a->set->lessons[row->lesson]->title;
        t2 = a->set->lessons[row->lesson]->slug;
    }
    return strcasestr(t1, q) || strcasestr(t2, q);
}

/* Select the first row matching the search from `from` on (wrapping). */
static bool search_from(App *a, int from)
{
    if (!a->search[0] || !a->nrows)
        return false;
    for (int i = 0; i < a->nrows; i++) {
        int r = (from + i) % a->nrows;
        if (row_matches(a, r, a->search)) {
            a->map_sel = r;
            return true;
        }
    }
    return false;
}

/* The kata to continue with: the last one opened unless it passed, else the
 * first kata not passed yet (else the last one, else the first). */
static int continue_kata(const App *a)
{
    int k = a->nrows ? a->rows[a->map_sel].kata : -1;
    if (k >= 0 && a->status[k] != KATA_PASSED)
        return k;
    for (size_t i = 0; i < a->set->nkatas; i++)
        if (a->status[i] != KATA_PASSED)
            return (int)i;
    return a->set->nkatas ? (k >= 0 ? k : 0) : -1;
}

static int map_page(const App *a)
{
    return a->h - 5 > 1 ? a->h - 5 : 1;
}

static void open_row(App *a)
{
    if (!a->nrows)
        return;
    const MapRow *row = &a->rows[a->map_sel];
    if (row->kata >= 0) {
        app_open_kata(a, row->kata);
    } else {
        a->view = VIEW_LESSON;
        a->lesson = row->lesson;
        a->lesson_scroll = 0;
        md_free(&a->lesson_doc);
        a->lesson_doc_w = 0;
    }
}

static int update_map(App *a, int key)
{
    if (a->searching) {
        size_t n = strlen(a->search);
        if (key == K_ESC) {
            a->searching = false;
            a->search[0] = 0;
        } else if (key == K_ENTER) {
            a->searching = false;
        } else if (key == K_BACKSPACE) {
            if (n)
                a->search[n - 1] = 0;
            search_from(a, 0);
        } else if (key >= 0x20 && key < 0x7F && n + 1 < sizeof a->search) {
            a->search[n] = (char)key;
            a->search[n + 1] = 0;
            if (!search_from(a, a->map_sel))
                app_notice(a, true, "No kata matches \"%s\"", a->search);
            else
                a->message[0] = 0;
        } else {
            return APP_HANDLED;
        }
        return RD;
    }
    int page = map_page(a);
    switch (key) {
    case K_UP: case 'k':
        if (a->map_sel > 0)
            a->map_sel--;
        return RD;
    case K_DOWN: case 'j':
        if (a->map_sel + 1 < a->nrows)
            a->map_sel++;
        return RD;
    case K_PGUP:
        a->map_sel = a->map_sel > page ? a->map_sel - page : 0;
        return RD;
    case K_PGDN:
        a->map_sel = a->map_sel + page < a->nrows ? a->map_sel + page : a->nrows - 1;
        if (a->map_sel < 0)
            a->map_sel = 0;
        return RD;
    case K_HOME: case 'g':
        a->map_sel = 0;
        return RD;
    case K_END: case 'G':
        a->map_sel = a->nrows ? a->nrows - 1 : 0;
        return RD;
    case K_ENTER: case K_RIGHT: case 'l':
        open_row(a);
        return RD;
    case 'c': {
        int k = continue_kata(a);
        if (k >= 0)
            app_open_kata(a, k);
        return RD;
    }
    case '/':
        a->searching = true;
        a->search[0] = 0;
        return RD;
    case 'n':
        if (a->search[0] && !search_from(a, a->map_sel + 1))
            app_notice(a, true, "No kata matches \"%s\"", a->search);
        return RD;
    case 'q': case K_ESC:
        return APP_HANDLED | APP_QUIT;
    default:
        return 0;
    }
}

/* ------------------------------------------------------------ lesson */

static int update_lesson(App *a, int key)
{
    int page = a->h - 4 > 1 ? a->h - 4 : 1;
    int max = a->lesson_doc.n - page > 0 ? a->lesson_doc.n - page : 0;
    switch (key) {
    case K_UP: case 'k':
        if (a->lesson_scroll > 0)
            a->lesson_scroll--;
        return RD;
    case K_DOWN: case 'j':
        if (a->lesson_scroll < max)
            a->lesson_scroll++;
        return RD;
    case K_PGUP: case 'b':
        a->lesson_scroll = a->lesson_scroll > page ? a->lesson_scroll - page : 0;
        return RD;
    case K_PGDN: case ' ':
        a->lesson_scroll = a->lesson_scroll + page < max ? a->lesson_scroll + page : max;
        return RD;
    case K_HOME: case 'g':
        a->lesson_scroll = 0;
        return RD;
    case K_END: case 'G':
        a->lesson_scroll = max;
        return RD;
    case K_ENTER: case K_RIGHT: case 'n': {
        const Lesson *l = a->set->lessons[a->lesson];
        if (l->nkatas)
            for (size_t i = 0; i < a->set->nkatas; i++)
                if (a->set->katas[i] == l->katas[0]) {
                    app_open_kata(a, (int)i);
                    break;
                }
        return RD;
    }
    case K_ESC: case K_LEFT: case 'q': case K_BACKSPACE:
        a->view = VIEW_MAP;
        return RD;
    default:
        return 0;
    }
}

/* ------------------------------------------------------------ kata */

void app_editor_size(const App *a, int *rows, int *cols)
{
    int ew = a->w * 11 / 20;
    if (ew < 44)
        ew = 44;
    *rows = a->h - 3 > 1 ? a->h - 3 : 1;
    *cols = ew - APP_GUTTER > 1 ? ew - APP_GUTTER : 1;
}

static size_t nqueries(const App *a)
{
    return a->have_res ? a->res.variants[0].nqueries : 0;
}

/* The EXPLAIN of the selected statement, computed when the selection moves. */
static void update_explain(App *a)
{
    if (!a->have_res || a->explain_for == a->sql_sel)
        return;
    free(a->explain);
    a->explain = NULL;
    a->explain_for = -1;
    if ((size_t)a->sql_sel < nqueries(a)) {
        a->explain = app_sql_explain(a->res.variants[0].queries[a->sql_sel].sql);
        a->explain_for = a->sql_sel;
    }
}

/* The line of the answer an error points at (0 when none). */
static int error_line(const App *a)
{
    if (!a->have_res)
        return 0;
    const GradeVariant *v = &a->res.variants[0];
    if (v->answer_status != RUN_OK)
        return v->answer_diag.line;
    /* an error in check.py may pass through the answer: find the answer's
     * last frame in the traceback */
    const char *tb = v->check_error;
    int line = 0;
    if (tb && a->answer_path) {
        const char *p = tb;
        char pat[600];
        snprintf(pat, sizeof pat, "File \"%s\", line ", a->answer_path);
        while ((p = strstr(p, pat))) {
            p += strlen(pat);
            line = atoi(p);
        }
    }
    return line;
}

static void goto_line(App *a, int line)
{
    if (line < 1)
        return;
    editor_goto(&a->ed, line - 1, 0);
    editor_move(&a->ed, ED_HOME, 1);
    if (a->ed.cx == 0 && a->ed.lines[a->ed.cy].len && a->ed.lines[a->ed.cy].s[0] == ' ')
        editor_move(&a->ed, ED_HOME, 1);
    a->focus_pane = false;
}

static void switch_kata(App *a, int delta)
{
    int k = a->kata + delta;
    if (k < 0 || (size_t)k >= a->set->nkatas) {
        app_notice(a, false, delta > 0 ? "This is the last kata" : "This is the first kata");
        return;
    }
    app_open_kata(a, k);
}

static void show_hint(App *a)
{
    const Kata *k = a->set->katas[a->kata];
    a->pane = PANE_HINTS;
    a->pane_scroll = 0;
    if (!k->nhints) {
        app_notice(a, false, "This kata has no hints");
        return;
    }
    if ((size_t)a->hints_seen >= k->nhints) {
        app_notice(a, false, "That was the last hint (%zu of %zu)", k->nhints, k->nhints);
        return;
    }
    char err[256];
    int n = a->ws ? workspace_hint_next(a->ws, k->id, (int)k->nhints, err, sizeof err) : a->hints_seen + 1;
    if (n < 0) {
        app_notice(a, true, "Could not count the hint: %s", err);
        n = a->hints_seen + 1;
    }
    a->hints_seen = n;
    app_notice(a, false, "Hint %d of %zu", n, k->nhints);
}

/* Keys that work the same whether the editor or the pane has focus. */
static int kata_common(App *a, int key)
{
    switch (key) {
    case K_F5: case K_CTRL('r'):
        app_grade(a);
        return RD;
    case K_F2: case K_CTRL('s'):
        return RD | APP_SAVE;
    case K_F3: case K_CTRL('t'):
        show_hint(a);
        return RD;
    case K_F4: case K_CTRL('e'):
        return RD | APP_EXTERNAL;
    case K_F6:
        a->pane = (AppPane)((a->pane + 1) % PANE__COUNT);
        a->pane_scroll = 0;
        update_explain(a);
        return RD;
    case K_BTAB:
        a->pane = (AppPane)((a->pane + PANE__COUNT - 1) % PANE__COUNT);
        a->pane_scroll = 0;
        update_explain(a);
        return RD;
    case K_F7: case K_CTRL('w'):
        a->focus_pane = !a->focus_pane;
        update_explain(a);
        return RD;
    case K_F8:
        a->confirm_reset = true;
        app_notice(a, false, "Reset this answer to the starter? y = yes, any other key = no");
        return RD;
    case K_F9:
        if (a->status[a->kata] != KATA_PASSED) {
            app_notice(a, false, "The reference solution opens once the kata has passed");
            return RD;
        }
        a->pane = PANE_SOLUTION;
        a->pane_scroll = 0;
        if (!a->have_sol) {
            const Kata *k = a->set->katas[a->kata];
            grade_run(a->grader, k, "solution.py", k->solution, strlen(k->solution), &a->sol_res);
            a->have_sol = true;
        }
        return RD;
    case K_CTRL('n'):
        switch_kata(a, 1);
        return RD;
    case K_CTRL('p'):
        switch_kata(a, -1);
        return RD;
    case K_ESC:
        if (a->focus_pane) {
            a->focus_pane = false;
            return RD;
        }
        a->view = VIEW_MAP;
        app_save(a);
        app_refresh_map(a);
        return RD | APP_SAVE;
    default:
        if (key >= (K_ALT | '1') && key <= (K_ALT | '6')) {
            a->pane = (AppPane)(key - (K_ALT | '1'));
            a->pane_scroll = 0;
            update_explain(a);
            return RD;
        }
        return 0;
    }
}

static int update_pane(App *a, int key)
{
    size_t nq = nqueries(a);
    switch (key) {
    case K_UP: case 'k':
        if (a->pane == PANE_SQL) {
            if (a->sql_sel > 0)
                a->sql_sel--;
            update_explain(a);
        } else if (a->pane_scroll > 0) {
            a->pane_scroll--;
        }
        return RD;
    case K_DOWN: case 'j':
        if (a->pane == PANE_SQL) {
            if ((size_t)a->sql_sel + 1 < nq)
                a->sql_sel++;
            update_explain(a);
        } else {
            a->pane_scroll++;
        }
        return RD;
    case K_PGUP:
        a->pane_scroll = a->pane_scroll > 10 ? a->pane_scroll - 10 : 0;
        return RD;
    case K_PGDN:
        a->pane_scroll += 10;
        return RD;
    case K_HOME:
        a->pane_scroll = 0;
        a->sql_sel = 0;
        update_explain(a);
        return RD;
    case K_ENTER:
        if (a->pane == PANE_SQL && (size_t)a->sql_sel < nq) {
            const GradeQuery *q = &a->res.variants[0].queries[a->sql_sel];
            if (q->in_answer && q->line > 0)
                goto_line(a, q->line);
            else
                app_notice(a, false, "This statement was run by the checks, not by your code");
        } else if (a->pane == PANE_OUTPUT) {
            int line = error_line(a);
            if (line)
                goto_line(a, line);
        }
        return RD;
    case K_TAB:
        a->pane = (AppPane)((a->pane + 1) % PANE__COUNT);
        a->pane_scroll = 0;
        update_explain(a);
        return RD;
    default:
        return 0;
    }
}

static int update_editor(App *a, int key)
{
    Editor *e = &a->ed;
    int rows, cols;
    app_editor_size(a, &rows, &cols);
    switch (key) {
    case K_UP: editor_move(e, ED_UP, rows); break;
    case K_DOWN: editor_move(e, ED_DOWN, rows); break;
    case K_LEFT: editor_move(e, ED_LEFT, rows); break;
    case K_RIGHT: editor_move(e, ED_RIGHT, rows); break;
    case K_HOME: editor_move(e, ED_HOME, rows); break;
    case K_END: editor_move(e, ED_END, rows); break;
    case K_PGUP: editor_move(e, ED_PGUP, rows); break;
    case K_PGDN: editor_move(e, ED_PGDN, rows); break;
    case K_CLEFT: case K_ALT | 'b': editor_move(e, ED_WORD_LEFT, rows); break;
    case K_CRIGHT: case K_ALT | 'f': editor_move(e, ED_WORD_RIGHT, rows); break;
    case K_CHOME: editor_move(e, ED_TOP, rows); break;
    case K_CEND: editor_move(e, ED_BOTTOM, rows); break;
    case K_ENTER: editor_newline(e); break;
    case K_TAB: editor_tab(e); break;
    case K_BACKSPACE: editor_backspace(e); break;
    case K_DELETE: case K_CTRL('d'): editor_delete(e); break;
    case K_CTRL('z'): editor_undo(e); break;
    case K_CTRL('y'): editor_redo(e); break;
    case K_CTRL('x'): editor_cut_line(e); break;
    case K_CTRL('k'):
        editor_copy_line(e);
        app_notice(a, false, "Copied line %d (Ctrl-V pastes it)", e->cy + 1);
        break;
    case K_CTRL('v'): case K_CTRL('u'): editor_paste(e); break;
    default:
        if (key >= 0x20 && key <= 0x10FFFF && key != 0x7F) {
            editor_insert(e, (uint32_t)key);
            break;
        }
        return 0;
    }
    editor_scroll(e, rows, cols);
    return RD;
}

static int update_kata(App *a, int key)
{
    if (a->confirm_reset) {
        a->confirm_reset = false;
        if (key == 'y' || key == 'Y') {
            char err[256];
            const Kata *k = a->set->katas[a->kata];
            if (a->ws && workspace_reset_answer(a->ws, k, err, sizeof err))
                app_notice(a, true, "Could not reset: %s", err);
            else {
                app_reload(a);
                a->ed.cy = a->ed.cx = a->ed.top = 0;
                app_notice(a, false, "Back to the starter (your old answer is kept as %s.bak)",
                           a->answer_path ? a->answer_path : "the answer");
            }
        } else {
            app_notice(a, false, "Reset cancelled");
        }
        return RD;
    }
    int r = kata_common(a, key);
    if (r)
        return r;
    return a->focus_pane ? update_pane(a, key) : update_editor(a, key);
}

/* ------------------------------------------------------------ entry */

int app_update(App *a, const Event *ev)
{
    switch (ev->type) {
    case EV_NONE:
        return 0;
    case EV_SIGNAL:
        return APP_HANDLED | APP_QUIT;
    case EV_RESIZE:
        a->w = ev->w;
        a->h = ev->h;
        if (a->view == VIEW_KATA) {
            int rows, cols;
            app_editor_size(a, &rows, &cols);
            editor_scroll(&a->ed, rows, cols);
        }
        return RD;
    case EV_FILE:
        if (a->view != VIEW_KATA)
            return 0;
        if (a->ed.version != a->saved_version) {
            app_notice(a, true, "The answer changed on disk, but you have unsaved edits: kept yours");
            return RD;
        }
        app_reload(a);
        app_grade(a);
        app_notice(a, false, "Changed outside the app: reloaded and checked");
        return RD;
    case EV_KEY:
        break;
    }
    int key = ev->key;
    if (key == K_CTRL('q') || key == K_CTRL('c'))
        return APP_HANDLED | APP_QUIT;
    if (a->w < APP_MIN_W || a->h < APP_MIN_H)
        return key == 'q' ? APP_HANDLED | APP_QUIT : 0;
    if (a->help) {
        a->help = false;
        return RD;
    }
    bool typing = a->view == VIEW_KATA && !a->focus_pane;
    if (key == K_F1 || (key == '?' && !typing && !a->searching)) {
        a->help = true;
        return RD;
    }
    if (!a->confirm_reset && key != K_F5 && key != K_CTRL('r'))
        a->message[0] = 0;
    switch (a->view) {
    case VIEW_MAP: return update_map(a, key);
    case VIEW_LESSON: return update_lesson(a, key);
    case VIEW_KATA: return update_kata(a, key);
    }
    return 0;
}
