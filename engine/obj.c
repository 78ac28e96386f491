/*
 * obj.c — classes and attributes: the bootstrap of `object` and `type`,
 * native and Python class creation (through a metaclass when the class
 * has one: type.__new__/__init__/__call__ live here), class lookup along
 * the base chain, the descriptor protocol (functions, properties, static
 * and class methods), instance and class attribute access, and the small builtin
 * classes that have no file of their own (NoneType, NotImplementedType,
 * ellipsis, builtin functions, bound methods, modules, cells).
 *
 * The rest of the generic protocol (repr, hash, compare, arithmetic,
 * iteration, calls) is in obj_proto.c; argument parsing in obj_args.c.
 */
#include "obj_int.h"
#include "eval_int.h"

#include <stdio.h>
#include <string.h>

/* The 16 bytes in front of a CLS_PRE_DICT instance: a check word (the
 * object's address, scrambled) and the attribute dict. */
typedef struct PreDict {
    uintptr_t check;
    Dict *dict;
} PreDict;

#define PRE_DICT_KEY ((uintptr_t)0x5a17c0de5a17c0deULL)

void *obj_alloc(Interp *I, Class *cls, size_t size)
{
    if (cls && (cls->flags & CLS_PRE_DICT)) {
        PreDict *pd = interp_alloc(I, sizeof(PreDict) + size);
        Obj *o = (Obj *)(pd + 1);
        pd->check = (uintptr_t)o ^ PRE_DICT_KEY;
        o->cls = cls;
        return o;
    }
    Obj *o = interp_alloc(I, size);
    o->cls = cls;
    return o;
}

Class *class_of(Interp *I, Value v)
{
    switch (v.tag) {
    case V_OBJ: case V_OWNED: return v.u.o->cls;
    case V_INT: return I->cls.int_;
    case V_FLOAT: return I->cls.float_;
    case V_BOOL: return I->cls.bool_;
    case V_NONE: return I->cls.NoneType;
    case V_NOTIMPL: return I->cls.NotImplementedType;
    case V_UNSET: break;
    }
    return I->cls.NoneType;
}

const char *type_name(Interp *I, Value v)
{
    Class *c = class_of(I, v);
    return c && c->name ? c->name->s : "?";
}

/* ------------------------------------------------------------------ */
/* Class creation                                                       */
/* ------------------------------------------------------------------ */

/* Fill the NULL slots of `ops` from the base's resolved slots. */
static const TypeOps *resolve_ops(Interp *I, const TypeOps *ops, Class *base)
{
    if (!base)
        return ops;
    TypeOps *r = interp_alloc(I, sizeof *r);
    *r = *ops;
    const TypeOps *b = base->ops;
#define INHERIT(slot) if (!r->slot) r->slot = b->slot
    INHERIT(repr); INHERIT(str); INHERIT(hash); INHERIT(richcmp); INHERIT(truthy);
    INHERIT(len); INHERIT(iter); INHERIT(next); INHERIT(getitem); INHERIT(setitem);
    INHERIT(delitem); INHERIT(contains); INHERIT(getattr); INHERIT(setattr); INHERIT(call);
    INHERIT(binop); INHERIT(unop); INHERIT(new_); INHERIT(get); INHERIT(init_subclass);
    INHERIT(format);
#undef INHERIT
    return r;
}

/* The bootstrap classes are allocated before `str` and `dict` can be
 * made; class_new_native fills them in when their init runs. */
static Class *prealloc(Interp *I, const char *name)
{
    if (!strcmp(name, "object")) return I->cls.object;
    if (!strcmp(name, "type")) return I->cls.type;
    if (!strcmp(name, "str")) return I->cls.str;
    if (!strcmp(name, "dict")) return I->cls.dict;
    return NULL;
}

Class *class_new_native(Interp *I, const char *name, const char *module, Class *base,
                        const TypeOps *ops, size_t inst_size, uint32_t flags)
{
    static const TypeOps no_ops;
    Class *c = prealloc(I, name);
    if (!c || c->name) {
        c = interp_alloc(I, sizeof *c);
        c->hdr.cls = I->cls.type;
    }
    if (!base && c != I->cls.object)
        base = I->cls.object;
    c->name = str_intern_cstr(I, name);
    c->qualname = c->name;
    c->module = str_intern_cstr(I, module ? module : "builtins");
    c->base = base;
    c->native_base = c;
    c->ops = resolve_ops(I, ops ? ops : &no_ops, base);
    c->flags = flags | CLS_IMMUTABLE;
    if (base && (base->flags & CLS_EXCEPTION))
        c->flags |= CLS_EXCEPTION;
    if (base && (base->flags & CLS_HAS_DICT))
        c->flags |= CLS_HAS_DICT;
    c->inst_size = inst_size ? inst_size : (base ? base->inst_size : sizeof(Instance));
    if (!c->dict)
        c->dict = dict_new(I);
    c->dict->version |= DICT_VERSION_CLASS;
    return c;
}

static const struct { const char *name; uint32_t bit; } dunder_bits[] = {
    {"__repr__", DU_REPR}, {"__str__", DU_STR}, {"__hash__", DU_HASH}, {"__eq__", DU_EQ},
    {"__ne__", DU_NE}, {"__lt__", DU_LT}, {"__le__", DU_LE}, {"__gt__", DU_GT},
    {"__ge__", DU_GE}, {"__bool__", DU_BOOL}, {"__len__", DU_LEN}, {"__iter__", DU_ITER},
    {"__next__", DU_NEXT}, {"__getitem__", DU_GETITEM}, {"__setitem__", DU_SETITEM},
    {"__delitem__", DU_DELITEM}, {"__contains__", DU_CONTAINS},
    {"__getattr__", DU_GETATTR}, {"__setattr__", DU_SETATTR}, {"__delattr__", DU_DELATTR},
    {"__call__", DU_CALL}, {"__enter__", DU_ENTER}, {"__exit__", DU_EXIT},
    {"__init__", DU_INIT}, {"__new__", DU_NEW}, {"__format__", DU_FORMAT}, {"__get__", DU_GET},
    {"__set__", DU_SET}, {"__delete__", DU_SET},
};

static const char *const arith_names[] = {
    "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__",
    "__lshift__", "__rshift__", "__and__", "__or__", "__xor__", "__matmul__",
    "__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__",
    "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__",
    "__rmatmul__", "__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__",
    "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__",
    "__imatmul__", "__neg__", "__pos__", "__invert__", "__abs__",
};

static uint32_t dunders_of(Interp *I, Dict *d)
{
    uint32_t bits = 0;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
        if (!v_is_str(I, k))
            continue;
        const char *s = ((Str *)k.u.o)->s;
        if (s[0] != '_' || s[1] != '_')
            continue;
        for (size_t i = 0; i < sizeof dunder_bits / sizeof *dunder_bits; i++)
            if (!strcmp(s, dunder_bits[i].name))
                bits |= dunder_bits[i].bit;
        for (size_t i = 0; i < sizeof arith_names / sizeof *arith_names; i++)
            if (!strcmp(s, arith_names[i]))
                bits |= DU_ARITH;
    }
    return bits;
}

static Value wrap(Interp *I, Class *wcls, Value func);

Class *class_new_python(Interp *I, Str *name, Str *qualname, Class *base, Dict *dict)
{
    return class_new_python_meta(I, I->cls.type, name, qualname, base, dict, NULL);
}

bool v_is_class(Interp *I, Value v)
{
    return v.tag == V_OBJ && (v.u.o->cls == I->cls.type || class_is_subclass(v.u.o->cls, I->cls.type));
}

Class *class_meta_winner(Interp *I, Class *explicit_meta, Class *base)
{
    Class *bm = base ? base->hdr.cls : I->cls.type;
    if (!explicit_meta || class_is_subclass(bm, explicit_meta))
        return bm;
    if (class_is_subclass(explicit_meta, bm))
        return explicit_meta;
    exc_raisef(I, I->cls.TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                    "(non-strict) subclass of the metaclasses of all its bases");
}

/* A Python class's layout, slots and flags from its base (or, for an MRO
 * stand-in, from the class after it). */
static void inherit_layout(Interp *I, Class *c, Class *base)
{
    c->base = base;
    c->native_base = base->native_base;
    c->ops = base->ops;
    c->flags = (base->flags & ~(CLS_IMMUTABLE | CLS_UNHASHABLE | CLS_ABSTRACT | CLS_SEQUENCE | CLS_MAPPING)) |
               CLS_PYTHON | CLS_HAS_DICT | CLS_BASETYPE;
    Class *nb = base->native_base;
    if ((base->flags & CLS_PRE_DICT) || nb == I->cls.list || nb == I->cls.dict || nb == I->cls.set ||
        nb == I->cls.tuple || nb == I->cls.str || nb == I->cls.bytes)
        c->flags = (c->flags & ~(uint32_t)CLS_HAS_DICT) | CLS_PRE_DICT;   /* native layout kept */
    if (nb == I->cls.type)    /* a metaclass: its instances are classes, whose namespace is their own */
        c->flags &= ~(uint32_t)CLS_HAS_DICT;
    c->inst_size = base->inst_size;
}

/* value.__set_name__(cls, name) while cls is made; what it raises comes
 * out as CPython 3.11's type_new_set_names words it: a RuntimeError naming
 * the value, raised from that exception (a cached_property given two names
 * in one class body is the common way to get here). */
static void call_set_name(Interp *I, Class *c, Str *set_name, Value value, Value key)
{
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        obj_call_method(I, value, set_name, 2, (Value[]){ v_obj(c), key }, NULL);
        exc_pop(I, &ef);
        return;
    }
    Value cause = I->exc;
    exc_clear(I);
    /* Caught here, in C: the class statement's frame is not part of its
     * traceback (CPython's starts at the __set_name__ that raised). */
    ExcObj *ce = (ExcObj *)cause.u.o;
    if (ce->tb && ce->tb_top == I->frame) {
        ce->tb = ce->tb->next;
        ce->tb_top = NULL;
    }
    Value rt = exc_new_msg(I, I->cls.RuntimeError,
                           str_fmt(I, "Error calling __set_name__ on '%s' instance %s in '%s'",
                                   class_of(I, value)->name->s, obj_repr(I, key)->s, c->name->s)->s);
    ExcObj *ro = (ExcObj *)rt.u.o;
    ro->cause = cause;
    ro->context = cause;
    ro->suppress_context = true;
    exc_raise(I, rt);
}

