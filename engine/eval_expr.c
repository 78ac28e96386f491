/*
 * eval_expr.c — evaluating expressions and assignment targets.
 *
 * eval_expr() is one switch over the node kinds. Names were resolved to
 * slots by scope.c, so a local read is one array load. Arithmetic and
 * comparisons on V_INT/V_FLOAT run inline (overflow falls back to obj_binop,
 * which handles big ints); everything else goes through obj.h's protocol.
 * Before each operation that can raise, EVAL_POS records the node so a
 * traceback can point at it as CPython 3.11 does.
 */
#include <math.h>
#include <string.h>

#include "eval_int.h"
#include "gen.h"

static inline bool truthy(Interp *I, Value v)
{
    switch (v.tag) {
    case V_BOOL: case V_INT: return v.u.i != 0;
    case V_NONE: return false;
    default: return obj_truthy(I, v);
    }
}

static inline bool is_exact(Value v, Class *cls)
{
    return v.tag == V_OBJ && v.u.o->cls == cls;
}

/* ---------------------------------------------------------------- */
/* Names                                                            */
/* ---------------------------------------------------------------- */

/* NameError "name 'x' is not defined", with the suggestion CPython 3.11
 * prints (computed now, while the frame is alive). */
_Noreturn void eval_name_error(Interp *I, Frame *fr, Str *name)
{
    Value e = exc_new_msg(I, I->cls.NameError, str_fmt(I, "name '%s' is not defined", name->s)->s);
    exc_set_attr(I, e, "name", v_str(name));
    Str *sugg = NULL;
    if (fr && fr->scope && fr->scope->kind != SK_MODULE && fr->scope->kind != SK_CLASS)
        sugg = tb_suggest(I, name, fr->scope->varnames, fr->scope->nslots);
    if (!sugg && fr && fr->globals) {
        Dict *g = fr->globals;
        if (g->len < 750) {
            Str **c = interp_alloc(I, sizeof(Str *) * (size_t)(g->len + 1));
            int n = 0;
            int64_t pos = 0;
            Value k, v;
            while (dict_next(g, &pos, &k, &v))
                if (v_is_str(I, k))
                    c[n++] = (Str *)k.u.o;
            sugg = tb_suggest(I, name, c, n);
        }
    }
    if (!sugg) {
        Dict *b = I->builtins->dict;
        if (b->len < 750) {
            Str **c = interp_alloc(I, sizeof(Str *) * (size_t)(b->len + 1));
            int n = 0;
            int64_t pos = 0;
            Value k, v;
            while (dict_next(b, &pos, &k, &v))
                if (v_is_str(I, k))
                    c[n++] = (Str *)k.u.o;
            sugg = tb_suggest(I, name, c, n);
        }
    }
    if (sugg)
        tb_set_suggestion(I, e, sugg);
    exc_raise(I, e);
}

/* Index of key object `key` among d's entries, or -1. Follows dict.c's
 * probe sequence comparing identity only (the cache below needs the entry
 * holding this very object); a miss only means "not cached". */
