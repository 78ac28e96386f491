/*
 * obj_proto.c — the generic protocol: repr/str/format, hash, rich
 * comparison, truth, len, iteration, item access, containment, calls and
 * arithmetic. Each operation first honours a special method defined by a
 * Python class (Class.dunders says which), then the native slot, then
 * raises the TypeError CPython raises.
 */
#include "obj_int.h"
#include "num.h"

#include <stdio.h>
#include <string.h>

/* Call the special method `name` found on v's class with v as self. */
static Value call_special(Interp *I, Value v, Str *name, int argc, const Value *argv)
{
    Value fn = class_lookup(I, class_of(I, v), name);
    if (v_is_unset(fn))
        return v_unset();
    Class *fc = class_of(I, fn);
    if (fc == I->cls.staticmethod || fc == I->cls.classmethod)
        return obj_call(I, fc->ops->get(I, fn, v, class_of(I, v)), argc, argv, NULL);
    Value small[4];
    Value *args = argc < 3 ? small : interp_alloc(I, sizeof(Value) * (size_t)(argc + 1));
    args[0] = v;
    if (argc)
        if (argc)
            memcpy(args + 1, argv, sizeof(Value) * (size_t)argc);
    return obj_call(I, fn, argc + 1, args, NULL);
}

static void depth_enter(Interp *I)
{
    if (++I->c_depth > (I->budget.max_depth ? I->budget.max_depth : 1000) + 50) {
        I->c_depth = 0;
        exc_raisef(I, I->cls.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    }
}

Str *obj_repr(Interp *I, Value v)
{
    Class *c = class_of(I, v);
    Str *r;
    depth_enter(I);
    if (c->dunders & DU_REPR) {
        Value s = call_special(I, v, I->names.__repr__, 0, NULL);
        if (!v_is_str(I, s))
            exc_raisef(I, I->cls.TypeError, "__repr__ returned non-string (type %s)", type_name(I, s));
        r = (Str *)s.u.o;
    } else {
        r = c->ops->repr ? c->ops->repr(I, v) : obj_default_repr(I, v);
    }
    I->c_depth--;
    return r;
}

Str *obj_str(Interp *I, Value v)
{
    Class *c = class_of(I, v);
    if (c == I->cls.str)
        return (Str *)v.u.o;
    if (c->dunders & DU_STR) {
        Value s = call_special(I, v, I->names.__str__, 0, NULL);
        if (!v_is_str(I, s))
            exc_raisef(I, I->cls.TypeError, "__str__ returned non-string (type %s)", type_name(I, s));
        return (Str *)s.u.o;
    }
    if (c->ops->str)
        return c->ops->str(I, v);
    return obj_repr(I, v);
}

Str *obj_format(Interp *I, Value v, Str *spec)
{
    Class *c = class_of(I, v);
    if (c->dunders & DU_FORMAT) {
        Value a = v_obj(spec);
        Value s = call_special(I, v, I->names.__format__, 1, &a);
        if (!v_is_str(I, s))
            exc_raisef(I, I->cls.TypeError, "__format__ must return a str, not %s", type_name(I, s));
        return (Str *)s.u.o;
    }
    if (c->ops->format)
        return c->ops->format(I, v, spec);
    if (spec->len)
        exc_raisef(I, I->cls.TypeError, "unsupported format string passed to %s.__format__", c->name->s);
    return obj_str(I, v);
}

int64_t obj_hash(Interp *I, Value v)
{
    switch (v.tag) {
    case V_INT:
    case V_BOOL:
    case V_FLOAT:
        return class_of(I, v)->ops->hash(I, v);
    default:
        break;
    }
    Class *c = class_of(I, v);
    if (c->flags & CLS_UNHASHABLE)
        exc_raisef(I, I->cls.TypeError, "unhashable type: '%s'", c->name->s);
    if (c->dunders & DU_HASH) {
        Value h = call_special(I, v, I->names.__hash__, 0, NULL);
        if (h.tag != V_INT && h.tag != V_BOOL && !int_is_big(h))
            exc_raisef(I, I->cls.TypeError, "__hash__ method should return an integer");
        /* As CPython's slot_tp_hash: a result that fits a machine word is
         * the hash itself; only a bigger one is hashed again. */
        int64_t x = h.tag == V_OBJ ? int_hash(I, h) : h.u.i;
        return x == -1 ? -2 : x;
    }
    if (c->ops->hash)
        return c->ops->hash(I, v);
    return (int64_t)(obj_id(I, v) >> 4);
}

static const CmpOp swapped[] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };
static const char *const cmp_sym[] = { "<", "<=", "==", "!=", ">", ">=" };
static const uint32_t cmp_du[] = { DU_LT, DU_LE, DU_EQ, DU_NE, DU_GT, DU_GE };
static const char *const cmp_name[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };

