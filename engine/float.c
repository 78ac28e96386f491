/*
 * float.c — Python's float type: arithmetic with CPython's special cases
 * and messages, float(), the shortest round-trip repr, the numeric hash,
 * and the float side of the builtins helpers (round, divmod, abs, pow).
 *
 * Decimal conversions lean on glibc's printf/strtod, which are correctly
 * rounded (round-half-even on exact ties), the same results CPython gets
 * from David Gay's dtoa.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"
#include "interp_int.h"
#include "num.h"

/* ---- repr ------------------------------------------------------------- */

/* The p-significant-digit rendering of d (d finite, > 0) round-trips? */
static bool roundtrips(double d, int p, char *buf, size_t cap)
{
    snprintf(buf, cap, "%.*e", p - 1, d);
    return strtod(buf, NULL) == d;
}

/* Increment the decimal digit string of a "%.*e" rendering in place
 * ("9.99e+05" -> "1.00e+06"). Used for the asymmetric power-of-two case. */
static void bump_digits(char *buf, size_t cap)
{
    char *e = strchr(buf, 'e');
    int exp10 = atoi(e + 1);
    char *p = e - 1;
    for (;;) {
        if (*p == '.') {
            p--;
            continue;
        }
        if (*p == '9') {
            *p = '0';
            if (p == buf) {
                /* 9.99 -> 10.00: renormalise to 1.000 and bump the exponent */
                char mant[40];
                size_t k = 0;
                mant[k++] = '1';
                for (char *q = buf + 1; q < e; q++)
                    mant[k++] = *q;   /* ".000" */
                mant[k] = 0;
                snprintf(buf, cap, "%se%+03d", mant, exp10 + 1);
                return;
            }
            p--;
            continue;
        }
        (*p)++;
        return;
    }
}

int float_shortest(double d, char *digits, int *decpt)
{
    char buf[48];
    d = fabs(d);
    int lo = 1, hi = 17;
    /* binary search: round-tripping is monotonic in the digit count */
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (roundtrips(d, mid, buf, sizeof buf))
            hi = mid;
        else
            lo = mid + 1;
    }
    int p = lo;
    roundtrips(d, p, buf, sizeof buf);
    if (p > 1) {
        /* At a power of two the gap below is half the gap above, so a
         * (p-1)-digit string just above d may round-trip although the
         * nearest one (below d) does not. */
        int m;
        double fr = frexp(d, &m);
        if (fr == 0.5) {
            char alt[48];
            snprintf(alt, sizeof alt, "%.*e", p - 2, d);
            if (strtod(alt, NULL) < d) {
                bump_digits(alt, sizeof alt);
                if (strtod(alt, NULL) == d) {
                    memcpy(buf, alt, sizeof buf);
                    p--;
                }
            }
        }
    }
    /* buf is "D.DDDDe+XX" */
    int n = 0;
    const char *q = buf;
    for (; *q != 'e'; q++)
        if (*q != '.')
            digits[n++] = *q;
    int exp10 = atoi(q + 1);
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    *decpt = exp10 + 1;
    return n;
}

/* repr(d) appended to sb, CPython's 'r' format (exponent when the decimal
 * exponent is < -4 or >= 16). */
