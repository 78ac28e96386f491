/*
 * mod_datetime_date.c — date, datetime and time of the `datetime` module:
 * constructors (also from the byte states pickle uses), attributes,
 * comparisons, hashing, arithmetic with timedelta, the clock (today/now,
 * honouring a frozen "now"), replace/combine/isoformat and friends, with
 * CPython 3.11's results and messages.
 */
#include "mod_datetime_int.h"

#include <math.h>
#include <string.h>
#include <time.h>

static const char *const day_names[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
static const char *const month_names[] = { "", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/* ------------------------------------------------------------------ */
/* Construction                                                        */
/* ------------------------------------------------------------------ */

Value dt_make_date(Interp *I, Class *cls, int y, int m, int d)
{
    if (!cls)
        cls = dt_state(I)->date;
    DateObj *o = obj_alloc(I, cls, cls->inst_size);
    o->year = y;
    o->month = (uint8_t)m;
    o->day = (uint8_t)d;
    return v_obj(o);
}

Value dt_make_datetime(Interp *I, Class *cls, int y, int mo, int d, int h, int mi, int s, int us,
                       Value tz, int fold)
{
    if (!cls)
        cls = dt_state(I)->datetime;
    DateTimeObj *o = obj_alloc(I, cls, cls->inst_size);
    o->d.year = y;
    o->d.month = (uint8_t)mo;
    o->d.day = (uint8_t)d;
    o->hour = (uint8_t)h;
    o->minute = (uint8_t)mi;
    o->second = (uint8_t)s;
    o->us = us;
    o->tzinfo = tz;
    o->fold = (uint8_t)fold;
    return v_obj(o);
}

Value dt_make_time(Interp *I, Class *cls, int h, int mi, int s, int us, Value tz, int fold)
{
    if (!cls)
        cls = dt_state(I)->time;
    TimeObj *o = obj_alloc(I, cls, cls->inst_size);
    o->hour = (uint8_t)h;
    o->minute = (uint8_t)mi;
    o->second = (uint8_t)s;
    o->us = us;
    o->tzinfo = tz;
    o->fold = (uint8_t)fold;
    return v_obj(o);
}

int64_t dt_datetime_us(const DateTimeObj *o)
{
    int64_t ord = dt_ymd_to_ord(o->d.year, o->d.month, o->d.day);
    return (ord - 1) * US_PER_DAY + ((int64_t)o->hour * 3600 + o->minute * 60 + o->second) * 1000000 + o->us;
}

/* A datetime from naive microseconds since 0001-01-01; OverflowError out of range. */
static Value datetime_from_us(Interp *I, Class *cls, __int128 t, Value tz, int fold)
{
    if (t < 0 || t >= (__int128)MAX_ORDINAL * US_PER_DAY)
        exc_raisef(I, I->cls.OverflowError, "date value out of range");
    int64_t days = (int64_t)(t / US_PER_DAY), rest = (int64_t)(t % US_PER_DAY);
    int y, m, d;
    dt_ord_to_ymd(days + 1, &y, &m, &d);
    int64_t secs = rest / 1000000;
    return dt_make_datetime(I, cls, y, m, d, (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60),
                            (int)(rest % 1000000), tz, fold);
}

static int64_t arg_int(Interp *I, Value v)
{
    return obj_index(I, v);
}

static bool is_state_bytes(Interp *I, Value v, int64_t len)
{
    return v.tag == V_OBJ && v.u.o->cls == I->cls.bytes && ((Bytes *)v.u.o)->len == len;
}

static Value date_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    if (argc == 1 && !(kw && kw->n) && is_state_bytes(I, argv[0], 4)) {
        const unsigned char *b = ((Bytes *)argv[0].u.o)->s;
        if (b[2] >= 1 && b[2] <= 12) {
            int y = b[0] * 256 + b[1];
            dt_check_date(I, y, b[2], b[3]);
            return dt_make_date(I, cls, y, b[2], b[3]);
        }
    }
    static const char *const names[] = { "year", "month", "day" };
    Value a[3];
    args_parse(I, "date", argc, argv, kw, 3, names, 0, 3, a);
    int64_t y = arg_int(I, a[0]), m = arg_int(I, a[1]), d = arg_int(I, a[2]);
    dt_check_date(I, y, m, d);
    return dt_make_date(I, cls, (int)y, (int)m, (int)d);
}

static Value datetime_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    if ((argc == 1 || argc == 2) && !(kw && kw->n) && is_state_bytes(I, argv[0], 10)) {
        const unsigned char *b = ((Bytes *)argv[0].u.o)->s;
        int fold = (b[2] & 0x80) != 0;
        int mo = b[2] & 0x7f;
        if (mo >= 1 && mo <= 12) {
            Value tz = argc == 2 ? argv[1] : v_none();
            dt_check_tzinfo(I, dt_state_of(cls), tz);
            int y = b[0] * 256 + b[1];
            int us = (b[7] << 16) | (b[8] << 8) | b[9];
            dt_check_date(I, y, mo, b[3]);
            dt_check_time(I, b[4], b[5], b[6], us, 0);
            return dt_make_datetime(I, cls, y, mo, b[3], b[4], b[5], b[6], us, tz, fold);
        }
    }
    static const char *const names[] = { "year", "month", "day", "hour", "minute", "second",
                                         "microsecond", "tzinfo", "fold" };
    Value a[9];
    /* fold is keyword-only: reject a ninth positional argument first. */
    if (argc > 8)
        exc_raisef(I, I->cls.TypeError, "function takes at most 8 positional arguments (%d given)", argc);
    args_parse(I, "datetime", argc, argv, kw, 9, names, 0, 3, a);
    int64_t f[7] = { 0 };
    for (int i = 0; i < 7; i++)
        f[i] = v_is_unset(a[i]) ? 0 : arg_int(I, a[i]);
    Value tz = v_is_unset(a[7]) ? v_none() : a[7];
    int64_t fold = v_is_unset(a[8]) ? 0 : arg_int(I, a[8]);
    dt_check_date(I, f[0], f[1], f[2]);
    dt_check_time(I, f[3], f[4], f[5], f[6], fold);
    dt_check_tzinfo(I, dt_state_of(cls), tz);
    return dt_make_datetime(I, cls, (int)f[0], (int)f[1], (int)f[2], (int)f[3], (int)f[4], (int)f[5],
                            (int)f[6], tz, (int)fold);
}

