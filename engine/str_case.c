/*
 * str_case.c — str's case mapping (lower, upper, casefold, swapcase, title,
 * capitalize) and character-class predicates (isalpha … isidentifier),
 * following CPython 3.11's unicodeobject.c algorithm for algorithm,
 * including full (multi-character) mappings and the Greek final sigma rule,
 * over the Unicode database in utf8_db.h. ASCII text takes fast paths.
 */
#include <string.h>

#include "str_int.h"

/* Decode s into code points (arena array of s->nchars entries). */
static uint32_t *decode_all(Interp *I, const Str *s)
{
    uint32_t *cps = interp_alloc(I, sizeof(uint32_t) * (size_t)(s->nchars + 1));
    size_t i = 0;
    for (int64_t k = 0; k < s->nchars; k++)
        cps[k] = utf8_decode(s->s, &i);
    return cps;
}

/* CPython's handle_capital_sigma: is cps[i] (U+03A3) at the end of a word? */
static bool final_sigma(const uint32_t *cps, int64_t n, int64_t i)
{
    int64_t j;
    uint32_t c = 0;
    for (j = i - 1; j >= 0; j--) {
        c = cps[j];
        if (!(utf8_flags(c) & UF_CASE_IGNORABLE))
            break;
    }
    bool fin = j >= 0 && (utf8_flags(c) & UF_CASED);
    if (fin && i + 1 < n) {
        for (j = i + 1; j < n; j++) {
            c = cps[j];
            if (!(utf8_flags(c) & UF_CASE_IGNORABLE))
                break;
        }
        fin = j == n || !(utf8_flags(c) & UF_CASED);
    }
    return fin;
}

