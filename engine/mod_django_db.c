/*
 * mod_django_db.c — the `django.db` module as far as raw SQL goes:
 * `connection` (queries, cursor()), Django's debug cursor wrapper over
 * SQLite (execute with %s / %(name)s parameters, executemany, fetch*,
 * description, rowcount, lastrowid, iteration, `with`), reset_queries(),
 * and the exception hierarchy of django.db.utils. Statements go through
 * db.c, so raw SQL is traced like the ORM's.
 */
#include <stdio.h>
#include <string.h>

#include "db.h"
#include "db_hash.h"
#include "exc.h"
#include "interp_int.h"

typedef struct Cursor {
    Obj hdr;
    List *rows;
    int64_t pos;
    Tuple *cols;
    int64_t rowcount;
    Value lastrowid;        /* None until a statement ran */
    Dict *conn;             /* its connection's instance dict (transaction state) */
    Value connection;       /* the connection itself (an execute wrapper's context) */
    Value arraysize;        /* what `cursor.arraysize = n` set on the wrapper; None until then */
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

/* Parameters as CursorDebugWrapper.execute hands them to SQLite: None
 * (n < 0), a sequence (names NULL) or a mapping (one name per value). */
typedef struct Params {
    Value *vals;
    Str **names;
    int n;
} Params;

static Params parse_params(Interp *I, Value params)
{
    Params p = { NULL, NULL, -1 };
    if (v_is_unset(params) || v_is_none(params))
        return p;
    if (obj_isinstance(I, params, I->cls.dict)) {
        Dict *d = (Dict *)params.u.o;
        p.n = (int)d->len;
        p.vals = interp_alloc(I, sizeof(Value) * (size_t)(p.n + 1));
        p.names = interp_alloc(I, sizeof(Str *) * (size_t)(p.n + 1));
        int64_t pos = 0;
        Value k, v;
        int j = 0;
        while (dict_next(d, &pos, &k, &v)) {
            p.names[j] = v_as_str(I, k, "parameter name");
            p.vals[j++] = v;
        }
        return p;
    }
    List *l = obj_to_list(I, params);
    p.vals = l->items;
    p.n = (int)l->len;
    return p;
}

/* What BaseDatabaseWrapper and Python's sqlite3 do before a statement:
 * refuse it when the atomic block is broken (needs_rollback: the statement
 * is still logged, as Django's debug wrapper logs it, then
 * TransactionManagementError is raised from rollback_exc); in manual
 * transaction mode (set_autocommit(False)) open a transaction, unlogged,
 * before an INSERT/UPDATE/DELETE/REPLACE as sqlite3's legacy mode does. */
static void before_statement(Interp *I, Dict *d, const char *sql, const Params *p, Value args)
{
    if (!d)
        return;
    Value nr = dict_get_cstr(I, d, "needs_rollback");
    if (!v_is_unset(nr) && obj_truthy(I, nr)) {
        db_trace_only(I, sql, p->vals, p->n, p->names, args, true);
        Value cls = dict_get_cstr(I, d, "_TransactionManagementError");
        Class *c = v_is_unset(cls) ? db_exc_class(I, DBE_PROGRAMMING) : (Class *)cls.u.o;
        Value e = exc_new_msg(I, c, "An error occurred in the current transaction. You can't execute queries "
                                    "until the end of the 'atomic' block.");
        Value cause = dict_get_cstr(I, d, "rollback_exc");
        ExcObj *eo = (ExcObj *)e.u.o;
        eo->cause = v_is_unset(cause) ? v_none() : cause;
        eo->suppress_context = true;
        exc_raise(I, e);
    }
    Value ac = dict_get_cstr(I, d, "autocommit");
    if (!v_is_unset(ac) && !obj_truthy(I, ac)) {
        DbKind k = db_kind_of(sql);
        if ((k == DB_INSERT || k == DB_UPDATE || k == DB_DELETE) && !db_in_transaction(I))
            db_untraced_execute(I, "BEGIN", NULL, 0, NULL);
    }
}

/* What a statement is logged as when an execute wrapper ran other SQL or
 * parameters than the cursor was given (Django's debug cursor logs around
 * the wrappers); sql NULL: as it ran. */
typedef struct LoggedAs {
    Str *sql;
    Value params;
} LoggedAs;

/* Run `sql` with Python params (None/unset, a sequence or a mapping) the
 * way CursorDebugWrapper.execute passes them to SQLite (and logs them:
 * params as given, None when left out). */
static void exec_one(Interp *I, Dict *conn, Str *sql, Value params, DbResult *r, const LoggedAs *as)
{
    Params p = parse_params(I, params);
    Value args = v_is_unset(params) ? v_none() : params;
    before_statement(I, conn, sql->s, &p, args);
    if (as && as->sql) {
        Params o = parse_params(I, as->params);
        db_log_next_as(I, as->sql->s, o.vals, o.n, o.names, as->params);
    }
    db_execute(I, sql->s, p.vals, p.n, p.names, args, r);
}

/* executemany(sql, param_list), logged as Django's "N times: sql". */
static void exec_many(Interp *I, Dict *conn, Str *sql, Value param_seq, DbResult *r, const LoggedAs *as)
{
    Params none = { NULL, NULL, -1 };
    before_statement(I, conn, sql->s, &none, param_seq);
    if (as && as->sql)
        db_log_next_as(I, as->sql->s, NULL, -1, NULL, as->params);
    db_execute_many(I, sql->s, param_seq, r);
}

/* ---- connection.execute_wrapper(): Django's database instrumentation.
 * While wrappers are installed (connection.execute_wrappers, outermost
 * first), each statement a cursor runs is handed to them as Django's
 * CursorWrapper._execute_with_wrappers does: wrappers[0](executor, sql,
 * params, many, context), its executor calling wrappers[1] and so on, the
 * last calling the real execution. A wrapper may change the SQL or the
 * parameters, or not call on at all (Django's "blocker"): the statement
 * is still logged, as Django's debug cursor logs it around the wrappers. */

typedef struct ExecCall {
    Obj hdr;
    Dict *conn;
    DbResult *r;            /* where the statement's rows go (the caller's, while it runs) */
    Str *sql;               /* what the cursor was given: the log shows it */
    Value params;
    bool ran;
} ExecCall;

typedef struct ExecLink {
    Obj hdr;
    Value wrapper, next;
} ExecLink;

static Class *exec_call_cls, *exec_link_cls;

/* executor(sql, params, many, context): run it for real */
static Value exec_call_call(Interp *I, Value self, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "sql", "params", "many", "context" };
    Value a[4];
    args_parse(I, "execute", argc, argv, kw, 4, names, 2, 4, a);
    ExecCall *ec = (ExecCall *)self.u.o;
    Str *sql = v_as_str(I, a[0], "sql");
    Value params = v_is_unset(a[1]) ? v_none() : a[1];
    DbResult fresh = { 0 };
    DbResult *r = ec->r ? ec->r : &fresh;
    LoggedAs as = { NULL, v_none() };
    if (ec->r && (sql != ec->sql || !v_is(params, ec->params)))
        as = (LoggedAs){ ec->sql, ec->params };
    if (!v_is_unset(a[2]) && obj_truthy(I, a[2]))
        exec_many(I, ec->conn, sql, params, r, &as);
    else
        exec_one(I, ec->conn, sql, params, r, &as);
    ec->ran = true;
    return v_none();
}

