/*
 * bytes.c — the bytes type (immutable byte strings: literals, indexing to
 * ints, slicing, + *, comparison, hashing, a few methods) and the text
 * codecs str.encode / bytes.decode / str(b, enc) use: UTF-8, ASCII and
 * Latin-1 with the strict, ignore, replace, backslashreplace and
 * xmlcharrefreplace error handlers, raising CPython's exact
 * UnicodeEncodeError / UnicodeDecodeError messages.
 */
#include <stdio.h>
#include <string.h>

#include "str_int.h"

#define SELF(v) ((Bytes *)(v).u.o)

typedef struct BytesState {
    Class *iter_cls;
} BytesState;

typedef struct BytesIter {
    Obj hdr;
    Bytes *b;
    int64_t pos;
} BytesIter;

static bool is_bytes(Interp *I, Value v)
{
    if (v.tag != V_OBJ || !I->cls.bytes)
        return false;
    Class *c = v.u.o->cls;
    return c == I->cls.bytes || (c && c->native_base == I->cls.bytes);
}

static Bytes *bytes_alloc(Interp *I, int64_t len)
{
    Bytes *b = interp_alloc(I, offsetof(Bytes, s) + (size_t)len + 1);
    if (!b)
        exc_fatal(I, FATAL_MEMORY, "out of memory");
    b->hdr.cls = I->cls.bytes;
    b->len = len;
    b->hash = -1;
    return b;
}

/* a + b for `t += b` where the slot t held a: bytes' version of str_iadd
 * (str.c), appending in place into a's room when `owned`. */
Bytes *bytes_iadd(Interp *I, Bytes *a, bool owned, Bytes *b, bool *owned_out)
{
    int64_t n = a->len + b->len;
    *owned_out = owned;
    if (owned && b->len <= (int64_t)a->room) {
        memcpy(a->s + a->len, b->s, (size_t)b->len);
        a->s[n] = 0;
        a->room -= (uint32_t)b->len;
        a->len = n;
        a->hash = -1;
        return a;
    }
    int64_t room = owned ? n : n / 4 + 16;
    if (room > (int64_t)UINT32_MAX)
        room = UINT32_MAX;
    Bytes *r = bytes_alloc(I, n + room);
    memcpy(r->s, a->s, (size_t)a->len);
    memcpy(r->s + a->len, b->s, (size_t)b->len);
    r->s[n] = 0;
    r->len = n;
    r->room = (uint32_t)room;
    *owned_out = true;
    return r;
}

Bytes *bytes_new(Interp *I, const void *s, size_t len)
{
    Bytes *b = bytes_alloc(I, (int64_t)len);
    if (len)
        memcpy(b->s, s, len);
    return b;
}

Str *bytes_repr(Interp *I, Bytes *b)
{
    static const char hex[] = "0123456789abcdef";
    bool sq = memchr(b->s, '\'', (size_t)b->len) != NULL;
    bool dq = memchr(b->s, '"', (size_t)b->len) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    StrBuf sb;
    sb_init(&sb, I);
    sb_reserve(&sb, (size_t)b->len + 3);
    sb_addc(&sb, 'b');
    sb_addc(&sb, quote);
    for (int64_t i = 0; i < b->len; i++) {
        unsigned char c = b->s[i];
        if (c == quote || c == '\\') {
            sb_addc(&sb, '\\');
            sb_addc(&sb, (char)c);
        } else if (c == '\t') {
            sb_add(&sb, "\\t", 2);
        } else if (c == '\n') {
            sb_add(&sb, "\\n", 2);
        } else if (c == '\r') {
            sb_add(&sb, "\\r", 2);
        } else if (c < 0x20 || c >= 0x7F) {
            char e[4] = { '\\', 'x', hex[c >> 4], hex[c & 15] };
            sb_add(&sb, e, 4);
        } else {
            sb_addc(&sb, (char)c);
        }
    }
    sb_addc(&sb, quote);
    return sb_finish_n(&sb, (int64_t)sb.len);
}

/* ------------------------------------------------------------------ */
/* Codecs                                                              */
/* ------------------------------------------------------------------ */

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE };

/* Python's codec name normalisation, for the encodings we know. */
static int find_encoding(Interp *I, const char *name, const char **canon)
{
    char norm[32];
    size_t n = 0;
    for (const char *p = name; *p; p++) {
        if (n + 1 >= sizeof norm)
            goto unknown;
        char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c == '-' || c == ' ')
            c = '_';
        norm[n++] = c;
    }
    norm[n] = 0;
    static const char *const utf8[] = { "utf_8", "utf8", "u8", "utf", "cp65001", NULL };
    static const char *const ascii[] = { "ascii", "us_ascii", "646", "us", NULL };
    static const char *const latin1[] = { "latin_1", "latin1", "iso_8859_1", "iso8859_1",
                                           "l1", "8859", "cp819", "latin", "iso_ir_100",
                                           NULL };
    for (int i = 0; utf8[i]; i++)
        if (!strcmp(norm, utf8[i])) {
            *canon = "utf-8";
            return ENC_UTF8;
        }
    for (int i = 0; ascii[i]; i++)
        if (!strcmp(norm, ascii[i])) {
            *canon = "ascii";
            return ENC_ASCII;
        }
    for (int i = 0; latin1[i]; i++)
        if (!strcmp(norm, latin1[i])) {
            *canon = "latin-1";
            return ENC_LATIN1;
        }
    static const struct { const char *name; int enc; const char *canon; } utf16[] = {
        { "utf_16", ENC_UTF16, "utf-16" }, { "utf16", ENC_UTF16, "utf-16" }, { "u16", ENC_UTF16, "utf-16" },
        { "utf_16_le", ENC_UTF16LE, "utf-16-le" }, { "utf_16le", ENC_UTF16LE, "utf-16-le" },
        { "unicodelittleunmarked", ENC_UTF16LE, "utf-16-le" },
        { "utf_16_be", ENC_UTF16BE, "utf-16-be" }, { "utf_16be", ENC_UTF16BE, "utf-16-be" },
        { "unicodebigunmarked", ENC_UTF16BE, "utf-16-be" },
    };
    for (size_t i = 0; i < sizeof utf16 / sizeof *utf16; i++)
        if (!strcmp(norm, utf16[i].name)) {
            *canon = utf16[i].canon;
            return utf16[i].enc;
        }
unknown:
    exc_raisef(I, I->cls.LookupError, "unknown encoding: %s", name);
}

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLCHARREF };

/* The error handler by name; unknown names fail only when an error occurs,
 * as in CPython. */
static int find_errors(Interp *I, const char *name)
{
    if (!strcmp(name, "strict"))
        return ERR_STRICT;
    if (!strcmp(name, "ignore"))
        return ERR_IGNORE;
    if (!strcmp(name, "replace"))
        return ERR_REPLACE;
    if (!strcmp(name, "backslashreplace"))
        return ERR_BACKSLASH;
    if (!strcmp(name, "xmlcharrefreplace"))
        return ERR_XMLCHARREF;
    exc_raisef(I, I->cls.LookupError, "unknown error handler name '%s'", name);
}

static void char_escape(char *buf, size_t size, uint32_t c)
{
    if (c < 0x100)
        snprintf(buf, size, "\\x%02x", (unsigned)c);
    else if (c < 0x10000)
        snprintf(buf, size, "\\u%04x", (unsigned)c);
    else
        snprintf(buf, size, "\\U%08x", (unsigned)c);
}

/* One undecodable run, p[i..i+bad), under error handler `handler`: raise
 * (strict, with CPython's message naming the codec and why), or append
 * its replacement to sb. Returns the code points appended. */
