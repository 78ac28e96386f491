/*
 * app_int.h — the app's state and the functions that update and draw it,
 * shared by src/app*.c (not part of the app's public face, app.h).
 *
 * Model / update / view: App is the whole state; app_update() turns one
 * event into a new state and returns flags saying what the main loop must do
 * (redraw, save, quit, open $EDITOR); app_view() draws the state into a
 * Grid and depends on nothing else. Tests drive both without a terminal.
 */
#ifndef ORMKATA_APP_INT_H
#define ORMKATA_APP_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "editor.h"
#include "grade.h"
#include "grid.h"
#include "kata.h"
#include "md.h"
#include "term.h"
#include "workspace.h"

enum { APP_MIN_W = 80, APP_MIN_H = 24 };
/* The editor's gutter: line number (3), a blank, the SQL badge (3), a bar. */
enum { APP_GUTTER = 8 };

/* What app_update asks of the main loop (bits). */
enum {
    APP_HANDLED = 1,    /* the event meant something */
    APP_REDRAW = 2,     /* the screen must be drawn again */
    APP_QUIT = 4,       /* save and leave */
    APP_EXTERNAL = 8,   /* save, then open the answer in $VISUAL/$EDITOR */
    APP_SAVE = 16       /* save the answer now */
};

typedef enum AppView { VIEW_MAP, VIEW_LESSON, VIEW_KATA } AppView;

/* The panes beside the editor. */
typedef enum AppPane {
    PANE_TASK, PANE_CHECKS, PANE_SQL, PANE_OUTPUT, PANE_HINTS, PANE_SOLUTION, PANE__COUNT
} AppPane;

/* A row of the course map: a lesson header or a kata. */
typedef struct MapRow {
    int lesson;         /* index in set->lessons */
    int kata;           /* index in set->katas, -1 for the lesson's row */
} MapRow;

/* What the SQL pane shows about one statement. */
typedef struct SqlInfo {
    int dup;            /* how many statements have exactly this SQL (1 = unique) */
    int similar;        /* how many have the same SQL once literals are masked */
} SqlInfo;

typedef struct App {
    KataSet *set;
    Workspace *ws;
    Grader *grader;
    bool owns_set;              /* app_free frees set/ws/grader */
    int w, h;
    AppView view;
    bool help;
    char message[256];          /* one-line notice in the key bar ("Saved", errors) */
    bool message_error;

    /* course map */
    MapRow *rows;
    int nrows;
    int map_sel, map_top;
    bool searching;
    char search[64];
    KataStatus *status;         /* per kata (set->katas order) */

    /* lesson view */
    int lesson;
    int lesson_scroll;
    MdDoc lesson_doc;
    int lesson_doc_w;

    /* kata view */
    int kata;                   /* index in set->katas, -1 none */
    Editor ed;
    char *answer_path;
    unsigned long saved_version;    /* ed.version last written to disk */
    bool focus_pane;            /* keys go to the pane, not the editor */
    AppPane pane;
    int pane_scroll;
    int sql_sel;                /* selected statement in the SQL pane */
    MdDoc instr_doc;
    int instr_doc_w;
    bool confirm_reset;
    int hints_seen;
    GradeResult res;
    bool have_res;
    SqlInfo *sqlinfo;           /* per statement of res.variants[0] */
    int *line_counts;           /* statements per answer line (index = line) */
    int nline_counts;
    char *explain;              /* EXPLAIN QUERY PLAN of sql_sel, or NULL */
    int explain_for;            /* statement it belongs to, -1 none */
    GradeResult sol_res;        /* the reference solution's run, after a pass */
    bool have_sol;
} App;

/* ---- app_state.c: building and tearing down, kata switching ---- */

/* Set the app up over a loaded course and an open workspace (borrowed:
 * the caller frees them after app_free). Restores the last kata and its
 * cursor when the workspace remembers them (the view stays the map unless
 * open_last). Returns 0, or -1 when out of memory. */
int app_init(App *a, KataSet *set, Workspace *ws, Grader *grader, int w, int h);
void app_free(App *a);

/* Open kata index k in the kata view (saving the current one first). */
void app_open_kata(App *a, int k);
/* Save the answer if it changed; remembers cursor and scroll. Returns 0 or -1
 * (message set). */
int app_save(App *a);
/* Reload the answer from disk (after $EDITOR or an outside change); keeps
 * the cursor where it was when possible. */
void app_reload(App *a);
/* Grade the editor's text now and show the checks. */
void app_grade(App *a);
/* Recompute the course map rows and statuses. */
void app_refresh_map(App *a);
/* Set the one-line notice. */
void app_notice(App *a, bool error, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ---- app_update.c ---- */

int app_update(App *a, const Event *ev);

/* ---- app_view.c / app_kata_view.c ---- */

void app_view(App *a, Grid *g);
void app_view_kata(App *a, Grid *g);
/* Shared drawing helpers. */
void app_draw_keybar(App *a, Grid *g, const char *const *keys);
void app_draw_box(Grid *g, int x, int y, int w, int h, const char *title);
/* The glyph and word of a status ("✓ passed", "◐ tried", "○ new"). */
const char *app_status_glyph(KataStatus s);
int app_status_fg(KataStatus s);

/* ---- app_sql.c: the SQL pane's analysis ---- */

/* SQL with its literals (numbers, strings) masked by '?', malloc'd. */
char *app_sql_shape(const char *sql);
/* Fill info[i] for n statements: duplicates and similar ones. */
void app_sql_analyse(const GradeQuery *q, size_t n, SqlInfo *info);
/* EXPLAIN QUERY PLAN of sql on a fresh copy of the fixture (variant 1),
 * as indented lines; malloc'd. On failure the error text. */
char *app_sql_explain(const char *sql);

/* The editor's visible size in the kata view for a w×h screen. */
void app_editor_size(const App *a, int *rows, int *cols);

#endif
