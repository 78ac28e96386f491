/*
 * test_grade.c — the grader (engine/grade.c) on the test katas of
 * tests/data/katas/good (plain Python and raw-cursor SQL; no ORM needed).
 *
 * A reference solution passes on both fixtures with every check recorded;
 * a starter fails with the first failing check as the summary; SQL is
 * attributed to the answer's lines; a syntax error stops at the first
 * both variants; budgets stop endless loops; and answers that try to fool the
 * grader fail: hard-coded results (the second fixture), patched builtins,
 * `import kata`, `import __main__`, forged checks, deleted data (each
 * grading starts from a pristine database). Every test runs twice: grading
 * in forked children of a template interpreter (the default), and in
 * fresh interpreters of this process.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "grade.h"

static bool use_fork;

typedef struct Fix {
    KataSet *set;
    Grader *g;
} Fix;

static int setup(void **state)
{
    Fix *f = calloc(1, sizeof *f);
    f->set = kata_load_dir("tests/data/katas/good");
    f->g = grade_new(NULL);
    if (f->g)
        grade_set_fork(f->g, use_fork);
    if (!f->set || f->set->nkatas != 3 || !f->g)
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Fix *f = *state;
    grade_free(f->g);
    kata_set_free(f->set);
    free(f);
    return 0;
}

static const Kata *kata(Fix *f, const char *id)
{
    const Kata *k = kata_find(f->set, id, NULL);
    assert_non_null(k);
    return k;
}

/* Grade src against kata id as file "answer.py". */
static GradeResult grade(Fix *f, const char *id, const char *src)
{
    GradeResult r;
    assert_int_equal(grade_run(f->g, kata(f, id), "answer.py", src, strlen(src), &r), 0);
    return r;
}

static void test_solution_passes(void **state)
{
    Fix *f = *state;
    for (size_t i = 0; i < f->set->nkatas; i++) {
        const Kata *k = f->set->katas[i];
        GradeResult r;
        assert_int_equal(grade_run(f->g, k, "answer.py", k->solution, strlen(k->solution), &r), 0);
        assert_true(r.passed);
        assert_null(r.summary);
        for (int v = 0; v < GRADE_NVARIANTS; v++) {
            assert_true(r.variants[v].ran);
            assert_true(r.variants[v].passed);
            assert_int_equal(r.variants[v].variant, v + 1);
            assert_true(r.variants[v].nchecks >= 2);
            assert_int_equal(r.variants[v].answer_status, RUN_OK);
            assert_int_equal(r.variants[v].check_status, RUN_OK);
            assert_null(r.variants[v].tamper);
        }
        size_t ran, passed;
        grade_count_checks(&r, &ran, &passed);
        assert_int_equal(ran, passed);
        grade_result_free(&r);
    }
}

static void test_starter_fails(void **state)
{
    Fix *f = *state;
    const Kata *k = kata(f, "total");
    GradeResult r = grade(f, "total", k->starter);
    assert_false(r.passed);
    assert_string_equal(r.summary, "total([1, 2, 3]) is 6 — got 0; expected 6");
    assert_int_equal(r.variants[0].nchecks, 2);
    assert_false(r.variants[0].checks[0].passed);
    assert_true(r.variants[0].checks[1].passed);
    assert_string_equal(r.variants[0].checks[1].message, "total([]) is 0");
    char *json = grade_checks_json(&r);
    assert_non_null(strstr(json, "{\"message\": \"total([1, 2, 3]) is 6\", \"passed\": false, \"variant\": 1, "
                                 "\"line\": 4, \"detail\": \"got 0; expected 6\"}"));
    free(json);
    grade_result_free(&r);
}

