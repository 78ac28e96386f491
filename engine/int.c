/*
 * int.c — Python's int and bool types.
 *
 * Small ints are V_INT (bools V_BOOL) and the common operations on them
 * are done here inline, checking for overflow with the compiler's
 * __builtin_*_overflow; anything that does not fit goes to bigint.c,
 * which hands back a canonical Value (V_INT whenever it fits). Also the
 * int API of obj.h (parsing, conversions, hashing) and the int-side
 * helpers for the builtins (abs, divmod, pow, round).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "bigint.h"
#include "interp_int.h"
#include "num.h"
#include "str_int.h"
#include "utf8.h"

/* ---- basic helpers ---------------------------------------------------- */

Value num_unwrap(Interp *I, Value v)
{
    if (v.tag == V_OBJ) {
        Class *c = v.u.o->cls;
        if ((c->flags & CLS_PYTHON) &&
            (c->native_base == I->cls.int_ || c->native_base == I->cls.float_))
            return ((NumSub *)v.u.o)->val;
    }
    return v;
}

bool num_is_int(Interp *I, Value v)
{
    if (v.tag == V_INT || v.tag == V_BOOL)
        return true;
    return v.tag == V_OBJ && (v.u.o->cls == I->cls.int_ || v.u.o->cls->native_base == I->cls.int_);
}

bool num_is_float(Interp *I, Value v)
{
    return v.tag == V_FLOAT || (v.tag == V_OBJ && v.u.o->cls->native_base == I->cls.float_);
}

Value int_from_i64(Interp *I, int64_t i)
{
    return v_int(i);
}

static int64_t int_hash_slot(Interp *I, Value self);

bool int_is_big(Value v)
{
    /* BigInts are the only native objects of class int (Python subclass
     * instances carry CLS_PYTHON; bools are never objects). */
    return v.tag == V_OBJ && v.u.o->cls->ops->hash == int_hash_slot &&
           !(v.u.o->cls->flags & CLS_PYTHON);
}

int64_t int_as_i64(Interp *I, Value v)
{
    v = num_unwrap(I, v);
    if (v.tag == V_INT || v.tag == V_BOOL)
        return v.u.i;
    exc_raisef(I, I->cls.OverflowError, "Python int too large to convert to C long");
}

double int_as_double(Interp *I, Value v)
{
    v = num_unwrap(I, v);
    if (v.tag == V_INT || v.tag == V_BOOL)
        return (double)v.u.i;
    bool ovf;
    double d = bigint_to_double(I, v, &ovf);
    if (ovf)
        exc_raisef(I, I->cls.OverflowError, "int too large to convert to float");
    return d;
}

double num_as_double(Interp *I, Value v)
{
    v = num_unwrap(I, v);
    if (v.tag == V_FLOAT)
        return v.u.f;
    return int_as_double(I, v);
}

Value int_from_double(Interp *I, double d)
{
    if (isnan(d))
        exc_raisef(I, I->cls.ValueError, "cannot convert float NaN to integer");
    if (isinf(d))
        exc_raisef(I, I->cls.OverflowError, "cannot convert float infinity to integer");
    if (d > -9.2e18 && d < 9.2e18)
        return v_int((int64_t)d);
    return bigint_from_double(I, d);
}

void int_append(Interp *I, StrBuf *sb, Value v, int base)
{
    v = num_unwrap(I, v);
    if (v.tag != V_OBJ && base == 10) {
        char buf[24];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)v.u.i);
        sb_add(sb, buf, (size_t)n);
        return;
    }
    if (bigint_sign(v) < 0)
        sb_addc(sb, '-');
    bigint_append_digits(I, sb, v, base);
}

/* Decimal text of i into the end of buf[0..24); returns where it starts
 * (snprintf's "%lld" costs several times more in a formatting loop). */
