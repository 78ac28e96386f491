/*
 * mod_datetime_fmt.c — text for the `datetime` module: strftime with the
 * directives of glibc's C locale plus Python's own %f %z %Z, and the ISO
 * 8601 parsing behind fromisoformat (what Python 3.11 accepts) and the
 * ORM's dt_parse_iso.
 */
#include "mod_datetime_int.h"

#include <string.h>
#include <time.h>

static const char *const day_full[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                        "Saturday", "Sunday" };
static const char *const month_full[] = { "", "January", "February", "March", "April", "May", "June",
                                          "July", "August", "September", "October", "November", "December" };

/* The fields strftime reads, whatever the object. */
typedef struct Tm {
    int year, month, day, hour, minute, second, us;
    Value tz;                   /* V_NONE: naive */
    Value self;                 /* argument for utcoffset / tzname */
} Tm;

static void num(StrBuf *sb, int v, int width, char pad, bool nopad)
{
    if (nopad)
        sb_printf(sb, "%d", v);
    else if (pad == ' ')
        sb_printf(sb, "%*d", width, v);
    else
        sb_printf(sb, "%0*d", width, v);
}

Str *dt_strftime(Interp *I, Value obj, Str *fmt)
{
    DtState *st = dt_state(I);
    Tm t = { 1900, 1, 1, 0, 0, 0, 0, v_none(), v_none() };
    if (dt_isa(obj, st->time)) {
        TimeObj *o = (TimeObj *)obj.u.o;
        t.hour = o->hour, t.minute = o->minute, t.second = o->second, t.us = o->us, t.tz = o->tzinfo;
    } else {
        DateObj *d = (DateObj *)obj.u.o;
        t.year = d->year, t.month = d->month, t.day = d->day;
        if (dt_isa(obj, st->datetime)) {
            DateTimeObj *o = (DateTimeObj *)obj.u.o;
            t.hour = o->hour, t.minute = o->minute, t.second = o->second, t.us = o->us, t.tz = o->tzinfo;
            t.self = obj;
        }
    }
    int wd = dt_weekday(t.year, t.month, t.day);            /* Monday 0 */
    int sunday_wd = (wd + 1) % 7;                             /* Sunday 0 */
    int yday = (int)(dt_ymd_to_ord(t.year, t.month, t.day) - dt_ymd_to_ord(t.year, 1, 1));
    int h12 = t.hour % 12 == 0 ? 12 : t.hour % 12;
    StrBuf sb;
    sb_init(&sb, I);
    const char *p = fmt->s, *end = fmt->s + fmt->len;
    while (p < end) {
        if (*p != '%' || p + 1 >= end) {
            sb_addc(&sb, *p++);
            continue;
        }
        const char *start = p++;
        bool nopad = false;
        if (*p == '-' && p + 1 < end) {
            nopad = true;
            p++;
        }
        char c = *p++;
        switch (c) {
        case 'a': sb_add(&sb, day_full[wd], 3); break;
        case 'A': sb_adds(&sb, day_full[wd]); break;
        case 'b': case 'h': sb_add(&sb, month_full[t.month], 3); break;
        case 'B': sb_adds(&sb, month_full[t.month]); break;
        case 'c':
            sb_printf(&sb, "%.3s %.3s %2d %02d:%02d:%02d %d", day_full[wd], month_full[t.month], t.day,
                      t.hour, t.minute, t.second, t.year);
            break;
        case 'C': num(&sb, t.year / 100, 2, '0', nopad); break;
        case 'd': num(&sb, t.day, 2, '0', nopad); break;
        case 'D': case 'x': sb_printf(&sb, "%02d/%02d/%02d", t.month, t.day, t.year % 100); break;
        case 'e': num(&sb, t.day, 2, ' ', nopad); break;
        case 'f': sb_printf(&sb, "%06d", t.us); break;
        case 'F': sb_printf(&sb, "%d-%02d-%02d", t.year, t.month, t.day); break;
        case 'G': case 'g': case 'V': {
            int iy, iw, iwd;
            dt_iso_calendar(t.year, t.month, t.day, &iy, &iw, &iwd);
            if (c == 'G')
                sb_printf(&sb, "%d", iy);
            else
                num(&sb, c == 'g' ? iy % 100 : iw, 2, '0', nopad);
            break;
        }
        case 'H': num(&sb, t.hour, 2, '0', nopad); break;
        case 'I': num(&sb, h12, 2, '0', nopad); break;
        case 'j': num(&sb, yday + 1, 3, '0', nopad); break;
        case 'k': num(&sb, t.hour, 2, ' ', nopad); break;
        case 'l': num(&sb, h12, 2, ' ', nopad); break;
        case 'm': num(&sb, t.month, 2, '0', nopad); break;
        case 'M': num(&sb, t.minute, 2, '0', nopad); break;
        case 'n': sb_addc(&sb, '\n'); break;
        case 'p': sb_adds(&sb, t.hour < 12 ? "AM" : "PM"); break;
        case 'P': sb_adds(&sb, t.hour < 12 ? "am" : "pm"); break;
        case 'r': sb_printf(&sb, "%02d:%02d:%02d %s", h12, t.minute, t.second, t.hour < 12 ? "AM" : "PM"); break;
        case 'R': sb_printf(&sb, "%02d:%02d", t.hour, t.minute); break;
        case 's': {
            int64_t secs = (dt_ymd_to_ord(t.year, t.month, t.day) - 719163) * 86400 + t.hour * 3600 +
                           t.minute * 60 + t.second;
            time_t tt = (time_t)secs;
            struct tm tm;
            localtime_r(&tt, &tm);
            sb_printf(&sb, "%lld", (long long)(secs - tm.tm_gmtoff));
            break;
        }
        case 'S': num(&sb, t.second, 2, '0', nopad); break;
        case 't': sb_addc(&sb, '\t'); break;
        case 'T': case 'X': sb_printf(&sb, "%02d:%02d:%02d", t.hour, t.minute, t.second); break;
        case 'u': sb_printf(&sb, "%d", wd + 1); break;
        case 'U': num(&sb, (yday + 7 - sunday_wd) / 7, 2, '0', nopad); break;
        case 'w': sb_printf(&sb, "%d", sunday_wd); break;
        case 'W': num(&sb, (yday + 7 - wd) / 7, 2, '0', nopad); break;
        case 'y': num(&sb, t.year % 100, 2, '0', nopad); break;
        case 'Y': sb_printf(&sb, "%d", t.year); break;
        case 'z': {
            int64_t off;
            if (dt_utcoffset(I, t.tz, t.self, &off))
                dt_format_offset(&sb, off, "");
            break;
        }
        case 'Z':
            if (!v_is_none(t.tz)) {
                Value n = obj_call_method_cstr(I, t.tz, "tzname", 1, &t.self);
                if (!v_is_none(n))
                    sb_addstr(&sb, v_as_str(I, n, "tzname"));
            }
            break;
        case '%': sb_addc(&sb, '%'); break;
        default:
            sb_add(&sb, start, (size_t)(p - start));
            break;
        }
    }
    return sb_finish(&sb);
}

