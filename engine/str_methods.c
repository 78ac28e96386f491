/*
 * str_methods.c — str's searching, splitting, joining, stripping, padding
 * and translating methods, with CPython 3.11's argument handling and error
 * messages. Case mapping and the is*() predicates are in str_case.c,
 * str.format in str_format.c, encode in bytes.c's codec.
 *
 * Positions are code point indexes at the Python level; the text is UTF-8,
 * so each method converts the bounds to byte offsets once, works on bytes
 * (UTF-8 is self-synchronising, so a byte match of valid text is a character
 * match) and converts a found offset back. ASCII strings skip conversions.
 */
#include <string.h>

#include "str_int.h"

#define SELF(v) ((Str *)(v).u.o)

static Str *empty_str(Interp *I)
{
    return I->names.empty ? I->names.empty : str_alloc(I, 0);
}

/* The argument as a str, or TypeError "must be str, not int". */
static Str *need_str(Interp *I, Value v)
{
    if (!v_is_str(I, v))
        exc_raisef(I, I->cls.TypeError, "must be str, not %s", type_name(I, v));
    return SELF(v);
}

/* A resolved [start, end) of the receiver: code point and byte bounds.
 * `ok` is false when start lies past the end (nothing can match). */
typedef struct Range2 {
    int64_t c0, c1, b0, b1;
    bool ok;
} Range2;

static Range2 get_range(Interp *I, Str *s, int argc, const Value *argv, int first)
{
    Range2 r;
    Value vs = argc > first ? argv[first] : v_unset();
    Value ve = argc > first + 1 ? argv[first + 1] : v_unset();
    int64_t start = 0;
    if (!(vs.tag == V_UNSET || vs.tag == V_NONE)) {
        /* start may lie beyond the end: then nothing can match */
        bool past = (vs.tag == V_INT && vs.u.i > s->nchars) ||
                    (int_is_big(vs) && !obj_cmp_bool(I, vs, v_int(0), CMP_LT));
        start = past ? s->nchars + 1 : str_slice_bound(I, vs, s->nchars, 0);
    }
    r.c1 = str_slice_bound(I, ve, s->nchars, s->nchars);
    r.c0 = start;
    r.ok = start <= s->nchars;
    if (!r.ok) {
        r.b0 = r.b1 = 0;
        return r;
    }
    r.b0 = str_byte_offset(I, s, r.c0);
    r.b1 = r.c1 <= r.c0 ? r.b0 : str_byte_offset(I, s, r.c1);
    return r;
}

/* Code point index of byte offset b. */
static int64_t char_index(const Str *s, int64_t b)
{
    return str_is_ascii(s) ? b : str_count_chars(s->s, (size_t)b);
}

/* ------------------------------------------------------------------ */
/* find / rfind / index / rindex / count                               */
/* ------------------------------------------------------------------ */

static int64_t do_find(Interp *I, int argc, const Value *argv, const KwArgs *kw,
                       const char *name, const char *qual, bool reverse)
{
    Str *s = str_self(I, argc, argv, name);
    str_args_old(I, name, qual, argc - 1, kw, 1, 3);
    Str *sub = need_str(I, argv[1]);
    Range2 r = get_range(I, s, argc, argv, 2);
    if (!r.ok || r.c1 - r.c0 < sub->nchars)
        return -1;
    size_t hl = (size_t)(r.b1 - r.b0);
    const char *hit = reverse ? str_memrfind(s->s + r.b0, hl, sub->s, (size_t)sub->len)
                              : str_memfind(s->s + r.b0, hl, sub->s, (size_t)sub->len);
    if (!hit)
        return -1;
    return char_index(s, hit - s->s);
}

static Value m_find(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_int(do_find(I, argc, argv, kw, "find", "str.find", false));
}

static Value m_rfind(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_int(do_find(I, argc, argv, kw, "rfind", "str.rfind", true));
}

static Value m_index(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    int64_t i = do_find(I, argc, argv, kw, "index", "str.index", false);
    if (i < 0)
        exc_raisef(I, I->cls.ValueError, "substring not found");
    return v_int(i);
}

