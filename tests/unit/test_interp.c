/*
 * test_interp.c — the public face of the engine (engine/interp.h) and the
 * object model under it: running files, the Diag a front end reads, every
 * budget stopping the program cleanly with a message naming its limit,
 * interpreters living side by side, and the generic protocol's CPython
 * error messages (expected texts produced by CPython 3.11.7).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "interp.h"

typedef struct Out {
    char buf[8192];
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

/* Run src in a fresh interpreter with budget b (NULL: defaults). */
static RunStatus run(const char *src, const Budget *b, Out *out, Diag *d, Interp **keep)
{
    InterpOutput o = { capture, out };
    Interp *I = interp_new(b, &o);
    assert_non_null(I);
    RunStatus st = interp_run(I, "t.py", "__main__", src, strlen(src), d);
    if (keep)
        *keep = I;
    else
        interp_free(I);
    return st;
}

static void test_ok_and_output(void **state)
{
    Out out = { 0 };
    Diag d;
    assert_int_equal(run("print('hi', 1 + 2)\nx = [1, 2]\n", NULL, &out, &d, NULL), RUN_OK);
    assert_string_equal(out.buf, "hi 3\n");
    assert_int_equal(d.status, RUN_OK);
}

static void test_exception_diag(void **state)
{
    Out out = { 0 };
    Diag d;
    Interp *I;
    assert_int_equal(run("print('before')\nd = {}\nd['missing']\n", NULL, &out, &d, &I), RUN_EXCEPTION);
    assert_string_equal(out.buf, "before\n");
    assert_string_equal(d.kind, "KeyError");
    assert_string_equal(d.message, "'missing'");
    assert_int_equal(d.line, 3);
    /* CPython 3.11.7:
     * Traceback (most recent call last):
     *   File "t.py", line 3, in <module>
     *     d['missing']
     *     ~^^^^^^^^^^^
     * KeyError: 'missing' */
    assert_string_equal(interp_error_text(I),
                        "Traceback (most recent call last):\n"
                        "  File \"t.py\", line 3, in <module>\n"
                        "    d['missing']\n"
                        "    ~^^^^^^^^^^^\n"
                        "KeyError: 'missing'\n");
    interp_free(I);
}

static void test_syntax_error_diag(void **state)
{
    Out out = { 0 };
    Diag d;
    Interp *I;
    assert_int_equal(run("x = = 2\n", NULL, &out, &d, &I), RUN_SYNTAX);
    assert_string_equal(d.kind, "SyntaxError");
    assert_string_equal(d.message, "invalid syntax");
    assert_int_equal(d.line, 1);
    /* CPython 3.11.7 prints the line and a caret under the second '=' */
    assert_string_equal(interp_error_text(I),
                        "  File \"t.py\", line 1\n"
                        "    x = = 2\n"
                        "        ^\n"
                        "SyntaxError: invalid syntax\n");
    interp_free(I);
}

static void test_step_limit(void **state)
{
    Budget b = budget_default();
    b.max_steps = 10000;
    Out out = { 0 };
    Diag d;
    Interp *I;
    assert_int_equal(run("n = 0\nwhile True:\n    try:\n        n += 1\n    except BaseException:\n        pass\n", &b, &out, &d, &I), RUN_LIMIT);
    assert_string_equal(d.kind, "StepLimit");
    assert_non_null(strstr(d.message, "10,000 steps"));
    /* where it stopped: a line of the loop, in the module */
    assert_non_null(strstr(interp_error_text(I), "File \"t.py\", line "));
    assert_non_null(strstr(interp_error_text(I), ", in <module>\nStepLimit: stopped after 10,000 steps"));
    interp_free(I);
}

static void test_memory_limit(void **state)
{
    Budget b = budget_default();
    b.max_bytes = 8u << 20;
    Out out = { 0 };
    Diag d;
    assert_int_equal(run("x = [0] * 10**9\n", &b, &out, &d, NULL), RUN_LIMIT);
    assert_string_equal(d.kind, "MemoryLimit");
    assert_int_equal(run("s = 'ab'\nwhile True:\n    s = s + s\n", &b, &out, &d, NULL), RUN_LIMIT);
    assert_string_equal(d.kind, "MemoryLimit");
    assert_non_null(strstr(d.message, "8 MB"));
}

static void test_output_limit(void **state)
{
    Budget b = budget_default();
    b.max_output = 1000;
    Out out = { 0 };
    Diag d;
    assert_int_equal(run("while True:\n    print('x' * 99)\n", &b, &out, &d, NULL), RUN_LIMIT);
    assert_string_equal(d.kind, "OutputLimit");
    assert_int_equal(out.len, 1000);   /* exactly the limit reaches the front end */
}