Class *class_new_python_meta(Interp *I, Class *meta, Str *name, Str *qualname, Class *base, Dict *dict,
                             const KwArgs *kw)
{
    if (!base)
        base = I->cls.object;
    if (!(base->flags & CLS_BASETYPE))
        exc_raisef(I, I->cls.TypeError, "type '%s' is not an acceptable base type", base->name->s);
    Class *c = obj_alloc(I, meta, sizeof *c);
    c->dict = dict;
    dict->version |= DICT_VERSION_CLASS;
    c->name = name;
    c->qualname = qualname ? qualname : name;
    Value mod = dict_get_str(I, dict, I->names.__module__);
    c->module = v_is_str(I, mod) ? (Str *)mod.u.o : I->names.__main__;
    inherit_layout(I, c, base);
    c->ext = NULL;
    /* As type.__new__ does: a plain function __init_subclass__ is a classmethod. */
    Value isc_own = dict_get_str(I, dict, I->names.__init_subclass__);
    if (!v_is_unset(isc_own) && class_of(I, isc_own) == I->cls.function)
        dict_set_str(I, dict, I->names.__init_subclass__, wrap(I, I->cls.classmethod, isc_own));
    c->dunders = base->dunders | dunders_of(I, dict);
    /* A class that defines __eq__ but not __hash__ gets __hash__ = None. */
    Value h = dict_get_str(I, dict, I->names.__hash__);
    if (v_is_unset(h) && !v_is_unset(dict_get_str(I, dict, I->names.__eq__))) {
        dict_set_str(I, dict, I->names.__hash__, v_none());
        h = v_none();
    }
    if (!v_is_unset(h))
        c->flags = v_is_none(h) ? (c->flags | CLS_UNHASHABLE) : (c->flags & ~CLS_UNHASHABLE);
    else if (base->flags & CLS_UNHASHABLE)
        c->flags |= CLS_UNHASHABLE;
    if (v_is_none(h))
        c->dunders &= ~(uint32_t)DU_HASH;
    /* __set_name__(cls, name) on the namespace's values that define it, as
     * type.__new__ does, before __init_subclass__. (Only Python classes can
     * define it here: natives are skipped without a lookup.) */
    Str *set_name = NULL;
    int64_t pos = 0, n = dict->len;
    Value k, v;
    Value *pairs = NULL;
    int64_t np = 0;
    while (dict_next(dict, &pos, &k, &v)) {
        if (v.tag != V_OBJ || !(v.u.o->cls->flags & CLS_PYTHON))
            continue;
        if (!set_name)
            set_name = str_intern_cstr(I, "__set_name__");
        if (v_is_unset(class_lookup(I, v.u.o->cls, set_name)))
            continue;
        if (!pairs)
            pairs = interp_alloc(I, sizeof(Value) * 2 * (size_t)n);
        pairs[2 * np] = k;
        pairs[2 * np + 1] = v;
        np++;
    }
    for (int64_t i = 0; i < np; i++)        /* on a snapshot: the hooks may change the namespace */
        call_set_name(I, c, set_name, pairs[2 * i + 1], pairs[2 * i]);
    /* __init_subclass__ hooks: the native one (models.Model), then Python's. */
    if (c->ops->init_subclass)
        c->ops->init_subclass(I, c);
    Value isc = class_lookup(I, base, I->names.__init_subclass__);
    if (!v_is_unset(isc)) {
        Class *ic = class_of(I, isc);
        Value fn = ic == I->cls.classmethod ? ((MethodWrapper *)isc.u.o)->func : isc;
        /* object's own __init_subclass__ does nothing: skip the call */
        if (class_of(I, fn) != I->cls.builtin_function) {
            Value bound = ic->ops->get ? ic->ops->get(I, isc, v_unset(), c) : isc;
            obj_call(I, bound, 0, NULL, kw);
        } else if (kw && kw->n) {
            exc_raisef(I, I->cls.TypeError, "%s.__init_subclass__() takes no keyword arguments", c->name->s);
        }
    } else if (kw && kw->n) {
        exc_raisef(I, I->cls.TypeError, "%s.__init_subclass__() takes no keyword arguments", c->name->s);
    }
    return c;
}

/* ------------------------------------------------------------------ */
/* Multiple inheritance                                                 */
/* ------------------------------------------------------------------ */

/* A class's MRO as a program sees it (stand-ins replaced), in a new array
 * of *n classes. */
static Class **mro_of(Interp *I, Class *c, int *n)
{
    int k = 0;
    for (Class *x = c; x; x = x->base)
        k++;
    Class **m = interp_alloc(I, sizeof *m * (size_t)k);
    k = 0;
    for (Class *x = c; x; x = x->base)
        m[k++] = class_seen(x);
    *n = k;
    return m;
}

/* C3 linearization of the bases' MROs and the bases themselves, as
 * CPython's mro_implementation: the MRO of the new class without itself,
 * or CPython's TypeError naming the heads it could not order. */
static Class **c3_merge(Interp *I, Tuple *bases, int *n_out)
{
    int nseq = (int)bases->len + 1, total = 0;
    Class ***seq = interp_alloc(I, sizeof *seq * (size_t)nseq);
    int *len = interp_alloc(I, sizeof *len * (size_t)nseq), *at = interp_alloc(I, sizeof *at * (size_t)nseq);
    for (int i = 0; i < nseq - 1; i++) {
        seq[i] = mro_of(I, (Class *)bases->items[i].u.o, &len[i]);
        total += len[i];
    }
    seq[nseq - 1] = interp_alloc(I, sizeof **seq * (size_t)bases->len);
    for (int i = 0; i < (int)bases->len; i++)
        seq[nseq - 1][i] = (Class *)bases->items[i].u.o;
    len[nseq - 1] = (int)bases->len;
    Class **out = interp_alloc(I, sizeof *out * (size_t)total);
    int n = 0;
    for (;;) {
        Class *pick = NULL;
        bool left = false;
        for (int i = 0; i < nseq && !pick; i++) {
            if (at[i] >= len[i])
                continue;
            left = true;
            Class *cand = seq[i][at[i]];
            bool in_tail = false;
            for (int j = 0; j < nseq && !in_tail; j++)
                for (int k = at[j] + 1; k < len[j]; k++)
                    if (seq[j][k] == cand) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail)
                pick = cand;
        }
        if (!left)
            break;
        if (!pick) {
            StrBuf b;
            sb_init(&b, I);
            sb_adds(&b, "Cannot create a consistent method resolution\norder (MRO) for bases");
            Class **seen = interp_alloc(I, sizeof *seen * (size_t)nseq);
            int ns = 0;
            for (int i = 0; i < nseq; i++) {
                if (at[i] >= len[i])
                    continue;
                Class *h = seq[i][at[i]];
                bool dup = false;
                for (int k = 0; k < ns; k++)
                    dup |= seen[k] == h;
                if (!dup)
                    seen[ns++] = h;
            }
            for (int k = 0; k < ns; k++) {
                sb_addc(&b, ' ');
                sb_addstr(&b, seen[k]->name);
                if (k + 1 < ns)
                    sb_addc(&b, ',');
            }
            exc_raise_arg(I, I->cls.TypeError, v_obj(sb_finish(&b)));
        }
        out[n++] = pick;
        for (int i = 0; i < nseq; i++)
            if (at[i] < len[i] && seq[i][at[i]] == pick)
                at[i]++;
    }
    *n_out = n;
    return out;
}

/* The special methods a native class implements itself (its slot is not
 * object's): a Python class after it in an MRO must not take them over
 * (class X(list, Mixin) keeps list's repr even if Mixin has __repr__). */
static uint32_t native_own_dunders(Interp *I, Class *c)
{
    const TypeOps *o = c->ops, *ob = I->cls.object->ops;
    uint32_t own = 0;
    own |= o->repr != ob->repr ? DU_REPR : 0;
    own |= o->str != ob->str ? DU_STR : 0;
    own |= o->hash != ob->hash ? DU_HASH : 0;
    own |= o->richcmp != ob->richcmp ? DU_EQ | DU_NE | DU_LT | DU_LE | DU_GT | DU_GE : 0;
    own |= o->truthy != ob->truthy ? DU_BOOL : 0;
    own |= o->len != ob->len ? DU_LEN : 0;
    own |= o->iter != ob->iter ? DU_ITER : 0;
    own |= o->next != ob->next ? DU_NEXT : 0;
    own |= o->getitem != ob->getitem ? DU_GETITEM : 0;
    own |= o->setitem != ob->setitem ? DU_SETITEM : 0;
    own |= o->delitem != ob->delitem ? DU_DELITEM : 0;
    own |= o->contains != ob->contains ? DU_CONTAINS : 0;
    own |= o->call != ob->call ? DU_CALL : 0;
    own |= o->format != ob->format ? DU_FORMAT : 0;
    own |= o->new_ != ob->new_ ? DU_NEW | DU_INIT : 0;
    return own;
}

/* The stand-in for orig where the MRO continues with next: orig's
 * namespace (the same dict) on top of next, counting as orig in
 * isinstance/issubclass. */
static Class *mro_standin(Interp *I, Class *orig, Class *next)
{
    Class *c = interp_alloc(I, sizeof *c);
    *c = *orig;
    c->origin = orig;
    c->bases = NULL;
    if (orig->flags & CLS_PYTHON) {
        inherit_layout(I, c, next);
        c->flags |= orig->flags & CLS_UNHASHABLE;
        c->dunders = next->dunders | dunders_of(I, orig->dict);
    } else {
        /* a native class met before a Python one (class X(list, Mixin)):
         * its own slots and layout, the rest of the MRO behind it */
        c->base = next;
        c->native_base = orig->native_base;
        c->dunders = orig->dunders | (next->dunders & ~native_own_dunders(I, orig));
    }
    return c;
}

/* CPython's solid base: the nearest class that adds to the instance
 * layout of its base (KeyError and ValueError both have BaseException's,
 * so they mix; list and dict do not). Python classes never add here. */
