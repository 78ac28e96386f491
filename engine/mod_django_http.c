/*
 * mod_django_http.c — the `json` module and the django.http package.
 *
 * json.dumps / json.loads are native: the encoder writes exactly what
 * CPython 3.11's json module writes (separators, ensure_ascii escapes,
 * float reprs, Infinity/NaN, sort_keys, indent, default=, cls=), the
 * decoder reads RFC 8259 text plus NaN/Infinity and raises
 * json.JSONDecodeError with CPython's messages. JSONEncoder is a small
 * Python class over the native encoder so that programs (and Django's
 * DjangoJSONEncoder) can subclass it and override default().
 *
 * django.http's classes are embedded Python kept line for line with
 * Django 5.2's behaviour (reprs, header handling, QueryDict); the URL
 * helpers they need (parse_qsl, quote) are native, in "_django_http".
 */
#include "mod_django_http.h"

#include <math.h>
#include <string.h>

#include "mod_django_core.h"
#include "interp_int.h"
#include "utf8.h"

/* ------------------------------------------------------------------ */
/* Encoder                                                             */
/* ------------------------------------------------------------------ */

typedef struct Enc {
    Interp *I;
    StrBuf sb;
    bool ensure_ascii, sort_keys, allow_nan, skipkeys, check_circular;
    Str *item_sep, *key_sep;    /* ", " / ": " by default */
    Str *indent;                /* NULL: no newlines */
    Value default_fn;           /* V_NONE: raise TypeError */
    int depth;
    const void *stack[200];     /* containers being encoded (circular check) */
} Enc;

static void enc_value(Enc *e, Value v);

/* Decode one UTF-8 code point at *p (valid UTF-8 is guaranteed by Str). */
static uint32_t utf8_next(const unsigned char **p)
{
    const unsigned char *s = *p;
    uint32_t c = s[0];
    int n = 0;
    if (c < 0x80) n = 0;
    else if (c < 0xE0) { c &= 0x1F; n = 1; }
    else if (c < 0xF0) { c &= 0x0F; n = 2; }
    else { c &= 0x07; n = 3; }
    for (int i = 1; i <= n; i++)
        c = (c << 6) | (s[i] & 0x3F);
    *p = s + n + 1;
    return c;
}

/* Append s as a JSON string literal (CPython's py_encode_basestring[_ascii]). */
static void enc_string(Enc *e, const Str *s)
{
    StrBuf *sb = &e->sb;
    sb_addc(sb, '"');
    const unsigned char *p = (const unsigned char *)s->s, *end = p + s->len;
    while (p < end) {
        const unsigned char *start = p;
        uint32_t c = utf8_next(&p);
        switch (c) {
        case '"': sb_adds(sb, "\\\""); continue;
        case '\\': sb_adds(sb, "\\\\"); continue;
        case '\n': sb_adds(sb, "\\n"); continue;
        case '\r': sb_adds(sb, "\\r"); continue;
        case '\t': sb_adds(sb, "\\t"); continue;
        case '\b': sb_adds(sb, "\\b"); continue;
        case '\f': sb_adds(sb, "\\f"); continue;
        default: break;
        }
        if (c < 0x20) {
            sb_printf(sb, "\\u%04x", c);
        } else if (c < 0x7F || !e->ensure_ascii) {
            sb_add(sb, (const char *)start, (size_t)(p - start));
        } else if (c < 0x10000) {
            sb_printf(sb, "\\u%04x", c);
        } else {
            uint32_t v = c - 0x10000;
            sb_printf(sb, "\\u%04x\\u%04x", 0xD800 | (v >> 10), 0xDC00 | (v & 0x3FF));
        }
    }
    sb_addc(sb, '"');
}

