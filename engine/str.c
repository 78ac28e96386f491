/*
 * str.c — the str type's core: creating, interning, hashing, comparing and
 * quoting strings, the StrBuf builder every engine file uses, and the str
 * class's type slots (len, indexing and slicing, iteration, `in`, + * %).
 * The methods live in str_methods.c (search, split, strip…), str_case.c
 * (case mapping and is*() predicates) and str_format.c (str.format).
 *
 * A Str is immutable UTF-8 text with a NUL after it and a cached code point
 * count; when nchars == len the text is ASCII and indexing is O(1). For other
 * text, the last index → byte offset lookup is remembered (StrState) so that
 * loops over s[i] stay linear.
 */
#include <stdio.h>
#include <string.h>

#include "str_int.h"

#define STR_HDR offsetof(Str, s)

static StrState *state(Interp *I)
{
    return I->cls.str ? (StrState *)I->cls.str->ext : NULL;
}

/* ------------------------------------------------------------------ */
/* Creating strings                                                    */
/* ------------------------------------------------------------------ */

Str *str_alloc(Interp *I, int64_t len)
{
    /* Not zeroed: every caller writes the whole text. */
    Str *s = arena_alloc_raw(&I->arena, STR_HDR + (size_t)len + 1);
    if (!s)
        exc_fatal(I, FATAL_MEMORY, "out of memory");
    s->hdr.cls = I->cls.str;
    s->len = len;
    s->nchars = len;
    s->hash = -1;
    s->interned = false;
    s->room = 0;
    s->s[len] = 0;
    return s;
}

int64_t str_count_chars(const char *s, size_t len)
{
    return utf8_nchars(s, len);
}

Str *str_new_n(Interp *I, const char *s, size_t len, int64_t nchars)
{
    Str *r = str_alloc(I, (int64_t)len);
    memcpy(r->s, s, len);
    r->nchars = nchars;
    return r;
}

Str *str_new(Interp *I, const char *s, size_t len)
{
    return str_new_n(I, s, len, str_count_chars(s, len));
}

Str *str_from_cstr(Interp *I, const char *s)
{
    return str_new(I, s, strlen(s));
}

Value str_value(Interp *I, const char *cstr)
{
    return v_obj(str_from_cstr(I, cstr));
}

Str *str_from_cp(Interp *I, uint32_t cp)
{
    StrState *st = state(I);
    if (cp < 128 && st && st->chars[cp])
        return st->chars[cp];
    char buf[4];
    int n = utf8_encode(cp, buf);
    Str *s = str_new_n(I, buf, (size_t)n, 1);
    if (cp < 128 && st)
        st->chars[cp] = s;
    return s;
}

Str *str_vfmt(Interp *I, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        n = 0;
    Str *s = str_alloc(I, n);
    if ((size_t)n < sizeof small)
        memcpy(s->s, small, (size_t)n);
    else
        vsnprintf(s->s, (size_t)n + 1, fmt, ap);
    s->nchars = str_count_chars(s->s, (size_t)n);
    return s;
}

Str *str_fmt(Interp *I, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Str *s = str_vfmt(I, fmt, ap);
    va_end(ap);
    return s;
}

/* The intern table maps text to its one interned Str: open addressing
 * over the strings themselves (their hash is cached in them), grown at
 * two-thirds full. The parser interns every name it reads, so a hit must
 * be cheap: hash the bytes, compare hash, length and text. */
struct InternTab {
    Str **slots;
    uint64_t mask;
    int64_t n;
};

static void intern_grow(Interp *I, struct InternTab *t)
{
    uint64_t size = t->slots ? (t->mask + 1) * 2 : 1024;
    Str **slots = interp_alloc(I, sizeof *slots * size);
    for (uint64_t i = 0; t->slots && i <= t->mask; i++) {
        Str *k = t->slots[i];
        if (!k)
            continue;
        uint64_t j = (uint64_t)k->hash & (size - 1);
        while (slots[j])
            j = (j + 1) & (size - 1);
        slots[j] = k;
    }
    t->slots = slots;
    t->mask = size - 1;
}

Str *str_intern(Interp *I, const char *s, size_t len)
{
    struct InternTab *t = I->interned;
    if (!t) {
        t = I->interned = interp_alloc(I, sizeof *t);
        intern_grow(I, t);
    }
    int64_t h = str_hash_bytes(s, len);
    uint64_t j = (uint64_t)h & t->mask;
    for (Str *k; (k = t->slots[j]) != NULL; j = (j + 1) & t->mask)
        if (k->hash == h && (size_t)k->len == len && memcmp(k->s, s, len) == 0)
            return k;
    Str *key = str_new_n(I, s, len, str_count_chars(s, len));
    key->interned = true;
    key->hash = h;
    t->slots[j] = key;
    if (++t->n * 3 >= (int64_t)(t->mask + 1) * 2)
        intern_grow(I, t);
    return key;
}

