/*
 * mod_math.c — the `math` module, with CPython 3.11's results and
 * messages: the math_1 error rules ("math domain error" / "math range
 * error"), exact fsum (Shewchuk partials, as mathmodule.c), the accurate
 * vector_norm behind hypot and dist, and big-int aware floor, ceil, log,
 * gcd, factorial, comb, perm and isqrt.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "bigint.h"
#include "interp_int.h"
#include "num.h"

/* ---- argument helpers ---------------------------------------------------- */

static void one_arg(Interp *I, const char *name, int argc, const KwArgs *kw)
{
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "math.%s() takes no keyword arguments", name);
    if (argc != 1)
        exc_raisef(I, I->cls.TypeError, "math.%s() takes exactly one argument (%d given)", name,
                   argc);
}

static void two_args(Interp *I, const char *name, int argc, const KwArgs *kw)
{
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "%s() takes no keyword arguments", name);
    if (argc != 2)
        exc_raisef(I, I->cls.TypeError, "%s expected 2 arguments, got %d", name, argc);
}

static bool has_dunder(Interp *I, Value v, const char *name)
{
    return !v_is_unset(class_lookup(I, class_of(I, v), str_intern_cstr(I, name)));
}

/* PyFloat_AsDouble: floats, ints, __float__, __index__; else TypeError. */
static double as_double(Interp *I, Value v)
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
        exc_raisef(I, I->cls.TypeError, "%s.__float__ returned non-float (type %s)",
                   type_name(I, v), type_name(I, r));
    }
    if (has_dunder(I, v, "__index__"))
        return int_as_double(I, num_unwrap(I, obj_call_method_cstr(I, v, "__index__", 0, NULL)));
    exc_raisef(I, I->cls.TypeError, "must be real number, not %s", type_name(I, v));
}

/* An int argument (ints, bools, __index__), as a plain int Value. */
static Value as_int(Interp *I, Value v)
{
    Value u = num_unwrap(I, v);
    if (num_is_int(I, u)) {
        if (u.tag == V_BOOL)
            u.tag = V_INT;
        return u;
    }
    if (has_dunder(I, v, "__index__")) {
        Value r = num_unwrap(I, obj_call_method_cstr(I, v, "__index__", 0, NULL));
        if (num_is_int(I, r)) {
            if (r.tag == V_BOOL)
                r.tag = V_INT;
            return r;
        }
    }
    exc_raisef(I, I->cls.TypeError, "'%s' object cannot be interpreted as an integer",
               type_name(I, v));
}

_Noreturn static void domain(Interp *I)
{
    exc_raisef(I, I->cls.ValueError, "math domain error");
}

_Noreturn static void range_err(Interp *I)
{
    exc_raisef(I, I->cls.OverflowError, "math range error");
}

/* is_error(): the errno left by libm, as CPython reads it. */
static void check_errno(Interp *I, double r)
{
    if (errno == EDOM)
        domain(I);
    if (errno == ERANGE && fabs(r) >= 1.5)
        range_err(I);
}

/* CPython's math_1. */
static Value math_1(Interp *I, Value arg, double (*f)(double), bool can_overflow)
{
    double x = as_double(I, arg);
    errno = 0;
    double r = f(x);
    if (isnan(r) && !isnan(x))
        domain(I);
    if (isinf(r) && isfinite(x)) {
        if (can_overflow)
            range_err(I);
        domain(I);
    }
    if (isfinite(r) && errno)
        check_errno(I, r);
    return v_float(r);
}

#define MATH1(NAME, FN, OVF)                                                          \
    static Value m_##NAME(Interp *I, int argc, const Value *argv, const KwArgs *kw)   \
    {                                                                                 \
        one_arg(I, #NAME, argc, kw);                                                  \
        return math_1(I, argv[0], FN, OVF);                                           \
    }

MATH1(sqrt, sqrt, false)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(sin, sin, false)
MATH1(cos, cos, false)
MATH1(tan, tan, false)
MATH1(asin, asin, false)
MATH1(acos, acos, false)
MATH1(atan, atan, false)
MATH1(sinh, sinh, true)
MATH1(cosh, cosh, true)
MATH1(tanh, tanh, false)
MATH1(asinh, asinh, false)
MATH1(acosh, acosh, false)
MATH1(atanh, atanh, false)
MATH1(fabs, fabs, false)
MATH1(log1p, log1p, false)
MATH1(cbrt, cbrt, false)

static Value m_erf(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "erf", argc, kw);
    return v_float(erf(as_double(I, argv[0])));
}

