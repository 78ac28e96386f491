/*
 * db.h — the database under the ORM: one in-memory SQLite connection per
 * interpreter, a copy of the fixture the front end chose, and the SQL tracer.
 *
 * The connection opens lazily on first use. Statements come in Django's
 * "format" style (`%s` placeholders, `%%` for a literal %) or "pyformat"
 * style (`%(name)s`), exactly as Django's SQLite backend accepts them, and
 * are recorded in the trace with their parameters filled in the way Django
 * 5.2's `connection.queries` shows them (QUOTE()d, substituted with `%`).
 * SQLite errors raise the django.db exceptions (IntegrityError,
 * OperationalError, …) with SQLite's message; running past
 * Budget.max_sql_steps is a fatal stop (FATAL_SQL).
 *
 * Memory: results live in the run's arena. The sqlite3 handle is closed by
 * db_close(), which interp_free() calls.
 */
#ifndef ORMKATA_DB_H
#define ORMKATA_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "obj.h"

typedef struct sqlite3 sqlite3;

/* What the statement is, from its first keyword. */
typedef enum DbKind {
    DB_SELECT, DB_INSERT, DB_UPDATE, DB_DELETE, DB_BEGIN, DB_COMMIT, DB_ROLLBACK,
    DB_SAVEPOINT, DB_RELEASE, DB_OTHER
} DbKind;

/* "SELECT", "INSERT", … "OTHER". Static storage. */
const char *db_kind_name(DbKind k);

/* One traced statement (arena memory; never changes once recorded). */
typedef struct DbQuery {
    Str *sql;           /* parameters filled in, as connection.queries shows it */
    DbKind kind;
    int64_t rows;       /* rows returned (SELECT, RETURNING) else rows changed */
    double ms;          /* wall time spent in SQLite */
    int line;           /* learner's source line (innermost user frame), 0 if none */
    Str *file;          /* that frame's file name, NULL if none */
    bool failed;        /* SQLite raised an error (still recorded, as Django does) */
} DbQuery;

/* What stands for one result row instead of a tuple of its values: fn gets
 * the row's values (converted, ncol of them, in a buffer reused for the next
 * row) and returns the object to keep (a model instance, mod_orm.c). */
typedef Value (*DbRowFn)(Interp *I, void *ctx, const Value *cols, int ncol);

/* The outcome of one statement. All rows are read before db_execute returns
 * (the statement is finalised), so nothing needs closing. */
typedef struct DbResult {
    List *rows;         /* tuples of Python values; empty list when no columns */
    Tuple *columns;     /* column names (str); empty tuple when no columns */
    int64_t rowcount;   /* changes for INSERT/UPDATE/DELETE/REPLACE, else -1 (as sqlite3) */
    int64_t lastrowid;  /* sqlite3_last_insert_rowid after the statement */
    DbRowFn row_fn;     /* in, optional: rows holds what it makes of each row */
    void *row_ctx;
} DbResult;

/* ---- configuration (front end, before the first statement) ---- */

/* Use a serialized database image (fixture_build_image) as this
 * interpreter's database: the connection opens on a private copy, so the
 * image is not modified. The image must outlive the interpreter (the front
 * end caches it per process). Without a call, the engine builds the kata
 * fixture of FIXTURE_DEFAULT_VARIANT itself on first use. */
void db_configure(Interp *I, const unsigned char *image, size_t n);

/* The same, but the image is asked for only when the program first touches
 * the database (so a run that never does pays nothing for building it).
 * fn returns 1 and sets *image and *n, or 0 with a message in *err (freed with
 * sqlite3_free). The image must outlive the interpreter. */
typedef int (*DbImageFn)(void *ctx, const unsigned char **image, size_t *n, char **err);
void db_configure_lazy(Interp *I, DbImageFn fn, void *ctx);

/* For a template interpreter that children fork from: open a connection
 * on a private copy of image now (schema read, trace statement prepared),
 * kept aside until db_configure(I, image, n) asks for the same image —
 * in a forked child, which then shares the pristine pages copy-on-write
 * instead of copying and opening the image itself. Up to two images (the
 * grader's two fixture variants). The template must never run a statement
 * itself after this. false when it could not (the child then opens its
 * own connection as before). */
bool db_preopen(Interp *I, const unsigned char *image, size_t n);

/* Called once per statement after it ran (for `ormkata run --sql`):
 * `index` is its 1-based number in the trace. Pass fn NULL to remove. */
typedef void (*DbTraceHook)(void *ctx, const DbQuery *q, size_t index);
void db_set_trace_hook(Interp *I, DbTraceHook fn, void *ctx);

/* Django's SQL logging: while fn is set (not None), every traced statement
 * is also handed to fn(sql, params, duration_s, has_params) right after it
 * is recorded — what CursorDebugWrapper.debug_sql (has_params True; for
 * executemany the raw SQL and the parameter sequence) and
 * debug_transaction (has_params False, params None) log to the
 * django.db.backends logger. The logging module sets fn only while that
 * logger is enabled for DEBUG, so otherwise a statement costs one flag
 * test. What fn raises propagates from the statement. */
void db_set_sql_logger(Interp *I, Value fn);
/* Whether a logger is set (callers may skip preparing what only it reads). */
bool db_sql_logger_on(Interp *I);

