/*
 * mod_decimal_num.c — exact decimal arithmetic for the `decimal` module.
 *
 * Coefficients are arrays of decimal digits (one per byte, units first).
 * Every operation computes its exact result (or, for division, enough
 * digits plus a sticky remainder) and then rounds once to the context, so
 * results, exponents and trailing zeros are those of the General Decimal
 * Arithmetic specification that CPython's libmpdec implements. The
 * algorithms follow CPython's reference implementation (_pydecimal.py)
 * step for step; that is the oracle when in doubt.
 *
 * Digit arrays are allocated in the run's arena and never freed.
 */
#include "mod_decimal_num.h"

#include <math.h>
#include <string.h>

#include "interp_int.h"

#define HASH_MODULUS ((uint64_t)0x1fffffffffffffffULL)   /* 2**61 - 1 */

/* ------------------------------------------------------------------ */
/* Coefficient helpers                                                 */
/* ------------------------------------------------------------------ */

static uint8_t *dalloc(Interp *I, int64_t n)
{
    return interp_alloc(I, (size_t)(n > 0 ? n : 1));
}

/* Length of d[0..n) without leading (high) zeros, at least 1. */
static int32_t cf_norm(const uint8_t *d, int32_t n)
{
    while (n > 1 && d[n - 1] == 0)
        n--;
    return n < 1 ? 1 : n;
}

static void set_coef(DecNum *r, uint8_t *d, int32_t n)
{
    r->d = d;
    r->n = cf_norm(d, n);
}

static void set_zero(Interp *I, DecNum *r, uint8_t sign, int64_t exp)
{
    r->kind = DN_FINITE;
    r->sign = sign;
    r->exp = exp;
    r->d = dalloc(I, 1);
    r->n = 1;
}

static void set_small(Interp *I, DecNum *r, uint8_t sign, int digit, int64_t exp)
{
    set_zero(I, r, sign, exp);
    r->d[0] = (uint8_t)digit;
}

static void set_special(Interp *I, DecNum *r, uint8_t sign, uint8_t kind)
{
    r->kind = kind;
    r->sign = sign;
    r->exp = 0;
    r->n = 0;
    r->d = dalloc(I, 1);
}

