/*
 * mod_abc_native.c — `_abc_native`: the two things collections.abc needs
 * from C.
 *
 * slot(cls, name): CPython's _check_methods reads each class's __dict__
 * along the MRO; a native class here keeps most of its special methods in
 * its TypeOps, not its namespace, so for a native class this answers
 * instead: True when the class has that special method, False when it is
 * there as None (__hash__ of an unhashable builtin), None when it has not
 * (and for any class written in Python, whose namespace is the truth).
 *
 * set_collection_flag(cls, kind): what CPython's ABCMeta does with an ABC's
 * __abc_tpflags__ and on register(): mark a class (written in Python) as a
 * sequence (kind 1) or a mapping (kind 2) for the match statement;
 * collection_kind(cls) is what a class is now (0: neither), which
 * register() passes on to the class it registers.
 */
#include <string.h>

#include "eval.h"
#include "interp_int.h"
#include "mod_abc_native.h"

static Class *class_arg(Interp *I, const char *fname, Value v)
{
    if (!v_is_class(I, v))
        exc_raisef(I, I->cls.TypeError, "%s() argument 1 must be a class", fname);
    return (Class *)v.u.o;
}

/* Does native class c have the special method `name`? 1 yes, 0 no, -1 as None. */
static int native_slot(Interp *I, Class *c, const char *name)
{
    const TypeOps *ops = c->ops;
    if (!strcmp(name, "__hash__"))
        return (c->flags & CLS_UNHASHABLE) ? -1 : 1;
    if (!strcmp(name, "__iter__"))
        return ops->iter != NULL;
    if (!strcmp(name, "__next__"))
        return ops->next != NULL;
    if (!strcmp(name, "__len__"))
        return ops->len != NULL;
    if (!strcmp(name, "__contains__"))
        return ops->contains != NULL;
    if (!strcmp(name, "__getitem__"))
        return ops->getitem != NULL;
    if (!strcmp(name, "__call__"))
        return ops->call != NULL || class_is_subclass(c, I->cls.type);
    if (!strcmp(name, "__reversed__"))   /* those reversed() knows (iter.c) */
        return c == I->cls.list || c == I->cls.range || c == I->cls.dict || c == I->cls.dict_keys ||
               c == I->cls.dict_values || c == I->cls.dict_items;
    return 0;
}

static Value an_slot(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "slot", argc, kw, 2);
    Class *c = class_arg(I, "slot", argv[0]);
    if (!v_is_str(I, argv[1]))
        exc_raisef(I, I->cls.TypeError, "slot() argument 2 must be str");
    if (c->flags & CLS_PYTHON)
        return v_none();
    int r = native_slot(I, c, ((Str *)argv[1].u.o)->s);
    return r == 0 ? v_none() : v_bool(r > 0);
}

static Value an_set_collection_flag(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "set_collection_flag", argc, kw, 2);
    Class *c = class_arg(I, "set_collection_flag", argv[0]);
    int64_t kind = obj_index(I, argv[1]);
    if (kind != COLLECTION_SEQUENCE && kind != COLLECTION_MAPPING)
        exc_raisef(I, I->cls.ValueError, "set_collection_flag() kind must be 1 or 2");
    if (c->flags & CLS_PYTHON) {     /* as CPython: not on an immutable (builtin) type */
        c->flags &= ~(uint32_t)(CLS_SEQUENCE | CLS_MAPPING);
        c->flags |= kind == COLLECTION_SEQUENCE ? CLS_SEQUENCE : CLS_MAPPING;
    }
    return v_none();
}

static bool named(Class *k, const char *module, const char *name)
{
    return k->module && k->name && !strcmp(k->name->s, name) && !strcmp(k->module->s, module);
}

static Value an_collection_kind(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "collection_kind", argc, kw, 1);
    return v_int(class_collection_kind(I, class_arg(I, "collection_kind", argv[0])));
}

int class_collection_kind(Interp *I, Class *cls)
{
    for (Class *c = cls; c; c = c->base) {
        Class *k = c->origin ? c->origin : c;
        if (k->flags & CLS_SEQUENCE)
            return COLLECTION_SEQUENCE;
        if (k->flags & CLS_MAPPING)
            return COLLECTION_MAPPING;
        if (k == I->cls.list || k == I->cls.tuple || k == I->cls.range || named(k, "collections", "deque"))
            return COLLECTION_SEQUENCE;
        if (k == I->cls.dict)
            return COLLECTION_MAPPING;
    }
    return COLLECTION_NONE;
}

Module *mod_abc_native_init(Interp *I)
{
    Module *m = module_new(I, "_abc_native");
    module_add_fn(I, m, "slot", an_slot);
    module_add_fn(I, m, "set_collection_flag", an_set_collection_flag);
    module_add_fn(I, m, "collection_kind", an_collection_kind);
    return m;
}