/* One side's attempt at a op b: Python method or native slot. */
static Value try_cmp(Interp *I, Class *c, Value a, Value b, CmpOp op)
{
    if (c->dunders & cmp_du[op]) {
        Value r = call_special(I, a, str_intern_cstr(I, cmp_name[op]), 1, &b);
        if (!v_is_unset(r))
            return r;
    }
    if (op == CMP_NE && (c->dunders & DU_EQ) && !(c->dunders & DU_NE)) {
        /* object.__ne__ inverts __eq__ */
        Value r = call_special(I, a, I->names.__eq__, 1, &b);
        if (v_is_notimpl(r) || v_is_unset(r))
            return v_notimpl();
        return v_bool(!obj_truthy(I, r));
    }
    if (c->ops->richcmp)
        return c->ops->richcmp(I, a, b, op);
    return v_notimpl();
}

Value obj_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    Class *ca = class_of(I, a), *cb = class_of(I, b);
    Value r;
    bool reflected_first = ca != cb && class_is_subclass(cb, ca) && (cb->dunders & cmp_du[swapped[op]]);
    if (reflected_first) {
        r = try_cmp(I, cb, b, a, swapped[op]);
        if (!v_is_notimpl(r))
            return r;
    }
    depth_enter(I);
    r = try_cmp(I, ca, a, b, op);
    if (v_is_notimpl(r) && !reflected_first)
        r = try_cmp(I, cb, b, a, swapped[op]);
    I->c_depth--;
    if (!v_is_notimpl(r))
        return r;
    if (op == CMP_EQ)
        return v_bool(v_is(a, b));
    if (op == CMP_NE)
        return v_bool(!v_is(a, b));
    exc_raisef(I, I->cls.TypeError, "'%s' not supported between instances of '%s' and '%s'",
               cmp_sym[op], ca->name->s, cb->name->s);
}

Value cmp_order_result(int c, CmpOp op)
{
    switch (op) {
    case CMP_LT: return v_bool(c < 0);
    case CMP_LE: return v_bool(c <= 0);
    case CMP_EQ: return v_bool(c == 0);
    case CMP_NE: return v_bool(c != 0);
    case CMP_GT: return v_bool(c > 0);
    default: return v_bool(c >= 0);
    }
}

bool obj_cmp_bool(Interp *I, Value a, Value b, CmpOp op)
{
    Value r = obj_richcmp(I, a, b, op);
    if (r.tag == V_BOOL)
        return r.u.i != 0;
    return obj_truthy(I, r);
}

bool obj_eq(Interp *I, Value a, Value b)
{
    if (a.tag == b.tag) {
        switch (a.tag) {
        case V_INT:
        case V_BOOL:
        case V_NONE:
            return a.u.i == b.u.i;
        case V_FLOAT:
            return a.u.f == b.u.f;
        case V_OBJ:
            if (a.u.o == b.u.o && a.u.o->cls != I->cls.float_)
                return true;
            break;
        default:
            break;
        }
    }
    return obj_cmp_bool(I, a, b, CMP_EQ);
}

