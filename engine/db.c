/*
 * db.c — the per-interpreter SQLite connection, statement execution with
 * Django's SQLite parameter conventions, error mapping to django.db
 * exceptions, the SQL budget, and the SQL tracer (see db.h).
 *
 * State hangs off I->db (a DbState in the arena). The sqlite3 handle is the
 * only non-arena resource; statements are finalised before db_execute
 * returns, or by a Cleanup when a Python exception unwinds past them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sqlite3.h>

#include "db.h"
#include "db_func.h"
#include "exc.h"
#include "fixture.h"
#include "interp_int.h"
#include "mod_datetime.h"
#include "mod_decimal.h"

/* How many SQLite VM instructions between two budget checks. */
enum { PROGRESS_EVERY = 1000 };

/* What the next statement is logged as (db_log_next_as); sql NULL: itself. */
typedef struct LogAs {
    const char *sql;
    const Value *params;
    int nparams;
    Str *const *names;
    Value args;
} LogAs;

typedef struct DbState {
    sqlite3 *db;
    sqlite3_stmt *quote;            /* SELECT QUOTE(?1), for the trace */
    const unsigned char *image;     /* db_configure'd image, or NULL */
    DbImageFn image_fn;             /* db_configure_lazy's provider, or NULL */
    void *image_ctx;
    size_t image_len;
    uint64_t sql_steps;
    FatalKind stop;                 /* set by the progress handler */
    DbQuery *trace;
    size_t ntrace, cap;
    DbTraceHook hook;
    void *hook_ctx;
    Class *exc[DBE__COUNT];
    bool guard;                     /* a learner/ORM statement is being prepared */
    struct Interleave *il;          /* run_interleaved in progress, else NULL */
    struct {                        /* db_preopen'd connections, by image */
        const unsigned char *image;
        sqlite3 *db;
        sqlite3_stmt *quote;
    } pre[2];
    char denied[288];               /* why the authorizer refused it */
    bool log_on;                    /* django.db.backends wants DEBUG records */
    LogAs log_as;                   /* db_log_next_as: the next statement's log entry */
    Value log_fn;                   /* then: what db_set_sql_logger gave */
} DbState;

static DbState *state(Interp *I)
{
    if (!I->db)
        I->db = interp_alloc(I, sizeof(DbState));
    return I->db;
}

/* ------------------------------------------------------------------ */
/* Exceptions                                                          */
/* ------------------------------------------------------------------ */

Class *db_exc_class(Interp *I, DbErr which)
{
    DbState *st = state(I);
    if (!st->exc[DBE_ERROR]) {
        static const struct { const char *name; int base; } tree[DBE__COUNT] = {
            [DBE_ERROR] = { "Error", -1 },
            [DBE_INTERFACE] = { "InterfaceError", DBE_ERROR },
            [DBE_DATABASE] = { "DatabaseError", DBE_ERROR },
            [DBE_DATA] = { "DataError", DBE_DATABASE },
            [DBE_OPERATIONAL] = { "OperationalError", DBE_DATABASE },
            [DBE_INTEGRITY] = { "IntegrityError", DBE_DATABASE },
            [DBE_INTERNAL] = { "InternalError", DBE_DATABASE },
            [DBE_PROGRAMMING] = { "ProgrammingError", DBE_DATABASE },
            [DBE_NOT_SUPPORTED] = { "NotSupportedError", DBE_DATABASE },
        };
        for (int i = 0; i < DBE__COUNT; i++) {
            Class *base = tree[i].base < 0 ? I->cls.Exception : st->exc[tree[i].base];
            st->exc[i] = class_new_native(I, tree[i].name, "django.db.utils", base, NULL, 0,
                                          CLS_BASETYPE);
        }
    }
    return st->exc[which];
}

/* The django.db exception for an SQLite result code (CPython's sqlite3 mapping). */
static DbErr err_for_code(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_INTERNAL: case SQLITE_NOTFOUND:
        return DBE_INTERNAL;
    case SQLITE_ERROR: case SQLITE_PERM: case SQLITE_ABORT: case SQLITE_BUSY:
    case SQLITE_LOCKED: case SQLITE_READONLY: case SQLITE_INTERRUPT: case SQLITE_IOERR:
    case SQLITE_FULL: case SQLITE_CANTOPEN: case SQLITE_PROTOCOL: case SQLITE_EMPTY:
    case SQLITE_SCHEMA:
        return DBE_OPERATIONAL;
    case SQLITE_CORRUPT:
        return DBE_DATABASE;
    case SQLITE_TOOBIG:
        return DBE_DATA;
    case SQLITE_CONSTRAINT: case SQLITE_MISMATCH:
        return DBE_INTEGRITY;
    case SQLITE_MISUSE: case SQLITE_RANGE:
        return DBE_INTERFACE;
    default:
        return DBE_DATABASE;
    }
}

/* ------------------------------------------------------------------ */
/* Connection                                                          */
/* ------------------------------------------------------------------ */

void db_configure(Interp *I, const unsigned char *image, size_t n)
{
    DbState *st = state(I);
    st->image = image;
    st->image_len = n;
    for (size_t i = 0; i < sizeof st->pre / sizeof *st->pre; i++)
        if (!st->db && image && st->pre[i].image == image) {
            st->db = st->pre[i].db;
            st->quote = st->pre[i].quote;
            st->pre[i].image = NULL;
            st->pre[i].db = NULL;
            st->pre[i].quote = NULL;
        }
}

void db_configure_lazy(Interp *I, DbImageFn fn, void *ctx)
{
    DbState *st = state(I);
    st->image_fn = fn;
    st->image_ctx = ctx;
}

void db_set_trace_hook(Interp *I, DbTraceHook fn, void *ctx)
{
    DbState *st = state(I);
    st->hook = fn;
    st->hook_ctx = ctx;
}

/* SQLite's progress callback: charge the SQL budget, watch the clock.
 * It cannot longjmp through SQLite, so it asks SQLite to stop and leaves
 * the reason in st->stop for the caller to raise. */
static int on_progress(void *arg)
{
    Interp *I = arg;
    DbState *st = I->db;
    st->sql_steps += PROGRESS_EVERY;
    if (I->budget.max_sql_steps && st->sql_steps > I->budget.max_sql_steps) {
        st->stop = FATAL_SQL;
        return 1;
    }
    if (I->budget.max_seconds > 0 && (st->sql_steps % (PROGRESS_EVERY * 64)) == 0 &&
        interp_elapsed(I) > I->budget.max_seconds) {
        st->stop = FATAL_TIME;
        return 1;
    }
    return 0;
}

