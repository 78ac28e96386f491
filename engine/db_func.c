/*
 * db_func.c — the SQL functions Django's SQLite backend registers on every
 * connection (django/db/backends/sqlite3/_functions.py), so the SQL the
 * ORM writes runs here as it runs under Django:
 *
 *   django_date_extract(part, d)            month, week_day, iso_year, …
 *   django_datetime_extract(part, dt, tz, conn_tz)
 *   django_time_extract(part, t)
 *   django_date_trunc(kind, d, tz, conn_tz)  "2008-03-01"
 *   django_datetime_trunc(kind, dt, tz, conn_tz)
 *   django_datetime_cast_date(dt, tz, conn_tz), django_datetime_cast_time
 *   regexp(pattern, value)                  the REGEXP operator
 *   RAND()                                  order_by('?')
 *   STDDEV_POP, STDDEV_SAMP, VAR_POP, VAR_SAMP   StdDev / Variance
 *   REVERSE, LPAD, RPAD, REPEAT, MD5, SHA*, SIGN, COT, BITXOR (db_func_text.c)
 *
 * Values are the text Django stores ("2008-03-14", "2024-01-15 12:00:00",
 * with optional ".ffffff"); anything unparsable gives NULL, as Django's
 * functions return None. REGEXP uses POSIX extended expressions with the
 * common Python escapes (\d \w \s, "(?i)") translated — Python's re
 * module is not available here; the difference is documented.
 */
#include "db_func.h"

#include <math.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

typedef struct DT {
    int y, mo, d, h, mi, s, us;
    int has_time;
} DT;

/* "YYYY-MM-DD[( |T)HH:MM[:SS[.ffffff]]]" -> dt; 0 when it is not one. */
static int parse_dt(const char *s, DT *dt)
{
    memset(dt, 0, sizeof *dt);
    if (!s)
        return 0;
    int n = 0;
    if (sscanf(s, "%4d-%2d-%2d%n", &dt->y, &dt->mo, &dt->d, &n) != 3)
        return 0;
    if (dt->mo < 1 || dt->mo > 12 || dt->d < 1 || dt->d > 31)
        return 0;
    s += n;
    if (*s == ' ' || *s == 'T') {
        int m = 0;
        if (sscanf(s + 1, "%2d:%2d%n", &dt->h, &dt->mi, &m) != 2)
            return 0;
        s += 1 + m;
        if (*s == ':') {
            int k = 0;
            if (sscanf(s + 1, "%2d%n", &dt->s, &k) != 1)
                return 0;
            s += 1 + k;
            if (*s == '.') {
                s++;
                int digits = 0, us = 0;
                while (*s >= '0' && *s <= '9') {
                    if (digits < 6)
                        us = us * 10 + (*s - '0');
                    digits++;
                    s++;
                }
                while (digits < 6) {
                    us *= 10;
                    digits++;
                }
                dt->us = us;
            }
        }
        dt->has_time = 1;
    }
    return 1;
}

