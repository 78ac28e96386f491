/*
 * mod_datetime_strptime.c — datetime.strptime, as CPython 3.11's
 * Lib/_strptime.py does it in the C locale: the format becomes a list of
 * tokens (literal byte, whitespace run, directive) standing for the regex
 * _strptime builds, which is matched with the same backtracking order
 * (alternatives left to right, greedy repeats), anchored at the start and
 * ASCII-only (\d and \s match ASCII digits and whitespace, IGNORECASE folds
 * ASCII letters). The captured fields are then turned into the constructor's
 * arguments with _strptime's rules and messages.
 */
#include "mod_datetime_int.h"

#include <string.h>

enum { T_LIT, T_WS, T_DIR };

typedef struct Tok {
    int kind;
    char c;                     /* the byte (T_LIT) or directive (T_DIR) */
} Tok;

typedef struct Cap {
    int pos, len;               /* len -1: the directive did not take part */
} Cap;

typedef struct Matcher {
    const Tok *tok;
    int ntok;
    const char *s;
    int n;
    Cap *caps;
    uint8_t *failed;            /* bit (ti * (n + 1) + pos): no match from there */
} Matcher;

static const char *const wd_full[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                       "sunday", NULL };
static const char *const wd_abbr[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", NULL };
static const char *const mon_full[] = { "january", "february", "march", "april", "may", "june", "july",
                                        "august", "september", "october", "november", "december", NULL };
static const char *const mon_abbr[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                        "nov", "dec", NULL };
static const char *const am_pm[] = { "am", "pm", NULL };
static const char *const tz_names[] = { "utc", "gmt", NULL };

/* Length in the regex _strptime builds of each directive's group (for
 * re's "redefinition of group name" position) and its number of groups. */
static int dir_regex_len(char c)
{
    switch (c) {
    case 'd': return 43;
    case 'f': return 17;
    case 'H': case 'I': return 27;
    case 'G': case 'Y': return 15;
    case 'j': return 69;
    case 'm': return 25;
    case 'M': return 18;
    case 'S': return 24;
    case 'U': case 'W': return 26;
    case 'w': return 12;
    case 'u': return 12;
    case 'V': return 33;
    case 'y': return 11;
    case 'z': return 56;
    case 'A': return 63;
    case 'a': return 34;
    case 'B': return 92;
    case 'b': return 54;
    case 'p': return 12;
    case 'Z': return 14;
    default: return 1;          /* '%' */
    }
}

static bool is_dir(char c)
{
    return c && strchr("dfHIGjmMSUwuVyYzAaBbpZW%", c) != NULL;
}

static bool is_regex_special(char c)
{
    return c && strchr("\\.^$*+?(){}[]|", c) != NULL;
}

static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f');
}

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* Append format `f` (len n) as tokens; `expanding` for %c %x %X, whose
 * expansions are well formed. Raises the ValueErrors _strptime does. */
static void tokenize(Interp *I, Str *whole, const char *f, size_t n, Tok **tok, int *ntok, int *cap)
{
    size_t i = 0;
    while (i < n) {
        if (*ntok + 1 >= *cap) {
            int nc = *cap * 2 + 8;
            Tok *t = interp_alloc(I, sizeof(Tok) * (size_t)nc);
            if (*ntok)
                memcpy(t, *tok, sizeof(Tok) * (size_t)*ntok);
            *tok = t, *cap = nc;
        }
        char c = f[i];
        if (is_space(c)) {
            while (i < n && is_space(f[i]))
                i++;
            (*tok)[(*ntok)++] = (Tok){ T_WS, ' ' };
            continue;
        }
        if (c != '%') {
            (*tok)[(*ntok)++] = (Tok){ T_LIT, c };
            i++;
            continue;
        }
        if (i + 1 >= n)
            exc_raisef(I, I->cls.ValueError, "stray %% in format '%s'", whole->s);
        char d = f[i + 1];
        if (is_space(d) || is_regex_special(d))
            exc_raisef(I, I->cls.ValueError, "'%%' is a bad directive in format '%s'", whole->s);
        if (d == 'c' || d == 'x' || d == 'X') {
            const char *e = d == 'c' ? "%a %b %d %H:%M:%S %Y" : d == 'x' ? "%m/%d/%y" : "%H:%M:%S";
            tokenize(I, whole, e, strlen(e), tok, ntok, cap);
            i += 2;
            continue;
        }
        if (!is_dir(d)) {
            size_t k = 1;       /* the whole UTF-8 character */
            while (i + 1 + k < n && ((unsigned char)f[i + 1 + k] & 0xC0) == 0x80)
                k++;
            exc_raisef(I, I->cls.ValueError, "'%.*s' is a bad directive in format '%s'", (int)k, f + i + 1,
                       whole->s);
        }
        (*tok)[(*ntok)++] = (Tok){ T_DIR, d };
        i += 2;
    }
}

