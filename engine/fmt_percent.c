/*
 * fmt_percent.c — printf-style `str % args`, following CPython 3.11's
 * PyUnicode_Format step by step: the same argument bookkeeping (a tuple,
 * a mapping for %(key)s, or one value), the same conversions, padding
 * rules and error messages.
 */
#include <math.h>
#include <string.h>

#include "bigint.h"
#include "interp_int.h"
#include "num.h"

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct Ctx {
    Interp *I;
    const char *fmt;
    int64_t len, pos;         /* byte positions in fmt */
    int64_t cpos;             /* code point index of pos (error messages) */
    Value args;
    int64_t arglen, argidx;
    Value dict;               /* V_UNSET when args is not a mapping */
} Ctx;

typedef struct Arg {
    uint32_t ch;
    int flags;
    int64_t width, prec;
    bool sign;
} Arg;

/* Next code point of the format (advances). */
static uint32_t next_ch(Ctx *c)
{
    const unsigned char *p = (const unsigned char *)c->fmt + c->pos;
    uint32_t ch = *p;
    int k = ch < 0x80 ? 0 : ch < 0xE0 ? 1 : ch < 0xF0 ? 2 : 3;
    ch = k == 0 ? ch : k == 1 ? (ch & 0x1F) : k == 2 ? (ch & 0x0F) : (ch & 0x07);
    for (int i = 1; i <= k; i++)
        ch = (ch << 6) | (p[i] & 0x3F);
    c->pos += k + 1;
    c->cpos++;
    return ch;
}

static Value next_arg(Ctx *c)
{
    Interp *I = c->I;
    int64_t idx = c->argidx;
    if (idx < c->arglen) {
        c->argidx++;
        if (c->arglen < 0)
            return c->args;
        return ((Tuple *)c->args.u.o)->items[idx];
    }
    exc_raisef(I, I->cls.TypeError, "not enough arguments for format string");
}

static bool is_tuple(Interp *I, Value v)
{
    return v.tag == V_OBJ && class_is_subclass(v.u.o->cls, I->cls.tuple);
}

static bool is_mapping(Interp *I, Value v)
{
    if (v.tag != V_OBJ || is_tuple(I, v) || v_is_str(I, v))
        return false;
    Class *cls = v.u.o->cls;
    return cls->ops->getitem != NULL || (cls->dunders & DU_GETITEM);
}

static bool has_dunder(Interp *I, Value v, const char *name)
{
    return !v_is_unset(class_lookup(I, class_of(I, v), str_intern_cstr(I, name)));
}

/* PyNumber_Check */
static bool is_number(Interp *I, Value v)
{
    Value u = num_unwrap(I, v);
    if (num_is_int(I, u) || u.tag == V_FLOAT)
        return true;
    return has_dunder(I, v, "__int__") || has_dunder(I, v, "__float__") ||
           has_dunder(I, v, "__index__");
}