static void enc_float(Enc *e, double d)
{
    if (isnan(d) || isinf(d)) {
        if (!e->allow_nan)
            exc_raisef(e->I, e->I->cls.ValueError, "Out of range float values are not JSON compliant");
        sb_adds(&e->sb, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        return;
    }
    sb_addstr(&e->sb, float_repr(e->I, d));
}

static void enc_newline(Enc *e)
{
    if (!e->indent)
        return;
    sb_addc(&e->sb, '\n');
    for (int i = 0; i < e->depth; i++)
        sb_addstr(&e->sb, e->indent);
}

static void enc_push(Enc *e, const void *o)
{
    Interp *I = e->I;
    if (e->check_circular)
        for (int i = 0; i < e->depth && i < 200; i++)
            if (e->stack[i] == o)
                exc_raisef(I, I->cls.ValueError, "Circular reference detected");
    if (e->depth >= 200)
        exc_raisef(I, I->cls.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
    e->stack[e->depth++] = o;
}

static void enc_seq(Enc *e, const void *o, int64_t n, const Value *items)
{
    if (n == 0) {
        sb_adds(&e->sb, "[]");
        return;
    }
    enc_push(e, o);
    sb_addc(&e->sb, '[');
    enc_newline(e);
    for (int64_t i = 0; i < n; i++) {
        if (i) {
            sb_addstr(&e->sb, e->item_sep);
            enc_newline(e);
        }
        enc_value(e, items[i]);
    }
    e->depth--;
    enc_newline(e);
    sb_addc(&e->sb, ']');
}

/* A dict key as JSON text, or NULL when skipkeys drops it. */
static Str *enc_key(Enc *e, Value k)
{
    Interp *I = e->I;
    if (v_is_str(I, k))
        return (Str *)k.u.o;
    if (k.tag == V_BOOL)
        return str_from_cstr(I, k.u.i ? "true" : "false");
    if (k.tag == V_NONE)
        return str_from_cstr(I, "null");
    if (k.tag == V_FLOAT) {
        double d = k.u.f;
        if (isnan(d) || isinf(d)) {
            if (!e->allow_nan)
                exc_raisef(I, I->cls.ValueError, "Out of range float values are not JSON compliant");
            return str_from_cstr(I, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
        return float_repr(I, d);
    }
    if (k.tag == V_INT || (k.tag == V_OBJ && class_of(I, k) == I->cls.int_))
        return int_to_str(I, k);
    if (e->skipkeys)
        return NULL;
    exc_raisef(I, I->cls.TypeError, "keys must be str, int, float, bool or None, not %s", type_name(I, k));
}

static void enc_dict(Enc *e, Dict *d)
{
    Interp *I = e->I;
    if (d->len == 0) {
        sb_adds(&e->sb, "{}");
        return;
    }
    enc_push(e, d);
    sb_addc(&e->sb, '{');
    enc_newline(e);
    int64_t n = 0;
    List *keys = NULL;
    if (e->sort_keys) {
        keys = list_new(I, d->len);
        int64_t pos = 0;
        Value k, v;
        while (dict_next(d, &pos, &k, &v))
            list_append(I, keys, k);
        list_sort(I, keys, v_none(), false);
    }
    int64_t pos = 0, ki = 0;
    for (;;) {
        Value k, v;
        if (keys) {
            if (ki >= keys->len)
                break;
            k = keys->items[ki++];
            v = dict_get(I, d, k);
        } else if (!dict_next(d, &pos, &k, &v)) {
            break;
        }
        Str *ks = enc_key(e, k);
        if (!ks)
            continue;
        if (n++) {
            sb_addstr(&e->sb, e->item_sep);
            enc_newline(e);
        }
        enc_string(e, ks);
        sb_addstr(&e->sb, e->key_sep);
        enc_value(e, v);
    }
    e->depth--;
    enc_newline(e);
    sb_addc(&e->sb, '}');
}

static void enc_value(Enc *e, Value v)
{
    Interp *I = e->I;
    interp_tick(I);
    switch (v.tag) {
    case V_NONE: sb_adds(&e->sb, "null"); return;
    case V_BOOL: sb_adds(&e->sb, v.u.i ? "true" : "false"); return;
    case V_INT: sb_printf(&e->sb, "%lld", (long long)v.u.i); return;
    case V_FLOAT: enc_float(e, v.u.f); return;
    default: break;
    }
    if (v.tag == V_OBJ) {
        Class *c = class_of(I, v);
        if (c == I->cls.str) { enc_string(e, (Str *)v.u.o); return; }
        if (c == I->cls.int_) { sb_addstr(&e->sb, int_to_str(I, v)); return; }
        if (c == I->cls.list) { List *l = (List *)v.u.o; enc_seq(e, l, l->len, l->items); return; }
        if (c == I->cls.tuple) { Tuple *t = (Tuple *)v.u.o; enc_seq(e, t, t->len, t->items); return; }
        if (c == I->cls.dict) { enc_dict(e, (Dict *)v.u.o); return; }
        /* subclasses of the JSON types: go through their public protocol */
        if (obj_isinstance(I, v, I->cls.str)) { enc_string(e, obj_str(I, v)); return; }
        if (obj_isinstance(I, v, I->cls.list) || obj_isinstance(I, v, I->cls.tuple)) {
            List *l = obj_to_list(I, v);
            enc_seq(e, v.u.o, l->len, l->items);
            return;
        }
        if (obj_isinstance(I, v, I->cls.dict)) {
            Value items = obj_call_method_cstr(I, v, "items", 0, NULL);
            Dict *d = dict_new(I);
            List *l = obj_to_list(I, items);
            for (int64_t i = 0; i < l->len; i++) {
                Tuple *t = (Tuple *)l->items[i].u.o;
                dict_set(I, d, t->items[0], t->items[1]);
            }
            enc_dict(e, d);
            return;
        }
    }
    if (v_is_none(e->default_fn))
        exc_raisef(I, I->cls.TypeError, "Object of type %s is not JSON serializable", type_name(I, v));
    enc_push(e, v.tag == V_OBJ ? (const void *)v.u.o : (const void *)&e->stack);
    Value r = obj_call1(I, e->default_fn, v);
    enc_value(e, r);
    e->depth--;
}

/* Encode with the given options (NULL separators: CPython's defaults). */
static Str *json_encode(Interp *I, Value v, bool ensure_ascii, bool sort_keys, bool allow_nan,
                        bool skipkeys, bool check_circular, Value indent, Value separators,
                        Value default_fn)
{
    Enc *e = interp_alloc(I, sizeof *e);
    e->I = I;
    sb_init(&e->sb, I);
    e->ensure_ascii = ensure_ascii;
    e->sort_keys = sort_keys;
    e->allow_nan = allow_nan;
    e->skipkeys = skipkeys;
    e->check_circular = check_circular;
    e->default_fn = default_fn;
    if (!v_is_unset(indent) && !v_is_none(indent)) {
        if (v_is_str(I, indent))
            e->indent = (Str *)indent.u.o;
        else {
            int64_t n = obj_index(I, indent);
            StrBuf sb;
            sb_init(&sb, I);
            for (int64_t i = 0; i < n; i++)
                sb_addc(&sb, ' ');
            e->indent = sb_finish(&sb);
        }
    }
    if (!v_is_unset(separators) && !v_is_none(separators)) {
        List *l = obj_to_list(I, separators);
        if (l->len != 2)
            exc_raisef(I, I->cls.ValueError, "too many values to unpack (expected 2)");
        e->item_sep = v_as_str(I, l->items[0], "separator");
        e->key_sep = v_as_str(I, l->items[1], "separator");
    } else {
        e->item_sep = str_from_cstr(I, e->indent ? "," : ", ");
        e->key_sep = str_from_cstr(I, ": ");
    }
    enc_value(e, v);
    return sb_finish(&e->sb);
}

Str *json_dumps(Interp *I, Value v, bool django)
{
    Value def = v_none();
    if (django) {
        Module *m = interp_import(I, str_intern_cstr(I, "django.core.serializers.json"));
        Value cls = dict_get_cstr(I, m->dict, "DjangoJSONEncoder");
        def = obj_getattr_cstr(I, obj_call0(I, cls), "default");
    }
    return json_encode(I, v, true, false, true, false, true, v_unset(), v_unset(), def);
}

static bool opt_bool(Interp *I, Value v, bool dflt)
{
    return v_is_unset(v) ? dflt : obj_truthy(I, v);
}

/* json.dumps(obj, *, skipkeys, ensure_ascii, check_circular, allow_nan, cls,
 * indent, separators, default, sort_keys). With cls, cls(**options) is
 * built and its default method used, as CPython does via cls(...).encode. */
static Value json_dumps_fn(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = {
        "obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
        "indent", "separators", "default", "sort_keys",
    };
    Value a[10];
    if (argc > 1)
        exc_raisef(I, I->cls.TypeError, "dumps() takes 1 positional argument but %d were given", argc);
    args_parse(I, "dumps", argc, argv, kw, 10, names, 0, 1, a);
    Value def = v_is_unset(a[8]) ? v_none() : a[8];
    if (!v_is_unset(a[5]) && !v_is_none(a[5])) {
        KwArgs ck = { 0, NULL, NULL };
        if (!v_is_unset(a[8]) && !v_is_none(a[8])) {
            ck.n = 1;
            ck.names = interp_alloc(I, sizeof(Str *));
            ck.vals = interp_alloc(I, sizeof(Value));
            ck.names[0] = str_intern_cstr(I, "default");
            ck.vals[0] = a[8];
        }
        Value enc = obj_call(I, a[5], 0, NULL, &ck);
        def = obj_getattr_cstr(I, enc, "default");
    }
    return v_obj(json_encode(I, a[0], opt_bool(I, a[2], true), opt_bool(I, a[9], false),
                             opt_bool(I, a[4], true), opt_bool(I, a[1], false),
                             opt_bool(I, a[3], true), a[6], a[7], def));
}

/* _encode(obj, ensure_ascii, sort_keys, allow_nan, skipkeys, indent,
 * separators, default): JSONEncoder.encode's native part. */
static Value json_encode_fn(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "_encode", argc, kw, 8);
    return v_obj(json_encode(I, argv[0], obj_truthy(I, argv[1]), obj_truthy(I, argv[2]),
                             obj_truthy(I, argv[3]), obj_truthy(I, argv[4]), true, argv[5], argv[6],
                             argv[7]));
}

/* ------------------------------------------------------------------ */
/* Decoder                                                             */
/* ------------------------------------------------------------------ */

typedef struct Dec {
    Interp *I;
    const char *s;
    int64_t len;
    Str *doc;
    Class *err;
} Dec;

/* raise JSONDecodeError(msg, doc, pos): "msg: line L column C (char P)",
 * positions counted in characters as CPython does. */
static _Noreturn void dec_fail(Dec *d, const char *msg, int64_t bytepos)
{
    Interp *I = d->I;
    int64_t pos = utf8_count(d->s, (size_t)bytepos);
    Value args[3] = { str_value(I, msg), v_obj(d->doc), v_int(pos) };
    Value exc = obj_call(I, v_obj(d->err), 3, args, NULL);
    exc_raise(I, exc);
}

static int64_t dec_ws(Dec *d, int64_t i)
{
    while (i < d->len && (d->s[i] == ' ' || d->s[i] == '\t' || d->s[i] == '\n' || d->s[i] == '\r'))
        i++;
    return i;
}

static int dec_hex4(Dec *d, int64_t i)
{
    if (i + 4 > d->len)
        return -1;
    int v = 0;
    for (int k = 0; k < 4; k++) {
        int h = ascii_hex_value(d->s[i + k]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

static void add_cp(StrBuf *sb, uint32_t c)
{
    char b[4];
    int n;
    if (c < 0x80) { b[0] = (char)c; n = 1; }
    else if (c < 0x800) { b[0] = (char)(0xC0 | (c >> 6)); b[1] = (char)(0x80 | (c & 0x3F)); n = 2; }
    else if (c < 0x10000) {
        b[0] = (char)(0xE0 | (c >> 12)); b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[2] = (char)(0x80 | (c & 0x3F)); n = 3;
    } else {
        b[0] = (char)(0xF0 | (c >> 18)); b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((c >> 6) & 0x3F)); b[3] = (char)(0x80 | (c & 0x3F)); n = 4;
    }
    sb_add(sb, b, (size_t)n);
}

/* A string whose opening quote is at i-1; returns the index after the closing quote. */
static int64_t dec_string(Dec *d, int64_t i, Value *out)
{
    int64_t begin = i - 1;
    StrBuf sb;
    sb_init(&sb, d->I);
    for (;;) {
        if (i >= d->len)
            dec_fail(d, "Unterminated string starting at", begin);
        unsigned char c = (unsigned char)d->s[i];
        if (c == '"')
            break;
        if (c < 0x20)
            dec_fail(d, "Invalid control character at", i);
        if (c != '\\') {
            sb_addc(&sb, (char)c);
            i++;
            continue;
        }
        if (i + 1 >= d->len)
            dec_fail(d, "Unterminated string starting at", begin);
        char esc = d->s[i + 1];
        switch (esc) {
        case '"': sb_addc(&sb, '"'); break;
        case '\\': sb_addc(&sb, '\\'); break;
        case '/': sb_addc(&sb, '/'); break;
        case 'b': sb_addc(&sb, '\b'); break;
        case 'f': sb_addc(&sb, '\f'); break;
        case 'n': sb_addc(&sb, '\n'); break;
        case 'r': sb_addc(&sb, '\r'); break;
        case 't': sb_addc(&sb, '\t'); break;
        case 'u': {
            int v = dec_hex4(d, i + 2);
            if (v < 0)
                dec_fail(d, "Invalid \\uXXXX escape", i + 1);
            i += 6;
            uint32_t cp = (uint32_t)v;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < d->len && d->s[i] == '\\' && d->s[i + 1] == 'u') {
                int lo = dec_hex4(d, i + 2);
                if (lo < 0)
                    dec_fail(d, "Invalid \\uXXXX escape", i + 1);
                if (lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
                    i += 6;
                }
            }
            if (cp >= 0xD800 && cp < 0xE000)
                cp = 0xFFFD;   /* lone surrogates cannot live in UTF-8 text */
            add_cp(&sb, cp);
            continue;
        }
        default:
            dec_fail(d, "Invalid \\escape", i);
        }
        i += 2;
    }
    *out = v_obj(sb_finish(&sb));
    return i + 1;
}

static int64_t dec_value(Dec *d, int64_t i, Value *out, int depth);

static int64_t dec_number(Dec *d, int64_t i, Value *out)
{
    int64_t st = i;
    if (d->s[i] == '-')
        i++;
    if (i >= d->len || !(d->s[i] >= '0' && d->s[i] <= '9'))
        return -1;
    if (d->s[i] == '0')
        i++;
    else
        while (i < d->len && d->s[i] >= '0' && d->s[i] <= '9')
            i++;
    bool isfloat = false;
    if (i + 1 < d->len && d->s[i] == '.' && d->s[i + 1] >= '0' && d->s[i + 1] <= '9') {
        isfloat = true;
        i += 2;
        while (i < d->len && d->s[i] >= '0' && d->s[i] <= '9')
            i++;
    }
    if (i < d->len && (d->s[i] == 'e' || d->s[i] == 'E')) {
        int64_t j = i + 1;
        if (j < d->len && (d->s[j] == '+' || d->s[j] == '-'))
            j++;
        if (j < d->len && d->s[j] >= '0' && d->s[j] <= '9') {
            while (j < d->len && d->s[j] >= '0' && d->s[j] <= '9')
                j++;
            isfloat = true;
            i = j;
        }
    }
    *out = isfloat ? float_parse(d->I, d->s + st, (size_t)(i - st)) : int_parse(d->I, d->s + st, (size_t)(i - st), 10);
    return i;
}

static int64_t dec_value(Dec *d, int64_t i, Value *out, int depth)
{
    Interp *I = d->I;
    interp_tick(I);
    if (depth > 500)
        exc_raisef(I, I->cls.RecursionError, "maximum recursion depth exceeded while decoding a JSON document");
    if (i >= d->len)
        dec_fail(d, "Expecting value", i);
    char c = d->s[i];
    const char *rest = d->s + i;
    int64_t left = d->len - i;
    if (c == '"')
        return dec_string(d, i + 1, out);
    if (c == '{') {
        Dict *dict = dict_new(I);
        i = dec_ws(d, i + 1);
        if (i < d->len && d->s[i] == '}') {
            *out = v_obj(dict);
            return i + 1;
        }
        for (;;) {
            if (i >= d->len || d->s[i] != '"')
                dec_fail(d, "Expecting property name enclosed in double quotes", i);
            Value k, v;
            i = dec_string(d, i + 1, &k);
            i = dec_ws(d, i);
            if (i >= d->len || d->s[i] != ':')
                dec_fail(d, "Expecting ':' delimiter", i);
            i = dec_ws(d, i + 1);
            i = dec_value(d, i, &v, depth + 1);
            dict_set(I, dict, k, v);
            i = dec_ws(d, i);
            if (i < d->len && d->s[i] == '}') {
                *out = v_obj(dict);
                return i + 1;
            }
            if (i >= d->len || d->s[i] != ',')
                dec_fail(d, "Expecting ',' delimiter", i);
            i = dec_ws(d, i + 1);
        }
    }
    if (c == '[') {
        List *l = list_new(I, 0);
        i = dec_ws(d, i + 1);
        if (i < d->len && d->s[i] == ']') {
            *out = v_obj(l);
            return i + 1;
        }
        for (;;) {
            Value v;
            i = dec_value(d, i, &v, depth + 1);
            list_append(I, l, v);
            i = dec_ws(d, i);
            if (i < d->len && d->s[i] == ']') {
                *out = v_obj(l);
                return i + 1;
            }
            if (i >= d->len || d->s[i] != ',')
                dec_fail(d, "Expecting ',' delimiter", i);
            i = dec_ws(d, i + 1);
        }
    }
    if (left >= 4 && !memcmp(rest, "null", 4)) { *out = v_none(); return i + 4; }
    if (left >= 4 && !memcmp(rest, "true", 4)) { *out = v_bool(1); return i + 4; }
    if (left >= 5 && !memcmp(rest, "false", 5)) { *out = v_bool(0); return i + 5; }
    if (left >= 3 && !memcmp(rest, "NaN", 3)) { *out = v_float(NAN); return i + 3; }
    if (left >= 8 && !memcmp(rest, "Infinity", 8)) { *out = v_float(INFINITY); return i + 8; }
    if (left >= 9 && !memcmp(rest, "-Infinity", 9)) { *out = v_float(-INFINITY); return i + 9; }
    int64_t j = dec_number(d, i, out);
    if (j < 0)
        dec_fail(d, "Expecting value", i);
    return j;
}

/* json.loads(s): str or bytes (UTF-8). */
static Value json_loads_fn(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    if (argc != 1)
        exc_raisef(I, I->cls.TypeError, "loads() missing 1 required positional argument: 's'");
    Value s = argv[0];
    Dec d = { I, NULL, 0, NULL, NULL };
    if (v_is_str(I, s)) {
        d.doc = (Str *)s.u.o;
    } else if (obj_isinstance(I, s, I->cls.bytes)) {
        Bytes *b = (Bytes *)s.u.o;
        if (utf8_count((const char *)b->s, (size_t)b->len) < 0)
            exc_raisef(I, I->cls.UnicodeDecodeError, "'utf-8' codec can't decode bytes");
        d.doc = str_new(I, (const char *)b->s, (size_t)b->len);
    } else {
        exc_raisef(I, I->cls.TypeError, "the JSON object must be str, bytes or bytearray, not %s",
                   type_name(I, s));
    }
    d.s = d.doc->s;
    d.len = d.doc->len;
    Module *m = interp_import(I, str_intern_cstr(I, "json"));
    d.err = (Class *)dict_get_cstr(I, m->dict, "JSONDecodeError").u.o;
    Value out;
    int64_t i = dec_ws(&d, 0);
    i = dec_value(&d, i, &out, 0);
    i = dec_ws(&d, i);
    if (i != d.len)
        dec_fail(&d, "Extra data", i);
    return out;
}

static const char json_src[] =
    "class JSONDecodeError(ValueError):\n"
    "    def __init__(self, msg, doc, pos):\n"
    "        lineno = doc.count('\\n', 0, pos) + 1\n"
    "        colno = pos - doc.rfind('\\n', 0, pos)\n"
    "        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)\n"
    "        ValueError.__init__(self, errmsg)\n"
    "        self.msg = msg\n"
    "        self.doc = doc\n"
    "        self.pos = pos\n"
    "        self.lineno = lineno\n"
    "        self.colno = colno\n"
    "class JSONEncoder:\n"
    "    item_separator = ', '\n"
    "    key_separator = ': '\n"
    "    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,\n"
    "                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):\n"
    "        self.skipkeys = skipkeys\n"
    "        self.ensure_ascii = ensure_ascii\n"
    "        self.check_circular = check_circular\n"
    "        self.allow_nan = allow_nan\n"
    "        self.sort_keys = sort_keys\n"
    "        self.indent = indent\n"
    "        if separators is not None:\n"
    "            self.item_separator, self.key_separator = separators\n"
    "        elif indent is not None:\n"
    "            self.item_separator = ','\n"
    "        if default is not None:\n"
    "            self.default = default\n"
    "    def default(self, o):\n"
    "        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')\n"
    "    def encode(self, o):\n"
    "        return _encode(o, self.ensure_ascii, self.sort_keys, self.allow_nan, self.skipkeys,\n"
    "                       self.indent, (self.item_separator, self.key_separator), self.default)\n";

Module *mod_json_init(Interp *I)
{
    Module *m = django_module_from_source(I, "json", "<json/__init__.py>", json_src);
    module_add_fn(I, m, "dumps", json_dumps_fn);
    module_add_fn(I, m, "loads", json_loads_fn);
    module_add_fn(I, m, "_encode", json_encode_fn);
    return m;
}

/* ------------------------------------------------------------------ */
/* URL helpers ("_django_http")                                        */
/* ------------------------------------------------------------------ */

/* Percent-decode s[0..n) ('+' as space when plus), invalid UTF-8 replaced
 * by U+FFFD as urllib's unquote(errors='replace') does. */
static Str *unquote(Interp *I, const char *s, size_t n, bool plus)
{
    StrBuf sb;
    sb_init(&sb, I);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '+' && plus) {
            sb_addc(&sb, ' ');
        } else if (s[i] == '%' && i + 2 < n && ascii_hex_value(s[i + 1]) >= 0 && ascii_hex_value(s[i + 2]) >= 0) {
            sb_addc(&sb, (char)(ascii_hex_value(s[i + 1]) * 16 + ascii_hex_value(s[i + 2])));
            i += 2;
        } else {
            sb_addc(&sb, s[i]);
        }
    }
    if (utf8_count(sb.p ? sb.p : "", sb.len) >= 0)
        return sb_finish(&sb);
    /* repair: keep valid sequences, replace each invalid byte */
    StrBuf ok;
    sb_init(&ok, I);
    const unsigned char *p = (const unsigned char *)sb.p;
    size_t i = 0;
    while (i < sb.len) {
        unsigned char c = p[i];
        size_t k = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (k && i + k <= sb.len && utf8_count((const char *)p + i, k) == 1) {
            sb_add(&ok, (const char *)p + i, k);
            i += k;
        } else {
            sb_adds(&ok, "\xEF\xBF\xBD");
            i++;
        }
    }
    return sb_finish(&ok);
}

/* parse_qsl(qs): [(key, value), …] as urllib.parse.parse_qsl(qs,
 * keep_blank_values=True) (separator '&', '+' is a space). */
static Value http_parse_qsl(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "parse_qsl", argc, kw, 1);
    Str *qs = v_as_str(I, argv[0], "query string");
    List *out = list_new(I, 0);
    const char *s = qs->s, *end = s + qs->len;
    while (s <= end) {
        const char *amp = memchr(s, '&', (size_t)(end - s));
        const char *e = amp ? amp : end;
        if (e > s) {
            const char *eq = memchr(s, '=', (size_t)(e - s));
            Str *k = unquote(I, s, (size_t)((eq ? eq : e) - s), true);
            Str *v = eq ? unquote(I, eq + 1, (size_t)(e - eq - 1), true) : I->names.empty;
            list_append(I, out, v_obj(tuple_pack(I, 2, v_obj(k), v_obj(v))));
        }
        if (!amp)
            break;
        s = amp + 1;
    }
    return v_obj(out);
}

/* quote(s, safe) / quote_plus(s, safe=''): urllib.parse's, UTF-8, %XX upper case. */
static Str *quote(Interp *I, Str *s, const char *safe, bool plus)
{
    StrBuf sb;
    sb_init(&sb, I);
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->s[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '_' || c == '.' || c == '-' || c == '~' || (c && c < 0x80 && strchr(safe, c)))
            sb_addc(&sb, (char)c);
        else if (c == ' ' && plus)
            sb_addc(&sb, '+');
        else
            sb_printf(&sb, "%%%02X", c);
    }
    return sb_finish(&sb);
}