char *int_dec64(char buf[24], int64_t i)
{
    uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
    char *p = buf + 24;
    do {
        *--p = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    if (i < 0)
        *--p = '-';
    return p;
}

Str *int_to_str(Interp *I, Value v)
{
    v = num_unwrap(I, v);
    if (v.tag != V_OBJ) {
        char buf[24];
        char *p = int_dec64(buf, v.u.i);
        size_t n = (size_t)(buf + 24 - p);
        Str *s = str_alloc(I, (int64_t)n);
        memcpy(s->s, p, n);
        return s;
    }
    StrBuf sb;
    sb_init(&sb, I);
    int_append(I, &sb, v, 10);
    return sb_finish(&sb);
}

#define HASH_MOD ((((uint64_t)1) << 61) - 1)

int64_t int_hash(Interp *I, Value v)
{
    v = num_unwrap(I, v);
    if (v.tag != V_OBJ) {
        int64_t i = v.u.i;
        uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
        int64_t h = (int64_t)(m % HASH_MOD);
        if (i < 0)
            h = -h;
        return h == -1 ? -2 : h;
    }
    return bigint_hash(I, v);
}

/* ---- parsing -------------------------------------------------------- */

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/*
 * int(text, base) and int literals. Accepts surrounding whitespace, a sign,
 * a 0x/0o/0b prefix when base is 0 or matches, and single underscores
 * between digits (or right after a prefix). Returns V_UNSET when invalid;
 * raises ValueError for texts over the 4300-digit conversion limit.
 */
Value int_parse(Interp *I, const char *s, size_t len, int base)
{
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p))
        p++;
    while (end > p && is_space(end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (p >= end)
        return v_unset();
    bool prefixed = false;
    int b = base;
    if (end - p >= 2 && p[0] == '0') {
        char c = p[1] | 0x20;
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            b = pb;
            p += 2;
            prefixed = true;
        }
    }
    if (b == 0) {
        /* no prefix in base 0: decimal, and a leading 0 only for zero itself */
        b = 10;
        if (p[0] == '0') {
            for (const char *q = p; q < end; q++)
                if (*q != '0' && *q != '_')
                    return v_unset();
        }
    }
    /* validate and strip underscores */
    char stackbuf[64];
    size_t cap = (size_t)(end - p);
    char *digits = cap <= sizeof stackbuf ? stackbuf : interp_alloc(I, cap);
    size_t n = 0;
    bool prev_us = prefixed;   /* "0x_1" is fine: an underscore may follow the prefix */
    bool want_digit = true;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (want_digit && !(prev_us && q == p))
                return v_unset();
            if (q > p && q[-1] == '_')
                return v_unset();
            want_digit = true;
            continue;
        }
        if (digit_value(*q) >= b)
            return v_unset();
        digits[n++] = *q;
        want_digit = false;
        prev_us = false;
    }
    if (n == 0 || want_digit)
        return v_unset();
    /* fast path: fits in int64 */
    if (n <= 18 || (b <= 16 && n <= 15)) {
        uint64_t acc = 0;
        for (size_t i = 0; i < n; i++)
            acc = acc * (uint64_t)b + (uint64_t)digit_value(digits[i]);
        if (acc <= (uint64_t)INT64_MAX)
            return v_int(neg ? -(int64_t)acc : (int64_t)acc);
    }
    return bigint_from_digits(I, digits, n, b, neg);
}

/* The text of a str for int()/float(): non-ASCII decimal digits become
 * ASCII digits and Unicode spaces become ' ' (CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII); other non-ASCII code points
 * become '?', which no parser accepts. */
const char *num_ascii_text(Interp *I, Str *s, size_t *len)
{
    if (s->nchars == s->len) {
        *len = (size_t)s->len;
        return s->s;
    }
    char *out = interp_alloc(I, (size_t)s->nchars + 1);
    size_t i = 0, n = 0;
    while (i < (size_t)s->len) {
        uint32_t cp = utf8_decode(s->s, &i);
        if (cp < 0x80)
            out[n++] = (char)cp;
        else if (utf8_isspace(cp))
            out[n++] = ' ';
        else if (utf8_decimal(cp) >= 0)
            out[n++] = (char)('0' + utf8_decimal(cp));
        else
            out[n++] = '?';
    }
    *len = n;
    return out;
}

/* ---- comparison ------------------------------------------------------- */

