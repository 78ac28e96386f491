/*
 * tuple.c — the `tuple` type: an immutable array of Values stored inline
 * after the header, with CPython 3.11's xxHash-based hash (so hash((1, 2))
 * and the iteration order of sets of tuples match python3). The empty
 * tuple is a singleton, as in CPython (`() is ()`).
 */
#include "cont.h"

#include <string.h>

#define AS_TUPLE(v) ((Tuple *)(v).u.o)

/* A tuple of n items, all V_NONE; the caller fills them in. */
Tuple *tuple_new(Interp *I, int64_t n)
{
    if (n == 0 && I->cls.list && cont_state(I)->empty_tuple)
        return cont_state(I)->empty_tuple;
    if (n < 0 || (uint64_t)n > (SIZE_MAX / 4) / sizeof(Value))
        exc_raise(I, v_obj(I->cls.MemoryError));
    Tuple *t = obj_alloc(I, I->cls.tuple, sizeof(Tuple) + (size_t)n * sizeof(Value));
    t->len = n;
    t->hash = -1;
    for (int64_t i = 0; i < n; i++)
        t->items[i] = v_none();
    return t;
}

Tuple *tuple_from(Interp *I, int64_t n, const Value *items)
{
    Tuple *t = tuple_new(I, n);
    if (n > 0)
        vmove(t->items, items, n);
    return t;
}

Tuple *tuple_pack(Interp *I, int n, ...)
{
    Tuple *t = tuple_new(I, n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        t->items[i] = va_arg(ap, Value);
    va_end(ap);
    return t;
}

/* CPython 3.11 tuplehash (xxHash 64-bit lanes). Raises what hashing an
 * item raises ("unhashable type: 'list'"). */
int64_t tuple_hash_items(Interp *I, const Value *items, int64_t n)
{
    const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL,
                   P5 = 2870177450012600261ULL;
    uint64_t acc = P5;
    DepthGuard g;
    bool guarded = false;
    for (int64_t i = 0; i < n; i++) {
        Value v = items[i];
        uint64_t lane;
        if (v.tag == V_INT || v.tag == V_BOOL) {
            lane = (uint64_t)cont_hash_i64(v.u.i);
        } else {
            if (v.tag == V_OBJ && !guarded && v.u.o->cls != I->cls.str) {
                list_guard_enter_slack(I, &g, " while calling a Python object", 50);
                guarded = true;
            }
            lane = (uint64_t)cont_hash(I, v);
        }
        acc += lane * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    }
    if (guarded)
        list_guard_leave(I, &g);
    acc += (uint64_t)n ^ (P5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}

static int64_t tuple_hash(Interp *I, Value self)
{
    Tuple *t = AS_TUPLE(self);
    if (t->hash != -1)
        return t->hash;
    int64_t h = tuple_hash_items(I, t->items, t->len);
    t->hash = h;
    return h;
}

static Str *tuple_repr(Interp *I, Value self)
{
    Tuple *t = AS_TUPLE(self);
    if (t->len == 0)
        return str_intern_cstr(I, "()");
    ReprEntry e;
    if (!list_repr_enter(I, &e, &t->hdr))
        return str_intern_cstr(I, "(...)");
    Str *s = list_seq_repr(I, t->items, t->len, "(", t->len == 1 ? ",)" : ")");
    list_repr_leave(I, &e);
    return s;
}

static Value tuple_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    if (!v_isa(I, a, I->cls.tuple) || !v_isa(I, b, I->cls.tuple))
        return v_notimpl();
    Tuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
    return list_seq_richcmp(I, x->items, x->len, y->items, y->len, op);
}

static bool tuple_truthy(Interp *I, Value self) { return AS_TUPLE(self)->len != 0; }
static int64_t tuple_len(Interp *I, Value self) { return AS_TUPLE(self)->len; }
static Value tuple_iter(Interp *I, Value self) { return iter_tuple_new(I, AS_TUPLE(self)); }

static Value tuple_getitem(Interp *I, Value self, Value key)
{
    Tuple *t = AS_TUPLE(self);
    int64_t i;
    if (key.tag == V_INT) {
        i = key.u.i;
        if (i < 0)
            i += t->len;
        if ((uint64_t)i >= (uint64_t)t->len)
            exc_raisef(I, I->cls.IndexError, "tuple index out of range");
        return t->items[i];
    }
    if (v_is_exact(key, I->cls.slice)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(I, (Slice *)key.u.o, t->len, &start, &stop, &step);
        if (step == 1 && n == t->len && t->hdr.cls == I->cls.tuple)
            return self;
        Tuple *r = tuple_new(I, n);
        for (int64_t k = 0, j = start; k < n; k++, j += step)
            r->items[k] = t->items[j];
        return v_obj(r);
    }
    if (!list_as_index(I, key, &i))
        exc_raisef(I, I->cls.TypeError, "tuple indices must be integers or slices, not %s",
                   type_name(I, key));
    i = cont_norm_index(i, t->len);
    if (i < 0)
        exc_raisef(I, I->cls.IndexError, "tuple index out of range");
    return t->items[i];
}

static bool tuple_contains(Interp *I, Value self, Value item)
{
    Tuple *t = AS_TUPLE(self);
    for (int64_t i = 0; i < t->len; i++)
        if (cont_same_or_eq(I, t->items[i], item))
            return true;
    return false;
}

static Value tuple_binop(Interp *I, int op, Value a, Value b)
{
    int base = op & ~OP_INPLACE;
    bool a_tup = v_isa(I, a, I->cls.tuple);
    if (base == OP_ADD) {
        if (!a_tup)
            return v_notimpl();
        if (!v_isa(I, b, I->cls.tuple)) {
            Class *c = class_of(I, b);
            if ((c->flags & CLS_PYTHON) && (c->dunders & DU_ARITH))
                return v_notimpl();
            exc_raisef(I, I->cls.TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                       type_name(I, b));
        }
        Tuple *x = AS_TUPLE(a), *y = AS_TUPLE(b);
        if (y->len == 0 && x->hdr.cls == I->cls.tuple)
            return a;
        if (x->len == 0 && y->hdr.cls == I->cls.tuple)
            return b;
        Tuple *r = tuple_new(I, x->len + y->len);
        vmove(r->items, x->items, x->len);
        vmove(r->items + x->len, y->items, y->len);
        return v_obj(r);
    }
    if (base == OP_MUL) {
        if (!a_tup && !v_isa(I, b, I->cls.tuple))
            return v_notimpl();
        Value seq = a_tup ? a : b, cnt = a_tup ? b : a;
        Class *cc = class_of(I, cnt);
        int64_t n;
        if (cnt.tag == V_INT || cnt.tag == V_BOOL || cc == I->cls.int_) {
            if (cnt.tag == V_OBJ && obj_cmp_bool(I, cnt, v_int(0), CMP_LT))
                n = 0;
            else
                n = list_ssize_arg(I, cnt);
        } else if ((cc->flags & CLS_PYTHON) &&
                   !v_is_unset(class_lookup(I, cc, str_intern_cstr(I, "__index__")))) {
            n = obj_index(I, cnt);
        } else {
            if (!a_tup || ((cc->flags & CLS_PYTHON) && (cc->dunders & DU_ARITH)))
                return v_notimpl();
            exc_raisef(I, I->cls.TypeError, "can't multiply sequence by non-int of type '%s'",
                       type_name(I, cnt));
        }
        Tuple *t = AS_TUPLE(seq);
        if (n == 1 && t->hdr.cls == I->cls.tuple)
            return seq;
        if (n <= 0 || t->len == 0)
            return v_obj(tuple_new(I, 0));
        if (n > INT64_MAX / t->len)
            exc_raise(I, v_obj(I->cls.MemoryError));
        Tuple *r = tuple_new(I, t->len * n);
        for (int64_t k = 0; k < n; k++)
            vmove(r->items + k * t->len, t->items, t->len);
        return v_obj(r);
    }
    return v_notimpl();
}

static Value tuple_new_slot(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "tuple", kw);
    cont_check_range(I, "tuple", argc, 0, 1);
    if (argc == 0)
        return v_obj(tuple_new(I, 0));
    Value src = argv[0];
    if (cls == I->cls.tuple && v_is_exact(src, I->cls.tuple))
        return src;
    List *l = list_copy_of(I, src);
    if (cls == I->cls.tuple)
        return v_obj(tuple_from(I, l->len, l->items));
    Tuple *t = obj_alloc(I, cls, (cls->inst_size > sizeof(Tuple) ? cls->inst_size : sizeof(Tuple)) +
                                     (size_t)l->len * sizeof(Value));
    t->len = l->len;
    t->hash = -1;
    vmove(t->items, l->items, l->len);
    return v_obj(t);
}

