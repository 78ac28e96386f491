/*
 * bigint.c — arbitrary-precision integer arithmetic for Python's `int`.
 *
 * Magnitudes are arrays of 32-bit limbs (little-endian) with 64-bit
 * intermediates; the sign is kept apart. Every public function takes any
 * int Value (V_INT, V_BOOL, BigInt), views it as sign + limbs without
 * allocating, works on the limbs, and normalises the result: values that
 * fit in int64 come back as V_INT, so a BigInt always means "large".
 * Scratch space comes from the run's arena (never freed, as everywhere).
 */
#include "bigint.h"

#include <math.h>
#include <string.h>

#include "interp_int.h"

typedef uint32_t limb;
typedef uint64_t dlimb;

/* A read-only view of an int value as sign and limbs. Pass by pointer only:
 * for small ints d points into buf. */
typedef struct IV {
    int sign;                 /* -1, 0, 1 */
    int64_t n;                /* limbs (0 for zero) */
    const limb *d;
    limb buf[2];
} IV;

bool bigint_is(Interp *I, Value v)
{
    return v.tag == V_OBJ && v.u.o->cls == I->cls.int_;
}

static void iv_of(Value v, IV *x)
{
    if (v.tag == V_OBJ) {
        BigInt *b = (BigInt *)v.u.o;
        x->sign = b->sign;
        x->n = b->n;
        x->d = b->d;
        return;
    }
    int64_t i = v.u.i;
    uint64_t m = i < 0 ? -(uint64_t)i : (uint64_t)i;
    x->sign = i < 0 ? -1 : i > 0;
    x->buf[0] = (limb)m;
    x->buf[1] = (limb)(m >> 32);
    x->n = m == 0 ? 0 : (m >> 32) ? 2 : 1;
    x->d = x->buf;
}

static limb *scratch(Interp *I, int64_t n)
{
    return interp_alloc(I, (size_t)(n > 0 ? n : 1) * sizeof(limb));
}

/* A BigInt with room for n limbs (sign/n filled by finish()). */
static BigInt *bi_new(Interp *I, int64_t n)
{
    if (n > INT32_MAX - 2)
        exc_raise(I, v_obj(I->cls.MemoryError));   /* CPython: the allocation fails */
    return obj_alloc(I, I->cls.int_, sizeof(BigInt) + (size_t)(n > 0 ? n : 1) * sizeof(limb));
}

/* Strip leading zero limbs of b (n limbs used) and return the canonical Value. */
static Value finish(BigInt *b, int64_t n, int sign)
{
    while (n > 0 && b->d[n - 1] == 0)
        n--;
    if (n == 0)
        return v_int(0);
    if (n <= 2) {
        uint64_t m = b->d[0] | (n == 2 ? (uint64_t)b->d[1] << 32 : 0);
        if (sign > 0 && m <= (uint64_t)INT64_MAX)
            return v_int((int64_t)m);
        if (sign < 0 && m <= (uint64_t)1 << 63)
            return v_int((int64_t)(0 - m));
    }
    b->n = (int32_t)n;
    b->sign = sign;
    return v_obj(b);
}

/* A canonical Value from a magnitude copy. */
static Value from_mag(Interp *I, const limb *d, int64_t n, int sign)
{
    while (n > 0 && d[n - 1] == 0)
        n--;
    BigInt *b = bi_new(I, n);
    if (n)
        memcpy(b->d, d, (size_t)n * sizeof(limb));
    return finish(b, n, sign);
}

Value bigint_from_u64(Interp *I, uint64_t mag, bool neg)
{
    if (mag <= (uint64_t)INT64_MAX)
        return v_int(neg ? -(int64_t)mag : (int64_t)mag);
    if (neg && mag == (uint64_t)1 << 63)
        return v_int(INT64_MIN);
    limb d[2] = { (limb)mag, (limb)(mag >> 32) };
    return from_mag(I, d, 2, neg ? -1 : 1);
}

Value bigint_from_u96(Interp *I, uint32_t hi, uint64_t lo)
{
    if (!hi)
        return bigint_from_u64(I, lo, false);
    limb d[3] = { (limb)lo, (limb)(lo >> 32), (limb)hi };
    return from_mag(I, d, 3, 1);
}

/* ---- magnitude primitives ---------------------------------------- */

static int mag_cmp(const limb *a, int64_t na, const limb *b, int64_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    for (int64_t i = na - 1; i >= 0; i--)
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    return 0;
}