static Class *solid_base(Class *c)
{
    while (c->base && c->inst_size == c->base->inst_size)
        c = c->base;
    return class_seen(c);
}

/* CPython's best_base: the base whose solid base the others' all lie
 * under (__base__ of a class with several bases), or its TypeError when
 * two layouts cannot be one. */
static Class *best_base(Interp *I, Tuple *bases)
{
    Class *best = NULL, *winner = NULL;
    for (int64_t i = 0; i < bases->len; i++) {
        Class *b = (Class *)bases->items[i].u.o, *sb = solid_base(b);
        if (!winner || (!class_is_subclass(winner, sb) && class_is_subclass(sb, winner))) {
            winner = sb;
            best = b;
        } else if (!class_is_subclass(winner, sb)) {
            exc_raisef(I, I->cls.TypeError, "multiple bases have instance lay-out conflict");
        }
    }
    return best;
}

Class *class_new_python_bases(Interp *I, Class *meta, Str *name, Str *qualname, Tuple *bases, Dict *dict,
                              const KwArgs *kw)
{
    if (!bases || bases->len == 0)
        return class_new_python_meta(I, meta, name, qualname, NULL, dict, kw);
    if (bases->len == 1)
        return class_new_python_meta(I, meta, name, qualname, (Class *)bases->items[0].u.o, dict, kw);
    /* as CPython's type_new: acceptable bases, no duplicates, one layout */
    for (int64_t i = 0; i < bases->len; i++) {
        Class *b = (Class *)bases->items[i].u.o;
        if (!(b->flags & CLS_BASETYPE))
            exc_raisef(I, I->cls.TypeError, "type '%s' is not an acceptable base type", b->name->s);
        for (int64_t j = 0; j < i; j++)
            if ((Class *)bases->items[j].u.o == b)
                exc_raisef(I, I->cls.TypeError, "duplicate base class %s", b->name->s);
    }
    best_base(I, bases);
    int n;
    Class **mro = c3_merge(I, bases, &n);
    /* The longest tail of the MRO that some class's own chain already
     * walks needs no stand-ins; each class before it gets one. */
    int tail = n - 1;
    for (int i = 0; i < n; i++) {
        int m;
        Class **own = mro_of(I, mro[i], &m);
        if (m != n - i)
            continue;
        bool same = true;
        for (int k = 0; k < m && same; k++)
            same = own[k] == mro[i + k];
        if (same) {
            tail = i;
            break;
        }
    }
    Class *head = mro[tail];
    for (int i = tail - 1; i >= 0; i--)
        head = mro_standin(I, mro[i], head);
    Class *c = class_new_python_meta(I, meta, name, qualname, head, dict, kw);
    c->bases = bases;
    return c;
}

void class_set_attr(Interp *I, Class *cls, const char *name, Value v)
{
    dict_set_str(I, cls->dict, str_intern_cstr(I, name), v);
}

void class_add_method(Interp *I, Class *cls, const char *name, NativeFnPtr fn)
{
    class_set_attr(I, cls, name, native_fn_new(I, name, fn, cls));
}

static Value wrap(Interp *I, Class *wcls, Value func)
{
    MethodWrapper *w = obj_alloc(I, wcls, sizeof *w);
    w->func = func;
    return v_obj(w);
}

void class_add_static(Interp *I, Class *cls, const char *name, NativeFnPtr fn)
{
    class_set_attr(I, cls, name, wrap(I, I->cls.staticmethod, native_fn_new(I, name, fn, cls)));
}

void class_add_classmethod(Interp *I, Class *cls, const char *name, NativeFnPtr fn)
{
    class_set_attr(I, cls, name, wrap(I, I->cls.classmethod, native_fn_new(I, name, fn, cls)));
}

void class_add_getter(Interp *I, Class *cls, const char *name, NativeFnPtr fget)
{
    Property *p = obj_alloc(I, I->cls.property, sizeof *p);
    p->fget = native_fn_new(I, name, fget, cls);
    p->fset = p->fdel = p->doc = v_none();
    p->getter_doc = false;
    class_set_attr(I, cls, name, v_obj(p));
}

/* The uncached walk: the first of cls's base chain whose dict holds name;
 * *where and *ix say where (*where NULL when none does). */
static Value class_lookup_walk(Interp *I, Class *cls, Str *name, Dict **where, int64_t *ix)
{
    for (Class *c = cls; c; c = c->base) {
        if (!c->dict)
            continue;
        Value *slot = dict_slot_str(I, c->dict, name);
        if (slot) {
            *where = c->dict;
            *ix = dict_slot_index(c->dict, slot);
            return v_read_slot(slot);
        }
    }
    *where = NULL;
    *ix = 0;
    return v_unset();
}

/* class_lookup with a cache (EvalState.mcache, once eval is initialised):
 * a hit is two pointer compares, the class epoch and a read of the entry
 * (see MethodCache). */
Value class_lookup(Interp *I, Class *cls, Str *name)
{
    EvalState *es = eval_state(I);
    Dict *where;
    int64_t ix;
    if (!es || !es->mcache)
        return class_lookup_walk(I, cls, name, &where, &ix);
    MethodCache *mc = &es->mcache[(((uintptr_t)cls >> 4) ^ ((uintptr_t)name >> 3)) & (MCACHE_SIZE - 1)];
    if (mc->cls == cls && mc->name == name && mc->epoch == es->class_epoch)
        return mc->where ? v_read_slot(&mc->where->entries[mc->ix].val) : v_unset();
    Value v = class_lookup_walk(I, cls, name, &where, &ix);
    for (Class *c = cls; c; c = c->base)
        if (!c->dict || !(c->dict->version & DICT_VERSION_CLASS))
            return v;           /* a dict that does not bump the epoch: no caching */
    mc->cls = cls;
    mc->name = name;
    mc->where = where;
    mc->ix = ix;
    mc->epoch = es->class_epoch;
    return v;
}

bool class_is_subclass(Class *cls, Class *base)
{
    for (Class *c = cls; c; c = c->base)
        if (c == base || c->origin == base)
            return true;
    return false;
}

bool obj_isinstance(Interp *I, Value v, Class *cls)
{
    return class_is_subclass(class_of(I, v), cls);
}

/* ------------------------------------------------------------------ */
/* Attributes                                                           */
/* ------------------------------------------------------------------ */

static Dict **inst_dict_slot(Interp *I, Value v)
{
    if (v.tag != V_OBJ)
        return NULL;
    uint32_t f = v.u.o->cls->flags;
    if (f & CLS_HAS_DICT)
        return &((Instance *)v.u.o)->dict;
    if (f & CLS_PRE_DICT) {
        /* Made by obj_alloc? (A str subclass instance built another way
         * has no dict: attributes then fail as on a plain str.) */
        PreDict *pd = (PreDict *)(void *)v.u.o - 1;
        if (pd->check == ((uintptr_t)v.u.o ^ PRE_DICT_KEY))
            return &pd->dict;
    }
    return NULL;
}

Value obj_generic_getattr(Interp *I, Value v, Str *name)
{
    Class *cls = class_of(I, v);
    if (name == I->names.__class__)
        return v_obj(cls);
    Value attr = class_lookup(I, cls, name);
    Class *ac = v_is_unset(attr) ? NULL : class_of(I, attr);
    if (ac == I->cls.property)
        return ac->ops->get(I, attr, v, cls);
    /* A data descriptor on the class wins over the instance dict. */
    if (ac && (ac->dunders & (DU_SET | DU_GET)) == (DU_SET | DU_GET)) {
        Value args[2] = { v, v_obj(cls) };
        return obj_call_method(I, attr, I->names.__get__, 2, args, NULL);
    }
    Dict **dp = inst_dict_slot(I, v);
    if (dp) {
        if (name == I->names.__dict__) {
            if (!*dp)
                *dp = dict_new(I);
            return v_obj(*dp);
        }
        if (*dp) {
            Value r = dict_get_str(I, *dp, name);
            if (!v_is_unset(r))
                return r;
        }
    }
    if (!ac)
        return v_unset();
    if (ac->dunders & DU_GET) {
        Value args[3] = { attr, v, v_obj(cls) };
        return obj_call_method(I, attr, I->names.__get__, 2, args + 1, NULL);
    }
    if (ac->ops->get)
        return ac->ops->get(I, attr, v, cls);
    return attr;
}

void obj_generic_setattr(Interp *I, Value v, Str *name, Value val)
{
    Class *cls = class_of(I, v);
    Value attr = class_lookup(I, cls, name);
    if (!v_is_unset(attr) && class_of(I, attr) == I->cls.property) {
        Property *p = (Property *)attr.u.o;
        Value fn = v_is_unset(val) ? p->fdel : p->fset;
        if (v_is_none(fn))
            exc_raisef(I, I->cls.AttributeError, "property '%s' of '%s' object has no %s",
                       name->s, cls->name->s, v_is_unset(val) ? "deleter" : "setter");
        if (v_is_unset(val))
            obj_call1(I, fn, v);
        else
            obj_call2(I, fn, v, val);
        return;
    }
    if (!v_is_unset(attr) && (class_of(I, attr)->dunders & DU_SET)) {
        /* A data descriptor: __set__(obj, value), or __delete__(obj). */
        const char *m = v_is_unset(val) ? "__delete__" : "__set__";
        if (v_is_unset(class_lookup(I, class_of(I, attr), str_intern_cstr(I, m))))
            exc_raisef(I, I->cls.AttributeError, "%s", m);
        if (v_is_unset(val))
            obj_call_method_cstr(I, attr, m, 1, &v);
        else
            obj_call_method_cstr(I, attr, m, 2, (Value[]){ v, val });
        return;
    }
    Dict **dp = inst_dict_slot(I, v);
    if (!dp)
        exc_raisef(I, I->cls.AttributeError, "'%s' object has no attribute '%s'", cls->name->s, name->s);
    if (!*dp)
        *dp = dict_new(I);
    if (v_is_unset(val)) {
        if (!dict_del(I, *dp, v_obj(name)))
            exc_raisef(I, I->cls.AttributeError, "'%s' object has no attribute '%s'", cls->name->s, name->s);
        return;
    }
    dict_set_str(I, *dp, name, val);
}

