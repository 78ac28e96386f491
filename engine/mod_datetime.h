/*
 * mod_datetime.h — the `datetime` module (date, datetime, time, timedelta,
 * timezone) and the C API the ORM uses for DateField / DateTimeField values
 * and SQLite's ISO text.
 *
 * All functions may raise Python exceptions exactly as the Python
 * operation would (ValueError "month must be in 1..12", …), and work
 * before the program imports `datetime`: the module is imported on demand.
 */
#ifndef ORMKATA_MOD_DATETIME_H
#define ORMKATA_MOD_DATETIME_H

#include <stdbool.h>
#include <stdint.h>

#include "obj.h"

/* Create the module (registered by builtins.c under "datetime"). */
Module *mod_datetime_init(Interp *I);

/* The clock. `now` is the naive local wall-clock time as microseconds since
 * 1970-01-01T00:00:00 (no time zone). A frozen clock makes date.today(),
 * datetime.now(), datetime.utcnow() and datetime.now(tz) read that instant
 * (`ormkata run --now`); tz-aware now() treats the frozen time as UTC. */
void dt_set_frozen_now(Interp *I, int64_t unix_us);
void dt_clear_frozen_now(Interp *I);
int64_t dt_now_us(Interp *I);        /* frozen value, else the real local time */

/* Constructors: range checks and messages as the Python constructors. */
Value dt_date_new(Interp *I, int y, int m, int d);
/* tzinfo: V_NONE for a naive datetime, or a tzinfo value (dt_utc()). */
Value dt_datetime_new(Interp *I, int y, int mo, int d, int h, int mi, int s, int us, Value tzinfo);
Value dt_time_new(Interp *I, int h, int mi, int s, int us, Value tzinfo);
/* Normalised as timedelta(days, seconds, microseconds); OverflowError past
 * +-999999999 days. */
Value dt_timedelta_new(Interp *I, int64_t days, int64_t seconds, int64_t us);
Value dt_utc(Interp *I);             /* timezone.utc */

/* Type checks (Python subclasses included). dt_is_date is false for a
 * datetime (check dt_is_datetime first when both are accepted). */
bool dt_is_date(Interp *I, Value v);
bool dt_is_datetime(Interp *I, Value v);
bool dt_is_time(Interp *I, Value v);
bool dt_is_timedelta(Interp *I, Value v);

/* Fields of a value of the right type (check first). */
void dt_date_parts(Value v, int *y, int *m, int *d);   /* also works on a datetime */
void dt_datetime_parts(Value v, int *y, int *mo, int *d, int *h, int *mi, int *s, int *us, Value *tzinfo);
void dt_time_parts(Value v, int *h, int *mi, int *s, int *us, Value *tzinfo);
void dt_timedelta_parts(Value v, int64_t *days, int *seconds, int *us);

/* ISO text, as SQLite stores it: "2024-01-15", "2024-01-15 12:00:00[.ffffff][+00:00]",
 * "12:30:00". What datetime.fromisoformat (Python 3.11) accepts, but
 * returns V_UNSET instead of raising when the text is not valid. */
typedef enum DtKind { DT_DATE, DT_DATETIME, DT_TIME } DtKind;
Value dt_parse_iso(Interp *I, const char *s, size_t len, DtKind kind);
/* isoformat(sep) of a date, datetime or time ("2024-01-15T12:00:00"). */
Str *dt_isoformat(Interp *I, Value v, char sep);

/* Calendar (proleptic Gregorian, as CPython): ordinals count from
 * 0001-01-01 = 1 as date.toordinal(). Pure functions, also used by the
 * SQL functions Django registers (db_func.c). */
bool dt_is_leap(int y);
int dt_days_in_month(int y, int m);
int64_t dt_ymd_to_ord(int y, int m, int d);
void dt_ord_to_ymd(int64_t ord, int *y, int *m, int *d);
int dt_weekday(int y, int m, int d);        /* Monday 0 */
void dt_iso_calendar(int y, int m, int d, int *iy, int *iw, int *iwd);

#endif
