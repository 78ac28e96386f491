/*
 * mod_pickle.h — the `pickle` module: dumps/loads producing exactly the
 * bytes CPython 3.11 produces at the default protocol (4), loads for
 * protocols 0-5 as far as the supported types go, and a hook table through
 * which the ORM (or any native class) says how its objects pickle.
 */
#ifndef ORMKATA_MOD_PICKLE_H
#define ORMKATA_MOD_PICKLE_H

#include <stdbool.h>

#include "obj.h"

/* Create the module (registered by builtins.c under "pickle"). */
Module *mod_pickle_init(Interp *I);

/*
 * How a native class pickles, as __reduce_ex__ would say it: `reduce`
 * returns a tuple (callable, args) or (callable, args, state) — the pickler
 * saves `callable` as a global (its class or a NativeFn registered below)
 * and calls it with args on load, then applies state with `setstate`
 * (NULL: the default, which updates the instance __dict__ from a dict).
 */
typedef Value (*PickleReduceFn)(Interp *I, Value obj);
typedef void (*PickleSetStateFn)(Interp *I, Value obj, Value state);

/* Register the reduce (and optional setstate) of instances of `cls` and of
 * its subclasses. Later registrations for the same class replace earlier
 * ones. */
void pickle_register(Interp *I, Class *cls, PickleReduceFn reduce, PickleSetStateFn setstate);
/* Make a native function findable by `find_class(module, name)` when
 * unpickling (a reconstructor named in a reduce tuple). Its NativeFn should
 * be stored as `module.name` in that module too, so both directions agree. */
void pickle_register_global(Interp *I, const char *module, const char *name, Value fn);

/* pickle.dumps(v, protocol) as Bytes; protocol < 0 means the default (4). */
Bytes *pickle_dumps(Interp *I, Value v, int protocol);
/* pickle.loads(data). Raises UnpicklingError (and others) as CPython does. */
Value pickle_loads(Interp *I, const unsigned char *data, size_t len);

#endif
