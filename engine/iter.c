/*
 * iter.c — iterator objects: the iterators lists, tuples, ranges, dicts
 * and sets hand out (with CPython's "changed size during iteration"
 * checks), and the lazy builtins enumerate, zip, map, filter and reversed,
 * plus iter(callable, sentinel)'s callable_iterator.
 *
 * An exhausted iterator stays exhausted (it drops its container), as in
 * CPython.
 */
#include "cont.h"

#include <string.h>

static Value self_iter(Interp *I, Value self) { return self; }

/* ------------------------------------------------------------------ */
/* Sequence iterators                                                   */
/* ------------------------------------------------------------------ */

typedef struct SeqIt {
    Obj hdr;
    Obj *seq;               /* List or Tuple; NULL when exhausted */
    int64_t i;
} SeqIt;

Value iter_list_new(Interp *I, List *l)
{
    SeqIt *it = obj_alloc(I, I->cls.list_iterator, sizeof *it);
    it->seq = &l->hdr;
    return v_obj(it);
}

static Value list_it_next(Interp *I, Value self)
{
    SeqIt *it = (SeqIt *)self.u.o;
    List *l = (List *)it->seq;
    if (l && it->i < l->len)
        return l->items[it->i++];
    it->seq = NULL;
    return v_unset();
}

Value iter_list_reversed(Interp *I, List *l)
{
    SeqIt *it = obj_alloc(I, cont_state(I)->list_reverseiterator, sizeof *it);
    it->seq = &l->hdr;
    it->i = l->len - 1;
    return v_obj(it);
}

static Value list_revit_next(Interp *I, Value self)
{
    SeqIt *it = (SeqIt *)self.u.o;
    List *l = (List *)it->seq;
    if (l && it->i >= 0 && it->i < l->len)
        return l->items[it->i--];
    it->seq = NULL;
    return v_unset();
}

Value iter_tuple_new(Interp *I, Tuple *t)
{
    SeqIt *it = obj_alloc(I, I->cls.tuple_iterator, sizeof *it);
    it->seq = &t->hdr;
    return v_obj(it);
}

static Value tuple_it_next(Interp *I, Value self)
{
    SeqIt *it = (SeqIt *)self.u.o;
    Tuple *t = (Tuple *)it->seq;
    if (t && it->i < t->len)
        return t->items[it->i++];
    it->seq = NULL;
    return v_unset();
}

typedef struct RangeIt {
    Obj hdr;
    int64_t next, step, remaining;
} RangeIt;

Value iter_range_new(Interp *I, int64_t start, int64_t step, int64_t len)
{
    RangeIt *it = obj_alloc(I, I->cls.range_iterator, sizeof *it);
    it->next = start;
    it->step = step;
    it->remaining = len;
    return v_obj(it);
}

static Value range_it_next(Interp *I, Value self)
{
    RangeIt *it = (RangeIt *)self.u.o;
    if (it->remaining <= 0)
        return v_unset();
    int64_t v = it->next;
    it->remaining--;
    if (it->remaining > 0)
        it->next += it->step;
    return v_int(v);
}

/* ------------------------------------------------------------------ */
/* Dict and set iterators                                               */
/* ------------------------------------------------------------------ */

typedef struct DictIt {
    Obj hdr;
    Dict *d;                /* NULL when exhausted */
    int64_t pos;
    int64_t used;           /* d->len when created; -1 after a size change */
    int64_t remaining;
    int kind;               /* 0 keys, 1 values, 2 items */
    bool reverse;
} DictIt;

Value iter_dict_new(Interp *I, Dict *d, int kind, bool reverse)
{
    Class *cls;
    if (reverse)
        cls = cont_state(I)->dict_reverseiter[kind];
    else
        cls = kind == 0 ? I->cls.dict_keyiterator : kind == 1 ? I->cls.dict_valueiterator
                                                             : I->cls.dict_itemiterator;
    DictIt *it = obj_alloc(I, cls, sizeof *it);
    it->d = d;
    it->used = d->len;
    it->remaining = d->len;
    it->kind = kind;
    it->reverse = reverse;
    it->pos = reverse ? d->nentries - 1 : 0;
    return v_obj(it);
}

