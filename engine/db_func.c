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
 *   django_timestamp_diff(a, b), django_time_diff(a, b)   microseconds
 *   django_format_dtdelta(op, a, b)         date ± duration, duration × n
 *   regexp(pattern, value)                  the REGEXP operator
 *   RAND()                                  order_by('?')
 *   STDDEV_POP, STDDEV_SAMP, VAR_POP, VAR_SAMP   StdDev / Variance
 *   REVERSE, LPAD, RPAD, REPEAT, MD5, SHA*, SIGN, COT, BITXOR (db_func_text.c)
 *
 * Values are the text Django stores ("2008-03-14", "2024-01-15 12:00:00",
 * with optional ".ffffff"); anything unparsable gives NULL, as Django's
 * functions return None. REGEXP runs Python's re.search semantics on the
 * engine's own regex (engine/regex.h).
 */
#include "db_func.h"
#include "mod_datetime.h"
#include "num.h"
#include "regex.h"
#include "utf8.h"

#include <math.h>
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
    return (long)dt_ymd_to_ord(y, m, d) - 1;
}

static int isoweekday(int y, int m, int d)
{
    return dt_weekday(y, m, d) + 1;
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
        int iwd;
        dt_iso_calendar(dt->y, dt->mo, dt->d, &iy, &iw, &iwd);
        *out = part[0] == 'w' ? iw : iy;
    } else if (!strcmp(part, "hour")) *out = dt->h;
    else if (!strcmp(part, "minute")) *out = dt->mi;
    else if (!strcmp(part, "second")) *out = dt->s;
    else if (!strcmp(part, "microsecond")) *out = dt->us;
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
    if (!part || !parse_dt(v, &dt)) {
        sqlite3_result_null(ctx);
        return;
    }
    /* Django's _sqlite_date_extract ends in getattr(dt, lookup_type):
     * a part a datetime does not have raises inside the function. */
    if (!extract(part, &dt, &out)) {
        db_func_raised(ctx);
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

/* ---- durations: django_timestamp_diff, django_time_diff, django_format_dtdelta */

#define US_PER_DAY 86400000000LL

/* A value of Django's typecast_timestamp(): a date or a naive datetime, as
 * microseconds since 0001-01-01 00:00. */
typedef struct Stamp {
    long long us;
    int is_date;
} Stamp;

/* Python's int() of s[0..n): 0 when it is not a number. */
static int int_of(const char *s, size_t n, long long *out)
{
    while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    int neg = 0;
    if (n && (*s == '+' || *s == '-')) {
        neg = *s == '-';
        s++;
        n--;
    }
    if (!n || n > 12)
        return 0;
    long long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = neg ? -v : v;
    return 1;
}

/* Django's typecast_timestamp(s) (typecast_date when s has no space):
 * 1 and *st, 0 where Python raises ValueError, -1 where it raises
 * something else (a time without seconds: IndexError). */
static int typecast_timestamp(const char *s, Stamp *st)
{
    const char *sp = strchr(s, ' ');
    long long y, mo, d, h = 0, mi = 0, sec = 0, us = 0;
    const char *dash1 = strchr(s, '-');
    const char *dash2 = dash1 ? strchr(dash1 + 1, '-') : NULL;
    const char *dend = sp ? sp : s + strlen(s);
    if (!dash1 || !dash2 || dash2 > dend || memchr(dash2 + 1, '-', (size_t)(dend - dash2 - 1)))
        return 0;
    if (!int_of(s, (size_t)(dash1 - s), &y) || !int_of(dash1 + 1, (size_t)(dash2 - dash1 - 1), &mo)
        || !int_of(dash2 + 1, (size_t)(dend - dash2 - 1), &d))
        return 0;
    if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > dt_days_in_month((int)y, (int)mo))
        return 0;
    st->is_date = !sp;
    if (sp) {
        const char *t = sp + 1;
        if (strchr(t, ' '))
            return 0;       /* d, t = s.split(): too many values */
        size_t tn = strcspn(t, "-+");
        const char *c1 = memchr(t, ':', tn);
        const char *c2 = c1 ? memchr(c1 + 1, ':', (size_t)(t + tn - c1 - 1)) : NULL;
        if (!c2)
            return -1;      /* times[2]: IndexError */
        const char *c3 = memchr(c2 + 1, ':', (size_t)(t + tn - c2 - 1));
        const char *send = c3 ? c3 : t + tn;
        const char *dot = memchr(c2 + 1, '.', (size_t)(send - c2 - 1));
        if (!int_of(t, (size_t)(c1 - t), &h) || !int_of(c1 + 1, (size_t)(c2 - c1 - 1), &mi)
            || !int_of(c2 + 1, (size_t)((dot ? dot : send) - c2 - 1), &sec))
            return 0;
        if (dot) {
            char frac[7] = "000000";
            size_t fn = (size_t)(send - dot - 1);
            if (fn > 6)
                fn = 6;
            memcpy(frac, dot + 1, fn);
            if (!int_of(frac, 6, &us))
                return 0;
        }
        if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || us < 0)
            return 0;
    }
    st->us = ordinal((int)y, (int)mo, (int)d) * US_PER_DAY + ((h * 60 + mi) * 60 + sec) * 1000000LL + us;
    return 1;
}

