/*
 * mod_decimal_num.h — the arithmetic core behind the `decimal` module:
 * General Decimal Arithmetic numbers (sign, decimal coefficient, exponent,
 * infinities and NaNs) with exact operations followed by one rounding step
 * to a context, as CPython's libmpdec does. No Python objects here: results
 * and status flags come back to mod_decimal.c, which raises the signals the
 * context traps.
 *
 * Digits live in the run's arena (interp_alloc); nothing is ever freed.
 */
#ifndef ORMKATA_MOD_DECIMAL_NUM_H
#define ORMKATA_MOD_DECIMAL_NUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Interp Interp;

enum { DN_FINITE = 0, DN_INF, DN_NAN, DN_SNAN };

/* A decimal number. The coefficient is d[0..n) little-endian (d[0] is the
 * units digit), normalised so that d[n-1] != 0 unless the value is a zero,
 * which has n == 1 and d[0] == 0. A NaN keeps its payload in d (n == 0 when
 * it has none). */
typedef struct DecNum {
    uint8_t sign;               /* 1: negative */
    uint8_t kind;               /* DN_FINITE, DN_INF, DN_NAN, DN_SNAN */
    int32_t n;
    int64_t exp;
    uint8_t *d;
} DecNum;

/* Rounding modes, in CPython's order of the ROUND_* constants' names. */
typedef enum DecRound {
    DR_UP, DR_DOWN, DR_CEILING, DR_FLOOR, DR_HALF_UP, DR_HALF_DOWN, DR_HALF_EVEN, DR_05UP,
    DR__COUNT
} DecRound;

/* Status conditions (libmpdec's MPD_* flags). */
enum {
    DS_CLAMPED = 1 << 0, DS_CONV_SYNTAX = 1 << 1, DS_DIV_BY_ZERO = 1 << 2,
    DS_DIV_IMPOSSIBLE = 1 << 3, DS_DIV_UNDEFINED = 1 << 4, DS_FPU_ERROR = 1 << 5,
    DS_INEXACT = 1 << 6, DS_INVALID_CONTEXT = 1 << 7, DS_INVALID_OP = 1 << 8,
    DS_MALLOC_ERROR = 1 << 9, DS_FLOAT_OP = 1 << 10, DS_OVERFLOW = 1 << 11,
    DS_ROUNDED = 1 << 12, DS_SUBNORMAL = 1 << 13, DS_UNDERFLOW = 1 << 14
};
/* Every condition that CPython reports as InvalidOperation. */
#define DS_IEEE_INVALID (DS_CONV_SYNTAX | DS_DIV_IMPOSSIBLE | DS_DIV_UNDEFINED | \
                         DS_FPU_ERROR | DS_INVALID_CONTEXT | DS_INVALID_OP | DS_MALLOC_ERROR)

typedef struct DecCtx {
    int64_t prec, emax, emin;
    DecRound round;
    int clamp;
    int capitals;
    uint32_t traps, flags;      /* DS_* bits */
} DecCtx;

/* CPython's default context: prec=28, ROUND_HALF_EVEN, Emin=-999999,
 * Emax=999999, capitals=1, clamp=0, traps InvalidOperation, DivisionByZero,
 * Overflow. */
void decnum_ctx_default(DecCtx *c);

/* Constructors (exact, no context). */
void decnum_zero(DecNum *r);
void decnum_from_i64(Interp *I, DecNum *r, int64_t v);
/* Parse Python's Decimal string syntax (surrounding whitespace and
 * underscores between digits allowed). false on a syntax error. */
bool decnum_parse(Interp *I, DecNum *r, const char *s, size_t len);
/* The exact value of a double (NaN and infinities included). */
void decnum_from_double(Interp *I, DecNum *r, double d);
/* A copy that shares nothing with x. */
void decnum_copy(Interp *I, DecNum *r, const DecNum *x);

/* Text. Both return NUL-terminated arena strings. */
char *decnum_to_sci(Interp *I, const DecNum *x, int capitals);
/* Coefficient digits, most significant first ("" for a NaN without payload). */
char *decnum_digits(Interp *I, const DecNum *x);

static inline bool decnum_is_zero(const DecNum *x) { return x->kind == DN_FINITE && x->n == 1 && x->d[0] == 0; }
static inline bool decnum_is_nan(const DecNum *x) { return x->kind == DN_NAN || x->kind == DN_SNAN; }
/* Exponent of the most significant digit (x finite). */
static inline int64_t decnum_adjusted(const DecNum *x) { return x->exp + x->n - 1; }

/* Round x in place to the context (libmpdec's finalize / _fix). */
void decnum_finalize(Interp *I, DecNum *x, const DecCtx *c, uint32_t *status);

/* Arithmetic. r may alias neither operand. Each sets DS_* bits in *status
 * and leaves a NaN in r on invalid operations. */
void decnum_add(Interp *I, DecNum *r, const DecNum *a, const DecNum *b, bool negate_b,
                const DecCtx *c, uint32_t *status);
void decnum_mul(Interp *I, DecNum *r, const DecNum *a, const DecNum *b, const DecCtx *c, uint32_t *status);
void decnum_div(Interp *I, DecNum *r, const DecNum *a, const DecNum *b, const DecCtx *c, uint32_t *status);
/* Integer division truncating towards zero and the matching remainder
 * (either output may be NULL). */
void decnum_divmod(Interp *I, DecNum *q, DecNum *rem, const DecNum *a, const DecNum *b,
                   const DecCtx *c, uint32_t *status);
/* a ** b where b is integral (the only powers this module supports);
 * returns false when b is not an integer (the caller decides). */
bool decnum_pow(Interp *I, DecNum *r, const DecNum *a, const DecNum *b, const DecCtx *c, uint32_t *status);
/* +x / -x / abs(x) rounded to the context. */
void decnum_plus(Interp *I, DecNum *r, const DecNum *x, int how, const DecCtx *c, uint32_t *status);

/* x rounded to exponent `exp` with `mode` (quantize's core). */
void decnum_quantize(Interp *I, DecNum *r, const DecNum *x, const DecNum *q, DecRound mode,
                     const DecCtx *c, uint32_t *status);
/* x rounded to an integer (exponent max(exp, 0)) with `mode`. */
void decnum_to_integral(Interp *I, DecNum *r, const DecNum *x, DecRound mode, uint32_t *status);
/* x rounded to the context, trailing zeros stripped. */
void decnum_normalize(Interp *I, DecNum *r, const DecNum *x, const DecCtx *c, uint32_t *status);
/* Rescale without context checks (format's helper): exponent becomes exp. */
void decnum_rescale(Interp *I, DecNum *r, const DecNum *x, int64_t exp, DecRound mode);
/* Round to at most `digits` significant digits (format's helper). */
void decnum_round_sig(Interp *I, DecNum *r, const DecNum *x, int64_t digits, DecRound mode);

/* Numeric comparison of non-NaN numbers: -1, 0, 1. */
int decnum_cmp(const DecNum *a, const DecNum *b);
/* CPython's hash of a finite or infinite Decimal (equal to int/float hashes). */
int64_t decnum_hash(const DecNum *x);

/* Integer value of a finite integral x (exp >= 0 or zeros after the point)
 * as decimal text, truncating any fraction. */
char *decnum_trunc_text(Interp *I, const DecNum *x);

#endif
