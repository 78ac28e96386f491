/*
 * db_func_text.c — the text, hash and small numeric SQL functions Django's
 * SQLite backend registers on every connection (_functions.py):
 *
 *   REVERSE(s)  LPAD(s, n, fill)  RPAD(s, n, fill)  REPEAT(s, n)
 *   MD5(s)  SHA1(s)  SHA224(s)  SHA256(s)  SHA384(s)  SHA512(s)
 *   SIGN(x)  COT(x)  BITXOR(a, b)
 *
 * Each does what its Python version does: lengths count code points,
 * slices follow Python's (a negative length cuts from the end), NULL in
 * gives NULL out. Where Python would raise (REVERSE of a number, MD5 of an
 * integer, COT(0)) the statement fails with the message sqlite3 gives for
 * a Python function that raised: "user-defined function raised exception".
 */
#include "db_func.h"
#include "db_hash.h"
#include "utf8.h"

#include <math.h>
#include <string.h>

#include <sqlite3.h>

static int any_null(int argc, sqlite3_value **argv)
{
    for (int i = 0; i < argc; i++)
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            return 1;
    return 0;
}

/* Byte offset of code point `index` (0 ≤ index ≤ length) in s[0..n). */
static int u8_offset(const unsigned char *s, int n, long long index)
{
    int i = 0;
    while (i < n && index > 0) {
        i++;
        while (i < n && (s[i] & 0xC0) == 0x80)
            i++;
        index--;
    }
    return i;
}

/* Python's s[:stop] for a string of len code points: the byte count. */
static int u8_prefix(const unsigned char *s, int n, long long len, long long stop)
{
    if (stop < 0)
        stop = len + stop < 0 ? 0 : len + stop;
    if (stop > len)
        stop = len;
    return u8_offset(s, n, stop);
}

/* REVERSE(s): s[::-1] by code point. */
static void fn_reverse(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (any_null(argc, argv))
        return;
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        db_func_raised(ctx);
        return;
    }
    const unsigned char *s = sqlite3_value_text(argv[0]);
    int n = sqlite3_value_bytes(argv[0]);
    char *out = sqlite3_malloc(n + 1);
    if (!out) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    int w = n;
    for (int i = 0; i < n;) {
        int j = i + 1;
        while (j < n && (s[j] & 0xC0) == 0x80)
            j++;
        w -= j - i;
        memcpy(out + w, s + i, (size_t)(j - i));
        i = j;
    }
    sqlite3_result_text(ctx, out, n, sqlite3_free);
}

/* A buffer the padding functions build their result in. */
typedef struct Buf {
    char *p;
    sqlite3_int64 len, cap;
    int failed;
} Buf;

static void buf_add(Buf *b, const void *s, sqlite3_int64 n)
{
    if (b->failed || n <= 0)
        return;
    if (b->len + n > b->cap) {
        sqlite3_int64 cap = b->cap ? b->cap : 64;
        while (cap < b->len + n)
            cap *= 2;
        char *p = sqlite3_realloc64(b->p, (sqlite3_uint64)cap);
        if (!p) {
            b->failed = 1;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, (size_t)n);
    b->len += n;
}

/* The first `count` code points of fill repeated forever. */
static void buf_fill(Buf *b, const unsigned char *fill, int fn, long long flen, long long count)
{
    if (flen <= 0)
        return;
    while (count >= flen && !b->failed) {
        buf_add(b, fill, fn);
        count -= flen;
    }
    if (count > 0)
        buf_add(b, fill, u8_offset(fill, fn, count));
}

static void buf_result(sqlite3_context *ctx, Buf *b)
{
    if (b->failed) {
        sqlite3_free(b->p);
        sqlite3_result_error_nomem(ctx);
        return;
    }
    if (b->len > 1000000000) {
        sqlite3_free(b->p);
        sqlite3_result_error_toobig(ctx);
        return;
    }
    sqlite3_result_text64(ctx, b->p ? b->p : "", (sqlite3_uint64)b->len, b->p ? sqlite3_free : SQLITE_TRANSIENT,
                          SQLITE_UTF8);
}

/* LPAD(text, length, fill) and RPAD: Django's _sqlite_lpad/_sqlite_rpad. */
static void pad(sqlite3_context *ctx, sqlite3_value **argv, int left)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT || sqlite3_value_type(argv[1]) != SQLITE_INTEGER
        || sqlite3_value_type(argv[2]) != SQLITE_TEXT) {
        db_func_raised(ctx);
        return;
    }
    const unsigned char *s = sqlite3_value_text(argv[0]);
    int n = sqlite3_value_bytes(argv[0]);
    long long len = utf8_nchars((const char *)s, (size_t)n);
    long long length = sqlite3_value_int64(argv[1]);
    const unsigned char *fill = sqlite3_value_text(argv[2]);
    int fn = sqlite3_value_bytes(argv[2]);
    long long flen = utf8_nchars((const char *)fill, (size_t)fn);
    Buf b = {0};
    if (left) {
        long long delta = length - len;
        if (delta <= 0) {
            buf_add(&b, s, u8_prefix(s, n, len, length));
        } else {
            /* (fill * length)[:delta] + text */
            buf_fill(&b, fill, fn, flen, delta);
            buf_add(&b, s, n);
        }
    } else if (length <= len || flen == 0) {
        /* (text + fill * length)[:length] */
        buf_add(&b, s, u8_prefix(s, n, len, length));
    } else {
        buf_add(&b, s, n);
        buf_fill(&b, fill, fn, flen, length - len);
    }
    buf_result(ctx, &b);
}