static long long floordiv(long long a, long long b)
{
    long long q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* 0001-01-01 + days as y/m/d; 0 outside Python's date range. */
static int from_ordinal(long long days, int *y, int *m, int *d)
{
    if (days < 0 || days > ordinal(9999, 12, 31))
        return 0;
    dt_ord_to_ymd(days + 1, y, m, d);
    return 1;
}

/* str() of a date or datetime stamp; 0 when out of range (OverflowError). */
static int stamp_str(const Stamp *st, char *buf, size_t n)
{
    long long days = floordiv(st->us, US_PER_DAY), rest = st->us - days * US_PER_DAY;
    int y, m, d;
    if (!from_ordinal(days, &y, &m, &d))
        return 0;
    if (st->is_date) {
        snprintf(buf, n, "%04d-%02d-%02d", y, m, d);
        return 1;
    }
    long long secs = rest / 1000000, us = rest % 1000000;
    int len = snprintf(buf, n, "%04d-%02d-%02d %02lld:%02lld:%02lld", y, m, d, secs / 3600, secs / 60 % 60,
                       secs % 60);
    if (us)
        snprintf(buf + len, n - (size_t)len, ".%06lld", us);
    return 1;
}

/* str(timedelta(microseconds=us)): "[-]D day[s], H:MM:SS[.ffffff]". */
static void delta_str(long long us, char *buf, size_t n)
{
    long long days = floordiv(us, US_PER_DAY), rest = us - days * US_PER_DAY;
    long long secs = rest / 1000000, frac = rest % 1000000;
    int len = 0;
    if (days)
        len = snprintf(buf, n, "%lld day%s, ", days, days == 1 || days == -1 ? "" : "s");
    len += snprintf(buf + len, n - (size_t)len, "%lld:%02lld:%02lld", secs / 3600, secs / 60 % 60, secs % 60);
    if (frac)
        snprintf(buf + len, n - (size_t)len, ".%06lld", frac);
}

void db_func_raised(sqlite3_context *ctx)
{
    sqlite3_result_error(ctx, "user-defined function raised exception", -1);
}

/* django_timestamp_diff(lhs, rhs): (lhs - rhs) in microseconds. */
static void fn_timestamp_diff(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL)
        return;
    Stamp a, b;
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT || sqlite3_value_type(argv[1]) != SQLITE_TEXT
        || typecast_timestamp((const char *)sqlite3_value_text(argv[0]), &a) != 1
        || typecast_timestamp((const char *)sqlite3_value_text(argv[1]), &b) != 1 || a.is_date != b.is_date) {
        db_func_raised(ctx);
        return;
    }
    sqlite3_result_int64(ctx, a.us - b.us);
}