static int64_t decode_error(Interp *I, StrBuf *sb, int handler, const char *canon, const unsigned char *p,
                            size_t i, size_t bad, const char *why)
{
    switch (handler) {
    case ERR_STRICT:
        if (bad == 1)
            exc_raisef(I, I->cls.UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %zu: %s",
                       canon, p[i], i, why);
        exc_raisef(I, I->cls.UnicodeDecodeError, "'%s' codec can't decode bytes in position %zu-%zu: %s", canon,
                   i, i + bad - 1, why);
    case ERR_IGNORE:
        return 0;
    case ERR_BACKSLASH:
        for (size_t k = 0; k < bad; k++)
            sb_printf(sb, "\\x%02x", p[i + k]);
        return 4 * (int64_t)bad;
    case ERR_REPLACE:
        sb_addcp(sb, 0xFFFD);
        return 1;
    default:
        exc_raisef(I, I->cls.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    }
}

/* One UTF-16 code unit, in the byte order asked for. */
static void add_unit(StrBuf *sb, uint32_t u, bool be)
{
    char b[2] = { (char)(be ? u >> 8 : u & 0xFF), (char)(be ? u & 0xFF : u >> 8) };
    sb_add(sb, b, 2);
}

/* ASCII text (an error handler's replacement) as UTF-16 units. */
static void add_units_ascii(StrBuf *sb, const char *t, bool be)
{
    for (; *t; t++)
        add_unit(sb, (unsigned char)*t, be);
}

/* str.encode to UTF-16: "utf-16" writes a byte order mark and then
 * little-endian units (the byte order of the machines CPython runs on
 * here), "-le"/"-be" no mark. A lone surrogate is the only character
 * it cannot encode, reported one at a time as CPython does. */
static Bytes *encode_utf16(Interp *I, Str *s, int enc, const char *canon, const char *errors)
{
    bool be = enc == ENC_UTF16BE;
    StrBuf sb;
    sb_init(&sb, I);
    sb_reserve(&sb, (size_t)s->len * 2 + 2);
    if (enc == ENC_UTF16)
        add_unit(&sb, 0xFEFF, false);
    size_t i = 0;
    int64_t pos = 0;
    int handler = -1;
    for (; i < (size_t)s->len; pos++) {
        uint32_t c = utf8_decode(s->s, &i);
        if (c < 0xD800 || (c > 0xDFFF && c < 0x10000)) {
            add_unit(&sb, c, be);
            continue;
        }
        if (c >= 0x10000) {
            add_unit(&sb, 0xD800 + ((c - 0x10000) >> 10), be);
            add_unit(&sb, 0xDC00 + ((c - 0x10000) & 0x3FF), be);
            continue;
        }
        if (handler < 0)
            handler = find_errors(I, errors);
        char buf[16];
        switch (handler) {
        case ERR_STRICT:
            char_escape(buf, sizeof buf, c);
            exc_raisef(I, I->cls.UnicodeEncodeError,
                       "'%s' codec can't encode character '%s' in position %lld: surrogates not allowed",
                       canon, buf, (long long)pos);
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            add_unit(&sb, '?', be);
            break;
        case ERR_BACKSLASH:
            char_escape(buf, sizeof buf, c);
            add_units_ascii(&sb, buf, be);
            break;
        default:
            snprintf(buf, sizeof buf, "&#%u;", (unsigned)c);
            add_units_ascii(&sb, buf, be);
            break;
        }
    }
    return bytes_new(I, sb.p ? sb.p : "", sb.len);
}

/* bytes.decode from UTF-16: "utf-16" takes its byte order from a leading
 * mark (and drops it), little-endian without one; errors name the codec
 * by the byte order used ('utf-16-le'), with CPython's reasons. */
static Str *decode_utf16(Interp *I, const unsigned char *p, size_t len, int enc, const char *errors)
{
    bool be = enc == ENC_UTF16BE;
    size_t i = 0;
    if (enc == ENC_UTF16 && len >= 2) {
        if (p[0] == 0xFF && p[1] == 0xFE)
            i = 2;
        else if (p[0] == 0xFE && p[1] == 0xFF)
            i = 2, be = true;
    }
    const char *canon = be ? "utf-16-be" : "utf-16-le";
    StrBuf sb;
    sb_init(&sb, I);
    sb_reserve(&sb, len);
    int64_t nchars = 0;
    int handler = -1;
    while (i < len) {
        const char *why = NULL;
        size_t bad = 0;
        if (len - i < 2) {
            why = "truncated data", bad = len - i;
        } else {
            uint32_t u = be ? (uint32_t)p[i] << 8 | p[i + 1] : (uint32_t)p[i + 1] << 8 | p[i];
            if (u < 0xD800 || u > 0xDFFF) {
                sb_addcp(&sb, u);
                nchars++;
                i += 2;
                continue;
            }
            if (u >= 0xDC00) {
                why = "illegal encoding", bad = 2;
            } else if (len - i < 4) {
                why = "unexpected end of data", bad = len - i;
            } else {
                uint32_t v = be ? (uint32_t)p[i + 2] << 8 | p[i + 3] : (uint32_t)p[i + 3] << 8 | p[i + 2];
                if (v < 0xDC00 || v > 0xDFFF) {
                    why = "illegal UTF-16 surrogate", bad = 2;
                } else {
                    sb_addcp(&sb, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
                    nchars++;
                    i += 4;
                    continue;
                }
            }
        }
        if (handler < 0)
            handler = find_errors(I, errors);
        nchars += decode_error(I, &sb, handler, canon, p, i, bad, why);
        i += bad;
    }
    return sb_finish_n(&sb, nchars);
}

Bytes *str_encode(Interp *I, Str *s, const char *encoding, const char *errors)
{
    const char *canon;
    int enc = find_encoding(I, encoding, &canon);
    if (enc >= ENC_UTF16)
        return encode_utf16(I, s, enc, canon, errors);
    uint32_t limit = enc == ENC_ASCII ? 0x80 : enc == ENC_LATIN1 ? 0x100 : 0x110000;
    if (str_is_ascii(s))
        return bytes_new(I, s->s, (size_t)s->len);
    StrBuf sb;
    sb_init(&sb, I);
    sb_reserve(&sb, (size_t)s->len);
    size_t i = 0;
    int64_t pos = 0;
    int handler = -1;
    while (i < (size_t)s->len) {
        size_t at = i;
        uint32_t c = utf8_decode(s->s, &i);
        bool bad = enc == ENC_UTF8 ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit;
        if (!bad) {
            if (enc == ENC_UTF8)
                sb_add(&sb, s->s + at, i - at);
            else
                sb_addc(&sb, (char)c);
            pos++;
            continue;
        }
        if (handler < 0)
            handler = find_errors(I, errors);
        char buf[16];
        switch (handler) {
        case ERR_STRICT: {
            /* report the whole run of unencodable characters */
            int64_t endpos = pos + 1;
            size_t j = i;
            while (j < (size_t)s->len) {
                uint32_t d = utf8_decode(s->s, &j);
                if (enc == ENC_UTF8 ? !(d >= 0xD800 && d <= 0xDFFF) : d < limit)
                    break;
                endpos++;
            }
            const char *why = enc == ENC_UTF8 ? "surrogates not allowed"
                              : enc == ENC_ASCII ? "ordinal not in range(128)"
                                                 : "ordinal not in range(256)";
            if (endpos == pos + 1) {
                char_escape(buf, sizeof buf, c);
                exc_raisef(I, I->cls.UnicodeEncodeError,
                           "'%s' codec can't encode character '%s' in position %lld: %s", canon,
                           buf, (long long)pos, why);
            }
            exc_raisef(I, I->cls.UnicodeEncodeError,
                       "'%s' codec can't encode characters in position %lld-%lld: %s", canon,
                       (long long)pos, (long long)endpos - 1, why);
        }
        case ERR_IGNORE:
            break;
        case ERR_REPLACE:
            sb_addc(&sb, '?');
            break;
        case ERR_BACKSLASH:
            char_escape(buf, sizeof buf, c);
            sb_adds(&sb, buf);
            break;
        default:
            sb_printf(&sb, "&#%u;", (unsigned)c);
            break;
        }
        pos++;
    }
    return bytes_new(I, sb.p ? sb.p : "", sb.len);
}

Str *str_decode(Interp *I, const unsigned char *p, size_t len, const char *encoding,
                const char *errors)
{
    const char *canon;
    int enc = find_encoding(I, encoding, &canon);
    if (enc >= ENC_UTF16)
        return decode_utf16(I, p, len, enc, errors);
    const char *s = (const char *)p;
    StrBuf sb;
    sb_init(&sb, I);
    sb_reserve(&sb, len);
    int64_t nchars = 0;
    size_t i = 0;
    int handler = -1;
    while (i < len) {
        size_t good, bad;
        const char *why = NULL;
        if (enc == ENC_LATIN1) {
            for (; i < len; i++, nchars++)
                sb_addcp(&sb, p[i]);
            break;
        }
        if (enc == ENC_ASCII) {
            good = 0;
            while (i + good < len && p[i + good] < 0x80)
                good++;
            bad = i + good < len ? 1 : 0;
            if (bad)
                why = "ordinal not in range(128)";
        } else {
            good = utf8_valid_prefix(s + i, len - i, &why, &bad);
        }
        sb_add(&sb, s + i, good);
        nchars += enc == ENC_ASCII ? (int64_t)good : str_count_chars(s + i, good);
        i += good;
        if (!why)
            break;
        if (handler < 0)
            handler = find_errors(I, errors);
        nchars += decode_error(I, &sb, handler, canon, p, i, bad, why);
        i += bad;
    }
    return sb_finish_n(&sb, nchars);
}

/* ------------------------------------------------------------------ */
/* Slots                                                               */
/* ------------------------------------------------------------------ */

static Str *slot_repr(Interp *I, Value self) { return bytes_repr(I, SELF(self)); }

static int64_t slot_hash(Interp *I, Value self)
{
    Bytes *b = SELF(self);
    if (b->hash == -1)
        b->hash = str_hash_bytes(b->s, (size_t)b->len);
    return b->hash;
}

static Value slot_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    if (!is_bytes(I, a) || !is_bytes(I, b))
        return v_notimpl();
    Bytes *x = SELF(a), *y = SELF(b);
    int64_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->s, y->s, (size_t)n);
    if (!c)
        c = x->len < y->len ? -1 : x->len > y->len;
    return cmp_order_result(c, op);
}

