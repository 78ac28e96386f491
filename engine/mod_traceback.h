/*
 * mod_traceback.h — `_traceback`, what the embedded traceback module
 * (engine/py/traceback.py) needs from C: the entries of a traceback and
 * the frames of the running call stack.
 */
#ifndef ORMKATA_MOD_TRACEBACK_H
#define ORMKATA_MOD_TRACEBACK_H

#include "obj.h"

Module *mod_traceback_init(Interp *I);   /* "_traceback" */

#endif
