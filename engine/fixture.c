/*
 * fixture.c — the kata fixture's public side: SQL text, loaders, images.
 *
 * fixture_gen.c generates the rows; this file gives them two sinks. The text
 * sink formats one `INSERT INTO "table" ("col", ...) VALUES (...);` per row
 * (fixture_sql, `ormkata fixture`), loadable into a real Django project. The
 * database sink binds the same rows to multi-row prepared INSERTs
 * (fixture_load), which is several times faster than parsing the text.
 *
 * It also loads users' fixture files (INSERT statements only, errors as
 * path:line), and builds and opens serialized database images so that each
 * run can start from a private copy of the loaded database in well under a
 * millisecond.
 */
#include "fixture.h"
#include "fixture_gen.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ schema */

/* The DDL Django runs for data/models/{blog,books,bank}.py: Django 5.2.18's
 * schema editor on SQLite 3.40 (`run.py --schema`), identical byte for byte to
 * ../shared/conformance/django_schema.sql (made by Django 3.2). For now it is
 * embedded here; later the ORM will generate the DDL from the model files and
 * this copy becomes the reference its output is tested against. */
static const char SCHEMA_SQL[] =
    "CREATE TABLE \"blog_blog\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"name\" varchar(100) NOT NULL, \"tagline\" text NOT NULL);\n"
    "CREATE TABLE \"blog_author\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"name\" varchar(200) NOT NULL, \"email\" varchar(254) NOT NULL);\n"
    "CREATE TABLE \"blog_entry\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"blog_id\" integer NOT NULL REFERENCES \"blog_blog\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"headline\" varchar(255) NOT NULL, \"body_text\" text NOT NULL, \"pub_date\" date NOT NULL, \"mod_date\" date NOT NULL, \"number_of_comments\" integer NOT NULL, \"number_of_pingbacks\" integer NOT NULL, \"rating\" integer NOT NULL);\n"
    "CREATE TABLE \"blog_entry_authors\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"entry_id\" integer NOT NULL REFERENCES \"blog_entry\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"author_id\" integer NOT NULL REFERENCES \"blog_author\" (\"id\") DEFERRABLE INITIALLY DEFERRED);\n"
    "CREATE TABLE \"books_author\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"name\" varchar(100) NOT NULL, \"age\" integer NOT NULL);\n"
    "CREATE TABLE \"books_publisher\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"name\" varchar(300) NOT NULL);\n"
    "CREATE TABLE \"books_book\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"name\" varchar(300) NOT NULL, \"pages\" integer NOT NULL, \"price\" decimal NOT NULL, \"rating\" real NOT NULL, \"publisher_id\" integer NOT NULL REFERENCES \"books_publisher\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"pubdate\" date NOT NULL);\n"
    "CREATE TABLE \"books_book_authors\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"book_id\" integer NOT NULL REFERENCES \"books_book\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"author_id\" integer NOT NULL REFERENCES \"books_author\" (\"id\") DEFERRABLE INITIALLY DEFERRED);\n"
    "CREATE TABLE \"books_store\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"name\" varchar(300) NOT NULL);\n"
    "CREATE TABLE \"books_store_books\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"store_id\" integer NOT NULL REFERENCES \"books_store\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"book_id\" integer NOT NULL REFERENCES \"books_book\" (\"id\") DEFERRABLE INITIALLY DEFERRED);\n"
    "CREATE TABLE \"bank_account\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"owner\" varchar(100) NOT NULL, \"balance\" integer NOT NULL);\n"
    "CREATE TABLE \"bank_transfer\" (\"id\" integer NOT NULL PRIMARY KEY AUTOINCREMENT, \"source_id\" integer NOT NULL REFERENCES \"bank_account\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"target_id\" integer NOT NULL REFERENCES \"bank_account\" (\"id\") DEFERRABLE INITIALLY DEFERRED, \"amount\" integer NOT NULL, \"created\" datetime NOT NULL);\n"
    "CREATE INDEX \"blog_entry_blog_id_8cd38d8b\" ON \"blog_entry\" (\"blog_id\");\n"
    "CREATE UNIQUE INDEX \"blog_entry_authors_entry_id_author_id_991f9666_uniq\" ON \"blog_entry_authors\" (\"entry_id\", \"author_id\");\n"
    "CREATE INDEX \"blog_entry_authors_entry_id_df89c7c1\" ON \"blog_entry_authors\" (\"entry_id\");\n"
    "CREATE INDEX \"blog_entry_authors_author_id_44edd3c2\" ON \"blog_entry_authors\" (\"author_id\");\n"
    "CREATE INDEX \"books_book_publisher_id_189e6c56\" ON \"books_book\" (\"publisher_id\");\n"
    "CREATE UNIQUE INDEX \"books_book_authors_book_id_author_id_8714badb_uniq\" ON \"books_book_authors\" (\"book_id\", \"author_id\");\n"
    "CREATE INDEX \"books_book_authors_book_id_ed3433e7\" ON \"books_book_authors\" (\"book_id\");\n"
    "CREATE INDEX \"books_book_authors_author_id_984f1ab8\" ON \"books_book_authors\" (\"author_id\");\n"
    "CREATE UNIQUE INDEX \"books_store_books_store_id_book_id_fb549ac9_uniq\" ON \"books_store_books\" (\"store_id\", \"book_id\");\n"
    "CREATE INDEX \"books_store_books_store_id_680cf4c4\" ON \"books_store_books\" (\"store_id\");\n"
    "CREATE INDEX \"books_store_books_book_id_363c3704\" ON \"books_store_books\" (\"book_id\");\n"
    "CREATE INDEX \"bank_transfer_source_id_b65b9b0d\" ON \"bank_transfer\" (\"source_id\");\n"
    "CREATE INDEX \"bank_transfer_target_id_0f0736e4\" ON \"bank_transfer\" (\"target_id\");\n";