/* r = a + b; r has room for max(na, nb) + 1 limbs. Returns limbs written. */
static int64_t mag_add(limb *r, const limb *a, int64_t na, const limb *b, int64_t nb)
{
    if (na < nb) {
        const limb *t = a; a = b; b = t;
        int64_t tn = na; na = nb; nb = tn;
    }
    dlimb c = 0;
    int64_t i = 0;
    for (; i < nb; i++) {
        c += (dlimb)a[i] + b[i];
        r[i] = (limb)c;
        c >>= 32;
    }
    for (; i < na; i++) {
        c += a[i];
        r[i] = (limb)c;
        c >>= 32;
    }
    r[i] = (limb)c;
    return na + 1;
}

/* r = a - b where |a| >= |b|; r has room for na limbs. */
static void mag_sub(limb *r, const limb *a, int64_t na, const limb *b, int64_t nb)
{
    int64_t borrow = 0;
    int64_t i = 0;
    for (; i < nb; i++) {
        int64_t t = (int64_t)a[i] - b[i] - borrow;
        r[i] = (limb)t;
        borrow = t < 0;
    }
    for (; i < na; i++) {
        int64_t t = (int64_t)a[i] - borrow;
        r[i] = (limb)t;
        borrow = t < 0;
    }
}

static void mag_mul_school(Interp *I, limb *r, const limb *a, int64_t na, const limb *b, int64_t nb)
{
    memset(r, 0, (size_t)(na + nb) * sizeof(limb));
    for (int64_t i = 0; i < na; i++) {
        dlimb c = 0, ai = a[i];
        if (ai == 0)
            continue;
        for (int64_t j = 0; j < nb; j++) {
            c += ai * b[j] + r[i + j];
            r[i + j] = (limb)c;
            c >>= 32;
        }
        r[i + nb] = (limb)c;
        /* very large products: let the time budget see us */
        if (nb > 4096 && (i & 63) == 0)
            interp_tick(I);
    }
}

#define KARATSUBA_CUTOFF 48

/* r (na + nb limbs) = a * b. Karatsuba when both are large and balanced. */
static void mag_mul(Interp *I, limb *r, const limb *a, int64_t na, const limb *b, int64_t nb)
{
    if (na < nb) {
        const limb *t = a; a = b; b = t;
        int64_t tn = na; na = nb; nb = tn;
    }
    if (nb < KARATSUBA_CUTOFF || 2 * nb <= na) {
        if (nb >= KARATSUBA_CUTOFF) {
            /* unbalanced: multiply b by slices of a */
            memset(r, 0, (size_t)(na + nb) * sizeof(limb));
            limb *t = scratch(I, 2 * nb);
            for (int64_t off = 0; off < na; off += nb) {
                int64_t len = na - off < nb ? na - off : nb;
                mag_mul(I, t, a + off, len, b, nb);
                dlimb c = 0;
                int64_t k = 0;
                for (; k < len + nb; k++) {
                    c += (dlimb)r[off + k] + t[k];
                    r[off + k] = (limb)c;
                    c >>= 32;
                }
                for (; c && off + k < na + nb; k++) {
                    c += r[off + k];
                    r[off + k] = (limb)c;
                    c >>= 32;
                }
            }
            return;
        }
        mag_mul_school(I, r, a, na, b, nb);
        return;
    }
    /* a = a1*B^h + a0, b = b1*B^h + b0 */
    int64_t h = nb / 2;
    const limb *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    int64_t na0 = h, na1 = na - h, nb0 = h, nb1 = nb - h;
    limb *z0 = scratch(I, 2 * h);
    limb *z2 = scratch(I, na1 + nb1);
    mag_mul(I, z0, a0, na0, b0, nb0);
    mag_mul(I, z2, a1, na1, b1, nb1);
    limb *sa = scratch(I, na1 + 1), *sb = scratch(I, nb1 + 1);
    int64_t nsa = mag_add(sa, a1, na1, a0, na0);
    int64_t nsb = mag_add(sb, b1, nb1, b0, nb0);
    while (nsa > 0 && sa[nsa - 1] == 0)
        nsa--;
    while (nsb > 0 && sb[nsb - 1] == 0)
        nsb--;
    int64_t nz1 = nsa + nsb;
    limb *z1 = scratch(I, nz1 + 1);
    if (nsa && nsb)
        mag_mul(I, z1, sa, nsa, sb, nsb);
    else
        memset(z1, 0, (size_t)nz1 * sizeof(limb));
    /* z1 -= z0 + z2 (never negative). Only their significant limbs: a
     * slice of an unbalanced product (below) may have zero top limbs, so
     * z1's trimmed length can be shorter than z2's buffer. */
    int64_t nz0 = 2 * h, nz2 = na1 + nb1;
    while (nz0 > 0 && z0[nz0 - 1] == 0)
        nz0--;
    while (nz2 > 0 && z2[nz2 - 1] == 0)
        nz2--;
    mag_sub(z1, z1, nz1, z0, nz0);
    mag_sub(z1, z1, nz1, z2, nz2);
    memset(r, 0, (size_t)(na + nb) * sizeof(limb));
    memcpy(r, z0, (size_t)(2 * h) * sizeof(limb));
    memcpy(r + 2 * h, z2, (size_t)(na1 + nb1) * sizeof(limb));
    /* r += z1 << (32*h) */
    dlimb c = 0;
    int64_t k = 0;
    while (nz1 > 0 && z1[nz1 - 1] == 0)
        nz1--;
    for (; k < nz1; k++) {
        c += (dlimb)r[h + k] + z1[k];
        r[h + k] = (limb)c;
        c >>= 32;
    }
    for (; c && h + k < na + nb; k++) {
        c += r[h + k];
        r[h + k] = (limb)c;
        c >>= 32;
    }
}

