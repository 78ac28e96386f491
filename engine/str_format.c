/*
 * str_format.c — str.format and str.format_map: CPython's replacement-field
 * grammar ("{0.attr[key]!r:>{width}}"), automatic/manual field numbering and
 * every error CPython 3.11 raises, with the same checks in the same order
 * (Objects/stringlib/unicode_format.h). Values are rendered with
 * obj_format, so each type's format-spec mini-language applies.
 */
#include <string.h>

#include "str_int.h"

/* Where field values come from: positional args (NULL for format_map),
 * keywords (format) or a mapping (format_map). */
typedef struct FmtArgs {
    const Value *args;
    int nargs;
    bool has_args;
    const KwArgs *kw;
    Value mapping;              /* V_UNSET unless format_map */
    int auto_state;             /* 0 init, 1 auto, 2 manual */
    int64_t auto_next;
} FmtArgs;

typedef struct Span {
    const char *p;
    size_t n;
} Span;

static Str *span_str(Interp *I, Span s)
{
    return str_new(I, s.p, s.n);
}

/* A field name part made only of decimal digits (Unicode decimals count)
 * is an index; anything else (or empty) is -1. */
static int64_t get_integer(Interp *I, Span s)
{
    if (s.n == 0)
        return -1;
    int64_t v = 0;
    size_t i = 0;
    while (i < s.n) {
        int d = utf8_decimal(utf8_decode(s.p, &i));
        if (d < 0)
            return -1;
        if (v > (INT64_MAX - 9) / 10)
            exc_raisef(I, I->cls.ValueError, "Too many decimal digits in format string");
        v = v * 10 + d;
    }
    return v;
}

static Value lookup_kw(Interp *I, FmtArgs *fa, Span name)
{
    Str *key = span_str(I, name);
    if (!v_is_unset(fa->mapping))
        return obj_getitem(I, fa->mapping, v_obj(key));
    if (fa->kw)
        for (int i = 0; i < fa->kw->n; i++)
            if (str_eq(fa->kw->names[i], key))
                return fa->kw->vals[i];
    exc_raise_arg(I, I->cls.KeyError, v_obj(key));
}