static Value m_erfc(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "erfc", argc, kw);
    return v_float(erfc(as_double(I, argv[0])));
}

static Value m_gamma(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "gamma", argc, kw);
    double x = as_double(I, argv[0]);
    if (isnan(x))
        return v_float(x);
    if (isinf(x))
        return x > 0 ? v_float(x) : (domain(I), v_float(0));
    if (x <= 0 && x == floor(x))
        domain(I);
    double r = tgamma(x);
    if (isinf(r))
        range_err(I);
    return v_float(r);
}

static Value m_lgamma(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "lgamma", argc, kw);
    double x = as_double(I, argv[0]);
    if (!isfinite(x))
        return v_float(isnan(x) ? x : INFINITY);
    if (x <= 0 && x == floor(x))
        domain(I);
    double r = lgamma(x);
    if (isinf(r))
        range_err(I);
    return v_float(r);
}

/* ---- floor, ceil, trunc ------------------------------------------------------ */

static Value round_fn(Interp *I, Value x, const char *dunder, double (*f)(double))
{
    Value u = num_unwrap(I, x);
    if (num_is_int(I, u)) {
        if (u.tag == V_BOOL)
            u.tag = V_INT;
        return u;
    }
    if (u.tag == V_FLOAT)
        return int_from_double(I, f(u.u.f));
    if (has_dunder(I, x, dunder))
        return obj_call_method_cstr(I, x, dunder, 0, NULL);
    return int_from_double(I, f(as_double(I, x)));
}

static Value m_floor(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "floor", argc, kw);
    return round_fn(I, argv[0], "__floor__", floor);
}

static Value m_ceil(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "ceil", argc, kw);
    return round_fn(I, argv[0], "__ceil__", ceil);
}

static Value m_trunc(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "trunc", argc, kw);
    Value x = argv[0], u = num_unwrap(I, x);
    if (num_is_int(I, u)) {
        if (u.tag == V_BOOL)
            u.tag = V_INT;
        return u;
    }
    if (u.tag == V_FLOAT)
        return int_from_double(I, trunc(u.u.f));
    if (has_dunder(I, x, "__trunc__"))
        return obj_call_method_cstr(I, x, "__trunc__", 0, NULL);
    exc_raisef(I, I->cls.TypeError, "type %s doesn't define __trunc__ method", type_name(I, x));
}

/* ---- logarithms ---------------------------------------------------------------- */

/* CPython's loghelper: ints of any size, then math_1 rules. */
static double loghelper(Interp *I, Value arg, double (*f)(double))
{
    Value u = num_unwrap(I, arg);
    if (num_is_int(I, u)) {
        if (bigint_sign(u) <= 0)
            domain(I);
        bool ovf;
        double d = bigint_to_double(I, u, &ovf);
        if (!ovf)
            return f(d);
        /* x = m * 2**e with m in [0.5, 1) */
        int64_t e = bigint_bit_length(I, u);
        Value top = bigint_rshift(I, u, e - 60);
        double m = ldexp(int_as_double(I, top), -60);
        return f(m) + f(2.0) * (double)e;
    }
    double x = as_double(I, arg);
    if (isnan(x))
        return x;
    if (x <= 0)
        domain(I);
    return f(x);
}

static Value m_log(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if ((kw && kw->n) || argc < 1 || argc > 2)
        exc_raisef(I, I->cls.TypeError, "math.log requires 1 to 2 arguments");
    double num = loghelper(I, argv[0], log);
    if (argc == 1)
        return v_float(num);
    double den = loghelper(I, argv[1], log);
    if (den == 0)
        exc_raisef(I, I->cls.ZeroDivisionError, "float division by zero");
    return v_float(num / den);
}

static Value m_log2(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "log2", argc, kw);
    return v_float(loghelper(I, argv[0], log2));
}

static Value m_log10(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "log10", argc, kw);
    return v_float(loghelper(I, argv[0], log10));
}

/* ---- two-argument float functions ------------------------------------------------ */

