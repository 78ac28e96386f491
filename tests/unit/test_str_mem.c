/*
 * test_str_mem.c — repeated string concatenation stays linear in memory
 * although the arena never frees: `s += t` and `s = s + t` append in place
 * into a string its variable owns (V_OWNED; str.c str_iadd, eval_stmt.c), and any other
 * holder of the old value keeps seeing the old text (NUL-terminated).
 * Expected program results were checked with CPython 3.11.7.
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
#include "str_int.h"

static Interp *new_interp(size_t max_bytes)
{
    Budget b = budget_default();
    b.max_bytes = max_bytes;
    b.max_seconds = 0;
    Interp *I = interp_new(&b, NULL);
    assert_non_null(I);
    return I;
}

/* Run src as __main__; returns the status, *used the arena's high-water mark. */
static RunStatus run(Interp *I, const char *src, size_t *used)
{
    Diag d;
    RunStatus st = interp_run(I, "t.py", "__main__", src, strlen(src), &d);
    if (st != RUN_OK)
        print_message("%s: %s\n", d.kind, d.message);
    if (used)
        *used = interp_memory_used(I);
    return st;
}

static const char *global_repr(Interp *I, const char *name)
{
    Diag d;
    const char *r = interp_global_repr(I, name, &d);
    assert_non_null(r);
    return r;
}

/* 200k appends of 10 characters (a 2 MB result) fit a 64 MB budget, at
 * module level and in a function, with += and with s = s + t. Copying every
 * time would need 200k * 1 MB on average. */
static void test_appends_fit_small_budget(void **state)
{
    (void)state;
    static const char *const progs[] = {
        "s = ''\nfor i in range(200000):\n    s += '0123456789'\nn = len(s)\n",
        "def f():\n    s = ''\n    for i in range(200000):\n        s += '0123456789'\n"
        "    return s\nn = len(f())\n",
        "def f():\n    s = 'x'\n    for i in range(200000):\n        s = s + 'abcdefghij'\n"
        "    return s\nn = len(f()) - 1\n",
        "s = ''\nfor i in range(200000):\n    s = s + '€€€€€€€€€€'\nn = len(s)\n",
    };
    for (size_t i = 0; i < sizeof progs / sizeof *progs; i++) {
        Interp *I = new_interp(64u << 20);
        size_t used;
        assert_int_equal(run(I, progs[i], &used), RUN_OK);
        assert_string_equal(global_repr(I, "n"), "2000000");
        assert_true(used < (24u << 20));
        interp_free(I);
    }
}

/* The high-water mark grows linearly: doubling the appends about doubles
 * the memory (quadratic growth would quadruple it). */
static void test_high_water_linear(void **state)
{
    (void)state;
    size_t used[3];
    const int n[3] = { 0, 100000, 200000 };
    for (int k = 0; k < 3; k++) {
        char src[256];
        snprintf(src, sizeof src,
                 "def f(n):\n    s = ''\n    for i in range(n):\n        s += 'abcdefghij'\n"
                 "    return len(s)\nr = f(%d)\n", n[k]);
        Interp *I = new_interp(64u << 20);
        assert_int_equal(run(I, src, &used[k]), RUN_OK);
        interp_free(I);
    }
    size_t a = used[1] - used[0], b = used[2] - used[0];
    assert_true(a > 1000000);           /* at least the 1 MB string */
    assert_true(b < 3 * a);
}

/* Whoever saw an earlier value keeps it: a second name, a list, a dict key
 * (hash included), a closure. CPython 3.11.7 printed the same reprs. */
static void test_aliases_keep_old_text(void **state)
{
    (void)state;
    Interp *I = new_interp(0);
    const char *src =
        "s = ''\n"
        "for i in range(5):\n    s += str(i)\n"
        "a = s\n"
        "s += 'x'\n"
        "lst = [s]\n"
        "s += 'y'\n"
        "d = {s: 1}\n"
        "s += 'z'\n"
        "hit = d.get('01234xy'), d.get(s), hash(s) == hash('01234xyz')\n"
        "def f():\n"
        "    t = 'ab'\n"
        "    t += 'cd'\n"
        "    u = t\n"
        "    t += 'ef'\n"
        "    return u, t\n"
        "pair = f()\n";
    assert_int_equal(run(I, src, NULL), RUN_OK);
    assert_string_equal(global_repr(I, "a"), "'01234'");
    assert_string_equal(global_repr(I, "lst"), "['01234x']");
    assert_string_equal(global_repr(I, "s"), "'01234xyz'");
    assert_string_equal(global_repr(I, "hit"), "(1, None, True)");
    assert_string_equal(global_repr(I, "pair"), "('abcd', 'abcdef')");
    interp_free(I);
}

/* str_iadd itself: an owned string grows in place (same object, fresh hash,
 * NUL after the text); a shared one is copied, the old string untouched and
 * still NUL-terminated for C readers; the slot tag V_OWNED is cleared by
 * v_read_slot. */
static void test_iadd_in_place_and_shared(void **state)
{
    (void)state;
    Interp *I = new_interp(0);
    bool own;
    Str *a = str_iadd(I, str_from_cstr(I, "hello"), false, str_from_cstr(I, " wo"), &own);
    assert_true(own);
    assert_string_equal(a->s, "hello wo");
    (void)str_hash(a);
    Str *b = str_iadd(I, a, true, str_from_cstr(I, "rld"), &own);
    assert_true(own);
    assert_ptr_equal(a, b);
    assert_int_equal(b->hash, -1);
    assert_string_equal(b->s, "hello world");
    assert_int_equal(str_hash(b), str_hash(str_from_cstr(I, "hello world")));
    Str *e = str_iadd(I, b, true, str_from_cstr(I, "é"), &own);
    assert_int_equal(e->nchars, 12);
    assert_int_equal(e->len, 13);

    Str *c = str_iadd(I, e, false, str_from_cstr(I, "!"), &own);
    assert_true(own);
    assert_ptr_not_equal(c, e);
    assert_string_equal(e->s, "hello worldé");
    assert_int_equal((int64_t)strlen(e->s), e->len);
    assert_string_equal(c->s, "hello worldé!");

    /* Appending to a shared empty string gives the other operand, not owned. */
    Str *x = str_from_cstr(I, "xyz");
    Str *r = str_iadd(I, str_from_cstr(I, ""), false, x, &own);
    assert_ptr_equal(r, x);
    assert_false(own);

    Value slot = v_obj(c);
    slot.tag = V_OWNED;
    Value got = v_read_slot(&slot);
    assert_int_equal(got.tag, V_OBJ);
    assert_int_equal(slot.tag, V_OBJ);
    assert_ptr_equal(got.u.o, c);
    interp_free(I);
}

/* A program that really needs too much memory still stops cleanly. */
static void test_budget_still_enforced(void **state)
{
    (void)state;
    Interp *I = new_interp(16u << 20);
    Diag d;
    const char *src = "s = 'ab'\nwhile True:\n    s += s\n";
    assert_int_equal(interp_run(I, "t.py", "__main__", src, strlen(src), &d), RUN_LIMIT);
    assert_string_equal(d.kind, "MemoryLimit");
    interp_free(I);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_appends_fit_small_budget),
        cmocka_unit_test(test_high_water_linear),
        cmocka_unit_test(test_aliases_keep_old_text),
        cmocka_unit_test(test_iadd_in_place_and_shared),
        cmocka_unit_test(test_budget_still_enforced),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
