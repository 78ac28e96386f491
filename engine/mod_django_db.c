/*
 * mod_django_db.c — the `django.db` module as far as raw SQL goes:
 * `connection` (queries, cursor()), Django's debug cursor wrapper over
 * SQLite (execute with %s / %(name)s parameters, executemany, fetch*,
 * description, rowcount, lastrowid, iteration, `with`), reset_queries(),
 * and the exception hierarchy of django.db.utils. Statements go through
 * db.c, so raw SQL is traced like the ORM's.
 */
#include <string.h>

#include "db.h"
#include "exc.h"
#include "interp_int.h"

typedef struct Cursor {
    Obj hdr;
    List *rows;
    int64_t pos;
    Tuple *cols;
    int64_t rowcount;
    Value lastrowid;        /* None until a statement ran */
    bool closed;
} Cursor;

typedef struct DjDbState {
    Class *Connection, *Cursor;
    Value connection;
} DjDbState;

static Cursor *as_cursor(Interp *I, Value v, const char *meth)
{
    Cursor *c = (Cursor *)v.u.o;
    if (c->closed)
        exc_raisef(I, db_exc_class(I, DBE_PROGRAMMING), "Cannot operate on a closed cursor.");
    (void)meth;
    return c;
}

static void set_result(Interp *I, Cursor *c, const DbResult *r)
{
    c->rows = r->rows;
    c->pos = 0;
    c->cols = r->columns;
    c->rowcount = r->rowcount;
    c->lastrowid = int_from_i64(I, r->lastrowid);
}

/* cursor.execute(sql, params=None) */
static Value cur_execute(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "sql", "params" };
    Value a[3];
    args_parse(I, "execute", argc, argv, kw, 3, names, 0, 2, a);
    Cursor *c = as_cursor(I, a[0], "execute");
    Str *sql = v_as_str(I, a[1], "sql");
    DbResult r = { 0 };
    if (v_is_unset(a[2]) || v_is_none(a[2])) {
        db_execute(I, sql->s, NULL, -1, NULL, &r);
    } else if (obj_isinstance(I, a[2], I->cls.dict)) {
        Dict *d = (Dict *)a[2].u.o;
        int n = (int)d->len;
        Value *vals = interp_alloc(I, sizeof(Value) * (size_t)(n + 1));
        Str **nm = interp_alloc(I, sizeof(Str *) * (size_t)(n + 1));
        int64_t pos = 0;
        Value k, v;
        int j = 0;
        while (dict_next(d, &pos, &k, &v)) {
            nm[j] = v_as_str(I, k, "parameter name");
            vals[j++] = v;
        }
        db_execute(I, sql->s, vals, n, nm, &r);
    } else {
        List *l = obj_to_list(I, a[2]);
        db_execute(I, sql->s, l->items, (int)l->len, NULL, &r);
    }
    set_result(I, c, &r);
    return a[0];
}

static Value cur_executemany(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "executemany", argc, kw, 3);
    Cursor *c = as_cursor(I, argv[0], "executemany");
    Str *sql = v_as_str(I, argv[1], "sql");
    DbResult r = { 0 };
    db_execute_many(I, sql->s, argv[2], &r);
    set_result(I, c, &r);
    return argv[0];
}

static Value next_row(Interp *I, Cursor *c)
{
    if (!c->rows || c->pos >= c->rows->len)
        return v_unset();
    return c->rows->items[c->pos++];
}

static Value cur_fetchone(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "fetchone", argc, kw, 1);
    Value r = next_row(I, as_cursor(I, argv[0], "fetchone"));
    return v_is_unset(r) ? v_none() : r;
}

static Value cur_fetchmany(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "size" };
    Value a[2];
    args_parse(I, "fetchmany", argc, argv, kw, 2, names, 0, 1, a);
    Cursor *c = as_cursor(I, a[0], "fetchmany");
    int64_t n = v_is_unset(a[1]) ? 1 : obj_index(I, a[1]);
    List *l = list_new(I, 0);
    for (int64_t i = 0; i < n; i++) {
        Value r = next_row(I, c);
        if (v_is_unset(r))
            break;
        list_append(I, l, r);
    }
    return v_obj(l);
}

static Value cur_fetchall(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "fetchall", argc, kw, 1);
    Cursor *c = as_cursor(I, argv[0], "fetchall");
    List *l = list_new(I, 0);
    for (Value r; !v_is_unset(r = next_row(I, c));)
        list_append(I, l, r);
    return v_obj(l);
}

static Value cur_close(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    ((Cursor *)argv[0].u.o)->closed = true;
    return v_none();
}

static Value cur_enter(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return argv[0];
}

static Value cur_exit(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    ((Cursor *)argv[0].u.o)->closed = true;
    return v_none();
}