static bool slot_truthy(Interp *I, Value self) { return SELF(self)->len != 0; }
static int64_t slot_len(Interp *I, Value self) { return SELF(self)->len; }

static Value slot_iter(Interp *I, Value self)
{
    BytesState *st = I->cls.bytes->ext;
    BytesIter *it = obj_alloc(I, st->iter_cls, sizeof *it);
    it->b = SELF(self);
    return v_obj(it);
}

static Value iter_iter(Interp *I, Value self) { return self; }

static Value iter_next(Interp *I, Value self)
{
    BytesIter *it = (BytesIter *)self.u.o;
    if (!it->b || it->pos >= it->b->len) {
        it->b = NULL;
        return v_unset();
    }
    return v_int(it->b->s[it->pos++]);
}

static Value slot_getitem(Interp *I, Value self, Value key)
{
    Bytes *b = SELF(self);
    if (key.tag == V_INT || key.tag == V_BOOL) {
        int64_t i = key.u.i;
        if (i < 0)
            i += b->len;
        if (i < 0 || i >= b->len)
            exc_raisef(I, I->cls.IndexError, "index out of range");
        return v_int(b->s[i]);
    }
    if (key.tag == V_OBJ && key.u.o->cls == I->cls.slice) {
        int64_t start, stop, step;
        int64_t n = slice_indices(I, (Slice *)key.u.o, b->len, &start, &stop, &step);
        if (n <= 0)
            return v_obj(bytes_alloc(I, 0));
        if (step == 1)
            return v_obj(bytes_new(I, b->s + start, (size_t)n));
        Bytes *r = bytes_alloc(I, n);
        for (int64_t k = 0; k < n; k++)
            r->s[k] = b->s[start + k * step];
        return v_obj(r);
    }
    if (int_is_big(key))
        exc_raisef(I, I->cls.IndexError, "cannot fit 'int' into an index-sized integer");
    exc_raisef(I, I->cls.TypeError, "byte indices must be integers or slices, not %s",
               type_name(I, key));
}