bool obj_truthy(Interp *I, Value v)
{
    switch (v.tag) {
    case V_NONE: return false;
    case V_BOOL:
    case V_INT: return v.u.i != 0;
    case V_FLOAT: return v.u.f != 0.0;
    case V_NOTIMPL: return true;
    case V_UNSET: return false;
    case V_OBJ: case V_OWNED: break;
    }
    Class *c = v.u.o->cls;
    if (c->dunders & DU_BOOL) {
        Value r = call_special(I, v, I->names.__bool__, 0, NULL);
        if (r.tag != V_BOOL)
            exc_raisef(I, I->cls.TypeError, "__bool__ should return bool, returned %s", type_name(I, r));
        return r.u.i != 0;
    }
    if (c->dunders & DU_LEN)
        return obj_len(I, v) != 0;
    if (c->ops->truthy)
        return c->ops->truthy(I, v);
    if (c->ops->len)
        return c->ops->len(I, v) != 0;
    return true;
}

int64_t obj_len(Interp *I, Value v)
{
    Class *c = class_of(I, v);
    if (c->dunders & DU_LEN) {
        Value r = call_special(I, v, I->names.__len__, 0, NULL);
        if (r.tag != V_INT && r.tag != V_BOOL) {
            if (int_is_big(r))
                exc_raisef(I, I->cls.OverflowError, "cannot fit 'int' into an index-sized integer");
            exc_raisef(I, I->cls.TypeError, "'%s' object cannot be interpreted as an integer", type_name(I, r));
        }
        if (r.u.i < 0)
            exc_raisef(I, I->cls.ValueError, "__len__() should return >= 0");
        return r.u.i;
    }
    if (!c->ops->len)
        exc_raisef(I, I->cls.TypeError, "object of type '%s' has no len()", c->name->s);
    return c->ops->len(I, v);
}

/* Iterator over an object that only has __getitem__ (the old sequence protocol). */
typedef struct SeqIter {
    Obj hdr;
    Value seq;
    int64_t i;
} SeqIter;

static Value seqiter_next(Interp *I, Value self)
{
    SeqIter *it = (SeqIter *)self.u.o;
    if (v_is_unset(it->seq))
        return v_unset();
    volatile Value r = v_unset();
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        r = obj_getitem(I, it->seq, v_int(it->i));
        exc_pop(I, &ef);
    } else {
        if (!exc_matches(I, I->exc, I->cls.IndexError) && !exc_matches(I, I->exc, I->cls.StopIteration))
            exc_reraise(I);
        exc_clear(I);
        it->seq = v_unset();
        return v_unset();
    }
    it->i++;
    return r;
}

static Value self_iter(Interp *I, Value self) { return self; }

static const TypeOps seqiter_ops = { .iter = self_iter, .next = seqiter_next };

Value obj_iter(Interp *I, Value v)
{
    Class *c = class_of(I, v);
    if (c->dunders & DU_ITER) {
        Value it = call_special(I, v, I->names.__iter__, 0, NULL);
        Class *ic = class_of(I, it);
        if (!(ic->dunders & DU_NEXT) && !ic->ops->next)
            exc_raisef(I, I->cls.TypeError, "iter() returned non-iterator of type '%s'", ic->name->s);
        return it;
    }
    if (c->ops->iter)
        return c->ops->iter(I, v);
    if ((c->dunders & DU_GETITEM) || c->ops->getitem) {
        if (c != I->cls.dict && !class_is_subclass(c, I->cls.type)) {
            Class *sc = I->seqiter_cls;
            if (!sc)
                sc = I->seqiter_cls = class_new_native(I, "iterator", NULL, NULL, &seqiter_ops, sizeof(SeqIter), 0);
            SeqIter *it = obj_alloc(I, sc, sizeof *it);
            it->seq = v;
            return v_obj(it);
        }
    }
    exc_raisef(I, I->cls.TypeError, "'%s' object is not iterable", c->name->s);
}

