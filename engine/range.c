/*
 * range.c — `range` (an arithmetic progression of machine ints, with O(1)
 * len, indexing, slicing and `in` for ints) and `slice` (the object
 * `a[i:j:k]` passes to __getitem__, plus CPython's PySlice_Unpack and
 * PySlice_AdjustIndices that every sequence uses to resolve it).
 */
#include "cont.h"

#include <string.h>

#define AS_RANGE(v) ((Range *)(v).u.o)
#define AS_SLICE(v) ((Slice *)(v).u.o)

/* ------------------------------------------------------------------ */
/* range                                                                */
/* ------------------------------------------------------------------ */

static int64_t range_length(int64_t start, int64_t stop, int64_t step)
{
    __int128 n = 0;
    if (step > 0 && start < stop)
        n = ((__int128)stop - start - 1) / step + 1;
    else if (step < 0 && start > stop)
        n = ((__int128)start - stop - 1) / -(__int128)step + 1;
    return n > INT64_MAX ? INT64_MAX : (int64_t)n;
}

static Range *range_make(Interp *I, int64_t start, int64_t stop, int64_t step)
{
    Range *r = obj_alloc(I, I->cls.range, sizeof(Range));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = range_length(start, stop, step);
    return r;
}

Value range_new(Interp *I, int64_t start, int64_t stop, int64_t step)
{
    if (step == 0)
        exc_raisef(I, I->cls.ValueError, "range() arg 3 must not be zero");
    return v_obj(range_make(I, start, stop, step));
}

/* A range argument: an int (or __index__), as a machine int. */
static int64_t range_arg(Interp *I, Value v)
{
    if (v.tag == V_INT || v.tag == V_BOOL)
        return v.u.i;
    if (int_is_big(v))
        exc_raisef(I, I->cls.OverflowError, "Python int too large to convert to C ssize_t");
    return obj_index(I, v);
}

static Value range_new_slot(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "range", kw);
    cont_check_range(I, "range", argc, 1, 3);
    if (argc == 1)
        return range_new(I, 0, range_arg(I, argv[0]), 1);
    int64_t start = range_arg(I, argv[0]), stop = range_arg(I, argv[1]);
    int64_t step = argc == 3 ? range_arg(I, argv[2]) : 1;
    return range_new(I, start, stop, step);
}

static Str *range_repr(Interp *I, Value self)
{
    Range *r = AS_RANGE(self);
    if (r->step == 1)
        return str_fmt(I, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_fmt(I, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                   (long long)r->step);
}

/* hash((len, start, step)) with None where CPython puts None. */
static int64_t range_hash(Interp *I, Value self)
{
    Range *r = AS_RANGE(self);
    Value t[3] = { v_int(r->len), v_none(), v_none() };
    if (r->len > 0) {
        t[1] = v_int(r->start);
        if (r->len > 1)
            t[2] = v_int(r->step);
    }
    return tuple_hash_items(I, t, 3);
}

static bool range_same(Range *a, Range *b)
{
    if (a == b)
        return true;
    if (a->len != b->len)
        return false;
    if (a->len == 0)
        return true;
    if (a->start != b->start)
        return false;
    return a->len == 1 || a->step == b->step;
}

static Value range_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !v_is_exact(a, I->cls.range) || !v_is_exact(b, I->cls.range))
        return v_notimpl();
    bool eq = range_same(AS_RANGE(a), AS_RANGE(b));
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static bool range_truthy(Interp *I, Value self) { return AS_RANGE(self)->len != 0; }

static int64_t range_len(Interp *I, Value self)
{
    Range *r = AS_RANGE(self);
    if (r->len == INT64_MAX) {   /* saturated: is the true length bigger? */
        __int128 n = 0;
        if (r->step > 0 && r->start < r->stop)
            n = ((__int128)r->stop - r->start - 1) / r->step + 1;
        else if (r->step < 0 && r->start > r->stop)
            n = ((__int128)r->start - r->stop - 1) / -(__int128)r->step + 1;
        if (n > INT64_MAX)
            exc_raisef(I, I->cls.OverflowError, "Python int too large to convert to C ssize_t");
    }
    return r->len;
}

static Value range_iter(Interp *I, Value self)
{
    Range *r = AS_RANGE(self);
    return iter_range_new(I, r->start, r->step, r->len);
}

