/*
 * mod_re.h — `_re`, the compiled patterns behind engine/py/re.py (see
 * mod_re.c; the engine itself is engine/regex.h).
 */
#ifndef ORMKATA_MOD_RE_H
#define ORMKATA_MOD_RE_H

#include "obj.h"

/* Build `_re` (register with interp_add_module(I, "_re", mod_re_init)). */
Module *mod_re_init(Interp *I);

#endif
