/*
 * app_state.c — the app's model: setting it up over a course and a
 * workspace, opening katas, saving and reloading answers, grading, and the
 * course map's rows. Everything that touches the kata engine or the
 * workspace is here, so the update and view code stays pure.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_int.h"

void app_notice(App *a, bool error, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(a->message, sizeof a->message, fmt, ap);
    va_end(ap);
    a->message_error = error;
}

void app_refresh_map(App *a)
{
    const KataSet *s = a->set;
    free(a->rows);
    a->nrows = 0;
    a->rows = malloc(sizeof *a->rows * (s->nlessons + s->nkatas + 1));
    if (!a->rows)
        return;
    for (size_t l = 0; l < s->nlessons; l++) {
        a->rows[a->nrows++] = (MapRow){ (int)l, -1 };
        for (size_t k = 0; k < s->lessons[l]->nkatas; k++) {
            /* katas[] is in course order; find this one's index */
            const Kata *kt = s->lessons[l]->katas[k];
            for (size_t i = 0; i < s->nkatas; i++)
                if (s->katas[i] == kt) {
                    a->rows[a->nrows++] = (MapRow){ (int)l, (int)i };
                    break;
                }
        }
    }
    if (!a->status)
        a->status = calloc(s->nkatas ? s->nkatas : 1, sizeof *a->status);
    if (a->status && a->ws)
        for (size_t i = 0; i < s->nkatas; i++)
            a->status[i] = workspace_status(a->ws, s->katas[i]->id);
    if (a->map_sel >= a->nrows)
        a->map_sel = a->nrows ? a->nrows - 1 : 0;
}

/* The map row of kata k (0 when not found). */
static int row_of_kata(const App *a, int k)
{
    for (int i = 0; i < a->nrows; i++)
        if (a->rows[i].kata == k)
            return i;
    return 0;
}

static int kata_index(const App *a, const char *id)
{
    for (size_t i = 0; i < a->set->nkatas; i++)
        if (!strcmp(a->set->katas[i]->id, id))
            return (int)i;
    return -1;
}

int app_init(App *a, KataSet *set, Workspace *ws, Grader *grader, int w, int h)
{
    memset(a, 0, sizeof *a);
    a->set = set;
    a->ws = ws;
    a->grader = grader;
    a->w = w;
    a->h = h;
    a->kata = -1;
    a->explain_for = -1;
    editor_init(&a->ed);
    app_refresh_map(a);
    if (!a->rows || !a->status)
        return -1;
    /* continue where the learner left off */
    char *last = ws ? workspace_get(ws, "", "last_kata") : NULL;
    char *view = ws ? workspace_get(ws, "", "last_view") : NULL;
    int k = last ? kata_index(a, last) : -1;
    if (k >= 0) {
        a->map_sel = row_of_kata(a, k);
        if (view && !strcmp(view, "kata"))
            app_open_kata(a, k);
    }
    free(last);
    free(view);
    return 0;
}

static void clear_result(App *a)
{
    if (a->have_res)
        grade_result_free(&a->res);
    if (a->have_sol)
        grade_result_free(&a->sol_res);
    a->have_res = a->have_sol = false;
    free(a->sqlinfo);
    free(a->line_counts);
    free(a->explain);
    a->sqlinfo = NULL;
    a->line_counts = NULL;
    a->nline_counts = 0;
    a->explain = NULL;
    a->explain_for = -1;
    a->sql_sel = 0;
}

void app_free(App *a)
{
    clear_result(a);
    editor_free(&a->ed);
    md_free(&a->lesson_doc);
    md_free(&a->instr_doc);
    free(a->rows);
    free(a->status);
    free(a->answer_path);
    memset(a, 0, sizeof *a);
}

/* Remember cursor and scroll of the open kata, and which kata/view is open. */
static void remember(App *a)
{
    if (!a->ws)
        return;
    if (a->kata >= 0) {
        const char *id = a->set->katas[a->kata]->id;
        char buf[64];
        snprintf(buf, sizeof buf, "%d:%d", a->ed.cy, a->ed.cx);
        workspace_set(a->ws, id, "cursor", buf);
        snprintf(buf, sizeof buf, "%d", a->ed.top);
        workspace_set(a->ws, id, "scroll", buf);
        workspace_set(a->ws, "", "last_kata", id);
    }
    workspace_set(a->ws, "", "last_view", a->view == VIEW_KATA ? "kata" : "map");
}

int app_save(App *a)
{
    if (a->kata < 0 || !a->ws)
        return 0;
    if (a->ed.version != a->saved_version) {
        size_t n;
        char *text = editor_text(&a->ed, &n);
        char err[256];
        if (!text) {
            app_notice(a, true, "Could not save: out of memory");
            return -1;
        }
        int rc = workspace_save_answer(a->ws, a->set->katas[a->kata], text, n, err, sizeof err);
        free(text);
        if (rc) {
            app_notice(a, true, "Could not save: %s", err);
            return -1;
        }
        a->saved_version = a->ed.version;
    }
    remember(a);
    return 0;
}

