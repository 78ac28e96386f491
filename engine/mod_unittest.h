/*
 * mod_unittest.h — `_unittest`, the C helpers of the embedded unittest
 * package (engine/py/unittest): cleaned tracebacks and regex search.
 */
#ifndef ORMKATA_MOD_UNITTEST_H
#define ORMKATA_MOD_UNITTEST_H

#include "obj.h"

Module *mod_unittest_init(Interp *I);   /* "_unittest" */

#endif
