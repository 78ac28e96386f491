/*
 * mod_decimal.c — the `decimal` module of kata Python: the Decimal class
 * (construction, arithmetic with ints and Decimals, comparisons with ints,
 * floats and Decimals, hashing consistent with int/float, quantize and
 * friends, format()), Context (getcontext/setcontext/localcontext) and the
 * signal exceptions, behaving as CPython 3.11's _decimal.
 *
 * The numbers themselves are DecNums (mod_decimal_num.c); this file turns
 * Python values into them and back and raises the signals the current
 * context traps. Per-interpreter state (the context, the classes) hangs off
 * the Decimal class's `ext`; module functions find it through their
 * NativeFn's data.
 */
#include "mod_decimal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "interp_int.h"

typedef struct DecimalObj {
    Obj hdr;
    Dict *dict;                 /* for Python subclasses */
    DecNum num;
} DecimalObj;

typedef struct ContextObj {
    Obj hdr;
    Dict *dict;
    DecCtx c;
} ContextObj;

typedef struct CtxManager {
    Obj hdr;
    Dict *dict;
    ContextObj *saved, *ctx;
} CtxManager;

/* The signal conditions, in the order CPython lists them in messages. */
enum { SIG_INVALID, SIG_CONV_SYNTAX, SIG_DIV_IMPOSSIBLE, SIG_DIV_UNDEFINED, SIG_INVALID_CONTEXT,
       SIG_FLOAT_OP, SIG_DIV_BY_ZERO, SIG_OVERFLOW, SIG_UNDERFLOW, SIG_SUBNORMAL, SIG_INEXACT,
       SIG_ROUNDED, SIG_CLAMPED, SIG__COUNT };

typedef struct DecState {
    uint32_t magic;
    Class *Decimal, *Context, *CtxManager, *DecimalException;
    Class *DecimalTuple;        /* as_tuple()'s named tuple (a tuple subclass) */
    Class *sig[SIG__COUNT];
    ContextObj *ctx;            /* the current context */
    Module *mod;
} DecState;

#define DEC_MAGIC 0x44656331u

static const struct { const char *name; uint32_t flag; } sig_info[SIG__COUNT] = {
    {"InvalidOperation", DS_INVALID_OP}, {"ConversionSyntax", DS_CONV_SYNTAX},
    {"DivisionImpossible", DS_DIV_IMPOSSIBLE}, {"DivisionUndefined", DS_DIV_UNDEFINED},
    {"InvalidContext", DS_INVALID_CONTEXT}, {"FloatOperation", DS_FLOAT_OP},
    {"DivisionByZero", DS_DIV_BY_ZERO}, {"Overflow", DS_OVERFLOW}, {"Underflow", DS_UNDERFLOW},
    {"Subnormal", DS_SUBNORMAL}, {"Inexact", DS_INEXACT}, {"Rounded", DS_ROUNDED},
    {"Clamped", DS_CLAMPED},
};

static const char *const round_names[DR__COUNT] = {
    "ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_HALF_UP",
    "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP",
};

/* ------------------------------------------------------------------ */
/* State                                                               */
/* ------------------------------------------------------------------ */

static DecState *state_of_cls(Class *c)
{
    if (!c || !c->native_base->ext || !c->native_base->module ||
        strcmp(c->native_base->module->s, "decimal") != 0)
        return NULL;
    DecState *st = c->native_base->ext;
    return st->magic == DEC_MAGIC ? st : NULL;
}

/* The module's state, importing `decimal` if the program has not yet:
 * the current native function's data, else the first class of the module. */
static DecState *dec_state(Interp *I)
{
    if (I->cur_native && I->cur_native->data && ((DecState *)I->cur_native->data)->magic == DEC_MAGIC)
        return I->cur_native->data;
    for (ModuleEntry *e = I->modules; e; e = e->next) {
        if (strcmp(e->name, "decimal") != 0)
            continue;
        Module *m = e->mod ? e->mod : interp_import(I, str_intern_cstr(I, "decimal"));
        int64_t pos = 0;
        Value k, v;
        while (dict_next(m->dict, &pos, &k, &v)) {
            DecState *st = v.tag == V_OBJ && v.u.o->cls == I->cls.type ? state_of_cls((Class *)v.u.o) : NULL;
            if (st)
                return st;
        }
    }
    exc_raisef(I, I->cls.ImportError, "decimal module is not available");
}

static bool is_dec(DecState *st, Value v)
{
    return v.tag == V_OBJ && class_is_subclass(v.u.o->cls, st->Decimal);
}

static const char *tp_name(Interp *I, Value v)
{
    Class *c = class_of(I, v);
    if (!(c->flags & CLS_PYTHON) && c->module && strcmp(c->module->s, "builtins") != 0)
        return str_fmt(I, "%s.%s", c->module->s, c->name->s)->s;
    return c->name->s;
}

/* Record `status` in the context's flags and raise the first trapped
 * signal, with the list of trapped conditions as its argument. */
static void check_status(Interp *I, DecState *st, uint32_t status)
{
    DecCtx *c = &st->ctx->c;
    c->flags |= status;
    uint32_t hit = status & c->traps;
    if (!hit)
        return;
    /* Which exception: InvalidOperation for any of its conditions. */
    Class *ex = NULL;
    if (hit & DS_IEEE_INVALID)
        ex = st->sig[SIG_INVALID];
    else
        for (int i = SIG_FLOAT_OP; i < SIG__COUNT && !ex; i++)
            if (hit & sig_info[i].flag)
                ex = st->sig[i];
    List *l = list_new(I, 2);
    for (int i = 0; i < SIG__COUNT; i++)
        if (hit & sig_info[i].flag)
            list_append(I, l, v_obj(st->sig[i]));
    Value arg = v_obj(l);
    exc_raise(I, exc_new(I, ex, 1, &arg));
}

static Value wrap(Interp *I, DecState *st, Class *cls, const DecNum *x)
{
    DecimalObj *d = obj_alloc(I, cls ? cls : st->Decimal, cls ? cls->inst_size : sizeof(DecimalObj));
    d->num = *x;
    return v_obj(d);
}

const DecNum *dec_num(Value v)
{
    return &((DecimalObj *)v.u.o)->num;
}

/* ------------------------------------------------------------------ */
/* Conversions                                                         */
/* ------------------------------------------------------------------ */

static bool is_int(Interp *I, Value v)
{
    return v.tag == V_INT || v.tag == V_BOOL || (v.tag == V_OBJ && obj_isinstance(I, v, I->cls.int_));
}

static void num_from_int(Interp *I, DecNum *r, Value v)
{
    if (v.tag == V_INT || v.tag == V_BOOL) {
        decnum_from_i64(I, r, v.u.i);
        return;
    }
    Str *s = int_to_str(I, v);
    decnum_parse(I, r, s->s, (size_t)s->len);
}

/* An operand of arithmetic: Decimal or int. false for anything else. */
static bool operand(Interp *I, DecState *st, Value v, DecNum *out)
{
    if (is_dec(st, v)) {
        *out = *dec_num(v);
        return true;
    }
    if (is_int(I, v)) {
        num_from_int(I, out, v);
        return true;
    }
    return false;
}

static Value from_text(Interp *I, DecState *st, Class *cls, const char *s, size_t len)
{
    DecNum n;
    if (!decnum_parse(I, &n, s, len)) {
        check_status(I, st, DS_CONV_SYNTAX);
        decnum_parse(I, &n, "NaN", 3);
    }
    return wrap(I, st, cls, &n);
}