/* Exact int <-> double comparison as CPython's float_richcompare does it. */
int num_cmp_int_float(Interp *I, Value iv, double d)
{
    if (isnan(d))
        return 2;
    if (isinf(d))
        return d > 0 ? -1 : 1;
    if (iv.tag != V_OBJ) {
        int64_t i = iv.u.i;
        if (i > -((int64_t)1 << 53) && i < ((int64_t)1 << 53)) {
            double x = (double)i;
            return x < d ? -1 : x > d;
        }
    }
    /* compare with the integer part, then let the fraction decide */
    double t = trunc(d);
    Value ti = int_from_double(I, t);
    int c = iv.tag != V_OBJ && ti.tag == V_INT ? (iv.u.i < ti.u.i ? -1 : iv.u.i > ti.u.i)
                                               : bigint_cmp(I, iv, ti);
    if (c != 0)
        return c;
    double frac = d - t;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

static Value int_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    a = num_unwrap(I, a);
    b = num_unwrap(I, b);
    if (a.tag == V_FLOAT || b.tag == V_FLOAT) {
        int c;
        if (a.tag == V_FLOAT && b.tag == V_FLOAT)
            c = isnan(a.u.f) || isnan(b.u.f) ? 2 : (a.u.f < b.u.f ? -1 : a.u.f > b.u.f);
        else if (b.tag == V_FLOAT && num_is_int(I, a))
            c = num_cmp_int_float(I, a, b.u.f);
        else if (a.tag == V_FLOAT && num_is_int(I, b)) {
            c = num_cmp_int_float(I, b, a.u.f);
            if (c != 2)
                c = -c;
        } else
            return v_notimpl();
        if (c == 2)
            return v_bool(op == CMP_NE);
        return cmp_order_result(c, op);
    }
    if (!num_is_int(I, a) || !num_is_int(I, b))
        return v_notimpl();
    int c;
    if (a.tag != V_OBJ && b.tag != V_OBJ)
        c = a.u.i < b.u.i ? -1 : a.u.i > b.u.i;
    else
        c = bigint_cmp(I, a, b);
    return cmp_order_result(c, op);
}

/* ---- arithmetic ------------------------------------------------------- */

_Noreturn static void zero_div(Interp *I, const char *msg)
{
    exc_raisef(I, I->cls.ZeroDivisionError, "%s", msg);
}

static Value int_floordiv_mod(Interp *I, Value a, Value b, bool want_q)
{
    if (bigint_sign(b) == 0)
        zero_div(I, want_q ? "integer division or modulo by zero" : "integer modulo by zero");
    if (a.tag != V_OBJ && b.tag != V_OBJ && !(a.u.i == INT64_MIN && b.u.i == -1)) {
        int64_t x = a.u.i, y = b.u.i, q = x / y, r = x % y;
        if (r != 0 && ((r ^ y) < 0)) {
            q--;
            r += y;
        }
        return v_int(want_q ? q : r);
    }
    Value q, r;
    bigint_divmod(I, a, b, &q, &r);
    return want_q ? q : r;
}

static Value int_truediv(Interp *I, Value a, Value b)
{
    if (bigint_sign(b) == 0)
        zero_div(I, "division by zero");
    const int64_t lim = (int64_t)1 << 53;
    if (a.tag != V_OBJ && b.tag != V_OBJ && a.u.i >= -lim && a.u.i <= lim && b.u.i >= -lim &&
        b.u.i <= lim)
        return v_float((double)a.u.i / (double)b.u.i);
    bool ovf;
    double d = bigint_truediv(I, a, b, &ovf);
    if (ovf)
        exc_raisef(I, I->cls.OverflowError, "integer division result too large for a float");
    return v_float(d);
}

static Value int_pow(Interp *I, Value a, Value b)
{
    if (bigint_sign(b) < 0) {
        /* negative exponent: float arithmetic, as CPython */
        double x = int_as_double(I, a), y = int_as_double(I, b);
        return float_arith(I, OP_POW, x, y);
    }
    if (a.tag != V_OBJ && b.tag != V_OBJ) {
        int64_t base = a.u.i, e = b.u.i, r = 1;
        bool ovf = false;
        while (e) {
            if (e & 1)
                ovf |= __builtin_mul_overflow(r, base, &r);
            e >>= 1;
            if (e)
                ovf |= __builtin_mul_overflow(base, base, &base);
            if (ovf)
                break;
        }
        if (!ovf)
            return v_int(r);
    }
    return bigint_pow(I, a, b);
}