Str *str_intern_cstr(Interp *I, const char *s)
{
    return str_intern(I, s, strlen(s));
}

Str *str_concat(Interp *I, Str *a, Str *b)
{
    if (b->len == 0 && a->hdr.cls == I->cls.str)
        return a;
    if (a->len == 0 && b->hdr.cls == I->cls.str)
        return b;
    Str *r = str_alloc(I, a->len + b->len);
    memcpy(r->s, a->s, (size_t)a->len);
    memcpy(r->s + a->len, b->s, (size_t)b->len);
    r->nchars = a->nchars + b->nchars;
    return r;
}

/*
 * a + b for `t += b` (and `t = t + b`) where the variable or dict slot t
 * held a. When `owned` (t was a's only holder: V_OWNED, value.h) and a's
 * spare room fits b, b is appended in place and a itself returned: nobody
 * else can see the change. Otherwise the result is a fresh string with room
 * to spare, growing geometrically, so a loop of appends costs amortised
 * linear time and memory although the arena never frees. *owned_out says
 * whether the caller may store the result as owned (false when it is an
 * operand shared elsewhere: CPython's `"" + b` is b). Never fails except
 * for a memory overrun (fatal).
 */
Str *str_iadd(Interp *I, Str *a, bool owned, Str *b, bool *owned_out)
{
    int64_t n = a->len + b->len;
    *owned_out = owned;
    if (owned) {
        if (b->len <= (int64_t)a->room) {
            memcpy(a->s + a->len, b->s, (size_t)b->len);
            a->s[n] = 0;
            a->room -= (uint32_t)b->len;
            a->len = n;
            a->nchars += b->nchars;
            a->hash = -1;
            return a;
        }
    } else if (b->len == 0 || a->len == 0) {
        return str_concat(I, a, b);     /* CPython returns the other operand */
    }
    /* A first append reserves a quarter more; an owned string that runs out
     * doubles, so the copies (and the abandoned buffers) sum to O(n). */
    int64_t room = owned ? n : n / 4 + 16;
    if (room > (int64_t)UINT32_MAX)
        room = UINT32_MAX;
    Str *r = str_alloc(I, n + room);
    memcpy(r->s, a->s, (size_t)a->len);
    memcpy(r->s + a->len, b->s, (size_t)b->len);
    r->s[n] = 0;
    r->len = n;
    r->nchars = a->nchars + b->nchars;
    r->room = (uint32_t)room;
    *owned_out = true;
    return r;
}

/* ------------------------------------------------------------------ */
/* Equality, hashing, positions                                        */
/* ------------------------------------------------------------------ */

bool str_eq(const Str *a, const Str *b)
{
    if (a == b)
        return true;
    if (a->len != b->len || (a->interned && b->interned))
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    return memcmp(a->s, b->s, (size_t)a->len) == 0;
}

