/*
 * list.c — the `list` type: a growable array of Values in the arena.
 *
 * Also home of what every container shares: the per-interpreter container
 * state (hung off the list class's ext), the repr-recursion guard
 * ("[...]"), the C-recursion guard for nested compares, index argument
 * conversion, sequence repr and lexicographic comparison (tuple.c reuses
 * them), and list.sort: CPython's timsort run detection and binary
 * insertion, so mixed-type errors name the same pair of types CPython names.
 */
#include "cont.h"

#include <stddef.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Shared guards                                                        */
/* ------------------------------------------------------------------ */

static int max_depth(Interp *I)
{
    return I->budget.max_depth > 0 ? I->budget.max_depth : 1000;
}

static void guard_unwind(void *arg)
{
    DepthGuard *g = arg;
    g->interp->c_depth = g->saved_depth;
}

/* Count one level of C recursion; RecursionError past the depth budget.
 * The cleanup restores the count if an exception unwinds past. */
void list_guard_enter(Interp *I, DepthGuard *g, const char *what)
{
    list_guard_enter_slack(I, g, what, 0);
}

void list_guard_enter_slack(Interp *I, DepthGuard *g, const char *what, int slack)
{
    if (I->c_depth + 1 + I->depth > max_depth(I) + slack)
        exc_raisef(I, I->cls.RecursionError, "maximum recursion depth exceeded%s", what);
    g->interp = I;
    g->saved_depth = I->c_depth++;
    exc_cleanup_push(I, &g->cl, guard_unwind, g);
}

void list_guard_leave(Interp *I, DepthGuard *g)
{
    exc_cleanup_pop(I, &g->cl, false);
    I->c_depth = g->saved_depth;
}

static void repr_unwind(void *arg)
{
    ReprEntry *e = arg;
    cont_state(e->interp)->repr_top = e->prev;
    e->interp->c_depth = e->saved_depth;
}

bool list_repr_enter(Interp *I, ReprEntry *e, Obj *o)
{
    ContState *st = cont_state(I);
    for (ReprEntry *p = st->repr_top; p; p = p->prev)
        if (p->obj == o)
            return false;
    /* obj_repr already counts each level in c_depth; only check it here. */
    if (I->c_depth + I->depth > max_depth(I))
        exc_raisef(I, I->cls.RecursionError,
                   "maximum recursion depth exceeded while getting the repr of an object");
    e->interp = I;
    e->saved_depth = I->c_depth;
    e->obj = o;
    e->prev = st->repr_top;
    st->repr_top = e;
    exc_cleanup_push(I, &e->cl, repr_unwind, e);
    return true;
}

void list_repr_leave(Interp *I, ReprEntry *e)
{
    exc_cleanup_pop(I, &e->cl, false);
    cont_state(I)->repr_top = e->prev;
    I->c_depth = e->saved_depth;
}

/* ------------------------------------------------------------------ */
/* Index arguments                                                      */
/* ------------------------------------------------------------------ */

static bool is_bigint(Interp *I, Value v)
{
    return v.tag == V_OBJ && v.u.o->cls == I->cls.int_;
}

static bool big_is_neg(Interp *I, Value v)
{
    return obj_cmp_bool(I, v, v_int(0), CMP_LT);
}

bool list_as_index(Interp *I, Value v, int64_t *out)
{
    if (v.tag == V_INT || v.tag == V_BOOL) {
        *out = v.u.i;
        return true;
    }
    if (is_bigint(I, v))
        exc_raisef(I, I->cls.IndexError, "cannot fit 'int' into an index-sized integer");
    Class *c = class_of(I, v);
    if ((c->flags & CLS_PYTHON) && (c->native_base == I->cls.int_ ||
                                    !v_is_unset(class_lookup(I, c, str_intern_cstr(I, "__index__"))))) {
        *out = obj_index(I, v);
        return true;
    }
    return false;
}

int64_t list_ssize_arg(Interp *I, Value v)
{
    if (v.tag == V_INT || v.tag == V_BOOL)
        return v.u.i;
    if (is_bigint(I, v))
        exc_raisef(I, I->cls.OverflowError, "cannot fit 'int' into an index-sized integer");
    return obj_index(I, v);
}

int64_t list_slice_bound(Interp *I, Value v)
{
    if (v.tag == V_INT || v.tag == V_BOOL)
        return v.u.i;
    if (is_bigint(I, v))
        return big_is_neg(I, v) ? INT64_MIN : INT64_MAX;
    Class *c = class_of(I, v);
    if (c->flags & CLS_PYTHON) {
        Value m = class_lookup(I, c, str_intern_cstr(I, "__index__"));
        if (!v_is_unset(m))
            return obj_index(I, v);
    }
    exc_raisef(I, I->cls.TypeError, "slice indices must be integers or have an __index__ method");
}

/* ------------------------------------------------------------------ */
/* Core API (obj.h)                                                     */
/* ------------------------------------------------------------------ */

List *list_new(Interp *I, int64_t cap)
{
    List *l = obj_alloc(I, I->cls.list, sizeof(List));
    if (cap > 0) {
        l->items = interp_alloc(I, (size_t)cap * sizeof(Value));
        l->cap = cap;
    }
    return l;
}

