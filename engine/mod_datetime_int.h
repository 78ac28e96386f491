/*
 * mod_datetime_int.h — what the files of the `datetime` module share:
 * object layouts, the per-interpreter state and calendar helpers.
 * mod_datetime.c: state, timedelta, timezone, C API, module creation;
 * mod_datetime_date.c: date, datetime, time; mod_datetime_fmt.c: ISO text
 * and strftime. Only these files include it.
 */
#ifndef ORMKATA_MOD_DATETIME_INT_H
#define ORMKATA_MOD_DATETIME_INT_H

#include "interp_int.h"
#include "mod_datetime.h"

/* date; datetime extends it, so date code works on both. */
typedef struct DateObj {
    Obj hdr;
    Dict *dict;                 /* Python subclasses */
    int32_t year;
    uint8_t month, day;
} DateObj;

typedef struct DateTimeObj {
    DateObj d;
    uint8_t hour, minute, second, fold;
    int32_t us;
    Value tzinfo;               /* V_NONE when naive */
} DateTimeObj;

typedef struct TimeObj {
    Obj hdr;
    Dict *dict;
    uint8_t hour, minute, second, fold;
    int32_t us;
    Value tzinfo;
} TimeObj;

typedef struct DeltaObj {
    Obj hdr;
    Dict *dict;
    int32_t days, seconds, us;  /* normalised: 0 <= seconds < 86400, 0 <= us < 10**6 */
} DeltaObj;

typedef struct TzObj {
    Obj hdr;
    Dict *dict;
    int64_t offset_us;          /* strictly within +-24h */
    Value offset;               /* the timedelta */
    Str *name;                  /* NULL: derived "UTC+01:00" */
} TzObj;

typedef struct DtState {
    uint32_t magic;
    Class *date, *datetime, *time, *timedelta, *tzinfo, *timezone;
    Value utc;                  /* timezone.utc */
    bool frozen;
    int64_t frozen_us;
    Module *mod;
    Module *py;                 /* _datetime_py, once imported */
} DtState;

#define DT_MAGIC 0x44745374u
#define US_PER_DAY INT64_C(86400000000)
#define MAX_ORDINAL 3652059     /* date.max.toordinal() */

/* The state through any of the module's classes, else by import. */
DtState *dt_state(Interp *I);
DtState *dt_state_of(Class *c);
bool dt_isa(Value v, Class *c);
/* "datetime.date" style names for messages (C types' tp_name). */
const char *dt_tp_name(Interp *I, Value v);

/* ValueErrors as the constructors raise them. */
void dt_check_date(Interp *I, int64_t y, int64_t m, int64_t d);
void dt_check_time(Interp *I, int64_t h, int64_t mi, int64_t s, int64_t us, int64_t fold);
void dt_check_tzinfo(Interp *I, DtState *st, Value tz);

/* Objects. cls NULL: the plain class. Values are checked by the caller. */
Value dt_make_date(Interp *I, Class *cls, int y, int m, int d);
Value dt_make_datetime(Interp *I, Class *cls, int y, int mo, int d, int h, int mi, int s, int us,
                       Value tz, int fold);
Value dt_make_time(Interp *I, Class *cls, int h, int mi, int s, int us, Value tz, int fold);
Value dt_make_delta_us(Interp *I, __int128 us);   /* OverflowError past the range */
Value dt_make_delta(Interp *I, Class *cls, __int128 us);
__int128 dt_delta_us(Value td);
/* tz.utcoffset(dt) in microseconds; false when it is None. */
bool dt_utcoffset(Interp *I, Value tz, Value dt, int64_t *off_us);
/* "+01:00" (sep ":") style offset text, as isoformat and %z print it. */
void dt_format_offset(StrBuf *sb, int64_t off_us, const char *sep);

/* Whether an unsupported binary operation with `other` must be left to
 * the other operand: Python classes (reflected dunders) and sequence
 * repetition (`[1] * td` raises the sequence's own message). */
static inline bool dt_defer_binop(Interp *I, int op, Value other)
{
    Class *c = class_of(I, other);
    if (c->flags & CLS_PYTHON)
        return true;
    return (op & 0xff) == OP_MUL && (c == I->cls.list || c == I->cls.tuple || c == I->cls.str ||
                                     c == I->cls.bytes);
}

/* mod_datetime_date.c */
void dt_date_classes_init(Interp *I, DtState *st);
/* Microseconds since 0001-01-01 (naive wall time) of a datetime. */
int64_t dt_datetime_us(const DateTimeObj *d);

/* mod_datetime_fmt.c */
Str *dt_strftime(Interp *I, Value obj, Str *fmt);
/* Parse ISO text; false when invalid. Fields are range-checked by the caller. */
bool dt_parse_date_text(const char *s, size_t n, int *y, int *m, int *d);
bool dt_parse_time_text(Interp *I, const char *s, size_t n, int *h, int *mi, int *sec, int *us,
                        bool *has_tz, int64_t *off_us);
Value dt_fromiso(Interp *I, Class *cls, DtKind kind, Str *s, bool raise);

/* mod_datetime_strptime.c: the datetime.strptime classmethod (argv[0] is cls). */
Value dt_strptime(Interp *I, int argc, const Value *argv, const KwArgs *kw);

#endif