/* q = a / d, returns a % d, for a one-limb divisor. q may alias a. */
static limb mag_divmod1(limb *q, const limb *a, int64_t n, limb d)
{
    dlimb rem = 0;
    for (int64_t i = n - 1; i >= 0; i--) {
        dlimb cur = (rem << 32) | a[i];
        if (q)
            q[i] = (limb)(cur / d);
        rem = cur % d;
    }
    return (limb)rem;
}

/*
 * Knuth's algorithm D (after Hacker's Delight divmnu): u (m limbs) divided
 * by v (n >= 2 limbs, top limb non-zero, m >= n). q gets m-n+1 limbs, r
 * (if not NULL) n limbs.
 */
static void mag_divmod(Interp *I, limb *q, limb *r, const limb *u, int64_t m, const limb *v, int64_t n)
{
    int s = __builtin_clz(v[n - 1]);
    limb *vn = scratch(I, n), *un = scratch(I, m + 1);
    for (int64_t i = n - 1; i > 0; i--)
        vn[i] = (v[i] << s) | (s ? v[i - 1] >> (32 - s) : 0);
    vn[0] = v[0] << s;
    un[m] = s ? u[m - 1] >> (32 - s) : 0;
    for (int64_t i = m - 1; i > 0; i--)
        un[i] = (u[i] << s) | (s ? u[i - 1] >> (32 - s) : 0);
    un[0] = u[0] << s;
    const dlimb B = (dlimb)1 << 32;
    for (int64_t j = m - n; j >= 0; j--) {
        dlimb num = ((dlimb)un[j + n] << 32) | un[j + n - 1];
        dlimb qhat = num / vn[n - 1], rhat = num % vn[n - 1];
        while (qhat >= B || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
            qhat--;
            rhat += vn[n - 1];
            if (rhat >= B)
                break;
        }
        int64_t k = 0, t;
        for (int64_t i = 0; i < n; i++) {
            dlimb p = qhat * vn[i];
            t = (int64_t)un[i + j] - k - (int64_t)(p & 0xFFFFFFFFu);
            un[i + j] = (limb)t;
            k = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)un[j + n] - k;
        un[j + n] = (limb)t;
        q[j] = (limb)qhat;
        if (t < 0) {
            q[j]--;
            dlimb c = 0;
            for (int64_t i = 0; i < n; i++) {
                c += (dlimb)un[i + j] + vn[i];
                un[i + j] = (limb)c;
                c >>= 32;
            }
            un[j + n] += (limb)c;
        }
        if (n > 4096 && (j & 63) == 0)
            interp_tick(I);
    }
    if (r)
        for (int64_t i = 0; i < n; i++)
            r[i] = (un[i] >> s) | (s ? un[i + 1] << (32 - s) : 0);
}

static int64_t mag_bits(const limb *d, int64_t n)
{
    if (n == 0)
        return 0;
    return (n - 1) * 32 + (32 - __builtin_clz(d[n - 1]));
}

/* ---- signed arithmetic --------------------------------------------- */