static void append_repr(StrBuf *sb, double d)
{
    if (isnan(d)) {
        sb_adds(sb, "nan");
        return;
    }
    if (isinf(d)) {
        sb_adds(sb, d > 0 ? "inf" : "-inf");
        return;
    }
    if (signbit(d))
        sb_addc(sb, '-');
    if (d == 0) {
        sb_adds(sb, "0.0");
        return;
    }
    char dg[24];
    int decpt;
    int n = float_shortest(d, dg, &decpt);
    if (decpt <= -4 || decpt > 16) {
        sb_addc(sb, dg[0]);
        if (n > 1) {
            sb_addc(sb, '.');
            sb_add(sb, dg + 1, (size_t)n - 1);
        }
        int e = decpt - 1;
        sb_printf(sb, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    } else if (decpt <= 0) {
        sb_adds(sb, "0.");
        for (int i = 0; i < -decpt; i++)
            sb_addc(sb, '0');
        sb_add(sb, dg, (size_t)n);
    } else if (decpt >= n) {
        sb_add(sb, dg, (size_t)n);
        for (int i = n; i < decpt; i++)
            sb_addc(sb, '0');
        sb_adds(sb, ".0");
    } else {
        sb_add(sb, dg, (size_t)decpt);
        sb_addc(sb, '.');
        sb_add(sb, dg + decpt, (size_t)(n - decpt));
    }
}

Str *float_repr(Interp *I, double d)
{
    StrBuf sb;
    sb_init(&sb, I);
    append_repr(&sb, d);
    return sb_finish(&sb);
}

/* ---- hash ----------------------------------------------------------------- */

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

/* CPython's _Py_HashDouble; NaN hashes to 0 here (CPython 3.11 uses the
 * object's identity, which a float Value does not have). */
int64_t float_hash(double v)
{
    if (!isfinite(v))
        return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MOD) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MOD)
            x -= HASH_MOD;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MOD) | x >> (HASH_BITS - e);
    int64_t r = (int64_t)x * sign;
    return r == -1 ? -2 : r;
}

/* ---- parsing ---------------------------------------------------------------- */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool ieq(const char *p, size_t n, const char *word)
{
    if (strlen(word) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i])
            return false;
    return true;
}

/* digitpart: digit (["_"] digit)*; copies digits to out; returns chars consumed (0: none). */
static size_t scan_digits(const char *p, const char *end, char *out, size_t *on)
{
    const char *q = p;
    if (q >= end || *q < '0' || *q > '9')
        return 0;
    while (q < end) {
        if (*q >= '0' && *q <= '9') {
            out[(*on)++] = *q++;
        } else if (*q == '_' && q + 1 < end && q[1] >= '0' && q[1] <= '9') {
            q++;
        } else {
            break;
        }
    }
    return (size_t)(q - p);
}

Value float_parse(Interp *I, const char *s, size_t len)
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
    size_t n = (size_t)(end - p);
    if (ieq(p, n, "inf") || ieq(p, n, "infinity"))
        return v_float(neg ? -INFINITY : INFINITY);
    if (ieq(p, n, "nan"))
        return v_float(neg ? -NAN : NAN);
    char stackbuf[80];
    char *out = n + 2 <= sizeof stackbuf ? stackbuf : interp_alloc(I, n + 2);
    size_t on = 0;
    size_t k = scan_digits(p, end, out, &on);
    bool any = k > 0;
    p += k;
    if (p < end && *p == '.') {
        out[on++] = '.';
        p++;
        k = scan_digits(p, end, out, &on);
        any = any || k > 0;
        p += k;
    }
    if (!any)
        return v_unset();
    if (p < end && (*p == 'e' || *p == 'E')) {
        out[on++] = 'e';
        p++;
        if (p < end && (*p == '+' || *p == '-'))
            out[on++] = *p++;
        k = scan_digits(p, end, out, &on);
        if (k == 0)
            return v_unset();
        p += k;
    }
    if (p != end)
        return v_unset();
    out[on] = 0;
    double d = strtod(out, NULL);
    return v_float(neg ? -d : d);
}

/* ---- arithmetic ------------------------------------------------------------ */

static bool is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

_Noreturn static void range_error(Interp *I)
{
    Value args[2] = { v_int(34), str_value(I, "Numerical result out of range") };
    exc_raise(I, exc_new(I, I->cls.OverflowError, 2, args));
}

static double float_pow(Interp *I, double iv, double iw)
{
    if (iw == 0)
        return 1.0;
    if (isnan(iv))
        return iv;
    if (isnan(iw))
        return iv == 1.0 ? 1.0 : iw;
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0)
            return 1.0;
        if ((iw > 0.0) == (iv > 1.0))
            return fabs(iw);
        return 0.0;
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.)
            return odd ? iv : fabs(iv);
        return odd ? copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0)
            exc_raisef(I, I->cls.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return odd ? iv : 0.0;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw))
            exc_raisef(I, I->cls.ValueError,
                       "negative number cannot be raised to a fractional power");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return negate ? -1.0 : 1.0;
    double ix = pow(iv, iw);
    if (isinf(ix))
        range_error(I);
    return negate ? -ix : ix;
}

