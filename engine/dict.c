/*
 * dict.c — the `dict` type: an insertion-ordered hash map laid out as
 * CPython's compact dict (an entries array in insertion order plus an
 * open-addressed index of entry numbers, probed with CPython's
 * perturbation), with fast paths for int keys and interned strings (class
 * and module namespaces), and the dict views (dict_keys, dict_values,
 * dict_items).
 *
 * Index slots hold an entry number, IX_EMPTY or IX_DUMMY (a deleted key).
 * Deleted entries keep their place in the entries array with key V_UNSET
 * until the next resize compacts them away. `version` is bumped on every
 * change; iterators detect changes by the live count, as CPython does.
 *
 * Every value handed out of an entry is read with v_read_slot(): a value
 * slot (a module global, an attribute) may hold an owned str (V_OWNED)
 * that `+=` extends in place, and a copy taken elsewhere must stop that.
 */
#include "cont.h"
#include "eval_int.h"
#include "pyprof.h"

#include <string.h>

enum { IX_EMPTY = -1, IX_DUMMY = -2, PERTURB_SHIFT = 5, MIN_INDEX = 8 };

#define AS_DICT(v) ((Dict *)(v).u.o)

/* A value that is no descriptor and no object: None, a bool, an int that
 * fits in a Value, a float. */
static inline bool plain_immediate(Value v)
{
    return v.tag == V_NONE || v.tag == V_BOOL || v.tag == V_INT || v.tag == V_FLOAT;
}

/* d changed: bump its version, and the class epoch when d is a class
 * namespace (every cached class attribute lookup is then stale). */
static inline void changed(Interp *I, Dict *d)
{
    if (++d->version & DICT_VERSION_CLASS) {
        EvalState *es = eval_state(I);
        if (es)
            es->class_epoch++;
        pyprof_class_changed();
    }
}

Dict *dict_new(Interp *I)
{
    return obj_alloc(I, I->cls.dict, sizeof(Dict));
}

static void dict_resize(Interp *I, Dict *d, int64_t need);

Dict *dict_new_sized(Interp *I, int64_t n)
{
    Dict *d = dict_new(I);
    if (n > 0)
        dict_resize(I, d, n);
    return d;
}

/* Rebuild the index for at least `need` live entries, compacting deleted
 * entries away. */
static void dict_resize(Interp *I, Dict *d, int64_t need)
{
    int64_t size = MIN_INDEX;
    while (size * 2 / 3 < need)
        size <<= 1;
    int64_t cap = size * 2 / 3;
    /* Entries past nentries are never read (dict_insert writes all of one). */
    DictEntry *ents = arena_alloc_raw(&I->arena, (size_t)cap * sizeof(DictEntry));
    if (size > INT32_MAX)
        exc_fatal(I, FATAL_MEMORY, "out of memory");
    int32_t *index = arena_alloc_raw(&I->arena, (size_t)size * sizeof(int32_t));
    if (!ents || !index)
        exc_fatal(I, FATAL_MEMORY, "out of memory");
    memset(index, 0xff, (size_t)size * sizeof(int32_t));   /* IX_EMPTY */
    uint64_t mask = (uint64_t)size - 1;
    int64_t n = 0;
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (v_is_unset(e->key))
            continue;
        ents[n] = *e;
        uint64_t perturb = (uint64_t)e->hash, j = perturb & mask;
        while (index[j] != IX_EMPTY) {
            perturb >>= PERTURB_SHIFT;
            j = (j * 5 + perturb + 1) & mask;
        }
        index[j] = (int32_t)n++;
    }
    d->entries = ents;
    d->index = index;
    d->index_size = size;
    d->cap = cap;
    d->nentries = n;
}

/* Find `key` (hash `hash`): returns the index slot holding it, or -1 when
 * absent. *free_slot receives the first empty slot for an insertion.
 * A user __eq__ that changes the dict restarts the search. */