static Value http_quote(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_range(I, "quote", argc, kw, 1, 2);
    Str *safe = argc > 1 ? v_as_str(I, argv[1], "safe") : str_from_cstr(I, "/");
    return v_obj(quote(I, v_as_str(I, argv[0], "string"), safe->s, false));
}

static Value http_quote_plus(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_range(I, "quote_plus", argc, kw, 1, 2);
    Str *safe = argc > 1 ? v_as_str(I, argv[1], "safe") : I->names.empty;
    return v_obj(quote(I, v_as_str(I, argv[0], "string"), safe->s, true));
}

static Value http_unquote(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "unquote", argc, kw, 1);
    Str *s = v_as_str(I, argv[0], "string");
    return v_obj(unquote(I, s->s, (size_t)s->len, false));
}

static Value http_json_dumps_django(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "dumps_django", argc, kw, 1);
    return v_obj(json_dumps(I, argv[0], true));
}

Module *mod_django_http_native_init(Interp *I)
{
    Module *m = module_new(I, "_django_http");
    module_add_fn(I, m, "parse_qsl", http_parse_qsl);
    module_add_fn(I, m, "quote", http_quote);
    module_add_fn(I, m, "quote_plus", http_quote_plus);
    module_add_fn(I, m, "unquote", http_unquote);
    module_add_fn(I, m, "dumps_django", http_json_dumps_django);
    return m;
}