/* Decimal(value): exact conversion of str, int, float, Decimal, tuple. */
static Value convert(Interp *I, DecState *st, Class *cls, Value v)
{
    DecNum n;
    if (v_is_str(I, v)) {
        Str *s = (Str *)v.u.o;
        return from_text(I, st, cls, s->s, (size_t)s->len);
    }
    if (is_dec(st, v)) {
        if (!cls || cls == st->Decimal)
            return v;
        return wrap(I, st, cls, dec_num(v));
    }
    if (is_int(I, v)) {
        num_from_int(I, &n, v);
        return wrap(I, st, cls, &n);
    }
    if (v.tag == V_FLOAT || obj_isinstance(I, v, I->cls.float_)) {
        st->ctx->c.flags |= DS_FLOAT_OP;
        if (st->ctx->c.traps & DS_FLOAT_OP)
            check_status(I, st, DS_FLOAT_OP);
        decnum_from_double(I, &n, v.tag == V_FLOAT ? v.u.f : obj_call_method_cstr(I, v, "__float__", 0, NULL).u.f);
        return wrap(I, st, cls, &n);
    }
    if (v.tag == V_OBJ && (v.u.o->cls == I->cls.tuple || v.u.o->cls == I->cls.list ||
                           v.u.o->cls->native_base == I->cls.tuple)) {   /* DecimalTuple too */
        List *l = obj_to_list(I, v);
        if (l->len != 3)
            exc_raisef(I, I->cls.ValueError, "argument must be a sequence of length 3");
        Value sg = l->items[0], dg = l->items[1], ex = l->items[2];
        if (!is_int(I, sg) || (obj_index(I, sg) != 0 && obj_index(I, sg) != 1))
            exc_raisef(I, I->cls.ValueError, "sign must be an integer with the value 0 or 1");
        StrBuf sb;
        sb_init(&sb, I);
        if (obj_index(I, sg))
            sb_addc(&sb, '-');
        List *digits = obj_to_list(I, dg);
        for (int64_t i = 0; i < digits->len; i++) {
            Value d = digits->items[i];
            if (!is_int(I, d) || obj_index(I, d) < 0 || obj_index(I, d) > 9)
                exc_raisef(I, I->cls.ValueError, "coefficient must be a tuple of digits");
            sb_addc(&sb, (char)('0' + obj_index(I, d)));
        }
        if (v_is_str(I, ex)) {
            const char *e = ((Str *)ex.u.o)->s;
            sb_adds(&sb, !strcmp(e, "F") ? "Inf" : !strcmp(e, "n") ? "NaN" : !strcmp(e, "N") ? "sNaN" : "?");
            /* payload digits go after NaN */
            if (e[0] == 'n' || e[0] == 'N') {
                Str *t = sb_finish(&sb);
                sb_init(&sb, I);
                const char *p = t->s;
                bool neg = *p == '-';
                if (neg)
                    sb_addc(&sb, '-'), p++;
                size_t nd = strlen(p) - (e[0] == 'n' ? 3 : 4);
                sb_adds(&sb, p + nd);
                sb_add(&sb, p, nd);
            } else if (e[0] == 'F') {
                Str *t = sb_finish(&sb);
                sb_init(&sb, I);
                sb_adds(&sb, t->s[0] == '-' ? "-Inf" : "Inf");
            }
        } else {
            if (!is_int(I, ex))
                exc_raisef(I, I->cls.ValueError, "exponent must be an integer");
            if (!digits->len)
                sb_addc(&sb, '0');
            sb_printf(&sb, "E%lld", (long long)int_as_i64(I, ex));
        }
        Str *t = sb_finish(&sb);
        return from_text(I, st, cls, t->s, (size_t)t->len);
    }
    exc_raisef(I, I->cls.TypeError, "conversion from %s to Decimal is not supported", tp_name(I, v));
}

/* ------------------------------------------------------------------ */
/* The C API                                                           */
/* ------------------------------------------------------------------ */

bool dec_is_decimal(Interp *I, Value v)
{
    if (v.tag != V_OBJ)
        return false;
    DecState *st = state_of_cls(v.u.o->cls);
    return st && class_is_subclass(v.u.o->cls, st->Decimal);
}

Value dec_from_str(Interp *I, const char *s)
{
    DecState *st = dec_state(I);
    return from_text(I, st, NULL, s, strlen(s));
}

Value dec_from_int(Interp *I, Value i)
{
    DecNum n;
    DecState *st = dec_state(I);
    num_from_int(I, &n, i);
    return wrap(I, st, NULL, &n);
}

Value dec_from_double(Interp *I, double d)
{
    DecNum n;
    DecState *st = dec_state(I);
    decnum_from_double(I, &n, d);
    return wrap(I, st, NULL, &n);
}

Value dec_from_num(Interp *I, const DecNum *x)
{
    DecNum n;
    DecState *st = dec_state(I);
    decnum_copy(I, &n, x);
    return wrap(I, st, NULL, &n);
}

Str *dec_to_str(Interp *I, Value d)
{
    DecState *st = state_of_cls(d.u.o->cls);
    return str_from_cstr(I, decnum_to_sci(I, dec_num(d), st ? st->ctx->c.capitals : 1));
}

static Str *dec_format(Interp *I, Value self, Str *spec);

Str *dec_to_plain(Interp *I, Value d)
{
    return dec_format(I, d, str_intern_cstr(I, "f"));
}

Value dec_quantize(Interp *I, Value d, int64_t places, int64_t prec, DecRound rounding)
{
    DecState *st = dec_state(I);
    DecCtx c = st->ctx->c;
    if (prec > 0)
        c.prec = prec;
    DecNum q, r;
    decnum_zero(&q);
    q.exp = -places;
    uint32_t status = 0;
    decnum_quantize(I, &r, dec_num(d), &q, rounding, &c, &status);
    check_status(I, st, status);
    return wrap(I, st, NULL, &r);
}

double dec_to_double(Interp *I, Value d)
{
    const DecNum *x = dec_num(d);
    if (x->kind == DN_SNAN)
        exc_raisef(I, I->cls.ValueError, "cannot convert signaling NaN to float");
    if (x->kind == DN_NAN)
        return x->sign ? -NAN : NAN;
    const char *s = decnum_to_sci(I, x, 1);
    return strtod(s, NULL);
}

int dec_cmp(Interp *I, Value a, Value b)
{
    DecState *st = dec_state(I);
    DecNum x, y;
    if (!operand(I, st, a, &x) || !operand(I, st, b, &y))
        exc_raisef(I, I->cls.TypeError, "dec_cmp: not a Decimal or int");
    if (decnum_is_nan(&x) || decnum_is_nan(&y)) {
        check_status(I, st, DS_INVALID_OP);
        return 0;
    }
    return decnum_cmp(&x, &y);
}

/* ------------------------------------------------------------------ */
/* Type slots                                                          */
/* ------------------------------------------------------------------ */

static Str *dec_repr(Interp *I, Value self)
{
    DecState *st = state_of_cls(self.u.o->cls);
    const char *s = decnum_to_sci(I, dec_num(self), st->ctx->c.capitals);
    Class *c = self.u.o->cls;
    return str_fmt(I, "%s('%s')", (c->flags & CLS_PYTHON) ? c->name->s : "Decimal", s);
}

static Str *dec_str(Interp *I, Value self)
{
    return dec_to_str(I, self);
}

static int64_t dec_hash(Interp *I, Value self)
{
    const DecNum *x = dec_num(self);
    if (x->kind == DN_SNAN)
        exc_raisef(I, I->cls.TypeError, "Cannot hash a signaling NaN value");
    if (x->kind == DN_NAN)
        return (int64_t)(obj_id(I, self) >> 4);
    return decnum_hash(x);
}

static bool dec_truthy(Interp *I, Value self)
{
    return !decnum_is_zero(dec_num(self));
}

static Value dec_richcmp(Interp *I, Value a, Value b, CmpOp op)
{
    DecState *st = state_of_cls(class_of(I, a));
    if (!st)
        st = state_of_cls(class_of(I, b));
    DecNum x, y;
    if (!operand(I, st, a, &x)) {
        if (a.tag == V_FLOAT)
            decnum_from_double(I, &x, a.u.f);
        else
            return v_notimpl();
        st->ctx->c.flags |= DS_FLOAT_OP;
    }
    if (!operand(I, st, b, &y)) {
        if (b.tag == V_FLOAT)
            decnum_from_double(I, &y, b.u.f);
        else
            return v_notimpl();
        st->ctx->c.flags |= DS_FLOAT_OP;
    }
    if (decnum_is_nan(&x) || decnum_is_nan(&y)) {
        if (x.kind == DN_SNAN || y.kind == DN_SNAN || (op != CMP_EQ && op != CMP_NE))
            check_status(I, st, DS_INVALID_OP);
        return v_bool(op == CMP_NE);
    }
    int c = decnum_cmp(&x, &y);
    return cmp_order_result(c, op);
}

static const char *const op_syms[OP__COUNT] = {
    "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@",
};

