/*
 * bfunc.h — private glue between bfunc.c and bfunc2.c (the builtin
 * functions). The public entry point, bfunc_init, is declared in obj.h.
 */
#ifndef ORMKATA_BFUNC_H
#define ORMKATA_BFUNC_H

#include "cont.h"

/* "'foo' is an invalid keyword argument for print()" */
_Noreturn void bfunc_bad_kw(Interp *I, const char *fname, Str *name);
/* Argument-clinic style parsing: fill out[nnames] from positional and
 * keyword arguments (V_UNSET when absent), raising CPython's TypeErrors
 * ("f() missing required argument 'x' (pos 2)"). */
void bfunc_clinic(Interp *I, const char *fname, int argc, const Value *argv, const KwArgs *kw,
                  int nnames, const char *const *names, int nrequired, Value *out);
/* The builtin len(); call.c recognises it to read an owned str without
 * sharing it (len keeps no reference). */
Value bfunc_len(Interp *I, int argc, const Value *argv, const KwArgs *kw);
/* Register bfunc2.c's builtins. */
void bfunc2_init(Interp *I);

#endif
