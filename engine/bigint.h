/*
 * bigint.h — arbitrary-precision integers behind Python's `int`.
 *
 * An int is a V_INT when it fits in int64 (the canonical form) and a BigInt
 * object (class `int`) only when it does not. Every function here accepts
 * any int Value (V_INT, V_BOOL or BigInt) and returns a normalised one, so
 * callers never see a BigInt holding a small value. int.c owns the Python
 * type; this file owns the arithmetic.
 */
#ifndef ORMKATA_BIGINT_H
#define ORMKATA_BIGINT_H

#include <stdbool.h>
#include <stdint.h>

#include "obj.h"

/* Sign-magnitude, base 2**32 limbs, little-endian; top limb non-zero. */
struct BigInt {
    Obj hdr;
    int32_t sign;             /* +1 or -1 (zero is always a V_INT) */
    int32_t n;                /* limbs in d */
    uint32_t d[];
};

/* CPython 3.11's default sys.get_int_max_str_digits(). */
#define BIGINT_MAX_STR_DIGITS 4300

/* True when v is a BigInt object (not a small int, not a subclass instance). */
bool bigint_is(Interp *I, Value v);

Value bigint_add(Interp *I, Value a, Value b);
Value bigint_sub(Interp *I, Value a, Value b);
Value bigint_mul(Interp *I, Value a, Value b);
/* Floor division and modulo (Python rounding). b must be non-zero (caller raises). */
void bigint_divmod(Interp *I, Value a, Value b, Value *q, Value *r);
/* a ** b for b >= 0. */
Value bigint_pow(Interp *I, Value a, Value b);
/* pow(a, b, m) for b >= 0, m != 0; result has the sign of m as in Python. */
Value bigint_powmod(Interp *I, Value a, Value b, Value m);
/* Shifts by a non-negative count (caller raises for negative counts). */
Value bigint_lshift(Interp *I, Value a, int64_t n);
Value bigint_rshift(Interp *I, Value a, int64_t n);
/* op is OP_BITAND, OP_BITOR or OP_BITXOR; two's complement semantics. */
Value bigint_bitop(Interp *I, int op, Value a, Value b);
Value bigint_neg(Interp *I, Value a);
Value bigint_abs(Interp *I, Value a);
Value bigint_invert(Interp *I, Value a);
/* -1, 0 or 1 as a <, ==, > b. */
int bigint_cmp(Interp *I, Value a, Value b);
/* Sign of an int: -1, 0, 1. */
int bigint_sign(Value a);
/* Correctly rounded conversion; *overflow set (and HUGE_VAL returned) when too large. */
double bigint_to_double(Interp *I, Value a, bool *overflow);
/* a / b correctly rounded (b != 0); *overflow set when the result is too large. */
double bigint_truediv(Interp *I, Value a, Value b, bool *overflow);
/* The integer part of a finite double, exactly. */
Value bigint_from_double(Interp *I, double d);
/* hash(a) as CPython: a mod (2**61 - 1) with the sign, -1 mapped to -2. */
int64_t bigint_hash(Interp *I, Value a);
/* Number of bits of |a| (int.bit_length). */
int64_t bigint_bit_length(Interp *I, Value a);
/* Text of |a| in base 2..36 (lowercase digits), no sign or prefix, appended to sb.
 * Base 10 enforces the 4300-digit limit (ValueError as CPython). */
void bigint_append_digits(Interp *I, StrBuf *sb, Value a, int base);
/* Value of the digit string s[0..n) (digits only, already validated) in `base`.
 * Non power-of-two bases enforce the 4300-digit limit (ValueError). */
Value bigint_from_digits(Interp *I, const char *s, size_t n, int base, bool neg);
/* The value of an unsigned 64-bit magnitude with a sign. */
Value bigint_from_u64(Interp *I, uint64_t mag, bool neg);
/* hi * 2**64 + lo, non-negative. */
Value bigint_from_u96(Interp *I, uint32_t hi, uint64_t lo);
/* Integer square root of a >= 0 (math.isqrt). */
Value bigint_isqrt(Interp *I, Value a);
/* a mod m for a small positive m (hashing, formatting helpers). */
uint32_t bigint_mod_small(Interp *I, Value a, uint32_t m);

#endif
