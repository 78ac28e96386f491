/*
 * mod_abc_native.h — `_abc_native`, what engine/py/collections/abc.py and
 * engine/py/abc.py need to know about native classes that kata Python
 * cannot see from Python: which special methods a builtin class has
 * (their __dict__ holds only some), and CPython's Py_TPFLAGS_SEQUENCE /
 * Py_TPFLAGS_MAPPING, which decide what a match statement's sequence and
 * mapping patterns accept.
 */
#ifndef ORMKATA_MOD_ABC_NATIVE_H
#define ORMKATA_MOD_ABC_NATIVE_H

#include "obj.h"

/* Build `_abc_native` (register with interp_add_module). */
Module *mod_abc_native_init(Interp *I);

/* A match statement's view of cls (CPython's Py_TPFLAGS_SEQUENCE and
 * Py_TPFLAGS_MAPPING): the first class along the MRO that is one decides
 * (list, tuple, range, collections.deque and what collections.abc.Sequence
 * flags are sequences; dict and what Mapping flags are mappings). */
enum { COLLECTION_NONE = 0, COLLECTION_SEQUENCE = 1, COLLECTION_MAPPING = 2 };
int class_collection_kind(Interp *I, Class *cls);

#endif