static Value time_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    if ((argc == 1 || argc == 2) && !(kw && kw->n) && is_state_bytes(I, argv[0], 6)) {
        const unsigned char *b = ((Bytes *)argv[0].u.o)->s;
        int fold = (b[0] & 0x80) != 0;
        int h = b[0] & 0x7f;
        if (h < 24) {
            Value tz = argc == 2 ? argv[1] : v_none();
            dt_check_tzinfo(I, dt_state_of(cls), tz);
            int us = (b[3] << 16) | (b[4] << 8) | b[5];
            dt_check_time(I, h, b[1], b[2], us, 0);
            return dt_make_time(I, cls, h, b[1], b[2], us, tz, fold);
        }
    }
    static const char *const names[] = { "hour", "minute", "second", "microsecond", "tzinfo", "fold" };
    Value a[6];
    if (argc > 5)
        exc_raisef(I, I->cls.TypeError, "function takes at most 5 positional arguments (%d given)", argc);
    args_parse(I, "time", argc, argv, kw, 6, names, 0, 0, a);
    int64_t f[4] = { 0 };
    for (int i = 0; i < 4; i++)
        f[i] = v_is_unset(a[i]) ? 0 : arg_int(I, a[i]);
    Value tz = v_is_unset(a[4]) ? v_none() : a[4];
    int64_t fold = v_is_unset(a[5]) ? 0 : arg_int(I, a[5]);
    dt_check_time(I, f[0], f[1], f[2], f[3], fold);
    dt_check_tzinfo(I, dt_state_of(cls), tz);
    return dt_make_time(I, cls, (int)f[0], (int)f[1], (int)f[2], (int)f[3], tz, (int)fold);
}

/* ------------------------------------------------------------------ */
/* repr, str, hash, compare                                            */
/* ------------------------------------------------------------------ */

static const char *cls_label(Value v, const char *dflt)
{
    Class *c = v.u.o->cls;
    return (c->flags & CLS_PYTHON) ? c->name->s : dflt;
}

static Str *date_repr(Interp *I, Value self)
{
    DateObj *o = (DateObj *)self.u.o;
    return str_fmt(I, "%s(%d, %d, %d)", cls_label(self, "datetime.date"), o->year, o->month, o->day);
}

static Str *date_str(Interp *I, Value self)
{
    DateObj *o = (DateObj *)self.u.o;
    return str_fmt(I, "%04d-%02d-%02d", o->year, o->month, o->day);
}

static int64_t date_hash(Interp *I, Value self)
{
    DateObj *o = (DateObj *)self.u.o;
    return obj_hash(I, v_obj(tuple_pack(I, 3, v_int(o->year), v_int(o->month), v_int(o->day))));
}

static Value date_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    DtState *st = dt_state_of(class_of(I, a));
    if (!st || !dt_isa(a, st->date) || dt_isa(a, st->datetime) || !dt_isa(b, st->date) ||
        dt_isa(b, st->datetime))
        return v_notimpl();
    int64_t x = dt_ymd_to_ord(((DateObj *)a.u.o)->year, ((DateObj *)a.u.o)->month, ((DateObj *)a.u.o)->day);
    int64_t y = dt_ymd_to_ord(((DateObj *)b.u.o)->year, ((DateObj *)b.u.o)->month, ((DateObj *)b.u.o)->day);
    return cmp_order_result(x < y ? -1 : x > y, op);
}

static Str *datetime_repr(Interp *I, Value self)
{
    DateTimeObj *o = (DateTimeObj *)self.u.o;
    StrBuf sb;
    sb_init(&sb, I);
    sb_printf(&sb, "%s(%d, %d, %d, %d, %d", cls_label(self, "datetime.datetime"), o->d.year, o->d.month,
              o->d.day, o->hour, o->minute);
    if (o->us)
        sb_printf(&sb, ", %d, %d", o->second, o->us);
    else if (o->second)
        sb_printf(&sb, ", %d", o->second);
    if (o->fold)
        sb_adds(&sb, ", fold=1");
    if (!v_is_none(o->tzinfo))
        sb_printf(&sb, ", tzinfo=%s", obj_repr(I, o->tzinfo)->s);
    sb_addc(&sb, ')');
    return sb_finish(&sb);
}

static void add_time(StrBuf *sb, int h, int mi, int s, int us, int spec)
{
    /* spec: 0 auto, 1 hours, 2 minutes, 3 seconds, 4 milliseconds, 5 microseconds */
    if (spec == 0)
        spec = us ? 5 : 3;
    sb_printf(sb, "%02d", h);
    if (spec >= 2)
        sb_printf(sb, ":%02d", mi);
    if (spec >= 3)
        sb_printf(sb, ":%02d", s);
    if (spec == 4)
        sb_printf(sb, ".%03d", us / 1000);
    if (spec == 5)
        sb_printf(sb, ".%06d", us);
}

static int parse_timespec(Interp *I, Value v)
{
    static const char *const specs[] = { "auto", "hours", "minutes", "seconds", "milliseconds", "microseconds" };
    if (v_is_unset(v))
        return 0;
    Str *s = v_as_str(I, v, "timespec");
    for (int i = 0; i < 6; i++)
        if (!strcmp(s->s, specs[i]))
            return i;
    exc_raisef(I, I->cls.ValueError, "Unknown timespec value");
}

static Str *datetime_iso(Interp *I, Value self, const char *sep, size_t seplen, int spec)
{
    DateTimeObj *o = (DateTimeObj *)self.u.o;
    StrBuf sb;
    sb_init(&sb, I);
    sb_printf(&sb, "%04d-%02d-%02d", o->d.year, o->d.month, o->d.day);
    sb_add(&sb, sep, seplen);
    add_time(&sb, o->hour, o->minute, o->second, o->us, spec);
    int64_t off;
    if (dt_utcoffset(I, o->tzinfo, self, &off))
        dt_format_offset(&sb, off, ":");
    return sb_finish(&sb);
}