const char *fixture_schema_sql(void)
{
    return SCHEMA_SQL;
}

/* Store a copy of msg in *errmsg (when errmsg is not NULL). */
static void set_err(char **errmsg, const char *msg)
{
    if (errmsg)
        *errmsg = sqlite3_mprintf("%s", msg);
}

int fixture_create_schema(sqlite3 *db, char **errmsg)
{
    const unsigned char *pre;
    size_t pre_n;
    if (!getenv("ORMKATA_NO_PREBUILT") && fixture_prebuilt_schema(&pre, &pre_n))
        return fixture_open_image(db, pre, pre_n, errmsg);
    char *e = NULL;
    if (sqlite3_exec(db, SCHEMA_SQL, NULL, NULL, &e) != SQLITE_OK) {
        if (errmsg)
            *errmsg = sqlite3_mprintf("fixture schema: %s", e ? e : sqlite3_errmsg(db));
        sqlite3_free(e);
        return FIXTURE_EINTERNAL;
    }
    return FIXTURE_OK;
}

/* A growable malloc'd byte buffer; `oom` sticks once an allocation fails. */
typedef struct Buf {
    char *p;
    size_t n, cap;
    int oom;
} Buf;

static int buf_reserve(Buf *b, size_t extra)
{
    if (b->oom)
        return 0;
    if (b->n + extra + 1 <= b->cap)
        return 1;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->n + extra + 1)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) {
        b->oom = 1;
        return 0;
    }
    b->p = p;
    b->cap = cap;
    return 1;
}

static void buf_put(Buf *b, const char *s, size_t n)
{
    if (!buf_reserve(b, n))
        return;
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static void buf_puts(Buf *b, const char *s)
{
    buf_put(b, s, strlen(s));
}

static void buf_int(Buf *b, int64_t v)
{
    char tmp[24];
    int i = (int)sizeof tmp;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--i] = '-';
    buf_put(b, tmp + i, sizeof tmp - (size_t)i);
}

/* s[0..n) as an SQL string literal: single quotes, embedded quotes doubled. */
static void buf_quoted(Buf *b, const char *s, size_t n)
{
    if (!buf_reserve(b, 2 * n + 2))
        return;
    char *o = b->p + b->n;
    *o++ = '\'';
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\'')
            *o++ = '\'';
        *o++ = s[i];
    }
    *o++ = '\'';
    b->n = (size_t)(o - b->p);
    b->p[b->n] = '\0';
}

/* ------------------------------------------------------------------ sinks */

typedef struct TextSink {
    FixtureSink base;
    Buf buf;
} TextSink;

static int text_row(FixtureSink *s, int table, const FixtureVal *vals)
{
    TextSink *ts = (TextSink *)s;
    const FixtureTable *t = fixture_gen_table(table);
    Buf *b = &ts->buf;
    buf_puts(b, "INSERT INTO \"");
    buf_puts(b, t->name);
    buf_puts(b, "\" (");
    for (int c = 0; c < t->ncols; c++) {
        buf_puts(b, c ? ", \"" : "\"");
        buf_puts(b, t->cols[c]);
        buf_puts(b, "\"");
    }
    buf_puts(b, ") VALUES (");
    for (int c = 0; c < t->ncols; c++) {
        if (c)
            buf_puts(b, ", ");
        if (vals[c].k == FV_INT)
            buf_int(b, vals[c].i);
        else if (vals[c].k == FV_TEXT)
            buf_quoted(b, vals[c].s, strlen(vals[c].s));
        else
            buf_puts(b, vals[c].s);
    }
    buf_puts(b, ");\n");
    return b->oom;
}

