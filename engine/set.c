/*
 * set.c — `set` and `frozenset`, with CPython's own hash table algorithm
 * (Objects/setobject.c, 3.11): tables of 8 entries and up, linear probes
 * of 9 then perturbation, dummy entries for deletions, CPython's resize
 * rules and its merge/update fast paths. Keeping the algorithm exactly
 * means a set of ints (or of tuples of ints) iterates, and so prints, in
 * the same order python3 prints it.
 *
 * Entry states: empty (key V_UNSET, hash 0), dummy (key V_UNSET, hash -1),
 * live (key set). Hashes of live keys are never -1.
 */
#include "cont.h"

#include <string.h>

enum { SET_MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5 };

#define AS_SET(v) ((Set *)(v).u.o)

static inline bool is_empty(const SetEntry *e) { return v_is_unset(e->key) && e->hash == 0; }
static inline bool is_live(const SetEntry *e) { return !v_is_unset(e->key); }

static bool is_anyset(Interp *I, Value v)
{
    return v_isa(I, v, I->cls.set) || v_isa(I, v, I->cls.frozenset);
}

static Set *set_alloc(Interp *I, Class *cls)
{
    Set *s = obj_alloc(I, cls, sizeof(Set));
    s->mask = SET_MINSIZE - 1;
    s->table = interp_alloc(I, SET_MINSIZE * sizeof(SetEntry));
    s->hash = -1;
    return s;
}

Set *set_new(Interp *I, bool frozen)
{
    return set_alloc(I, frozen ? I->cls.frozenset : I->cls.set);
}

/* A new empty set of the same base type as `so` (make_new_set_basetype). */
static Set *new_like(Interp *I, Set *so)
{
    return set_alloc(I, so->hdr.cls->native_base == I->cls.frozenset ? I->cls.frozenset : I->cls.set);
}

static inline bool same_key(Value a, Value b)
{
    return a.tag == b.tag && a.u.i == b.u.i;
}

/* Does live entry `e` (same hash as key) hold a key equal to `key`?
 * *restart is set when the comparison mutated the table. */
static bool entry_matches(Interp *I, Set *so, SetEntry *e, Value key, bool *restart)
{
    Value sk = e->key;
    if (same_key(sk, key))
        return true;
    if (sk.tag == V_INT && key.tag == V_INT)
        return false;
    if (sk.tag == V_OBJ && key.tag == V_OBJ && sk.u.o->cls == I->cls.str && key.u.o->cls == I->cls.str)
        return str_eq((Str *)sk.u.o, (Str *)key.u.o);
    SetEntry *table = so->table;
    bool eq = cont_eq(I, sk, key);
    if (table != so->table || !same_key(e->key, sk)) {
        *restart = true;
        return false;
    }
    return eq;
}

