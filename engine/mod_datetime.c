/*
 * mod_datetime.c — the `datetime` module: its state (classes, the frozen
 * clock), the calendar arithmetic, timedelta, tzinfo and timezone, the C
 * API of mod_datetime.h, and the module object. date, datetime and time
 * live in mod_datetime_date.c; ISO text and strftime in mod_datetime_fmt.c.
 * Behaviour and messages follow CPython 3.11's _datetimemodule.c.
 */
#include "mod_datetime_int.h"

#include <math.h>
#include <string.h>
#include <time.h>

/* ------------------------------------------------------------------ */
/* State                                                               */
/* ------------------------------------------------------------------ */

DtState *dt_state_of(Class *c)
{
    if (!c || !c->native_base->ext || !c->native_base->module ||
        strcmp(c->native_base->module->s, "datetime") != 0)
        return NULL;
    DtState *st = c->native_base->ext;
    return st->magic == DT_MAGIC ? st : NULL;
}

DtState *dt_state(Interp *I)
{
    if (I->cur_native && I->cur_native->data && ((DtState *)I->cur_native->data)->magic == DT_MAGIC)
        return I->cur_native->data;
    if (I->dt)
        return I->dt;
    for (ModuleEntry *e = I->modules; e; e = e->next) {
        if (strcmp(e->name, "datetime") != 0)
            continue;
        Module *m = e->mod ? e->mod : interp_import(I, str_intern_cstr(I, "datetime"));
        int64_t pos = 0;
        Value k, v;
        while (dict_next(m->dict, &pos, &k, &v)) {
            DtState *st = v.tag == V_OBJ && v.u.o->cls == I->cls.type ? dt_state_of((Class *)v.u.o) : NULL;
            if (st)
                return I->dt = st;
        }
    }
    exc_raisef(I, I->cls.ImportError, "datetime module is not available");
}

bool dt_isa(Value v, Class *c)
{
    return v.tag == V_OBJ && class_is_subclass(v.u.o->cls, c);
}

const char *dt_tp_name(Interp *I, Value v)
{
    Class *c = class_of(I, v);
    if (!(c->flags & CLS_PYTHON) && c->module && strcmp(c->module->s, "builtins") != 0)
        return str_fmt(I, "%s.%s", c->module->s, c->name->s)->s;
    return c->name->s;
}

/* ------------------------------------------------------------------ */
/* Calendar                                                            */
/* ------------------------------------------------------------------ */