static Value cur_description(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Cursor *c = (Cursor *)argv[0].u.o;
    if (!c->cols || c->cols->len == 0)
        return v_none();
    Tuple *d = tuple_new(I, c->cols->len);
    for (int64_t i = 0; i < c->cols->len; i++)
        d->items[i] = v_obj(tuple_pack(I, 7, c->cols->items[i], v_none(), v_none(), v_none(), v_none(),
                                       v_none(), v_none()));
    return v_obj(d);
}

static Value cur_rowcount(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return int_from_i64(I, ((Cursor *)argv[0].u.o)->rowcount);
}

static Value cur_lastrowid(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return ((Cursor *)argv[0].u.o)->lastrowid;
}

static Value cursor_iter(Interp *I, Value self)
{
    as_cursor(I, self, "__iter__");
    return self;
}

static Value cursor_next(Interp *I, Value self)
{
    return next_row(I, as_cursor(I, self, "__next__"));
}

static const TypeOps cursor_ops = { .iter = cursor_iter, .next = cursor_next };


static Value conn_cursor(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "cursor", argc, kw, 1);
    Class *cls = ((Obj *)argv[0].u.o)->cls->ext;
    Cursor *c = obj_alloc(I, cls, sizeof(Cursor));
    c->rowcount = -1;
    c->lastrowid = v_none();
    c->cols = tuple_new(I, 0);
    return v_obj(c);
}

/* connection.queries: [{'sql': ..., 'time': '0.000'}, ...] */
static Value conn_queries(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    size_t n = db_trace_count(I);
    List *l = list_new(I, (int64_t)n);
    for (size_t i = 0; i < n; i++) {
        const DbQuery *q = db_trace_get(I, i);
        Dict *d = dict_new(I);
        dict_set_cstr(I, d, "sql", v_obj(q->sql));
        dict_set_cstr(I, d, "time", v_obj(str_fmt(I, "%.3f", q->ms / 1000.0)));
        list_append(I, l, v_obj(d));
    }
    return v_obj(l);
}

static Value conn_vendor(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return str_value(I, "sqlite");
}

static Value fn_reset_queries(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "reset_queries", argc, kw, 0);
    db_trace_reset(I);
    return v_none();
}

static void add_exceptions(Interp *I, Module *m)
{
    static const char *const names[DBE__COUNT] = {
        [DBE_ERROR] = "Error", [DBE_INTERFACE] = "InterfaceError", [DBE_DATABASE] = "DatabaseError",
        [DBE_DATA] = "DataError", [DBE_OPERATIONAL] = "OperationalError",
        [DBE_INTEGRITY] = "IntegrityError", [DBE_INTERNAL] = "InternalError",
        [DBE_PROGRAMMING] = "ProgrammingError", [DBE_NOT_SUPPORTED] = "NotSupportedError",
    };
    for (int i = 0; i < DBE__COUNT; i++)
        module_set(I, m, names[i], v_obj(db_exc_class(I, (DbErr)i)));
}

Module *mod_django_db_utils_init(Interp *I)
{
    Module *m = module_new(I, "django.db.utils");
    add_exceptions(I, m);
    return m;
}

/* Build django.db: connection, reset_queries and the exceptions. */
Module *mod_django_db_init(Interp *I)
{
    Module *m = module_new(I, "django.db");
    DjDbState *st = interp_alloc(I, sizeof *st);
    st->Cursor = class_new_native(I, "CursorDebugWrapper", "django.db.backends.utils", NULL,
                                  &cursor_ops, sizeof(Cursor), 0);
    class_add_method(I, st->Cursor, "execute", cur_execute);
    class_add_method(I, st->Cursor, "executemany", cur_executemany);
    class_add_method(I, st->Cursor, "fetchone", cur_fetchone);
    class_add_method(I, st->Cursor, "fetchmany", cur_fetchmany);
    class_add_method(I, st->Cursor, "fetchall", cur_fetchall);
    class_add_method(I, st->Cursor, "close", cur_close);
    class_add_method(I, st->Cursor, "__enter__", cur_enter);
    class_add_method(I, st->Cursor, "__exit__", cur_exit);
    class_add_getter(I, st->Cursor, "description", cur_description);
    class_add_getter(I, st->Cursor, "rowcount", cur_rowcount);
    class_add_getter(I, st->Cursor, "lastrowid", cur_lastrowid);

    st->Connection = class_new_native(I, "DatabaseWrapper", "django.db.backends.sqlite3.base", NULL,
                                      NULL, sizeof(Obj), 0);
    st->Connection->ext = st->Cursor;
    class_add_method(I, st->Connection, "cursor", conn_cursor);
    class_add_getter(I, st->Connection, "queries", conn_queries);
    class_add_getter(I, st->Connection, "vendor", conn_vendor);
    st->connection = v_obj(obj_alloc(I, st->Connection, sizeof(Obj)));
    module_set(I, m, "connection", st->connection);
    module_add_fn(I, m, "reset_queries", fn_reset_queries);
    add_exceptions(I, m);
    return m;
}
