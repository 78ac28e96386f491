/*
 * test_orm.c — the ORM against Django 5.2's own answers: the SQL of 78
 * QuerySets (every lookup, transforms, spans over FK / reverse FK / M2M,
 * Q with & | ~, F, exclude across multi-valued relations, ordering,
 * values, slicing, select_related, only/defer, subqueries), and how many
 * queries laziness and the result cache let through (iteration, len,
 * count, exists, repr, slicing with a step, indexing, first/last, FK
 * access, pickling, reverse managers, iterator()).
 *
 * Also the expression compiler and GROUP BY of 26 aggregation QuerySets.
 *
 * The programs and Django's output live in tests/unit/orm/ (recorded with
 * ../shared/conformance/run.py on Django 5.2.18); test_orm_data.h embeds
 * them. A mismatch names the probe line.
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
#include "test_orm_data.h"

typedef struct Out {
    char *buf;
    size_t len, cap;
} Out;

static void capture(void *ctx, const char *s, size_t n)
{
    Out *o = ctx;
    if (o->len + n + 1 > o->cap) {
        o->cap = (o->len + n + 1) * 2;
        o->buf = realloc(o->buf, o->cap);
        assert_non_null(o->buf);
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = 0;
}

/* Run src on the kata fixture; its stdout in *out (malloc'd), the number
 * of SQL statements it ran in *nq. */
static void run_program(const char *src, Out *out, size_t *nq)
{
    InterpOutput o = { capture, out };
    Interp *I = interp_new(NULL, &o);
    assert_non_null(I);
    Diag d;
    RunStatus st = interp_run(I, "probe.py", "__main__", src, strlen(src), &d);
    if (st != RUN_OK)
        fail_msg("probe program failed: %s: %s (line %d)\n%s", d.kind, d.message, d.line,
                 interp_error_text(I));
    *nq = db_trace_count(I);
    interp_free(I);
}

/* Compare line by line; report the first differing probe. */
static void expect_lines(const char *got, const char *want)
{
    int line = 1;
    while (*got || *want) {
        const char *ge = strchr(got, '\n'), *we = strchr(want, '\n');
        size_t gl = ge ? (size_t)(ge - got) : strlen(got);
        size_t wl = we ? (size_t)(we - want) : strlen(want);
        if (gl != wl || memcmp(got, want, gl) != 0)
            fail_msg("probe %d differs from Django:\n  django:  %.*s\n  ormkata: %.*s", line,
                     (int)wl, want, (int)gl, got);
        got += gl + (ge ? 1 : 0);
        want += wl + (we ? 1 : 0);
        line++;
    }
}

/* str(qs.query) for 78 QuerySets is Django's text, and building them
 * (even with a subquery inside) runs no query at all. */
static void test_sql_of_querysets(void **state)
{
    (void)state;
    Out out = { 0 };
    size_t nq = 99;
    run_program(sql_probes_src, &out, &nq);
    expect_lines(out.buf ? out.buf : "", sql_probes_expected);
    assert_int_equal(nq, 0);
    free(out.buf);
}

/* Laziness and the result cache: how many statements each operation runs
 * and the first of them, as Django 5.2 does. */
static void test_query_counts(void **state)
{
    (void)state;
    Out out = { 0 };
    size_t nq = 0;
    run_program(cache_counts_src, &out, &nq);
    expect_lines(out.buf ? out.buf : "", cache_counts_expected);
    free(out.buf);
}

/* The expression compiler and aggregation grouping: 26 annotate/aggregate/
 * expression QuerySets (Count with filter and distinct, values().annotate()
 * grouping, HAVING, two multi-valued annotations, F arithmetic,
 * ExpressionWrapper, functions, Case/When, Exists/Subquery/OuterRef,
 * alias(), nulls_last) print Django's SQL, and build without a query. */
static void test_sql_of_expressions_and_aggregation(void **state)
{
    (void)state;
    Out out = { 0 };
    size_t nq = 99;
    run_program(agg_probes_src, &out, &nq);
    expect_lines(out.buf ? out.buf : "", agg_probes_expected);
    assert_int_equal(nq, 0);
    free(out.buf);
}

/* Instances are made while the rows are read; a field converter that
 * raises on the second row stops the query's iteration with its exception,
 * and the query is still in connection.queries, as Django logs it before
 * converting rows. */
static void test_converter_raises(void **state)
{
    (void)state;
    Out out = { 0 };
    size_t nq = 0;
    run_program("from django.db import connection\n"
                "from django.db.models import CharField\n"
                "from blog.models import Entry\n"
                "def bad(v):\n"
                "    if v.startswith('A '):\n"
                "        raise ValueError('bad: ' + v)\n"
                "    return v\n"
                "CharField.db_converter = property(lambda self: bad)\n"
                "try:\n"
                "    list(Entry.objects.filter(pk__lte=3))\n"
                "except ValueError as e:\n"
                "    print(e)\n"
                "print(len(connection.queries))\n"
                "print([e.pk for e in Entry.objects.filter(pk=1)])\n", &out, &nq);
    assert_string_equal(out.buf, "bad: A closer look at Gouda\n1\n[1]\n");
    assert_int_equal(nq, 2);
    free(out.buf);
}

/* Two programs in two interpreters do not see each other's writes, and
 * errors come out as Django words them. */
static void test_isolation_and_errors(void **state)
{
    (void)state;
    Out out = { 0 };
    size_t nq = 0;
    run_program("from blog.models import Blog\n"
                "Blog.objects.create(name='new', tagline='t')\n"
                "print(Blog.objects.filter(name='new').count())\n", &out, &nq);
    assert_string_equal(out.buf, "1\n");
    assert_int_equal(nq, 2);
    free(out.buf);
    out = (Out){ 0 };
    run_program("from blog.models import Blog, Entry\n"
                "print(Blog.objects.filter(name='new').count())\n"
                "try:\n"
                "    Entry.objects.filter(nope=1)\n"
                "except Exception as e:\n"
                "    print(type(e).__name__, str(e)[:60])\n"
                "try:\n"
                "    Entry.objects.get(pk=-1)\n"
                "except Entry.DoesNotExist as e:\n"
                "    print(type(e).__qualname__, e)\n"
                "try:\n"
                "    Entry.objects.all()[-1]\n"
                "except ValueError as e:\n"
                "    print(e)\n", &out, &nq);
    assert_string_equal(out.buf,
                        "0\n"
                        "FieldError Cannot resolve keyword 'nope' into field. Choices are: autho\n"
                        "Entry.DoesNotExist Entry matching query does not exist.\n"
                        "Negative indexing is not supported.\n");
    free(out.buf);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sql_of_querysets),
        cmocka_unit_test(test_query_counts),
        cmocka_unit_test(test_sql_of_expressions_and_aggregation),
        cmocka_unit_test(test_converter_raises),
        cmocka_unit_test(test_isolation_and_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