static const int days_before_month_tab[] = { 0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
static const int days_in_month_tab[] = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

bool dt_is_leap(int y)
{
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

int dt_days_in_month(int y, int m)
{
    return m == 2 && dt_is_leap(y) ? 29 : days_in_month_tab[m];
}

int64_t dt_ymd_to_ord(int y, int m, int d)
{
    int64_t yy = y - 1;
    int64_t before = yy * 365 + yy / 4 - yy / 100 + yy / 400;
    int bm = days_before_month_tab[m] + (m > 2 && dt_is_leap(y));
    return before + bm + d;
}

void dt_ord_to_ymd(int64_t ordinal, int *year, int *month, int *day)
{
    const int DI400Y = 146097, DI100Y = 36524, DI4Y = 1461;
    ordinal--;
    int64_t n400 = ordinal / DI400Y, n = ordinal % DI400Y;
    *year = (int)(n400 * 400 + 1);
    int64_t n100 = n / DI100Y;
    n %= DI100Y;
    int64_t n4 = n / DI4Y;
    n %= DI4Y;
    int64_t n1 = n / 365;
    n %= 365;
    *year += (int)(n100 * 100 + n4 * 4 + n1);
    if (n1 == 4 || n100 == 4) {
        *year -= 1;
        *month = 12;
        *day = 31;
        return;
    }
    bool leap = n1 == 3 && (n4 != 24 || n100 == 3);
    *month = (int)((n + 50) >> 5);
    int preceding = days_before_month_tab[*month] + (*month > 2 && leap);
    if (preceding > n) {
        *month -= 1;
        preceding -= (*month == 2 && leap) ? 29 : days_in_month_tab[*month];
    }
    *day = (int)(n - preceding + 1);
}

int dt_weekday(int y, int m, int d)
{
    return (int)((dt_ymd_to_ord(y, m, d) + 6) % 7);
}

static int64_t iso_week1_monday(int year)
{
    int64_t first = dt_ymd_to_ord(year, 1, 1);
    int64_t wd = (first + 6) % 7;
    int64_t monday = first - wd;
    if (wd > 3)
        monday += 7;
    return monday;
}

static int64_t floordiv(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

void dt_iso_calendar(int y, int m, int d, int *iy, int *iw, int *iwd)
{
    int year = y;
    int64_t monday = iso_week1_monday(year);
    int64_t today = dt_ymd_to_ord(y, m, d);
    int64_t week = floordiv(today - monday, 7), day = today - monday - week * 7;
    if (week < 0) {
        year--;
        monday = iso_week1_monday(year);
        week = floordiv(today - monday, 7);
        day = today - monday - week * 7;
    } else if (week >= 52 && today >= iso_week1_monday(year + 1)) {
        year++;
        week = 0;
    }
    *iy = year;
    *iw = (int)week + 1;
    *iwd = (int)day + 1;
}

void dt_check_date(Interp *I, int64_t y, int64_t m, int64_t d)
{
    if (y < 1 || y > 9999)
        exc_raisef(I, I->cls.ValueError, "year %lld is out of range", (long long)y);
    if (m < 1 || m > 12)
        exc_raisef(I, I->cls.ValueError, "month must be in 1..12");
    if (d < 1 || d > dt_days_in_month((int)y, (int)m))
        exc_raisef(I, I->cls.ValueError, "day is out of range for month");
}

void dt_check_time(Interp *I, int64_t h, int64_t mi, int64_t s, int64_t us, int64_t fold)
{
    if (h < 0 || h > 23)
        exc_raisef(I, I->cls.ValueError, "hour must be in 0..23");
    if (mi < 0 || mi > 59)
        exc_raisef(I, I->cls.ValueError, "minute must be in 0..59");
    if (s < 0 || s > 59)
        exc_raisef(I, I->cls.ValueError, "second must be in 0..59");
    if (us < 0 || us > 999999)
        exc_raisef(I, I->cls.ValueError, "microsecond must be in 0..999999");
    if (fold != 0 && fold != 1)
        exc_raisef(I, I->cls.ValueError, "fold must be either 0 or 1");
}

void dt_check_tzinfo(Interp *I, DtState *st, Value tz)
{
    if (!v_is_none(tz) && !dt_isa(tz, st->tzinfo))
        exc_raisef(I, I->cls.TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'",
                   type_name(I, tz));
}

/* ------------------------------------------------------------------ */
/* timedelta                                                           */
/* ------------------------------------------------------------------ */

static __int128 floordiv128(__int128 a, __int128 b)
{
    __int128 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static Value make_delta(Interp *I, Class *cls, __int128 total)
{
    __int128 secs = floordiv128(total, 1000000);
    int32_t us = (int32_t)(total - secs * 1000000);
    __int128 days = floordiv128(secs, 86400);
    int32_t s = (int32_t)(secs - days * 86400);
    if (days > 999999999 || days < -999999999)
        exc_raisef(I, I->cls.OverflowError, "days=%lld; must have magnitude <= 999999999",
                   (long long)days);
    if (!cls)
        cls = dt_state(I)->timedelta;
    DeltaObj *o = obj_alloc(I, cls, cls->inst_size);
    o->days = (int32_t)days;
    o->seconds = s;
    o->us = us;
    return v_obj(o);
}

Value dt_make_delta_us(Interp *I, __int128 us)
{
    return make_delta(I, NULL, us);
}

Value dt_make_delta(Interp *I, Class *cls, __int128 us)
{
    return make_delta(I, cls, us);
}

__int128 dt_delta_us(Value td)
{
    DeltaObj *o = (DeltaObj *)td.u.o;
    return (__int128)o->days * US_PER_DAY + (__int128)o->seconds * 1000000 + o->us;
}

/* CPython's accum(): add num * factor to *sofar exactly for ints, keeping
 * the fractional microseconds of floats in *leftover. */
static void accum(Interp *I, const char *tag, __int128 *sofar, Value num, int64_t factor, double *leftover)
{
    if (num.tag == V_FLOAT || obj_isinstance(I, num, I->cls.float_)) {
        double d = num.tag == V_FLOAT ? num.u.f : obj_call_method_cstr(I, num, "__float__", 0, NULL).u.f;
        if (!isfinite(d) || fabs(d) > 1e20)
            exc_raisef(I, I->cls.OverflowError, isnan(d) ? "cannot convert float NaN to integer"
                                                         : "cannot convert float infinity to integer");
        double ip;
        double fp = modf(d, &ip);
        *sofar += (__int128)ip * factor;
        if (fp == 0.0)
            return;
        double dn = (double)factor * fp;
        fp = modf(dn, &ip);
        *sofar += (__int128)ip;
        *leftover += fp;
        return;
    }
    if (num.tag == V_INT || num.tag == V_BOOL || obj_isinstance(I, num, I->cls.int_)) {
        int64_t v = int_as_i64(I, num);
        *sofar += (__int128)v * factor;
        return;
    }
    exc_raisef(I, I->cls.TypeError, "unsupported type for timedelta %s component: %s", tag, type_name(I, num));
}

static Value delta_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "days", "seconds", "microseconds", "milliseconds",
                                         "minutes", "hours", "weeks" };
    static const int64_t factors[] = { US_PER_DAY, 1000000, 1, 1000, 60000000, INT64_C(3600000000),
                                       7 * US_PER_DAY };
    Value a[7];
    args_parse(I, "timedelta", argc, argv, kw, 7, names, 0, 0, a);
    __int128 total = 0;
    double leftover = 0;
    /* CPython's order: us, ms, seconds, minutes, hours, days, weeks. */
    static const int order[] = { 2, 3, 1, 4, 5, 0, 6 };
    for (int k = 0; k < 7; k++) {
        int i = order[k];
        if (!v_is_unset(a[i]))
            accum(I, names[i], &total, a[i], factors[i], &leftover);
    }
    if (leftover != 0.0) {
        double whole = round(leftover);
        if (fabs(whole - leftover) == 0.5) {
            int odd = (int)(total & 1);
            whole = 2.0 * round((leftover + odd) * 0.5) - odd;
        }
        total += (__int128)whole;
    }
    return make_delta(I, cls, total);
}

static Str *delta_repr(Interp *I, Value self)
{
    DeltaObj *o = (DeltaObj *)self.u.o;
    Class *c = self.u.o->cls;
    const char *name = (c->flags & CLS_PYTHON) ? c->name->s : "datetime.timedelta";
    StrBuf sb;
    sb_init(&sb, I);
    sb_printf(&sb, "%s(", name);
    const char *sep = "";
    if (o->days) {
        sb_printf(&sb, "days=%d", o->days);
        sep = ", ";
    }
    if (o->seconds) {
        sb_printf(&sb, "%sseconds=%d", sep, o->seconds);
        sep = ", ";
    }
    if (o->us)
        sb_printf(&sb, "%smicroseconds=%d", sep, o->us);
    if (!o->days && !o->seconds && !o->us)
        sb_addc(&sb, '0');
    sb_addc(&sb, ')');
    return sb_finish(&sb);
}

static Str *delta_str(Interp *I, Value self)
{
    DeltaObj *o = (DeltaObj *)self.u.o;
    StrBuf sb;
    sb_init(&sb, I);
    if (o->days)
        sb_printf(&sb, "%d day%s, ", o->days, (o->days == 1 || o->days == -1) ? "" : "s");
    sb_printf(&sb, "%d:%02d:%02d", o->seconds / 3600, o->seconds / 60 % 60, o->seconds % 60);
    if (o->us)
        sb_printf(&sb, ".%06d", o->us);
    return sb_finish(&sb);
}

static int64_t delta_hash(Interp *I, Value self)
{
    DeltaObj *o = (DeltaObj *)self.u.o;
    return obj_hash(I, v_obj(tuple_pack(I, 3, v_int(o->days), v_int(o->seconds), v_int(o->us))));
}

static bool delta_truthy(Interp *I, Value self)
{
    DeltaObj *o = (DeltaObj *)self.u.o;
    return o->days || o->seconds || o->us;
}

static Value delta_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    DtState *st = dt_state_of(class_of(I, a));
    if (!st || !dt_isa(a, st->timedelta) || !dt_isa(b, st->timedelta))
        return v_notimpl();
    __int128 x = dt_delta_us(a), y = dt_delta_us(b);
    return cmp_order_result(x < y ? -1 : x > y, op);
}

static bool is_intv(Interp *I, Value v)
{
    return v.tag == V_INT || v.tag == V_BOOL || (v.tag == V_OBJ && obj_isinstance(I, v, I->cls.int_));
}

/* us * num / den rounded half to even (CPython's divide_nearest). */
static __int128 div_nearest(__int128 num, __int128 den)
{
    __int128 q = floordiv128(num, den), r = num - q * den;
    __int128 r2 = 2 * r;
    if (den < 0) {
        r2 = -r2;
        den = -den;
    }
    if (r2 > den || (r2 == den && (q & 1)))
        q++;
    return q;
}

/* A float as an exact ratio n/d (d a power of two). */
static void float_ratio(double x, __int128 *n, __int128 *d)
{
    int e;
    double m = frexp(x, &e);
    int64_t mant = (int64_t)ldexp(m, 53);
    e -= 53;
    while (mant && !(mant & 1) && e < 0) {
        mant >>= 1;
        e++;
    }
    if (e >= 0) {
        *n = (__int128)mant << (e > 60 ? 60 : e);
        *d = 1;
    } else {
        *n = mant;
        *d = e < -120 ? ((__int128)1 << 120) : ((__int128)1 << -e);
    }
}

static Value delta_binop(Interp *I, int op, Value a, Value b)
{
    int base = op & 0xff;
    DtState *st = dt_state_of(class_of(I, a));
    if (!st)
        st = dt_state_of(class_of(I, b));
    bool ta = dt_isa(a, st->timedelta), tb = dt_isa(b, st->timedelta);
    if (ta && tb) {
        __int128 x = dt_delta_us(a), y = dt_delta_us(b);
        switch (base) {
        case OP_ADD: return make_delta(I, NULL, x + y);
        case OP_SUB: return make_delta(I, NULL, x - y);
        case OP_TRUEDIV:
            if (y == 0)
                exc_raisef(I, I->cls.ZeroDivisionError, "integer division or modulo by zero");
            return v_float((double)x / (double)y);
        case OP_FLOORDIV:
            if (y == 0)
                exc_raisef(I, I->cls.ZeroDivisionError, "integer division or modulo by zero");
            return int_from_i64(I, (int64_t)floordiv128(x, y));
        case OP_MOD:
            if (y == 0)
                exc_raisef(I, I->cls.ZeroDivisionError, "integer division or modulo by zero");
            return make_delta(I, NULL, x - floordiv128(x, y) * y);
        default: break;
        }
    } else if (ta || tb) {
        Value td = ta ? a : b, other = ta ? b : a;
        __int128 x = dt_delta_us(td);
        if (is_intv(I, other)) {
            __int128 n = int_as_i64(I, other);
            if (base == OP_MUL)
                return make_delta(I, NULL, x * n);
            if (ta && (base == OP_FLOORDIV || base == OP_TRUEDIV)) {
                if (n == 0)
                    exc_raisef(I, I->cls.ZeroDivisionError, "integer division or modulo by zero");
                return make_delta(I, NULL, base == OP_FLOORDIV ? floordiv128(x, n) : div_nearest(x, n));
            }
        } else if (other.tag == V_FLOAT) {
            double f = other.u.f;
            if (base == OP_MUL || (ta && base == OP_TRUEDIV)) {
                if (!isfinite(f))
                    exc_raisef(I, isnan(f) ? I->cls.ValueError : I->cls.OverflowError,
                               isnan(f) ? "cannot convert NaN to integer ratio"
                                        : "cannot convert Infinity to integer ratio");
                __int128 n, d;
                float_ratio(f, &n, &d);
                if (base == OP_MUL)
                    return make_delta(I, NULL, div_nearest(x * n, d));
                if (n == 0)
                    exc_raisef(I, I->cls.ZeroDivisionError, "integer division or modulo by zero");
                return make_delta(I, NULL, div_nearest(x * d, n));
            }
        } else if (dt_defer_binop(I, op, other)) {
            return v_notimpl();
        } else if (dt_isa(other, st->date) || dt_isa(other, st->time)) {
            return v_notimpl();     /* date + timedelta is the date's business */
        }
    }
    if (dt_defer_binop(I, op, ta ? b : a))
        return v_notimpl();
    static const char *const syms[] = { "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@" };
    exc_raisef(I, I->cls.TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", syms[base],
               (op & OP_INPLACE) ? "=" : (base == OP_POW ? " or pow()" : ""), dt_tp_name(I, a), dt_tp_name(I, b));
}

static Value delta_unop(Interp *I, UnOp op, Value a)
{
    if (op == UOP_INVERT)
        exc_raisef(I, I->cls.TypeError, "bad operand type for unary ~: '%s'", dt_tp_name(I, a));
    __int128 x = dt_delta_us(a);
    return make_delta(I, NULL, op == UOP_NEG ? -x : x);
}

static Value td_abs(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    __int128 x = dt_delta_us(argv[0]);
    return make_delta(I, NULL, x < 0 ? -x : x);
}

static Value td_divmod(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__divmod__", argc, kw, 2);
    DtState *st = dt_state_of(argv[0].u.o->cls);
    if (!dt_isa(argv[1], st->timedelta))
        return v_notimpl();
    __int128 x = dt_delta_us(argv[0]), y = dt_delta_us(argv[1]);
    if (y == 0)
        exc_raisef(I, I->cls.ZeroDivisionError, "integer division or modulo by zero");
    __int128 q = floordiv128(x, y);
    return v_obj(tuple_pack(I, 2, int_from_i64(I, (int64_t)q), make_delta(I, NULL, x - q * y)));
}

static Value td_total_seconds(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "total_seconds", argc, kw, 1);
    __int128 us = dt_delta_us(argv[0]);
    if (us > -(INT64_C(1) << 53) && us < (INT64_C(1) << 53))
        return v_float((double)(int64_t)us / 1e6);
    return v_float((double)((long double)us / 1e6L));
}

