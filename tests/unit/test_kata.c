/*
 * test_kata.c — the kata format loader (engine/kata.c).
 *
 * A well-formed kata parses into every field (id from the path, sections
 * with their .kata line numbers, tags, hints in order, CRLF and a BOM
 * accepted); each kind of malformed file gives exactly one diagnostic with
 * the right line and wording; a lessons folder loads sorted with lesson
 * titles and its problems; katas are found by id, name, suffix and prefix.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "kata.h"

static const char good[] =
    "# a comment\n"
    "title: Count without loading rows\n"
    "points: 10\n"
    "tags: lazy, count ,, sql\n"
    "\n"
    "=== instructions\n"
    "Use `count()`.\n"
    "\n"
    "=== starter.py\n"
    "\n"
    "def f():\n"
    "    return 0\n"
    "\n"
    "\n"
    "=== solution.py\n"
    "def f():\n"
    "    return 1\n"
    "=== check.py\n"
    "from kata import expect\n"
    "=== hint\n"
    "First.\n"
    "=== hint\n"
    "Second,\n"
    "more direct.\n";

static Lesson lesson01 = { .slug = "01-lazy" };

/* Parse text as lessons/01-lazy/<file>; expect failure with exactly one
 * diagnostic at `line` whose message is `msg`. */
static void expect_one_diag(const char *file, const char *text, int line, const char *msg)
{
    Diag *d = NULL;
    size_t n = 0;
    char path[256];
    snprintf(path, sizeof path, "lessons/01-lazy/%s", file);
    Kata *k = kata_parse(path, &lesson01, text, strlen(text), &d, &n);
    assert_null(k);
    if (n != 1) {
        for (size_t i = 0; i < n; i++)
            fprintf(stderr, "diag: %d: %s\n", d[i].line, d[i].message);
    }
    assert_int_equal(n, 1);
    assert_string_equal(d[0].file, path);
    assert_int_equal(d[0].line, line);
    assert_string_equal(d[0].message, msg);
    assert_string_equal(d[0].kind, "KataError");
    assert_int_equal(d[0].status, RUN_SYNTAX);
    free(d);
}

static void test_parse_good(void **state)
{
    (void)state;
    Diag *d = NULL;
    size_t n = 0;
    Kata *k = kata_parse("lessons/01-lazy/02-count.kata", &lesson01, good, strlen(good), &d, &n);
    assert_non_null(k);
    assert_int_equal(n, 0);
    assert_string_equal(k->id, "01-lazy/02-count");
    assert_string_equal(k->name, "02-count");
    assert_ptr_equal(k->lesson, &lesson01);
    assert_string_equal(k->title, "Count without loading rows");
    assert_int_equal(k->points, 10);
    assert_int_equal(k->ntags, 3);
    assert_string_equal(k->tags[0], "lazy");
    assert_string_equal(k->tags[1], "count");
    assert_string_equal(k->tags[2], "sql");
    assert_string_equal(k->instructions, "Use `count()`.\n");
    /* leading and trailing blank lines go; the line numbers follow */
    assert_string_equal(k->starter, "def f():\n    return 0\n");
    assert_int_equal(k->starter_line, 11);
    assert_string_equal(k->solution, "def f():\n    return 1\n");
    assert_int_equal(k->solution_line, 16);
    assert_string_equal(k->check, "from kata import expect\n");
    assert_int_equal(k->check_line, 19);
    assert_int_equal(k->nhints, 2);
    assert_string_equal(k->hints[0], "First.\n");
    assert_string_equal(k->hints[1], "Second,\nmore direct.\n");
    kata_free(k);
}

static void test_parse_crlf_bom(void **state)
{
    (void)state;
    const char text[] = "\xEF\xBB\xBFtitle: T\r\npoints: 0\r\n=== instructions\r\nx\r\n=== starter.py\r\n"
                        "a = 1\r\n=== solution.py\r\na = 2\r\n=== check.py\r\nb = 3\r\n";
    Diag *d = NULL;
    size_t n = 0;
    Kata *k = kata_parse("x/01-a.kata", NULL, text, strlen(text), &d, &n);
    assert_non_null(k);
    assert_string_equal(k->id, "01-a");
    assert_string_equal(k->title, "T");
    assert_int_equal(k->points, 0);
    assert_string_equal(k->solution, "a = 2\n");
    assert_int_equal(k->nhints, 0);
    kata_free(k);
    free(d);
}

#define HEAD "title: T\npoints: 1\n"
#define BODY "=== instructions\nx\n=== starter.py\na = 1\n=== solution.py\na = 2\n=== check.py\nb = 3\n=== hint\nh\n"

static void test_unknown_section(void **state)
{
    (void)state;
    expect_one_diag("01-a.kata", HEAD BODY "=== solutions.py\nx\n", 13,
                    "unknown section '=== solutions.py' (expected instructions, starter.py, solution.py, "
                    "check.py or hint)");
}

static void test_missing_sections(void **state)
{
    (void)state;
    expect_one_diag("01-a.kata", HEAD "=== instructions\nx\n=== starter.py\na\n=== solution.py\nb\n", 8,
                    "missing section '=== check.py'");
    expect_one_diag("01-a.kata", HEAD "=== starter.py\na\n=== solution.py\nb\n=== check.py\nc\n", 8,
                    "missing section '=== instructions'");
    expect_one_diag("01-a.kata", "points: 1\n" BODY, 1, "missing header 'title: ...'");
    expect_one_diag("01-a.kata", "title: T\n" BODY, 1, "missing header 'points: N'");
}