/* Django's typecast_time: "H:M:S[.f]" as microseconds since midnight. */
static int typecast_time(const char *s, long long *out)
{
    const char *c1 = strchr(s, ':');
    const char *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
    if (!c2 || strchr(c2 + 1, ':'))
        return 0;
    const char *dot = strchr(c2 + 1, '.');
    const char *end = s + strlen(s);
    long long h, m, sec, us = 0;
    if (!int_of(s, (size_t)(c1 - s), &h) || !int_of(c1 + 1, (size_t)(c2 - c1 - 1), &m)
        || !int_of(c2 + 1, (size_t)((dot ? dot : end) - c2 - 1), &sec))
        return 0;
    if (dot) {
        if (strchr(dot + 1, '.'))
            return 0;
        char frac[7] = "000000";
        size_t fn = (size_t)(end - dot - 1);
        memcpy(frac, dot + 1, fn > 6 ? 6 : fn);
        if (!int_of(frac, 6, &us))
            return 0;
    }
    if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59)
        return 0;
    *out = ((h * 60 + m) * 60 + sec) * 1000000LL + us;
    return 1;
}

/* django_time_diff(lhs, rhs): (lhs - rhs) in microseconds, for times. */
static void fn_time_diff(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL)
        return;
    long long a, b;
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT || sqlite3_value_type(argv[1]) != SQLITE_TEXT
        || !typecast_time((const char *)sqlite3_value_text(argv[0]), &a)
        || !typecast_time((const char *)sqlite3_value_text(argv[1]), &b)) {
        db_func_raised(ctx);
        return;
    }
    sqlite3_result_int64(ctx, a - b);
}

/* One side of django_format_dtdelta for + and -: an integer is a
 * timedelta of that many microseconds, anything else goes through
 * typecast_timestamp. 1 ok, 0 → the function returns NULL (ValueError or
 * TypeError inside its try), -1 → it raises. */
static int dtdelta_side(sqlite3_value *v, Stamp *st, int *is_delta)
{
    *is_delta = 0;
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
        *is_delta = 1;
        st->us = sqlite3_value_int64(v);
        st->is_date = 0;
        return 1;
    case SQLITE_TEXT: {
        const char *s = (const char *)sqlite3_value_text(v);
        if (!*s)
            return -1;      /* typecast_timestamp('') is None: the arithmetic raises */
        return typecast_timestamp(s, st);
    }
    default:
        return 0;           /* a float or bytes: TypeError in typecast_timestamp */
    }
}

/* django_format_dtdelta(connector, lhs, rhs): Django's date and duration
 * arithmetic. + and - give text (str() of the date, datetime or
 * timedelta), * and / (and any other connector, which divides) a number. */
static void fn_format_dtdelta(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    for (int i = 0; i < 3; i++)
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            return;
    const char *conn = (const char *)sqlite3_value_text(argv[0]);
    while (*conn == ' ' || *conn == '\t' || *conn == '\n')
        conn++;
    char op = *conn;
    if (op && conn[1] && conn[1] != ' ' && conn[1] != '\t' && conn[1] != '\n')
        op = '/';
    if (op == '+' || op == '-') {
        Stamp a, b;
        int ad, bd;
        int ra = dtdelta_side(argv[1], &a, &ad);
        int rb = ra == 1 ? dtdelta_side(argv[2], &b, &bd) : ra;
        if (ra < 0 || rb < 0) {
            db_func_raised(ctx);
            return;
        }
        if (!ra || !rb)
            return;         /* None */
        char buf[64];
        if (ad && bd) {
            delta_str(op == '+' ? a.us + b.us : a.us - b.us, buf, sizeof buf);
        } else if (!ad && !bd) {
            if (op == '+' || a.is_date != b.is_date) {
                db_func_raised(ctx);        /* date + date, date - datetime: TypeError */
                return;
            }
            delta_str(a.us - b.us, buf, sizeof buf);
        } else {
            if (ad && op == '-') {
                db_func_raised(ctx);        /* timedelta - date */
                return;
            }
            Stamp t = ad ? b : a;
            long long delta = ad ? a.us : b.us;
            if (t.is_date)
                delta = floordiv(delta, US_PER_DAY) * US_PER_DAY;   /* date ± timedelta uses .days */
            t.us += op == '-' ? -delta : delta;
            if (!stamp_str(&t, buf, sizeof buf)) {
                db_func_raised(ctx);        /* OverflowError */
                return;
            }
        }
        result_text(ctx, buf);
        return;
    }
    int ta = sqlite3_value_type(argv[1]), tb = sqlite3_value_type(argv[2]);
    if ((ta != SQLITE_INTEGER && ta != SQLITE_FLOAT) || (tb != SQLITE_INTEGER && tb != SQLITE_FLOAT)) {
        db_func_raised(ctx);
        return;
    }
    if (op == '*') {
        if (ta == SQLITE_INTEGER && tb == SQLITE_INTEGER)
            sqlite3_result_int64(ctx, sqlite3_value_int64(argv[1]) * sqlite3_value_int64(argv[2]));
        else
            sqlite3_result_double(ctx, sqlite3_value_double(argv[1]) * sqlite3_value_double(argv[2]));
        return;
    }
    double den = sqlite3_value_double(argv[2]);
    if (den == 0.0) {
        db_func_raised(ctx);        /* ZeroDivisionError */
        return;
    }
    sqlite3_result_double(ctx, sqlite3_value_double(argv[1]) / den);
}