/* Days since 0001-01-01 (proleptic Gregorian), day 0 = Monday. */
static long ordinal(int y, int m, int d)
{
    static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    long yy = y - 1;
    long days = yy * 365 + yy / 4 - yy / 100 + yy / 400 + before[m - 1] + d - 1;
    if (m > 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        days++;
    return days;
}

static int isoweekday(int y, int m, int d)
{
    return (int)(ordinal(y, m, d) % 7) + 1;     /* 0001-01-01 was a Monday */
}

/* ISO 8601 year and week (Python's date.isocalendar()). */
static void isocal(int y, int m, int d, int *iso_y, int *iso_w)
{
    long o = ordinal(y, m, d);
    int year = y;
    /* Monday of week 1 of `year`: the week with the year's first Thursday. */
    long w1;
    for (;;) {
        long jan4 = ordinal(year, 1, 4);
        w1 = jan4 - (jan4 % 7);
        if (o < w1) {
            year--;
            continue;
        }
        long next_jan4 = ordinal(year + 1, 1, 4);
        long next_w1 = next_jan4 - (next_jan4 % 7);
        if (o >= next_w1) {
            year++;
            continue;
        }
        break;
    }
    *iso_y = year;
    *iso_w = (int)((o - w1) / 7) + 1;
}

/* One part of dt; -1 (NULL) for a part this value does not have. */
static int extract(const char *part, const DT *dt, long long *out)
{
    if (!strcmp(part, "year")) *out = dt->y;
    else if (!strcmp(part, "month")) *out = dt->mo;
    else if (!strcmp(part, "day")) *out = dt->d;
    else if (!strcmp(part, "week_day")) *out = isoweekday(dt->y, dt->mo, dt->d) % 7 + 1;
    else if (!strcmp(part, "iso_week_day")) *out = isoweekday(dt->y, dt->mo, dt->d);
    else if (!strcmp(part, "quarter")) *out = (dt->mo + 2) / 3;
    else if (!strcmp(part, "week") || !strcmp(part, "iso_year")) {
        int iy, iw;
        isocal(dt->y, dt->mo, dt->d, &iy, &iw);
        *out = part[0] == 'w' ? iw : iy;
    } else if (!strcmp(part, "hour")) *out = dt->h;
    else if (!strcmp(part, "minute")) *out = dt->mi;
    else if (!strcmp(part, "second")) *out = dt->s;
    else
        return 0;
    return 1;
}

static void fn_extract(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const char *part = (const char *)sqlite3_value_text(argv[0]);
    const char *v = (const char *)sqlite3_value_text(argv[1]);
    DT dt;
    long long out;
    (void)argc;
    if (!part || !parse_dt(v, &dt) || !extract(part, &dt, &out)) {
        sqlite3_result_null(ctx);
        return;
    }
    sqlite3_result_int64(ctx, out);
}

/* django_time_extract(part, "HH:MM[:SS[.f]]") */
static void fn_time_extract(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const char *part = (const char *)sqlite3_value_text(argv[0]);
    const char *v = (const char *)sqlite3_value_text(argv[1]);
    int h = 0, m = 0, s = 0;
    (void)argc;
    if (!part || !v || sscanf(v, "%2d:%2d:%2d", &h, &m, &s) < 2) {
        sqlite3_result_null(ctx);
        return;
    }
    long long out = !strcmp(part, "hour") ? h : !strcmp(part, "minute") ? m : !strcmp(part, "second") ? s : -1;
    if (out < 0)
        sqlite3_result_null(ctx);
    else
        sqlite3_result_int64(ctx, out);
}

static void result_text(sqlite3_context *ctx, const char *s)
{
    sqlite3_result_text(ctx, s, -1, SQLITE_TRANSIENT);
}

/* Monday of dt's week, as y/m/d. */
static void week_start(const DT *dt, int *y, int *m, int *d)
{
    int back = isoweekday(dt->y, dt->mo, dt->d) - 1;
    *y = dt->y;
    *m = dt->mo;
    *d = dt->d;
    while (back-- > 0) {
        if (--*d == 0) {
            if (--*m == 0) {
                *m = 12;
                --*y;
            }
            static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            *d = mdays[*m - 1] + (*m == 2 && ((*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0));
        }
    }
}

static void trunc_common(sqlite3_context *ctx, sqlite3_value **argv, int with_time)
{
    const char *kind = (const char *)sqlite3_value_text(argv[0]);
    const char *v = (const char *)sqlite3_value_text(argv[1]);
    DT dt;
    char buf[64];
    if (!kind || !parse_dt(v, &dt)) {
        sqlite3_result_null(ctx);
        return;
    }
    int y = dt.y, m = dt.mo, d = dt.d, h = 0, mi = 0, s = 0;
    if (!strcmp(kind, "year")) { m = 1; d = 1; }
    else if (!strcmp(kind, "quarter")) { m = (dt.mo - 1) / 3 * 3 + 1; d = 1; }
    else if (!strcmp(kind, "month")) d = 1;
    else if (!strcmp(kind, "week")) week_start(&dt, &y, &m, &d);
    else if (!strcmp(kind, "day")) { }
    else if (with_time && !strcmp(kind, "hour")) h = dt.h;
    else if (with_time && !strcmp(kind, "minute")) { h = dt.h; mi = dt.mi; }
    else if (with_time && !strcmp(kind, "second")) { h = dt.h; mi = dt.mi; s = dt.s; }
    else {
        sqlite3_result_null(ctx);
        return;
    }
    if (with_time)
        snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d", y, m, d, h, mi, s);
    else
        snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    result_text(ctx, buf);
}

static void fn_date_trunc(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    trunc_common(ctx, argv, 0);
}

static void fn_datetime_trunc(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    trunc_common(ctx, argv, 1);
}

static void fn_cast_date(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    DT dt;
    char buf[32];
    (void)argc;
    if (!parse_dt((const char *)sqlite3_value_text(argv[0]), &dt)) {
        sqlite3_result_null(ctx);
        return;
    }
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", dt.y, dt.mo, dt.d);
    result_text(ctx, buf);
}

static void fn_cast_time(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    DT dt;
    char buf[32];
    (void)argc;
    if (!parse_dt((const char *)sqlite3_value_text(argv[0]), &dt)) {
        sqlite3_result_null(ctx);
        return;
    }
    if (dt.us)
        snprintf(buf, sizeof buf, "%02d:%02d:%02d.%06d", dt.h, dt.mi, dt.s, dt.us);
    else
        snprintf(buf, sizeof buf, "%02d:%02d:%02d", dt.h, dt.mi, dt.s);
    result_text(ctx, buf);
}

/* Python's \d \w \s (and their capitals) as POSIX bracket expressions; a
 * leading "(?i)" becomes REG_ICASE. The caller frees the result. */
static char *translate_regex(const char *p, int *icase)
{
    *icase = 0;
    if (!strncmp(p, "(?i)", 4)) {
        *icase = 1;
        p += 4;
    }
    size_t n = strlen(p);
    char *out = malloc(n * 12 + 1);
    if (!out)
        return NULL;
    char *o = out;
    int in_bracket = 0;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '\\' && i + 1 < n) {
            char e = p[++i];
            const char *rep = NULL;
            switch (e) {
            case 'd': rep = in_bracket ? "0-9" : "[0-9]"; break;
            case 'D': rep = in_bracket ? NULL : "[^0-9]"; break;
            case 'w': rep = in_bracket ? "[:alnum:]_" : "[[:alnum:]_]"; break;
            case 'W': rep = in_bracket ? NULL : "[^[:alnum:]_]"; break;
            case 's': rep = in_bracket ? "[:space:]" : "[[:space:]]"; break;
            case 'S': rep = in_bracket ? NULL : "[^[:space:]]"; break;
            default: break;
            }
            if (rep) {
                size_t k = strlen(rep);
                memcpy(o, rep, k);
                o += k;
            } else {
                *o++ = '\\';
                *o++ = e;
            }
            continue;
        }
        if (c == '[')
            in_bracket = 1;
        else if (c == ']' && in_bracket)
            in_bracket = 0;
        *o++ = c;
    }
    *o = 0;
    return out;
}

