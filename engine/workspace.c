/*
 * workspace.c — the learner's workspace: answer files (crash-safe writes)
 * and the progress database (see workspace.h).
 *
 * Schema of DIR/progress.sqlite (WAL; every change one transaction):
 *   attempts(id, kata, at, passed, checks, queries, hints)
 *       one row per grading: kata id, ISO time (UTC), 0/1, the per-check
 *       results as JSON (grade_checks_json), the answer's SQL statements
 *       on fixture 1 (grade_answer_queries),
 *       hints seen at the time
 *   katas(kata PRIMARY KEY, hints, passed)
 *       per kata: hints shown so far, 1 once it ever passed
 *   settings(kata, key, value, PRIMARY KEY (kata, key))
 *       what the app keeps: "" / last_kata, <id> / cursor, …
 */
#include "workspace.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

struct Workspace {
    char *dir;
    sqlite3 *db;
};

static void seterr(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void seterr(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || !errlen)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static char *xprintf2(const char *a, const char *sep, const char *b)
{
    size_t n = strlen(a) + strlen(sep) + strlen(b) + 1;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s%s%s", a, sep, b);
    return p;
}

char *workspace_default_dir(const char *flag)
{
    if (flag && *flag)
        return strdup(flag);
    const char *env = getenv("ORMKATA_WORKSPACE");
    if (env && *env)
        return strdup(env);
    const char *xdg = getenv("XDG_DATA_HOME");
    if (xdg && *xdg == '/')
        return xprintf2(xdg, "/", "ormkata/workspace");
    const char *home = getenv("HOME");
    if (home && *home)
        return xprintf2(home, "/", ".local/share/ormkata/workspace");
    return NULL;
}

/* mkdir -p. 0 or -1 (errno set). */
static int mkdirs(const char *path)
{
    char *p = strdup(path);
    if (!p)
        return -1;
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = 0;
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            free(p);
            return -1;
        }
        *s = '/';
    }
    int rc = mkdir(p, 0777) != 0 && errno != EEXIST ? -1 : 0;
    free(p);
    return rc;
}

/* fsync a folder so a rename in it is durable. Best effort. */
static void sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

