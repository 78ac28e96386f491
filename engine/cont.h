/*
 * cont.h — private glue between the container files (list.c, tuple.c,
 * dict.c, set.c, range.c, iter.c, bfunc.c): the per-interpreter container
 * state, the repr-recursion guard, CPython-worded argument checks, and the
 * constructors of the iterator objects each container hands out.
 *
 * Nothing here is for other engine files: the public container API is in
 * obj.h (section "containers").
 */
#ifndef ORMKATA_CONT_H
#define ORMKATA_CONT_H

#include <string.h>

#include "interp_int.h"

/* One object whose repr is being built (Py_ReprEnter's list), kept on the
 * C stack; a cleanup pops it when an exception unwinds past. */
typedef struct ReprEntry {
    struct ReprEntry *prev;
    Obj *obj;
    Interp *interp;
    int saved_depth;
    Cleanup cl;
} ReprEntry;

/* A C-recursion guard (nested compares and hashes): restores I->c_depth
 * when an exception unwinds past it. */
typedef struct DepthGuard {
    Interp *interp;
    int saved_depth;
    Cleanup cl;
} DepthGuard;

/* Per-interpreter container state, hung off the `list` class's ext. */
typedef struct ContState {
    ReprEntry *repr_top;
    Tuple *empty_tuple;
    Class *list_reverseiterator, *callable_iterator;
    Class *dict_reverseiter[3];     /* keys, values, items */
} ContState;

/* The container state (created by list_init). */
static inline ContState *cont_state(Interp *I)
{
    return (ContState *)I->cls.list->ext;
}

/* Enter the repr of container `o`: false when `o` is already being repr'd
 * (the caller prints "[...]"). Raises RecursionError when nesting is too
 * deep. Every true return must be matched by list_repr_leave. */
bool list_repr_enter(Interp *I, ReprEntry *e, Obj *o);
void list_repr_leave(Interp *I, ReprEntry *e);

/* C-recursion guard for compare/hash of nested containers (RecursionError
 * "maximum recursion depth exceeded<what>"). Pair with list_guard_leave. */
void list_guard_enter(Interp *I, DepthGuard *g, const char *what);
/* The same, allowed `slack` levels past the budget: for what CPython does
 * not count at all (a tuple's hash), so that it works at the deepest
 * Python frame (an lru_cache key's hash) and only deep nesting raises. */
void list_guard_enter_slack(Interp *I, DepthGuard *g, const char *what, int slack);
void list_guard_leave(Interp *I, DepthGuard *g);

/* Argument-count checks worded as CPython's C functions word them:
 *   METH_O:       "list.append() takes exactly one argument (0 given)"
 *   METH_NOARGS:  "list.copy() takes no arguments (1 given)"
 *   no keywords:  "list.append() takes no keyword arguments"
 *   unpack-tuple: "pop expected at most 1 argument, got 2" (name without class)
 * `argc` counts the arguments after the receiver. */
/* memmove of n Values; n == 0 is a no-op even with NULL pointers (an
 * empty list has items == NULL, and memmove(NULL, NULL, 0) is undefined). */
static inline void vmove(Value *dst, const Value *src, int64_t n)
{
    if (n > 0)
        memmove(dst, src, (size_t)n * sizeof(Value));
}

/* fn() and v.name() with a non-NULL (empty) argument array: some callees
 * memcpy argv even when argc is 0. */
static inline Value cont_call0(Interp *I, Value fn)
{
    Value none = v_none();
    return obj_call(I, fn, 0, &none, NULL);
}
static inline Value cont_call_method0(Interp *I, Value v, const char *name)
{
    Value none = v_none();
    return obj_call_method_cstr(I, v, name, 0, &none);
}

static inline bool kw_empty(const KwArgs *kw) { return !kw || kw->n == 0; }

static inline void cont_check_nokw(Interp *I, const char *qname, const KwArgs *kw)
{
    if (!kw_empty(kw))
        exc_raisef(I, I->cls.TypeError, "%s() takes no keyword arguments", qname);
}
static inline void cont_check_o(Interp *I, const char *qname, int argc, const KwArgs *kw)
{
    cont_check_nokw(I, qname, kw);
    if (argc != 1)
        exc_raisef(I, I->cls.TypeError, "%s() takes exactly one argument (%d given)", qname, argc);
}
static inline void cont_check_noargs(Interp *I, const char *qname, int argc, const KwArgs *kw)
{
    cont_check_nokw(I, qname, kw);
    if (argc != 0)
        exc_raisef(I, I->cls.TypeError, "%s() takes no arguments (%d given)", qname, argc);
}
/* PyArg_UnpackTuple's wording (no keyword check: callers do it). */
static inline void cont_check_range(Interp *I, const char *name, int argc, int min, int max)
{
    if (argc < min) {
        if (min == max)
            exc_raisef(I, I->cls.TypeError, "%s expected %d argument%s, got %d", name, min,
                       min == 1 ? "" : "s", argc);
        exc_raisef(I, I->cls.TypeError, "%s expected at least %d argument%s, got %d", name, min,
                   min == 1 ? "" : "s", argc);
    }
    if (argc > max) {
        if (min == max)
            exc_raisef(I, I->cls.TypeError, "%s expected %d argument%s, got %d", name, max,
                       max == 1 ? "" : "s", argc);
        exc_raisef(I, I->cls.TypeError, "%s expected at most %d argument%s, got %d", name, max,
                   max == 1 ? "" : "s", argc);
    }
}
/* "descriptor 'append' for 'list' objects doesn't apply to a 'int' object" */
static inline _Noreturn void cont_bad_self(Interp *I, const char *meth, Class *cls, Value self)
{
    exc_raisef(I, I->cls.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
               meth, cls->name->s, type_name(I, self));
}

