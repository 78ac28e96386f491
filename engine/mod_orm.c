/*
 * mod_orm.c — the native part of the ORM: what kata Python cannot say
 * (creating a class from a name, a base and a namespace, the job of
 * three-argument type() in Django's ModelBase) and the hot loop that
 * turns result rows into model instances (from_rows: about 1 µs a row
 * where the same loop in kata Python costs over 10).
 *
 * Exposed as module "_ormkata_orm"; only engine/py/django/ imports it.
 */
#include "mod_orm.h"

#include <string.h>

#include "interp_int.h"
#include "mod_datetime.h"

/* make_class(name, qualname, base, namespace) -> a new class, built as a
 * class statement would build it (so __init_subclass__ runs). */
static Value orm_make_class(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "make_class", argc, kw, 4);
    if (!v_is_str(I, argv[0]) || !v_is_str(I, argv[1]))
        exc_raisef(I, I->cls.TypeError, "make_class(): name and qualname must be str");
    if (argv[2].tag != V_OBJ || class_of(I, argv[2]) != I->cls.type)
        exc_raisef(I, I->cls.TypeError, "make_class(): base must be a class");
    if (argv[3].tag != V_OBJ || class_of(I, argv[3]) != I->cls.dict)
        exc_raisef(I, I->cls.TypeError, "make_class(): namespace must be a dict");
    Dict *ns = dict_copy(I, (Dict *)argv[3].u.o);
    /* As a class statement does: the namespace names the class, so the
     * base's __qualname__ is not inherited through the dict. */
    dict_set_str(I, ns, I->names.__qualname__, argv[1]);
    Class *c = class_new_python(I, (Str *)argv[0].u.o, (Str *)argv[1].u.o, (Class *)argv[2].u.o, ns);
    return v_obj(c);
}

/* also_subclass(cls, other): cls counts as a subclass of other too in
 * isinstance/issubclass/except, without other in its MRO: what Django's
 * RelatedObjectDoesNotExist(DoesNotExist, AttributeError) needs of the
 * second base (hasattr()/getattr(default) on an unset relation) where kata
 * Python classes have one base. */
static Value orm_also_subclass(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "also_subclass", argc, kw, 2);
    for (int i = 0; i < 2; i++)
        if (argv[i].tag != V_OBJ || class_of(I, argv[i]) != I->cls.type)
            exc_raisef(I, I->cls.TypeError, "also_subclass(): arguments must be classes");
    ((Class *)argv[0].u.o)->also = (Class *)argv[1].u.o;
    return v_none();
}

/* One column's conversion from what SQLite returns to the field's value. */
typedef enum ConvKind { CONV_NONE, CONV_DATE, CONV_DATETIME, CONV_BOOL, CONV_CALL } ConvKind;

static ConvKind conv_kind(Interp *I, Value c)
{
    if (v_is_none(c))
        return CONV_NONE;
    if (v_is_str(I, c)) {
        const char *s = ((Str *)c.u.o)->s;
        if (!strcmp(s, "date")) return CONV_DATE;
        if (!strcmp(s, "datetime")) return CONV_DATETIME;
        if (!strcmp(s, "bool")) return CONV_BOOL;
        exc_raisef(I, I->cls.ValueError, "from_rows(): unknown converter '%s'", s);
    }
    return CONV_CALL;
}

static Value convert(Interp *I, ConvKind k, Value conv, Value v)
{
    if (k == CONV_NONE || v_is_none(v))
        return v;
    if (k == CONV_CALL)
        return obj_call(I, conv, 1, &v, NULL);
    if (k == CONV_BOOL)
        return v.tag == V_INT ? v_bool(v.u.i != 0) : v;
    if (!v_is_str(I, v))
        return v;
    Str *s = (Str *)v.u.o;
    Value r = dt_parse_iso(I, s->s, (size_t)s->len, k == CONV_DATE ? DT_DATE : DT_DATETIME);
    return v_is_unset(r) ? v_none() : r;
}

/* from_rows(cls, state_cls, names, rows, start, converters) -> [instances]
 *
 * Model.from_db for a whole result: for each row, a `cls` instance (no
 * __init__) whose __dict__ maps names[i] to row[start + i] (converted by
 * converters[i]: None, "date", "datetime", "bool" or a callable), and a
 * fresh `state_cls` in `_state` (adding False, db "default", an empty
 * fields_cache). The hot loop of every model query. */