static Value m_rindex(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    int64_t i = do_find(I, argc, argv, kw, "rindex", "str.rindex", true);
    if (i < 0)
        exc_raisef(I, I->cls.ValueError, "substring not found");
    return v_int(i);
}

static Value m_count(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "count");
    str_args_old(I, "count", "str.count", argc - 1, kw, 1, 3);
    Str *sub = need_str(I, argv[1]);
    Range2 r = get_range(I, s, argc, argv, 2);
    if (!r.ok || r.c1 - r.c0 < sub->nchars)
        return v_int(0);
    if (sub->len == 0)
        return v_int(r.c1 - r.c0 + 1);
    int64_t n = 0;
    const char *p = s->s + r.b0, *end = s->s + r.b1;
    while ((p = str_memfind(p, (size_t)(end - p), sub->s, (size_t)sub->len)) != NULL) {
        n++;
        p += sub->len;
    }
    return v_int(n);
}

/* ------------------------------------------------------------------ */
/* startswith / endswith                                               */
/* ------------------------------------------------------------------ */

static bool tail_match(Str *s, Range2 *r, Str *sub, bool end)
{
    if (!r->ok || r->c1 - r->c0 < sub->nchars || r->b1 - r->b0 < sub->len)
        return false;
    const char *at = end ? s->s + r->b1 - sub->len : s->s + r->b0;
    return memcmp(at, sub->s, (size_t)sub->len) == 0;
}

static Value starts_ends(Interp *I, int argc, const Value *argv, const KwArgs *kw, bool end)
{
    const char *name = end ? "endswith" : "startswith";
    Str *s = str_self(I, argc, argv, name);
    str_args_old(I, name, end ? "str.endswith" : "str.startswith", argc - 1, kw, 1, 3);
    Range2 r = get_range(I, s, argc, argv, 2);
    Value x = argv[1];
    if (v_is_str(I, x))
        return v_bool(tail_match(s, &r, SELF(x), end));
    if (x.tag == V_OBJ && class_of(I, x) == I->cls.tuple) {
        Tuple *t = (Tuple *)x.u.o;
        for (int64_t i = 0; i < t->len; i++) {
            if (!v_is_str(I, t->items[i]))
                exc_raisef(I, I->cls.TypeError, "tuple for %s must only contain str, not %s",
                           name, type_name(I, t->items[i]));
            if (tail_match(s, &r, SELF(t->items[i]), end))
                return v_bool(true);
        }
        return v_bool(false);
    }
    exc_raisef(I, I->cls.TypeError, "%s first arg must be str or a tuple of str, not %s", name,
               type_name(I, x));
}

static Value m_startswith(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return starts_ends(I, argc, argv, kw, false);
}

static Value m_endswith(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return starts_ends(I, argc, argv, kw, true);
}

/* ------------------------------------------------------------------ */
/* join                                                                */
/* ------------------------------------------------------------------ */

static Value m_join(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *sep = str_self(I, argc, argv, "join");
    str_args_one(I, "str.join", argc - 1, kw);
    Value it = argv[1];
    const Value *items;
    int64_t n;
    Class *c = class_of(I, it);
    if (c == I->cls.list) {
        items = ((List *)it.u.o)->items;
        n = ((List *)it.u.o)->len;
    } else if (c == I->cls.tuple) {
        items = ((Tuple *)it.u.o)->items;
        n = ((Tuple *)it.u.o)->len;
    } else {
        if (!c->ops->iter && !(c->dunders & (DU_ITER | DU_GETITEM)) && !c->ops->getitem)
            exc_raisef(I, I->cls.TypeError, "can only join an iterable");
        List *l = obj_to_list(I, it);
        items = l->items;
        n = l->len;
    }
    if (n == 0)
        return v_obj(empty_str(I));
    if (n == 1 && items[0].tag == V_OBJ && items[0].u.o->cls == I->cls.str)
        return items[0];
    int64_t len = sep->len * (n - 1), nchars = sep->nchars * (n - 1);
    for (int64_t i = 0; i < n; i++) {
        if (!v_is_str(I, items[i]))
            exc_raisef(I, I->cls.TypeError, "sequence item %lld: expected str instance, %s found",
                       (long long)i, type_name(I, items[i]));
        len += SELF(items[i])->len;
        nchars += SELF(items[i])->nchars;
    }
    Str *r = str_alloc(I, len);
    char *p = r->s;
    for (int64_t i = 0; i < n; i++) {
        if (i && sep->len) {
            memcpy(p, sep->s, (size_t)sep->len);
            p += sep->len;
        }
        Str *x = SELF(items[i]);
        memcpy(p, x->s, (size_t)x->len);
        p += x->len;
    }
    r->nchars = nchars;
    return v_obj(r);
}

