/*
 * obj_args.c — argument checking for native functions, with the messages
 * CPython's builtins give ("len() takes exactly one argument (2 given)",
 * "'x' is an invalid keyword argument for print()").
 */
#include "obj_int.h"

#include <string.h>

/* A dotted name is a method: self is counted in argc but not in messages. */
static int self_count(const char *fname)
{
    return strchr(fname, '.') ? 1 : 0;
}

void args_no_kw(Interp *I, const char *fname, const KwArgs *kw)
{
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "%s() takes no keyword arguments", fname);
}

void args_exact(Interp *I, const char *fname, int argc, const KwArgs *kw, int n)
{
    args_no_kw(I, fname, kw);
    if (argc == n)
        return;
    int s = self_count(fname);
    int want = n - s, got = argc - s;
    if (want == 0)
        exc_raisef(I, I->cls.TypeError, "%s() takes no arguments (%d given)", fname, got);
    if (want == 1)
        exc_raisef(I, I->cls.TypeError, "%s() takes exactly one argument (%d given)", fname, got);
    exc_raisef(I, I->cls.TypeError, "%s() takes exactly %d arguments (%d given)", fname, want, got);
}

void args_range(Interp *I, const char *fname, int argc, const KwArgs *kw, int min, int max)
{
    args_no_kw(I, fname, kw);
    int s = self_count(fname);
    if (argc < min)
        exc_raisef(I, I->cls.TypeError, "%s expected at least %d argument%s, got %d", fname,
                   min - s, min - s == 1 ? "" : "s", argc - s);
    if (argc > max)
        exc_raisef(I, I->cls.TypeError, "%s expected at most %d argument%s, got %d", fname,
                   max - s, max - s == 1 ? "" : "s", argc - s);
}

void args_parse(Interp *I, const char *fname, int argc, const Value *argv, const KwArgs *kw,
                int nnames, const char *const *names, int npos_only, int nrequired, Value *out)
{
    int s = self_count(fname);
    for (int i = 0; i < nnames; i++)
        out[i] = v_unset();
    if (argc > nnames) {
        if (nnames - s == 0)
            exc_raisef(I, I->cls.TypeError, "%s() takes no arguments (%d given)", fname, argc - s);
        exc_raisef(I, I->cls.TypeError, "%s() takes at most %d argument%s (%d given)", fname,
                   nnames - s, nnames - s == 1 ? "" : "s", argc - s);
    }
    for (int i = 0; i < argc; i++)
        out[i] = argv[i];
    if (kw && kw->n) {
        if (npos_only >= nnames)
            exc_raisef(I, I->cls.TypeError, "%s() takes no keyword arguments", fname);
        for (int k = 0; k < kw->n; k++) {
            const char *kn = kw->names[k]->s;
            int found = -1;
            for (int i = npos_only; i < nnames; i++)
                if (!strcmp(names[i], kn)) {
                    found = i;
                    break;
                }
            if (found < 0)
                exc_raisef(I, I->cls.TypeError, "'%s' is an invalid keyword argument for %s()", kn, fname);
            if (!v_is_unset(out[found]))
                exc_raisef(I, I->cls.TypeError, "argument for %s() given by name ('%s') and position (%d)",
                           fname, kn, found + 1 - s);
            out[found] = kw->vals[k];
        }
    }
    for (int i = 0; i < nrequired; i++)
        if (v_is_unset(out[i]))
            exc_raisef(I, I->cls.TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                       names[i], i + 1 - s);
}
