/*
 * bfunc2.c — the conversion and introspection builtins: ord, chr, bin,
 * oct, hex, format, ascii, getattr, hasattr, setattr, delattr, vars, dir,
 * iter and next, with CPython 3.11's messages.
 */
#include "bfunc.h"

#include <string.h>

#include "eval_int.h"
#include "gen.h"

/* ------------------------------------------------------------------ */
/* Characters and number text                                           */
/* ------------------------------------------------------------------ */

static Value bf_ord(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "ord", argc, kw);
    Value v = argv[0];
    if (v_is_str(I, v)) {
        Str *s = (Str *)v.u.o;
        if (s->nchars != 1)
            exc_raisef(I, I->cls.TypeError, "ord() expected a character, but string of length %lld found",
                       (long long)s->nchars);
        const unsigned char *p = (const unsigned char *)s->s;
        uint32_t cp;
        if (p[0] < 0x80)
            cp = p[0];
        else if (p[0] < 0xE0)
            cp = (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
        else if (p[0] < 0xF0)
            cp = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        else
            cp = (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
                 (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
        return v_int(cp);
    }
    if (v_isa(I, v, I->cls.bytes)) {
        Bytes *b = (Bytes *)v.u.o;
        if (b->len != 1)
            exc_raisef(I, I->cls.TypeError, "ord() expected a character, but string of length %lld found",
                       (long long)b->len);
        return v_int(b->s[0]);
    }
    exc_raisef(I, I->cls.TypeError, "ord() expected string of length 1, but %s found", type_name(I, v));
}

static Value bf_chr(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "chr", argc, kw);
    Value v = argv[0];
    if (int_is_big(v))
        exc_raisef(I, I->cls.OverflowError, "Python int too large to convert to C int");
    int64_t c = obj_index(I, v);
    if (c < 0 || c >= 0x110000)
        exc_raisef(I, I->cls.ValueError, "chr() arg not in range(0x110000)");
    char buf[4];
    size_t n;
    if (c < 0x80) {
        buf[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        buf[0] = (char)(0xC0 | (c >> 6));
        buf[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        buf[0] = (char)(0xE0 | (c >> 12));
        buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        buf[0] = (char)(0xF0 | (c >> 18));
        buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    return v_obj(str_new(I, buf, n));
}

/* bin/oct/hex: "-0b101" etc. for ints and objects with __index__. */
static Value int_text(Interp *I, const char *fname, Value v, int base, const char *spec)
{
    if (int_is_big(v))
        return v_obj(fmt_format(I, v, str_intern_cstr(I, spec)));
    int64_t x = obj_index(I, v);
    char buf[80];
    char *p = buf + sizeof buf;
    *--p = '\0';
    uint64_t u = x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x;
    do {
        *--p = "0123456789abcdef"[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    *--p = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    *--p = '0';
    if (x < 0)
        *--p = '-';
    return str_value(I, p);
}

static Value bf_bin(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "bin", argc, kw);
    return int_text(I, "bin", argv[0], 2, "#b");
}

static Value bf_oct(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "oct", argc, kw);
    return int_text(I, "oct", argv[0], 8, "#o");
}

static Value bf_hex(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "hex", argc, kw);
    return int_text(I, "hex", argv[0], 16, "#x");
}

static Value bf_format(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "format", kw);
    cont_check_range(I, "format", argc, 1, 2);
    Str *spec = I->names.empty;
    if (argc == 2) {
        if (!v_is_str(I, argv[1]))
            exc_raisef(I, I->cls.TypeError, "format() argument 2 must be str, not %s",
                       type_name(I, argv[1]));
        spec = (Str *)argv[1].u.o;
    }
    return v_obj(obj_format(I, argv[0], spec));
}

/* repr(v) with every non-ASCII code point escaped (\xhh, \uhhhh, \Uhhhhhhhh). */
static Value bf_ascii(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_o(I, "ascii", argc, kw);
    Str *r = obj_repr(I, argv[0]);
    if (r->nchars == r->len)
        return v_obj(r);
    StrBuf sb;
    sb_init(&sb, I);
    const unsigned char *p = (const unsigned char *)r->s, *end = p + r->len;
    while (p < end) {
        uint32_t c = *p;
        int n = 1;
        if (c >= 0xF0) {
            c = (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
                (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
            n = 4;
        } else if (c >= 0xE0) {
            c = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
            n = 3;
        } else if (c >= 0x80) {
            c = (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
            n = 2;
        }
        p += n;
        if (c < 0x80)
            sb_addc(&sb, (char)c);
        else if (c < 0x100)
            sb_printf(&sb, "\\x%02x", c);
        else if (c < 0x10000)
            sb_printf(&sb, "\\u%04x", c);
        else
            sb_printf(&sb, "\\U%08x", c);
    }
    return v_obj(sb_finish(&sb));
}

/* ------------------------------------------------------------------ */
/* Attributes                                                           */
/* ------------------------------------------------------------------ */

static Str *attr_name(Interp *I, Value v)
{
    if (!v_is_str(I, v))
        exc_raisef(I, I->cls.TypeError, "attribute name must be string, not '%s'", type_name(I, v));
    Str *s = (Str *)v.u.o;
    return s->interned ? s : str_intern(I, s->s, (size_t)s->len);
}

/* obj.name, or V_UNSET when that raises AttributeError. */
static Value getattr_or_unset(Interp *I, Value obj, Str *name)
{
    volatile Value r = v_unset();
    ExcFrame ef;
    exc_push(I, &ef);
    if (setjmp(ef.jb) == 0) {
        r = obj_getattr(I, obj, name);
        exc_pop(I, &ef);
    } else {
        if (!exc_matches(I, I->exc, I->cls.AttributeError))
            exc_reraise(I);
        exc_clear(I);
        return v_unset();
    }
    return r;
}

static Value bf_getattr(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "getattr", kw);
    cont_check_range(I, "getattr", argc, 2, 3);
    Str *name = attr_name(I, argv[1]);
    if (argc == 2)
        return obj_getattr(I, argv[0], name);
    Value r = getattr_or_unset(I, argv[0], name);
    return v_is_unset(r) ? argv[2] : r;
}

static Value bf_hasattr(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "hasattr", kw);
    cont_check_range(I, "hasattr", argc, 2, 2);
    Str *name = attr_name(I, argv[1]);
    return v_bool(!v_is_unset(getattr_or_unset(I, argv[0], name)));
}

static Value bf_setattr(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "setattr", kw);
    cont_check_range(I, "setattr", argc, 3, 3);
    obj_setattr(I, argv[0], attr_name(I, argv[1]), argv[2]);
    return v_none();
}

static Value bf_delattr(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "delattr", kw);
    cont_check_range(I, "delattr", argc, 2, 2);
    obj_delattr(I, argv[0], attr_name(I, argv[1]));
    return v_none();
}

/* The Python frame the builtin was called from (every FrameInfo is the
 * head of an eval Frame), or NULL outside any. */
static Frame *caller_frame(Interp *I)
{
    return (Frame *)I->frame;
}

static Value bf_globals(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    (void)argv;
    cont_check_nokw(I, "globals", kw);
    if (argc)
        exc_raisef(I, I->cls.TypeError, "globals() takes no arguments (%d given)", argc);
    Frame *fr = caller_frame(I);
    return fr && fr->globals ? v_obj(fr->globals) : v_obj(dict_new(I));
}

/* Where slot i of scope sc stands in CPython's locals(): 0 a plain local
 * or parameter (a parameter a closure shares too), 1 a cell variable, 2 a
 * free variable (co_varnames, co_cellvars, co_freevars, in that order). */
static int slot_group(const Scope *sc, int i)
{
    if (i >= sc->free_base && i < sc->free_base + sc->nfree)
        return 2;
    for (int k = 0; k < sc->ncell_slots; k++)
        if (sc->cell_slots[k] == i)
            return 1;
    return 0;
}

static bool slot_is_param_cell(const Scope *sc, int i)
{
    for (int k = 0; k < sc->nparam_cells; k++)
        if (sc->param_cells[k] == i)
            return true;
    return false;
}

/* locals(): the module or class namespace itself; in a function (or a
 * comprehension) a new dict of the variables that have a value, cells
 * and free variables read through, in CPython 3.11's order. */
static Value frame_locals(Interp *I, Frame *fr)
{
    if (!fr)
        return v_obj(dict_new(I));
    Scope *sc = fr->scope;
    if (!sc || !fr->locals || sc->kind == SK_MODULE || sc->kind == SK_CLASS)
        return v_obj(fr->ns ? fr->ns : fr->globals);
    Dict *d = dict_new(I);
    for (int group = 0; group < 3; group++)
        for (int i = 0; i < sc->nslots; i++) {
            Value v = fr->locals[i];
            if (slot_group(sc, i) != group || !sc->varnames || !sc->varnames[i] || v_is_unset(v))
                continue;
            if (group > 0 || slot_is_param_cell(sc, i)) {
                if (!(v.tag == V_OBJ && v.u.o->cls == I->cls.cell))
                    continue;
                v = ((Cell *)v.u.o)->v;
                if (v_is_unset(v))
                    continue;
            }
            dict_set_str(I, d, sc->varnames[i], v);
        }
    return v_obj(d);
}

static Value bf_locals(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    (void)argv;
    cont_check_nokw(I, "locals", kw);
    if (argc)
        exc_raisef(I, I->cls.TypeError, "locals() takes no arguments (%d given)", argc);
    return frame_locals(I, caller_frame(I));
}

static Value bf_vars(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "vars", kw);
    cont_check_range(I, "vars", argc, 0, 1);
    if (argc == 0)
        return frame_locals(I, caller_frame(I));
    Value d = getattr_or_unset(I, argv[0], I->names.__dict__);
    if (v_is_unset(d))
        exc_raisef(I, I->cls.TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

static void add_keys(Interp *I, Set *names, Dict *d)
{
    int64_t pos = 0;
    Value k;
    while (d && dict_next(d, &pos, &k, NULL))
        if (v_is_str(I, k))
            set_add(I, names, k);
}

/* dir(obj): the sorted attribute names of obj (its __dict__, its class
 * and the class's bases; a module's namespace); dir(): the sorted local
 * names, as locals(). */
static Value bf_dir(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "dir", kw);
    cont_check_range(I, "dir", argc, 0, 1);
    if (argc == 0) {
        Value loc = frame_locals(I, caller_frame(I));
        List *l = list_new(I, ((Dict *)loc.u.o)->len);
        int64_t pos = 0;
        Value k;
        while (dict_next((Dict *)loc.u.o, &pos, &k, NULL))
            list_append(I, l, k);
        list_sort(I, l, v_none(), false);
        return v_obj(l);
    }
    Value v = argv[0];
    Class *c = class_of(I, v);
    Set *names = set_new(I, false);
    if (c->flags & CLS_PYTHON) {
        Value m = class_lookup(I, c, str_intern_cstr(I, "__dir__"));
        if (!v_is_unset(m)) {
            List *l = list_copy_of(I, cont_call_method0(I, v, "__dir__"));
            list_sort(I, l, v_none(), false);
            return v_obj(l);
        }
    }
    if (class_is_subclass(c, I->cls.module)) {   /* also sys's and types.ModuleType's class */
        /* PEP 562: the module's own __dir__() gives the names */
        Value hook = dict_get_str(I, ((Module *)v.u.o)->dict, str_intern_cstr(I, "__dir__"));
        if (!v_is_unset(hook)) {
            List *l = list_copy_of(I, obj_call0(I, hook));
            list_sort(I, l, v_none(), false);
            return v_obj(l);
        }
        add_keys(I, names, ((Module *)v.u.o)->dict);
    } else if (c == I->cls.type || class_is_subclass(c, I->cls.type)) {
        for (Class *k = (Class *)v.u.o; k; k = k->base)
            add_keys(I, names, k->dict);
    } else {
        if (v.tag == V_OBJ && (c->flags & CLS_HAS_DICT))
            add_keys(I, names, ((Instance *)v.u.o)->dict);
        for (Class *k = c; k; k = k->base)
            add_keys(I, names, k->dict);
        set_add(I, names, v_obj(I->names.__class__));
    }
    List *l = list_copy_of(I, v_obj(names));
    list_sort(I, l, v_none(), false);
    return v_obj(l);
}

/* ------------------------------------------------------------------ */
/* iter, next                                                           */
/* ------------------------------------------------------------------ */

static Value bf_iter(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "iter", kw);
    cont_check_range(I, "iter", argc, 1, 2);
    if (argc == 1)
        return obj_iter(I, argv[0]);
    Class *c = class_of(I, argv[0]);
    if (!c->ops->call && !(c->dunders & DU_CALL))
        exc_raisef(I, I->cls.TypeError, "iter(v, w): v must be callable");
    return iter_callable_new(I, argv[0], argv[1]);
}