static Value td_days(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_int(((DeltaObj *)argv[0].u.o)->days);
}

static Value td_seconds(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_int(((DeltaObj *)argv[0].u.o)->seconds);
}

static Value td_microseconds(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return v_int(((DeltaObj *)argv[0].u.o)->us);
}

static Value td_reduce(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    DeltaObj *o = (DeltaObj *)argv[0].u.o;
    Tuple *args = tuple_pack(I, 3, v_int(o->days), v_int(o->seconds), v_int(o->us));
    return v_obj(tuple_pack(I, 2, v_obj(o->hdr.cls), v_obj(args)));
}

/* ------------------------------------------------------------------ */
/* tzinfo and timezone                                                 */
/* ------------------------------------------------------------------ */

void dt_format_offset(StrBuf *sb, int64_t off, const char *sep)
{
    char sign = '+';
    if (off < 0) {
        sign = '-';
        off = -off;
    }
    int64_t us = off % 1000000, secs = off / 1000000;
    sb_printf(sb, "%c%02d%s%02d", sign, (int)(secs / 3600), sep, (int)(secs / 60 % 60));
    if (secs % 60 || us)
        sb_printf(sb, "%s%02d", sep, (int)(secs % 60));
    if (us)
        sb_printf(sb, ".%06d", (int)us);
}