static Value dec_binop(Interp *I, int op, Value a, Value b)
{
    int base = op & 0xff;
    DecState *st = state_of_cls(class_of(I, a));
    if (!st)
        st = state_of_cls(class_of(I, b));
    DecNum x, y, r;
    bool okx = operand(I, st, a, &x), oky = okx && operand(I, st, b, &y);
    if (!okx || !oky || base > OP_POW) {
        Value other = okx ? b : a;
        if (okx && oky)
            other = a;
        Class *oc = class_of(I, other);
        if (!is_dec(st, other) && ((oc->flags & CLS_PYTHON) ||
            (base == OP_MUL && (oc == I->cls.list || oc == I->cls.tuple || oc == I->cls.str || oc == I->cls.bytes))))
            return v_notimpl();
        exc_raisef(I, I->cls.TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                   op_syms[base], (op & OP_INPLACE) ? "=" : (base == OP_POW ? " or pow()" : ""),
                   tp_name(I, a), tp_name(I, b));
    }
    DecCtx *c = &st->ctx->c;
    uint32_t status = 0;
    switch (base) {
    case OP_ADD: decnum_add(I, &r, &x, &y, false, c, &status); break;
    case OP_SUB: decnum_add(I, &r, &x, &y, true, c, &status); break;
    case OP_MUL: decnum_mul(I, &r, &x, &y, c, &status); break;
    case OP_TRUEDIV: decnum_div(I, &r, &x, &y, c, &status); break;
    case OP_FLOORDIV: decnum_divmod(I, &r, NULL, &x, &y, c, &status); break;
    case OP_MOD: decnum_divmod(I, NULL, &r, &x, &y, c, &status); break;
    default:
        if (!decnum_pow(I, &r, &x, &y, c, &status))
            exc_raisef(I, I->cls.NotImplementedError,
                       "Decimal powers with a non-integral exponent are not supported in kata Python");
        break;
    }
    check_status(I, st, status);
    return wrap(I, st, NULL, &r);
}

static Value dec_unop(Interp *I, UnOp op, Value a)
{
    DecState *st = state_of_cls(a.u.o->cls);
    if (op == UOP_INVERT)
        exc_raisef(I, I->cls.TypeError, "bad operand type for unary ~: '%s'", tp_name(I, a));
    DecNum r;
    uint32_t status = 0;
    decnum_plus(I, &r, dec_num(a), op == UOP_NEG ? 1 : 0, &st->ctx->c, &status);
    check_status(I, st, status);
    return wrap(I, st, NULL, &r);
}

static Value dec_new(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "value", "context" };
    Value a[2];
    args_parse(I, "Decimal", argc, argv, kw, 2, names, 0, 0, a);
    DecState *st = state_of_cls(cls);
    Value v = v_is_unset(a[0]) ? v_int(0) : a[0];
    return convert(I, st, cls, v);
}

/* ------------------------------------------------------------------ */
/* format(): the mini-language, as _pydecimal's __format__             */
/* ------------------------------------------------------------------ */

typedef struct FmtSpec {
    const char *fill;           /* UTF-8 of one character */
    size_t fill_len;
    char align, sign, type;
    bool zeropad, alt, no_neg_0;
    int64_t width, prec;        /* -1: not given */
    const char *sep;            /* "", ",", "_" */
} FmtSpec;

static bool is_align(char c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static void parse_spec(Interp *I, Str *spec, FmtSpec *f)
{
    const char *s = spec->s, *end = s + spec->len;
    memset(f, 0, sizeof *f);
    f->width = f->prec = -1;
    f->sep = "";
    size_t clen = 1;
    if (s < end && ((unsigned char)*s >= 0x80)) {
        unsigned char c0 = (unsigned char)*s;
        clen = c0 >= 0xf0 ? 4 : c0 >= 0xe0 ? 3 : 2;
    }
    if (s + clen < end && is_align(s[clen])) {
        f->fill = s;
        f->fill_len = clen;
        f->align = s[clen];
        s += clen + 1;
    } else if (s < end && is_align(*s)) {
        f->align = *s++;
    }
    if (s < end && (*s == '+' || *s == '-' || *s == ' '))
        f->sign = *s++;
    if (s < end && *s == 'z')
        f->no_neg_0 = true, s++;
    if (s < end && *s == '#')
        f->alt = true, s++;
    if (s < end && *s == '0') {
        f->zeropad = true;
        s++;
    }
    if (s < end && *s >= '0' && *s <= '9') {
        f->width = 0;
        while (s < end && *s >= '0' && *s <= '9')
            f->width = f->width * 10 + (*s++ - '0');
    }
    if (s < end && (*s == ',' || *s == '_'))
        f->sep = *s == ',' ? "," : "_", s++;
    if (s < end && *s == '.') {
        s++;
        if (s >= end || *s < '0' || *s > '9')
            exc_raisef(I, I->cls.ValueError, "invalid format string");
        f->prec = 0;
        while (s < end && *s >= '0' && *s <= '9')
            f->prec = f->prec * 10 + (*s++ - '0');
    }
    if (s < end)
        f->type = *s++;
    if (s != end || (f->type && !strchr("eEfFgGn%", f->type)))
        exc_raisef(I, I->cls.ValueError, "invalid format string");
    if (f->zeropad && !f->fill) {
        f->fill = "0";
        f->fill_len = 1;
        if (!f->align)
            f->align = '=';
    }
    if (!f->fill) {
        f->fill = " ";
        f->fill_len = 1;
    }
    if (!f->align)
        f->align = '>';
    if (f->type && strchr("gGn", f->type) && f->prec == 0)
        f->prec = 1;
    if (f->type == 'n')
        f->type = 'g';
}

/* Pad sign+body to the width with the fill character. */
static Str *align_out(Interp *I, const char *sign, const char *body, const FmtSpec *f)
{
    int64_t len = (int64_t)strlen(sign) + utf8_count(body, strlen(body));
    int64_t pad = f->width > len ? f->width - len : 0;
    int64_t before = 0, mid = 0, after = 0;
    switch (f->align) {
    case '<': after = pad; break;
    case '=': mid = pad; break;
    case '^': before = pad / 2; after = pad - before; break;
    default: before = pad; break;
    }
    StrBuf sb;
    sb_init(&sb, I);
    for (int64_t i = 0; i < before; i++)
        sb_add(&sb, f->fill, f->fill_len);
    sb_adds(&sb, sign);
    for (int64_t i = 0; i < mid; i++)
        sb_add(&sb, f->fill, f->fill_len);
    sb_adds(&sb, body);
    for (int64_t i = 0; i < after; i++)
        sb_add(&sb, f->fill, f->fill_len);
    return sb_finish(&sb);
}

/* _insert_thousands_sep: group digits by three, zero-padding to min_width. */
static void group_digits(StrBuf *out, const char *digits, const char *sep, int64_t min_width)
{
    int64_t n = (int64_t)strlen(digits);
    if (!*sep) {
        int64_t l = n > min_width ? n : min_width;
        if (l < 1)
            l = 1;
        for (int64_t i = n; i < l; i++)
            sb_addc(out, '0');
        sb_add(out, digits, (size_t)n);
        return;
    }
    /* Build groups from the right, then emit reversed. */
    const char *groups[4096];
    int64_t glen[4096], zeros[4096];
    int ng = 0;
    for (;;) {
        int64_t l = n > min_width ? n : min_width;
        if (l < 1)
            l = 1;
        if (l > 3)
            l = 3;
        int64_t take = n < l ? n : l;
        groups[ng] = digits + n - take;
        glen[ng] = take;
        zeros[ng] = l - take;
        ng++;
        n -= take;
        min_width -= l;
        if ((n == 0 && min_width <= 0) || ng == 4096)
            break;
        min_width -= 1;
    }
    for (int i = ng - 1; i >= 0; i--) {
        for (int64_t k = 0; k < zeros[i]; k++)
            sb_addc(out, '0');
        sb_add(out, groups[i], (size_t)glen[i]);
        if (i)
            sb_adds(out, sep);
    }
}

static Str *dec_format(Interp *I, Value self, Str *spec)
{
    DecState *st = state_of_cls(self.u.o->cls);
    FmtSpec f;
    parse_spec(I, spec, &f);
    DecNum x = *dec_num(self);
    DecRound rnd = st->ctx->c.round;
    const char *sign;
    if (x.kind != DN_FINITE) {
        sign = x.sign ? "-" : (f.sign == '+' ? "+" : f.sign == ' ' ? " " : "");
        DecNum a = x;
        a.sign = 0;
        char *body = decnum_to_sci(I, &a, 1);
        if (f.type == '%')
            body = str_fmt(I, "%s%%", body)->s;
        return align_out(I, sign, body, &f);
    }
    char type = f.type ? f.type : (st->ctx->c.capitals ? 'G' : 'g');
    if (type == '%')
        x.exp += 2;
    if (f.prec >= 0) {
        DecNum t;
        if (type == 'e' || type == 'E') {
            decnum_round_sig(I, &t, &x, f.prec + 1, rnd);
            x = t;
        } else if (type == 'f' || type == 'F' || type == '%') {
            decnum_rescale(I, &t, &x, -f.prec, rnd);
            x = t;
        } else if ((type == 'g' || type == 'G') && x.n > f.prec) {
            decnum_round_sig(I, &t, &x, f.prec, rnd);
            x = t;
        }
    }
    if (decnum_is_zero(&x) && x.exp > 0 && (type == 'f' || type == 'F' || type == '%')) {
        DecNum t;
        decnum_rescale(I, &t, &x, 0, rnd);
        x = t;
    }
    uint8_t neg = (decnum_is_zero(&x) && f.no_neg_0) ? 0 : x.sign;
    sign = neg ? "-" : (f.sign == '+' ? "+" : f.sign == ' ' ? " " : "");
    const char *dig = decnum_digits(I, &x);
    int64_t n = x.n;
    int64_t left = x.exp + n, dot;
    if (type == 'e' || type == 'E')
        dot = (decnum_is_zero(&x) && f.prec >= 0) ? 1 - f.prec : 1;
    else if (type == 'f' || type == 'F' || type == '%')
        dot = left;
    else
        dot = (x.exp <= 0 && left > -6) ? left : 1;
    StrBuf ip, fp;
    sb_init(&ip, I);
    sb_init(&fp, I);
    if (dot < 0) {
        sb_addc(&ip, '0');
        for (int64_t k = 0; k < -dot; k++)
            sb_addc(&fp, '0');
        sb_add(&fp, dig, (size_t)n);
    } else if (dot > n) {
        sb_add(&ip, dig, (size_t)n);
        for (int64_t k = 0; k < dot - n; k++)
            sb_addc(&ip, '0');
    } else {
        if (dot)
            sb_add(&ip, dig, (size_t)dot);
        else
            sb_addc(&ip, '0');
        sb_add(&fp, dig + dot, (size_t)(n - dot));
    }
    int64_t exp = left - dot;
    sb_addc(&ip, '\0');
    sb_addc(&fp, '\0');
    StrBuf tail;
    sb_init(&tail, I);
    if (fp.len > 1 || f.alt) {
        sb_addc(&tail, '.');
        sb_adds(&tail, fp.p);
    }
    if (exp != 0 || type == 'e' || type == 'E') {
        char ech = (type == 'E' || type == 'G') ? 'E' : 'e';
        sb_printf(&tail, "%c%+lld", ech, (long long)exp);
    }
    if (type == '%')
        sb_addc(&tail, '%');
    sb_addc(&tail, '\0');
    int64_t min_width = 0;
    if (f.zeropad && f.fill[0] == '0' && f.align == '=')
        min_width = f.width - (int64_t)(tail.len - 1) - (int64_t)strlen(sign);
    StrBuf body;
    sb_init(&body, I);
    group_digits(&body, ip.p, f.sep, min_width);
    sb_adds(&body, tail.p);
    sb_addc(&body, '\0');
    return align_out(I, sign, body.p, &f);
}

/* ------------------------------------------------------------------ */
/* Methods                                                             */
/* ------------------------------------------------------------------ */

static DecState *self_state(Interp *I, Value self)
{
    DecState *st = self.tag == V_OBJ ? state_of_cls(self.u.o->cls) : NULL;
    return st ? st : dec_state(I);
}

static DecRound parse_rounding(Interp *I, Value v, DecRound dflt)
{
    if (v_is_unset(v) || v_is_none(v))
        return dflt;
    if (v_is_str(I, v))
        for (int i = 0; i < DR__COUNT; i++)
            if (!strcmp(((Str *)v.u.o)->s, round_names[i]))
                return (DecRound)i;
    exc_raisef(I, I->cls.TypeError, "valid values for rounding are:\n"
               "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
               "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
               "   ROUND_05UP]");
}

/* The context argument of a method: None/absent means the current one. */
static ContextObj *ctx_arg(Interp *I, DecState *st, Value v)
{
    if (v_is_unset(v) || v_is_none(v))
        return st->ctx;
    if (v.tag == V_OBJ && class_is_subclass(v.u.o->cls, st->Context))
        return (ContextObj *)v.u.o;
    exc_raisef(I, I->cls.TypeError, "optional argument must be a context");
}

/* Raise the trapped signals of `status` against context `c`. */
static void check_ctx(Interp *I, DecState *st, ContextObj *c, uint32_t status)
{
    ContextObj *saved = st->ctx;
    st->ctx = c;
    check_status(I, st, status);
    st->ctx = saved;
}

static DecNum other_operand(Interp *I, DecState *st, Value v)
{
    DecNum n;
    if (!operand(I, st, v, &n))
        exc_raisef(I, I->cls.TypeError, "conversion from %s to Decimal is not supported", tp_name(I, v));
    return n;
}

static Value m_quantize(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "exp", "rounding", "context" };
    Value a[4];
    args_parse(I, "quantize", argc, argv, kw, 4, names, 1, 2, a);
    DecState *st = self_state(I, a[0]);
    ContextObj *c = ctx_arg(I, st, a[3]);
    DecNum q = other_operand(I, st, a[1]), r;
    uint32_t status = 0;
    decnum_quantize(I, &r, dec_num(a[0]), &q, parse_rounding(I, a[2], c->c.round), &c->c, &status);
    check_ctx(I, st, c, status);
    return wrap(I, st, NULL, &r);
}