static inline uint64_t rotl64(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

static uint64_t fmix64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

/* A MurmurHash3-style hash of the bytes, 8 at a time; never -1. */
int64_t str_hash_bytes(const void *data, size_t n)
{
    const unsigned char *p = data;
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ ((uint64_t)n * 0x87c37b91114253d5ULL);
    while (n >= 8) {
        uint64_t k;
        memcpy(&k, p, 8);
        k *= 0x87c37b91114253d5ULL;
        k = rotl64(k, 31);
        k *= 0x4cf5ad432745937fULL;
        h ^= k;
        h = rotl64(h, 27) * 5 + 0x52dce729;
        p += 8;
        n -= 8;
    }
    if (n) {
        uint64_t k = 0;
        memcpy(&k, p, n);
        k *= 0x87c37b91114253d5ULL;
        k = rotl64(k, 31);
        k *= 0x4cf5ad432745937fULL;
        h ^= k;
    }
    return (int64_t)(fmix64(h) >> 1);   /* non-negative, so never -1 */
}

int64_t str_hash(Str *s)
{
    if (s->hash == -1)
        s->hash = str_hash_bytes(s->s, (size_t)s->len);
    return s->hash;
}

/* Move from byte offset b over k code points forwards (k > 0) or back. */
static int64_t walk(const Str *s, int64_t b, int64_t k)
{
    const unsigned char *p = (const unsigned char *)s->s;
    if (k >= 0) {
        while (k-- > 0)
            b += utf8_seqlen(p[b]);
    } else {
        while (k++ < 0) {
            b--;
            while (b > 0 && (p[b] & 0xC0) == 0x80)
                b--;
        }
    }
    return b;
}

int64_t str_byte_offset(Interp *I, const Str *s, int64_t ci)
{
    if (s->nchars == s->len)
        return ci;
    if (ci <= 0)
        return 0;
    if (ci >= s->nchars)
        return s->len;
    /* start from the nearest known position: the start, the end or the cache */
    int64_t bc = 0, bb = 0;
    if (s->nchars - ci < ci) {
        bc = s->nchars;
        bb = s->len;
    }
    StrState *st = state(I);
    if (st && st->pos_str == s) {
        int64_t d = st->pos_char - ci, dbest = bc - ci;
        if ((d < 0 ? -d : d) < (dbest < 0 ? -dbest : dbest)) {
            bc = st->pos_char;
            bb = st->pos_byte;
        }
    }
    int64_t b = walk(s, bb, ci - bc);
    if (st) {
        st->pos_str = s;
        st->pos_char = ci;
        st->pos_byte = b;
    }
    return b;
}

Str *str_substr(Interp *I, Str *s, int64_t cstart, int64_t cend)
{
    if (cstart <= 0 && cend >= s->nchars && s->hdr.cls == I->cls.str)
        return s;
    if (cend <= cstart)
        return I->names.empty ? I->names.empty : str_alloc(I, 0);
    if (cend - cstart == 1 && str_is_ascii(s))
        return str_from_cp(I, (unsigned char)s->s[cstart]);
    int64_t b0 = str_byte_offset(I, s, cstart);
    int64_t b1 = str_is_ascii(s) ? cend : walk(s, b0, cend - cstart);
    return str_new_n(I, s->s + b0, (size_t)(b1 - b0), cend - cstart);
}

/* ------------------------------------------------------------------ */
/* repr                                                                */
/* ------------------------------------------------------------------ */

static const char hexdig[] = "0123456789abcdef";

Str *str_repr(Interp *I, Str *s)
{
    const char *p = s->s;
    size_t n = (size_t)s->len;
    bool sq = memchr(p, '\'', n) != NULL, dq = memchr(p, '"', n) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    /* fast path: printable ASCII with nothing to escape */
    bool plain = str_is_ascii(s);
    for (size_t i = 0; plain && i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x20 || c == 0x7F || c == '\\' || c == (unsigned char)quote)
            plain = false;
    }
    if (plain) {
        Str *r = str_alloc(I, (int64_t)n + 2);
        r->s[0] = quote;
        memcpy(r->s + 1, p, n);
        r->s[n + 1] = quote;
        return r;
    }
    StrBuf sb;
    sb_init(&sb, I);
    sb_reserve(&sb, n + 8);
    sb_addc(&sb, quote);
    size_t i = 0;
    while (i < n) {
        size_t at = i;
        uint32_t c = utf8_decode(p, &i);
        char esc[12];
        if (c == (uint32_t)quote || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            sb_add(&sb, esc, 2);
        } else if (c == '\t') {
            sb_add(&sb, "\\t", 2);
        } else if (c == '\n') {
            sb_add(&sb, "\\n", 2);
        } else if (c == '\r') {
            sb_add(&sb, "\\r", 2);
        } else if (c < 0x20 || c == 0x7F) {
            esc[0] = '\\';
            esc[1] = 'x';
            esc[2] = hexdig[c >> 4];
            esc[3] = hexdig[c & 15];
            sb_add(&sb, esc, 4);
        } else if (c < 0x7F || utf8_isprintable(c)) {
            sb_add(&sb, p + at, i - at);
        } else {
            int nd = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
            esc[0] = '\\';
            esc[1] = nd == 2 ? 'x' : nd == 4 ? 'u' : 'U';
            for (int k = 0; k < nd; k++)
                esc[2 + k] = hexdig[(c >> (4 * (nd - 1 - k))) & 15];
            sb_add(&sb, esc, (size_t)nd + 2);
        }
    }
    sb_addc(&sb, quote);
    return sb_finish(&sb);
}

/* ------------------------------------------------------------------ */
/* Type checks                                                         */
/* ------------------------------------------------------------------ */

bool v_is_str(Interp *I, Value v)
{
    if (v.tag != V_OBJ)
        return false;
    Class *c = v.u.o->cls;
    return c == I->cls.str || (c && c->native_base == I->cls.str);
}

Str *v_as_str(Interp *I, Value v, const char *what)
{
    if (!v_is_str(I, v))
        exc_raisef(I, I->cls.TypeError, "%s must be str, not %s", what, type_name(I, v));
    return (Str *)v.u.o;
}

/* ------------------------------------------------------------------ */
/* StrBuf: the text lives after room for a Str header, so sb_finish     */
/* turns the buffer into a Str without copying.                         */
/* ------------------------------------------------------------------ */

void sb_init(StrBuf *sb, Interp *I)
{
    sb->I = I;
    sb->p = NULL;
    sb->len = 0;
    sb->cap = 0;
}

void sb_reserve(StrBuf *sb, size_t need)
{
    size_t want = sb->len + need + 1;
    if (want <= sb->cap)
        return;
    size_t ncap = sb->cap ? sb->cap * 2 : 48;
    while (ncap < want)
        ncap *= 2;
    char *blk = sb->p ? sb->p - STR_HDR : NULL;
    blk = arena_realloc_raw(&sb->I->arena, blk, STR_HDR + sb->cap, STR_HDR + ncap);
    if (!blk)
        exc_fatal(sb->I, FATAL_MEMORY, "out of memory");
    sb->p = blk + STR_HDR;
    sb->cap = ncap;
}