bool dt_utcoffset(Interp *I, Value tz, Value dt, int64_t *off)
{
    if (v_is_none(tz))
        return false;
    DtState *st = dt_state(I);
    if (tz.tag == V_OBJ && tz.u.o->cls == st->timezone) {
        *off = ((TzObj *)tz.u.o)->offset_us;
        return true;
    }
    Value r = obj_call_method_cstr(I, tz, "utcoffset", 1, &dt);
    if (v_is_none(r))
        return false;
    if (!dt_isa(r, st->timedelta))
        exc_raisef(I, I->cls.TypeError, "tzinfo.utcoffset() must return None or timedelta, not '%s'",
                   type_name(I, r));
    __int128 o128 = dt_delta_us(r);
    *off = (int64_t)o128;
    if (o128 <= -US_PER_DAY || o128 >= US_PER_DAY)
        exc_raisef(I, I->cls.ValueError,
                   "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.",
                   obj_repr(I, r)->s);
    return true;
}

static Value tz_make(Interp *I, DtState *st, Value offset, Str *name)
{
    int64_t off = (int64_t)dt_delta_us(offset);
    if (off == 0 && !name && !v_is_unset(st->utc))
        return st->utc;
    TzObj *o = obj_alloc(I, st->timezone, sizeof(TzObj));
    o->offset_us = off;
    o->offset = offset;
    o->name = name;
    return v_obj(o);
}