/* ------------------------------------------------------------------ */
/* ISO 8601                                                            */
/* ------------------------------------------------------------------ */

static bool digits(const char *s, size_t n, int *out)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
}

bool dt_parse_date_text(const char *s, size_t n, int *y, int *m, int *d)
{
    if (n == 10 && s[4] == '-' && s[7] == '-')
        return digits(s, 4, y) && digits(s + 5, 2, m) && digits(s + 8, 2, d);
    if (n == 8 && s[4] != 'W')
        return digits(s, 4, y) && digits(s + 4, 2, m) && digits(s + 6, 2, d);
    /* ISO week dates: YYYY-Www[-D] / YYYYWww[D] */
    bool ext = n >= 5 && s[4] == '-';
    size_t i = ext ? 5 : 4;
    int wk, wd = 1;
    if (n < i + 3 || s[i] != 'W' || !digits(s, 4, y) || !digits(s + i + 1, 2, &wk))
        return false;
    i += 3;
    if (i < n) {
        if (ext) {
            if (s[i] != '-')
                return false;
            i++;
        }
        if (i + 1 != n || !digits(s + i, 1, &wd))
            return false;
    }
    if (*y < 1 || *y > 9999 || wk < 1 || wk > 53 || wd < 1 || wd > 7)
        return false;
    if (wk == 53) {
        int64_t first = dt_ymd_to_ord(*y, 1, 1);
        int fwd = (int)((first + 6) % 7);
        if (!(fwd == 3 || (fwd == 2 && dt_is_leap(*y))))
            return false;
    }
    int64_t first = dt_ymd_to_ord(*y, 1, 1);
    int64_t fwd = (first + 6) % 7;
    int64_t monday = first - fwd + (fwd > 3 ? 7 : 0);
    dt_ord_to_ymd(monday + (wk - 1) * 7 + (wd - 1), y, m, d);
    return true;
}

/* HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]] into the fields; *n_used the length. */
static bool parse_hms(const char *s, size_t n, int *h, int *mi, int *sec, int *us)
{
    *h = *mi = *sec = *us = 0;
    if (n < 2 || !digits(s, 2, h))
        return false;
    size_t i = 2;
    if (i == n)
        return true;
    bool ext = s[i] == ':';
    int *fields[2] = { mi, sec };
    for (int k = 0; k < 2; k++) {
        if (i == n)
            return true;
        if (ext) {
            if (s[i] != ':')
                return false;
            i++;
        }
        if (i + 2 > n || !digits(s + i, 2, fields[k]))
            return false;
        i += 2;
        if (k == 1 && i < n) {
            if (s[i] != '.' && s[i] != ',')
                return false;
            i++;
            size_t fs = i;
            int v = 0, nd = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                if (nd < 6) {
                    v = v * 10 + (s[i] - '0');
                    nd++;
                }
                i++;
            }
            if (i == fs || i != n)
                return false;
            while (nd < 6) {
                v *= 10;
                nd++;
            }
            *us = v;
        }
    }
    return i == n;
}