/* Parse "(key)", flags, width, precision and the length modifier. */
static void parse_arg(Ctx *c, Arg *a)
{
    Interp *I = c->I;
    if (c->pos < c->len && c->fmt[c->pos] == '(') {
        if (v_is_unset(c->dict))
            exc_raisef(I, I->cls.TypeError, "format requires a mapping");
        c->pos++;
        c->cpos++;
        int64_t start = c->pos;
        int pcount = 1;
        while (pcount > 0 && c->pos < c->len) {
            uint32_t ch = next_ch(c);
            if (ch == ')')
                pcount--;
            else if (ch == '(')
                pcount++;
        }
        if (pcount > 0)
            exc_raisef(I, I->cls.ValueError, "incomplete format key");
        Value key = v_str(str_new(I, c->fmt + start, (size_t)(c->pos - start - 1)));
        c->args = obj_getitem(I, c->dict, key);
        c->arglen = -1;
        c->argidx = -2;
    }
    bool have = false;
    while (c->pos < c->len) {
        a->ch = next_ch(c);
        have = true;
        switch (a->ch) {
        case '-': a->flags |= F_LJUST; have = false; continue;
        case '+': a->flags |= F_SIGN; have = false; continue;
        case ' ': a->flags |= F_BLANK; have = false; continue;
        case '#': a->flags |= F_ALT; have = false; continue;
        case '0': a->flags |= F_ZERO; have = false; continue;
        }
        break;
    }
    if (!have)
        exc_raisef(I, I->cls.ValueError, "incomplete format");
    if (a->ch == '*') {
        Value v = num_unwrap(I, next_arg(c));
        if (!num_is_int(I, v))
            exc_raisef(I, I->cls.TypeError, "* wants int");
        a->width = int_as_i64(I, v);
        if (a->width < 0) {
            a->flags |= F_LJUST;
            a->width = -a->width;
        }
        have = c->pos < c->len;
        if (have)
            a->ch = next_ch(c);
    } else if (a->ch >= '0' && a->ch <= '9') {
        a->width = a->ch - '0';
        have = false;
        while (c->pos < c->len) {
            a->ch = next_ch(c);
            have = true;
            if (a->ch < '0' || a->ch > '9')
                break;
            have = false;
            if (a->width > (INT64_MAX - (int)(a->ch - '0')) / 10)
                exc_raisef(I, I->cls.ValueError, "width too big");
            a->width = a->width * 10 + (a->ch - '0');
        }
    }
    if (have && a->ch == '.') {
        a->prec = 0;
        have = c->pos < c->len;
        if (have)
            a->ch = next_ch(c);
        if (have && a->ch == '*') {
            Value v = num_unwrap(I, next_arg(c));
            if (!num_is_int(I, v))
                exc_raisef(I, I->cls.TypeError, "* wants int");
            if (v.tag == V_OBJ || v.u.i > INT32_MAX || v.u.i < INT32_MIN)
                exc_raisef(I, I->cls.OverflowError, "Python int too large to convert to C int");
            a->prec = v.u.i < 0 ? 0 : v.u.i;
            have = c->pos < c->len;
            if (have)
                a->ch = next_ch(c);
        } else if (have && a->ch >= '0' && a->ch <= '9') {
            a->prec = a->ch - '0';
            have = false;
            while (c->pos < c->len) {
                a->ch = next_ch(c);
                have = true;
                if (a->ch < '0' || a->ch > '9')
                    break;
                have = false;
                if (a->prec > (INT32_MAX - (int)(a->ch - '0')) / 10)
                    exc_raisef(I, I->cls.ValueError, "precision too big");
                a->prec = a->prec * 10 + (a->ch - '0');
            }
        }
    }
    if (have && (a->ch == 'h' || a->ch == 'l' || a->ch == 'L')) {
        have = c->pos < c->len;
        if (have)
            a->ch = next_ch(c);
    }
    if (!have)
        exc_raisef(I, I->cls.ValueError, "incomplete format");
}

/* ascii(): repr with non-ASCII escaped as \xNN, \uNNNN, \UNNNNNNNN. */
static Str *ascii_of(Interp *I, Value v)
{
    Str *r = obj_repr(I, v);
    if (r->nchars == r->len)
        return r;
    StrBuf sb;
    sb_init(&sb, I);
    const unsigned char *p = (const unsigned char *)r->s, *end = p + r->len;
    while (p < end) {
        uint32_t ch = *p;
        if (ch < 0x80) {
            sb_addc(&sb, (char)ch);
            p++;
            continue;
        }
        int k = ch < 0xE0 ? 1 : ch < 0xF0 ? 2 : 3;
        ch = k == 1 ? (ch & 0x1F) : k == 2 ? (ch & 0x0F) : (ch & 0x07);
        for (int i = 1; i <= k; i++)
            ch = (ch << 6) | (p[i] & 0x3F);
        p += k + 1;
        if (ch < 0x100)
            sb_printf(&sb, "\\x%02x", ch);
        else if (ch < 0x10000)
            sb_printf(&sb, "\\u%04x", ch);
        else
            sb_printf(&sb, "\\U%08x", ch);
    }
    return sb_finish(&sb);
}

/* _PyUnicode_FormatLong: digits of an int for d/o/x/X with precision and '#'. */
static void format_long(Interp *I, StrBuf *sb, Value v, bool alt, int64_t prec, uint32_t type)
{
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    bool neg = bigint_sign(v) < 0;
    StrBuf d;
    sb_init(&d, I);
    if (v.tag != V_OBJ && base == 10) {
        uint64_t m = v.u.i < 0 ? -(uint64_t)v.u.i : (uint64_t)v.u.i;
        sb_printf(&d, "%llu", (unsigned long long)m);
    } else {
        bigint_append_digits(I, &d, v, base);
    }
    if (neg)
        sb_addc(sb, '-');
    if (alt && base != 10) {
        sb_addc(sb, '0');
        sb_addc(sb, (char)type);
    }
    for (int64_t i = (int64_t)d.len; i < prec; i++)
        sb_addc(sb, '0');
    if (type == 'X')
        for (size_t i = 0; i < d.len; i++)
            if (d.p[i] >= 'a' && d.p[i] <= 'f')
                d.p[i] = (char)(d.p[i] - 32);
    sb_add(sb, d.p, d.len);
}