static Value tz_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "offset", "name" };
    Value a[2];
    args_parse(I, "timezone", argc, argv, kw, 2, names, 0, 1, a);
    DtState *st = dt_state_of(cls);
    if (!dt_isa(a[0], st->timedelta))
        exc_raisef(I, I->cls.TypeError, "timezone() argument 1 must be datetime.timedelta, not %s",
                   type_name(I, a[0]));
    Str *name = NULL;
    if (!v_is_unset(a[1])) {
        if (!v_is_str(I, a[1]))
            exc_raisef(I, I->cls.TypeError, "timezone() argument 2 must be str, not %s", type_name(I, a[1]));
        name = (Str *)a[1].u.o;
    }
    __int128 off = dt_delta_us(a[0]);
    if (off <= -US_PER_DAY || off >= US_PER_DAY)
        exc_raisef(I, I->cls.ValueError,
                   "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.",
                   obj_repr(I, a[0])->s);
    return tz_make(I, st, a[0], name);
}

static Str *tz_name_of(Interp *I, TzObj *o)
{
    if (o->name)
        return o->name;
    if (o->offset_us == 0)
        return str_from_cstr(I, "UTC");
    StrBuf sb;
    sb_init(&sb, I);
    sb_adds(&sb, "UTC");
    dt_format_offset(&sb, o->offset_us, ":");
    return sb_finish(&sb);
}