static Value m_pow(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    two_args(I, "pow", argc, kw);
    double x = as_double(I, argv[0]), y = as_double(I, argv[1]), r = 0;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0. ? 1. : x;
        else if (isnan(y))
            r = x == 1. ? 1. : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.)
                r = odd_y ? x : fabs(x);
            else if (y == 0.)
                r = 1.;
            else
                r = odd_y ? copysign(0., x) : 0.;
        } else {
            if (fabs(x) == 1.0)
                r = 1.;
            else if (y > 0. && fabs(x) > 1.0)
                r = y;
            else if (y < 0. && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.;
        }
        return v_float(r);
    }
    r = pow(x, y);
    if (!isfinite(r)) {
        if (isnan(r) || x == 0.)
            domain(I);
        range_err(I);
    }
    return v_float(r);
}

static Value m_atan2(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    two_args(I, "atan2", argc, kw);
    return v_float(atan2(as_double(I, argv[0]), as_double(I, argv[1])));
}

static Value m_copysign(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    two_args(I, "copysign", argc, kw);
    return v_float(copysign(as_double(I, argv[0]), as_double(I, argv[1])));
}

static Value m_fmod(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    two_args(I, "fmod", argc, kw);
    double x = as_double(I, argv[0]), y = as_double(I, argv[1]);
    if (isinf(y) && isfinite(x))
        return v_float(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        domain(I);
    return v_float(r);
}

static Value m_remainder(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    two_args(I, "remainder", argc, kw);
    double x = as_double(I, argv[0]), y = as_double(I, argv[1]);
    double r = remainder(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        domain(I);
    return v_float(r);
}

static Value m_ldexp(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    two_args(I, "ldexp", argc, kw);
    double x = as_double(I, argv[0]);
    Value ev = num_unwrap(I, argv[1]);
    if (!num_is_int(I, ev))
        exc_raisef(I, I->cls.TypeError, "Expected an int as second argument to ldexp.");
    int64_t e = ev.tag == V_OBJ ? (bigint_sign(ev) > 0 ? 100000 : -100000) : ev.u.i;
    if (e > 100000)
        e = 100000;
    if (e < -100000)
        e = -100000;
    if (x == 0 || !isfinite(x))
        return v_float(x);
    double r = ldexp(x, (int)e);
    if (isinf(r))
        range_err(I);
    return v_float(r);
}

static Value m_frexp(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "frexp", argc, kw);
    double x = as_double(I, argv[0]);
    int e = 0;
    double m = (isnan(x) || isinf(x) || x == 0) ? x : frexp(x, &e);
    return v_obj(tuple_pack(I, 2, v_float(m), v_int(e)));
}

static Value m_modf(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "modf", argc, kw);
    double x = as_double(I, argv[0]);
    if (isinf(x))
        return v_obj(tuple_pack(I, 2, v_float(copysign(0.0, x)), v_float(x)));
    double ip;
    double fp = modf(x, &ip);
    return v_obj(tuple_pack(I, 2, v_float(fp), v_float(ip)));
}

static Value m_degrees(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "degrees", argc, kw);
    return v_float(as_double(I, argv[0]) * (180.0 / M_PI));
}

static Value m_radians(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "radians", argc, kw);
    return v_float(as_double(I, argv[0]) * (M_PI / 180.0));
}

static Value m_isnan(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "isnan", argc, kw);
    return v_bool(isnan(as_double(I, argv[0])));
}

static Value m_isinf(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "isinf", argc, kw);
    return v_bool(isinf(as_double(I, argv[0])));
}

static Value m_isfinite(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "isfinite", argc, kw);
    return v_bool(isfinite(as_double(I, argv[0])));
}

static Value m_ulp(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "ulp", argc, kw);
    double x = as_double(I, argv[0]);
    if (isnan(x))
        return v_float(x);
    x = fabs(x);
    if (isinf(x))
        return v_float(x);
    double x2 = nextafter(x, INFINITY);
    if (isinf(x2)) {
        x2 = nextafter(x, -INFINITY);
        return v_float(x - x2);
    }
    return v_float(x2 - x);
}

static Value m_nextafter(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    two_args(I, "nextafter", argc, kw);
    return v_float(nextafter(as_double(I, argv[0]), as_double(I, argv[1])));
}