/* partial(wrapper, next)(sql, params, many, context) */
static Value exec_link_call(Interp *I, Value self, int argc, const Value *argv, const KwArgs *kw)
{
    ExecLink *l = (ExecLink *)self.u.o;
    Value *args = interp_alloc(I, sizeof(Value) * (size_t)(argc + 1));
    args[0] = l->next;
    for (int i = 0; i < argc; i++)
        args[i + 1] = argv[i];
    return obj_call(I, l->wrapper, argc + 1, args, kw);
}

static const TypeOps exec_call_ops = { .call = exec_call_call };
static const TypeOps exec_link_ops = { .call = exec_link_call };

static List *installed_wrappers(Interp *I, Dict *conn)
{
    Value w = conn ? dict_get_cstr(I, conn, "execute_wrappers") : v_unset();
    if (w.tag != V_OBJ || w.u.o->cls != I->cls.list || ((List *)w.u.o)->len == 0)
        return NULL;
    return (List *)w.u.o;
}

/* Run the cursor's statement (execute, or executemany when `many`) into
 * *r: through the installed wrappers, or straight when there are none. */
static void exec_on(Interp *I, Value cursor, Str *sql, Value params, bool many, DbResult *r)
{
    Cursor *c = (Cursor *)cursor.u.o;
    List *wrappers = installed_wrappers(I, c->conn);
    if (!wrappers) {
        if (many)
            exec_many(I, c->conn, sql, params, r, NULL);
        else
            exec_one(I, c->conn, sql, params, r, NULL);
        return;
    }
    ExecCall *ec = obj_alloc(I, exec_call_cls, sizeof *ec);
    ec->conn = c->conn;
    ec->r = r;
    ec->sql = sql;
    ec->params = v_is_unset(params) ? v_none() : params;
    Value next = v_obj(ec);
    /* a copy: a wrapper that installs another does not change this chain */
    for (int64_t i = wrappers->len - 1; i >= 0; i--) {
        ExecLink *l = obj_alloc(I, exec_link_cls, sizeof *l);
        l->wrapper = wrappers->items[i];
        l->next = next;
        next = v_obj(l);
    }
    Dict *context = dict_new(I);
    dict_set_cstr(I, context, "connection", c->connection);
    dict_set_cstr(I, context, "cursor", cursor);
    Value args[4] = { v_obj(sql), ec->params, v_bool(many), v_obj(context) };
    volatile bool raised = false;
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        obj_call(I, next, 4, args, NULL);
        exc_pop(I, &ef);
    } else {
        raised = true;
    }
    ec->r = NULL;           /* an executor kept and called later runs on its own */
    if (!ec->ran) {         /* a wrapper did not call on: logged all the same */
        Params p = many ? (Params){ NULL, NULL, -1 } : parse_params(I, params);
        db_trace_only(I, sql->s, p.vals, p.n, p.names, ec->params, raised);
    }
    if (raised)
        exc_reraise(I);
}

