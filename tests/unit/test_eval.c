/*
 * test_eval.c — the evaluator (engine/scope.c, eval_*.c, call.c, func.c,
 * comp.c, traceback.c): how the scope pass resolves names to slots, cells
 * and globals; argument binding and its CPython error messages; and the
 * traceback text of uncaught exceptions. Expected messages and tracebacks
 * were produced by CPython 3.11.7.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "eval_int.h"
#include "interp.h"
#include "parse.h"

typedef struct Captured {
    char buf[8192];
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

/* Run `src` as __main__ from "t.py"; returns the status, output in *out. */
static RunStatus run(const char *src, Captured *out, Interp **Iout)
{
    memset(out, 0, sizeof *out);
    InterpOutput o = { capture, out };
    Interp *I = interp_new(NULL, &o);
    assert_non_null(I);
    Diag d;
    RunStatus st = interp_run(I, "t.py", "__main__", src, strlen(src), &d);
    if (Iout)
        *Iout = I;
    else
        interp_free(I);
    return st;
}

/* The program's stdout must be `expect`. */
static void expect_output(const char *src, const char *expect)
{
    Captured out;
    Interp *I;
    RunStatus st = run(src, &out, &I);
    if (st != RUN_OK)
        fprintf(stderr, "%s", interp_error_text(I));
    assert_int_equal(st, RUN_OK);
    assert_string_equal(out.buf, expect);
    interp_free(I);
}

/* The program must stop with traceback text `expect`. */
static void expect_traceback(const char *src, const char *expect)
{
    Captured out;
    Interp *I;
    RunStatus st = run(src, &out, &I);
    assert_int_equal(st, RUN_EXCEPTION);
    assert_string_equal(interp_error_text(I), expect);
    interp_free(I);
}

/* ---------------------------------------------------------------- */
/* Scope pass                                                       */
/* ---------------------------------------------------------------- */

static Scope *child(Scope *s, int i)
{
    assert_true(i < s->nchildren);
    return s->children[i];
}

static Symbol *sym(Scope *s, const char *name)
{
    for (int i = 0; i < s->nsyms; i++)
        if (!strcmp(s->syms[i].name->s, name))
            return &s->syms[i];
    fail_msg("no symbol %s", name);
    return NULL;
}

static void test_scope_slots(void **state)
{
    (void)state;
    Interp *I = interp_new(NULL, NULL);
    const char *src =
        "g = 1\n"
        "def f(a, b=2, *args, k, **kw):\n"
        "    x = a\n"
        "    def inner():\n"
        "        nonlocal x\n"
        "        x = g\n"
        "        return b\n"
        "    return inner\n"
        "class C:\n"
        "    y = g\n"
        "    def m(self):\n"
        "        return super().m()\n";
    ParseError pe;
    Node *tree = parse_module(I, "t.py", src, strlen(src), &pe);
    assert_non_null(tree);
    ExcFrame ef;
    exc_push_root(I, &ef);
    if (setjmp(ef.jb) != 0)
        fail_msg("scope_resolve raised");
    scope_resolve(I, tree, str_from_cstr(I, "t.py"));
    exc_pop(I, &ef);

    Scope *mod = tree->u.module.scope;
    assert_int_equal(mod->kind, SK_MODULE);
    assert_int_equal(sym(mod, "g")->kind, NS_GLOBAL);

    Scope *f = child(mod, 0);
    assert_string_equal(f->qualname->s, "f");
    assert_int_equal(f->nparams, 5);          /* a, b, k, args, kw */
    assert_int_equal(sym(f, "a")->slot, 0);
    assert_int_equal(sym(f, "b")->slot, 1);
    assert_int_equal(sym(f, "k")->slot, 2);
    assert_int_equal(sym(f, "args")->slot, 3);
    assert_int_equal(sym(f, "kw")->slot, 4);
    assert_int_equal(sym(f, "a")->kind, NS_FAST);
    assert_int_equal(sym(f, "b")->kind, NS_CELL);   /* read by inner */
    assert_int_equal(sym(f, "x")->kind, NS_CELL);   /* nonlocal in inner */
    assert_int_equal(f->nparam_cells, 1);
    assert_int_equal(f->ncell_slots, 1);

    Scope *inner = child(f, 0);
    assert_string_equal(inner->qualname->s, "f.<locals>.inner");
    assert_int_equal(inner->nfree, 2);
    assert_int_equal(sym(inner, "x")->kind, NS_CELL);
    assert_int_equal(sym(inner, "g")->kind, NS_GLOBAL);
    for (int i = 0; i < inner->nfree; i++)
        assert_int_equal(inner->free_parent_slot[i], sym(f, inner->freenames[i]->s)->slot);
    interp_free(I);
}