static Tuple *self_tuple(Interp *I, const char *meth, int argc, const Value *argv)
{
    if (argc < 1 || !v_isa(I, argv[0], I->cls.tuple))
        cont_bad_self(I, meth, I->cls.tuple, argc ? argv[0] : v_none());
    return AS_TUPLE(argv[0]);
}

static Value m_index(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Tuple *t = self_tuple(I, "index", argc, argv);
    cont_check_nokw(I, "index", kw);
    cont_check_range(I, "index", argc - 1, 1, 3);
    int64_t lo = 0, hi = INT64_MAX;
    if (argc > 2)
        lo = list_slice_bound(I, argv[2]);
    if (argc > 3)
        hi = list_slice_bound(I, argv[3]);
    if (lo < 0 && (lo += t->len) < 0)
        lo = 0;
    if (hi < 0 && (hi += t->len) < 0)
        hi = 0;
    for (int64_t i = lo; i < hi && i < t->len; i++)
        if (cont_same_or_eq(I, t->items[i], argv[1]))
            return v_int(i);
    exc_raisef(I, I->cls.ValueError, "tuple.index(x): x not in tuple");
}

static Value m_count(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Tuple *t = self_tuple(I, "count", argc, argv);
    cont_check_o(I, "tuple.count", argc - 1, kw);
    int64_t n = 0;
    for (int64_t i = 0; i < t->len; i++)
        if (cont_same_or_eq(I, t->items[i], argv[1]))
            n++;
    return v_int(n);
}

static const TypeOps tuple_ops = {
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcmp = tuple_richcmp,
    .truthy = tuple_truthy,
    .len = tuple_len,
    .iter = tuple_iter,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .binop = tuple_binop,
    .new_ = tuple_new_slot,
};

/* Create the tuple class and the empty-tuple singleton. Idempotent. */
void tuple_init(Interp *I)
{
    if (I->cls.tuple)
        return;
    list_init(I);
    Class *c = class_new_native(I, "tuple", "builtins", NULL, &tuple_ops, sizeof(Tuple), CLS_BASETYPE);
    I->cls.tuple = c;
    Tuple *e = obj_alloc(I, c, sizeof(Tuple));
    e->hash = -1;
    cont_state(I)->empty_tuple = e;
    class_add_method(I, c, "index", m_index);
    class_add_method(I, c, "count", m_count);
    list_add_slot_methods(I, c);
}