static void fn_lpad(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (!any_null(argc, argv))
        pad(ctx, argv, 1);
}

static void fn_rpad(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (!any_null(argc, argv))
        pad(ctx, argv, 0);
}

/* REPEAT(text, count): text * count (numbers multiply, as in Python). */
static void fn_repeat(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (any_null(argc, argv))
        return;
    int t0 = sqlite3_value_type(argv[0]), t1 = sqlite3_value_type(argv[1]);
    if (t0 == SQLITE_TEXT && t1 == SQLITE_INTEGER) {
        const unsigned char *s = sqlite3_value_text(argv[0]);
        int n = sqlite3_value_bytes(argv[0]);
        long long count = sqlite3_value_int64(argv[1]);
        if (n > 0 && count > 1000000000 / n) {
            sqlite3_result_error_toobig(ctx);
            return;
        }
        Buf b = {0};
        for (long long i = 0; i < count && !b.failed; i++)
            buf_add(&b, s, n);
        buf_result(ctx, &b);
    } else if (t0 == SQLITE_INTEGER && t1 == SQLITE_INTEGER) {
        sqlite3_result_int64(ctx, sqlite3_value_int64(argv[0]) * sqlite3_value_int64(argv[1]));
    } else if ((t0 == SQLITE_INTEGER || t0 == SQLITE_FLOAT) && (t1 == SQLITE_INTEGER || t1 == SQLITE_FLOAT)) {
        sqlite3_result_double(ctx, sqlite3_value_double(argv[0]) * sqlite3_value_double(argv[1]));
    } else {
        db_func_raised(ctx);
    }
}

/* MD5(text) … SHA512(text): hashlib's hexdigest of the UTF-8 text. */
static void fn_hash(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (any_null(argc, argv))
        return;
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        db_func_raised(ctx);
        return;
    }
    const unsigned char *s = sqlite3_value_text(argv[0]);
    int n = sqlite3_value_bytes(argv[0]);
    char out[129];
    int len = db_hash_hex((DbHash)(size_t)sqlite3_user_data(ctx), s, (size_t)n, out);
    sqlite3_result_text(ctx, out, len, SQLITE_TRANSIENT);
}

/* SIGN(x): (x > 0) - (x < 0), an integer. */
static void fn_sign(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (any_null(argc, argv))
        return;
    int t = sqlite3_value_type(argv[0]);
    if (t == SQLITE_INTEGER) {
        long long v = sqlite3_value_int64(argv[0]);
        sqlite3_result_int(ctx, (v > 0) - (v < 0));
    } else if (t == SQLITE_FLOAT) {
        double v = sqlite3_value_double(argv[0]);
        sqlite3_result_int(ctx, (v > 0) - (v < 0));
    } else {
        db_func_raised(ctx);
    }
}

/* COT(x): 1 / tan(x); COT(0) raises ZeroDivisionError in Python. */
static void fn_cot(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (any_null(argc, argv))
        return;
    int t = sqlite3_value_type(argv[0]);
    if (t != SQLITE_INTEGER && t != SQLITE_FLOAT) {
        db_func_raised(ctx);
        return;
    }
    double tn = tan(sqlite3_value_double(argv[0]));
    if (tn == 0.0) {
        db_func_raised(ctx);
        return;
    }
    sqlite3_result_double(ctx, 1.0 / tn);
}

/* BITXOR(a, b): a ^ b for integers. */
static void fn_bitxor(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (any_null(argc, argv))
        return;
    if (sqlite3_value_type(argv[0]) != SQLITE_INTEGER || sqlite3_value_type(argv[1]) != SQLITE_INTEGER) {
        db_func_raised(ctx);
        return;
    }
    sqlite3_result_int64(ctx, sqlite3_value_int64(argv[0]) ^ sqlite3_value_int64(argv[1]));
}

int db_func_text_register(sqlite3 *db)
{
    static const struct {
        const char *name;
        int nargs;
        void (*fn)(sqlite3_context *, int, sqlite3_value **);
        DbHash hash;
    } fns[] = {
        {"REVERSE", 1, fn_reverse, 0}, {"LPAD", 3, fn_lpad, 0}, {"RPAD", 3, fn_rpad, 0},
        {"REPEAT", 2, fn_repeat, 0}, {"SIGN", 1, fn_sign, 0}, {"COT", 1, fn_cot, 0},
        {"BITXOR", 2, fn_bitxor, 0},
        {"MD5", 1, fn_hash, DB_HASH_MD5}, {"SHA1", 1, fn_hash, DB_HASH_SHA1},
        {"SHA224", 1, fn_hash, DB_HASH_SHA224}, {"SHA256", 1, fn_hash, DB_HASH_SHA256},
        {"SHA384", 1, fn_hash, DB_HASH_SHA384}, {"SHA512", 1, fn_hash, DB_HASH_SHA512},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) {
        int rc = sqlite3_create_function(db, fns[i].name, fns[i].nargs, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                         (void *)(size_t)fns[i].hash, fns[i].fn, NULL, NULL);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}
