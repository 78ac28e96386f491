/*
 * test_bfunc.c — the builtin functions (engine/bfunc.c, bfunc2.c) called
 * through the builtins module as a program would call them: results,
 * print's output, keyword handling and CPython's exact error messages.
 * Expected values were produced by CPython 3.11.7 (noted beside each).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "interp.h"
#include "interp_int.h"

typedef struct Captured {
    char buf[4096];
    size_t len;
} Captured;

static void capture(void *ctx, const char *s, size_t n)
{
    Captured *c = ctx;
    if (c->len + n < sizeof c->buf) {
        memcpy(c->buf + c->len, s, n);
        c->len += n;
        c->buf[c->len] = 0;
    }
}

static Interp *new_interp(Captured *out)
{
    InterpOutput o = { capture, out };
    Interp *I = interp_new(NULL, out ? &o : NULL);
    assert_non_null(I);
    return I;
}

static Value builtin(Interp *I, const char *name)
{
    Value v = dict_get_cstr(I, I->builtins->dict, name);
    assert_false(v_is_unset(v));
    return v;
}

/* A call with keyword arguments given as alternating name, value pairs. */
static Value call_kw(Interp *I, const char *fn, int argc, const Value *argv, int nkw, ...)
{
    KwArgs kw = { nkw, NULL, NULL };
    Str *names[4];
    Value vals[4];
    va_list ap;
    va_start(ap, nkw);
    for (int i = 0; i < nkw; i++) {
        names[i] = str_intern_cstr(I, va_arg(ap, const char *));
        vals[i] = va_arg(ap, Value);
    }
    va_end(ap);
    kw.names = names;
    kw.vals = vals;
    return obj_call(I, builtin(I, fn), argc, argv, nkw ? &kw : NULL);
}

static Value call(Interp *I, const char *fn, int argc, const Value *argv)
{
    return obj_call(I, builtin(I, fn), argc, argv, NULL);
}

static const char *repr_of(Interp *I, Value v) { return obj_repr(I, v)->s; }

/* "Kind: message" of what fn(*argv) raises ("" when it returns). */
static const char *raises(Interp *I, const char *fn, int argc, const Value *argv)
{
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        call(I, fn, argc, argv);
        exc_pop(I, &ef);
        return "";
    }
    const char *msg = exc_format_line(I, I->exc)->s;
    exc_clear(I);
    return msg;
}

static List *ints(Interp *I, int n, ...)
{
    List *l = list_new(I, n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        list_append(I, l, v_int(va_arg(ap, int)));
    va_end(ap);
    return l;
}

static void test_print(void **state)
{
    (void)state;
    Captured out = { {0}, 0 };
    Interp *I = new_interp(&out);
    Value a[3] = { v_int(1), str_value(I, "a"), v_none() };
    call(I, "print", 3, a);
    call_kw(I, "print", 2, a, 2, "sep", str_value(I, "|"), "end", str_value(I, "!\n"));
    call_kw(I, "print", 1, a, 2, "sep", v_none(), "end", v_none());
    call(I, "print", 0, NULL);
    assert_string_equal(out.buf, "1 a None\n1|a!\n1\n\n");
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        call_kw(I, "print", 1, a, 1, "sep", v_int(1));
        exc_pop(I, &ef);
        fail_msg("no TypeError");
    }
    assert_string_equal(exc_format_line(I, I->exc)->s,
                        "TypeError: sep must be None or a string, not int");
    exc_clear(I);
    interp_free(I);
}

static void test_len_and_arity(void **state)
{
    (void)state;
    Interp *I = new_interp(NULL);
    Value l = v_obj(ints(I, 3, 1, 2, 3));
    assert_int_equal(call(I, "len", 1, &l).u.i, 3);
    Value s = str_value(I, "héllo");
    assert_int_equal(call(I, "len", 1, &s).u.i, 5);
    Value two[2] = { l, l };
    assert_string_equal(raises(I, "len", 2, two), "TypeError: len() takes exactly one argument (2 given)");
    Value five = v_int(5);
    assert_string_equal(raises(I, "len", 1, &five), "TypeError: object of type 'int' has no len()");
    assert_string_equal(raises(I, "iter", 1, &five), "TypeError: 'int' object is not iterable");
    assert_string_equal(raises(I, "next", 1, &l), "TypeError: 'list' object is not an iterator");
    Value none = v_none();
    assert_string_equal(raises(I, "callable", 0, NULL),
                        "TypeError: callable() takes exactly one argument (0 given)");
    assert_false(call(I, "callable", 1, &none).u.i);
    assert_true(call(I, "callable", 1, (Value[]){ builtin(I, "len") }).u.i);
    interp_free(I);
}