/* CPython's _float_div_mod: floor quotient and modulo with sign rules. */
static void float_divmod(double vx, double wx, double *floordiv, double *modp)
{
    double mod = fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *modp = mod;
}

Value float_arith(Interp *I, int op, double a, double b)
{
    switch (op & ~OP_INPLACE) {
    case OP_ADD: return v_float(a + b);
    case OP_SUB: return v_float(a - b);
    case OP_MUL: return v_float(a * b);
    case OP_TRUEDIV:
        if (b == 0)
            exc_raisef(I, I->cls.ZeroDivisionError, "float division by zero");
        return v_float(a / b);
    case OP_FLOORDIV: {
        if (b == 0)
            exc_raisef(I, I->cls.ZeroDivisionError, "float floor division by zero");
        double q, m;
        float_divmod(a, b, &q, &m);
        return v_float(q);
    }
    case OP_MOD: {
        if (b == 0)
            exc_raisef(I, I->cls.ZeroDivisionError, "float modulo");
        double mod = fmod(a, b);
        if (mod) {
            if ((b < 0) != (mod < 0))
                mod += b;
        } else {
            mod = copysign(0.0, b);
        }
        return v_float(mod);
    }
    case OP_POW: return v_float(float_pow(I, a, b));
    default: return v_notimpl();
    }
}

/* ---- slots ------------------------------------------------------------------ */

static double self_float(Interp *I, Value v)
{
    v = num_unwrap(I, v);
    return v.u.f;
}

static Str *float_repr_slot(Interp *I, Value self)
{
    return float_repr(I, self_float(I, self));
}

static int64_t float_hash_slot(Interp *I, Value self)
{
    double d = self_float(I, self);
    if (isnan(d))
        return (int64_t)(obj_id(I, self) >> 4);
    return float_hash(d);
}

static bool float_truthy(Interp *I, Value self)
{
    return self_float(I, self) != 0.0;
}

static Value float_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    a = num_unwrap(I, a);
    b = num_unwrap(I, b);
    int c;
    if (a.tag == V_FLOAT && b.tag == V_FLOAT) {
        double x = a.u.f, y = b.u.f;
        switch (op) {
        case CMP_LT: return v_bool(x < y);
        case CMP_LE: return v_bool(x <= y);
        case CMP_EQ: return v_bool(x == y);
        case CMP_NE: return v_bool(x != y);
        case CMP_GT: return v_bool(x > y);
        default: return v_bool(x >= y);
        }
    }
    if (a.tag == V_FLOAT && num_is_int(I, b)) {
        c = num_cmp_int_float(I, b, a.u.f);
        if (c != 2)
            c = -c;
    } else if (b.tag == V_FLOAT && num_is_int(I, a)) {
        c = num_cmp_int_float(I, a, b.u.f);
    } else {
        return v_notimpl();
    }
    if (c == 2)
        return v_bool(op == CMP_NE);
    return cmp_order_result(c, op);
}

static Value float_binop(Interp *I, int op, Value a, Value b)
{
    a = num_unwrap(I, a);
    b = num_unwrap(I, b);
    int bop = op & ~OP_INPLACE;
    if (bop >= OP_LSHIFT)
        return v_notimpl();
    if ((a.tag != V_FLOAT && !num_is_int(I, a)) || (b.tag != V_FLOAT && !num_is_int(I, b)))
        return v_notimpl();
    return float_arith(I, bop, num_as_double(I, a), num_as_double(I, b));
}

static Value float_unop(Interp *I, UnOp op, Value a)
{
    double d = self_float(I, a);
    switch (op) {
    case UOP_NEG: return v_float(-d);
    case UOP_POS: return v_float(d);
    default:
        exc_raisef(I, I->cls.TypeError, "bad operand type for unary ~: '%s'", type_name(I, a));
    }
}

static Str *float_format_slot(Interp *I, Value self, Str *spec)
{
    return fmt_format(I, self, spec);
}

