/*
 * bfunc.c — the builtin functions of kata Python (print, len, repr,
 * isinstance, min, max, sum, sorted, getattr, …) with CPython 3.11's
 * argument handling and error messages, and bfunc_init, which fills the
 * builtins module with them and with the builtin classes (list, dict, int,
 * str, …; calling a class goes through its new_ slot).
 *
 * abs/divmod/pow/round delegate to the numbers code (num_* in obj.h).
 * bfunc2.c has the conversions and introspection builtins (ord, chr, bin,
 * hex, oct, format, ascii, getattr & co, dir, vars, iter, next).
 * Not provided: globals(), locals(), exec/eval, input, open.
 */
#include "bfunc.h"
#include "bigint.h"
#include "mod_sys.h"

#include <string.h>

/* "'foo' is an invalid keyword argument for print()" */
_Noreturn void bfunc_bad_kw(Interp *I, const char *fname, Str *name)
{
    exc_raisef(I, I->cls.TypeError, "'%s' is an invalid keyword argument for %s()", name->s, fname);
}

/* ------------------------------------------------------------------ */
/* print, len, repr, hash, id                                           */
/* ------------------------------------------------------------------ */

static Str *sep_arg(Interp *I, const char *what, Value v, Str *dflt)
{
    if (v_is_unset(v) || v_is_none(v))
        return dflt;
    if (!v_is_str(I, v))
        exc_raisef(I, I->cls.TypeError, "%s must be None or a string, not %s", what, type_name(I, v));
    return (Str *)v.u.o;
}

/* print(*objects, sep=' ', end='\n', file=None, flush=False) */
static Value bf_print(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Value sepv = v_unset(), endv = v_unset(), file = v_unset(), flush = v_unset();
    for (int i = 0; kw && i < kw->n; i++) {
        const char *n = kw->names[i]->s;
        if (!strcmp(n, "sep"))
            sepv = kw->vals[i];
        else if (!strcmp(n, "end"))
            endv = kw->vals[i];
        else if (!strcmp(n, "file"))
            file = kw->vals[i];
        else if (!strcmp(n, "flush"))
            flush = kw->vals[i];
        else
            bfunc_bad_kw(I, "print", kw->names[i]);
    }
    Str *sep = sep_arg(I, "sep", sepv, NULL);
    Str *end = sep_arg(I, "end", endv, NULL);
    bool to_file = !v_is_unset(file) && !v_is_none(file);
    if (!to_file) {
        /* a program that put its own object in sys.stdout prints to it */
        file = mod_sys_stdout_override(I);
        to_file = !v_is_unset(file);
    }
    if (to_file) {
        Value pieces[2];
        for (int i = 0; i < argc; i++) {
            if (i) {
                pieces[0] = sep ? v_obj(sep) : str_value(I, " ");
                obj_call_method_cstr(I, file, "write", 1, pieces);
            }
            pieces[0] = v_obj(obj_str(I, argv[i]));
            obj_call_method_cstr(I, file, "write", 1, pieces);
        }
        pieces[0] = end ? v_obj(end) : str_value(I, "\n");
        obj_call_method_cstr(I, file, "write", 1, pieces);
        if (!v_is_unset(flush) && obj_truthy(I, flush))
            cont_call_method0(I, file, "flush");
        return v_none();
    }
    StrBuf sb;
    sb_init(&sb, I);
    for (int i = 0; i < argc; i++) {
        if (i) {
            if (sep)
                sb_addstr(&sb, sep);
            else
                sb_addc(&sb, ' ');
        }
        Value v = argv[i];
        if (v.tag == V_INT) {
            sb_printf(&sb, "%lld", (long long)v.u.i);
        } else if (v_is_exact(v, I->cls.str)) {
            sb_addstr(&sb, (Str *)v.u.o);
        } else {
            if (v.tag == V_OBJ && sb.len) {
                /* str(v) may raise: CPython has written what came before */
                interp_write(I, sb.p, sb.len);
                sb.len = 0;
            }
            sb_addstr(&sb, obj_str(I, v));
        }
    }
    if (end)
        sb_addstr(&sb, end);
    else
        sb_addc(&sb, '\n');
    interp_write(I, sb.p, sb.len);
    return v_none();
}