static void test_min_max_sum_sorted(void **state)
{
    (void)state;
    Interp *I = new_interp(NULL);
    Value l = v_obj(ints(I, 5, 3, 1, 4, 1, 5));
    assert_int_equal(call(I, "min", 1, &l).u.i, 1);
    assert_int_equal(call(I, "max", 1, &l).u.i, 5);
    Value three[3] = { v_int(3), v_int(9), v_int(2) };
    assert_int_equal(call(I, "max", 3, three).u.i, 9);
    Value empty = v_obj(list_new(I, 0));
    assert_string_equal(raises(I, "max", 1, &empty), "ValueError: max() arg is an empty sequence");
    assert_string_equal(raises(I, "min", 0, NULL), "TypeError: min expected at least 1 argument, got 0");
    assert_int_equal(call_kw(I, "max", 1, &empty, 1, "default", v_int(7)).u.i, 7);
    /* max([3, 1, 4, 1, 5], key=lambda x: x % 3) == 5 (first of the ties 5) */
    Value mixed[2] = { v_int(1), str_value(I, "a") };
    Value ml = v_obj(list_from(I, 2, mixed));
    assert_string_equal(raises(I, "max", 1, &ml),
                        "TypeError: '>' not supported between instances of 'str' and 'int'");
    assert_int_equal(call(I, "sum", 1, &l).u.i, 14);
    /* sum([1, 2**62, 2**62]) == 9223372036854775809 (overflows into a big int) */
    Value big = v_obj(ints(I, 1, 1));
    list_append(I, (List *)big.u.o, v_int(INT64_C(1) << 62));
    list_append(I, (List *)big.u.o, v_int(INT64_C(1) << 62));
    assert_string_equal(repr_of(I, call(I, "sum", 1, &big)), "9223372036854775809");
    Value fl[3] = { v_float(0.1), v_float(0.1), v_float(0.1) };
    Value fll = v_obj(list_from(I, 3, fl));
    assert_string_equal(repr_of(I, call(I, "sum", 1, &fll)), "0.30000000000000004");
    Value strs[2] = { v_obj(list_new(I, 0)), str_value(I, "") };
    assert_string_equal(raises(I, "sum", 2, strs),
                        "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    Value sorted = call_kw(I, "sorted", 1, &l, 1, "reverse", v_bool(1));
    assert_string_equal(repr_of(I, sorted), "[5, 4, 3, 1, 1]");
    assert_string_equal(repr_of(I, l), "[3, 1, 4, 1, 5]");        /* untouched */
    interp_free(I);
}

static void test_conversions(void **state)
{
    (void)state;
    Interp *I = new_interp(NULL);
    Value e = str_value(I, "€");
    assert_int_equal(call(I, "ord", 1, &e).u.i, 8364);
    Value cp = v_int(0x1F600);
    assert_string_equal(((Str *)call(I, "chr", 1, &cp).u.o)->s, "😀");
    Value ab = str_value(I, "ab");
    assert_string_equal(raises(I, "ord", 1, &ab),
                        "TypeError: ord() expected a character, but string of length 2 found");
    Value bad = v_int(0x110000);
    assert_string_equal(raises(I, "chr", 1, &bad), "ValueError: chr() arg not in range(0x110000)");
    Value m5 = v_int(-5), b255 = v_int(255);
    assert_string_equal(((Str *)call(I, "bin", 1, &m5).u.o)->s, "-0b101");
    assert_string_equal(((Str *)call(I, "hex", 1, &b255).u.o)->s, "0xff");
    assert_string_equal(((Str *)call(I, "oct", 1, &b255).u.o)->s, "0o377");
    Value fl = v_float(1.5);
    assert_string_equal(raises(I, "hex", 1, &fl),
                        "TypeError: 'float' object cannot be interpreted as an integer");
    /* ascii('héllo €😀') == "'h\\xe9llo \\u20ac\\U0001f600'" */
    Value s = str_value(I, "héllo €😀");
    assert_string_equal(((Str *)call(I, "ascii", 1, &s).u.o)->s, "'h\\xe9llo \\u20ac\\U0001f600'");
    /* round(2.675, 2) == 2.67, round(2.5) == 2, round(1250, -2) == 1200 */
    Value r1[2] = { v_float(2.675), v_int(2) };
    assert_string_equal(repr_of(I, call(I, "round", 2, r1)), "2.67");
    Value r2 = v_float(2.5);
    assert_string_equal(repr_of(I, call(I, "round", 1, &r2)), "2");
    Value r3[2] = { v_int(1250), v_int(-2) };
    assert_string_equal(repr_of(I, call(I, "round", 2, r3)), "1200");
    assert_string_equal(raises(I, "round", 0, NULL),
                        "TypeError: round() missing required argument 'number' (pos 1)");
    Value p[3] = { v_int(3), v_int(-1), v_int(7) };
    assert_int_equal(call(I, "pow", 3, p).u.i, 5);
    interp_free(I);
}

static void test_isinstance_and_attrs(void **state)
{
    (void)state;
    Interp *I = new_interp(NULL);
    Value a[2] = { v_bool(1), v_obj(I->cls.int_) };
    assert_true(call(I, "isinstance", 2, a).u.i);
    Tuple *t = tuple_pack(I, 2, v_obj(I->cls.str), v_obj(tuple_pack(I, 1, v_obj(I->cls.float_))));
    Value b[2] = { v_float(1.0), v_obj(t) };
    assert_true(call(I, "isinstance", 2, b).u.i);
    Value c[2] = { v_int(1), v_int(1) };
    assert_string_equal(raises(I, "isinstance", 2, c),
                        "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
    assert_string_equal(raises(I, "issubclass", 2, c), "TypeError: issubclass() arg 1 must be a class");
    Value g[3] = { v_int(1), str_value(I, "nope"), str_value(I, "dflt") };
    assert_string_equal(((Str *)call(I, "getattr", 3, g).u.o)->s, "dflt");
    assert_string_equal(raises(I, "getattr", 2, g), "AttributeError: 'int' object has no attribute 'nope'");
    Value h[2] = { v_int(1), v_int(2) };
    assert_string_equal(raises(I, "hasattr", 2, h), "TypeError: attribute name must be string, not 'int'");
    Value real[2] = { v_int(1), str_value(I, "nope") };
    assert_false(call(I, "hasattr", 2, real).u.i);
    interp_free(I);
}

static void test_lazy_iterators(void **state)
{
    (void)state;
    Interp *I = new_interp(NULL);
    Value l = v_obj(ints(I, 3, 10, 20, 30));
    Value e = call_kw(I, "enumerate", 1, &l, 1, "start", v_int(1));
    assert_string_equal(repr_of(I, v_obj(obj_to_list(I, e))), "[(1, 10), (2, 20), (3, 30)]");
    Value z[2] = { l, str_value(I, "ab") };
    assert_string_equal(repr_of(I, v_obj(obj_to_list(I, call(I, "zip", 2, z)))), "[(10, 'a'), (20, 'b')]");
    Value strict = call_kw(I, "zip", 2, z, 1, "strict", v_bool(1));
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        obj_to_list(I, strict);
        exc_pop(I, &ef);
        fail_msg("no ValueError");
    }
    assert_string_equal(exc_format_line(I, I->exc)->s,
                        "ValueError: zip() argument 2 is shorter than argument 1");
    exc_clear(I);
    Value f[2] = { v_none(), v_obj(ints(I, 4, 0, 1, 0, 2)) };
    assert_string_equal(repr_of(I, v_obj(obj_to_list(I, call(I, "filter", 2, f)))), "[1, 2]");
    Value m[2] = { builtin(I, "repr"), l };
    assert_string_equal(repr_of(I, v_obj(obj_to_list(I, call(I, "map", 2, m)))), "['10', '20', '30']");
    assert_string_equal(repr_of(I, v_obj(obj_to_list(I, call(I, "reversed", 1, &l)))), "[30, 20, 10]");
    Value five = v_int(5);
    assert_string_equal(raises(I, "reversed", 1, &five), "TypeError: 'int' object is not reversible");
    assert_string_equal(raises(I, "map", 1, &l), "TypeError: map() must have at least two arguments.");
    interp_free(I);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_print),
        cmocka_unit_test(test_len_and_arity),
        cmocka_unit_test(test_min_max_sum_sorted),
        cmocka_unit_test(test_conversions),
        cmocka_unit_test(test_isinstance_and_attrs),
        cmocka_unit_test(test_lazy_iterators),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