/* The entry holding key, or NULL (set_lookkey). */
static SetEntry *set_lookkey(Interp *I, Set *so, Value key, int64_t hash)
{
restart:;
    uint64_t mask = (uint64_t)so->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        SetEntry *e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (is_empty(e))
                return NULL;
            if (e->hash == hash && is_live(e)) {
                bool again = false;
                if (entry_matches(I, so, e, key, &again))
                    return e;
                if (again)
                    goto restart;
                mask = (uint64_t)so->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void set_insert_clean(SetEntry *table, uint64_t mask, Value key, int64_t hash)
{
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        SetEntry *e = &table[i];
        if (v_is_unset(e->key))
            goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (v_is_unset(e->key))
                    goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

/* Rebuild the table with room for `minused` keys, dropping dummies. */
static void set_table_resize(Interp *I, Set *so, int64_t minused)
{
    int64_t newsize = SET_MINSIZE;
    while (newsize <= minused)
        newsize <<= 1;
    if (newsize == SET_MINSIZE && so->mask == SET_MINSIZE - 1 && so->fill == so->used)
        return;                     /* small table without dummies: nothing to do */
    SetEntry *old = so->table;
    int64_t oldmask = so->mask;
    SetEntry *nt = interp_alloc(I, (size_t)newsize * sizeof(SetEntry));
    so->mask = newsize - 1;
    so->table = nt;
    so->fill = so->used;
    for (int64_t i = 0; i <= oldmask; i++)
        if (is_live(&old[i]))
            set_insert_clean(nt, (uint64_t)so->mask, old[i].key, old[i].hash);
}

/* set_add_entry: insert key unless an equal key is present. */
static void set_add_entry(Interp *I, Set *so, Value key, int64_t hash)
{
restart:;
    uint64_t mask = (uint64_t)so->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    SetEntry *freeslot = NULL;
    SetEntry *e;
    for (;;) {
        e = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (is_empty(e))
                goto found_unused_or_dummy;
            if (e->hash == hash && is_live(e)) {
                bool again = false;
                if (entry_matches(I, so, e, key, &again))
                    return;
                if (again)
                    goto restart;
                mask = (uint64_t)so->mask;
            } else if (e->hash == -1 && !is_live(e)) {
                freeslot = e;               /* CPython keeps the last dummy seen */
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    so->version++;
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return;
    }
    so->fill++;
    so->used++;
    e->key = key;
    e->hash = hash;
    if ((uint64_t)so->fill * 5 < mask * 3)
        return;
    set_table_resize(I, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

/* The hash of a set key; a (mutable) set used as a key is looked up as
 * the equal frozenset, as CPython does for in/remove/discard. */
static Value lookup_key(Interp *I, Value key)
{
    if (v_isa(I, key, I->cls.set)) {
        Set *f = set_new(I, true);
        set_update(I, f, key);
        return v_obj(f);
    }
    return key;
}

static bool set_contains_key(Interp *I, Set *so, Value key)
{
    return set_lookkey(I, so, key, cont_hash(I, key)) != NULL;
}

/* Remove the key if present (set_discard_entry); true when found. */
static bool set_discard_entry(Interp *I, Set *so, Value key, int64_t hash)
{
    SetEntry *e = set_lookkey(I, so, key, hash);
    if (!e)
        return false;
    e->key = v_unset();
    e->hash = -1;
    so->used--;
    so->version++;
    return true;
}

void set_add(Interp *I, Set *s, Value key)
{
    set_add_entry(I, s, key, cont_hash(I, key));
}

bool set_has(Interp *I, Set *s, Value key)
{
    return set_contains_key(I, s, key);
}

bool set_discard(Interp *I, Set *s, Value key)
{
    return set_discard_entry(I, s, key, cont_hash(I, key));
}

bool set_next(Set *s, int64_t *pos, Value *key)
{
    for (int64_t i = *pos; i <= s->mask; i++) {
        if (is_live(&s->table[i])) {
            *key = s->table[i].key;
            *pos = i + 1;
            return true;
        }
    }
    *pos = s->mask + 1;
    return false;
}

/* set_merge: add every key of another set. */
static void set_merge(Interp *I, Set *so, Set *other)
{
    if (other == so || other->used == 0)
        return;
    if ((so->fill + other->used) * 5 >= so->mask * 3)
        set_table_resize(I, so, (so->used + other->used) * 2);
    so->version++;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (int64_t i = 0; i <= other->mask; i++)
            if (is_live(&other->table[i]))
                so->table[i] = other->table[i];
        so->fill = other->fill;
        so->used = other->used;
        return;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (int64_t i = 0; i <= other->mask; i++)
            if (is_live(&other->table[i]))
                set_insert_clean(so->table, (uint64_t)so->mask, other->table[i].key, other->table[i].hash);
        return;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        SetEntry e = other->table[i];
        if (is_live(&e))
            set_add_entry(I, so, e.key, e.hash);
    }
}

void set_update(Interp *I, Set *s, Value iterable)
{
    if (is_anyset(I, iterable)) {
        set_merge(I, s, AS_SET(iterable));
        return;
    }
    if (v_is_exact(iterable, I->cls.dict)) {
        Dict *d = (Dict *)iterable.u.o;
        if ((s->fill + d->len) * 5 >= s->mask * 3)
            set_table_resize(I, s, (s->used + d->len) * 2);
        for (int64_t i = 0; i < d->nentries; i++)
            if (!v_is_unset(d->entries[i].key))
                set_add_entry(I, s, d->entries[i].key, d->entries[i].hash);
        return;
    }
    if (v_isa(I, iterable, I->cls.list) || v_isa(I, iterable, I->cls.tuple)) {
        bool is_list = iterable.u.o->cls->native_base == I->cls.list;
        for (int64_t i = 0;; i++) {
            int64_t n = is_list ? ((List *)iterable.u.o)->len : ((Tuple *)iterable.u.o)->len;
            if (i >= n)
                break;
            Value x = is_list ? ((List *)iterable.u.o)->items[i] : ((Tuple *)iterable.u.o)->items[i];
            set_add_entry(I, s, x, cont_hash(I, x));
        }
        return;
    }
    Value it = obj_iter(I, iterable);
    for (;;) {
        Value x = obj_next(I, it);
        if (v_is_unset(x))
            break;
        set_add_entry(I, s, x, cont_hash(I, x));
    }
}

/* The frozenset constant CPython's compiler makes for a set display of 3+
 * constants: built from the items in source order, then rebuilt from its
 * own iteration order (the compiler's constant merging does that). */
Set *set_from_constants(Interp *I, int64_t n, const Value *items)
{
    Set *f = set_new(I, true);
    for (int64_t i = 0; i < n; i++)
        set_add(I, f, items[i]);
    Set *g = set_new(I, true);
    for (int64_t i = 0; i <= f->mask; i++)
        if (is_live(&f->table[i]))
            set_add_entry(I, g, f->table[i].key, f->table[i].hash);
    return g;
}

static void set_clear_internal(Interp *I, Set *so)
{
    so->table = interp_alloc(I, SET_MINSIZE * sizeof(SetEntry));
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->version++;
}

static Set *set_copy(Interp *I, Set *so)
{
    Set *r = new_like(I, so);
    set_merge(I, r, so);
    return r;
}

static Set *set_from_iterable(Interp *I, Set *like, Value it)
{
    Set *r = new_like(I, like);
    set_update(I, r, it);
    return r;
}

/* set_intersection(so, other) */
static Set *set_intersection(Interp *I, Set *so, Value other)
{
    if (other.tag == V_OBJ && other.u.o == &so->hdr)
        return set_copy(I, so);
    Set *result = new_like(I, so);
    if (is_anyset(I, other)) {
        Set *a = so, *b = AS_SET(other);
        if (b->used > a->used) {
            Set *t = a;
            a = b;
            b = t;
        }
        for (int64_t i = 0; i <= b->mask; i++) {
            SetEntry e = b->table[i];
            if (is_live(&e) && set_lookkey(I, a, e.key, e.hash))
                set_add_entry(I, result, e.key, e.hash);
        }
        return result;
    }
    Value it = obj_iter(I, other);
    for (;;) {
        Value x = obj_next(I, it);
        if (v_is_unset(x))
            break;
        int64_t h = cont_hash(I, x);
        if (set_lookkey(I, so, x, h))
            set_add_entry(I, result, x, h);
    }
    return result;
}

static void set_difference_update_internal(Interp *I, Set *so, Value other)
{
    if (other.tag == V_OBJ && other.u.o == &so->hdr) {
        set_clear_internal(I, so);
        return;
    }
    if (is_anyset(I, other)) {
        Set *o = AS_SET(other);
        if ((o->used >> 3) > so->used)
            o = set_intersection(I, so, other);
        for (int64_t i = 0; i <= o->mask; i++) {
            SetEntry e = o->table[i];
            if (is_live(&e))
                set_discard_entry(I, so, e.key, e.hash);
        }
    } else {
        Value it = obj_iter(I, other);
        for (;;) {
            Value x = obj_next(I, it);
            if (v_is_unset(x))
                break;
            set_discard_entry(I, so, x, cont_hash(I, x));
        }
    }
    if ((uint64_t)(so->fill - so->used) <= (uint64_t)so->mask / 4)
        return;
    set_table_resize(I, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

/* set_difference(so, other) */
static Set *set_difference(Interp *I, Set *so, Value other)
{
    int64_t other_size;
    bool dict = false;
    if (is_anyset(I, other)) {
        other_size = AS_SET(other)->used;
    } else if (v_is_exact(other, I->cls.dict)) {
        other_size = ((Dict *)other.u.o)->len;
        dict = true;
    } else {
        Set *r = set_copy(I, so);
        set_difference_update_internal(I, r, other);
        return r;
    }
    if ((so->used >> 2) > other_size) {
        Set *r = set_copy(I, so);
        set_difference_update_internal(I, r, other);
        return r;
    }
    Set *result = new_like(I, so);
    for (int64_t i = 0; i <= so->mask; i++) {
        SetEntry e = so->table[i];
        if (!is_live(&e))
            continue;
        bool in;
        if (dict)
            in = !v_is_unset(dict_get(I, (Dict *)other.u.o, e.key));
        else
            in = set_lookkey(I, AS_SET(other), e.key, e.hash) != NULL;
        if (!in)
            set_add_entry(I, result, e.key, e.hash);
    }
    return result;
}

static void set_symmetric_difference_update(Interp *I, Set *so, Value other)
{
    if (other.tag == V_OBJ && other.u.o == &so->hdr) {
        set_clear_internal(I, so);
        return;
    }
    if (v_is_exact(other, I->cls.dict)) {
        Dict *d = (Dict *)other.u.o;
        for (int64_t i = 0; i < d->nentries; i++) {
            DictEntry de = d->entries[i];
            if (v_is_unset(de.key))
                continue;
            if (!set_discard_entry(I, so, de.key, de.hash))
                set_add_entry(I, so, de.key, de.hash);
        }
        return;
    }
    Set *o = is_anyset(I, other) ? AS_SET(other) : set_from_iterable(I, so, other);
    for (int64_t i = 0; i <= o->mask; i++) {
        SetEntry e = o->table[i];
        if (!is_live(&e))
            continue;
        if (!set_discard_entry(I, so, e.key, e.hash))
            set_add_entry(I, so, e.key, e.hash);
    }
}

static Set *set_symmetric_difference(Interp *I, Set *so, Value other)
{
    Set *r = set_from_iterable(I, so, other);
    set_symmetric_difference_update(I, r, v_obj(so));
    return r;
}

static bool set_issubset_set(Interp *I, Set *so, Set *other)
{
    if (so->used > other->used)
        return false;
    for (int64_t i = 0; i <= so->mask; i++) {
        SetEntry e = so->table[i];
        if (is_live(&e) && !set_lookkey(I, other, e.key, e.hash))
            return false;
    }
    return true;
}

/* Replace so's contents by r's (intersection_update). */
static void set_take(Set *so, Set *r)
{
    so->table = r->table;
    so->mask = r->mask;
    so->fill = r->fill;
    so->used = r->used;
    so->version++;
}

/* ------------------------------------------------------------------ */
/* Slots                                                                */
/* ------------------------------------------------------------------ */

static Str *set_repr(Interp *I, Value self)
{
    Set *so = AS_SET(self);
    const char *name = so->hdr.cls->name->s;
    bool plain_set = so->hdr.cls == I->cls.set;
    if (so->used == 0)
        return str_fmt(I, "%s()", name);
    ReprEntry re;
    if (!list_repr_enter(I, &re, &so->hdr))
        return str_fmt(I, "%s(...)", name);
    StrBuf sb;
    sb_init(&sb, I);
    if (!plain_set) {
        sb_adds(&sb, name);
        sb_addc(&sb, '(');
    }
    sb_addc(&sb, '{');
    bool first = true;
    for (int64_t i = 0; i <= so->mask; i++) {
        SetEntry e = so->table[i];
        if (!is_live(&e))
            continue;
        if (!first)
            sb_add(&sb, ", ", 2);
        first = false;
        if (e.key.tag == V_INT)
            sb_printf(&sb, "%lld", (long long)e.key.u.i);
        else
            sb_addstr(&sb, obj_repr(I, e.key));
    }
    sb_addc(&sb, '}');
    if (!plain_set)
        sb_addc(&sb, ')');
    list_repr_leave(I, &re);
    return sb_finish(&sb);
}

Value set_repr_value(Interp *I, Value self)
{
    return v_obj(set_repr(I, self));
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

/* frozenset's hash (CPython's frozenset_hash). */
static int64_t frozenset_hash(Interp *I, Value self)
{
    Set *so = AS_SET(self);
    if (so->hash != -1)
        return so->hash;
    uint64_t hash = 0;
    for (int64_t i = 0; i <= so->mask; i++)
        hash ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1)
        hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1)
        hash = 590923713UL;
    so->hash = (int64_t)hash;
    return so->hash;
}

static int64_t set_hash(Interp *I, Value self)
{
    exc_raisef(I, I->cls.TypeError, "unhashable type: '%s'", type_name(I, self));
}

static Value set_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    if (!is_anyset(I, a) || !is_anyset(I, b))
        return v_notimpl();
    Set *v = AS_SET(a), *w = AS_SET(b);
    bool r;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        if (v->used != w->used)
            r = false;
        else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash)
            r = false;
        else
            r = set_issubset_set(I, v, w);
        if (op == CMP_NE)
            r = !r;
        break;
    case CMP_LE: r = set_issubset_set(I, v, w); break;
    case CMP_GE: r = set_issubset_set(I, w, v); break;
    case CMP_LT: r = v->used < w->used && set_issubset_set(I, v, w); break;
    default: r = v->used > w->used && set_issubset_set(I, w, v); break;
    }
    return v_bool(r);
}

static bool set_truthy(Interp *I, Value self) { return AS_SET(self)->used != 0; }
static int64_t set_len(Interp *I, Value self) { return AS_SET(self)->used; }
static Value set_iter(Interp *I, Value self) { return iter_set_new(I, AS_SET(self)); }

static bool set_contains(Interp *I, Value self, Value item)
{
    return set_contains_key(I, AS_SET(self), lookup_key(I, item));
}

static Value set_binop(Interp *I, int op, Value a, Value b)
{
    int base = op & ~OP_INPLACE;
    if (!is_anyset(I, a) || !is_anyset(I, b))
        return v_notimpl();
    Set *so = AS_SET(a);
    bool inplace = (op & OP_INPLACE) && so->hdr.cls->native_base == I->cls.set;
    switch (base) {
    case OP_BITOR:
        if (inplace) {
            set_update(I, so, b);
            return a;
        } else {
            Set *r = set_copy(I, so);
            if (b.u.o != a.u.o)
                set_update(I, r, b);
            return v_obj(r);
        }
    case OP_BITAND:
        if (inplace) {
            set_take(so, set_intersection(I, so, b));
            return a;
        }
        return v_obj(set_intersection(I, so, b));
    case OP_SUB:
        if (inplace) {
            set_difference_update_internal(I, so, b);
            return a;
        }
        return v_obj(set_difference(I, so, b));
    case OP_BITXOR:
        if (inplace) {
            set_symmetric_difference_update(I, so, b);
            return a;
        }
        return v_obj(set_symmetric_difference(I, so, b));
    default:
        return v_notimpl();
    }
}

static Value set_new_slot(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    bool frozen = cls->native_base == I->cls.frozenset;
    const char *name = frozen ? "frozenset" : "set";
    if (!frozen && (cls->flags & CLS_PYTHON) && (cls->dunders & DU_INIT))
        return v_obj(set_alloc(I, cls));    /* the subclass's __init__ sees the arguments */
    cont_check_nokw(I, name, kw);
    cont_check_range(I, name, argc, 0, 1);
    if (frozen && argc == 1 && cls == I->cls.frozenset && v_is_exact(argv[0], I->cls.frozenset))
        return argv[0];
    Set *s = set_alloc(I, cls);
    if (argc == 1)
        set_update(I, s, argv[0]);
    return v_obj(s);
}

/* ------------------------------------------------------------------ */
/* Methods                                                              */
/* ------------------------------------------------------------------ */

static Set *self_set(Interp *I, const char *meth, Class *cls, int argc, const Value *argv)
{
    if (argc < 1 || !(cls == I->cls.set ? v_isa(I, argv[0], cls) : is_anyset(I, argv[0])))
        cont_bad_self(I, meth, cls, argc ? argv[0] : v_none());
    return AS_SET(argv[0]);
}

#define SELF_SET(meth) Set *so = self_set(I, meth, I->cls.set, argc, argv)
#define SELF_ANY(meth) Set *so = self_set(I, meth, I->cls.frozenset, argc, argv)

/* "set.copy" or "frozenset.copy" for the error messages. */
#define QNAME(meth) (so->hdr.cls->native_base == I->cls.frozenset ? "frozenset." meth : "set." meth)

static Value m_add(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_SET("add");
    cont_check_o(I, "set.add", argc - 1, kw);
    set_add(I, so, argv[1]);
    return v_none();
}

static Value m_remove(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_SET("remove");
    cont_check_o(I, "set.remove", argc - 1, kw);
    Value k = lookup_key(I, argv[1]);
    if (!set_discard(I, so, k))
        exc_raise_arg(I, I->cls.KeyError, argv[1]);
    return v_none();
}

static Value m_discard(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_SET("discard");
    cont_check_o(I, "set.discard", argc - 1, kw);
    set_discard(I, so, lookup_key(I, argv[1]));
    return v_none();
}

static Value m_pop(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_SET("pop");
    cont_check_noargs(I, "set.pop", argc - 1, kw);
    if (so->used == 0)
        exc_raise_arg(I, I->cls.KeyError, str_value(I, "pop from an empty set"));
    SetEntry *e = so->table + (so->finger & so->mask);
    SetEntry *limit = so->table + so->mask;
    while (!is_live(e)) {
        e++;
        if (e > limit)
            e = so->table;
    }
    Value key = e->key;
    e->key = v_unset();
    e->hash = -1;
    so->used--;
    so->finger = e - so->table + 1;
    so->version++;
    return key;
}

static Value m_clear(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_SET("clear");
    cont_check_noargs(I, "set.clear", argc - 1, kw);
    set_clear_internal(I, so);
    return v_none();
}

/* set.__init__(self, iterable=(), /): empties the set, then adds. */
static Value m_init(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_SET("__init__");
    cont_check_nokw(I, "set", kw);
    cont_check_range(I, "set", argc - 1, 0, 1);
    set_clear_internal(I, so);
    if (argc == 2)
        set_update(I, so, argv[1]);
    return v_none();
}

static Value m_copy(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_ANY("copy");
    cont_check_noargs(I, QNAME("copy"), argc - 1, kw);
    if (so->hdr.cls == I->cls.frozenset)
        return argv[0];
    return v_obj(set_copy(I, so));
}

static Value m_update(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_SET("update");
    cont_check_nokw(I, "set.update", kw);
    for (int i = 1; i < argc; i++)
        set_update(I, so, argv[i]);
    return v_none();
}

static Value m_union(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_ANY("union");
    cont_check_nokw(I, QNAME("union"), kw);
    Set *r = set_copy(I, so);
    for (int i = 1; i < argc; i++)
        if (!(argv[i].tag == V_OBJ && argv[i].u.o == &so->hdr))
            set_update(I, r, argv[i]);
    return v_obj(r);
}

static Set *intersection_multi(Interp *I, Set *so, int argc, const Value *argv)
{
    if (argc == 0)
        return set_copy(I, so);
    Set *r = so;
    for (int i = 0; i < argc; i++)
        r = set_intersection(I, r, argv[i]);
    return r;
}

static Value m_intersection(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_ANY("intersection");
    cont_check_nokw(I, QNAME("intersection"), kw);
    return v_obj(intersection_multi(I, so, argc - 1, argv + 1));
}

static Value m_intersection_update(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_SET("intersection_update");
    cont_check_nokw(I, "set.intersection_update", kw);
    Set *r = intersection_multi(I, so, argc - 1, argv + 1);
    if (r != so)
        set_take(so, r);
    return v_none();
}

static Value m_difference(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_ANY("difference");
    cont_check_nokw(I, QNAME("difference"), kw);
    if (argc == 1)
        return v_obj(set_copy(I, so));
    Set *r = set_difference(I, so, argv[1]);
    for (int i = 2; i < argc; i++)
        set_difference_update_internal(I, r, argv[i]);
    return v_obj(r);
}

static Value m_difference_update(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_SET("difference_update");
    cont_check_nokw(I, "set.difference_update", kw);
    for (int i = 1; i < argc; i++)
        set_difference_update_internal(I, so, argv[i]);
    return v_none();
}

static Value m_symmetric_difference(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_ANY("symmetric_difference");
    cont_check_o(I, QNAME("symmetric_difference"), argc - 1, kw);
    return v_obj(set_symmetric_difference(I, so, argv[1]));
}

static Value m_symmetric_difference_update(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_SET("symmetric_difference_update");
    cont_check_o(I, "set.symmetric_difference_update", argc - 1, kw);
    set_symmetric_difference_update(I, so, argv[1]);
    return v_none();
}

static Value m_issubset(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_ANY("issubset");
    cont_check_o(I, QNAME("issubset"), argc - 1, kw);
    Set *o = is_anyset(I, argv[1]) ? AS_SET(argv[1]) : set_from_iterable(I, so, argv[1]);
    return v_bool(set_issubset_set(I, so, o));
}

static Value m_issuperset(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_ANY("issuperset");
    cont_check_o(I, QNAME("issuperset"), argc - 1, kw);
    if (is_anyset(I, argv[1]))
        return v_bool(set_issubset_set(I, AS_SET(argv[1]), so));
    Value it = obj_iter(I, argv[1]);
    for (;;) {
        Value x = obj_next(I, it);
        if (v_is_unset(x))
            return v_bool(true);
        if (!set_contains_key(I, so, x))
            return v_bool(false);
    }
}

static Value m_isdisjoint(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    SELF_ANY("isdisjoint");
    cont_check_o(I, QNAME("isdisjoint"), argc - 1, kw);
    Value other = argv[1];
    if (other.tag == V_OBJ && other.u.o == &so->hdr)
        return v_bool(so->used == 0);
    if (is_anyset(I, other)) {
        Set *a = so, *b = AS_SET(other);
        if (a->used > b->used) {
            Set *t = a;
            a = b;
            b = t;
        }
        for (int64_t i = 0; i <= a->mask; i++) {
            SetEntry e = a->table[i];
            if (is_live(&e) && set_lookkey(I, b, e.key, e.hash))
                return v_bool(false);
        }
        return v_bool(true);
    }
    Value it = obj_iter(I, other);
    for (;;) {
        Value x = obj_next(I, it);
        if (v_is_unset(x))
            return v_bool(true);
        if (set_contains_key(I, so, x))
            return v_bool(false);
    }
}

static const TypeOps set_ops = {
    .repr = set_repr,
    .hash = set_hash,
    .richcmp = set_richcmp,
    .truthy = set_truthy,
    .len = set_len,
    .iter = set_iter,
    .contains = set_contains,
    .binop = set_binop,
    .new_ = set_new_slot,
};

static const TypeOps frozenset_ops = {
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcmp = set_richcmp,
    .truthy = set_truthy,
    .len = set_len,
    .iter = set_iter,
    .contains = set_contains,
    .binop = set_binop,
    .new_ = set_new_slot,
};

/* Create set and frozenset. Idempotent. */
void set_init(Interp *I)
{
    if (I->cls.set)
        return;
    Class *s = class_new_native(I, "set", "builtins", NULL, &set_ops, sizeof(Set),
                                CLS_UNHASHABLE | CLS_BASETYPE);
    Class *f = class_new_native(I, "frozenset", "builtins", NULL, &frozenset_ops, sizeof(Set), 0);
    I->cls.set = s;
    I->cls.frozenset = f;
    class_add_method(I, s, "add", m_add);
    class_add_method(I, s, "remove", m_remove);
    class_add_method(I, s, "discard", m_discard);
    class_add_method(I, s, "pop", m_pop);
    class_add_method(I, s, "clear", m_clear);
    class_add_method(I, s, "__init__", m_init);
    class_add_method(I, s, "update", m_update);
    class_add_method(I, s, "intersection_update", m_intersection_update);
    class_add_method(I, s, "difference_update", m_difference_update);
    class_add_method(I, s, "symmetric_difference_update", m_symmetric_difference_update);
    Class *both[2] = { s, f };
    for (int i = 0; i < 2; i++) {
        class_add_method(I, both[i], "copy", m_copy);
        class_add_method(I, both[i], "union", m_union);
        class_add_method(I, both[i], "intersection", m_intersection);
        class_add_method(I, both[i], "difference", m_difference);
        class_add_method(I, both[i], "symmetric_difference", m_symmetric_difference);
        class_add_method(I, both[i], "issubset", m_issubset);
        class_add_method(I, both[i], "issuperset", m_issuperset);
        class_add_method(I, both[i], "isdisjoint", m_isdisjoint);
        list_add_slot_methods(I, both[i]);
    }
}