/* re raises on a directive used twice (a group name defined twice). */
static void check_duplicates(Interp *I, const Tok *tok, int ntok)
{
    int first_group[128] = { 0 };
    int pos = 0, group = 0;
    for (int i = 0; i < ntok; i++) {
        if (tok[i].kind == T_WS) {
            pos += 3;
            continue;
        }
        if (tok[i].kind == T_LIT) {
            pos += is_regex_special(tok[i].c) ? 2 : 1;
            continue;
        }
        char c = tok[i].c;
        if (c == '%') {
            pos += 1;
            continue;
        }
        group++;
        if (first_group[(unsigned char)c])
            exc_raisef(I, I->cls.ValueError, "redefinition of group name '%c' as group %d; was group %d at position %d",
                       c, group, first_group[(unsigned char)c], pos + 4);
        first_group[(unsigned char)c] = group;
        if (c == 'z')
            group += 2;
        pos += dir_regex_len(c);
    }
}

static bool dig(const Matcher *m, int p)
{
    return p < m->n && m->s[p] >= '0' && m->s[p] <= '9';
}

static bool in(const Matcher *m, int p, char lo, char hi)
{
    return p < m->n && m->s[p] >= lo && m->s[p] <= hi;
}

/* Add to `out` the lengths a two-digit alternation accepts at p, in
 * order: pairs "XY" meaning first char in a range and second in a range. */
typedef struct Alt {
    char a0, a1, b0, b1;        /* b0 0: one character only */
} Alt;

static int alts(const Matcher *m, int p, const Alt *a, int na, int *out)
{
    int k = 0;
    for (int i = 0; i < na; i++) {
        if (!in(m, p, a[i].a0, a[i].a1))
            continue;
        if (!a[i].b0)
            out[k++] = 1;
        else if (in(m, p + 1, a[i].b0, a[i].b1))
            out[k++] = 2;
    }
    return k;
}

static int names(const Matcher *m, int p, const char *const *list, int *out)
{
    int k = 0;
    for (int i = 0; list[i]; i++) {
        int len = (int)strlen(list[i]);
        if (p + len > m->n)
            continue;
        int j = 0;
        while (j < len && lower(m->s[p + j]) == list[i][j])
            j++;
        if (j == len)
            out[k++] = len;
    }
    return k;
}

static int one(int *out, int len)
{
    out[0] = len;
    return 1;
}

