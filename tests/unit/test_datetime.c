/*
 * test_datetime.c — the datetime module's C API (mod_datetime.h) as the ORM
 * uses it: constructors and their errors, parts, ISO text in both
 * directions, the frozen clock, arithmetic through the protocol. Expected
 * values come from CPython 3.11.7.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "interp_int.h"
#include "mod_datetime.h"

static Interp *I;

static int setup(void **state)
{
    I = interp_new(NULL, NULL);
    return I ? 0 : -1;
}

static int teardown(void **state)
{
    interp_free(I);
    return 0;
}

static const char *R(Value v)
{
    return obj_repr(I, v)->s;
}

/* The "Kind: message" line raised by dt_date_new(y, m, d), or "" if none. */
static const char *date_error(int y, int m, int d)
{
    ExcFrame ef;
    const char *volatile r = "";
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        dt_date_new(I, y, m, d);
        exc_pop(I, &ef);
    } else {
        r = exc_format_line(I, I->exc)->s;
        exc_clear(I);
    }
    return r;
}

static void test_constructors(void **state)
{
    Value d = dt_date_new(I, 2010, 3, 14);
    assert_string_equal(R(d), "datetime.date(2010, 3, 14)");
    assert_string_equal(obj_str(I, d)->s, "2010-03-14");
    assert_true(dt_is_date(I, d));
    assert_false(dt_is_datetime(I, d));
    int y, m, dd;
    dt_date_parts(d, &y, &m, &dd);
    assert_int_equal(y * 10000 + m * 100 + dd, 20100314);
    assert_string_equal(date_error(2020, 13, 1), "ValueError: month must be in 1..12");
    assert_string_equal(date_error(2021, 2, 29), "ValueError: day is out of range for month");
    assert_string_equal(date_error(0, 1, 1), "ValueError: year 0 is out of range");

    Value t = dt_datetime_new(I, 2024, 1, 15, 12, 0, 0, 0, v_none());
    assert_string_equal(R(t), "datetime.datetime(2024, 1, 15, 12, 0)");
    assert_string_equal(obj_str(I, t)->s, "2024-01-15 12:00:00");
    assert_true(dt_is_datetime(I, t));
    assert_false(dt_is_date(I, t));
    Value u = dt_datetime_new(I, 2024, 1, 15, 12, 0, 0, 5, dt_utc(I));
    assert_string_equal(R(u), "datetime.datetime(2024, 1, 15, 12, 0, 0, 5, tzinfo=datetime.timezone.utc)");
    assert_string_equal(dt_isoformat(I, u, ' ')->s, "2024-01-15 12:00:00.000005+00:00");

    Value td = dt_timedelta_new(I, 1, 7384, 0);
    assert_string_equal(R(td), "datetime.timedelta(days=1, seconds=7384)");
    assert_string_equal(obj_str(I, td)->s, "1 day, 2:03:04");
    assert_string_equal(R(dt_timedelta_new(I, 0, 0, -1)),
                        "datetime.timedelta(days=-1, seconds=86399, microseconds=999999)");
    assert_string_equal(R(obj_binop(I, OP_ADD, d, td)), "datetime.date(2010, 3, 15)");
    assert_string_equal(R(obj_binop(I, OP_SUB, t, dt_datetime_new(I, 2024, 1, 1, 0, 0, 0, 0, v_none()))),
                        "datetime.timedelta(days=14, seconds=43200)");
    assert_string_equal(R(dt_time_new(I, 12, 30, 0, 0, v_none())), "datetime.time(12, 30)");
}