/* Raise what the progress handler asked for, if anything. */
static void check_stop(Interp *I, DbState *st)
{
    if (db_func_take_regexp_stop()) {
        char n[32];
        interp_commas(n, sizeof n, DB_FUNC_REGEXP_MAX_STEPS);
        exc_fatal(I, FATAL_SQL, "stopped: a regular expression in the query ran more than %s steps on one "
                                "value (the SQL limit) — does it backtrack catastrophically?", n);
    }
    FatalKind k = st->stop;
    if (k == FATAL_NONE)
        return;
    st->stop = FATAL_NONE;
    if (k == FATAL_SQL) {
        char n[32];
        interp_commas(n, sizeof n, I->budget.max_sql_steps);
        exc_fatal(I, FATAL_SQL, "stopped: the database ran more than %s steps (the SQL limit)", n);
    }
    exc_fatal(I, FATAL_TIME, "stopped after %.1f seconds (the time limit) — is there an infinite loop?",
              I->budget.max_seconds);
}

static _Noreturn void open_failed(Interp *I, DbState *st, char *msg)
{
    Str *m = str_from_cstr(I, msg ? msg : (st->db ? sqlite3_errmsg(st->db) : "out of memory"));
    sqlite3_free(msg);
    sqlite3_close(st->db);
    st->db = NULL;
    exc_raisef(I, db_exc_class(I, DBE_OPERATIONAL), "unable to open database: %s", m->s);
}

/* ------------------------------------------------------------------ */
/* The sandbox: what learner SQL may not do                             */
/* ------------------------------------------------------------------ */

/* PRAGMAs that only read, even with an argument (table_info(t) …). */
static bool pragma_reads(const char *name)
{
    static const char *const ro[] = {
        "table_info", "table_xinfo", "table_list", "index_info", "index_xinfo", "index_list",
        "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check", "collation_list",
        "database_list", "function_list", "module_list", "pragma_list", "compile_options",
    };
    for (size_t i = 0; i < sizeof ro / sizeof *ro; i++)
        if (!strcasecmp(name, ro[i]))
            return true;
    return false;
}

/* SQLite's authorizer, active while a traced statement is prepared: the
 * learner's SQL can read and change the in-memory database but never reach
 * a file or change the connection: ATTACH/DETACH, load_extension() and
 * PRAGMAs that set something are refused (the reason is kept for the error
 * message; SQLite then fails the prepare with SQLITE_AUTH). */
static int authorize(void *arg, int code, const char *a, const char *b, const char *c, const char *d)
{
    DbState *st = arg;
    (void)c;
    (void)d;
    if (!st->guard)
        return SQLITE_OK;
    const char *why = NULL;
    char buf[80];
    switch (code) {
    case SQLITE_ATTACH: why = "ATTACH"; break;
    case SQLITE_DETACH: why = "DETACH"; break;
    case SQLITE_FUNCTION:
        if (b && !strcasecmp(b, "load_extension"))
            why = "load_extension()";
        break;
    case SQLITE_PRAGMA:
        if (b && a && !pragma_reads(a)) {
            snprintf(buf, sizeof buf, "PRAGMA %.60s = …", a);
            why = buf;
        }
        break;
    default: break;
    }
    if (!why)
        return SQLITE_OK;
    snprintf(st->denied, sizeof st->denied,
             "not authorized: %s is not allowed in the ormkata sandbox (the database is in memory; "
             "learner SQL cannot open files or change the connection)", why);
    return SQLITE_DENY;
}

/* VACUUM INTO 'file' writes a file and passes no authorizer check: refuse
 * a statement that starts with VACUUM and says INTO. */
static bool is_vacuum_into(const char *sql)
{
    while (*sql == ' ' || *sql == '\t' || *sql == '\n' || *sql == '\r')
        sql++;
    if (strncasecmp(sql, "VACUUM", 6))
        return false;
    for (const char *p = sql + 6; *p; p++)
        if (!strncasecmp(p, "INTO", 4))
            return true;
    return false;
}

/* A new connection on a private copy of image (or on the fixture built
 * here when image is NULL), set up as Django's SQLite backend sets up
 * every connection and fenced by the sandbox's authorizer. NULL with a
 * message in *err (sqlite3_free) when it cannot be opened. */
static sqlite3 *open_conn(Interp *I, DbState *st, const unsigned char *image, size_t n, char **err)
{
    sqlite3 *db = NULL;
    /* NOMUTEX: a connection is only ever used by the thread running its
     * interpreter, so SQLite need not lock it on every call */
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL) != SQLITE_OK) {
        *err = sqlite3_mprintf("%s", db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return NULL;
    }
    int rc = image ? fixture_open_image(db, image, n, err) : fixture_create_schema(db, err);
    if (rc == FIXTURE_OK && !image)
        rc = fixture_load(db, FIXTURE_DEFAULT_VARIANT, err);
    if (rc != FIXTURE_OK) {
        sqlite3_close(db);
        return NULL;
    }
    /* As Django's SQLite backend sets up every new connection. */
    sqlite3_exec(db, "PRAGMA foreign_keys = ON; PRAGMA legacy_alter_table = OFF", NULL, NULL, NULL);
    db_func_register(db);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
    sqlite3_set_authorizer(db, authorize, st);
    sqlite3_progress_handler(db, PROGRESS_EVERY, on_progress, I);
    return db;
}

sqlite3 *db_handle(Interp *I)
{
    DbState *st = state(I);
    if (st->db)
        return st->db;
    char *err = NULL;
    if (!st->image && st->image_fn) {
        size_t n = 0;
        const unsigned char *img = NULL;
        if (!st->image_fn(st->image_ctx, &img, &n, &err))
            open_failed(I, st, err);
        st->image = img;
        st->image_len = n;
    }
    st->db = open_conn(I, st, st->image, st->image_len, &err);
    if (!st->db)
        open_failed(I, st, err);
    return st->db;
}

bool db_preopen(Interp *I, const unsigned char *image, size_t n)
{
    DbState *st = state(I);
    size_t i = 0;
    while (i < sizeof st->pre / sizeof *st->pre && st->pre[i].db && st->pre[i].image != image)
        i++;
    if (i == sizeof st->pre / sizeof *st->pre)
        return false;
    if (st->pre[i].db)
        return true;
    char *err = NULL;
    sqlite3 *db = open_conn(I, st, image, n, &err);
    sqlite3_free(err);
    if (!db)
        return false;
    /* read the schema and prepare the trace's QUOTE now, once */
    sqlite3_exec(db, "SELECT name FROM sqlite_schema LIMIT 1", NULL, NULL, NULL);
    sqlite3_prepare_v2(db, "SELECT QUOTE(?1)", -1, &st->pre[i].quote, NULL);
    st->pre[i].image = image;
    st->pre[i].db = db;
    return true;
}

