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
    assert_non_null(strstr(r.checks[1].detail, "; expected an int"));
    assert_false(r.checks[2].passed);
    assert_string_equal(r.checks[2].detail, "got a bool: True; expected an int");
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

static void test_expect_raises(void **state)
{
    Run r;
    run(&r,
        "def get(d, k, *, default=None):\n"
        "    return d[k]\n",
        "from kata import expect_raises\n"
        "from answer import get\n"
        "e = expect_raises(KeyError, get, {}, 'x', default=1)\n"
        "print(type(e).__name__, e)\n"
        "print(expect_raises(KeyError, get, {'x': 1}, 'x'))\n"
        "expect_raises(ValueError, get, {}, 'y', _message='get raises ValueError')\n"
        "expect_raises((ValueError, LookupError), get, [], 3)\n");
    ok(&r);
    assert_string_equal(r.out.buf, "KeyError 'x'\nNone\n");
    assert_int_equal(r.n, 4);
    assert_true(r.checks[0].passed);
    assert_string_equal(r.checks[0].message, "get() raises KeyError");
    assert_false(r.checks[1].passed);
    assert_string_equal(r.checks[1].detail, "get() returned without raising KeyError");
    assert_string_equal(r.checks[2].message, "get raises ValueError");
    assert_string_equal(r.checks[2].detail, "get() raised KeyError: 'y' instead of ValueError");
    assert_true(r.checks[3].passed);
    assert_string_equal(r.checks[3].message, "get() raises ValueError or LookupError");
    done(&r);
}

/* Bodies and message as real Django 5.2.18 (DEBUG=False, no templates). */
static void test_call_view(void **state)
{
    Run r;
    run(&r,
        "from django.http import Http404, HttpResponse\n"
        "from django.core.exceptions import PermissionDenied\n"
        "def show(request, pk):\n"
        "    if pk > 3:\n"
        "        raise Http404('No Entry matches the given query.')\n"
        "    return HttpResponse('%s %s %d' % (request.method, request.path, pk))\n"
        "def secret(request):\n"
        "    raise PermissionDenied\n"
        "def nothing(request):\n"
        "    pass\n",
        "from kata import call_view\n"
        "from answer import show, secret, nothing\n"
        "r = call_view(show, pk=2)\n"
        "print(r.status_code, r.content)\n"
        "r = call_view(show, 9)\n"
        "print(r.status_code, r.content)\n"
        "r = call_view(secret)\n"
        "print(r.status_code, r.content)\n"
        "try:\n"
        "    call_view(nothing)\n"
        "except ValueError as e:\n"
        "    print(e)\n");
    ok(&r);
    assert_string_equal(r.out.buf,
        "200 b'GET / 2'\n"
        "404 b'\\n<!doctype html>\\n<html lang=\"en\">\\n<head>\\n  <title>Not Found</title>\\n</head>\\n<body>\\n"
        "  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\\n</body>\\n</html>\\n'\n"
        "403 b'\\n<!doctype html>\\n<html lang=\"en\">\\n<head>\\n  <title>403 Forbidden</title>\\n</head>\\n<body>\\n"
        "  <h1>403 Forbidden</h1><p></p>\\n</body>\\n</html>\\n'\n"
        "The view answer.nothing didn't return an HttpResponse object. It returned None instead.\n");
    done(&r);
}

static const char inspect_answer[] =
    "from blog.models import Entry\n"
    "\n"
    "def _size(qs):\n"
    "    return len(qs)\n"
    "\n"
    "def count(year):\n"
    "    qs = Entry.objects.filter(pub_date__year=year)\n"
    "    return _size(qs)\n"
    "\n"
    "def count_sql(year):\n"
    "    return Entry.objects.filter(pub_date__year=year).count()\n"
    "\n"
    "def chained():\n"
    "    return (Entry.objects\n"
    "            .filter(rating__gt=2).exclude(rating=5)\n"
    "            .order_by('-rating')[:3].values_list('id', flat=True))\n"
    "\n"
    "class Views:\n"
    "    def detail(self, request, pk):\n"
    "        return self.helper(pk)\n"
    "    def helper(self, pk):\n"
    "        return list(Entry.objects.all())\n"
    "\n"
    "def entry_view(request, pk):\n"
    "    return None  # a comment that makes this the longest line of the whole answer file\n"
    "\n"
    "def not_a_view(req):\n"
    "    pass\n";

/* ATOMIC_REQUESTS through call_view(_atomic=True): a 404 raised after a
 * write rolls it back (Django's handler runs the view in atomic()); without
 * it the write stays. run_interleaved shows the lost update of a
 * read-modify-write, and that an F() update loses nothing. */