/* ------------------------------------------------------------------ */
/* split / rsplit / splitlines                                         */
/* ------------------------------------------------------------------ */

static Str *piece(Interp *I, Str *s, int64_t b0, int64_t b1)
{
    if (b0 == 0 && b1 == s->len && s->hdr.cls == I->cls.str)
        return s;
    if (str_is_ascii(s)) {
        if (b1 - b0 == 1)
            return str_from_cp(I, (unsigned char)s->s[b0]);
        return str_new_n(I, s->s + b0, (size_t)(b1 - b0), b1 - b0);
    }
    return str_new(I, s->s + b0, (size_t)(b1 - b0));
}

/* Is there a whitespace character at byte b? Sets *len to its size. */
static bool space_at(const Str *s, int64_t b, int *len)
{
    unsigned char c = (unsigned char)s->s[b];
    if (c < 0x80) {
        *len = 1;
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    size_t i = (size_t)b;
    uint32_t cp = utf8_decode(s->s, &i);
    *len = (int)(i - (size_t)b);
    return utf8_isspace(cp);
}

/* Whitespace character ending just before byte b? Sets *len. */
static bool space_before(const Str *s, int64_t b, int *len)
{
    int64_t a = b - 1;
    while (a > 0 && ((unsigned char)s->s[a] & 0xC0) == 0x80)
        a--;
    return space_at(s, a, len) && a + *len == b;
}

static void parse_split(Interp *I, const char *name, int argc, const Value *argv,
                        const KwArgs *kw, Str **sep, int64_t *maxsplit)
{
    static const char *const names[] = { "sep", "maxsplit" };
    Value a[2];
    str_args_kw(I, name, argc - 1, argv + 1, kw, 2, names, a);
    *sep = NULL;
    if (!v_is_unset(a[0]) && !v_is_none(a[0])) {
        if (!v_is_str(I, a[0]))
            exc_raisef(I, I->cls.TypeError, "must be str or None, not %s", type_name(I, a[0]));
        *sep = SELF(a[0]);
        if ((*sep)->len == 0)
            exc_raisef(I, I->cls.ValueError, "empty separator");
    }
    *maxsplit = v_is_unset(a[1]) ? -1 : str_arg_index(I, a[1]);
    if (*maxsplit < 0)
        *maxsplit = INT64_MAX;
}

static Value m_split(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "split"), *sep;
    int64_t maxsplit;
    parse_split(I, "split", argc, argv, kw, &sep, &maxsplit);
    List *out = list_new(I, 0);
    int64_t b = 0, n = s->len;
    if (!sep) {
        int l;
        while (true) {
            while (b < n && space_at(s, b, &l))
                b += l;
            if (b >= n)
                break;
            if (maxsplit-- == 0) {      /* the rest, trailing space kept */
                list_append(I, out, v_obj(piece(I, s, b, n)));
                break;
            }
            int64_t e = b;
            while (e < n && !space_at(s, e, &l))
                e += l;
            list_append(I, out, v_obj(piece(I, s, b, e)));
            b = e;
        }
        return v_obj(out);
    }
    while (maxsplit-- > 0) {
        const char *hit = str_memfind(s->s + b, (size_t)(n - b), sep->s, (size_t)sep->len);
        if (!hit)
            break;
        list_append(I, out, v_obj(piece(I, s, b, hit - s->s)));
        b = hit - s->s + sep->len;
    }
    list_append(I, out, v_obj(piece(I, s, b, n)));
    return v_obj(out);
}