static Value orm_from_rows(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "from_rows", argc, kw, 6);
    if (argv[0].tag != V_OBJ || class_of(I, argv[0]) != I->cls.type ||
        argv[1].tag != V_OBJ || class_of(I, argv[1]) != I->cls.type)
        exc_raisef(I, I->cls.TypeError, "from_rows(): cls and state_cls must be classes");
    Class *cls = (Class *)argv[0].u.o, *scls = (Class *)argv[1].u.o;
    if (!(cls->flags & CLS_HAS_DICT) || !(scls->flags & CLS_HAS_DICT))
        exc_raisef(I, I->cls.TypeError, "from_rows(): classes must have instance dicts");
    if (class_of(I, argv[2]) != I->cls.tuple || class_of(I, argv[3]) != I->cls.list ||
        argv[4].tag != V_INT || class_of(I, argv[5]) != I->cls.tuple)
        exc_raisef(I, I->cls.TypeError, "from_rows(names: tuple, rows: list, start: int, converters: tuple)");
    Tuple *names = (Tuple *)argv[2].u.o, *convs = (Tuple *)argv[5].u.o;
    List *rows = (List *)argv[3].u.o;
    int64_t start = argv[4].u.i, n = names->len;
    if (convs->len != n || start < 0)
        exc_raisef(I, I->cls.ValueError, "from_rows(): one converter per name");
    ConvKind kinds[64];
    ConvKind *kp = n <= 64 ? kinds : interp_alloc(I, sizeof *kp * (size_t)n);
    for (int64_t i = 0; i < n; i++) {
        if (!v_is_str(I, names->items[i]))
            exc_raisef(I, I->cls.TypeError, "from_rows(): names must be str");
        kp[i] = conv_kind(I, convs->items[i]);
    }
    Str *k_state = str_intern_cstr(I, "_state");
    /* Every instance's dict has the same keys in the same order, and so has
     * every state's: each is made from a prototype's tables (dict_new_like)
     * and its values written in place, with no hashing or probing per row. */
    Dict *proto = dict_new_sized(I, n + 1), *sproto = dict_new_sized(I, 3);
    for (int64_t i = 0; i < n; i++)
        dict_set_str(I, proto, (Str *)names->items[i].u.o, v_none());
    dict_set_str(I, proto, k_state, v_none());
    if (proto->len != n + 1)
        exc_raisef(I, I->cls.ValueError, "from_rows(): names must differ from each other and from '_state'");
    dict_set_str(I, sproto, str_intern_cstr(I, "adding"), v_bool(0));
    dict_set_str(I, sproto, str_intern_cstr(I, "db"), v_obj(str_intern_cstr(I, "default")));
    dict_set_str(I, sproto, str_intern_cstr(I, "fields_cache"), v_none());
    List *out = list_new(I, rows->len);
    for (int64_t r = 0; r < rows->len; r++) {
        Value row = rows->items[r];
        if (class_of(I, row) != I->cls.tuple)
            exc_raisef(I, I->cls.TypeError, "from_rows(): rows must be tuples");
        Tuple *t = (Tuple *)row.u.o;
        if (t->len < start + n)
            exc_raisef(I, I->cls.ValueError, "from_rows(): row %lld is too short", (long long)r);
        Instance *o = obj_alloc(I, cls, cls->inst_size);
        Dict *d = o->dict = dict_new_like(I, proto);
        for (int64_t i = 0; i < n; i++)
            d->entries[i].val = convert(I, kp[i], convs->items[i], t->items[start + i]);
        Instance *st = obj_alloc(I, scls, scls->inst_size);
        st->dict = dict_new_like(I, sproto);
        st->dict->entries[2].val = v_obj(dict_new(I));
        d->entries[n].val = v_obj(st);
        list_append(I, out, v_obj(o));
    }
    return v_obj(out);
}

Module *mod_orm_init(Interp *I)
{
    Module *m = module_new(I, "_ormkata_orm");
    module_add_fn(I, m, "make_class", orm_make_class);
    module_add_fn(I, m, "also_subclass", orm_also_subclass);
    module_add_fn(I, m, "from_rows", orm_from_rows);
    return m;
}
