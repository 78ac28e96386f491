/*
 * mod_unittest.c — `_unittest`, the two things engine/py/unittest needs from
 * C: the text CPython's unittest prints for a failed test (the exception's
 * traceback without the runner's and the assert method's frames, as
 * TestResult._exc_info_to_string cleans it), and a regular-expression
 * search for assertRaisesRegex/assertRegex (through the `re` module).
 */
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "interp_int.h"
#include "exc.h"
#include "mod_unittest.h"

/* A frame of the unittest package itself: CPython tells them by the
 * `__unittest` global; ours are the embedded "<unittest/…>" files. */
static bool is_unittest_frame(const TbEntry *t)
{
    return t->filename && !strncmp(t->filename->s, "<unittest/", 10);
}

/* _unittest.format_exception(exc, is_failure) -> str: CPython's
 * traceback.format_exception text for exc with the leading unittest
 * frames dropped and, for a failure (the test's failureException), the
 * trailing ones from the first unittest frame on (the assert* internals).
 * The traceback is cut in place for the formatting and put back after. */
static Value ut_format_exception(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "format_exception", argc, kw, 2);
    Value exc = argv[0];
    if (!(exc.tag == V_OBJ && (exc.u.o->cls->flags & CLS_EXCEPTION)))
        exc_raisef(I, I->cls.TypeError, "format_exception() argument must be an exception");
    ExcObj *e = (ExcObj *)exc.u.o;
    TbEntry *saved = e->tb, *cut = NULL, *cut_next = NULL;
    TbEntry *t = e->tb;
    while (t && is_unittest_frame(t))
        t = t->next;
    if (obj_truthy(I, argv[1]))
        for (TbEntry *p = t; p && p->next; p = p->next)
            if (is_unittest_frame(p->next)) {
                cut = p;
                cut_next = p->next;
                p->next = NULL;
                break;
            }
    /* str(exc) runs Python code that may raise: compute it first, so the
     * formatting below cannot unwind with the traceback cut. */
    (void)obj_str(I, exc);
    e->tb = t;
    Str *text = eval_format_traceback(I, exc);
    e->tb = saved;
    if (cut)
        cut->next = cut_next;
    return v_obj(text);
}

/* _unittest.search(pattern, text): re.search(pattern, text), the Match or
 * None, so assertRegex and assertRaisesRegex search as CPython's do (and
 * a bad pattern raises re.error). */
static Value ut_search(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "search", argc, kw, 2);
    Module *re = interp_import(I, str_from_cstr(I, "re"));
    return obj_call2(I, obj_getattr_cstr(I, v_obj(re), "search"), argv[0], argv[1]);
}

Module *mod_unittest_init(Interp *I)
{
    Module *m = module_new(I, "_unittest");
    module_add_fn(I, m, "format_exception", ut_format_exception);
    module_add_fn(I, m, "search", ut_search);
    return m;
}