/* AttributeError with the name and obj attributes set (for "Did you mean"). */
static _Noreturn void no_attribute(Interp *I, Value v, Str *name)
{
    Class *cls = class_of(I, v);
    Str *msg;
    if (cls == I->cls.module || class_is_subclass(cls, I->cls.module))
        msg = str_fmt(I, "module '%s' has no attribute '%s'", ((Module *)v.u.o)->name->s, name->s);
    else if (cls == I->cls.type || class_is_subclass(cls, I->cls.type))
        msg = str_fmt(I, "type object '%s' has no attribute '%s'", ((Class *)v.u.o)->name->s, name->s);
    else
        msg = str_fmt(I, "'%s' object has no attribute '%s'", cls->name->s, name->s);
    Value e = exc_new(I, I->cls.AttributeError, 1, (Value[]){ v_obj(msg) });
    exc_set_attr(I, e, "name", v_obj(name));
    exc_set_attr(I, e, "obj", v);
    exc_raise(I, e);
}

Value obj_getattr_opt(Interp *I, Value v, Str *name)
{
    Class *cls = class_of(I, v);
    Value r;
    if (cls->dunders & DU_GETATTR) {
        /* __getattr__ also runs when normal lookup raises AttributeError. */
        ExcFrame ef;
        exc_push(I, &ef);
        if (setjmp(ef.jb) == 0) {
            r = cls->ops->getattr(I, v, name);
            exc_pop(I, &ef);
        } else {
            if (!exc_matches(I, I->exc, I->cls.AttributeError))
                exc_reraise(I);
            exc_clear(I);
            r = v_unset();
        }
        if (v_is_unset(r)) {
            Value fn = class_lookup(I, cls, I->names.__getattr__);
            Value args[2] = { v, v_obj(name) };
            return obj_call(I, fn, 2, args, NULL);
        }
        return r;
    }
    return cls->ops->getattr(I, v, name);
}

Value obj_getattr(Interp *I, Value v, Str *name)
{
    Value r = obj_getattr_opt(I, v, name);
    if (v_is_unset(r))
        no_attribute(I, v, name);
    return r;
}

Value obj_getattr_cstr(Interp *I, Value v, const char *name)
{
    return obj_getattr(I, v, str_intern_cstr(I, name));
}

void obj_setattr(Interp *I, Value v, Str *name, Value val)
{
    Class *cls = class_of(I, v);
    if (cls->dunders & DU_SETATTR) {
        Value fn = class_lookup(I, cls, I->names.__setattr__);
        Value args[3] = { v, v_obj(name), val };
        obj_call(I, fn, 3, args, NULL);
        return;
    }
    if (!cls->ops->setattr)
        exc_raisef(I, I->cls.AttributeError, "'%s' object has no attribute '%s'", cls->name->s, name->s);
    cls->ops->setattr(I, v, name, val);
}

void obj_delattr(Interp *I, Value v, Str *name)
{
    Class *cls = class_of(I, v);
    if (cls->dunders & DU_DELATTR) {
        Value fn = class_lookup(I, cls, str_intern_cstr(I, "__delattr__"));
        Value args[2] = { v, v_obj(name) };
        obj_call(I, fn, 2, args, NULL);
        return;
    }
    if (!cls->ops->setattr)
        no_attribute(I, v, name);
    cls->ops->setattr(I, v, name, v_unset());
}

/* ------------------------------------------------------------------ */
/* object                                                               */
/* ------------------------------------------------------------------ */

uint64_t obj_id(Interp *I, Value v)
{
    if (v.tag == V_OBJ)
        return (uint64_t)(uintptr_t)v.u.o;
    /* Unboxed values get a stable address-like number from their bits. */
    uint64_t x = (uint64_t)v.u.i * 0x9E3779B97F4A7C15ull ^ (uint64_t)v.tag;
    return 0x7f0000000000ull | ((x >> 20) & 0xffffffff0ull);
}

Str *obj_default_repr(Interp *I, Value v)
{
    Class *c = class_of(I, v);
    if (c->module && strcmp(c->module->s, "builtins") != 0)
        return str_fmt(I, "<%s.%s object at %#llx>", c->module->s, c->qualname->s,
                       (unsigned long long)obj_id(I, v));
    return str_fmt(I, "<%s object at %#llx>", c->qualname->s, (unsigned long long)obj_id(I, v));
}

/* TypeError for instantiating a class whose __abstractmethods__ is not
 * empty (abc), as CPython's object.__new__ words it. */
static void check_abstract(Interp *I, Class *cls)
{
    if (!(cls->flags & CLS_ABSTRACT))
        return;
    Value am = class_lookup(I, cls, str_intern_cstr(I, "__abstractmethods__"));
    if (v_is_unset(am))
        return;
    List *names = obj_to_list(I, am);
    list_sort(I, names, v_none(), false);
    StrBuf sb;
    sb_init(&sb, I);
    for (int64_t i = 0; i < names->len; i++) {
        if (i)
            sb_adds(&sb, ", ");
        sb_addstr(&sb, obj_str(I, names->items[i]));
    }
    Str *joined = sb_finish(&sb);
    exc_raisef(I, I->cls.TypeError, "Can't instantiate abstract class %s with abstract method%s %s",
               cls->name->s, names->len > 1 ? "s" : "", joined->s);
}

static Value object_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    check_abstract(I, cls);
    if ((argc || (kw && kw->n)) && !(cls->dunders & (DU_INIT | DU_NEW)))
        exc_raisef(I, I->cls.TypeError, "%s() takes no arguments", cls->name->s);
    return v_obj(obj_alloc(I, cls, cls->inst_size));
}

static Value object_init(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_none();
}

static Value object_repr_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__repr__", argc, kw, 1);
    return v_obj(obj_default_repr(I, argv[0]));
}

/* cls.__repr__(x) of a native class with its own repr slot: the slot
 * itself, never a Python override (super().__repr__() must not recurse). */
static Value native_repr_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Class *owner = I->cur_native ? I->cur_native->owner : NULL;
    if (!owner)
        exc_raisef(I, I->cls.SystemError, "__repr__ wrapper without its class");
    if (argc < 1)
        exc_raisef(I, I->cls.TypeError, "descriptor '__repr__' of '%s' object needs an argument",
                   owner->name->s);
    if (!obj_isinstance(I, argv[0], owner))
        exc_raisef(I, I->cls.TypeError, "descriptor '__repr__' requires a '%s' object but received a '%s'",
                   owner->name->s, type_name(I, argv[0]));
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "wrapper __repr__() takes no keyword arguments");
    if (argc != 1)
        exc_raisef(I, I->cls.TypeError, "expected 0 arguments, got %d", argc - 1);
    return v_obj(owner->ops->repr(I, argv[0]));
}

void class_add_repr_method(Interp *I, Class *cls)
{
    if (cls->ops && cls->ops->repr && v_is_unset(dict_get_cstr(I, cls->dict, "__repr__")))
        class_add_method(I, cls, "__repr__", native_repr_m);
}

static Value object_str_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__str__", argc, kw, 1);
    return v_obj(obj_repr(I, argv[0]));
}

static Value object_eq_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__eq__", argc, kw, 2);
    return v_is(argv[0], argv[1]) ? v_bool(1) : v_notimpl();
}

static Value object_ne_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__ne__", argc, kw, 2);
    Value r = obj_richcmp(I, argv[0], argv[1], CMP_EQ);
    if (v_is_notimpl(r))
        return r;
    return v_bool(!obj_truthy(I, r));
}

static Value object_hash_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__hash__", argc, kw, 1);
    return v_int((int64_t)(obj_id(I, argv[0]) >> 4));
}

static Value object_setattr_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__setattr__", argc, kw, 3);
    obj_generic_setattr(I, argv[0], v_as_str(I, argv[1], "attribute name"), argv[2]);
    return v_none();
}

static Value object_getattribute_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__getattribute__", argc, kw, 2);
    Str *name = v_as_str(I, argv[1], "attribute name");
    Value r = obj_generic_getattr(I, argv[0], name);
    if (v_is_unset(r))
        no_attribute(I, argv[0], name);
    return r;
}

static Value object_delattr_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__delattr__", argc, kw, 2);
    obj_generic_setattr(I, argv[0], v_as_str(I, argv[1], "attribute name"), v_unset());
    return v_none();
}

static Value object_format_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__format__", argc, kw, 2);
    Str *spec = v_as_str(I, argv[1], "format spec");
    if (spec->len)
        exc_raisef(I, I->cls.TypeError, "unsupported format string passed to %s.__format__",
                   type_name(I, argv[0]));
    return v_obj(obj_str(I, argv[0]));
}

static Value object_new_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (argc < 1 || !v_is_class(I, argv[0]))
        exc_raisef(I, I->cls.TypeError, "object.__new__(X): X is not a type object");
    Class *cls = (Class *)argv[0].u.o;
    check_abstract(I, cls);
    /* super().__new__(cls, …) in a subclass of str, tuple, list, dict or
     * set: the native type's constructor makes the value (str.__new__). */
    Class *nb = cls->native_base;
    if ((cls->flags & CLS_PRE_DICT) ||
        (nb != I->cls.object && nb != I->cls.type && nb->ops->new_ != object_new)) {
        /* int.__new__(IntSub, 5) and int.__new__(int, 5) too (natives keep
         * no __new__ of their own here, so int.__new__ is this function):
         * the native layout needs its constructor */
        if (nb->ops->new_)
            return nb->ops->new_(I, cls, argc - 1, argv + 1, kw);
    }
    return v_obj(obj_alloc(I, cls, cls->inst_size));
}

static Value object_init_subclass_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "%s.__init_subclass__() takes no keyword arguments",
                   argc && v_is_class(I, argv[0]) ? ((Class *)argv[0].u.o)->name->s : "object");
    return v_none();
}

static const TypeOps object_ops = {
    .repr = obj_default_repr,
    .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr,
    .new_ = object_new,
};

/* ------------------------------------------------------------------ */
/* type                                                                 */
/* ------------------------------------------------------------------ */

static Str *type_repr(Interp *I, Value self)
{
    Class *c = (Class *)self.u.o;
    if (c->module && strcmp(c->module->s, "builtins") != 0)
        return str_fmt(I, "<class '%s.%s'>", c->module->s, c->qualname->s);
    return str_fmt(I, "<class '%s'>", c->qualname->s);
}

