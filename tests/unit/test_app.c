/*
 * test_app.c — the app without a terminal: events in, state and flags out,
 * and what the views draw into a grid. Uses the test course in
 * tests/data/app/lessons (raw-cursor katas that need no ORM) and a fresh
 * workspace in /tmp per test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "app_int.h"

#define LESSONS "tests/data/app/lessons"

typedef struct Fx {
    char dir[64];
    KataSet *set;
    Workspace *ws;
    Grader *gr;
    App a;
    Grid g;
} Fx;

static int setup(void **state)
{
    Fx *f = calloc(1, sizeof *f);
    assert_non_null(f);
    strcpy(f->dir, "/tmp/ormkata-test-app.XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    f->set = kata_load_dir(LESSONS);
    assert_non_null(f->set);
    assert_int_equal(f->set->nkatas, 3);
    char err[256];
    f->ws = workspace_open(f->dir, err, sizeof err);
    assert_non_null(f->ws);
    f->gr = grade_new(NULL);
    assert_non_null(f->gr);
    assert_int_equal(app_init(&f->a, f->set, f->ws, f->gr, 80, 24), 0);
    assert_true(grid_resize(&f->g, 80, 24));
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fx *f = *state;
    app_free(&f->a);
    grid_free(&f->g);
    grade_free(f->gr);
    workspace_close(f->ws);
    kata_set_free(f->set);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    assert_int_equal(system(cmd), 0);
    free(f);
    return 0;
}

static int key(Fx *f, int k)
{
    Event ev = { EV_KEY, k, 0, 0 };
    return app_update(&f->a, &ev);
}

static void keys(Fx *f, const char *s)
{
    for (; *s; s++)
        key(f, *s == '\n' ? K_ENTER : (unsigned char)*s);
}

static void draw(Fx *f)
{
    app_view(&f->a, &f->g);
}

/* The screen has needle somewhere; returns its row. */
static int on_screen(Fx *f, const char *needle)
{
    draw(f);
    int row = grid_find(&f->g, needle, NULL);
    if (row < 0) {
        char buf[1024];
        for (int y = 0; y < f->g.h; y++)
            fprintf(stderr, "|%s\n", grid_row_text(&f->g, y, buf, sizeof buf));
        fail_msg("not on screen: %s", needle);
    }
    return row;
}

static char *read_answer(Fx *f, const char *id)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s.py", f->dir, id);
    FILE *fp = fopen(path, "rb");
    assert_non_null(fp);
    static char buf[4096];
    size_t n = fread(buf, 1, sizeof buf - 1, fp);
    buf[n] = 0;
    fclose(fp);
    return buf;
}

/* ------------------------------------------------------------ tests */

static void test_map(void **state)
{
    Fx *f = *state;
    assert_int_equal(f->a.view, VIEW_MAP);
    on_screen(f, "Raw SQL warm-up");
    int r = on_screen(f, "01-count");
    char buf[256];
    grid_row_text(&f->g, r, buf, sizeof buf);
    assert_non_null(strstr(buf, "\u25cb new"));     /* glyph and word, not colour alone */
    assert_non_null(strstr(buf, "10 pts"));
    on_screen(f, "0/30 pts");
    on_screen(f, "c continues with Count in SQL");
    on_screen(f, "Enter Open");                     /* the key bar */
    /* moving and the selection highlight */
    assert_int_equal(key(f, K_DOWN) & APP_REDRAW, APP_REDRAW);
    assert_int_equal(f->a.map_sel, 1);
    draw(f);
    assert_int_equal(grid_cell(&f->g, 10, r)->bg, BG_SELECT);
    key(f, K_UP);
    key(f, K_UP);
    assert_int_equal(f->a.map_sel, 0);
    assert_true(key(f, 'q') & APP_QUIT);
}

static void test_search(void **state)
{
    Fx *f = *state;
    keys(f, "/plain");
    assert_true(f->a.searching);
    on_screen(f, "Search: plain");
    assert_int_equal(f->a.rows[f->a.map_sel].kata, 2);
    key(f, K_ENTER);
    assert_false(f->a.searching);
    key(f, K_ENTER);
    assert_int_equal(f->a.view, VIEW_KATA);
    assert_int_equal(f->a.kata, 2);
}