static void test_time_limit(void **state)
{
    Budget b = budget_default();
    b.max_steps = 0;
    b.max_seconds = 0.2;
    Out out = { 0 };
    Diag d;
    assert_int_equal(run("while True:\n    pass\n", &b, &out, &d, NULL), RUN_LIMIT);
    assert_string_equal(d.kind, "TimeLimit");
}

static void test_recursion(void **state)
{
    Out out = { 0 };
    Diag d;
    /* RecursionError is an ordinary, catchable exception (CPython) */
    assert_int_equal(run("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n",
                         NULL, &out, &d, NULL), RUN_OK);
    assert_string_equal(out.buf, "maximum recursion depth exceeded\n");
    /* a deeply nested list's repr does not overflow the C stack */
    out.len = 0;
    out.buf[0] = 0;
    RunStatus st = run("x = []\nfor i in range(100000):\n    x = [x]\nrepr(x)\n", NULL, &out, &d, NULL);
    assert_int_equal(st, RUN_EXCEPTION);
    assert_string_equal(d.kind, "RecursionError");
}

static void test_side_by_side(void **state)
{
    Out o1 = { 0 }, o2 = { 0 };
    Diag d1, d2;
    Interp *a, *b;
    run("x = 1\nprint(x)\n", NULL, &o1, &d1, &a);
    run("x = 'two'\nprint(x)\n", NULL, &o2, &d2, &b);
    Diag d;
    assert_string_equal(interp_global_repr(a, "x", &d), "1");
    assert_string_equal(interp_global_repr(b, "x", &d), "'two'");
    assert_null(interp_global_repr(a, "nope", &d));
    interp_free(a);
    interp_free(b);
}

/* The generic protocol's messages, as CPython 3.11.7 words them. */
static void test_protocol_messages(void **state)
{
    static const char src[] =
        "class A:\n"
        "    @property\n"
        "    def x(self): return 1\n"
        "class C: pass\n"
        "class D:\n"
        "    def __eq__(s, o): return True\n"
        "import math\n"
        "tests = [lambda: setattr(A(), 'x', 2), lambda: (1).y, lambda: A.zz, lambda: math.zz,\n"
        "         lambda: C(1), lambda: 1 + 'a', lambda: 2 ** 'a', lambda: -'a', lambda: 1 < 'a',\n"
        "         lambda: len(1), lambda: iter(1), lambda: next([]), lambda: hash([]),\n"
        "         lambda: format(C(), 'x'), lambda: hash(D()), lambda: ValueError(x=1)]\n"
        "for t in tests:\n"
        "    try:\n"
        "        t()\n"
        "    except Exception as e:\n"
        "        print(type(e).__name__, e)\n"
        "print(repr(ValueError('a', 1)), str(KeyError('k')), D() != D())\n";
    Out out = { 0 };
    Diag d;
    assert_int_equal(run(src, NULL, &out, &d, NULL), RUN_OK);
    assert_string_equal(out.buf,
        "AttributeError property 'x' of 'A' object has no setter\n"
        "AttributeError 'int' object has no attribute 'y'\n"
        "AttributeError type object 'A' has no attribute 'zz'\n"
        "AttributeError module 'math' has no attribute 'zz'\n"
        "TypeError C() takes no arguments\n"
        "TypeError unsupported operand type(s) for +: 'int' and 'str'\n"
        "TypeError unsupported operand type(s) for ** or pow(): 'int' and 'str'\n"
        "TypeError bad operand type for unary -: 'str'\n"
        "TypeError '<' not supported between instances of 'int' and 'str'\n"
        "TypeError object of type 'int' has no len()\n"
        "TypeError 'int' object is not iterable\n"
        "TypeError 'list' object is not an iterator\n"
        "TypeError unhashable type: 'list'\n"
        "TypeError unsupported format string passed to C.__format__\n"
        "TypeError unhashable type: 'D'\n"
        "TypeError ValueError() takes no keyword arguments\n"
        "ValueError('a', 1) 'k' False\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ok_and_output),
        cmocka_unit_test(test_exception_diag),
        cmocka_unit_test(test_syntax_error_diag),
        cmocka_unit_test(test_step_limit),
        cmocka_unit_test(test_memory_limit),
        cmocka_unit_test(test_output_limit),
        cmocka_unit_test(test_time_limit),
        cmocka_unit_test(test_recursion),
        cmocka_unit_test(test_side_by_side),
        cmocka_unit_test(test_protocol_messages),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