/* A metaclass attribute seen from one of its classes: bound to the class. */
static Value meta_bind(Interp *I, Value attr, Value self, Class *meta)
{
    Class *ac = class_of(I, attr);
    if (ac->dunders & DU_GET) {
        Value args[2] = {self, v_obj(meta)};
        return obj_call_method(I, attr, I->names.__get__, 2, args, NULL);
    }
    if (ac->ops->get)
        return ac->ops->get(I, attr, self, meta);
    return attr;
}

/* Attribute lookup on a class, as type.__getattribute__: a data descriptor
 * on the metaclass (a property of EnumMeta) first, then the class's own
 * MRO, the computed __name__ & co, then the metaclass's attributes bound
 * to the class (methods defined on the metaclass, type.mro). */
static Value type_getattr(Interp *I, Value self, Str *name)
{
    Class *c = (Class *)self.u.o;
    Class *meta = c->hdr.cls;
    if (name == I->names.__class__)
        return v_obj(meta);
    Value mattr = v_unset();
    if (meta != I->cls.type) {
        mattr = class_lookup(I, meta, name);
        if (!v_is_unset(mattr)) {
            Class *mac = class_of(I, mattr);
            if (mac == I->cls.property || (mac->dunders & (DU_SET | DU_GET)) == (DU_SET | DU_GET))
                return meta_bind(I, mattr, self, meta);
        }
    }
    Value attr = class_lookup(I, c, name);
    if (!v_is_unset(attr)) {
        Class *ac = class_of(I, attr);
        if (ac == I->cls.property)
            return attr;
        if (ac->dunders & DU_GET) {
            /* A Python descriptor seen on the class: __get__(None, cls). */
            Value args[2] = {v_none(), v_obj(c)};
            return obj_call_method(I, attr, I->names.__get__, 2, args, NULL);
        }
        if (ac->ops->get)
            return ac->ops->get(I, attr, v_unset(), c);
        return attr;
    }
    const char *s = name->s;
    if (s[0] == '_' && s[1] == '_') {
        if (name == I->names.__name__) return v_obj(c->name);
        if (name == I->names.__qualname__) return v_obj(c->qualname);
        if (name == I->names.__module__) return v_obj(c->module);
        if (name == I->names.__dict__) return v_obj(c->dict);
        if (name == I->names.__doc__) return v_none();
        if (!strcmp(s, "__bases__"))
            return c->bases ? v_obj(c->bases)
                 : c->base ? v_obj(tuple_pack(I, 1, v_obj(class_seen(c->base)))) : v_obj(tuple_new(I, 0));
        if (!strcmp(s, "__base__"))
            return c->bases ? v_obj(best_base(I, c->bases)) : c->base ? v_obj(class_seen(c->base)) : v_none();
        if (!strcmp(s, "__mro__")) {
            int n = 0;
            for (Class *k = c; k; k = k->base)
                n++;
            Tuple *t = tuple_new(I, n);
            n = 0;
            for (Class *k = c; k; k = k->base)
                t->items[n++] = v_obj(class_seen(k));
            return v_obj(t);
        }
    }
    if (meta == I->cls.type)
        mattr = class_lookup(I, meta, name);
    return v_is_unset(mattr) ? mattr : meta_bind(I, mattr, self, meta);
}

static void type_setattr(Interp *I, Value self, Str *name, Value val)
{
    Class *c = (Class *)self.u.o;
    Class *meta = c->hdr.cls;
    if (meta != I->cls.type) {
        /* A property (or other data descriptor) of the metaclass. */
        Value mattr = class_lookup(I, meta, name);
        Class *mac = v_is_unset(mattr) ? NULL : class_of(I, mattr);
        if (mac && (mac == I->cls.property || (mac->dunders & DU_SET))) {
            obj_generic_setattr(I, self, name, val);
            return;
        }
    }
    if (c->flags & CLS_IMMUTABLE)
        exc_raisef(I, I->cls.TypeError, "cannot set '%s' attribute of immutable type '%s'",
                   name->s, c->name->s);
    /* __name__ and __qualname__ are the type's own (a str, as CPython
     * checks); __module__ lives in its dict and names it in its repr */
    if (name == I->names.__name__ || name == I->names.__qualname__) {
        if (v_is_unset(val))
            exc_raisef(I, I->cls.TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                       name->s, c->name->s);
        if (!v_is_str(I, val))
            exc_raisef(I, I->cls.TypeError, "can only assign string to %s.%s, not '%s'", c->name->s,
                       name->s, type_name(I, val));
        if (name == I->names.__name__)
            c->name = (Str *)val.u.o;
        else
            c->qualname = (Str *)val.u.o;
        if (!v_is_unset(dict_get_str(I, c->dict, name)))   /* the class body's copy */
            dict_set_str(I, c->dict, name, val);
        return;
    }
    if (name == I->names.__module__ && !v_is_unset(val) && v_is_str(I, val))
        c->module = (Str *)val.u.o;
    if (v_is_unset(val)) {
        if (!dict_del(I, c->dict, v_obj(name)))
            exc_raisef(I, I->cls.AttributeError, "type object '%s' has no attribute '%s'",
                       c->name->s, name->s);
    } else {
        dict_set_str(I, c->dict, name, val);
    }
    if (!strcmp(name->s, "__abstractmethods__")) {
        /* as CPython's type_set_abstractmethods: the flag object.__new__ checks */
        if (!v_is_unset(val) && obj_truthy(I, val))
            c->flags |= CLS_ABSTRACT;
        else
            c->flags &= ~(uint32_t)CLS_ABSTRACT;
    }
    c->dunders |= dunders_of(I, c->dict);
    if (name == I->names.__hash__) {
        /* C.__hash__ = None after the class statement (dataclass(eq=True)
         * does it) makes C unhashable, as it does in the class body */
        Class *base = c->base;
        bool none = !v_is_unset(val) && v_is_none(val);
        if (none || (v_is_unset(val) && base && (base->flags & CLS_UNHASHABLE)))
            c->flags |= CLS_UNHASHABLE;
        else
            c->flags &= ~(uint32_t)CLS_UNHASHABLE;
        if (none)
            c->dunders &= ~(uint32_t)DU_HASH;
    }
}

/* type(name, bases, dict) and type.__new__(meta, name, bases, dict, **kw):
 * a class as a class statement would make it (one base at most, as class
 * statements here), __module__ from the calling frame's globals unless the
 * dict gives one. Its metaclass is the most derived of meta and the base's;
 * when that is another metaclass with its own __new__, that is called. */
static Value type_new3(Interp *I, Class *meta, const Value *argv, const KwArgs *kw)
{
    static const char *const what[] = { "str", "tuple", "dict" };
    Class *want[3] = { I->cls.str, I->cls.tuple, I->cls.dict };
    for (int i = 0; i < 3; i++)
        if (!obj_isinstance(I, argv[i], want[i]))
            exc_raisef(I, I->cls.TypeError, "type.__new__() argument %d must be %s, not %s", i + 1, what[i],
                       type_name(I, argv[i]));
    Str *name = (Str *)argv[0].u.o;
    Tuple *bases = (Tuple *)argv[1].u.o;
    Class *winner = meta;
    for (int64_t i = 0; i < bases->len; i++) {
        Value b = bases->items[i];
        if (!(b.tag == V_OBJ && class_is_subclass(b.u.o->cls, I->cls.type)))
            exc_raisef(I, I->cls.TypeError, "metaclass conflict: the metaclass of a derived class must be a "
                                            "(non-strict) subclass of the metaclasses of all its bases");
        winner = class_meta_winner(I, winner, (Class *)b.u.o);
    }
    if (!bases->len)
        winner = class_meta_winner(I, meta, NULL);
    if (winner != meta && (winner->dunders & DU_NEW))
        return obj_call(I, v_obj(winner), 3, argv, kw);
    Dict *ns = dict_copy(I, (Dict *)argv[2].u.o);
    if (v_is_unset(dict_get_str(I, ns, I->names.__module__))) {
        Frame *fr = (Frame *)I->frame;      /* FrameInfo is the first member of every eval Frame */
        Value mod = fr && fr->globals ? dict_get_str(I, fr->globals, I->names.__name__) : v_unset();
        if (!v_is_unset(mod))
            dict_set_str(I, ns, I->names.__module__, mod);
    }
    Value qn = dict_get_str(I, ns, I->names.__qualname__);
    if (!v_is_unset(qn) && !v_is_str(I, qn))
        exc_raisef(I, I->cls.TypeError, "type __qualname__ must be a str, not %s", type_name(I, qn));
    Str *qualname = v_is_unset(qn) ? name : (Str *)qn.u.o;
    if (v_is_unset(qn))
        dict_set_str(I, ns, I->names.__qualname__, v_obj(name));
    return v_obj(class_new_python_bases(I, winner, name, qualname, bases, ns, kw));
}

/* Calling a metaclass that has no __new__ of its own: M(name, bases, ns, **kw). */
static Value type_new_slot(Interp *I, Class *meta, int argc, const Value *argv, const KwArgs *kw)
{
    if (argc != 3)
        exc_raisef(I, I->cls.TypeError, "type.__new__() takes exactly 3 arguments (%d given)", argc);
    return type_new3(I, meta, argv, kw);
}

/* type.__new__(meta, name, bases, ns, **kw), for super().__new__ in a metaclass. */
static Value type_new_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (argc < 1)
        exc_raisef(I, I->cls.TypeError, "type.__new__(): not enough arguments");
    if (!v_is_class(I, argv[0]))
        exc_raisef(I, I->cls.TypeError, "type.__new__(X): X is not a type object (%s)", type_name(I, argv[0]));
    if (!class_is_subclass((Class *)argv[0].u.o, I->cls.type))
        exc_raisef(I, I->cls.TypeError, "type.__new__(%s): %s is not a subtype of type",
                   ((Class *)argv[0].u.o)->name->s, ((Class *)argv[0].u.o)->name->s);
    Class *meta = (Class *)argv[0].u.o;
    if (meta == I->cls.type && argc == 2 && !(kw && kw->n))
        return v_obj(class_of(I, argv[1]));
    return type_new_slot(I, meta, argc - 1, argv + 1, kw);
}