static int64_t entry_of(Dict *d, Str *key)
{
    if (!d->index || key->hash == -1)
        return -1;
    uint64_t mask = (uint64_t)d->index_size - 1;
    uint64_t perturb = (uint64_t)key->hash, j = perturb & mask;
    for (int probes = 0; probes < 64; probes++) {
        int64_t ix = d->index[j];
        if (ix == -1)
            return -1;
        if (ix >= 0 && d->entries[ix].key.tag == V_OBJ && d->entries[ix].key.u.o == &key->hdr)
            return ix;
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
    return -1;
}

static inline bool entry_holds(Dict *d, int64_t ix, Str *key)
{
    return ix < d->nentries && d->entries[ix].key.tag == V_OBJ && d->entries[ix].key.u.o == &key->hdr;
}

/* A global or builtin name: globals, then builtins, else NameError. The
 * place found is remembered per node (EvalState.gcache) so a hot loop's
 * global and builtin reads skip the hash lookups. */
Value eval_load_global(Interp *I, Frame *fr, Node *n)
{
    Str *id = n->u.name.id;
    Dict *g = fr->globals;
    GlobalCache *gc = &eval_state(I)->gcache[((uintptr_t)n >> 4) & (GCACHE_SIZE - 1)];
    if (gc->node == n && gc->globals == g) {
        Dict *w = gc->where;
        if (entry_holds(w, gc->ix, id) &&
            (w == g || (g->entries == gc->gents && g->nentries == gc->gn)))
            return v_read_slot(&w->entries[gc->ix].val);
    }
    Value v = dict_get_str(I, g, id);
    if (v.tag != V_UNSET) {
        int64_t ix = entry_of(g, id);
        if (ix >= 0)
            *gc = (GlobalCache){ n, g, NULL, 0, g, ix };
        return v;
    }
    Dict *b = I->builtins->dict;
    v = dict_get_str(I, b, id);
    if (v.tag != V_UNSET) {
        int64_t ix = entry_of(b, id);
        if (ix >= 0)
            *gc = (GlobalCache){ n, g, g->entries, g->nentries, b, ix };
        return v;
    }
    EVAL_POS(fr, n);
    eval_name_error(I, fr, id);
}

/* The value slot of global name n in fr->globals (raw: it may hold
 * V_OWNED), found through the same cache as eval_load_global; NULL when
 * the globals lack the name. Valid until the globals change. */
Value *eval_global_slot(Interp *I, Frame *fr, Node *n)
{
    Str *id = n->u.name.id;
    Dict *g = fr->globals;
    GlobalCache *gc = &eval_state(I)->gcache[((uintptr_t)n >> 4) & (GCACHE_SIZE - 1)];
    if (gc->node == n && gc->globals == g && gc->where == g && entry_holds(g, gc->ix, id))
        return &g->entries[gc->ix].val;
    Value *slot = dict_slot_str(I, g, id);
    if (slot) {
        int64_t ix = entry_of(g, id);
        if (ix >= 0)
            *gc = (GlobalCache){ n, g, NULL, 0, g, ix };
    }
    return slot;
}

/* Store v into global name n: in place through the cache when the name is
 * there (a module-level loop's `x = …` skips the hash), else dict_set_str. */
static void store_global(Interp *I, Frame *fr, Node *n, Value v)
{
    Value *slot = eval_global_slot(I, fr, n);
    if (slot) {
        *slot = v;
        fr->globals->version++;
    } else {
        dict_set_str(I, fr->globals, n->u.name.id, v);
    }
}

/* The value of n for a use that keeps no reference to it (a truth test,
 * len(), comparing with a constant, a str method that returns no str): a
 * str its variable owns (V_OWNED) stays owned, so `if s: s += ", "` in a
 * loop still appends in place. *owned says it was. Only bare local and
 * global names are looked at this way; anything else is eval_expr. */
Value eval_peek(Interp *I, Frame *fr, Node *n, bool *owned)
{
    *owned = false;
    if (n->kind == E_NAME) {
        Value *slot = n->u.name.scope == NS_FAST ? &fr->locals[n->u.name.slot]
                    : n->u.name.scope == NS_GLOBAL ? eval_global_slot(I, fr, n) : NULL;
        if (slot && slot->tag == V_OWNED) {
            *owned = true;
            return v_obj(slot->u.o);
        }
        if (slot && slot->tag != V_UNSET)
            return *slot;       /* one cache probe, not two */
    }
    return eval_expr(I, fr, n);
}

/* A constant or a plain name: evaluating it runs no code, so nothing can
 * touch a peeked value meanwhile. */
static inline bool no_side_effects(Node *n)
{
    return n->kind == E_CONST || (n->kind == E_NAME && (n->u.name.scope == NS_FAST ||
                                                        n->u.name.scope == NS_GLOBAL));
}

/* A subscript key that evaluates without running code: a constant, a
 * name, a negated constant, or a slice of those (s[-3:], s[i]). */
static bool pure_key(Node *n)
{
    if (!n)
        return true;
    switch (n->kind) {
    case E_SLICE:
        return pure_key(n->u.slice.lower) && pure_key(n->u.slice.upper) && pure_key(n->u.slice.step);
    case E_UNARY:
        return n->u.unary.operand->kind == E_CONST;
    default:
        return no_side_effects(n);
    }
}

/* An int, None, or a slice of them: indexing a str with it runs no code. */
static bool plain_index(Interp *I, Value k)
{
    if (k.tag == V_INT || k.tag == V_NONE)
        return true;
    if (k.tag != V_OBJ || k.u.o->cls != I->cls.slice)
        return false;
    Slice *s = (Slice *)k.u.o;
    return (s->start.tag == V_INT || s->start.tag == V_NONE) &&
           (s->stop.tag == V_INT || s->stop.tag == V_NONE) &&
           (s->step.tag == V_INT || s->step.tag == V_NONE);
}

/* Neither a user object nor a container whose comparison could run user
 * code that keeps the other operand. */
static inline bool inert(Interp *I, Value v)
{
    return v.tag != V_OBJ || v.u.o->cls == I->cls.str;
}

static _Noreturn void unbound_error(Interp *I, Frame *fr, Node *n)
{
    EVAL_POS(fr, n);
    if (n->u.name.scope == NS_CELL && fr->scope && n->u.name.slot >= fr->scope->free_base)
        exc_raisef(I, I->cls.NameError,
                   "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                   n->u.name.id->s);
    exc_raisef(I, I->cls.UnboundLocalError,
               "cannot access local variable '%s' where it is not associated with a value",
               n->u.name.id->s);
}

static Value load_name(Interp *I, Frame *fr, Node *n)
{
    Value v;
    switch (n->u.name.scope) {
    case NS_FAST:
        v = v_read_slot(&fr->locals[n->u.name.slot]);
        if (v.tag == V_UNSET)
            unbound_error(I, fr, n);
        return v;
    case NS_CELL:
        v = ((Cell *)fr->locals[n->u.name.slot].u.o)->v;
        if (v.tag == V_UNSET)
            unbound_error(I, fr, n);
        return v;
    case NS_NAME:
        v = dict_get_str(I, fr->ns, n->u.name.id);
        if (v.tag != V_UNSET)
            return v;
        return eval_load_global(I, fr, n);
    case NS_CLASSDEREF:
        v = dict_get_str(I, fr->ns, n->u.name.id);
        if (v.tag != V_UNSET)
            return v;
        v = ((Cell *)fr->locals[n->u.name.slot].u.o)->v;
        if (v.tag == V_UNSET)
            unbound_error(I, fr, n);
        return v;
    default:
        return eval_load_global(I, fr, n);
    }
}

/* A store into a class body's namespace: straight into the dict, or through
 * __setitem__ when a metaclass's __prepare__ gave a dict subclass that has
 * one (EnumType's, which turns auto() into values as they are assigned). */
static void ns_store(Interp *I, Frame *fr, Str *name, Value v)
{
    Class *nc = fr->ns->hdr.cls;
    if (nc != I->cls.dict && (nc->dunders & DU_SETITEM))
        obj_setitem(I, v_obj(fr->ns), v_obj(name), v);
    else
        dict_set_str(I, fr->ns, name, v);
}

/* Bind `name` in frame fr by its symbol (def/class/import/except-as). */
void eval_store_name(Interp *I, Frame *fr, Str *name, Value v)
{
    Symbol *y = fr->scope ? scope_find(fr->scope, name) : NULL;
    int kind = y ? y->kind : NS_GLOBAL;
    switch (kind) {
    case NS_FAST: fr->locals[y->slot] = v; break;
    case NS_CELL: ((Cell *)fr->locals[y->slot].u.o)->v = v; break;
    case NS_NAME: case NS_CLASSDEREF: ns_store(I, fr, name, v); break;
    default: dict_set_str(I, fr->globals, name, v); break;
    }
}

/* ---------------------------------------------------------------- */
/* Operators                                                        */
/* ---------------------------------------------------------------- */

Value eval_binop_slow(Interp *I, Frame *fr, Node *n, int op, Value a, Value b)
{
    EVAL_POS(fr, n);
    return obj_binop(I, op, a, b);
}

static inline int64_t floordiv64(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static inline int64_t mod64(int64_t a, int64_t b)
{
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

/* a op b with the V_INT / V_FLOAT fast paths; `op` may carry OP_INPLACE. */
static Value binop(Interp *I, Frame *fr, Node *n, int op, Value a, Value b)
{
    int bop = op & ~OP_INPLACE;
    if (a.tag == V_INT && b.tag == V_INT) {
        int64_t x = a.u.i, y = b.u.i, r;
        switch (bop) {
        case OP_ADD: if (!__builtin_add_overflow(x, y, &r)) return v_int(r); break;
        case OP_SUB: if (!__builtin_sub_overflow(x, y, &r)) return v_int(r); break;
        case OP_MUL: if (!__builtin_mul_overflow(x, y, &r)) return v_int(r); break;
        case OP_FLOORDIV:
            if (y != 0 && !(x == INT64_MIN && y == -1)) return v_int(floordiv64(x, y));
            break;
        case OP_MOD:
            if (y != 0 && !(x == INT64_MIN && y == -1)) return v_int(mod64(x, y));
            break;
        case OP_TRUEDIV:
            if (y != 0 && x <= (1LL << 53) && x >= -(1LL << 53) && y <= (1LL << 53) && y >= -(1LL << 53))
                return v_float((double)x / (double)y);
            break;
        case OP_BITAND: return v_int(x & y);
        case OP_BITOR: return v_int(x | y);
        case OP_BITXOR: return v_int(x ^ y);
        case OP_LSHIFT:
            if (y >= 0 && y < 63) {
                r = (int64_t)((uint64_t)x << y);
                if ((r >> y) == x) return v_int(r);
            }
            break;
        case OP_RSHIFT:
            if (y >= 0) return v_int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
            break;
        default: break;
        }
    } else if ((a.tag == V_FLOAT || a.tag == V_INT) && (b.tag == V_FLOAT || b.tag == V_INT) &&
               (a.tag == V_FLOAT || b.tag == V_FLOAT)) {
        /* int64 → double is exact below 2**53; beyond it obj_binop decides */
        if ((a.tag == V_INT && (a.u.i > (1LL << 53) || a.u.i < -(1LL << 53))) ||
            (b.tag == V_INT && (b.u.i > (1LL << 53) || b.u.i < -(1LL << 53))))
            return eval_binop_slow(I, fr, n, op, a, b);
        double x = a.tag == V_FLOAT ? a.u.f : (double)a.u.i;
        double y = b.tag == V_FLOAT ? b.u.f : (double)b.u.i;
        switch (bop) {
        case OP_ADD: return v_float(x + y);
        case OP_SUB: return v_float(x - y);
        case OP_MUL: return v_float(x * y);
        case OP_TRUEDIV: if (y != 0.0) return v_float(x / y); break;
        default: break;
        }
    }
    return eval_binop_slow(I, fr, n, op, a, b);
}

/* binop() for the other evaluator files (augmented assignment). */
Value eval_binop(Interp *I, Frame *fr, Node *n, int op, Value a, Value b)
{
    return binop(I, fr, n, op, a, b);
}

static const CmpOp cmp_map[] = { CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE };

/* One comparison `a op b`; returns the result value (richcmp may return a
 * non-bool). */
static Value compare(Interp *I, CmpKind op, Value a, Value b)
{
    if (a.tag == V_INT && b.tag == V_INT) {
        int64_t x = a.u.i, y = b.u.i;
        switch (op) {
        case C_EQ: return v_bool(x == y);
        case C_NE: return v_bool(x != y);
        case C_LT: return v_bool(x < y);
        case C_LE: return v_bool(x <= y);
        case C_GT: return v_bool(x > y);
        case C_GE: return v_bool(x >= y);
        default: break;
        }
    } else if (a.tag == V_FLOAT && b.tag == V_FLOAT) {
        double x = a.u.f, y = b.u.f;
        switch (op) {
        case C_EQ: return v_bool(x == y);
        case C_NE: return v_bool(x != y);
        case C_LT: return v_bool(x < y);
        case C_LE: return v_bool(x <= y);
        case C_GT: return v_bool(x > y);
        case C_GE: return v_bool(x >= y);
        default: break;
        }
    }
    switch (op) {
    case C_IS: return v_bool(v_is(a, b));
    case C_ISNOT: return v_bool(!v_is(a, b));
    case C_IN: return v_bool(obj_contains(I, b, a));
    case C_NOTIN: return v_bool(!obj_contains(I, b, a));
    default: return obj_richcmp(I, a, b, cmp_map[op]);
    }
}

bool eval_compare(Interp *I, Frame *fr, CmpKind op, Value a, Value b, Value *out)
{
    (void)fr;
    *out = compare(I, op, a, b);
    return truthy(I, *out);
}

static Value eval_compare_node(Interp *I, Frame *fr, Node *n)
{
    Value left = eval_expr(I, fr, n->u.compare.left);
    int cnt = n->u.compare.n;
    Value r = v_none();
    for (int i = 0; i < cnt; i++) {
        Value right = eval_expr(I, fr, n->u.compare.comparators[i]);
        CmpKind op = n->u.compare.ops[i];
        if (!(left.tag == V_INT && right.tag == V_INT && op <= C_GE))
            EVAL_POS(fr, n);
        r = compare(I, op, left, right);
        if (i + 1 < cnt) {
            if (!truthy(I, r))
                return r;
            left = right;
        }
    }
    return r;
}

static Value eval_unary(Interp *I, Frame *fr, Node *n)
{
    bool owned;
    Value v = n->u.unary.op == U_NOT && eval_maybe_owned(fr, n->u.unary.operand)
            ? eval_peek_fast(I, fr, n->u.unary.operand, &owned) : eval_expr(I, fr, n->u.unary.operand);
    switch (n->u.unary.op) {
    case U_NOT: return v_bool(!truthy(I, v));
    case U_NEG:
        if (v.tag == V_INT && v.u.i != INT64_MIN) return v_int(-v.u.i);
        if (v.tag == V_FLOAT) return v_float(-v.u.f);
        EVAL_POS(fr, n);
        return obj_unop(I, UOP_NEG, v);
    case U_POS:
        if (v.tag == V_INT || v.tag == V_FLOAT) return v;
        EVAL_POS(fr, n);
        return obj_unop(I, UOP_POS, v);
    default:
        if (v.tag == V_INT) return v_int(~v.u.i);
        EVAL_POS(fr, n);
        return obj_unop(I, UOP_INVERT, v);
    }
}

/* ---------------------------------------------------------------- */
/* Subscripts and displays                                          */
/* ---------------------------------------------------------------- */

static Value subscript(Interp *I, Frame *fr, Node *n, Value v, Value key)
{
    if (key.tag == V_INT && v.tag == V_OBJ) {
        Class *c = v.u.o->cls;
        if (c == I->cls.list) {
            List *l = (List *)v.u.o;
            int64_t i = key.u.i < 0 ? key.u.i + l->len : key.u.i;
            if (i >= 0 && i < l->len)
                return l->items[i];
        } else if (c == I->cls.tuple) {
            Tuple *t = (Tuple *)v.u.o;
            int64_t i = key.u.i < 0 ? key.u.i + t->len : key.u.i;
            if (i >= 0 && i < t->len)
                return t->items[i];
        }
    }
    EVAL_POS(fr, n);
    return obj_getitem(I, v, key);
}

/* Append the items of iterable `it` (a starred display element) to list l. */
static void extend_list(Interp *I, List *l, Value it)
{
    if (is_exact(it, I->cls.list) || is_exact(it, I->cls.tuple)) {
        int64_t n = it.u.o->cls == I->cls.list ? ((List *)it.u.o)->len : ((Tuple *)it.u.o)->len;
        Value *items = it.u.o->cls == I->cls.list ? ((List *)it.u.o)->items : ((Tuple *)it.u.o)->items;
        for (int64_t i = 0; i < n; i++)
            list_append(I, l, items[i]);
        return;
    }
    Value iter = obj_iter(I, it);
    for (;;) {
        Value x = obj_next(I, iter);
        if (x.tag == V_UNSET)
            break;
        list_append(I, l, x);
    }
}

List *eval_seq_items(Interp *I, Frame *fr, NodeList *elts)
{
    List *l = list_new(I, elts->n);
    for (int i = 0; i < elts->n; i++) {
        Node *e = elts->items[i];
        if (e->kind == E_STARRED) {
            Value it = eval_expr(I, fr, e->u.starred.value);
            EVAL_POS(fr, e);
            extend_list(I, l, it);
        } else {
            list_append(I, l, eval_expr(I, fr, e));
        }
    }
    return l;
}

static int has_starred(NodeList *elts)
{
    for (int i = 0; i < elts->n; i++)
        if (elts->items[i]->kind == E_STARRED)
            return 1;
    return 0;
}

static Value eval_tuple(Interp *I, Frame *fr, Node *n)
{
    NodeList *elts = &n->u.seq.elts;
    if (!has_starred(elts)) {
        Tuple *t = tuple_new(I, elts->n);
        for (int i = 0; i < elts->n; i++)
            t->items[i] = eval_expr(I, fr, elts->items[i]);
        return v_obj(t);
    }
    List *l = eval_seq_items(I, fr, elts);
    return v_obj(tuple_from(I, l->len, l->items));
}

/* Merge mapping m into dict d ({**m}). */
static void dict_merge_into(Interp *I, Dict *d, Value m)
{
    /* CPython copies a dict subclass's own storage too, unless it overrides __iter__. */
    if (is_exact(m, I->cls.dict) ||
        (m.tag == V_OBJ && m.u.o->cls->native_base == I->cls.dict &&
         !(m.u.o->cls->dunders & DU_ITER))) {
        int64_t pos = 0;
        Value k, v;
        while (dict_next((Dict *)m.u.o, &pos, &k, &v))
            dict_set(I, d, k, v);
        return;
    }
    Value keys = obj_getattr_opt(I, m, str_intern_cstr(I, "keys"));
    if (keys.tag == V_UNSET)
        exc_raisef(I, I->cls.TypeError, "'%s' object is not a mapping", type_name(I, m));
    Value it = obj_iter(I, obj_call0(I, keys));
    for (;;) {
        Value k = obj_next(I, it);
        if (k.tag == V_UNSET)
            break;
        dict_set(I, d, k, obj_getitem(I, m, k));
    }
}

static Value eval_dict(Interp *I, Frame *fr, Node *n)
{
    Dict *d = dict_new(I);
    for (int i = 0; i < n->u.dict.n; i++) {
        if (!n->u.dict.keys[i]) {
            Value m = eval_expr(I, fr, n->u.dict.values[i]);
            EVAL_POS(fr, n);
            dict_merge_into(I, d, m);
            continue;
        }
        Value k = eval_expr(I, fr, n->u.dict.keys[i]);
        Value v = eval_expr(I, fr, n->u.dict.values[i]);
        EVAL_POS(fr, n);
        dict_set(I, d, k, v);
    }
    return v_obj(d);
}

/* ascii(v): repr with non-ASCII characters escaped. */
static Str *ascii_of(Interp *I, Value v)
{
    Str *r = obj_repr(I, v);
    if (r->nchars == r->len)
        return r;
    StrBuf sb;
    sb_init(&sb, I);
    const unsigned char *p = (const unsigned char *)r->s;
    while (*p) {
        unsigned c = *p;
        int len = 1;
        if (c >= 0x80) {
            if (c >= 0xF0) { c &= 0x07; len = 4; }
            else if (c >= 0xE0) { c &= 0x0F; len = 3; }
            else { c &= 0x1F; len = 2; }
            for (int k = 1; k < len && p[k]; k++)
                c = (c << 6) | (p[k] & 0x3F);
            if (c <= 0xFF) sb_printf(&sb, "\\x%02x", c);
            else if (c <= 0xFFFF) sb_printf(&sb, "\\u%04x", c);
            else sb_printf(&sb, "\\U%08x", c);
        } else {
            sb_addc(&sb, (char)c);
        }
        p += len;
    }
    return sb_finish(&sb);
}

static Str *eval_joined(Interp *I, Frame *fr, Node *n)
{
    NodeList *vals = &n->u.joinedstr.values;
    StrBuf sb;
    sb_init(&sb, I);
    for (int i = 0; i < vals->n; i++) {
        Node *p = vals->items[i];
        if (p->kind == E_CONST) {
            if (v_is_str(I, p->u.constant.value))
                sb_addstr(&sb, (Str *)p->u.constant.value.u.o);
            continue;
        }
        if (p->kind == E_JOINEDSTR) {
            sb_addstr(&sb, eval_joined(I, fr, p));
            continue;
        }
        Value v = eval_expr(I, fr, p->u.formatted.value);
        EVAL_POS(fr, p);
        switch (p->u.formatted.conversion) {
        case 'r': v = v_str(obj_repr(I, v)); break;
        case 's': v = v_str(obj_str(I, v)); break;
        case 'a': v = v_str(ascii_of(I, v)); break;
        default: break;
        }
        Node *fs = p->u.formatted.format_spec;
        Str *spec = I->names.empty;
        if (fs && fs->u.joinedstr.values.n == 1 && fs->u.joinedstr.values.items[0]->kind == E_CONST &&
            v_is_str(I, fs->u.joinedstr.values.items[0]->u.constant.value))
            spec = (Str *)fs->u.joinedstr.values.items[0]->u.constant.value.u.o;  /* f"{x:03d}" */
        else if (fs)
            spec = eval_joined(I, fr, fs);
        if (spec->len == 0 && is_exact(v, I->cls.str)) {
            sb_addstr(&sb, (Str *)v.u.o);
        } else if (spec->len == 0 && v.tag == V_INT) {
            char buf[24];
            char *q = int_dec64(buf, v.u.i);
            sb_add(&sb, q, (size_t)(buf + 24 - q));
        } else if (spec->len && (v.tag == V_INT || v.tag == V_FLOAT || is_exact(v, I->cls.str))) {
            fmt_format_into(I, &sb, v, spec);     /* what int/float/str.__format__ do */
        } else
            sb_addstr(&sb, obj_format(I, v, spec));
    }
    return sb_finish(&sb);
}

/* ---------------------------------------------------------------- */
/* The expression switch                                            */
/* ---------------------------------------------------------------- */

/* o.name, the full way, then remember where it was when it came from o's
 * own dict under the generic protocol with no property in the way (see
 * AttrCache). */
static __attribute__((noinline)) Value load_attr_slow(Interp *I, Frame *fr, Node *n, Value v,
                                                      AttrCache *ac)
{
    EVAL_POS(fr, n);
    Value r = obj_getattr(I, v, n->u.attr.attr);
    Class *c = v.u.o->cls;
    Str *name = n->u.attr.attr;
    if (!(c->flags & CLS_HAS_DICT) || c->ops->getattr != obj_generic_getattr ||
        (c->dunders & DU_GETATTR) || name == I->names.__class__ || name == I->names.__dict__)
        return r;
    Dict *d = ((Instance *)v.u.o)->dict;
    Value *slot = d ? dict_slot_str(I, d, name) : NULL;
    if (!slot || slot->u.o != r.u.o || (slot->tag != r.tag && slot->tag != V_OWNED))
        return r;
    Value ca = class_lookup(I, c, name);
    if (!v_is_unset(ca) && class_of(I, ca) == I->cls.property)
        return r;
    ac->node = n;
    ac->cls = c;
    ac->epoch = eval_state(I)->class_epoch;
    ac->ix = dict_slot_index(d, slot);
    return r;
}

/* The less frequent node kinds, kept out of eval_expr so that its frame
 * (pushed for every node evaluated) stays small. */
static __attribute__((noinline)) Value eval_expr_rare(Interp *I, Frame *fr, Node *n)
{
    switch (n->kind) {
    case E_BOOLOP: {
        NodeList *vals = &n->u.boolop.values;
        Value v = eval_expr(I, fr, vals->items[0]);
        for (int i = 1; i < vals->n; i++) {
            bool t = truthy(I, v);
            if (n->u.boolop.is_and ? !t : t)
                return v;
            v = eval_expr(I, fr, vals->items[i]);
        }
        return v;
    }
    case E_IFEXP:
        return truthy(I, eval_expr(I, fr, n->u.ifexp.test)) ? eval_expr(I, fr, n->u.ifexp.body)
                                                             : eval_expr(I, fr, n->u.ifexp.orelse);
    case E_LAMBDA:
        return func_new(I, fr, n, n->u.lambda.scope, n->u.lambda.args, NULL);
    case E_SLICE: {
        Value lo = n->u.slice.lower ? eval_expr(I, fr, n->u.slice.lower) : v_none();
        Value hi = n->u.slice.upper ? eval_expr(I, fr, n->u.slice.upper) : v_none();
        Value st = n->u.slice.step ? eval_expr(I, fr, n->u.slice.step) : v_none();
        return slice_new(I, lo, hi, st);
    }
    case E_LIST: {
        NodeList *elts = &n->u.seq.elts;
        if (!has_starred(elts)) {
            List *l = list_new(I, elts->n);
            for (int i = 0; i < elts->n; i++)
                l->items[i] = eval_expr(I, fr, elts->items[i]), l->len = i + 1;
            return v_obj(l);
        }
        return v_obj(eval_seq_items(I, fr, elts));
    }
    case E_TUPLE:
        return eval_tuple(I, fr, n);
    case E_SET: {
        List *l = eval_seq_items(I, fr, &n->u.seq.elts);
        Set *s = set_new(I, false);
        EVAL_POS(fr, n);
        /* CPython compiles a display of 3+ constants as set().update(frozenset
         * constant), which iterates in a different order than item-by-item adds. */
        bool consts = n->u.seq.elts.n > 2;
        for (int i = 0; consts && i < n->u.seq.elts.n; i++)
            consts = n->u.seq.elts.items[i]->kind == E_CONST;
        if (consts) {
            set_update(I, s, v_obj(set_from_constants(I, l->len, l->items)));
            return v_obj(s);
        }
        for (int64_t i = 0; i < l->len; i++)
            set_add(I, s, l->items[i]);
        return v_obj(s);
    }
    case E_DICT:
        return eval_dict(I, fr, n);
    case E_JOINEDSTR:
        return v_str(eval_joined(I, fr, n));
    case E_FORMATTED: {
        Node tmp;
        memset(&tmp, 0, sizeof tmp);
        tmp.kind = E_JOINEDSTR;
        tmp.u.joinedstr.values.n = 1;
        tmp.u.joinedstr.values.items = &n;
        return v_str(eval_joined(I, fr, &tmp));
    }
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP:
        return comp_eval(I, fr, n);
    case E_NAMEDEXPR: {
        /* target := value: the value, bound (scope.c chose where) */
        Value v = eval_expr(I, fr, n->u.namedexpr.value);
        eval_assign(I, fr, n->u.namedexpr.target, v);
        return v;
    }
    case E_YIELD:
        return gen_yield_expr(I, fr, n);
    case E_YIELDFROM:
        return gen_yield_from(I, fr, n);
    case E_STARRED:
        EVAL_POS(fr, n);
        exc_raisef(I, I->cls.SyntaxError, "can't use starred expression here");
    default:
        exc_raisef(I, I->cls.SystemError, "unexpected node %d in expression", (int)n->kind);
    }
}


Value eval_expr(Interp *I, Frame *fr, Node *n)
{
    switch (n->kind) {
    case E_NAME:
        if (n->u.name.scope == NS_FAST) {
            Value v = fr->locals[n->u.name.slot];
            if (v_is_plain(v))
                return v;
        }
        return load_name(I, fr, n);
    case E_CONST:
        return n->u.constant.value;
    case E_BINOP: {
        Value a = eval_fast(I, fr, n->u.binop.left);
        Value b = eval_fast(I, fr, n->u.binop.right);
        return binop(I, fr, n, n->u.binop.op, a, b);
    }
    case E_COMPARE:
        if (n->u.compare.n == 1) {
            Node *l = n->u.compare.left, *rn = n->u.compare.comparators[0];
            Value a, b;
            if (!eval_maybe_owned(fr, l) && !eval_maybe_owned(fr, rn)) {
                a = eval_fast(I, fr, l);
                b = eval_fast(I, fr, rn);
                CmpKind op = n->u.compare.ops[0];
                if (!(a.tag == V_INT && b.tag == V_INT && op <= C_GE))
                    EVAL_POS(fr, n);
                return compare(I, op, a, b);
            }
            /* `s == "x"`, `"," in s`: a str compared with a str or a
             * number keeps no reference, so an owned s stays owned; but
             * not across code that could append to it meanwhile */
            bool oa, ob;
            a = eval_peek_fast(I, fr, l, &oa);
            if (oa && !no_side_effects(rn)) {
                a = eval_expr(I, fr, l);        /* a plain name: shares it */
                oa = false;
            }
            b = eval_peek_fast(I, fr, rn, &ob);
            if ((oa || ob) && !(inert(I, a) && inert(I, b))) {
                if (oa)
                    a = eval_expr(I, fr, l);
                if (ob)
                    b = eval_expr(I, fr, rn);
            }
            CmpKind op = n->u.compare.ops[0];
            if (!(a.tag == V_INT && b.tag == V_INT && op <= C_GE))
                EVAL_POS(fr, n);
            return compare(I, op, a, b);
        }
        return eval_compare_node(I, fr, n);
    case E_CALL:
        return eval_call(I, fr, n);
    case E_ATTR: {
        Value v = eval_fast(I, fr, n->u.attr.value);
        if (v.tag == V_OBJ) {
            AttrCache *ac = &eval_state(I)->acache[((uintptr_t)n >> 4) & (ACACHE_SIZE - 1)];
            if (ac->node == n && ac->cls == v.u.o->cls && ac->epoch == eval_state(I)->class_epoch) {
                Dict *d = ((Instance *)v.u.o)->dict;
                if (d && ac->ix < d->nentries && d->entries[ac->ix].key.tag == V_OBJ &&
                    d->entries[ac->ix].key.u.o == &n->u.attr.attr->hdr)
                    return v_read_slot(&d->entries[ac->ix].val);
            }
            return load_attr_slow(I, fr, n, v, ac);
        }
        EVAL_POS(fr, n);
        return obj_getattr(I, v, n->u.attr.attr);
    }
    case E_SUBSCRIPT: {
        /* s[-3:] keeps no reference to an owned s, unless it returns s
         * itself (then s is shared from now on) */
        Node *vn = n->u.subscript.value;
        if (!eval_maybe_owned(fr, vn)) {
            Value v = eval_fast(I, fr, vn);
            Value k = eval_fast(I, fr, n->u.subscript.slice);
            return subscript(I, fr, n, v, k);
        }
        bool owned;
        Value v = eval_peek_fast(I, fr, vn, &owned);
        if (owned && !pure_key(n->u.subscript.slice)) {
            v = eval_expr(I, fr, vn);           /* a plain name: shares it */
            owned = false;
        }
        Value k = eval_fast(I, fr, n->u.subscript.slice);
        if (!owned)
            return subscript(I, fr, n, v, k);
        if (!plain_index(I, k))
            v = eval_expr(I, fr, vn);           /* an __index__ could run code */
        Value r = subscript(I, fr, n, v, k);
        if (r.tag == V_OBJ && r.u.o == v.u.o)
            eval_expr(I, fr, vn);               /* s[:] is s: shared now */
        return r;
    }
    case E_UNARY:
        return eval_unary(I, fr, n);
    default:
        return eval_expr_rare(I, fr, n);
    }
}

/* ---------------------------------------------------------------- */
/* Assignment                                                       */
/* ---------------------------------------------------------------- */

static void unpack(Interp *I, Frame *fr, Node *target, Value v)
{
    NodeList *elts = &target->u.seq.elts;
    int nt = elts->n, star = -1;
    for (int i = 0; i < nt; i++)
        if (elts->items[i]->kind == E_STARRED)
            star = i;
    Value *items;
    int64_t n;
    if (is_exact(v, I->cls.list)) {
        items = ((List *)v.u.o)->items;
        n = ((List *)v.u.o)->len;
    } else if (is_exact(v, I->cls.tuple)) {
        items = ((Tuple *)v.u.o)->items;
        n = ((Tuple *)v.u.o)->len;
    } else {
        EVAL_POS(fr, target);
        Class *c = class_of(I, v);
        if (!c->ops->iter && !(c->dunders & (DU_ITER | DU_GETITEM)) && !c->ops->getitem)
            exc_raisef(I, I->cls.TypeError, "cannot unpack non-iterable %s object", type_name(I, v));
        Value it = obj_iter(I, v);
        if (star < 0) {
            /* take at most nt + 1 items, as CPython does */
            StackMark mark = eval_stack_mark(I);
            Value *buf = eval_stack_alloc(I, nt);
            for (int i = 0; i < nt; i++) {
                Value x = obj_next(I, it);
                if (x.tag == V_UNSET)
                    exc_raisef(I, I->cls.ValueError, "not enough values to unpack (expected %d, got %d)", nt, i);
                buf[i] = x;
            }
            if (obj_next(I, it).tag != V_UNSET)
                exc_raisef(I, I->cls.ValueError, "too many values to unpack (expected %d)", nt);
            for (int i = 0; i < nt; i++)
                eval_assign(I, fr, elts->items[i], buf[i]);
            eval_stack_reset(I, mark);
            return;
        }
        List *l = obj_to_list(I, it);
        items = l->items;
        n = l->len;
    }
    if (star < 0) {
        if (n != nt) {
            EVAL_POS(fr, target);
            if (n > nt)
                exc_raisef(I, I->cls.ValueError, "too many values to unpack (expected %d)", nt);
            exc_raisef(I, I->cls.ValueError, "not enough values to unpack (expected %d, got %d)", nt, (int)n);
        }
        if (nt <= 8) {
            Value tmp[8];
            memcpy(tmp, items, sizeof(Value) * (size_t)nt);
            for (int i = 0; i < nt; i++)
                eval_assign(I, fr, elts->items[i], tmp[i]);
        } else {
            Tuple *t = tuple_from(I, nt, items);
            for (int i = 0; i < nt; i++)
                eval_assign(I, fr, elts->items[i], t->items[i]);
        }
        return;
    }
    int before = star, after = nt - star - 1;
    if (n < before + after) {
        EVAL_POS(fr, target);
        exc_raisef(I, I->cls.ValueError, "not enough values to unpack (expected at least %d, got %d)",
                   before + after, (int)n);
    }
    Tuple *snap = tuple_from(I, n, items);
    for (int i = 0; i < before; i++)
        eval_assign(I, fr, elts->items[i], snap->items[i]);
    List *mid = list_from(I, n - before - after, snap->items + before);
    eval_assign(I, fr, elts->items[star]->u.starred.value, v_obj(mid));
    for (int i = 0; i < after; i++)
        eval_assign(I, fr, elts->items[star + 1 + i], snap->items[n - after + i]);
}

void eval_assign(Interp *I, Frame *fr, Node *t, Value v)
{
    switch (t->kind) {
    case E_NAME:
        switch (t->u.name.scope) {
        case NS_FAST: fr->locals[t->u.name.slot] = v; return;
        case NS_CELL: ((Cell *)fr->locals[t->u.name.slot].u.o)->v = v; return;
        case NS_NAME: case NS_CLASSDEREF: ns_store(I, fr, t->u.name.id, v); return;
        default: store_global(I, fr, t, v); return;
        }
    case E_ATTR: {
        Value o = eval_expr(I, fr, t->u.attr.value);
        EVAL_POS(fr, t);
        obj_setattr(I, o, t->u.attr.attr, v);
        return;
    }
    case E_SUBSCRIPT: {
        Value o = eval_expr(I, fr, t->u.subscript.value);
        Value k = eval_expr(I, fr, t->u.subscript.slice);
        if (k.tag == V_INT && is_exact(o, I->cls.list)) {
            List *l = (List *)o.u.o;
            int64_t i = k.u.i < 0 ? k.u.i + l->len : k.u.i;
            if (i >= 0 && i < l->len) {
                l->items[i] = v;
                return;
            }
        }
        EVAL_POS(fr, t);
        obj_setitem(I, o, k, v);
        return;
    }
    case E_TUPLE: case E_LIST:
        unpack(I, fr, t, v);
        return;
    case E_STARRED:
        eval_assign(I, fr, t->u.starred.value, v);
        return;
    default:
        EVAL_POS(fr, t);
        exc_raisef(I, I->cls.SyntaxError, "cannot assign to expression");
    }
}
