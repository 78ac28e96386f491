/*
 * test_decimal.c — the decimal module through its C API (mod_decimal.h)
 * and the generic protocol: exact results and exponents, rounding,
 * signals, hashing and formatting. Expected values come from CPython
 * 3.11.7 (`python3 -c "from decimal import *; ..."`).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "interp_int.h"
#include "mod_decimal.h"

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

static Value D(const char *s)
{
    return dec_from_str(I, s);
}

/* repr() of a op b, or the "Kind: message" line of what it raised. */
static const char *binop(const char *a, int op, const char *b)
{
    ExcFrame ef;
    const char *volatile r = NULL;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        Value x = a[0] == 'i' ? v_int(atoll(a + 1)) : D(a);
        Value y = b[0] == 'i' ? v_int(atoll(b + 1)) : b[0] == 'f' ? v_float(atof(b + 1)) : D(b);
        r = obj_repr(I, obj_binop(I, op, x, y))->s;
        exc_pop(I, &ef);
    } else {
        r = exc_format_line(I, I->exc)->s;
        exc_clear(I);
    }
    return r;
}

static void test_arithmetic(void **state)
{
    assert_string_equal(binop("1.10", OP_ADD, "2.205"), "Decimal('3.305')");
    assert_string_equal(binop("1", OP_TRUEDIV, "3"), "Decimal('0.3333333333333333333333333333')");
    assert_string_equal(binop("10", OP_TRUEDIV, "4"), "Decimal('2.5')");
    assert_string_equal(binop("100", OP_TRUEDIV, "0.001"), "Decimal('1.00E+5')");
    assert_string_equal(binop("1.000", OP_TRUEDIV, "2"), "Decimal('0.500')");
    assert_string_equal(binop("-7", OP_FLOORDIV, "i2"), "Decimal('-3')");
    assert_string_equal(binop("-7", OP_MOD, "i2"), "Decimal('-1')");
    assert_string_equal(binop("2", OP_POW, "i-2"), "Decimal('0.25')");
    assert_string_equal(binop("1.10", OP_POW, "i2"), "Decimal('1.2100')");
    assert_string_equal(binop("10", OP_POW, "i30"), "Decimal('1.000000000000000000000000000E+30')");
    assert_string_equal(binop("1.1", OP_POW, "i40"), "Decimal('45.25925556817595180588935603')");
    assert_string_equal(binop("1E+100", OP_ADD, "1E-100"), "Decimal('1.000000000000000000000000000E+100')");
    assert_string_equal(binop("1.30", OP_ADD, "-1.3"), "Decimal('0.00')");
    assert_string_equal(binop("123.456", OP_MUL, "1000"), "Decimal('123456.000')");
    assert_string_equal(binop("99999999999999999999999999999", OP_ADD, "i1"),
                        "Decimal('1.000000000000000000000000000E+29')");
}

static void test_signals(void **state)
{
    assert_string_equal(binop("1", OP_TRUEDIV, "0"), "decimal.DivisionByZero: [<class 'decimal.DivisionByZero'>]");
    assert_string_equal(binop("0", OP_TRUEDIV, "0"), "decimal.InvalidOperation: [<class 'decimal.DivisionUndefined'>]");
    assert_string_equal(binop("1", OP_MOD, "0"), "decimal.InvalidOperation: [<class 'decimal.InvalidOperation'>]");
    assert_string_equal(binop("1E+999999", OP_MUL, "10"), "decimal.Overflow: [<class 'decimal.Overflow'>]");
    assert_string_equal(binop("1E+5", OP_FLOORDIV, "1E-30"),
                        "decimal.InvalidOperation: [<class 'decimal.DivisionImpossible'>]");
    assert_string_equal(binop("abc", OP_ADD, "1"), "decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]");
    assert_string_equal(binop("1.1", OP_ADD, "f1.5"),
                        "TypeError: unsupported operand type(s) for +: 'decimal.Decimal' and 'float'");
}

static void test_text_and_hash(void **state)
{
    assert_string_equal(dec_to_str(I, D("1E+2"))->s, "1E+2");
    assert_string_equal(dec_to_str(I, D("0.0000001"))->s, "1E-7");
    assert_string_equal(dec_to_str(I, D("0.000001"))->s, "0.000001");
    assert_string_equal(dec_to_str(I, D("123E+3"))->s, "1.23E+5");
    assert_string_equal(dec_to_plain(I, D("1E+5"))->s, "100000");
    assert_string_equal(dec_to_str(I, dec_from_double(I, 0.1))->s,
                        "0.1000000000000000055511151231257827021181583404541015625");
    assert_int_equal(obj_hash(I, D("1.0")), 1);
    assert_int_equal(obj_hash(I, D("0.5")), INT64_C(1152921504606846976));
    assert_int_equal(obj_hash(I, D("1E+20")), INT64_C(848750603811160107));
    assert_string_equal(obj_format(I, D("1.005"), str_from_cstr(I, ".2f"))->s, "1.00");
    assert_string_equal(obj_format(I, D("-1234.5"), str_from_cstr(I, "012,.2f"))->s, "-0,001,234.50");
    assert_true(dec_is_decimal(I, D("1")));
    assert_false(dec_is_decimal(I, v_int(1)));
}

static void test_quantize(void **state)
{
    assert_string_equal(dec_to_str(I, dec_quantize(I, D("2.565"), 2, 0, DR_HALF_EVEN))->s, "2.56");
    assert_string_equal(dec_to_str(I, dec_quantize(I, D("2.565"), 2, 0, DR_HALF_UP))->s, "2.57");
    assert_string_equal(dec_to_str(I, dec_quantize(I, D("1E+2"), 0, 0, DR_HALF_EVEN))->s, "100");
    assert_string_equal(dec_to_str(I, dec_quantize(I, D("3"), 2, 5, DR_HALF_EVEN))->s, "3.00");
    assert_int_equal(dec_cmp(I, D("1.50"), D("1.5")), 0);
    assert_int_equal(dec_cmp(I, D("-2"), v_int(1)), -1);
    assert_true(dec_to_double(I, D("1.1")) == 1.1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arithmetic),
        cmocka_unit_test(test_signals),
        cmocka_unit_test(test_text_and_hash),
        cmocka_unit_test(test_quantize),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