static Value wrap_sub(Interp *I, Class *cls, double d)
{
    if (cls == I->cls.float_)
        return v_float(d);
    NumSub *o = obj_alloc(I, cls, sizeof(NumSub));
    o->val = v_float(d);
    return v_obj(o);
}

/* float(x=0.0) */
static Value float_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "float() takes no keyword arguments");
    if (argc > 1)
        exc_raisef(I, I->cls.TypeError, "float expected at most 1 argument, got %d", argc);
    if (argc == 0)
        return wrap_sub(I, cls, 0.0);
    Value x = argv[0], u = num_unwrap(I, x);
    if (u.tag == V_FLOAT)
        return wrap_sub(I, cls, u.u.f);
    if (num_is_int(I, u))
        return wrap_sub(I, cls, int_as_double(I, u));
    const char *s = NULL;
    size_t len = 0;
    if (v_is_str(I, x)) {
        s = num_ascii_text(I, v_as_str(I, x, "float"), &len);
    } else if (x.tag == V_OBJ && x.u.o->cls == I->cls.bytes) {
        Bytes *by = (Bytes *)x.u.o;
        s = (const char *)by->s;
        len = (size_t)by->len;
    }
    if (s) {
        Value r = float_parse(I, s, len);
        if (v_is_unset(r))
            exc_raisef(I, I->cls.ValueError, "could not convert string to float: %s",
                       obj_repr(I, x)->s);
        return wrap_sub(I, cls, r.u.f);
    }
    Class *xc = class_of(I, x);
    if (!v_is_unset(class_lookup(I, xc, str_intern_cstr(I, "__float__")))) {
        Value r = num_unwrap(I, obj_call_method_cstr(I, x, "__float__", 0, NULL));
        if (r.tag != V_FLOAT)
            exc_raisef(I, I->cls.TypeError, "%s.__float__ returned non-float (type %s)",
                       type_name(I, x), type_name(I, r));
        return wrap_sub(I, cls, r.u.f);
    }
    if (!v_is_unset(class_lookup(I, xc, str_intern_cstr(I, "__index__")))) {
        Value r = num_unwrap(I, obj_call_method_cstr(I, x, "__index__", 0, NULL));
        return wrap_sub(I, cls, int_as_double(I, r));
    }
    exc_raisef(I, I->cls.TypeError, "float() argument must be a string or a real number, not '%s'",
               type_name(I, x));
}

/* ---- methods ------------------------------------------------------------------ */

static double method_self(Interp *I, const char *name, int argc, const Value *argv,
                          const KwArgs *kw)
{
    args_exact(I, name, argc, kw, 1);
    return self_float(I, argv[0]);
}

static Value m_is_integer(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    double d = method_self(I, "is_integer", argc, argv, kw);
    return v_bool(isfinite(d) && d == floor(d));
}

static Value m_conjugate(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_float(method_self(I, "conjugate", argc, argv, kw));
}

static Value m_as_integer_ratio(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    double d = method_self(I, "as_integer_ratio", argc, argv, kw);
    if (isinf(d))
        exc_raisef(I, I->cls.OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d))
        exc_raisef(I, I->cls.ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Value num = int_from_double(I, m), den = v_int(1);
    if (e > 0)
        num = bigint_lshift(I, num, e);
    else
        den = bigint_lshift(I, den, -e);
    return v_obj(tuple_pack(I, 2, num, den));
}

static Value m_hex(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    double d = method_self(I, "hex", argc, argv, kw);
    if (isnan(d) || isinf(d))
        return v_obj(float_repr(I, d));
    if (d == 0)
        return str_value(I, signbit(d) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(d), &e);   /* [0.5, 1) */
    m *= 2;
    e -= 1;
    if (e < -1022) {
        /* subnormal: CPython shows 0x0.xxxp-1022 */
        m = ldexp(m, e + 1022);
        e = -1022;
    }
    StrBuf sb;
    sb_init(&sb, I);
    if (d < 0)
        sb_addc(&sb, '-');
    int lead = (int)m;
    m -= lead;
    sb_printf(&sb, "0x%d.", lead);
    for (int i = 0; i < 13; i++) {
        m *= 16;
        int dg = (int)m;
        m -= dg;
        sb_addc(&sb, "0123456789abcdef"[dg]);
    }
    sb_printf(&sb, "p%+d", e);
    return v_obj(sb_finish(&sb));
}