/* connection.execute_wrapper(wrapper): a context manager installing it */
typedef struct WrapperCM {
    Obj hdr;
    Dict *conn;
    Value wrapper;
} WrapperCM;

static Class *wrapper_cm_cls;

static Value conn_execute_wrapper(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "execute_wrapper", argc, kw, 2);
    WrapperCM *cm = obj_alloc(I, wrapper_cm_cls, sizeof *cm);
    cm->conn = ((Instance *)argv[0].u.o)->dict;
    cm->wrapper = argv[1];
    return v_obj(cm);
}

static Value wrapper_cm_enter(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__enter__", argc, kw, 1);
    WrapperCM *cm = (WrapperCM *)argv[0].u.o;
    Value w = dict_get_cstr(I, cm->conn, "execute_wrappers");
    if (w.tag == V_OBJ && w.u.o->cls == I->cls.list)
        list_append(I, (List *)w.u.o, cm->wrapper);
    return v_none();
}

static Value wrapper_cm_exit(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    (void)kw;
    (void)argc;
    WrapperCM *cm = (WrapperCM *)argv[0].u.o;
    Value w = dict_get_cstr(I, cm->conn, "execute_wrappers");
    if (w.tag == V_OBJ && w.u.o->cls == I->cls.list && ((List *)w.u.o)->len > 0)
        ((List *)w.u.o)->len--;     /* Django's finally: execute_wrappers.pop() */
    return v_bool(false);
}

/* cursor.execute(sql, params=None) */
static Value cur_execute(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "sql", "params" };
    Value a[3];
    args_parse(I, "execute", argc, argv, kw, 3, names, 0, 2, a);
    Cursor *raw = (Cursor *)a[0].u.o;
    Str *sql = v_as_str(I, a[1], "sql");
    if (raw->closed) {
        /* Django's debug wrapper logs the statement, then sqlite3 refuses it. */
        Params p = parse_params(I, a[2]);
        db_trace_only(I, sql->s, p.vals, p.n, p.names, v_is_unset(a[2]) ? v_none() : a[2], true);
    }
    Cursor *c = as_cursor(I, a[0], "execute");
    DbResult r = { 0 };
    exec_on(I, a[0], sql, a[2], false, &r);
    set_result(I, c, &r);
    return a[0];
}

void db_cursor_execute_rows(Interp *I, Value cursor, Str *sql, Value params, DbRowFn fn, void *ctx)
{
    Cursor *c = as_cursor(I, cursor, "execute");
    /* the ORM's params are a tuple in Django's compilers (it shows in the log) */
    if (db_sql_logger_on(I) && params.tag == V_OBJ && params.u.o->cls == I->cls.list) {
        List *l = (List *)params.u.o;
        Tuple *t = tuple_new(I, l->len);
        for (int64_t i = 0; i < l->len; i++)
            t->items[i] = l->items[i];
        params = v_obj(t);
    }
    DbResult r = { 0 };
    r.row_fn = fn;
    r.row_ctx = ctx;
    exec_on(I, cursor, sql, params, false, &r);
    set_result(I, c, &r);
}

static Value cur_executemany(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "executemany", argc, kw, 3);
    Cursor *c = as_cursor(I, argv[0], "executemany");
    Str *sql = v_as_str(I, argv[1], "sql");
    DbResult r = { 0 };
    exec_on(I, argv[0], sql, argv[2], true, &r);
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

/* sqlite3.Cursor.arraysize: the rows fetchmany() returns without a size,
 * sqlite3's default 1. Django's CursorWrapper has no __setattr__, so
 * `cursor.arraysize = n` sets an attribute of the wrapper: it reads back,
 * but fetchmany() (handed to the SQLite cursor) still returns one row. */