/* The lengths directive c can take at p, in the regex's order of trial. */
static int candidates(const Matcher *m, char c, int p, int *out)
{
    static const Alt d[] = { { '3', '3', '0', '1' }, { '1', '2', '0', '9' }, { '0', '0', '1', '9' },
                             { '1', '9', 0, 0 }, { ' ', ' ', '1', '9' } };
    static const Alt H[] = { { '2', '2', '0', '3' }, { '0', '1', '0', '9' }, { '0', '9', 0, 0 } };
    static const Alt Im[] = { { '1', '1', '0', '2' }, { '0', '0', '1', '9' }, { '1', '9', 0, 0 } };
    static const Alt M[] = { { '0', '5', '0', '9' }, { '0', '9', 0, 0 } };
    static const Alt S[] = { { '6', '6', '0', '1' }, { '0', '5', '0', '9' }, { '0', '9', 0, 0 } };
    static const Alt U[] = { { '5', '5', '0', '3' }, { '0', '4', '0', '9' }, { '0', '9', 0, 0 } };
    static const Alt V[] = { { '5', '5', '0', '3' }, { '0', '0', '1', '9' }, { '1', '4', '0', '9' },
                             { '0', '9', 0, 0 } };
    int k = 0;
    switch (c) {
    case 'd': return alts(m, p, d, 5, out);
    case 'H': return alts(m, p, H, 3, out);
    case 'I': case 'm': return alts(m, p, Im, 3, out);
    case 'M': return alts(m, p, M, 2, out);
    case 'S': return alts(m, p, S, 3, out);
    case 'U': case 'W': return alts(m, p, U, 3, out);
    case 'V': return alts(m, p, V, 4, out);
    case 'w': return in(m, p, '0', '6') ? one(out, 1) : 0;
    case 'u': return in(m, p, '1', '7') ? one(out, 1) : 0;
    case 'y': return dig(m, p) && dig(m, p + 1) ? one(out, 2) : 0;
    case 'Y': case 'G':
        return dig(m, p) && dig(m, p + 1) && dig(m, p + 2) && dig(m, p + 3) ? one(out, 4) : 0;
    case 'f': {
        int n = 0;
        while (n < 6 && dig(m, p + n))
            n++;
        for (; n > 0; n--)
            out[k++] = n;
        return k;
    }
    case 'j': {
        /* 36[0-6] | 3[0-5]\d | [1-2]\d\d | 0[1-9]\d | 00[1-9] | [1-9]\d | 0[1-9] | [1-9] */
        if (in(m, p, '3', '3') && in(m, p + 1, '6', '6') && in(m, p + 2, '0', '6'))
            out[k++] = 3;
        if (in(m, p, '3', '3') && in(m, p + 1, '0', '5') && dig(m, p + 2))
            out[k++] = 3;
        if (in(m, p, '1', '2') && dig(m, p + 1) && dig(m, p + 2))
            out[k++] = 3;
        if (in(m, p, '0', '0') && in(m, p + 1, '1', '9') && dig(m, p + 2))
            out[k++] = 3;
        if (in(m, p, '0', '0') && in(m, p + 1, '0', '0') && in(m, p + 2, '1', '9'))
            out[k++] = 3;
        if (in(m, p, '1', '9') && dig(m, p + 1))
            out[k++] = 2;
        if (in(m, p, '0', '0') && in(m, p + 1, '1', '9'))
            out[k++] = 2;
        if (in(m, p, '1', '9'))
            out[k++] = 1;
        return k;
    }
    case 'z': {
        /* [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)? | (?-i:Z) */
        if (p < m->n && (m->s[p] == '+' || m->s[p] == '-') && dig(m, p + 1) && dig(m, p + 2)) {
            for (int c1 = 1; c1 >= 0; c1--) {
                int q = p + 3;
                if (c1 && !(q < m->n && m->s[q] == ':'))
                    continue;
                q += c1;
                if (!(in(m, q, '0', '5') && dig(m, q + 1)))
                    continue;
                q += 2;
                for (int c2 = 1; c2 >= 0; c2--) {
                    int r = q;
                    if (c2 && !(r < m->n && m->s[r] == ':'))
                        continue;
                    r += c2;
                    if (!(in(m, r, '0', '5') && dig(m, r + 1)))
                        continue;
                    r += 2;
                    if (r < m->n && m->s[r] == '.') {
                        int nd = 0;
                        while (nd < 6 && dig(m, r + 1 + nd))
                            nd++;
                        for (; nd > 0; nd--)
                            out[k++] = r + 1 + nd - p;
                    }
                    out[k++] = r - p;
                }
                out[k++] = q - p;
            }
        }
        if (p < m->n && m->s[p] == 'Z')
            out[k++] = 1;
        return k;
    }
    case 'A': return names(m, p, wd_full, out);
    case 'a': return names(m, p, wd_abbr, out);
    case 'B': return names(m, p, mon_full, out);
    case 'b': return names(m, p, mon_abbr, out);
    case 'p': return names(m, p, am_pm, out);
    case 'Z': return names(m, p, tz_names, out);
    default: return p < m->n && m->s[p] == '%' ? one(out, 1) : 0;
    }
}

/* Match tokens ti.. at p; the end of the first match in the regex's order
 * of trial, or -1. Records the captures of the match found. Failures are
 * remembered per (token, position), so the work stays polynomial. */