static Value m_isclose(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "a", "b", "rel_tol", "abs_tol" };
    Value a[4];
    if (argc > 2)
        exc_raisef(I, I->cls.TypeError,
                   "isclose() takes exactly 2 positional arguments (%d given)", argc);
    args_parse(I, "isclose", argc, argv, kw, 4, names, 0, 2, a);
    double x = as_double(I, a[0]), y = as_double(I, a[1]);
    double rel = v_is_unset(a[2]) ? 1e-09 : as_double(I, a[2]);
    double abs_tol = v_is_unset(a[3]) ? 0.0 : as_double(I, a[3]);
    if (rel < 0.0 || abs_tol < 0.0)
        exc_raisef(I, I->cls.ValueError, "tolerances must be non-negative");
    if (x == y)
        return v_bool(1);
    if (isinf(x) || isinf(y))
        return v_bool(0);
    double diff = fabs(y - x);
    return v_bool(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_tol);
}

/* ---- hypot and dist: CPython's vector_norm ------------------------------------ */

static double vector_norm(int64_t n, double *vec, double max, bool found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0.0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (int64_t i = 0; i < n; i++)
            vec[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, vec, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (int64_t i = 0; i < n; i++) {
        double x = vec[i] * scale;
        double hi = x * x, lo = fma(x, x, -hi);
        double s = csum + hi, slo = (csum - s) + hi;
        csum = s;
        frac1 += lo;
        frac2 += slo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    double phi = -h * h, plo = fma(-h, h, -phi);
    double s = csum + phi, slo = (csum - s) + phi;
    csum = s;
    frac1 += plo;
    frac2 += slo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static Value m_hypot(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "hypot() takes no keyword arguments");
    double *v = interp_alloc(I, (size_t)(argc + 1) * sizeof(double));
    double max = 0.0;
    bool nan = false;
    for (int i = 0; i < argc; i++) {
        double x = fabs(as_double(I, argv[i]));
        v[i] = x;
        nan |= isnan(x);
        if (x > max)
            max = x;
    }
    return v_float(vector_norm(argc, v, max, nan));
}

static Value m_dist(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    two_args(I, "dist", argc, kw);
    List *p = obj_to_list(I, argv[0]), *q = obj_to_list(I, argv[1]);
    if (p->len != q->len)
        exc_raisef(I, I->cls.ValueError, "both points must have the same number of dimensions");
    double *v = interp_alloc(I, (size_t)(p->len + 1) * sizeof(double));
    double max = 0.0;
    bool nan = false;
    for (int64_t i = 0; i < p->len; i++) {
        double x = fabs(as_double(I, p->items[i]) - as_double(I, q->items[i]));
        v[i] = x;
        nan |= isnan(x);
        if (x > max)
            max = x;
    }
    return v_float(vector_norm(p->len, v, max, nan));
}

/* ---- fsum: exact sum of partials (Shewchuk), as CPython ----------------------- */

static Value m_fsum(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "fsum", argc, kw);
    Value it = obj_iter(I, argv[0]);
    int64_t n = 0, cap = 32;
    double *p = interp_alloc(I, (size_t)cap * sizeof(double));
    double special_sum = 0.0, inf_sum = 0.0;
    for (;;) {
        Value item = obj_next(I, it);
        if (v_is_unset(item))
            break;
        double x = as_double(I, item), xsave = x;
        int64_t i = 0;
        for (int64_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, yr = hi - x, lo = y - yr;
            if (lo != 0.0)
                p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                if (isfinite(xsave))
                    exc_raisef(I, I->cls.OverflowError, "intermediate overflow in fsum");
                if (isinf(xsave))
                    inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    p = arena_realloc(&I->arena, p, (size_t)cap * sizeof(double),
                                      (size_t)cap * 2 * sizeof(double));
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum))
            exc_raisef(I, I->cls.ValueError, "-inf + inf in fsum");
        return v_float(special_sum);
    }
    double hi = 0.0;
    if (n > 0) {
        double lo = 0.0;
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0)
                break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr)
                hi = x;
        }
    }
    return v_float(hi);
}