void sb_add(StrBuf *sb, const char *s, size_t n)
{
    if (sb->len + n + 1 > sb->cap)
        sb_reserve(sb, n);
    memcpy(sb->p + sb->len, s, n);
    sb->len += n;
    sb->p[sb->len] = 0;     /* the buffer is not zeroed: keep it a C string */
}

void sb_adds(StrBuf *sb, const char *s)
{
    sb_add(sb, s, strlen(s));
}

void sb_addc(StrBuf *sb, char c)
{
    if (sb->len + 2 > sb->cap)
        sb_reserve(sb, 1);
    sb->p[sb->len++] = c;
    sb->p[sb->len] = 0;
}

void sb_addstr(StrBuf *sb, const Str *s)
{
    sb_add(sb, s->s, (size_t)s->len);
}

void sb_addcp(StrBuf *sb, uint32_t cp)
{
    if (cp < 0x80) {
        sb_addc(sb, (char)cp);
        return;
    }
    char buf[4];
    sb_add(sb, buf, (size_t)utf8_encode(cp, buf));
}

void sb_printf(StrBuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[128];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n <= 0)
        return;
    if ((size_t)n < sizeof small) {
        sb_add(sb, small, (size_t)n);
        return;
    }
    sb_reserve(sb, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(sb->p + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->len += (size_t)n;
}

Str *sb_finish_n(StrBuf *sb, int64_t nchars)
{
    Interp *I = sb->I;
    if (!sb->p)
        return I->names.empty ? I->names.empty : str_alloc(I, 0);
    Str *s = (Str *)(void *)(sb->p - STR_HDR);
    s->hdr.cls = I->cls.str;
    s->len = (int64_t)sb->len;
    s->nchars = nchars;
    s->hash = -1;
    s->interned = false;
    s->room = 0;
    s->s[sb->len] = 0;
    arena_shrink(&I->arena, s, STR_HDR + sb->cap, STR_HDR + sb->len + 1);
    sb->p = NULL;
    sb->len = sb->cap = 0;
    return s;
}

Str *sb_finish(StrBuf *sb)
{
    return sb_finish_n(sb, sb->p ? str_count_chars(sb->p, sb->len) : 0);
}

/* ------------------------------------------------------------------ */
/* Argument helpers (messages as CPython 3.11 words them)              */
/* ------------------------------------------------------------------ */

Str *str_self(Interp *I, int argc, const Value *argv, const char *meth)
{
    if (argc < 1)
        exc_raisef(I, I->cls.TypeError, "unbound method str.%s() needs an argument", meth);
    if (!v_is_str(I, argv[0]))
        exc_raisef(I, I->cls.TypeError,
                   "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", meth,
                   type_name(I, argv[0]));
    return (Str *)argv[0].u.o;
}

static bool has_kw(const KwArgs *kw)
{
    return kw && kw->n > 0;
}

void str_args_none(Interp *I, const char *qualname, int n, const KwArgs *kw)
{
    if (has_kw(kw))
        exc_raisef(I, I->cls.TypeError, "%s() takes no keyword arguments", qualname);
    if (n != 0)
        exc_raisef(I, I->cls.TypeError, "%s() takes no arguments (%d given)", qualname, n);
}

void str_args_one(Interp *I, const char *qualname, int n, const KwArgs *kw)
{
    if (has_kw(kw))
        exc_raisef(I, I->cls.TypeError, "%s() takes no keyword arguments", qualname);
    if (n != 1)
        exc_raisef(I, I->cls.TypeError, "%s() takes exactly one argument (%d given)", qualname,
                   n);
}

void str_args_old(Interp *I, const char *name, const char *qualname, int n, const KwArgs *kw,
                  int min, int max)
{
    if (qualname && has_kw(kw))
        exc_raisef(I, I->cls.TypeError, "%s() takes no keyword arguments", qualname);
    if (n < min)
        exc_raisef(I, I->cls.TypeError, "%s() takes at least %d argument%s (%d given)", name,
                   min, min == 1 ? "" : "s", n);
    if (n > max)
        exc_raisef(I, I->cls.TypeError, "%s() takes at most %d argument%s (%d given)", name, max,
                   max == 1 ? "" : "s", n);
}

void str_args_clinic(Interp *I, const char *name, const char *qualname, int n,
                     const KwArgs *kw, int min, int max)
{
    if (qualname && has_kw(kw))
        exc_raisef(I, I->cls.TypeError, "%s() takes no keyword arguments", qualname);
    if (n < min)
        exc_raisef(I, I->cls.TypeError, "%s expected at least %d argument%s, got %d", name, min,
                   min == 1 ? "" : "s", n);
    if (n > max)
        exc_raisef(I, I->cls.TypeError, "%s expected at most %d argument%s, got %d", name, max,
                   max == 1 ? "" : "s", n);
}

void str_args_kw(Interp *I, const char *name, int n, const Value *args, const KwArgs *kw,
                 int nnames, const char *const *names, Value *out)
{
    int nkw = kw ? kw->n : 0;
    if (n + nkw > nnames)
        exc_raisef(I, I->cls.TypeError, "%s() takes at most %d %sargument%s (%d given)", name,
                   nnames, n == 0 ? "keyword " : "", nnames == 1 ? "" : "s", n + nkw);
    for (int i = 0; i < nnames; i++)
        out[i] = i < n ? args[i] : v_unset();
    for (int k = 0; k < nkw; k++) {
        const char *kname = kw->names[k]->s;
        int i;
        for (i = 0; i < nnames; i++)
            if (strcmp(kname, names[i]) == 0)
                break;
        if (i == nnames)
            exc_raisef(I, I->cls.TypeError, "'%s' is an invalid keyword argument for %s()", kname,
                       name);
        if (i < n)
            exc_raisef(I, I->cls.TypeError,
                       "argument for %s() given by name ('%s') and position (%d)", name, kname,
                       i + 1);
        out[i] = kw->vals[k];
    }
}

int64_t str_arg_index(Interp *I, Value v)
{
    if (v.tag == V_INT || v.tag == V_BOOL)
        return v.u.i;
    return obj_index(I, v);
}

int64_t str_slice_bound(Interp *I, Value v, int64_t len, int64_t dflt)
{
    if (v.tag == V_UNSET || v.tag == V_NONE)
        return dflt;
    int64_t i;
    if (v.tag == V_INT || v.tag == V_BOOL) {
        i = v.u.i;
    } else if (v.tag == V_OBJ && class_of(I, v) == I->cls.int_) {
        /* a big int: far beyond either end */
        i = obj_cmp_bool(I, v, v_int(0), CMP_LT) ? INT64_MIN / 2 : INT64_MAX / 2;
    } else {
        exc_raisef(I, I->cls.TypeError,
                   "slice indices must be integers or None or have an __index__ method");
    }
    if (i < 0) {
        i += len;
        if (i < 0)
            i = 0;
    } else if (i > len) {
        i = len;
    }
    return i;
}

/* ------------------------------------------------------------------ */
/* Byte search                                                         */
/* ------------------------------------------------------------------ */

const char *str_memfind(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
    if (nlen == 0)
        return hay;
    if (nlen > hlen)
        return NULL;
    if (nlen == 1)
        return memchr(hay, needle[0], hlen);
    return memmem(hay, hlen, needle, nlen);
}

const char *str_memrfind(const char *hay, size_t hlen, const char *needle, size_t nlen)
{
    if (nlen == 0)
        return hay + hlen;
    if (nlen > hlen)
        return NULL;
    if (nlen == 1)
        return memrchr(hay, needle[0], hlen);
    for (size_t i = hlen - nlen + 1; i-- > 0;)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, nlen) == 0)
            return hay + i;
    return NULL;
}