static int match(Matcher *m, int ti, int p)
{
    if (ti == m->ntok)
        return p;
    size_t bit = (size_t)ti * (size_t)(m->n + 1) + (size_t)p;
    if (m->failed[bit >> 3] & (1u << (bit & 7)))
        return -1;
    const Tok *t = &m->tok[ti];
    if (t->kind == T_LIT) {
        int q = p, tj = ti;     /* a run of literals has no choice to make */
        while (tj < m->ntok && m->tok[tj].kind == T_LIT && q < m->n && lower(m->s[q]) == lower(m->tok[tj].c))
            q++, tj++;
        if (tj == m->ntok || m->tok[tj].kind != T_LIT) {
            int r = match(m, tj, q);
            if (r >= 0)
                return r;
        }
    } else if (t->kind == T_WS) {
        int k = 0;
        while (p + k < m->n && is_space(m->s[p + k]))
            k++;
        for (; k > 0; k--) {
            int r = match(m, ti + 1, p + k);
            if (r >= 0)
                return r;
        }
    } else {
        int out[40];
        int nc = candidates(m, t->c, p, out);
        for (int i = 0; i < nc; i++) {
            int r = match(m, ti + 1, p + out[i]);
            if (r >= 0) {
                m->caps[ti] = (Cap){ p, out[i] };
                return r;
            }
        }
    }
    m->failed[bit >> 3] |= (uint8_t)(1u << (bit & 7));
    return -1;
}

