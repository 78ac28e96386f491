/*
 * utf8.c — UTF-8 encoding/validation and lookups in the Unicode database
 * (utf8_db.h, generated from CPython 3.11 by utf8_gen.py).
 *
 * The database is a two-stage table: the high bits of a code point pick a
 * block in udb_index1, the low bits an entry of that block in udb_index2,
 * which names one of a few hundred property records (flags, decimal value,
 * simple case-mapping deltas). Multi-character mappings ('ß'.upper() is
 * "SS") and casefold exceptions are in small sorted tables.
 */
#include "utf8.h"

#include <string.h>

#include "obj.h"
#include "utf8_db.h"

int utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/*
 * Walk well-formed UTF-8 the way CPython's decoder judges it, stopping at the
 * first bad sequence. Returns the number of good bytes; on failure *why names
 * the reason as CPython words it and *badlen how many bytes are reported
 * (CPython reports the maximal invalid subpart: 1 byte or more).
 */
size_t utf8_valid_prefix(const char *s, size_t len, const char **why, size_t *badlen)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    *why = NULL;
    *badlen = 0;
    while (i < len) {
        /* ASCII runs eight bytes at a time */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (w & UINT64_C(0x8080808080808080))
                break;
            i += 8;
        }
        if (i >= len)
            break;
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            n = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            *why = "invalid start byte";
            *badlen = 1;
            return i;
        }
        size_t k;
        for (k = 1; k < n; k++) {
            if (i + k >= len) {
                *why = "unexpected end of data";
                *badlen = k;
                return i;
            }
            unsigned d = p[i + k];
            if (k == 1 ? (d < lo || d > hi) : (d < 0x80 || d > 0xBF)) {
                *why = "invalid continuation byte";
                *badlen = k;
                return i;
            }
        }
        i += n;
    }
    return i;
}

/* Strict count for text from outside: -1 when not valid UTF-8. */
int64_t utf8_count(const char *s, size_t len)
{
    /* An ASCII run is valid and counts its bytes: one pass over it, eight
     * bytes at a time; the rest is validated, then counted. */
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (w & UINT64_C(0x8080808080808080))
            break;
    }
    while (i < len && !(s[i] & 0x80))
        i++;
    if (i == len)
        return (int64_t)len;
    const char *why;
    size_t bad;
    if (utf8_valid_prefix(s + i, len - i, &why, &bad) != len - i)
        return -1;
    return (int64_t)i + utf8_nchars(s + i, len - i);
}

int64_t utf8_nchars(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    int64_t n = 0;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (!(w & UINT64_C(0x8080808080808080))) {
            n += 8;
            continue;
        }
        for (size_t k = 0; k < 8; k++)
            n += (p[i + k] & 0xC0) != 0x80;
    }
    for (; i < len; i++)
        n += (p[i] & 0xC0) != 0x80;
    return n;
}

static const UniRecord *record(uint32_t cp)
{
    if (cp >= 0x110000)
        return &udb_records[0];
    unsigned blk = udb_index1[cp >> UDB_SHIFT];
    return &udb_records[udb_index2[((size_t)blk << UDB_SHIFT) | (cp & ((1u << UDB_SHIFT) - 1))]];
}

uint32_t utf8_flags(uint32_t cp)
{
    return record(cp)->flags;
}

bool utf8_isprintable(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 0x20 && cp < 0x7F;
    return (record(cp)->flags & UF_PRINTABLE) != 0;
}

bool utf8_islinebreak(uint32_t cp)
{
    switch (cp) {
    case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E:
    case 0x85: case 0x2028: case 0x2029:
        return true;
    default:
        return false;
    }
}

int utf8_decimal(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    const UniRecord *r = record(cp);
    return (r->flags & UF_DECIMAL) ? r->decimal : -1;
}

static const UniSpecial *find_special(uint32_t cp)
{
    size_t lo = 0, hi = sizeof udb_special / sizeof udb_special[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (udb_special[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < sizeof udb_special / sizeof udb_special[0] && udb_special[lo].cp == cp
               ? &udb_special[lo] : NULL;
}

static int copy_map(const uint32_t *m, uint32_t *out)
{
    int n = 0;
    while (n < 3 && m[n]) {
        out[n] = m[n];
        n++;
    }
    return n;
}

/* which: 0 lower, 1 upper, 2 title */
static int map_case(uint32_t cp, uint32_t *out, int which)
{
    if (cp < 0x80) {
        if (which == 0)
            out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        else
            out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        return 1;
    }
    const UniRecord *r = record(cp);
    if (r->flags & UF_SPECIAL) {
        const UniSpecial *sp = find_special(cp);
        if (sp)
            return copy_map(which == 0 ? sp->lower : which == 1 ? sp->upper : sp->title, out);
    }
    out[0] = (uint32_t)((int32_t)cp + (which == 0 ? r->lower : which == 1 ? r->upper : r->title));
    return 1;
}

int utf8_lower(uint32_t cp, uint32_t *out) { return map_case(cp, out, 0); }
int utf8_upper(uint32_t cp, uint32_t *out) { return map_case(cp, out, 1); }
int utf8_title(uint32_t cp, uint32_t *out) { return map_case(cp, out, 2); }

int utf8_casefold(uint32_t cp, uint32_t *out)
{
    if (cp >= 0x80) {
        size_t lo = 0, hi = sizeof udb_fold / sizeof udb_fold[0];
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (udb_fold[mid].cp < cp)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < sizeof udb_fold / sizeof udb_fold[0] && udb_fold[lo].cp == cp)
            return copy_map(udb_fold[lo].fold, out);
    }
    return map_case(cp, out, 0);
}

bool utf8_isidentifier(const char *s, size_t len)
{
    if (len == 0)
        return false;
    size_t i = 0;
    uint32_t c = utf8_decode(s, &i);
    if (!utf8_is_id_start(c))
        return false;
    while (i < len) {
        c = utf8_decode(s, &i);
        if (!utf8_is_id_continue(c))
            return false;
    }
    return true;
}