/* ------------------------------------------------------------------ */
/* The str class's slots                                               */
/* ------------------------------------------------------------------ */

#define SELF(v) ((Str *)(v).u.o)

static Str *slot_repr(Interp *I, Value self) { return str_repr(I, SELF(self)); }

/* str(s): s itself, or a plain-str copy of a subclass instance. */
static Str *slot_str(Interp *I, Value self)
{
    Str *s = SELF(self);
    if (s->hdr.cls == I->cls.str)
        return s;
    return str_new_n(I, s->s, (size_t)s->len, s->nchars);
}

static int64_t slot_hash(Interp *I, Value self) { return str_hash(SELF(self)); }

static int compare(const Str *a, const Str *b)
{
    int64_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(a->s, b->s, (size_t)n);
    if (c)
        return c;
    return a->len < b->len ? -1 : a->len > b->len;
}

/* UTF-8 byte order is code point order, so memcmp compares as CPython does. */
static Value slot_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    if (!v_is_str(I, a) || !v_is_str(I, b))
        return v_notimpl();
    Str *x = SELF(a), *y = SELF(b);
    switch (op) {
    case CMP_EQ: return v_bool(str_eq(x, y));
    case CMP_NE: return v_bool(!str_eq(x, y));
    case CMP_LT: return v_bool(compare(x, y) < 0);
    case CMP_LE: return v_bool(compare(x, y) <= 0);
    case CMP_GT: return v_bool(compare(x, y) > 0);
    default: return v_bool(compare(x, y) >= 0);
    }
}

static bool slot_truthy(Interp *I, Value self) { return SELF(self)->len != 0; }
static int64_t slot_len(Interp *I, Value self) { return SELF(self)->nchars; }

typedef struct StrIter {
    Obj hdr;
    Str *s;
    int64_t pos;                /* byte offset of the next character */
} StrIter;

static Value slot_iter(Interp *I, Value self)
{
    StrIter *it = obj_alloc(I, I->cls.str_iterator, sizeof *it);
    it->s = SELF(self);
    return v_obj(it);
}