/* The database sink collects up to DB_BATCH rows of one table and inserts
 * them with one multi-row INSERT: far fewer statement executions (and
 * sqlite_sequence updates) than a row at a time, with the same rows in the
 * same order. */
#define DB_BATCH 64

/* How far a run's database may grow past its image (see fixture_open_image):
 * 256 MiB, far past what a run writes within its step and time limits, and
 * the mmap_size it is read through. Past it, SQLite says "database or disk
 * is full". */
#define FIXTURE_DB_ROOM_STR "268435456"
#define FIXTURE_DB_ROOM ((sqlite3_uint64)1 << 28)

typedef struct DbSink {
    FixtureSink base;
    sqlite3 *db;
    sqlite3_stmt *batch[FT_COUNT];   /* DB_BATCH-row INSERT per table, made on first use */
    int table, nrows;               /* rows pending for `table` */
    FixtureVal rows[DB_BATCH][9];          /* text values point into `text` by offset until bound */
    Buf text;
    char *err;                      /* sqlite3_mprintf'd message after a failure */
} DbSink;

/* Prepare INSERT INTO table (...) VALUES (?, ...), ... for nrows rows. */
static sqlite3_stmt *db_prepare(DbSink *ds, int table, int nrows)
{
    const FixtureTable *t = fixture_gen_table(table);
    Buf sql = {0};
    sqlite3_stmt *st = NULL;
    buf_puts(&sql, "INSERT INTO \"");
    buf_puts(&sql, t->name);
    buf_puts(&sql, "\" (");
    for (int c = 0; c < t->ncols; c++) {
        buf_puts(&sql, c ? ", \"" : "\"");
        buf_puts(&sql, t->cols[c]);
        buf_puts(&sql, "\"");
    }
    buf_puts(&sql, ") VALUES ");
    for (int r = 0; r < nrows; r++) {
        buf_puts(&sql, r ? ", (" : "(");
        for (int c = 0; c < t->ncols; c++)
            buf_puts(&sql, c ? ", ?" : "?");
        buf_puts(&sql, ")");
    }
    if (sql.oom)
        ds->err = sqlite3_mprintf("fixture: out of memory");
    else if (sqlite3_prepare_v2(ds->db, sql.p, (int)sql.n, &st, NULL) != SQLITE_OK)
        ds->err = sqlite3_mprintf("fixture: %s: %s", t->name, sqlite3_errmsg(ds->db));
    free(sql.p);
    return st;
}

/* Insert the pending rows; returns 0 or 1 (ds->err set). */
static int db_flush(DbSink *ds)
{
    if (!ds->nrows)
        return 0;
    const FixtureTable *t = fixture_gen_table(ds->table);
    sqlite3_stmt *st;
    if (ds->nrows == DB_BATCH) {
        if (!ds->batch[ds->table])
            ds->batch[ds->table] = db_prepare(ds, ds->table, DB_BATCH);
        st = ds->batch[ds->table];
    } else {
        st = db_prepare(ds, ds->table, ds->nrows);
    }
    if (!st)
        return 1;
    int p = 1;
    for (int r = 0; r < ds->nrows; r++)
        for (int c = 0; c < t->ncols; c++, p++) {
            const FixtureVal *v = &ds->rows[r][c];
            if (v->k == FV_INT)
                sqlite3_bind_int64(st, p, v->i);
            else
                sqlite3_bind_text(st, p, ds->text.p + v->i, -1, SQLITE_STATIC);
        }
    int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE)
        ds->err = sqlite3_mprintf("fixture: %s: %s", t->name, sqlite3_errmsg(ds->db));
    if (st == ds->batch[ds->table]) {
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
    } else {
        sqlite3_finalize(st);
    }
    ds->nrows = 0;
    ds->text.n = 0;
    return rc != SQLITE_DONE;
}

static int db_row(FixtureSink *s, int table, const FixtureVal *vals)
{
    DbSink *ds = (DbSink *)s;
    if ((ds->nrows && ds->table != table) || ds->nrows == DB_BATCH)
        if (db_flush(ds))
            return 1;
    ds->table = table;
    FixtureVal *row = ds->rows[ds->nrows++];
    for (int c = 0; c < fixture_gen_table(table)->ncols; c++) {
        row[c] = vals[c];
        if (vals[c].k != FV_INT) {
            row[c].i = (int64_t)ds->text.n;     /* offset: text.p may move */
            buf_put(&ds->text, vals[c].s, strlen(vals[c].s) + 1);
        }
    }
    if (ds->text.oom) {
        ds->err = sqlite3_mprintf("fixture: out of memory");
        return 1;
    }
    return 0;
}

/* ------------------------------------------------------------------ entry points */