static Value get_real(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_float(self_float(I, argv[0]));
}

static Value get_imag(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_float(0.0);
}

static const TypeOps float_ops = {
    .repr = float_repr_slot,
    .hash = float_hash_slot,
    .richcmp = float_richcmp,
    .truthy = float_truthy,
    .binop = float_binop,
    .unop = float_unop,
    .new_ = float_new,
    .format = float_format_slot,
};

/* Create the float class (builtins_init calls this after int_init). */
void float_init(Interp *I)
{
    Class *c = class_new_native(I, "float", "builtins", I->cls.object, &float_ops, sizeof(NumSub),
                                CLS_BASETYPE | CLS_IMMUTABLE);
    I->cls.float_ = c;
    class_add_method(I, c, "is_integer", m_is_integer);
    class_add_method(I, c, "conjugate", m_conjugate);
    class_add_method(I, c, "as_integer_ratio", m_as_integer_ratio);
    class_add_method(I, c, "hex", m_hex);
    class_add_getter(I, c, "real", get_real);
    class_add_getter(I, c, "imag", get_imag);
    class_add_repr_method(I, c);
}

/* ---- builtins helpers ------------------------------------------------------- */

static bool has_dunder(Interp *I, Value v, const char *name)
{
    return !v_is_unset(class_lookup(I, class_of(I, v), str_intern_cstr(I, name)));
}

Value num_abs(Interp *I, Value x)
{
    Value u = num_unwrap(I, x);
    if (u.tag == V_FLOAT && (x.tag == V_FLOAT || !has_dunder(I, x, "__abs__")))
        return v_float(fabs(u.u.f));
    if (num_is_int(I, u) && (x.tag != V_OBJ || !(x.u.o->cls->flags & CLS_PYTHON) ||
                             !has_dunder(I, x, "__abs__"))) {
        if (u.tag == V_BOOL)
            u.tag = V_INT;
        if (u.tag == V_INT && u.u.i != INT64_MIN)
            return v_int(u.u.i < 0 ? -u.u.i : u.u.i);
        return bigint_abs(I, u);
    }
    if (has_dunder(I, x, "__abs__"))
        return obj_call_method_cstr(I, x, "__abs__", 0, NULL);
    exc_raisef(I, I->cls.TypeError, "bad operand type for abs(): '%s'", type_name(I, x));
}

static bool plain_num(Interp *I, Value v)
{
    if (v.tag == V_INT || v.tag == V_BOOL || v.tag == V_FLOAT)
        return true;
    return v.tag == V_OBJ && !(v.u.o->cls->flags & CLS_PYTHON) && num_is_int(I, v);
}

Value num_divmod(Interp *I, Value a, Value b)
{
    if (plain_num(I, a) && plain_num(I, b)) {
        if (a.tag == V_FLOAT || b.tag == V_FLOAT) {
            double x = num_as_double(I, a), y = num_as_double(I, b);
            if (y == 0)
                exc_raisef(I, I->cls.ZeroDivisionError, "float divmod()");
            double q, m;
            float_divmod(x, y, &q, &m);
            return v_obj(tuple_pack(I, 2, v_float(q), v_float(m)));
        }
        Value q = int_arith(I, OP_FLOORDIV, a, b);
        Value r = int_arith(I, OP_MOD, a, b);
        return v_obj(tuple_pack(I, 2, q, r));
    }
    if (has_dunder(I, a, "__divmod__")) {
        Value r = obj_call_method_cstr(I, a, "__divmod__", 1, &b);
        if (!v_is_notimpl(r))
            return r;
    }
    if (has_dunder(I, b, "__rdivmod__")) {
        Value r = obj_call_method_cstr(I, b, "__rdivmod__", 1, &a);
        if (!v_is_notimpl(r))
            return r;
    }
    exc_raisef(I, I->cls.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
               type_name(I, a), type_name(I, b));
}