static Value int_shift(Interp *I, Value a, Value b, bool left)
{
    if (bigint_sign(b) < 0)
        exc_raisef(I, I->cls.ValueError, "negative shift count");
    if (bigint_sign(a) == 0)
        return v_int(0);
    if (b.tag == V_OBJ) {
        if (left)
            exc_raisef(I, I->cls.OverflowError, "too many digits in integer");
        return v_int(bigint_sign(a) < 0 ? -1 : 0);
    }
    int64_t n = b.u.i;
    if (a.tag != V_OBJ) {
        int64_t x = a.u.i;
        if (!left)
            return v_int(n >= 64 ? (x < 0 ? -1 : 0) : x >> n);
        if (n < 63) {
            int64_t r = (int64_t)((uint64_t)x << n);
            if ((r >> n) == x)
                return v_int(r);
        }
    }
    return left ? bigint_lshift(I, a, n) : bigint_rshift(I, a, n);
}

/* int op int (a and b plain int Values). */
Value int_arith(Interp *I, int op, Value a, Value b)
{
    if (a.tag == V_BOOL)
        a.tag = V_INT;
    if (b.tag == V_BOOL)
        b.tag = V_INT;
    bool small = a.tag == V_INT && b.tag == V_INT;
    int64_t r;
    switch (op) {
    case OP_ADD:
        if (small && !__builtin_add_overflow(a.u.i, b.u.i, &r))
            return v_int(r);
        return bigint_add(I, a, b);
    case OP_SUB:
        if (small && !__builtin_sub_overflow(a.u.i, b.u.i, &r))
            return v_int(r);
        return bigint_sub(I, a, b);
    case OP_MUL:
        if (small && !__builtin_mul_overflow(a.u.i, b.u.i, &r))
            return v_int(r);
        return bigint_mul(I, a, b);
    case OP_TRUEDIV: return int_truediv(I, a, b);
    case OP_FLOORDIV: return int_floordiv_mod(I, a, b, true);
    case OP_MOD: return int_floordiv_mod(I, a, b, false);
    case OP_POW: return int_pow(I, a, b);
    case OP_LSHIFT: return int_shift(I, a, b, true);
    case OP_RSHIFT: return int_shift(I, a, b, false);
    case OP_BITAND:
    case OP_BITOR:
    case OP_BITXOR:
        if (small) {
            int64_t x = a.u.i, y = b.u.i;
            return v_int(op == OP_BITAND ? x & y : op == OP_BITOR ? x | y : x ^ y);
        }
        return bigint_bitop(I, op, a, b);
    default:
        return v_notimpl();
    }
}

static Value int_binop(Interp *I, int op, Value a, Value b)
{
    op &= ~OP_INPLACE;
    a = num_unwrap(I, a);
    b = num_unwrap(I, b);
    if (num_is_int(I, a) && num_is_int(I, b))
        return int_arith(I, op, a, b);
    if ((a.tag == V_FLOAT && num_is_int(I, b)) || (b.tag == V_FLOAT && num_is_int(I, a))) {
        if (op >= OP_LSHIFT)
            return v_notimpl();
        return float_arith(I, op, num_as_double(I, a), num_as_double(I, b));
    }
    return v_notimpl();
}

static Value bool_binop(Interp *I, int op, Value a, Value b)
{
    int bop = op & ~OP_INPLACE;
    if (a.tag == V_BOOL && b.tag == V_BOOL &&
        (bop == OP_BITAND || bop == OP_BITOR || bop == OP_BITXOR)) {
        int64_t x = a.u.i, y = b.u.i;
        return v_bool(bop == OP_BITAND ? x & y : bop == OP_BITOR ? x | y : x ^ y);
    }
    return int_binop(I, op, a, b);
}

static Value int_unop(Interp *I, UnOp op, Value a)
{
    a = num_unwrap(I, a);
    if (a.tag == V_BOOL)
        a.tag = V_INT;
    switch (op) {
    case UOP_NEG:
        if (a.tag == V_INT && a.u.i != INT64_MIN)
            return v_int(-a.u.i);
        return bigint_neg(I, a);
    case UOP_POS:
        return a;
    default:
        if (a.tag == V_INT)
            return v_int(~a.u.i);
        return bigint_invert(I, a);
    }
}

/* ---- slots ---------------------------------------------------------------- */