static Value to_integral(Interp *I, int argc, const Value *argv, const KwArgs *kw, bool exact)
{
    static const char *const names[] = { "self", "rounding", "context" };
    Value a[3];
    args_parse(I, "to_integral_value", argc, argv, kw, 3, names, 1, 1, a);
    DecState *st = self_state(I, a[0]);
    ContextObj *c = ctx_arg(I, st, a[2]);
    DecNum r;
    uint32_t status = 0;
    const DecNum *x = dec_num(a[0]);
    decnum_to_integral(I, &r, x, parse_rounding(I, a[1], c->c.round), &status);
    if (exact && x->kind == DN_FINITE && x->exp < 0) {
        status |= DS_ROUNDED;
        if (decnum_cmp(&r, x) != 0)
            status |= DS_INEXACT;
    }
    check_ctx(I, st, c, status);
    return wrap(I, st, NULL, &r);
}

static Value m_to_integral_value(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return to_integral(I, argc, argv, kw, false);
}

static Value m_to_integral_exact(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return to_integral(I, argc, argv, kw, true);
}

static Value m_normalize(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "context" };
    Value a[2];
    args_parse(I, "normalize", argc, argv, kw, 2, names, 1, 1, a);
    DecState *st = self_state(I, a[0]);
    ContextObj *c = ctx_arg(I, st, a[1]);
    DecNum r;
    uint32_t status = 0;
    decnum_normalize(I, &r, dec_num(a[0]), &c->c, &status);
    check_ctx(I, st, c, status);
    return wrap(I, st, NULL, &r);
}

static Value m_scaleb(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "other", "context" };
    Value a[3];
    args_parse(I, "scaleb", argc, argv, kw, 3, names, 1, 2, a);
    DecState *st = self_state(I, a[0]);
    ContextObj *c = ctx_arg(I, st, a[2]);
    DecNum by = other_operand(I, st, a[1]), r;
    const DecNum *x = dec_num(a[0]);
    uint32_t status = 0;
    if (x->kind != DN_FINITE || by.kind != DN_FINITE || by.exp != 0) {
        if (decnum_is_nan(x) || decnum_is_nan(&by) || by.kind != DN_FINITE || by.exp != 0)
            status |= (decnum_is_nan(x) && x->kind == DN_NAN && !decnum_is_nan(&by)) ? 0 : DS_INVALID_OP;
        decnum_copy(I, &r, x);
        if (status)
            decnum_parse(I, &r, "NaN", 3);
    } else {
        const char *t = decnum_trunc_text(I, &by);
        int64_t k = strtoll(t, NULL, 10);
        decnum_copy(I, &r, x);
        r.exp += k;
        decnum_finalize(I, &r, &c->c, &status);
    }
    check_ctx(I, st, c, status);
    return wrap(I, st, NULL, &r);
}

static Value m_adjusted(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "adjusted", argc, kw, 1);
    const DecNum *x = dec_num(argv[0]);
    return v_int(x->kind == DN_FINITE ? decnum_adjusted(x) : 0);
}

static Value pred(Interp *I, int argc, const Value *argv, const KwArgs *kw, const char *name, int which)
{
    args_exact(I, name, argc, kw, 1);
    const DecNum *x = dec_num(argv[0]);
    switch (which) {
    case 0: return v_bool(decnum_is_nan(x));
    case 1: return v_bool(x->kind == DN_NAN);
    case 2: return v_bool(x->kind == DN_SNAN);
    case 3: return v_bool(x->kind == DN_INF);
    case 4: return v_bool(x->kind == DN_FINITE);
    case 5: return v_bool(decnum_is_zero(x));
    default: return v_bool(x->sign);
    }
}