static Value dict_it_next(Interp *I, Value self)
{
    DictIt *it = (DictIt *)self.u.o;
    Dict *d = it->d;
    if (!d)
        return v_unset();
    if (d->len != it->used) {
        it->used = -1;
        exc_raisef(I, I->cls.RuntimeError, "dictionary changed size during iteration");
    }
    int64_t i = it->pos;
    DictEntry *e = NULL;
    if (it->reverse) {
        if (i >= d->nentries)
            i = d->nentries - 1;
        while (i >= 0 && v_is_unset(d->entries[i].key))
            i--;
        if (i >= 0)
            e = &d->entries[i];
        it->pos = i - 1;
    } else {
        while (i < d->nentries && v_is_unset(d->entries[i].key))
            i++;
        if (i < d->nentries)
            e = &d->entries[i];
        it->pos = i + 1;
    }
    if (!e) {
        it->d = NULL;
        return v_unset();
    }
    if (it->remaining == 0) {
        it->d = NULL;
        exc_raisef(I, I->cls.RuntimeError, "dictionary keys changed during iteration");
    }
    it->remaining--;
    switch (it->kind) {
    case 0: return e->key;
    case 1: return v_read_slot(&e->val);
    default: return v_obj(tuple_pack(I, 2, e->key, v_read_slot(&e->val)));
    }
}

typedef struct SetIt {
    Obj hdr;
    Set *s;                 /* NULL when exhausted */
    int64_t pos, used, remaining;
} SetIt;

Value iter_set_new(Interp *I, Set *s)
{
    SetIt *it = obj_alloc(I, I->cls.set_iterator, sizeof *it);
    it->s = s;
    it->used = s->used;
    it->remaining = s->used;
    return v_obj(it);
}

static Value set_it_next(Interp *I, Value self)
{
    SetIt *it = (SetIt *)self.u.o;
    Set *s = it->s;
    if (!s)
        return v_unset();
    if (s->used != it->used) {
        it->used = -1;
        exc_raisef(I, I->cls.RuntimeError, "Set changed size during iteration");
    }
    int64_t i = it->pos;
    while (i <= s->mask && v_is_unset(s->table[i].key))
        i++;
    it->pos = i + 1;
    if (i > s->mask) {
        it->s = NULL;
        return v_unset();
    }
    it->remaining--;
    return s->table[i].key;
}

/* ------------------------------------------------------------------ */
/* enumerate                                                            */
/* ------------------------------------------------------------------ */

typedef struct Enumerate {
    Obj hdr;
    Value it;
    int64_t i;
    Value big;              /* V_UNSET, or the count once past int64 */
} Enumerate;

static Value enumerate_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    Value iterable = v_unset(), start = v_unset();
    if (argc > 2)
        exc_raisef(I, I->cls.TypeError, "enumerate() takes at most 2 arguments (%d given)",
                   argc + (kw ? kw->n : 0));
    if (argc > 0)
        iterable = argv[0];
    if (argc > 1)
        start = argv[1];
    for (int i = 0; kw && i < kw->n; i++) {
        const char *n = kw->names[i]->s;
        if (!strcmp(n, "iterable") && v_is_unset(iterable))
            iterable = kw->vals[i];
        else if (!strcmp(n, "start") && v_is_unset(start) && !v_is_unset(iterable))
            start = kw->vals[i];
        else
            exc_raisef(I, I->cls.TypeError, "'%s' is an invalid keyword argument for enumerate()", n);
    }
    if (v_is_unset(iterable))
        exc_raisef(I, I->cls.TypeError, "enumerate() missing required argument 'iterable'");
    Enumerate *e = obj_alloc(I, cls, sizeof *e);
    e->it = obj_iter(I, iterable);
    e->big = v_unset();
    if (!v_is_unset(start)) {
        if (start.tag == V_INT || start.tag == V_BOOL) {
            e->i = start.u.i;
        } else if (int_is_big(start)) {
            e->big = start;
        } else {
            e->i = obj_index(I, start);
        }
    }
    return v_obj(e);
}