Value obj_next(Interp *I, Value it)
{
    Class *c = class_of(I, it);
    if (c->ops->next && !(c->dunders & DU_NEXT))
        return c->ops->next(I, it);
    if (c->dunders & DU_NEXT) {
        volatile Value r = v_unset();
        ExcFrame ef;
        exc_push(I, &ef);
        if (setjmp(ef.jb) == 0) {
            r = call_special(I, it, I->names.__next__, 0, NULL);
            exc_pop(I, &ef);
        } else {
            if (!exc_matches(I, I->exc, I->cls.StopIteration))
                exc_reraise(I);
            exc_clear(I);
            return v_unset();
        }
        return r;
    }
    exc_raisef(I, I->cls.TypeError, "'%s' object is not an iterator", c->name->s);
}

/* C[key] on a class: its __class_getitem__ (a plain function is called as a
 * classmethod, as type.__new__ makes it), a types.GenericAlias for the
 * builtin generic classes (list[int]), else the class unchanged (kata
 * Python accepts any class as a type hint). Raises what the hook raises. */
static Value class_subscript(Interp *I, Class *cls, Value key)
{
    Value hook = class_lookup(I, cls, str_intern_cstr(I, "__class_getitem__"));
    if (!v_is_unset(hook)) {
        if (hook.tag == V_OBJ && hook.u.o->cls == I->cls.function) {
            Value args[2] = { v_obj(cls), key };
            return obj_call(I, hook, 2, args, NULL);
        }
        return obj_call(I, obj_getattr_cstr(I, v_obj(cls), "__class_getitem__"), 1, &key, NULL);
    }
    Class *generic[] = { I->cls.list, I->cls.dict, I->cls.tuple, I->cls.set, I->cls.frozenset,
                         I->cls.type };
    for (size_t i = 0; i < sizeof generic / sizeof *generic; i++) {
        if (cls == generic[i]) {
            Module *types = interp_import(I, str_intern_cstr(I, "types"));
            Value ga = obj_getattr_cstr(I, v_obj(types), "GenericAlias");
            Value args[2] = { v_obj(cls), key };
            return obj_call(I, ga, 2, args, NULL);
        }
    }
    return v_obj(cls);
}

Value obj_getitem(Interp *I, Value v, Value key)
{
    Class *c = class_of(I, v);
    if (c->dunders & DU_GETITEM)
        return call_special(I, v, I->names.__getitem__, 1, &key);
    if (c->ops->getitem)
        return c->ops->getitem(I, v, key);
    if (c == I->cls.type || class_is_subclass(c, I->cls.type))
        return class_subscript(I, (Class *)v.u.o, key);
    exc_raisef(I, I->cls.TypeError, "'%s' object is not subscriptable", c->name->s);
}

void obj_setitem(Interp *I, Value v, Value key, Value val)
{
    Class *c = class_of(I, v);
    if (c->dunders & DU_SETITEM) {
        Value args[2] = { key, val };
        call_special(I, v, I->names.__setitem__, 2, args);
        return;
    }
    if (!c->ops->setitem)
        exc_raisef(I, I->cls.TypeError, "'%s' object does not support item assignment", c->name->s);
    c->ops->setitem(I, v, key, val);
}

void obj_delitem(Interp *I, Value v, Value key)
{
    Class *c = class_of(I, v);
    if (c->dunders & DU_DELITEM) {
        call_special(I, v, I->names.__delitem__, 1, &key);
        return;
    }
    if (!c->ops->delitem)
        exc_raisef(I, I->cls.TypeError, "'%s' object doesn't support item deletion", c->name->s);
    c->ops->delitem(I, v, key);
}