char *fixture_sql(int variant, size_t *len)
{
    if (variant < 1)
        return NULL;
    TextSink ts;
    memset(&ts, 0, sizeof ts);
    ts.base.row = text_row;
    buf_reserve(&ts.buf, (size_t)3 << 20);
    char head[320];
    snprintf(head, sizeof head,
             "-- ormkata kata fixture, variant %d (generated by engine/fixture.c; do not edit).\n"
             "-- Plain INSERTs into Django's default tables for data/models/blog.py, books.py and bank.py;\n"
             "-- load them into the migrated tables, e.g. with sqlite3's executescript().\n",
             variant);
    buf_puts(&ts.buf, head);
    if (fixture_gen_run(&ts.base, variant) || ts.buf.oom) {
        free(ts.buf.p);
        return NULL;
    }
    if (len)
        *len = ts.buf.n;
    return ts.buf.p;
}

int fixture_load(sqlite3 *db, int variant, char **errmsg)
{
    if (errmsg)
        *errmsg = NULL;
    if (variant < 1) {
        set_err(errmsg, "fixture: variant must be 1 or more");
        return FIXTURE_EINTERNAL;
    }
    if (sqlite3_exec(db, "SAVEPOINT ormkata_fixture", NULL, NULL, NULL) != SQLITE_OK) {
        if (errmsg)
            *errmsg = sqlite3_mprintf("fixture: %s", sqlite3_errmsg(db));
        return FIXTURE_EINTERNAL;
    }
    DbSink ds;
    memset(&ds, 0, sizeof ds);
    ds.base.row = db_row;
    ds.db = db;
    int rc = fixture_gen_run(&ds.base, variant);
    if (!rc)
        rc = db_flush(&ds);
    for (int t = 0; t < FT_COUNT; t++)
        sqlite3_finalize(ds.batch[t]);
    free(ds.text.p);
    if (rc) {
        sqlite3_exec(db, "ROLLBACK TO ormkata_fixture; RELEASE ormkata_fixture", NULL, NULL, NULL);
        if (errmsg)
            *errmsg = ds.err ? ds.err : sqlite3_mprintf("fixture: out of memory");
        else
            sqlite3_free(ds.err);
        return FIXTURE_EINTERNAL;
    }
    if (sqlite3_exec(db, "RELEASE ormkata_fixture", NULL, NULL, NULL) != SQLITE_OK) {
        if (errmsg)
            *errmsg = sqlite3_mprintf("fixture: %s", sqlite3_errmsg(db));
        sqlite3_exec(db, "ROLLBACK TO ormkata_fixture; RELEASE ormkata_fixture", NULL, NULL, NULL);
        return FIXTURE_EINTERNAL;
    }
    return FIXTURE_OK;
}

/* ------------------------------------------------------------------ user fixture files */

/* Past white space and SQL comments, and past semicolons too when `semis`. */
static const char *skip_blank(const char *p, const char *end, int semis)
{
    for (;;) {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' ||
                           *p == '\v' || (semis && *p == ';')))
            p++;
        if (end - p >= 2 && p[0] == '-' && p[1] == '-') {
            while (p < end && *p != '\n')
                p++;
        } else if (end - p >= 2 && p[0] == '/' && p[1] == '*') {
            p += 2;
            while (end - p >= 2 && !(p[0] == '*' && p[1] == '/'))
                p++;
            p = end - p >= 2 ? p + 2 : end;
        } else {
            return p;
        }
    }
}

static const char *skip_space_and_comments(const char *p, const char *end)
{
    return skip_blank(p, end, 1);
}

/* Line numbers, counted incrementally as the loader moves forward. */
typedef struct LineCursor {
    const char *pos;
    int line;
} LineCursor;

static int line_at(LineCursor *c, const char *p)
{
    for (; c->pos < p; c->pos++)
        if (*c->pos == '\n')
            c->line++;
    return c->line;
}

static int is_word_char(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '_';
}

/* Does the statement at p start with the keyword INSERT? */
static int starts_with_insert(const char *p, const char *end)
{
    static const char kw[] = "insert";
    for (int i = 0; i < 6; i++)
        if (p + i >= end || (p[i] | 0x20) != kw[i])
            return 0;
    return p + 6 >= end || !is_word_char(p[6]);
}

/* The fast path for the common statement, `INSERT ... VALUES (v, ...);`
 * with every v an integer, a string or NULL: the text up to VALUES is
 * prepared once with `?` for each value and the values are bound, instead
 * of SQLite parsing every row (5-7x quicker). A bound integer, string or
 * NULL is stored as its literal would be, so the rows are the same; every
 * other shape (floats, expressions, several rows, RETURNING, upserts) and
 * every statement that does not prepare goes the general way, which also
 * gives the error messages. */
