/*
 * test_fmt.c — format() and %-formatting against CPython 3.11.
 *
 * test_fmt_data.h (from python3, gen_num_data.py) holds ~4,600 format-spec
 * cases over ints, bools, floats and strs (fill, align, sign, z, #, 0,
 * width, grouping, precision, every type, and the error messages) and
 * ~2,000 printf-style cases. Also a few direct checks of float text.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "interp_int.h"
#include "num.h"

#include "test_fmt_data.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static Interp *I;

static int setup(void **state)
{
    Budget b = budget_default();
    b.max_seconds = 0;
    b.max_steps = 0;
    I = interp_new(&b, NULL);
    return I ? 0 : -1;
}

static int teardown(void **state)
{
    interp_free(I);
    return 0;
}

static Value make(char kind, const char *text)
{
    switch (kind) {
    case 'i': return int_parse(I, text, strlen(text), 10);
    case 'b': return v_bool(strcmp(text, "True") == 0);
    case 'f': return float_parse(I, text, strlen(text));
    default: return v_str(str_from_cstr(I, text));
    }
}

typedef const char *(*Thunk)(size_t i);

/* fn(i) under a catch point: its text, or "!Type: message". */
static const char *outcome(Thunk fn, size_t i)
{
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        const char *r = fn(i);
        exc_pop(I, &ef);
        return r;
    }
    Str *line = exc_format_line(I, I->exc);
    exc_clear(I);
    return str_fmt(I, "!%s", line->s)->s;
}

static const char *do_format(size_t i)
{
    Value v = make(format_cases[i].kind, format_cases[i].val);
    return fmt_format(I, v, str_from_cstr(I, format_cases[i].spec))->s;
}

static void test_format_table(void **state)
{
    for (size_t i = 0; i < N(format_cases); i++) {
        const char *got = outcome(do_format, i);
        if (strcmp(got, format_cases[i].expect) != 0)
            fail_msg("format(%s, '%s'): got '%s', want '%s'", format_cases[i].val,
                     format_cases[i].spec, got, format_cases[i].expect);
    }
}

static const char *do_percent(size_t i)
{
    Value v = make(percent_cases[i].kind, percent_cases[i].val);
    return fmt_percent(I, str_from_cstr(I, percent_cases[i].fmt), v_obj(tuple_pack(I, 1, v)))->s;
}

static void test_percent_table(void **state)
{
    for (size_t i = 0; i < N(percent_cases); i++) {
        const char *got = outcome(do_percent, i);
        if (strcmp(got, percent_cases[i].expect) != 0)
            fail_msg("'%s' %% (%s,): got '%s', want '%s'", percent_cases[i].fmt,
                     percent_cases[i].val, got, percent_cases[i].expect);
    }
}

static const char *do_percent_args(size_t i)
{
    /* argument-count errors (CPython 3.11's messages) */
    switch (i) {
    case 0: return fmt_percent(I, str_from_cstr(I, "%s %s"), v_obj(tuple_pack(I, 1, v_int(1))))->s;
    case 1: return fmt_percent(I, str_from_cstr(I, "%s"), v_obj(tuple_pack(I, 2, v_int(1), v_int(2))))->s;
    case 2: return fmt_percent(I, str_from_cstr(I, "hi"), v_int(5))->s;
    case 3: return fmt_percent(I, str_from_cstr(I, "%d"), v_str(str_from_cstr(I, "x")))->s;
    case 4: return fmt_percent(I, str_from_cstr(I, "%(a)s"), v_obj(tuple_pack(I, 1, v_int(1))))->s;
    default: return fmt_percent(I, str_from_cstr(I, "abc%"), v_obj(tuple_pack(I, 0)))->s;
    }
}

static void test_percent_errors(void **state)
{
    static const char *const want[] = {
        "!TypeError: not enough arguments for format string",
        "!TypeError: not all arguments converted during string formatting",
        "!TypeError: not all arguments converted during string formatting",
        "!TypeError: %d format: a real number is required, not str",
        "!TypeError: format requires a mapping",
        "!ValueError: incomplete format",
    };
    for (size_t i = 0; i < N(want); i++)
        assert_string_equal(outcome(do_percent_args, i), want[i]);
}

static void test_float_text(void **state)
{
    static const struct { double d; char code; int prec; int flags; const char *want; } cases[] = {
        { 0.1, 'r', 0, FMTF_ADD_DOT_0, "0.1" },     { 1e16, 'r', 0, FMTF_ADD_DOT_0, "1e+16" },
        { 100.0, 'r', 0, FMTF_ADD_DOT_0, "100.0" }, { -0.0, 'r', 0, FMTF_ADD_DOT_0, "-0.0" },
        { 1.5e-7, 'r', 0, FMTF_ADD_DOT_0, "1.5e-07" }, { 2.5, 'f', 0, 0, "2" },
        { 1.5, 'e', 0, FMTF_ALT, "2.e+00" },        { 1.0, 'g', 6, FMTF_ALT, "1.00000" },
        { -0.0001, 'f', 1, FMTF_NO_NEG_0, "0.0" },  { 1e22, 'E', 3, 0, "1.000E+22" },
        { INFINITY, 'F', 2, 0, "INF" },             { 1234.5, 'g', 2, FMTF_ADD_DOT_0, "1.2e+03" },
    };
    for (size_t i = 0; i < N(cases); i++) {
        StrBuf sb;
        sb_init(&sb, I);
        fmt_float_text(I, &sb, cases[i].d, cases[i].code, cases[i].prec, cases[i].flags);
        assert_string_equal(sb_finish(&sb)->s, cases[i].want);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_format_table),
        cmocka_unit_test(test_percent_table),
        cmocka_unit_test(test_percent_errors),
        cmocka_unit_test(test_float_text),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