static void test_sql_attribution(void **state)
{
    Fix *f = *state;
    const Kata *k = kata(f, "count");
    GradeResult r = grade(f, "count", k->starter);
    assert_false(r.passed);
    const GradeVariant *v = &r.variants[0];
    /* check.py's own COUNT, then the answer's SELECT at its line 6 */
    assert_int_equal(v->nqueries, 2);
    assert_false(v->queries[0].in_answer);
    assert_int_equal(v->queries[0].line, 0);
    assert_true(v->queries[1].in_answer);
    assert_int_equal(v->queries[1].line, 6);
    assert_string_equal(v->queries[1].sql, "SELECT id FROM blog_entry");
    assert_string_equal(v->queries[1].kind, "SELECT");
    assert_int_equal(v->queries[1].rows, 5000);
    grade_result_free(&r);
}

static void test_hardcoded_fails_on_variant_2(void **state)
{
    Fix *f = *state;
    GradeResult r = grade(f, "count",
                          "from django.db import connection\n"
                          "def count_entries():\n"
                          "    with connection.cursor() as cur:\n"
                          "        cur.execute('SELECT COUNT(*) FROM blog_entry')\n"
                          "    return 5000\n");
    assert_false(r.passed);
    assert_true(r.variants[0].passed);
    assert_false(r.variants[1].passed);
    assert_string_equal(r.summary, "count_entries() returns the number of entries — got 5000; expected 5190 "
                                   "(on the second fixture)");
    grade_result_free(&r);
}

static void test_deleting_data(void **state)
{
    Fix *f = *state;
    GradeResult r = grade(f, "count",
                          "from django.db import connection\n"
                          "def count_entries():\n"
                          "    with connection.cursor() as cur:\n"
                          "        cur.execute('DELETE FROM blog_entry_authors')\n"
                          "        cur.execute('DELETE FROM blog_entry')\n"
                          "        cur.execute('SELECT COUNT(*) FROM blog_entry')\n"
                          "        return cur.fetchone()[0]\n");
    assert_false(r.passed);
    grade_result_free(&r);
    /* the next grading starts from a pristine database */
    const Kata *k = kata(f, "count");
    r = grade(f, "count", k->solution);
    assert_true(r.passed);
    grade_result_free(&r);
}

static void test_syntax_error(void **state)
{
    Fix *f = *state;
    GradeResult r = grade(f, "total", "def total(numbers)\n    return 0\n");
    assert_false(r.passed);
    assert_int_equal(r.variants[0].answer_status, RUN_SYNTAX);
    assert_int_equal(r.variants[1].answer_status, RUN_SYNTAX);
    assert_string_equal(r.summary, "SyntaxError: expected ':' (line 1)");
    assert_non_null(strstr(r.variants[0].answer_error, "SyntaxError: expected ':'"));
    grade_result_free(&r);
}

static void test_exception_in_answer(void **state)
{
    Fix *f = *state;
    GradeResult r = grade(f, "total", "def total(numbers):\n    return numbres\n");
    assert_false(r.passed);
    assert_int_equal(r.variants[0].check_status, RUN_EXCEPTION);
    assert_non_null(strstr(r.summary, "NameError: name 'numbres' is not defined"));
    assert_non_null(strstr(r.summary, "(line 2)"));
    assert_non_null(strstr(r.variants[0].check_error, "Traceback (most recent call last):"));
    grade_result_free(&r);
}

static void test_endless_loop(void **state)
{
    (void)state;
    Budget b = budget_default();
    b.max_steps = 200000;
    Grader *g = grade_new(&b);
    grade_set_fork(g, use_fork);
    KataSet *s = kata_load_dir("tests/data/katas/good");
    const Kata *k = kata_find(s, "total", NULL);
    const char src[] = "def total(numbers):\n    while True:\n        pass\n";
    GradeResult r;
    assert_int_equal(grade_run(g, k, "answer.py", src, strlen(src), &r), 0);
    assert_false(r.passed);
    assert_int_equal(r.variants[0].check_status, RUN_LIMIT);
    assert_string_equal(r.summary, "StepLimit: stopped after 200,000 steps (the step limit) — is there an "
                                   "infinite loop? (line 3)");
    grade_result_free(&r);
    kata_set_free(s);
    grade_free(g);
}