static void test_lesson_view(void **state)
{
    Fx *f = *state;
    key(f, K_ENTER);                 /* the lesson row */
    assert_int_equal(f->a.view, VIEW_LESSON);
    on_screen(f, "Raw SQL warm-up");
    on_screen(f, "(https://example.org/sql-pane)");
    on_screen(f, "with connection.cursor() as c:");
    key(f, K_ESC);
    assert_int_equal(f->a.view, VIEW_MAP);
    key(f, K_ENTER);
    key(f, K_ENTER);                 /* Enter in a lesson opens its first kata */
    assert_int_equal(f->a.view, VIEW_KATA);
    assert_int_equal(f->a.kata, 0);
}

static void test_edit_autosave_reopen(void **state)
{
    Fx *f = *state;
    key(f, K_DOWN);
    key(f, K_ENTER);
    assert_int_equal(f->a.view, VIEW_KATA);
    on_screen(f, "from django.db import connection");
    on_screen(f, "Count in SQL");
    /* type at the end of the file */
    key(f, K_CEND);
    key(f, K_ENTER);
    keys(f, "# mine");
    assert_int_not_equal(f->a.ed.version, f->a.saved_version);
    assert_true(key(f, K_CTRL('s')) & APP_SAVE);
    assert_int_equal(app_save(&f->a), 0);
    assert_non_null(strstr(read_answer(f, "01-sql/01-count"), "# mine\n"));
    /* leave and come back: the kata, the cursor and the view are restored */
    int cy = f->a.ed.cy, cx = f->a.ed.cx;
    app_free(&f->a);
    assert_int_equal(app_init(&f->a, f->set, f->ws, f->gr, 80, 24), 0);
    assert_int_equal(f->a.view, VIEW_KATA);
    assert_int_equal(f->a.kata, 0);
    assert_int_equal(f->a.ed.cy, cy);
    assert_int_equal(f->a.ed.cx, cx);
    on_screen(f, "# mine");
    /* Esc saves and goes back to the map, which remembers the kata */
    keys(f, "!");
    key(f, K_ESC);
    assert_int_equal(f->a.view, VIEW_MAP);
    assert_non_null(strstr(read_answer(f, "01-sql/01-count"), "# mine!\n"));
    app_free(&f->a);
    assert_int_equal(app_init(&f->a, f->set, f->ws, f->gr, 80, 24), 0);
    assert_int_equal(f->a.view, VIEW_MAP);
    assert_int_equal(f->a.rows[f->a.map_sel].kata, 0);
    key(f, 'c');                      /* continue */
    assert_int_equal(f->a.view, VIEW_KATA);
    assert_int_equal(f->a.kata, 0);
}

static void test_grade_sql_pane(void **state)
{
    Fx *f = *state;
    app_open_kata(&f->a, 1);        /* the N+1 kata */
    assert_int_equal(key(f, K_F5) & APP_REDRAW, APP_REDRAW);
    assert_true(f->a.have_res);
    assert_false(f->a.res.passed);
    assert_int_equal(f->a.pane, PANE_CHECKS);
    assert_int_equal(f->a.status[1], KATA_TRIED);
    on_screen(f, "\u2717 NOT YET");
    on_screen(f, "\u2717 FAIL One query for all blogs");
    on_screen(f, "\u2713 ok");
    /* line 9 runs the loop's query many times: a hot gutter badge */
    assert_true(f->a.line_counts[9] > 1);
    assert_int_equal(f->a.line_counts[7], 1);
    draw(f);
    int y = 1 + 8 - f->a.ed.top;
    assert_int_equal(grid_cell(&f->g, 6, y)->fg, FG_BADGE_HOT);
    assert_int_equal(grid_cell(&f->g, 6, 1 + 6)->fg, FG_BADGE);
    /* the SQL pane: numbered statements with their source lines, the
     * loop's statements marked similar, EXPLAIN of the selected one */
    key(f, K_ALT | '3');
    assert_int_equal(f->a.pane, PANE_SQL);
    on_screen(f, "L7");
    on_screen(f, "L9");
    on_screen(f, "~24");
    key(f, K_F7);
    assert_true(f->a.focus_pane);
    key(f, K_DOWN);
    key(f, K_DOWN);
    assert_int_equal(f->a.sql_sel, 2);
    on_screen(f, "line 9: c.execute(");
    on_screen(f, "EXPLAIN QUERY PLAN");
    on_screen(f, "similar queries");
    /* Enter jumps to the line that ran it */
    key(f, K_ENTER);
    assert_false(f->a.focus_pane);
    assert_int_equal(f->a.ed.cy, 8);
}