static Value to_int_for(Ctx *c, Value v, uint32_t type)
{
    Interp *I = c->I;
    Value u = num_unwrap(I, v);
    if (num_is_int(I, u)) {
        if (u.tag == V_BOOL)
            u.tag = V_INT;
        return u;
    }
    if (is_number(I, v)) {
        if (type == 'o' || type == 'x' || type == 'X') {
            if (has_dunder(I, v, "__index__")) {
                Value r = num_unwrap(I, obj_call_method_cstr(I, v, "__index__", 0, NULL));
                if (num_is_int(I, r))
                    return r;
            }
        } else {
            if (u.tag == V_FLOAT)
                return int_from_double(I, u.u.f);
            return num_unwrap(I, obj_call1(I, v_obj(I->cls.int_), v));
        }
    }
    if (type == 'o' || type == 'x' || type == 'X')
        exc_raisef(I, I->cls.TypeError, "%%%c format: an integer is required, not %s", (char)type,
                   type_name(I, v));
    exc_raisef(I, I->cls.TypeError, "%%%c format: a real number is required, not %s", (char)type,
               type_name(I, v));
}

static double to_double(Interp *I, Value v)
{
    Value u = num_unwrap(I, v);
    if (u.tag == V_FLOAT)
        return u.u.f;
    if (num_is_int(I, u))
        return int_as_double(I, u);
    if (has_dunder(I, v, "__float__")) {
        Value r = num_unwrap(I, obj_call_method_cstr(I, v, "__float__", 0, NULL));
        if (r.tag == V_FLOAT)
            return r.u.f;
    }
    if (has_dunder(I, v, "__index__"))
        return int_as_double(I, num_unwrap(I, obj_call_method_cstr(I, v, "__index__", 0, NULL)));
    exc_raisef(I, I->cls.TypeError, "must be real number, not %s", type_name(I, v));
}

static uint32_t format_char(Interp *I, Value v)
{
    if (v_is_str(I, v)) {
        Str *s = v_as_str(I, v, "%c");
        if (s->nchars == 1) {
            const unsigned char *p = (const unsigned char *)s->s;
            uint32_t ch = *p;
            int k = ch < 0x80 ? 0 : ch < 0xE0 ? 1 : ch < 0xF0 ? 2 : 3;
            ch = k == 0 ? ch : k == 1 ? (ch & 0x1F) : k == 2 ? (ch & 0x0F) : (ch & 0x07);
            for (int i = 1; i <= k; i++)
                ch = (ch << 6) | (p[i] & 0x3F);
            return ch;
        }
        exc_raisef(I, I->cls.TypeError, "%%c requires int or char");
    }
    Value u = num_unwrap(I, v);
    if (!num_is_int(I, u)) {
        if (has_dunder(I, v, "__index__"))
            u = num_unwrap(I, obj_call_method_cstr(I, v, "__index__", 0, NULL));
        else
            exc_raisef(I, I->cls.TypeError, "%%c requires int or char");
    }
    if (u.tag == V_OBJ || u.u.i < 0 || u.u.i > 0x10FFFF)
        exc_raisef(I, I->cls.OverflowError, "%%c arg not in range(0x110000)");
    return (uint32_t)u.u.i;
}