void db_close(Interp *I)
{
    DbState *st = I->db;
    if (!st)
        return;
    if (st->il)
        db_interleave_end(I);
    if (st->quote)
        sqlite3_finalize(st->quote);
    st->quote = NULL;
    if (st->db)
        sqlite3_close_v2(st->db);
    st->db = NULL;
    for (size_t i = 0; i < sizeof st->pre / sizeof *st->pre; i++) {
        sqlite3_finalize(st->pre[i].quote);
        sqlite3_close_v2(st->pre[i].db);
        st->pre[i].quote = NULL;
        st->pre[i].db = NULL;
        st->pre[i].image = NULL;
    }
}

/* ------------------------------------------------------------------ */
/* Values in and out                                                    */
/* ------------------------------------------------------------------ */

/* Bind v at 1-based position i as Django's SQLite adapters would. */
static int bind_value(Interp *I, sqlite3_stmt *s, int i, Value v)
{
    switch (v.tag) {
    case V_NONE: return sqlite3_bind_null(s, i);
    case V_BOOL: case V_INT: return sqlite3_bind_int64(s, i, v.u.i);
    case V_FLOAT: return sqlite3_bind_double(s, i, v.u.f);
    default: break;
    }
    Class *c = class_of(I, v);
    if (c == I->cls.int_ || class_is_subclass(c, I->cls.int_)) {
        if (int_is_big(v))
            exc_raisef(I, I->cls.OverflowError, "Python int too large to convert to SQLite INTEGER");
        return sqlite3_bind_int64(s, i, int_as_i64(I, v));
    }
    if (v_is_str(I, v)) {
        Str *t = (Str *)v.u.o;
        return sqlite3_bind_text64(s, i, t->s, (sqlite3_uint64)t->len, SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    if (c == I->cls.bytes)
        return sqlite3_bind_blob64(s, i, ((Bytes *)v.u.o)->s, (sqlite3_uint64)((Bytes *)v.u.o)->len,
                                   SQLITE_TRANSIENT);
    if (c == I->cls.float_)
        return sqlite3_bind_double(s, i, v.u.f);
    Str *t = NULL;
    if (dt_is_datetime(I, v))
        t = dt_isoformat(I, v, ' ');
    else if (dt_is_date(I, v))
        t = dt_isoformat(I, v, 'T');
    else if (dec_is_decimal(I, v))
        t = dec_to_str(I, v);
    if (!t)
        exc_raisef(I, db_exc_class(I, DBE_PROGRAMMING),
                   "Error binding parameter %d: type '%s' is not supported", i, type_name(I, v));
    return sqlite3_bind_text64(s, i, t->s, (sqlite3_uint64)t->len, SQLITE_TRANSIENT, SQLITE_UTF8);
}

/* The converters Django registers with Python's sqlite3 (PARSE_DECLTYPES |
 * PARSE_COLNAMES): a column declared bool/date/time/datetime/timestamp, or
 * named "x [date]", comes back as a Python value rather than text. */
typedef enum Conv { CV_NONE, CV_BOOL, CV_DATE, CV_TIME, CV_DATETIME } Conv;

static Conv conv_named(const char *name, size_t n)
{
    static const struct { const char *name; Conv c; } convs[] = {
        { "bool", CV_BOOL }, { "date", CV_DATE }, { "time", CV_TIME },
        { "datetime", CV_DATETIME }, { "timestamp", CV_DATETIME },
    };
    for (size_t i = 0; i < sizeof convs / sizeof *convs; i++)
        if (strlen(convs[i].name) == n && !strncasecmp(convs[i].name, name, n))
            return convs[i].c;
    return CV_NONE;
}

/* sqlite3's cast map for column i: "[name]" in the column name first, then
 * the declared type's first word (up to a space or '('). */
static Conv column_conv(sqlite3_stmt *s, int i)
{
    const char *name = sqlite3_column_name(s, i);
    const char *lb = name ? strchr(name, '[') : NULL;
    if (lb) {
        const char *rb = strchr(lb + 1, ']');
        if (rb) {
            Conv c = conv_named(lb + 1, (size_t)(rb - lb - 1));
            if (c != CV_NONE)
                return c;
        }
    }
    const char *decl = sqlite3_column_decltype(s, i);
    if (!decl)
        return CV_NONE;
    size_t n = strcspn(decl, " (");
    return conv_named(decl, n);
}

/* A column's name as sqlite3 reports it with PARSE_COLNAMES: cut at the
 * first '[' (and one blank before it). */
static Value column_name(Interp *I, sqlite3_stmt *s, int i)
{
    const char *name = sqlite3_column_name(s, i);
    const char *lb = strchr(name, '[');
    if (!lb)
        return str_value(I, name);
    if (lb != name && lb[-1] == ' ')
        lb--;
    return v_obj(str_new(I, name, (size_t)(lb - name)));
}

static bool all_digits(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] < '0' || p[i] > '9')
            return false;
    return n > 0;
}

/* django.utils.dateparse.parse_date: date.fromisoformat, else the regex
 * \d{4}-\d{1,2}-\d{1,2}$ (an impossible date raises ValueError), else None. */
static Value parse_date_text(Interp *I, const char *t, size_t n)
{
    Value v = dt_parse_iso(I, t, n, DT_DATE);
    if (!v_is_unset(v))
        return v;
    const char *d1 = n > 4 ? memchr(t + 5, '-', n - 5) : NULL;
    if (n > 5 && all_digits(t, 4) && t[4] == '-' && d1) {
        size_t ml = (size_t)(d1 - (t + 5)), dl = n - (size_t)(d1 + 1 - t);
        if (ml >= 1 && ml <= 2 && dl >= 1 && dl <= 2 && all_digits(t + 5, ml) && all_digits(d1 + 1, dl))
            return dt_date_new(I, atoi(t), atoi(t + 5), atoi(d1 + 1));
    }
    return v_none();
}

/* Column `i` of the current row as a Python value, through converter c.
 * The column is read through its sqlite3_value: the sqlite3_column_*
 * calls each take the connection's mutex and check for a malloc failure,
 * four times a column, and a connection is only used by its own thread. */