static void reverse_list(List *l)
{
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

static Value m_rsplit(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "rsplit"), *sep;
    int64_t maxsplit;
    parse_split(I, "rsplit", argc, argv, kw, &sep, &maxsplit);
    List *out = list_new(I, 0);
    int64_t e = s->len;
    if (!sep) {
        int l;
        while (true) {
            while (e > 0 && space_before(s, e, &l))
                e -= l;
            if (e <= 0)
                break;
            if (maxsplit-- == 0) {      /* the rest, leading space kept */
                list_append(I, out, v_obj(piece(I, s, 0, e)));
                break;
            }
            int64_t b = e;
            while (b > 0 && !space_before(s, b, &l)) {
                b--;
                while (b > 0 && ((unsigned char)s->s[b] & 0xC0) == 0x80)
                    b--;
            }
            list_append(I, out, v_obj(piece(I, s, b, e)));
            e = b;
        }
        reverse_list(out);
        return v_obj(out);
    }
    while (maxsplit-- > 0) {
        const char *hit = str_memrfind(s->s, (size_t)e, sep->s, (size_t)sep->len);
        if (!hit)
            break;
        list_append(I, out, v_obj(piece(I, s, hit - s->s + sep->len, e)));
        e = hit - s->s;
    }
    list_append(I, out, v_obj(piece(I, s, 0, e)));
    reverse_list(out);
    return v_obj(out);
}

static Value m_splitlines(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "keepends" };
    Str *s = str_self(I, argc, argv, "splitlines");
    Value a[1];
    str_args_kw(I, "splitlines", argc - 1, argv + 1, kw, 1, names, a);
    bool keep = !v_is_unset(a[0]) && str_arg_index(I, a[0]) != 0;
    List *out = list_new(I, 0);
    int64_t b = 0, i = 0, n = s->len;
    while (i < n) {
        size_t j = (size_t)i;
        uint32_t c = utf8_decode(s->s, &j);
        if (!utf8_islinebreak(c)) {
            i = (int64_t)j;
            continue;
        }
        int64_t eol = i;
        if (c == '\r' && (int64_t)j < n && s->s[j] == '\n')
            j++;
        list_append(I, out, v_obj(piece(I, s, b, keep ? (int64_t)j : eol)));
        b = i = (int64_t)j;
    }
    if (b < n)
        list_append(I, out, v_obj(piece(I, s, b, n)));
    return v_obj(out);
}

/* ------------------------------------------------------------------ */
/* partition / rpartition                                              */
/* ------------------------------------------------------------------ */

static Value partition(Interp *I, int argc, const Value *argv, const KwArgs *kw, bool rev)
{
    const char *name = rev ? "rpartition" : "partition";
    Str *s = str_self(I, argc, argv, name);
    str_args_one(I, rev ? "str.rpartition" : "str.partition", argc - 1, kw);
    Str *sep = need_str(I, argv[1]);
    if (sep->len == 0)
        exc_raisef(I, I->cls.ValueError, "empty separator");
    const char *hit = rev ? str_memrfind(s->s, (size_t)s->len, sep->s, (size_t)sep->len)
                          : str_memfind(s->s, (size_t)s->len, sep->s, (size_t)sep->len);
    Value v[3];
    if (!hit) {
        v[0] = rev ? v_obj(empty_str(I)) : v_obj(piece(I, s, 0, s->len));
        v[1] = v_obj(empty_str(I));
        v[2] = rev ? v_obj(piece(I, s, 0, s->len)) : v_obj(empty_str(I));
    } else {
        int64_t at = hit - s->s;
        v[0] = v_obj(piece(I, s, 0, at));
        v[1] = v_obj(sep->hdr.cls == I->cls.str ? sep : piece(I, sep, 0, sep->len));
        v[2] = v_obj(piece(I, s, at + sep->len, s->len));
    }
    return v_obj(tuple_from(I, 3, v));
}