List *list_from(Interp *I, int64_t n, const Value *items)
{
    List *l = list_new(I, n);
    if (n > 0)
        vmove(l->items, items, n);
    l->len = n;
    return l;
}

/* Make room for at least `need` items (amortised growth). */
static void list_reserve(Interp *I, List *l, int64_t need)
{
    if (need <= l->cap)
        return;
    int64_t cap = l->cap < 0 ? 0 : l->cap;
    int64_t ncap = cap + (cap >> 1) + 4;
    if (ncap < need)
        ncap = need;
    if ((uint64_t)ncap > (SIZE_MAX / 2) / sizeof(Value))
        exc_raise(I, v_obj(I->cls.MemoryError));
    /* Slots past len are never read: no need to zero them. */
    l->items = arena_realloc_raw(&I->arena, l->items, (size_t)cap * sizeof(Value),
                                 (size_t)ncap * sizeof(Value));
    if (!l->items)
        exc_fatal(I, FATAL_MEMORY, "out of memory");
    l->cap = ncap;
}

void list_append(Interp *I, List *l, Value v)
{
    if (l->len >= l->cap)
        list_reserve(I, l, l->len + 1);
    l->items[l->len++] = v;
}

/* Append every item of `iterable` (list.extend, +=). */
void list_extend(Interp *I, List *l, Value iterable)
{
    if (v_isa(I, iterable, I->cls.list) || v_isa(I, iterable, I->cls.tuple)) {
        const Value *src;
        int64_t n;
        if (iterable.u.o->cls->native_base == I->cls.list) {
            List *o = (List *)iterable.u.o;
            src = o->items;
            n = o->len;
        } else {
            Tuple *t = (Tuple *)iterable.u.o;
            src = t->items;
            n = t->len;
        }
        if (n == 0)
            return;
        list_reserve(I, l, l->len + n);
        vmove(l->items + l->len, src, n);   /* src may be l */
        l->len += n;
        return;
    }
    Value it = obj_iter(I, iterable);
    for (;;) {
        Value x = obj_next(I, it);
        if (v_is_unset(x))
            break;
        list_append(I, l, x);
    }
}

List *list_copy_of(Interp *I, Value iterable)
{
    List *l = list_new(I, 0);
    list_extend(I, l, iterable);
    return l;
}

/* ------------------------------------------------------------------ */
/* Shared sequence helpers                                              */
/* ------------------------------------------------------------------ */

Str *list_seq_repr(Interp *I, const Value *items, int64_t n, const char *open, const char *close)
{
    StrBuf sb;
    sb_init(&sb, I);
    sb_adds(&sb, open);
    for (int64_t i = 0; i < n; i++) {
        if (i)
            sb_add(&sb, ", ", 2);
        Value v = items[i];
        if (v.tag == V_INT) {
            sb_printf(&sb, "%lld", (long long)v.u.i);
        } else {
            sb_addstr(&sb, obj_repr(I, v));
        }
    }
    sb_adds(&sb, close);
    return sb_finish(&sb);
}

static Value bool_result(bool b) { return v_bool(b); }

Value list_seq_richcmp(Interp *I, const Value *a, int64_t na, const Value *b, int64_t nb, CmpOp op)
{
    if (na != nb && (op == CMP_EQ || op == CMP_NE))
        return bool_result(op == CMP_NE);
    int64_t i, n = na < nb ? na : nb;
    DepthGuard g;
    bool guarded = false;
    for (i = 0; i < n; i++) {
        Value x = a[i], y = b[i];
        if (v_is(x, y))
            continue;
        if (x.tag == V_INT && y.tag == V_INT)
            break;                          /* different ints */
        if (x.tag == V_OBJ && !guarded) {
            list_guard_enter(I, &g, " in comparison");
            guarded = true;
        }
        if (!cont_eq(I, x, y))
            break;
    }
    if (guarded)
        list_guard_leave(I, &g);
    if (i >= n) {
        switch (op) {
        case CMP_LT: return bool_result(na < nb);
        case CMP_LE: return bool_result(na <= nb);
        case CMP_EQ: return bool_result(na == nb);
        case CMP_NE: return bool_result(na != nb);
        case CMP_GT: return bool_result(na > nb);
        default: return bool_result(na >= nb);
        }
    }
    if (op == CMP_EQ)
        return v_bool(false);
    if (op == CMP_NE)
        return v_bool(true);
    Value x = a[i], y = b[i];
    if (x.tag == V_INT && y.tag == V_INT) {
        switch (op) {
        case CMP_LT: return bool_result(x.u.i < y.u.i);
        case CMP_LE: return bool_result(x.u.i <= y.u.i);
        case CMP_GT: return bool_result(x.u.i > y.u.i);
        default: return bool_result(x.u.i >= y.u.i);
        }
    }
    list_guard_enter(I, &g, " in comparison");
    Value r = obj_richcmp(I, x, y, op);
    list_guard_leave(I, &g);
    return r;
}

/* ------------------------------------------------------------------ */
/* Sorting                                                              */
/* ------------------------------------------------------------------ */

/* keys[] is what is compared; vals[] (NULL without a key function) moves
 * along with it. */
typedef struct SortSlice {
    Value *keys;
    Value *vals;
} SortSlice;

typedef struct SortRun {
    int64_t base, len;
} SortRun;

