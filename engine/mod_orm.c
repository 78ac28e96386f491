/*
 * mod_orm.c — the native part of the ORM: what kata Python cannot say
 * (creating a class from a name, a base and a namespace, the job of
 * three-argument type() in Django's ModelBase) and the hot loop that
 * turns result rows into model instances: from_rows over rows already
 * read, and execute_instances, which makes each instance as SQLite hands
 * its row over (with no tuple in between), about 0.35 µs a row where the
 * same loop in kata Python costs over 10.
 *
 * Exposed as module "_ormkata_orm"; only engine/py/django/ imports it.
 */
#include "mod_orm.h"

#include <string.h>

#include "db.h"
#include "interp_int.h"
#include "mod_datetime.h"

/* make_class(name, qualname, bases, namespace) -> a new class, built as a
 * class statement would build it (so __init_subclass__ runs); bases is a
 * class or a tuple of classes. */
static Value orm_make_class(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "make_class", argc, kw, 4);
    if (!v_is_str(I, argv[0]) || !v_is_str(I, argv[1]))
        exc_raisef(I, I->cls.TypeError, "make_class(): name and qualname must be str");
    Tuple *bases = argv[2].tag == V_OBJ && class_of(I, argv[2]) == I->cls.tuple ? (Tuple *)argv[2].u.o
                                                                                  : tuple_pack(I, 1, argv[2]);
    Class *meta = NULL;     /* the most derived of the bases' metaclasses (ModelBase) */
    for (int64_t i = 0; i < bases->len; i++) {
        if (!v_is_class(I, bases->items[i]))
            exc_raisef(I, I->cls.TypeError, "make_class(): bases must be classes");
        meta = class_meta_winner(I, meta, (Class *)bases->items[i].u.o);
    }
    if (argv[3].tag != V_OBJ || class_of(I, argv[3]) != I->cls.dict)
        exc_raisef(I, I->cls.TypeError, "make_class(): namespace must be a dict");
    Dict *ns = dict_copy(I, (Dict *)argv[3].u.o);
    /* As a class statement does: the namespace names the class, so the
     * base's __qualname__ is not inherited through the dict. */
    dict_set_str(I, ns, I->names.__qualname__, argv[1]);
    Class *c = class_new_python_bases(I, meta ? meta : I->cls.type, (Str *)argv[0].u.o, (Str *)argv[1].u.o,
                                      bases, ns, NULL);
    return v_obj(c);
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

/* How to make model instances from rows: what from_rows and
 * execute_instances share. Every instance's dict has the same keys in the
 * same order, and so has every state's: each is made from a prototype's
 * tables (dict_new_like) and its values written in place, with no hashing
 * or probing per row. As Django's from_db, which calls the model's
 * __init__: `_state` comes first, and a state's dict is
 * {'adding': False, 'db': 'default'}, led by an empty 'fields_cache' when
 * a foreign key id is not None (its setter looked at the cache). */
typedef struct Maker {
    Class *cls, *scls;
    Tuple *convs;
    ConvKind *kinds;
    int64_t start, n;
    int64_t *fks, nfks;         /* which names are foreign key ids */
    Dict *proto, *sproto, *sproto_cache;
} Maker;

/* Check the arguments (cls, state_cls, names, start, converters, fks) of
 * `fname` and set m up. */
static void maker_init(Interp *I, Maker *m, const char *fname, const Value *a)
{
    if (!v_is_class(I, a[0]) || !v_is_class(I, a[1]))
        exc_raisef(I, I->cls.TypeError, "%s(): cls and state_cls must be classes", fname);
    m->cls = (Class *)a[0].u.o;
    m->scls = (Class *)a[1].u.o;
    if (!(m->cls->flags & CLS_HAS_DICT) || !(m->scls->flags & CLS_HAS_DICT))
        exc_raisef(I, I->cls.TypeError, "%s(): classes must have instance dicts", fname);
    if (class_of(I, a[2]) != I->cls.tuple || a[3].tag != V_INT || class_of(I, a[4]) != I->cls.tuple ||
        class_of(I, a[5]) != I->cls.tuple)
        exc_raisef(I, I->cls.TypeError, "%s(): names must be a tuple, start an int, converters and fks tuples",
                   fname);
    Tuple *names = (Tuple *)a[2].u.o;
    m->convs = (Tuple *)a[4].u.o;
    m->start = a[3].u.i;
    m->n = names->len;
    if (m->convs->len != m->n || m->start < 0)
        exc_raisef(I, I->cls.ValueError, "%s(): one converter per name", fname);
    Tuple *fks = (Tuple *)a[5].u.o;
    m->nfks = fks->len;
    m->fks = interp_alloc(I, sizeof *m->fks * (size_t)(m->nfks ? m->nfks : 1));
    for (int64_t i = 0; i < m->nfks; i++) {
        if (fks->items[i].tag != V_INT || fks->items[i].u.i < 0 || fks->items[i].u.i >= m->n)
            exc_raisef(I, I->cls.ValueError, "%s(): fks must be indexes of names", fname);
        m->fks[i] = fks->items[i].u.i;
    }
    m->kinds = interp_alloc(I, sizeof *m->kinds * (size_t)(m->n ? m->n : 1));
    m->proto = dict_new_sized(I, m->n + 1);
    dict_set_str(I, m->proto, str_intern_cstr(I, "_state"), v_none());
    for (int64_t i = 0; i < m->n; i++) {
        if (!v_is_str(I, names->items[i]))
            exc_raisef(I, I->cls.TypeError, "%s(): names must be str", fname);
        m->kinds[i] = conv_kind(I, m->convs->items[i]);
        dict_set_str(I, m->proto, (Str *)names->items[i].u.o, v_none());
    }
    if (m->proto->len != m->n + 1)
        exc_raisef(I, I->cls.ValueError, "%s(): names must differ from each other and from '_state'", fname);
    Str *adding = str_intern_cstr(I, "adding"), *db = str_intern_cstr(I, "db");
    Value dflt = v_obj(str_intern_cstr(I, "default"));
    m->sproto = dict_new_sized(I, 2);
    dict_set_str(I, m->sproto, adding, v_bool(0));
    dict_set_str(I, m->sproto, db, dflt);
    m->sproto_cache = dict_new_sized(I, 3);
    dict_set_str(I, m->sproto_cache, str_intern_cstr(I, "fields_cache"), v_none());
    dict_set_str(I, m->sproto_cache, adding, v_bool(0));
    dict_set_str(I, m->sproto_cache, db, dflt);
}