/* ------------------------------------------------------------------ */
/* django.utils.datastructures, django.http.*, DjangoJSONEncoder       */
/* ------------------------------------------------------------------ */

static const char datastructures_src[] =
    "class MultiValueDictKeyError(KeyError):\n"
    "    pass\n"
    "\n"
    "\n"
    "class MultiValueDict(dict):\n"
    "    def __init__(self, key_to_list_mapping=()):\n"
    "        super().__init__(key_to_list_mapping)\n"
    "\n"
    "    def __repr__(self):\n"
    "        # The dict of lists, as dict.__repr__(self) (which kata Python gets wrong for a subclass).\n"
    "        return \"<%s: %r>\" % (self.__class__.__name__, {k: v for k, v in self.lists()})\n"
    "\n"
    "    def __getitem__(self, key):\n"
    "        try:\n"
    "            list_ = super().__getitem__(key)\n"
    "        except KeyError:\n"
    "            raise MultiValueDictKeyError(key)\n"
    "        try:\n"
    "            return list_[-1]\n"
    "        except IndexError:\n"
    "            return []\n"
    "\n"
    "    def __setitem__(self, key, value):\n"
    "        super().__setitem__(key, [value])\n"
    "\n"
    "    def get(self, key, default=None):\n"
    "        try:\n"
    "            val = self[key]\n"
    "        except KeyError:\n"
    "            return default\n"
    "        if val == []:\n"
    "            return default\n"
    "        return val\n"
    "\n"
    "    def _getlist(self, key, default=None, force_list=False):\n"
    "        try:\n"
    "            values = super().__getitem__(key)\n"
    "        except KeyError:\n"
    "            if default is None:\n"
    "                return []\n"
    "            return default\n"
    "        if force_list:\n"
    "            values = list(values) if values is not None else None\n"
    "        return values\n"
    "\n"
    "    def getlist(self, key, default=None):\n"
    "        return self._getlist(key, default, force_list=True)\n"
    "\n"
    "    def setlist(self, key, list_):\n"
    "        super().__setitem__(key, list_)\n"
    "\n"
    "    def setdefault(self, key, default=None):\n"
    "        if key not in self:\n"
    "            self[key] = default\n"
    "        return self[key]\n"
    "\n"
    "    def setlistdefault(self, key, default_list=None):\n"
    "        if key not in self:\n"
    "            if default_list is None:\n"
    "                default_list = []\n"
    "            self.setlist(key, default_list)\n"
    "        return self._getlist(key)\n"
    "\n"
    "    def appendlist(self, key, value):\n"
    "        self.setlistdefault(key).append(value)\n"
    "\n"
    "    def items(self):\n"
    "        for key in self:\n"
    "            yield key, self[key]\n"
    "\n"
    "    def lists(self):\n"
    "        return iter(super().items())\n"
    "\n"
    "    def values(self):\n"
    "        for key in self:\n"
    "            yield self[key]\n"
    "\n"
    "    def copy(self):\n"
    "        new = self.__class__.__new__(self.__class__)\n"
    "        new.__dict__.update(self.__dict__)\n"
    "        dict.update(new, {k: list(v) for k, v in self.lists()})\n"
    "        return new\n"
    "\n"
    "    def update(self, *args, **kwargs):\n"
    "        if len(args) > 1:\n"
    "            raise TypeError(\"update expected at most 1 argument, got %d\" % len(args))\n"
    "        if args:\n"
    "            arg = args[0]\n"
    "            if isinstance(arg, MultiValueDict):\n"
    "                for key, value_list in arg.lists():\n"
    "                    self.setlistdefault(key).extend(value_list)\n"
    "            else:\n"
    "                if hasattr(arg, \"keys\"):\n"
    "                    arg = [(k, arg[k]) for k in arg.keys()]\n"
    "                for key, value in arg:\n"
    "                    self.setlistdefault(key).append(value)\n"
    "        for key, value in kwargs.items():\n"
    "            self.setlistdefault(key).append(value)\n"
    "\n"
    "    def dict(self):\n"
    "        return {key: self[key] for key in self}\n"
    "\n"
    "\n"
    "class CaseInsensitiveMapping:\n"
    "    def __init__(self, data):\n"
    "        self._store = {}\n"
    "        if hasattr(data, \"items\"):\n"
    "            data = data.items()\n"
    "        for k, v in data:\n"
    "            self._store[k.lower()] = (k, v)\n"
    "\n"
    "    def __getitem__(self, key):\n"
    "        return self._store[key.lower()][1]\n"
    "\n"
    "    def __len__(self):\n"
    "        return len(self._store)\n"
    "\n"
    "    def __eq__(self, other):\n"
    "        if isinstance(other, CaseInsensitiveMapping):\n"
    "            other = {k: v for k, v in other._store.values()}\n"
    "        if isinstance(other, dict):\n"
    "            return {k.lower(): v for k, v in self.items()} == {k.lower(): v for k, v in other.items()}\n"
    "        return NotImplemented\n"
    "\n"
    "    def __iter__(self):\n"
    "        return (original_key for original_key, value in self._store.values())\n"
    "\n"
    "    def __contains__(self, key):\n"
    "        return isinstance(key, str) and key.lower() in self._store\n"
    "\n"
    "    def __repr__(self):\n"
    "        return repr({key: value for key, value in self._store.values()})\n"
    "\n"
    "    def get(self, key, default=None):\n"
    "        try:\n"
    "            return self[key]\n"
    "        except KeyError:\n"
    "            return default\n"
    "\n"
    "    def keys(self):\n"
    "        return _MappingView(\"KeysView\", self, [k for k, v in self._store.values()])\n"
    "\n"
    "    def values(self):\n"
    "        return _MappingView(\"ValuesView\", self, [v for k, v in self._store.values()])\n"
    "\n"
    "    def items(self):\n"
    "        return _MappingView(\"ItemsView\", self, [(k, v) for k, v in self._store.values()])\n"
    "\n"
    "    def copy(self):\n"
    "        return self\n"
    "\n"
    "\n"
    "class _MappingView:\n"
    "    def __init__(self, kind, mapping, items):\n"
    "        self._kind = kind\n"
    "        self._mapping = mapping\n"
    "        self._items = items\n"
    "\n"
    "    def __repr__(self):\n"
    "        return \"%s(%r)\" % (self._kind, self._mapping)\n"
    "\n"
    "    def __iter__(self):\n"
    "        return iter(self._items)\n"
    "\n"
    "    def __len__(self):\n"
    "        return len(self._items)\n"
    "\n"
    "    def __contains__(self, item):\n"
    "        return item in self._items\n";

