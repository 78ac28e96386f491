/*
 * test_db.c — the database layer (engine/db.c) and django.db's raw cursor:
 * binding and reading each type, the SQL of connection.queries as Django 5.2
 * writes it on SQLite, error mapping, the SQL step limit, and a private
 * database per interpreter.
 *
 * Expected SQL and messages were produced by real Django 5.2.18 on SQLite
 * (../shared/conformance/run.py --bare) running the same statements.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "db.h"
#include "interp.h"

typedef struct Out {
    char buf[16384];
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

/* Run src in interpreter *Ip (a new one when *Ip is NULL; kept). */
static RunStatus run_in(Interp **Ip, const Budget *b, const char *src, Out *out, Diag *d)
{
    static InterpOutput o;
    o.write = capture;
    o.ctx = out;
    if (!*Ip) {
        *Ip = interp_new(b, &o);
        assert_non_null(*Ip);
    }
    return interp_run(*Ip, "t.py", "__main__", src, strlen(src), d);
}

/* Run src in a fresh interpreter; returns its output (static buffer). */
static const char *run_out(const char *src)
{
    static Out out;
    memset(&out, 0, sizeof out);
    Interp *I = NULL;
    Diag d;
    RunStatus st = run_in(&I, NULL, src, &out, &d);
    if (st != RUN_OK)
        fprintf(stderr, "%s\n", interp_error_text(I));
    assert_int_equal(st, RUN_OK);
    interp_free(I);
    return out.buf;
}

static void test_bind_and_read_types(void **state)
{
    const char *o = run_out(
        "from django.db import connection\n"
        "import datetime, decimal\n"
        "c = connection.cursor()\n"
        "c.execute('SELECT %s, %s, %s, %s, %s, %s, %s', [None, True, 1.5, \"it's\", b'ab', 0.1, -7])\n"
        "print(c.fetchone())\n"
        "c.execute('SELECT %s, %s', [datetime.datetime(2024, 1, 2, 3, 4, 5, 6), decimal.Decimal('1.50')])\n"
        "print(c.fetchone())\n"
        "c.execute('SELECT %s', [datetime.date(2024, 1, 2)])\n"
        "print(c.fetchall(), c.description)\n");
    assert_string_equal(o,
        "(None, 1, 1.5, \"it's\", b'ab', 0.1, -7)\n"
        "('2024-01-02 03:04:05.000006', '1.50')\n"
        "[('2024-01-02',)] (('?', None, None, None, None, None, None),)\n");
}

/* connection.queries, compared with Django 5.2.18's on the same statements. */
static void test_queries_like_django(void **state)
{
    const char *o = run_out(
        "from django.db import connection, ProgrammingError\n"
        "import datetime, decimal\n"
        "with connection.cursor() as c:\n"
        "    c.execute('SELECT id, headline FROM blog_entry WHERE id <= %s ORDER BY id', [3])\n"
        "    c.execute('SELECT %s, %s, %s, %s, %s, %s, %s', [None, True, 1.5, \"it's\", b'ab', 0.1, -7])\n"
        "    c.execute('SELECT 100 %% 7, %(a)s', {'a': 5})\n"
        "    c.execute(\"SELECT '%%s', %s\", [datetime.date(2024, 1, 2)])\n"
        "    c.execute('SELECT %s, %s', [datetime.datetime(2024, 1, 2, 3, 4, 5, 6), decimal.Decimal('1.50')])\n"
        "    c.execute(\"SELECT '100%%'\")\n"
        "    c.execute(\"SELECT '100%%'\", [])\n"
        "    try:\n"
        "        c.execute('SELECT 1; SELECT 2')\n"
        "    except ProgrammingError as e:\n"
        "        print(e)\n"
        "    c.executemany('INSERT INTO blog_blog (name, tagline) VALUES (%s, %s)', [('a', 'b'), ('c', 'd')])\n"
        "    print(c.rowcount)\n"
        "for q in connection.queries:\n"
        "    print(q['sql'], len(q['time']))\n");
    assert_string_equal(o,
        "You can only execute one statement at a time.\n"
        "2\n"
        "SELECT id, headline FROM blog_entry WHERE id <= 3 ORDER BY id 5\n"
        "SELECT NULL, 1, 1.5, 'it''s', X'6162', 0.1, -7 5\n"
        "SELECT 100 % 7, 5 5\n"
        "SELECT '%s', '2024-01-02' 5\n"
        "SELECT '2024-01-02 03:04:05.000006', '1.50' 5\n"
        "SELECT '100%%' 5\n"
        "SELECT '100%%' 5\n"
        "SELECT 1; SELECT 2 5\n"
        "2 times: INSERT INTO blog_blog (name, tagline) VALUES (%s, %s) 5\n");
}