static void add_utf8(StrBuf *sb, uint32_t c)
{
    char out[4];
    int n;
    if (c < 0x80) {
        out[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        out[0] = (char)(0xF0 | (c >> 18));
        out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    sb_add(sb, out, (size_t)n);
}

static void pad(StrBuf *sb, char ch, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        sb_addc(sb, ch);
}

/* Byte offset of the first n code points of s. */
static size_t utf8_prefix(const char *s, int64_t n)
{
    size_t off = 0;
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[off];
        off += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
    return off;
}

/* unicode_format_arg_output: sign, '0x' prefix, padding. */
static void output(Interp *I, StrBuf *sb, Arg *a, const char *s, size_t bytes, int64_t len)
{
    char fill = a->sign && (a->flags & F_ZERO) ? '0' : ' ';
    if ((a->width == -1 || a->width <= len) && (a->prec == -1 || a->prec >= len) &&
        !(a->flags & (F_SIGN | F_BLANK))) {
        sb_add(sb, s, bytes);
        return;
    }
    if ((a->ch == 's' || a->ch == 'r' || a->ch == 'a') && a->prec >= 0 && len > a->prec) {
        bytes = utf8_prefix(s, a->prec);
        len = a->prec;
    }
    char signch = 0;
    size_t pi = 0;
    if (a->sign) {
        if (s[0] == '-' || s[0] == '+') {
            signch = s[0];
            len--;
            pi++;
        } else if (a->flags & F_SIGN) {
            signch = '+';
        } else if (a->flags & F_BLANK) {
            signch = ' ';
        } else {
            a->sign = false;
        }
    }
    int64_t width = a->width < len ? len : a->width;
    if (signch) {
        if (fill != ' ')
            sb_addc(sb, signch);
        if (width > len)
            width--;
    }
    bool prefix = (a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    if (prefix) {
        if (fill != ' ') {
            sb_add(sb, s + pi, 2);
            pi += 2;
        }
        width -= 2;
        if (width < 0)
            width = 0;
        len -= 2;
    }
    if (width > len && !(a->flags & F_LJUST)) {
        pad(sb, fill, width - len);
        width = len;
    }
    if (fill == ' ') {
        if (signch)
            sb_addc(sb, signch);
        if (prefix) {
            sb_add(sb, s + pi, 2);
            pi += 2;
        }
    }
    sb_add(sb, s + pi, bytes - pi);
    if (width > len)
        pad(sb, ' ', width - len);
}

/* One conversion after a '%'. */
static void format_arg(Ctx *c, StrBuf *sb)
{
    Interp *I = c->I;
    if (c->pos < c->len && c->fmt[c->pos] == '%') {
        c->pos++;
        c->cpos++;
        sb_addc(sb, '%');
        return;
    }
    Arg a = { 0, 0, -1, -1, false };
    parse_arg(c, &a);
    Value v = next_arg(c);
    StrBuf t;
    sb_init(&t, I);
    Str *str = NULL;
    switch (a.ch) {
    case 's': case 'r': case 'a':
        str = a.ch == 's' ? obj_str(I, v) : a.ch == 'r' ? obj_repr(I, v) : ascii_of(I, v);
        break;
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
        Value iv = to_int_for(c, v, a.ch);
        format_long(I, &t, iv, a.flags & F_ALT, a.prec, a.ch == 'i' || a.ch == 'u' ? 'd' : a.ch);
        a.sign = true;
        break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d = to_double(I, v);
        fmt_float_text(I, &t, d, (char)a.ch, a.prec < 0 ? 6 : a.prec,
                       (a.flags & F_ALT) ? FMTF_ALT : 0);
        a.sign = true;
        break;
    }
    case 'c':
        add_utf8(&t, format_char(I, v));
        break;
    default:
        exc_raisef(I, I->cls.ValueError, "unsupported format character '%c' (0x%x) at index %lld",
                   a.ch >= 31 && a.ch <= 126 ? (char)a.ch : '?', (unsigned)a.ch,
                   (long long)(c->cpos - 1));
    }
    if (str)
        output(I, sb, &a, str->s, (size_t)str->len, str->nchars);
    else
        output(I, sb, &a, t.p, t.len, (int64_t)utf8_count(t.p, t.len));
    if (!v_is_unset(c->dict) && c->argidx < c->arglen)
        exc_raisef(I, I->cls.TypeError, "not all arguments converted during string formatting");
}

Str *fmt_percent(Interp *I, Str *fmt, Value args)
{
    Ctx c;
    c.I = I;
    c.fmt = fmt->s;
    c.len = fmt->len;
    c.pos = 0;
    c.cpos = 0;
    c.args = args;
    if (is_tuple(I, args)) {
        c.arglen = ((Tuple *)args.u.o)->len;
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    c.dict = is_mapping(I, args) ? args : v_unset();
    StrBuf sb;
    sb_init(&sb, I);
    while (c.pos < c.len) {
        const char *pct = memchr(c.fmt + c.pos, '%', (size_t)(c.len - c.pos));
        int64_t run = pct ? pct - (c.fmt + c.pos) : c.len - c.pos;
        if (run) {
            sb_add(&sb, c.fmt + c.pos, (size_t)run);
            c.cpos += utf8_count(c.fmt + c.pos, (size_t)run);
            c.pos += run;
            continue;
        }
        c.pos++;
        c.cpos++;
        if (c.pos >= c.len)
            exc_raisef(I, I->cls.ValueError, "incomplete format");
        format_arg(&c, &sb);
    }
    if (c.argidx < c.arglen && v_is_unset(c.dict))
        exc_raisef(I, I->cls.TypeError, "not all arguments converted during string formatting");
    return sb_finish(&sb);
}
