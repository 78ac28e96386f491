/*
 * mod_time.h — the native half of the `time` module (`_time`); the rest,
 * struct_time and the functions built on it, is engine/py/time.py.
 */
#ifndef ORMKATA_MOD_TIME_H
#define ORMKATA_MOD_TIME_H

#include "obj.h"

/* Build `_time` (register with interp_add_module(I, "_time", mod_time_init)). */
Module *mod_time_init(Interp *I);

#endif