static Value m_prod(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (argc != 1)
        exc_raisef(I, I->cls.TypeError, "prod() takes exactly 1 positional argument (%d given)",
                   argc);
    static const char *const names[] = { "iterable", "start" };
    Value a[2];
    args_parse(I, "prod", argc, argv, kw, 2, names, 1, 1, a);
    Value result = v_is_unset(a[1]) ? v_int(1) : a[1];
    Value it = obj_iter(I, a[0]);
    for (;;) {
        Value item = obj_next(I, it);
        if (v_is_unset(item))
            break;
        if (result.tag == V_INT && item.tag == V_INT) {
            int64_t r;
            if (!__builtin_mul_overflow(result.u.i, item.u.i, &r)) {
                result = v_int(r);
                continue;
            }
        }
        result = obj_binop(I, OP_MUL, result, item);
    }
    return result;
}

/* ---- integer functions -------------------------------------------------------- */

static Value int_gcd(Interp *I, Value a, Value b)
{
    a = bigint_abs(I, a);
    b = bigint_abs(I, b);
    while (bigint_sign(b) != 0) {
        if (a.tag == V_INT && b.tag == V_INT) {
            int64_t x = a.u.i, y = b.u.i;
            while (y) {
                int64_t t = x % y;
                x = y;
                y = t;
            }
            return v_int(x);
        }
        Value r;
        bigint_divmod(I, a, b, NULL, &r);
        a = b;
        b = r;
    }
    return a;
}

static Value m_gcd(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "gcd() takes no keyword arguments");
    Value g = v_int(0);
    for (int i = 0; i < argc; i++)
        g = int_gcd(I, g, as_int(I, argv[i]));
    return g;
}

static Value m_lcm(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "lcm() takes no keyword arguments");
    Value l = v_int(1);
    for (int i = 0; i < argc; i++) {
        Value x = as_int(I, argv[i]);
        if (bigint_sign(x) == 0 || bigint_sign(l) == 0) {
            l = v_int(0);
            continue;
        }
        Value g = int_gcd(I, l, x);
        l = bigint_abs(I, int_arith(I, OP_MUL, int_arith(I, OP_FLOORDIV, l, g), x));
    }
    return l;
}

/* Product of the integers in [lo, hi], by halves (keeps operands balanced). */
static Value range_prod(Interp *I, int64_t lo, int64_t hi)
{
    if (hi - lo < 8) {
        Value r = v_int(1);
        for (int64_t k = lo; k <= hi; k++)
            r = int_arith(I, OP_MUL, r, v_int(k));
        return r;
    }
    int64_t mid = lo + (hi - lo) / 2;
    return bigint_mul(I, range_prod(I, lo, mid), range_prod(I, mid + 1, hi));
}

static Value m_factorial(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "factorial", argc, kw);
    Value n = as_int(I, argv[0]);
    if (bigint_sign(n) < 0)
        exc_raisef(I, I->cls.ValueError, "factorial() not defined for negative values");
    if (n.tag == V_OBJ)
        exc_raisef(I, I->cls.OverflowError, "factorial() argument should not exceed %lld",
                   (long long)INT64_MAX);
    if (n.u.i < 2)
        return v_int(1);
    return range_prod(I, 2, n.u.i);
}

static Value m_isqrt(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    one_arg(I, "isqrt", argc, kw);
    Value n = as_int(I, argv[0]);
    if (bigint_sign(n) < 0)
        exc_raisef(I, I->cls.ValueError, "isqrt() argument must be nonnegative");
    if (n.tag == V_INT) {
        uint64_t x = (uint64_t)n.u.i, r = (uint64_t)sqrt((double)x);
        while (r * r > x)
            r--;
        while ((r + 1) * (r + 1) <= x)
            r++;
        return v_int((int64_t)r);
    }
    return bigint_isqrt(I, n);
}

static void comb_args(Interp *I, Value *n, Value *k)
{
    *n = as_int(I, *n);
    *k = as_int(I, *k);
    if (bigint_sign(*n) < 0)
        exc_raisef(I, I->cls.ValueError, "n must be a non-negative integer");
    if (bigint_sign(*k) < 0)
        exc_raisef(I, I->cls.ValueError, "k must be a non-negative integer");
}