bool dt_parse_time_text(Interp *I, const char *s, size_t n, int *h, int *mi, int *sec, int *us,
                        bool *has_tz, int64_t *off_us)
{
    *has_tz = false;
    size_t tzpos = n;
    for (size_t i = 0; i < n; i++)
        if (s[i] == 'Z' || s[i] == '+' || s[i] == '-') {
            tzpos = i;
            break;
        }
    if (!parse_hms(s, tzpos, h, mi, sec, us))
        return false;
    if (tzpos == n)
        return true;
    *has_tz = true;
    if (s[tzpos] == 'Z') {
        *off_us = 0;
        return tzpos + 1 == n;
    }
    int th, tm, ts, tus;
    if (!parse_hms(s + tzpos + 1, n - tzpos - 1, &th, &tm, &ts, &tus))
        return false;
    int64_t off = ((int64_t)th * 3600 + tm * 60 + ts) * 1000000 + tus;
    *off_us = s[tzpos] == '-' ? -off : off;
    return true;
}

static _Noreturn void invalid(Interp *I, Str *s)
{
    exc_raisef(I, I->cls.ValueError, "Invalid isoformat string: %s", str_repr(I, s)->s);
}

Value dt_fromiso(Interp *I, Class *cls, DtKind kind, Str *str, bool raise)
{
    DtState *st = dt_state_of(cls);
    const char *s = str->s;
    size_t n = (size_t)str->len;
    int y = 1, m = 1, d = 1, h = 0, mi = 0, sec = 0, us = 0;
    bool has_tz = false;
    int64_t off = 0;
    bool ok;
    if (kind == DT_DATE) {
        ok = (n == 7 || n == 8 || n == 10) && dt_parse_date_text(s, n, &y, &m, &d);
    } else if (kind == DT_TIME) {
        if (n && s[0] == 'T')
            s++, n--;
        ok = dt_parse_time_text(I, s, n, &h, &mi, &sec, &us, &has_tz, &off);
    } else {
        /* The date part: extended YYYY-MM-DD, basic YYYYMMDD, or week forms. */
        size_t dl;
        if (n >= 10 && s[4] == '-' && s[7] == '-')
            dl = 10;
        else if (n >= 8 && s[4] != '-' && s[4] != 'W')
            dl = 8;
        else if (n >= 8 && s[4] == '-' && s[5] == 'W')
            dl = (n >= 10 && s[8] == '-') ? 10 : 8;
        else if (n >= 7 && s[4] == 'W')
            dl = (n >= 8 && s[7] >= '0' && s[7] <= '9') ? 8 : 7;
        else
            dl = n;
        if (dl > n)
            dl = n;
        ok = dt_parse_date_text(s, dl, &y, &m, &d);
        if (ok && dl < n) {
            /* one separator character (any code point), then the time */
            size_t sl = 1;
            unsigned char c0 = (unsigned char)s[dl];
            if (c0 >= 0x80)
                sl = c0 >= 0xf0 ? 4 : c0 >= 0xe0 ? 3 : 2;
            ok = dl + sl < n && dt_parse_time_text(I, s + dl + sl, n - dl - sl, &h, &mi, &sec, &us, &has_tz, &off);
        }
    }
    if (!ok) {
        if (!raise)
            return v_unset();
        invalid(I, str);
    }
    if (!raise) {
        /* report out-of-range fields as "not valid" too */
        ExcFrame ef;
        exc_push(I, &ef);
        if (setjmp(ef.jb) == 0) {
            if (kind != DT_TIME)
                dt_check_date(I, y, m, d);
            dt_check_time(I, h, mi, sec, us, 0);
            exc_pop(I, &ef);
        } else {
            exc_clear(I);
            return v_unset();
        }
    } else {
        if (kind != DT_TIME)
            dt_check_date(I, y, m, d);
        dt_check_time(I, h, mi, sec, us, 0);
    }
    Value tz = v_none();
    if (has_tz) {
        if (off <= -US_PER_DAY || off >= US_PER_DAY) {
            if (!raise)
                return v_unset();
            invalid(I, str);
        }
        tz = off == 0 ? st->utc : obj_call1(I, v_obj(st->timezone), dt_make_delta(I, st->timedelta, off));
    }
    if (kind == DT_DATE)
        return dt_make_date(I, cls, y, m, d);
    if (kind == DT_TIME)
        return dt_make_time(I, cls, h, mi, sec, us, tz, 0);
    return dt_make_datetime(I, cls, y, m, d, h, mi, sec, us, tz, 0);
}