static void test_bad_points(void **state)
{
    (void)state;
    static const char *const bad[] = { "ten", "-1", "1001", "5x", "", "+3", "1.5" };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char text[512], msg[128];
        snprintf(text, sizeof text, "title: T\npoints: %s\n" BODY, bad[i]);
        snprintf(msg, sizeof msg, "'points' must be a whole number from 0 to 1000, got '%s'", bad[i]);
        expect_one_diag("01-a.kata", text, 2, msg);
    }
}

static void test_header_problems(void **state)
{
    (void)state;
    expect_one_diag("01-a.kata", HEAD "\ttags: a\n" BODY, 3,
                    "header line starts with a tab; expected 'key: value' at the start of the line");
    expect_one_diag("01-a.kata", HEAD "  tags: a\n" BODY, 3,
                    "header line starts with spaces; expected 'key: value' at the start of the line");
    expect_one_diag("01-a.kata", HEAD "colour: blue\n" BODY, 3,
                    "unknown header key 'colour' (expected title, points or tags)");
    expect_one_diag("01-a.kata", HEAD "title: again\n" BODY, 3, "'title' given twice (first at line 1)");
    expect_one_diag("01-a.kata", HEAD "just words\n" BODY, 3,
                    "expected 'key: value' (title, points or tags) or a '=== section' line, got 'just words'");
    expect_one_diag("01-a.kata", "title:\npoints: 1\n" BODY, 1, "'title' is empty");
}

static void test_section_problems(void **state)
{
    (void)state;
    expect_one_diag("01-a.kata", HEAD BODY "=== check.py\nc = 1\n", 13,
                    "section '=== check.py' appears twice (first at line 9)");
    expect_one_diag("01-a.kata",
                    HEAD "=== instructions\nx\n=== starter.py\na\n=== solution.py\n\n\n=== check.py\nc\n", 7,
                    "section '=== solution.py' is empty");
    expect_one_diag("01-a.kata", HEAD BODY "=== hint\n\n", 13, "a '=== hint' section is empty");
    expect_one_diag("01-a.kata", HEAD "=== instructions\nbad \xff byte\n" BODY, 4,
                    "invalid UTF-8 (byte 0xff); kata files are UTF-8 text");
    expect_one_diag("01 a.kata", HEAD BODY, 0,
                    "kata file name '01 a.kata' has characters other than letters, digits, '-', '_' and '.'");
}

static void test_load_dir(void **state)
{
    (void)state;
    KataSet *s = kata_load_dir("tests/data/katas/good");
    assert_non_null(s);
    assert_int_equal(s->ndiags, 0);
    assert_int_equal(s->nlessons, 2);
    assert_string_equal(s->lessons[0]->slug, "01-basics");
    assert_string_equal(s->lessons[0]->title, "Basics");
    assert_string_equal(s->lessons[0]->dir, "tests/data/katas/good/01-basics");
    assert_int_equal(s->lessons[0]->nkatas, 2);
    assert_string_equal(s->lessons[1]->title, "SQL");
    assert_int_equal(s->nkatas, 3);
    assert_string_equal(s->katas[0]->id, "01-basics/01-total");
    assert_string_equal(s->katas[1]->id, "01-basics/02-shout");
    assert_string_equal(s->katas[2]->id, "02-sql/01-count");
    assert_string_equal(s->katas[2]->path, "tests/data/katas/good/02-sql/01-count.kata");
    assert_ptr_equal(s->katas[2]->lesson, s->lessons[1]);
    assert_int_equal(kata_total_points(s), 18);

    /* lookup: id, name, suffix, prefix, path, ambiguity */
    bool amb;
    assert_ptr_equal(kata_find(s, "02-sql/01-count", &amb), s->katas[2]);
    assert_ptr_equal(kata_find(s, "01-count", &amb), s->katas[2]);
    assert_ptr_equal(kata_find(s, "count", &amb), s->katas[2]);
    assert_ptr_equal(kata_find(s, "sql/01-count", &amb), s->katas[2]);
    assert_ptr_equal(kata_find(s, "02-sh", &amb), s->katas[1]);
    assert_ptr_equal(kata_find(s, "tests/data/katas/good/02-sql/01-count.kata", &amb), s->katas[2]);
    assert_null(kata_find(s, "01", &amb));
    assert_true(amb);
    assert_null(kata_find(s, "nothing", &amb));
    assert_false(amb);
    assert_null(kata_find(s, "", &amb));
    assert_ptr_equal(kata_find_lesson(s, "sql"), s->lessons[1]);
    kata_set_free(s);
}

static void test_load_dir_problems(void **state)
{
    (void)state;
    KataSet *s = kata_load_dir("tests/data/katas/bad");
    assert_non_null(s);
    /* only the well-formed kata loads (its Python is lint's business) */
    assert_int_equal(s->nkatas, 1);
    assert_string_equal(s->katas[0]->id, "01-broken/06-syntax");
    assert_int_equal(s->ndiags, 8);
    assert_string_equal(s->diags[0].file, "tests/data/katas/bad/01-broken/01-unknown-section.kata");
    assert_int_equal(s->diags[0].line, 7);
    kata_set_free(s);

    s = kata_load_dir("tests/data/katas/does-not-exist");
    assert_non_null(s);
    assert_int_equal(s->nkatas, 0);
    assert_int_equal(s->ndiags, 1);
    assert_string_equal(s->diags[0].message, "not a lessons folder: No such file or directory");
    kata_set_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_good),
        cmocka_unit_test(test_parse_crlf_bom),
        cmocka_unit_test(test_unknown_section),
        cmocka_unit_test(test_missing_sections),
        cmocka_unit_test(test_bad_points),
        cmocka_unit_test(test_header_problems),
        cmocka_unit_test(test_section_problems),
        cmocka_unit_test(test_load_dir),
        cmocka_unit_test(test_load_dir_problems),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