static Value m_partition(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return partition(I, argc, argv, kw, false);
}

static Value m_rpartition(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return partition(I, argc, argv, kw, true);
}

/* ------------------------------------------------------------------ */
/* strip / lstrip / rstrip                                             */
/* ------------------------------------------------------------------ */

static bool in_chars(const Str *chars, uint32_t c)
{
    if (c < 0x80 && str_is_ascii(chars))
        return memchr(chars->s, (int)c, (size_t)chars->len) != NULL;
    size_t i = 0;
    while (i < (size_t)chars->len)
        if (utf8_decode(chars->s, &i) == c)
            return true;
    return false;
}

/* which: 1 left, 2 right, 3 both */
static Value do_strip(Interp *I, int argc, const Value *argv, const KwArgs *kw, int which,
                      const char *name, const char *qual)
{
    Str *s = str_self(I, argc, argv, name);
    str_args_clinic(I, name, qual, argc - 1, kw, 0, 1);
    Str *chars = NULL;
    if (argc > 1 && !v_is_none(argv[1])) {
        if (!v_is_str(I, argv[1]))
            exc_raisef(I, I->cls.TypeError, "%s arg must be None or str", name);
        chars = SELF(argv[1]);
    }
    int64_t b = 0, e = s->len;
    if (which & 1) {
        while (b < e) {
            size_t j = (size_t)b;
            uint32_t c = utf8_decode(s->s, &j);
            if (chars ? !in_chars(chars, c) : !utf8_isspace(c))
                break;
            b = (int64_t)j;
        }
    }
    if (which & 2) {
        while (e > b) {
            int64_t a = e - 1;
            while (a > b && ((unsigned char)s->s[a] & 0xC0) == 0x80)
                a--;
            size_t j = (size_t)a;
            uint32_t c = utf8_decode(s->s, &j);
            if (chars ? !in_chars(chars, c) : !utf8_isspace(c))
                break;
            e = a;
        }
    }
    return v_obj(piece(I, s, b, e));
}

static Value m_strip(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return do_strip(I, argc, argv, kw, 3, "strip", "str.strip");
}

static Value m_lstrip(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return do_strip(I, argc, argv, kw, 1, "lstrip", "str.lstrip");
}

static Value m_rstrip(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return do_strip(I, argc, argv, kw, 2, "rstrip", "str.rstrip");
}

/* ------------------------------------------------------------------ */
/* replace / removeprefix / removesuffix                               */
/* ------------------------------------------------------------------ */

static Value m_replace(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "replace");
    str_args_clinic(I, "replace", "str.replace", argc - 1, kw, 2, 3);
    for (int i = 1; i <= 2; i++)
        if (!v_is_str(I, argv[i]))
            exc_raisef(I, I->cls.TypeError, "replace() argument %d must be str, not %s", i,
                       type_name(I, argv[i]));
    Str *old = SELF(argv[1]), *new_ = SELF(argv[2]);
    int64_t count = argc > 3 ? str_arg_index(I, argv[3]) : -1;
    if (count < 0)
        count = INT64_MAX;
    StrBuf sb;
    sb_init(&sb, I);
    int64_t nrep = 0;
    if (old->len == 0) {
        /* insert `new` before every character and at the end */
        int64_t i = 0;
        while (nrep < count && i <= s->len) {
            sb_addstr(&sb, new_);
            nrep++;
            if (i == s->len) {
                i++;
                break;
            }
            int l = utf8_seqlen((unsigned char)s->s[i]);
            sb_add(&sb, s->s + i, (size_t)l);
            i += l;
        }
        if (i < s->len)
            sb_add(&sb, s->s + i, (size_t)(s->len - i));
    } else {
        int64_t b = 0;
        while (nrep < count) {
            const char *hit = str_memfind(s->s + b, (size_t)(s->len - b), old->s,
                                          (size_t)old->len);
            if (!hit)
                break;
            sb_add(&sb, s->s + b, (size_t)(hit - s->s - b));
            sb_addstr(&sb, new_);
            b = hit - s->s + old->len;
            nrep++;
        }
        if (nrep == 0)
            return v_obj(piece(I, s, 0, s->len));
        sb_add(&sb, s->s + b, (size_t)(s->len - b));
    }
    return v_obj(sb_finish_n(&sb, s->nchars + nrep * (new_->nchars - old->nchars)));
}