/* A byte value argument (for `in` and find): int in range(256). */
static int byte_value(Interp *I, Value v)
{
    int64_t i = obj_index(I, v);
    if (i < 0 || i > 255)
        exc_raisef(I, I->cls.ValueError, "byte must be in range(0, 256)");
    return (int)i;
}

static bool slot_contains(Interp *I, Value self, Value item)
{
    Bytes *b = SELF(self);
    if (is_bytes(I, item))
        return str_memfind((const char *)b->s, (size_t)b->len, (const char *)SELF(item)->s,
                           (size_t)SELF(item)->len) != NULL;
    if (item.tag == V_INT || item.tag == V_BOOL || int_is_big(item)) {
        int c = byte_value(I, item);
        return memchr(b->s, c, (size_t)b->len) != NULL;
    }
    exc_raisef(I, I->cls.TypeError, "a bytes-like object is required, not '%s'",
               type_name(I, item));
}

static Value slot_binop(Interp *I, int op, Value a, Value b)
{
    int base = op & ~OP_INPLACE;
    bool ab = is_bytes(I, a), bb = is_bytes(I, b);
    if (base == OP_ADD) {
        if (ab && bb) {
            Bytes *x = SELF(a), *y = SELF(b);
            Bytes *r = bytes_alloc(I, x->len + y->len);
            memcpy(r->s, x->s, (size_t)x->len);
            memcpy(r->s + x->len, y->s, (size_t)y->len);
            return v_obj(r);
        }
        if (ab) {
            Class *c = class_of(I, b);
            if ((c->flags & CLS_PYTHON) && (c->dunders & DU_ARITH))
                return v_notimpl();
            exc_raisef(I, I->cls.TypeError, "can't concat %s to bytes", type_name(I, b));
        }
        return v_notimpl();
    }
    if (base == OP_MUL) {
        Value s = ab ? a : b, n = ab ? b : a;
        if (n.tag != V_INT && n.tag != V_BOOL) {
            Class *c = class_of(I, n);
            if ((c->flags & CLS_PYTHON) && (c->dunders & DU_ARITH))
                return v_notimpl();
            exc_raisef(I, I->cls.TypeError, "can't multiply sequence by non-int of type '%s'",
                       type_name(I, n));
        }
        Bytes *x = SELF(s);
        int64_t k = n.u.i < 0 ? 0 : n.u.i;
        if (x->len && k > INT64_MAX / 4 / x->len)
            exc_raisef(I, I->cls.OverflowError, "repeated bytes are too long");
        Bytes *r = bytes_alloc(I, x->len * k);
        for (int64_t i = 0; i < k; i++)
            memcpy(r->s + i * x->len, x->s, (size_t)x->len);
        return v_obj(r);
    }
    return v_notimpl();
}