static Value range_getitem(Interp *I, Value self, Value key)
{
    Range *r = AS_RANGE(self);
    if (v_is_exact(key, I->cls.slice)) {
        int64_t start, stop, step;
        int64_t n = slice_indices(I, AS_SLICE(key), r->len, &start, &stop, &step);
        Range *s = obj_alloc(I, I->cls.range, sizeof(Range));
        s->start = (int64_t)((__int128)r->start + (__int128)start * r->step);
        s->stop = (int64_t)((__int128)r->start + (__int128)stop * r->step);
        s->step = (int64_t)((__int128)r->step * step);
        s->len = n;
        return v_obj(s);
    }
    int64_t i;
    if (key.tag == V_INT || key.tag == V_BOOL) {
        i = key.u.i;
    } else if (int_is_big(key)) {
        exc_raisef(I, I->cls.IndexError, "range object index out of range");
    } else {
        Class *c = class_of(I, key);
        if (!(c->flags & CLS_PYTHON) || v_is_unset(class_lookup(I, c, str_intern_cstr(I, "__index__"))))
            exc_raisef(I, I->cls.TypeError, "range indices must be integers or slices, not %s",
                       type_name(I, key));
        i = obj_index(I, key);
    }
    i = cont_norm_index(i, r->len);
    if (i < 0)
        exc_raisef(I, I->cls.IndexError, "range object index out of range");
    return v_int(r->start + i * r->step);
}

/* Is the machine int x one of r's values? */
static bool range_has_int(Range *r, int64_t x)
{
    if (r->len == 0)
        return false;
    if (r->step > 0) {
        if (x < r->start || x >= r->stop)
            return false;
    } else {
        if (x > r->start || x <= r->stop)
            return false;
    }
    return ((__int128)x - r->start) % r->step == 0;
}

static bool range_contains(Interp *I, Value self, Value item)
{
    Range *r = AS_RANGE(self);
    if (item.tag == V_INT || item.tag == V_BOOL)
        return range_has_int(r, item.u.i);
    if (int_is_big(item))
        return false;
    for (int64_t i = 0; i < r->len; i++)
        if (obj_eq(I, v_int(r->start + i * r->step), item))
            return true;
    return false;
}

static Range *self_range(Interp *I, const char *meth, int argc, const Value *argv)
{
    if (argc < 1 || !v_is_exact(argv[0], I->cls.range))
        cont_bad_self(I, meth, I->cls.range, argc ? argv[0] : v_none());
    return AS_RANGE(argv[0]);
}

static Value m_count(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Range *r = self_range(I, "count", argc, argv);
    cont_check_o(I, "range.count", argc - 1, kw);
    Value x = argv[1];
    if (x.tag == V_INT || x.tag == V_BOOL)
        return v_int(range_has_int(r, x.u.i) ? 1 : 0);
    int64_t n = 0;
    for (int64_t i = 0; i < r->len; i++)
        if (obj_eq(I, v_int(r->start + i * r->step), x))
            n++;
    return v_int(n);
}

static Value m_index(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Range *r = self_range(I, "index", argc, argv);
    cont_check_o(I, "range.index", argc - 1, kw);
    Value x = argv[1];
    if (x.tag == V_INT || x.tag == V_BOOL) {
        if (range_has_int(r, x.u.i))
            return v_int((int64_t)(((__int128)x.u.i - r->start) / r->step));
    } else {
        for (int64_t i = 0; i < r->len; i++)
            if (obj_eq(I, v_int(r->start + i * r->step), x))
                return v_int(i);
    }
    exc_raisef(I, I->cls.ValueError, "%s is not in range", obj_repr(I, x)->s);
}

static Value g_start(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_int(self_range(I, "start", argc, argv)->start);
}
static Value g_stop(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_int(self_range(I, "stop", argc, argv)->stop);
}
static Value g_step(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_int(self_range(I, "step", argc, argv)->step);
}

/* ------------------------------------------------------------------ */
/* slice                                                                */
/* ------------------------------------------------------------------ */

Value slice_new(Interp *I, Value start, Value stop, Value step)
{
    Slice *s = obj_alloc(I, I->cls.slice, sizeof(Slice));
    s->start = v_is_unset(start) ? v_none() : start;
    s->stop = v_is_unset(stop) ? v_none() : stop;
    s->step = v_is_unset(step) ? v_none() : step;
    return v_obj(s);
}

/* _PyEval_SliceIndex: ints and __index__; big ints clamp to the int64 range. */
static int64_t slice_index(Interp *I, Value v)
{
    if (v.tag == V_INT || v.tag == V_BOOL)
        return v.u.i;
    if (int_is_big(v))
        return obj_cmp_bool(I, v, v_int(0), CMP_LT) ? INT64_MIN : INT64_MAX;
    Class *c = class_of(I, v);
    if ((c->flags & CLS_PYTHON) && !v_is_unset(class_lookup(I, c, str_intern_cstr(I, "__index__"))))
        return obj_index(I, v);
    exc_raisef(I, I->cls.TypeError,
               "slice indices must be integers or None or have an __index__ method");
}