static Value iter_iter(Interp *I, Value self) { return self; }

static Value iter_next(Interp *I, Value self)
{
    StrIter *it = (StrIter *)self.u.o;
    if (!it->s || it->pos >= it->s->len) {
        it->s = NULL;
        return v_unset();
    }
    size_t i = (size_t)it->pos;
    uint32_t c = utf8_decode(it->s->s, &i);
    it->pos = (int64_t)i;
    return v_obj(str_from_cp(I, c));
}

/* s[start:stop:step] for a step other than 1. */
static Str *slice_step(Interp *I, Str *s, int64_t start, int64_t step, int64_t n)
{
    if (str_is_ascii(s)) {
        Str *r = str_alloc(I, n);
        for (int64_t k = 0; k < n; k++)
            r->s[k] = s->s[start + k * step];
        return r;
    }
    StrBuf sb;
    sb_init(&sb, I);
    sb_reserve(&sb, (size_t)n * 2);
    int64_t b = str_byte_offset(I, s, start);
    for (int64_t k = 0; k < n; k++) {
        int len = utf8_seqlen((unsigned char)s->s[b]);
        sb_add(&sb, s->s + b, (size_t)len);
        if (k + 1 < n)
            b = walk(s, b, step);
    }
    return sb_finish_n(&sb, n);
}

static Value slot_getitem(Interp *I, Value self, Value key)
{
    Str *s = SELF(self);
    if (key.tag == V_INT || key.tag == V_BOOL) {
        int64_t i = key.u.i;
        if (i < 0)
            i += s->nchars;
        if (i < 0 || i >= s->nchars)
            exc_raisef(I, I->cls.IndexError, "string index out of range");
        if (str_is_ascii(s))
            return v_obj(str_from_cp(I, (unsigned char)s->s[i]));
        size_t b = (size_t)str_byte_offset(I, s, i);
        return v_obj(str_from_cp(I, utf8_decode(s->s, &b)));
    }
    if (key.tag == V_OBJ && key.u.o->cls == I->cls.slice) {
        int64_t start, stop, step;
        int64_t n = slice_indices(I, (Slice *)key.u.o, s->nchars, &start, &stop, &step);
        if (step == 1)
            return v_obj(str_substr(I, s, start, start + n));
        if (n <= 0)
            return v_obj(str_substr(I, s, 0, 0));
        return v_obj(slice_step(I, s, start, step, n));
    }
    if (int_is_big(key))
        exc_raisef(I, I->cls.IndexError, "cannot fit 'int' into an index-sized integer");
    exc_raisef(I, I->cls.TypeError, "string indices must be integers, not '%s'",
               type_name(I, key));
}

static bool slot_contains(Interp *I, Value self, Value item)
{
    if (!v_is_str(I, item))
        exc_raisef(I, I->cls.TypeError, "'in <string>' requires string as left operand, not %s",
                   type_name(I, item));
    Str *s = SELF(self), *sub = SELF(item);
    return str_memfind(s->s, (size_t)s->len, sub->s, (size_t)sub->len) != NULL;
}

/* s * n: the text n times (n <= 0: ""). */
static Str *repeat(Interp *I, Str *s, int64_t n)
{
    if (n <= 0 || s->len == 0)
        return str_substr(I, s, 0, 0);
    if (n == 1 && s->hdr.cls == I->cls.str)
        return s;
    if (s->len > INT64_MAX / 4 / n)
        exc_raisef(I, I->cls.OverflowError, "repeated string is too long");
    Str *r = str_alloc(I, s->len * n);
    if (s->len == 1) {
        memset(r->s, s->s[0], (size_t)n);
    } else {
        memcpy(r->s, s->s, (size_t)s->len);
        int64_t done = s->len, total = s->len * n;
        while (done < total) {
            int64_t k = done < total - done ? done : total - done;
            memcpy(r->s + done, r->s, (size_t)k);
            done += k;
        }
    }
    r->nchars = s->nchars * n;
    return r;
}

/* A Python class defining arithmetic dunders gets its turn (__radd__ …)
 * before str gives up with its own error. */
static bool other_may_handle(Interp *I, Value v)
{
    Class *c = class_of(I, v);
    return (c->flags & CLS_PYTHON) && (c->dunders & DU_ARITH);
}