static Value m_is_nan(Interp *I, int argc, const Value *argv, const KwArgs *kw) { return pred(I, argc, argv, kw, "is_nan", 0); }
static Value m_is_qnan(Interp *I, int argc, const Value *argv, const KwArgs *kw) { return pred(I, argc, argv, kw, "is_qnan", 1); }
static Value m_is_snan(Interp *I, int argc, const Value *argv, const KwArgs *kw) { return pred(I, argc, argv, kw, "is_snan", 2); }
static Value m_is_infinite(Interp *I, int argc, const Value *argv, const KwArgs *kw) { return pred(I, argc, argv, kw, "is_infinite", 3); }
static Value m_is_finite(Interp *I, int argc, const Value *argv, const KwArgs *kw) { return pred(I, argc, argv, kw, "is_finite", 4); }
static Value m_is_zero(Interp *I, int argc, const Value *argv, const KwArgs *kw) { return pred(I, argc, argv, kw, "is_zero", 5); }
static Value m_is_signed(Interp *I, int argc, const Value *argv, const KwArgs *kw) { return pred(I, argc, argv, kw, "is_signed", 6); }

static Value copy_with_sign(Interp *I, Value self, int how, Value other)
{
    DecState *st = self_state(I, self);
    DecNum r = *dec_num(self);
    if (how == 0)
        r.sign = 0;
    else if (how == 1)
        r.sign ^= 1;
    else
        r.sign = other_operand(I, st, other).sign;
    return wrap(I, st, NULL, &r);
}

static Value m_copy_abs(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "copy_abs", argc, kw, 1);
    return copy_with_sign(I, argv[0], 0, v_none());
}

static Value m_copy_negate(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "copy_negate", argc, kw, 1);
    return copy_with_sign(I, argv[0], 1, v_none());
}

static Value m_copy_sign(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_range(I, "copy_sign", argc, kw, 2, 3);
    return copy_with_sign(I, argv[0], 2, argv[1]);
}

static Value m_compare(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_range(I, "compare", argc, kw, 2, 3);
    DecState *st = self_state(I, argv[0]);
    DecNum y = other_operand(I, st, argv[1]), r;
    const DecNum *x = dec_num(argv[0]);
    uint32_t status = 0;
    if (decnum_is_nan(x) || decnum_is_nan(&y)) {
        decnum_add(I, &r, x, &y, false, &st->ctx->c, &status);
    } else {
        decnum_from_i64(I, &r, decnum_cmp(x, &y));
    }
    check_status(I, st, status);
    return wrap(I, st, NULL, &r);
}

/* int(d), truncating; ValueError/OverflowError for NaN/Infinity. */
static Value to_int(Interp *I, const DecNum *x)
{
    if (decnum_is_nan(x))
        exc_raisef(I, I->cls.ValueError, "cannot convert NaN to integer");
    if (x->kind == DN_INF)
        exc_raisef(I, I->cls.OverflowError, "cannot convert Infinity to integer");
    const char *t = decnum_trunc_text(I, x);
    return int_parse(I, t, strlen(t), 10);
}

static Value m_int(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__int__", argc, kw, 1);
    return to_int(I, dec_num(argv[0]));
}

static Value rounded_int(Interp *I, Value self, DecRound mode)
{
    const DecNum *x = dec_num(self);
    if (x->kind != DN_FINITE)
        return to_int(I, x);
    DecNum r;
    decnum_rescale(I, &r, x, 0, mode);
    return to_int(I, &r);
}

static Value m_floor(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__floor__", argc, kw, 1);
    return rounded_int(I, argv[0], DR_FLOOR);
}

static Value m_ceil(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__ceil__", argc, kw, 1);
    return rounded_int(I, argv[0], DR_CEILING);
}

static Value m_float(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__float__", argc, kw, 1);
    return v_float(dec_to_double(I, argv[0]));
}

static Value m_round(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_range(I, "__round__", argc, kw, 1, 2);
    DecState *st = self_state(I, argv[0]);
    if (argc == 1 || v_is_none(argv[1]))
        return rounded_int(I, argv[0], DR_HALF_EVEN);
    if (!is_int(I, argv[1]))
        exc_raisef(I, I->cls.TypeError, "optional arg must be an integer");
    DecNum q, r;
    decnum_zero(&q);
    q.exp = -int_as_i64(I, argv[1]);
    uint32_t status = 0;
    decnum_quantize(I, &r, dec_num(argv[0]), &q, st->ctx->c.round, &st->ctx->c, &status);
    check_status(I, st, status);
    return wrap(I, st, NULL, &r);
}

static Value m_abs(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__abs__", argc, kw, 1);
    DecState *st = self_state(I, argv[0]);
    DecNum r;
    uint32_t status = 0;
    decnum_plus(I, &r, dec_num(argv[0]), 2, &st->ctx->c, &status);
    check_status(I, st, status);
    return wrap(I, st, NULL, &r);
}

static Value m_divmod(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__divmod__", argc, kw, 2);
    DecState *st = self_state(I, argv[0]);
    DecNum y, q, r;
    if (!operand(I, st, argv[1], &y))
        return v_notimpl();
    uint32_t status = 0;
    decnum_divmod(I, &q, &r, dec_num(argv[0]), &y, &st->ctx->c, &status);
    check_status(I, st, status);
    return v_obj(tuple_pack(I, 2, wrap(I, st, NULL, &q), wrap(I, st, NULL, &r)));
}

static Value m_rdivmod(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__rdivmod__", argc, kw, 2);
    DecState *st = self_state(I, argv[0]);
    DecNum x, q, r;
    if (!operand(I, st, argv[1], &x))
        return v_notimpl();
    uint32_t status = 0;
    decnum_divmod(I, &q, &r, &x, dec_num(argv[0]), &st->ctx->c, &status);
    check_status(I, st, status);
    return v_obj(tuple_pack(I, 2, wrap(I, st, NULL, &q), wrap(I, st, NULL, &r)));
}

static Value m_reduce(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "__reduce__", argc, kw, 1);
    Value s = v_obj(dec_to_str(I, argv[0]));
    return v_obj(tuple_pack(I, 2, v_obj(argv[0].u.o->cls), v_obj(tuple_pack(I, 1, s))));
}

static Value m_copy(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return argv[0];
}

static Value m_as_integer_ratio(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "as_integer_ratio", argc, kw, 1);
    const DecNum *x = dec_num(argv[0]);
    if (decnum_is_nan(x))
        exc_raisef(I, I->cls.ValueError, "cannot convert NaN to integer ratio");
    if (x->kind == DN_INF)
        exc_raisef(I, I->cls.OverflowError, "cannot convert Infinity to integer ratio");
    /* A zero is 0/1 whatever its exponent, as in CPython (0E-1000026, what
     * 1 / Decimal('Infinity') gives, is no 10**1000026 to reduce). */
    if (decnum_is_zero(x))
        return v_obj(tuple_pack(I, 2, v_int(0), v_int(1)));
    /* n * 10**exp, or n / 10**-exp reduced by the common factors 2 and 5;
     * the power of ten is an int power, not the text of one, which the
     * int string digit limit would refuse past 4300 digits. */
    Value num = to_int(I, &(DecNum){ x->sign, DN_FINITE, x->n, 0, x->d });
    Value den = v_int(1);
    if (x->exp > 0)
        num = obj_binop(I, OP_MUL, num, obj_binop(I, OP_POW, v_int(10), int_from_i64(I, x->exp)));
    if (x->exp < 0) {
        den = obj_binop(I, OP_POW, v_int(10), int_from_i64(I, -x->exp));
        Value g;
        /* gcd by Euclid on Python ints */
        Value a = num, b = den;
        if (obj_cmp_bool(I, a, v_int(0), CMP_LT))
            a = obj_unop(I, UOP_NEG, a);
        while (!obj_eq(I, b, v_int(0))) {
            Value t = obj_binop(I, OP_MOD, a, b);
            a = b;
            b = t;
        }
        g = a;
        num = obj_binop(I, OP_FLOORDIV, num, g);
        den = obj_binop(I, OP_FLOORDIV, den, g);
    }
    return v_obj(tuple_pack(I, 2, num, den));
}

static Value m_as_tuple(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "as_tuple", argc, kw, 1);
    const DecNum *x = dec_num(argv[0]);
    Tuple *dig = tuple_new(I, x->n);
    for (int32_t i = 0; i < x->n; i++)
        dig->items[i] = v_int(x->d[x->n - 1 - i]);
    Value e = x->kind == DN_FINITE ? v_int(x->exp)
            : str_value(I, x->kind == DN_INF ? "F" : x->kind == DN_NAN ? "n" : "N");
    if (x->kind == DN_INF)
        dig = tuple_pack(I, 1, v_int(0));
    Tuple *t = tuple_pack(I, 3, v_int(x->sign), v_obj(dig), e);
    t->hdr.cls = self_state(I, argv[0])->DecimalTuple;
    return v_obj(t);
}