static int64_t dict_find(Interp *I, Dict *d, Value key, int64_t hash, int64_t *free_slot)
{
restart:
    if (!d->index) {
        *free_slot = -1;
        return -1;
    }
    uint64_t mask = (uint64_t)d->index_size - 1;
    uint64_t perturb = (uint64_t)hash, j = perturb & mask;
    bool key_str = key.tag == V_OBJ && key.u.o->cls == I->cls.str;
    for (;;) {
        int64_t ix = d->index[j];
        if (ix == IX_EMPTY) {
            *free_slot = (int64_t)j;
            return -1;
        }
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key.tag == key.tag && e->key.u.i == key.u.i)
                return (int64_t)j;                 /* identical (pointer or int) */
            if (e->hash == hash) {
                Value ek = e->key;
                if (key_str && ek.tag == V_OBJ && ek.u.o->cls == I->cls.str) {
                    if (str_eq((Str *)ek.u.o, (Str *)key.u.o))
                        return (int64_t)j;
                } else if ((ek.tag == V_INT && key.tag == V_INT) || (key_str && ek.tag == V_INT)) {
                    /* different ints; an int never equals a str */
                } else {
                    DictEntry *ents = d->entries;
                    int32_t *index = d->index;
                    bool eq = cont_eq(I, ek, key);
                    if (ents != d->entries || index != d->index || d->index[j] != ix)
                        goto restart;
                    if (eq)
                        return (int64_t)j;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
}

/* Insert or replace with a known hash. */
static void dict_insert(Interp *I, Dict *d, Value key, int64_t hash, Value val)
{
    int64_t slot;
    int64_t j = dict_find(I, d, key, hash, &slot);
    if (j >= 0) {
        Value *vs = &d->entries[d->index[j]].val;
        if ((d->version & DICT_VERSION_CLASS) && plain_immediate(*vs) && plain_immediate(val)) {
            /* a class counter: caches read the entry (MethodCache), keys and
             * descriptors stay as they were, so the class epoch stays */
            *vs = val;
            d->version++;
            return;
        }
        *vs = val;
        changed(I, d);
        return;
    }
    if (d->nentries >= d->cap) {
        dict_resize(I, d, (d->len + 1) * 3);
        dict_find(I, d, key, hash, &slot);
    }
    int64_t n = d->nentries++;
    d->entries[n].hash = hash;
    d->entries[n].key = key;
    d->entries[n].val = val;
    d->index[slot] = (int32_t)n;
    d->len++;
    changed(I, d);
}

Value dict_get(Interp *I, Dict *d, Value key)
{
    if (d->len == 0) {
        cont_hash(I, key);      /* {}[[]] still says unhashable */
        return v_unset();
    }
    int64_t slot, j = dict_find(I, d, key, cont_hash(I, key), &slot);
    if (j < 0)
        return v_unset();
    return v_read_slot(&d->entries[d->index[j]].val);
}

void dict_set(Interp *I, Dict *d, Value key, Value val)
{
    dict_insert(I, d, key, cont_hash(I, key), val);
}

/* Remove the entry found at index slot j; returns it. */
static DictEntry dict_remove_at(Interp *I, Dict *d, int64_t j)
{
    int64_t ix = d->index[j];
    DictEntry e = d->entries[ix];
    d->index[j] = IX_DUMMY;
    d->entries[ix].key = v_unset();
    d->entries[ix].val = v_unset();
    d->len--;
    changed(I, d);
    return e;
}

bool dict_del(Interp *I, Dict *d, Value key)
{
    int64_t h = cont_hash(I, key);
    if (d->len == 0)
        return false;
    int64_t slot, j = dict_find(I, d, key, h, &slot);
    if (j < 0)
        return false;
    dict_remove_at(I, d, j);
    return true;
}

/* The entry holding `key`, or NULL (a non-str key equal to it: *slow). */
static inline __attribute__((always_inline)) DictEntry *find_str(Interp *I, Dict *d, Str *key, bool *slow)
{
    int64_t h = key->hash != -1 ? key->hash : str_hash(key);
    uint64_t mask = (uint64_t)d->index_size - 1;
    uint64_t perturb = (uint64_t)h, j = perturb & mask;
    for (;;) {
        int64_t ix = d->index[j];
        if (ix == IX_EMPTY)
            return NULL;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key.tag == V_OBJ && e->key.u.o == &key->hdr)
                return e;
            if (e->hash == h) {
                if (e->key.tag == V_OBJ && e->key.u.o->cls == I->cls.str) {
                    if (str_eq((Str *)e->key.u.o, key))
                        return e;
                } else {
                    *slow = true;       /* rare: a non-str key of the same hash */
                    return NULL;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        j = (j * 5 + perturb + 1) & mask;
    }
}

Value dict_get_str(Interp *I, Dict *d, Str *key)
{
    if (d->len == 0)
        return v_unset();
    bool slow = false;
    DictEntry *e = find_str(I, d, key, &slow);
    if (e)
        return v_read_slot(&e->val);
    return slow ? dict_get(I, d, v_obj(key)) : v_unset();
}

Value *dict_slot_str(Interp *I, Dict *d, Str *key)
{
    if (d->len == 0)
        return NULL;
    bool slow = false;
    DictEntry *e = find_str(I, d, key, &slow);
    return e ? &e->val : NULL;
}

void dict_set_str(Interp *I, Dict *d, Str *key, Value val)
{
    int64_t h = key->hash != -1 ? key->hash : str_hash(key);
    dict_insert(I, d, v_obj(key), h, val);
}

Value dict_get_cstr(Interp *I, Dict *d, const char *key)
{
    return dict_get_str(I, d, str_intern_cstr(I, key));
}

void dict_set_cstr(Interp *I, Dict *d, const char *key, Value val)
{
    dict_set_str(I, d, str_intern_cstr(I, key), val);
}

bool dict_next(Dict *d, int64_t *pos, Value *key, Value *val)
{
    for (int64_t i = *pos; i < d->nentries; i++) {
        DictEntry *e = &d->entries[i];
        if (!v_is_unset(e->key)) {
            if (key)
                *key = e->key;
            if (val)
                *val = v_read_slot(&e->val);
            *pos = i + 1;
            return true;
        }
    }
    *pos = d->nentries;
    return false;
}

static Dict *dict_copy_into(Interp *I, Class *cls, Dict *src)
{
    Dict *d = obj_alloc(I, cls, sizeof(Dict));
    if (src->len == 0)
        return d;
    if (src->len == src->nentries) {       /* no holes: copy the tables */
        d->cap = src->cap;
        d->index_size = src->index_size;
        d->entries = interp_alloc(I, (size_t)src->cap * sizeof(DictEntry));
        memcpy(d->entries, src->entries, (size_t)src->nentries * sizeof(DictEntry));
        for (int64_t i = 0; i < src->nentries; i++)
            d->entries[i].val = v_read_slot(&src->entries[i].val);
        d->index = interp_alloc(I, (size_t)src->index_size * sizeof(int32_t));
        memcpy(d->index, src->index, (size_t)src->index_size * sizeof(int32_t));
        d->nentries = src->nentries;
        d->len = src->len;
        return d;
    }
    dict_resize(I, d, src->len);
    for (int64_t i = 0; i < src->nentries; i++) {
        DictEntry *e = &src->entries[i];
        if (!v_is_unset(e->key))
            dict_insert(I, d, e->key, e->hash, v_read_slot(&e->val));
    }
    return d;
}

Dict *dict_copy(Interp *I, Dict *d)
{
    return dict_copy_into(I, I->cls.dict, d);
}

Dict *dict_new_like(Interp *I, Dict *proto)
{
    Dict *d = obj_alloc(I, I->cls.dict, sizeof(Dict));
    int64_t n = proto->nentries;
    if (n == 0 || proto->len != n)
        return d;
    /* Every entry is written here and the index is copied whole, so
     * neither needs zeroing; the entries array holds exactly n (an insert
     * resizes, as it would for a full dict). */
    d->entries = arena_alloc_raw(&I->arena, (size_t)n * sizeof(DictEntry));
    d->index = arena_alloc_raw(&I->arena, (size_t)proto->index_size * sizeof *d->index);
    if (!d->entries || !d->index)
        exc_fatal(I, FATAL_MEMORY, "out of memory");
    memcpy(d->entries, proto->entries, (size_t)n * sizeof(DictEntry));
    memcpy(d->index, proto->index, (size_t)proto->index_size * sizeof *d->index);
    d->cap = d->nentries = d->len = n;
    d->index_size = proto->index_size;
    return d;
}

/* Merge every entry of src into d (hashes reused). */
static void dict_merge(Interp *I, Dict *d, Dict *src)
{
    if (d == src || src->len == 0)
        return;
    if (d->len == 0 && src->len == src->nentries && d->hdr.cls == I->cls.dict) {
        Dict *c = dict_copy(I, src);
        uint64_t v = d->version;
        *d = *c;
        d->version = v;
        changed(I, d);
        return;
    }
    uint64_t version = src->version;
    int64_t n = src->nentries;
    for (int64_t i = 0; i < n && i < src->nentries; i++) {
        DictEntry e = src->entries[i];
        if (v_is_unset(e.key))
            continue;
        dict_insert(I, d, e.key, e.hash, v_read_slot(&src->entries[i].val));
        if (src->version != version && src != d)
            exc_raisef(I, I->cls.RuntimeError, "dict mutated during update");
    }
}

/* d.update(arg): a dict, a mapping with keys(), or an iterable of pairs. */
void dict_update_from(Interp *I, Dict *d, Value arg)
{
    if (v_isa(I, arg, I->cls.dict)) {
        dict_merge(I, d, AS_DICT(arg));
        return;
    }
    Value keys = obj_getattr_opt(I, arg, str_intern_cstr(I, "keys"));
    if (!v_is_unset(keys)) {
        Value it = obj_iter(I, cont_call0(I, keys));
        for (;;) {
            Value k = obj_next(I, it);
            if (v_is_unset(k))
                break;
            dict_set(I, d, k, obj_getitem(I, arg, k));
        }
        return;
    }
    Value it = obj_iter(I, arg);
    for (int64_t n = 0;; n++) {
        Value item = obj_next(I, it);
        if (v_is_unset(item))
            break;
        const Value *kv;
        int64_t len;
        if (v_isa(I, item, I->cls.tuple)) {
            kv = ((Tuple *)item.u.o)->items;
            len = ((Tuple *)item.u.o)->len;
        } else if (v_isa(I, item, I->cls.list)) {
            kv = ((List *)item.u.o)->items;
            len = ((List *)item.u.o)->len;
        } else {
            Class *c = class_of(I, item);
            if (!c->ops->iter && !(c->dunders & (DU_ITER | DU_GETITEM)) && !c->ops->getitem)
                exc_raisef(I, I->cls.TypeError,
                           "cannot convert dictionary update sequence element #%lld to a sequence",
                           (long long)n);
            List *l = list_copy_of(I, item);
            kv = l->items;
            len = l->len;
        }
        if (len != 2)
            exc_raisef(I, I->cls.ValueError,
                       "dictionary update sequence element #%lld has length %lld; 2 is required",
                       (long long)n, (long long)len);
        dict_set(I, d, kv[0], kv[1]);
    }
}

/* ------------------------------------------------------------------ */
/* Slots                                                                */
/* ------------------------------------------------------------------ */

static Str *dict_repr(Interp *I, Value self)
{
    Dict *d = AS_DICT(self);
    if (d->len == 0)
        return str_intern_cstr(I, "{}");
    ReprEntry re;
    if (!list_repr_enter(I, &re, &d->hdr))
        return str_intern_cstr(I, "{...}");
    StrBuf sb;
    sb_init(&sb, I);
    sb_addc(&sb, '{');
    bool first = true;
    for (int64_t i = 0; i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (v_is_unset(e.key))
            continue;
        e.val = v_read_slot(&d->entries[i].val);
        if (!first)
            sb_add(&sb, ", ", 2);
        first = false;
        sb_addstr(&sb, obj_repr(I, e.key));
        sb_add(&sb, ": ", 2);
        sb_addstr(&sb, obj_repr(I, e.val));
    }
    sb_addc(&sb, '}');
    list_repr_leave(I, &re);
    return sb_finish(&sb);
}

static int64_t dict_hash(Interp *I, Value self)
{
    exc_raisef(I, I->cls.TypeError, "unhashable type: '%s'", type_name(I, self));
}

static bool dict_equal(Interp *I, Dict *a, Dict *b)
{
    if (a->len != b->len)
        return false;
    DepthGuard g;
    list_guard_enter(I, &g, " in comparison");
    bool eq = true;
    for (int64_t i = 0; i < a->nentries && eq; i++) {
        DictEntry e = a->entries[i];
        if (v_is_unset(e.key))
            continue;
        e.val = v_read_slot(&a->entries[i].val);
        int64_t slot, j = dict_find(I, b, e.key, e.hash, &slot);
        if (j < 0) {
            eq = false;
            break;
        }
        Value bv = v_read_slot(&b->entries[b->index[j]].val);
        eq = cont_same_or_eq(I, e.val, bv);
    }
    list_guard_leave(I, &g);
    return eq;
}

static Value dict_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !v_isa(I, a, I->cls.dict) || !v_isa(I, b, I->cls.dict))
        return v_notimpl();
    bool eq = dict_equal(I, AS_DICT(a), AS_DICT(b));
    return v_bool(op == CMP_EQ ? eq : !eq);
}

static bool dict_truthy(Interp *I, Value self) { return AS_DICT(self)->len != 0; }
static int64_t dict_len(Interp *I, Value self) { return AS_DICT(self)->len; }
static Value dict_iter(Interp *I, Value self) { return iter_dict_new(I, AS_DICT(self), 0, false); }

static Value dict_getitem(Interp *I, Value self, Value key)
{
    Value v = dict_get(I, AS_DICT(self), key);
    if (v_is_unset(v)) {
        Class *c = self.u.o->cls;
        if (c->flags & CLS_PYTHON) {            /* a subclass may define __missing__ */
            Value fn = class_lookup(I, c, str_intern_cstr(I, "__missing__"));
            if (!v_is_unset(fn)) {
                Class *fc = class_of(I, fn);
                if (fc->ops->get)
                    fn = fc->ops->get(I, fn, self, c);      /* bind it */
                return obj_call1(I, fn, key);
            }
        }
        exc_raise_arg(I, I->cls.KeyError, key);
    }
    return v;
}

static void dict_setitem(Interp *I, Value self, Value key, Value val)
{
    dict_set(I, AS_DICT(self), key, val);
}

static void dict_delitem(Interp *I, Value self, Value key)
{
    if (!dict_del(I, AS_DICT(self), key))
        exc_raise_arg(I, I->cls.KeyError, key);
}

static bool dict_contains(Interp *I, Value self, Value key)
{
    return !v_is_unset(dict_get(I, AS_DICT(self), key));
}

static Value dict_binop(Interp *I, int op, Value a, Value b)
{
    if ((op & ~OP_INPLACE) != OP_BITOR || !v_isa(I, a, I->cls.dict))
        return v_notimpl();
    if (op & OP_INPLACE) {
        dict_update_from(I, AS_DICT(a), b);
        return a;
    }
    if (!v_isa(I, b, I->cls.dict))
        return v_notimpl();
    Dict *r = dict_copy(I, AS_DICT(a));
    dict_merge(I, r, AS_DICT(b));
    return v_obj(r);
}

static void update_kw(Interp *I, Dict *d, const KwArgs *kw)
{
    for (int i = 0; kw && i < kw->n; i++)
        dict_set_str(I, d, kw->names[i], kw->vals[i]);
}

static Value dict_new_slot(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = obj_alloc(I, cls, cls->inst_size > sizeof(Dict) ? cls->inst_size : sizeof(Dict));
    if ((cls->flags & CLS_PYTHON) && (cls->dunders & DU_INIT))
        return v_obj(d);        /* the subclass's __init__ sees the arguments */
    cont_check_range(I, "dict", argc, 0, 1);
    if (argc == 1)
        dict_update_from(I, d, argv[0]);
    update_kw(I, d, kw);
    return v_obj(d);
}

/* ------------------------------------------------------------------ */
/* Methods                                                              */
/* ------------------------------------------------------------------ */

static Dict *self_dict(Interp *I, const char *meth, int argc, const Value *argv)
{
    if (argc < 1 || !v_isa(I, argv[0], I->cls.dict))
        cont_bad_self(I, meth, I->cls.dict, argc ? argv[0] : v_none());
    return AS_DICT(argv[0]);
}

static Value m_get(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = self_dict(I, "get", argc, argv);
    cont_check_nokw(I, "get", kw);
    cont_check_range(I, "get", argc - 1, 1, 2);
    Value v = dict_get(I, d, argv[1]);
    if (v_is_unset(v))
        return argc > 2 ? argv[2] : v_none();
    return v;
}

static Value m_setdefault(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = self_dict(I, "setdefault", argc, argv);
    cont_check_nokw(I, "setdefault", kw);
    cont_check_range(I, "setdefault", argc - 1, 1, 2);
    Value v = dict_get(I, d, argv[1]);
    if (!v_is_unset(v))
        return v;
    Value def = argc > 2 ? argv[2] : v_none();
    dict_set(I, d, argv[1], def);
    return def;
}

static Value m_pop(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = self_dict(I, "pop", argc, argv);
    cont_check_nokw(I, "pop", kw);
    cont_check_range(I, "pop", argc - 1, 1, 2);
    int64_t h = cont_hash(I, argv[1]);
    int64_t slot, j = d->len ? dict_find(I, d, argv[1], h, &slot) : -1;
    if (j < 0) {
        if (argc > 2)
            return argv[2];
        exc_raise_arg(I, I->cls.KeyError, argv[1]);
    }
    Value v = dict_remove_at(I, d, j).val;
    if (v.tag == V_OWNED)       /* it leaves its slot: no longer owned by one */
        v.tag = V_OBJ;
    return v;
}

static Value m_popitem(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = self_dict(I, "popitem", argc, argv);
    cont_check_noargs(I, "dict.popitem", argc - 1, kw);
    if (d->len == 0)
        exc_raise_arg(I, I->cls.KeyError, str_value(I, "popitem(): dictionary is empty"));
    int64_t i = d->nentries - 1;
    while (v_is_unset(d->entries[i].key))
        i--;
    DictEntry e = d->entries[i];
    int64_t slot, j = dict_find(I, d, e.key, e.hash, &slot);
    dict_remove_at(I, d, j);       /* the hole stays: its index slot is a dummy */
    if (e.val.tag == V_OWNED)
        e.val.tag = V_OBJ;
    return v_obj(tuple_pack(I, 2, e.key, e.val));
}

static Value m_keys(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = self_dict(I, "keys", argc, argv);
    cont_check_noargs(I, "dict.keys", argc - 1, kw);
    return dict_view_new(I, d, 0);
}

static Value m_values(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = self_dict(I, "values", argc, argv);
    cont_check_noargs(I, "dict.values", argc - 1, kw);
    return dict_view_new(I, d, 1);
}

static Value m_items(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = self_dict(I, "items", argc, argv);
    cont_check_noargs(I, "dict.items", argc - 1, kw);
    return dict_view_new(I, d, 2);
}

static Value m_update(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = self_dict(I, "update", argc, argv);
    cont_check_range(I, "update", argc - 1, 0, 1);
    if (argc > 1)
        dict_update_from(I, d, argv[1]);
    update_kw(I, d, kw);
    return v_none();
}

/* dict.__init__(self, [mapping or iterable], **kw): updates (as CPython's). */
static Value m_init(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = self_dict(I, "__init__", argc, argv);
    cont_check_range(I, "dict", argc - 1, 0, 1);
    if (argc > 1)
        dict_update_from(I, d, argv[1]);
    update_kw(I, d, kw);
    return v_none();
}

static Value m_copy(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = self_dict(I, "copy", argc, argv);
    cont_check_noargs(I, "dict.copy", argc - 1, kw);
    return v_obj(dict_copy(I, d));
}

static Value m_clear(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = self_dict(I, "clear", argc, argv);
    cont_check_noargs(I, "dict.clear", argc - 1, kw);
    uint64_t v = d->version;
    Class *c = d->hdr.cls;
    memset(d, 0, sizeof *d);
    d->hdr.cls = c;
    d->version = v;
    changed(I, d);
    return v_none();
}

/* dict.fromkeys(iterable, value=None), a classmethod. */
static Value m_fromkeys(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "fromkeys", kw);
    cont_check_range(I, "fromkeys", argc - 1, 1, 2);
    Class *cls = (argc > 0 && argv[0].tag == V_OBJ) ? (Class *)argv[0].u.o : I->cls.dict;
    Value r = cont_call0(I, v_obj(cls));
    Value val = argc > 2 ? argv[2] : v_none();
    bool plain = v_is_exact(r, I->cls.dict);
    if (plain && v_isa(I, argv[1], I->cls.dict)) {
        Dict *src = AS_DICT(argv[1]);
        for (int64_t i = 0; i < src->nentries; i++)
            if (!v_is_unset(src->entries[i].key))
                dict_insert(I, AS_DICT(r), src->entries[i].key, src->entries[i].hash, val);
        return r;
    }
    Value it = obj_iter(I, argv[1]);
    for (;;) {
        Value k = obj_next(I, it);
        if (v_is_unset(k))
            break;
        if (plain)
            dict_set(I, AS_DICT(r), k, val);
        else
            obj_setitem(I, r, k, val);
    }
    return r;
}