static Value column_value(Interp *I, sqlite3_stmt *s, int i, Conv c)
{
    sqlite3_value *cv = sqlite3_column_value(s, i);
    int type = sqlite3_value_type(cv);
    if (c != CV_NONE && type != SQLITE_NULL) {
        const char *t = (const char *)sqlite3_value_text(cv);
        size_t n = (size_t)sqlite3_value_bytes(cv);
        switch (c) {
        case CV_BOOL: return v_bool(n == 1 && t[0] == '1');
        case CV_DATE: return parse_date_text(I, t, n);
        case CV_TIME: {
            Value v = dt_parse_iso(I, t, n, DT_TIME);
            if (v_is_unset(v))
                return v_none();
            int h, mi, sec, us;
            Value tz;
            dt_time_parts(v, &h, &mi, &sec, &us, &tz);
            return v_is_none(tz) ? v : dt_time_new(I, h, mi, sec, us, v_none());
        }
        case CV_DATETIME: {
            Value v = dt_parse_iso(I, t, n, DT_DATETIME);
            return v_is_unset(v) ? v_none() : v;
        }
        default: break;
        }
    }
    switch (type) {
    case SQLITE_INTEGER: return int_from_i64(I, sqlite3_value_int64(cv));
    case SQLITE_FLOAT: return v_float(sqlite3_value_double(cv));
    case SQLITE_TEXT: {
        const char *t = (const char *)sqlite3_value_text(cv);
        int n = sqlite3_value_bytes(cv);
        int64_t nchars = utf8_count(t, (size_t)n);
        if (nchars < 0)
            exc_raisef(I, db_exc_class(I, DBE_OPERATIONAL), "Could not decode to UTF-8 column '%s' with text '%s'",
                       sqlite3_column_name(s, i), "");
        return v_obj(str_new_n(I, t, (size_t)n, nchars));
    }
    case SQLITE_BLOB: {
        const void *b = sqlite3_value_blob(cv);
        return v_obj(bytes_new(I, b, (size_t)sqlite3_value_bytes(cv)));
    }
    default: return v_none();
    }
}

/* ------------------------------------------------------------------ */
/* Django's SQL text conventions                                        */
/* ------------------------------------------------------------------ */

/* SQLiteCursorWrapper.convert_query, "format" style: %s not preceded by %
 * becomes ?, then %% becomes %. */
static char *convert_format(Interp *I, const char *sql)
{
    size_t n = strlen(sql);
    char *tmp = interp_alloc(I, n + 1), *out = interp_alloc(I, n + 1);
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        if (sql[i] == '%' && sql[i + 1] == 's' && (i == 0 || sql[i - 1] != '%')) {
            tmp[j++] = '?';
            i++;
        } else {
            tmp[j++] = sql[i];
        }
    }
    tmp[j] = 0;
    size_t k = 0;
    for (size_t i = 0; i < j; i++) {
        out[k++] = tmp[i];
        if (tmp[i] == '%' && tmp[i + 1] == '%')
            i++;
    }
    out[k] = 0;
    return out;
}

/* `sql % mapping_or_tuple` as Python formats it (the interpreter's own %
 * operator), where every value is a str (QUOTE()d values, or ":name" when
 * converting pyformat): a tuple of vals (names NULL) or the mapping
 * names -> vals. Python's errors come out as Python raises them —
 * "unsupported format character 'B' (0x42) at index 49" for a stray % in
 * a LIKE literal, "not enough arguments for format string", KeyError for a
 * missing name — which is what Django's last_executed_query (and
 * convert_query for a mapping) raise. */
static Str *percent_subst(Interp *I, const char *sql, int n, Str *const *vals, Str *const *names)
{
    Value args;
    if (names) {
        Dict *d = dict_new_sized(I, n);
        for (int i = 0; i < n; i++)
            dict_set(I, d, v_obj(names[i]), v_obj(vals[i]));
        args = v_obj(d);
    } else {
        Tuple *t = tuple_new(I, n);
        for (int i = 0; i < n; i++)
            t->items[i] = v_obj(vals[i]);
        args = v_obj(t);
    }
    return fmt_percent(I, str_from_cstr(I, sql), args);
}

/* QUOTE(v) as SQLite writes it (what Django's last_executed_query uses). */
static Str *quote_value(Interp *I, DbState *st, Value v)
{
    if (!st->quote && sqlite3_prepare_v2(st->db, "SELECT QUOTE(?1)", -1, &st->quote, NULL) != SQLITE_OK)
        return str_from_cstr(I, "?");
    sqlite3_reset(st->quote);
    bind_value(I, st->quote, 1, v);
    Str *r;
    if (sqlite3_step(st->quote) == SQLITE_ROW)
        r = str_new(I, (const char *)sqlite3_column_text(st->quote, 0),
                    (size_t)sqlite3_column_bytes(st->quote, 0));
    else
        r = str_from_cstr(I, "?");
    sqlite3_reset(st->quote);
    sqlite3_clear_bindings(st->quote);
    return r;
}

/* Operations.last_executed_query: the SQL as connection.queries shows it. */
static Str *logged_sql(Interp *I, DbState *st, const char *sql, const Value *params, int n,
                       Str *const *names)
{
    if (n <= 0)
        return str_from_cstr(I, sql);
    Str **q = interp_alloc(I, sizeof(Str *) * (size_t)n);
    for (int i = 0; i < n; i++)
        q[i] = quote_value(I, st, params[i]);
    return percent_subst(I, sql, n, q, names);
}

static DbKind kind_of(const char *sql)
{
    static const struct { const char *kw; DbKind k; } kws[] = {
        { "SELECT", DB_SELECT }, { "WITH", DB_SELECT }, { "INSERT", DB_INSERT },
        { "REPLACE", DB_INSERT }, { "UPDATE", DB_UPDATE }, { "DELETE", DB_DELETE },
        { "BEGIN", DB_BEGIN }, { "COMMIT", DB_COMMIT }, { "END", DB_COMMIT },
        { "ROLLBACK", DB_ROLLBACK }, { "SAVEPOINT", DB_SAVEPOINT }, { "RELEASE", DB_RELEASE },
    };
    while (*sql == ' ' || *sql == '\t' || *sql == '\n' || *sql == '\r' || *sql == '(')
        sql++;
    for (size_t i = 0; i < sizeof kws / sizeof *kws; i++) {
        size_t n = strlen(kws[i].kw);
        if (!strncasecmp(sql, kws[i].kw, n) && !((sql[n] >= 'A' && sql[n] <= 'Z') ||
                                                  (sql[n] >= 'a' && sql[n] <= 'z') || sql[n] == '_'))
            return kws[i].k;
    }
    return DB_OTHER;
}