/* DecimalTuple(sign=0, digits=(1, 5), exponent=-1): CPython's namedtuple
 * repr and its three field names as read-only attributes. */
static Str *dectuple_repr(Interp *I, Value self)
{
    Tuple *t = (Tuple *)self.u.o;
    return str_fmt(I, "DecimalTuple(sign=%s, digits=%s, exponent=%s)", obj_repr(I, t->items[0])->s,
                   obj_repr(I, t->items[1])->s, obj_repr(I, t->items[2])->s);
}

static Value dectuple_field(Interp *I, int argc, const Value *argv, int i, const char *name)
{
    if (argc < 1 || !v_is_obj(argv[0]) || !obj_isinstance(I, argv[0], I->cls.tuple) ||
        ((Tuple *)argv[0].u.o)->len != 3)
        exc_raisef(I, I->cls.TypeError, "descriptor '%s' needs a DecimalTuple", name);
    return ((Tuple *)argv[0].u.o)->items[i];
}

static Value m_dt_sign(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return dectuple_field(I, argc, argv, 0, "sign");
}

static Value m_dt_digits(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return dectuple_field(I, argc, argv, 1, "digits");
}

static Value m_dt_exponent(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    return dectuple_field(I, argc, argv, 2, "exponent");
}

static const TypeOps dectuple_ops = { .repr = dectuple_repr };

static Value m_sqrt(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "self", "context" };
    Value a[2];
    args_parse(I, "sqrt", argc, argv, kw, 2, names, 1, 1, a);
    DecState *st = self_state(I, a[0]);
    ContextObj *c = ctx_arg(I, st, a[1]);
    const DecNum *x = dec_num(a[0]);
    DecNum r;
    uint32_t status = 0;
    if (x->kind != DN_FINITE || x->sign) {
        if (decnum_is_nan(x) || (x->sign && !decnum_is_zero(x))) {
            decnum_plus(I, &r, x, 0, &c->c, &status);
            if (!decnum_is_nan(x)) {
                decnum_parse(I, &r, "NaN", 3);
                status |= DS_INVALID_OP;
            }
            check_ctx(I, st, c, status);
            return wrap(I, st, NULL, &r);
        }
        if (x->kind == DN_INF) {
            decnum_copy(I, &r, x);
            return wrap(I, st, NULL, &r);
        }
    }
    if (decnum_is_zero(x)) {
        decnum_copy(I, &r, x);
        r.exp = x->exp >= 0 ? x->exp / 2 : -((-x->exp + 1) / 2);
        decnum_finalize(I, &r, &c->c, &status);
        check_ctx(I, st, c, status);
        return wrap(I, st, NULL, &r);
    }
    /* _pydecimal's sqrt: Newton on the integer coefficient scaled to
     * prec + 1 digits, the last digit nudged when inexact. */
    int64_t prec = c->c.prec + 1;
    int64_t e = x->exp >= 0 ? x->exp / 2 : -((-x->exp + 1) / 2);
    DecNum cn = *x;
    cn.sign = 0;
    cn.exp = 0;
    int64_t l;
    if (x->exp & 1) {
        cn.exp = 1;
        l = (x->n >> 1) + 1;
    } else {
        l = (x->n + 1) >> 1;
    }
    int64_t shift = prec - l;
    Value cv = to_int(I, &cn);
    bool exact = true;
    Value hundred = obj_binop(I, OP_POW, v_int(100), v_int(shift >= 0 ? shift : -shift));
    if (shift >= 0) {
        cv = obj_binop(I, OP_MUL, cv, hundred);
    } else {
        exact = obj_eq(I, obj_binop(I, OP_MOD, cv, hundred), v_int(0));
        cv = obj_binop(I, OP_FLOORDIV, cv, hundred);
    }
    e -= shift;
    Value n = obj_binop(I, OP_POW, v_int(10), v_int(prec));
    for (;;) {
        Value q = obj_binop(I, OP_FLOORDIV, cv, n);
        if (obj_cmp_bool(I, n, q, CMP_LE))
            break;
        n = obj_binop(I, OP_RSHIFT, obj_binop(I, OP_ADD, n, q), v_int(1));
    }
    exact = exact && obj_eq(I, obj_binop(I, OP_MUL, n, n), cv);
    if (exact) {
        Value p10 = obj_binop(I, OP_POW, v_int(10), v_int(shift >= 0 ? shift : -shift));
        n = obj_binop(I, shift >= 0 ? OP_FLOORDIV : OP_MUL, n, p10);
        e += shift;
    } else if (obj_eq(I, obj_binop(I, OP_MOD, n, v_int(5)), v_int(0))) {
        n = obj_binop(I, OP_ADD, n, v_int(1));
    }
    num_from_int(I, &r, n);
    r.exp = e;
    DecCtx w = c->c;
    w.round = DR_HALF_EVEN;
    decnum_finalize(I, &r, &w, &status);
    check_ctx(I, st, c, status);
    return wrap(I, st, NULL, &r);
}

/* ------------------------------------------------------------------ */
/* Context                                                             */
/* ------------------------------------------------------------------ */

static ContextObj *ctx_new(Interp *I, DecState *st, const DecCtx *c)
{
    ContextObj *o = obj_alloc(I, st->Context, sizeof(ContextObj));
    o->c = *c;
    return o;
}

static void add_signal_names(StrBuf *sb, uint32_t bits)
{
    /* signal_map order: InvalidOperation, FloatOperation, DivisionByZero, … */
    static const int order[] = { SIG_INVALID, SIG_FLOAT_OP, SIG_DIV_BY_ZERO, SIG_OVERFLOW,
                                 SIG_UNDERFLOW, SIG_SUBNORMAL, SIG_INEXACT, SIG_ROUNDED, SIG_CLAMPED };
    bool first = true;
    sb_addc(sb, '[');
    for (size_t i = 0; i < sizeof order / sizeof *order; i++) {
        uint32_t f = order[i] == SIG_INVALID ? DS_IEEE_INVALID : sig_info[order[i]].flag;
        if (bits & f) {
            if (!first)
                sb_adds(sb, ", ");
            sb_adds(sb, sig_info[order[i]].name);
            first = false;
        }
    }
    sb_addc(sb, ']');
}

static Str *ctx_repr(Interp *I, Value self)
{
    DecCtx *c = &((ContextObj *)self.u.o)->c;
    StrBuf sb;
    sb_init(&sb, I);
    sb_printf(&sb, "Context(prec=%lld, rounding=%s, Emin=%lld, Emax=%lld, capitals=%d, clamp=%d, flags=",
              (long long)c->prec, round_names[c->round], (long long)c->emin, (long long)c->emax,
              c->capitals, c->clamp);
    add_signal_names(&sb, c->flags);
    sb_adds(&sb, ", traps=");
    add_signal_names(&sb, c->traps);
    sb_addc(&sb, ')');
    return sb_finish(&sb);
}

/* A dict {signal class: bool} snapshot of flags or traps. */
static Value signal_dict(Interp *I, DecState *st, uint32_t bits)
{
    static const int order[] = { SIG_INVALID, SIG_FLOAT_OP, SIG_DIV_BY_ZERO, SIG_OVERFLOW,
                                 SIG_UNDERFLOW, SIG_SUBNORMAL, SIG_INEXACT, SIG_ROUNDED, SIG_CLAMPED };
    Dict *d = dict_new(I);
    for (size_t i = 0; i < sizeof order / sizeof *order; i++) {
        uint32_t f = order[i] == SIG_INVALID ? DS_IEEE_INVALID : sig_info[order[i]].flag;
        dict_set(I, d, v_obj(st->sig[order[i]]), v_bool((bits & f) != 0));
    }
    return v_obj(d);
}

static Value ctx_getattr(Interp *I, Value self, Str *name)
{
    ContextObj *o = (ContextObj *)self.u.o;
    DecState *st = state_of_cls(self.u.o->cls);
    const char *s = name->s;
    if (!strcmp(s, "prec")) return v_int(o->c.prec);
    if (!strcmp(s, "rounding")) return str_value(I, round_names[o->c.round]);
    if (!strcmp(s, "Emin")) return v_int(o->c.emin);
    if (!strcmp(s, "Emax")) return v_int(o->c.emax);
    if (!strcmp(s, "capitals")) return v_int(o->c.capitals);
    if (!strcmp(s, "clamp")) return v_int(o->c.clamp);
    if (!strcmp(s, "flags")) return signal_dict(I, st, o->c.flags);
    if (!strcmp(s, "traps")) return signal_dict(I, st, o->c.traps);
    return obj_generic_getattr(I, self, name);
}

