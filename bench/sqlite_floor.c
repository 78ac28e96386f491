/*
 * sqlite_floor.c — the floor the ORM benchmark compares against: SQLite
 * itself, from C, running the statements Django ran (bench/orm.sh).
 *
 *   sqlite_floor snippets SCHEMA.sql FIXTURE.sql STATEMENTS
 *       STATEMENTS holds the recorded statements of each conformance case
 *       (written by bench/orm.sh from expected-django52.jsonl): a line
 *       "#case NAME" starts a case, every other line is one statement with
 *       "\n" and "\\" escaped. Each case runs on a fresh copy of the
 *       database (copying it and reading its schema are not timed: a
 *       Django connection in use has done both); the time of a case is the
 *       sum over its statements of prepare + step to the end (reading
 *       every column of every row) + finalize. Prints the median over the
 *       cases in microseconds.
 *   sqlite_floor step SCHEMA.sql FIXTURE.sql SQL [REPEAT]
 *       Times stepping SQL to the end, reading every column of every row,
 *       REPEAT times (default 7); prints the median in milliseconds.
 *   sqlite_floor load SCHEMA.sql FIXTURE.sql [REPEAT]
 *       Times sqlite3_exec of FIXTURE.sql into a fresh database with the
 *       schema; prints the median in milliseconds.
 *
 * A statement that fails still counts the time it took (some cases end in
 * an error on purpose). Exit status 2 on bad arguments or unreadable files.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *s = malloc(cap);
    size_t r;
    while (s && (r = fread(s + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (cap - n < 2) {
            char *t = realloc(s, cap *= 2);
            if (!t) {
                free(s);
                s = NULL;
            }
            s = t;
        }
    }
    fclose(f);
    if (s)
        s[n] = 0;
    return s;
}

static sqlite3 *load(const char *schema, const char *fixture)
{
    char *a = slurp(schema), *b = slurp(fixture);
    sqlite3 *db = NULL;
    if (!a || !b || sqlite3_open(":memory:", &db) != SQLITE_OK ||
        sqlite3_exec(db, a, NULL, NULL, NULL) != SQLITE_OK || sqlite3_exec(db, b, NULL, NULL, NULL) != SQLITE_OK) {
        fprintf(stderr, "sqlite_floor: cannot load %s and %s\n", schema, fixture);
        exit(2);
    }
    free(a);
    free(b);
    return db;
}

/* Prepare, step to the end reading every column, finalize. */
static void run_sql(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK || !st)
        return;
    volatile long long sink = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        int nc = sqlite3_column_count(st);
        for (int i = 0; i < nc; i++) {
            switch (sqlite3_column_type(st, i)) {
            case SQLITE_INTEGER: sink += sqlite3_column_int64(st, i); break;
            case SQLITE_FLOAT: sink += (long long)sqlite3_column_double(st, i); break;
            case SQLITE_TEXT: sink += sqlite3_column_bytes(st, i); sink += *sqlite3_column_text(st, i); break;
            default: break;
            }
        }
    }
    sqlite3_finalize(st);
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_d);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Undo the "\n" and "\\" escapes of one statement line, in place. */
static void unescape(char *s)
{
    char *o = s;
    for (; *s; s++) {
        if (*s == '\\' && (s[1] == 'n' || s[1] == '\\')) {
            *o++ = s[1] == 'n' ? '\n' : '\\';
            s++;
        } else {
            *o++ = *s;
        }
    }
    *o = 0;
}

static int snippets(sqlite3 *base, const char *path)
{
    char *text = slurp(path);
    if (!text) {
        fprintf(stderr, "sqlite_floor: cannot read %s\n", path);
        return 2;
    }
    size_t cap = 256, n = 0;
    double *per = malloc(cap * sizeof *per);
    sqlite3 *db = NULL;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (!strncmp(line, "#case ", 6)) {
            if (db)
                sqlite3_close(db);
            sqlite3_open(":memory:", &db);
            sqlite3_backup *bk = sqlite3_backup_init(db, "main", base, "main");
            sqlite3_backup_step(bk, -1);
            sqlite3_backup_finish(bk);
            /* a connection that has read its schema, as Django's has */
            sqlite3_exec(db, "SELECT name FROM sqlite_schema LIMIT 1", NULL, NULL, NULL);
            if (n == cap)
                per = realloc(per, (cap *= 2) * sizeof *per);
            per[n++] = 0;
            continue;
        }
        if (!db)
            continue;
        unescape(line);
        double t0 = now_us();
        run_sql(db, line);
        per[n - 1] += now_us() - t0;
    }
    if (db)
        sqlite3_close(db);
    if (n)
        printf("%.1f\n", median(per, n));
    free(per);
    free(text);
    return n ? 0 : 2;
}

static int load_times(const char *schema, const char *fixture, int reps)
{
    char *a = slurp(schema), *b = slurp(fixture);
    if (!a || !b) {
        fprintf(stderr, "sqlite_floor: cannot read %s or %s\n", schema, fixture);
        return 2;
    }
    if (reps < 1)
        reps = 1;
    double *t = malloc((size_t)reps * sizeof *t);
    for (int i = 0; i < reps; i++) {
        sqlite3 *db = NULL;
        sqlite3_open(":memory:", &db);
        sqlite3_exec(db, a, NULL, NULL, NULL);
        double t0 = now_us();
        sqlite3_exec(db, b, NULL, NULL, NULL);
        t[i] = (now_us() - t0) / 1e3;
        sqlite3_close(db);
    }
    printf("%.2f\n", median(t, (size_t)reps));
    free(t);
    free(a);
    free(b);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 4 && !strcmp(argv[1], "load"))
        return load_times(argv[2], argv[3], argc > 4 ? atoi(argv[4]) : 5);
    if (argc < 5 || (strcmp(argv[1], "snippets") && strcmp(argv[1], "step"))) {
        fprintf(stderr, "usage: sqlite_floor snippets SCHEMA.sql FIXTURE.sql STATEMENTS\n"
                        "       sqlite_floor step SCHEMA.sql FIXTURE.sql SQL [REPEAT]\n"
                        "       sqlite_floor load SCHEMA.sql FIXTURE.sql [REPEAT]\n");
        return 2;
    }
    sqlite3 *db = load(argv[2], argv[3]);
    int rc = 0;
    if (!strcmp(argv[1], "snippets")) {
        rc = snippets(db, argv[4]);
    } else {
        int reps = argc > 5 ? atoi(argv[5]) : 7;
        if (reps < 1)
            reps = 1;
        double *t = malloc((size_t)reps * sizeof *t);
        for (int i = 0; i < reps; i++) {
            double t0 = now_us();
            run_sql(db, argv[4]);
            t[i] = (now_us() - t0) / 1e3;
        }
        printf("%.2f\n", median(t, (size_t)reps));
        free(t);
    }
    sqlite3_close(db);
    return rc;
}