const char *db_kind_name(DbKind k)
{
    static const char *const names[] = { "SELECT", "INSERT", "UPDATE", "DELETE", "BEGIN", "COMMIT",
                                         "ROLLBACK", "SAVEPOINT", "RELEASE", "OTHER" };
    return (unsigned)k <= DB_OTHER ? names[k] : "OTHER";
}

/* ------------------------------------------------------------------ */
/* Running one statement                                               */
/* ------------------------------------------------------------------ */

/* CPython's sqlite3 lstrip_sql: is anything but blanks and comments left? */
static bool has_more_sql(const char *p)
{
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\n' || *p == '\r')
            p++;
        if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                p++;
        } else if (p[0] == '/' && p[1] == '*') {
            const char *e = strstr(p + 2, "*/");
            if (!e)
                return false;
            p = e + 2;
        } else {
            return *p != 0;
        }
    }
}

static void finalize_stmt(void *arg)
{
    sqlite3_stmt **sp = arg;
    if (*sp)
        sqlite3_finalize(*sp);
    *sp = NULL;
}

/* What one execution did, for the trace. */
typedef struct RunInfo {
    int64_t rows;
    double ms;
    bool failed;
    int rc;             /* SQLite's result code when it failed */
    Value row_error;    /* what DbResult.row_fn raised, V_UNSET when nothing */
} RunInfo;

/* Step the rest of s's rows through out->row_fn into rows. A Python
 * exception from the row_fn (a field's converter) stops the stepping and is
 * returned, V_UNSET when none: the caller raises it once the statement is
 * recorded, as Django has logged a query before its rows are converted.
 * Returns sqlite3_step's last result (SQLITE_DONE after an exception). */
static int step_rows_through(Interp *I, sqlite3_stmt *s, const Conv *conv, int ncol, DbResult *out,
                             List *rows, Value *error)
{
    Value *buf = interp_alloc(I, sizeof(Value) * (size_t)(ncol > 0 ? ncol : 1));
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            for (int i = 0; i < ncol; i++)
                buf[i] = column_value(I, s, i, conv[i]);
            list_append(I, rows, out->row_fn(I, out->row_ctx, buf, ncol));
        }
        exc_pop(I, &ef);
        return rc;
    }
    *error = I->exc;
    exc_clear(I);
    return SQLITE_DONE;
}

/* Prepare, bind, step and read `sql` (qmark/named SQLite syntax), filling
 * *out and *ri. An SQLite error is not raised here: the exception is
 * returned (V_UNSET when none) so the caller can record the statement
 * first, as Django logs failed statements too. Budget stops and binding
 * errors raise directly; the statement is finalised on every path.
 * `convert`: apply Django's sqlite3 converters (learner and ORM statements;
 * the engine's own untraced statements get SQLite's plain values). */
static Value run_stmt(Interp *I, DbState *st, const char *sql, const Value *params, int n,
                      Str *const *names, bool convert, DbResult *out, RunInfo *ri)
{
    sqlite3 *db = db_handle(I);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    sqlite3_stmt *stmt = NULL;
    Cleanup cl;
    exc_cleanup_push(I, &cl, finalize_stmt, &stmt);
    const char *tail = NULL;
    List *rows = list_new(I, 0);
    Tuple *cols = tuple_new(I, 0);
    int64_t nrows = 0;
    Value pending = v_unset();
    sqlite3_stmt *s = NULL;
    if (convert && is_vacuum_into(sql)) {
        pending = exc_new_msg(I, db_exc_class(I, DBE_DATABASE),
                              "not authorized: VACUUM INTO is not allowed in the ormkata sandbox (the database "
                              "is in memory; learner SQL cannot open files or change the connection)");
        goto done;
    }
    st->guard = convert;
    st->denied[0] = 0;
    int rc = sqlite3_prepare_v2(db, sql, -1, &s, &tail);
    st->guard = false;
    stmt = s;
    if (rc != SQLITE_OK) {
        check_stop(I, st);
        ri->rc = rc;
        if (st->denied[0])
            pending = exc_new_msg(I, db_exc_class(I, DBE_DATABASE), st->denied);
        else
            pending = exc_new_msg(I, db_exc_class(I, err_for_code(rc)), sqlite3_errmsg(db));
        goto done;
    }
    if (tail && has_more_sql(tail)) {
        pending = exc_new_msg(I, db_exc_class(I, DBE_PROGRAMMING), "You can only execute one statement at a time.");
        goto done;
    }
    if (s) {
        int np = sqlite3_bind_parameter_count(s);
        if (!names) {
            if (n < 0)
                n = 0;
            if (np != n) {
                pending = exc_new_msg(I, db_exc_class(I, DBE_PROGRAMMING),
                                      str_fmt(I, "Incorrect number of bindings supplied. The current statement "
                                                 "uses %d, and there are %d supplied.", np, n)->s);
                goto done;
            }
            for (int i = 0; i < n; i++)
                bind_value(I, s, i + 1, params[i]);
        } else {
            for (int i = 1; i <= np; i++) {
                const char *pn = sqlite3_bind_parameter_name(s, i);
                int k = 0;
                while (pn && k < n && strcmp(names[k]->s, pn + 1))
                    k++;
                if (!pn || k == n) {
                    pending = exc_new_msg(I, db_exc_class(I, DBE_PROGRAMMING),
                                          str_fmt(I, "You did not supply a value for binding parameter %s.",
                                                  pn ? pn : "?")->s);
                    goto done;
                }
                bind_value(I, s, i, params[k]);
            }
        }
        int ncol = sqlite3_column_count(s);
        Conv *conv = NULL;
        if (ncol > 0) {
            cols = tuple_new(I, ncol);
            conv = interp_alloc(I, sizeof(Conv) * (size_t)ncol);
            for (int i = 0; i < ncol; i++) {
                cols->items[i] = column_name(I, s, i);
                conv[i] = convert ? column_conv(s, i) : CV_NONE;
            }
        }
        if (out && out->row_fn) {
            int64_t before = rows->len;
            rc = step_rows_through(I, s, conv, ncol, out, rows, &ri->row_error);
            nrows += rows->len - before;
        } else {
            while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
                Tuple *row = tuple_new(I, ncol);
                for (int i = 0; i < ncol; i++)
                    row->items[i] = column_value(I, s, i, conv[i]);
                list_append(I, rows, v_obj(row));
                nrows++;
            }
        }
        if (rc != SQLITE_DONE) {
            check_stop(I, st);
            ri->rc = rc;
            pending = exc_new_msg(I, db_exc_class(I, err_for_code(rc)), sqlite3_errmsg(db));
            goto done;
        }
    }