static Value bf_next(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "next", kw);
    cont_check_range(I, "next", argc, 1, 2);
    Value x = obj_next(I, argv[0]);
    if (v_is_unset(x)) {
        if (argc == 2)
            return argv[1];
        exc_raise(I, gen_stop_exc(I, argv[0]));
    }
    return x;
}

/* input(prompt=''): the prompt is printed, as CPython prints it, but a
 * kata run has no standard input: CPython's EOFError for a closed one. */
static Value bf_input(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    cont_check_nokw(I, "input", kw);
    cont_check_range(I, "input", argc, 0, 1);
    if (argc == 1) {
        Value print = dict_get_cstr(I, I->builtins->dict, "print");
        Str *end = str_from_cstr(I, "");
        Str *names[1] = { str_intern_cstr(I, "end") };
        Value vals[1] = { v_obj(end) };
        KwArgs k = { 1, names, vals };
        obj_call(I, print, 1, argv, &k);
    }
    exc_raisef(I, I->cls.EOFError, "EOF when reading a line");
}

/* open(): kata Python runs without files. A PermissionError, an OSError
 * as CPython's file errors are, so `except OSError` behaves. */
static Value bf_open(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    (void)kw;
    const char *what = argc > 0 && v_is_str(I, argv[0]) ? obj_repr(I, argv[0])->s : "a file";
    exc_raisef(I, I->cls.PermissionError,
               "[Errno 13] Permission denied: %s (kata Python programs run in a sandbox without files)", what);
}