static void test_error_mapping(void **state)
{
    const char *o = run_out(
        "from django.db import connection, IntegrityError, OperationalError, DatabaseError, Error\n"
        "from django.db import ProgrammingError, InterfaceError, DataError, NotSupportedError\n"
        "c = connection.cursor()\n"
        "try:\n"
        "    c.execute('SELECT * FROM nope')\n"
        "except OperationalError as e:\n"
        "    print(type(e).__name__, e)\n"
        "try:\n"
        "    c.execute('INSERT INTO blog_blog (name, tagline) VALUES (%s, %s)', [None, 'x'])\n"
        "except DatabaseError as e:\n"
        "    print(type(e).__name__, e)\n"
        "try:\n"
        "    c.execute('SELECT %s', [[1]])\n"
        "except Exception as e:\n"   /* Django: sqlite3.ProgrammingError escapes its wrapper */
        "    print(type(e).__name__, e)\n"
        "print(issubclass(IntegrityError, DatabaseError), issubclass(DatabaseError, Error),\n"
        "      issubclass(InterfaceError, DatabaseError), issubclass(DataError, DatabaseError),\n"
        "      issubclass(NotSupportedError, DatabaseError), issubclass(Error, Exception))\n"
        "print(IntegrityError)\n");
    assert_string_equal(o,
        "OperationalError no such table: nope\n"
        "IntegrityError NOT NULL constraint failed: blog_blog.name\n"
        "ProgrammingError Error binding parameter 1: type 'list' is not supported\n"
        "True True False True True True\n"
        "<class 'django.db.utils.IntegrityError'>\n");
}

static void test_sql_step_limit(void **state)
{
    Budget b = budget_default();
    b.max_sql_steps = 100000;
    Out out = { 0 };
    Diag d;
    Interp *I = NULL;
    RunStatus st = run_in(&I, &b,
        "from django.db import connection\n"
        "c = connection.cursor()\n"
        "try:\n"
        "    c.execute('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n')\n"
        "except Exception:\n"
        "    print('caught')\n", &out, &d);
    assert_int_equal(st, RUN_LIMIT);
    assert_string_equal(out.buf, "");
    assert_non_null(strstr(d.message, "the database ran more than 100,000 steps (the SQL limit)"));
    interp_free(I);
}

/* A runaway REGEXP stops on its own step budget inside SQLite and fails
 * the run with the SQL limit, not with the OperationalError a raising
 * function gives (which `except Exception` would swallow); a bad pattern
 * is still that OperationalError, as in Django. */
static void test_regexp_runaway_is_sql_limit(void **state)
{
    (void)state;
    const char *bad = run_out(
        "from blog.models import Entry\n"
        "try:\n"
        "    Entry.objects.filter(headline__regex='(').count()\n"
        "except Exception as e:\n"
        "    print(type(e).__name__, e)\n");
    assert_string_equal(bad, "OperationalError user-defined function raised exception\n");
    Out out = { 0 };
    Diag d;
    Interp *I = NULL;
    RunStatus st = run_in(&I, NULL,
        "from blog.models import Entry\n"
        "try:\n"
        "    Entry.objects.filter(body_text__regex=r'^(\\w+\\s?)*$').count()\n"
        "except Exception:\n"
        "    print('caught')\n", &out, &d);
    assert_int_equal(st, RUN_LIMIT);
    assert_string_equal(out.buf, "");
    assert_non_null(strstr(d.message, "a regular expression in the query ran more than 10,000,000 steps"));
    interp_free(I);
}

/* Each interpreter writes to its own copy; the trace records the lines. */
static void test_private_copy_and_trace(void **state)
{
    Out o1 = { 0 }, o2 = { 0 };
    Diag d;
    Interp *A = NULL, *B = NULL;
    assert_int_equal(run_in(&A, NULL,
        "from django.db import connection\n"
        "c = connection.cursor()\n"
        "c.execute('DELETE FROM blog_entry_authors')\n"
        "c.execute('DELETE FROM blog_entry')\n"
        "print(c.rowcount > 0)\n"
        "c.execute('SELECT count(*) FROM blog_entry')\n"
        "print(c.fetchone()[0])\n", &o1, &d), RUN_OK);
    assert_string_equal(o1.buf, "True\n0\n");
    assert_int_equal(run_in(&B, NULL,
        "from django.db import connection\n"
        "c = connection.cursor()\n"
        "c.execute('SELECT count(*) FROM blog_entry')\n"
        "print(c.fetchone()[0] > 0)\n", &o2, &d), RUN_OK);
    assert_string_equal(o2.buf, "True\n");
    assert_int_equal(db_trace_count(A), 3);
    const DbQuery *q = db_trace_get(A, 1);
    assert_non_null(q);
    assert_string_equal(q->sql->s, "DELETE FROM blog_entry");
    assert_int_equal(q->kind, DB_DELETE);
    assert_int_equal(q->line, 4);
    assert_true(q->rows > 0);
    q = db_trace_get(A, 2);
    assert_int_equal(q->kind, DB_SELECT);
    assert_int_equal(q->rows, 1);
    assert_int_equal(q->line, 6);
    assert_null(db_trace_get(A, 3));
    interp_free(A);
    interp_free(B);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bind_and_read_types),
        cmocka_unit_test(test_queries_like_django),
        cmocka_unit_test(test_error_mapping),
        cmocka_unit_test(test_sql_step_limit),
        cmocka_unit_test(test_regexp_runaway_is_sql_limit),
        cmocka_unit_test(test_private_copy_and_trace),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
