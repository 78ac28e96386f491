/*
 * num.h — helpers shared by the number files (int.c, float.c, fmt.c,
 * fmt_percent.c, mod_math.c). Not part of the engine-wide contract:
 * other engine files use the numbers section of obj.h.
 */
#ifndef ORMKATA_NUM_H
#define ORMKATA_NUM_H

#include <stdbool.h>

#include "obj.h"

/* Instances of Python subclasses of int / float: the value rides after the dict. */
typedef struct NumSub {
    Obj hdr;
    Dict *dict;
    Value val;
} NumSub;

/* The plain number inside v: a subclass instance's value, else v itself
 * (bools become V_INT when to_int). */
Value num_unwrap(Interp *I, Value v);
/* True for any int: V_INT, V_BOOL, BigInt, or an instance of a subclass of int. */
bool num_is_int(Interp *I, Value v);
/* True for a float or an instance of a subclass of float. */
bool num_is_float(Interp *I, Value v);
/* Exact comparison of an int (plain Value) with a double:
 * -1, 0, 1, or 2 when d is NaN. */
int num_cmp_int_float(Interp *I, Value i, double d);
/* a op b on doubles with Python's float semantics and error messages. */
Value float_arith(Interp *I, int op, double a, double b);
/* int, bool or float as a double (OverflowError for huge ints). */
double num_as_double(Interp *I, Value v);
/* int op int for the arithmetic operators (no type checks). */
Value int_arith(Interp *I, int op, Value a, Value b);
/* CPython-style "True"/"False" and int reprs appended to a buffer. */
void int_append(Interp *I, StrBuf *sb, Value v, int base);
/* The shortest round-tripping digits of a finite, non-zero |d|: writes
 * up to 17 digits (no dot) into digits and returns the count; *decpt is
 * the decimal exponent so that value = 0.DIGITS * 10**decpt. */
int float_shortest(double d, char *digits, int *decpt);

/* int()/float() text with Unicode digits and spaces made ASCII (int.c). */
const char *num_ascii_text(Interp *I, Str *s, size_t *len);
/* Flags for fmt_float_text (CPython's Py_DTSF_*). */
enum { FMTF_ALT = 1, FMTF_ADD_DOT_0 = 2, FMTF_NO_NEG_0 = 4 };
/* d as text with code 'e' 'E' 'f' 'F' 'g' 'G' or 'r' (repr) and precision,
 * a leading '-' when negative (fmt.c; CPython's PyOS_double_to_string). */
void fmt_float_text(Interp *I, StrBuf *sb, double d, char code, int64_t prec, int flags);

#endif