/* The open connection (opening it when needed); raises OperationalError
 * when the database cannot be opened. */
sqlite3 *db_handle(Interp *I);

/* Close the connection; safe to call twice (interp_free calls it). */
void db_close(Interp *I);

/* ---- running statements ---- */

/* Run one Django-style statement, traced. `params` NULL with nparams < 0
 * stands for params=None (the SQL runs as is, `%` untouched). Otherwise
 * positional parameters `%s`. `names`, when not NULL, gives a name per
 * parameter for "pyformat" `%(name)s` placeholders (a dict's keys, in
 * order). Values bind as Django's SQLite adapters do: None, bool→int, int,
 * float, str, bytes, date→isoformat(), datetime→isoformat(" "),
 * Decimal→str; anything else raises ProgrammingError ("Error binding
 * parameter 1: type 'list' is not supported"). `args` is the params object
 * as the program gave it, for the django.db.backends log record (see
 * db_set_sql_logger); V_UNSET logs it as debug_transaction does (COMMIT,
 * ROLLBACK: no params). Fills *out (may be NULL). */
void db_execute(Interp *I, const char *sql, const Value *params, int nparams,
                Str *const *names, Value args, DbResult *out);

/* executemany: the statement once per parameter sequence (each a tuple or
 * list, or a dict when names is wanted), traced once as Django does
 * ("3 times: <sql>"). Fills *out with the summed rowcount. */
void db_execute_many(Interp *I, const char *sql, Value param_seq, DbResult *out);

/* The engine's own statements: plain SQLite SQL with `?` placeholders, not
 * recorded in the trace (still counted against the SQL budget). */
void db_untraced_execute(Interp *I, const char *sql, const Value *params, int nparams,
                         DbResult *out);

/* Log the next statement db_execute runs as this one (the SQL and
 * parameters a Django execute wrapper was given, when it runs others):
 * Django's debug cursor logs around the wrappers. Used once. */
void db_log_next_as(Interp *I, const char *sql, const Value *params, int nparams, Str *const *names,
                    Value args);

/* Record a statement in the trace without running it (arena memory),
 * with its parameters filled in as db_execute would show them (params NULL
 * and nparams < 0: the SQL as is). Django logs statements it never sends:
 * the "BEGIN" of set_autocommit(False), a COMMIT or ROLLBACK with no open
 * transaction, and a query refused because the atomic block is broken
 * (`failed` true). */
void db_trace_only(Interp *I, const char *sql, const Value *params, int nparams,
                   Str *const *names, Value args, bool failed);

/* The statement's kind from its first keyword (as the trace records it). */
DbKind db_kind_of(const char *sql);

/* True while SQLite has a transaction open (not in autocommit mode). False
 * when the connection is not open yet. */
bool db_in_transaction(Interp *I);

/* ---- two requests at once (run_interleaved) ---- */

/* Share the database between two new connections, one per side; from now
 * on statements run on the selected side's connection (see db.c). A side
 * whose run already ran its new statement gets `switch_cls` raised at its
 * next one. Raises RuntimeError when nested or inside a transaction. */
void db_interleave_begin(Interp *I, Class *switch_cls);
/* Run side 0 or 1 next, from its start (its earlier statements are
 * answered from its records). fail_busy: a lock wait is an error
 * ("database is locked") instead of blocking the side. */
void db_interleave_select(Interp *I, int side, bool fail_busy);
/* After a run of `side`: did it run a new statement, is it blocked on a
 * lock, how many statements it asked for. */
void db_interleave_status(Interp *I, int side, bool *progressed, bool *blocked, size_t *pos);
/* Statements the current side has asked for in this run. */
size_t db_interleave_pos(Interp *I);
/* Roll back what a side left open, copy the shared database back into the
 * interpreter's own, close the side connections. Safe to call twice. */
void db_interleave_end(Interp *I);

/* ---- the trace ---- */

size_t db_trace_count(Interp *I);                 /* statements recorded so far */
const DbQuery *db_trace_get(Interp *I, size_t i); /* 0-based; NULL when out of range */
/* A mark is just a count: statements run since `mark` are mark..count-1.
 * Returns a new list of the Str sql of entries [from, to). */
List *db_trace_sql_list(Interp *I, size_t from, size_t to);
/* Forget every recorded statement (django.db.reset_queries()). */
void db_trace_reset(Interp *I);

/* ---- exceptions (django.db.utils) ---- */

typedef enum DbErr {
    DBE_ERROR, DBE_INTERFACE, DBE_DATABASE, DBE_DATA, DBE_OPERATIONAL, DBE_INTEGRITY,
    DBE_INTERNAL, DBE_PROGRAMMING, DBE_NOT_SUPPORTED, DBE__COUNT
} DbErr;
/* The class (created on first use, shared with the django.db module). */
Class *db_exc_class(Interp *I, DbErr which);
/* ---- modules (mod_django_db.c) ---- */
/* cursor.execute(sql, params) on a django.db cursor, its rows made by fn
 * (see DbRowFn) instead of tuples; everything else as cursor.execute. */
void db_cursor_execute_rows(Interp *I, Value cursor, Str *sql, Value params, DbRowFn fn, void *ctx);
Module *mod_django_db_init(Interp *I);
Module *mod_django_db_utils_init(Interp *I);

#endif