bool obj_contains(Interp *I, Value container, Value item)
{
    Class *c = class_of(I, container);
    if (c->dunders & DU_CONTAINS)
        return obj_truthy(I, call_special(I, container, I->names.__contains__, 1, &item));
    if (c->ops->contains)
        return c->ops->contains(I, container, item);
    if (!(c->dunders & (DU_ITER | DU_GETITEM)) && !c->ops->iter && !c->ops->getitem)
        exc_raisef(I, I->cls.TypeError, "argument of type '%s' is not iterable", c->name->s);
    Value it = obj_iter(I, container);
    for (;;) {
        Value x = obj_next(I, it);
        if (v_is_unset(x))
            return false;
        if (v_is(x, item) || obj_eq(I, x, item))
            return true;
    }
}

Value obj_call(Interp *I, Value fn, int argc, const Value *argv, const KwArgs *kw)
{
    Class *c = class_of(I, fn);
    if (c->ops->call && !(c->dunders & DU_CALL))
        return c->ops->call(I, fn, argc, argv, kw);
    if (c->dunders & DU_CALL) {
        Value m = class_lookup(I, c, I->names.__call__);
        Value *args = interp_alloc(I, sizeof(Value) * (size_t)(argc + 1));
        args[0] = fn;
        if (argc)
            memcpy(args + 1, argv, sizeof(Value) * (size_t)argc);
        return obj_call(I, m, argc + 1, args, kw);
    }
    exc_raisef(I, I->cls.TypeError, "'%s' object is not callable", c->name->s);
}

Value obj_call0(Interp *I, Value fn) { return obj_call(I, fn, 0, NULL, NULL); }
Value obj_call1(Interp *I, Value fn, Value a) { return obj_call(I, fn, 1, &a, NULL); }

Value obj_call2(Interp *I, Value fn, Value a, Value b)
{
    Value args[2] = { a, b };
    return obj_call(I, fn, 2, args, NULL);
}

Value obj_call_method(Interp *I, Value v, Str *name, int argc, const Value *argv, const KwArgs *kw)
{
    Class *c = class_of(I, v);
    /* Plain functions and native methods found on the class are called with
     * v prepended, without a bound-method object; anything else goes through
     * the full attribute lookup. */
    if (c->ops->getattr == obj_generic_getattr && !(c->dunders & DU_GETATTR)) {
        Value fn = class_lookup(I, c, name);
        if (!v_is_unset(fn)) {
            Class *fc = class_of(I, fn);
            bool inst_shadow = false;
            if (c->flags & CLS_HAS_DICT) {
                Dict *d = ((Instance *)v.u.o)->dict;
                inst_shadow = d && !v_is_unset(dict_get_str(I, d, name));
            }
            if (!inst_shadow && (fc == I->cls.function ||
                                 (fc == I->cls.builtin_function && ((NativeFn *)fn.u.o)->owner &&
                                  v_is_unset(((NativeFn *)fn.u.o)->self)))) {
                Value small[8];
                Value *args = argc < 7 ? small : interp_alloc(I, sizeof(Value) * (size_t)(argc + 1));
                args[0] = v;
                if (argc)
            memcpy(args + 1, argv, sizeof(Value) * (size_t)argc);
                return obj_call(I, fn, argc + 1, args, kw);
            }
        }
    }
    return obj_call(I, obj_getattr(I, v, name), argc, argv, kw);
}

Value obj_call_method_cstr(Interp *I, Value v, const char *name, int argc, const Value *argv)
{
    return obj_call_method(I, v, str_intern_cstr(I, name), argc, argv, NULL);
}

/* ------------------------------------------------------------------ */
/* Arithmetic                                                           */
/* ------------------------------------------------------------------ */

static const char *const op_sym[OP__COUNT] = {
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@",
};
static const char *const op_name[OP__COUNT] = {
    "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul",
};

static Value try_dunder_binop(Interp *I, Value self, const char *prefix, int base, Value other)
{
    char buf[32];
    snprintf(buf, sizeof buf, "__%s%s__", prefix, op_name[base]);
    Str *name = str_intern_cstr(I, buf);
    Value fn = class_lookup(I, class_of(I, self), name);
    if (v_is_unset(fn))
        return v_notimpl();
    return call_special(I, self, name, 1, &other);
}