/* Three-way order of two exact strs (code point order is UTF-8 byte order). */
static inline int str_order(const Str *x, const Str *y)
{
    int64_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, (size_t)n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

static inline bool is_str(Interp *I, Value v)
{
    return v.tag == V_OBJ && v.u.o->cls == I->cls.str;
}

/* a < b for two exact tuples whose items, up to the first difference, are
 * ints or exact strs (CPython's unsafe_tuple_compare idea): no user code
 * can run, so no recursion guard is needed. *done false: some other item
 * met first, use the general comparison. */
static bool tuple_lt_fast(Interp *I, const Tuple *x, const Tuple *y, bool *done)
{
    int64_t n = x->len < y->len ? x->len : y->len;
    *done = true;
    for (int64_t i = 0; i < n; i++) {
        Value p = x->items[i], q = y->items[i];
        if (p.tag == V_INT && q.tag == V_INT) {
            if (p.u.i != q.u.i)
                return p.u.i < q.u.i;
        } else if (is_str(I, p) && is_str(I, q)) {
            int c = p.u.o == q.u.o ? 0 : str_order((const Str *)p.u.o, (const Str *)q.u.o);
            if (c)
                return c < 0;
        } else {
            *done = false;
            return false;
        }
    }
    return x->len < y->len;
}

/* a < b, as PyObject_RichCompareBool(a, b, Py_LT) (no identity shortcut). */
static inline bool sort_lt(Interp *I, Value a, Value b)
{
    if (a.tag == V_INT && b.tag == V_INT)
        return a.u.i < b.u.i;
    if (a.tag == V_FLOAT && b.tag == V_FLOAT)
        return a.u.f < b.u.f;
    if (a.tag == V_OBJ && b.tag == V_OBJ) {
        Class *ca = a.u.o->cls, *cb = b.u.o->cls;
        if (ca == I->cls.str && cb == I->cls.str)
            return str_order((const Str *)a.u.o, (const Str *)b.u.o) < 0;
        if (ca == I->cls.tuple && cb == I->cls.tuple) {
            bool done;
            bool lt = tuple_lt_fast(I, (const Tuple *)a.u.o, (const Tuple *)b.u.o, &done);
            if (done)
                return lt;
        }
    }
    return obj_cmp_bool(I, a, b, CMP_LT);
}

static void reverse_values(Value *v, int64_t n)
{
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        Value t = v[i];
        v[i] = v[j];
        v[j] = t;
    }
}

static void slice_reverse(SortSlice *s, int64_t lo, int64_t n)
{
    if (n < 2)
        return;     /* nothing to do, and keys may be NULL for an empty list */
    reverse_values(s->keys + lo, n);
    if (s->vals)
        reverse_values(s->vals + lo, n);
}

/* Length of the run starting at lo (CPython's count_run): strictly
 * descending runs are reported through *desc. */
static int64_t count_run(Interp *I, Value *k, int64_t lo, int64_t hi, bool *desc)
{
    *desc = false;
    if (lo + 1 == hi)
        return 1;
    int64_t n = 2, p = lo + 2;
    if (sort_lt(I, k[lo + 1], k[lo])) {
        *desc = true;
        for (; p < hi; p++, n++)
            if (!sort_lt(I, k[p], k[p - 1]))
                break;
    } else {
        for (; p < hi; p++, n++)
            if (sort_lt(I, k[p], k[p - 1]))
                break;
    }
    return n;
}

/* Binary insertion sort of [lo, hi) where [lo, start) is already sorted. */
static void binarysort(Interp *I, SortSlice *s, int64_t lo, int64_t hi, int64_t start)
{
    Value *k = s->keys, *v = s->vals;
    if (start == lo)
        start++;
    for (; start < hi; start++) {
        int64_t l = lo, r = start;
        Value pivot = k[r];
        do {
            int64_t p = l + ((r - l) >> 1);
            if (sort_lt(I, pivot, k[p]))
                r = p;
            else
                l = p + 1;
        } while (l < r);
        vmove(k + l + 1, k + l, (start - l));
        k[l] = pivot;
        if (v) {
            Value pv = v[start];
            vmove(v + l + 1, v + l, (start - l));
            v[l] = pv;
        }
    }
}