static Value type_init_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (argc != 2 && argc != 4)
        exc_raisef(I, I->cls.TypeError, "type.__init__() takes 1 or 3 arguments");
    return v_none();
}

/* type.__call__(cls, *args, **kw): what calling a class does (super().__call__
 * in a metaclass's __call__). */
static Value type_call(Interp *I, Value self, int argc, const Value *argv, const KwArgs *kw);
static Value type_call_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (argc < 1 || !v_is_class(I, argv[0]))
        exc_raisef(I, I->cls.TypeError, "descriptor '__call__' requires a 'type' object");
    return type_call(I, argv[0], argc - 1, argv + 1, kw);
}

static Value type_setattr_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__setattr__", argc, kw, 3);
    if (!v_is_class(I, argv[0]))
        exc_raisef(I, I->cls.TypeError, "descriptor '__setattr__' requires a 'type' object");
    type_setattr(I, argv[0], v_as_str(I, argv[1], "attribute name"), argv[2]);
    return v_none();
}

static Value type_delattr_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__delattr__", argc, kw, 2);
    if (!v_is_class(I, argv[0]))
        exc_raisef(I, I->cls.TypeError, "descriptor '__delattr__' requires a 'type' object");
    type_setattr(I, argv[0], v_as_str(I, argv[1], "attribute name"), v_unset());
    return v_none();
}

/* type.__prepare__(name, bases, **kw): the empty namespace a class body fills. */
static Value type_prepare_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_obj(dict_new(I));
}

/* type.__instancecheck__ / __subclasscheck__: the plain checks, which a
 * metaclass's own versions can fall back to. */
static Value type_instancecheck_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__instancecheck__", argc, kw, 2);
    if (!v_is_class(I, argv[0]))
        exc_raisef(I, I->cls.TypeError, "descriptor '__instancecheck__' requires a 'type' object");
    return v_bool(obj_isinstance(I, argv[1], (Class *)argv[0].u.o));
}

static Value type_subclasscheck_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__subclasscheck__", argc, kw, 2);
    if (!v_is_class(I, argv[0]))
        exc_raisef(I, I->cls.TypeError, "descriptor '__subclasscheck__' requires a 'type' object");
    if (!v_is_class(I, argv[1]))
        exc_raisef(I, I->cls.TypeError, "issubclass() arg 1 must be a class");
    return v_bool(class_is_subclass((Class *)argv[1].u.o, (Class *)argv[0].u.o));
}

/* Calling a class: type(x), or create an instance and run __init__. */
static Value type_call(Interp *I, Value self, int argc, const Value *argv, const KwArgs *kw)
{
    Class *cls = (Class *)self.u.o;
    if (cls == I->cls.type) {
        if (argc == 1 && !(kw && kw->n))
            return v_obj(class_of(I, argv[0]));
        if (argc == 3)
            return type_new3(I, I->cls.type, argv, kw);
        exc_raisef(I, I->cls.TypeError, "type() takes 1 or 3 arguments");
    }
    Value obj;
    if (cls->dunders & DU_NEW) {
        Value fn = class_lookup(I, cls, I->names.__new__);
        if (class_of(I, fn) == I->cls.staticmethod)
            fn = ((MethodWrapper *)fn.u.o)->func;
        Value *args = interp_alloc(I, sizeof(Value) * (size_t)(argc + 1));
        args[0] = self;
        if (argc)
            memcpy(args + 1, argv, sizeof(Value) * (size_t)argc);
        obj = obj_call(I, fn, argc + 1, args, kw);
        if (!obj_isinstance(I, obj, cls))
            return obj;
    } else {
        if (!cls->ops->new_)
            exc_raisef(I, I->cls.TypeError, "cannot create '%s' instances", cls->name->s);
        obj = cls->ops->new_(I, cls, argc, argv, kw);
    }
    if ((cls->flags & CLS_PYTHON) && (cls->dunders & DU_INIT)) {
        Value r;
        if (v_is_class(I, obj)) {
            /* A metaclass made a class: its __init__ is the metaclass's, not
             * the one the new class defines for its own instances. */
            Value fn = class_lookup(I, obj.u.o->cls, I->names.__init__);
            Value *args = interp_alloc(I, sizeof(Value) * (size_t)(argc + 1));
            args[0] = obj;
            if (argc)
                memcpy(args + 1, argv, sizeof(Value) * (size_t)argc);
            r = obj_call(I, fn, argc + 1, args, kw);
        } else {
            r = obj_call_method(I, obj, I->names.__init__, argc, argv, kw);
        }
        if (!v_is_none(r))
            exc_raisef(I, I->cls.TypeError, "__init__() should return None, not '%s'", type_name(I, r));
    }
    return obj;
}

static int64_t identity_hash(Interp *I, Value self)
{
    return (int64_t)(obj_id(I, self) >> 4);
}

/* PEP 604: `int | None` and `None | int` on classes build a
 * types.UnionType (types._union_or, NotImplemented unless both sides are
 * types, None, generic aliases or unions). A metaclass's own __or__ (an
 * enum Flag's) is found before this slot. */
static Value type_union(Interp *I, Value a, Value b)
{
    Module *types = interp_import(I, str_intern_cstr(I, "types"));
    return obj_call2(I, obj_getattr_cstr(I, v_obj(types), "_union_or"), a, b);
}

static Value type_binop(Interp *I, int op, Value a, Value b)
{
    if ((op & 0xff) != OP_BITOR)
        return v_notimpl();
    return type_union(I, a, b);
}

/* type.__or__(self, other), type.__ror__(self, other) */
static Value type_or_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__or__", argc, kw, 2);
    return type_union(I, argv[0], argv[1]);
}

static Value type_ror_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__ror__", argc, kw, 2);
    return type_union(I, argv[1], argv[0]);
}

static const TypeOps type_ops = {
    .repr = type_repr,
    .binop = type_binop,
    .hash = identity_hash,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .call = type_call,
    .new_ = type_new_slot,
};

static Value type_mro_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Class *c = (Class *)argv[0].u.o;
    List *l = list_new(I, 4);
    for (Class *k = c; k; k = k->base)
        list_append(I, l, v_obj(class_seen(k)));
    return v_obj(l);
}

/* ------------------------------------------------------------------ */
/* None, NotImplemented, Ellipsis                                       */
/* ------------------------------------------------------------------ */

static Str *none_repr(Interp *I, Value self)
{
    return str_intern_cstr(I, self.tag == V_NONE ? "None" : self.tag == V_NOTIMPL ? "NotImplemented" : "Ellipsis");
}

static bool false_truthy(Interp *I, Value self) { return false; }
static bool true_truthy(Interp *I, Value self) { return true; }

static int64_t const_hash(Interp *I, Value self)
{
    return self.tag == V_NONE ? 0x5f5e100 : self.tag == V_NOTIMPL ? 0x5f5e101 : (int64_t)(obj_id(I, self) >> 4);
}

static Value none_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    if (argc || (kw && kw->n))
        exc_raisef(I, I->cls.TypeError, "%s takes no arguments", cls->name->s);
    if (cls == I->cls.NoneType)
        return v_none();
    if (cls == I->cls.NotImplementedType)
        return v_notimpl();
    return I->ellipsis;
}

static const TypeOps none_ops = { .repr = none_repr, .truthy = false_truthy, .hash = const_hash, .new_ = none_new };
static const TypeOps notimpl_ops = { .repr = none_repr, .truthy = true_truthy, .hash = const_hash, .new_ = none_new };

static Str *ellipsis_repr(Interp *I, Value self) { return str_intern_cstr(I, "Ellipsis"); }
static const TypeOps ellipsis_ops = { .repr = ellipsis_repr, .new_ = none_new };

/* ------------------------------------------------------------------ */
/* builtin functions and bound methods                                  */
/* ------------------------------------------------------------------ */

Value native_fn_new(Interp *I, const char *name, NativeFnPtr fn, Class *owner)
{
    NativeFn *f = obj_alloc(I, I->cls.builtin_function, sizeof *f);
    f->name = str_intern_cstr(I, name);
    f->fn = fn;
    f->self = v_unset();
    f->owner = owner;
    return v_obj(f);
}

static Str *native_repr(Interp *I, Value self)
{
    NativeFn *f = (NativeFn *)self.u.o;
    if (!v_is_unset(f->self)) {
        if (f->self.tag == V_OBJ && f->self.u.o->cls == I->cls.module)
            return str_fmt(I, "<built-in function %s>", f->name->s);
        return str_fmt(I, "<built-in method %s of %s object at %#llx>", f->name->s,
                       type_name(I, f->self), (unsigned long long)obj_id(I, f->self));
    }
    if (f->owner)
        return str_fmt(I, "<method '%s' of '%s' objects>", f->name->s, f->owner->name->s);
    return str_fmt(I, "<built-in function %s>", f->name->s);
}

static Value native_call(Interp *I, Value self, int argc, const Value *argv, const KwArgs *kw)
{
    NativeFn *f = (NativeFn *)self.u.o;
    NativeFn *saved = I->cur_native;
    I->cur_native = f;
    Value r;
    if (v_is_unset(f->self)) {
        r = f->fn(I, argc, argv, kw);
    } else {
        Value small[8];
        Value *args = argc < 7 ? small : interp_alloc(I, sizeof(Value) * (size_t)(argc + 1));
        args[0] = f->self;
        if (argc)
            memcpy(args + 1, argv, sizeof(Value) * (size_t)argc);
        r = f->fn(I, argc + 1, args, kw);
    }
    I->cur_native = saved;
    return r;
}

/* A native method found through an instance binds to it. */
static Value native_get(Interp *I, Value self, Value instance, Class *owner)
{
    NativeFn *f = (NativeFn *)self.u.o;
    if (v_is_unset(instance) || !v_is_unset(f->self) || !f->owner)
        return self;
    NativeFn *b = obj_alloc(I, I->cls.builtin_function, sizeof *b);
    *b = *f;
    b->self = instance;
    return v_obj(b);
}

