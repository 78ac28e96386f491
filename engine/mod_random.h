/*
 * mod_random.h — `_random`, the Mersenne Twister behind engine/py/random.py.
 */
#ifndef ORMKATA_MOD_RANDOM_H
#define ORMKATA_MOD_RANDOM_H

#include "obj.h"

/* Build `_random` (register with interp_add_module(I, "_random", mod_random_init)). */
Module *mod_random_init(Interp *I);

#endif