static void test_fix_and_pass(void **state)
{
    Fx *f = *state;
    app_open_kata(&f->a, 2);        /* add(a, b) returns a - b */
    key(f, K_F9);
    on_screen(f, "once the kata has passed");
    key(f, K_DOWN);
    key(f, K_END);
    for (int i = 0; i < 5; i++)
        key(f, K_BACKSPACE);
    keys(f, "a + b");
    key(f, K_CTRL('r'));
    assert_true(f->a.res.passed);
    assert_int_equal(f->a.status[2], KATA_PASSED);
    on_screen(f, "\u2713 PASSED");
    on_screen(f, "\u2713 passed");  /* title bar */
    key(f, K_F9);
    assert_int_equal(f->a.pane, PANE_SOLUTION);
    on_screen(f, "Reference solution");
    on_screen(f, "return a + b");
    on_screen(f, "Yours: 0 statements");
    /* undo brings the old text back */
    key(f, K_CTRL('z'));
    key(f, K_CTRL('z'));
    assert_string_equal(f->a.ed.lines[1].s, "    return a - b");
    key(f, K_CTRL('y'));
    key(f, K_CTRL('y'));
    assert_string_equal(f->a.ed.lines[1].s, "    return a + b");
    /* the map shows the pass and the points */
    key(f, K_ESC);
    on_screen(f, "5/30 pts");
    on_screen(f, "\u2713 passed");
}

static void test_hints_and_reset(void **state)
{
    Fx *f = *state;
    app_open_kata(&f->a, 0);
    key(f, K_ALT | '5');
    on_screen(f, "Stuck? F3");
    key(f, K_F3);
    assert_int_equal(f->a.hints_seen, 1);
    on_screen(f, "Hint 1 of 2");
    key(f, K_F3);
    key(f, K_F3);                     /* no third one */
    assert_int_equal(f->a.hints_seen, 2);
    assert_int_equal(workspace_hints_seen(f->ws, "01-sql/01-count"), 2);
    /* reset asks first */
    keys(f, "zzz");
    app_save(&f->a);
    key(f, K_F8);
    assert_true(f->a.confirm_reset);
    key(f, 'n');
    assert_non_null(strstr(f->a.ed.lines[0].s, "zzz"));
    key(f, K_F8);
    key(f, 'y');
    assert_string_equal(f->a.ed.lines[0].s, "from django.db import connection");
    on_screen(f, "Back to the starter");
}

static void test_next_prev_help_size(void **state)
{
    Fx *f = *state;
    app_open_kata(&f->a, 0);
    key(f, K_CTRL('n'));
    assert_int_equal(f->a.kata, 1);
    key(f, K_CTRL('p'));
    key(f, K_CTRL('p'));
    assert_int_equal(f->a.kata, 0);
    on_screen(f, "This is the first kata");
    key(f, K_F1);
    assert_true(f->a.help);
    on_screen(f, "run the checks");
    key(f, 'x');                      /* any key closes help, and is not typed */
    assert_false(f->a.help);
    assert_string_equal(f->a.ed.lines[0].s, "from django.db import connection");
    /* too small */
    Event ev = { EV_RESIZE, 0, 60, 20 };
    assert_true(app_update(&f->a, &ev) & APP_REDRAW);
    assert_true(grid_resize(&f->g, 60, 20));
    on_screen(f, "needs at least 80\u00d724");
    assert_int_equal(key(f, 'a'), 0);  /* keys do nothing but quit */
    assert_true(key(f, 'q') & APP_QUIT);
    /* bigger again, the layout follows */
    Event big = { EV_RESIZE, 0, 132, 40 };
    app_update(&f->a, &big);
    assert_true(grid_resize(&f->g, 132, 40));
    on_screen(f, "Count in SQL");
    assert_true(key(f, K_CTRL('q')) & APP_QUIT);
    Event sig = { EV_SIGNAL, 0, 0, 0 };
    assert_true(app_update(&f->a, &sig) & APP_QUIT);
}