static const char request_src[] =
    "from django.utils.datastructures import CaseInsensitiveMapping, MultiValueDict, MultiValueDictKeyError\n"
    "from _django_http import parse_qsl as _parse_qsl, quote as _quote, quote_plus as _quote_plus\n"
    "\n"
    "\n"
    "class RawPostDataException(Exception):\n"
    "    pass\n"
    "\n"
    "\n"
    "class UnreadablePostError(OSError):\n"
    "    pass\n"
    "\n"
    "\n"
    "class QueryDict(MultiValueDict):\n"
    "    _mutable = True\n"
    "    _encoding = None\n"
    "\n"
    "    def __init__(self, query_string=None, mutable=False, encoding=None):\n"
    "        super().__init__()\n"
    "        self.encoding = encoding or \"utf-8\"\n"
    "        query_string = query_string or \"\"\n"
    "        if isinstance(query_string, bytes):\n"
    "            query_string = query_string.decode(\"utf-8\")\n"
    "        for key, value in _parse_qsl(query_string):\n"
    "            self.appendlist(key, value)\n"
    "        self._mutable = mutable\n"
    "\n"
    "    @classmethod\n"
    "    def fromkeys(cls, iterable, value=\"\", mutable=False, encoding=None):\n"
    "        q = cls(\"\", mutable=True, encoding=encoding)\n"
    "        for key in iterable:\n"
    "            q.appendlist(key, value)\n"
    "        if not mutable:\n"
    "            q._mutable = False\n"
    "        return q\n"
    "\n"
    "    def _assert_mutable(self):\n"
    "        if not self._mutable:\n"
    "            raise AttributeError(\"This QueryDict instance is immutable\")\n"
    "\n"
    "    def __setitem__(self, key, value):\n"
    "        self._assert_mutable()\n"
    "        super().__setitem__(key, value)\n"
    "\n"
    "    def __delitem__(self, key):\n"
    "        self._assert_mutable()\n"
    "        super().__delitem__(key)\n"
    "\n"
    "    def setlist(self, key, list_):\n"
    "        self._assert_mutable()\n"
    "        super().setlist(key, list_)\n"
    "\n"
    "    def setlistdefault(self, key, default_list=None):\n"
    "        self._assert_mutable()\n"
    "        return super().setlistdefault(key, default_list)\n"
    "\n"
    "    def appendlist(self, key, value):\n"
    "        self._assert_mutable()\n"
    "        super().appendlist(key, value)\n"
    "\n"
    "    def pop(self, key, *args):\n"
    "        self._assert_mutable()\n"
    "        return super().pop(key, *args)\n"
    "\n"
    "    def popitem(self):\n"
    "        self._assert_mutable()\n"
    "        return super().popitem()\n"
    "\n"
    "    def clear(self):\n"
    "        self._assert_mutable()\n"
    "        super().clear()\n"
    "\n"
    "    def setdefault(self, key, default=None):\n"
    "        self._assert_mutable()\n"
    "        return super().setdefault(key, default)\n"
    "\n"
    "    def update(self, *args, **kwargs):\n"
    "        self._assert_mutable()\n"
    "        super().update(*args, **kwargs)\n"
    "\n"
    "    def copy(self):\n"
    "        result = self.__class__(\"\", mutable=True, encoding=self.encoding)\n"
    "        for key, value in self.lists():\n"
    "            result.setlist(key, list(value))\n"
    "        return result\n"
    "\n"
    "    def urlencode(self, safe=None):\n"
    "        output = []\n"
    "        if safe:\n"
    "            encode = lambda k, v: \"%s=%s\" % (_quote(k, safe), _quote(v, safe))\n"
    "        else:\n"
    "            encode = lambda k, v: \"%s=%s\" % (_quote_plus(k), _quote_plus(v))\n"
    "        for k, list_ in self.lists():\n"
    "            output.extend(encode(k, str(v)) for v in list_)\n"
    "        return \"&\".join(output)\n"
    "\n"
    "\n"
    "class HttpHeaders(CaseInsensitiveMapping):\n"
    "    HTTP_PREFIX = \"HTTP_\"\n"
    "    UNPREFIXED_HEADERS = {\"CONTENT_TYPE\", \"CONTENT_LENGTH\"}\n"
    "\n"
    "    def __init__(self, environ):\n"
    "        headers = {}\n"
    "        for header, value in environ.items():\n"
    "            name = self.parse_header_name(header)\n"
    "            if name:\n"
    "                headers[name] = value\n"
    "        super().__init__(headers)\n"
    "\n"
    "    def __getitem__(self, key):\n"
    "        return super().__getitem__(key.replace(\"_\", \"-\"))\n"
    "\n"
    "    @classmethod\n"
    "    def parse_header_name(cls, header):\n"
    "        if header.startswith(cls.HTTP_PREFIX):\n"
    "            header = header[len(cls.HTTP_PREFIX):]\n"
    "        elif header not in cls.UNPREFIXED_HEADERS:\n"
    "            return None\n"
    "        return header.replace(\"_\", \"-\").title()\n"
    "\n"
    "    @classmethod\n"
    "    def to_wsgi_name(cls, header):\n"
    "        header = header.replace(\"-\", \"_\").upper()\n"
    "        if header in cls.UNPREFIXED_HEADERS:\n"
    "            return header\n"
    "        return f\"{cls.HTTP_PREFIX}{header}\"\n"
    "\n"
    "    @classmethod\n"
    "    def to_wsgi_names(cls, headers):\n"
    "        return {cls.to_wsgi_name(header_name): value for header_name, value in headers.items()}\n"
    "\n"
    "\n"
    "def _parse_content_type(ct):\n"
    "    parts = ct.split(\";\")\n"
    "    params = {}\n"
    "    for p in parts[1:]:\n"
    "        if \"=\" in p:\n"
    "            k, _, v = p.partition(\"=\")\n"
    "            params[k.strip().lower()] = v.strip().strip('\"')\n"
    "    return parts[0].strip().lower(), params\n"
    "\n"
    "\n"
    "class HttpRequest:\n"
    "    _encoding = None\n"
    "\n"
    "    def __init__(self):\n"
    "        self.GET = QueryDict(mutable=True)\n"
    "        self.POST = QueryDict(mutable=True)\n"
    "        self.COOKIES = {}\n"
    "        self.META = {}\n"
    "        self.FILES = MultiValueDict()\n"
    "        self.path = \"\"\n"
    "        self.path_info = \"\"\n"
    "        self.method = None\n"
    "        self.resolver_match = None\n"
    "        self.content_type = None\n"
    "        self.content_params = None\n"
    "\n"
    "    def __repr__(self):\n"
    "        if self.method is None or not self.get_full_path():\n"
    "            return \"<%s>\" % self.__class__.__name__\n"
    "        return \"<%s: %s %r>\" % (self.__class__.__name__, self.method, self.get_full_path())\n"
    "\n"
    "    @property\n"
    "    def headers(self):\n"
    "        return HttpHeaders(self.META)\n"
    "\n"
    "    def get_full_path(self, force_append_slash=False):\n"
    "        return self._get_full_path(self.path, force_append_slash)\n"
    "\n"
    "    def get_full_path_info(self, force_append_slash=False):\n"
    "        return self._get_full_path(self.path_info, force_append_slash)\n"
    "\n"
    "    def _get_full_path(self, path, force_append_slash):\n"
    "        qs = self.META.get(\"QUERY_STRING\", \"\")\n"
    "        return \"%s%s%s\" % (\n"
    "            _quote(path, \"/:@&+$,-_.!~*'()\"),\n"
    "            \"/\" if force_append_slash and not path.endswith(\"/\") else \"\",\n"
    "            (\"?\" + _quote(qs, \"/#%[]=:;$&()+,!?*@'~\")) if qs else \"\",\n"
    "        )\n"
    "\n"
    "    def _get_raw_host(self):\n"
    "        if \"HTTP_HOST\" in self.META:\n"
    "            return self.META[\"HTTP_HOST\"]\n"
    "        host = self.META[\"SERVER_NAME\"]\n"
    "        server_port = self.get_port()\n"
    "        if server_port != (\"443\" if self.is_secure() else \"80\"):\n"
    "            host = \"%s:%s\" % (host, server_port)\n"
    "        return host\n"
    "\n"
    "    def get_host(self):\n"
    "        return self._get_raw_host()\n"
    "\n"
    "    def get_port(self):\n"
    "        return str(self.META[\"SERVER_PORT\"])\n"
    "\n"
    "    @property\n"
    "    def scheme(self):\n"
    "        return self.META.get(\"wsgi.url_scheme\", \"http\")\n"
    "\n"
    "    def is_secure(self):\n"
    "        return self.scheme == \"https\"\n"
    "\n"
    "    def build_absolute_uri(self, location=None):\n"
    "        if location is None:\n"
    "            location = self.get_full_path()\n"
    "        if \"://\" in location:\n"
    "            return location\n"
    "        if location.startswith(\"//\"):\n"
    "            return \"%s:%s\" % (self.scheme, location)\n"
    "        base = \"%s://%s\" % (self.scheme, self.get_host())\n"
    "        if not location.startswith(\"/\"):\n"
    "            location = self.path.rpartition(\"/\")[0] + \"/\" + location\n"
    "        return base + location\n"
    "\n"
    "    @property\n"
    "    def encoding(self):\n"
    "        return self._encoding\n"
    "\n"
    "    @property\n"
    "    def body(self):\n"
    "        if not hasattr(self, \"_body\"):\n"
    "            if getattr(self, \"_read_started\", False):\n"
    "                raise RawPostDataException(\n"
    "                    \"You cannot access body after reading from request's data stream\"\n"
    "                )\n"
    "            self._body = getattr(self, \"_raw_body\", b\"\")\n"
    "        return self._body\n"
    "\n"
    "    def _set_content_type_params(self, meta):\n"
    "        self.content_type, self.content_params = _parse_content_type(meta.get(\"CONTENT_TYPE\", \"\"))\n"
    "\n"
    "    def read(self, *args):\n"
    "        self._read_started = True\n"
    "        return getattr(self, \"_raw_body\", b\"\")\n";

