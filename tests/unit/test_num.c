/*
 * test_num.c — ints, bigints and floats against CPython 3.11.
 *
 * The tables in test_num_data.h come from python3 (gen_num_data.py):
 * shortest float reprs and numeric hashes of 1,500 doubles (random bit
 * patterns, decimals and every kind of power of two), int() parsing in
 * bases 0-36, 8,000 int operations on small, boundary and big values,
 * correctly rounded int<->float conversions and round(). Each case runs
 * the engine's own functions and compares text, errors included.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "bigint.h"
#include "interp_int.h"
#include "num.h"

#include "test_num_data.h"

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

static double from_bits(uint64_t bits)
{
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static uint64_t to_bits(double d)
{
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

/* The text of a result: floats by repr, ints in decimal, bools as True/False. */
static const char *text_of(Value v)
{
    if (v.tag == V_FLOAT)
        return float_repr(I, v.u.f)->s;
    if (v.tag == V_BOOL)
        return v.u.i ? "True" : "False";
    return int_to_str(I, v)->s;
}

static Value parse_int(const char *s)
{
    Value v = int_parse(I, s, strlen(s), 10);
    assert_false(v_is_unset(v));
    return v;
}

/* Run fn(arg) under a catch point: its result text, or "Type: message". */
typedef const char *(*Thunk)(const void *arg);

static const char *outcome(Thunk fn, const void *arg)
{
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        const char *r = fn(arg);
        exc_pop(I, &ef);
        return r;
    }
    Str *line = exc_format_line(I, I->exc);
    exc_clear(I);
    return line->s;
}

/* ---------------------------------------------------------------- floats */

static void test_float_repr_table(void **state)
{
    for (size_t i = 0; i < N(float_cases); i++) {
        double d = from_bits(float_cases[i].bits);
        const char *got = float_repr(I, d)->s;
        if (strcmp(got, float_cases[i].repr) != 0)
            fail_msg("repr(%a): got %s, want %s", d, got, float_cases[i].repr);
        if (float_hash(d) != float_cases[i].hash)
            fail_msg("hash(%s): got %lld, want %lld", float_cases[i].repr,
                     (long long)float_hash(d), (long long)float_cases[i].hash);
        /* and the text parses back to the same double */
        Value back = float_parse(I, got, strlen(got));
        assert_int_equal(back.tag, V_FLOAT);
        assert_true(to_bits(back.u.f) == float_cases[i].bits);
    }
}

static void test_float_parse(void **state)
{
    static const struct { const char *text; const char *repr; } ok[] = {
        { " 1_0.5 ", "10.5" }, { "inf", "inf" }, { "-Infinity", "-inf" }, { "+nan", "nan" },
        { ".5", "0.5" }, { "5.", "5.0" }, { "1e5_0", "1e+50" }, { "1e500", "inf" },
        { "-1e-500", "-0.0" }, { "\t3.25\n", "3.25" }, { "0.1e-3", "0.0001" },
    };
    for (size_t i = 0; i < N(ok); i++) {
        Value v = float_parse(I, ok[i].text, strlen(ok[i].text));
        assert_int_equal(v.tag, V_FLOAT);
        assert_string_equal(float_repr(I, v.u.f)->s, ok[i].repr);
    }
    static const char *const bad[] = { "", " ", ".", "1__0", "1_e5", "1e_5", "1e", "0x10", "1._5",
                                       "_1", "1_", "infinit", "nanx", "1,5", "- 1" };
    for (size_t i = 0; i < N(bad); i++)
        assert_true(v_is_unset(float_parse(I, bad[i], strlen(bad[i]))));
}

static void test_float_hash_special(void **state)
{
    assert_int_equal(float_hash(INFINITY), 314159);
    assert_int_equal(float_hash(-INFINITY), -314159);
    assert_int_equal(float_hash(1.0), int_hash(I, v_int(1)));
    assert_int_equal(float_hash(-1.0), -2);
    assert_int_equal(int_hash(I, v_int(-1)), -2);
    assert_int_equal(int_hash(I, parse_int("2305843009213693951")), 0);      /* 2**61 - 1 */
    assert_int_equal(int_hash(I, parse_int("-2305843009213693952")), -2);     /* -(2**61) */
}

/* ---------------------------------------------------------------- ints */

static const char *do_parse(const void *arg)
{
    size_t i = *(const size_t *)arg;
    Value v = int_parse(I, parse_cases[i].text, strlen(parse_cases[i].text), parse_cases[i].base);
    return v_is_unset(v) ? NULL : int_to_str(I, v)->s;
}

static void test_int_parse_table(void **state)
{
    for (size_t i = 0; i < N(parse_cases); i++) {
        const char *got = outcome(do_parse, &i);
        const char *want = parse_cases[i].expect;
        if ((got == NULL) != (want == NULL) || (got && strcmp(got, want) != 0))
            fail_msg("int(%.40s, %d): got %.200s, want %.200s", parse_cases[i].text, parse_cases[i].base,
                     got ? got : "invalid", want ? want : "invalid");
    }
}

static const char *do_arith(const void *arg)
{
    size_t i = *(const size_t *)arg;
    Value a = parse_int(arith_cases[i].a), b = parse_int(arith_cases[i].b);
    if (arith_cases[i].op < 0) {
        static const char *const t[] = { "-1", "0", "1" };
        return t[bigint_cmp(I, a, b) + 1];
    }
    Value r = int_arith(I, arith_cases[i].op, a, b);
    /* canonical form: a BigInt never holds a value that fits in int64 */
    if (r.tag == V_OBJ) {
        assert_true(int_is_big(r));
        assert_true(bigint_bit_length(I, r) >= 63);
    }
    return text_of(r);
}