/* x + sgn*y on views. */
static Value add_views(Interp *I, const IV *x, const IV *y, int ysign)
{
    if (y->sign == 0)
        return from_mag(I, x->d, x->n, x->sign);
    if (x->sign == 0)
        return from_mag(I, y->d, y->n, ysign);
    int64_t n = (x->n > y->n ? x->n : y->n) + 1;
    BigInt *b = bi_new(I, n);
    if (x->sign == ysign) {
        mag_add(b->d, x->d, x->n, y->d, y->n);
        return finish(b, n, x->sign);
    }
    int c = mag_cmp(x->d, x->n, y->d, y->n);
    if (c == 0)
        return v_int(0);
    if (c > 0) {
        mag_sub(b->d, x->d, x->n, y->d, y->n);
        return finish(b, x->n, x->sign);
    }
    mag_sub(b->d, y->d, y->n, x->d, x->n);
    return finish(b, y->n, ysign);
}

Value bigint_add(Interp *I, Value a, Value b)
{
    IV x, y;
    iv_of(a, &x);
    iv_of(b, &y);
    return add_views(I, &x, &y, y.sign);
}

Value bigint_sub(Interp *I, Value a, Value b)
{
    IV x, y;
    iv_of(a, &x);
    iv_of(b, &y);
    return add_views(I, &x, &y, -y.sign);
}

Value bigint_mul(Interp *I, Value a, Value b)
{
    IV x, y;
    iv_of(a, &x);
    iv_of(b, &y);
    if (x.sign == 0 || y.sign == 0)
        return v_int(0);
    int64_t n = x.n + y.n;
    BigInt *r = bi_new(I, n);
    mag_mul(I, r->d, x.d, x.n, y.d, y.n);
    return finish(r, n, x.sign * y.sign);
}

/* Truncating division of magnitudes: q (nx-ny+1 limbs), r (ny limbs). */
static void mag_quotrem(Interp *I, const IV *x, const IV *y, limb *q, limb *r)
{
    if (y->n == 1) {
        limb rem = mag_divmod1(q, x->d, x->n, y->d[0]);
        r[0] = rem;
    } else {
        mag_divmod(I, q, r, x->d, x->n, y->d, y->n);
    }
}

void bigint_divmod(Interp *I, Value a, Value b, Value *qout, Value *rout)
{
    IV x, y;
    iv_of(a, &x);
    iv_of(b, &y);
    if (mag_cmp(x.d, x.n, y.d, y.n) < 0) {
        /* |a| < |b|: quotient 0 or -1 */
        if (x.sign == 0 || x.sign == y.sign) {
            if (qout) *qout = v_int(0);
            if (rout) *rout = a.tag == V_BOOL ? v_int(a.u.i) : a;
        } else {
            if (qout) *qout = v_int(-1);
            if (rout) *rout = bigint_add(I, a, b);
        }
        return;
    }
    BigInt *q = bi_new(I, x.n - y.n + 1);
    BigInt *r = bi_new(I, y.n);
    mag_quotrem(I, &x, &y, q->d, r->d);
    int64_t rn = y.n;
    while (rn > 0 && r->d[rn - 1] == 0)
        rn--;
    Value qv = finish(q, x.n - y.n + 1, x.sign * y.sign);
    Value rv = finish(r, rn, x.sign);
    if (rn != 0 && x.sign != y.sign) {
        /* floor: q -= 1, r += b */
        qv = bigint_sub(I, qv, v_int(1));
        rv = bigint_add(I, rv, b);
    }
    if (qout) *qout = qv;
    if (rout) *rout = rv;
}

Value bigint_neg(Interp *I, Value a)
{
    IV x;
    iv_of(a, &x);
    return from_mag(I, x.d, x.n, -x.sign);
}

Value bigint_abs(Interp *I, Value a)
{
    IV x;
    iv_of(a, &x);
    return from_mag(I, x.d, x.n, x.sign < 0 ? 1 : x.sign);
}

Value bigint_invert(Interp *I, Value a)
{
    /* ~a == -(a + 1) */
    return bigint_neg(I, bigint_add(I, a, v_int(1)));
}

int bigint_sign(Value a)
{
    if (a.tag == V_OBJ)
        return ((BigInt *)a.u.o)->sign;
    return a.u.i < 0 ? -1 : a.u.i > 0;
}

int bigint_cmp(Interp *I, Value a, Value b)
{
    IV x, y;
    iv_of(a, &x);
    iv_of(b, &y);
    if (x.sign != y.sign)
        return x.sign < y.sign ? -1 : 1;
    int c = mag_cmp(x.d, x.n, y.d, y.n);
    return x.sign < 0 ? -c : c;
}

int64_t bigint_bit_length(Interp *I, Value a)
{
    IV x;
    iv_of(a, &x);
    return mag_bits(x.d, x.n);
}