static Str *datetime_str(Interp *I, Value self)
{
    return datetime_iso(I, self, " ", 1, 0);
}

/* The UTC-adjusted microseconds of an aware datetime, or naive ones. */
static int64_t aware_us(Interp *I, Value v, bool *aware)
{
    DateTimeObj *o = (DateTimeObj *)v.u.o;
    int64_t off = 0;
    *aware = dt_utcoffset(I, o->tzinfo, v, &off);
    return dt_datetime_us(o) - off;
}

static int64_t datetime_hash(Interp *I, Value self)
{
    bool aware;
    int64_t t = aware_us(I, self, &aware);
    return int_hash(I, v_int(t));
}

static Value datetime_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    DtState *st = dt_state_of(class_of(I, a));
    if (!st || !dt_isa(a, st->datetime))
        return v_notimpl();
    if (!dt_isa(b, st->datetime)) {
        if (dt_isa(b, st->date)) {
            if (op == CMP_EQ)
                return v_bool(0);
            if (op == CMP_NE)
                return v_bool(1);
            exc_raisef(I, I->cls.TypeError, "can't compare %s to %s", dt_tp_name(I, a), dt_tp_name(I, b));
        }
        return v_notimpl();
    }
    DateTimeObj *x = (DateTimeObj *)a.u.o, *y = (DateTimeObj *)b.u.o;
    int64_t p, q;
    if (v_is(x->tzinfo, y->tzinfo)) {
        p = dt_datetime_us(x);
        q = dt_datetime_us(y);
    } else {
        bool aa, ab;
        p = aware_us(I, a, &aa);
        q = aware_us(I, b, &ab);
        if (aa != ab) {
            if (op == CMP_EQ)
                return v_bool(0);
            if (op == CMP_NE)
                return v_bool(1);
            exc_raisef(I, I->cls.TypeError, "can't compare offset-naive and offset-aware datetimes");
        }
    }
    return cmp_order_result(p < q ? -1 : p > q, op);
}

static Str *time_repr(Interp *I, Value self)
{
    TimeObj *o = (TimeObj *)self.u.o;
    StrBuf sb;
    sb_init(&sb, I);
    sb_printf(&sb, "%s(%d, %d", cls_label(self, "datetime.time"), o->hour, o->minute);
    if (o->us)
        sb_printf(&sb, ", %d, %d", o->second, o->us);
    else if (o->second)
        sb_printf(&sb, ", %d", o->second);
    if (o->fold)
        sb_adds(&sb, ", fold=1");
    if (!v_is_none(o->tzinfo))
        sb_printf(&sb, ", tzinfo=%s", obj_repr(I, o->tzinfo)->s);
    sb_addc(&sb, ')');
    return sb_finish(&sb);
}

static Str *time_iso(Interp *I, Value self, int spec)
{
    TimeObj *o = (TimeObj *)self.u.o;
    StrBuf sb;
    sb_init(&sb, I);
    add_time(&sb, o->hour, o->minute, o->second, o->us, spec);
    int64_t off;
    if (dt_utcoffset(I, o->tzinfo, v_none(), &off))
        dt_format_offset(&sb, off, ":");
    return sb_finish(&sb);
}

static Str *time_str(Interp *I, Value self)
{
    return time_iso(I, self, 0);
}

static int64_t time_us(const TimeObj *o)
{
    return ((int64_t)o->hour * 3600 + o->minute * 60 + o->second) * 1000000 + o->us;
}

static int64_t time_hash(Interp *I, Value self)
{
    TimeObj *o = (TimeObj *)self.u.o;
    int64_t off = 0;
    dt_utcoffset(I, o->tzinfo, v_none(), &off);
    return int_hash(I, v_int(time_us(o) - off));
}

static Value time_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    DtState *st = dt_state_of(class_of(I, a));
    if (!st || !dt_isa(a, st->time) || !dt_isa(b, st->time))
        return v_notimpl();
    TimeObj *x = (TimeObj *)a.u.o, *y = (TimeObj *)b.u.o;
    int64_t p = time_us(x), q = time_us(y);
    if (!v_is(x->tzinfo, y->tzinfo)) {
        int64_t ox = 0, oy = 0;
        bool ax = dt_utcoffset(I, x->tzinfo, v_none(), &ox), ay = dt_utcoffset(I, y->tzinfo, v_none(), &oy);
        if (ax != ay) {
            if (op == CMP_EQ)
                return v_bool(0);
            if (op == CMP_NE)
                return v_bool(1);
            exc_raisef(I, I->cls.TypeError, "can't compare offset-naive and offset-aware times");
        }
        p -= ox;
        q -= oy;
    }
    return cmp_order_result(p < q ? -1 : p > q, op);
}

static bool time_truthy(Interp *I, Value self)
{
    return true;
}

/* ------------------------------------------------------------------ */
/* Arithmetic                                                          */
/* ------------------------------------------------------------------ */

static _Noreturn void bad_operands(Interp *I, int op, Value a, Value b)
{
    static const char *const syms[] = { "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@" };
    int base = op & 0xff;
    exc_raisef(I, I->cls.TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", syms[base],
               (op & OP_INPLACE) ? "=" : (base == OP_POW ? " or pow()" : ""), dt_tp_name(I, a), dt_tp_name(I, b));
}

