/*
 * utf8.h — UTF-8 coding and the Unicode character database behind str.
 *
 * Strings in kata Python are UTF-8. Lone surrogates (chr(0xD800)) are kept
 * as their 3-byte encoding, so the decoder here is lenient; utf8_count is the
 * strict validator used for text coming from outside (bytes.decode, source).
 * Character properties come from utf8_db.h, generated from CPython's own
 * tables by utf8_gen.py, so isalpha()/upper()/isprintable()… agree with
 * CPython 3.11 (Unicode 14.0) for every code point.
 */
#ifndef ORMKATA_UTF8_H
#define ORMKATA_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Character property flags (utf8_flags). */
enum {
    UF_ALPHA = 0x1, UF_DECIMAL = 0x2, UF_DIGIT = 0x4, UF_NUMERIC = 0x8, UF_SPACE = 0x10,
    UF_LOWER = 0x20, UF_UPPER = 0x40, UF_TITLE = 0x80, UF_CASED = 0x100,
    UF_CASE_IGNORABLE = 0x200, UF_PRINTABLE = 0x400, UF_XID_START = 0x800,
    UF_XID_CONTINUE = 0x1000, UF_SPECIAL = 0x2000 /* some case mapping is multi-char */
};

/* Decode the code point starting at s[*i] and advance *i past it. The text
 * must be one of our strings (valid UTF-8, surrogates allowed). */
static inline uint32_t utf8_decode(const char *s, size_t *i)
{
    const unsigned char *p = (const unsigned char *)s + *i;
    uint32_t c = p[0];
    if (c < 0x80) {
        *i += 1;
        return c;
    }
    if (c < 0xE0) {
        *i += 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *i += 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *i += 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

/* Byte length of the UTF-8 sequence a lead byte starts. */
static inline int utf8_seqlen(unsigned char lead)
{
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/* Write cp (< 0x110000) as UTF-8 into out; returns the byte count (1-4). */
int utf8_encode(uint32_t cp, char *out);

/* Length in bytes of a valid prefix of s[0..len) that is well-formed UTF-8
 * (no surrogates); *why is set to a CPython reason on failure:
 * "invalid start byte", "invalid continuation byte", "unexpected end of data". */
size_t utf8_valid_prefix(const char *s, size_t len, const char **why, size_t *badlen);
/* Code points in s[0..len) (UTF-8 assumed valid): bytes that are not
 * continuation bytes, counted eight at a time over ASCII. */
int64_t utf8_nchars(const char *s, size_t len);

/* Properties. */
uint32_t utf8_flags(uint32_t cp);
/* The value of an ASCII hex digit (0-9, a-f, A-F), or -1. */
static inline int ascii_hex_value(int c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}
static inline bool utf8_isspace(uint32_t cp)
{
    if (cp < 0x80)
        return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    return (utf8_flags(cp) & UF_SPACE) != 0;
}
bool utf8_isprintable(uint32_t cp);
/* True for the characters str.splitlines() breaks at. */
bool utf8_islinebreak(uint32_t cp);
/* Decimal digit value (0-9) of a Unicode decimal character, else -1
 * (int('٣') == 3). */
int utf8_decimal(uint32_t cp);

/* Full case mappings as CPython applies them: fill out[0..n) and return n
 * (1 to 3). Lowercasing U+03A3 (final sigma) is context-dependent: callers
 * handle it (see str_methods.c). */
int utf8_lower(uint32_t cp, uint32_t *out);
int utf8_upper(uint32_t cp, uint32_t *out);
int utf8_title(uint32_t cp, uint32_t *out);
int utf8_casefold(uint32_t cp, uint32_t *out);

/* str.isidentifier() on s[0..len) (our UTF-8 text). */
bool utf8_isidentifier(const char *s, size_t len);
static inline bool utf8_is_id_start(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return (utf8_flags(cp) & UF_XID_START) != 0;
}
static inline bool utf8_is_id_continue(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' ||
               (cp >= '0' && cp <= '9');
    return (utf8_flags(cp) & UF_XID_CONTINUE) != 0;
}

#endif