static Value m_getitem(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = self_dict(I, "__getitem__", argc, argv);
    cont_check_o(I, "dict.__getitem__", argc - 1, kw);
    return dict_getitem(I, v_obj(d), argv[1]);
}

static Value m_contains(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = self_dict(I, "__contains__", argc, argv);
    cont_check_o(I, "dict.__contains__", argc - 1, kw);
    return v_bool(dict_contains(I, v_obj(d), argv[1]));
}

static Value m_len(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Dict *d = self_dict(I, "__len__", argc, argv);
    cont_check_noargs(I, "dict.__len__", argc - 1, kw);
    return v_int(d->len);
}

/* ------------------------------------------------------------------ */
/* Views                                                                */
/* ------------------------------------------------------------------ */

typedef struct DictView {
    Obj hdr;
    Dict *d;
    int kind;               /* 0 keys, 1 values, 2 items */
} DictView;

#define AS_VIEW(v) ((DictView *)(v).u.o)

Value dict_view_new(Interp *I, Dict *d, int kind)
{
    Class *cls = kind == 0 ? I->cls.dict_keys : kind == 1 ? I->cls.dict_values : I->cls.dict_items;
    DictView *v = obj_alloc(I, cls, sizeof *v);
    v->d = d;
    v->kind = kind;
    return v_obj(v);
}