static void test_scope_class(void **state)
{
    (void)state;
    Interp *I = interp_new(NULL, NULL);
    const char *src =
        "class C:\n"
        "    y = 1\n"
        "    def m(self):\n"
        "        return super().m(y)\n";
    ParseError pe;
    Node *tree = parse_module(I, "t.py", src, strlen(src), &pe);
    assert_non_null(tree);
    ExcFrame ef;
    exc_push_root(I, &ef);
    if (setjmp(ef.jb) != 0)
        fail_msg("scope_resolve raised");
    scope_resolve(I, tree, str_from_cstr(I, "t.py"));
    exc_pop(I, &ef);
    Scope *c = child(tree->u.module.scope, 0);
    assert_int_equal(c->kind, SK_CLASS);
    assert_int_equal(sym(c, "y")->kind, NS_NAME);
    assert_true(c->class_cell_slot >= 0);      /* __class__ for super() */
    Scope *m = child(c, 0);
    assert_string_equal(m->qualname->s, "C.m");
    assert_int_equal(sym(m, "y")->kind, NS_GLOBAL);   /* methods do not see class names */
    assert_int_equal(sym(m, "__class__")->kind, NS_CELL);
    assert_int_equal(m->nfree, 1);
    assert_int_equal(m->free_parent_slot[0], c->class_cell_slot);
    interp_free(I);
}

static void test_scope_errors(void **state)
{
    (void)state;
    expect_traceback("def f():\n    nonlocal x\n",
                     "  File \"t.py\", line 2\n    nonlocal x\n    ^^^^^^^^^^\n"
                     "SyntaxError: no binding for nonlocal 'x' found\n");
    expect_traceback("def f():\n    print(x)\n    global x\n",
                     "  File \"t.py\", line 3\n    global x\n    ^^^^^^^^\n"
                     "SyntaxError: name 'x' is used prior to global declaration\n");
    expect_traceback("def f(x):\n    global x\n",
                     "  File \"t.py\", line 2\n    global x\n    ^^^^^^^^\n"
                     "SyntaxError: name 'x' is parameter and global\n");
}

static void test_unbound(void **state)
{
    (void)state;
    expect_output("x = 1\ndef f():\n    try:\n        print(x)\n    except UnboundLocalError as e:\n"
                  "        print(e)\n    x = 2\nf()\n",
                  "cannot access local variable 'x' where it is not associated with a value\n");
    expect_output("def f():\n    def g():\n        return y\n    try:\n        g()\n"
                  "    except NameError as e:\n        print(e)\n    y = 1\nf()\n",
                  "cannot access free variable 'y' where it is not associated with a value in enclosing scope\n");
}

/* ---------------------------------------------------------------- */
/* Argument binding                                                 */
/* ---------------------------------------------------------------- */

static void expect_type_error(const char *defs, const char *call, const char *msg)
{
    char src[1024], want[512];
    snprintf(src, sizeof src, "%s\ntry:\n    %s\nexcept TypeError as e:\n    print(e)\n", defs, call);
    snprintf(want, sizeof want, "%s\n", msg);
    expect_output(src, want);
}