static Str *tz_repr(Interp *I, Value self)
{
    TzObj *o = (TzObj *)self.u.o;
    DtState *st = dt_state_of(o->hdr.cls);
    if (v_is(self, st->utc))
        return str_from_cstr(I, "datetime.timezone.utc");
    if (o->name)
        return str_fmt(I, "datetime.timezone(%s, %s)", obj_repr(I, o->offset)->s, str_repr(I, o->name)->s);
    return str_fmt(I, "datetime.timezone(%s)", obj_repr(I, o->offset)->s);
}

static Str *tz_str(Interp *I, Value self)
{
    return tz_name_of(I, (TzObj *)self.u.o);
}

static int64_t tz_hash(Interp *I, Value self)
{
    return obj_hash(I, ((TzObj *)self.u.o)->offset);
}

static Value tz_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    DtState *st = dt_state_of(class_of(I, a));
    if (!st || !dt_isa(b, st->timezone) || !dt_isa(a, st->timezone) || (op != CMP_EQ && op != CMP_NE))
        return v_notimpl();
    bool eq = ((TzObj *)a.u.o)->offset_us == ((TzObj *)b.u.o)->offset_us;
    return v_bool(op == CMP_EQ ? eq : !eq);
}

/* tz.method(dt): dt must be a datetime or None. */
static void tz_check_arg(Interp *I, DtState *st, Value dt, const char *what)
{
    if (!v_is_none(dt) && !dt_isa(dt, st->datetime))
        exc_raisef(I, I->cls.TypeError, "%s(dt) argument must be a datetime instance or None, not %s",
                   what, type_name(I, dt));
}

static Value tz_utcoffset(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "utcoffset", argc, kw, 2);
    tz_check_arg(I, dt_state_of(argv[0].u.o->cls), argv[1], "utcoffset");
    return ((TzObj *)argv[0].u.o)->offset;
}

static Value tz_tzname(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "tzname", argc, kw, 2);
    tz_check_arg(I, dt_state_of(argv[0].u.o->cls), argv[1], "tzname");
    return v_obj(tz_name_of(I, (TzObj *)argv[0].u.o));
}

static Value tz_dst(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "dst", argc, kw, 2);
    tz_check_arg(I, dt_state_of(argv[0].u.o->cls), argv[1], "dst");
    return v_none();
}

static Value tz_fromutc(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "fromutc", argc, kw, 2);
    DtState *st = dt_state_of(argv[0].u.o->cls);
    if (!dt_isa(argv[1], st->datetime))
        exc_raisef(I, I->cls.TypeError, "fromutc: argument must be a datetime");
    Value off = ((TzObj *)argv[0].u.o)->offset;
    return obj_binop(I, OP_ADD, argv[1], off);
}

static Value tz_reduce(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    TzObj *o = (TzObj *)argv[0].u.o;
    Tuple *args = o->name ? tuple_pack(I, 2, o->offset, v_obj(o->name)) : tuple_pack(I, 1, o->offset);
    return v_obj(tuple_pack(I, 2, v_obj(o->hdr.cls), v_obj(args)));
}

static Value tzinfo_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    return v_obj(obj_alloc(I, cls, cls->inst_size));
}

static Value tzinfo_abstract(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    exc_raisef(I, I->cls.NotImplementedError, "a tzinfo subclass must implement utcoffset()");
}

/* ------------------------------------------------------------------ */
/* C API                                                               */
/* ------------------------------------------------------------------ */

void dt_set_frozen_now(Interp *I, int64_t unix_us)
{
    DtState *st = dt_state(I);
    st->frozen = true;
    st->frozen_us = unix_us;
}

void dt_clear_frozen_now(Interp *I)
{
    dt_state(I)->frozen = false;
}

int64_t dt_now_us(Interp *I)
{
    DtState *st = dt_state(I);
    if (st->frozen)
        return st->frozen_us;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    time_t t = ts.tv_sec;
    localtime_r(&t, &tm);
    return ((int64_t)ts.tv_sec + tm.tm_gmtoff) * 1000000 + ts.tv_nsec / 1000;
}

Value dt_date_new(Interp *I, int y, int m, int d)
{
    dt_check_date(I, y, m, d);
    return dt_make_date(I, NULL, y, m, d);
}