done:
    clock_gettime(CLOCK_MONOTONIC, &t1);
    ri->ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    ri->failed = !v_is_unset(pending);
    DbKind k = kind_of(sql);
    bool is_dml = k == DB_INSERT || k == DB_UPDATE || k == DB_DELETE;
    int64_t changes = sqlite3_changes64(db);
    ri->rows = is_dml && nrows == 0 ? (ri->failed ? 0 : changes) : nrows;
    if (out) {
        out->rows = rows;
        out->columns = cols;
        out->rowcount = is_dml && !ri->failed ? changes : -1;
        out->lastrowid = sqlite3_last_insert_rowid(db);
    }
    exc_cleanup_pop(I, &cl, true);
    return pending;
}

/* The learner's frame: the innermost one whose file is the learner's. */
static void user_line(Interp *I, DbQuery *q)
{
    for (FrameInfo *f = I->frame; f; f = f->back)
        if (f->user) {
            q->line = f->line;
            q->file = f->filename;
            return;
        }
}

/* Django's debug cursor logs each statement to django.db.backends once it
 * ran (or failed): hand it to the logging module's function when one is
 * set (db_set_sql_logger). `log_sql` is the text logged (NULL: the trace's),
 * `args` the params object the statement was given, V_UNSET for
 * debug_transaction's records (no params). May raise what the logging
 * raises, as Django's `finally` would. */
static void log_statement(Interp *I, DbState *st, Str *sql, Value args, double ms)
{
    Value a[4];
    a[0] = v_obj(sql);
    a[1] = v_is_unset(args) ? v_none() : args;
    a[2] = v_float(ms / 1e3);
    a[3] = v_bool(!v_is_unset(args));
    obj_call(I, st->log_fn, 4, a, NULL);
}

static void record(Interp *I, DbState *st, Str *sql, DbKind kind, const RunInfo *ri, Str *log_sql, Value args)
{
    if (st->ntrace == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 16;
        DbQuery *nt = interp_alloc(I, cap * sizeof *nt);
        if (st->ntrace)
            memcpy(nt, st->trace, st->ntrace * sizeof *nt);
        st->trace = nt;
        st->cap = cap;
    }
    DbQuery *q = &st->trace[st->ntrace++];
    memset(q, 0, sizeof *q);
    q->sql = sql;
    q->kind = kind;
    q->rows = ri->rows;
    q->ms = ri->ms;
    q->failed = ri->failed;
    user_line(I, q);
    if (st->hook)
        st->hook(st->hook_ctx, q, st->ntrace);
    if (st->log_on)
        log_statement(I, st, log_sql ? log_sql : sql, args, ri->ms);
}

bool db_sql_logger_on(Interp *I)
{
    return I->db && ((DbState *)I->db)->log_on;
}

void db_set_sql_logger(Interp *I, Value fn)
{
    DbState *st = state(I);
    st->log_on = !v_is_unset(fn) && !v_is_none(fn);
    st->log_fn = st->log_on ? fn : v_none();
}

/* ------------------------------------------------------------------ */
/* Two requests at once (run_interleaved)                               */
/* ------------------------------------------------------------------ */

/* While run_interleaved runs, each side has its own connection to one
 * shared in-memory database (memdb VFS, real SQLite locking). A side is
 * run again from its start for each new statement (kata Python has no
 * coroutines): the statements it already ran are answered from its
 * records without touching the database, the next one really runs, and
 * the one after raises the scheduler's switch exception. A statement that
 * would wait for the other side's lock (SQLite called the busy handler)
 * is not run: the side is blocked and retried later. */

typedef struct IlRec {
    DbResult r;
    Value pending;          /* the exception it raised, V_UNSET when none */
} IlRec;

typedef struct IlSide {
    sqlite3 *db;
    IlRec *recs;
    size_t n, cap;          /* statements this side really ran */
    size_t pos;             /* statements asked for in the current run */
    bool live_done;         /* the current run ran its new statement */
    bool blocked;           /* its new statement would wait for a lock */
    bool fail_busy;         /* the wait is over: a lock conflict fails */
    bool busy_called;       /* SQLite called the busy handler */
} IlSide;

typedef struct Interleave {
    sqlite3 *main;
    IlSide side[2];
    int cur;
    Class *switch_cls;
} Interleave;

static int il_busy(void *arg, int count)
{
    (void)count;
    ((IlSide *)arg)->busy_called = true;
    return 0;
}

static void il_close(Interleave *il)
{
    for (int i = 0; i < 2; i++)
        if (il->side[i].db) {
            sqlite3_close_v2(il->side[i].db);
            il->side[i].db = NULL;
        }
}

/* Open one side's connection on the shared database, set up as db_handle
 * sets up the main one (plus the busy handler). */
