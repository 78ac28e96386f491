/*
 * test_meta.c — metaclasses and abstract classes in the object model
 * (engine/obj.c, func.c's class statement, eval_expr.c's class-body
 * stores): the C-level shape of a class a metaclass makes, the
 * CLS_ABSTRACT flag abc relies on, and that the class attribute caches
 * see changes made through a metaclass. Printed results are what CPython
 * 3.11.7 prints for the same programs.
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
#include "obj.h"

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

/* Run src as __main__; the interpreter stays alive for inspection (caller frees). */
static Interp *run_ok(const char *src, Captured *out)
{
    memset(out, 0, sizeof *out);
    InterpOutput o = { capture, out };
    Interp *I = interp_new(NULL, &o);
    assert_non_null(I);
    Diag d;
    RunStatus st = interp_run(I, "t.py", "__main__", src, strlen(src), &d);
    if (st != RUN_OK)
        fprintf(stderr, "%s", interp_error_text(I));
    assert_int_equal(st, RUN_OK);
    return I;
}

static Class *global_class(Interp *I, const char *name)
{
    Value v = dict_get_cstr(I, I->main->dict, name);
    assert_true(v_is_class(I, v));
    return (Class *)v.u.o;
}

static void expect_output(const char *src, const char *expect)
{
    Captured out;
    Interp *I = run_ok(src, &out);
    assert_string_equal(out.buf, expect);
    interp_free(I);
}

/* A class made through a metaclass has it as its header class, and so do
 * its subclasses; the metaclass's instances are classes, so it has no
 * per-instance dict flag and the layout of type. */
static void test_metaclass_shape(void **state)
{
    (void)state;
    Captured out;
    Interp *I = run_ok("class M(type): pass\n"
                       "class A(metaclass=M): pass\n"
                       "class B(A): pass\n"
                       "class C: pass\n", &out);
    Class *M = global_class(I, "M"), *A = global_class(I, "A"), *B = global_class(I, "B");
    Class *C = global_class(I, "C");
    assert_ptr_equal(A->hdr.cls, M);
    assert_ptr_equal(B->hdr.cls, M);
    assert_ptr_equal(C->hdr.cls, I->cls.type);
    assert_ptr_equal(M->native_base, I->cls.type);
    assert_true(M->flags & CLS_PYTHON);
    assert_false(M->flags & CLS_HAS_DICT);
    assert_int_equal(M->inst_size, sizeof(Class));
    assert_true(A->flags & CLS_HAS_DICT);
    assert_ptr_equal(class_meta_winner(I, NULL, B), M);
    assert_ptr_equal(class_meta_winner(I, I->cls.type, B), M);
    assert_ptr_equal(class_meta_winner(I, M, C), M);
    interp_free(I);
}

/* Setting a non-empty __abstractmethods__ marks the class; subclasses do
 * not inherit the mark, and clearing the set clears it. */
static void test_abstract_flag(void **state)
{
    (void)state;
    Captured out;
    Interp *I = run_ok("from abc import ABC, abstractmethod\n"
                       "class A(ABC):\n"
                       "    @abstractmethod\n"
                       "    def f(self): ...\n"
                       "class B(A):\n"
                       "    def f(self): return 1\n"
                       "class C(A): pass\n"
                       "class D: pass\n"
                       "D.__abstractmethods__ = frozenset({'g'})\n"
                       "class E: pass\n"
                       "E.__abstractmethods__ = frozenset({'g'})\n"
                       "E.__abstractmethods__ = frozenset()\n"
                       "try:\n"
                       "    D()\n"
                       "except TypeError as e:\n"
                       "    print(e)\n"
                       "print(type(B()).__name__, type(E()).__name__)\n", &out);
    assert_true(global_class(I, "A")->flags & CLS_ABSTRACT);
    assert_false(global_class(I, "B")->flags & CLS_ABSTRACT);
    assert_true(global_class(I, "C")->flags & CLS_ABSTRACT);
    assert_true(global_class(I, "D")->flags & CLS_ABSTRACT);
    assert_false(global_class(I, "E")->flags & CLS_ABSTRACT);
    assert_string_equal(out.buf, "Can't instantiate abstract class D with abstract method g\nB E\n");
    interp_free(I);
}

/* The class lookup cache: a metaclass's data descriptor beats the class's
 * own attribute, the class's attribute beats a metaclass method, and
 * changes to either namespace are seen at once (the class epoch). */
static void test_meta_lookup_cache(void **state)
{
    (void)state;
    expect_output("class M(type):\n"
                  "    @property\n"
                  "    def kind(cls): return 'meta-prop'\n"
                  "    def hello(cls): return 'meta-hello'\n"
                  "class A(metaclass=M):\n"
                  "    kind = 'own'\n"
                  "    def get(self): return self.kind\n"
                  "out = []\n"
                  "for i in range(3):\n"
                  "    out.append((A.kind, A().get(), A.hello()))\n"
                  "    if i == 0:\n"
                  "        M.hello = lambda cls: 'patched'\n"
                  "    if i == 1:\n"
                  "        A.hello = staticmethod(lambda: 'own-hello')\n"
                  "print(out)\n",
                  "[('meta-prop', 'own', 'meta-hello'), ('meta-prop', 'own', 'patched'), "
                  "('meta-prop', 'own', 'own-hello')]\n");
}

/* A dict subclass from __prepare__ with __setitem__ sees every class-body
 * store (in order); a plain dict is written directly. */
static void test_prepare_setitem(void **state)
{
    (void)state;
    expect_output("class Log(dict):\n"
                  "    def __setitem__(self, k, v):\n"
                  "        if not k.startswith('__'):\n"
                  "            print('set', k)\n"
                  "        super().__setitem__(k, v)\n"
                  "class M(type):\n"
                  "    @classmethod\n"
                  "    def __prepare__(mcs, name, bases):\n"
                  "        return Log()\n"
                  "class A(metaclass=M):\n"
                  "    x = 1\n"
                  "    def f(self): return x\n"
                  "    y = x + 1\n"
                  "print(A.x, A.y, type(A).__name__)\n",
                  "set x\nset f\nset y\n1 2 M\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_metaclass_shape),
        cmocka_unit_test(test_abstract_flag),
        cmocka_unit_test(test_meta_lookup_cache),
        cmocka_unit_test(test_prepare_setitem),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