static void test_int_arith_table(void **state)
{
    for (size_t i = 0; i < N(arith_cases); i++) {
        const char *got = outcome(do_arith, &i);
        if (strcmp(got, arith_cases[i].expect) != 0)
            fail_msg("%s op%d %s: got %s, want %s", arith_cases[i].a, arith_cases[i].op,
                     arith_cases[i].b, got, arith_cases[i].expect);
    }
}

static const char *do_int_double(const void *arg)
{
    size_t i = *(const size_t *)arg;
    return float_repr(I, int_as_double(I, parse_int(int_double_cases[i].i)))->s;
}

static const char *do_double_int(const void *arg)
{
    size_t i = *(const size_t *)arg;
    return int_to_str(I, int_from_double(I, from_bits(double_int_cases[i].bits)))->s;
}

static void test_int_float_conversions(void **state)
{
    for (size_t i = 0; i < N(int_double_cases); i++) {
        const char *got = outcome(do_int_double, &i);
        if (strcmp(got, int_double_cases[i].as_double) != 0)
            fail_msg("float(%s): got %s, want %s", int_double_cases[i].i, got,
                     int_double_cases[i].as_double);
    }
    for (size_t i = 0; i < N(double_int_cases); i++) {
        const char *got = outcome(do_double_int, &i);
        if (strcmp(got, double_int_cases[i].as_int) != 0)
            fail_msg("int(%a): got %s, want %s", from_bits(double_int_cases[i].bits), got,
                     double_int_cases[i].as_int);
    }
}

static const char *do_round(const void *arg)
{
    size_t i = *(const size_t *)arg;
    return text_of(num_round(I, v_float(from_bits(round_cases[i].bits)), v_int(round_cases[i].nd)));
}

static void test_round_table(void **state)
{
    for (size_t i = 0; i < N(round_cases); i++) {
        const char *got = outcome(do_round, &i);
        if (strcmp(got, round_cases[i].expect) != 0)
            fail_msg("round(%a, %d): got %s, want %s", from_bits(round_cases[i].bits),
                     round_cases[i].nd, got, round_cases[i].expect);
    }
}

static const char *do_as_i64(const void *arg)
{
    return int_to_str(I, v_int(int_as_i64(I, parse_int(arg))))->s;
}

static const char *do_from_double(const void *arg)
{
    return int_to_str(I, int_from_double(I, *(const double *)arg))->s;
}

static const char *do_str(const void *arg)
{
    Value v = bigint_pow(I, v_int(10), v_int(*(const int *)arg));
    return int_to_str(I, v)->s;
}

static const char *do_parse_long(const void *arg)
{
    const char *s = arg;
    return int_to_str(I, int_parse(I, s, strlen(s), 10))->s;
}

static void test_int_errors(void **state)
{
    assert_string_equal(outcome(do_as_i64, "9223372036854775807"), "9223372036854775807");
    assert_string_equal(outcome(do_as_i64, "9223372036854775808"),
                        "OverflowError: Python int too large to convert to C long");
    double nan = NAN, inf = -INFINITY;
    assert_string_equal(outcome(do_from_double, &nan), "ValueError: cannot convert float NaN to integer");
    assert_string_equal(outcome(do_from_double, &inf),
                        "OverflowError: cannot convert float infinity to integer");
    int e = 4299;
    assert_int_equal(strlen(outcome(do_str, &e)), 4300);
    e = 4300;
    assert_string_equal(outcome(do_str, &e),
                        "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                        "use sys.set_int_max_str_digits() to increase the limit");
    char *digits = test_malloc(5002);
    memset(digits, '9', 5001);
    digits[5001] = 0;
    assert_string_equal(outcome(do_parse_long, digits),
                        "ValueError: Exceeds the limit (4300 digits) for integer string conversion: "
                        "value has 5001 digits; use sys.set_int_max_str_digits() to increase the limit");
    test_free(digits);
}

static void test_small_is_canonical(void **state)
{
    /* (2**64 + 5) - 2**64 comes back as a plain V_INT */
    Value big = parse_int("18446744073709551616");
    Value r = int_arith(I, OP_SUB, int_arith(I, OP_ADD, big, v_int(5)), big);
    assert_int_equal(r.tag, V_INT);
    assert_int_equal(r.u.i, 5);
    assert_false(int_is_big(v_int(5)));
    assert_true(int_is_big(big));
    /* INT64_MIN // -1 overflows into a BigInt */
    r = int_arith(I, OP_FLOORDIV, v_int(INT64_MIN), v_int(-1));
    assert_true(int_is_big(r));
    assert_string_equal(int_to_str(I, r)->s, "9223372036854775808");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_float_repr_table),
        cmocka_unit_test(test_float_parse),
        cmocka_unit_test(test_float_hash_special),
        cmocka_unit_test(test_int_parse_table),
        cmocka_unit_test(test_int_arith_table),
        cmocka_unit_test(test_int_float_conversions),
        cmocka_unit_test(test_round_table),
        cmocka_unit_test(test_int_errors),
        cmocka_unit_test(test_small_is_canonical),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