/* The instance for one row of ncol values. */
static Value make_instance(Interp *I, const Maker *m, const Value *row, int64_t ncol)
{
    if (ncol < m->start + m->n)
        exc_raisef(I, I->cls.ValueError, "a row of %lld values is too short", (long long)ncol);
    Instance *o = obj_alloc(I, m->cls, m->cls->inst_size);
    Dict *d = o->dict = dict_new_like(I, m->proto);
    for (int64_t i = 0; i < m->n; i++)
        d->entries[i + 1].val = convert(I, m->kinds[i], m->convs->items[i], row[m->start + i]);
    bool cache = false;
    for (int64_t i = 0; i < m->nfks && !cache; i++)
        cache = !v_is_none(d->entries[m->fks[i] + 1].val);
    Instance *st = obj_alloc(I, m->scls, m->scls->inst_size);
    st->dict = dict_new_like(I, cache ? m->sproto_cache : m->sproto);
    if (cache)
        st->dict->entries[0].val = v_obj(dict_new(I));
    d->entries[0].val = v_obj(st);
    return v_obj(o);
}

/* from_rows(cls, state_cls, names, rows, start, converters, fks) -> [instances]
 *
 * Model.from_db for a whole result: for each row, a `cls` instance (no
 * __init__) whose __dict__ maps names[i] to row[start + i] (converted by
 * converters[i]: None, "date", "datetime", "bool" or a callable) after a
 * fresh `state_cls` in `_state` (see Maker); fks: the indexes of the
 * names that are foreign key ids. */
static Value orm_from_rows(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "from_rows", argc, kw, 7);
    if (class_of(I, argv[3]) != I->cls.list)
        exc_raisef(I, I->cls.TypeError, "from_rows(): rows must be a list");
    Value a[6] = { argv[0], argv[1], argv[2], argv[4], argv[5], argv[6] };
    Maker m;
    maker_init(I, &m, "from_rows", a);
    List *rows = (List *)argv[3].u.o;
    List *out = list_new(I, rows->len);
    for (int64_t r = 0; r < rows->len; r++) {
        Value row = rows->items[r];
        if (class_of(I, row) != I->cls.tuple)
            exc_raisef(I, I->cls.TypeError, "from_rows(): rows must be tuples");
        Tuple *t = (Tuple *)row.u.o;
        list_append(I, out, make_instance(I, &m, t->items, t->len));
    }
    return v_obj(out);
}

static Value make_row(Interp *I, void *ctx, const Value *cols, int ncol)
{
    return make_instance(I, ctx, cols, ncol);
}

/* execute_instances(cursor, sql, params, cls, state_cls, names, start,
 * converters, fks) -> cursor
 *
 * cursor.execute(sql, params) whose rows are the instances from_rows would
 * make of them, made as each row is read: the hot path of every model
 * query without select_related, which never needs the rows themselves. */
static Value orm_execute_instances(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "execute_instances", argc, kw, 9);
    Maker m;
    maker_init(I, &m, "execute_instances", argv + 3);
    db_cursor_execute_rows(I, argv[0], v_as_str(I, argv[1], "sql"), argv[2], make_row, &m);
    return argv[0];
}

Module *mod_orm_init(Interp *I)
{
    Module *m = module_new(I, "_ormkata_orm");
    module_add_fn(I, m, "make_class", orm_make_class);
    module_add_fn(I, m, "from_rows", orm_from_rows);
    module_add_fn(I, m, "execute_instances", orm_execute_instances);
    return m;
}