Dict *dict_view_dict(Value view, int *kind)
{
    *kind = AS_VIEW(view)->kind;
    return AS_VIEW(view)->d;
}

static bool is_setlike_view(Interp *I, Value v)
{
    return v.tag == V_OBJ && (v.u.o->cls == I->cls.dict_keys || v.u.o->cls == I->cls.dict_items);
}

static Str *view_repr(Interp *I, Value self)
{
    DictView *v = AS_VIEW(self);
    ReprEntry re;
    const char *name = class_of(I, self)->name->s;
    if (!list_repr_enter(I, &re, &v->hdr))
        return str_intern_cstr(I, "...");
    List *l = list_copy_of(I, self);
    StrBuf sb;
    sb_init(&sb, I);
    sb_adds(&sb, name);
    sb_addc(&sb, '(');
    sb_addstr(&sb, l->len ? list_seq_repr(I, l->items, l->len, "[", "]") : str_intern_cstr(I, "[]"));
    sb_addc(&sb, ')');
    list_repr_leave(I, &re);
    return sb_finish(&sb);
}

static int64_t view_len(Interp *I, Value self) { return AS_VIEW(self)->d->len; }

static Value view_iter(Interp *I, Value self)
{
    return iter_dict_new(I, AS_VIEW(self)->d, AS_VIEW(self)->kind, false);
}