static void test_tampering(void **state)
{
    Fix *f = *state;
    static const struct {
        const char *src, *summary;
    } cases[] = {
        { "def total(numbers):\n    __builtins__.len = lambda x: 4\n    return sum(numbers)\n",
          "the answer changed the builtin `len`" },
        { "__builtins__.sum = lambda x: 6\ndef total(numbers):\n    return sum(numbers)\n",
          "the answer changed the builtin `sum`" },
        { "def total(numbers):\n    del __builtins__.max\n    return sum(numbers)\n",
          "the answer deleted the builtin `max`" },
        { "import kata\ndef total(numbers):\n    return sum(numbers)\n",
          "ModuleNotFoundError: No module named 'kata' (line 1)" },
        { "def total(numbers):\n    import __main__\n    return 6\n",
          "ModuleNotFoundError: No module named '__main__' (line 2)" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        GradeResult r = grade(f, "total", cases[i].src);
        assert_false(r.passed);
        assert_string_equal(r.summary, cases[i].summary);
        grade_result_free(&r);
    }
    /* patching len() while check.py uses it: the answer only reaches a
     * copy of the builtins, so check.py's len() is the real one */
    GradeResult p = grade(f, "shout",
                          "def shout(s):\n"
                          "    if s == 'abc':\n"
                          "        __builtins__.len = lambda x: 4\n"
                          "        return 'x'\n"
                          "    return s.upper() + '!'\n");
    assert_false(p.passed);
    assert_false(p.variants[0].checks[1].passed);
    assert_string_equal(p.summary, "the answer changed the builtin `len`");
    grade_result_free(&p);
    /* printing what looks like results counts for nothing */
    GradeResult r = grade(f, "total", "print('✓ PASSED')\ndef total(numbers):\n    print('✓ ok')\n    return 0\n");
    assert_false(r.passed);
    assert_string_equal(r.variants[0].output, "✓ PASSED\n✓ ok\n✓ ok\n");
    grade_result_free(&r);
}

static void test_no_checks_is_a_failure(void **state)
{
    (void)state;
    Diag *d = NULL;
    size_t n = 0;
    const char text[] = "title: T\npoints: 1\n=== instructions\nx\n=== starter.py\nx = 1\n"
                        "=== solution.py\nx = 1\n=== check.py\nimport answer\n";
    Kata *k = kata_parse("t/01-none.kata", NULL, text, strlen(text), &d, &n);
    assert_non_null(k);
    Grader *g = grade_new(NULL);
    grade_set_fork(g, use_fork);
    GradeResult r;
    assert_int_equal(grade_run(g, k, "answer.py", "x = 1\n", 6, &r), 0);
    assert_false(r.passed);
    assert_string_equal(r.summary, "no check ran");
    grade_result_free(&r);
    grade_free(g);
    kata_free(k);
    free(d);
}

static void test_syntax_check(void **state)
{
    (void)state;
    Diag d;
    assert_int_equal(grade_syntax_check("ok.py", "x = 1\n", 6, &d), 0);
    assert_int_equal(grade_syntax_check("bad.py", "x = (1,\n", 8, &d), -1);
    assert_string_equal(d.kind, "SyntaxError");
    assert_string_equal(d.message, "'(' was never closed");
    assert_int_equal(d.line, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_solution_passes),
        cmocka_unit_test(test_starter_fails),
        cmocka_unit_test(test_sql_attribution),
        cmocka_unit_test(test_hardcoded_fails_on_variant_2),
        cmocka_unit_test(test_deleting_data),
        cmocka_unit_test(test_syntax_error),
        cmocka_unit_test(test_exception_in_answer),
        cmocka_unit_test(test_endless_loop),
        cmocka_unit_test(test_tampering),
        cmocka_unit_test(test_no_checks_is_a_failure),
        cmocka_unit_test(test_syntax_check),
    };
    use_fork = true;
    int failed = cmocka_run_group_tests_name("forked", tests, setup, teardown);
    use_fork = false;
    failed += cmocka_run_group_tests_name("in-process", tests, setup, teardown);
    return failed;
}
