/*
 * fmt.c — the format-spec mini-language (format(), f-strings, str.format)
 * for int, bool, float and str, as CPython 3.11's formatter_unicode.c
 * does it: the same parse order, the same error messages, the same
 * padding/grouping arithmetic. Also the float-to-text core shared with
 * %-formatting (fmt_float_text): a re-telling of CPython's
 * PyOS_double_to_string on top of glibc's correctly rounded printf.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "interp_int.h"
#include "num.h"

/* ---- float text (PyOS_double_to_string) -------------------------------- */

/*
 * Digits of |d| as _Py_dg_dtoa would give them: mode 0 shortest, mode 2
 * `nd` significant digits, mode 3 `nd` digits after the point. Trailing
 * zeros stripped; zero is "0" with decpt 1; a mode-3 result that rounds to
 * nothing is "" with decpt -nd. Memory from the arena.
 */
static char *dtoa_digits(Interp *I, double d, int mode, int64_t nd, int *decpt, int64_t *ndig)
{
    d = fabs(d);
    char *buf;
    if (d == 0) {
        buf = interp_alloc(I, 2);
        buf[0] = '0';
        *decpt = 1;
        *ndig = 1;
        return buf;
    }
    if (mode == 0) {
        buf = interp_alloc(I, 24);
        *ndig = float_shortest(d, buf, decpt);
        return buf;
    }
    if (mode == 2) {
        if (nd < 1)
            nd = 1;
        if (nd > 800)
            nd = 800;   /* every double is exact within 767 significant digits */
        size_t cap = (size_t)nd + 16;
        char *tmp = interp_alloc(I, cap);
        snprintf(tmp, cap, "%.*e", (int)(nd - 1), d);
        buf = interp_alloc(I, cap);
        int64_t n = 0;
        const char *q = tmp;
        for (; *q != 'e'; q++)
            if (*q != '.')
                buf[n++] = *q;
        *decpt = atoi(q + 1) + 1;
        while (n > 1 && buf[n - 1] == '0')
            n--;
        buf[n] = 0;
        *ndig = n;
        return buf;
    }
    /* mode 3 */
    int64_t prec = nd > 1100 ? 1100 : nd;   /* beyond 1074 digits all are zeros */
    size_t cap = (size_t)prec + 330;
    char *tmp = interp_alloc(I, cap);
    snprintf(tmp, cap, "%.*f", (int)prec, d);
    buf = interp_alloc(I, cap);
    int64_t n = 0, intlen = 0;
    const char *q = tmp;
    for (; *q && *q != '.'; q++)
        buf[n++] = *q, intlen++;
    if (*q == '.')
        for (q++; *q; q++)
            buf[n++] = *q;
    int64_t lead = 0;
    while (lead < n && buf[lead] == '0')
        lead++;
    if (lead == n) {
        *decpt = (int)-nd;
        *ndig = 0;
        buf[0] = 0;
        return buf;
    }
    memmove(buf, buf + lead, (size_t)(n - lead));
    n -= lead;
    *decpt = (int)(intlen - lead);
    while (n > 0 && buf[n - 1] == '0')
        n--;
    buf[n] = 0;
    *ndig = n;
    return buf;
}

static void add_zeros(StrBuf *sb, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        sb_addc(sb, '0');
}

/*
 * Append d formatted with code 'e','E','f','F','g','G' or 'r' and `prec`,
 * honouring FMTF_* flags, with a leading '-' when negative (CPython's
 * format_float_short). Infinities and NaN become inf/nan (INF/NAN for
 * upper-case codes).
 */