static Value date_binop(Interp *I, int op, Value a, Value b)
{
    int base = op & 0xff;
    DtState *st = dt_state_of(class_of(I, a));
    if (!st)
        st = dt_state_of(class_of(I, b));
    bool da = dt_isa(a, st->date) && !dt_isa(a, st->datetime);
    bool db = dt_isa(b, st->date) && !dt_isa(b, st->datetime);
    if (base == OP_ADD || base == OP_SUB) {
        Value d = da ? a : b, other = da ? b : a;
        if (dt_isa(other, st->timedelta) && (da || base == OP_ADD)) {
            DateObj *o = (DateObj *)d.u.o;
            int64_t days = ((DeltaObj *)other.u.o)->days;
            int64_t ord = dt_ymd_to_ord(o->year, o->month, o->day) + (base == OP_SUB ? -days : days);
            if (ord < 1 || ord > MAX_ORDINAL)
                exc_raisef(I, I->cls.OverflowError, "date value out of range");
            int y, m, dd;
            dt_ord_to_ymd(ord, &y, &m, &dd);
            return dt_make_date(I, NULL, y, m, dd);
        }
        if (base == OP_SUB && da && db) {
            DateObj *x = (DateObj *)a.u.o, *y = (DateObj *)b.u.o;
            int64_t n = dt_ymd_to_ord(x->year, x->month, x->day) - dt_ymd_to_ord(y->year, y->month, y->day);
            return dt_make_delta_us(I, (__int128)n * US_PER_DAY);
        }
    }
    if (dt_defer_binop(I, op, da ? b : a) || (dt_isa(da ? b : a, st->datetime)))
        return v_notimpl();
    bad_operands(I, op, a, b);
}

static Value datetime_binop(Interp *I, int op, Value a, Value b)
{
    int base = op & 0xff;
    DtState *st = dt_state_of(class_of(I, a));
    if (!st)
        st = dt_state_of(class_of(I, b));
    bool xa = dt_isa(a, st->datetime), xb = dt_isa(b, st->datetime);
    if (base == OP_ADD || base == OP_SUB) {
        Value d = xa ? a : b, other = xa ? b : a;
        if (dt_isa(other, st->timedelta) && (xa || base == OP_ADD)) {
            DateTimeObj *o = (DateTimeObj *)d.u.o;
            __int128 t = dt_datetime_us(o);
            __int128 delta = dt_delta_us(other);
            t += base == OP_SUB ? -(__int128)delta : delta;
            return datetime_from_us(I, NULL, t, o->tzinfo, 0);
        }
        if (base == OP_SUB && xa && xb) {
            DateTimeObj *x = (DateTimeObj *)a.u.o, *y = (DateTimeObj *)b.u.o;
            if (v_is(x->tzinfo, y->tzinfo))
                return dt_make_delta_us(I, (__int128)dt_datetime_us(x) - dt_datetime_us(y));
            bool aa, ab;
            int64_t p = aware_us(I, a, &aa), q = aware_us(I, b, &ab);
            if (aa != ab)
                exc_raisef(I, I->cls.TypeError, "can't subtract offset-naive and offset-aware datetimes");
            return dt_make_delta_us(I, (__int128)p - q);
        }
    }
    if (dt_defer_binop(I, op, xa ? b : a))
        return v_notimpl();
    bad_operands(I, op, a, b);
}

/* ------------------------------------------------------------------ */
/* Attributes and methods                                              */
/* ------------------------------------------------------------------ */

#define GETTER(name, expr) \
    static Value name(Interp *I, int argc, const Value *argv, const KwArgs *kw) { return (expr); }

GETTER(g_year, v_int(((DateObj *)argv[0].u.o)->year))
GETTER(g_month, v_int(((DateObj *)argv[0].u.o)->month))
GETTER(g_day, v_int(((DateObj *)argv[0].u.o)->day))
GETTER(g_hour, v_int(((DateTimeObj *)argv[0].u.o)->hour))
GETTER(g_minute, v_int(((DateTimeObj *)argv[0].u.o)->minute))
GETTER(g_second, v_int(((DateTimeObj *)argv[0].u.o)->second))
GETTER(g_us, v_int(((DateTimeObj *)argv[0].u.o)->us))
GETTER(g_tzinfo, ((DateTimeObj *)argv[0].u.o)->tzinfo)
GETTER(g_fold, v_int(((DateTimeObj *)argv[0].u.o)->fold))
GETTER(t_hour, v_int(((TimeObj *)argv[0].u.o)->hour))
GETTER(t_minute, v_int(((TimeObj *)argv[0].u.o)->minute))
GETTER(t_second, v_int(((TimeObj *)argv[0].u.o)->second))
GETTER(t_us, v_int(((TimeObj *)argv[0].u.o)->us))
GETTER(t_tzinfo, ((TimeObj *)argv[0].u.o)->tzinfo)
GETTER(t_fold, v_int(((TimeObj *)argv[0].u.o)->fold))

static DtState *self_st(Interp *I, Value v)
{
    DtState *st = v.tag == V_OBJ ? dt_state_of(v.u.o->cls) : NULL;
    if (!st && v.tag == V_OBJ && v.u.o->cls == I->cls.type)
        st = dt_state_of((Class *)v.u.o);
    return st ? st : dt_state(I);
}

static Value m_toordinal(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "toordinal", argc, kw, 1);
    DateObj *o = (DateObj *)argv[0].u.o;
    return v_int(dt_ymd_to_ord(o->year, o->month, o->day));
}

static Value m_weekday(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "weekday", argc, kw, 1);
    DateObj *o = (DateObj *)argv[0].u.o;
    return v_int(dt_weekday(o->year, o->month, o->day));
}

static Value m_isoweekday(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "isoweekday", argc, kw, 1);
    DateObj *o = (DateObj *)argv[0].u.o;
    return v_int(dt_weekday(o->year, o->month, o->day) + 1);
}

/* fn(*args) of _datetime_py, the module's kata Python part
 * (IsoCalendarDate, timetuple, utctimetuple), imported on first use. */
static Value py_part(Interp *I, const char *fn, int argc, const Value *argv)
{
    DtState *st = dt_state(I);
    if (!st->py)
        st->py = interp_import(I, str_intern_cstr(I, "_datetime_py"));
    return obj_call(I, dict_get_cstr(I, st->py->dict, fn), argc, argv, NULL);
}