/* Compare magnitudes of two normalised coefficients. */
static int cf_cmp(const uint8_t *a, int32_t na, const uint8_t *b, int32_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    for (int32_t i = na - 1; i >= 0; i--)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* a * 10**k as a new array (n + k digits). */
static uint8_t *cf_shift(Interp *I, const uint8_t *a, int32_t n, int64_t k)
{
    uint8_t *r = dalloc(I, n + k);
    memcpy(r + k, a, (size_t)n);
    return r;
}

/* a + b; *nr receives the digit count. */
static uint8_t *cf_add(Interp *I, const uint8_t *a, int32_t na, const uint8_t *b, int32_t nb, int32_t *nr)
{
    int32_t n = (na > nb ? na : nb) + 1;
    uint8_t *r = dalloc(I, n);
    int carry = 0;
    for (int32_t i = 0; i < n; i++) {
        int t = carry + (i < na ? a[i] : 0) + (i < nb ? b[i] : 0);
        r[i] = (uint8_t)(t % 10);
        carry = t / 10;
    }
    *nr = cf_norm(r, n);
    return r;
}

/* a - b, requires a >= b. */
static uint8_t *cf_sub(Interp *I, const uint8_t *a, int32_t na, const uint8_t *b, int32_t nb, int32_t *nr)
{
    uint8_t *r = dalloc(I, na);
    int borrow = 0;
    for (int32_t i = 0; i < na; i++) {
        int t = a[i] - borrow - (i < nb ? b[i] : 0);
        borrow = t < 0;
        r[i] = (uint8_t)(t < 0 ? t + 10 : t);
    }
    *nr = cf_norm(r, na);
    return r;
}

/* a * b by schoolbook multiplication in base 10**4 chunks of work. */
static uint8_t *cf_mul(Interp *I, const uint8_t *a, int32_t na, const uint8_t *b, int32_t nb, int32_t *nr)
{
    int32_t n = na + nb;
    uint32_t *acc = interp_alloc(I, sizeof(uint32_t) * (size_t)n);
    for (int32_t i = 0; i < na; i++) {
        if (a[i] == 0)
            continue;
        uint32_t carry = 0;
        for (int32_t j = 0; j < nb; j++) {
            uint32_t t = acc[i + j] + (uint32_t)a[i] * b[j] + carry;
            acc[i + j] = t % 10;
            carry = t / 10;
        }
        for (int32_t k = i + nb; carry; k++) {
            uint32_t t = acc[k] + carry;
            acc[k] = t % 10;
            carry = t / 10;
        }
    }
    uint8_t *r = dalloc(I, n);
    for (int32_t i = 0; i < n; i++)
        r[i] = (uint8_t)acc[i];
    *nr = cf_norm(r, n);
    return r;
}

/* Long division of magnitudes: q = a / b, rem = a % b (b != 0). */
static void cf_divmod(Interp *I, const uint8_t *a, int32_t na, const uint8_t *b, int32_t nb,
                      uint8_t **q, int32_t *nq, uint8_t **rem, int32_t *nrem)
{
    uint8_t *qd = dalloc(I, na);
    uint8_t *r = dalloc(I, nb + 2);
    int32_t nr = 1;
    for (int32_t i = na - 1; i >= 0; i--) {
        /* r = r * 10 + a[i] */
        if (!(nr == 1 && r[0] == 0)) {
            memmove(r + 1, r, (size_t)nr);
            nr++;
        }
        r[0] = a[i];
        int count = 0;
        while (cf_cmp(r, nr, b, nb) >= 0) {
            int borrow = 0;
            for (int32_t k = 0; k < nr; k++) {
                int t = r[k] - borrow - (k < nb ? b[k] : 0);
                borrow = t < 0;
                r[k] = (uint8_t)(t < 0 ? t + 10 : t);
            }
            nr = cf_norm(r, nr);
            count++;
        }
        qd[i] = (uint8_t)count;
    }
    *q = qd;
    *nq = cf_norm(qd, na);
    *rem = r;
    *nrem = nr;
}

static bool cf_is_zero(const uint8_t *d, int32_t n)
{
    return n == 1 && d[0] == 0;
}

/* Multiply in place by a small factor; the array must have room (n + 3). */
static int32_t cf_mul_small(uint8_t *d, int32_t n, int k)
{
    int carry = 0;
    for (int32_t i = 0; i < n; i++) {
        int t = d[i] * k + carry;
        d[i] = (uint8_t)(t % 10);
        carry = t / 10;
    }
    while (carry) {
        d[n++] = (uint8_t)(carry % 10);
        carry /= 10;
    }
    return n;
}

/* ------------------------------------------------------------------ */
/* Construction, text                                                  */
/* ------------------------------------------------------------------ */

void decnum_ctx_default(DecCtx *c)
{
    c->prec = 28;
    c->emax = 999999;
    c->emin = -999999;
    c->round = DR_HALF_EVEN;
    c->clamp = 0;
    c->capitals = 1;
    c->traps = DS_IEEE_INVALID | DS_DIV_BY_ZERO | DS_OVERFLOW;
    c->flags = 0;
}

void decnum_zero(DecNum *r)
{
    static uint8_t zero_digit[1];
    r->kind = DN_FINITE;
    r->sign = 0;
    r->exp = 0;
    r->n = 1;
    r->d = zero_digit;     /* never written through: results get fresh arrays */
}

void decnum_copy(Interp *I, DecNum *r, const DecNum *x)
{
    *r = *x;
    r->d = dalloc(I, x->n);
    memcpy(r->d, x->d, (size_t)x->n);
}

void decnum_from_i64(Interp *I, DecNum *r, int64_t v)
{
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    r->kind = DN_FINITE;
    r->sign = v < 0;
    r->exp = 0;
    r->d = dalloc(I, 20);
    int32_t n = 0;
    do {
        r->d[n++] = (uint8_t)(u % 10);
        u /= 10;
    } while (u);
    r->n = n;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool ci_eq(const char *s, size_t n, const char *word)
{
    size_t wn = strlen(word);
    if (n != wn)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return true;
}

/* Copy the digits of s[0..n) (underscores allowed between digits) into a
 * little-endian array; false when something else appears. */
static bool scan_digits(const char *s, size_t n, uint8_t *out, int32_t *nout)
{
    int32_t k = 0;
    for (size_t i = n; i-- > 0;) {
        char c = s[i];
        if (c == '_') {
            if (i == 0 || i + 1 == n || s[i - 1] < '0' || s[i - 1] > '9' || s[i + 1] < '0' || s[i + 1] > '9')
                return false;
            continue;
        }
        if (c < '0' || c > '9')
            return false;
        out[k++] = (uint8_t)(c - '0');
    }
    *nout = k;
    return true;
}

bool decnum_parse(Interp *I, DecNum *r, const char *s, size_t len)
{
    while (len && is_space(*s))
        s++, len--;
    while (len && is_space(s[len - 1]))
        len--;
    if (!len)
        return false;
    uint8_t sign = 0;
    if (*s == '+' || *s == '-') {
        sign = *s == '-';
        s++, len--;
    }
    if (ci_eq(s, len, "inf") || ci_eq(s, len, "infinity")) {
        set_special(I, r, sign, DN_INF);
        return true;
    }
    uint8_t nan_kind = 0;
    size_t skip = 0;
    if (len >= 3 && ci_eq(s, 3, "nan"))
        nan_kind = DN_NAN, skip = 3;
    else if (len >= 4 && ci_eq(s, 4, "snan"))
        nan_kind = DN_SNAN, skip = 4;
    if (nan_kind) {
        set_special(I, r, sign, nan_kind);
        if (len > skip) {
            uint8_t *d = dalloc(I, (int64_t)(len - skip));
            int32_t n;
            if (!scan_digits(s + skip, len - skip, d, &n) || n == 0)
                return false;
            n = cf_norm(d, n);
            r->d = d;
            r->n = (n == 1 && d[0] == 0) ? 0 : n;
        }
        return true;
    }
    /* digits [. digits] [e [sign] digits] */
    size_t i = 0, int_start = 0, int_end, frac_start = 0, frac_end = 0;
    while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
        i++;
    int_end = i;
    if (i < len && s[i] == '.') {
        i++;
        frac_start = i;
        while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
            i++;
        frac_end = i;
    }
    if (int_end == int_start && frac_end == frac_start)
        return false;
    int64_t exp = 0;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        bool eneg = false;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            eneg = s[i++] == '-';
        size_t es = i;
        while (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
            i++;
        if (i == es || s[es] == '_' || s[i - 1] == '_')
            return false;
        for (size_t k = es; k < i; k++) {
            if (s[k] == '_') {
                if (s[k - 1] == '_')
                    return false;
                continue;
            }
            if (exp < (int64_t)1e17)
                exp = exp * 10 + (s[k] - '0');
        }
        if (eneg)
            exp = -exp;
    }
    if (i != len)
        return false;
    size_t nint = int_end - int_start, nfrac = frac_end - frac_start;
    uint8_t *d = dalloc(I, (int64_t)(nint + nfrac));
    int32_t nf = 0, ni = 0;
    if (nfrac && !scan_digits(s + frac_start, nfrac, d, &nf))
        return false;
    if (nint && !scan_digits(s + int_start, nint, d + nf, &ni))
        return false;
    r->kind = DN_FINITE;
    r->sign = sign;
    r->exp = exp - nf;
    set_coef(r, d, nf + ni);
    return true;
}

void decnum_from_double(Interp *I, DecNum *r, double x)
{
    if (isnan(x)) {
        set_special(I, r, signbit(x) ? 1 : 0, DN_NAN);
        return;
    }
    if (isinf(x)) {
        set_special(I, r, x < 0, DN_INF);
        return;
    }
    uint8_t sign = signbit(x) ? 1 : 0;
    x = fabs(x);
    if (x == 0) {
        set_zero(I, r, sign, 0);
        return;
    }
    int e;
    double m = frexp(x, &e);                 /* x = m * 2**e, 0.5 <= m < 1 */
    uint64_t mant = (uint64_t)ldexp(m, 53);
    e -= 53;
    while (!(mant & 1)) {
        mant >>= 1;
        e++;
    }
    /* Digits needed: 2**e has ~0.302*e digits; 5**-e ~0.699*(-e). */
    int64_t cap = 20 + (e > 0 ? e : -e) + 4;
    uint8_t *d = dalloc(I, cap);
    int32_t n = 0;
    do {
        d[n++] = (uint8_t)(mant % 10);
        mant /= 10;
    } while (mant);
    if (e >= 0) {
        for (int k = 0; k < e; k++)
            n = cf_mul_small(d, n, 2);
        r->exp = 0;
    } else {
        for (int k = 0; k < -e; k++)
            n = cf_mul_small(d, n, 5);
        r->exp = e;
    }
    r->kind = DN_FINITE;
    r->sign = sign;
    set_coef(r, d, n);
}

char *decnum_digits(Interp *I, const DecNum *x)
{
    char *s = interp_alloc(I, (size_t)x->n + 1);
    for (int32_t i = 0; i < x->n; i++)
        s[i] = (char)('0' + x->d[x->n - 1 - i]);
    return s;
}

char *decnum_to_sci(Interp *I, const DecNum *x, int capitals)
{
    StrBuf sb;
    sb_init(&sb, I);
    if (x->sign)
        sb_addc(&sb, '-');
    if (x->kind == DN_INF) {
        sb_adds(&sb, "Infinity");
    } else if (x->kind != DN_FINITE) {
        sb_adds(&sb, x->kind == DN_SNAN ? "sNaN" : "NaN");
        sb_adds(&sb, decnum_digits(I, x));
    } else {
        const char *dig = decnum_digits(I, x);
        int64_t n = x->n;
        int64_t left = x->exp + n;
        int64_t dot = (x->exp <= 0 && left > -6) ? left : 1;
        if (dot <= 0) {
            sb_adds(&sb, "0.");
            for (int64_t k = 0; k < -dot; k++)
                sb_addc(&sb, '0');
            sb_add(&sb, dig, (size_t)n);
        } else if (dot >= n) {
            sb_add(&sb, dig, (size_t)n);
            for (int64_t k = 0; k < dot - n; k++)
                sb_addc(&sb, '0');
        } else {
            sb_add(&sb, dig, (size_t)dot);
            sb_addc(&sb, '.');
            sb_add(&sb, dig + dot, (size_t)(n - dot));
        }
        if (left != dot)
            sb_printf(&sb, "%c%+lld", capitals ? 'E' : 'e', (long long)(left - dot));
    }
    sb_addc(&sb, '\0');
    return sb.p;
}

char *decnum_trunc_text(Interp *I, const DecNum *x)
{
    StrBuf sb;
    sb_init(&sb, I);
    const char *dig = decnum_digits(I, x);
    int64_t keep = x->exp >= 0 ? x->n : x->n + x->exp;
    if (keep <= 0 || (keep == 1 && dig[0] == '0' && x->exp <= 0)) {
        sb_adds(&sb, "0");
    } else {
        if (x->sign)
            sb_addc(&sb, '-');
        sb_add(&sb, dig, (size_t)(x->exp >= 0 ? x->n : keep));
        for (int64_t k = 0; k < x->exp; k++)
            sb_addc(&sb, '0');
    }
    sb_addc(&sb, '\0');
    return sb.p;
}

/* ------------------------------------------------------------------ */
/* Rounding                                                            */
/* ------------------------------------------------------------------ */

/* Whether dropping digits (rounding digit rd, sticky = anything nonzero
 * below it) from a number whose kept last digit is `last` rounds away
 * from zero. */
static bool round_up(DecRound mode, uint8_t sign, int last, int rd, bool sticky)
{
    bool inexact = rd || sticky;
    switch (mode) {
    case DR_DOWN: return false;
    case DR_UP: return inexact;
    case DR_CEILING: return !sign && inexact;
    case DR_FLOOR: return sign && inexact;
    case DR_HALF_UP: return rd >= 5;
    case DR_HALF_DOWN: return rd > 5 || (rd == 5 && sticky);
    case DR_HALF_EVEN: return rd > 5 || (rd == 5 && (sticky || (last & 1)));
    case DR_05UP: return inexact && (last == 0 || last == 5);
    default: return false;
    }
}

/* Drop the `drop` lowest digits of finite x (drop >= 1), rounding with
 * `mode`; the exponent grows by `drop`. Returns true when the value changed
 * (inexact). The coefficient may gain a digit on carry. */
static bool round_drop(Interp *I, DecNum *x, int64_t drop, DecRound mode)
{
    int rd;
    bool sticky = false;
    if (drop > x->n) {
        rd = 0;
        sticky = !cf_is_zero(x->d, x->n);
    } else {
        rd = x->d[drop - 1];
        for (int64_t i = 0; i < drop - 1 && !sticky; i++)
            sticky = x->d[i] != 0;
    }
    int32_t keep = drop >= x->n ? 0 : (int32_t)(x->n - drop);
    uint8_t *d = dalloc(I, keep + 1);
    if (keep)
        memcpy(d, x->d + drop, (size_t)keep);
    int last = keep ? d[0] : 0;
    bool inexact = rd || sticky;
    if (round_up(mode, x->sign, last, rd, sticky)) {
        int32_t i = 0;
        for (;;) {
            if (d[i] < 9) {
                d[i]++;
                break;
            }
            d[i++] = 0;
        }
        if (i >= keep)
            keep = i + 1;
    }
    x->exp += drop;
    set_coef(x, d, keep ? keep : 1);
    return inexact;
}

/* A NaN with its payload cut to the precision (_fix_nan). */
static void fix_nan(Interp *I, DecNum *x, const DecCtx *c)
{
    int64_t maxp = c->prec - c->clamp;
    if (x->n > maxp) {
        DecNum t = *x;
        t.kind = DN_FINITE;
        t.d = dalloc(I, x->n);
        memcpy(t.d, x->d, (size_t)x->n);
        /* keep the low maxp digits */
        t.n = (int32_t)maxp;
        t.n = cf_norm(t.d, t.n);
        x->d = t.d;
        x->n = (t.n == 1 && t.d[0] == 0) ? 0 : t.n;
    }
}

/* The result of an overflow for the rounding mode and sign (Inf or the
 * largest finite number), with the flags set. */
static void overflow_result(Interp *I, DecNum *x, uint8_t sign, const DecCtx *c, uint32_t *status)
{
    *status |= DS_OVERFLOW | DS_INEXACT | DS_ROUNDED;
    DecRound m = c->round;
    bool inf = m == DR_HALF_UP || m == DR_HALF_EVEN || m == DR_HALF_DOWN || m == DR_UP ||
               (m == DR_CEILING && !sign) || (m == DR_FLOOR && sign);
    if (inf) {
        set_special(I, x, sign, DN_INF);
        return;
    }
    x->kind = DN_FINITE;
    x->sign = sign;
    x->d = dalloc(I, c->prec);
    memset(x->d, 9, (size_t)c->prec);
    x->n = (int32_t)c->prec;
    x->exp = c->emax - c->prec + 1;
}

void decnum_finalize(Interp *I, DecNum *x, const DecCtx *c, uint32_t *status)
{
    if (x->kind == DN_INF)
        return;
    if (x->kind != DN_FINITE) {
        fix_nan(I, x, c);
        return;
    }
    int64_t etiny = c->emin - c->prec + 1, etop = c->emax - c->prec + 1;
    if (cf_is_zero(x->d, x->n)) {
        int64_t exp_max = c->clamp ? etop : c->emax;
        int64_t ne = x->exp < etiny ? etiny : x->exp;
        if (ne > exp_max)
            ne = exp_max;
        if (ne != x->exp) {
            *status |= DS_CLAMPED;
            x->exp = ne;
        }
        return;
    }
    int64_t exp_min = x->n + x->exp - c->prec;
    if (exp_min > etop) {
        overflow_result(I, x, x->sign, c, status);
        return;
    }
    bool subnormal = exp_min < etiny;
    if (subnormal)
        exp_min = etiny;
    if (x->exp < exp_min) {
        bool changed = round_drop(I, x, exp_min - x->exp, c->round);
        if (x->n > c->prec) {      /* carry made it one digit too long */
            x->n--;
            memmove(x->d, x->d + 1, (size_t)x->n);
            x->exp++;
        }
        if (x->exp > etop) {
            overflow_result(I, x, x->sign, c, status);
            return;
        }
        if (changed && subnormal)
            *status |= DS_UNDERFLOW;
        if (subnormal)
            *status |= DS_SUBNORMAL;
        if (changed)
            *status |= DS_INEXACT;
        *status |= DS_ROUNDED;
        if (cf_is_zero(x->d, x->n))
            *status |= DS_CLAMPED;
        return;
    }
    if (subnormal)
        *status |= DS_SUBNORMAL;
    if (c->clamp && x->exp > etop) {
        int64_t pad = x->exp - etop;
        x->d = cf_shift(I, x->d, x->n, pad);
        x->n += (int32_t)pad;
        x->exp = etop;
        *status |= DS_CLAMPED;
    }
}

/* ------------------------------------------------------------------ */
/* NaN handling shared by the operations                               */
/* ------------------------------------------------------------------ */

/* CPython's _check_nans: when either operand is a NaN, put the result NaN
 * in r (signalling ones raise InvalidOperation) and return true. */
static bool check_nans(Interp *I, DecNum *r, const DecNum *a, const DecNum *b, const DecCtx *c, uint32_t *status)
{
    const DecNum *pick = NULL;
    if (a->kind == DN_SNAN)
        pick = a;
    else if (b && b->kind == DN_SNAN)
        pick = b;
    if (pick) {
        *status |= DS_INVALID_OP;
    } else if (a->kind == DN_NAN) {
        pick = a;
    } else if (b && b->kind == DN_NAN) {
        pick = b;
    } else {
        return false;
    }
    decnum_copy(I, r, pick);
    r->kind = DN_NAN;
    fix_nan(I, r, c);
    return true;
}

static void set_invalid(Interp *I, DecNum *r, uint32_t *status, uint32_t cond)
{
    set_special(I, r, 0, DN_NAN);
    *status |= cond;
}

/* ------------------------------------------------------------------ */
/* Arithmetic                                                          */
/* ------------------------------------------------------------------ */

/* x rescaled to exponent exp (may pad with zeros or round). */
void decnum_rescale(Interp *I, DecNum *r, const DecNum *x, int64_t exp, DecRound mode)
{
    if (x->kind != DN_FINITE) {
        decnum_copy(I, r, x);
        return;
    }
    if (cf_is_zero(x->d, x->n)) {
        set_zero(I, r, x->sign, exp);
        return;
    }
    if (x->exp >= exp) {
        *r = *x;
        r->d = cf_shift(I, x->d, x->n, x->exp - exp);
        r->n = (int32_t)(x->n + x->exp - exp);
        r->exp = exp;
        return;
    }
    *r = *x;
    round_drop(I, r, exp - x->exp, mode);
}

void decnum_round_sig(Interp *I, DecNum *r, const DecNum *x, int64_t places, DecRound mode)
{
    if (x->kind != DN_FINITE || decnum_is_zero(x)) {
        decnum_copy(I, r, x);
        return;
    }
    decnum_rescale(I, r, x, decnum_adjusted(x) + 1 - places, mode);
    if (decnum_adjusted(r) != decnum_adjusted(x)) {
        DecNum t = *r;
        decnum_rescale(I, r, &t, decnum_adjusted(&t) + 1 - places, mode);
    }
}

void decnum_add(Interp *I, DecNum *r, const DecNum *a, const DecNum *b0, bool negate_b,
                const DecCtx *c, uint32_t *status)
{
    DecNum bb = *b0;
    bb.sign ^= negate_b ? 1 : 0;
    const DecNum *b = &bb;
    if (a->kind != DN_FINITE || b->kind != DN_FINITE) {
        if (check_nans(I, r, a, b0, c, status))
            return;
        if (a->kind == DN_INF) {
            if (b->kind == DN_INF && a->sign != b->sign) {
                set_invalid(I, r, status, DS_INVALID_OP);
                return;
            }
            set_special(I, r, a->sign, DN_INF);
            return;
        }
        set_special(I, r, b->sign, DN_INF);
        return;
    }
    int64_t exp = a->exp < b->exp ? a->exp : b->exp;
    bool negzero = c->round == DR_FLOOR && a->sign != b->sign;
    bool az = cf_is_zero(a->d, a->n), bz = cf_is_zero(b->d, b->n);
    if (az && bz) {
        uint8_t sign = a->sign < b->sign ? a->sign : b->sign;
        set_zero(I, r, negzero ? 1 : sign, exp);
        decnum_finalize(I, r, c, status);
        return;
    }
    if (az || bz) {
        const DecNum *o = az ? b : a;
        int64_t e = o->exp - c->prec - 1;
        if (e < exp)
            e = exp;
        decnum_rescale(I, r, o, e, c->round);
        decnum_finalize(I, r, c, status);
        return;
    }
    /* _normalize: align, replacing a far smaller operand by a sticky 1. */
    DecNum x = *a, y = *b;
    DecNum *hi = x.exp < y.exp ? &y : &x, *lo = x.exp < y.exp ? &x : &y;
    int64_t lim = hi->n - c->prec - 2;
    int64_t e = hi->exp + (lim < -1 ? lim : -1);
    if (lo->n + lo->exp - 1 < e) {
        lo->d = dalloc(I, 1);
        lo->d[0] = 1;
        lo->n = 1;
        lo->exp = e;
    }
    hi->d = cf_shift(I, hi->d, hi->n, hi->exp - lo->exp);
    hi->n = (int32_t)(hi->n + hi->exp - lo->exp);
    hi->exp = lo->exp;
    r->kind = DN_FINITE;
    r->exp = lo->exp;
    int32_t nr;
    if (x.sign != y.sign) {
        int cmp = cf_cmp(x.d, x.n, y.d, y.n);
        if (cmp == 0) {
            set_zero(I, r, negzero, exp);
            decnum_finalize(I, r, c, status);
            return;
        }
        const DecNum *big = cmp > 0 ? &x : &y, *small = cmp > 0 ? &y : &x;
        r->sign = big->sign;
        r->d = cf_sub(I, big->d, big->n, small->d, small->n, &nr);
    } else {
        r->sign = x.sign;
        r->d = cf_add(I, x.d, x.n, y.d, y.n, &nr);
    }
    r->n = nr;
    decnum_finalize(I, r, c, status);
}

void decnum_mul(Interp *I, DecNum *r, const DecNum *a, const DecNum *b, const DecCtx *c, uint32_t *status)
{
    uint8_t sign = a->sign ^ b->sign;
    if (a->kind != DN_FINITE || b->kind != DN_FINITE) {
        if (check_nans(I, r, a, b, c, status))
            return;
        if ((a->kind == DN_INF && decnum_is_zero(b)) || (b->kind == DN_INF && decnum_is_zero(a))) {
            set_invalid(I, r, status, DS_INVALID_OP);
            return;
        }
        set_special(I, r, sign, DN_INF);
        return;
    }
    r->kind = DN_FINITE;
    r->sign = sign;
    r->exp = a->exp + b->exp;
    if (decnum_is_zero(a) || decnum_is_zero(b)) {
        set_zero(I, r, sign, a->exp + b->exp);
    } else {
        int32_t n;
        r->d = cf_mul(I, a->d, a->n, b->d, b->n, &n);
        r->n = n;
    }
    decnum_finalize(I, r, c, status);
}

void decnum_div(Interp *I, DecNum *r, const DecNum *a, const DecNum *b, const DecCtx *c, uint32_t *status)
{
    uint8_t sign = a->sign ^ b->sign;
    if (a->kind != DN_FINITE || b->kind != DN_FINITE) {
        if (check_nans(I, r, a, b, c, status))
            return;
        if (a->kind == DN_INF && b->kind == DN_INF) {
            set_invalid(I, r, status, DS_INVALID_OP);
            return;
        }
        if (a->kind == DN_INF) {
            set_special(I, r, sign, DN_INF);
            return;
        }
        *status |= DS_CLAMPED;
        set_zero(I, r, sign, c->emin - c->prec + 1);
        return;
    }
    if (decnum_is_zero(b)) {
        if (decnum_is_zero(a)) {
            set_invalid(I, r, status, DS_DIV_UNDEFINED);
            return;
        }
        *status |= DS_DIV_BY_ZERO;
        set_special(I, r, sign, DN_INF);
        return;
    }
    if (decnum_is_zero(a)) {
        set_zero(I, r, sign, a->exp - b->exp);
        decnum_finalize(I, r, c, status);
        return;
    }
    int64_t shift = b->n - a->n + c->prec + 1;
    int64_t exp = a->exp - b->exp - shift;
    uint8_t *q, *rem;
    int32_t nq, nrem;
    if (shift >= 0) {
        uint8_t *num = cf_shift(I, a->d, a->n, shift);
        cf_divmod(I, num, (int32_t)(a->n + shift), b->d, b->n, &q, &nq, &rem, &nrem);
    } else {
        uint8_t *den = cf_shift(I, b->d, b->n, -shift);
        cf_divmod(I, a->d, a->n, den, (int32_t)(b->n - shift), &q, &nq, &rem, &nrem);
    }
    if (!cf_is_zero(rem, nrem)) {
        if (q[0] == 0 || q[0] == 5)
            q[0]++;
    } else {
        int64_t ideal = a->exp - b->exp;
        int32_t lo = 0;
        while (exp < ideal && lo < nq - 1 && q[lo] == 0) {
            lo++;
            exp++;
        }
        q += lo;
        nq -= lo;
    }
    r->kind = DN_FINITE;
    r->sign = sign;
    r->exp = exp;
    set_coef(r, q, nq);
    decnum_finalize(I, r, c, status);
}

/* CPython's Decimal._divide: integer quotient and remainder of finite
 * operands (other may be infinite). Returns false on DivisionImpossible. */
static bool divide_parts(Interp *I, DecNum *q, DecNum *rem, const DecNum *a, const DecNum *b, const DecCtx *c)
{
    uint8_t sign = a->sign ^ b->sign;
    int64_t ideal = b->kind == DN_INF ? a->exp : (a->exp < b->exp ? a->exp : b->exp);
    if (decnum_is_zero(a) || b->kind == DN_INF || decnum_adjusted(a) - decnum_adjusted(b) <= -2) {
        set_zero(I, q, sign, 0);
        decnum_rescale(I, rem, a, ideal, c->round);
        return true;
    }
    int64_t expdiff = decnum_adjusted(a) - decnum_adjusted(b);
    if (expdiff <= c->prec) {
        const uint8_t *x = a->d, *y = b->d;
        int32_t nx = a->n, ny = b->n;
        if (a->exp >= b->exp) {
            x = cf_shift(I, a->d, a->n, a->exp - b->exp);
            nx = (int32_t)(a->n + a->exp - b->exp);
        } else {
            y = cf_shift(I, b->d, b->n, b->exp - a->exp);
            ny = (int32_t)(b->n + b->exp - a->exp);
        }
        uint8_t *qd, *rd;
        int32_t nq, nr;
        cf_divmod(I, x, nx, y, ny, &qd, &nq, &rd, &nr);
        if (nq <= c->prec) {
            q->kind = DN_FINITE;
            q->sign = sign;
            q->exp = 0;
            set_coef(q, qd, nq);
            rem->kind = DN_FINITE;
            rem->sign = a->sign;
            rem->exp = ideal;
            set_coef(rem, rd, nr);
            return true;
        }
    }
    return false;
}

void decnum_divmod(Interp *I, DecNum *q, DecNum *rem, const DecNum *a, const DecNum *b,
                   const DecCtx *c, uint32_t *status)
{
    /* Conditions are tracked per output: // alone, % alone and divmod()
     * signal differently (x // 0 is DivisionByZero, x % 0 InvalidOperation). */
    DecNum tq, tr;
    uint32_t sq = 0, sr = 0;
    bool want_q = q != NULL, want_r = rem != NULL;
    if (!q)
        q = &tq;
    if (!rem)
        rem = &tr;
    uint8_t sign = a->sign ^ b->sign;
    if (a->kind != DN_FINITE || b->kind != DN_FINITE) {
        if (check_nans(I, q, a, b, c, &sq)) {
            decnum_copy(I, rem, q);
            sr = sq;
        } else if (a->kind == DN_INF) {
            if (b->kind == DN_INF)
                set_invalid(I, q, &sq, DS_INVALID_OP);
            else
                set_special(I, q, sign, DN_INF);
            set_invalid(I, rem, &sr, DS_INVALID_OP);
        } else if (!divide_parts(I, q, rem, a, b, c)) {
            set_invalid(I, q, &sq, DS_DIV_IMPOSSIBLE);    /* unreachable: b infinite */
        } else {
            decnum_finalize(I, rem, c, &sr);
        }
    } else if (decnum_is_zero(b)) {
        if (decnum_is_zero(a)) {
            set_invalid(I, q, &sq, DS_DIV_UNDEFINED);
            set_invalid(I, rem, &sr, DS_DIV_UNDEFINED);
        } else {
            sq |= DS_DIV_BY_ZERO;
            set_special(I, q, sign, DN_INF);
            set_invalid(I, rem, &sr, DS_INVALID_OP);
        }
    } else if (!divide_parts(I, q, rem, a, b, c)) {
        set_invalid(I, q, &sq, DS_DIV_IMPOSSIBLE);
        set_invalid(I, rem, &sr, DS_DIV_IMPOSSIBLE);
    } else {
        decnum_finalize(I, rem, c, &sr);
    }
    *status |= (want_q ? sq : 0) | (want_r ? sr : 0);
}

void decnum_plus(Interp *I, DecNum *r, const DecNum *x, int how, const DecCtx *c, uint32_t *status)
{
    /* how: 0 plus, 1 minus, 2 abs */
    if (x->kind != DN_FINITE && check_nans(I, r, x, NULL, c, status))
        return;
    decnum_copy(I, r, x);
    if (how == 2) {
        r->sign = 0;
    } else if (decnum_is_zero(x) && c->round != DR_FLOOR) {
        r->sign = 0;
    } else if (how == 1) {
        r->sign ^= 1;
    }
    decnum_finalize(I, r, c, status);
}

/* Whether finite x is an integer; *odd tells whether it is odd. */
static bool is_integral(const DecNum *x, bool *odd)
{
    if (x->kind != DN_FINITE)
        return false;
    if (x->exp >= 0) {
        *odd = x->exp == 0 && (x->d[0] & 1);
        return true;
    }
    for (int64_t i = 0; i < -x->exp; i++)
        if (i < x->n && x->d[i] != 0)
            return false;
    *odd = (-x->exp < x->n) && (x->d[-x->exp] & 1);
    return true;
}

bool decnum_pow(Interp *I, DecNum *r, const DecNum *a, const DecNum *b, const DecCtx *c, uint32_t *status)
{
    if (a->kind != DN_FINITE || b->kind != DN_FINITE) {
        if (check_nans(I, r, a, b, c, status))
            return true;
    }
    bool odd = false;
    bool intexp = is_integral(b, &odd);
    uint8_t rsign = intexp && a->sign && odd;
    if (a->kind == DN_FINITE && decnum_is_zero(a)) {
        if (b->kind == DN_FINITE && decnum_is_zero(b))
            set_invalid(I, r, status, DS_INVALID_OP);
        else if (b->sign)
            set_special(I, r, rsign, DN_INF);
        else
            set_zero(I, r, rsign, 0);
        return true;
    }
    if (a->sign && (!intexp || b->kind == DN_INF)) {
        set_invalid(I, r, status, DS_INVALID_OP);
        return true;
    }
    if (b->kind == DN_INF || a->kind == DN_INF || !intexp)
        return false;       /* not supported here */
    if (decnum_is_zero(b)) {
        set_small(I, r, rsign, 1, 0);
        return true;
    }
    /* |b| as a machine integer; absurd exponents overflow or underflow. */
    int64_t adj = decnum_adjusted(a);
    double lg = (double)adj + log10((double)a->d[a->n - 1] + 1.0);
    uint64_t n = 0;
    bool huge = decnum_adjusted(b) > 17;
    if (!huge) {
        for (int32_t i = b->n - 1; i >= 0; i--)
            n = n * 10 + b->d[i];
        for (int64_t k = 0; k < b->exp; k++)
            n *= 10;
    }
    /* Bounds check (libmpdec's _qcheck_pow_bounds, coarsely): */
    double est = huge ? INFINITY : lg * (double)n;
    double estlo = huge ? INFINITY : ((double)adj + log10((double)a->d[a->n - 1])) * (double)n;
    bool grows = adj > 0 || (adj == 0 && !(a->n == 1 ? a->d[0] == 1 : false));
    if (b->sign) {
        double t = est;
        est = -estlo;
        estlo = -t;
    }
    if (huge && !grows && adj < 0)
        est = estlo = b->sign ? INFINITY : -INFINITY;
    if (estlo > (double)c->emax + 2) {
        set_special(I, r, rsign, DN_INF);
        *status |= DS_OVERFLOW | DS_INEXACT | DS_ROUNDED;
        decnum_finalize(I, r, c, status);
        return true;
    }
    if (est < (double)(c->emin - c->prec) - 2) {
        set_small(I, r, rsign, 1, c->emin - c->prec);
        decnum_finalize(I, r, c, status);
        *status |= DS_UNDERFLOW | DS_INEXACT | DS_ROUNDED | DS_SUBNORMAL;
        return true;
    }
    /* libmpdec's _mpd_qpow_int: binary exponentiation at a working
     * precision, then one rounding to the context. */
    DecCtx w = *c;
    w.prec += b->n + b->exp + 2;
    w.round = DR_HALF_EVEN;
    w.clamp = 0;
    DecNum base;
    uint32_t ws = 0;
    if (b->sign) {
        DecNum one;
        w.prec += 1;
        set_small(I, &one, 0, 1, 0);
        decnum_div(I, &base, &one, a, &w, &ws);
        *status |= ws;
        if (ws & DS_OVERFLOW) {
            set_special(I, r, rsign, DN_INF);
            decnum_finalize(I, r, c, status);
            return true;
        }
    } else {
        decnum_copy(I, &base, a);
    }
    base.sign = 0;
    DecNum acc;
    set_small(I, &acc, 0, 1, 0);
    int bits = 63;
    while (bits >= 0 && !((n >> bits) & 1))
        bits--;
    for (; bits >= 0; bits--) {
        DecNum t;
        decnum_mul(I, &t, &acc, &acc, &w, &ws);
        acc = t;
        if ((n >> bits) & 1) {
            decnum_mul(I, &t, &acc, &base, &w, &ws);
            acc = t;
        }
        if (acc.kind != DN_FINITE || (decnum_is_zero(&acc) && (ws & DS_CLAMPED)))
            break;
    }
    *status |= ws & ~(DS_INEXACT | DS_ROUNDED | DS_SUBNORMAL | DS_UNDERFLOW | DS_CLAMPED);
    if (ws & DS_INEXACT)
        *status |= DS_INEXACT | DS_ROUNDED;
    acc.sign = rsign;
    if (acc.kind == DN_INF) {
        set_small(I, &acc, rsign, 1, INT64_C(1) << 60);    /* MPD_EXP_INF stand-in */
    }
    *r = acc;
    decnum_finalize(I, r, c, status);
    return true;
}

void decnum_quantize(Interp *I, DecNum *r, const DecNum *x, const DecNum *q, DecRound mode,
                     const DecCtx *c, uint32_t *status)
{
    if (x->kind != DN_FINITE || q->kind != DN_FINITE) {
        if (check_nans(I, r, x, q, c, status))
            return;
        if (x->kind == DN_INF && q->kind == DN_INF) {
            decnum_copy(I, r, x);
            return;
        }
        set_invalid(I, r, status, DS_INVALID_OP);
        return;
    }
    if (q->exp < c->emin - c->prec + 1 || q->exp > c->emax) {
        set_invalid(I, r, status, DS_INVALID_OP);
        return;
    }
    if (decnum_is_zero(x)) {
        set_zero(I, r, x->sign, q->exp);
        decnum_finalize(I, r, c, status);
        return;
    }
    int64_t adj = decnum_adjusted(x);
    if (adj > c->emax || adj - q->exp + 1 > c->prec) {
        set_invalid(I, r, status, DS_INVALID_OP);
        return;
    }
    decnum_rescale(I, r, x, q->exp, mode);
    if ((!decnum_is_zero(r) && decnum_adjusted(r) > c->emax) || r->n > c->prec) {
        set_invalid(I, r, status, DS_INVALID_OP);
        return;
    }
    if (!decnum_is_zero(r) && decnum_adjusted(r) < c->emin)
        *status |= DS_SUBNORMAL;
    if (r->exp > x->exp) {
        if (decnum_cmp(r, x) != 0)
            *status |= DS_INEXACT;
        *status |= DS_ROUNDED;
    }
    decnum_finalize(I, r, c, status);
}

void decnum_to_integral(Interp *I, DecNum *r, const DecNum *x, DecRound mode, uint32_t *status)
{
    if (x->kind == DN_SNAN) {
        *status |= DS_INVALID_OP;
        decnum_copy(I, r, x);
        r->kind = DN_NAN;
        return;
    }
    if (x->kind != DN_FINITE || x->exp >= 0) {
        decnum_copy(I, r, x);
        return;
    }
    decnum_rescale(I, r, x, 0, mode);
}

void decnum_normalize(Interp *I, DecNum *r, const DecNum *x, const DecCtx *c, uint32_t *status)
{
    if (x->kind != DN_FINITE && check_nans(I, r, x, NULL, c, status))
        return;
    decnum_copy(I, r, x);
    decnum_finalize(I, r, c, status);
    if (r->kind != DN_FINITE)
        return;
    if (decnum_is_zero(r)) {
        r->exp = 0;
        return;
    }
    int64_t exp_max = c->clamp ? c->emax - c->prec + 1 : c->emax;
    int32_t lo = 0;
    while (lo < r->n - 1 && r->d[lo] == 0 && r->exp < exp_max) {
        lo++;
        r->exp++;
    }
    r->d += lo;
    r->n -= lo;
}

/* ------------------------------------------------------------------ */
/* Comparison and hashing                                              */
/* ------------------------------------------------------------------ */

int decnum_cmp(const DecNum *a, const DecNum *b)
{
    if (a->kind == DN_INF || b->kind == DN_INF) {
        int va = a->kind == DN_INF ? (a->sign ? -2 : 2) : 0;
        int vb = b->kind == DN_INF ? (b->sign ? -2 : 2) : 0;
        if (va == 0)
            va = decnum_is_zero(a) ? 0 : (a->sign ? -1 : 1);
        if (vb == 0)
            vb = decnum_is_zero(b) ? 0 : (b->sign ? -1 : 1);
        if (va == vb && (va == 2 || va == -2))
            return 0;
        if (va != 2 && va != -2 && vb != 2 && vb != -2)
            return 0;   /* unreachable */
        return va < vb ? -1 : (va > vb ? 1 : 0);
    }
    bool az = decnum_is_zero(a), bz = decnum_is_zero(b);
    if (az && bz)
        return 0;
    if (az)
        return b->sign ? 1 : -1;
    if (bz)
        return a->sign ? -1 : 1;
    if (a->sign != b->sign)
        return a->sign ? -1 : 1;
    int s = a->sign ? -1 : 1;
    int64_t aa = decnum_adjusted(a), ab = decnum_adjusted(b);
    if (aa != ab)
        return aa < ab ? -s : s;
    int32_t m = a->n > b->n ? a->n : b->n;
    for (int32_t k = 0; k < m; k++) {
        int da = k < a->n ? a->d[a->n - 1 - k] : 0;
        int db = k < b->n ? b->d[b->n - 1 - k] : 0;
        if (da != db)
            return da < db ? -s : s;
    }
    return 0;
}

static uint64_t mulmod(uint64_t a, uint64_t b)
{
    return (uint64_t)(((unsigned __int128)a * b) % HASH_MODULUS);
}

static uint64_t powmod(uint64_t base, uint64_t e)
{
    uint64_t r = 1;
    base %= HASH_MODULUS;
    while (e) {
        if (e & 1)
            r = mulmod(r, base);
        base = mulmod(base, base);
        e >>= 1;
    }
    return r;
}

int64_t decnum_hash(const DecNum *x)
{
    if (x->kind == DN_INF)
        return x->sign ? -314159 : 314159;
    uint64_t coef = 0;
    for (int32_t i = x->n - 1; i >= 0; i--)
        coef = (coef * 10 + x->d[i]) % HASH_MODULUS;
    uint64_t eh;
    if (x->exp >= 0)
        eh = powmod(10, (uint64_t)x->exp);
    else
        eh = powmod(powmod(10, HASH_MODULUS - 2), (uint64_t)(-x->exp));
    int64_t h = (int64_t)mulmod(coef, eh);
    if (x->sign)
        h = -h;
    return h == -1 ? -2 : h;
}