static Value remove_affix(Interp *I, int argc, const Value *argv, const KwArgs *kw, bool suffix)
{
    const char *name = suffix ? "removesuffix" : "removeprefix";
    Str *s = str_self(I, argc, argv, name);
    str_args_one(I, suffix ? "str.removesuffix" : "str.removeprefix", argc - 1, kw);
    if (!v_is_str(I, argv[1]))
        exc_raisef(I, I->cls.TypeError, "%s() argument must be str, not %s", name,
                   type_name(I, argv[1]));
    Str *a = SELF(argv[1]);
    if (a->len && a->len <= s->len &&
        memcmp(suffix ? s->s + s->len - a->len : s->s, a->s, (size_t)a->len) == 0)
        return v_obj(suffix ? piece(I, s, 0, s->len - a->len) : piece(I, s, a->len, s->len));
    return v_obj(piece(I, s, 0, s->len));
}

static Value m_removeprefix(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return remove_affix(I, argc, argv, kw, false);
}

static Value m_removesuffix(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return remove_affix(I, argc, argv, kw, true);
}

/* ------------------------------------------------------------------ */
/* Padding: center / ljust / rjust / zfill / expandtabs                */
/* ------------------------------------------------------------------ */

/* `left` copies of fill, s, `right` copies of fill. */
static Str *pad(Interp *I, Str *s, int64_t left, int64_t right, const Str *fill)
{
    if (left <= 0 && right <= 0)
        return piece(I, s, 0, s->len);
    if (left < 0)
        left = 0;
    if (right < 0)
        right = 0;
    StrBuf sb;
    sb_init(&sb, I);
    sb_reserve(&sb, (size_t)(s->len + (left + right) * fill->len));
    for (int64_t i = 0; i < left; i++)
        sb_add(&sb, fill->s, (size_t)fill->len);
    sb_addstr(&sb, s);
    for (int64_t i = 0; i < right; i++)
        sb_add(&sb, fill->s, (size_t)fill->len);
    return sb_finish_n(&sb, s->nchars + left + right);
}

static Value justify(Interp *I, int argc, const Value *argv, const KwArgs *kw, int how,
                     const char *name, const char *qual)
{
    Str *s = str_self(I, argc, argv, name);
    str_args_clinic(I, name, qual, argc - 1, kw, 1, 2);
    int64_t width = str_arg_index(I, argv[1]);
    Str *fill = NULL;
    if (argc > 2) {
        if (!v_is_str(I, argv[2]))
            exc_raisef(I, I->cls.TypeError,
                       "The fill character must be a unicode character, not %s",
                       type_name(I, argv[2]));
        fill = SELF(argv[2]);
        if (fill->nchars != 1)
            exc_raisef(I, I->cls.TypeError,
                       "The fill character must be exactly one character long");
    } else {
        fill = str_from_cp(I, ' ');
    }
    int64_t marg = width - s->nchars;
    if (marg <= 0)
        return v_obj(piece(I, s, 0, s->len));
    if (how == 0)
        return v_obj(pad(I, s, 0, marg, fill));
    if (how == 2)
        return v_obj(pad(I, s, marg, 0, fill));
    int64_t left = marg / 2 + (marg & width & 1);
    return v_obj(pad(I, s, left, marg - left, fill));
}

static Value m_ljust(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return justify(I, argc, argv, kw, 0, "ljust", "str.ljust");
}

static Value m_center(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return justify(I, argc, argv, kw, 1, "center", "str.center");
}