static Str *int_repr(Interp *I, Value self)
{
    return int_to_str(I, self);
}

static Str *bool_repr(Interp *I, Value self)
{
    self = num_unwrap(I, self);
    return str_intern_cstr(I, self.u.i ? "True" : "False");
}

static int64_t int_hash_slot(Interp *I, Value self)
{
    return int_hash(I, self);
}

static bool int_truthy(Interp *I, Value self)
{
    return bigint_sign(num_unwrap(I, self)) != 0;
}

static Str *int_format_slot(Interp *I, Value self, Str *spec)
{
    return fmt_format(I, self, spec);
}

/* Wrap a plain int for a Python subclass of int. */
static Value wrap_sub(Interp *I, Class *cls, Value v)
{
    if (cls == I->cls.int_ || cls == I->cls.bool_)
        return v;
    NumSub *o = obj_alloc(I, cls, sizeof(NumSub));
    o->val = v;
    return v_obj(o);
}

_Noreturn static void bad_literal(Interp *I, Value text, int base)
{
    Str *r = obj_repr(I, text);
    /* CPython truncates the repr to 200 characters (%.200R) */
    size_t len = (size_t)r->len;
    if (r->nchars > 200) {
        const char *p = r->s;
        int64_t k = 0;
        while (k < 200) {
            unsigned char c = (unsigned char)*p;
            p += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            k++;
        }
        len = (size_t)(p - r->s);
    }
    exc_raisef(I, I->cls.ValueError, "invalid literal for int() with base %d: %.*s", base,
               (int)len, r->s);
}

/* int(x=0, base=10) */
static Value int_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    for (int i = 0; kw && i < kw->n; i++)
        if (strcmp(kw->names[i]->s, "base") != 0)
            exc_raisef(I, I->cls.TypeError, "'%s' is an invalid keyword argument for int()",
                       kw->names[i]->s);
    static const char *const names[] = { "", "base" };
    Value args[2];
    args_parse(I, "int", argc, argv, kw, 2, names, 1, 0, args);
    Value x = args[0];
    if (v_is_unset(x)) {
        if (!v_is_unset(args[1]))
            exc_raisef(I, I->cls.TypeError, "int() missing string argument");
        return wrap_sub(I, cls, v_int(0));
    }
    if (!v_is_unset(args[1])) {
        Value bv = num_unwrap(I, args[1]);
        if (!num_is_int(I, bv))
            exc_raisef(I, I->cls.TypeError, "'%s' object cannot be interpreted as an integer",
                       type_name(I, bv));
        int64_t base = bv.tag == V_OBJ ? 99 : bv.u.i;
        if (base != 0 && (base < 2 || base > 36))
            exc_raisef(I, I->cls.ValueError, "int() base must be >= 2 and <= 36, or 0");
        const char *s;
        size_t len;
        if (v_is_str(I, x)) {
            s = num_ascii_text(I, v_as_str(I, x, "int"), &len);
        } else if (x.tag == V_OBJ && x.u.o->cls == I->cls.bytes) {
            Bytes *by = (Bytes *)x.u.o;
            s = (const char *)by->s;
            len = (size_t)by->len;
        } else {
            exc_raisef(I, I->cls.TypeError, "int() can't convert non-string with explicit base");
        }
        Value r = int_parse(I, s, len, (int)base);
        if (v_is_unset(r))
            bad_literal(I, x, (int)base);
        return wrap_sub(I, cls, r);
    }
    Value u = num_unwrap(I, x);
    if (num_is_int(I, u)) {
        if (u.tag == V_BOOL)
            u.tag = V_INT;
        return wrap_sub(I, cls, u);
    }
    if (u.tag == V_FLOAT)
        return wrap_sub(I, cls, int_from_double(I, u.u.f));
    if (v_is_str(I, x)) {
        size_t len;
        const char *txt = num_ascii_text(I, v_as_str(I, x, "int"), &len);
        Value r = int_parse(I, txt, len, 10);
        if (v_is_unset(r))
            bad_literal(I, x, 10);
        return wrap_sub(I, cls, r);
    }
    if (x.tag == V_OBJ && x.u.o->cls == I->cls.bytes) {
        Bytes *by = (Bytes *)x.u.o;
        Value r = int_parse(I, (const char *)by->s, (size_t)by->len, 10);
        if (v_is_unset(r))
            bad_literal(I, x, 10);
        return wrap_sub(I, cls, r);
    }
    static const char *const dunders[] = { "__int__", "__index__", "__trunc__" };
    Class *xc = class_of(I, x);
    for (int i = 0; i < 3; i++) {
        if (!v_is_unset(class_lookup(I, xc, str_intern_cstr(I, dunders[i])))) {
            Value r = num_unwrap(I, obj_call_method_cstr(I, x, dunders[i], 0, NULL));
            if (!num_is_int(I, r))
                exc_raisef(I, I->cls.TypeError, "%s returned non-int (type %s)", dunders[i],
                           type_name(I, r));
            if (r.tag == V_BOOL)
                r.tag = V_INT;
            return wrap_sub(I, cls, r);
        }
    }
    exc_raisef(I, I->cls.TypeError,
               "int() argument must be a string, a bytes-like object or a real number, not '%s'",
               type_name(I, x));
}