/* str(d) for a REAL value: Python's repr of a float (1.0, 1e+16, 1.5e-05). */
static void py_float_text(double d, char *out, size_t cap)
{
    if (isinf(d)) {
        snprintf(out, cap, d < 0 ? "-inf" : "inf");
        return;
    }
    if (isnan(d)) {
        snprintf(out, cap, "nan");
        return;
    }
    if (d == 0) {
        snprintf(out, cap, signbit(d) ? "-0.0" : "0.0");
        return;
    }
    char dig[32];
    int decpt;
    int n = float_shortest(d, dig, &decpt);
    size_t k = 0;
    if (d < 0)
        out[k++] = '-';
    int exp = decpt - 1;
    if (exp < -4 || exp >= 16) {
        out[k++] = dig[0];
        if (n > 1) {
            out[k++] = '.';
            for (int i = 1; i < n; i++)
                out[k++] = dig[i];
        }
        snprintf(out + k, cap - k, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        return;
    }
    if (decpt <= 0) {
        out[k++] = '0';
        out[k++] = '.';
        for (int i = 0; i < -decpt; i++)
            out[k++] = '0';
        for (int i = 0; i < n; i++)
            out[k++] = dig[i];
    } else {
        for (int i = 0; i < decpt; i++)
            out[k++] = i < n ? dig[i] : '0';
        out[k++] = '.';
        if (n > decpt)
            for (int i = decpt; i < n; i++)
                out[k++] = dig[i];
        else
            out[k++] = '0';
    }
    out[k] = 0;
}

/* str(b) for a BLOB value: Python's bytes repr, b'...'. Malloc'd. */
static char *py_bytes_text(const unsigned char *b, int n)
{
    char *out = malloc((size_t)n * 4 + 4);
    if (!out)
        return NULL;
    bool sq = memchr(b, '\'', (size_t)n) != NULL, dq = memchr(b, '"', (size_t)n) != NULL;
    char q = sq && !dq ? '"' : '\'';
    size_t k = 0;
    out[k++] = 'b';
    out[k++] = q;
    for (int i = 0; i < n; i++) {
        unsigned c = b[i];
        if (c == (unsigned)q || c == '\\') {
            out[k++] = '\\';
            out[k++] = (char)c;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            out[k++] = '\\';
            out[k++] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (c < 0x20 || c >= 0x7f) {
            k += (size_t)sprintf(out + k, "\\x%02x", c);
        } else {
            out[k++] = (char)c;
        }
    }
    out[k++] = q;
    out[k] = 0;
    return out;
}

/* The code points of UTF-8 text s[0..n) into a malloc'd array (*len of them),
 * or NULL when out of memory. The text SQLite gives is UTF-8. */
static uint32_t *utf8_points(const char *s, size_t n, size_t *len)
{
    uint32_t *cp = malloc((n ? n : 1) * sizeof *cp);
    if (!cp)
        return NULL;
    size_t i = 0, k = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        int l = utf8_seqlen(c);
        if (i + (size_t)l > n) {
            cp[k++] = c;
            i++;
            continue;
        }
        cp[k++] = utf8_decode(s, &i);
    }
    *len = k;
    return cp;
}

/* A budget for one REGEXP call (db_func.h): the statement runs inside
 * SQLite, where the run's step budget cannot unwind, so a runaway pattern
 * stops here, and says so through db_func_take_regexp_stop. */
static _Thread_local bool regexp_stopped;

bool db_func_take_regexp_stop(void)
{
    bool was = regexp_stopped;
    regexp_stopped = false;
    return was;
}

static int regexp_tick(void *ud, uint64_t steps)
{
    uint64_t *left = ud;
    if (steps >= *left)
        return 1;
    *left -= steps;
    return 0;
}

/* value REGEXP pattern: regexp(pattern, value) as Django's _sqlite_regexp:
 * None for a NULL, str() of a non-text value, bool(re.search(pattern,
 * value)). What raises in Python (a bad pattern, a non-text pattern)
 * raises here. The compiled pattern is kept on the statement
 * (auxdata), so a filter over many rows compiles it once. */
static void fn_regexp(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        db_func_raised(ctx);        /* re.search(5, …): TypeError */
        return;
    }
    Regex *re = sqlite3_get_auxdata(ctx, 0);
    if (!re) {
        const char *pat = (const char *)sqlite3_value_text(argv[0]);
        size_t plen;
        uint32_t *pc = utf8_points(pat, (size_t)sqlite3_value_bytes(argv[0]), &plen);
        if (!pc) {
            sqlite3_result_error_nomem(ctx);
            return;
        }
        RegexError err;
        re = regex_compile(pc, plen, 0, false, &err);
        free(pc);
        if (!re) {
            db_func_raised(ctx);    /* re.error */
            return;
        }
        sqlite3_set_auxdata(ctx, 0, re, (void (*)(void *))regex_free);
        re = sqlite3_get_auxdata(ctx, 0);
        if (!re) {                  /* SQLite could not keep it (and freed it) */
            sqlite3_result_error_nomem(ctx);
            return;
        }
    }
    char num[64];
    char *owned = NULL;
    const char *val;
    size_t vlen;
    switch (sqlite3_value_type(argv[1])) {
    case SQLITE_INTEGER:
        snprintf(num, sizeof num, "%lld", (long long)sqlite3_value_int64(argv[1]));
        val = num;
        vlen = strlen(num);
        break;
    case SQLITE_FLOAT:
        py_float_text(sqlite3_value_double(argv[1]), num, sizeof num);
        val = num;
        vlen = strlen(num);
        break;
    case SQLITE_BLOB:
        owned = py_bytes_text(sqlite3_value_blob(argv[1]), sqlite3_value_bytes(argv[1]));
        if (!owned) {
            sqlite3_result_error_nomem(ctx);
            return;
        }
        val = owned;
        vlen = strlen(owned);
        break;
    default:
        val = (const char *)sqlite3_value_text(argv[1]);
        vlen = (size_t)sqlite3_value_bytes(argv[1]);
        break;
    }
    bool ascii = true;
    for (size_t i = 0; i < vlen && ascii; i++)
        ascii = (unsigned char)val[i] < 0x80;
    uint32_t *cp = NULL;
    size_t n = vlen;
    if (!ascii && !(cp = utf8_points(val, vlen, &n))) {
        free(owned);
        sqlite3_result_error_nomem(ctx);
        return;
    }
    long *spans = malloc((size_t)(2 * (regex_groups(re) + 1)) * sizeof *spans);
    if (!spans) {
        free(cp);
        free(owned);
        sqlite3_result_error_nomem(ctx);
        return;
    }
    int lastindex;
    uint64_t left = DB_FUNC_REGEXP_MAX_STEPS;
    int rc = regex_exec(re, cp ? (const void *)cp : (const void *)val, cp ? 4 : 1, n, 0, n, REGEX_SEARCH,
                        spans, &lastindex, regexp_tick, &left, 0);
    free(spans);
    free(cp);
    free(owned);
    if (rc == REGEX_NOMEM) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (rc == REGEX_STOPPED) {
        regexp_stopped = true;
        db_func_raised(ctx);
        return;
    }
    sqlite3_result_int(ctx, rc == REGEX_FOUND);
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
        {"django_time_diff", 2, fn_time_diff, 1},
        {"django_timestamp_diff", 2, fn_timestamp_diff, 1},
        {"django_format_dtdelta", 3, fn_format_dtdelta, 1},
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
