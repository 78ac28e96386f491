/*
 * test_mod_kata.c — the `kata` checks module (engine/mod_kata*.c): what each
 * check records (message, passed, detail, check.py line), the statements
 * capture_queries() yields, the sentences expect_queries() writes, call_view's
 * responses, source inspection, and the ways an answer might try to forge a
 * result.
 *
 * Each test plays the grader: a fresh interpreter on the kata fixture,
 * mod_kata_register, the answer run as module "answer" from "answer.py",
 * mod_kata_set_answer, then check.py as "__main__". Expected SQL plans come
 * from python3's sqlite3 (EXPLAIN QUERY PLAN on the same schema), the 404/403
 * bodies and the None-view message from real Django 5.2.18.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "interp.h"
#include "mod_kata.h"

typedef struct Out {
    char buf[65536];
    size_t len;
} Out;

static void capture(void *ctx, const char *s, size_t n)
{
    Out *o = ctx;
    if (o->len + n < sizeof o->buf) {
        memcpy(o->buf + o->len, s, n);
        o->len += n;
        o->buf[o->len] = 0;
    }
}

typedef struct Run {
    Interp *I;
    Out out;
    RunStatus answer, check;
    Diag d;
    const KataCheck *checks;
    size_t n;
} Run;

/* Grade-like run of `answer` then `check`; keeps the interpreter in r->I
 * (freed by done()). */
static void run(Run *r, const char *answer, const char *check)
{
    static InterpOutput o;
    memset(r, 0, sizeof *r);
    o.write = capture;
    o.ctx = &r->out;
    r->I = interp_new(NULL, &o);
    assert_non_null(r->I);
    mod_kata_register(r->I);
    r->answer = interp_run(r->I, "answer.py", "answer", answer, strlen(answer), &r->d);
    if (r->answer != RUN_OK)
        fprintf(stderr, "answer: %s\n", interp_error_text(r->I));
    mod_kata_set_answer(r->I, "answer", "answer.py", answer, strlen(answer));
    r->check = interp_run(r->I, "check.py", "__main__", check, strlen(check), &r->d);
    r->checks = mod_kata_results(r->I, &r->n);
}

static void ok(Run *r)
{
    if (r->check != RUN_OK)
        fprintf(stderr, "check: %s\n", interp_error_text(r->I));
    assert_int_equal(r->answer, RUN_OK);
    assert_int_equal(r->check, RUN_OK);
}

static void done(Run *r)
{
    interp_free(r->I);
}

static void test_expect_records(void **state)
{
    Run r;
    run(&r, "def f():\n    return 3\n",
        "from kata import expect\n"
        "from answer import f\n"
        "expect(f() == 3, 'f returns 3')\n"
        "\n"
        "r = expect(f() == 4, 'f returns 4', detail='it returned 3')\n"
        "print(r)\n"
        "expect([], 'an empty list is false')\n"
        "expect(1, 'one is true')\n");
    ok(&r);
    assert_string_equal(r.out.buf, "False\n");
    assert_int_equal(r.n, 4);
    assert_string_equal(r.checks[0].message, "f returns 3");
    assert_true(r.checks[0].passed);
    assert_null(r.checks[0].detail);
    assert_int_equal(r.checks[0].line, 3);
    assert_false(r.checks[1].passed);
    assert_string_equal(r.checks[1].detail, "it returned 3");
    assert_int_equal(r.checks[1].line, 5);
    assert_false(r.checks[2].passed);
    assert_string_equal(r.checks[2].detail, "the condition was false");
    assert_true(r.checks[3].passed);
    done(&r);
}

/* An object whose truth or equality Python code decides cannot pass. */
static void test_forged_truth_and_equality(void **state)
{
    Run r;
    run(&r,
        "class Yes:\n"
        "    def __eq__(self, other):\n"
        "        return True\n"
        "    def __bool__(self):\n"
        "        return True\n"
        "def f():\n"
        "    return Yes()\n",
        "from kata import expect, expect_equal\n"
        "from answer import f\n"
        "expect(f(), 'truthy object')\n"
        "expect_equal(f(), 42, 'equals 42')\n"
        "expect_equal(True, 1, 'True is not 1')\n"
        "expect_equal(1.0, 1, 'a float is not an int')\n"
        "expect_equal([1, (2, 'x')], [1, (2, 'x')], 'same structure')\n"
        "expect_equal({'a': [1]}, {'a': [1]}, 'same dict')\n"
        "expect_equal({1, 2}, {2, 1}, 'same set')\n"
        "expect_equal([1, 2], [1, 3], 'differs')\n");
    ok(&r);
    assert_int_equal(r.n, 8);
    assert_false(r.checks[0].passed);
    assert_string_equal(r.checks[0].detail, "the check got a 'Yes' object where it needs True or False");
    assert_false(r.checks[1].passed);
    assert_non_null(strstr(r.checks[1].detail, "got a Yes: "));
    assert_non_null(strstr(r.checks[1].detail, "; expected a int"));
    assert_false(r.checks[2].passed);
    assert_string_equal(r.checks[2].detail, "got a bool: True; expected a int");
    assert_false(r.checks[3].passed);
    assert_true(r.checks[4].passed);
    assert_true(r.checks[5].passed);
    assert_true(r.checks[6].passed);
    assert_false(r.checks[7].passed);
    assert_string_equal(r.checks[7].detail, "got [1, 2]; expected [1, 3]");
    done(&r);
}