Value bfunc_len(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "len", argc, kw);
    Value v = argv[0];
    if (v.tag == V_OBJ) {
        Class *c = v.u.o->cls;
        if (c == I->cls.list)
            return v_int(((List *)v.u.o)->len);
        if (c == I->cls.str)
            return v_int(((Str *)v.u.o)->nchars);
        if (c == I->cls.tuple)
            return v_int(((Tuple *)v.u.o)->len);
        if (c == I->cls.dict)
            return v_int(((Dict *)v.u.o)->len);
    }
    return v_int(obj_len(I, v));
}

static Value bf_repr(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "repr", argc, kw);
    return v_obj(obj_repr(I, argv[0]));
}

static Value bf_hash(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "hash", argc, kw);
    return v_int(cont_hash(I, argv[0]));
}

static Value bf_id(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "id", argc, kw);
    Value v = argv[0];
    if (v.tag == V_OBJ)
        return int_from_i64(I, (int64_t)(obj_id(I, v) & (uint64_t)INT64_MAX));
    /* An unboxed value (int, float, bool, None) is the same object as
     * another exactly when tag and bits match (v_is), so its id holds them
     * all, above every address: 2**62 + i for an int of less than 2**61
     * either way (no allocation), (tag << 64) | bits for the rest. A hash
     * of the bits made id(x) == id(-x) for floats, and copy.deepcopy, whose
     * memo is keyed by id, turned (-4.0, 4.0) into (-4.0, -4.0). */
    if (v.tag == V_INT && v.u.i >= -((int64_t)1 << 61) && v.u.i < ((int64_t)1 << 61))
        return v_int(((int64_t)1 << 62) + ((int64_t)1 << 61) + v.u.i);
    return bigint_from_u96(I, (uint32_t)v.tag, (uint64_t)v.u.i);
}

static Value bf_callable(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "callable", argc, kw);
    Class *c = class_of(I, argv[0]);
    return v_bool(c->ops->call != NULL || (c->dunders & DU_CALL));
}

/* ------------------------------------------------------------------ */
/* Numbers                                                              */
/* ------------------------------------------------------------------ */

static Value bf_abs(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "abs", argc, kw);
    Value v = argv[0];
    if (v.tag == V_INT && v.u.i != INT64_MIN)
        return v_int(v.u.i < 0 ? -v.u.i : v.u.i);
    return num_abs(I, v);
}

static Value bf_divmod(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "divmod", kw);
    cont_check_range(I, "divmod", argc, 2, 2);
    return num_divmod(I, argv[0], argv[1]);
}

/* Fill out[] from positional and keyword arguments named names[]
 * (argument-clinic style: "f() missing required argument 'x' (pos 2)",
 * "f() takes at most 3 arguments (4 given)"). */
void bfunc_clinic(Interp *I, const char *fname, int argc, const Value *argv, const KwArgs *kw,
                  int nnames, const char *const *names, int nrequired, Value *out)
{
    int nkw = kw ? kw->n : 0;
    if (argc + nkw > nnames)
        exc_raisef(I, I->cls.TypeError, "%s() takes at most %d argument%s (%d given)", fname, nnames,
                   nnames == 1 ? "" : "s", argc + nkw);
    int used = 0;
    for (int i = 0; i < nnames; i++) {
        out[i] = i < argc ? argv[i] : v_unset();
        for (int k = 0; i >= argc && k < nkw; k++) {
            if (!strcmp(kw->names[k]->s, names[i])) {
                out[i] = kw->vals[k];
                used++;
            }
        }
    }
    for (int i = 0; i < nrequired; i++)
        if (v_is_unset(out[i]))
            exc_raisef(I, I->cls.TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                       names[i], i + 1);
    if (used == nkw)
        return;
    for (int k = 0; k < nkw; k++) {
        int i;
        for (i = 0; i < nnames; i++)
            if (!strcmp(kw->names[k]->s, names[i]))
                break;
        if (i == nnames)
            exc_raisef(I, I->cls.TypeError, "%s() got an unexpected keyword argument '%s'", fname,
                       kw->names[k]->s);
        if (i < argc)
            exc_raisef(I, I->cls.TypeError, "argument for %s() given by name ('%s') and position (%d)",
                       fname, names[i], i + 1);
    }
}

static Value bf_pow(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "base", "exp", "mod" };
    Value a[3];
    bfunc_clinic(I, "pow", argc, argv, kw, 3, names, 2, a);
    return num_pow(I, a[0], a[1], a[2]);
}

static Value bf_round(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "number", "ndigits" };
    Value a[2];
    bfunc_clinic(I, "round", argc, argv, kw, 2, names, 1, a);
    return num_round(I, a[0], a[1]);
}