enum { SHAPES_MAX = 32 };

typedef struct InsertShape {
    const char *prefix;         /* the statement's text up to VALUES (in the loaded text) */
    size_t n;
    int nvals;
    sqlite3_stmt *st;           /* NULL: did not prepare, go the general way */
} InsertShape;

typedef struct ShapeCache {
    InsertShape s[SHAPES_MAX];
    int n;
    char *scratch;              /* an unescaped string value */
    size_t cap;
} ShapeCache;

static void shapes_free(ShapeCache *c)
{
    for (int i = 0; i < c->n; i++)
        sqlite3_finalize(c->s[i].st);
    free(c->scratch);
}

/* The end of the top-level keyword VALUES in the statement at p (quotes,
 * comments and parentheses skipped), or NULL before the statement ends. */
static const char *find_values(const char *p, const char *end)
{
    int depth = 0;
    while (p < end) {
        char ch = *p;
        if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
            char close = ch == '[' ? ']' : ch;
            for (p++; p < end && *p != close; p++)
                ;
            if (p >= end)
                return NULL;
            p++;
        } else if ((ch == '-' && end - p >= 2 && p[1] == '-') || (ch == '/' && end - p >= 2 && p[1] == '*')) {
            p = skip_blank(p, end, 0);
        } else if (ch == '(') {
            depth++, p++;
        } else if (ch == ')') {
            depth--, p++;
        } else if (ch == ';') {
            return NULL;
        } else if (is_word_char(ch)) {
            const char *w = p;
            while (p < end && (is_word_char(*p) || (unsigned char)*p >= 0x80))
                p++;
            if (depth == 0 && p - w == 6 && sqlite3_strnicmp(w, "values", 6) == 0)
                return p;
        } else {
            p++;
        }
    }
    return NULL;
}

typedef struct Lit {
    enum { LIT_INT, LIT_STR, LIT_NULL } kind;
    sqlite3_int64 i;
    const char *s;              /* LIT_STR: the text between the quotes, '' not yet undone */
    size_t n;
    int quotes;                 /* how many '' it holds */
} Lit;

/* One integer, string or NULL literal at p; its end, or NULL. */
static const char *scan_literal(const char *p, const char *end, Lit *v)
{
    if (p < end && *p == '\'') {
        const char *s = ++p;
        int quotes = 0;
        for (;; p++) {
            if (p >= end)
                return NULL;
            if (*p == '\'') {
                if (p + 1 < end && p[1] == '\'') {
                    quotes++, p++;
                    continue;
                }
                break;
            }
        }
        *v = (Lit){.kind = LIT_STR, .s = s, .n = (size_t)(p - s), .quotes = quotes};
        return p + 1;
    }
    if (end - p >= 4 && sqlite3_strnicmp(p, "null", 4) == 0 && (end - p == 4 || !is_word_char(p[4]))) {
        *v = (Lit){.kind = LIT_NULL};
        return p + 4;
    }
    int neg = 0;
    if (p < end && (*p == '-' || *p == '+'))
        neg = *p++ == '-';
    if (p >= end || *p < '0' || *p > '9')
        return NULL;
    uint64_t u = 0;
    for (; p < end && *p >= '0' && *p <= '9'; p++) {
        if (u > ((uint64_t)INT64_MAX - (uint64_t)(*p - '0')) / 10)
            return NULL;        /* past the integers: SQLite makes it a float */
        u = u * 10 + (uint64_t)(*p - '0');
    }
    if (p < end && (is_word_char(*p) || *p == '.' || (unsigned char)*p >= 0x80))
        return NULL;            /* 1.5, 1e3, 0x1F, 12abc */
    *v = (Lit){.kind = LIT_INT, .i = neg ? -(sqlite3_int64)u : (sqlite3_int64)u};
    return p;
}

static int bind_literal(sqlite3_stmt *st, int k, const Lit *v, ShapeCache *c)
{
    if (v->kind == LIT_NULL)
        return sqlite3_bind_null(st, k);
    if (v->kind == LIT_INT)
        return sqlite3_bind_int64(st, k, v->i);
    if (!v->quotes)
        return sqlite3_bind_text64(st, k, v->s, v->n, SQLITE_STATIC, SQLITE_UTF8);
    if (v->n + 1 > c->cap) {
        char *s = realloc(c->scratch, v->n + 1);
        if (!s)
            return SQLITE_NOMEM;
        c->scratch = s;
        c->cap = v->n + 1;
    }
    size_t m = 0;
    for (size_t i = 0; i < v->n; i++) {
        c->scratch[m++] = v->s[i];
        if (v->s[i] == '\'')
            i++;
    }
    return sqlite3_bind_text64(st, k, c->scratch, m, SQLITE_TRANSIENT, SQLITE_UTF8);
}