/* CPython's lower_ucs4: lowercase with the final sigma rule. */
static int lower_at(const uint32_t *cps, int64_t n, int64_t i, uint32_t *out)
{
    if (cps[i] == 0x3A3) {
        out[0] = final_sigma(cps, n, i) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return utf8_lower(cps[i], out);
}

enum { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

static Str *ascii_case(Interp *I, const Str *s, int how)
{
    Str *r = str_alloc(I, s->len);
    bool prev_cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->s[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        bool to_lower;
        switch (how) {
        case CASE_LOWER: case CASE_FOLD: to_lower = true; break;
        case CASE_UPPER: to_lower = false; break;
        case CASE_SWAP: to_lower = up; break;
        case CASE_TITLE: to_lower = prev_cased; break;
        default: to_lower = i > 0; break;
        }
        if (to_lower && up)
            c = (unsigned char)(c + 32);
        else if (!to_lower && lo)
            c = (unsigned char)(c - 32);
        r->s[i] = (char)c;
        prev_cased = up || lo;
    }
    return r;
}

/* Apply one of the case transformations to s; a new string. */
static Str *change_case(Interp *I, Str *s, int how)
{
    if (str_is_ascii(s))
        return ascii_case(I, s, how);
    const uint32_t *cps = decode_all(I, s);
    int64_t n = s->nchars, nchars = 0;
    StrBuf sb;
    sb_init(&sb, I);
    sb_reserve(&sb, (size_t)s->len);
    bool prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = cps[i], m[3];
        int k;
        switch (how) {
        case CASE_LOWER:
            k = lower_at(cps, n, i, m);
            break;
        case CASE_UPPER:
            k = utf8_upper(c, m);
            break;
        case CASE_FOLD:
            k = utf8_casefold(c, m);
            break;
        case CASE_SWAP: {
            uint32_t f = utf8_flags(c);
            if (f & UF_UPPER)
                k = lower_at(cps, n, i, m);
            else if (f & UF_LOWER)
                k = utf8_upper(c, m);
            else {
                m[0] = c;
                k = 1;
            }
            break;
        }
        case CASE_TITLE:
            k = prev_cased ? lower_at(cps, n, i, m) : utf8_title(c, m);
            prev_cased = (utf8_flags(c) & UF_CASED) != 0;
            break;
        default:
            k = i == 0 ? utf8_title(c, m) : lower_at(cps, n, i, m);
            break;
        }
        for (int j = 0; j < k; j++)
            sb_addcp(&sb, m[j]);
        nchars += k;
    }
    return sb_finish_n(&sb, nchars);
}

#define CASE_METHOD(fname, name, how)                                                    \
    static Value fname(Interp *I, int argc, const Value *argv, const KwArgs *kw)          \
    {                                                                                    \
        Str *s = str_self(I, argc, argv, name);                                          \
        str_args_none(I, "str." name, argc - 1, kw);                                     \
        return v_obj(change_case(I, s, how));                                            \
    }
CASE_METHOD(m_lower, "lower", CASE_LOWER)
CASE_METHOD(m_upper, "upper", CASE_UPPER)
CASE_METHOD(m_casefold, "casefold", CASE_FOLD)
CASE_METHOD(m_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(m_title, "title", CASE_TITLE)

static Value m_capitalize(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "capitalize");
    str_args_none(I, "str.capitalize", argc - 1, kw);
    if (s->len == 0)
        return v_obj(s->hdr.cls == I->cls.str ? s : str_alloc(I, 0));
    return v_obj(change_case(I, s, CASE_CAPITALIZE));
}

/* ------------------------------------------------------------------ */
/* Predicates                                                          */
/* ------------------------------------------------------------------ */

/* All characters have one of `mask`'s flags (and there is at least one). */
static bool all_have(const Str *s, uint32_t mask)
{
    if (s->len == 0)
        return false;
    size_t i = 0;
    while (i < (size_t)s->len) {
        uint32_t c = utf8_decode(s->s, &i);
        if (!(utf8_flags(c) & mask))
            return false;
    }
    return true;
}

#define PRED_METHOD(fname, name, expr)                                                   \
    static Value fname(Interp *I, int argc, const Value *argv, const KwArgs *kw)          \
    {                                                                                    \
        Str *s = str_self(I, argc, argv, name);                                          \
        str_args_none(I, "str." name, argc - 1, kw);                                     \
        return v_bool(expr);                                                             \
    }
PRED_METHOD(m_isalpha, "isalpha", all_have(s, UF_ALPHA))
PRED_METHOD(m_isdecimal, "isdecimal", all_have(s, UF_DECIMAL))
PRED_METHOD(m_isdigit, "isdigit", all_have(s, UF_DIGIT))
PRED_METHOD(m_isnumeric, "isnumeric", all_have(s, UF_NUMERIC))
PRED_METHOD(m_isalnum, "isalnum", all_have(s, UF_ALPHA | UF_DECIMAL | UF_DIGIT | UF_NUMERIC))
PRED_METHOD(m_isspace, "isspace", all_have(s, UF_SPACE))
PRED_METHOD(m_isascii, "isascii", str_is_ascii(s))
PRED_METHOD(m_isidentifier, "isidentifier", utf8_isidentifier(s->s, (size_t)s->len))

static bool is_printable(const Str *s)
{
    size_t i = 0;
    while (i < (size_t)s->len)
        if (!utf8_isprintable(utf8_decode(s->s, &i)))
            return false;
    return true;
}
PRED_METHOD(m_isprintable, "isprintable", is_printable(s))

/* islower / isupper: no character of the opposite case or titlecase, and at
 * least one cased character of the wanted case. */
static bool is_case(const Str *s, uint32_t want, uint32_t refuse)
{
    bool cased = false;
    size_t i = 0;
    while (i < (size_t)s->len) {
        uint32_t f = utf8_flags(utf8_decode(s->s, &i));
        if (f & refuse)
            return false;
        if (f & want)
            cased = true;
    }
    return cased;
}
PRED_METHOD(m_islower, "islower", is_case(s, UF_LOWER, UF_UPPER | UF_TITLE))
PRED_METHOD(m_isupper, "isupper", is_case(s, UF_UPPER, UF_LOWER | UF_TITLE))

static bool is_title(const Str *s)
{
    bool cased = false, prev = false;
    size_t i = 0;
    while (i < (size_t)s->len) {
        uint32_t f = utf8_flags(utf8_decode(s->s, &i));
        if (f & (UF_UPPER | UF_TITLE)) {
            if (prev)
                return false;
            prev = cased = true;
        } else if (f & UF_LOWER) {
            if (!prev)
                return false;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return cased;
}
PRED_METHOD(m_istitle, "istitle", is_title(s))

void str_case_init(Interp *I, Class *cls)
{
    static const struct { const char *name; NativeFnPtr fn; } methods[] = {
        {"lower", m_lower}, {"upper", m_upper}, {"casefold", m_casefold},
        {"swapcase", m_swapcase}, {"title", m_title}, {"capitalize", m_capitalize},
        {"isalpha", m_isalpha}, {"isdecimal", m_isdecimal}, {"isdigit", m_isdigit},
        {"isnumeric", m_isnumeric}, {"isalnum", m_isalnum}, {"isspace", m_isspace},
        {"isascii", m_isascii}, {"isidentifier", m_isidentifier},
        {"isprintable", m_isprintable}, {"islower", m_islower}, {"isupper", m_isupper},
        {"istitle", m_istitle},
    };
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        class_add_method(I, cls, methods[i].name, methods[i].fn);
}