static const char response_src[] =
    "import json\n"
    "from django.core.exceptions import DisallowedRedirect\n"
    "from django.core.serializers.json import DjangoJSONEncoder\n"
    "from django.utils.datastructures import CaseInsensitiveMapping\n"
    "from _django_http import quote as _quote\n"
    "\n"
    "_responses = {\n"
    "    100: \"Continue\", 101: \"Switching Protocols\", 102: \"Processing\", 103: \"Early Hints\",\n"
    "    200: \"OK\", 201: \"Created\", 202: \"Accepted\", 203: \"Non-Authoritative Information\",\n"
    "    204: \"No Content\", 205: \"Reset Content\", 206: \"Partial Content\", 207: \"Multi-Status\",\n"
    "    208: \"Already Reported\", 226: \"IM Used\", 300: \"Multiple Choices\",\n"
    "    301: \"Moved Permanently\", 302: \"Found\", 303: \"See Other\", 304: \"Not Modified\",\n"
    "    305: \"Use Proxy\", 307: \"Temporary Redirect\", 308: \"Permanent Redirect\",\n"
    "    400: \"Bad Request\", 401: \"Unauthorized\", 402: \"Payment Required\", 403: \"Forbidden\",\n"
    "    404: \"Not Found\", 405: \"Method Not Allowed\", 406: \"Not Acceptable\",\n"
    "    407: \"Proxy Authentication Required\", 408: \"Request Timeout\", 409: \"Conflict\",\n"
    "    410: \"Gone\", 411: \"Length Required\", 412: \"Precondition Failed\",\n"
    "    413: \"Request Entity Too Large\", 414: \"Request-URI Too Long\",\n"
    "    415: \"Unsupported Media Type\", 416: \"Requested Range Not Satisfiable\",\n"
    "    417: \"Expectation Failed\", 418: \"I'm a Teapot\", 421: \"Misdirected Request\",\n"
    "    422: \"Unprocessable Entity\", 423: \"Locked\", 424: \"Failed Dependency\",\n"
    "    425: \"Too Early\", 426: \"Upgrade Required\", 428: \"Precondition Required\",\n"
    "    429: \"Too Many Requests\", 431: \"Request Header Fields Too Large\",\n"
    "    451: \"Unavailable For Legal Reasons\", 500: \"Internal Server Error\",\n"
    "    501: \"Not Implemented\", 502: \"Bad Gateway\", 503: \"Service Unavailable\",\n"
    "    504: \"Gateway Timeout\", 505: \"HTTP Version Not Supported\",\n"
    "    506: \"Variant Also Negotiates\", 507: \"Insufficient Storage\", 508: \"Loop Detected\",\n"
    "    510: \"Not Extended\", 511: \"Network Authentication Required\",\n"
    "}\n"
    "\n"
    "\n"
    "def _charset_from_content_type(ct):\n"
    "    low = ct.lower()\n"
    "    i = low.find(\"charset=\")\n"
    "    while i != -1:\n"
    "        j = i - 1\n"
    "        while j >= 0 and low[j] in \" \\t\\n\\r\\f\\v\":\n"
    "            j -= 1\n"
    "        if j >= 0 and low[j] == \";\":\n"
    "            k = i + 8\n"
    "            end = k\n"
    "            while end < len(ct) and ct[end] not in \" \\t\\n\\r\\f\\v;\":\n"
    "                end += 1\n"
    "            if end > k:\n"
    "                return ct[k:end]\n"
    "        i = low.find(\"charset=\", i + 1)\n"
    "    return None\n"
    "\n"
    "\n"
    "class BadHeaderError(ValueError):\n"
    "    pass\n"
    "\n"
    "\n"
    "class ResponseHeaders(CaseInsensitiveMapping):\n"
    "    def __init__(self, data):\n"
    "        self._store = {}\n"
    "        if data:\n"
    "            if hasattr(data, \"items\"):\n"
    "                data = data.items()\n"
    "            for header, value in data:\n"
    "                self[header] = value\n"
    "\n"
    "    def _convert_to_charset(self, value, charset, mime_encode=False):\n"
    "        if isinstance(value, str):\n"
    "            value.encode(charset)\n"
    "        elif isinstance(value, bytes):\n"
    "            value = value.decode(charset)\n"
    "        else:\n"
    "            value = str(value)\n"
    "            value.encode(charset)\n"
    "        if \"\\n\" in value or \"\\r\" in value:\n"
    "            raise BadHeaderError(f\"Header values can't contain newlines (got {value!r})\")\n"
    "        return value\n"
    "\n"
    "    def __delitem__(self, key):\n"
    "        self.pop(key)\n"
    "\n"
    "    def __setitem__(self, key, value):\n"
    "        key = self._convert_to_charset(key, \"ascii\")\n"
    "        value = self._convert_to_charset(value, \"latin-1\", mime_encode=True)\n"
    "        self._store[key.lower()] = (key, value)\n"
    "\n"
    "    def pop(self, key, default=None):\n"
    "        return self._store.pop(key.lower(), default)\n"
    "\n"
    "    def setdefault(self, key, value):\n"
    "        if key not in self:\n"
    "            self[key] = value\n"
    "\n"
    "\n"
    "class HttpResponseBase:\n"
    "    status_code = 200\n"
    "\n"
    "    def __init__(self, content_type=None, status=None, reason=None, charset=None, headers=None):\n"
    "        self.headers = ResponseHeaders(headers)\n"
    "        self._charset = charset\n"
    "        if \"Content-Type\" not in self.headers:\n"
    "            if content_type is None:\n"
    "                content_type = f\"text/html; charset={self.charset}\"\n"
    "            self.headers[\"Content-Type\"] = content_type\n"
    "        elif content_type:\n"
    "            raise ValueError(\n"
    "                \"'headers' must not contain 'Content-Type' when the \"\n"
    "                \"'content_type' parameter is provided.\"\n"
    "            )\n"
    "        self._resource_closers = []\n"
    "        self._handler_class = None\n"
    "        self.closed = False\n"
    "        if status is not None:\n"
    "            try:\n"
    "                self.status_code = int(status)\n"
    "            except (ValueError, TypeError):\n"
    "                raise TypeError(\"HTTP status code must be an integer.\")\n"
    "            if not 100 <= self.status_code <= 599:\n"
    "                raise ValueError(\"HTTP status code must be an integer from 100 to 599.\")\n"
    "        self._reason_phrase = reason\n"
    "\n"
    "    @property\n"
    "    def reason_phrase(self):\n"
    "        if self._reason_phrase is not None:\n"
    "            return self._reason_phrase\n"
    "        return _responses.get(self.status_code, \"Unknown Status Code\")\n"
    "\n"
    "    @reason_phrase.setter\n"
    "    def reason_phrase(self, value):\n"
    "        self._reason_phrase = value\n"
    "\n"
    "    @property\n"
    "    def charset(self):\n"
    "        if self._charset is not None:\n"
    "            return self._charset\n"
    "        content_type = self.headers.get(\"Content-Type\")\n"
    "        if content_type:\n"
    "            matched = _charset_from_content_type(content_type)\n"
    "            if matched:\n"
    "                return matched.replace('\"', \"\")\n"
    "        return \"utf-8\"\n"
    "\n"
    "    @charset.setter\n"
    "    def charset(self, value):\n"
    "        self._charset = value\n"
    "\n"
    "    def serialize_headers(self):\n"
    "        return b\"\\r\\n\".join(\n"
    "            [key.encode(\"ascii\") + b\": \" + value.encode(\"latin-1\") for key, value in self.headers.items()]\n"
    "        )\n"
    "\n"
    "    @property\n"
    "    def _content_type_for_repr(self):\n"
    "        return ', \"%s\"' % self.headers[\"Content-Type\"] if \"Content-Type\" in self.headers else \"\"\n"
    "\n"
    "    def __setitem__(self, header, value):\n"
    "        self.headers[header] = value\n"
    "\n"
    "    def __delitem__(self, header):\n"
    "        del self.headers[header]\n"
    "\n"
    "    def __getitem__(self, header):\n"
    "        return self.headers[header]\n"
    "\n"
    "    def has_header(self, header):\n"
    "        return header in self.headers\n"
    "\n"
    "    def __contains__(self, header):\n"
    "        return header in self.headers\n"
    "\n"
    "    def items(self):\n"
    "        return self.headers.items()\n"
    "\n"
    "    def get(self, header, alternate=None):\n"
    "        return self.headers.get(header, alternate)\n"
    "\n"
    "    def setdefault(self, key, value):\n"
    "        self.headers.setdefault(key, value)\n"
    "\n"
    "    def make_bytes(self, value):\n"
    "        if isinstance(value, bytes):\n"
    "            return bytes(value)\n"
    "        if isinstance(value, str):\n"
    "            return bytes(value.encode(self.charset))\n"
    "        return str(value).encode(self.charset)\n"
    "\n"
    "    def close(self):\n"
    "        self.closed = True\n"
    "\n"
    "    def write(self, content):\n"
    "        raise OSError(\"This %s instance is not writable\" % self.__class__.__name__)\n"
    "\n"
    "    def flush(self):\n"
    "        pass\n"
    "\n"
    "    def tell(self):\n"
    "        raise OSError(\"This %s instance cannot tell its position\" % self.__class__.__name__)\n"
    "\n"
    "    def readable(self):\n"
    "        return False\n"
    "\n"
    "    def seekable(self):\n"
    "        return False\n"
    "\n"
    "    def writable(self):\n"
    "        return False\n"
    "\n"
    "\n"
    "class HttpResponse(HttpResponseBase):\n"
    "    streaming = False\n"
    "\n"
    "    def __init__(self, content=b\"\", *args, **kwargs):\n"
    "        super().__init__(*args, **kwargs)\n"
    "        self.content = content\n"
    "\n"
    "    def __repr__(self):\n"
    "        return \"<%(cls)s status_code=%(status_code)d%(content_type)s>\" % {\n"
    "            \"cls\": self.__class__.__name__,\n"
    "            \"status_code\": self.status_code,\n"
    "            \"content_type\": self._content_type_for_repr,\n"
    "        }\n"
    "\n"
    "    def serialize(self):\n"
    "        return self.serialize_headers() + b\"\\r\\n\\r\\n\" + self.content\n"
    "\n"
    "    def __bytes__(self):\n"
    "        return self.serialize()\n"
    "\n"
    "    @property\n"
    "    def content(self):\n"
    "        return b\"\".join(self._container)\n"
    "\n"
    "    @content.setter\n"
    "    def content(self, value):\n"
    "        if hasattr(value, \"__iter__\") and not isinstance(value, (bytes, str)):\n"
    "            content = b\"\".join([self.make_bytes(chunk) for chunk in value])\n"
    "        else:\n"
    "            content = self.make_bytes(value)\n"
    "        self._container = [content]\n"
    "\n"
    "    @property\n"
    "    def text(self):\n"
    "        return self.content.decode(self.charset or \"utf-8\")\n"
    "\n"
    "    def __iter__(self):\n"
    "        return iter(self._container)\n"
    "\n"
    "    def write(self, content):\n"
    "        self._container.append(self.make_bytes(content))\n"
    "\n"
    "    def tell(self):\n"
    "        return len(self.content)\n"
    "\n"
    "    def getvalue(self):\n"
    "        return self.content\n"
    "\n"
    "    def writable(self):\n"
    "        return True\n"
    "\n"
    "    def writelines(self, lines):\n"
    "        for line in lines:\n"
    "            self.write(line)\n"
    "\n"
    "\n"
    "class HttpResponseRedirectBase(HttpResponse):\n"
    "    allowed_schemes = [\"http\", \"https\", \"ftp\"]\n"
    "\n"
    "    def __init__(self, redirect_to, preserve_request=False, *args, **kwargs):\n"
    "        super().__init__(*args, **kwargs)\n"
    "        self[\"Location\"] = _quote(str(redirect_to), \"/#%[]=:;$&()+,!?*@'~\")\n"
    "        redirect_to_str = str(redirect_to)\n"
    "        if len(redirect_to_str) > 2048:\n"
    "            raise DisallowedRedirect(\"Unsafe redirect exceeding 2048 characters\")\n"
    "        if preserve_request:\n"
    "            self.status_code = self.status_code_preserve_request\n"
    "        scheme = \"\"\n"
    "        head, sep, _ = redirect_to_str.partition(\":\")\n"
    "        if sep and head and head[0].isalpha() and all(c.isalnum() or c in \"+-.\" for c in head):\n"
    "            scheme = head.lower()\n"
    "        if scheme and scheme not in self.allowed_schemes:\n"
    "            raise DisallowedRedirect(\"Unsafe redirect to URL with protocol '%s'\" % scheme)\n"
    "\n"
    "    @property\n"
    "    def url(self):\n"
    "        return self[\"Location\"]\n"
    "\n"
    "    def __repr__(self):\n"
    "        return '<%(cls)s status_code=%(status_code)d%(content_type)s, url=\"%(url)s\">' % {\n"
    "            \"cls\": self.__class__.__name__,\n"
    "            \"status_code\": self.status_code,\n"
    "            \"content_type\": self._content_type_for_repr,\n"
    "            \"url\": self.url,\n"
    "        }\n"
    "\n"
    "\n"
    "class HttpResponseRedirect(HttpResponseRedirectBase):\n"
    "    status_code = 302\n"
    "    status_code_preserve_request = 307\n"
    "\n"
    "\n"
    "class HttpResponsePermanentRedirect(HttpResponseRedirectBase):\n"
    "    status_code = 301\n"
    "    status_code_preserve_request = 308\n"
    "\n"
    "\n"
    "class HttpResponseNotModified(HttpResponse):\n"
    "    status_code = 304\n"
    "\n"
    "    def __init__(self, *args, **kwargs):\n"
    "        super().__init__(*args, **kwargs)\n"
    "        del self[\"content-type\"]\n"
    "\n"
    "    @property\n"
    "    def content(self):\n"
    "        return b\"\".join(self._container)\n"
    "\n"
    "    @content.setter\n"
    "    def content(self, value):\n"
    "        if value:\n"
    "            raise AttributeError(\"You cannot set content to a 304 (Not Modified) response\")\n"
    "        self._container = []\n"
    "\n"
    "\n"
    "class HttpResponseBadRequest(HttpResponse):\n"
    "    status_code = 400\n"
    "\n"
    "\n"
    "class HttpResponseNotFound(HttpResponse):\n"
    "    status_code = 404\n"
    "\n"
    "\n"
    "class HttpResponseForbidden(HttpResponse):\n"
    "    status_code = 403\n"
    "\n"
    "\n"
    "class HttpResponseNotAllowed(HttpResponse):\n"
    "    status_code = 405\n"
    "\n"
    "    def __init__(self, permitted_methods, *args, **kwargs):\n"
    "        super().__init__(*args, **kwargs)\n"
    "        self[\"Allow\"] = \", \".join(permitted_methods)\n"
    "\n"
    "    def __repr__(self):\n"
    "        return \"<%(cls)s [%(methods)s] status_code=%(status_code)d%(content_type)s>\" % {\n"
    "            \"cls\": self.__class__.__name__,\n"
    "            \"status_code\": self.status_code,\n"
    "            \"content_type\": self._content_type_for_repr,\n"
    "            \"methods\": self[\"Allow\"],\n"
    "        }\n"
    "\n"
    "\n"
    "class HttpResponseGone(HttpResponse):\n"
    "    status_code = 410\n"
    "\n"
    "\n"
    "class HttpResponseServerError(HttpResponse):\n"
    "    status_code = 500\n"
    "\n"
    "\n"
    "class Http404(Exception):\n"
    "    pass\n"
    "\n"
    "\n"
    "class JsonResponse(HttpResponse):\n"
    "    def __init__(self, data, encoder=DjangoJSONEncoder, safe=True, json_dumps_params=None, **kwargs):\n"
    "        if safe and not isinstance(data, dict):\n"
    "            raise TypeError(\n"
    "                \"In order to allow non-dict objects to be serialized set the \"\n"
    "                \"safe parameter to False.\"\n"
    "            )\n"
    "        if json_dumps_params is None:\n"
    "            json_dumps_params = {}\n"
    "        kwargs.setdefault(\"content_type\", \"application/json\")\n"
    "        data = json.dumps(data, cls=encoder, **json_dumps_params)\n"
    "        super().__init__(content=data, **kwargs)\n";