Value bigint_pow(Interp *I, Value a, Value b)
{
    IV x;
    iv_of(a, &x);
    if (x.sign == 0)
        return v_int(bigint_sign(b) == 0 ? 1 : 0);
    if (x.n == 1 && x.d[0] == 1) {
        /* ±1 ** b */
        if (x.sign > 0)
            return v_int(1);
        return v_int(bigint_mod_small(I, b, 2) ? -1 : 1);
    }
    if (b.tag == V_OBJ)
        exc_raise(I, v_obj(I->cls.MemoryError));
    uint64_t e = (uint64_t)b.u.i;
    /* Estimate the size first so an impossible result hits the memory
     * budget at once instead of after a long computation. */
    int64_t bits = mag_bits(x.d, x.n);
    if (e > 0 && (uint64_t)(bits - 1) > (uint64_t)INT64_MAX / 2 / e)
        exc_raise(I, v_obj(I->cls.MemoryError));
    uint64_t est = (uint64_t)(bits - 1) * e / 32 + 2;
    if (est > (uint64_t)INT32_MAX)
        exc_raise(I, v_obj(I->cls.MemoryError));
    if (est > 4096)
        (void)interp_alloc(I, est * sizeof(limb)); /* budget check */
    Value result = v_int(1), base = a;
    while (e) {
        if (e & 1)
            result = bigint_mul(I, result, base);
        e >>= 1;
        if (e)
            base = bigint_mul(I, base, base);
    }
    return result;
}

Value bigint_powmod(Interp *I, Value a, Value b, Value m)
{
    Value r;
    bigint_divmod(I, a, m, NULL, &r);
    Value result;
    bigint_divmod(I, v_int(1), m, NULL, &result);
    Value base = r;
    IV e;
    iv_of(b, &e);
    int64_t nbits = mag_bits(e.d, e.n);
    for (int64_t i = 0; i < nbits; i++) {
        if ((e.d[i / 32] >> (i % 32)) & 1) {
            bigint_divmod(I, bigint_mul(I, result, base), m, NULL, &result);
        }
        if (i + 1 < nbits)
            bigint_divmod(I, bigint_mul(I, base, base), m, NULL, &base);
    }
    return result;
}

/* ---- shifts and bitwise ------------------------------------------- */

Value bigint_lshift(Interp *I, Value a, int64_t n)
{
    IV x;
    iv_of(a, &x);
    if (x.sign == 0)
        return v_int(0);
    int64_t ws = n / 32;
    int bs = (int)(n % 32);
    if (ws > INT32_MAX)
        exc_raise(I, v_obj(I->cls.MemoryError));
    int64_t rn = x.n + ws + 1;
    BigInt *r = bi_new(I, rn);
    for (int64_t i = 0; i < x.n; i++) {
        r->d[i + ws] |= x.d[i] << bs;
        if (bs)
            r->d[i + ws + 1] = x.d[i] >> (32 - bs);
    }
    return finish(r, rn, x.sign);
}

/* |x| >> n into a new magnitude; *lost set when non-zero bits fell off. */
static Value mag_shr(Interp *I, const IV *x, int64_t n, int sign, bool *lost)
{
    int64_t ws = n / 32;
    int bs = (int)(n % 32);
    *lost = false;
    for (int64_t i = 0; i < ws && i < x->n; i++)
        if (x->d[i]) {
            *lost = true;
            break;
        }
    if (ws >= x->n) {
        *lost = x->n > 0;
        return v_int(0);
    }
    if (bs && (x->d[ws] & (((limb)1 << bs) - 1)))
        *lost = true;
    int64_t rn = x->n - ws;
    BigInt *r = bi_new(I, rn);
    for (int64_t i = 0; i < rn; i++) {
        limb lo = x->d[i + ws] >> bs;
        limb hi = (bs && i + ws + 1 < x->n) ? x->d[i + ws + 1] << (32 - bs) : 0;
        r->d[i] = lo | hi;
    }
    return finish(r, rn, sign);
}

Value bigint_rshift(Interp *I, Value a, int64_t n)
{
    IV x;
    iv_of(a, &x);
    bool lost;
    Value r = mag_shr(I, &x, n, x.sign < 0 ? -1 : 1, &lost);
    if (x.sign < 0 && lost)
        r = bigint_sub(I, r, v_int(1));     /* floor towards -inf */
    return r;
}