static Value cur_arraysize(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Value v = ((Cursor *)argv[0].u.o)->arraysize;
    return v_is_none(v) ? v_int(1) : v;
}

static Value cur_set_arraysize(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "arraysize", argc, kw, 2);
    ((Cursor *)argv[0].u.o)->arraysize = argv[1];
    return v_none();
}

static Value cur_lastrowid(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return ((Cursor *)argv[0].u.o)->lastrowid;
}

/* CursorWrapper.__getattr__ hands anything else to the SQLite cursor it
 * wraps, so a missing attribute is reported on that class. */
static Value cur_getattr(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__getattr__", argc, kw, 2);
    Str *name = v_as_str(I, argv[1], "attribute name");
    exc_raisef(I, I->cls.AttributeError, "'SQLiteCursorWrapper' object has no attribute '%s'", name->s);
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
    c->arraysize = v_none();
    c->cols = tuple_new(I, 0);
    c->conn = ((Instance *)argv[0].u.o)->dict;
    c->connection = argv[0];
    return v_obj(c);
}

/* connection._record(sql): log a statement Django logs without sending it
 * (see db_trace_only). BEGIN, COMMIT and ROLLBACK are logged as
 * debug_transaction logs them (no params), anything else (the schema
 * editor's PRAGMAs) as cursor.execute(sql) would be. */
static Value conn_record(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "_record", argc, kw, 2);
    const char *sql = v_as_str(I, argv[1], "sql")->s;
    bool txn = !strcmp(sql, "BEGIN") || !strcmp(sql, "COMMIT") || !strcmp(sql, "ROLLBACK");
    db_trace_only(I, sql, NULL, -1, NULL, txn ? v_unset() : v_none(), false);
    return v_none();
}

/* connection._transaction(sql): the COMMIT or ROLLBACK of
 * BaseDatabaseWrapper._commit/_rollback, run as cursor.execute(sql) runs
 * it but logged as debug_transaction logs it (no params). */
static Value conn_transaction(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "_transaction", argc, kw, 2);
    Str *sql = v_as_str(I, argv[1], "sql");
    Params none = { NULL, NULL, -1 };
    before_statement(I, ((Instance *)argv[0].u.o)->dict, sql->s, &none, v_unset());
    db_execute(I, sql->s, NULL, -1, NULL, v_unset(), NULL);
    return v_none();
}

/* connection._log_sql(fn): the logging module's hook (fn or None), see
 * db_set_sql_logger. */
static Value conn_log_sql(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "_log_sql", argc, kw, 2);
    db_set_sql_logger(I, argv[1]);
    return v_none();
}

/* connection._untraced(sql): run one of the few statements the library
 * runs past the sandbox's authorizer: sqlite3's implicit COMMIT when
 * autocommit comes back on (unlogged), and the schema editor's
 * foreign_keys switch (the caller logs it). Anything else is refused, so
 * learner code cannot use this to leave the sandbox. */
static Value conn_untraced(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const allowed[] = { "COMMIT", "PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys = ON" };
    args_exact(I, "_untraced", argc, kw, 2);
    Str *sql = v_as_str(I, argv[1], "sql");
    for (size_t i = 0; i < sizeof allowed / sizeof *allowed; i++)
        if (!strcmp(sql->s, allowed[i])) {
            db_untraced_execute(I, sql->s, NULL, 0, NULL);
            return v_none();
        }
    exc_raisef(I, db_exc_class(I, DBE_DATABASE), "not authorized: _untraced() runs only the library's own statements");
}

/* connection.schema_editor(collect_sql=False, atomic=True):
 * django.db.models.schema.SchemaEditor over this connection. */
static Value conn_schema_editor(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Module *m = interp_import(I, str_from_cstr(I, "django.db.models.schema"));
    Value cls = obj_getattr_cstr(I, v_obj(m), "SchemaEditor");
    return obj_call(I, cls, argc, argv, kw);
}

/* connection.features / .introspection / .ops: one object per
 * connection, made on first use from the Python class `cls` of `module`
 * and kept in the connection's dict under `key`. */
static Value conn_backend_part(Interp *I, Value self, const char *key, const char *module, const char *cls)
{
    Dict *d = ((Instance *)self.u.o)->dict;
    Value v = dict_get_cstr(I, d, key);
    if (!v_is_unset(v))
        return v;
    Module *m = interp_import(I, str_from_cstr(I, module));
    Value c = obj_getattr_cstr(I, v_obj(m), cls);
    v = obj_call(I, c, 1, &self, NULL);
    dict_set_cstr(I, d, key, v);
    return v;
}