/* ------------------------------------------------------------------ */
/* min, max, sum, any, all, sorted                                      */
/* ------------------------------------------------------------------ */

static bool better(Interp *I, Value x, Value best, CmpOp op)
{
    if (x.tag == V_INT && best.tag == V_INT)
        return op == CMP_LT ? x.u.i < best.u.i : x.u.i > best.u.i;
    if (x.tag == V_FLOAT && best.tag == V_FLOAT)
        return op == CMP_LT ? x.u.f < best.u.f : x.u.f > best.u.f;
    return obj_cmp_bool(I, x, best, op);
}

/* min()/max(): op CMP_LT for min, CMP_GT for max. */
static Value minmax(Interp *I, const char *name, CmpOp op, int argc, const Value *argv, const KwArgs *kw)
{
    Value key = v_none(), dflt = v_unset();
    for (int i = 0; kw && i < kw->n; i++) {
        const char *n = kw->names[i]->s;
        if (!strcmp(n, "key"))
            key = kw->vals[i];
        else if (!strcmp(n, "default"))
            dflt = kw->vals[i];
        else
            bfunc_bad_kw(I, name, kw->names[i]);
    }
    if (argc == 0)
        exc_raisef(I, I->cls.TypeError, "%s expected at least 1 argument, got 0", name);
    if (argc > 1 && !v_is_unset(dflt))
        exc_raisef(I, I->cls.TypeError,
                   "Cannot specify a default for %s() with multiple positional arguments", name);
    const Value *items = argv;
    int64_t n = argc;
    Value it = v_unset();
    if (argc == 1) {
        Value src = argv[0];
        if (v_is_exact(src, I->cls.list)) {
            items = ((List *)src.u.o)->items;
            n = ((List *)src.u.o)->len;
            if (!v_is_none(key))           /* the key may change the list */
                it = obj_iter(I, src);
        } else if (v_is_exact(src, I->cls.tuple)) {
            items = ((Tuple *)src.u.o)->items;
            n = ((Tuple *)src.u.o)->len;
        } else {
            it = obj_iter(I, src);
        }
    }
    Value best = v_unset(), bestk = v_unset();
    for (int64_t i = 0;; i++) {
        Value x;
        if (!v_is_unset(it)) {
            x = obj_next(I, it);
            if (v_is_unset(x))
                break;
        } else {
            if (i >= n)
                break;
            x = items[i];
        }
        Value k = v_is_none(key) ? x : obj_call1(I, key, x);
        if (v_is_unset(best) || better(I, k, bestk, op)) {
            best = x;
            bestk = k;
        }
    }
    if (v_is_unset(best)) {
        if (!v_is_unset(dflt))
            return dflt;
        exc_raisef(I, I->cls.ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

static Value bf_min(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return minmax(I, "min", CMP_LT, argc, argv, kw);
}

static Value bf_max(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return minmax(I, "max", CMP_GT, argc, argv, kw);
}

/* sum(iterable, /, start=0): left to right, with machine-int and float
 * fast paths that give the same results as the generic additions. */
static Value bf_sum(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Value start = v_unset();
    int nkw = kw ? kw->n : 0;
    if (argc + nkw > 2)
        exc_raisef(I, I->cls.TypeError, "sum() takes at most 2 arguments (%d given)", argc + nkw);
    for (int i = 0; i < nkw; i++) {
        if (strcmp(kw->names[i]->s, "start") != 0)
            bfunc_bad_kw(I, "sum", kw->names[i]);
        start = kw->vals[i];
    }
    if (argc == 0)
        exc_raisef(I, I->cls.TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (argc == 2)
        start = argv[1];
    Value acc = v_is_unset(start) ? v_int(0) : start;
    if (v_is_str(I, acc))
        exc_raisef(I, I->cls.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (v_is_exact(acc, I->cls.bytes))
        exc_raisef(I, I->cls.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    Value it = obj_iter(I, argv[0]);
    for (;;) {
        Value x = obj_next(I, it);
        if (v_is_unset(x))
            break;
        if (acc.tag == V_INT && x.tag == V_INT) {
            int64_t r;
            if (!__builtin_add_overflow(acc.u.i, x.u.i, &r)) {
                acc.u.i = r;
                continue;
            }
        } else if (acc.tag == V_FLOAT && x.tag == V_FLOAT) {
            acc.u.f += x.u.f;
            continue;
        }
        acc = obj_binop(I, OP_ADD, acc, x);
    }
    return acc;
}

static Value bf_any(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "any", argc, kw);
    Value it = obj_iter(I, argv[0]);
    for (;;) {
        Value x = obj_next(I, it);
        if (v_is_unset(x))
            return v_bool(false);
        if (obj_truthy(I, x))
            return v_bool(true);
    }
}

static Value bf_all(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "all", argc, kw);
    Value it = obj_iter(I, argv[0]);
    for (;;) {
        Value x = obj_next(I, it);
        if (v_is_unset(x))
            return v_bool(true);
        if (!obj_truthy(I, x))
            return v_bool(false);
    }
}

/* sorted(iterable, /, *, key=None, reverse=False) */
static Value bf_sorted(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_range(I, "sorted", argc, 1, 1);
    Value key = v_none();
    bool reverse = false;
    for (int i = 0; kw && i < kw->n; i++) {
        const char *n = kw->names[i]->s;
        if (!strcmp(n, "key"))
            key = kw->vals[i];
        else if (!strcmp(n, "reverse"))
            reverse = list_ssize_arg(I, kw->vals[i]) != 0;
        else
            bfunc_bad_kw(I, "sort", kw->names[i]);
    }
    List *l = list_copy_of(I, argv[0]);
    list_sort(I, l, key, reverse);
    return v_obj(l);
}

/* ------------------------------------------------------------------ */
/* isinstance, issubclass                                               */
/* ------------------------------------------------------------------ */

static bool is_class(Interp *I, Value v)
{
    return v.tag == V_OBJ && (v.u.o->cls == I->cls.type || class_is_subclass(v.u.o->cls, I->cls.type));
}

/* A types.UnionType (int | str) stands for the tuple of its __args__, as
 * in CPython's isinstance and issubclass; anything else is itself. */
static Value union_as_tuple(Interp *I, Value info)
{
    if (info.tag != V_OBJ)
        return info;
    Class *c = info.u.o->cls;
    if (!(c->flags & CLS_PYTHON) || strcmp(c->name->s, "UnionType") != 0)
        return info;
    Value mod = dict_get_cstr(I, c->dict, "__module__");
    if (!v_is_str(I, mod) || strcmp(((Str *)mod.u.o)->s, "types") != 0)
        return info;
    Value args = obj_getattr_cstr(I, info, "__args__");
    return v_isa(I, args, I->cls.tuple) ? args : info;
}

/* The engine's older stand-in for a metaclass __instancecheck__, kept for
 * code written before metaclasses existed here: a Python class whose own namespace holds a function
 * `_ormkata_instancecheck(obj)` answers isinstance(obj, cls) itself when
 * obj's class is not a subclass. Django's EmptyQuerySet uses it. */
static bool instancecheck_hook(Interp *I, Value v, Class *k)
{
    if (!(k->flags & CLS_PYTHON))
        return false;
    Value fn = dict_get_str(I, k->dict, str_intern_cstr(I, "_ormkata_instancecheck"));
    return !v_is_unset(fn) && obj_truthy(I, obj_call(I, fn, 1, &v, NULL));
}

/* The __instancecheck__ / __subclasscheck__ of info's class (ABCMeta's, a
 * generic alias's): -1 when info is a class of metaclass type or its
 * class does not define `name` in Python, else what it answers. */
static int meta_check(Interp *I, Value info, const char *name, Value arg)
{
    if (info.tag != V_OBJ || info.u.o->cls == I->cls.type)
        return -1;
    Value fn = class_lookup(I, info.u.o->cls, str_intern_cstr(I, name));
    if (v_is_unset(fn) || class_of(I, fn) == I->cls.builtin_function)
        return -1;
    return obj_truthy(I, obj_call_method_cstr(I, info, name, 1, &arg));
}

/* isinstance(v, info) for a class, a union or a nested tuple of them, item
 * by item in order (CPython's object_recursive_isinstance). */
static bool instance_of(Interp *I, Value v, Value info)
{
    Class *c = class_of(I, v);
    if (info.tag == V_OBJ && (Obj *)c == info.u.o)
        return true;
    info = union_as_tuple(I, info);
    if (v_isa(I, info, I->cls.tuple)) {
        Tuple *t = (Tuple *)info.u.o;
        DepthGuard g;
        list_guard_enter(I, &g, " in __instancecheck__");
        bool r = false;
        for (int64_t i = 0; i < t->len && !r; i++)
            r = instance_of(I, v, t->items[i]);
        list_guard_leave(I, &g);
        return r;
    }
    int m = meta_check(I, info, "__instancecheck__", v);
    if (m >= 0)
        return m;
    if (!is_class(I, info))
        exc_raisef(I, I->cls.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return class_is_subclass(c, (Class *)info.u.o) || instancecheck_hook(I, v, (Class *)info.u.o);
}

/* issubclass(derived, info), the same way (CPython's object_issubclass):
 * derived must be a class only where the plain check applies, not for a
 * __subclasscheck__ (typing.Iterable's takes typing.List). */
static bool subclass_of(Interp *I, Value derived, Value info)
{
    info = union_as_tuple(I, info);
    if (v_isa(I, info, I->cls.tuple)) {
        Tuple *t = (Tuple *)info.u.o;
        DepthGuard g;
        list_guard_enter(I, &g, " in __subclasscheck__");
        bool r = false;
        for (int64_t i = 0; i < t->len && !r; i++)
            r = subclass_of(I, derived, t->items[i]);
        list_guard_leave(I, &g);
        return r;
    }
    int m = meta_check(I, info, "__subclasscheck__", derived);
    if (m >= 0)
        return m;
    if (!is_class(I, derived))
        exc_raisef(I, I->cls.TypeError, "issubclass() arg 1 must be a class");
    if (!is_class(I, info))
        exc_raisef(I, I->cls.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return class_is_subclass((Class *)derived.u.o, (Class *)info.u.o);
}

static Value bf_isinstance(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "isinstance", kw);
    cont_check_range(I, "isinstance", argc, 2, 2);
    return v_bool(instance_of(I, argv[0], argv[1]));
}

static Value bf_issubclass(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "issubclass", kw);
    cont_check_range(I, "issubclass", argc, 2, 2);
    return v_bool(subclass_of(I, argv[0], argv[1]));
}

/* ------------------------------------------------------------------ */
/* The builtins module                                                  */
/* ------------------------------------------------------------------ */

static void set_class(Interp *I, const char *name, Class *c)
{
    if (c)
        module_set(I, I->builtins, name, v_obj(c));
}

/* Put the builtin functions and classes into the builtins module. */
void bfunc_init(Interp *I)
{
    Module *m = I->builtins;
    module_add_fn(I, m, "print", bf_print);
    module_add_fn(I, m, "len", bfunc_len);
    module_add_fn(I, m, "repr", bf_repr);
    module_add_fn(I, m, "hash", bf_hash);
    module_add_fn(I, m, "id", bf_id);
    module_add_fn(I, m, "callable", bf_callable);
    module_add_fn(I, m, "abs", bf_abs);
    module_add_fn(I, m, "divmod", bf_divmod);
    module_add_fn(I, m, "pow", bf_pow);
    module_add_fn(I, m, "round", bf_round);
    module_add_fn(I, m, "min", bf_min);
    module_add_fn(I, m, "max", bf_max);
    module_add_fn(I, m, "sum", bf_sum);
    module_add_fn(I, m, "any", bf_any);
    module_add_fn(I, m, "all", bf_all);
    module_add_fn(I, m, "sorted", bf_sorted);
    module_add_fn(I, m, "isinstance", bf_isinstance);
    module_add_fn(I, m, "issubclass", bf_issubclass);
    bfunc2_init(I);

    set_class(I, "list", I->cls.list);
    set_class(I, "tuple", I->cls.tuple);
    set_class(I, "dict", I->cls.dict);
    set_class(I, "set", I->cls.set);
    set_class(I, "frozenset", I->cls.frozenset);
    set_class(I, "range", I->cls.range);
    set_class(I, "slice", I->cls.slice);
    set_class(I, "enumerate", I->cls.enumerate);
    set_class(I, "zip", I->cls.zip);
    set_class(I, "map", I->cls.map);
    set_class(I, "filter", I->cls.filter);
    set_class(I, "reversed", I->cls.reversed);
    set_class(I, "int", I->cls.int_);
    set_class(I, "float", I->cls.float_);
    set_class(I, "str", I->cls.str);
    set_class(I, "bool", I->cls.bool_);
    set_class(I, "bytes", I->cls.bytes);
    set_class(I, "object", I->cls.object);
    set_class(I, "type", I->cls.type);
    module_set(I, m, "NotImplemented", v_notimpl());
}