static Value slot_binop(Interp *I, int op, Value a, Value b)
{
    int base = op & ~OP_INPLACE;
    bool as = v_is_str(I, a), bs = v_is_str(I, b);
    switch (base) {
    case OP_ADD:
        if (as && bs)
            return v_obj(str_concat(I, SELF(a), SELF(b)));
        if (as && !other_may_handle(I, b))
            exc_raisef(I, I->cls.TypeError, "can only concatenate str (not \"%s\") to str",
                       type_name(I, b));
        return v_notimpl();
    case OP_MUL: {
        Value s = as ? a : b, n = as ? b : a;
        if (n.tag == V_INT || n.tag == V_BOOL)
            return v_obj(repeat(I, SELF(s), n.u.i));
        if (int_is_big(n)) {
            if (obj_cmp_bool(I, n, v_int(0), CMP_LT) || SELF(s)->len == 0)
                return v_obj(str_substr(I, SELF(s), 0, 0));
            exc_raisef(I, I->cls.OverflowError,
                       "cannot fit 'int' into an index-sized integer");
        }
        if (as && bs)
            exc_raisef(I, I->cls.TypeError, "can't multiply sequence by non-int of type 'str'");
        if (other_may_handle(I, n))
            return v_notimpl();
        Class *nc = class_of(I, n);
        if (!v_is_unset(class_lookup(I, nc, str_intern_cstr(I, "__index__"))))
            return v_obj(repeat(I, SELF(s), obj_index(I, n)));
        exc_raisef(I, I->cls.TypeError, "can't multiply sequence by non-int of type '%s'",
                   type_name(I, n));
    }
    case OP_MOD:
        if (as)
            return v_obj(fmt_percent(I, SELF(a), b));
        return v_notimpl();
    default:
        return v_notimpl();
    }
}

static Str *slot_format(Interp *I, Value self, Str *spec)
{
    if (spec->len == 0)
        return slot_str(I, self);
    return fmt_format(I, self, spec);
}

/* A str of class cls (a Python subclass of str) with the text of s. */
static Value as_class(Interp *I, Class *cls, Str *s)
{
    if (cls == I->cls.str)
        return v_obj(s);
    /* obj_alloc: a Python subclass keeps its attribute dict in front */
    Str *r = obj_alloc(I, cls, STR_HDR + (size_t)s->len + 1);
    memcpy(r->s, s->s, (size_t)s->len);
    r->len = s->len;
    r->nchars = s->nchars;
    r->hash = -1;
    return v_obj(r);
}

/* str(object='', encoding='utf-8', errors='strict') */
static Value slot_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "object", "encoding", "errors" };
    Value a[3];
    str_args_kw(I, "str", argc, argv, kw, 3, names, a);
    if (v_is_unset(a[1]) && v_is_unset(a[2])) {
        if (v_is_unset(a[0]))
            return as_class(I, cls, str_substr(I, I->names.empty, 0, 0));
        return as_class(I, cls, obj_str(I, a[0]));
    }
    for (int i = 1; i < 3; i++)
        if (!v_is_unset(a[i]) && !v_is_str(I, a[i]))
            exc_raisef(I, I->cls.TypeError, "str() argument '%s' must be str, not %s", names[i],
                       type_name(I, a[i]));
    if (v_is_unset(a[0]))
        return as_class(I, cls, str_substr(I, I->names.empty, 0, 0));
    if (v_is_str(I, a[0]))
        exc_raisef(I, I->cls.TypeError, "decoding str is not supported");
    if (a[0].tag != V_OBJ || !I->cls.bytes || a[0].u.o->cls != I->cls.bytes)
        exc_raisef(I, I->cls.TypeError, "decoding to str: need a bytes-like object, %s found",
                   type_name(I, a[0]));
    Bytes *b = (Bytes *)a[0].u.o;
    return as_class(I, cls, str_decode(I, b->s, (size_t)b->len,
                                       v_is_unset(a[1]) ? "utf-8" : SELF(a[1])->s,
                                       v_is_unset(a[2]) ? "strict" : SELF(a[2])->s));
}

static const TypeOps str_ops = {
    .repr = slot_repr, .str = slot_str, .hash = slot_hash, .richcmp = slot_richcmp,
    .truthy = slot_truthy, .len = slot_len, .iter = slot_iter, .getitem = slot_getitem,
    .contains = slot_contains, .binop = slot_binop, .new_ = slot_new, .format = slot_format,
};

static const TypeOps str_iter_ops = { .iter = iter_iter, .next = iter_next };

/* ------------------------------------------------------------------ */
/* Dunder methods, for explicit calls and super() in subclasses        */
/* ------------------------------------------------------------------ */

static Value m_len(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "__len__");
    if (argc != 1)
        exc_raisef(I, I->cls.TypeError, "expected 0 arguments, got %d", argc - 1);
    return v_int(s->nchars);
}

static Value one_arg(Interp *I, int argc, const Value *argv, const char *name)
{
    str_self(I, argc, argv, name);
    if (argc != 2)
        exc_raisef(I, I->cls.TypeError, "expected 1 argument, got %d", argc - 1);
    return argv[1];
}

static Value m_getitem(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "__getitem__");
    if (argc != 2)
        exc_raisef(I, I->cls.TypeError, "str.__getitem__() takes exactly one argument (%d given)",
                   argc - 1);
    return slot_getitem(I, v_obj(s), argv[1]);
}

static Value m_contains(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Value x = one_arg(I, argc, argv, "__contains__");
    return v_bool(slot_contains(I, argv[0], x));
}