static int64_t compute_minrun(int64_t n)
{
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

/* Stable merge of the adjacent runs [a, a+na) and [a+na, a+na+nb). */
static void merge_runs(Interp *I, SortSlice *s, Value *tk, Value *tv, int64_t a, int64_t na, int64_t nb)
{
    Value *k = s->keys, *v = s->vals;
    vmove(tk, k + a, na);
    if (v)
        vmove(tv, v + a, na);
    int64_t i = 0, j = a + na, end = a + na + nb, d = a;
    while (i < na && j < end) {
        if (sort_lt(I, k[j], tk[i])) {
            if (v)
                v[d] = v[j];
            k[d++] = k[j++];
        } else {
            if (v)
                v[d] = tv[i];
            k[d++] = tk[i++];
        }
    }
    while (i < na) {
        if (v)
            v[d] = tv[i];
        k[d++] = tk[i++];
    }
}

/* Timsort over s[0, n): natural runs extended to minrun by binary
 * insertion (exactly CPython's for n < 64), then merged by the classic
 * stack invariants. */
static void timsort(Interp *I, SortSlice *s, int64_t n)
{
    if (n < 2)
        return;
    int64_t minrun = compute_minrun(n);
    SortRun stack[128];
    int sp = 0;
    Value *tk = NULL, *tv = NULL;
    int64_t lo = 0;
    while (lo < n) {
        bool desc;
        int64_t run = count_run(I, s->keys, lo, n, &desc);
        if (desc)
            slice_reverse(s, lo, run);
        if (run < minrun) {
            int64_t force = n - lo <= minrun ? n - lo : minrun;
            binarysort(I, s, lo, lo + force, lo + run);
            run = force;
        }
        stack[sp].base = lo;
        stack[sp].len = run;
        sp++;
        lo += run;
        if (!tk && lo < n) {
            tk = arena_alloc_raw(&I->arena, (size_t)n * sizeof(Value));
            if (s->vals)
                tv = arena_alloc_raw(&I->arena, (size_t)n * sizeof(Value));
        }
        for (;;) {              /* merge_collapse */
            int m = sp - 2;
            if (m < 0)
                break;
            if ((m > 0 && stack[m - 1].len <= stack[m].len + stack[m + 1].len) ||
                (m > 1 && stack[m - 2].len <= stack[m - 1].len + stack[m].len)) {
                if (stack[m - 1].len < stack[m + 1].len)
                    m--;
            } else if (stack[m].len > stack[m + 1].len) {
                break;
            }
            merge_runs(I, s, tk, tv, stack[m].base, stack[m].len, stack[m + 1].len);
            stack[m].len += stack[m + 1].len;
            for (int q = m + 1; q < sp - 1; q++)
                stack[q] = stack[q + 1];
            sp--;
        }
    }
    while (sp > 1) {            /* merge_force_collapse */
        int m = sp - 2;
        if (m > 0 && stack[m - 1].len < stack[m + 1].len)
            m--;
        merge_runs(I, s, tk, tv, stack[m].base, stack[m].len, stack[m + 1].len);
        stack[m].len += stack[m + 1].len;
        for (int q = m + 1; q < sp - 1; q++)
            stack[q] = stack[q + 1];
        sp--;
    }
}

/* Sort l in place (stable). key V_NONE: compare the items themselves.
 * The list reads as empty while sorting; if the key function or a
 * comparison changes it: ValueError "list modified during sort". On an
 * exception the list gets its (partially sorted) items back. */
void list_sort(Interp *I, List *l, Value key, bool reverse)
{
    Value *volatile items = l->items;
    volatile int64_t n = l->len, cap = l->cap;
    l->items = NULL;
    l->len = 0;
    l->cap = -1;
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        SortSlice s;
        s.keys = items;
        s.vals = NULL;
        if (!v_is_none(key) && n > 0) {
            s.keys = interp_alloc(I, (size_t)n * sizeof(Value));
            for (int64_t i = 0; i < n; i++)
                s.keys[i] = obj_call1(I, key, items[i]);
            s.vals = items;
        }
        if (reverse)
            slice_reverse(&s, 0, n);
        timsort(I, &s, n);
        if (reverse)
            slice_reverse(&s, 0, n);
        exc_pop(I, &ef);
    } else {
        l->items = items;
        l->len = n;
        l->cap = cap;
        exc_reraise(I);
    }
    bool modified = l->cap != -1;
    l->items = items;
    l->len = n;
    l->cap = cap;
    if (modified)
        exc_raisef(I, I->cls.ValueError, "list modified during sort");
}

/* ------------------------------------------------------------------ */
/* Slots                                                                */
/* ------------------------------------------------------------------ */

#define AS_LIST(v) ((List *)(v).u.o)

static Str *list_repr(Interp *I, Value self)
{
    List *l = AS_LIST(self);
    if (l->len == 0)
        return str_intern_cstr(I, "[]");
    ReprEntry e;
    if (!list_repr_enter(I, &e, &l->hdr))
        return str_intern_cstr(I, "[...]");
    Str *s = list_seq_repr(I, l->items, l->len, "[", "]");
    list_repr_leave(I, &e);
    return s;
}

static int64_t list_hash(Interp *I, Value self)
{
    exc_raisef(I, I->cls.TypeError, "unhashable type: '%s'", type_name(I, self));
}

static Value list_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    if (!v_isa(I, a, I->cls.list) || !v_isa(I, b, I->cls.list))
        return v_notimpl();
    List *x = AS_LIST(a), *y = AS_LIST(b);
    return list_seq_richcmp(I, x->items, x->len, y->items, y->len, op);
}

static bool list_truthy(Interp *I, Value self) { return AS_LIST(self)->len != 0; }
static int64_t list_len(Interp *I, Value self) { return AS_LIST(self)->len; }
static Value list_iter(Interp *I, Value self) { return iter_list_new(I, AS_LIST(self)); }

static Value list_slice_get(Interp *I, List *l, Slice *sl)
{
    int64_t start, stop, step;
    int64_t n = slice_indices(I, sl, l->len, &start, &stop, &step);
    List *r = list_new(I, n);
    if (step == 1) {
        if (n > 0)
            vmove(r->items, l->items + start, n);
    } else {
        for (int64_t i = 0, j = start; i < n; i++, j += step)
            r->items[i] = l->items[j];
    }
    r->len = n;
    return v_obj(r);
}

