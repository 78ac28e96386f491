/*
 * test_lazy_defs.c — library modules (interp_add_source_module) parse the
 * bodies of their module- and class-level functions on the first call.
 * What a program sees must not change: results, closures and nested
 * functions inside such bodies, zero-argument super() (the __class__ cell
 * decided from a token pre-scan), globals read and written, __doc__ once
 * called, recursion, methods of a class defined inside such a body that
 * close over its locals; and a syntax error in a body that is never called
 * does not stop the import (the price: it is reported when called, as a
 * SyntaxError naming the line). Expected values are CPython 3.11's for the
 * same code run eagerly.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "interp.h"
#include "obj.h"

typedef struct Out {
    char buf[4096];
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

static const char lib_src[] =
    "counter = 0\n"
    "def bump(n=1):\n"
    "    \"\"\"Add n to the counter.\"\"\"\n"
    "    global counter\n"
    "    counter += n\n"
    "    return counter\n"
    "def make_adder(k):\n"
    "    def add(x):\n"
    "        return x + k\n"
    "    return add\n"
    "def fact(n):\n"
    "    return 1 if n <= 1 else n * fact(n - 1)\n"
    "def squares(n):\n"
    "    return [i * i for i in range(n) if i % 2 == 0]\n"
    "class Base:\n"
    "    def hello(self):\n"
    "        return 'base'\n"
    "class Child(Base):\n"
    "    def hello(self):\n"
    "        return 'child+' + super().hello()\n"
    "    def cls_name(self):\n"
    "        return __class__.__name__\n"
    "    @classmethod\n"
    "    def make(cls):\n"
    "        return cls()\n"
    "def broken():\n"
    "    return (1 +\n"
    "        )\n"
    "def make_class(k):\n"
    "    class K:\n"
    "        def get(self):\n"
    "            return k * 2\n"
    "        class Inner:\n"
    "            def deep(self):\n"
    "                return k + 1\n"
    "    return K\n";

static const char main_src[] =
    "import lazylib\n"
    "print(lazylib.bump(), lazylib.bump(2), lazylib.counter)\n"
    "print(lazylib.make_adder(10)(5), lazylib.fact(10), lazylib.squares(7))\n"
    "c = lazylib.Child.make()\n"
    "print(c.hello(), c.cls_name(), type(c).__name__)\n"
    "print(lazylib.bump.__doc__)\n"
    "try:\n"
    "    lazylib.broken()\n"
    "except SyntaxError as e:\n"
    "    print('SyntaxError', str(e))\n"
    "K = lazylib.make_class(21)\n"
    "print(K().get(), K.Inner().deep())\n";

static void test_lazy_bodies_behave(void **state)
{
    (void)state;
    Out out = { 0 };
    InterpOutput o = { capture, &out };
    Interp *I = interp_new(NULL, &o);
    assert_non_null(I);
    interp_add_source_module(I, "lazylib", "<lazylib.py>", lib_src);
    Diag d;
    RunStatus st = interp_run(I, "main.py", "__main__", main_src, strlen(main_src), &d);
    if (st != RUN_OK)
        fail_msg("%s", interp_error_text(I));
    assert_string_equal(out.buf,
                        "1 3 3\n"
                        "15 3628800 [0, 4, 16, 36]\n"
                        "child+base Child Child\n"
                        "Add n to the counter.\n"
                        "SyntaxError invalid syntax (<lazylib.py>, line 28)\n"
                        "42 22\n");
    interp_free(I);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lazy_bodies_behave),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