/* The prepared shape for the statement's text up to VALUES; NULL when it
 * does not prepare (or the cache is full). */
static sqlite3_stmt *shape_for(sqlite3 *db, ShapeCache *c, const char *p, size_t n, int nvals)
{
    for (int i = 0; i < c->n; i++)
        if (c->s[i].n == n && c->s[i].nvals == nvals && memcmp(c->s[i].prefix, p, n) == 0)
            return c->s[i].st;
    if (c->n == SHAPES_MAX)
        return NULL;
    sqlite3_str *q = sqlite3_str_new(db);
    sqlite3_str_appendf(q, "%.*s (", (int)n, p);
    for (int k = 0; k < nvals; k++)
        sqlite3_str_appendall(q, k ? ", ?" : "?");
    sqlite3_str_appendall(q, ")");
    char *sql = sqlite3_str_finish(q);
    sqlite3_stmt *st = NULL;
    const char *tail = NULL;
    if (!sql || sqlite3_prepare_v2(db, sql, -1, &st, &tail) != SQLITE_OK || !st ||
        *skip_blank(tail, tail + strlen(tail), 1) || sqlite3_bind_parameter_count(st) != nvals) {
        sqlite3_finalize(st);
        st = NULL;
    }
    sqlite3_free(sql);
    c->s[c->n++] = (InsertShape){.prefix = p, .n = n, .nvals = nvals, .st = st};
    return st;
}

/* Run the statement at p the fast way if it has the shape: 1 with *tail
 * past it; 0 to go the general way (also when SQLite refused the row: its
 * statement changed nothing, and the general way gives the message). */
static int fast_insert(sqlite3 *db, ShapeCache *c, const char *p, const char *end, const char **tail)
{
    enum { MAXVALS = 256 };
    Lit vals[MAXVALS];
    const char *v = find_values(p, end);
    if (!v)
        return 0;
    const char *q = skip_blank(v, end, 0);
    if (q >= end || *q != '(')
        return 0;
    int nvals = 0;
    for (q++;;) {
        q = skip_blank(q, end, 0);
        if (nvals == MAXVALS || !(q = scan_literal(q, end, &vals[nvals])))
            return 0;
        nvals++;
        q = skip_blank(q, end, 0);
        if (q < end && *q == ',') {
            q++;
            continue;
        }
        if (q < end && *q == ')')
            break;
        return 0;
    }
    q = skip_blank(q + 1, end, 0);
    if (q < end && *q != ';')
        return 0;
    sqlite3_stmt *st = shape_for(db, c, p, (size_t)(v - p), nvals);
    if (!st)
        return 0;
    int rc = SQLITE_OK;
    for (int k = 0; k < nvals && rc == SQLITE_OK; k++)
        rc = bind_literal(st, k + 1, &vals[k], c);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE)
        return 0;         /* the general way fails too, with its message */
    *tail = q < end ? q + 1 : end;
    return 1;
}

/* Undo a failed load and produce its message; returns FIXTURE_EINPUT. */
static int load_fail(sqlite3 *db, char **errmsg, char *msg)
{
    sqlite3_exec(db, "ROLLBACK TO ormkata_fixture; RELEASE ormkata_fixture", NULL, NULL, NULL);
    if (errmsg)
        *errmsg = msg;
    else
        sqlite3_free(msg);
    return FIXTURE_EINPUT;
}