static Value bool_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "bool() takes no keyword arguments");
    if (argc > 1)
        exc_raisef(I, I->cls.TypeError, "bool expected at most 1 argument, got %d", argc);
    return v_bool(argc ? obj_truthy(I, argv[0]) : 0);
}

/* ---- methods ---------------------------------------------------------------- */

static Value self_int(Interp *I, const char *fname, int argc, const Value *argv, const KwArgs *kw,
                      int nargs)
{
    args_exact(I, fname, argc, kw, nargs + 1);
    Value v = num_unwrap(I, argv[0]);
    if (v.tag == V_BOOL)
        v.tag = V_INT;
    return v;
}

static Value m_bit_length(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Value v = self_int(I, "bit_length", argc, argv, kw, 0);
    return v_int(bigint_bit_length(I, v));
}

static Value m_bit_count(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Value v = self_int(I, "bit_count", argc, argv, kw, 0);
    if (v.tag == V_INT) {
        uint64_t m = v.u.i < 0 ? -(uint64_t)v.u.i : (uint64_t)v.u.i;
        return v_int(__builtin_popcountll(m));
    }
    StrBuf sb;
    sb_init(&sb, I);
    bigint_append_digits(I, &sb, v, 16);
    int64_t n = 0;
    for (size_t i = 0; i < sb.len; i++)
        n += __builtin_popcount((unsigned)digit_value(sb.p[i]));
    return v_int(n);
}

static Value m_conjugate(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return self_int(I, "conjugate", argc, argv, kw, 0);
}

static Value m_as_integer_ratio(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Value v = self_int(I, "as_integer_ratio", argc, argv, kw, 0);
    return v_obj(tuple_pack(I, 2, v, v_int(1)));
}

static Value get_self(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Value v = num_unwrap(I, argv[0]);
    if (v.tag == V_BOOL)
        v.tag = V_INT;
    return v;
}

static Value get_zero(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_int(0);
}