int workspace_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen)
{
    char *dir = strdup(path);
    if (!dir) {
        seterr(err, errlen, "out of memory");
        return -1;
    }
    char *slash = strrchr(dir, '/');
    if (slash && slash != dir) {
        *slash = 0;
        if (mkdirs(dir) != 0) {
            seterr(err, errlen, "%s: %s", dir, strerror(errno));
            free(dir);
            return -1;
        }
    } else {
        strcpy(dir, slash ? "/" : ".");
    }
    size_t tn = strlen(path) + 32;
    char *tmp = malloc(tn);
    if (!tmp) {
        free(dir);
        seterr(err, errlen, "out of memory");
        return -1;
    }
    snprintf(tmp, tn, "%s.tmp.%ld", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    int rc = -1;
    if (fd < 0) {
        seterr(err, errlen, "%s: %s", tmp, strerror(errno));
        goto out;
    }
    for (size_t off = 0; off < len;) {
        ssize_t w = write(fd, data + off, len - off);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            seterr(err, errlen, "%s: %s", tmp, strerror(errno));
            close(fd);
            unlink(tmp);
            goto out;
        }
        off += (size_t)w;
    }
    if (fsync(fd) != 0 || close(fd) != 0) {
        seterr(err, errlen, "%s: %s", tmp, strerror(errno));
        unlink(tmp);
        goto out;
    }
    if (rename(tmp, path) != 0) {
        seterr(err, errlen, "%s: %s", path, strerror(errno));
        unlink(tmp);
        goto out;
    }
    sync_dir(dir);
    rc = 0;
out:
    free(tmp);
    free(dir);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Opening                                                              */
/* ------------------------------------------------------------------ */

static const char schema[] =
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=NORMAL;"
    "CREATE TABLE IF NOT EXISTS attempts ("
    " id INTEGER PRIMARY KEY, kata TEXT NOT NULL, at TEXT NOT NULL,"
    " passed INTEGER NOT NULL, checks TEXT NOT NULL, queries INTEGER NOT NULL,"
    " hints INTEGER NOT NULL);"
    "CREATE INDEX IF NOT EXISTS attempts_kata ON attempts (kata);"
    "CREATE TABLE IF NOT EXISTS katas ("
    " kata TEXT PRIMARY KEY, hints INTEGER NOT NULL DEFAULT 0, passed INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE IF NOT EXISTS settings ("
    " kata TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kata, key));";

Workspace *workspace_open(const char *dir, char *err, size_t errlen)
{
    if (mkdirs(dir) != 0) {
        seterr(err, errlen, "cannot create workspace %s: %s", dir, strerror(errno));
        return NULL;
    }
    Workspace *ws = calloc(1, sizeof *ws);
    if (!ws) {
        seterr(err, errlen, "out of memory");
        return NULL;
    }
    ws->dir = strdup(dir);
    char *dbpath = xprintf2(dir, "/", "progress.sqlite");
    if (!ws->dir || !dbpath) {
        free(dbpath);
        workspace_close(ws);
        seterr(err, errlen, "out of memory");
        return NULL;
    }
    int rc = sqlite3_open_v2(dbpath, &ws->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
    char *msg = NULL;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(ws->db, 2000);
        rc = sqlite3_exec(ws->db, schema, NULL, NULL, &msg);
    }
    if (rc != SQLITE_OK) {
        seterr(err, errlen, "%s: %s", dbpath, msg ? msg : sqlite3_errmsg(ws->db));
        sqlite3_free(msg);
        free(dbpath);
        workspace_close(ws);
        return NULL;
    }
    free(dbpath);
    return ws;
}

void workspace_close(Workspace *ws)
{
    if (!ws)
        return;
    if (ws->db)
        sqlite3_close(ws->db);
    free(ws->dir);
    free(ws);
}

const char *workspace_dir(const Workspace *ws)
{
    return ws->dir;
}

/* ------------------------------------------------------------------ */
/* Answers                                                              */
/* ------------------------------------------------------------------ */

char *workspace_answer_path(const Workspace *ws, const Kata *k)
{
    size_t n = strlen(ws->dir) + strlen(k->id) + 5;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s.py", ws->dir, k->id);
    return p;
}

char *workspace_load_answer(Workspace *ws, const Kata *k, size_t *len, char *err, size_t errlen)
{
    char *path = workspace_answer_path(ws, k);
    if (!path) {
        seterr(err, errlen, "out of memory");
        return NULL;
    }
    char *src = kata_read_file(path, len);
    if (!src && errno == ENOENT) {
        if (workspace_write_atomic(path, k->starter, strlen(k->starter), err, errlen) == 0)
            src = kata_read_file(path, len);
        else {
            free(path);
            return NULL;
        }
    }
    if (!src)
        seterr(err, errlen, "%s: %s", path, strerror(errno));
    free(path);
    return src;
}

int workspace_save_answer(Workspace *ws, const Kata *k, const char *src, size_t len, char *err,
                          size_t errlen)
{
    char *path = workspace_answer_path(ws, k);
    if (!path) {
        seterr(err, errlen, "out of memory");
        return -1;
    }
    int rc = workspace_write_atomic(path, src, len, err, errlen);
    free(path);
    return rc;
}

int workspace_reset_answer(Workspace *ws, const Kata *k, char *err, size_t errlen)
{
    char *path = workspace_answer_path(ws, k);
    if (!path) {
        seterr(err, errlen, "out of memory");
        return -1;
    }
    size_t len;
    char *old = kata_read_file(path, &len);
    int rc = 0;
    if (old) {
        char *bak = xprintf2(path, "", ".bak");
        rc = bak ? workspace_write_atomic(bak, old, len, err, errlen) : -1;
        free(bak);
        free(old);
    }
    if (rc == 0)
        rc = workspace_write_atomic(path, k->starter, strlen(k->starter), err, errlen);
    free(path);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Progress                                                             */
/* ------------------------------------------------------------------ */

const char *workspace_status_name(KataStatus s)
{
    return s == KATA_PASSED ? "passed" : s == KATA_TRIED ? "tried" : "new";
}

/* One integer from a query with one text parameter; dflt when no row. */
static int query_int(Workspace *ws, const char *sql, const char *arg, int dflt)
{
    sqlite3_stmt *st = NULL;
    int v = dflt;
    if (sqlite3_prepare_v2(ws->db, sql, -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, arg, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
            v = sqlite3_column_int(st, 0);
    }
    sqlite3_finalize(st);
    return v;
}

KataStatus workspace_status(Workspace *ws, const char *kata_id)
{
    if (query_int(ws, "SELECT passed FROM katas WHERE kata = ?", kata_id, 0))
        return KATA_PASSED;
    if (query_int(ws, "SELECT count(*) FROM attempts WHERE kata = ?", kata_id, 0))
        return KATA_TRIED;
    return KATA_NEW;
}

int workspace_attempts(Workspace *ws, const char *kata_id)
{
    return query_int(ws, "SELECT count(*) FROM attempts WHERE kata = ?", kata_id, 0);
}

int workspace_hints_seen(Workspace *ws, const char *kata_id)
{
    return query_int(ws, "SELECT hints FROM katas WHERE kata = ?", kata_id, 0);
}

static int exec_sql(Workspace *ws, const char *sql, char *err, size_t errlen)
{
    char *msg = NULL;
    if (sqlite3_exec(ws->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        seterr(err, errlen, "progress database: %s", msg ? msg : sqlite3_errmsg(ws->db));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

/* Prepare, bind texts/ints by a tiny format ("t" text, "i" int), step once. */
static int run_stmt(Workspace *ws, const char *sql, const char *fmt, const char **texts, const int *ints,
                    char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(ws->db, sql, -1, &st, NULL);
    int ti = 0, ii = 0;
    for (int i = 0; rc == SQLITE_OK && fmt[i]; i++) {
        if (fmt[i] == 't') {
            const char *t = texts[ti++];
            rc = t ? sqlite3_bind_text(st, i + 1, t, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(st, i + 1);
        } else {
            rc = sqlite3_bind_int(st, i + 1, ints[ii++]);
        }
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_DONE || rc == SQLITE_ROW)
            rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK)
        seterr(err, errlen, "progress database: %s", sqlite3_errmsg(ws->db));
    sqlite3_finalize(st);
    return rc == SQLITE_OK ? 0 : -1;
}

int workspace_record(Workspace *ws, const GradeResult *r, char *err, size_t errlen)
{
    const char *id = r->kata->id;
    char *checks = grade_checks_json(r);
    if (!checks) {
        seterr(err, errlen, "out of memory");
        return -1;
    }
    char at[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &tm);
    if (exec_sql(ws, "BEGIN IMMEDIATE", err, errlen) != 0) {
        free(checks);
        return -1;
    }
    int hints = workspace_hints_seen(ws, id);
    const char *texts[] = { id, at, checks };
    int ints[] = { r->passed, (int)grade_answer_queries(r), hints };
    int rc = run_stmt(ws, "INSERT INTO attempts (kata, at, passed, checks, queries, hints) "
                          "VALUES (?, ?, ?, ?, ?, ?)", "ttitii", texts, ints, err, errlen);
    if (rc == 0) {
        const char *t2[] = { id };
        int i2[] = { r->passed };
        rc = run_stmt(ws, "INSERT INTO katas (kata, passed) VALUES (?, ?) "
                          "ON CONFLICT (kata) DO UPDATE SET passed = max(passed, excluded.passed)",
                      "ti", t2, i2, err, errlen);
    }
    free(checks);
    if (rc != 0) {
        exec_sql(ws, "ROLLBACK", NULL, 0);
        return -1;
    }
    return exec_sql(ws, "COMMIT", err, errlen);
}

int workspace_hint_next(Workspace *ws, const char *kata_id, int max, char *err, size_t errlen)
{
    if (exec_sql(ws, "BEGIN IMMEDIATE", err, errlen) != 0)
        return -1;
    int n = workspace_hints_seen(ws, kata_id);
    if (n < max)
        n++;
    if (n < 1)
        n = 1;
    const char *texts[] = { kata_id };
    int ints[] = { n };
    if (run_stmt(ws, "INSERT INTO katas (kata, hints) VALUES (?, ?) "
                     "ON CONFLICT (kata) DO UPDATE SET hints = excluded.hints",
                 "ti", texts, ints, err, errlen) != 0) {
        exec_sql(ws, "ROLLBACK", NULL, 0);
        return -1;
    }
    return exec_sql(ws, "COMMIT", err, errlen) == 0 ? n : -1;
}

char *workspace_get(Workspace *ws, const char *kata_id, const char *key)
{
    sqlite3_stmt *st = NULL;
    char *v = NULL;
    if (sqlite3_prepare_v2(ws->db, "SELECT value FROM settings WHERE kata = ? AND key = ?", -1, &st,
                           NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, kata_id ? kata_id : "", -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, key, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(st) == SQLITE_ROW) {
            const char *t = (const char *)sqlite3_column_text(st, 0);
            v = strdup(t ? t : "");
        }
    }
    sqlite3_finalize(st);
    return v;
}

int workspace_set(Workspace *ws, const char *kata_id, const char *key, const char *value)
{
    const char *texts[] = { kata_id ? kata_id : "", key, value };
    if (!value)
        return run_stmt(ws, "DELETE FROM settings WHERE kata = ? AND key = ?", "tt", texts, NULL, NULL, 0);
    return run_stmt(ws, "INSERT INTO settings (kata, key, value) VALUES (?, ?, ?) "
                        "ON CONFLICT (kata, key) DO UPDATE SET value = excluded.value",
                    "ttt", texts, NULL, NULL, 0);
}