static Value m_hash(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "__hash__");
    if (argc != 1)
        exc_raisef(I, I->cls.TypeError, "expected 0 arguments, got %d", argc - 1);
    return v_int(str_hash(s));
}

static Value m_repr(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "__repr__");
    if (argc != 1)
        exc_raisef(I, I->cls.TypeError, "expected 0 arguments, got %d", argc - 1);
    return v_obj(str_repr(I, s));
}

static Value m_str(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    str_self(I, argc, argv, "__str__");
    if (argc != 1)
        exc_raisef(I, I->cls.TypeError, "expected 0 arguments, got %d", argc - 1);
    return v_obj(slot_str(I, argv[0]));
}

static Value m_iter(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    str_self(I, argc, argv, "__iter__");
    if (argc != 1)
        exc_raisef(I, I->cls.TypeError, "expected 0 arguments, got %d", argc - 1);
    return slot_iter(I, argv[0]);
}

static Value m_format(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "__format__");
    str_args_old(I, "__format__", "str.__format__", argc - 1, kw, 1, 1);
    if (!v_is_str(I, argv[1]))
        exc_raisef(I, I->cls.TypeError, "__format__() argument must be str, not %s",
                   type_name(I, argv[1]));
    return v_obj(slot_format(I, v_obj(s), SELF(argv[1])));
}

#define CMP_METHOD(fname, op)                                                            \
    static Value fname(Interp *I, int argc, const Value *argv, const KwArgs *kw)          \
    {                                                                                    \
        Value x = one_arg(I, argc, argv, &(#fname)[2]);                                 \
        return slot_richcmp(I, argv[0], x, op);                                          \
    }
CMP_METHOD(m___eq__, CMP_EQ)
CMP_METHOD(m___ne__, CMP_NE)
CMP_METHOD(m___lt__, CMP_LT)
CMP_METHOD(m___le__, CMP_LE)
CMP_METHOD(m___gt__, CMP_GT)
CMP_METHOD(m___ge__, CMP_GE)

static Value m_add(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Value x = one_arg(I, argc, argv, "__add__");
    if (!v_is_str(I, x))
        return v_notimpl();
    return v_obj(str_concat(I, SELF(argv[0]), SELF(x)));
}

static Value m_mul(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Value x = one_arg(I, argc, argv, "__mul__");
    if (x.tag != V_INT && x.tag != V_BOOL)
        return v_notimpl();
    return v_obj(repeat(I, SELF(argv[0]), x.u.i));
}

static Value m_mod(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Value x = one_arg(I, argc, argv, "__mod__");
    return v_obj(fmt_percent(I, SELF(argv[0]), x));
}

static Value m_rmod(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, argc, argv, "__rmod__");
    return v_notimpl();
}

static Value m_getnewargs(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "__getnewargs__");
    str_args_none(I, "str.__getnewargs__", argc - 1, kw);
    Value v = v_obj(str_new_n(I, s->s, (size_t)s->len, s->nchars));
    return v_obj(tuple_from(I, 1, &v));
}

void str_init(Interp *I)
{
    Class *cls = class_new_native(I, "str", NULL, I->cls.object, &str_ops, sizeof(Str),
                                  CLS_BASETYPE);
    I->cls.str = cls;
    if (!cls->ext)
        cls->ext = interp_alloc(I, sizeof(StrState));
    I->cls.str_iterator = class_new_native(I, "str_ascii_iterator", NULL, I->cls.object,
                                           &str_iter_ops, sizeof(StrIter), 0);
    class_add_method(I, cls, "__len__", m_len);
    class_add_method(I, cls, "__getitem__", m_getitem);
    class_add_method(I, cls, "__contains__", m_contains);
    class_add_method(I, cls, "__hash__", m_hash);
    class_add_method(I, cls, "__repr__", m_repr);
    class_add_method(I, cls, "__str__", m_str);
    class_add_method(I, cls, "__iter__", m_iter);
    class_add_method(I, cls, "__format__", m_format);
    class_add_method(I, cls, "__eq__", m___eq__);
    class_add_method(I, cls, "__ne__", m___ne__);
    class_add_method(I, cls, "__lt__", m___lt__);
    class_add_method(I, cls, "__le__", m___le__);
    class_add_method(I, cls, "__gt__", m___gt__);
    class_add_method(I, cls, "__ge__", m___ge__);
    class_add_method(I, cls, "__add__", m_add);
    class_add_method(I, cls, "__mul__", m_mul);
    class_add_method(I, cls, "__rmul__", m_mul);
    class_add_method(I, cls, "__mod__", m_mod);
    class_add_method(I, cls, "__rmod__", m_rmod);
    class_add_method(I, cls, "__getnewargs__", m_getnewargs);
    str_methods_init(I, cls);
    str_case_init(I, cls);
    str_format_init(I, cls);
    module_set(I, I->builtins, "str", v_obj(cls));
}