static Value m_isocalendar(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "isocalendar", argc, kw, 1);
    DateObj *o = (DateObj *)argv[0].u.o;
    int y, w, d;
    dt_iso_calendar(o->year, o->month, o->day, &y, &w, &d);
    return py_part(I, "IsoCalendarDate", 3, (Value[]){ v_int(y), v_int(w), v_int(d) });
}

static Value m_timetuple(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "timetuple", argc, kw, 1);
    return py_part(I, "timetuple", 1, argv);
}

static Value m_utctimetuple(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "utctimetuple", argc, kw, 1);
    return py_part(I, "utctimetuple", 1, argv);
}

static Value m_date_isoformat(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "isoformat", argc, kw, 1);
    return v_obj(date_str(I, argv[0]));
}

static Value m_ctime(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "ctime", argc, kw, 1);
    DateObj *o = (DateObj *)argv[0].u.o;
    DtState *st = self_st(I, argv[0]);
    int h = 0, mi = 0, s = 0;
    if (dt_isa(argv[0], st->datetime)) {
        DateTimeObj *t = (DateTimeObj *)o;
        h = t->hour, mi = t->minute, s = t->second;
    }
    return v_obj(str_fmt(I, "%s %s %2d %02d:%02d:%02d %04d", day_names[dt_weekday(o->year, o->month, o->day)],
                         month_names[o->month], o->day, h, mi, s, o->year));
}

static Value m_strftime(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "format" };
    Value a[2];
    args_parse(I, "strftime", argc, argv, kw, 2, names, 1, 2, a);
    if (!v_is_str(I, a[1]))
        exc_raisef(I, I->cls.TypeError, "strftime() argument 1 must be str, not %s", type_name(I, a[1]));
    return v_obj(dt_strftime(I, a[0], (Str *)a[1].u.o));
}

static Str *any_format(Interp *I, Value self, Str *spec)
{
    if (spec->len == 0)
        return obj_str(I, self);
    return dt_strftime(I, self, spec);
}

static Value m_date_replace(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "year", "month", "day" };
    Value a[4];
    args_parse(I, "replace", argc, argv, kw, 4, names, 1, 1, a);
    DateObj *o = (DateObj *)argv[0].u.o;
    int64_t y = v_is_unset(a[1]) ? o->year : arg_int(I, a[1]);
    int64_t m = v_is_unset(a[2]) ? o->month : arg_int(I, a[2]);
    int64_t d = v_is_unset(a[3]) ? o->day : arg_int(I, a[3]);
    dt_check_date(I, y, m, d);
    return dt_make_date(I, o->hdr.cls, (int)y, (int)m, (int)d);
}

static Value m_datetime_replace(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "year", "month", "day", "hour", "minute", "second",
                                         "microsecond", "tzinfo", "fold" };
    Value a[10];
    args_parse(I, "replace", argc, argv, kw, 10, names, 1, 1, a);
    DateTimeObj *o = (DateTimeObj *)argv[0].u.o;
    int64_t cur[8] = { o->d.year, o->d.month, o->d.day, o->hour, o->minute, o->second, o->us, o->fold };
    for (int i = 0; i < 7; i++)
        if (!v_is_unset(a[i + 1]))
            cur[i] = arg_int(I, a[i + 1]);
    if (!v_is_unset(a[9]))
        cur[7] = arg_int(I, a[9]);
    Value tz = v_is_unset(a[8]) ? o->tzinfo : a[8];
    dt_check_date(I, cur[0], cur[1], cur[2]);
    dt_check_time(I, cur[3], cur[4], cur[5], cur[6], cur[7]);
    dt_check_tzinfo(I, dt_state(I), tz);
    return dt_make_datetime(I, o->d.hdr.cls, (int)cur[0], (int)cur[1], (int)cur[2], (int)cur[3], (int)cur[4],
                            (int)cur[5], (int)cur[6], tz, (int)cur[7]);
}

static Value m_time_replace(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "hour", "minute", "second", "microsecond", "tzinfo", "fold" };
    Value a[7];
    args_parse(I, "replace", argc, argv, kw, 7, names, 1, 1, a);
    TimeObj *o = (TimeObj *)argv[0].u.o;
    int64_t cur[5] = { o->hour, o->minute, o->second, o->us, o->fold };
    for (int i = 0; i < 4; i++)
        if (!v_is_unset(a[i + 1]))
            cur[i] = arg_int(I, a[i + 1]);
    if (!v_is_unset(a[6]))
        cur[4] = arg_int(I, a[6]);
    Value tz = v_is_unset(a[5]) ? o->tzinfo : a[5];
    dt_check_time(I, cur[0], cur[1], cur[2], cur[3], cur[4]);
    dt_check_tzinfo(I, dt_state(I), tz);
    return dt_make_time(I, o->hdr.cls, (int)cur[0], (int)cur[1], (int)cur[2], (int)cur[3], tz, (int)cur[4]);
}

static Value m_datetime_isoformat(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "sep", "timespec" };
    Value a[3];
    args_parse(I, "isoformat", argc, argv, kw, 3, names, 1, 1, a);
    const char *sep = "T";
    size_t seplen = 1;
    if (!v_is_unset(a[1])) {
        if (!v_is_str(I, a[1]))
            exc_raisef(I, I->cls.TypeError, "isoformat() argument 1 must be a unicode character, not %s",
                       type_name(I, a[1]));
        Str *s = (Str *)a[1].u.o;
        if (s->nchars != 1)
            exc_raisef(I, I->cls.TypeError,
                       "isoformat() argument 1 must be a unicode character, not a string of length %lld",
                       (long long)s->nchars);
        sep = s->s;
        seplen = (size_t)s->len;
    }
    return v_obj(datetime_iso(I, argv[0], sep, seplen, parse_timespec(I, a[2])));
}

static Value m_time_isoformat(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "timespec" };
    Value a[2];
    args_parse(I, "isoformat", argc, argv, kw, 2, names, 1, 1, a);
    return v_obj(time_iso(I, argv[0], parse_timespec(I, a[1])));
}

static Value m_dt_date(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "date", argc, kw, 1);
    DateObj *o = (DateObj *)argv[0].u.o;
    return dt_make_date(I, NULL, o->year, o->month, o->day);
}