/* value REGEXP pattern: regexp(pattern, value), as Python's re.search. */
static void fn_regexp(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    const char *pat = (const char *)sqlite3_value_text(argv[0]);
    const char *val = (const char *)sqlite3_value_text(argv[1]);
    if (!pat || !val) {
        sqlite3_result_null(ctx);
        return;
    }
    int icase;
    char *tp = translate_regex(pat, &icase);
    if (!tp) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    regex_t re;
    int rc = regcomp(&re, tp, REG_EXTENDED | REG_NOSUB | (icase ? REG_ICASE : 0));
    free(tp);
    if (rc != 0) {
        /* What Python's sqlite3 reports when Django's regexp() raises. */
        sqlite3_result_error(ctx, "user-defined function raised exception", -1);
        return;
    }
    int m = regexec(&re, val, 0, NULL, 0) == 0;
    regfree(&re);
    sqlite3_result_int(ctx, m);
}

/* RAND(): a float in [0, 1) from SQLite's PRNG. */
static void fn_rand(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    (void)argv;
    unsigned long long r;
    sqlite3_randomness(sizeof r, &r);
    sqlite3_result_double(ctx, (double)(r >> 11) / 9007199254740992.0);
}

/* STDDEV_POP / STDDEV_SAMP / VAR_POP / VAR_SAMP, as Django's backend
 * registers them (statistics.pstdev, stdev, pvariance, variance). Integer
 * columns are summed exactly (128-bit) so the result is the correctly
 * rounded quotient Python computes from its exact fractions. */
/* sqlite3_aggregate_context memory is only 8-byte aligned: the 128-bit
 * sums are kept as bytes and moved through memcpy. */
typedef struct Moments {
    long long n;
    int all_int;
    int overflow;
    unsigned char si[16], sqi[16];  /* __int128 sum and sum of squares, integer inputs */
    double sf, sqf;                 /* the same in floating point */
} Moments;