static _Noreturn void bad_index_type(Interp *I, const char *what, Value key)
{
    exc_raisef(I, I->cls.TypeError, "%s indices must be integers or slices, not %s", what,
               type_name(I, key));
}

static Value list_getitem(Interp *I, Value self, Value key)
{
    List *l = AS_LIST(self);
    int64_t i;
    if (key.tag == V_INT) {
        i = key.u.i;
        if (i < 0)
            i += l->len;
        if ((uint64_t)i >= (uint64_t)l->len)
            exc_raisef(I, I->cls.IndexError, "list index out of range");
        return l->items[i];
    }
    if (v_is_exact(key, I->cls.slice))
        return list_slice_get(I, l, (Slice *)key.u.o);
    if (!list_as_index(I, key, &i))
        bad_index_type(I, "list", key);
    i = cont_norm_index(i, l->len);
    if (i < 0)
        exc_raisef(I, I->cls.IndexError, "list index out of range");
    return l->items[i];
}

/* The items of `v` for slice assignment (PySequence_Fast): a private copy
 * when v is the list itself. */
static List *seq_fast(Interp *I, List *self, Value v, const char *msg)
{
    if (v.tag == V_OBJ && v.u.o == &self->hdr)
        return list_from(I, self->len, self->items);
    if (v_isa(I, v, I->cls.list))
        return AS_LIST(v);
    Class *c = class_of(I, v);
    if (c->ops->iter == NULL && !(c->dunders & (DU_ITER | DU_GETITEM)) && c->ops->getitem == NULL)
        exc_raisef(I, I->cls.TypeError, "%s", msg);
    return list_copy_of(I, v);
}

/* l[lo:hi] = items of v (v V_UNSET: delete). CPython's list_ass_slice. */
static void ass_simple_slice(Interp *I, List *l, int64_t lo, int64_t hi, Value v)
{
    int64_t n = 0;
    const Value *src = NULL;
    if (!v_is_unset(v)) {
        List *s = seq_fast(I, l, v, "can only assign an iterable");
        n = s->len;
        src = s->items;
    }
    if (lo < 0)
        lo = 0;
    else if (lo > l->len)
        lo = l->len;
    if (hi < lo)
        hi = lo;
    else if (hi > l->len)
        hi = l->len;
    int64_t d = n - (hi - lo);
    if (n == 0 && d == 0)
        return;                     /* nothing replaced by nothing (items may be NULL) */
    if (d > 0)
        list_reserve(I, l, l->len + d);
    vmove(l->items + hi + d, l->items + hi, (l->len - hi));
    if (n > 0)
        vmove(l->items + lo, src, n);
    l->len += d;
}

static void list_ass_slice(Interp *I, List *l, Slice *sl, Value v)
{
    int64_t start, stop, step;
    slice_unpack(I, sl, &start, &stop, &step);
    int64_t n = slice_adjust(l->len, &start, &stop, step);
    if (step == 1) {
        ass_simple_slice(I, l, start, stop, v);
        return;
    }
    if ((step < 0 && start < stop) || (step > 0 && start > stop))
        stop = start;
    if (v_is_unset(v)) {
        if (n <= 0)
            return;
        if (step < 0) {               /* walk upwards */
            start = start + step * (n - 1);
            step = -step;
        }
        int64_t w = start, next = start;
        int64_t removed = 0;
        for (int64_t r = start; r < l->len; r++) {
            if (removed < n && r == next) {
                removed++;
                next += step;
                continue;
            }
            l->items[w++] = l->items[r];
        }
        l->len = w;
        return;
    }
    List *s = seq_fast(I, l, v, "must assign iterable to extended slice");
    if (s->len != n)
        exc_raisef(I, I->cls.ValueError,
                   "attempt to assign sequence of size %lld to extended slice of size %lld",
                   (long long)s->len, (long long)n);
    for (int64_t i = 0, j = start; i < n; i++, j += step)
        l->items[j] = s->items[i];
}

static void list_setitem(Interp *I, Value self, Value key, Value val)
{
    List *l = AS_LIST(self);
    int64_t i;
    if (key.tag == V_INT) {
        i = key.u.i;
        if (i < 0)
            i += l->len;
        if ((uint64_t)i >= (uint64_t)l->len)
            exc_raisef(I, I->cls.IndexError, "list assignment index out of range");
        l->items[i] = val;
        return;
    }
    if (v_is_exact(key, I->cls.slice)) {
        list_ass_slice(I, l, (Slice *)key.u.o, val);
        return;
    }
    if (!list_as_index(I, key, &i))
        bad_index_type(I, "list", key);
    i = cont_norm_index(i, l->len);
    if (i < 0)
        exc_raisef(I, I->cls.IndexError, "list assignment index out of range");
    l->items[i] = val;
}

static void list_delitem(Interp *I, Value self, Value key)
{
    List *l = AS_LIST(self);
    int64_t i;
    if (v_is_exact(key, I->cls.slice)) {
        list_ass_slice(I, l, (Slice *)key.u.o, v_unset());
        return;
    }
    if (!list_as_index(I, key, &i))
        bad_index_type(I, "list", key);
    i = cont_norm_index(i, l->len);
    if (i < 0)
        exc_raisef(I, I->cls.IndexError, "list assignment index out of range");
    vmove(l->items + i, l->items + i + 1, (l->len - i - 1));
    l->len--;
}

