/*
 * value.h — the one value type every part of the interpreter passes around.
 *
 * A Value is 16 bytes and never needs freeing: None, bools, small ints and
 * floats live inside it; everything else is a pointer to an arena object
 * (see obj.h). Copy Values freely.
 */
#ifndef ORMKATA_VALUE_H
#define ORMKATA_VALUE_H

#include <stdint.h>
#include <stddef.h>

struct Obj;

typedef enum VTag {
    V_UNSET = 0,   /* internal "no value": unbound local, missing key, end of iteration */
    V_NONE,
    V_BOOL,        /* u.i is 0 or 1 */
    V_INT,         /* u.i; ints that do not fit are BigInt objects (V_OBJ) */
    V_FLOAT,       /* u.f */
    V_NOTIMPL,     /* the NotImplemented singleton */
    V_OBJ,         /* u.o, never NULL */
    /* Only ever inside a variable or a dict value slot, never passed around:
     * u.o is a str that this slot alone holds, so `+=` on the slot may
     * extend it in place (eval_stmt.c, str_iadd in str.c). Code that reads
     * such a slot uses v_read_slot(), which turns it into a plain V_OBJ
     * (now shared) before the value is copied anywhere. */
    V_OWNED
} VTag;

typedef struct Value {
    VTag tag;
    union {
        int64_t i;
        double f;
        struct Obj *o;
    } u;
} Value;

static inline Value v_unset(void) { Value v; v.tag = V_UNSET; v.u.i = 0; return v; }
static inline Value v_none(void) { Value v; v.tag = V_NONE; v.u.i = 0; return v; }
static inline Value v_notimpl(void) { Value v; v.tag = V_NOTIMPL; v.u.i = 0; return v; }
static inline Value v_bool(int b) { Value v; v.tag = V_BOOL; v.u.i = b ? 1 : 0; return v; }
static inline Value v_int(int64_t i) { Value v; v.tag = V_INT; v.u.i = i; return v; }
static inline Value v_float(double f) { Value v; v.tag = V_FLOAT; v.u.f = f; return v; }
static inline Value v_obj(void *o) { Value v; v.tag = V_OBJ; v.u.o = (struct Obj *)o; return v; }

/* The value in a variable or dict value slot, as everyone may see it: an
 * owned str (V_OWNED) becomes shared first. */
static inline Value v_read_slot(Value *slot)
{
    if (slot->tag == V_OWNED)
        slot->tag = V_OBJ;
    return *slot;
}
/* A slot value that is neither unset nor owned (the fast path of a load). */
static inline int v_is_plain(Value v) { return (unsigned)v.tag - 1u < (unsigned)V_OBJ; }

static inline int v_is_unset(Value v) { return v.tag == V_UNSET; }
static inline int v_is_none(Value v) { return v.tag == V_NONE; }
static inline int v_is_obj(Value v) { return v.tag == V_OBJ; }
static inline int v_is_notimpl(Value v) { return v.tag == V_NOTIMPL; }

/* Identity, as Python's `is`: an unboxed value is the same object as
 * another with the same bits (so 0.0 is not -0.0, and a NaN is itself). */
static inline int v_is(Value a, Value b)
{
    if (a.tag != b.tag)
        return 0;
    if (a.tag == V_OBJ)
        return a.u.o == b.u.o;
    return a.u.i == b.u.i;
}

#endif