static bool view_contains(Interp *I, Value self, Value item)
{
    DictView *v = AS_VIEW(self);
    if (v->kind == 0)
        return !v_is_unset(dict_get(I, v->d, item));
    if (v->kind == 2) {
        if (!v_isa(I, item, I->cls.tuple) || ((Tuple *)item.u.o)->len != 2)
            return false;
        Tuple *t = (Tuple *)item.u.o;
        Value got = dict_get(I, v->d, t->items[0]);
        return !v_is_unset(got) && cont_same_or_eq(I, got, t->items[1]);
    }
    Dict *d = v->d;
    for (int64_t i = 0; i < d->nentries; i++)
        if (!v_is_unset(d->entries[i].key) &&
            cont_same_or_eq(I, v_read_slot(&d->entries[i].val), item))
            return true;
    return false;
}

/* Every item of `a` is in `b` (CPython's all_contained_in). */
static bool all_contained_in(Interp *I, Value a, Value b)
{
    Value it = obj_iter(I, a);
    for (;;) {
        Value x = obj_next(I, it);
        if (v_is_unset(x))
            return true;
        if (!obj_contains(I, b, x))
            return false;
    }
}

static bool is_anyset(Interp *I, Value v)
{
    return v_isa(I, v, I->cls.set) || v_isa(I, v, I->cls.frozenset);
}