static Value m_rjust(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return justify(I, argc, argv, kw, 2, "rjust", "str.rjust");
}

static Value m_zfill(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "zfill");
    str_args_one(I, "str.zfill", argc - 1, kw);
    int64_t width = str_arg_index(I, argv[1]);
    int64_t fill = width - s->nchars;
    if (fill <= 0)
        return v_obj(piece(I, s, 0, s->len));
    Str *r = pad(I, s, fill, 0, str_from_cp(I, '0'));
    if (s->len && (s->s[0] == '+' || s->s[0] == '-')) {
        r->s[0] = s->s[0];
        r->s[fill] = '0';
    }
    return v_obj(r);
}

static Value m_expandtabs(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "tabsize" };
    Str *s = str_self(I, argc, argv, "expandtabs");
    Value a[1];
    str_args_kw(I, "expandtabs", argc - 1, argv + 1, kw, 1, names, a);
    int64_t tab = v_is_unset(a[0]) ? 8 : str_arg_index(I, a[0]);
    if (!memchr(s->s, '\t', (size_t)s->len))
        return v_obj(piece(I, s, 0, s->len));
    StrBuf sb;
    sb_init(&sb, I);
    int64_t col = 0, nchars = 0;
    size_t i = 0;
    while (i < (size_t)s->len) {
        size_t at = i;
        uint32_t c = utf8_decode(s->s, &i);
        if (c == '\t') {
            if (tab > 0) {
                int64_t k = tab - col % tab;
                for (int64_t j = 0; j < k; j++)
                    sb_addc(&sb, ' ');
                col += k;
                nchars += k;
            }
            continue;
        }
        sb_add(&sb, s->s + at, i - at);
        nchars++;
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
    return v_obj(sb_finish_n(&sb, nchars));
}

/* ------------------------------------------------------------------ */
/* maketrans / translate                                               */
/* ------------------------------------------------------------------ */

static uint32_t first_cp(const Str *s)
{
    size_t i = 0;
    return utf8_decode(s->s, &i);
}

/* str.maketrans(x[, y[, z]]) — a static method: argv has no receiver. */
static Value m_maketrans(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    str_args_clinic(I, "maketrans", "str.maketrans", argc, kw, 1, 3);
    Dict *d = dict_new(I);
    if (argc == 1) {
        if (argv[0].tag != V_OBJ || class_of(I, argv[0]) != I->cls.dict)
            exc_raisef(I, I->cls.TypeError,
                       "if you give only one argument to maketrans it must be a dict");
        int64_t pos = 0;
        Value k, v;
        while (dict_next((Dict *)argv[0].u.o, &pos, &k, &v)) {
            if (v_is_str(I, k)) {
                if (SELF(k)->nchars != 1)
                    exc_raisef(I, I->cls.ValueError,
                               "string keys in translate table must be of length 1");
                k = v_int(first_cp(SELF(k)));
            } else if (!(k.tag == V_INT || (k.tag == V_OBJ && int_is_big(k)))) {
                exc_raisef(I, I->cls.TypeError,
                           "keys in translate table must be strings or integers");
            }
            dict_set(I, d, k, v);
        }
        return v_obj(d);
    }
    for (int i = 0; i < argc; i++)
        if (!v_is_str(I, argv[i]))
            exc_raisef(I, I->cls.TypeError, "maketrans() argument %d must be str, not %s",
                       i + 1, type_name(I, argv[i]));
    Str *x = SELF(argv[0]), *y = SELF(argv[1]);
    if (x->nchars != y->nchars)
        exc_raisef(I, I->cls.ValueError,
                   "the first two maketrans arguments must have equal length");
    size_t i = 0, j = 0;
    while (i < (size_t)x->len) {
        uint32_t a = utf8_decode(x->s, &i), b = utf8_decode(y->s, &j);
        dict_set(I, d, v_int(a), v_int(b));
    }
    if (argc == 3) {
        Str *z = SELF(argv[2]);
        i = 0;
        while (i < (size_t)z->len)
            dict_set(I, d, v_int(utf8_decode(z->s, &i)), v_none());
    }
    return v_obj(d);
}