/* Load the answer file into the editor. */
static void load_answer(App *a)
{
    const Kata *k = a->set->katas[a->kata];
    char err[256];
    size_t n = 0;
    char *text = a->ws ? workspace_load_answer(a->ws, k, &n, err, sizeof err) : NULL;
    if (!text) {
        if (a->ws)
            app_notice(a, true, "Could not open the answer: %s", err);
        editor_set_text(&a->ed, k->starter, strlen(k->starter));
    } else {
        editor_set_text(&a->ed, text, n);
        free(text);
    }
    a->saved_version = a->ed.version;
}

void app_open_kata(App *a, int k)
{
    if (k < 0 || (size_t)k >= a->set->nkatas)
        return;
    if (a->kata >= 0)
        app_save(a);
    clear_result(a);
    a->kata = k;
    a->view = VIEW_KATA;
    a->focus_pane = false;
    a->pane = PANE_TASK;
    a->pane_scroll = 0;
    a->confirm_reset = false;
    md_free(&a->instr_doc);
    a->instr_doc_w = 0;
    free(a->answer_path);
    const Kata *kt = a->set->katas[k];
    a->answer_path = a->ws ? workspace_answer_path(a->ws, kt) : strdup(kt->id);
    load_answer(a);
    a->hints_seen = a->ws ? workspace_hints_seen(a->ws, kt->id) : 0;
    /* the cursor and scroll of last time */
    char *cur = a->ws ? workspace_get(a->ws, kt->id, "cursor") : NULL;
    char *top = a->ws ? workspace_get(a->ws, kt->id, "scroll") : NULL;
    if (cur) {
        int r = 0, c = 0;
        if (sscanf(cur, "%d:%d", &r, &c) == 2 && r >= 0 && r < a->ed.n) {
            a->ed.cy = r;
            a->ed.cx = c >= 0 && c <= a->ed.lines[r].len ? c : 0;
            a->ed.want = editor_col(&a->ed);
        }
    }
    if (top) {
        int t = atoi(top);
        if (t >= 0 && t < a->ed.n)
            a->ed.top = t;
    }
    free(cur);
    free(top);
    a->map_sel = row_of_kata(a, k);
    remember(a);
}

void app_reload(App *a)
{
    if (a->kata < 0)
        return;
    int cy = a->ed.cy, cx = a->ed.cx, top = a->ed.top;
    load_answer(a);
    if (cy < a->ed.n) {
        a->ed.cy = cy;
        a->ed.cx = cx <= a->ed.lines[cy].len ? cx : a->ed.lines[cy].len;
        a->ed.top = top;
    }
}

/* Statements per answer line, for the gutter badges. */
static void count_lines(App *a)
{
    const GradeVariant *v = &a->res.variants[0];
    int maxl = a->ed.n + 1;
    for (size_t i = 0; i < v->nqueries; i++)
        if (v->queries[i].in_answer && v->queries[i].line > maxl)
            maxl = v->queries[i].line;
    a->line_counts = calloc((size_t)maxl + 1, sizeof *a->line_counts);
    if (!a->line_counts)
        return;
    a->nline_counts = maxl + 1;
    for (size_t i = 0; i < v->nqueries; i++)
        if (v->queries[i].in_answer && v->queries[i].line > 0)
            a->line_counts[v->queries[i].line]++;
}

void app_grade(App *a)
{
    if (a->kata < 0 || !a->grader)
        return;
    const Kata *k = a->set->katas[a->kata];
    size_t n;
    char *text = editor_text(&a->ed, &n);
    if (!text)
        return;
    clear_result(a);
    grade_run(a->grader, k, a->answer_path, text, n, &a->res);
    free(text);
    a->have_res = true;
    const GradeVariant *v = &a->res.variants[0];
    a->sqlinfo = calloc(v->nqueries ? v->nqueries : 1, sizeof *a->sqlinfo);
    if (a->sqlinfo)
        app_sql_analyse(v->queries, v->nqueries, a->sqlinfo);
    count_lines(a);
    if (a->ws) {
        char err[256];
        if (workspace_record(a->ws, &a->res, err, sizeof err))
            app_notice(a, true, "Could not record the attempt: %s", err);
        a->status[a->kata] = workspace_status(a->ws, k->id);
    } else {
        a->status[a->kata] = a->res.passed ? KATA_PASSED : KATA_TRIED;
    }
    a->pane = PANE_CHECKS;
    a->pane_scroll = 0;
    if (a->res.passed) {
        app_notice(a, false, "\u2713 Passed! Ctrl-N: next kata \u00b7 F9: the reference solution");
        /* the reference solution's run, shown beside the answer (F9);
         * grade_run fills the result even when it fails */
        grade_run(a->grader, k, "solution.py", k->solution, strlen(k->solution), &a->sol_res);
        a->have_sol = true;
    } else {
        app_notice(a, true, "\u2717 Not yet: %s", a->res.summary ? a->res.summary : "a check failed");
    }
}