static Value m_comb(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    two_args(I, "comb", argc, kw);
    Value n = argv[0], k = argv[1];
    comb_args(I, &n, &k);
    if (bigint_cmp(I, k, n) > 0)
        return v_int(0);
    Value nk = int_arith(I, OP_SUB, n, k);
    if (bigint_cmp(I, nk, k) < 0)
        k = nk;
    if (k.tag == V_OBJ)
        exc_raisef(I, I->cls.OverflowError, "min(n - k, k) must not exceed %lld",
                   (long long)INT64_MAX);
    Value r = v_int(1);
    for (int64_t i = 0; i < k.u.i; i++) {
        r = int_arith(I, OP_MUL, r, int_arith(I, OP_SUB, n, v_int(i)));
        r = int_arith(I, OP_FLOORDIV, r, v_int(i + 1));
    }
    return r;
}

static Value m_perm(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "perm() takes no keyword arguments");
    if (argc < 1)
        exc_raisef(I, I->cls.TypeError, "perm expected at least 1 argument, got %d", argc);
    if (argc > 2)
        exc_raisef(I, I->cls.TypeError, "perm expected at most 2 arguments, got %d", argc);
    Value n = argv[0];
    if (argc == 1 || v_is_none(argv[1])) {
        Value f = as_int(I, n);
        return m_factorial(I, 1, &f, NULL);
    }
    Value k = argv[1];
    comb_args(I, &n, &k);
    if (bigint_cmp(I, k, n) > 0)
        return v_int(0);
    if (k.tag == V_OBJ)
        exc_raisef(I, I->cls.OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    Value r = v_int(1);
    for (int64_t i = 0; i < k.u.i; i++)
        r = int_arith(I, OP_MUL, r, int_arith(I, OP_SUB, n, v_int(i)));
    return r;
}

/* ---- the module --------------------------------------------------------------- */

typedef struct MathFn {
    const char *name;
    NativeFnPtr fn;
} MathFn;

static const MathFn math_fns[] = {
    { "sqrt", m_sqrt }, { "exp", m_exp }, { "exp2", m_exp2 }, { "expm1", m_expm1 },
    { "sin", m_sin }, { "cos", m_cos }, { "tan", m_tan }, { "asin", m_asin },
    { "acos", m_acos }, { "atan", m_atan }, { "sinh", m_sinh }, { "cosh", m_cosh },
    { "tanh", m_tanh }, { "asinh", m_asinh }, { "acosh", m_acosh }, { "atanh", m_atanh },
    { "fabs", m_fabs }, { "log1p", m_log1p }, { "cbrt", m_cbrt }, { "erf", m_erf },
    { "erfc", m_erfc }, { "gamma", m_gamma }, { "lgamma", m_lgamma }, { "floor", m_floor },
    { "ceil", m_ceil }, { "trunc", m_trunc }, { "log", m_log }, { "log2", m_log2 },
    { "log10", m_log10 }, { "pow", m_pow }, { "atan2", m_atan2 }, { "copysign", m_copysign },
    { "fmod", m_fmod }, { "remainder", m_remainder }, { "ldexp", m_ldexp },
    { "frexp", m_frexp }, { "modf", m_modf }, { "degrees", m_degrees },
    { "radians", m_radians }, { "isnan", m_isnan }, { "isinf", m_isinf },
    { "isfinite", m_isfinite }, { "ulp", m_ulp }, { "nextafter", m_nextafter },
    { "isclose", m_isclose }, { "hypot", m_hypot }, { "dist", m_dist }, { "fsum", m_fsum },
    { "prod", m_prod }, { "gcd", m_gcd }, { "lcm", m_lcm }, { "factorial", m_factorial },
    { "isqrt", m_isqrt }, { "comb", m_comb }, { "perm", m_perm },
};

/* Build the math module (registered by the lead with interp_add_module). */
Module *mod_math_init(Interp *I)
{
    Module *m = module_new(I, "math");
    for (size_t i = 0; i < sizeof math_fns / sizeof math_fns[0]; i++)
        module_add_fn(I, m, math_fns[i].name, math_fns[i].fn);
    module_set(I, m, "pi", v_float(M_PI));
    module_set(I, m, "e", v_float(M_E));
    module_set(I, m, "tau", v_float(2 * M_PI));
    module_set(I, m, "inf", v_float(INFINITY));
    module_set(I, m, "nan", v_float(NAN));
    return m;
}