static Value m_dt_time(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "time", argc, kw, 1);
    DateTimeObj *o = (DateTimeObj *)argv[0].u.o;
    return dt_make_time(I, NULL, o->hour, o->minute, o->second, o->us, v_none(), o->fold);
}

static Value m_dt_timetz(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "timetz", argc, kw, 1);
    DateTimeObj *o = (DateTimeObj *)argv[0].u.o;
    return dt_make_time(I, NULL, o->hour, o->minute, o->second, o->us, o->tzinfo, o->fold);
}

static Value tz_call(Interp *I, Value self, Value tz, const char *what, Value arg)
{
    if (v_is_none(tz))
        return v_none();
    return obj_call_method_cstr(I, tz, what, 1, &arg);
}

static Value m_utcoffset(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "utcoffset", argc, kw, 1);
    return tz_call(I, argv[0], ((DateTimeObj *)argv[0].u.o)->tzinfo, "utcoffset", argv[0]);
}

static Value m_tzname(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "tzname", argc, kw, 1);
    return tz_call(I, argv[0], ((DateTimeObj *)argv[0].u.o)->tzinfo, "tzname", argv[0]);
}

static Value m_dst(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "dst", argc, kw, 1);
    return tz_call(I, argv[0], ((DateTimeObj *)argv[0].u.o)->tzinfo, "dst", argv[0]);
}

static Value m_time_utcoffset(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "utcoffset", argc, kw, 1);
    return tz_call(I, argv[0], ((TimeObj *)argv[0].u.o)->tzinfo, "utcoffset", v_none());
}

static Value m_time_tzname(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "tzname", argc, kw, 1);
    return tz_call(I, argv[0], ((TimeObj *)argv[0].u.o)->tzinfo, "tzname", v_none());
}

/* The local UTC offset (seconds) at naive-UTC instant t (seconds since 1970). */
static int64_t local_offset(int64_t t)
{
    time_t tt = (time_t)t;
    struct tm tm;
    localtime_r(&tt, &tm);
    return tm.tm_gmtoff;
}

#define EPOCH_US ((int64_t)719162 * US_PER_DAY)   /* 1970-01-01 in naive us */

static Value m_timestamp(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "timestamp", argc, kw, 1);
    bool aware;
    int64_t t = aware_us(I, argv[0], &aware);
    if (!aware) {
        /* naive: local time */
        int64_t secs = (t - EPOCH_US) / 1000000;
        t -= local_offset(secs - local_offset(secs)) * 1000000;
    }
    int64_t us = t - EPOCH_US;
    return v_float((double)us / 1e6);
}

static Value m_astimezone(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "tz" };
    Value a[2];
    args_parse(I, "astimezone", argc, argv, kw, 2, names, 1, 1, a);
    DtState *st = self_st(I, argv[0]);
    DateTimeObj *o = (DateTimeObj *)argv[0].u.o;
    bool aware;
    int64_t utc = aware_us(I, argv[0], &aware);
    if (!aware) {
        int64_t secs = (utc - EPOCH_US) / 1000000;
        utc -= local_offset(secs - local_offset(secs)) * 1000000;
    }
    Value tz = v_is_unset(a[1]) ? v_none() : a[1];
    if (v_is_none(tz)) {
        int64_t off = local_offset((utc - EPOCH_US) / 1000000);
        tz = obj_call1(I, v_obj(st->timezone), dt_make_delta_us(I, (__int128)off * 1000000));
    }
    dt_check_tzinfo(I, dt_state(I), tz);
    if (v_is(tz, o->tzinfo))
        return argv[0];
    Value u = datetime_from_us(I, NULL, utc, tz, 0);
    return obj_call_method_cstr(I, tz, "fromutc", 1, &u);
}

static Value m_date_reduce(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    DateObj *o = (DateObj *)argv[0].u.o;
    unsigned char b[4] = { (unsigned char)(o->year >> 8), (unsigned char)(o->year & 255), o->month, o->day };
    Value state = v_obj(bytes_new(I, b, 4));
    return v_obj(tuple_pack(I, 2, v_obj(o->hdr.cls), v_obj(tuple_pack(I, 1, state))));
}

static Value m_datetime_reduce(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    DateTimeObj *o = (DateTimeObj *)argv[0].u.o;
    unsigned char b[10] = { (unsigned char)(o->d.year >> 8), (unsigned char)(o->d.year & 255),
                            (unsigned char)(o->d.month | (o->fold ? 0x80 : 0)), o->d.day, o->hour, o->minute,
                            o->second, (unsigned char)(o->us >> 16), (unsigned char)((o->us >> 8) & 255),
                            (unsigned char)(o->us & 255) };
    Value state = v_obj(bytes_new(I, b, 10));
    Tuple *args = v_is_none(o->tzinfo) ? tuple_pack(I, 1, state) : tuple_pack(I, 2, state, o->tzinfo);
    return v_obj(tuple_pack(I, 2, v_obj(o->d.hdr.cls), v_obj(args)));
}

static Value m_time_reduce(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    TimeObj *o = (TimeObj *)argv[0].u.o;
    unsigned char b[6] = { (unsigned char)(o->hour | (o->fold ? 0x80 : 0)), o->minute, o->second,
                           (unsigned char)(o->us >> 16), (unsigned char)((o->us >> 8) & 255),
                           (unsigned char)(o->us & 255) };
    Value state = v_obj(bytes_new(I, b, 6));
    Tuple *args = v_is_none(o->tzinfo) ? tuple_pack(I, 1, state) : tuple_pack(I, 2, state, o->tzinfo);
    return v_obj(tuple_pack(I, 2, v_obj(o->hdr.cls), v_obj(args)));
}

/* ------------------------------------------------------------------ */
/* Class methods: the clock and alternative constructors               */
/* ------------------------------------------------------------------ */

static Class *cls_arg(Value v)
{
    return (Class *)v.u.o;
}