/* eval(), exec(), compile(): a clear refusal rather than a NameError. */
static Value bf_no_dynamic_code(Interp *I, const char *name)
{
    exc_raisef(I, I->cls.NotImplementedError,
               "%s() is not available in kata Python: write the code itself instead of a string", name);
}

static Value bf_eval(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    (void)argc, (void)argv, (void)kw;
    return bf_no_dynamic_code(I, "eval");
}

static Value bf_exec(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    (void)argc, (void)argv, (void)kw;
    return bf_no_dynamic_code(I, "exec");
}

static Value bf_compile(Interp *I, int argc, const Value *argv, const KwArgs *kw)
{
    (void)argc, (void)argv, (void)kw;
    return bf_no_dynamic_code(I, "compile");
}

void bfunc2_init(Interp *I)
{
    Module *m = I->builtins;
    module_add_fn(I, m, "ord", bf_ord);
    module_add_fn(I, m, "chr", bf_chr);
    module_add_fn(I, m, "bin", bf_bin);
    module_add_fn(I, m, "oct", bf_oct);
    module_add_fn(I, m, "hex", bf_hex);
    module_add_fn(I, m, "format", bf_format);
    module_add_fn(I, m, "ascii", bf_ascii);
    module_add_fn(I, m, "getattr", bf_getattr);
    module_add_fn(I, m, "hasattr", bf_hasattr);
    module_add_fn(I, m, "setattr", bf_setattr);
    module_add_fn(I, m, "delattr", bf_delattr);
    module_add_fn(I, m, "vars", bf_vars);
    module_add_fn(I, m, "globals", bf_globals);
    module_add_fn(I, m, "locals", bf_locals);
    module_add_fn(I, m, "dir", bf_dir);
    module_add_fn(I, m, "iter", bf_iter);
    module_add_fn(I, m, "next", bf_next);
    module_add_fn(I, m, "input", bf_input);
    module_add_fn(I, m, "open", bf_open);
    module_add_fn(I, m, "eval", bf_eval);
    module_add_fn(I, m, "exec", bf_exec);
    module_add_fn(I, m, "compile", bf_compile);
}