static void test_iso(void **state)
{
    const char *s = "2024-01-15 12:00:00.5";
    assert_string_equal(R(dt_parse_iso(I, s, strlen(s), DT_DATETIME)),
                        "datetime.datetime(2024, 1, 15, 12, 0, 0, 500000)");
    s = "2024-01-15T12:00:00+01:00";
    assert_string_equal(R(dt_parse_iso(I, s, strlen(s), DT_DATETIME)),
                        "datetime.datetime(2024, 1, 15, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))");
    s = "2024-01-15";
    assert_string_equal(R(dt_parse_iso(I, s, strlen(s), DT_DATE)), "datetime.date(2024, 1, 15)");
    s = "12:30:15";
    assert_string_equal(R(dt_parse_iso(I, s, strlen(s), DT_TIME)), "datetime.time(12, 30, 15)");
    s = "2024-02-30";
    assert_true(v_is_unset(dt_parse_iso(I, s, strlen(s), DT_DATE)));
    s = "2024-1-15";
    assert_true(v_is_unset(dt_parse_iso(I, s, strlen(s), DT_DATE)));
    /* The forms SQLite columns hold take a fast path; it and the general
     * parser agree with CPython 3.11's date/datetime.fromisoformat (NULL:
     * ValueError there, unset here). */
    static const struct { const char *s; DtKind k; const char *want; } cases[] = {
        { "2024-02-29", DT_DATE, "datetime.date(2024, 2, 29)" },
        { "2023-02-29", DT_DATE, NULL },
        { "0000-01-01", DT_DATE, NULL },
        { "2024-13-01", DT_DATE, NULL },
        { "2024-00-10", DT_DATE, NULL },
        { "20240115", DT_DATE, "datetime.date(2024, 1, 15)" },
        { "2024-01-15 12:00:00", DT_DATETIME, "datetime.datetime(2024, 1, 15, 12, 0)" },
        { "2024-01-15T23:59:59.999999", DT_DATETIME, "datetime.datetime(2024, 1, 15, 23, 59, 59, 999999)" },
        { "2024-01-15 24:00:00", DT_DATETIME, NULL },
        { "2024-01-15 12:00:00.12345", DT_DATETIME, "datetime.datetime(2024, 1, 15, 12, 0, 0, 123450)" },
        { "2024-01-15 12:60:00", DT_DATETIME, NULL },
        { "2024-01-15 12:00:00+00:00", DT_DATETIME, "datetime.datetime(2024, 1, 15, 12, 0, tzinfo=datetime.timezone.utc)" },
        { "2024-01-15", DT_DATETIME, "datetime.datetime(2024, 1, 15, 0, 0)" },
        { "2024-01-15x12:00:00", DT_DATETIME, "datetime.datetime(2024, 1, 15, 12, 0)" },
        { "2024-01-15 12:00:0a", DT_DATETIME, NULL },
        { "9999-12-31 23:59:59.000001", DT_DATETIME, "datetime.datetime(9999, 12, 31, 23, 59, 59, 1)" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        Value v = dt_parse_iso(I, cases[i].s, strlen(cases[i].s), cases[i].k);
        if (cases[i].want)
            assert_string_equal(R(v), cases[i].want);
        else
            assert_true(v_is_unset(v));
    }
}

static void test_frozen_clock(void **state)
{
    /* 2024-01-15T12:00:00 = 1705320000 s after the epoch */
    dt_set_frozen_now(I, INT64_C(1705320000) * 1000000);
    assert_int_equal(dt_now_us(I), INT64_C(1705320000) * 1000000);
    Module *m = interp_import(I, str_intern_cstr(I, "datetime"));
    Value date_cls = dict_get_cstr(I, m->dict, "date");
    Value dt_cls = dict_get_cstr(I, m->dict, "datetime");
    assert_string_equal(R(obj_call_method_cstr(I, date_cls, "today", 0, NULL)), "datetime.date(2024, 1, 15)");
    assert_string_equal(R(obj_call_method_cstr(I, dt_cls, "now", 0, NULL)), "datetime.datetime(2024, 1, 15, 12, 0)");
    Value utc = dt_utc(I);
    assert_string_equal(R(obj_call_method_cstr(I, dt_cls, "now", 1, &utc)),
                        "datetime.datetime(2024, 1, 15, 12, 0, tzinfo=datetime.timezone.utc)");
    dt_clear_frozen_now(I);
    assert_true(dt_now_us(I) > INT64_C(1705320000) * 1000000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_constructors),
        cmocka_unit_test(test_iso),
        cmocka_unit_test(test_frozen_clock),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
