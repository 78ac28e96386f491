/*
 * eval.h — running syntax trees: the scope pass (scope.c) resolves every
 * name to a local slot, a cell, a global or a builtin; eval.c walks the
 * resolved tree. Also function objects and CPython-style tracebacks.
 */
#ifndef ORMKATA_EVAL_H
#define ORMKATA_EVAL_H

#include "ast.h"
#include "obj.h"

/* Create the classes eval owns (function, code, generator, super …) and
 * put `super` etc. into the builtins module. Called by builtins_init. */
void eval_init(Interp *I);

/* Remember a file's source so tracebacks can quote its lines. */
void eval_register_source(Interp *I, Str *filename, const char *src, size_t len);
/* The same for text that outlives the interpreter (embedded modules): kept
 * by pointer, not copied. */
void eval_register_static_source(Interp *I, Str *filename, const char *src, size_t len);

/* Resolve scopes and run module `tree` with m->dict as its globals.
 * Raises (exc.h) a SyntaxError for scope errors (e.g. nonlocal at module
 * level) and whatever the program raises. */
void eval_module(Interp *I, Node *tree, Module *m, Str *filename);

/* The full CPython 3.11 traceback text for an exception instance,
 * including chained causes/contexts, ending with "Kind: message\n". */
Str *eval_format_traceback(Interp *I, Value exc);

#endif