/* load_text_z, its statements prepared by shape in `shapes`. */
static int load_rows(sqlite3 *db, const char *text, size_t len, const char *name, char **errmsg,
                     ShapeCache *shapes)
{
    if (errmsg)
        *errmsg = NULL;
    const char *nul = memchr(text, '\0', len);
    if (nul) {
        LineCursor lc = {text, 1};
        if (errmsg)
            *errmsg = sqlite3_mprintf("%s:%d: the file contains a NUL byte", name, line_at(&lc, nul));
        return FIXTURE_EINPUT;
    }
    if (len > (size_t)1 << 30) {
        if (errmsg)
            *errmsg = sqlite3_mprintf("%s: the file is too large (over 1 GiB)", name);
        return FIXTURE_EINPUT;
    }
    if (sqlite3_exec(db, "SAVEPOINT ormkata_fixture", NULL, NULL, NULL) != SQLITE_OK) {
        if (errmsg)
            *errmsg = sqlite3_mprintf("%s: %s", name, sqlite3_errmsg(db));
        return FIXTURE_EINTERNAL;
    }
    LineCursor lc = {text, 1};
    const char *end = text + len;
    const char *p = text;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)     /* a UTF-8 byte order mark */
        p += 3;
    p = skip_space_and_comments(p, end);
    while (p < end) {
        int line = line_at(&lc, p);
        if (!starts_with_insert(p, end)) {
            int n = 0;
            while (p + n < end && n < 40 && p[n] != '\n' && p[n] != '\r')
                n++;
            return load_fail(db, errmsg, sqlite3_mprintf(
                "%s:%d: only INSERT statements are allowed in a fixture file, not: %.*s",
                name, line, n, p));
        }
        const char *tail = NULL;
        if (fast_insert(db, shapes, p, end, &tail)) {
            p = skip_space_and_comments(tail, end);
            continue;
        }
        sqlite3_stmt *st = NULL;
        /* The length counts the NUL after the text: given a length whose
         * last byte is not a NUL, SQLite copies the whole rest of the text
         * before every statement (quadratic: a 2.6 MB file took 0.7 s). */
        int rc = sqlite3_prepare_v2(db, p, (int)(end - p) + 1, &st, &tail);
        if (rc != SQLITE_OK) {
#if SQLITE_VERSION_NUMBER >= 3038000
            int off = sqlite3_error_offset(db);
            if (off >= 0 && off <= end - p)
                line = line_at(&lc, p + off);
#endif
            return load_fail(db, errmsg, sqlite3_mprintf("%s:%d: %s", name, line, sqlite3_errmsg(db)));
        }
        if (!st || tail <= p)               /* cannot happen after the keyword check */
            return load_fail(db, errmsg, sqlite3_mprintf("%s:%d: empty statement", name, line));
        if (sqlite3_stmt_readonly(st) || sqlite3_stmt_isexplain(st)) {
            sqlite3_finalize(st);
            return load_fail(db, errmsg, sqlite3_mprintf(
                "%s:%d: only INSERT statements are allowed in a fixture file", name, line));
        }
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)   /* INSERT ... RETURNING */
            ;
        if (rc != SQLITE_DONE) {
            char *msg = sqlite3_mprintf("%s:%d: %s", name, line, sqlite3_errmsg(db));
            sqlite3_finalize(st);
            return load_fail(db, errmsg, msg);
        }
        sqlite3_finalize(st);
        p = skip_space_and_comments(tail, end);
    }

    /* Every reference must point at a row (the tables' FKs are deferred). */
    sqlite3_stmt *fk = NULL;
    if (sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &fk, NULL) == SQLITE_OK &&
        sqlite3_step(fk) == SQLITE_ROW) {
        char *msg = sqlite3_mprintf(
            "%s: foreign key check failed: %s row %lld refers to a missing %s row", name,
            (const char *)sqlite3_column_text(fk, 0), (long long)sqlite3_column_int64(fk, 1),
            (const char *)sqlite3_column_text(fk, 2));
        sqlite3_finalize(fk);
        return load_fail(db, errmsg, msg);
    }
    sqlite3_finalize(fk);
    if (sqlite3_exec(db, "RELEASE ormkata_fixture", NULL, NULL, NULL) != SQLITE_OK)
        return load_fail(db, errmsg, sqlite3_mprintf("%s: %s", name, sqlite3_errmsg(db)));
    return FIXTURE_OK;
}

/* fixture_load_text on text with a NUL at text[len]. */
static int load_text_z(sqlite3 *db, const char *text, size_t len, const char *name, char **errmsg)
{
    ShapeCache shapes = {0};
    int rc = load_rows(db, text, len, name, errmsg, &shapes);
    shapes_free(&shapes);
    return rc;
}

int fixture_load_text(sqlite3 *db, const char *text, size_t len, const char *name,
                      char **errmsg)
{
    if (errmsg)
        *errmsg = NULL;
    if (len > (size_t)1 << 30) {
        if (errmsg)
            *errmsg = sqlite3_mprintf("%s: the file is too large (over 1 GiB)", name);
        return FIXTURE_EINPUT;
    }
    char *z = malloc(len + 1);
    if (!z) {
        if (errmsg)
            *errmsg = sqlite3_mprintf("%s: out of memory", name);
        return FIXTURE_EINTERNAL;
    }
    memcpy(z, text, len);
    z[len] = 0;
    int rc = load_text_z(db, z, len, name, errmsg);
    free(z);
    return rc;
}

int fixture_load_file(sqlite3 *db, const char *path, char **errmsg)
{
    if (errmsg)
        *errmsg = NULL;
    FILE *f = fopen(path, "rb");
    if (!f) {
        if (errmsg)
            *errmsg = sqlite3_mprintf("%s: cannot open: %s", path, strerror(errno));
        return FIXTURE_EINPUT;
    }
    Buf b = {0};
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0 && b.n <= ((size_t)1 << 30))
        buf_put(&b, chunk, got);
    int read_err = ferror(f);
    fclose(f);
    if (read_err || b.oom) {
        free(b.p);
        if (errmsg)
            *errmsg = sqlite3_mprintf(read_err ? "%s: cannot read the file" : "%s: out of memory", path);
        return read_err ? FIXTURE_EINPUT : FIXTURE_EINTERNAL;
    }
    int rc = load_text_z(db, b.p ? b.p : "", b.n, path, errmsg);    /* buf_put NUL-terminates */
    free(b.p);
    return rc;
}