/* Exact-class or subclass test without a function call in the common case. */
static inline bool v_isa(Interp *I, Value v, Class *c)
{
    return v.tag == V_OBJ && (v.u.o->cls == c || (v.u.o->cls->native_base == c));
}
static inline bool v_is_exact(Value v, Class *c)
{
    return v.tag == V_OBJ && v.u.o->cls == c;
}

/* CPython's hash of a machine int: value modulo 2**61 - 1, -1 becomes -2. */
static inline int64_t cont_hash_i64(int64_t v)
{
    const uint64_t M = ((uint64_t)1 << 61) - 1;
    int64_t h;
    if (v >= 0) {
        h = (int64_t)((uint64_t)v % M);
    } else {
        uint64_t a = (uint64_t)0 - (uint64_t)v;
        h = -(int64_t)(a % M);
    }
    return h == -1 ? -2 : h;
}

/* hash(v) with inline fast paths for ints, bools and interned/exact strs. */
static inline int64_t cont_hash(Interp *I, Value v)
{
    if (v.tag == V_INT || v.tag == V_BOOL)
        return cont_hash_i64(v.u.i);
    if (v.tag == V_OBJ && v.u.o->cls == I->cls.str) {
        Str *s = (Str *)v.u.o;
        return s->hash != -1 ? s->hash : str_hash(s);
    }
    return obj_hash(I, v);
}

/* a == b for container lookups: identity first, then cheap exact-type
 * paths, then the full protocol. */
static inline bool cont_eq(Interp *I, Value a, Value b)
{
    if (a.tag == b.tag) {
        switch (a.tag) {
        case V_INT: case V_BOOL: case V_NONE: return a.u.i == b.u.i;
        case V_FLOAT: return a.u.f == b.u.f;
        case V_OBJ:
            if (a.u.o == b.u.o)
                return true;
            if (a.u.o->cls == I->cls.str && b.u.o->cls == I->cls.str)
                return str_eq((Str *)a.u.o, (Str *)b.u.o);
            break;
        default: break;
        }
    }
    return obj_eq(I, a, b);
}

/* Identity-then-== as PyObject_RichCompareBool(a, b, Py_EQ) does. */
static inline bool cont_same_or_eq(Interp *I, Value a, Value b)
{
    if (v_is(a, b))
        return true;
    return cont_eq(I, a, b);
}

/* Normalise an index against len (negative counts from the end); returns
 * -1 when out of range. */
static inline int64_t cont_norm_index(int64_t i, int64_t len)
{
    if (i < 0)
        i += len;
    return (i < 0 || i >= len) ? -1 : i;
}

/* An int index (int or bool): true and *out set; a big int raises
 * IndexError "cannot fit 'int' into an index-sized integer"; anything else
 * returns false (the caller raises its own "indices must be" TypeError). */
bool list_as_index(Interp *I, Value v, int64_t *out);
/* An int argument as CPython's "n" converter reads it: ints, bools,
 * __index__; big ints raise OverflowError "cannot fit 'int' into an
 * index-sized integer". */
int64_t list_ssize_arg(Interp *I, Value v);
/* A slice bound for index()/count() style arguments (_PyEval_SliceIndex):
 * clamps big ints; TypeError "slice indices must be integers or have an
 * __index__ method". */
int64_t list_slice_bound(Interp *I, Value v);

/* Add __len__, __iter__, __getitem__ …, __repr__ methods for c's native slots. */
void list_add_slot_methods(Interp *I, Class *c);

/* Iterator constructors (iter.c). */
Value iter_list_new(Interp *I, List *l);
Value iter_list_reversed(Interp *I, List *l);
Value iter_tuple_new(Interp *I, Tuple *t);
Value iter_range_new(Interp *I, int64_t start, int64_t step, int64_t len);
Value iter_set_new(Interp *I, Set *s);
/* kind: 0 keys, 1 values, 2 items; reverse walks from the end. */
Value iter_dict_new(Interp *I, Dict *d, int kind, bool reverse);

/* Container internals shared between the files. */
List *list_copy_of(Interp *I, Value iterable);          /* list(iterable) */
void list_extend(Interp *I, List *l, Value iterable);
Str *list_seq_repr(Interp *I, const Value *items, int64_t n, const char *open, const char *close);
/* Lexicographic comparison of two item arrays (list/tuple richcmp). */
Value list_seq_richcmp(Interp *I, const Value *a, int64_t na, const Value *b, int64_t nb, CmpOp op);
/* Apply CPython's slice-index logic (PySlice_Unpack): raises for bad types
 * and zero step. */
void slice_unpack(Interp *I, Slice *sl, int64_t *start, int64_t *stop, int64_t *step);
int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step);

/* Sets (set.c) as bfunc.c and dict.c need them. */
Value set_repr_value(Interp *I, Value self);
/* Dict update from a mapping or an iterable of pairs (dict(x), d.update(x)). */
void dict_update_from(Interp *I, Dict *d, Value arg);
Value dict_view_new(Interp *I, Dict *d, int kind);
/* The dict behind a dict_keys/values/items view and which view it is. */
Dict *dict_view_dict(Value view, int *kind);
/* iter(fn, sentinel) */
Value iter_callable_new(Interp *I, Value fn, Value sentinel);

/* Tuple hash with CPython 3.11's xxHash-based algorithm. */
int64_t tuple_hash_items(Interp *I, const Value *items, int64_t n);

#endif