/* Two's complement of x in len limbs. */
static void twos(const IV *x, limb *out, int64_t len)
{
    for (int64_t i = 0; i < len; i++)
        out[i] = i < x->n ? x->d[i] : 0;
    if (x->sign < 0) {
        dlimb c = 1;
        for (int64_t i = 0; i < len; i++) {
            c += (limb)~out[i];
            out[i] = (limb)c;
            c >>= 32;
        }
    }
}

Value bigint_bitop(Interp *I, int op, Value a, Value b)
{
    IV x, y;
    iv_of(a, &x);
    iv_of(b, &y);
    int64_t len = (x.n > y.n ? x.n : y.n) + 1;
    limb *p = scratch(I, len), *q = scratch(I, len);
    twos(&x, p, len);
    twos(&y, q, len);
    BigInt *r = bi_new(I, len);
    for (int64_t i = 0; i < len; i++) {
        switch (op) {
        case OP_BITAND: r->d[i] = p[i] & q[i]; break;
        case OP_BITOR: r->d[i] = p[i] | q[i]; break;
        default: r->d[i] = p[i] ^ q[i]; break;
        }
    }
    if (r->d[len - 1] >> 31) {
        /* negative: magnitude = ~r + 1 */
        dlimb c = 1;
        for (int64_t i = 0; i < len; i++) {
            c += (limb)~r->d[i];
            r->d[i] = (limb)c;
            c >>= 32;
        }
        return finish(r, len, -1);
    }
    return finish(r, len, 1);
}

/* ---- conversions to and from double --------------------------------- */

/* The 32 bits of d[0..n) starting at bit pos (pos >= 0). */
static limb bits32(const limb *d, int64_t n, int64_t pos)
{
    int64_t w = pos / 32;
    int bo = (int)(pos % 32);
    uint64_t lo = w < n ? d[w] : 0;
    uint64_t hi = w + 1 < n ? d[w + 1] : 0;
    return (limb)((hi << 32 | lo) >> bo);
}

/*
 * The double nearest to d[0..n) * 2**exp2 (+ a little more when sticky),
 * rounding half to even. Sets *overflow when it does not fit.
 */
static double round_to_double(const limb *d, int64_t n, bool sticky, int64_t exp2, bool *overflow)
{
    *overflow = false;
    while (n > 0 && d[n - 1] == 0)
        n--;
    int64_t nb = mag_bits(d, n);
    if (nb == 0)
        return 0.0;
    /* top: the 64 most significant bits, msb at bit 63; shift is the bit
     * index of top's lsb (negative when there are fewer than 64 bits) */
    int64_t shift = nb - 64;
    uint64_t top;
    if (nb <= 64) {
        uint64_t v = d[0] | (n > 1 ? (uint64_t)d[1] << 32 : 0);
        top = v << (64 - nb);
    } else {
        top = (uint64_t)bits32(d, n, shift + 32) << 32 | bits32(d, n, shift);
        int64_t w = shift / 32;
        for (int64_t i = 0; i < w && !sticky; i++)
            if (d[i])
                sticky = true;
        if (!sticky && (shift % 32) && (d[w] & (((limb)1 << (shift % 32)) - 1)))
            sticky = true;
    }
    int64_t e_low = exp2 + shift;      /* exponent of top's lsb */
    int64_t E = exp2 + nb - 1;         /* exponent of the leading bit */
    if (E > 1023) {
        *overflow = true;
        return HUGE_VAL;
    }
    int64_t keep = E < -1022 ? E + 1075 : 53;
    if (keep < 0)
        return 0.0;
    if (keep == 0) {
        /* value in [2**-1075, 2**-1074): tie rounds to 0 (even) */
        bool above = (top << 1) != 0 || sticky;
        return above ? ldexp(1.0, -1074) : 0.0;
    }
    int drop = (int)(64 - keep);
    uint64_t m = top >> drop;
    uint64_t rem = top & (((uint64_t)1 << drop) - 1);
    uint64_t half = (uint64_t)1 << (drop - 1);
    if (rem > half || (rem == half && (sticky || (m & 1))))
        m++;
    double r = ldexp((double)m, (int)(e_low + drop));
    if (isinf(r))
        *overflow = true;
    return r;
}

double bigint_to_double(Interp *I, Value a, bool *overflow)
{
    if (a.tag != V_OBJ) {
        *overflow = false;
        return (double)a.u.i;
    }
    IV x;
    iv_of(a, &x);
    double r = round_to_double(x.d, x.n, false, 0, overflow);
    return x.sign < 0 ? -r : r;
}