static Value enumerate_next(Interp *I, Value self)
{
    Enumerate *e = (Enumerate *)self.u.o;
    Value x = obj_next(I, e->it);
    if (v_is_unset(x))
        return v_unset();
    Value n;
    if (v_is_unset(e->big)) {
        n = v_int(e->i);
        if (e->i == INT64_MAX)
            e->big = obj_binop(I, OP_ADD, n, v_int(1));
        else
            e->i++;
    } else {
        n = e->big;
        e->big = obj_binop(I, OP_ADD, n, v_int(1));
    }
    return v_obj(tuple_pack(I, 2, n, x));
}

/* ------------------------------------------------------------------ */
/* zip, map, filter                                                     */
/* ------------------------------------------------------------------ */

typedef struct Zip {
    Obj hdr;
    int n;
    bool strict, done;
    Value *its;
} Zip;

static Value zip_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    bool strict = false;
    for (int i = 0; kw && i < kw->n; i++) {
        if (strcmp(kw->names[i]->s, "strict") != 0)
            exc_raisef(I, I->cls.TypeError, "'%s' is an invalid keyword argument for zip()",
                       kw->names[i]->s);
        strict = obj_truthy(I, kw->vals[i]);
    }
    Zip *z = obj_alloc(I, cls, sizeof *z);
    z->n = argc;
    z->strict = strict;
    z->its = interp_alloc(I, sizeof(Value) * (size_t)(argc ? argc : 1));
    for (int i = 0; i < argc; i++)
        z->its[i] = obj_iter(I, argv[i]);
    return v_obj(z);
}

static Value zip_next(Interp *I, Value self)
{
    Zip *z = (Zip *)self.u.o;
    if (z->n == 0 || z->done)
        return v_unset();
    Tuple *t = tuple_new(I, z->n);
    for (int i = 0; i < z->n; i++) {
        Value x = obj_next(I, z->its[i]);
        if (v_is_unset(x)) {
            z->done = true;
            if (z->strict) {
                if (i > 0)
                    exc_raisef(I, I->cls.ValueError, "zip() argument %d is shorter than argument%s%d",
                               i + 1, i == 1 ? " " : "s 1-", i);
                for (int j = 1; j < z->n; j++) {
                    if (!v_is_unset(obj_next(I, z->its[j])))
                        exc_raisef(I, I->cls.ValueError,
                                   "zip() argument %d is longer than argument%s%d", j + 1,
                                   j == 1 ? " " : "s 1-", j);
                }
            }
            return v_unset();
        }
        t->items[i] = x;
    }
    return v_obj(t);
}

typedef struct Map {
    Obj hdr;
    Value fn;
    int n;
    Value *its;
} Map;

static Value map_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "map", kw);
    if (argc < 2)
        exc_raisef(I, I->cls.TypeError, "map() must have at least two arguments.");
    Map *m = obj_alloc(I, cls, sizeof *m);
    m->fn = argv[0];
    m->n = argc - 1;
    m->its = interp_alloc(I, sizeof(Value) * (size_t)m->n);
    for (int i = 0; i < m->n; i++)
        m->its[i] = obj_iter(I, argv[i + 1]);
    return v_obj(m);
}

static Value map_next(Interp *I, Value self)
{
    Map *m = (Map *)self.u.o;
    if (m->n == 1) {
        Value x = obj_next(I, m->its[0]);
        if (v_is_unset(x))
            return v_unset();
        return obj_call1(I, m->fn, x);
    }
    Value small[8];
    Value *args = m->n <= 8 ? small : interp_alloc(I, sizeof(Value) * (size_t)m->n);
    for (int i = 0; i < m->n; i++) {
        args[i] = obj_next(I, m->its[i]);
        if (v_is_unset(args[i]))
            return v_unset();
    }
    return obj_call(I, m->fn, m->n, args, NULL);
}

typedef struct Filter {
    Obj hdr;
    Value fn;               /* V_NONE: truthiness */
    Value it;
} Filter;