static bool list_contains(Interp *I, Value self, Value item)
{
    List *l = AS_LIST(self);
    for (int64_t i = 0; i < l->len; i++)
        if (cont_same_or_eq(I, l->items[i], item))
            return true;
    return false;
}

/* True when b's class is written in Python and may answer the reflected
 * operator itself (so a list must not raise first). */
static bool may_reflect(Interp *I, Value b)
{
    Class *c = class_of(I, b);
    return (c->flags & CLS_PYTHON) && (c->dunders & DU_ARITH);
}

/* The repeat count of seq * n, or false when n is not an int. */
static bool repeat_count(Interp *I, Value n, int64_t *out)
{
    if (n.tag == V_INT || n.tag == V_BOOL) {
        *out = n.u.i;
        return true;
    }
    if (is_bigint(I, n)) {
        if (big_is_neg(I, n)) {
            *out = 0;
            return true;
        }
        exc_raisef(I, I->cls.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    Class *c = class_of(I, n);
    if ((c->flags & CLS_PYTHON) && !v_is_unset(class_lookup(I, c, str_intern_cstr(I, "__index__")))) {
        *out = obj_index(I, n);
        return true;
    }
    return false;
}

static List *list_repeat(Interp *I, const Value *items, int64_t len, int64_t n)
{
    if (n <= 0 || len == 0)
        return list_new(I, 0);
    if (n > INT64_MAX / len || (uint64_t)(len * n) > (SIZE_MAX / 4) / sizeof(Value))
        exc_raise(I, v_obj(I->cls.MemoryError));
    List *r = list_new(I, len * n);
    for (int64_t k = 0; k < n; k++)
        vmove(r->items + k * len, items, len);
    r->len = len * n;
    return r;
}

static Value list_binop(Interp *I, int op, Value a, Value b)
{
    bool inplace = (op & OP_INPLACE) != 0;
    int base = op & ~OP_INPLACE;
    bool a_list = v_isa(I, a, I->cls.list);
    if (base == OP_ADD) {
        if (!a_list)
            return v_notimpl();
        if (inplace) {
            list_extend(I, AS_LIST(a), b);
            return a;
        }
        if (!v_isa(I, b, I->cls.list)) {
            if (may_reflect(I, b))
                return v_notimpl();
            exc_raisef(I, I->cls.TypeError, "can only concatenate list (not \"%s\") to list",
                       type_name(I, b));
        }
        List *x = AS_LIST(a), *y = AS_LIST(b);
        List *r = list_new(I, x->len + y->len);
        if (x->len)
            vmove(r->items, x->items, x->len);
        if (y->len)
            vmove(r->items + x->len, y->items, y->len);
        r->len = x->len + y->len;
        return v_obj(r);
    }
    if (base == OP_MUL) {
        Value seq = a_list ? a : b, cnt = a_list ? b : a;
        if (!a_list && !v_isa(I, b, I->cls.list))
            return v_notimpl();
        int64_t n;
        if (!repeat_count(I, cnt, &n)) {
            if (!a_list || may_reflect(I, cnt))
                return v_notimpl();
            exc_raisef(I, I->cls.TypeError, "can't multiply sequence by non-int of type '%s'",
                       type_name(I, cnt));
        }
        List *l = AS_LIST(seq);
        if (inplace && a_list) {
            List *r = list_repeat(I, l->items, l->len, n);
            l->items = r->items;
            l->len = r->len;
            l->cap = r->cap;
            return a;
        }
        return v_obj(list_repeat(I, l->items, l->len, n));
    }
    return v_notimpl();
}

/* list(iterable=()). A Python subclass with its own __init__ gets an empty
 * list (list.__new__ ignores the arguments; __init__ sees them). */
static Value list_new_slot(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    List *l = obj_alloc(I, cls, cls->inst_size > sizeof(List) ? cls->inst_size : sizeof(List));
    if ((cls->flags & CLS_PYTHON) && (cls->dunders & DU_INIT))
        return v_obj(l);
    cont_check_nokw(I, "list", kw);
    cont_check_range(I, "list", argc, 0, 1);
    if (argc == 1)
        list_extend(I, l, argv[0]);
    return v_obj(l);
}

/* list.__init__(self, iterable=(), /): what super().__init__(…) runs in a
 * subclass; empties the list, then extends it. */
static Value m_init(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (argc < 1 || !v_isa(I, argv[0], I->cls.list))
        cont_bad_self(I, "__init__", I->cls.list, argc ? argv[0] : v_none());
    cont_check_nokw(I, "list", kw);
    cont_check_range(I, "list", argc - 1, 0, 1);
    List *l = AS_LIST(argv[0]);
    l->len = 0;
    if (argc == 2)
        list_extend(I, l, argv[1]);
    return v_none();
}

/* ------------------------------------------------------------------ */
/* Methods                                                              */
/* ------------------------------------------------------------------ */

static List *self_list(Interp *I, const char *meth, int argc, const Value *argv)
{
    if (argc < 1 || !v_isa(I, argv[0], I->cls.list))
        cont_bad_self(I, meth, I->cls.list, argc ? argv[0] : v_none());
    return AS_LIST(argv[0]);
}

static Value m_append(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    List *l = self_list(I, "append", argc, argv);
    cont_check_o(I, "list.append", argc - 1, kw);
    list_append(I, l, argv[1]);
    return v_none();
}

static Value m_extend(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    List *l = self_list(I, "extend", argc, argv);
    cont_check_o(I, "list.extend", argc - 1, kw);
    list_extend(I, l, argv[1]);
    return v_none();
}

static Value m_insert(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    List *l = self_list(I, "insert", argc, argv);
    cont_check_nokw(I, "insert", kw);
    cont_check_range(I, "insert", argc - 1, 2, 2);
    int64_t i = list_ssize_arg(I, argv[1]);
    if (i < 0) {
        i += l->len;
        if (i < 0)
            i = 0;
    } else if (i > l->len) {
        i = l->len;
    }
    list_reserve(I, l, l->len + 1);
    vmove(l->items + i + 1, l->items + i, (l->len - i));
    l->items[i] = argv[2];
    l->len++;
    return v_none();
}

static Value m_pop(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    List *l = self_list(I, "pop", argc, argv);
    cont_check_nokw(I, "pop", kw);
    cont_check_range(I, "pop", argc - 1, 0, 1);
    int64_t i = argc > 1 ? list_ssize_arg(I, argv[1]) : -1;
    if (l->len == 0)
        exc_raisef(I, I->cls.IndexError, "pop from empty list");
    i = cont_norm_index(i, l->len);
    if (i < 0)
        exc_raisef(I, I->cls.IndexError, "pop index out of range");
    Value v = l->items[i];
    vmove(l->items + i, l->items + i + 1, (l->len - i - 1));
    l->len--;
    return v;
}

static Value m_remove(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    List *l = self_list(I, "remove", argc, argv);
    cont_check_o(I, "list.remove", argc - 1, kw);
    for (int64_t i = 0; i < l->len; i++) {
        if (cont_same_or_eq(I, l->items[i], argv[1])) {
            if (i < l->len) {
                vmove(l->items + i, l->items + i + 1, (l->len - i - 1));
                l->len--;
            }
            return v_none();
        }
    }
    exc_raisef(I, I->cls.ValueError, "list.remove(x): x not in list");
}

/* Resolve index()'s optional start/stop against len as CPython does. */
static void index_bounds(Interp *I, int argc, const Value *argv, int64_t len, int64_t *lo, int64_t *hi)
{
    int64_t start = 0, stop = INT64_MAX;
    if (argc > 0)
        start = list_slice_bound(I, argv[0]);
    if (argc > 1)
        stop = list_slice_bound(I, argv[1]);
    if (start < 0) {
        start += len;
        if (start < 0)
            start = 0;
    }
    if (stop < 0) {
        stop += len;
        if (stop < 0)
            stop = 0;
    }
    *lo = start;
    *hi = stop;
}

static Value m_index(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    List *l = self_list(I, "index", argc, argv);
    cont_check_nokw(I, "index", kw);
    cont_check_range(I, "index", argc - 1, 1, 3);
    int64_t lo, hi;
    index_bounds(I, argc - 2, argv + 2, l->len, &lo, &hi);
    for (int64_t i = lo; i < hi && i < l->len; i++)
        if (cont_same_or_eq(I, l->items[i], argv[1]))
            return v_int(i);
    exc_raisef(I, I->cls.ValueError, "%s is not in list", obj_repr(I, argv[1])->s);
}

static Value m_count(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    List *l = self_list(I, "count", argc, argv);
    cont_check_o(I, "list.count", argc - 1, kw);
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++)
        if (cont_same_or_eq(I, l->items[i], argv[1]))
            n++;
    return v_int(n);
}

static Value m_reverse(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    List *l = self_list(I, "reverse", argc, argv);
    cont_check_noargs(I, "list.reverse", argc - 1, kw);
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
    return v_none();
}

static Value m_copy(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    List *l = self_list(I, "copy", argc, argv);
    cont_check_noargs(I, "list.copy", argc - 1, kw);
    return v_obj(list_from(I, l->len, l->items));
}

static Value m_clear(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    List *l = self_list(I, "clear", argc, argv);
    cont_check_noargs(I, "list.clear", argc - 1, kw);
    l->len = 0;
    l->items = NULL;
    l->cap = 0;
    return v_none();
}

/* sort(*, key=None, reverse=False) */
static Value m_sort(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    List *l = self_list(I, "sort", argc, argv);
    if (argc > 1)
        exc_raisef(I, I->cls.TypeError, "sort() takes no positional arguments");
    Value key = v_none();
    bool reverse = false;
    for (int i = 0; kw && i < kw->n; i++) {
        const char *name = kw->names[i]->s;
        if (strcmp(name, "key") == 0)
            key = kw->vals[i];
        else if (strcmp(name, "reverse") == 0)
            reverse = list_ssize_arg(I, kw->vals[i]) != 0;
        else
            exc_raisef(I, I->cls.TypeError, "'%s' is an invalid keyword argument for sort()", name);
    }
    list_sort(I, l, key, reverse);
    return v_none();
}

/* ------------------------------------------------------------------ */
/* Slot wrappers (__len__, __iter__, … as attributes)                   */
/* ------------------------------------------------------------------ */

static void wrapper_args(Interp *I, const char *name, int argc, const Value *argv, const KwArgs *kw, int n)
{
    if (argc < 1)
        exc_raisef(I, I->cls.TypeError, "descriptor '%s' needs an argument", name);
    cont_check_nokw(I, name, kw);
    if (argc - 1 != n)
        exc_raisef(I, I->cls.TypeError, "expected %d argument%s, got %d", n, n == 1 ? "" : "s", argc - 1);
}

static Value w_len(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    wrapper_args(I, "__len__", argc, argv, kw, 0);
    const TypeOps *ops = class_of(I, argv[0])->ops;
    return v_int(ops->len ? ops->len(I, argv[0]) : obj_len(I, argv[0]));
}

static Value w_iter(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    wrapper_args(I, "__iter__", argc, argv, kw, 0);
    const TypeOps *ops = class_of(I, argv[0])->ops;
    return ops->iter ? ops->iter(I, argv[0]) : obj_iter(I, argv[0]);
}

static Value w_contains(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    wrapper_args(I, "__contains__", argc, argv, kw, 1);
    const TypeOps *ops = class_of(I, argv[0])->ops;
    return v_bool(ops->contains ? ops->contains(I, argv[0], argv[1]) : obj_contains(I, argv[0], argv[1]));
}

static Value w_getitem(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (argc != 2) {
        cont_check_o(I, str_fmt(I, "%s.__getitem__", type_name(I, argc ? argv[0] : v_none()))->s,
                     argc - 1, kw);
    }
    const TypeOps *ops = class_of(I, argv[0])->ops;
    return ops->getitem ? ops->getitem(I, argv[0], argv[1]) : obj_getitem(I, argv[0], argv[1]);
}

static Value w_setitem(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    wrapper_args(I, "__setitem__", argc, argv, kw, 2);
    const TypeOps *ops = class_of(I, argv[0])->ops;
    if (ops->setitem)
        ops->setitem(I, argv[0], argv[1], argv[2]);
    else
        obj_setitem(I, argv[0], argv[1], argv[2]);
    return v_none();
}

static Value w_delitem(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    wrapper_args(I, "__delitem__", argc, argv, kw, 1);
    const TypeOps *ops = class_of(I, argv[0])->ops;
    if (ops->delitem)
        ops->delitem(I, argv[0], argv[1]);
    else
        obj_delitem(I, argv[0], argv[1]);
    return v_none();
}

/* Expose c's native slots as __len__, __iter__, __contains__,
 * __getitem__, __setitem__, __delitem__ and __repr__ methods
 * (hasattr(x, '__iter__') and explicit calls), unless the class already
 * defines them. They call the native slot itself, never a Python
 * override: super().__setitem__ in a dict subclass's __setitem__ must
 * not recurse. */
void list_add_slot_methods(Interp *I, Class *c)
{
    static const struct { const char *name; NativeFnPtr fn; size_t off; } w[] = {
        { "__len__", w_len, offsetof(TypeOps, len) },
        { "__iter__", w_iter, offsetof(TypeOps, iter) },
        { "__contains__", w_contains, offsetof(TypeOps, contains) },
        { "__getitem__", w_getitem, offsetof(TypeOps, getitem) },
        { "__setitem__", w_setitem, offsetof(TypeOps, setitem) },
        { "__delitem__", w_delitem, offsetof(TypeOps, delitem) },
    };
    for (size_t i = 0; i < sizeof w / sizeof *w; i++) {
        void *slot = *(void *const *)((const char *)c->ops + w[i].off);
        if (slot && v_is_unset(dict_get_cstr(I, c->dict, w[i].name)))
            class_add_method(I, c, w[i].name, w[i].fn);
    }
    class_add_repr_method(I, c);
}

/* ------------------------------------------------------------------ */
/* Class                                                                */
/* ------------------------------------------------------------------ */

static const TypeOps list_ops = {
    .repr = list_repr,
    .hash = list_hash,
    .richcmp = list_richcmp,
    .truthy = list_truthy,
    .len = list_len,
    .iter = list_iter,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .delitem = list_delitem,
    .contains = list_contains,
    .binop = list_binop,
    .new_ = list_new_slot,
};

/* Create the list class and the container state. Idempotent. */
void list_init(Interp *I)
{
    if (I->cls.list)
        return;
    Class *c = class_new_native(I, "list", "builtins", NULL, &list_ops, sizeof(List),
                                CLS_UNHASHABLE | CLS_BASETYPE);
    I->cls.list = c;
    ContState *st = interp_alloc(I, sizeof *st);
    c->ext = st;
    class_add_method(I, c, "append", m_append);
    class_add_method(I, c, "extend", m_extend);
    class_add_method(I, c, "insert", m_insert);
    class_add_method(I, c, "pop", m_pop);
    class_add_method(I, c, "remove", m_remove);
    class_add_method(I, c, "index", m_index);
    class_add_method(I, c, "count", m_count);
    class_add_method(I, c, "reverse", m_reverse);
    class_add_method(I, c, "copy", m_copy);
    class_add_method(I, c, "clear", m_clear);
    class_add_method(I, c, "sort", m_sort);
    class_add_method(I, c, "__init__", m_init);
    list_add_slot_methods(I, c);
}