static const char serializers_json_src[] =
    "import datetime\n"
    "import decimal\n"
    "import json\n"
    "\n"
    "\n"
    "def _duration_iso_string(duration):\n"
    "    if duration < datetime.timedelta(0):\n"
    "        sign = \"-\"\n"
    "        duration *= -1\n"
    "    else:\n"
    "        sign = \"\"\n"
    "    days = duration.days\n"
    "    seconds = duration.seconds\n"
    "    microseconds = duration.microseconds\n"
    "    minutes = seconds // 60\n"
    "    seconds = seconds % 60\n"
    "    hours = minutes // 60\n"
    "    minutes = minutes % 60\n"
    "    ms = \".{:06d}\".format(microseconds) if microseconds else \"\"\n"
    "    return \"{}P{}DT{:02d}H{:02d}M{:02d}{}S\".format(sign, days, hours, minutes, seconds, ms)\n"
    "\n"
    "\n"
    "class DjangoJSONEncoder(json.JSONEncoder):\n"
    "    def default(self, o):\n"
    "        if isinstance(o, datetime.datetime):\n"
    "            r = o.isoformat()\n"
    "            if o.microsecond:\n"
    "                r = r[:23] + r[26:]\n"
    "            if r.endswith(\"+00:00\"):\n"
    "                r = r.removesuffix(\"+00:00\") + \"Z\"\n"
    "            return r\n"
    "        elif isinstance(o, datetime.date):\n"
    "            return o.isoformat()\n"
    "        elif isinstance(o, datetime.time):\n"
    "            if o.utcoffset() is not None:\n"
    "                raise ValueError(\"JSON can't represent timezone-aware times.\")\n"
    "            r = o.isoformat()\n"
    "            if o.microsecond:\n"
    "                r = r[:12]\n"
    "            return r\n"
    "        elif isinstance(o, datetime.timedelta):\n"
    "            return _duration_iso_string(o)\n"
    "        elif isinstance(o, decimal.Decimal):\n"
    "            return str(o)\n"
    "        else:\n"
    "            return super().default(o)\n";