static void test_binding_ok(void **state)
{
    (void)state;
    expect_output("def f(a, b=2, *args, k=3, **kw):\n    return (a, b, args, k, kw)\n"
                  "print(f(1))\nprint(f(1, 5, 6, k=8, z=9))\nprint(f(*[1, 2], **{'k': 4}))\n",
                  "(1, 2, (), 3, {})\n(1, 5, (6,), 8, {'z': 9})\n(1, 2, (), 4, {})\n");
    expect_output("def f(a, /, b, *, c):\n    return a + b + c\nprint(f(1, b=2, c=3))\n", "6\n");
    expect_output("class A:\n    def m(self, x=1):\n        return x\nprint(A().m(), A().m(5), A.m(A(), 7))\n",
                  "1 5 7\n");
}

static void test_binding_errors(void **state)
{
    (void)state;
    const char *f = "def f(x, y=1): pass";
    expect_type_error(f, "f()", "f() missing 1 required positional argument: 'x'");
    expect_type_error(f, "f(1, 2, 3)", "f() takes from 1 to 2 positional arguments but 3 were given");
    expect_type_error(f, "f(1, z=2)", "f() got an unexpected keyword argument 'z'");
    expect_type_error(f, "f(1, x=2)", "f() got multiple values for argument 'x'");
    expect_type_error("def g(a, b, c): pass", "g()", "g() missing 3 required positional arguments: 'a', 'b', and 'c'");
    expect_type_error("def g(a, b): pass", "g()", "g() missing 2 required positional arguments: 'a' and 'b'");
    expect_type_error("def g(*, k): pass", "g()", "g() missing 1 required keyword-only argument: 'k'");
    expect_type_error("def g(x, *, k): pass", "g(1, 2, k=3)",
                      "g() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given");
    expect_type_error("def g(): pass", "g(1)", "g() takes 0 positional arguments but 1 was given");
    expect_type_error("def g(x, /): pass", "g(x=1)",
                      "g() got some positional-only arguments passed as keyword arguments: 'x'");
    expect_type_error("class A:\n    def m(self): pass", "A().m(1)", "A.m() takes 1 positional argument but 2 were given");
    expect_type_error("def g(*a): pass", "g(*1)", "__main__.g() argument after * must be an iterable, not int");
    expect_type_error("def g(**k): pass", "g(**1)", "__main__.g() argument after ** must be a mapping, not int");
    expect_type_error("def g(**k): pass", "g(**{1: 2})", "keywords must be strings");
}

/* ---------------------------------------------------------------- */
/* Tracebacks                                                       */
/* ---------------------------------------------------------------- */

static void test_traceback(void **state)
{
    (void)state;
    expect_traceback("def f(d):\n    return d['missing']\ndef g():\n    return f({}) + 1\ng()\n",
                     "Traceback (most recent call last):\n"
                     "  File \"t.py\", line 5, in <module>\n    g()\n"
                     "  File \"t.py\", line 4, in g\n    return f({}) + 1\n           ^^^^^\n"
                     "  File \"t.py\", line 2, in f\n    return d['missing']\n           ~^^^^^^^^^^^\n"
                     "KeyError: 'missing'\n");
    expect_traceback("try:\n    {}['a']\nexcept KeyError:\n    raise ValueError('bad')\n",
                     "Traceback (most recent call last):\n"
                     "  File \"t.py\", line 2, in <module>\n    {}['a']\n    ~~^^^^^\n"
                     "KeyError: 'a'\n\n"
                     "During handling of the above exception, another exception occurred:\n\n"
                     "Traceback (most recent call last):\n"
                     "  File \"t.py\", line 4, in <module>\n    raise ValueError('bad')\n"
                     "ValueError: bad\n");
    expect_traceback("counter = 5\nprint(countr)\n",
                     "Traceback (most recent call last):\n"
                     "  File \"t.py\", line 2, in <module>\n    print(countr)\n          ^^^^^^\n"
                     "NameError: name 'countr' is not defined. Did you mean: 'counter'?\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scope_slots),
        cmocka_unit_test(test_scope_class),
        cmocka_unit_test(test_scope_errors),
        cmocka_unit_test(test_unbound),
        cmocka_unit_test(test_binding_ok),
        cmocka_unit_test(test_binding_errors),
        cmocka_unit_test(test_traceback),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