static void test_atomic_requests_and_interleaving(void **state)
{
    (void)state;
    Run r;
    run(&r, "x = 1\n",
        "from kata import call_view, run_interleaved\n"
        "from django.db.models import F\n"
        "from django.http import Http404\n"
        "from bank.models import Account\n"
        "def view(request):\n"
        "    Account.objects.filter(pk=1).update(balance=0)\n"
        "    raise Http404('x')\n"
        "b = Account.objects.get(pk=1).balance\n"
        "print(call_view(view, _atomic=True).status_code, Account.objects.get(pk=1).balance == b)\n"
        "print(call_view(view).status_code, Account.objects.get(pk=1).balance)\n"
        "def lost():\n"
        "    a = Account.objects.get(pk=2)\n"
        "    a.balance = a.balance + 10\n"
        "    a.save()\n"
        "def safe():\n"
        "    Account.objects.filter(pk=3).update(balance=F('balance') + 10)\n"
        "b2, b3 = Account.objects.get(pk=2).balance, Account.objects.get(pk=3).balance\n"
        "run_interleaved(lost, lost)\n"
        "run_interleaved(safe, safe)\n"
        "print(Account.objects.get(pk=2).balance - b2, Account.objects.get(pk=3).balance - b3)\n");
    ok(&r);
    assert_string_equal(r.out.buf, "404 True\n404 0\n10 20\n");
    done(&r);
}

static void test_source_inspection(void **state)
{
    Run r;
    memset(&r, 0, sizeof r);
    static InterpOutput o;
    o.write = capture;
    o.ctx = &r.out;
    r.I = interp_new(NULL, &o);
    mod_kata_register(r.I);
    mod_kata_set_answer(r.I, "answer", "answer.py", inspect_answer, strlen(inspect_answer));
    const char *check =
        "from kata import functions, calls, uses, callers, is_view, longest_line, longest_chain\n"
        "print(functions())\n"
        "print(calls('count', 'len'), calls('count_sql', 'len'), calls('count_sql', 'count'))\n"
        "print(calls('Views.detail', 'all'), uses('count', 'qs'), uses('chained', 'order_by'))\n"
        "print(callers('len'), callers('filter'))\n"
        "print(is_view('entry_view'), is_view('Views.detail'), is_view('not_a_view'), is_view('missing'))\n"
        "print(longest_line(), longest_chain())\n"
        "try:\n"
        "    calls('missing', 'len')\n"
        "except ValueError as e:\n"
        "    print(e)\n";
    r.check = interp_run(r.I, "check.py", "__main__", check, strlen(check), &r.d);
    if (r.check != RUN_OK)
        fprintf(stderr, "check: %s\n", interp_error_text(r.I));
    assert_int_equal(r.check, RUN_OK);
    /* longest: line 25, 86 characters (python3 len()); uses() follows count into _size (line 4); the chain on line 15 is
     * filter().exclude() (2), line 16 order_by()[:3].values_list() (2), and
     * count_sql's filter().count() (2): the first found wins. */
    assert_string_equal(r.out.buf,
        "['_size', 'count', 'count_sql', 'chained', 'Views.detail', 'Views.helper', 'entry_view', 'not_a_view']\n"
        "[4] [] [11]\n"
        "[22] [4, 7, 8] [16]\n"
        "['_size'] ['count', 'count_sql', 'chained']\n"
        "True True False False\n"
        "(25, 86) (11, 2)\n"
        "the answer defines no function 'missing'\n");
    done(&r);
}

/* The answer cannot record checks, patch the module, or reach its state. */
static void test_tampering(void **state)
{
    Run r;
    run(&r,
        "def sneaky():\n"
        "    import kata\n"
        "    try:\n"
        "        kata.expect(True, 'forged')\n"
        "    except RuntimeError as e:\n"
        "        print(e)\n"
        "    try:\n"
        "        kata.expect = lambda c, m: None\n"
        "    except AttributeError as e:\n"
        "        print(e)\n"
        "    vars(kata)['expect'] = None\n"
        "    print(kata.expect)\n"
        "    return 1\n",
        "from kata import expect\n"
        "from answer import sneaky\n"
        "expect(sneaky() == 1, 'returns 1')\n");
    ok(&r);
    assert_string_equal(r.out.buf,
        "kata.expect() can only be called by the kata's checks\n"
        "module 'kata' is read-only (cannot set 'expect')\n"
        "<built-in function expect>\n");
    assert_true(mod_kata_tampered(r.I));
    assert_int_equal(r.n, 2);
    assert_false(r.checks[0].passed);
    assert_string_equal(r.checks[0].message, "The answer leaves the kata's checks alone");
    assert_int_equal(r.checks[0].line, 4);
    assert_true(r.checks[1].passed);
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
        cmocka_unit_test(test_expect_raises),
        cmocka_unit_test(test_call_view),
        cmocka_unit_test(test_atomic_requests_and_interleaving),
        cmocka_unit_test(test_source_inspection),
        cmocka_unit_test(test_tampering),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