static Value filter_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "filter", kw);
    cont_check_range(I, "filter", argc, 2, 2);
    Filter *f = obj_alloc(I, cls, sizeof *f);
    f->fn = argv[0];
    f->it = obj_iter(I, argv[1]);
    return v_obj(f);
}

static Value filter_next(Interp *I, Value self)
{
    Filter *f = (Filter *)self.u.o;
    for (;;) {
        Value x = obj_next(I, f->it);
        if (v_is_unset(x))
            return v_unset();
        bool ok;
        if (v_is_none(f->fn) || v_is_exact(f->fn, I->cls.bool_))
            ok = obj_truthy(I, x);
        else
            ok = obj_truthy(I, obj_call1(I, f->fn, x));
        if (ok)
            return x;
    }
}

/* ------------------------------------------------------------------ */
/* reversed                                                             */
/* ------------------------------------------------------------------ */

typedef struct Reversed {
    Obj hdr;
    Value seq;              /* V_UNSET when exhausted */
    int64_t i;
} Reversed;

static Value reversed_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "reversed", kw);
    cont_check_range(I, "reversed", argc, 1, 1);
    Value seq = argv[0];
    Class *c = class_of(I, seq);
    if (c == I->cls.list)
        return iter_list_reversed(I, (List *)seq.u.o);
    if (c == I->cls.range) {
        Range *r = (Range *)seq.u.o;
        return iter_range_new(I, r->start + (r->len - 1) * r->step, -r->step, r->len);
    }
    if (c == I->cls.dict)
        return iter_dict_new(I, (Dict *)seq.u.o, 0, true);
    if (c == I->cls.dict_keys || c == I->cls.dict_values || c == I->cls.dict_items) {
        int kind;
        Dict *d = dict_view_dict(seq, &kind);
        return iter_dict_new(I, d, kind, true);
    }
    if (c->flags & CLS_PYTHON) {
        Value m = class_lookup(I, c, str_intern_cstr(I, "__reversed__"));
        if (!v_is_unset(m)) {
            if (v_is_none(m))
                exc_raisef(I, I->cls.TypeError, "'%s' object is not reversible", c->name->s);
            return cont_call_method0(I, seq, "__reversed__");
        }
        /* a subclass of a builtin without __reversed__ of its own: the builtin's */
        if (c->native_base == I->cls.dict)
            return iter_dict_new(I, (Dict *)seq.u.o, 0, true);
        if (c->native_base == I->cls.list)
            return iter_list_reversed(I, (List *)seq.u.o);
        if (c->native_base == I->cls.set || c->native_base == I->cls.frozenset)
            exc_raisef(I, I->cls.TypeError, "'%s' object is not reversible", c->name->s);
    }
    bool has_getitem = (c->dunders & DU_GETITEM) || c->ops->getitem;
    bool has_len = (c->dunders & DU_LEN) || c->ops->len;
    if (!has_getitem || !has_len || c == I->cls.dict || c == I->cls.set || c == I->cls.frozenset ||
        class_is_subclass(c, I->cls.type))
        exc_raisef(I, I->cls.TypeError, "'%s' object is not reversible", c->name->s);
    Reversed *r = obj_alloc(I, cls, sizeof *r);
    r->seq = seq;
    r->i = obj_len(I, seq) - 1;
    return v_obj(r);
}

static Value reversed_next(Interp *I, Value self)
{
    Reversed *r = (Reversed *)self.u.o;
    if (v_is_unset(r->seq) || r->i < 0) {
        r->seq = v_unset();
        return v_unset();
    }
    volatile Value x = v_unset();
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        x = obj_getitem(I, r->seq, v_int(r->i));
        exc_pop(I, &ef);
    } else {
        if (!exc_matches(I, I->exc, I->cls.IndexError) && !exc_matches(I, I->exc, I->cls.StopIteration))
            exc_reraise(I);
        exc_clear(I);
        r->seq = v_unset();
        return v_unset();
    }
    r->i--;
    return x;
}

/* ------------------------------------------------------------------ */
/* iter(callable, sentinel)                                             */
/* ------------------------------------------------------------------ */

typedef struct CallIt {
    Obj hdr;
    Value fn;               /* V_UNSET when exhausted */
    Value sentinel;
} CallIt;

