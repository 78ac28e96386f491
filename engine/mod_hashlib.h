/*
 * mod_hashlib.h — `_hashlib`, the digests behind engine/py/hashlib.py.
 */
#ifndef ORMKATA_MOD_HASHLIB_H
#define ORMKATA_MOD_HASHLIB_H

#include "obj.h"

/* Build `_hashlib` (register with interp_add_module(I, "_hashlib", mod_hashlib_init)). */
Module *mod_hashlib_init(Interp *I);

#endif