Value obj_binop(Interp *I, int op, Value a, Value b)
{
    int base = op & 0xff;
    bool inplace = (op & OP_INPLACE) != 0;
    Class *ca = class_of(I, a), *cb = class_of(I, b);
    Value r = v_notimpl();
    if (inplace && (ca->dunders & DU_ARITH)) {
        r = try_dunder_binop(I, a, "i", base, b);
        if (!v_is_notimpl(r))
            return r;
    }
    bool b_first = ca != cb && class_is_subclass(cb, ca) && (cb->dunders & DU_ARITH);
    if (b_first) {
        r = try_dunder_binop(I, b, "r", base, a);
        if (!v_is_notimpl(r))
            return r;
    }
    if (ca->dunders & DU_ARITH)
        r = try_dunder_binop(I, a, "", base, b);
    if (v_is_notimpl(r) && ca->ops->binop)
        r = ca->ops->binop(I, op, a, b);
    if (v_is_notimpl(r) && cb != ca) {
        if ((cb->dunders & DU_ARITH) && !b_first)
            r = try_dunder_binop(I, b, "r", base, a);
        if (v_is_notimpl(r) && cb->ops->binop)
            r = cb->ops->binop(I, base, a, b);
    }
    if (!v_is_notimpl(r))
        return r;
    exc_raisef(I, I->cls.TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
               op_sym[base], inplace ? "=" : (base == OP_POW ? " or pow()" : ""),
               ca->name->s, cb->name->s);
}

Value obj_unop(Interp *I, UnOp op, Value a)
{
    static const char *const names[] = { "__neg__", "__pos__", "__invert__" };
    static const char *const syms[] = { "-", "+", "~" };
    Class *c = class_of(I, a);
    if (c->dunders & DU_ARITH) {
        Str *name = str_intern_cstr(I, names[op]);
        if (!v_is_unset(class_lookup(I, c, name)))
            return call_special(I, a, name, 0, NULL);
    }
    if (c->ops->unop) {
        Value r = c->ops->unop(I, op, a);
        if (!v_is_notimpl(r))
            return r;
    }
    exc_raisef(I, I->cls.TypeError, "bad operand type for unary %s: '%s'", syms[op], c->name->s);
}

int64_t obj_index(Interp *I, Value v)
{
    if (v.tag == V_INT || v.tag == V_BOOL)
        return v.u.i;
    if (int_is_big(v))
        exc_raisef(I, I->cls.IndexError, "cannot fit 'int' into an index-sized integer");
    Class *c = class_of(I, v);
    Value m = class_lookup(I, c, str_intern_cstr(I, "__index__"));
    if (v_is_unset(m) && (c->flags & CLS_PYTHON) && c->native_base == I->cls.int_) {
        /* a subclass of int (an IntEnum member): its value */
        Value u = num_unwrap(I, v);
        if (u.tag == V_INT || u.tag == V_BOOL)
            return u.u.i;
        exc_raisef(I, I->cls.IndexError, "cannot fit 'int' into an index-sized integer");
    }
    if (!v_is_unset(m) && (c->flags & CLS_PYTHON)) {
        Value r = call_special(I, v, str_intern_cstr(I, "__index__"), 0, NULL);
        if (r.tag == V_INT || r.tag == V_BOOL)
            return r.u.i;
        exc_raisef(I, I->cls.TypeError, "__index__ returned non-int (type %s)", type_name(I, r));
    }
    exc_raisef(I, I->cls.TypeError, "'%s' object cannot be interpreted as an integer", c->name->s);
}

List *obj_to_list(Interp *I, Value iterable)
{
    List *l = list_new(I, 0);
    Value it = obj_iter(I, iterable);
    for (;;) {
        Value x = obj_next(I, it);
        if (v_is_unset(x))
            return l;
        list_append(I, l, x);
    }
}