static Value view_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    if (!is_setlike_view(I, a) || !(is_anyset(I, b) || is_setlike_view(I, b)))
        return v_notimpl();
    int64_t la = obj_len(I, a), lb = obj_len(I, b);
    bool ok;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        ok = la == lb && all_contained_in(I, a, b);
        if (op == CMP_NE)
            ok = !ok;
        break;
    case CMP_LT: ok = la < lb && all_contained_in(I, a, b); break;
    case CMP_LE: ok = la <= lb && all_contained_in(I, a, b); break;
    case CMP_GT: ok = la > lb && all_contained_in(I, b, a); break;
    default: ok = la >= lb && all_contained_in(I, b, a); break;
    }
    return v_bool(ok);
}

/* keys/items views as sets: view op other, other op view. */
static Value view_binop(Interp *I, int op, Value a, Value b)
{
    int base = op & ~OP_INPLACE;
    if (base != OP_BITAND && base != OP_BITOR && base != OP_SUB && base != OP_BITXOR)
        return v_notimpl();
    if (!is_setlike_view(I, a) && !is_setlike_view(I, b))
        return v_notimpl();
    Value self = a, other = b;
    if (base != OP_SUB && !is_setlike_view(I, a)) {
        self = b;
        other = a;
    }
    Set *r = set_new(I, false);
    if (base == OP_BITAND) {
        if (is_setlike_view(I, other) && obj_len(I, other) > obj_len(I, self)) {
            Value t = self;
            self = other;
            other = t;
        }
        Value it = obj_iter(I, other);
        for (;;) {
            Value x = obj_next(I, it);
            if (v_is_unset(x))
                break;
            if (obj_contains(I, self, x))
                set_add(I, r, x);
        }
        return v_obj(r);
    }
    set_update(I, r, self);
    if (base == OP_BITOR) {
        set_update(I, r, other);
    } else if (base == OP_SUB) {
        Value it = obj_iter(I, other);
        for (;;) {
            Value x = obj_next(I, it);
            if (v_is_unset(x))
                break;
            set_discard(I, r, x);
        }
    } else {
        Set *o = set_new(I, false);
        set_update(I, o, other);
        int64_t pos = 0;
        Value x;
        while (set_next(o, &pos, &x))
            if (!set_discard(I, r, x))
                set_add(I, r, x);
    }
    return v_obj(r);
}