static const char http_src[] =
    "from django.http.request import HttpHeaders, HttpRequest, QueryDict, RawPostDataException, UnreadablePostError\n"
    "from django.http.response import (\n"
    "    BadHeaderError, Http404, HttpResponse, HttpResponseBadRequest, HttpResponseBase,\n"
    "    HttpResponseForbidden, HttpResponseGone, HttpResponseNotAllowed, HttpResponseNotFound,\n"
    "    HttpResponseNotModified, HttpResponsePermanentRedirect, HttpResponseRedirect,\n"
    "    HttpResponseServerError, JsonResponse,\n"
    ")\n";

Module *mod_django_utils_datastructures_init(Interp *I)
{
    return django_module_from_source(I, "django.utils.datastructures", "<django/utils/datastructures.py>",
                                      datastructures_src);
}

Module *mod_django_http_request_init(Interp *I)
{
    return django_module_from_source(I, "django.http.request", "<django/http/request.py>", request_src);
}

Module *mod_django_http_response_init(Interp *I)
{
    return django_module_from_source(I, "django.http.response", "<django/http/response.py>", response_src);
}

Module *mod_django_serializers_json_init(Interp *I)
{
    return django_module_from_source(I, "django.core.serializers.json", "<django/core/serializers/json.py>",
                                      serializers_json_src);
}

Module *mod_django_http_init(Interp *I)
{
    Module *req = django_preload(I, "django.http.request");
    Module *resp = django_preload(I, "django.http.response");
    Module *m = django_module_from_source(I, "django.http", "<django/http/__init__.py>", http_src);
    module_set(I, m, "request", v_obj(req));
    module_set(I, m, "response", v_obj(resp));
    return m;
}