static int64_t int_in(Interp *I, Value v, int64_t lo, int64_t hi, const char *what)
{
    if (!is_int(I, v))
        exc_raisef(I, I->cls.TypeError, "%s must be an integer", what);
    int64_t x = int_as_i64(I, v);
    if (x < lo || x > hi)
        return INT64_MIN;
    return x;
}

/* Bits of a traps/flags argument: a list of signals or a {signal: bool} dict. */
static uint32_t signal_bits(Interp *I, DecState *st, Value v)
{
    uint32_t bits = 0;
    bool is_dict = v.tag == V_OBJ && v.u.o->cls == I->cls.dict;
    List *l = obj_to_list(I, v);
    for (int64_t i = 0; i < l->len; i++) {
        Value k = l->items[i];
        if (is_dict && !obj_truthy(I, dict_get(I, (Dict *)v.u.o, k)))
            continue;
        for (int s = 0; s < SIG__COUNT; s++)
            if (k.tag == V_OBJ && k.u.o == (Obj *)st->sig[s])
                bits |= s == SIG_INVALID ? DS_IEEE_INVALID : sig_info[s].flag;
    }
    return bits;
}

static void ctx_set(Interp *I, DecState *st, ContextObj *o, const char *s, Value val)
{
    const int64_t MAXV = INT64_C(999999999999999999);
    if (!strcmp(s, "prec")) {
        int64_t x = int_in(I, val, 1, MAXV, "prec");
        if (x == INT64_MIN)
            exc_raisef(I, I->cls.ValueError, "valid range for prec is [1, MAX_PREC]");
        o->c.prec = x;
    } else if (!strcmp(s, "rounding")) {
        o->c.round = parse_rounding(I, val, DR_HALF_EVEN);
    } else if (!strcmp(s, "Emin")) {
        int64_t x = int_in(I, val, -MAXV, 0, "Emin");
        if (x == INT64_MIN)
            exc_raisef(I, I->cls.ValueError, "valid range for Emin is [MIN_EMIN, 0]");
        o->c.emin = x;
    } else if (!strcmp(s, "Emax")) {
        int64_t x = int_in(I, val, 0, MAXV, "Emax");
        if (x == INT64_MIN)
            exc_raisef(I, I->cls.ValueError, "valid range for Emax is [0, MAX_EMAX]");
        o->c.emax = x;
    } else if (!strcmp(s, "capitals")) {
        int64_t x = int_in(I, val, 0, 1, "capitals");
        if (x == INT64_MIN)
            exc_raisef(I, I->cls.ValueError, "valid values for capitals are 0 or 1");
        o->c.capitals = (int)x;
    } else if (!strcmp(s, "clamp")) {
        int64_t x = int_in(I, val, 0, 1, "clamp");
        if (x == INT64_MIN)
            exc_raisef(I, I->cls.ValueError, "valid values for clamp are 0 or 1");
        o->c.clamp = (int)x;
    } else if (!strcmp(s, "traps")) {
        o->c.traps = signal_bits(I, st, val);
    } else if (!strcmp(s, "flags")) {
        o->c.flags = signal_bits(I, st, val);
    } else {
        exc_raisef(I, I->cls.AttributeError, "'decimal.Context' object has no attribute '%s'", s);
    }
}

static void ctx_setattr(Interp *I, Value self, Str *name, Value val)
{
    if (v_is_unset(val))
        exc_raisef(I, I->cls.AttributeError, "context attributes cannot be deleted");
    ctx_set(I, state_of_cls(self.u.o->cls), (ContextObj *)self.u.o, name->s, val);
}

static Value ctx_new_slot(Interp *I, Class *cls, int argc, const Value *argv, const KwArgs *kw)
{
    static const char *const names[] = { "prec", "rounding", "Emin", "Emax", "capitals", "clamp",
                                         "flags", "traps" };
    Value a[8];
    args_parse(I, "Context", argc, argv, kw, 8, names, 0, 0, a);
    DecState *st = state_of_cls(cls);
    DecCtx c;
    decnum_ctx_default(&c);
    ContextObj *o = obj_alloc(I, cls, cls->inst_size);
    o->c = c;
    for (int i = 0; i < 8; i++)
        if (!v_is_unset(a[i]) && !v_is_none(a[i]))
            ctx_set(I, st, o, names[i], a[i]);
    return v_obj(o);
}

static Value c_copy(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "copy", argc, kw, 1);
    ContextObj *o = (ContextObj *)argv[0].u.o;
    return v_obj(ctx_new(I, state_of_cls(o->hdr.cls), &o->c));
}

static Value c_clear_flags(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "clear_flags", argc, kw, 1);
    ((ContextObj *)argv[0].u.o)->c.flags = 0;
    return v_none();
}

static Value c_create_decimal(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_range(I, "create_decimal", argc, kw, 1, 2);
    ContextObj *o = (ContextObj *)argv[0].u.o;
    DecState *st = state_of_cls(o->hdr.cls);
    ContextObj *saved = st->ctx;
    st->ctx = o;
    Value d = convert(I, st, NULL, argc > 1 ? argv[1] : v_int(0));
    DecNum r;
    decnum_copy(I, &r, dec_num(d));
    uint32_t status = 0;
    if (r.kind != DN_FINITE && r.n > o->c.prec - o->c.clamp)
        status |= DS_CONV_SYNTAX;
    decnum_finalize(I, &r, &o->c, &status);
    check_status(I, st, status);
    st->ctx = saved;
    return wrap(I, st, NULL, &r);
}

static Value c_create_decimal_from_float(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "create_decimal_from_float", argc, kw, 2);
    if (argv[1].tag != V_FLOAT && !is_int(I, argv[1]))
        exc_raisef(I, I->cls.TypeError, "argument must be int or float");
    return c_create_decimal(I, argc, argv, kw);
}

static Value m_getcontext(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "getcontext", argc, kw, 0);
    return v_obj(dec_state(I)->ctx);
}

static Value m_setcontext(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    args_exact(I, "setcontext", argc, kw, 1);
    DecState *st = dec_state(I);
    if (!(argv[0].tag == V_OBJ && class_is_subclass(argv[0].u.o->cls, st->Context)))
        exc_raisef(I, I->cls.TypeError, "argument must be a context");
    Value dflt = dict_get_cstr(I, st->mod->dict, "DefaultContext");
    ContextObj *c = (ContextObj *)argv[0].u.o;
    if (v_is(dflt, argv[0]))
        c = ctx_new(I, st, &c->c);
    st->ctx = c;
    return v_none();
}

static Value m_localcontext(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    DecState *st = dec_state(I);
    args_range(I, "localcontext", argc, NULL, 0, 1);
    ContextObj *base = ctx_arg(I, st, argc ? argv[0] : v_none());
    CtxManager *m = obj_alloc(I, st->CtxManager, sizeof(CtxManager));
    m->ctx = ctx_new(I, st, &base->c);
    for (int i = 0; kw && i < kw->n; i++) {
        const char *k = kw->names[i]->s;
        if (strcmp(k, "prec") && strcmp(k, "rounding") && strcmp(k, "Emin") && strcmp(k, "Emax") &&
            strcmp(k, "capitals") && strcmp(k, "clamp") && strcmp(k, "flags") && strcmp(k, "traps"))
            exc_raisef(I, I->cls.TypeError, "'%s' is an invalid keyword argument for this function", k);
        ctx_set(I, st, m->ctx, k, kw->vals[i]);
    }
    return v_obj(m);
}

static Value cm_enter(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    CtxManager *m = (CtxManager *)argv[0].u.o;
    DecState *st = state_of_cls(m->hdr.cls);
    m->saved = st->ctx;
    st->ctx = m->ctx;
    return v_obj(m->ctx);
}

static Value cm_exit(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    CtxManager *m = (CtxManager *)argv[0].u.o;
    DecState *st = state_of_cls(m->hdr.cls);
    if (m->saved)
        st->ctx = m->saved;
    return v_none();
}

/* ------------------------------------------------------------------ */
/* Module                                                              */
/* ------------------------------------------------------------------ */

static const TypeOps decimal_ops = {
    .repr = dec_repr,
    .str = dec_str,
    .hash = dec_hash,
    .richcmp = dec_richcmp,
    .truthy = dec_truthy,
    .binop = dec_binop,
    .unop = dec_unop,
    .new_ = dec_new,
    .format = dec_format,
};