/* The callable_iterator behind iter(fn, sentinel). */
Value iter_callable_new(Interp *I, Value fn, Value sentinel)
{
    CallIt *it = obj_alloc(I, cont_state(I)->callable_iterator, sizeof *it);
    it->fn = fn;
    it->sentinel = sentinel;
    return v_obj(it);
}

static Value callit_next(Interp *I, Value self)
{
    CallIt *it = (CallIt *)self.u.o;
    if (v_is_unset(it->fn))
        return v_unset();
    Value x = cont_call0(I, it->fn);
    if (cont_same_or_eq(I, x, it->sentinel)) {
        it->fn = v_unset();
        return v_unset();
    }
    return x;
}

/* ------------------------------------------------------------------ */
/* Classes                                                              */
/* ------------------------------------------------------------------ */

static Value m_iter(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_noargs(I, "__iter__", argc - 1, kw);
    return argv[0];
}

static Value m_next(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_noargs(I, "__next__", argc - 1, kw);
    Value x = obj_next(I, argv[0]);
    if (v_is_unset(x))
        exc_raise(I, v_obj(I->cls.StopIteration));
    return x;
}

static Class *iter_class(Interp *I, const char *name, Value (*next)(Interp *, Value), size_t size,
                         Value (*new_)(Interp *, Class *, int, const Value *, const KwArgs *))
{
    TypeOps *ops = interp_alloc(I, sizeof *ops);
    ops->iter = self_iter;
    ops->next = next;
    ops->new_ = new_;
    Class *c = class_new_native(I, name, "builtins", NULL, ops, size, 0);
    class_add_method(I, c, "__iter__", m_iter);
    class_add_method(I, c, "__next__", m_next);
    return c;
}

/* Create every iterator class and enumerate/zip/map/filter/reversed. */
void iter_init(Interp *I)
{
    if (I->cls.list_iterator)
        return;
    list_init(I);
    ContState *st = cont_state(I);
    I->cls.list_iterator = iter_class(I, "list_iterator", list_it_next, sizeof(SeqIt), NULL);
    st->list_reverseiterator = iter_class(I, "list_reverseiterator", list_revit_next, sizeof(SeqIt), NULL);
    I->cls.tuple_iterator = iter_class(I, "tuple_iterator", tuple_it_next, sizeof(SeqIt), NULL);
    I->cls.range_iterator = iter_class(I, "range_iterator", range_it_next, sizeof(RangeIt), NULL);
    I->cls.dict_keyiterator = iter_class(I, "dict_keyiterator", dict_it_next, sizeof(DictIt), NULL);
    I->cls.dict_valueiterator = iter_class(I, "dict_valueiterator", dict_it_next, sizeof(DictIt), NULL);
    I->cls.dict_itemiterator = iter_class(I, "dict_itemiterator", dict_it_next, sizeof(DictIt), NULL);
    st->dict_reverseiter[0] = iter_class(I, "dict_reversekeyiterator", dict_it_next, sizeof(DictIt), NULL);
    st->dict_reverseiter[1] = iter_class(I, "dict_reversevalueiterator", dict_it_next, sizeof(DictIt), NULL);
    st->dict_reverseiter[2] = iter_class(I, "dict_reverseitemiterator", dict_it_next, sizeof(DictIt), NULL);
    I->cls.set_iterator = iter_class(I, "set_iterator", set_it_next, sizeof(SetIt), NULL);
    st->callable_iterator = iter_class(I, "callable_iterator", callit_next, sizeof(CallIt), NULL);
    I->cls.enumerate = iter_class(I, "enumerate", enumerate_next, sizeof(Enumerate), enumerate_new);
    I->cls.zip = iter_class(I, "zip", zip_next, sizeof(Zip), zip_new);
    I->cls.map = iter_class(I, "map", map_next, sizeof(Map), map_new);
    I->cls.filter = iter_class(I, "filter", filter_next, sizeof(Filter), filter_new);
    I->cls.reversed = iter_class(I, "reversed", reversed_next, sizeof(Reversed), reversed_new);
}