static Value cm_date_today(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "today", argc, kw, 1);
    int64_t us = dt_now_us(I);
    int y, m, d;
    dt_ord_to_ymd((us + EPOCH_US) / US_PER_DAY + 1, &y, &m, &d);
    Class *c = cls_arg(argv[0]);
    DtState *st = self_st(I, argv[0]);
    if (class_is_subclass(c, st->datetime))
        return datetime_from_us(I, c, (__int128)us + EPOCH_US, v_none(), 0);
    return dt_make_date(I, c, y, m, d);
}

static Value cm_now(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "cls", "tz" };
    Value a[2];
    args_parse(I, "now", argc, argv, kw, 2, names, 1, 1, a);
    Class *c = cls_arg(argv[0]);
    DtState *st = self_st(I, argv[0]);
    Value tz = v_is_unset(a[1]) ? v_none() : a[1];
    dt_check_tzinfo(I, dt_state(I), tz);
    if (v_is_none(tz))
        return datetime_from_us(I, c, (__int128)dt_now_us(I) + EPOCH_US, v_none(), 0);
    int64_t utc;
    if (st->frozen) {
        utc = st->frozen_us;
    } else {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        utc = (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
    }
    Value u = datetime_from_us(I, c, (__int128)utc + EPOCH_US, tz, 0);
    return obj_call_method_cstr(I, tz, "fromutc", 1, &u);
}

static Value cm_utcnow(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "utcnow", argc, kw, 1);
    DtState *st = self_st(I, argv[0]);
    int64_t utc;
    if (st->frozen) {
        utc = st->frozen_us;
    } else {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        utc = (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
    }
    return datetime_from_us(I, cls_arg(argv[0]), (__int128)utc + EPOCH_US, v_none(), 0);
}

static Value cm_fromordinal(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "fromordinal", argc, kw, 2);
    int64_t n = arg_int(I, argv[1]);
    if (n < 1)
        exc_raisef(I, I->cls.ValueError, "ordinal must be >= 1");
    if (n > MAX_ORDINAL)
        exc_raisef(I, I->cls.ValueError, "year %d is out of range", n > 3652424 ? 10000 : 10000);
    Class *c = cls_arg(argv[0]);
    DtState *st = self_st(I, argv[0]);
    if (class_is_subclass(c, st->datetime))
        return datetime_from_us(I, c, (__int128)(n - 1) * US_PER_DAY, v_none(), 0);
    int y, m, d;
    dt_ord_to_ymd(n, &y, &m, &d);
    return dt_make_date(I, c, y, m, d);
}

static Value cm_fromisoformat(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "fromisoformat", argc, kw, 2);
    if (!v_is_str(I, argv[1]))
        exc_raisef(I, I->cls.TypeError, "fromisoformat: argument must be str");
    Class *c = cls_arg(argv[0]);
    DtState *st = self_st(I, argv[0]);
    DtKind k = class_is_subclass(c, st->datetime) ? DT_DATETIME : class_is_subclass(c, st->date) ? DT_DATE : DT_TIME;
    return dt_fromiso(I, c, k, (Str *)argv[1].u.o, true);
}

static double ts_arg(Interp *I, Value v)
{
    if (v.tag == V_FLOAT)
        return v.u.f;
    if (v.tag == V_INT || v.tag == V_BOOL)
        return (double)v.u.i;
    exc_raisef(I, I->cls.TypeError, "'%s' object cannot be interpreted as an integer", type_name(I, v));
}

static Value cm_fromtimestamp(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "cls", "timestamp", "tz" };
    Value a[3];
    args_parse(I, "fromtimestamp", argc, argv, kw, 3, names, 1, 2, a);
    Class *c = cls_arg(argv[0]);
    DtState *st = self_st(I, argv[0]);
    double ts = ts_arg(I, a[1]);
    double whole = floor(ts);
    double frac = ts - whole;
    int64_t us = (int64_t)(frac * 1e6 + 0.5);
    double r = frac * 1e6;
    double rr = floor(r);
    us = (int64_t)rr + ((r - rr > 0.5 || (r - rr == 0.5 && ((int64_t)rr & 1))) ? 1 : 0);
    int64_t secs = (int64_t)whole;
    Value tz = v_is_unset(a[2]) ? v_none() : a[2];
    dt_check_tzinfo(I, dt_state(I), tz);
    bool is_date = !class_is_subclass(c, st->datetime);
    if (v_is_none(tz) || is_date) {
        int64_t t = secs + local_offset(secs);
        Value d = datetime_from_us(I, NULL, (__int128)t * 1000000 + us + EPOCH_US, v_none(), 0);
        if (is_date) {
            DateObj *o = (DateObj *)d.u.o;
            return dt_make_date(I, c, o->year, o->month, o->day);
        }
        DateTimeObj *o = (DateTimeObj *)d.u.o;
        return dt_make_datetime(I, c, o->d.year, o->d.month, o->d.day, o->hour, o->minute, o->second, o->us,
                                v_none(), 0);
    }
    Value u = datetime_from_us(I, c, (__int128)secs * 1000000 + us + EPOCH_US, tz, 0);
    return obj_call_method_cstr(I, tz, "fromutc", 1, &u);
}

static Value cm_combine(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "cls", "date", "time", "tzinfo" };
    Value a[4];
    args_parse(I, "combine", argc, argv, kw, 4, names, 1, 3, a);
    DtState *st = self_st(I, argv[0]);
    if (!dt_isa(a[1], st->date))
        exc_raisef(I, I->cls.TypeError, "combine() argument 1 must be datetime.date, not %s", type_name(I, a[1]));
    if (!dt_isa(a[2], st->time))
        exc_raisef(I, I->cls.TypeError, "combine() argument 2 must be datetime.time, not %s", type_name(I, a[2]));
    DateObj *d = (DateObj *)a[1].u.o;
    TimeObj *t = (TimeObj *)a[2].u.o;
    Value tz = v_is_unset(a[3]) ? t->tzinfo : a[3];
    dt_check_tzinfo(I, dt_state(I), tz);
    return dt_make_datetime(I, cls_arg(argv[0]), d->year, d->month, d->day, t->hour, t->minute, t->second,
                            t->us, tz, t->fold);
}

