/*
 * mod_decimal.h — the `decimal` module (Decimal, Context, the signals) and
 * the C API the ORM uses for DecimalField values.
 *
 * Decimal values are immutable arena objects; every function here may raise
 * Python exceptions (exc.h) exactly as the matching Python operation would
 * (decimal.InvalidOperation for bad text, …). All functions work before the
 * program imports `decimal`: the module is imported on demand.
 */
#ifndef ORMKATA_MOD_DECIMAL_H
#define ORMKATA_MOD_DECIMAL_H

#include <stdbool.h>
#include <stdint.h>

#include "mod_decimal_num.h"
#include "obj.h"

/* Create the module (registered by builtins.c under "decimal"). */
Module *mod_decimal_init(Interp *I);

/* Whether v is a Decimal (or an instance of a Python subclass). */
bool dec_is_decimal(Interp *I, Value v);
/* Decimal(text): exact, raises InvalidOperation([ConversionSyntax]) on bad text. */
Value dec_from_str(Interp *I, const char *s);
Value dec_from_int(Interp *I, Value i);            /* an int Value (small or big) */
Value dec_from_double(Interp *I, double d);        /* exact, as Decimal(0.1) */
/* The number inside a Decimal value (read only; v must be a Decimal). */
const DecNum *dec_num(Value v);
/* A new Decimal holding a copy of *x (no rounding). */
Value dec_from_num(Interp *I, const DecNum *x);
/* str(d): to-sci-string ("19.99", "1E+2", "NaN"). */
Str *dec_to_str(Interp *I, Value d);
/* format(d, "f"): plain notation, never an exponent ("100", "0.000001"). */
Str *dec_to_plain(Interp *I, Value d);
/* d.quantize(Decimal(1).scaleb(-places), rounding) in a context whose
 * precision is `prec` (0: the current context's), as Django's
 * format_number and the SQLite converters do. Raises InvalidOperation when
 * the result needs more than prec digits. */
Value dec_quantize(Interp *I, Value d, int64_t places, int64_t prec, DecRound rounding);
/* float(d) and a - b comparison (-1, 0, 1; NaN raises InvalidOperation). */
double dec_to_double(Interp *I, Value d);
int dec_cmp(Interp *I, Value a, Value b);

#endif