/* bytes(source=b'', encoding=, errors=) */
static Value slot_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "source", "encoding", "errors" };
    Value a[3];
    str_args_kw(I, "bytes", argc, argv, kw, 3, names, a);
    Value src = a[0];
    Bytes *r;
    for (int i = 1; i < 3; i++)
        if (!v_is_unset(a[i]) && !v_is_str(I, a[i]))
            exc_raisef(I, I->cls.TypeError, "bytes() argument '%s' must be str, not %s",
                       names[i], type_name(I, a[i]));
    if (v_is_unset(src)) {
        if (!v_is_unset(a[1]) || !v_is_unset(a[2]))
            exc_raisef(I, I->cls.TypeError, v_is_unset(a[1])
                                                ? "errors without a string argument"
                                                : "encoding without a string argument");
        r = bytes_alloc(I, 0);
    } else if (v_is_str(I, src)) {
        if (v_is_unset(a[1]))
            exc_raisef(I, I->cls.TypeError, "string argument without an encoding");
        r = str_encode(I, (Str *)src.u.o, ((Str *)a[1].u.o)->s,
                       v_is_unset(a[2]) ? "strict" : ((Str *)a[2].u.o)->s);
    } else if (!v_is_unset(a[1]) || !v_is_unset(a[2])) {
        exc_raisef(I, I->cls.TypeError, v_is_unset(a[1]) ? "errors without a string argument"
                                                        : "encoding without a string argument");
    } else if (is_bytes(I, src)) {
        r = bytes_new(I, SELF(src)->s, (size_t)SELF(src)->len);
    } else if (src.tag == V_INT || src.tag == V_BOOL) {
        if (src.u.i < 0)
            exc_raisef(I, I->cls.ValueError, "negative count");
        r = bytes_alloc(I, src.u.i);
    } else if ((class_of(I, src)->flags & CLS_PYTHON) &&
               !v_is_unset(class_lookup(I, class_of(I, src), str_intern_cstr(I, "__bytes__")))) {
        /* CPython asks the type's __bytes__ first (HttpResponse.__bytes__, say). */
        Value b = obj_call_method_cstr(I, src, "__bytes__", 0, NULL);
        if (!is_bytes(I, b))
            exc_raisef(I, I->cls.TypeError, "__bytes__ returned non-bytes (type %s)", type_name(I, b));
        r = bytes_new(I, SELF(b)->s, (size_t)SELF(b)->len);
    } else {
        Class *c = class_of(I, src);
        if (!c->ops->iter && !(c->dunders & DU_ITER) && !c->ops->getitem &&
            !(c->dunders & DU_GETITEM))
            exc_raisef(I, I->cls.TypeError, "cannot convert '%s' object to bytes", c->name->s);
        List *l = obj_to_list(I, src);
        r = bytes_alloc(I, l->len);
        for (int64_t i = 0; i < l->len; i++) {
            int64_t v = obj_index(I, l->items[i]);
            if (v < 0 || v > 255)
                exc_raisef(I, I->cls.ValueError, "bytes must be in range(0, 256)");
            r->s[i] = (unsigned char)v;
        }
    }
    if (cls != I->cls.bytes) {
        /* obj_alloc: a Python subclass keeps its attribute dict in front */
        Bytes *s = obj_alloc(I, cls, offsetof(Bytes, s) + (size_t)r->len + 1);
        s->len = r->len;
        s->hash = -1;
        memcpy(s->s, r->s, (size_t)r->len);
        r = s;
    }
    return v_obj(r);
}

static const TypeOps bytes_ops = {
    .repr = slot_repr, .str = slot_repr, /* bytes_str: a subclass's __repr__ is not its str() */
    .hash = slot_hash, .richcmp = slot_richcmp, .truthy = slot_truthy,
    .len = slot_len, .iter = slot_iter, .getitem = slot_getitem, .contains = slot_contains,
    .binop = slot_binop, .new_ = slot_new,
};

static const TypeOps bytes_iter_ops = { .iter = iter_iter, .next = iter_next };

/* ------------------------------------------------------------------ */
/* Methods                                                             */
/* ------------------------------------------------------------------ */

static Bytes *bself(Interp *I, int argc, const Value *argv, const char *meth)
{
    if (argc < 1 || !is_bytes(I, argv[0]))
        exc_raisef(I, I->cls.TypeError,
                   "descriptor '%s' for 'bytes' objects doesn't apply to a '%s' object", meth,
                   argc < 1 ? "NoneType" : type_name(I, argv[0]));
    return SELF(argv[0]);
}

static Value m_decode(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "encoding", "errors" };
    Bytes *b = bself(I, argc, argv, "decode");
    Value a[2];
    str_args_kw(I, "decode", argc - 1, argv + 1, kw, 2, names, a);
    for (int i = 0; i < 2; i++)
        if (!v_is_unset(a[i]) && !v_is_str(I, a[i]))
            exc_raisef(I, I->cls.TypeError, "decode() argument '%s' must be str, not %s",
                       names[i], type_name(I, a[i]));
    return v_obj(str_decode(I, b->s, (size_t)b->len,
                            v_is_unset(a[0]) ? "utf-8" : ((Str *)a[0].u.o)->s,
                            v_is_unset(a[1]) ? "strict" : ((Str *)a[1].u.o)->s));
}