/* ------------------------------------------------------------------ */
/* Classes                                                             */
/* ------------------------------------------------------------------ */

static const TypeOps date_ops = {
    .repr = date_repr,
    .str = date_str,
    .hash = date_hash,
    .richcmp = date_richcmp,
    .binop = date_binop,
    .new_ = date_new,
    .format = any_format,
};

static const TypeOps datetime_ops = {
    .repr = datetime_repr,
    .str = datetime_str,
    .hash = datetime_hash,
    .richcmp = datetime_richcmp,
    .binop = datetime_binop,
    .new_ = datetime_new,
    .format = any_format,
};

static const TypeOps time_ops = {
    .repr = time_repr,
    .str = time_str,
    .hash = time_hash,
    .richcmp = time_richcmp,
    .truthy = time_truthy,
    .new_ = time_new,
    .format = any_format,
};

void dt_date_classes_init(Interp *I, DtState *st)
{
    Class *date = class_new_native(I, "date", "datetime", NULL, &date_ops, sizeof(DateObj), CLS_BASETYPE);
    Class *dtc = class_new_native(I, "datetime", "datetime", date, &datetime_ops, sizeof(DateTimeObj),
                                  CLS_BASETYPE);
    Class *tc = class_new_native(I, "time", "datetime", NULL, &time_ops, sizeof(TimeObj), CLS_BASETYPE);
    date->ext = dtc->ext = tc->ext = st;
    st->date = date;
    st->datetime = dtc;
    st->time = tc;

    class_add_getter(I, date, "year", g_year);
    class_add_getter(I, date, "month", g_month);
    class_add_getter(I, date, "day", g_day);
    class_add_method(I, date, "toordinal", m_toordinal);
    class_add_method(I, date, "weekday", m_weekday);
    class_add_method(I, date, "isoweekday", m_isoweekday);
    class_add_method(I, date, "isocalendar", m_isocalendar);
    class_add_method(I, date, "timetuple", m_timetuple);
    class_add_method(I, date, "isoformat", m_date_isoformat);
    class_add_method(I, date, "ctime", m_ctime);
    class_add_method(I, date, "strftime", m_strftime);
    class_add_method(I, date, "replace", m_date_replace);
    class_add_method(I, date, "__reduce__", m_date_reduce);
    class_add_classmethod(I, date, "today", cm_date_today);
    class_add_classmethod(I, date, "fromordinal", cm_fromordinal);
    class_add_classmethod(I, date, "fromisoformat", cm_fromisoformat);
    class_add_classmethod(I, date, "fromtimestamp", cm_fromtimestamp);
    class_set_attr(I, date, "min", dt_make_date(I, date, 1, 1, 1));
    class_set_attr(I, date, "max", dt_make_date(I, date, 9999, 12, 31));
    class_set_attr(I, date, "resolution", dt_make_delta(I, st->timedelta, US_PER_DAY));

    class_add_getter(I, dtc, "hour", g_hour);
    class_add_getter(I, dtc, "minute", g_minute);
    class_add_getter(I, dtc, "second", g_second);
    class_add_getter(I, dtc, "microsecond", g_us);
    class_add_getter(I, dtc, "tzinfo", g_tzinfo);
    class_add_getter(I, dtc, "fold", g_fold);
    class_add_method(I, dtc, "date", m_dt_date);
    class_add_method(I, dtc, "time", m_dt_time);
    class_add_method(I, dtc, "timetz", m_dt_timetz);
    class_add_method(I, dtc, "replace", m_datetime_replace);
    class_add_method(I, dtc, "isoformat", m_datetime_isoformat);
    class_add_method(I, dtc, "utcoffset", m_utcoffset);
    class_add_method(I, dtc, "tzname", m_tzname);
    class_add_method(I, dtc, "dst", m_dst);
    class_add_method(I, dtc, "utctimetuple", m_utctimetuple);
    class_add_method(I, dtc, "timestamp", m_timestamp);
    class_add_method(I, dtc, "astimezone", m_astimezone);
    class_add_method(I, dtc, "__reduce__", m_datetime_reduce);
    class_add_classmethod(I, dtc, "now", cm_now);
    class_add_classmethod(I, dtc, "utcnow", cm_utcnow);
    class_add_classmethod(I, dtc, "combine", cm_combine);
    class_add_classmethod(I, dtc, "strptime", dt_strptime);
    class_set_attr(I, dtc, "min", dt_make_datetime(I, dtc, 1, 1, 1, 0, 0, 0, 0, v_none(), 0));
    class_set_attr(I, dtc, "max", dt_make_datetime(I, dtc, 9999, 12, 31, 23, 59, 59, 999999, v_none(), 0));
    class_set_attr(I, dtc, "resolution", dt_make_delta(I, st->timedelta, 1));

    class_add_getter(I, tc, "hour", t_hour);
    class_add_getter(I, tc, "minute", t_minute);
    class_add_getter(I, tc, "second", t_second);
    class_add_getter(I, tc, "microsecond", t_us);
    class_add_getter(I, tc, "tzinfo", t_tzinfo);
    class_add_getter(I, tc, "fold", t_fold);
    class_add_method(I, tc, "replace", m_time_replace);
    class_add_method(I, tc, "isoformat", m_time_isoformat);
    class_add_method(I, tc, "strftime", m_strftime);
    class_add_method(I, tc, "utcoffset", m_time_utcoffset);
    class_add_method(I, tc, "tzname", m_time_tzname);
    class_add_method(I, tc, "__reduce__", m_time_reduce);
    class_add_classmethod(I, tc, "fromisoformat", cm_fromisoformat);
    class_set_attr(I, tc, "min", dt_make_time(I, tc, 0, 0, 0, 0, v_none(), 0));
    class_set_attr(I, tc, "max", dt_make_time(I, tc, 23, 59, 59, 999999, v_none(), 0));
    class_set_attr(I, tc, "resolution", dt_make_delta(I, st->timedelta, 1));
}