static Value get_one(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_int(1);
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
static Value m_to_bytes(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "length", "byteorder", "signed" };
    Value a[4];
    args_parse(I, "to_bytes", argc, argv, kw, 4, names, 1, 1, a);
    Value v = num_unwrap(I, a[0]);
    int64_t length = v_is_unset(a[1]) ? 1 : obj_index(I, a[1]);
    bool little = false;
    if (!v_is_unset(a[2])) {
        Str *bo = v_as_str(I, a[2], "to_bytes");
        if (strcmp(bo->s, "little") == 0)
            little = true;
        else if (strcmp(bo->s, "big") != 0)
            exc_raisef(I, I->cls.ValueError, "byteorder must be either 'little' or 'big'");
    }
    bool sgn = !v_is_unset(a[3]) && obj_truthy(I, a[3]);
    if (length < 0)
        exc_raisef(I, I->cls.ValueError, "length argument must be non-negative");
    if (!sgn && bigint_sign(v) < 0)
        exc_raisef(I, I->cls.OverflowError, "can't convert negative int to unsigned");
    /* two's complement bytes via masking with 2**(8*length) */
    Value mod = bigint_lshift(I, v_int(1), 8 * length);
    Value r;
    bigint_divmod(I, v, mod, NULL, &r);
    int64_t bits = bigint_bit_length(I, v);
    bool fits = sgn ? (bigint_sign(v) >= 0 ? bits < 8 * length
                                           : bigint_bit_length(I, bigint_invert(I, v)) < 8 * length)
                    : bits <= 8 * length;
    if (!fits)
        exc_raisef(I, I->cls.OverflowError, "int too big to convert");
    unsigned char *buf = interp_alloc(I, (size_t)length + 1);
    for (int64_t i = 0; i < length; i++) {
        Value byte = int_arith(I, OP_BITAND, bigint_rshift(I, r, 8 * i), v_int(255));
        buf[little ? i : length - 1 - i] = (unsigned char)byte.u.i;
    }
    return v_obj(bytes_new(I, buf, (size_t)length));
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False) (classmethod) */
static Value m_from_bytes(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "cls", "bytes", "byteorder", "signed" };
    Value a[4];
    args_parse(I, "from_bytes", argc, argv, kw, 4, names, 1, 2, a);
    if (!(a[1].tag == V_OBJ && a[1].u.o->cls == I->cls.bytes))
        exc_raisef(I, I->cls.TypeError, "cannot convert '%s' object to bytes", type_name(I, a[1]));
    Bytes *by = (Bytes *)a[1].u.o;
    bool little = false;
    if (!v_is_unset(a[2])) {
        Str *bo = v_as_str(I, a[2], "from_bytes");
        if (strcmp(bo->s, "little") == 0)
            little = true;
        else if (strcmp(bo->s, "big") != 0)
            exc_raisef(I, I->cls.ValueError, "byteorder must be either 'little' or 'big'");
    }
    bool sgn = !v_is_unset(a[3]) && obj_truthy(I, a[3]);
    StrBuf hex;
    sb_init(&hex, I);
    for (int64_t i = 0; i < by->len; i++) {
        unsigned b = by->s[little ? by->len - 1 - i : i];
        sb_addc(&hex, "0123456789abcdef"[b >> 4]);
        sb_addc(&hex, "0123456789abcdef"[b & 15]);
    }
    Value r = by->len ? bigint_from_digits(I, hex.p, hex.len, 16, false) : v_int(0);
    if (sgn && by->len && (by->s[little ? by->len - 1 : 0] & 0x80))
        r = int_arith(I, OP_SUB, r, bigint_lshift(I, v_int(1), 8 * by->len));
    if (v_is_obj(a[0]) && (Class *)a[0].u.o != I->cls.int_)
        return obj_call1(I, a[0], r);
    return r;
}

static const TypeOps int_ops = {
    .repr = int_repr,
    .hash = int_hash_slot,
    .richcmp = int_richcmp,
    .truthy = int_truthy,
    .binop = int_binop,
    .unop = int_unop,
    .new_ = int_new,
    .format = int_format_slot,
};

static const TypeOps bool_ops = {
    .repr = bool_repr,
    .hash = int_hash_slot,
    .richcmp = int_richcmp,
    .truthy = int_truthy,
    .binop = bool_binop,
    .unop = int_unop,
    .new_ = bool_new,
    .format = int_format_slot,
};

/* Create int and bool (builtins_init calls this before float_init). */
void int_init(Interp *I)
{
    Class *c = class_new_native(I, "int", "builtins", I->cls.object, &int_ops, sizeof(NumSub),
                                CLS_BASETYPE | CLS_IMMUTABLE);
    I->cls.int_ = c;
    class_add_method(I, c, "bit_length", m_bit_length);
    class_add_method(I, c, "bit_count", m_bit_count);
    class_add_method(I, c, "conjugate", m_conjugate);
    class_add_method(I, c, "as_integer_ratio", m_as_integer_ratio);
    class_add_method(I, c, "to_bytes", m_to_bytes);
    class_add_classmethod(I, c, "from_bytes", m_from_bytes);
    class_add_getter(I, c, "real", get_self);
    class_add_getter(I, c, "numerator", get_self);
    class_add_getter(I, c, "imag", get_zero);
    class_add_getter(I, c, "denominator", get_one);
    I->cls.bool_ = class_new_native(I, "bool", "builtins", c, &bool_ops, sizeof(NumSub),
                                    CLS_IMMUTABLE);
    class_add_repr_method(I, c);
    class_add_repr_method(I, I->cls.bool_);
}