static const TypeOps context_ops = {
    .repr = ctx_repr,
    .getattr = ctx_getattr,
    .setattr = ctx_setattr,
    .new_ = ctx_new_slot,
};

static const TypeOps cm_ops = { .repr = NULL };

static void add_fn(Interp *I, Module *m, DecState *st, const char *name, NativeFnPtr fn)
{
    module_add_fn(I, m, name, fn);
    Value f = dict_get_cstr(I, m->dict, name);
    if (f.tag == V_OBJ && f.u.o->cls == I->cls.builtin_function)
        ((NativeFn *)f.u.o)->data = st;
}

Module *mod_decimal_init(Interp *I)
{
    Module *m = module_new(I, "decimal");
    DecState *st = interp_alloc(I, sizeof *st);
    st->magic = DEC_MAGIC;
    st->mod = m;
    st->Decimal = class_new_native(I, "Decimal", "decimal", NULL, &decimal_ops, sizeof(DecimalObj),
                                   CLS_BASETYPE);
    st->Decimal->ext = st;
    st->Context = class_new_native(I, "Context", "decimal", NULL, &context_ops, sizeof(ContextObj),
                                   CLS_BASETYPE);
    st->Context->ext = st;
    st->CtxManager = class_new_native(I, "ContextManager", "decimal", NULL, &cm_ops,
                                      sizeof(CtxManager), 0);
    st->CtxManager->ext = st;
    module_set(I, m, "Decimal", v_obj(st->Decimal));
    module_set(I, m, "Context", v_obj(st->Context));

    st->DecimalTuple = class_new_native(I, "DecimalTuple", "decimal", I->cls.tuple, &dectuple_ops,
                                        sizeof(Tuple), 0);
    /* Its instances are plain Tuple layouts: let every "is it a tuple"
     * test (v_isa: exact class or native base) accept them. */
    st->DecimalTuple->native_base = I->cls.tuple;
    class_add_repr_method(I, st->DecimalTuple);     /* not tuple's */
    class_add_getter(I, st->DecimalTuple, "sign", m_dt_sign);
    class_add_getter(I, st->DecimalTuple, "digits", m_dt_digits);
    class_add_getter(I, st->DecimalTuple, "exponent", m_dt_exponent);
    class_set_attr(I, st->DecimalTuple, "_fields",
                   v_obj(tuple_pack(I, 3, str_value(I, "sign"), str_value(I, "digits"),
                                    str_value(I, "exponent"))));
    module_set(I, m, "DecimalTuple", v_obj(st->DecimalTuple));

    /* Signals */
    Class *de = class_new_native(I, "DecimalException", "decimal", I->cls.ArithmeticError, NULL, 0,
                                 CLS_BASETYPE);
    st->DecimalException = de;
    module_set(I, m, "DecimalException", v_obj(de));
    static const struct { int sig; int base; } tree[] = {
        {SIG_CLAMPED, -1}, {SIG_INVALID, -1}, {SIG_ROUNDED, -1}, {SIG_INEXACT, -1},
        {SIG_SUBNORMAL, -1}, {SIG_DIV_BY_ZERO, -2}, {SIG_FLOAT_OP, -1},
        {SIG_OVERFLOW, SIG_INEXACT}, {SIG_UNDERFLOW, SIG_INEXACT},
        {SIG_CONV_SYNTAX, SIG_INVALID}, {SIG_DIV_IMPOSSIBLE, SIG_INVALID},
        {SIG_DIV_UNDEFINED, SIG_INVALID}, {SIG_INVALID_CONTEXT, SIG_INVALID},
    };
    for (size_t i = 0; i < sizeof tree / sizeof *tree; i++) {
        /* Single inheritance: DivisionByZero derives from ZeroDivisionError
         * (CPython: DecimalException and ZeroDivisionError). */
        Class *base = tree[i].base == -1 ? de : tree[i].base == -2 ? I->cls.ZeroDivisionError
                    : st->sig[tree[i].base];
        int s = tree[i].sig;
        st->sig[s] = class_new_native(I, sig_info[s].name, "decimal", base, NULL, 0, CLS_BASETYPE);
        module_set(I, m, sig_info[s].name, v_obj(st->sig[s]));
    }

    class_add_method(I, st->Decimal, "quantize", m_quantize);
    class_add_method(I, st->Decimal, "to_integral_value", m_to_integral_value);
    class_add_method(I, st->Decimal, "to_integral", m_to_integral_value);
    class_add_method(I, st->Decimal, "to_integral_exact", m_to_integral_exact);
    class_add_method(I, st->Decimal, "normalize", m_normalize);
    class_add_method(I, st->Decimal, "scaleb", m_scaleb);
    class_add_method(I, st->Decimal, "adjusted", m_adjusted);
    class_add_method(I, st->Decimal, "is_nan", m_is_nan);
    class_add_method(I, st->Decimal, "is_qnan", m_is_qnan);
    class_add_method(I, st->Decimal, "is_snan", m_is_snan);
    class_add_method(I, st->Decimal, "is_infinite", m_is_infinite);
    class_add_method(I, st->Decimal, "is_finite", m_is_finite);
    class_add_method(I, st->Decimal, "is_zero", m_is_zero);
    class_add_method(I, st->Decimal, "is_signed", m_is_signed);
    class_add_method(I, st->Decimal, "copy_abs", m_copy_abs);
    class_add_method(I, st->Decimal, "copy_negate", m_copy_negate);
    class_add_method(I, st->Decimal, "copy_sign", m_copy_sign);
    class_add_method(I, st->Decimal, "compare", m_compare);
    class_add_method(I, st->Decimal, "sqrt", m_sqrt);
    class_add_method(I, st->Decimal, "as_tuple", m_as_tuple);
    class_add_method(I, st->Decimal, "as_integer_ratio", m_as_integer_ratio);
    class_add_method(I, st->Decimal, "__int__", m_int);
    class_add_method(I, st->Decimal, "__trunc__", m_int);
    class_add_method(I, st->Decimal, "__floor__", m_floor);
    class_add_method(I, st->Decimal, "__ceil__", m_ceil);
    class_add_method(I, st->Decimal, "__float__", m_float);
    class_add_method(I, st->Decimal, "__round__", m_round);
    class_add_method(I, st->Decimal, "__abs__", m_abs);
    class_add_method(I, st->Decimal, "__divmod__", m_divmod);
    class_add_method(I, st->Decimal, "__rdivmod__", m_rdivmod);
    class_add_method(I, st->Decimal, "__reduce__", m_reduce);
    class_add_method(I, st->Decimal, "__copy__", m_copy);
    class_add_method(I, st->Decimal, "__deepcopy__", m_copy);

    class_add_method(I, st->Context, "copy", c_copy);
    class_add_method(I, st->Context, "clear_flags", c_clear_flags);
    class_add_method(I, st->Context, "create_decimal", c_create_decimal);
    class_add_method(I, st->Context, "create_decimal_from_float", c_create_decimal_from_float);
    class_add_method(I, st->CtxManager, "__enter__", cm_enter);
    class_add_method(I, st->CtxManager, "__exit__", cm_exit);

    add_fn(I, m, st, "getcontext", m_getcontext);
    add_fn(I, m, st, "setcontext", m_setcontext);
    add_fn(I, m, st, "localcontext", m_localcontext);

    DecCtx c;
    decnum_ctx_default(&c);
    st->ctx = ctx_new(I, st, &c);
    module_set(I, m, "DefaultContext", v_obj(ctx_new(I, st, &c)));
    DecCtx basic = c;
    basic.prec = 9;
    basic.round = DR_HALF_UP;
    basic.traps = DS_IEEE_INVALID | DS_DIV_BY_ZERO | DS_OVERFLOW | DS_UNDERFLOW | DS_CLAMPED;
    module_set(I, m, "BasicContext", v_obj(ctx_new(I, st, &basic)));
    DecCtx ext = c;
    ext.prec = 9;
    ext.traps = 0;
    module_set(I, m, "ExtendedContext", v_obj(ctx_new(I, st, &ext)));
    for (int i = 0; i < DR__COUNT; i++)
        module_set(I, m, round_names[i], str_value(I, round_names[i]));
    module_set(I, m, "MAX_PREC", v_int(INT64_C(999999999999999999)));
    module_set(I, m, "MAX_EMAX", v_int(INT64_C(999999999999999999)));
    module_set(I, m, "MIN_EMIN", v_int(-INT64_C(999999999999999999)));
    module_set(I, m, "MIN_ETINY", v_int(-INT64_C(1999999999999999997)));
    module_set(I, m, "HAVE_THREADS", v_bool(1));
    module_set(I, m, "HAVE_CONTEXTVAR", v_bool(1));
    return m;
}