/* Modular inverse of a modulo m (m > 0), or ValueError. */
static Value mod_inverse(Interp *I, Value a, Value m)
{
    Value r0 = int_arith(I, OP_MOD, a, m), r1 = m;
    Value s0 = v_int(1), s1 = v_int(0);
    /* invariant: r_i == s_i * a (mod m) */
    while (bigint_sign(r1) != 0) {
        Value q = int_arith(I, OP_FLOORDIV, r0, r1);
        Value r2 = int_arith(I, OP_SUB, r0, int_arith(I, OP_MUL, q, r1));
        Value s2 = int_arith(I, OP_SUB, s0, int_arith(I, OP_MUL, q, s1));
        r0 = r1;
        r1 = r2;
        s0 = s1;
        s1 = s2;
    }
    if (!(r0.tag == V_INT && r0.u.i == 1))
        exc_raisef(I, I->cls.ValueError, "base is not invertible for the given modulus");
    return int_arith(I, OP_MOD, s0, m);
}

Value num_pow(Interp *I, Value a, Value b, Value mod)
{
    if (v_is_unset(mod) || v_is_none(mod))
        return obj_binop(I, OP_POW, a, b);
    Value x = num_unwrap(I, a), y = num_unwrap(I, b), m = num_unwrap(I, mod);
    if (!num_is_int(I, x) || !num_is_int(I, y) || !num_is_int(I, m)) {
        bool nums = (num_is_int(I, x) || x.tag == V_FLOAT) && (num_is_int(I, y) || y.tag == V_FLOAT) &&
                    (num_is_int(I, m) || m.tag == V_FLOAT);
        if (nums)
            exc_raisef(I, I->cls.TypeError,
                       "pow() 3rd argument not allowed unless all arguments are integers");
        if (has_dunder(I, a, "__pow__")) {
            Value args[2] = { b, mod };
            Value r = obj_call_method_cstr(I, a, "__pow__", 2, args);
            if (!v_is_notimpl(r))
                return r;
        }
        exc_raisef(I, I->cls.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                   type_name(I, a), type_name(I, b), type_name(I, mod));
    }
    if (x.tag == V_BOOL) x.tag = V_INT;
    if (y.tag == V_BOOL) y.tag = V_INT;
    if (m.tag == V_BOOL) m.tag = V_INT;
    if (bigint_sign(m) == 0)
        exc_raisef(I, I->cls.ValueError, "pow() 3rd argument cannot be 0");
    if (bigint_sign(y) < 0) {
        Value am = bigint_abs(I, m);
        x = mod_inverse(I, x, am);
        y = bigint_neg(I, y);
    }
    if (x.tag == V_INT && y.tag == V_INT && m.tag == V_INT && m.u.i != INT64_MIN) {
        /* small: 128-bit products */
        int64_t mm = m.u.i < 0 ? -m.u.i : m.u.i;
        int64_t base = x.u.i % mm;
        if (base < 0)
            base += mm;
        int64_t r = 1 % mm, e = y.u.i;
        while (e) {
            if (e & 1)
                r = (int64_t)((__int128)r * base % mm);
            base = (int64_t)((__int128)base * base % mm);
            e >>= 1;
        }
        if (m.u.i < 0 && r != 0)
            r -= mm;
        return v_int(r);
    }
    return bigint_powmod(I, x, y, m);
}

/* Round |x| to 10**-nd (nd < 0): exact, half to even, via the decimal
 * digits of the integer part. */