void fmt_float_text(Interp *I, StrBuf *sb, double d, char code, int64_t prec, int flags)
{
    bool upper = code == 'E' || code == 'F' || code == 'G';
    char fc = upper ? (char)(code + 32) : code;
    if (isnan(d)) {
        sb_adds(sb, upper ? "NAN" : "nan");
        return;
    }
    if (isinf(d)) {
        if (d < 0)
            sb_addc(sb, '-');
        sb_adds(sb, upper ? "INF" : "inf");
        return;
    }
    int mode;
    switch (fc) {
    case 'e': mode = 2; prec++; break;
    case 'f': mode = 3; break;
    case 'g': mode = 2; if (prec == 0) prec = 1; break;
    default: mode = 0; prec = 0; break;
    }
    bool alt = flags & FMTF_ALT, dot0 = flags & FMTF_ADD_DOT_0;
    int decpt;
    int64_t nd;
    char *digits = dtoa_digits(I, d, mode, prec, &decpt, &nd);
    bool neg = signbit(d);
    if ((flags & FMTF_NO_NEG_0) && neg && (nd == 0 || (nd == 1 && digits[0] == '0')))
        neg = false;
    int64_t vend = nd;
    bool use_exp = false;
    switch (fc) {
    case 'e': use_exp = true; vend = prec; break;
    case 'f': vend = decpt + prec; break;
    case 'g':
        if (decpt <= -4 || decpt > (dot0 ? prec - 1 : prec))
            use_exp = true;
        if (alt)
            vend = prec;
        break;
    default:
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    int64_t exp = 0, dp = decpt;
    if (use_exp) {
        exp = decpt - 1;
        dp = 1;
    }
    int64_t vstart = dp <= 0 ? dp - 1 : 0;
    if (!use_exp && dot0)
        vend = vend > dp ? vend : dp + 1;
    else
        vend = vend > dp ? vend : dp;
    if (neg)
        sb_addc(sb, '-');
    size_t mark = sb->len;
    if (dp <= 0) {
        add_zeros(sb, dp - vstart);
        sb_addc(sb, '.');
        add_zeros(sb, -dp);
    } else {
        add_zeros(sb, -vstart);
    }
    if (0 < dp && dp <= nd) {
        sb_add(sb, digits, (size_t)dp);
        sb_addc(sb, '.');
        sb_add(sb, digits + dp, (size_t)(nd - dp));
    } else {
        sb_add(sb, digits, (size_t)nd);
    }
    if (nd < dp) {
        add_zeros(sb, dp - nd);
        sb_addc(sb, '.');
        add_zeros(sb, vend - dp);
    } else {
        add_zeros(sb, vend - nd);
    }
    if (sb->len > mark && sb->p[sb->len - 1] == '.' && !alt)
        sb->len--;
    if (use_exp)
        sb_printf(sb, "%c%c%02lld", upper ? 'E' : 'e', exp < 0 ? '-' : '+',
                  (long long)(exp < 0 ? -exp : exp));
}

/* ---- the spec ------------------------------------------------------------ */

typedef struct Spec {
    char fill[5];             /* UTF-8 of the fill code point */
    int filllen;
    bool fill_zero;           /* fill is '0' */
    char align;               /* '<' '>' '^' '=' */
    char sign;                /* 0 '+' '-' ' ' */
    bool z, alt;
    int64_t width;            /* -1: none */
    char grouping;            /* 0 ',' '_' */
    int group4;               /* '_' on b/o/x/X: groups of four */
    int64_t prec;             /* -1: none */
    uint32_t type;            /* code point; 0: none */
} Spec;

/* Decode UTF-8 s into code points; returns the count. A spec that fits
 * uses the caller's buffer `small` (SMALL_SPEC entries) instead of the arena. */
enum { SMALL_SPEC = 32 };
static int64_t decode(Interp *I, const Str *s, uint32_t *small, uint32_t **out)
{
    uint32_t *cp = s->len < SMALL_SPEC ? small
                 : interp_alloc(I, (size_t)(s->len + 1) * sizeof(uint32_t));
    int64_t n = 0;
    const unsigned char *p = (const unsigned char *)s->s, *end = p + s->len;
    while (p < end) {
        uint32_t c = *p;
        int k = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        c = k == 0 ? c : k == 1 ? (c & 0x1F) : k == 2 ? (c & 0x0F) : (c & 0x07);
        p++;
        for (int i = 0; i < k && p < end; i++, p++)
            c = (c << 6) | (*p & 0x3F);
        cp[n++] = c;
    }
    *out = cp;
    return n;
}

static int encode(uint32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* Digits at cp[*pos..n) into *out; returns digits consumed. */
static int64_t get_integer(Interp *I, const uint32_t *cp, int64_t n, int64_t *pos, int64_t *out)
{
    int64_t acc = 0, consumed = 0;
    while (*pos < n && cp[*pos] >= '0' && cp[*pos] <= '9') {
        int d = (int)(cp[*pos] - '0');
        if (acc > (INT64_MAX - d) / 10)
            exc_raisef(I, I->cls.ValueError, "Too many decimal digits in format string");
        acc = acc * 10 + d;
        (*pos)++;
        consumed++;
    }
    *out = acc;
    return consumed;
}

_Noreturn static void unknown_code(Interp *I, uint32_t type, const char *tname)
{
    if (type > 32 && type < 128)
        exc_raisef(I, I->cls.ValueError, "Unknown format code '%c' for object of type '%s'",
                   (char)type, tname);
    exc_raisef(I, I->cls.ValueError, "Unknown format code '\\x%x' for object of type '%s'",
               (unsigned)type, tname);
}

/* parse_internal_render_format_spec */
static void parse_spec(Interp *I, Str *spec, uint32_t default_type, char default_align,
                       const char *tname, Spec *sp)
{
    uint32_t *cp, small[SMALL_SPEC];
    int64_t n = decode(I, spec, small, &cp), pos = 0;
    memset(sp, 0, sizeof *sp);
    sp->fill[0] = ' ';
    sp->filllen = 1;
    sp->align = default_align;
    sp->width = -1;
    sp->prec = -1;
    sp->type = default_type;
    bool fill_given = false, align_given = false;
    if (n - pos >= 2 && is_align(cp[pos + 1])) {
        sp->align = (char)cp[pos + 1];
        sp->filllen = encode(cp[pos], sp->fill);
        sp->fill_zero = cp[pos] == '0';
        fill_given = align_given = true;
        pos += 2;
    } else if (n - pos >= 1 && is_align(cp[pos])) {
        sp->align = (char)cp[pos];
        align_given = true;
        pos++;
    }
    if (n - pos >= 1 && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' '))
        sp->sign = (char)cp[pos++];
    if (n - pos >= 1 && cp[pos] == 'z') {
        sp->z = true;
        pos++;
    }
    if (n - pos >= 1 && cp[pos] == '#') {
        sp->alt = true;
        pos++;
    }
    if (!fill_given && n - pos >= 1 && cp[pos] == '0') {
        sp->fill[0] = '0';
        sp->filllen = 1;
        sp->fill_zero = true;
        if (!align_given && default_align == '>')
            sp->align = '=';
        pos++;
    }
    if (get_integer(I, cp, n, &pos, &sp->width) == 0)
        sp->width = -1;
    if (n - pos && cp[pos] == ',') {
        sp->grouping = ',';
        pos++;
    }
    if (n - pos && cp[pos] == '_') {
        if (sp->grouping)
            exc_raisef(I, I->cls.ValueError, "Cannot specify both ',' and '_'.");
        sp->grouping = '_';
        pos++;
    }
    if (n - pos && cp[pos] == ',' && sp->grouping == '_')
        exc_raisef(I, I->cls.ValueError, "Cannot specify both ',' and '_'.");
    if (n - pos && cp[pos] == '.') {
        pos++;
        if (get_integer(I, cp, n, &pos, &sp->prec) == 0)
            exc_raisef(I, I->cls.ValueError, "Format specifier missing precision");
    }
    if (n - pos > 1)
        exc_raisef(I, I->cls.ValueError, "Invalid format specifier '%s' for object of type '%s'",
                   spec->s, tname);
    if (n - pos == 1)
        sp->type = cp[pos];
    if (sp->grouping) {
        switch (sp->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (sp->grouping == '_') {
                sp->group4 = 1;
                break;
            }
            /* fall through */
        default:
            if (sp->type > 32 && sp->type < 128)
                exc_raisef(I, I->cls.ValueError, "Cannot specify '%c' with '%c'.", sp->grouping,
                           (char)sp->type);
            exc_raisef(I, I->cls.ValueError, "Cannot specify '%c' with '\\x%x'.", sp->grouping,
                       (unsigned)sp->type);
        }
    }
}

static void add_fill(StrBuf *sb, const Spec *sp, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        sb_add(sb, sp->fill, (size_t)sp->filllen);
}

/* _PyUnicode_InsertThousandsGrouping: the digits grouped by `group`
 * (0: none) with separator sep, zero-padded on the left to min_width. */
static void group_digits(StrBuf *out, const char *digits, int64_t nd, int64_t min_width, int group,
                         char sep)
{
    /* Build right to left into a scratch buffer, then reverse. */
    int64_t cap = nd + (min_width > 0 ? min_width : 0) * 2 + nd / 2 + 8;
    char *tmp = interp_alloc(out->I, (size_t)cap);
    int64_t len = 0, remaining = nd, pos = nd;   /* pos: end of unread digits */
    bool use_sep = false, broken = false;
    #define PUT_GROUP(nz, nc) do { \
        if (use_sep) tmp[len++] = sep; \
        for (int64_t _i = 0; _i < (nc); _i++) tmp[len++] = digits[--pos]; \
        for (int64_t _i = 0; _i < (nz); _i++) tmp[len++] = '0'; \
    } while (0)
    if (group > 0) {
        for (;;) {
            int64_t l = group;
            int64_t m = remaining > min_width ? remaining : min_width;
            if (m < 1)
                m = 1;
            if (l > m)
                l = m;
            int64_t nz = l - remaining > 0 ? l - remaining : 0;
            int64_t nc = remaining < l ? remaining : l;
            if (nc < 0)
                nc = 0;
            PUT_GROUP(nz, nc);
            use_sep = true;
            remaining -= nc;
            min_width -= l;
            if (remaining <= 0 && min_width <= 0) {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if (!broken) {
        int64_t l = remaining > min_width ? remaining : min_width;
        if (l < 1)
            l = 1;
        int64_t nz = l - remaining > 0 ? l - remaining : 0;
        int64_t nc = remaining < l ? remaining : l;
        if (nc < 0)
            nc = 0;
        PUT_GROUP(nz, nc);
    }
    #undef PUT_GROUP
    for (int64_t i = len - 1; i >= 0; i--)
        sb_addc(out, tmp[i]);
}

/*
 * calc_number_widths + fill_number: lay out
 *   <lpad><sign><prefix><spad><grouped digits><rem><rpad>
 * signch is '-' for negative numbers, else 0. rem is UTF-8 of remchars code points.
 */
static void emit_number(StrBuf *sb, const Spec *sp, char signch, const char *prefix,
                        const char *digits, int64_t nd, const char *rem, int64_t remlen,
                        int64_t remchars, int group, char sep)
{
    char sign = 0;
    if (sp->sign == '+')
        sign = signch == '-' ? '-' : '+';
    else if (sp->sign == ' ')
        sign = signch == '-' ? '-' : ' ';
    else if (signch == '-')
        sign = '-';
    int64_t nprefix = (int64_t)strlen(prefix);
    int64_t nondigit = (sign ? 1 : 0) + nprefix + remchars;
    int64_t min_width = sp->fill_zero && sp->align == '=' ? sp->width - nondigit : 0;
    StrBuf g;
    sb_init(&g, sb->I);
    const char *gp = digits;
    size_t glen = (size_t)nd;
    int64_t zeros = 0;          /* ungrouped: zero padding written directly */
    if (nd > 0 && group > 0) {
        group_digits(&g, digits, nd, min_width, group, sep);
        gp = g.p;
        glen = g.len;
    } else if (nd > 0 && min_width > nd) {
        zeros = min_width - nd;
    }
    int64_t padding = sp->width - (nondigit + zeros + (int64_t)glen);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (sp->align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    }
    add_fill(sb, sp, lpad);
    if (sign)
        sb_addc(sb, sign);
    sb_adds(sb, prefix);
    add_fill(sb, sp, spad);
    for (int64_t i = 0; i < zeros; i++)
        sb_addc(sb, '0');
    if (glen)
        sb_add(sb, gp, glen);
    if (remlen)
        sb_add(sb, rem, (size_t)remlen);
    add_fill(sb, sp, rpad);
}

/* ---- per-type formatting ----------------------------------------------------- */

static void format_float(Interp *I, StrBuf *sb, double val, const Spec *sp, const char *tname)
{
    uint32_t type = sp->type;
    int64_t prec = sp->prec, default_prec = 6;
    int flags = 0;
    if (sp->alt)
        flags |= FMTF_ALT;
    if (sp->z)
        flags |= FMTF_NO_NEG_0;
    switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        unknown_code(I, type, tname);
    }
    if (type == 0) {
        flags |= FMTF_ADD_DOT_0;
        type = 'r';
        default_prec = 0;
    }
    if (type == 'n')
        type = 'g';
    bool pct = false;
    if (type == '%') {
        type = 'f';
        val *= 100;
        pct = true;
    }
    if (prec < 0)
        prec = default_prec;
    else if (type == 'r')
        type = 'g';
    StrBuf t;
    sb_init(&t, I);
    fmt_float_text(I, &t, val, (char)type, prec, flags);
    if (pct)
        sb_addc(&t, '%');
    const char *p = t.p;
    size_t len = t.len;
    char signch = 0;
    if (len && p[0] == '-') {
        signch = '-';
        p++;
        len--;
    }
    size_t nd = 0;
    while (nd < len && p[nd] >= '0' && p[nd] <= '9')
        nd++;
    emit_number(sb, sp, signch, "", p, (int64_t)nd, p + nd, (int64_t)(len - nd),
                (int64_t)(len - nd), sp->grouping ? 3 : 0, sp->grouping);
}

static void format_int(Interp *I, StrBuf *sb, Value v, const Spec *sp, const char *tname)
{
    uint32_t type = sp->type;
    switch (type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        format_float(I, sb, int_as_double(I, v), sp, tname);
        return;
    default:
        unknown_code(I, type, tname);
    }
    if (sp->prec >= 0)
        exc_raisef(I, I->cls.ValueError, "Precision not allowed in integer format specifier");
    if (sp->z)
        exc_raisef(I, I->cls.ValueError,
                   "Negative zero coercion (z) not allowed in integer format specifier");
    if (type == 'c') {
        if (sp->sign)
            exc_raisef(I, I->cls.ValueError, "Sign not allowed with integer format specifier 'c'");
        if (sp->alt)
            exc_raisef(I, I->cls.ValueError,
                       "Alternate form (#) not allowed with integer format specifier 'c'");
        if (v.tag == V_OBJ || v.u.i < 0 || v.u.i > 0x10FFFF)
            exc_raisef(I, I->cls.OverflowError, "%%c arg not in range(0x110000)");
        char ch[4];
        int n = encode((uint32_t)v.u.i, ch);
        emit_number(sb, sp, 0, "", "", 0, ch, n, 1, 0, 0);
        return;
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    const char *prefix = "";
    if (sp->alt)
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : type == 'X' ? "0X" : base == 16 ? "0x" : "";
    StrBuf d;
    sb_init(&d, I);
    char signch = 0;
    char buf[24];
    char *p;
    size_t len;
    if (v.tag != V_OBJ && base == 10) {
        p = int_dec64(buf, v.u.i);     /* digits on the stack: no arena */
        len = (size_t)(buf + 24 - p);
    } else {
        if (bigint_sign(v) < 0)
            sb_addc(&d, '-');
        bigint_append_digits(I, &d, v, base);
        p = d.p;
        len = d.len;
    }
    if (len && p[0] == '-') {
        signch = '-';
        p++;
        len--;
    }
    if (type == 'X')
        for (size_t i = 0; i < len; i++)
            if (p[i] >= 'a' && p[i] <= 'f')
                p[i] = (char)(p[i] - 32);
    int group = sp->grouping ? (sp->group4 ? 4 : 3) : 0;
    emit_number(sb, sp, signch, prefix, p, (int64_t)len, "", 0, 0, group, sp->grouping);
}

static void format_str(Interp *I, StrBuf *sb, Str *s, const Spec *sp, const char *tname)
{
    if (sp->type != 's')
        unknown_code(I, sp->type, tname);
    if (sp->sign == ' ')
        exc_raisef(I, I->cls.ValueError, "Space not allowed in string format specifier");
    if (sp->sign)
        exc_raisef(I, I->cls.ValueError, "Sign not allowed in string format specifier");
    if (sp->z)
        exc_raisef(I, I->cls.ValueError,
                   "Negative zero coercion (z) not allowed in string format specifier");
    if (sp->alt)
        exc_raisef(I, I->cls.ValueError, "Alternate form (#) not allowed in string format specifier");
    if (sp->align == '=')
        exc_raisef(I, I->cls.ValueError, "'=' alignment not allowed in string format specifier");
    int64_t nchars = s->nchars;
    size_t nbytes = (size_t)s->len;
    if (sp->prec >= 0 && nchars >= sp->prec) {
        /* keep the first prec code points */
        const unsigned char *p = (const unsigned char *)s->s;
        size_t off = 0;
        for (int64_t i = 0; i < sp->prec; i++) {
            unsigned char c = p[off];
            off += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        }
        nbytes = off;
        nchars = sp->prec;
    }
    int64_t total = sp->width >= 0 && sp->width > nchars ? sp->width : nchars;
    int64_t lpad = sp->align == '>' ? total - nchars : sp->align == '^' ? (total - nchars) / 2 : 0;
    int64_t rpad = total - nchars - lpad;
    add_fill(sb, sp, lpad);
    sb_add(sb, s->s, nbytes);
    add_fill(sb, sp, rpad);
}

void fmt_format_into(Interp *I, StrBuf *sb, Value v, Str *spec)
{
    Value u = num_unwrap(I, v);
    const char *tname = type_name(I, v);
    Spec sp;
    if (num_is_int(I, u)) {
        parse_spec(I, spec, 'd', '>', tname, &sp);
        if (u.tag == V_BOOL)
            u.tag = V_INT;
        format_int(I, sb, u, &sp, tname);
    } else if (u.tag == V_FLOAT) {
        parse_spec(I, spec, 0, '>', tname, &sp);
        format_float(I, sb, u.u.f, &sp, tname);
    } else if (v_is_str(I, v)) {
        parse_spec(I, spec, 's', '<', tname, &sp);
        format_str(I, sb, v_as_str(I, v, "format"), &sp, tname);
    } else {
        exc_raisef(I, I->cls.TypeError, "unsupported format string passed to %s.__format__", tname);
    }
}

Str *fmt_format(Interp *I, Value v, Str *spec)
{
    if (spec->len == 0)
        return obj_str(I, v);
    StrBuf sb;
    sb_init(&sb, I);
    fmt_format_into(I, &sb, v, spec);
    return sb_finish(&sb);
}