double bigint_truediv(Interp *I, Value a, Value b, bool *overflow)
{
    IV x, y;
    iv_of(a, &x);
    iv_of(b, &y);
    *overflow = false;
    if (x.sign == 0)
        return (y.sign < 0) ? -0.0 : 0.0;
    int sign = x.sign * y.sign;
    int64_t nx = mag_bits(x.d, x.n), ny = mag_bits(y.d, y.n);
    /* scale so the quotient has at least 56 bits */
    int64_t k = ny - nx + 56;
    const limb *u = x.d;
    int64_t un = x.n;
    bool sticky = false;
    if (k > 0) {
        Value sh = bigint_lshift(I, bigint_abs(I, a), k);
        IV s;
        iv_of(sh, &s);
        limb *c = scratch(I, s.n);
        memcpy(c, s.d, (size_t)s.n * sizeof(limb));
        u = c;
        un = s.n;
    } else if (k < 0) {
        bool lost;
        Value sh = mag_shr(I, &x, -k, 1, &lost);
        IV s;
        iv_of(sh, &s);
        limb *c = scratch(I, s.n);
        memcpy(c, s.d, (size_t)s.n * sizeof(limb));
        u = c;
        un = s.n;
        sticky = lost;
    }
    IV xs = { 1, un, u, { 0, 0 } };
    if (mag_cmp(u, un, y.d, y.n) < 0)
        return 0.0;   /* cannot happen with >= 56 quotient bits */
    limb *q = scratch(I, un - y.n + 1), *r = scratch(I, y.n);
    mag_quotrem(I, &xs, &y, q, r);
    for (int64_t i = 0; i < y.n && !sticky; i++)
        if (r[i])
            sticky = true;
    double res = round_to_double(q, un - y.n + 1, sticky, -k, overflow);
    return sign < 0 ? -res : res;
}

Value bigint_from_double(Interp *I, double d)
{
    double t = trunc(d);
    if (t >= -9223372036854775808.0 && t < 9223372036854775808.0)
        return v_int((int64_t)t);
    int e;
    double m = frexp(fabs(t), &e);           /* t = m * 2**e, 0.5 <= m < 1 */
    uint64_t mant = (uint64_t)ldexp(m, 53);  /* exact */
    return bigint_lshift(I, bigint_from_u64(I, mant, t < 0), e - 53);
}

/* ---- hashing -------------------------------------------------------- */

#define HASH_BITS 61
#define HASH_MOD (((uint64_t)1 << HASH_BITS) - 1)

int64_t bigint_hash(Interp *I, Value a)
{
    IV x;
    iv_of(a, &x);
    uint64_t h = 0;
    for (int64_t i = x.n - 1; i >= 0; i--) {
        /* h = h * 2**32 + d[i]  (mod 2**61 - 1): multiplying is a rotation */
        h = ((h << 32) & HASH_MOD) | (h >> (HASH_BITS - 32));
        h += x.d[i];
        if (h >= HASH_MOD)
            h -= HASH_MOD;
    }
    int64_t r = (int64_t)h;
    if (x.sign < 0)
        r = -r;
    if (r == -1)
        r = -2;
    return r;
}

uint32_t bigint_mod_small(Interp *I, Value a, uint32_t m)
{
    IV x;
    iv_of(a, &x);
    return mag_divmod1(NULL, x.d, x.n, m);
}

/* ---- text ------------------------------------------------------------ */

_Noreturn static void str_limit(Interp *I)
{
    exc_raisef(I, I->cls.ValueError,
               "Exceeds the limit (%d digits) for integer string conversion; "
               "use sys.set_int_max_str_digits() to increase the limit",
               BIGINT_MAX_STR_DIGITS);
}

