/*
 * test_workspace.c — the workspace (engine/workspace.c): where it is, the
 * answer files (created from starters, atomic writes that a crash cannot
 * tear), and the progress database (attempts, status, hints, the app's
 * key/value settings), also with two handles open at once.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <dirent.h>
#include <cmocka.h>

#include "workspace.h"

static char *tmpdir(void)
{
    char tmpl[] = "/tmp/ormkata-ws-test.XXXXXX";
    char *d = mkdtemp(tmpl);
    assert_non_null(d);
    return strdup(d);
}

static void rm_rf(const char *dir)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return strdup(buf);
}

static void test_default_dir(void **state)
{
    (void)state;
    char *d;
    setenv("ORMKATA_WORKSPACE", "/w/env", 1);
    setenv("XDG_DATA_HOME", "/xdg", 1);
    setenv("HOME", "/home/u", 1);
    d = workspace_default_dir("/w/flag");
    assert_string_equal(d, "/w/flag");
    free(d);
    d = workspace_default_dir(NULL);
    assert_string_equal(d, "/w/env");
    free(d);
    unsetenv("ORMKATA_WORKSPACE");
    d = workspace_default_dir(NULL);
    assert_string_equal(d, "/xdg/ormkata/workspace");
    free(d);
    setenv("XDG_DATA_HOME", "relative", 1);   /* the XDG spec ignores relative paths */
    d = workspace_default_dir(NULL);
    assert_string_equal(d, "/home/u/.local/share/ormkata/workspace");
    free(d);
    unsetenv("XDG_DATA_HOME");
    unsetenv("HOME");
    assert_null(workspace_default_dir(NULL));
}

static Kata *test_kata(void)
{
    static Lesson l = { .slug = "01-lazy" };
    const char text[] = "title: T\npoints: 3\n=== instructions\nx\n=== starter.py\ndef f():\n    return 0\n"
                        "=== solution.py\ndef f():\n    return 1\n=== check.py\nimport kata\n"
                        "=== hint\none\n=== hint\ntwo\n";
    Diag *d = NULL;
    size_t n = 0;
    Kata *k = kata_parse("lessons/01-lazy/02-count.kata", &l, text, strlen(text), &d, &n);
    assert_non_null(k);
    free(d);
    return k;
}

static void test_answers(void **state)
{
    (void)state;
    char *dir = tmpdir();
    char sub[512];
    snprintf(sub, sizeof sub, "%s/new/ws", dir);
    char err[256];
    Workspace *ws = workspace_open(sub, err, sizeof err);
    assert_non_null(ws);
    assert_string_equal(workspace_dir(ws), sub);
    Kata *k = test_kata();
    char *path = workspace_answer_path(ws, k);
    char want[600];
    snprintf(want, sizeof want, "%s/01-lazy/02-count.py", sub);
    assert_string_equal(path, want);

    /* first use: the starter */
    size_t len;
    char *src = workspace_load_answer(ws, k, &len, err, sizeof err);
    assert_string_equal(src, "def f():\n    return 0\n");
    assert_int_equal(len, strlen(src));
    free(src);
    /* saved text comes back; a reset keeps it as .bak */
    assert_int_equal(workspace_save_answer(ws, k, "mine\n", 5, err, sizeof err), 0);
    src = workspace_load_answer(ws, k, &len, err, sizeof err);
    assert_string_equal(src, "mine\n");
    free(src);
    assert_int_equal(workspace_reset_answer(ws, k, err, sizeof err), 0);
    src = slurp(path);
    assert_string_equal(src, k->starter);
    free(src);
    char bak[700];
    snprintf(bak, sizeof bak, "%s.bak", path);
    src = slurp(bak);
    assert_string_equal(src, "mine\n");
    free(src);

    /* no temporary file is left behind */
    char lesson_dir[600];
    snprintf(lesson_dir, sizeof lesson_dir, "%s/01-lazy", sub);
    DIR *dd = opendir(lesson_dir);
    assert_non_null(dd);
    struct dirent *de;
    int files = 0;
    while ((de = readdir(dd)))
        if (de->d_name[0] != '.') {
            assert_null(strstr(de->d_name, ".tmp."));
            files++;
        }
    closedir(dd);
    assert_int_equal(files, 2);

    free(path);
    kata_free(k);
    workspace_close(ws);
    rm_rf(dir);
    free(dir);
}