static __int128 get128(const unsigned char *p)
{
    __int128 v;
    memcpy(&v, p, sizeof v);
    return v;
}

static void put128(unsigned char *p, __int128 v)
{
    memcpy(p, &v, sizeof v);
}

static void moments_step(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    Moments *m = sqlite3_aggregate_context(ctx, sizeof *m);
    if (!m)
        return;
    if (m->n == 0)
        m->all_int = 1;
    int t = sqlite3_value_type(argv[0]);
    if (t == SQLITE_NULL)
        return;
    if (t == SQLITE_INTEGER) {
        long long v = sqlite3_value_int64(argv[0]);
        put128(m->si, get128(m->si) + v);
        put128(m->sqi, get128(m->sqi) + (__int128)v * v);
        if (v > 3037000499LL || v < -3037000499LL)
            m->overflow = 1;
    } else {
        m->all_int = 0;
    }
    double d = sqlite3_value_double(argv[0]);
    m->sf += d;
    m->sqf += d * d;
    m->n++;
}

static void moments_final(sqlite3_context *ctx, int sample, int root)
{
    Moments *m = sqlite3_aggregate_context(ctx, 0);
    long long n = m ? m->n : 0;
    if (n < (sample ? 2 : 1)) {
        sqlite3_result_error(ctx, "user-defined aggregate's 'finalize' method raised error", -1);
        return;
    }
    long long d = sample ? n - 1 : n;
    double var;
    if (m->all_int && !m->overflow) {
        /* var = (n*sumsq - sum^2) / (n * d), exactly, then rounded once. */
        __int128 si = get128(m->si);
        __int128 num = (__int128)n * get128(m->sqi) - si * si;
        __int128 den = (__int128)n * d;
        var = (double)((long double)num / (long double)den);
    } else {
        long double mean = (long double)m->sf / n;
        var = (double)(((long double)m->sqf - n * mean * mean) / d);
        if (var < 0)
            var = 0;
    }
    sqlite3_result_double(ctx, root ? sqrt(var) : var);
}

static void fin_stddev_pop(sqlite3_context *ctx) { moments_final(ctx, 0, 1); }
static void fin_stddev_samp(sqlite3_context *ctx) { moments_final(ctx, 1, 1); }
static void fin_var_pop(sqlite3_context *ctx) { moments_final(ctx, 0, 0); }
static void fin_var_samp(sqlite3_context *ctx) { moments_final(ctx, 1, 0); }

int db_func_register(sqlite3 *db)
{
    static const struct {
        const char *name;
        void (*final)(sqlite3_context *);
    } aggs[] = {
        {"STDDEV_POP", fin_stddev_pop}, {"STDDEV_SAMP", fin_stddev_samp},
        {"VAR_POP", fin_var_pop}, {"VAR_SAMP", fin_var_samp},
    };
    for (size_t i = 0; i < sizeof aggs / sizeof aggs[0]; i++) {
        int rc = sqlite3_create_function(db, aggs[i].name, 1, SQLITE_UTF8, NULL, NULL, moments_step,
                                         aggs[i].final);
        if (rc != SQLITE_OK)
            return rc;
    }
    static const struct {
        const char *name;
        int nargs;
        void (*fn)(sqlite3_context *, int, sqlite3_value **);
        int deterministic;
    } fns[] = {
        {"django_date_extract", 2, fn_extract, 1},
        {"django_datetime_extract", 4, fn_extract, 1},
        {"django_time_extract", 2, fn_time_extract, 1},
        {"django_date_trunc", 4, fn_date_trunc, 1},
        {"django_datetime_trunc", 4, fn_datetime_trunc, 1},
        {"django_datetime_cast_date", 3, fn_cast_date, 1},
        {"django_datetime_cast_time", 3, fn_cast_time, 1},
        {"regexp", 2, fn_regexp, 1},
        {"RAND", 0, fn_rand, 0},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        int flags = SQLITE_UTF8 | (fns[i].deterministic ? SQLITE_DETERMINISTIC : 0);
        int rc = sqlite3_create_function(db, fns[i].name, fns[i].nargs, flags, NULL, fns[i].fn, NULL, NULL);
        if (rc != SQLITE_OK)
            return rc;
    }
    return db_func_text_register(db);
}