static Value native_getattr(Interp *I, Value self, Str *name)
{
    NativeFn *f = (NativeFn *)self.u.o;
    if (name == I->names.__name__ || name == I->names.__qualname__)
        return v_obj(f->name);
    if (!strcmp(name->s, "__self__"))
        return v_is_unset(f->self) ? v_none() : f->self;
    if (name == I->names.__doc__)
        return v_none();        /* CPython's docstrings are not kept here */
    return obj_generic_getattr(I, self, name);
}

static const TypeOps native_ops = {
    .repr = native_repr, .call = native_call, .get = native_get, .getattr = native_getattr,
    .hash = identity_hash,
};

Value bound_method_new(Interp *I, Value self, Value func)
{
    BoundMethod *m = obj_alloc(I, I->cls.method, sizeof *m);
    m->self = self;
    m->func = func;
    return v_obj(m);
}

static Str *method_repr(Interp *I, Value self)
{
    BoundMethod *m = (BoundMethod *)self.u.o;
    Value qn = obj_getattr_opt(I, m->func, I->names.__qualname__);
    return str_fmt(I, "<bound method %s of %s>", v_is_str(I, qn) ? ((Str *)qn.u.o)->s : "?",
                   obj_repr(I, m->self)->s);
}

static Value method_call(Interp *I, Value self, int argc, const Value *argv, const KwArgs *kw)
{
    BoundMethod *m = (BoundMethod *)self.u.o;
    Value small[8];
    Value *args = argc < 7 ? small : interp_alloc(I, sizeof(Value) * (size_t)(argc + 1));
    args[0] = m->self;
    if (argc)
            memcpy(args + 1, argv, sizeof(Value) * (size_t)argc);
    return obj_call(I, m->func, argc + 1, args, kw);
}

static Value method_getattr(Interp *I, Value self, Str *name)
{
    BoundMethod *m = (BoundMethod *)self.u.o;
    if (!strcmp(name->s, "__self__"))
        return m->self;
    if (!strcmp(name->s, "__func__"))
        return m->func;
    return obj_getattr_opt(I, m->func, name);
}

static Value method_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    if ((op != CMP_EQ && op != CMP_NE) || class_of(I, b) != I->cls.method)
        return v_notimpl();
    BoundMethod *x = (BoundMethod *)a.u.o, *y = (BoundMethod *)b.u.o;
    bool eq = v_is(x->self, y->self) && v_is(x->func, y->func);
    return v_bool(op == CMP_EQ ? eq : !eq);
}

/* types.MethodType(function, instance): function bound to instance, as
 * CPython's method_new (an lru_cache wrapper binds itself this way). */
static Value method_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "method() takes no keyword arguments");
    if (argc != 2)
        exc_raisef(I, I->cls.TypeError, "method expected 2 arguments, got %d", argc);
    Class *fc = class_of(I, argv[0]);
    if (!fc->ops->call && !(fc->dunders & DU_CALL))
        exc_raisef(I, I->cls.TypeError, "first argument must be callable");
    if (v_is_none(argv[1]))
        exc_raisef(I, I->cls.TypeError, "instance must not be None");
    return bound_method_new(I, argv[1], argv[0]);
}

static const TypeOps method_ops = {
    .repr = method_repr, .call = method_call, .getattr = method_getattr,
    .richcmp = method_richcmp, .hash = identity_hash, .new_ = method_new,
};

/* ------------------------------------------------------------------ */
/* property, staticmethod, classmethod                                  */
/* ------------------------------------------------------------------ */

static Value property_get(Interp *I, Value self, Value instance, Class *owner)
{
    Property *p = (Property *)self.u.o;
    if (v_is_unset(instance))
        return self;
    if (v_is_none(p->fget))
        exc_raisef(I, I->cls.AttributeError, "property of '%s' object has no getter", owner->name->s);
    return obj_call1(I, p->fget, instance);
}

/* No doc given: the getter's __doc__ when it has one, as CPython's
 * property() takes it (P.x.__doc__ is the getter's docstring). */
static void property_doc_from_getter(Interp *I, Property *p)
{
    if (!v_is_none(p->doc) || v_is_none(p->fget))
        return;
    Value d = obj_getattr_opt(I, p->fget, I->names.__doc__);
    if (!v_is_unset(d) && !v_is_none(d)) {
        p->doc = d;
        p->getter_doc = true;
    }
}

static Value property_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "fget", "fset", "fdel", "doc" };
    Value a[4];
    args_parse(I, "property", argc, argv, kw, 4, names, 0, 0, a);
    Property *p = obj_alloc(I, cls, sizeof *p);
    p->fget = v_is_unset(a[0]) ? v_none() : a[0];
    p->fset = v_is_unset(a[1]) ? v_none() : a[1];
    p->fdel = v_is_unset(a[2]) ? v_none() : a[2];
    p->doc = v_is_unset(a[3]) ? v_none() : a[3];
    p->getter_doc = false;
    property_doc_from_getter(I, p);
    return v_obj(p);
}

static Value property_copy_with(Interp *I, int argc, const Value *argv, int which)
{
    Property *old = (Property *)argv[0].u.o;
    Property *p = obj_alloc(I, old->hdr.cls, sizeof *p);
    *p = *old;
    if (which == 0) p->fget = argv[1];
    else if (which == 1) p->fset = argv[1];
    else p->fdel = argv[1];
    /* As CPython's property_copy: a doc that came from the getter (or none
     * at all) comes from the (new) getter again. */
    if (p->getter_doc && !v_is_none(p->fget))
        p->doc = v_none();
    p->getter_doc = false;
    property_doc_from_getter(I, p);
    return v_obj(p);
}

static Value property_getter(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "getter", argc, kw, 2);
    return property_copy_with(I, argc, argv, 0);
}

static Value property_setter(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "setter", argc, kw, 2);
    return property_copy_with(I, argc, argv, 1);
}

static Value property_deleter(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "deleter", argc, kw, 2);
    return property_copy_with(I, argc, argv, 2);
}

static Value property_getattr(Interp *I, Value self, Str *name)
{
    Property *p = (Property *)self.u.o;
    if (!strcmp(name->s, "fget")) return p->fget;
    if (!strcmp(name->s, "fset")) return p->fset;
    if (!strcmp(name->s, "fdel")) return p->fdel;
    if (name == I->names.__doc__) return p->doc;
    if (!strcmp(name->s, "__isabstractmethod__")) {
        /* abc: a property is abstract when one of its functions is */
        Value fs[3] = { p->fget, p->fset, p->fdel };
        for (int i = 0; i < 3; i++) {
            Value a = v_is_none(fs[i]) ? v_unset() : obj_getattr_opt(I, fs[i], name);
            if (!v_is_unset(a) && obj_truthy(I, a))
                return v_bool(true);
        }
        return v_bool(false);
    }
    return obj_generic_getattr(I, self, name);
}

static const TypeOps property_ops = {
    .get = property_get, .new_ = property_new, .getattr = property_getattr,
};

static Value static_get(Interp *I, Value self, Value instance, Class *owner)
{
    return ((MethodWrapper *)self.u.o)->func;
}

static Value classmethod_get(Interp *I, Value self, Value instance, Class *owner)
{
    Value f = ((MethodWrapper *)self.u.o)->func;
    Class *c = owner ? owner : class_of(I, instance);
    if (class_of(I, f) == I->cls.builtin_function) {
        NativeFn *b = obj_alloc(I, I->cls.builtin_function, sizeof *b);
        *b = *(NativeFn *)f.u.o;
        b->self = v_obj(c);
        return v_obj(b);
    }
    return bound_method_new(I, v_obj(c), f);
}

static Value wrapper_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, cls->name->s, argc, kw, 1);
    return wrap(I, cls, argv[0]);
}

static Value wrapper_getattr(Interp *I, Value self, Str *name)
{
    MethodWrapper *w = (MethodWrapper *)self.u.o;
    if (!strcmp(name->s, "__func__"))
        return w->func;
    /* 3.10+: the wrapped callable's attributes, and __wrapped__ */
    if (name == I->names.__name__ || name == I->names.__qualname__ || name == I->names.__doc__ ||
        name == I->names.__module__ || !strcmp(name->s, "__annotations__"))
        return obj_getattr_opt(I, w->func, name);
    if (!strcmp(name->s, "__wrapped__"))
        return w->func;
    if (!strcmp(name->s, "__isabstractmethod__")) {
        Value a = obj_getattr_opt(I, w->func, name);
        return v_bool(!v_is_unset(a) && obj_truthy(I, a));
    }
    return obj_generic_getattr(I, self, name);
}

static Value static_call(Interp *I, Value self, int argc, const Value *argv, const KwArgs *kw)
{
    return obj_call(I, ((MethodWrapper *)self.u.o)->func, argc, argv, kw);
}

/* d.__get__(instance, owner=None) of the native descriptors (function,
 * property, staticmethod, classmethod), as CPython's slot wrapper: their get
 * slot, None meaning "not given". functools.partialmethod and
 * singledispatchmethod bind the callable they hold this way. */
Value obj_descr_get_m(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Class *want = I->cur_native ? I->cur_native->owner : NULL;
    if (argc == 0)
        exc_raisef(I, I->cls.TypeError, "descriptor '__get__' of '%s' object needs an argument",
                   want ? want->name->s : "object");
    if (!want || !class_is_subclass(class_of(I, argv[0]), want) || !class_of(I, argv[0])->ops->get)
        exc_raisef(I, I->cls.TypeError, "descriptor '__get__' requires a '%s' object but received a '%s'",
                   want ? want->name->s : "object", type_name(I, argv[0]));
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "wrapper __get__() takes no keyword arguments");
    if (argc < 2)
        exc_raisef(I, I->cls.TypeError, " expected at least 1 argument, got 0");  /* sic */
    if (argc > 3)
        exc_raisef(I, I->cls.TypeError, " expected at most 2 arguments, got %d", argc - 1);
    Value self = argv[0], inst = v_is_none(argv[1]) ? v_unset() : argv[1];
    Value owner = argc > 2 && !v_is_none(argv[2]) ? argv[2] : v_unset();
    if (v_is_unset(inst) && v_is_unset(owner))
        exc_raisef(I, I->cls.TypeError, "__get__(None, None) is invalid");
    Class *oc = v_is_class(I, owner) ? (Class *)owner.u.o : v_is_unset(inst) ? NULL : class_of(I, inst);
    if (!oc)
        return self;
    return class_of(I, self)->ops->get(I, self, inst, oc);
}