/* table[cp], or V_UNSET when the table raises LookupError (keep the char). */
static Value lookup_char(Interp *I, Value table, uint32_t cp)
{
    if (table.tag == V_OBJ && class_of(I, table) == I->cls.dict)
        return dict_get(I, (Dict *)table.u.o, v_int(cp));
    volatile Value r = v_unset();
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        r = obj_getitem(I, table, v_int(cp));
        exc_pop(I, &ef);
    } else {
        if (!exc_matches(I, I->exc, I->cls.LookupError))
            exc_reraise(I);
        exc_clear(I);
        r = v_unset();
    }
    return r;
}

static Value m_translate(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "translate");
    str_args_one(I, "str.translate", argc - 1, kw);
    Value table = argv[1];
    StrBuf sb;
    sb_init(&sb, I);
    sb_reserve(&sb, (size_t)s->len);
    size_t i = 0;
    while (i < (size_t)s->len) {
        size_t at = i;
        uint32_t c = utf8_decode(s->s, &i);
        Value m = lookup_char(I, table, c);
        if (v_is_unset(m)) {
            sb_add(&sb, s->s + at, i - at);
        } else if (v_is_none(m)) {
            continue;
        } else if (m.tag == V_INT || m.tag == V_BOOL) {
            if (m.u.i < 0 || m.u.i >= 0x110000)
                exc_raisef(I, I->cls.ValueError, "character mapping must be in range(0x110000)");
            sb_addcp(&sb, (uint32_t)m.u.i);
        } else if (v_is_str(I, m)) {
            sb_addstr(&sb, SELF(m));
        } else if (int_is_big(m)) {
            exc_raisef(I, I->cls.ValueError, "character mapping must be in range(0x110000)");
        } else {
            exc_raisef(I, I->cls.TypeError, "character mapping must return integer, None or str");
        }
    }
    return v_obj(sb_finish(&sb));
}

/* ------------------------------------------------------------------ */
/* encode                                                              */
/* ------------------------------------------------------------------ */

static Value m_encode(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "encoding", "errors" };
    Str *s = str_self(I, argc, argv, "encode");
    Value a[2];
    str_args_kw(I, "encode", argc - 1, argv + 1, kw, 2, names, a);
    for (int i = 0; i < 2; i++)
        if (!v_is_unset(a[i]) && !v_is_str(I, a[i]))
            exc_raisef(I, I->cls.TypeError, "encode() argument '%s' must be str, not %s",
                       names[i], type_name(I, a[i]));
    return v_obj(str_encode(I, s, v_is_unset(a[0]) ? "utf-8" : SELF(a[0])->s,
                            v_is_unset(a[1]) ? "strict" : SELF(a[1])->s));
}

void str_methods_init(Interp *I, Class *cls)
{
    static const struct { const char *name; NativeFnPtr fn; } methods[] = {
        {"find", m_find}, {"rfind", m_rfind}, {"index", m_index}, {"rindex", m_rindex},
        {"count", m_count}, {"startswith", m_startswith}, {"endswith", m_endswith},
        {"join", m_join}, {"split", m_split}, {"rsplit", m_rsplit},
        {"splitlines", m_splitlines}, {"partition", m_partition},
        {"rpartition", m_rpartition}, {"strip", m_strip}, {"lstrip", m_lstrip},
        {"rstrip", m_rstrip}, {"replace", m_replace}, {"removeprefix", m_removeprefix},
        {"removesuffix", m_removesuffix}, {"ljust", m_ljust}, {"rjust", m_rjust},
        {"center", m_center}, {"zfill", m_zfill}, {"expandtabs", m_expandtabs},
        {"translate", m_translate}, {"encode", m_encode},
    };
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        class_add_method(I, cls, methods[i].name, methods[i].fn);
    class_add_static(I, cls, "maketrans", m_maketrans);
}