static void test_write_failure_keeps_old(void **state)
{
    (void)state;
    if (geteuid() == 0)
        skip();   /* root writes into read-only folders */
    char *dir = tmpdir();
    char path[512], err[256];
    snprintf(path, sizeof path, "%s/a.py", dir);
    assert_int_equal(workspace_write_atomic(path, "old\n", 4, err, sizeof err), 0);
    chmod(dir, 0555);
    assert_int_equal(workspace_write_atomic(path, "new\n", 4, err, sizeof err), -1);
    assert_non_null(strstr(err, "Permission denied"));
    chmod(dir, 0755);
    char *s = slurp(path);
    assert_string_equal(s, "old\n");
    free(s);
    rm_rf(dir);
    free(dir);
}

/* A writer killed at random moments: the file always holds one whole
 * version, never a mix or a truncated one. */
static void test_crash_safety(void **state)
{
    (void)state;
    char *dir = tmpdir();
    char path[512], err[256];
    snprintf(path, sizeof path, "%s/answer.py", dir);
    enum { SIZE = 256 * 1024 };
    char *a = malloc(SIZE), *b = malloc(SIZE);
    memset(a, 'a', SIZE);
    memset(b, 'b', SIZE);
    assert_int_equal(workspace_write_atomic(path, a, SIZE, err, sizeof err), 0);
    for (int round = 0; round < 12; round++) {
        pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            for (int i = 0;; i++)
                workspace_write_atomic(path, i % 2 ? a : b, SIZE, NULL, 0);
        }
        usleep(2000 + (useconds_t)(round * 1500));
        kill(pid, SIGKILL);
        int st;
        waitpid(pid, &st, 0);
        FILE *f = fopen(path, "rb");
        assert_non_null(f);
        char *got = malloc(SIZE + 1);
        size_t n = fread(got, 1, SIZE + 1, f);
        fclose(f);
        assert_int_equal(n, SIZE);
        assert_true(!memcmp(got, a, SIZE) || !memcmp(got, b, SIZE));
        free(got);
    }
    free(a);
    free(b);
    rm_rf(dir);
    free(dir);
}

/* A GradeResult as the grader would make it (only what workspace reads). */
static GradeResult fake_result(const Kata *k, bool passed)
{
    GradeResult r;
    memset(&r, 0, sizeof r);
    r.kata = k;
    r.passed = passed;
    static GradeCheck c[1];
    c[0].message = "counts in SQL";
    c[0].detail = passed ? NULL : "2 queries ran";
    c[0].passed = passed;
    c[0].line = 3;
    r.variants[0].variant = 1;
    r.variants[0].ran = true;
    r.variants[0].checks = c;
    r.variants[0].nchecks = 1;
    static GradeQuery q[3] = {
        { .sql = "SELECT 1", .kind = "SELECT", .in_answer = false },   /* check.py's own */
        { .sql = "SELECT 2", .kind = "SELECT", .in_answer = true, .line = 4 },
        { .sql = "SELECT 3", .kind = "SELECT", .in_answer = true, .line = 5 },
    };
    r.variants[0].queries = q;
    r.variants[0].nqueries = passed ? 2 : 3;
    return r;
}