Value dt_datetime_new(Interp *I, int y, int mo, int d, int h, int mi, int s, int us, Value tzinfo)
{
    dt_check_date(I, y, mo, d);
    dt_check_time(I, h, mi, s, us, 0);
    dt_check_tzinfo(I, dt_state(I), tzinfo);
    return dt_make_datetime(I, NULL, y, mo, d, h, mi, s, us, tzinfo, 0);
}

Value dt_time_new(Interp *I, int h, int mi, int s, int us, Value tzinfo)
{
    dt_check_time(I, h, mi, s, us, 0);
    dt_check_tzinfo(I, dt_state(I), tzinfo);
    return dt_make_time(I, NULL, h, mi, s, us, tzinfo, 0);
}

Value dt_timedelta_new(Interp *I, int64_t days, int64_t seconds, int64_t us)
{
    return make_delta(I, NULL, (__int128)days * US_PER_DAY + (__int128)seconds * 1000000 + us);
}

Value dt_utc(Interp *I)
{
    return dt_state(I)->utc;
}

static bool exact_class(Interp *I, Value v, int which)
{
    if (v.tag != V_OBJ)
        return false;
    DtState *st = dt_state_of(v.u.o->cls);
    if (!st)
        return false;
    Class *c = which == 0 ? st->date : which == 1 ? st->datetime : which == 2 ? st->time : st->timedelta;
    if (!class_is_subclass(v.u.o->cls, c))
        return false;
    return which != 0 || !class_is_subclass(v.u.o->cls, st->datetime);
}

bool dt_is_date(Interp *I, Value v) { return exact_class(I, v, 0); }
bool dt_is_datetime(Interp *I, Value v) { return exact_class(I, v, 1); }
bool dt_is_time(Interp *I, Value v) { return exact_class(I, v, 2); }
bool dt_is_timedelta(Interp *I, Value v) { return exact_class(I, v, 3); }

void dt_date_parts(Value v, int *y, int *m, int *d)
{
    DateObj *o = (DateObj *)v.u.o;
    *y = o->year;
    *m = o->month;
    *d = o->day;
}

void dt_datetime_parts(Value v, int *y, int *mo, int *d, int *h, int *mi, int *s, int *us, Value *tzinfo)
{
    DateTimeObj *o = (DateTimeObj *)v.u.o;
    dt_date_parts(v, y, mo, d);
    *h = o->hour;
    *mi = o->minute;
    *s = o->second;
    *us = o->us;
    if (tzinfo)
        *tzinfo = o->tzinfo;
}

void dt_time_parts(Value v, int *h, int *mi, int *s, int *us, Value *tzinfo)
{
    TimeObj *o = (TimeObj *)v.u.o;
    *h = o->hour;
    *mi = o->minute;
    *s = o->second;
    *us = o->us;
    if (tzinfo)
        *tzinfo = o->tzinfo;
}

void dt_timedelta_parts(Value v, int64_t *days, int *seconds, int *us)
{
    DeltaObj *o = (DeltaObj *)v.u.o;
    *days = o->days;
    *seconds = o->seconds;
    *us = o->us;
}

/* The n decimal digits at s, or -1 when one is not a digit. */
static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* The forms SQLite columns hold, YYYY-MM-DD and YYYY-MM-DD HH:MM:SS[.ffffff]
 * (or with a T), parsed without making a str first: every date and
 * datetime column of every row read comes through here. Whatever else, and
 * any out-of-range field, is left to dt_fromiso (unset: not this form). */
static Value parse_iso_common(Interp *I, const char *s, size_t len, DtKind kind)
{
    if (len < 10 || s[4] != '-' || s[7] != '-')
        return v_unset();
    int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > dt_days_in_month(y, m))
        return v_unset();
    if (kind == DT_DATE)
        return len == 10 ? dt_make_date(I, NULL, y, m, d) : v_unset();
    if (kind != DT_DATETIME || (len != 19 && len != 26) || (s[10] != ' ' && s[10] != 'T') ||
        s[13] != ':' || s[16] != ':' || (len == 26 && s[19] != '.'))
        return v_unset();
    int h = digits(s + 11, 2), mi = digits(s + 14, 2), sec = digits(s + 17, 2);
    int us = len == 26 ? digits(s + 20, 6) : 0;
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || us < 0)
        return v_unset();
    return dt_make_datetime(I, NULL, y, m, d, h, mi, sec, us, v_none(), 0);
}