static int num(const char *s, int len)
{
    int v = 0;
    for (int i = 0; i < len; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static int name_index(const char *const *list, const char *s, int len)
{
    for (int i = 0; list[i]; i++) {
        if ((int)strlen(list[i]) != len)
            continue;
        int j = 0;
        while (j < len && lower(s[j]) == list[i][j])
            j++;
        if (j == len)
            return i;
    }
    return 0;
}

/* _strptime's handling of %z text: seconds and microseconds east of UTC. */
static void parse_z(Interp *I, const char *txt, int len, int64_t *off, int64_t *frac)
{
    char z[24];
    memcpy(z, txt, (size_t)len);
    z[len] = 0;
    if (len == 1) {             /* "Z" */
        *off = 0, *frac = 0;
        return;
    }
    if (z[3] == ':') {
        memmove(z + 3, z + 4, (size_t)(len - 3));
        len--;
        if (len > 5) {
            if (z[5] != ':')
                exc_raisef(I, I->cls.ValueError, "Inconsistent use of : in %.*s", len + 1, txt);
            memmove(z + 5, z + 6, (size_t)(len - 5));
            len--;
        }
    }
    int64_t hours = num(z + 1, 2), minutes = num(z + 3, 2), seconds = 0;
    if (len > 5) {
        int sl = len >= 7 ? 2 : 1;
        for (int i = 0; i < sl; i++)
            if (z[5 + i] < '0' || z[5 + i] > '9')
                exc_raisef(I, I->cls.ValueError, "invalid literal for int() with base 10: '%.*s'", sl, z + 5);
        seconds = num(z + 5, sl);
    }
    int64_t f = 0;
    if (len > 8) {
        int fl = len - 8;
        f = num(z + 8, fl);
        for (int i = fl; i < 6; i++)
            f *= 10;
    }
    *off = hours * 3600 + minutes * 60 + seconds;
    *frac = f;
    if (z[0] == '-')
        *off = -*off, *frac = -*frac;
}

/* _calc_julian_from_U_or_W. */
static int julian_from_week(int year, int week, int wday, bool starts_mon)
{
    int first = dt_weekday(year, 1, 1);
    if (!starts_mon) {
        first = (first + 1) % 7;
        wday = (wday + 1) % 7;
    }
    int week0 = (7 - first) % 7;
    if (week == 0)
        return 1 + wday - first;
    return 1 + week0 + 7 * (week - 1) + wday;
}

/* _calc_julian_from_V: sets *year and returns the day of that year. */
static int julian_from_iso(Interp *I, int *year, int week, int iso_wday)
{
    int iy = *year;
    int correction = dt_weekday(iy, 1, 4) + 1 + 3;
    int64_t ord = (int64_t)week * 7 + iso_wday - correction;
    if (ord < 1) {
        dt_check_date(I, iy - 1, 1, 1);
        ord += dt_ymd_to_ord(iy, 1, 1);
        iy -= 1;
        ord -= dt_ymd_to_ord(iy, 1, 1);
    }
    *year = iy;
    return (int)ord;
}

/* datetime.strptime(string, format): cls(*fields[, timezone]) as
 * _strptime._strptime_datetime builds it. Raises TypeError/ValueError. */
Value dt_strptime(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (kw && kw->n)
        exc_raisef(I, I->cls.TypeError, "strptime() takes no keyword arguments");
    if (argc != 3)
        exc_raisef(I, I->cls.TypeError, "strptime() takes exactly 2 arguments (%d given)", argc - 1);
    for (int i = 1; i <= 2; i++)
        if (!v_is_str(I, argv[i]))
            exc_raisef(I, I->cls.TypeError, "strptime() argument %d must be str, not %s", i, type_name(I, argv[i]));
    Str *data = (Str *)argv[1].u.o, *fmt = (Str *)argv[2].u.o;
    Tok *tok = NULL;
    int ntok = 0, cap = 0;
    tokenize(I, fmt, fmt->s, fmt->len, &tok, &ntok, &cap);
    check_duplicates(I, tok, ntok);
    if ((size_t)data->len > (size_t)(INT32_MAX / 2) || (size_t)ntok * ((size_t)data->len + 1) > (size_t)1 << 30)
        exc_raisef(I, I->cls.MemoryError, "strptime(): data too long");
    int choices = 0;            /* the matcher recurses once per directive or space */
    for (int i = 0; i < ntok; i++)
        choices += tok[i].kind != T_LIT;
    if (choices > 5000)
        exc_raisef(I, I->cls.RecursionError, "maximum recursion depth exceeded");
    Matcher m = { tok, ntok, data->s, (int)data->len, NULL, NULL };
    m.caps = interp_alloc(I, sizeof(Cap) * (size_t)(ntok + 1));
    for (int i = 0; i < ntok; i++)
        m.caps[i] = (Cap){ 0, -1 };
    size_t bits = (size_t)(ntok + 1) * (size_t)(m.n + 1);
    m.failed = interp_alloc(I, bits / 8 + 1);
    memset(m.failed, 0, bits / 8 + 1);
    int end = match(&m, 0, 0);
    if (end < 0)
        exc_raisef(I, I->cls.ValueError, "time data %s does not match format %s", str_repr(I, data)->s,
                   str_repr(I, fmt)->s);
    if (end != m.n)
        exc_raisef(I, I->cls.ValueError, "unconverted data remains: %.*s", m.n - end, m.s + end);

    int year = -1, iso_year = -1, month = 1, day = 1, hour = 0, minute = 0, second = 0, fraction = 0;
    int iso_week = -1, week_of_year = -1, week_start = 0, weekday = -1, julian = -1;
    bool has_off = false;
    int64_t gmtoff = 0, gmtoff_frac = 0;
    const char *ampm = NULL, *tzname = NULL;
    int ampm_len = 0, tzname_len = 0;
    for (int i = 0; i < ntok; i++)
        if (tok[i].kind == T_DIR && tok[i].c == 'p' && m.caps[i].len >= 0)
            ampm = m.s + m.caps[i].pos, ampm_len = m.caps[i].len;
    for (int i = 0; i < ntok; i++) {
        if (tok[i].kind != T_DIR || m.caps[i].len < 0)
            continue;
        const char *s = m.s + m.caps[i].pos;
        int len = m.caps[i].len;
        switch (tok[i].c) {
        case 'y': year = num(s, len); year += year <= 68 ? 2000 : 1900; break;
        case 'Y': year = num(s, len); break;
        case 'G': iso_year = num(s, len); break;
        case 'm': month = num(s, len); break;
        case 'B': month = name_index(mon_full, s, len) + 1; break;
        case 'b': month = name_index(mon_abbr, s, len) + 1; break;
        case 'd': day = s[0] == ' ' ? num(s + 1, len - 1) : num(s, len); break;
        case 'H': hour = num(s, len); break;
        case 'I':
            hour = num(s, len);
            if (!ampm || name_index(am_pm, ampm, ampm_len) == 0) {
                if (hour == 12)
                    hour = 0;
            } else if (hour != 12) {
                hour += 12;
            }
            break;
        case 'M': minute = num(s, len); break;
        case 'S': second = num(s, len); break;
        case 'f': fraction = num(s, len); for (int k = len; k < 6; k++) fraction *= 10; break;
        case 'A': weekday = name_index(wd_full, s, len); break;
        case 'a': weekday = name_index(wd_abbr, s, len); break;
        case 'w': weekday = num(s, len); weekday = weekday == 0 ? 6 : weekday - 1; break;
        case 'u': weekday = num(s, len) - 1; break;
        case 'j': julian = num(s, len); break;
        case 'U': week_of_year = num(s, len); week_start = 6; break;
        case 'W': week_of_year = num(s, len); week_start = 0; break;
        case 'V': iso_week = num(s, len); break;
        case 'z': has_off = true; parse_z(I, s, len, &gmtoff, &gmtoff_frac); break;
        case 'Z': tzname = s, tzname_len = len; break;
        default: break;
        }
    }
    if (year < 0 && iso_year >= 0) {
        if (iso_week < 0 || weekday < 0)
            exc_raisef(I, I->cls.ValueError, "ISO year directive '%%G' must be used with the ISO week directive "
                       "'%%V' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').");
        if (julian >= 0)
            exc_raisef(I, I->cls.ValueError, "Day of the year directive '%%j' is not compatible with ISO year "
                       "directive '%%G'. Use '%%Y' instead.");
    } else if (week_of_year < 0 && iso_week >= 0) {
        if (weekday < 0)
            exc_raisef(I, I->cls.ValueError, "ISO week directive '%%V' must be used with the ISO year directive "
                       "'%%G' and a weekday directive ('%%A', '%%a', '%%w', or '%%u').");
        exc_raisef(I, I->cls.ValueError, "ISO week directive '%%V' is incompatible with the year directive "
                   "'%%Y'. Use the ISO year '%%G' instead.");
    }
    bool leap_fix = false;
    if (year < 0 && month == 2 && day == 29)
        year = 1904, leap_fix = true;
    else if (year < 0)
        year = 1900;
    if (julian < 0 && weekday >= 0) {
        bool have = false;
        if (week_of_year >= 0) {
            dt_check_date(I, year, 1, 1);
            julian = julian_from_week(year, week_of_year, weekday, week_start == 0);
            have = true;
        } else if (iso_year >= 0 && iso_week >= 0) {
            dt_check_date(I, iso_year, 1, 4);
            year = iso_year;
            julian = julian_from_iso(I, &year, iso_week, weekday + 1);
            have = true;
        }
        if (have && julian <= 0) {
            year -= 1;
            julian += dt_is_leap(year) ? 366 : 365;
        }
    }
    if (julian < 0) {
        dt_check_date(I, year, month, day);
    } else {
        dt_check_date(I, year, 1, 1);
        int64_t ord = julian - 1 + dt_ymd_to_ord(year, 1, 1);
        if (ord < 1)
            exc_raisef(I, I->cls.ValueError, "ordinal must be >= 1");
        if (ord > (int64_t)MAX_ORDINAL)
            exc_raisef(I, I->cls.ValueError, "year 10000 is out of range");
        dt_ord_to_ymd(ord, &year, &month, &day);
    }
    if (leap_fix)
        year = 1900;

    Value args[8] = { v_int(year), v_int(month), v_int(day), v_int(hour), v_int(minute), v_int(second),
                      v_int(fraction), v_none() };
    int nargs = 7;
    if (has_off) {
        DtState *st = dt_state(I);
        Value tza[2] = { dt_make_delta_us(I, (__int128)gmtoff * 1000000 + gmtoff_frac), v_none() };
        int ntz = 1;
        if (tzname && tzname_len)
            tza[ntz++] = v_obj(str_new(I, tzname, (size_t)tzname_len));
        args[nargs++] = obj_call(I, v_obj(st->timezone), ntz, tza, NULL);
    }
    return obj_call(I, argv[0], nargs, args, NULL);
}