void bigint_append_digits(Interp *I, StrBuf *sb, Value a, int base)
{
    static const char digs[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    IV x;
    iv_of(a, &x);
    if (x.n == 0) {
        sb_addc(sb, '0');
        return;
    }
    int bits = base == 2 ? 1 : base == 4 ? 2 : base == 8 ? 3 : base == 16 ? 4 : base == 32 ? 5 : 0;
    if (bits) {
        int64_t nb = mag_bits(x.d, x.n);
        int64_t nd = (nb + bits - 1) / bits;
        char *buf = interp_alloc(I, (size_t)nd);
        for (int64_t i = 0; i < nd; i++) {
            int64_t pos = i * bits;
            uint64_t lo = x.d[pos / 32];
            uint64_t hi = pos / 32 + 1 < x.n ? x.d[pos / 32 + 1] : 0;
            unsigned v = (unsigned)(((hi << 32 | lo) >> (pos % 32)) & ((1u << bits) - 1));
            buf[nd - 1 - i] = digs[v];
        }
        sb_add(sb, buf, (size_t)nd);
        return;
    }
    if (base == 10 && x.n > 451)
        str_limit(I);
    /* repeated division by the largest power of base fitting a limb */
    limb chunk = (limb)base;
    int per = 1;
    while ((dlimb)chunk * (dlimb)base <= 0xFFFFFFFFu) {
        chunk *= (limb)base;
        per++;
    }
    limb *t = scratch(I, x.n);
    memcpy(t, x.d, (size_t)x.n * sizeof(limb));
    int64_t n = x.n;
    int64_t cap = (x.n * 32) / per + 2;
    limb *parts = scratch(I, cap);
    int64_t np = 0;
    while (n > 0) {
        parts[np++] = mag_divmod1(t, t, n, chunk);
        while (n > 0 && t[n - 1] == 0)
            n--;
    }
    char *buf = interp_alloc(I, (size_t)(np * per + 1));
    int64_t len = 0;
    for (int64_t i = np - 1; i >= 0; i--) {
        char tmp[40];
        int k = 0;
        limb v = parts[i];
        for (int j = 0; j < per; j++) {
            tmp[k++] = digs[v % (limb)base];
            v /= (limb)base;
        }
        /* tmp holds digits least significant first */
        int start = per - 1;
        if (i == np - 1)
            while (start > 0 && tmp[start] == '0')
                start--;
        for (int j = start; j >= 0; j--)
            buf[len++] = tmp[j];
    }
    if (base == 10 && len > BIGINT_MAX_STR_DIGITS)
        str_limit(I);
    sb_add(sb, buf, (size_t)len);
}

static int digit_val(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

Value bigint_from_digits(Interp *I, const char *s, size_t n, int base, bool neg)
{
    while (n > 1 && *s == '0') {
        s++;
        n--;
    }
    int bits = base == 2 ? 1 : base == 4 ? 2 : base == 8 ? 3 : base == 16 ? 4 : base == 32 ? 5 : 0;
    if (bits) {
        int64_t nl = (int64_t)(n * (size_t)bits) / 32 + 1;
        BigInt *b = bi_new(I, nl);
        for (size_t i = 0; i < n; i++) {
            uint64_t v = (uint64_t)digit_val(s[n - 1 - i]);
            int64_t pos = (int64_t)i * bits;
            b->d[pos / 32] |= (limb)(v << (pos % 32));
            if ((pos % 32) + bits > 32)
                b->d[pos / 32 + 1] |= (limb)(v >> (32 - pos % 32));
        }
        return finish(b, nl, neg ? -1 : 1);
    }
    if (n > BIGINT_MAX_STR_DIGITS)
        exc_raisef(I, I->cls.ValueError,
                   "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; "
                   "use sys.set_int_max_str_digits() to increase the limit",
                   BIGINT_MAX_STR_DIGITS, n);
    limb chunk = (limb)base;
    int per = 1;
    while ((dlimb)chunk * (dlimb)base <= 0xFFFFFFFFu) {
        chunk *= (limb)base;
        per++;
    }
    /* a conservative limb count: log2(36) < 6 bits per digit */
    int64_t cap = (int64_t)(n * 6) / 32 + 2;
    BigInt *b = bi_new(I, cap);
    int64_t used = 0;
    size_t i = 0;
    while (i < n) {
        limb mult = 1, add = 0;
        for (int j = 0; j < per && i < n; j++, i++) {
            add = add * (limb)base + (limb)digit_val(s[i]);
            mult *= (limb)base;
        }
        dlimb c = add;
        for (int64_t k = 0; k < used; k++) {
            c += (dlimb)b->d[k] * mult;
            b->d[k] = (limb)c;
            c >>= 32;
        }
        if (c)
            b->d[used++] = (limb)c;
    }
    return finish(b, used, neg ? -1 : 1);
}

/* ---- integer square root ------------------------------------------------ */

Value bigint_isqrt(Interp *I, Value a)
{
    if (bigint_sign(a) == 0)
        return v_int(0);
    int64_t bits = bigint_bit_length(I, a);
    /* x0 >= sqrt(a): 2**ceil(bits/2) */
    Value x = bigint_lshift(I, v_int(1), (bits + 1) / 2);
    for (;;) {
        Value q;
        bigint_divmod(I, a, x, &q, NULL);
        Value y = bigint_rshift(I, bigint_add(I, x, q), 1);
        if (bigint_cmp(I, y, x) >= 0)
            return x;
        x = y;
    }
}