static void test_outside_change(void **state)
{
    Fx *f = *state;
    app_open_kata(&f->a, 2);
    char path[256];
    snprintf(path, sizeof path, "%s/01-sql/03-plain.py", f->dir);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs("def add(a, b):\n    return b + a\n", fp);
    fclose(fp);
    Event ev = { EV_FILE, 0, 0, 0 };
    assert_true(app_update(&f->a, &ev) & APP_REDRAW);
    assert_string_equal(f->a.ed.lines[1].s, "    return b + a");
    assert_true(f->a.have_res && f->a.res.passed);
    /* with unsaved edits the app keeps them */
    keys(f, "#");
    app_update(&f->a, &ev);
    assert_string_equal(f->a.ed.lines[0].s, "#def add(a, b):");
}

static void test_error_jump(void **state)
{
    Fx *f = *state;
    app_open_kata(&f->a, 2);
    key(f, K_DOWN);
    key(f, K_END);
    keys(f, " + undefined_name");
    key(f, K_HOME);
    key(f, K_UP);
    key(f, K_F5);
    assert_false(f->a.res.passed);
    key(f, K_ALT | '4');
    on_screen(f, "NameError");
    key(f, K_F7);
    key(f, K_ENTER);                  /* jump to the line of the error */
    assert_int_equal(f->a.ed.cy, 1);
}

static void test_sql_shape(void **state)
{
    char *s = app_sql_shape("SELECT \"a\".\"id\" FROM t1 WHERE x = 'it''s' AND y IN (1, -2.5) AND z IS NULL LIMIT 21");
    assert_string_equal(s, "SELECT \"a\".\"id\" FROM t1 WHERE x = ? AND y IN (?, ?) AND z IS ? LIMIT ?");
    free(s);
    GradeQuery q[4] = {
        { .sql = "SELECT 1 FROM t WHERE id = 1" }, { .sql = "SELECT 1 FROM t WHERE id = 1" },
        { .sql = "SELECT 1 FROM t WHERE id = 2" }, { .sql = "SELECT 2" },
    };
    SqlInfo info[4];
    app_sql_analyse(q, 4, info);
    assert_int_equal(info[0].dup, 2);
    assert_int_equal(info[0].similar, 3);
    assert_int_equal(info[2].dup, 1);
    assert_int_equal(info[2].similar, 3);
    assert_int_equal(info[3].dup, 1);
    assert_int_equal(info[3].similar, 0);
    char *plan = app_sql_explain("SELECT * FROM blog_entry WHERE id = 3");
    assert_non_null(plan);
    assert_non_null(strstr(plan, "SEARCH blog_entry USING INTEGER PRIMARY KEY"));
    free(plan);
    plan = app_sql_explain("SELEC nonsense");
    assert_non_null(strstr(plan, "no plan"));
    free(plan);
}

int main(void)
{
    if (access(LESSONS, R_OK) != 0) {
        fprintf(stderr, "test_app: run from the repository root (%s not found)\n", LESSONS);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_map, setup, teardown),
        cmocka_unit_test_setup_teardown(test_search, setup, teardown),
        cmocka_unit_test_setup_teardown(test_lesson_view, setup, teardown),
        cmocka_unit_test_setup_teardown(test_edit_autosave_reopen, setup, teardown),
        cmocka_unit_test_setup_teardown(test_grade_sql_pane, setup, teardown),
        cmocka_unit_test_setup_teardown(test_fix_and_pass, setup, teardown),
        cmocka_unit_test_setup_teardown(test_hints_and_reset, setup, teardown),
        cmocka_unit_test_setup_teardown(test_next_prev_help_size, setup, teardown),
        cmocka_unit_test_setup_teardown(test_outside_change, setup, teardown),
        cmocka_unit_test_setup_teardown(test_error_jump, setup, teardown),
        cmocka_unit_test(test_sql_shape),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