Value dt_parse_iso(Interp *I, const char *s, size_t len, DtKind kind)
{
    Value v = parse_iso_common(I, s, len, kind);
    if (!v_is_unset(v))
        return v;
    DtState *st = dt_state(I);
    Class *cls = kind == DT_DATE ? st->date : kind == DT_DATETIME ? st->datetime : st->time;
    return dt_fromiso(I, cls, kind, str_new(I, s, len), false);
}

Str *dt_isoformat(Interp *I, Value v, char sep)
{
    char s[2] = { sep, 0 };
    Value arg = str_value(I, s);
    if (dt_is_datetime(I, v))
        return v_as_str(I, obj_call_method_cstr(I, v, "isoformat", 1, &arg), "isoformat");
    return v_as_str(I, obj_call_method_cstr(I, v, "isoformat", 0, NULL), "isoformat");
}

/* ------------------------------------------------------------------ */
/* Module                                                              */
/* ------------------------------------------------------------------ */

static const TypeOps delta_ops = {
    .repr = delta_repr,
    .str = delta_str,
    .hash = delta_hash,
    .richcmp = delta_richcmp,
    .truthy = delta_truthy,
    .binop = delta_binop,
    .unop = delta_unop,
    .new_ = delta_new,
};

static const TypeOps tzinfo_ops = { .new_ = tzinfo_new };

static const TypeOps tz_ops = {
    .repr = tz_repr,
    .str = tz_str,
    .hash = tz_hash,
    .richcmp = tz_richcmp,
    .new_ = tz_new,
};

Module *mod_datetime_init(Interp *I)
{
    Module *m = module_new(I, "datetime");
    DtState *st = interp_alloc(I, sizeof *st);
    st->magic = DT_MAGIC;
    st->mod = m;
    st->utc = v_unset();
    st->timedelta = class_new_native(I, "timedelta", "datetime", NULL, &delta_ops, sizeof(DeltaObj), CLS_BASETYPE);
    st->timedelta->ext = st;
    st->tzinfo = class_new_native(I, "tzinfo", "datetime", NULL, &tzinfo_ops, sizeof(Instance), CLS_BASETYPE);
    st->tzinfo->ext = st;
    st->timezone = class_new_native(I, "timezone", "datetime", st->tzinfo, &tz_ops, sizeof(TzObj), 0);
    st->timezone->ext = st;
    module_set(I, m, "timedelta", v_obj(st->timedelta));
    module_set(I, m, "tzinfo", v_obj(st->tzinfo));
    module_set(I, m, "timezone", v_obj(st->timezone));

    Class *td = st->timedelta;
    class_add_method(I, td, "total_seconds", td_total_seconds);
    class_add_method(I, td, "__abs__", td_abs);
    class_add_method(I, td, "__divmod__", td_divmod);
    class_add_method(I, td, "__reduce__", td_reduce);
    class_add_getter(I, td, "days", td_days);
    class_add_getter(I, td, "seconds", td_seconds);
    class_add_getter(I, td, "microseconds", td_microseconds);
    class_set_attr(I, td, "min", make_delta(I, st->timedelta, -(__int128)999999999 * US_PER_DAY));
    class_set_attr(I, td, "max", make_delta(I, st->timedelta, (__int128)1000000000 * US_PER_DAY - 1));
    class_set_attr(I, td, "resolution", make_delta(I, st->timedelta, 1));

    class_add_method(I, st->tzinfo, "utcoffset", tzinfo_abstract);
    class_add_method(I, st->timezone, "utcoffset", tz_utcoffset);
    class_add_method(I, st->timezone, "tzname", tz_tzname);
    class_add_method(I, st->timezone, "dst", tz_dst);
    class_add_method(I, st->timezone, "fromutc", tz_fromutc);
    class_add_method(I, st->timezone, "__reduce__", tz_reduce);
    st->utc = tz_make(I, st, make_delta(I, st->timedelta, 0), NULL);
    class_set_attr(I, st->timezone, "utc", st->utc);
    class_set_attr(I, st->timezone, "min", tz_make(I, st, make_delta(I, st->timedelta, -US_PER_DAY + 60000000), NULL));
    class_set_attr(I, st->timezone, "max", tz_make(I, st, make_delta(I, st->timedelta, US_PER_DAY - 60000000), NULL));

    dt_date_classes_init(I, st);
    module_set(I, m, "date", v_obj(st->date));
    module_set(I, m, "datetime", v_obj(st->datetime));
    module_set(I, m, "time", v_obj(st->time));
    module_set(I, m, "MINYEAR", v_int(1));
    module_set(I, m, "MAXYEAR", v_int(9999));
    module_set(I, m, "UTC", st->utc);
    return m;
}