static Value m_join(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Bytes *sep = bself(I, argc, argv, "join");
    str_args_one(I, "bytes.join", argc - 1, kw);
    List *l = obj_to_list(I, argv[1]);
    int64_t len = l->len ? sep->len * (l->len - 1) : 0;
    for (int64_t i = 0; i < l->len; i++) {
        if (!is_bytes(I, l->items[i]))
            exc_raisef(I, I->cls.TypeError,
                       "sequence item %lld: expected a bytes-like object, %s found",
                       (long long)i, type_name(I, l->items[i]));
        len += SELF(l->items[i])->len;
    }
    Bytes *r = bytes_alloc(I, len);
    unsigned char *p = r->s;
    for (int64_t i = 0; i < l->len; i++) {
        if (i) {
            memcpy(p, sep->s, (size_t)sep->len);
            p += sep->len;
        }
        Bytes *x = SELF(l->items[i]);
        memcpy(p, x->s, (size_t)x->len);
        p += x->len;
    }
    return v_obj(r);
}

/* [start, end) bounds of a method call; false when start is past the end. */
static bool brange(Interp *I, Bytes *b, int argc, const Value *argv, int first, int64_t *s,
                   int64_t *e)
{
    Value vs = argc > first ? argv[first] : v_unset();
    Value ve = argc > first + 1 ? argv[first + 1] : v_unset();
    if (vs.tag == V_INT && vs.u.i > b->len)
        return false;
    *s = str_slice_bound(I, vs, b->len, 0);
    *e = str_slice_bound(I, ve, b->len, b->len);
    return true;
}

static bool btail(Bytes *b, int64_t s, int64_t e, Bytes *sub, bool end)
{
    if (e - s < sub->len)
        return false;
    return memcmp(end ? b->s + e - sub->len : b->s + s, sub->s, (size_t)sub->len) == 0;
}

static Value starts_ends(Interp *I, int argc, const Value *argv, const KwArgs *kw, bool end)
{
    const char *name = end ? "endswith" : "startswith";
    Bytes *b = bself(I, argc, argv, name);
    str_args_old(I, name, end ? "bytes.endswith" : "bytes.startswith", argc - 1, kw, 1, 3);
    int64_t s = 0, e = 0;
    bool ok = brange(I, b, argc, argv, 2, &s, &e);
    Value x = argv[1];
    if (is_bytes(I, x))
        return v_bool(ok && btail(b, s, e, SELF(x), end));
    if (x.tag == V_OBJ && class_of(I, x) == I->cls.tuple) {
        Tuple *t = (Tuple *)x.u.o;
        for (int64_t i = 0; i < t->len; i++) {
            if (!is_bytes(I, t->items[i]))
                exc_raisef(I, I->cls.TypeError, "a bytes-like object is required, not '%s'",
                           type_name(I, t->items[i]));
            if (ok && btail(b, s, e, SELF(t->items[i]), end))
                return v_bool(true);
        }
        return v_bool(false);
    }
    exc_raisef(I, I->cls.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
               name, type_name(I, x));
}

static Value m_startswith(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return starts_ends(I, argc, argv, kw, false);
}

static Value m_endswith(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return starts_ends(I, argc, argv, kw, true);
}

/* find / rfind / index / rindex / count share the argument handling. */
static int64_t bsearch_op(Interp *I, int argc, const Value *argv, const KwArgs *kw,
                          const char *name, int mode /* 0 find, 1 rfind, 2 count */)
{
    Bytes *b = bself(I, argc, argv, name);
    str_args_old(I, name, NULL, argc - 1, kw, 1, 3);
    char one;
    const char *needle;
    size_t nlen;
    if (is_bytes(I, argv[1])) {
        needle = (const char *)SELF(argv[1])->s;
        nlen = (size_t)SELF(argv[1])->len;
    } else if (argv[1].tag == V_INT || argv[1].tag == V_BOOL || int_is_big(argv[1])) {
        one = (char)byte_value(I, argv[1]);
        needle = &one;
        nlen = 1;
    } else {
        exc_raisef(I, I->cls.TypeError,
                   "argument should be integer or bytes-like object, not '%s'",
                   type_name(I, argv[1]));
    }
    int64_t s = 0, e = 0;
    if (!brange(I, b, argc, argv, 2, &s, &e) || e - s < (int64_t)nlen)
        return mode == 2 ? 0 : -1;
    const char *hay = (const char *)b->s + s;
    size_t hl = (size_t)(e - s);
    if (mode == 2) {
        if (nlen == 0)
            return (int64_t)hl + 1;
        int64_t n = 0;
        const char *p = hay;
        while ((p = str_memfind(p, hl - (size_t)(p - hay), needle, nlen)) != NULL) {
            n++;
            p += nlen;
        }
        return n;
    }
    const char *hit = mode ? str_memrfind(hay, hl, needle, nlen)
                           : str_memfind(hay, hl, needle, nlen);
    return hit ? hit - (const char *)b->s : -1;
}

static Value m_find(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_int(bsearch_op(I, argc, argv, kw, "find", 0));
}

static Value m_rfind(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_int(bsearch_op(I, argc, argv, kw, "rfind", 1));
}

static Value m_index(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    int64_t i = bsearch_op(I, argc, argv, kw, "index", 0);
    if (i < 0)
        exc_raisef(I, I->cls.ValueError, "subsection not found");
    return v_int(i);
}