static void test_progress(void **state)
{
    (void)state;
    char *dir = tmpdir();
    char err[256];
    Workspace *ws = workspace_open(dir, err, sizeof err);
    assert_non_null(ws);
    Kata *k = test_kata();
    assert_int_equal(workspace_status(ws, k->id), KATA_NEW);
    assert_string_equal(workspace_status_name(KATA_NEW), "new");
    GradeResult r = fake_result(k, false);
    assert_int_equal(workspace_record(ws, &r, err, sizeof err), 0);
    assert_int_equal(workspace_status(ws, k->id), KATA_TRIED);
    assert_int_equal(workspace_hint_next(ws, k->id, 2, err, sizeof err), 1);
    assert_int_equal(workspace_hint_next(ws, k->id, 2, err, sizeof err), 2);
    assert_int_equal(workspace_hint_next(ws, k->id, 2, err, sizeof err), 2);
    assert_int_equal(workspace_hints_seen(ws, k->id), 2);
    r = fake_result(k, true);
    assert_int_equal(workspace_record(ws, &r, err, sizeof err), 0);
    assert_int_equal(workspace_status(ws, k->id), KATA_PASSED);
    /* a later failure does not take the pass away */
    r = fake_result(k, false);
    assert_int_equal(workspace_record(ws, &r, err, sizeof err), 0);
    assert_int_equal(workspace_status(ws, k->id), KATA_PASSED);
    assert_int_equal(workspace_attempts(ws, k->id), 3);

    /* settings: per kata and global, overwrite, delete */
    assert_null(workspace_get(ws, k->id, "cursor"));
    assert_int_equal(workspace_set(ws, k->id, "cursor", "12:4"), 0);
    assert_int_equal(workspace_set(ws, "", "last_kata", k->id), 0);
    assert_int_equal(workspace_set(ws, k->id, "cursor", "13:1"), 0);

    /* a second handle (the app and the CLI at once) sees it all */
    Workspace *ws2 = workspace_open(dir, err, sizeof err);
    assert_non_null(ws2);
    char *v = workspace_get(ws2, k->id, "cursor");
    assert_string_equal(v, "13:1");
    free(v);
    v = workspace_get(ws2, NULL, "last_kata");
    assert_string_equal(v, "01-lazy/02-count");
    free(v);
    r = fake_result(k, false);
    assert_int_equal(workspace_record(ws2, &r, err, sizeof err), 0);
    assert_int_equal(workspace_attempts(ws, k->id), 4);
    assert_int_equal(workspace_set(ws2, k->id, "cursor", NULL), 0);
    assert_null(workspace_get(ws, k->id, "cursor"));
    workspace_close(ws2);
    workspace_close(ws);

    /* the attempts table holds the JSON of the checks and the answer's
     * query count (check.py's own query not counted) */
    char cmd[1200];
    snprintf(cmd, sizeof cmd,
             "test \"$(sqlite3 '%s/progress.sqlite' 'SELECT checks FROM attempts ORDER BY id LIMIT 1' 2>/dev/null)\" = "
             "'[{\"message\": \"counts in SQL\", \"passed\": false, \"variant\": 1, \"line\": 3, \"detail\": "
             "\"2 queries ran\"}]' && "
             "test \"$(sqlite3 '%s/progress.sqlite' 'SELECT group_concat(queries) FROM attempts' 2>/dev/null)\" = "
             "'2,1,2,2' || ! command -v sqlite3 >/dev/null",
             dir, dir);
    assert_int_equal(system(cmd), 0);
    kata_free(k);
    rm_rf(dir);
    free(dir);
}

static void test_open_failure(void **state)
{
    (void)state;
    char err[256];
    assert_null(workspace_open("/proc/ormkata-cannot-be-here/ws", err, sizeof err));
    assert_non_null(strstr(err, "cannot create workspace /proc/ormkata-cannot-be-here/ws"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_dir),
        cmocka_unit_test(test_answers),
        cmocka_unit_test(test_write_failure_keeps_old),
        cmocka_unit_test(test_crash_safety),
        cmocka_unit_test(test_progress),
        cmocka_unit_test(test_open_failure),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