static void test_capture_queries(void **state)
{
    Run r;
    run(&r,
        "from django.db import connection\n"
        "def titles():\n"
        "    c = connection.cursor()\n"
        "    c.execute('SELECT \"id\" FROM \"blog_entry\" WHERE \"id\" < %s', [4])\n"
        "    rows = c.fetchall()\n"
        "    c.execute('SELECT \"id\" FROM \"blog_blog\"')\n"
        "    return [r[0] for r in rows]\n",
        "from kata import capture_queries, expect\n"
        "from answer import titles\n"
        "with capture_queries() as q:\n"
        "    ids = titles()\n"
        "print(ids, len(q))\n"
        "print(q[0].sql)\n"
        "print(q[0].kind, q[0].rows, q[0].line, type(q[0].ms).__name__, q[0].file)\n"
        "print(q[0].plan)\n"
        "print(q[1].rows, q[1].line)\n"
        "print(q[1].plan)\n"
        "print(repr(q[1]))\n"
        "with capture_queries() as none:\n"
        "    pass\n"
        "print(none)\n");
    ok(&r);
    assert_string_equal(r.out.buf,
        "[1, 2, 3] 2\n"
        "SELECT \"id\" FROM \"blog_entry\" WHERE \"id\" < 4\n"
        "SELECT 3 4 float answer.py\n"
        "SEARCH blog_entry USING INTEGER PRIMARY KEY (rowid<?)\n"
        "24 6\n"
        "SCAN blog_blog\n"
        "<Query line 6: SELECT \"id\" FROM \"blog_blog\">\n"
        "[]\n");
    done(&r);
}

/* The answer resetting the query log cannot hide its queries. */
static void test_reset_queries_does_not_hide(void **state)
{
    Run r;
    run(&r,
        "from django.db import connection, reset_queries\n"
        "def f():\n"
        "    c = connection.cursor()\n"
        "    c.execute('SELECT COUNT(*) FROM \"blog_entry\"')\n"
        "    c.execute('SELECT COUNT(*) FROM \"blog_blog\"')\n"
        "    reset_queries()\n",
        "from kata import capture_queries, expect_queries\n"
        "from django.db import connection\n"
        "connection.cursor().execute('SELECT 1')\n"
        "from answer import f\n"
        "with capture_queries() as q:\n"
        "    f()\n"
        "expect_queries(q, 1, 'one query')\n");
    ok(&r);
    assert_int_equal(r.n, 1);
    assert_false(r.checks[0].passed);
    assert_string_equal(r.checks[0].detail,
        "2 queries ran; this needs 1 — the first fetched 1 row of blog_entry (line 4): "
        "SELECT COUNT(*) FROM \"blog_entry\"");
    done(&r);
}

static void test_expect_queries_details(void **state)
{
    Run r;
    run(&r,
        "from django.db import connection\n"
        "def load_all():\n"
        "    c = connection.cursor()\n"
        "    c.execute('SELECT COUNT(*) AS \"__count\" FROM \"blog_entry\"')\n"
        "    c.execute('SELECT \"blog_entry\".\"id\", \"blog_entry\".\"headline\" FROM \"blog_entry\"')\n"
        "    return len(c.fetchall())\n"
        "def n_plus_one():\n"
        "    c = connection.cursor()\n"
        "    c.execute('SELECT \"id\", \"blog_id\" FROM \"blog_entry\" WHERE \"id\" <= 4')\n"
        "    for _, b in c.fetchall():\n"
        "        connection.cursor().execute('SELECT \"name\" FROM \"blog_blog\" WHERE \"id\" = %s LIMIT 21', [b])\n"
        "def exists():\n"
        "    connection.cursor().execute('SELECT 1 AS \"a\" FROM \"blog_entry\" LIMIT 1')\n",
        "from kata import capture_queries, expect_queries, describe_queries\n"
        "from answer import load_all, n_plus_one, exists\n"
        "with capture_queries() as q:\n"
        "    load_all()\n"
        "expect_queries(q, 1, 'count in SQL')\n"
        "with capture_queries() as q:\n"
        "    n_plus_one()\n"
        "expect_queries(q, (1, 2), 'no N+1')\n"
        "with capture_queries() as q:\n"
        "    pass\n"
        "expect_queries(q, 1, 'one query')\n"
        "with capture_queries() as q:\n"
        "    exists()\n"
        "expect_queries(q, 1, 'exists')\n"
        "print(describe_queries(q))\n"
        "expect_queries(q, 0, 'no query')\n");
    ok(&r);
    assert_int_equal(r.n, 5);
    assert_string_equal(r.checks[0].detail,
        "2 queries ran; this needs 1 — the second loaded every row of blog_entry (5,000 rows) (line 5): "
        "SELECT \"blog_entry\".\"id\", \"blog_entry\".\"headline\" FROM \"blog_entry\"");
    assert_int_equal(r.checks[0].line, 5);
    assert_false(r.checks[1].passed);
    assert_string_equal(r.checks[1].detail,
        "5 queries ran; this needs 1 or 2 — the same query on blog_blog ran 4 times with different values, "
        "once per object (the N+1 pattern) (line 11): SELECT \"name\" FROM \"blog_blog\" WHERE \"id\" = 2 LIMIT 21");
    done(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_expect_records),
        cmocka_unit_test(test_forged_truth_and_equality),
        cmocka_unit_test(test_capture_queries),
        cmocka_unit_test(test_reset_queries_does_not_hide),
        cmocka_unit_test(test_expect_queries_details),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