static double round_negative(double x, int nd)
{
    double ax = fabs(x), ip = trunc(ax), frac = ax - ip;
    char buf[400];
    int k = -nd;
    int len = snprintf(buf + 1, sizeof buf - 1, "%.0f", ip);
    buf[0] = '0';
    len++;
    char *s = buf;
    /* make sure there is at least one kept digit (the leading 0) */
    while (len < k + 1) {
        memmove(s + 1, s, (size_t)len + 1);
        s[0] = '0';
        len++;
    }
    char *drop = s + len - k;
    int cmp = 0;           /* dropped part vs half */
    if (drop[0] > '5')
        cmp = 1;
    else if (drop[0] < '5')
        cmp = -1;
    else {
        for (int i = 1; i < k; i++)
            if (drop[i] != '0')
                cmp = 1;
        if (cmp == 0 && frac > 0)
            cmp = 1;
    }
    bool up = cmp > 0 || (cmp == 0 && ((drop[-1] - '0') & 1));
    for (int i = 0; i < k; i++)
        drop[i] = '0';
    if (up) {
        char *p = drop - 1;
        while (*p == '9') {
            *p = '0';
            p--;
        }
        (*p)++;
    }
    double r = strtod(s, NULL);
    return copysign(r, x);
}

static double double_round(Interp *I, double x, int64_t nd)
{
    if (!isfinite(x) || x == 0.0)
        return x;
    if (nd > 323)
        return x;
    if (nd < -308)
        return 0.0 * x;
    if (nd >= 0) {
        size_t cap = (size_t)nd + 330;
        char *buf = interp_alloc(I, cap);
        snprintf(buf, cap, "%.*f", (int)nd, x);
        double r = strtod(buf, NULL);
        if (isinf(r))
            exc_raisef(I, I->cls.OverflowError, "rounded value too large to represent");
        return r;
    }
    double r = round_negative(x, (int)nd);
    if (isinf(r))
        exc_raisef(I, I->cls.OverflowError, "rounded value too large to represent");
    return r;
}

Value num_round(Interp *I, Value x, Value ndigits)
{
    bool no_nd = v_is_unset(ndigits) || v_is_none(ndigits);
    Value u = num_unwrap(I, x);
    bool python_cls = x.tag == V_OBJ && (x.u.o->cls->flags & CLS_PYTHON);
    if (python_cls && has_dunder(I, x, "__round__") &&
        !(u.tag == V_FLOAT || num_is_int(I, u))) {
        return obj_call_method_cstr(I, x, "__round__", no_nd ? 0 : 1, &ndigits);
    }
    if (u.tag == V_FLOAT) {
        double d = u.u.f;
        if (no_nd) {
            double r = round(d);
            if (fabs(d - r) == 0.5)
                r = 2.0 * round(d / 2.0);
            return int_from_double(I, r);
        }
        Value n = num_unwrap(I, ndigits);
        if (!num_is_int(I, n))
            exc_raisef(I, I->cls.TypeError, "'%s' object cannot be interpreted as an integer",
                       type_name(I, ndigits));
        int64_t nd = n.tag == V_OBJ ? (bigint_sign(n) > 0 ? INT64_MAX : INT64_MIN) : n.u.i;
        return v_float(double_round(I, d, nd));
    }
    if (num_is_int(I, u)) {
        if (u.tag == V_BOOL)
            u.tag = V_INT;
        if (no_nd)
            return u;
        Value n = num_unwrap(I, ndigits);
        if (!num_is_int(I, n))
            exc_raisef(I, I->cls.TypeError, "'%s' object cannot be interpreted as an integer",
                       type_name(I, ndigits));
        if (bigint_sign(n) >= 0)
            return u;
        if (n.tag == V_OBJ || n.u.i < -100000)
            return v_int(0);   /* 10**-n dwarfs any int the budget allows... unless huge */
        Value pw = int_arith(I, OP_POW, v_int(10), bigint_neg(I, n));
        Value q = int_arith(I, OP_FLOORDIV, u, pw);
        Value r = int_arith(I, OP_MOD, u, pw);
        /* round half to even on the quotient */
        int c = bigint_cmp(I, int_arith(I, OP_MUL, r, v_int(2)), pw);
        if (c > 0 || (c == 0 && bigint_mod_small(I, q, 2) == 1))
            q = int_arith(I, OP_ADD, q, v_int(1));
        return int_arith(I, OP_MUL, q, pw);
    }
    if (has_dunder(I, x, "__round__"))
        return obj_call_method_cstr(I, x, "__round__", no_nd ? 0 : 1, &ndigits);
    exc_raisef(I, I->cls.TypeError, "type %s doesn't define __round__ method", type_name(I, x));
}