/* Resolve a field name ("0", "", "name.attr[2]") to its object. */
static Value get_field(Interp *I, FmtArgs *fa, Span field)
{
    size_t k = 0;
    while (k < field.n && field.p[k] != '.' && field.p[k] != '[')
        k++;
    Span first = { field.p, k };
    int64_t idx = get_integer(I, first);
    bool empty = first.n == 0;
    bool numeric = empty || idx != -1;
    if (fa->auto_state == 0 && numeric)
        fa->auto_state = empty ? 1 : 2;
    if (numeric) {
        if (fa->auto_state == 2 && empty)
            exc_raisef(I, I->cls.ValueError,
                       "cannot switch from manual field specification to automatic field "
                       "numbering");
        if (fa->auto_state == 1 && !empty)
            exc_raisef(I, I->cls.ValueError,
                       "cannot switch from automatic field numbering to manual field "
                       "specification");
    }
    if (empty)
        idx = fa->auto_next++;
    Value obj;
    if (idx == -1) {
        obj = lookup_kw(I, fa, first);
    } else {
        if (!fa->has_args)
            exc_raisef(I, I->cls.ValueError, "Format string contains positional fields");
        if (idx >= fa->nargs)
            exc_raisef(I, I->cls.IndexError,
                       "Replacement index %lld out of range for positional args tuple",
                       (long long)idx);
        obj = fa->args[idx];
    }
    /* the rest: .attr and [key] parts */
    while (k < field.n) {
        char c = field.p[k++];
        Span name;
        if (c == '.') {
            size_t b = k;
            while (k < field.n && field.p[k] != '.' && field.p[k] != '[')
                k++;
            name = (Span){ field.p + b, k - b };
            if (name.n == 0)
                exc_raisef(I, I->cls.ValueError, "Empty attribute in format string");
            obj = obj_getattr(I, obj, str_intern(I, name.p, name.n));
        } else if (c == '[') {
            size_t b = k;
            while (k < field.n && field.p[k] != ']')
                k++;
            if (k >= field.n)
                exc_raisef(I, I->cls.ValueError, "Missing ']' in format string");
            name = (Span){ field.p + b, k - b };
            k++;
            if (name.n == 0)
                exc_raisef(I, I->cls.ValueError, "Empty attribute in format string");
            int64_t i = get_integer(I, name);
            obj = obj_getitem(I, obj, i == -1 ? v_obj(span_str(I, name)) : v_int(i));
        } else {
            exc_raisef(I, I->cls.ValueError,
                       "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

/* ascii(): repr with every non-ASCII character escaped. */
Str *str_ascii_escape(Interp *I, Str *r)
{
    if (str_is_ascii(r))
        return r;
    StrBuf sb;
    sb_init(&sb, I);
    size_t i = 0;
    while (i < (size_t)r->len) {
        uint32_t c = utf8_decode(r->s, &i);
        if (c < 0x80)
            sb_addc(&sb, (char)c);
        else if (c <= 0xFF)
            sb_printf(&sb, "\\x%02x", (unsigned)c);
        else if (c <= 0xFFFF)
            sb_printf(&sb, "\\u%04x", (unsigned)c);
        else
            sb_printf(&sb, "\\U%08x", (unsigned)c);
    }
    return sb_finish_n(&sb, (int64_t)sb.len);
}

static void build(Interp *I, StrBuf *out, Span fmt, FmtArgs *fa, int depth);

/* One replacement field, already split by parse_field. */
static void render(Interp *I, StrBuf *out, FmtArgs *fa, Span field, uint32_t conv, Span spec,
                   bool expand, int depth)
{
    Value obj = get_field(I, fa, field);
    if (conv) {
        Str *r;
        switch (conv) {
        case 'r': r = obj_repr(I, obj); break;
        case 's': r = obj_str(I, obj); break;
        case 'a': r = str_ascii_escape(I, obj_repr(I, obj)); break;
        default:
            if (conv > 32 && conv < 127)
                exc_raisef(I, I->cls.ValueError, "Unknown conversion specifier %c", (char)conv);
            exc_raisef(I, I->cls.ValueError, "Unknown conversion specifier \\x%x", conv);
        }
        obj = v_obj(r);
    }
    Str *sp;
    if (expand) {
        StrBuf sub;
        sb_init(&sub, I);
        build(I, &sub, spec, fa, depth - 1);
        sp = sb_finish(&sub);
    } else {
        sp = spec.n ? str_new(I, spec.p, spec.n) : (I->names.empty ? I->names.empty : str_alloc(I, 0));
    }
    if (sp->len == 0 && v_is_str(I, obj)) {
        sb_addstr(out, (Str *)obj.u.o);
        return;
    }
    sb_addstr(out, obj_format(I, obj, sp));
}

/* CPython's MarkupIterator + parse_field over fmt, appending to out. */
static void build(Interp *I, StrBuf *out, Span fmt, FmtArgs *fa, int depth)
{
    if (depth <= 0)
        exc_raisef(I, I->cls.ValueError, "Max string recursion exceeded");
    const char *p = fmt.p, *end = fmt.p + fmt.n;
    while (p < end) {
        const char *lit = p;
        char c = 0;
        while (p < end) {
            c = *p++;
            if (c == '{' || c == '}')
                break;
            c = 0;
        }
        bool at_end = p >= end;
        if (c == 0) {
            sb_add(out, lit, (size_t)(p - lit));
            break;
        }
        if (c == '}' && (at_end || *p != '}'))
            exc_raisef(I, I->cls.ValueError, "Single '}' encountered in format string");
        if (at_end && c == '{')
            exc_raisef(I, I->cls.ValueError, "Single '{' encountered in format string");
        sb_add(out, lit, (size_t)(p - 1 - lit));
        if (*p == c) {          /* "{{" or "}}" */
            sb_addc(out, c);
            p++;
            continue;
        }
        /* parse_field */
        Span field = { p, 0 };
        c = 0;
        while (p < end) {
            c = *p++;
            if (c == '{')
                exc_raisef(I, I->cls.ValueError, "unexpected '{' in field name");
            if (c == '[') {
                while (p < end && *p != ']')
                    p++;
                c = 0;
                continue;
            }
            if (c == '}' || c == ':' || c == '!')
                break;
            c = 0;
        }
        field.n = (size_t)(p - field.p) - (c ? 1 : 0);
        uint32_t conv = 0;
        Span spec = { NULL, 0 };
        bool expand = false;
        if (c == '!' || c == ':') {
            bool done = false;
            if (c == '!') {
                if (p >= end)
                    exc_raisef(I, I->cls.ValueError,
                               "end of string while looking for conversion specifier");
                size_t i = (size_t)(p - fmt.p);
                conv = utf8_decode(fmt.p, &i);
                p = fmt.p + i;
                if (p < end) {
                    char d = *p++;
                    if (d == '}')
                        done = true;
                    else if (d != ':')
                        exc_raisef(I, I->cls.ValueError,
                                   "expected ':' after conversion specifier");
                }
            }
            if (!done) {
                spec.p = p;
                int count = 1;
                while (p < end) {
                    char d = *p++;
                    if (d == '{') {
                        expand = true;
                        count++;
                    } else if (d == '}' && --count == 0) {
                        break;
                    }
                }
                if (count != 0)
                    exc_raisef(I, I->cls.ValueError, "unmatched '{' in format spec");
                spec.n = (size_t)(p - 1 - spec.p);
            }
        } else if (c != '}') {
            exc_raisef(I, I->cls.ValueError, "expected '}' before end of string");
        }
        render(I, out, fa, field, conv, spec, expand, depth);
    }
}

static Value m_format(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "format");
    FmtArgs fa = { argv + 1, argc - 1, true, kw, v_unset(), 0, 0 };
    StrBuf sb;
    sb_init(&sb, I);
    sb_reserve(&sb, (size_t)s->len + 16);
    build(I, &sb, (Span){ s->s, (size_t)s->len }, &fa, 2);
    return v_obj(sb_finish(&sb));
}

static Value m_format_map(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    Str *s = str_self(I, argc, argv, "format_map");
    str_args_one(I, "str.format_map", argc - 1, kw);
    FmtArgs fa = { NULL, 0, false, NULL, argv[1], 0, 0 };
    StrBuf sb;
    sb_init(&sb, I);
    build(I, &sb, (Span){ s->s, (size_t)s->len }, &fa, 2);
    return v_obj(sb_finish(&sb));
}

void str_format_init(Interp *I, Class *cls)
{
    class_add_method(I, cls, "format", m_format);
    class_add_method(I, cls, "format_map", m_format_map);
}
