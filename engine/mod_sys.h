/*
 * mod_sys.h — the `sys` module and the builtins exit()/quit().
 *
 * builtins.c registers the module (mod_sys_register); interp.c tells it
 * which file runs as __main__ (sys.argv) and asks it how a SystemExit ends
 * the run; bfunc.c's print() asks where sys.stdout points now.
 */
#ifndef ORMKATA_MOD_SYS_H
#define ORMKATA_MOD_SYS_H

#include "obj.h"

/* Make `import sys` work and add exit()/quit() to the builtins. */
void mod_sys_register(Interp *I);

/* The program about to run as __main__ is `path`: sys.argv becomes [path]
 * (now, or when sys is first imported), as `python3 path` gives it. */
void mod_sys_set_argv(Interp *I, const char *path);

/* What print() without file= writes to: V_UNSET while sys.stdout is the
 * program's own stdout (or sys was never imported), else the object the
 * program put in sys.stdout. */
Value mod_sys_stdout_override(Interp *I);

/* A module the program put in sys.modules under `name` (sys.modules[name]
 * = types.ModuleType(name)), which `import name` then finds; NULL if none. */
Module *mod_sys_program_module(Interp *I, Str *name);

/* CPython's handling of an uncaught SystemExit `exc`: its exit status
 * (code None → 0, an int → that int modulo 256, anything else → 1) and,
 * for a code that is neither None nor an int, the text CPython writes to
 * stderr (str(code) and a newline, arena memory) in *text; else NULL.
 * May raise (str() of the code can). */
int mod_sys_exit_status(Interp *I, Value exc, Str **text);

#endif