void slice_unpack(Interp *I, Slice *sl, int64_t *start, int64_t *stop, int64_t *step)
{
    if (v_is_none(sl->step)) {
        *step = 1;
    } else {
        *step = slice_index(I, sl->step);
        if (*step == 0)
            exc_raisef(I, I->cls.ValueError, "slice step cannot be zero");
        if (*step < -INT64_MAX)
            *step = -INT64_MAX;
    }
    if (v_is_none(sl->start))
        *start = *step < 0 ? INT64_MAX : 0;
    else
        *start = slice_index(I, sl->start);
    if (v_is_none(sl->stop))
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else
        *stop = slice_index(I, sl->stop);
}

int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0)
            *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start)
            return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int64_t slice_indices(Interp *I, Slice *sl, int64_t len, int64_t *start, int64_t *stop, int64_t *step)
{
    slice_unpack(I, sl, start, stop, step);
    return slice_adjust(len, start, stop, *step);
}

static Value slice_new_slot(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "slice", kw);
    cont_check_range(I, "slice", argc, 1, 3);
    if (argc == 1)
        return slice_new(I, v_none(), argv[0], v_none());
    return slice_new(I, argv[0], argv[1], argc == 3 ? argv[2] : v_none());
}

static Str *slice_repr(Interp *I, Value self)
{
    Slice *s = AS_SLICE(self);
    return str_fmt(I, "slice(%s, %s, %s)", obj_repr(I, s->start)->s, obj_repr(I, s->stop)->s,
                   obj_repr(I, s->step)->s);
}

static Value slice_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    if (!v_is_exact(a, I->cls.slice) || !v_is_exact(b, I->cls.slice))
        return v_notimpl();
    Slice *x = AS_SLICE(a), *y = AS_SLICE(b);
    Value tx[3] = { x->start, x->stop, x->step }, ty[3] = { y->start, y->stop, y->step };
    return list_seq_richcmp(I, tx, 3, ty, 3, op);
}

static int64_t slice_hash(Interp *I, Value self)
{
    exc_raisef(I, I->cls.TypeError, "unhashable type: 'slice'");
}

static Slice *self_slice(Interp *I, const char *meth, int argc, const Value *argv)
{
    if (argc < 1 || !v_is_exact(argv[0], I->cls.slice))
        cont_bad_self(I, meth, I->cls.slice, argc ? argv[0] : v_none());
    return AS_SLICE(argv[0]);
}

/* slice.indices(len) -> (start, stop, step) */
static Value m_indices(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Slice *s = self_slice(I, "indices", argc, argv);
    cont_check_o(I, "slice.indices", argc - 1, kw);
    int64_t len = list_ssize_arg(I, argv[1]);
    if (len < 0)
        exc_raisef(I, I->cls.ValueError, "length should not be negative");
    int64_t start, stop, step;
    slice_unpack(I, s, &start, &stop, &step);
    slice_adjust(len, &start, &stop, step);
    return v_obj(tuple_pack(I, 3, v_int(start), v_int(stop), v_int(step)));
}

static Value g_sstart(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return self_slice(I, "start", argc, argv)->start;
}
static Value g_sstop(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return self_slice(I, "stop", argc, argv)->stop;
}
static Value g_sstep(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return self_slice(I, "step", argc, argv)->step;
}

static const TypeOps range_ops = {
    .repr = range_repr,
    .hash = range_hash,
    .richcmp = range_richcmp,
    .truthy = range_truthy,
    .len = range_len,
    .iter = range_iter,
    .getitem = range_getitem,
    .contains = range_contains,
    .new_ = range_new_slot,
};

static const TypeOps slice_ops = {
    .repr = slice_repr,
    .hash = slice_hash,
    .richcmp = slice_richcmp,
    .new_ = slice_new_slot,
};

/* Create range and slice. Idempotent. */
void range_init(Interp *I)
{
    if (I->cls.range)
        return;
    Class *r = class_new_native(I, "range", "builtins", NULL, &range_ops, sizeof(Range), 0);
    I->cls.range = r;
    class_add_method(I, r, "count", m_count);
    class_add_method(I, r, "index", m_index);
    class_add_getter(I, r, "start", g_start);
    class_add_getter(I, r, "stop", g_stop);
    class_add_getter(I, r, "step", g_step);
    list_add_slot_methods(I, r);
    Class *s = class_new_native(I, "slice", "builtins", NULL, &slice_ops, sizeof(Slice), CLS_UNHASHABLE);
    I->cls.slice = s;
    class_add_method(I, s, "indices", m_indices);
    class_add_getter(I, s, "start", g_sstart);
    class_add_getter(I, s, "stop", g_sstop);
    class_add_getter(I, s, "step", g_sstep);
}