static void il_open(Interp *I, DbState *st, Interleave *il, int i, const char *uri)
{
    IlSide *s = &il->side[i];
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI;
    if (sqlite3_open_v2(uri, &s->db, flags, NULL) != SQLITE_OK) {
        Str *m = str_from_cstr(I, s->db ? sqlite3_errmsg(s->db) : "out of memory");
        il_close(il);
        exc_raisef(I, db_exc_class(I, DBE_OPERATIONAL), "unable to open database: %s", m->s);
    }
    sqlite3_exec(s->db, "PRAGMA foreign_keys = ON; PRAGMA legacy_alter_table = OFF", NULL, NULL, NULL);
    db_func_register(s->db);
    sqlite3_db_config(s->db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
    sqlite3_db_config(s->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
    sqlite3_set_authorizer(s->db, authorize, st);
    sqlite3_progress_handler(s->db, PROGRESS_EVERY, on_progress, I);
    sqlite3_busy_handler(s->db, il_busy, s);
}

static bool copy_db(sqlite3 *to, sqlite3 *from)
{
    sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return false;
    sqlite3_backup_step(b, -1);
    return sqlite3_backup_finish(b) == SQLITE_OK;
}

void db_interleave_begin(Interp *I, Class *switch_cls)
{
    DbState *st = state(I);
    sqlite3 *main = db_handle(I);
    if (st->il)
        exc_raisef(I, I->cls.RuntimeError, "run_interleaved() cannot be nested");
    if (!sqlite3_get_autocommit(main))
        exc_raisef(I, I->cls.RuntimeError, "run_interleaved() cannot start inside a transaction");
    Interleave *il = interp_alloc(I, sizeof *il);
    il->switch_cls = switch_cls;
    char uri[96];
    snprintf(uri, sizeof uri, "file:/ormkata-interleave-%p?vfs=memdb", (void *)il);
    il_open(I, st, il, 0, uri);
    if (!copy_db(il->side[0].db, main)) {
        il_close(il);
        exc_raisef(I, db_exc_class(I, DBE_OPERATIONAL), "run_interleaved(): cannot copy the database");
    }
    il_open(I, st, il, 1, uri);
    il->main = main;
    st->il = il;
}

void db_interleave_select(Interp *I, int side, bool fail_busy)
{
    DbState *st = state(I);
    Interleave *il = st->il;
    IlSide *s = &il->side[side];
    il->cur = side;
    s->pos = 0;
    s->live_done = s->blocked = s->busy_called = false;
    s->fail_busy = fail_busy;
    st->db = s->db;
}

void db_interleave_status(Interp *I, int side, bool *progressed, bool *blocked, size_t *pos)
{
    IlSide *s = &((DbState *)I->db)->il->side[side];
    *progressed = s->live_done;
    *blocked = s->blocked;
    *pos = s->pos;
}

size_t db_interleave_pos(Interp *I)
{
    DbState *st = I->db;
    return st && st->il ? st->il->side[st->il->cur].pos : 0;
}

void db_interleave_end(Interp *I)
{
    DbState *st = I->db;
    if (!st || !st->il)
        return;
    Interleave *il = st->il;
    st->il = NULL;
    st->db = il->main;
    /* A request that ends with its transaction open: the connection is
     * closed at the end of the request, so it rolls back. */
    for (int i = 0; i < 2; i++)
        if (il->side[i].db && !sqlite3_get_autocommit(il->side[i].db))
            sqlite3_exec(il->side[i].db, "ROLLBACK", NULL, NULL, NULL);
    copy_db(il->main, il->side[0].db);
    il_close(il);
}

/* Before a traced statement of the current side: true when it was answered
 * from the side's records (out filled, or its exception re-raised); false
 * when it is the side's new statement and must run now. Raises the switch
 * exception when this run already ran its new statement. */
/* A side's statements keep their rows as tuples: a replay must hand out
 * what a fresh run would, so a caller that asked for rows made by a row_fn
 * (model instances, which the side's code then changes) gets new ones made
 * from the tuples each time. */
static void il_rows_through(Interp *I, DbResult *out, DbRowFn fn, void *ctx)
{
    List *rows = out->rows, *made = list_new(I, rows ? rows->len : 0);
    for (int64_t i = 0; rows && i < rows->len; i++) {
        Tuple *t = (Tuple *)rows->items[i].u.o;
        list_append(I, made, fn(I, ctx, t->items, (int)t->len));
    }
    out->rows = made;
    out->row_fn = fn;
    out->row_ctx = ctx;
}

static bool il_replay(Interp *I, Interleave *il, DbResult *out)
{
    IlSide *s = &il->side[il->cur];
    size_t k = s->pos++;
    if (k < s->n) {
        if (out) {
            DbRowFn fn = out->row_fn;
            void *ctx = out->row_ctx;
            *out = s->recs[k].r;
            if (fn && v_is_unset(s->recs[k].pending))
                il_rows_through(I, out, fn, ctx);
        }
        if (!v_is_unset(s->recs[k].pending))
            exc_raise(I, s->recs[k].pending);
        return true;
    }
    if (s->live_done || s->blocked)
        exc_raise(I, exc_new_msg(I, il->switch_cls, "switch"));
    s->busy_called = false;
    return false;
}

/* After the new statement ran: when it would have waited for the other
 * side's lock, the side is blocked and the switch is raised (nothing is
 * recorded; the statement runs again later). */
static void il_check_blocked(Interp *I, Interleave *il, const RunInfo *ri)
{
    IlSide *s = &il->side[il->cur];
    if ((ri->rc & 0xff) == SQLITE_BUSY && s->busy_called && !s->fail_busy) {
        s->blocked = true;
        s->pos--;
        exc_raise(I, exc_new_msg(I, il->switch_cls, "blocked"));
    }
}

static void il_store(Interp *I, Interleave *il, const DbResult *r, Value pending)
{
    IlSide *s = &il->side[il->cur];
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        IlRec *nr = interp_alloc(I, cap * sizeof *nr);
        if (s->n)
            memcpy(nr, s->recs, s->n * sizeof *nr);
        s->recs = nr;
        s->cap = cap;
    }
    IlRec *rec = &s->recs[s->n++];
    if (r)
        rec->r = *r;
    else {
        rec->r.rows = list_new(I, 0);
        rec->r.columns = tuple_new(I, 0);
        rec->r.rowcount = -1;
    }
    rec->pending = pending;
    s->live_done = true;
}

/* An untraced statement of the current side runs only at its new
 * statement (an implicit BEGIN before it); in a replayed stretch it was
 * already run. */
static bool il_skip_untraced(Interleave *il)
{
    IlSide *s = &il->side[il->cur];
    return s->pos < s->n || s->live_done || s->blocked;
}

void db_execute(Interp *I, const char *sql, const Value *params, int nparams, Str *const *names,
                Value args, DbResult *out)
{
    DbState *st = state(I);
    db_handle(I);
    LogAs log_as = st->log_as;      /* used once, whatever happens */
    st->log_as.sql = NULL;
    const char *run_sql = sql;
    if (nparams >= 0) {
        if (names) {
            Str **colon = interp_alloc(I, sizeof(Str *) * (size_t)(nparams ? nparams : 1));
            for (int i = 0; i < nparams; i++)
                colon[i] = str_fmt(I, ":%s", names[i]->s);
            run_sql = percent_subst(I, sql, nparams, colon, names)->s;
        } else {
            run_sql = convert_format(I, sql);
        }
    }
    Interleave *il = st->il;
    if (il && il_replay(I, il, out))
        return;
    RunInfo ri = { .row_error = v_unset() };
    DbResult tmp = { 0 };
    if (!out)
        out = &tmp;
    DbRowFn row_fn = out->row_fn;
    if (il)
        out->row_fn = NULL;         /* recorded as tuples (see il_rows_through) */
    Value pending = run_stmt(I, st, run_sql, params, nparams < 0 ? 0 : nparams, names, true, out, &ri);
    if (il)
        il_check_blocked(I, il, &ri);
    Str *logged;
    if (log_as.sql) {
        logged = logged_sql(I, st, log_as.sql, log_as.params, log_as.nparams, log_as.names);
        args = log_as.args;
    } else {
        logged = logged_sql(I, st, sql, params, nparams, names);
    }
    record(I, st, logged, kind_of(run_sql), &ri, NULL, args);
    if (il) {
        il_store(I, il, out, pending);
        if (row_fn && v_is_unset(pending))
            il_rows_through(I, out, row_fn, out->row_ctx);
    }
    if (!v_is_unset(pending))
        exc_raise(I, pending);
    if (!v_is_unset(ri.row_error))
        exc_raise(I, ri.row_error);
}

void db_log_next_as(Interp *I, const char *sql, const Value *params, int nparams, Str *const *names,
                    Value args)
{
    DbState *st = state(I);
    st->log_as.sql = sql;
    st->log_as.params = params;
    st->log_as.nparams = nparams;
    st->log_as.names = names;
    st->log_as.args = args;
}

void db_trace_only(Interp *I, const char *sql, const Value *params, int nparams,
                   Str *const *names, Value args, bool failed)
{
    DbState *st = state(I);
    db_handle(I);
    if (st->il && il_replay(I, st->il, NULL))
        return;
    RunInfo ri = { .failed = failed };
    Str *logged = logged_sql(I, st, sql, params, nparams, names);
    record(I, st, logged, kind_of(sql), &ri, NULL, args);
    if (st->il)
        il_store(I, st->il, NULL, v_unset());
}

DbKind db_kind_of(const char *sql)
{
    return kind_of(sql);
}

bool db_in_transaction(Interp *I)
{
    DbState *st = I->db;
    return st && st->db && !sqlite3_get_autocommit(st->db);
}

void db_execute_many(Interp *I, const char *sql, Value param_seq, DbResult *out)
{
    DbState *st = state(I);
    db_handle(I);
    LogAs log_as = st->log_as;
    st->log_as.sql = NULL;
    Interleave *il = st->il;
    if (il && il_replay(I, il, out))
        return;
    /* CursorDebugWrapper logs len(param_list) times, "?" for an iterator */
    Class *pc = class_of(I, param_seq);
    bool sized = (pc->dunders & DU_LEN) || pc->ops->len;
    List *seq = obj_to_list(I, param_seq);
    Str **names = NULL;
    const char *run_sql = NULL;
    RunInfo total = { 0 };
    int64_t rowcount = 0;
    DbResult r = { 0 };
    Value pending = v_unset();
    for (int64_t i = 0; i < seq->len && v_is_unset(pending); i++) {
        Value p = seq->items[i];
        int n;
        Value *vals;
        if (obj_isinstance(I, p, I->cls.dict)) {
            Dict *d = (Dict *)p.u.o;
            n = (int)d->len;
            vals = interp_alloc(I, sizeof(Value) * (size_t)(n ? n : 1));
            Str **nm = interp_alloc(I, sizeof(Str *) * (size_t)(n ? n : 1));
            int64_t pos = 0;
            Value k, v;
            int j = 0;
            while (dict_next(d, &pos, &k, &v)) {
                nm[j] = v_as_str(I, k, "parameter name");
                vals[j++] = v;
            }
            if (i == 0)
                names = nm;
            if (!run_sql) {
                Str **colon = interp_alloc(I, sizeof(Str *) * (size_t)(n ? n : 1));
                for (int c = 0; c < n; c++)
                    colon[c] = str_fmt(I, ":%s", nm[c]->s);
                run_sql = percent_subst(I, sql, n, colon, nm)->s;
            }
            names = nm;
        } else {
            List *l = obj_to_list(I, p);
            n = (int)l->len;
            vals = l->items;
            if (!run_sql)
                run_sql = convert_format(I, sql);
            names = NULL;
        }
        RunInfo ri = { 0 };
        pending = run_stmt(I, st, run_sql, vals, n, names, true, &r, &ri);
        if (il)
            il_check_blocked(I, il, &ri);
        total.ms += ri.ms;
        total.rows += ri.rows;
        total.failed |= ri.failed;
        if (r.rowcount > 0)
            rowcount += r.rowcount;
    }
    if (!run_sql)
        run_sql = convert_format(I, sql);
    const char *log_sql = sql;
    Value log_seq = param_seq;
    int64_t log_n = seq->len;
    if (log_as.sql) {               /* an execute wrapper ran other SQL or parameters */
        log_sql = log_as.sql;
        log_seq = log_as.args;
        Class *oc = class_of(I, log_seq);
        sized = (oc->dunders & DU_LEN) || oc->ops->len;
        log_n = sized ? obj_len(I, log_seq) : 0;
    }
    Str *times = sized ? str_fmt(I, "%lld times: %s", (long long)log_n, log_sql)
                       : str_fmt(I, "? times: %s", log_sql);
    record(I, st, times, kind_of(run_sql), &total, st->log_on ? str_from_cstr(I, log_sql) : NULL, log_seq);
    if (out) {
        out->rows = list_new(I, 0);
        out->columns = tuple_new(I, 0);
        out->rowcount = kind_of(run_sql) <= DB_DELETE && kind_of(run_sql) != DB_SELECT ? rowcount : -1;
        out->lastrowid = r.lastrowid;
    }
    if (il)
        il_store(I, il, out, pending);
    if (!v_is_unset(pending))
        exc_raise(I, pending);
}

void db_untraced_execute(Interp *I, const char *sql, const Value *params, int nparams, DbResult *out)
{
    DbState *st = state(I);
    if (st->il && il_skip_untraced(st->il)) {
        if (out) {
            out->rows = list_new(I, 0);
            out->columns = tuple_new(I, 0);
            out->rowcount = -1;
            out->lastrowid = 0;
        }
        return;
    }
    RunInfo ri = { 0 };
    Value pending = run_stmt(I, st, sql, params, nparams, NULL, false, out, &ri);
    if (!v_is_unset(pending))
        exc_raise(I, pending);
}

/* ------------------------------------------------------------------ */
/* The trace                                                           */
/* ------------------------------------------------------------------ */

size_t db_trace_count(Interp *I)
{
    return I->db ? ((DbState *)I->db)->ntrace : 0;
}

const DbQuery *db_trace_get(Interp *I, size_t i)
{
    DbState *st = I->db;
    return st && i < st->ntrace ? &st->trace[i] : NULL;
}

List *db_trace_sql_list(Interp *I, size_t from, size_t to)
{
    size_t n = db_trace_count(I);
    if (to > n)
        to = n;
    List *l = list_new(I, 0);
    for (size_t i = from; i < to; i++)
        list_append(I, l, v_obj(((DbState *)I->db)->trace[i].sql));
    return l;
}

void db_trace_reset(Interp *I)
{
    if (I->db)
        ((DbState *)I->db)->ntrace = 0;
}