/* "<classmethod(<function C.f at 0x…>)>", as CPython 3.10+ */
static Str *wrapper_repr(Interp *I, Value self)
{
    return str_fmt(I, "<%s(%s)>", class_of(I, self)->name->s,
                   obj_repr(I, ((MethodWrapper *)self.u.o)->func)->s);
}

static const TypeOps staticmethod_ops = {
    .get = static_get, .new_ = wrapper_new, .getattr = wrapper_getattr, .call = static_call,
    .repr = wrapper_repr,
};
static const TypeOps classmethod_ops = {
    .get = classmethod_get, .new_ = wrapper_new, .getattr = wrapper_getattr,
    .repr = wrapper_repr,
};

/* ------------------------------------------------------------------ */
/* modules and cells                                                    */
/* ------------------------------------------------------------------ */

Module *module_new(Interp *I, const char *name)
{
    return module_new_of(I, I->cls.module, name);
}

Module *module_new_of(Interp *I, Class *cls, const char *name)
{
    Module *m = obj_alloc(I, cls, sizeof *m);
    m->dict = dict_new(I);
    m->name = str_intern_cstr(I, name);
    dict_set_str(I, m->dict, I->names.__name__, v_obj(m->name));
    dict_set_str(I, m->dict, I->names.__doc__, v_none());
    return m;
}

void module_set(Interp *I, Module *m, const char *name, Value v)
{
    dict_set_str(I, m->dict, str_intern_cstr(I, name), v);
}

void module_add_fn(Interp *I, Module *m, const char *name, NativeFnPtr fn)
{
    Value f = native_fn_new(I, name, fn, NULL);
    module_set(I, m, name, f);
}

static Str *module_repr(Interp *I, Value self)
{
    Module *m = (Module *)self.u.o;
    Value file = dict_get_cstr(I, m->dict, "__file__");
    if (v_is_str(I, file))
        return str_fmt(I, "<module '%s' from '%s'>", m->name->s, ((Str *)file.u.o)->s);
    if (!v_is_unset(dict_get_cstr(I, m->dict, "__spec__")))
        return str_fmt(I, "<module '%s'>", m->name->s);    /* made by module(name) */
    return str_fmt(I, "<module '%s' (built-in)>", m->name->s);
}

static Value module_getattr(Interp *I, Value self, Str *name)
{
    Module *m = (Module *)self.u.o;
    Value v = dict_get_str(I, m->dict, name);
    if (!v_is_unset(v))
        return v;
    if (name == I->names.__dict__)
        return v_obj(m->dict);
    v = obj_generic_getattr(I, self, name);
    if (!v_is_unset(v))
        return v;
    /* PEP 562: the module's own __getattr__(name) for what it lacks */
    Value hook = dict_get_str(I, m->dict, I->names.__getattr__);
    return v_is_unset(hook) ? v : obj_call1(I, hook, v_obj(name));
}

static void module_setattr(Interp *I, Value self, Str *name, Value val)
{
    Module *m = (Module *)self.u.o;
    if (v_is_unset(val)) {
        if (!dict_del(I, m->dict, v_obj(name)))     /* object.__delattr__'s words, as CPython */
            exc_raisef(I, I->cls.AttributeError, "'%s' object has no attribute '%s'",
                       class_of(I, self)->name->s, name->s);
        return;
    }
    dict_set_str(I, m->dict, name, val);
}

/* module(name, doc=None), types.ModuleType: an empty module, with the
 * names CPython's module_init gives it. */
static Value module_new_slot(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    args_no_kw(I, "module", kw);
    if (argc < 1)
        exc_raisef(I, I->cls.TypeError, "module() missing required argument 'name' (pos 1)");
    if (argc > 2)
        exc_raisef(I, I->cls.TypeError, "module() takes at most 2 arguments (%d given)", argc);
    if (!v_is_str(I, argv[0]))
        exc_raisef(I, I->cls.TypeError, "module() argument 'name' must be str, not %s", type_name(I, argv[0]));
    Module *m = module_new_of(I, cls, ((Str *)argv[0].u.o)->s);
    dict_set_str(I, m->dict, I->names.__doc__, argc > 1 ? argv[1] : v_none());
    static const char *const unset[] = { "__package__", "__loader__", "__spec__" };
    for (size_t i = 0; i < sizeof unset / sizeof *unset; i++)
        module_set(I, m, unset[i], v_none());
    return v_obj(m);
}

static const TypeOps module_ops = {
    .repr = module_repr, .getattr = module_getattr, .setattr = module_setattr, .hash = identity_hash,
    .new_ = module_new_slot,
};

static Str *cell_repr(Interp *I, Value self)
{
    return str_fmt(I, "<cell at %#llx>", (unsigned long long)obj_id(I, self));
}

static const TypeOps cell_ops = { .repr = cell_repr };

/* ------------------------------------------------------------------ */
/* Bootstrap                                                            */
/* ------------------------------------------------------------------ */

static Class *raw_class(Interp *I)
{
    Class *c = interp_alloc(I, sizeof *c);
    c->hdr.cls = c;     /* fixed up below: every class's class is `type` */
    return c;
}

/* Until str.c's init runs, str needs just enough behaviour to be a dict key. */
static int64_t boot_str_hash(Interp *I, Value self) { return str_hash((Str *)self.u.o); }

static Value boot_str_cmp(Interp *I, Value a, Value b, CmpOp op)
{
    if (op != CMP_EQ || b.tag != V_OBJ || b.u.o->cls != I->cls.str)
        return v_notimpl();
    return v_bool(str_eq((Str *)a.u.o, (Str *)b.u.o));
}

static const TypeOps boot_str_ops = { .hash = boot_str_hash, .richcmp = boot_str_cmp };

void obj_bootstrap(Interp *I)
{
    I->cls.type = raw_class(I);
    I->cls.object = raw_class(I);
    I->cls.str = raw_class(I);
    I->cls.dict = raw_class(I);
    I->cls.object->hdr.cls = I->cls.type;
    I->cls.str->hdr.cls = I->cls.type;
    I->cls.dict->hdr.cls = I->cls.type;
    I->cls.str->ops = &boot_str_ops;
    I->cls.str->native_base = I->cls.str;
    I->cls.dict->native_base = I->cls.dict;
}

/* After str and dict exist: object, type and the small classes of this file. */
void obj_init(Interp *I)
{
    Class *object = class_new_native(I, "object", NULL, NULL, &object_ops, sizeof(Instance), CLS_BASETYPE);
    object->base = NULL;
    object->inst_size = sizeof(Instance);
    object->flags &= ~(uint32_t)CLS_HAS_DICT;
    Class *type = class_new_native(I, "type", NULL, object, &type_ops, sizeof(Class), CLS_BASETYPE);

    I->cls.NoneType = class_new_native(I, "NoneType", NULL, object, &none_ops, sizeof(Obj), 0);
    I->cls.NotImplementedType = class_new_native(I, "NotImplementedType", NULL, object, &notimpl_ops, sizeof(Obj), 0);
    I->cls.ellipsis = class_new_native(I, "ellipsis", NULL, object, &ellipsis_ops, sizeof(Obj), 0);
    I->ellipsis = v_obj(obj_alloc(I, I->cls.ellipsis, sizeof(Obj)));
    I->cls.builtin_function = class_new_native(I, "builtin_function_or_method", NULL, object, &native_ops, sizeof(NativeFn), 0);
    I->cls.method = class_new_native(I, "method", NULL, object, &method_ops, sizeof(BoundMethod), 0);
    I->cls.property = class_new_native(I, "property", NULL, object, &property_ops, sizeof(Property), 0);
    class_add_method(I, I->cls.property, "getter", property_getter);
    class_add_method(I, I->cls.property, "setter", property_setter);
    class_add_method(I, I->cls.property, "deleter", property_deleter);
    I->cls.staticmethod = class_new_native(I, "staticmethod", NULL, object, &staticmethod_ops, sizeof(MethodWrapper), 0);
    I->cls.classmethod = class_new_native(I, "classmethod", NULL, object, &classmethod_ops, sizeof(MethodWrapper), 0);
    class_add_method(I, I->cls.property, "__get__", obj_descr_get_m);
    class_add_method(I, I->cls.staticmethod, "__get__", obj_descr_get_m);
    class_add_method(I, I->cls.classmethod, "__get__", obj_descr_get_m);
    I->cls.module = class_new_native(I, "module", NULL, object, &module_ops, sizeof(Module), 0);
    I->cls.cell = class_new_native(I, "cell", NULL, object, &cell_ops, sizeof(Cell), 0);
    class_add_method(I, object, "__init__", object_init);
    class_add_method(I, object, "__repr__", object_repr_m);
    class_add_method(I, object, "__str__", object_str_m);
    class_add_method(I, object, "__eq__", object_eq_m);
    class_add_method(I, object, "__ne__", object_ne_m);
    class_add_method(I, object, "__hash__", object_hash_m);
    class_add_method(I, object, "__setattr__", object_setattr_m);
    class_add_method(I, object, "__getattribute__", object_getattribute_m);
    class_add_method(I, object, "__delattr__", object_delattr_m);
    class_add_method(I, object, "__format__", object_format_m);
    class_add_static(I, object, "__new__", object_new_m);
    class_add_classmethod(I, object, "__init_subclass__", object_init_subclass_m);
    /* type's methods (after builtin_function and the wrappers exist) */
    class_add_method(I, type, "mro", type_mro_m);
    class_add_static(I, type, "__new__", type_new_m);
    class_add_method(I, type, "__init__", type_init_m);
    class_add_method(I, type, "__call__", type_call_m);
    class_add_method(I, type, "__setattr__", type_setattr_m);
    class_add_method(I, type, "__delattr__", type_delattr_m);
    class_add_classmethod(I, type, "__prepare__", type_prepare_m);
    class_add_method(I, type, "__instancecheck__", type_instancecheck_m);
    class_add_method(I, type, "__subclasscheck__", type_subclasscheck_m);
    class_add_method(I, type, "__or__", type_or_m);
    class_add_method(I, type, "__ror__", type_ror_m);

}