/* ------------------------------------------------------------------ database images */

int fixture_build_image(int variant, unsigned char **bytes, size_t *n, char **errmsg)
{
    sqlite3 *db = NULL;
    *bytes = NULL;
    *n = 0;
    if (errmsg)
        *errmsg = NULL;
    const unsigned char *pre;
    size_t pre_n;
    if (!getenv("ORMKATA_NO_PREBUILT") && fixture_prebuilt(variant, &pre, &pre_n)) {
        *bytes = sqlite3_malloc64(pre_n);
        if (!*bytes) {
            set_err(errmsg, "fixture: out of memory");
            return FIXTURE_EINTERNAL;
        }
        memcpy(*bytes, pre, pre_n);
        *n = pre_n;
        return FIXTURE_OK;
    }
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                        SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        set_err(errmsg, "fixture: cannot open an in-memory database");
        sqlite3_close(db);
        return FIXTURE_EINTERNAL;
    }
    /* Tables, rows, then indexes: building an index over loaded rows is
     * quicker than updating it row by row, and the result is the same. */
    const char *indexes = strstr(SCHEMA_SQL, "CREATE INDEX");
    char *tables = sqlite3_mprintf("%.*s", (int)(indexes - SCHEMA_SQL), SCHEMA_SQL);
    char *e = NULL;
    int rc = FIXTURE_OK;
    if (!tables || sqlite3_exec(db, tables, NULL, NULL, &e) != SQLITE_OK)
        rc = FIXTURE_EINTERNAL;
    sqlite3_free(tables);
    if (rc == FIXTURE_OK && variant >= 1)
        rc = fixture_load(db, variant, errmsg);
    else if (rc != FIXTURE_OK && errmsg)
        *errmsg = sqlite3_mprintf("fixture schema: %s", e ? e : "out of memory");
    if (rc == FIXTURE_OK && sqlite3_exec(db, indexes, NULL, NULL, &e) != SQLITE_OK) {
        if (errmsg)
            *errmsg = sqlite3_mprintf("fixture schema: %s", e ? e : "out of memory");
        rc = FIXTURE_EINTERNAL;
    }
    sqlite3_free(e);
    if (rc == FIXTURE_OK) {
        sqlite3_int64 sz = 0;
        *bytes = sqlite3_serialize(db, "main", &sz, 0);
        if (!*bytes) {
            set_err(errmsg, "fixture: cannot serialize the database");
            rc = FIXTURE_EINTERNAL;
        } else {
            *n = (size_t)sz;
        }
    }
    sqlite3_close(db);
    return rc;
}

int fixture_open_image(sqlite3 *db, const unsigned char *bytes, size_t n, char **errmsg)
{
    if (errmsg)
        *errmsg = NULL;
    /* A fixed buffer with room to grow, not a resizeable one: SQLite then
     * reads pages in place (memdb's xFetch, with mmap_size set below)
     * instead of copying each into its page cache. The room is address
     * space only until rows are written; where even that is refused, the
     * buffer is resizeable and pages are copied. */
    sqlite3_uint64 room = (sqlite3_uint64)n + FIXTURE_DB_ROOM;
    unsigned flags = SQLITE_DESERIALIZE_FREEONCLOSE;
    unsigned char *copy = sqlite3_malloc64(room);
    if (!copy) {
        room = n ? n : 1;
        flags |= SQLITE_DESERIALIZE_RESIZEABLE;
        copy = sqlite3_malloc64(room);
    }
    if (!copy) {
        set_err(errmsg, "fixture: out of memory");
        return FIXTURE_EINTERNAL;
    }
    memcpy(copy, bytes, n);
    int rc = sqlite3_deserialize(db, "main", copy, (sqlite3_int64)n, (sqlite3_int64)room, flags);
    if (rc != SQLITE_OK) {              /* copy was freed by sqlite3_deserialize */
        if (errmsg)
            *errmsg = sqlite3_mprintf("fixture: cannot open the image: %s", sqlite3_errmsg(db));
        return FIXTURE_EINTERNAL;
    }
    if (!(flags & SQLITE_DESERIALIZE_RESIZEABLE))
        sqlite3_exec(db, "PRAGMA mmap_size = " FIXTURE_DB_ROOM_STR, NULL, NULL, NULL);
    return FIXTURE_OK;
}