static Value view_isdisjoint(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "isdisjoint", argc - 1, kw);
    Value it = obj_iter(I, argv[1]);
    for (;;) {
        Value x = obj_next(I, it);
        if (v_is_unset(x))
            return v_bool(true);
        if (view_contains(I, argv[0], x))
            return v_bool(false);
    }
}

static const TypeOps keys_ops = {
    .repr = view_repr, .len = view_len, .iter = view_iter, .contains = view_contains,
    .richcmp = view_richcmp, .binop = view_binop, .hash = dict_hash,
};
static const TypeOps values_ops = {
    .repr = view_repr, .len = view_len, .iter = view_iter, .contains = view_contains,
};

static const TypeOps dict_ops = {
    .repr = dict_repr,
    .hash = dict_hash,
    .richcmp = dict_richcmp,
    .truthy = dict_truthy,
    .len = dict_len,
    .iter = dict_iter,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .delitem = dict_delitem,
    .contains = dict_contains,
    .binop = dict_binop,
    .new_ = dict_new_slot,
};

/* Create dict (filling the record obj_bootstrap preallocated) and the
 * view classes. Idempotent. */
void dict_init(Interp *I)
{
    if (I->cls.dict && I->cls.dict->name)
        return;
    Class *c = class_new_native(I, "dict", "builtins", NULL, &dict_ops, sizeof(Dict),
                                CLS_UNHASHABLE | CLS_BASETYPE);
    I->cls.dict = c;
    class_add_method(I, c, "get", m_get);
    class_add_method(I, c, "setdefault", m_setdefault);
    class_add_method(I, c, "pop", m_pop);
    class_add_method(I, c, "popitem", m_popitem);
    class_add_method(I, c, "keys", m_keys);
    class_add_method(I, c, "values", m_values);
    class_add_method(I, c, "items", m_items);
    class_add_method(I, c, "update", m_update);
    class_add_method(I, c, "copy", m_copy);
    class_add_method(I, c, "clear", m_clear);
    class_add_method(I, c, "__getitem__", m_getitem);
    class_add_method(I, c, "__contains__", m_contains);
    class_add_method(I, c, "__len__", m_len);
    class_add_method(I, c, "__init__", m_init);
    class_add_classmethod(I, c, "fromkeys", m_fromkeys);
    list_add_slot_methods(I, c);

    I->cls.dict_keys = class_new_native(I, "dict_keys", "builtins", NULL, &keys_ops,
                                        sizeof(DictView), CLS_UNHASHABLE);
    I->cls.dict_items = class_new_native(I, "dict_items", "builtins", NULL, &keys_ops,
                                         sizeof(DictView), CLS_UNHASHABLE);
    I->cls.dict_values = class_new_native(I, "dict_values", "builtins", NULL, &values_ops,
                                          sizeof(DictView), 0);
    class_add_method(I, I->cls.dict_keys, "isdisjoint", view_isdisjoint);
    class_add_method(I, I->cls.dict_items, "isdisjoint", view_isdisjoint);
}