static Value conn_features(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return conn_backend_part(I, argv[0], "_features", "django.db.backends.sqlite3.features",
                             "DatabaseFeatures");
}

static Value conn_introspection(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return conn_backend_part(I, argv[0], "_introspection", "django.db.backends.sqlite3.introspection",
                             "DatabaseIntrospection");
}

/* connection.ops / connection.settings_dict (DatabaseOperations, and the
 * DATABASES entry), from django/db/backends/sqlite3/operations.py. */
static Value conn_ops(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return conn_backend_part(I, argv[0], "_ops", "django.db.backends.sqlite3.operations", "DatabaseOperations");
}

static Value conn_settings_dict(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return conn_backend_part(I, argv[0], "_settings_dict", "django.db.backends.sqlite3.operations",
                             "settings_dict");
}

/* connection.in_transaction: SQLite has a transaction open (sqlite3's
 * Connection.in_transaction). */
static Value conn_in_transaction(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_bool(db_in_transaction(I));
}

/* Python's re `[\w\-]+` fullmatch without "--" (Query.explain's check on
 * option names); bytes >= 0x80 count as word characters. */
static bool explain_option_ok(const Str *s)
{
    if (s->len == 0 || strstr(s->s, "--"))
        return false;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->s[i];
        if (!(c >= 0x80 || c == '_' || c == '-' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
              (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

/* connection._explain(sql, params, format=None, options=None): what
 * QuerySet.explain() returns on SQLite. Checks the option names, the
 * format (SQLite supports none) and that no option is left, as Django does
 * in that order; then runs "EXPLAIN QUERY PLAN <sql>" (traced, and
 * through the installed execute wrappers) and joins
 * each row's columns with spaces and the rows with newlines. sql None is
 * a query that cannot match (none()): nothing runs, the result is "". */
static Value conn_explain(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "sql", "params", "format", "options" };
    Value a[5];
    args_parse(I, "_explain", argc, argv, kw, 5, names, 0, 3, a);
    Dict *opts = NULL;
    if (!v_is_unset(a[4]) && !v_is_none(a[4]))
        opts = (Dict *)a[4].u.o;
    int64_t pos = 0;
    Value k, v;
    List *keys = list_new(I, 0);
    while (opts && dict_next(opts, &pos, &k, &v)) {
        Str *name = v_as_str(I, k, "option name");
        if (!explain_option_ok(name))
            exc_raisef(I, I->cls.ValueError, "Invalid option name: %s.", obj_repr(I, k)->s);
        list_append(I, keys, k);
    }
    if (v_is_unset(a[1]) || v_is_none(a[1]))
        return str_value(I, "");
    Value fmt = v_is_unset(a[3]) ? v_none() : a[3];
    if (obj_truthy(I, fmt)) {
        Str *f = v_as_str(I, fmt, "format");
        StrBuf sb;
        sb_init(&sb, I);
        for (int64_t i = 0; i < f->len; i++) {
            char c = f->s[i];
            sb_addc(&sb, c >= 'a' && c <= 'z' ? (char)(c - 32) : c);
        }
        exc_raisef(I, I->cls.ValueError, "%s is not a recognized format. SQLite does not support any formats.",
                   sb_finish(&sb)->s);
    }
    if (keys->len) {
        list_sort(I, keys, v_none(), false);
        StrBuf sb;
        sb_init(&sb, I);
        for (int64_t i = 0; i < keys->len; i++) {
            if (i)
                sb_adds(&sb, ", ");
            sb_addstr(&sb, (Str *)keys->items[i].u.o);
        }
        exc_raisef(I, I->cls.ValueError, "Unknown options: %s", sb_finish(&sb)->s);
    }
    Str *sql = str_fmt(I, "EXPLAIN QUERY PLAN %s", v_as_str(I, a[1], "sql")->s);
    DbResult r = { 0 };
    /* on a cursor of its own, as Django's explain does: the execute
     * wrappers see it with that cursor in their context */
    exec_on(I, conn_cursor(I, 1, &a[0], NULL), sql, v_is_unset(a[2]) ? v_none() : a[2], false, &r);
    StrBuf sb;
    sb_init(&sb, I);
    for (int64_t i = 0; i < r.rows->len; i++) {
        Tuple *row = (Tuple *)r.rows->items[i].u.o;
        if (i)
            sb_addc(&sb, '\n');
        for (int64_t j = 0; j < row->len; j++) {
            if (j)
                sb_addc(&sb, ' ');
            sb_addstr(&sb, obj_str(I, row->items[j]));
        }
    }
    return v_obj(sb_finish(&sb));
}

/* ------------------------------------------------------------------ */
/* run_interleaved: two requests, switching at every SQL statement       */
/* ------------------------------------------------------------------ */

/* The scheduler's state while connection._run_interleaved runs. */
typedef struct IlRun {
    Interp *I;
    Instance *conn;
    Dict *main_state;       /* the connection's state before; restored after */
    InterpOutput out;       /* the program's real output */
    long shown[2];          /* output at statement positions <= shown[s] was written */
    int cur;
} IlRun;

/* Output of a run: what a side prints before the point its previous run
 * reached was printed then; only the new part is written. */
static void il_write(void *ctx, const char *s, size_t n)
{
    IlRun *r = ctx;
    if ((long)db_interleave_pos(r->I) > r->shown[r->cur] && r->out.write)
        r->out.write(r->out.ctx, s, n);
}

static void il_cleanup(void *arg)
{
    IlRun *r = arg;
    r->conn->dict = r->main_state;
    r->I->out = r->out;
    db_interleave_end(r->I);
}

/* Call fn(): true when it finished (returned, *got its value, or raised
 * anything but the switch, *got the exception); false when the scheduler
 * switched away from it. */
static bool il_call(Interp *I, Value fn, Class *sw, Value *got)
{
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        *got = obj_call0(I, fn);
        exc_pop(I, &ef);
        return true;
    }
    *got = I->exc;
    bool finished = !exc_matches(I, I->exc, sw);
    exc_clear(I);
    return finished;
}

/* A fresh copy of the connection's state for one run (its lists too). */
static Dict *il_state(Interp *I, Dict *d)
{
    Dict *c = dict_copy(I, d);
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (v.tag == V_OBJ && class_of(I, v) == I->cls.list)
            dict_set(I, c, k, v_obj(obj_to_list(I, v)));
    return c;
}

/* connection._run_interleaved(fn_a, fn_b, order="ab"): run fn_a() and
 * fn_b() as two concurrent requests would, each on its own connection to
 * one shared database, switching at every SQL statement. `order` says
 * which side runs each next statement ('a'/'b', then alternating); a side
 * that is done, or waits for the other's lock, yields its turn. A lock
 * wait both sides are in ends as SQLite ends it: "database is locked" for
 * the side that waited first. Returns (result_a, result_b); a side that
 * raised gives its exception instance. The functions should change
 * nothing but the database (each is re-run up to its next statement). */
static Value conn_run_interleaved(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "fn_a", "fn_b", "order" };
    Value a[4];
    args_parse(I, "_run_interleaved", argc, argv, kw, 4, names, 0, 3, a);
    const char *order = v_is_unset(a[3]) || v_is_none(a[3]) ? "ab" : v_as_str(I, a[3], "order")->s;
    for (const char *p = order; *p; p++)
        if (*p != 'a' && *p != 'b')
            exc_raisef(I, I->cls.ValueError, "order must be a string of 'a' and 'b'");
    Value fns[2] = { a[1], a[2] };
    Value switch_v = dict_get_cstr(I, ((Instance *)a[0].u.o)->dict, "_InterleaveSwitch");
    Class *sw = v_is_unset(switch_v) ? NULL : (Class *)switch_v.u.o;
    if (!sw) {
        sw = class_new_native(I, "InterleaveSwitch", "django.db", I->cls.BaseException, NULL, 0,
                              CLS_BASETYPE | CLS_EXCEPTION | CLS_HAS_DICT);
        dict_set_cstr(I, ((Instance *)a[0].u.o)->dict, "_InterleaveSwitch", v_obj(sw));
    }
    IlRun *r = interp_alloc(I, sizeof *r);
    r->I = I;
    r->conn = (Instance *)a[0].u.o;
    r->main_state = r->conn->dict;
    r->out = I->out;
    r->shown[0] = r->shown[1] = -1;
    db_interleave_begin(I, sw);
    Cleanup cl;
    exc_cleanup_push(I, &cl, il_cleanup, r);
    I->out.write = il_write;
    I->out.ctx = r;

    Value result[2] = { v_none(), v_none() };
    bool done[2] = { false, false }, blocked[2] = { false, false };
    int blocked_since[2] = { 0, 0 }, step = 0, last = 1;
    size_t oi = 0;
    bool fail_busy[2] = { false, false };
    while (!done[0] || !done[1]) {
        int s;
        if (order[oi])
            s = order[oi] == 'a' ? 0 : 1;
        else
            s = 1 - last;
        if (done[s] || (blocked[s] && !blocked[1 - s] && !done[1 - s]))
            s = 1 - s;
        if (blocked[s] && (blocked[1 - s] || done[1 - s])) {
            /* Nobody can release the lock it waits for: SQLite's busy
             * timeout expires for the side that has waited longest. */
            int w = done[1 - s] || blocked_since[s] <= blocked_since[1 - s] ? s : 1 - s;
            s = w;
            fail_busy[s] = true;
        }
        r->cur = s;
        r->conn->dict = il_state(I, r->main_state);
        db_interleave_select(I, s, fail_busy[s]);
        Value got;
        bool finished = il_call(I, fns[s], sw, &got);
        bool progressed, is_blocked;
        size_t pos;
        db_interleave_status(I, s, &progressed, &is_blocked, &pos);
        if ((long)pos - 1 > r->shown[s])
            r->shown[s] = (long)pos - 1;
        if (finished) {
            done[s] = true;
            result[s] = got;
        }
        if (is_blocked && !finished) {
            if (!blocked[s])
                blocked_since[s] = step;
            blocked[s] = true;
        } else {
            blocked[s] = false;
            fail_busy[s] = false;
        }
        if (progressed || finished) {
            blocked[1 - s] = false;     /* the other side may get its lock now */
            if (order[oi])
                oi++;
            last = s;
        }
        step++;
    }
    exc_cleanup_pop(I, &cl, true);
    return v_obj(tuple_pack(I, 2, result[0], result[1]));
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

static Value conn_repr(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    (void)argc, (void)argv, (void)kw;
    return str_value(I, "<DatabaseWrapper vendor='sqlite' alias='default'>");
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

/* PEP 562 __getattr__ of django.db and django.db.utils: connections,
 * router, DEFAULT_DB_ALIAS and the rest of Django's multi-database API
 * come from django.db._handler (kata Python) on first use, so that the
 * native module need not import Python while it is being built. */
static Value handler_getattr(Interp *I, const char *module, const char *names, int argc, const Value *argv,
                             const KwArgs *kw)
{
    args_exact(I, "__getattr__", argc, kw, 1);
    Module *h = interp_import(I, str_intern_cstr(I, "django.db._handler"));
    Value args[3] = { str_value(I, module), dict_get_cstr(I, h->dict, names), argv[0] };
    return obj_call(I, dict_get_cstr(I, h->dict, "db_getattr"), 3, args, NULL);
}

static Value fn_db_getattr(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return handler_getattr(I, "django.db", "DB_NAMES", argc, argv, kw);
}

static Value fn_utils_getattr(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return handler_getattr(I, "django.db.utils", "UTILS_NAMES", argc, argv, kw);
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

/* ------------------------------------------------------------------ */
/* names_digest: Django's index names end in md5(table + columns)[:8]    */
/* ------------------------------------------------------------------ */

/* names_digest(*args, length): md5 over the UTF-8 of each str, its hex
 * digest cut to `length` (django.db.backends.utils.names_digest). */
static Value fn_names_digest(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    int64_t length = 32;
    for (int i = 0; kw && i < kw->n; i++) {
        if (strcmp(kw->names[i]->s, "length"))
            exc_raisef(I, I->cls.TypeError, "names_digest() got an unexpected keyword argument '%s'",
                       kw->names[i]->s);
        length = obj_index(I, kw->vals[i]);
    }
    StrBuf sb;
    sb_init(&sb, I);
    for (int i = 0; i < argc; i++) {
        Str *s = v_as_str(I, argv[i], "names_digest() argument");
        sb_add(&sb, s->s, (size_t)s->len);
    }
    char hex[129];
    db_hash_hex(DB_HASH_MD5, (const unsigned char *)(sb.p ? sb.p : ""), sb.len, hex);
    if (length < 0)
        length = 32 + length < 0 ? 0 : 32 + length;
    if (length > 32)
        length = 32;
    return v_obj(str_new(I, hex, (size_t)length));
}

Module *mod_django_db_utils_init(Interp *I)
{
    Module *m = module_new(I, "django.db.utils");
    add_exceptions(I, m);
    module_add_fn(I, m, "names_digest", fn_names_digest);
    module_add_fn(I, m, "__getattr__", fn_utils_getattr);
    return m;
}

/* Build django.db: connection, reset_queries and the exceptions. */
/* Django set up after `import logging`: tell the logging module (its
 * _attach_django configures the "django" logger as django.setup() does and
 * hands the connection its SQL logger when django.db.backends wants it).
 * When logging is imported later, it does this itself. */
static void attach_logging(Interp *I, Value connection)
{
    for (ModuleEntry *e = I->modules; e; e = e->next)
        if (e->mod && !strcmp(e->name, "logging")) {
            Value fn = dict_get_cstr(I, e->mod->dict, "_attach_django");
            if (!v_is_unset(fn))
                obj_call(I, fn, 1, &connection, NULL);
            return;
        }
}

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
    class_add_getter(I, st->Cursor, "arraysize", cur_arraysize);
    ((Property *)dict_get_cstr(I, st->Cursor->dict, "arraysize").u.o)->fset =
        native_fn_new(I, "arraysize", cur_set_arraysize, st->Cursor);
    class_add_method(I, st->Cursor, "__getattr__", cur_getattr);
    st->Cursor->dunders |= DU_GETATTR;

    st->Connection = class_new_native(I, "DatabaseWrapper", "django.db.backends.sqlite3.base", NULL,
                                      NULL, sizeof(Instance), CLS_HAS_DICT);
    st->Connection->ext = st->Cursor;
    class_add_method(I, st->Connection, "_record", conn_record);
    class_add_method(I, st->Connection, "_transaction", conn_transaction);
    class_add_method(I, st->Connection, "_log_sql", conn_log_sql);
    class_add_method(I, st->Connection, "_untraced", conn_untraced);
    class_add_method(I, st->Connection, "schema_editor", conn_schema_editor);
    class_add_method(I, st->Connection, "_run_interleaved", conn_run_interleaved);
    class_add_getter(I, st->Connection, "in_transaction", conn_in_transaction);
    class_add_method(I, st->Connection, "cursor", conn_cursor);
    class_add_method(I, st->Connection, "execute_wrapper", conn_execute_wrapper);
    exec_call_cls = class_new_native(I, "_Executor", "django.db.backends.utils", NULL, &exec_call_ops,
                                     sizeof(ExecCall), 0);
    exec_link_cls = class_new_native(I, "partial", "functools", NULL, &exec_link_ops, sizeof(ExecLink), 0);
    wrapper_cm_cls = class_new_native(I, "_GeneratorContextManager", "contextlib", NULL, NULL, sizeof(WrapperCM), 0);
    class_add_method(I, wrapper_cm_cls, "__enter__", wrapper_cm_enter);
    class_add_method(I, wrapper_cm_cls, "__exit__", wrapper_cm_exit);
    class_add_method(I, st->Connection, "_explain", conn_explain);
    class_add_getter(I, st->Connection, "queries", conn_queries);
    class_add_getter(I, st->Connection, "vendor", conn_vendor);
    class_add_method(I, st->Connection, "__repr__", conn_repr);
    st->Connection->dunders |= DU_REPR;
    class_add_getter(I, st->Connection, "features", conn_features);
    class_add_getter(I, st->Connection, "introspection", conn_introspection);
    class_add_getter(I, st->Connection, "ops", conn_ops);
    class_add_getter(I, st->Connection, "settings_dict", conn_settings_dict);
    Instance *conn = obj_alloc(I, st->Connection, sizeof(Instance));
    conn->dict = dict_new(I);
    /* BaseDatabaseWrapper's transaction state, as a fresh connection has it. */
    dict_set_cstr(I, conn->dict, "alias", str_value(I, "default"));
    dict_set_cstr(I, conn->dict, "display_name", str_value(I, "SQLite"));
    dict_set_cstr(I, conn->dict, "autocommit", v_bool(true));
    dict_set_cstr(I, conn->dict, "in_atomic_block", v_bool(false));
    dict_set_cstr(I, conn->dict, "savepoint_state", v_int(0));
    dict_set_cstr(I, conn->dict, "savepoint_ids", v_obj(list_new(I, 0)));
    dict_set_cstr(I, conn->dict, "atomic_blocks", v_obj(list_new(I, 0)));
    dict_set_cstr(I, conn->dict, "commit_on_exit", v_bool(true));
    dict_set_cstr(I, conn->dict, "needs_rollback", v_bool(false));
    dict_set_cstr(I, conn->dict, "rollback_exc", v_none());
    dict_set_cstr(I, conn->dict, "closed_in_transaction", v_bool(false));
    dict_set_cstr(I, conn->dict, "errors_occurred", v_bool(false));
    dict_set_cstr(I, conn->dict, "run_on_commit", v_obj(list_new(I, 0)));
    dict_set_cstr(I, conn->dict, "run_commit_hooks_on_set_autocommit_on", v_bool(false));
    dict_set_cstr(I, conn->dict, "execute_wrappers", v_obj(list_new(I, 0)));
    st->connection = v_obj(conn);
    /* connections["default"]; django.db.connection is Django's
     * ConnectionProxy over it, made on first use (django.db._handler) */
    module_set(I, m, "_connection", st->connection);
    module_add_fn(I, m, "reset_queries", fn_reset_queries);
    module_add_fn(I, m, "__getattr__", fn_db_getattr);
    add_exceptions(I, m);
    attach_logging(I, st->connection);
    return m;
}