static Value m_rindex(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    int64_t i = bsearch_op(I, argc, argv, kw, "rindex", 1);
    if (i < 0)
        exc_raisef(I, I->cls.ValueError, "subsection not found");
    return v_int(i);
}

static Value m_count(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_int(bsearch_op(I, argc, argv, kw, "count", 2));
}

static Value m_hex(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char hex[] = "0123456789abcdef";
    Bytes *b = bself(I, argc, argv, "hex");
    str_args_none(I, "bytes.hex", argc - 1, kw);
    Str *r = str_alloc(I, b->len * 2);
    for (int64_t i = 0; i < b->len; i++) {
        r->s[2 * i] = hex[b->s[i] >> 4];
        r->s[2 * i + 1] = hex[b->s[i] & 15];
    }
    return v_obj(r);
}

/* bytes.fromhex(string): pairs of hex digits, ASCII whitespace between
 * pairs skipped; CPython's ValueError names the position (in characters:
 * everything before a bad character is ASCII) of the first bad one. */
static Value m_fromhex(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_no_kw(I, "fromhex", kw);
    if (argc != 2)
        exc_raisef(I, I->cls.TypeError, "fromhex() takes exactly one argument (%d given)", argc - 1);
    if (!v_is_str(I, argv[1]))
        exc_raisef(I, I->cls.TypeError, "fromhex() argument must be str, not %s", type_name(I, argv[1]));
    Str *str = (Str *)argv[1].u.o;
    const unsigned char *p = (const unsigned char *)str->s;
    int64_t n = str->len, i = 0, k = 0;
    unsigned char *out = interp_alloc(I, (size_t)n / 2 + 1);
    for (;;) {
        while (i < n && (p[i] == ' ' || (p[i] >= '\t' && p[i] <= '\r')))
            i++;
        if (i >= n)
            break;
        int hi = ascii_hex_value(p[i]);
        if (hi < 0)
            goto bad;
        i++;
        int lo = i < n ? ascii_hex_value(p[i]) : -1;
        if (lo < 0)
            goto bad;
        i++;
        out[k++] = (unsigned char)(hi << 4 | lo);
    }
    return v_obj(bytes_new(I, out, (size_t)k));
bad:
    exc_raisef(I, I->cls.ValueError, "non-hexadecimal number found in fromhex() arg at position %lld", (long long)i);
}

/* upper() / lower(): ASCII letters only, as CPython's bytes do. */
static Value bcase(Interp *I, int argc, const Value *argv, const KwArgs *kw, bool up)
{
    Bytes *b = bself(I, argc, argv, up ? "upper" : "lower");
    str_args_none(I, up ? "bytes.upper" : "bytes.lower", argc - 1, kw);
    Bytes *r = bytes_new(I, b->s, (size_t)b->len);
    for (int64_t i = 0; i < r->len; i++) {
        unsigned char c = r->s[i];
        if (up && c >= 'a' && c <= 'z')
            r->s[i] = (unsigned char)(c - 32);
        else if (!up && c >= 'A' && c <= 'Z')
            r->s[i] = (unsigned char)(c + 32);
    }
    return v_obj(r);
}

static Value m_upper(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return bcase(I, argc, argv, kw, true);
}

static Value m_lower(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return bcase(I, argc, argv, kw, false);
}

static Value m_len(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Bytes *b = bself(I, argc, argv, "__len__");
    if (argc != 1)
        exc_raisef(I, I->cls.TypeError, "expected 0 arguments, got %d", argc - 1);
    return v_int(b->len);
}

void bytes_init(Interp *I)
{
    Class *cls = class_new_native(I, "bytes", NULL, I->cls.object, &bytes_ops,
                                  offsetof(Bytes, s), CLS_BASETYPE);
    I->cls.bytes = cls;
    BytesState *st = interp_alloc(I, sizeof *st);
    st->iter_cls = class_new_native(I, "bytes_iterator", NULL, I->cls.object, &bytes_iter_ops,
                                    sizeof(BytesIter), 0);
    cls->ext = st;
    static const struct { const char *name; NativeFnPtr fn; } methods[] = {
        {"decode", m_decode}, {"join", m_join}, {"startswith", m_startswith},
        {"endswith", m_endswith}, {"find", m_find}, {"rfind", m_rfind}, {"index", m_index},
        {"rindex", m_rindex}, {"count", m_count}, {"hex", m_hex}, {"upper", m_upper},
        {"lower", m_lower}, {"__len__", m_len},
    };
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        class_add_method(I, cls, methods[i].name, methods[i].fn);
    class_add_classmethod(I, cls, "fromhex", m_fromhex);
    class_add_repr_method(I, cls);
    module_set(I, I->builtins, "bytes", v_obj(cls));
}
